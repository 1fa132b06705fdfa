// What a person on SMS pays for the replies that matter most (CONTENT.md, "SMS"), per language:
//
// - `sms-emergency`: the emergency message (where the EMERGENCY route starts, and what the
//   engine says for EMERGENCY during a handoff) fits 1 segment in a language whose SMS is
//   GSM-7 and 2 in one whose SMS is UCS-2 (languages.yaml): it must arrive whole, first, on
//   any phone, on the last cent of credit.
// - `sms-topic-reply`: a topic's first reply — everything one turn sends when a person picks the
//   topic, its facts and the question with numbered choices — costs at most 6 segments in all.
//
// The reply is the real one: the engine is stepped from the menu with the topic understood, and
// the outputs are packed into SMS bodies by the SMS channel's own renderer (renderSms), so the
// count is what a carrier would bill, bidi isolation marks included.
import { newSession, parseRef, step, type Session } from '../../engine/index.ts';
import { numberHint } from '../../channels/degrade.ts';
import { renderSms } from '../../channels/sms/render.ts';
import { smsSegments } from '../../channels/sms/segments.ts';
import type { Finding, LintContext, SmsSummary } from './types.ts';

export const EMERGENCY_SEGMENTS = { gsm7: 1, ucs2: 2 } as const;
export const TOPIC_REPLY_SEGMENTS = 6;

/** The emergency message keys: the first message of the emergency route, and the handoff one. */
function emergencyKeys(ctx: LintContext): string[] {
  const { flows, routes, keys } = ctx.content.flows;
  const p = parseRef(routes.emergency);
  const node = flows[p.flow]?.nodes[p.node];
  const first = node?.type === 'say' || node?.type === 'effect' ? node.messages[0] : node?.type === 'ask' ? node.prompt[0] : undefined;
  return [...new Set([first, keys.handoffEmergency].filter((k): k is string => !!k))];
}

/** The SMS bodies of the turn in which a person at the menu picks `topic`, in `lang`. */
export function topicFirstReply(ctx: LintContext, topic: string, lang: string): string[] {
  const { bundle } = ctx.content;
  const session: Session = { ...newSession(lang), status: 'active', at: parseRef(bundle.routes.menu), draftNotices: [lang] };
  const r = step(bundle, session, { type: 'text', text: '?', understood: { lang: null, topic, candidates: [], danger: false } });
  const dir = (l: string): 'ltr' | 'rtl' => ctx.content.locales.locales.get(l)?.language.dir ?? 'ltr';
  return renderSms(r.outputs, { dirOf: dir, hint: numberHint(ctx.content.catalog) });
}

export function smsBudget(ctx: LintContext): { findings: Finding[]; sms: SmsSummary } {
  const findings: Finding[] = [];
  const sms: SmsSummary = { emergency: {}, topics: {} };
  const { locales } = ctx.content.locales;
  for (const key of emergencyKeys(ctx)) {
    for (const [lang, locale] of locales) {
      const f = ctx.content.catalog.format(lang, key, {});
      if (!f || f.lang !== lang) continue;
      const s = smsSegments(f.text);
      const max = EMERGENCY_SEGMENTS[locale.language.sms];
      sms.emergency[lang] = Math.max(sms.emergency[lang] ?? 0, s.segments);
      if (s.segments <= max) continue;
      const m = locale.messages.get(key);
      findings.push({
        rule: 'sms-emergency',
        severity: 'error',
        file: locale.file,
        ...(m ? { line: m.line } : {}),
        key,
        lang,
        message: `the emergency message "${key}" in ${lang} takes ${s.segments} SMS segments (${s.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2'}, ${s.units} units); at most ${max} in a ${locale.language.sms === 'gsm7' ? 'GSM-7' : 'UCS-2'} language`,
      });
    }
  }
  for (const [topic, ref] of Object.entries(ctx.content.flows.topics).sort(([a], [b]) => a.localeCompare(b))) {
    const p = parseRef(ref);
    const at = { ...ctx.content.flows.where[ref], flow: p.flow, node: p.node };
    const row: Record<string, number> = {};
    for (const lang of locales.keys()) {
      const bodies = topicFirstReply(ctx, topic, lang);
      const segments = bodies.reduce((n, b) => n + smsSegments(b).segments, 0);
      row[lang] = segments;
      if (segments > TOPIC_REPLY_SEGMENTS) {
        findings.push({ rule: 'sms-topic-reply', severity: 'error', ...at, lang, message: `the first reply of topic "${topic}" in ${lang} costs ${segments} SMS segments in ${bodies.length} message${bodies.length === 1 ? '' : 's'}; at most ${TOPIC_REPLY_SEGMENTS}` });
      }
    }
    sms.topics[topic] = row;
  }
  return { findings, sms };
}
