// The debrief: eleven points of practice (points.ts), each passed, missed or breached, with the
// trainee's own lines as evidence and a short note in plain words, trust in words, and the whole
// conversation with the English beside each persona line. Exported as Markdown and HTML.

import type { RehearsalSession, SessionStatus, TraineeLine } from './session.ts';
import type { Outcome } from '../handoff/types.ts';
import type { Signal } from './signals.ts';
import { POINTS, type PointId } from './points.ts';
import { languageName } from '../handoff/consoles/words.ts';

export type ItemStatus = 'passed' | 'missed' | 'breached';

export interface DebriefItem {
  id: PointId;
  title: string;
  status: ItemStatus;
  /** The trainee's lines that earned (passed) or lost (breached) the point. */
  evidence: { turn: number; line: string }[];
  note: string;
  source: string;
}

export interface DebriefLine {
  from: 'trainee' | 'persona';
  /** The trainee's turn a line belongs to (0: the persona's first message). */
  turn: number;
  text: string;
  /** For persona lines not in English: the same line in English. */
  english?: string;
  generated?: true;
}

export interface Debrief {
  persona: string;
  name: string;
  lang: string;
  /** Direction of the practice language, for quoting its lines. */
  dir: 'ltr' | 'rtl';
  score: number;
  max: number;
  items: DebriefItem[];
  trust: number;
  /** The trust at the end in words ("starting to trust you"). */
  trustWords: string;
  outcome: SessionStatus;
  revealed: { id: string; fact: string }[];
  /** What the person would have said with more trust: what the trainee did not learn. */
  notRevealed: string[];
  /** In handoff practice: the outcome code the trainee closed with (absent if not closed). */
  closedAs?: Outcome;
  conversation: DebriefLine[];
}

/** Languages written right to left among those a persona may use. */
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi']);

/** The trust scale in words, lowest first: what the page and the files show instead of a number. */
export const TRUST_SCALE = ['not trusting you at all', 'wary', 'unsure', 'starting to trust you', 'trusting you', 'trusting you a lot'] as const;

export function trustWords(trust: number, withdrawAt: number): string {
  if (trust <= withdrawAt) return TRUST_SCALE[0];
  if (trust < 0) return TRUST_SCALE[1];
  if (trust < 2) return TRUST_SCALE[2];
  if (trust < 4) return TRUST_SCALE[3];
  if (trust < 7) return TRUST_SCALE[4];
  return TRUST_SCALE[5];
}

/** Plain words for what a line showed, as trainer notes say it. */
export const SIGNAL_WORDS: Record<Signal, string> = {
  introduced: 'said who you are',
  privacy: 'said what is kept',
  safety: 'checked safety',
  language: 'offered language help',
  person_first: 'kind words',
  no_police: 'help without police',
  legal: 'legal advice',
  next_steps: 'a next step',
  no_promise: 'no promise',
  police_push: 'pushed the police',
  label: 'a label',
  blame: 'blame',
  status_ask: 'asked about status',
  promise: 'a promise',
  employer_name: "asked the employer's name",
  identifying_ask: 'asked for identifying details',
  record_share: 'recorded or passed on the conversation',
  vanish_claim: 'said the chat leaves no trace',
  language_refused: 'refused language help',
  lawyer_dismissed: 'said a lawyer is not needed',
  contact_unasked: 'contacted the person unasked',
  identity_withheld: 'would not say who you are',
  step_ordered: 'gave an order, not a choice',
};

/** The lines that showed one of the signals, or (`learned`) that the learned second opinion earned the point on. */
const evidence = (lines: TraineeLine[], sigs: readonly Signal[], learned?: PointId): { turn: number; line: string }[] =>
  lines.filter((l) => l.signals.some((s) => sigs.includes(s)) || (learned !== undefined && l.learned?.includes(learned))).map((l) => ({ turn: l.turn, line: l.text }));

export function debrief(s: RehearsalSession, opts: { closedAs?: Outcome } = {}): Debrief {
  const items = POINTS.map((spec): DebriefItem => {
    const base = { id: spec.id, title: spec.title, note: spec.note, source: spec.source };
    const bad = evidence(s.lines, spec.breach);
    if (bad.length > 0) return { ...base, status: 'breached', evidence: bad };
    const good = spec.earn ? evidence(s.lines, [spec.earn], spec.id) : [];
    const passed = good.length > 0 || (spec.absence === true && s.lines.length > 0);
    return { ...base, status: passed ? 'passed' : 'missed', evidence: good };
  });
  const p = s.persona;
  let turn = 0;
  const conversation = s.transcript.map((m): DebriefLine => {
    if (m.from === 'trainee') {
      turn = m.turn;
      return { from: 'trainee', turn, text: m.text };
    }
    return { from: 'persona', turn, text: m.text, ...(m.english ? { english: m.english } : {}), ...(m.generated ? { generated: true } : {}) };
  });
  return {
    persona: p.id,
    name: p.name,
    lang: s.lang,
    dir: RTL.has(s.lang) ? 'rtl' : 'ltr',
    score: items.filter((i) => i.status === 'passed').length,
    max: items.length,
    items,
    trust: s.trust,
    trustWords: trustWords(s.trust, p.withdrawAt),
    outcome: s.status,
    revealed: p.reveals.filter((r) => s.revealed.includes(r.id)).map((r) => ({ id: r.id, fact: r.fact })),
    notRevealed: p.reveals.filter((r) => !s.revealed.includes(r.id)).map((r) => r.fact),
    ...(opts.closedAs ? { closedAs: opts.closedAs } : {}),
    conversation,
  };
}

const MARK: Record<ItemStatus, string> = { passed: 'Passed', missed: 'Missed', breached: 'Breached' };
export const ENDED: Record<SessionStatus, string> = {
  open: 'the person was still writing at the end',
  withdrawn: 'the person had stopped writing (they could still have come back)',
  left: 'the person left for good',
  interrupted: 'the person had to stop writing (someone came in, or the phone died)',
};

/** The summary sentence both files start with. */
export function summaryOf(d: Debrief): string {
  return `Score ${d.score} of ${d.max}. At the end ${d.name} was ${d.trustWords}; ${ENDED[d.outcome]}.${d.closedAs ? ` Closed as: ${d.closedAs.replace(/_/g, ' ')}.` : ''}`;
}

/**
 * Text quoted into Markdown: one line, with the few characters that would turn into markup
 * written as HTML character references (no backslashes, so the file reads cleanly as text).
 */
export function mdText(t: string): string {
  return t.replace(/\s+/g, ' ').trim().replace(/[*_`[\]<>|~\\]/g, (c) => `&#${c.codePointAt(0)};`);
}

export function debriefMarkdown(d: Debrief): string {
  const out = [
    '# Rehearsal debrief (practice)',
    '',
    `${mdText(d.name)} (${mdText(d.persona)}), in ${mdText(languageName(d.lang))}. ${mdText(summaryOf(d))}`,
    '',
    `Trust, lowest to highest: ${TRUST_SCALE.join(' · ')}.`,
    '',
  ];
  for (const i of d.items) {
    out.push(`## ${MARK[i.status]}: ${mdText(i.title)}`, '');
    for (const e of i.evidence) out.push(`- Turn ${e.turn}: “${mdText(e.line)}”`);
    if (i.evidence.length === 0) out.push(i.status === 'passed' ? '- No line went against it.' : '- No line did this.');
    out.push('', `${mdText(i.note)} (Source: ${mdText(i.source)}.)`, '');
  }
  out.push('## What the person shared', '');
  out.push(...(d.revealed.length ? d.revealed.map((r) => `- ${mdText(r.fact)}`) : ['- Nothing beyond the first message.']));
  if (d.notRevealed.length) out.push('', '## What they would have shared with more trust', '', ...d.notRevealed.map((f) => `- ${mdText(f)}`));
  out.push('', '## The whole conversation', '');
  for (const l of d.conversation) {
    if (l.from === 'trainee') out.push(`- **You** (turn ${l.turn}): ${mdText(l.text)}`);
    else {
      out.push(`- **${mdText(d.name)}**${l.generated ? ' (generated)' : ''}: ${mdText(l.text)}`);
      if (l.english) out.push(`  - English: ${mdText(l.english)}`);
    }
  }
  return out.join('\n') + '\n';
}

const esc = (t: string): string =>
  t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A self-contained HTML page; every string from a persona or a trainee is escaped, every quote has its direction. */
export function debriefHtml(d: Debrief): string {
  const quote = (text: string, lang: string, dir: string): string => `<q lang="${esc(lang)}" dir="${dir}">${esc(text)}</q>`;
  const rows = d.items
    .map((i) => {
      const ev = i.evidence.length
        ? `<ul>${i.evidence.map((e) => `<li>Turn ${e.turn}: ${quote(e.line, d.lang, 'auto')}</li>`).join('')}</ul>`
        : `<p>${i.status === 'passed' ? 'No line went against it.' : 'No line did this.'}</p>`;
      return `<section class="${i.status}"><h2>${MARK[i.status]}: ${esc(i.title)}</h2>${ev}<p class="note">${esc(i.note)} <span class="source">(Source: ${esc(i.source)}.)</span></p></section>`;
    })
    .join('\n');
  const shared = d.revealed.length ? d.revealed.map((r) => `<li>${esc(r.fact)}</li>`).join('') : '<li>Nothing beyond the first message.</li>';
  const more = d.notRevealed.length ? `<h2>What they would have shared with more trust</h2><ul>${d.notRevealed.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : '';
  const talk = d.conversation
    .map((l) =>
      l.from === 'trainee'
        ? `<li class="you"><span class="who">You (turn ${l.turn})</span> ${quote(l.text, d.lang, 'auto')}</li>`
        : `<li class="persona"><span class="who">${esc(d.name)}${l.generated ? ' (generated)' : ''}</span> ${quote(l.text, d.lang, d.dir)}${l.english ? `<br><span class="en">English: ${quote(l.english, 'en', 'ltr')}</span>` : ''}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Rehearsal debrief (practice)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}.passed h2{color:#1a6b2f}.missed h2{color:#8a5a00}.breached h2{color:#a11}.note{border-left:3px solid #999;padding-left:.75rem;color:#333}.source{color:#555}.talk{list-style:none;padding:0}.talk li{margin:.5rem 0}.who{font-weight:600}.en{color:#444}q{quotes:"“" "”"}</style>
</head><body>
<h1>Rehearsal debrief (practice)</h1>
<p>${esc(d.name)} (${esc(d.persona)}), in ${esc(languageName(d.lang))}. ${esc(summaryOf(d))}</p>
<p>Trust, lowest to highest: ${TRUST_SCALE.map(esc).join(' · ')}.</p>
${rows}
<h2>What the person shared</h2><ul>${shared}</ul>
${more}
<h2>The whole conversation</h2>
<ul class="talk">
${talk}
</ul>
</body></html>
`;
}
