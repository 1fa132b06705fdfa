// Moving one language's messages to and from translation tools that do not read Fluent:
// gettext PO (gettext-parser) and XLIFF 1.2 (xliff), with each message's review metadata.
//
// One unit per message value and per attribute (`key`, `key.synonyms`), in source order. The
// text is the Fluent pattern as written (a select expression stays Fluent source, so a
// translator keeps its variants). Review metadata travels as comment lines of the form
// `@field value`: the source message's note and @source for the translator to read, and the
// translation's own @status, @last-reviewed and @reviewer-role, which the translator may edit.
//
// Import is strict about review: a message whose text changed becomes `reviewed` only when the
// file gives both a reviewer role and a date; otherwise it is a draft, whatever the file says.
// A message whose text did not change keeps its metadata unless the file reviews it (role and
// date given). Keys the source does not have, and text that is not valid Fluent, are refused
// with the key named; nothing is written then.
import { parse, serialize, Message, Resource, Comment, Attribute, Identifier, Junk } from '@fluent/syntax';
import { po as gettextPo } from 'gettext-parser';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { parseMeta, type MessageMeta } from '../i18n/metadata.ts';

export type ExchangeFormat = 'po' | 'xliff';

export interface Unit {
  /** `key` or `key.attribute`. */
  id: string;
  source: string;
  /** Null when the language has no translation yet. */
  target: string | null;
  /** The source message's translator note and @source (read-only context). */
  context: string[];
  /** The translation's review metadata (status, last-reviewed, reviewer-role, verify). */
  review: MessageMeta;
}

export class ExchangeError extends Error {
  readonly code = 'exchange_invalid';
}

// ---------------------------------------------------------------- Fluent ↔ text

/** The Fluent source of a pattern, as a translator edits it (no key, no indentation). */
function patternText(id: string, m: Message, attr?: string): string {
  const node = attr ? m.attributes.find((a) => a.id.name === attr)!.value : m.value!;
  const text = serialize(new Resource([new Message(new Identifier(id), node)]), {});
  const body = text.slice(id.length + 2).replace(/\n$/, '');
  return body.startsWith('\n') ? body.slice(1).replace(/^ {4}/gm, '') : body.replace(/^ /, '');
}

/** Parse a translator's text back into a pattern; throws with the unit's id when it is not Fluent. */
function parsePattern(id: string, text: string): NonNullable<Message['value']> {
  const src = text.includes('\n') ? `x =\n${text.replace(/^/gm, '    ')}\n` : `x = ${text}\n`;
  const res = parse(src, {});
  const m = res.body[0];
  if (res.body.length !== 1 || !(m instanceof Message) || !m.value) {
    const why = res.body.find((e): e is Junk => e instanceof Junk)?.annotations.map((a) => a.message).join('; ');
    throw new ExchangeError(`${id}: not valid Fluent text${why ? ` (${why})` : ''}`);
  }
  return m.value;
}

function messages(res: Resource): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const e of res.body) if (e instanceof Message) out.set(e.id.name, e);
  return out;
}

/** Defaults from a `### @status …` resource comment. */
function fileDefaults(res: Resource): Partial<MessageMeta> {
  const c = res.body.find((e) => e.type === 'ResourceComment') as { content: string } | undefined;
  return c ? parseMeta(c.content, {}, []) : {};
}

// ---------------------------------------------------------------- units

export function unitsOf(sourceFtl: string, targetFtl: string): Unit[] {
  const src = parse(sourceFtl, {});
  const tgt = parse(targetFtl, {});
  const theirs = messages(tgt);
  const defaults = fileDefaults(tgt);
  const out: Unit[] = [];
  for (const m of messages(src).values()) {
    const key = m.id.name;
    const meta = parseMeta(m.comment?.content, {}, []);
    const context = [...(meta.note ? [meta.note] : []), ...(meta.source?.length ? [`@source ${meta.source.join(', ')}`] : [])];
    const t = theirs.get(key);
    const review = parseMeta(t?.comment?.content, defaults, []);
    delete review.note;
    delete review.source;
    if (m.value) out.push({ id: key, source: patternText(key, m), target: t?.value ? patternText(key, t) : null, context, review });
    for (const a of m.attributes) {
      const has = t?.attributes.some((x) => x.id.name === a.id.name);
      out.push({ id: `${key}.${a.id.name}`, source: patternText(key, m, a.id.name), target: has ? patternText(key, t!, a.id.name) : null, context, review });
    }
  }
  return out;
}

const reviewLines = (r: MessageMeta): string[] => [
  `@status ${r.status}`,
  ...(r.lastReviewed ? [`@last-reviewed ${r.lastReviewed}`] : []),
  ...(r.reviewerRole ? [`@reviewer-role ${r.reviewerRole}`] : []),
  ...(r.verify ? ['@verify true'] : []),
];

// ---------------------------------------------------------------- writing

export async function exportUnits(units: Unit[], lang: string, sourceLang: string, format: ExchangeFormat): Promise<string> {
  if (format === 'po') {
    const translations: Record<string, Record<string, unknown>> = { '': {} };
    for (const u of units) {
      translations[u.id] = {
        [u.source]: {
          msgctxt: u.id,
          msgid: u.source,
          msgstr: [u.target ?? ''],
          comments: { extracted: u.context.join('\n'), translator: reviewLines(u.review).join('\n'), ...(u.review.status === 'draft' ? { flag: 'fuzzy' } : {}) },
        },
      };
    }
    const data = { charset: 'utf-8', headers: { Language: lang, 'Content-Type': 'text/plain; charset=UTF-8', 'X-Source-Language': sourceLang }, translations };
    return gettextPo.compile(data as never).toString('utf8');
  }
  const resources: Record<string, Record<string, unknown>> = { waypoint: {} };
  for (const u of units) {
    resources.waypoint![u.id] = {
      source: u.source,
      ...(u.target !== null ? { target: u.target } : {}),
      note: [...u.context, ...reviewLines(u.review)].join('\n'),
      additionalAttributes: { approved: u.review.status === 'reviewed' ? 'yes' : 'no' },
    };
  }
  return await jsToXliff12({ resources, sourceLanguage: sourceLang, targetLanguage: lang });
}

// ---------------------------------------------------------------- reading

export interface ImportedUnit {
  id: string;
  target: string;
  /** The @fields the file gives for the translation (translator comment, or XLIFF note). */
  review: Partial<MessageMeta>;
}

function reviewFrom(text: string | undefined): Partial<MessageMeta> {
  const lines = (text ?? '').split('\n').filter((l) => /^@(status|last-reviewed|reviewer-role|verify)\b/.test(l.trim()));
  const problems: { message: string }[] = [];
  const meta = parseMeta(lines.join('\n'), {}, problems);
  if (problems.length) throw new ExchangeError(problems.map((p) => p.message).join('; '));
  const out: Partial<MessageMeta> = {};
  if (lines.some((l) => l.trim().startsWith('@status'))) out.status = meta.status;
  if (meta.lastReviewed) out.lastReviewed = meta.lastReviewed;
  if (meta.reviewerRole) out.reviewerRole = meta.reviewerRole;
  if (lines.some((l) => l.trim().startsWith('@verify'))) out.verify = meta.verify;
  return out;
}

export async function readUnits(text: string, format: ExchangeFormat): Promise<{ lang: string | null; units: ImportedUnit[] }> {
  if (format === 'po') {
    const po = gettextPo.parse(text);
    const units: ImportedUnit[] = [];
    for (const [ctx, entries] of Object.entries(po.translations)) {
      if (ctx === '') continue;
      for (const e of Object.values(entries)) {
        const target = e.msgstr?.[0] ?? '';
        if (target === '') continue;
        const review = reviewFrom(e.comments?.translator);
        if (e.comments?.flag?.split(',').map((f) => f.trim()).includes('fuzzy')) review.status = 'draft';
        units.push({ id: ctx, target, review });
      }
    }
    return { lang: po.headers?.Language ?? null, units };
  }
  const js = (await xliff12ToJs(text)) as { targetLanguage?: string; resources: Record<string, Record<string, { target?: string; note?: string; additionalAttributes?: Record<string, string> }>> };
  const units: ImportedUnit[] = [];
  for (const file of Object.values(js.resources)) {
    for (const [id, u] of Object.entries(file)) {
      if (typeof u.target !== 'string' || u.target === '') continue;
      const review = reviewFrom(u.note);
      if (u.additionalAttributes?.approved === 'no' && review.status === undefined) review.status = 'draft';
      units.push({ id, target: u.target, review });
    }
  }
  return { lang: js.targetLanguage ?? null, units };
}

// ---------------------------------------------------------------- applying

export interface ImportResult {
  ftl: string;
  changed: string[];
  reviewed: string[];
  /** Changed messages the file called reviewed without a reviewer role and a date: kept draft. */
  keptDraft: string[];
}

/** A message's text and attributes as Fluent source, without its comment. */
const bodyOf = (m: Message): string => serialize(new Resource([new Message(m.id, m.value, m.attributes)]), {});

function metaComment(meta: MessageMeta, note: string | undefined): Comment {
  const lines = [...(note ? [note] : []), ...reviewLines(meta)];
  return new Comment(lines.join('\n'));
}

/** Apply imported units to a target catalogue (Fluent source); returns the new source. */
export function applyUnits(sourceFtl: string, targetFtl: string, imported: ImportedUnit[]): ImportResult {
  const src = messages(parse(sourceFtl, {}));
  const res = parse(targetFtl, {});
  const theirs = messages(res);
  const defaults = fileDefaults(res);
  const byKey = new Map<string, ImportedUnit[]>();
  for (const u of imported) {
    const [key, attr] = u.id.split('.') as [string, string | undefined];
    const s = src.get(key);
    if (!s || (attr && !s.attributes.some((a) => a.id.name === attr)) || (!attr && !s.value)) throw new ExchangeError(`${u.id}: not a message of the source catalogue`);
    byKey.set(key, [...(byKey.get(key) ?? []), u]);
  }
  const result: ImportResult = { ftl: '', changed: [], reviewed: [], keptDraft: [] };
  for (const [key, units] of byKey) {
    let m = theirs.get(key);
    const before = m ? bodyOf(m) : null;
    if (!m) {
      m = new Message(new Identifier(key), null);
      res.body.push(m);
      theirs.set(key, m);
    }
    for (const u of units) {
      const attr = u.id.split('.')[1];
      const pattern = parsePattern(u.id, u.target);
      if (!attr) m.value = pattern;
      else {
        const a = m.attributes.find((x) => x.id.name === attr);
        if (a) a.value = pattern;
        else m.attributes.push(new Attribute(new Identifier(attr), pattern));
      }
    }
    const old = parseMeta(m.comment?.content, defaults, []);
    const changed = before !== bodyOf(m);
    const given = units.reduce<Partial<MessageMeta>>((acc, u) => ({ ...acc, ...u.review }), {});
    const reviewedOk = given.status === 'reviewed' && !!given.reviewerRole && !!given.lastReviewed;
    let meta: MessageMeta;
    if (reviewedOk) {
      meta = { status: 'reviewed', lastReviewed: given.lastReviewed!, reviewerRole: given.reviewerRole!, verify: given.verify ?? old.verify };
      result.reviewed.push(key);
    } else if (changed) {
      // A changed text nobody (with a role and a date) reviewed is a draft; the old review no longer applies to it.
      meta = { status: 'draft', verify: given.verify ?? old.verify, ...(old.lastReviewed ? { lastReviewed: old.lastReviewed } : {}) };
      if (given.status === 'reviewed') result.keptDraft.push(key);
    } else {
      meta = old;
    }
    if (changed) result.changed.push(key);
    const inherits = meta.status === (defaults.status ?? 'draft') && !meta.lastReviewed && !meta.reviewerRole && !meta.verify;
    m.comment = inherits && !old.note ? null : metaComment(meta, old.note);
  }
  result.ftl = serialize(res, {});
  return result;
}
