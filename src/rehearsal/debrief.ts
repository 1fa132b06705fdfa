// The debrief: ten points of practice from CONTENT.md, each passed, missed or breached, with the
// trainee's own lines as evidence and a short teaching note. Exported as Markdown and HTML.

import type { RehearsalSession, TraineeLine } from './session.ts';
import type { Outcome } from '../handoff/types.ts';
import type { Signal } from './signals.ts';

export type ItemStatus = 'passed' | 'missed' | 'breached';

export interface DebriefItem {
  id: string;
  title: string;
  status: ItemStatus;
  /** The trainee's lines that earned (passed) or lost (breached) the point. */
  evidence: { turn: number; line: string }[];
  note: string;
}

export interface Debrief {
  persona: string;
  name: string;
  lang: string;
  score: number;
  max: number;
  items: DebriefItem[];
  trust: number;
  outcome: RehearsalSession['status'];
  revealed: { id: string; fact: string }[];
  /** What the person would have said with more trust: what the trainee did not learn. */
  notRevealed: string[];
  /** In handoff practice: the outcome code the trainee closed with (absent if not closed). */
  closedAs?: Outcome;
}

interface ItemSpec {
  id: string;
  title: string;
  /** Lines with this signal earn the point. */
  earn?: Signal;
  /** Lines with one of these signals breach it. */
  breach: Signal[];
  /** Passed when nothing breached it, even with no line for it (a "did not" point). */
  absence?: boolean;
  note: string;
}

// Notes quote or closely follow CONTENT.md ("Voice and tone", "Safety behaviours", topics).
const ITEMS: ItemSpec[] = [
  { id: 'introduced', title: 'Introduced self and role', earn: 'introduced', breach: [], note: 'Say who answers: "a trained support worker answers, not police or immigration" (CONTENT.md, talk-to-person).' },
  { id: 'privacy', title: 'Explained what is kept and who sees it', earn: 'privacy', breach: [], note: 'Say what is kept and who sees it; "Send ERASE any time to delete what we keep. Delete this chat on your phone too." Never say the chat "is gone".' },
  { id: 'safety', title: 'Checked safety', earn: 'safety', breach: [], note: 'Safety first: "Is it safe to chat now?" "Could someone else read this phone?" (NNEDV).' },
  { id: 'language', title: 'Offered language help', earn: 'language', breach: [], note: 'Offer an interpreter, or a worker outside the person\'s community (CONTENT.md, talk-to-person).' },
  { id: 'person_first', title: 'Used person-first, non-judgmental words', earn: 'person_first', breach: ['label', 'blame'], absence: true, note: 'Situations, not labels: "someone keeps your passport". Never "victim", "trafficked", "illegal"; never "why didn\'t you leave?" ("Many people stay for good reasons. What would help now?").' },
  { id: 'no_police', title: 'Said help does not depend on police', earn: 'no_police', breach: ['police_push'], note: 'Help never depends on police; police is one option, with its risks. If status is unclear, police may call immigration: see a lawyer first (FRONT).' },
  { id: 'legal', title: 'Suggested legal advice before any application', earn: 'legal', breach: [], note: 'A legal clinic or immigration lawyer before applying or going to police. "An officer decides; see a legal clinic first."' },
  { id: 'next_steps', title: 'Gave clear next steps', earn: 'next_steps', breach: [], note: 'One idea per message, options not orders: a number to call, a person, ERASE, MENU. "Always a way out."' },
  { id: 'no_promise', title: 'Made no promises of outcome', earn: 'no_promise', breach: ['promise'], absence: true, note: 'Never promise a permit, back pay or safety from removal: "You can apply. An officer decides."' },
  { id: 'no_status_ask', title: 'Did not ask for immigration status unprompted', breach: ['status_ask'], absence: true, note: 'Never ask immigration status; if shared, use it to answer better and do not store it.' },
];

const evidence = (lines: TraineeLine[], sigs: Signal[]): { turn: number; line: string }[] =>
  lines.filter((l) => l.signals.some((s) => sigs.includes(s))).map((l) => ({ turn: l.turn, line: l.text }));

export function debrief(s: RehearsalSession, opts: { closedAs?: Outcome } = {}): Debrief {
  const items = ITEMS.map((spec): DebriefItem => {
    const bad = evidence(s.lines, spec.breach);
    if (bad.length > 0) return { id: spec.id, title: spec.title, status: 'breached', evidence: bad, note: spec.note };
    const good = spec.earn ? evidence(s.lines, [spec.earn]) : [];
    const passed = good.length > 0 || (spec.absence === true && s.lines.length > 0);
    return { id: spec.id, title: spec.title, status: passed ? 'passed' : 'missed', evidence: good, note: spec.note };
  });
  const p = s.persona;
  return {
    persona: p.id,
    name: p.name,
    lang: s.lang,
    score: items.filter((i) => i.status === 'passed').length,
    max: items.length,
    items,
    trust: s.trust,
    outcome: s.status,
    revealed: p.reveals.filter((r) => s.revealed.includes(r.id)).map((r) => ({ id: r.id, fact: r.fact })),
    notRevealed: p.reveals.filter((r) => !s.revealed.includes(r.id)).map((r) => r.fact),
    ...(opts.closedAs ? { closedAs: opts.closedAs } : {}),
  };
}

const MARK: Record<ItemStatus, string> = { passed: 'passed', missed: 'missed', breached: 'BREACHED' };
const OUTCOME: Record<RehearsalSession['status'], string> = {
  open: 'the person was still writing at the end',
  withdrawn: 'the person stopped writing (withdrew)',
  interrupted: 'the person had to stop: someone came in',
};

/** Markdown: every trainee line is quoted as inline text with its markup neutralised. */
export function debriefMarkdown(d: Debrief): string {
  const md = (t: string): string => t.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
  const out = [
    `# Rehearsal debrief (practice)`,
    '',
    `Persona: ${md(d.name)} (${md(d.persona)}), language ${md(d.lang)}. Score **${d.score} / ${d.max}**. Trust at the end: ${d.trust}; ${OUTCOME[d.outcome]}.${d.closedAs ? ` Closed as: ${md(d.closedAs.replace(/_/g, ' '))}.` : ''}`,
    '',
  ];
  for (const i of d.items) {
    out.push(`## ${MARK[i.status]}: ${md(i.title)}`, '');
    for (const e of i.evidence) out.push(`- turn ${e.turn}: ${md(e.line)}`);
    if (i.evidence.length === 0) out.push(i.status === 'passed' ? '- no line went against it' : '- no line did this');
    out.push('', `> ${md(i.note)}`, '');
  }
  out.push('## What the person shared', '');
  out.push(...(d.revealed.length ? d.revealed.map((r) => `- ${md(r.fact)}`) : ['- nothing beyond the first question']));
  if (d.notRevealed.length) out.push('', '## What they would have shared with more trust', '', ...d.notRevealed.map((f) => `- ${md(f)}`));
  return out.join('\n') + '\n';
}

const esc = (t: string): string =>
  t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A self-contained HTML page; every string from a persona or a trainee is escaped. */
export function debriefHtml(d: Debrief): string {
  const rows = d.items
    .map((i) => {
      const ev = i.evidence.length
        ? `<ul>${i.evidence.map((e) => `<li>turn ${e.turn}: <q>${esc(e.line)}</q></li>`).join('')}</ul>`
        : `<p>${i.status === 'passed' ? 'No line went against it.' : 'No line did this.'}</p>`;
      return `<section class="${i.status}"><h2>${esc(MARK[i.status])}: ${esc(i.title)}</h2>${ev}<p class="note">${esc(i.note)}</p></section>`;
    })
    .join('\n');
  const shared = d.revealed.length ? d.revealed.map((r) => `<li>${esc(r.fact)}</li>`).join('') : '<li>nothing beyond the first question</li>';
  const more = d.notRevealed.length ? `<h2>What they would have shared with more trust</h2><ul>${d.notRevealed.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rehearsal debrief (practice)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}.passed h2{color:#1a6b2f}.missed h2{color:#8a5a00}.breached h2{color:#a11}.note{border-left:3px solid #999;padding-left:.75rem;color:#333}</style>
</head><body>
<h1>Rehearsal debrief (practice)</h1>
<p>Persona: ${esc(d.name)} (${esc(d.persona)}), language ${esc(d.lang)}. Score <strong>${d.score} / ${d.max}</strong>. Trust at the end: ${d.trust}; ${esc(OUTCOME[d.outcome])}.${d.closedAs ? ` Closed as: ${esc(d.closedAs.replace(/_/g, ' '))}.` : ''}</p>
${rows}
<h2>What the person shared</h2><ul>${shared}</ul>
${more}
</body></html>
`;
}
