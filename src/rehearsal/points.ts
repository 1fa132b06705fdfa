// The eleven points of practice a debrief scores, from the coalition's content guide ("Voice and
// tone", "Safety behaviours", talking to a person), and how a line's signals earn or breach them.
// Notes are plain words; their sources are named as organisations, never as files.

import type { Signal } from './signals.ts';

export const POINT_IDS = [
  'introduced',
  'privacy',
  'safety',
  'language',
  'person_first',
  'no_police',
  'legal',
  'next_steps',
  'no_promise',
  'no_status_ask',
  'identifying_details',
] as const;

export type PointId = (typeof POINT_IDS)[number];

export interface Point {
  id: PointId;
  title: string;
  /** Lines with this signal earn the point. */
  earn?: Signal;
  /** Lines with one of these signals breach it. */
  breach: Signal[];
  /** Passed when nothing breached it, even with no line for it (a "did not" point). */
  absence?: boolean;
  note: string;
  /** Who says so: an organisation, not a file. */
  source: string;
}

const GUIDE = "the coalition's content guide";
const FRONT = 'McGill School of Social Work, "Frontline Responses to Human Trafficking in Canada" (2014)';

export const POINTS: readonly Point[] = [
  {
    id: 'introduced',
    title: 'Said who you are and what you do',
    earn: 'introduced',
    breach: ['identity_withheld'],
    note: 'Start with your name and your role: "I\'m Ana, a support worker. I\'m not police or immigration." People fear the one answering works with the police or the employer.',
    source: GUIDE,
  },
  {
    id: 'privacy',
    title: 'Said what is kept and who sees it',
    earn: 'privacy',
    breach: ['record_share', 'vanish_claim'],
    note: 'Say what is kept and who reads it: "We don\'t keep your number. Only I read this. Send ERASE any time to delete what we keep." Do not say the chat is gone: the phone keeps its own copy. Never record the conversation or pass it on (to a supervisor, the employer, immigration, a file) or ask to: what the person writes goes nowhere without their choice.',
    source: GUIDE,
  },
  {
    id: 'safety',
    title: 'Checked it is safe to write',
    earn: 'safety',
    breach: ['contact_unasked'],
    note: 'Ask first: "Is it safe to write now? Could someone else see this phone?" If not, stop, and let them come back when they can.',
    source: 'National Network to End Domestic Violence, Safety Net project',
  },
  {
    id: 'language',
    title: 'Offered language help',
    earn: 'language',
    breach: ['language_refused'],
    note: 'Offer an interpreter, or a worker from outside their community. Some people fear being recognised by someone who knows their family or employer.',
    source: GUIDE,
  },
  {
    id: 'person_first',
    title: 'Used kind words that do not judge',
    earn: 'person_first',
    breach: ['label', 'blame'],
    absence: true,
    note: 'Describe what happens, not what the person is: "someone keeps your passport", never "victim", "trafficked" or "illegal". Never ask why they did not leave: "Many people stay for good reasons. What would help now?" Thank them for telling you and let them take their time: there is no rush, and every question is optional.',
    source: FRONT,
  },
  {
    id: 'no_police',
    title: 'Said help does not depend on the police',
    earn: 'no_police',
    breach: ['police_push'],
    note: 'Help never depends on going to the police. The police are one choice, with risks: if status is unclear, they may call immigration. A lawyer first.',
    source: FRONT,
  },
  {
    id: 'legal',
    title: 'Suggested legal advice first',
    earn: 'legal',
    breach: ['lawyer_dismissed'],
    note: 'Suggest a free legal clinic or an immigration lawyer before any application or police report.',
    source: 'Immigration, Refugees and Citizenship Canada; ' + FRONT,
  },
  {
    id: 'next_steps',
    title: 'Gave a clear next step',
    earn: 'next_steps',
    breach: ['step_ordered'],
    note: 'Offer one clear next step, as a choice, not an order: a number to call, a clinic, a person to talk to. "If you want, I can connect you with a legal clinic." (ERASE is privacy: it keeps the person safe, it is not a step toward help.)',
    source: GUIDE,
  },
  {
    id: 'no_promise',
    title: 'Made no promises',
    earn: 'no_promise',
    breach: ['promise'],
    absence: true,
    note: 'Never promise a permit, money back, or safety from removal. Say: "You can apply. An officer decides." Honest limits build trust.',
    source: 'Immigration, Refugees and Citizenship Canada',
  },
  {
    id: 'no_status_ask',
    title: 'Did not ask about immigration status',
    breach: ['status_ask'],
    absence: true,
    note: 'Do not ask about status, visas or papers. If the person tells you, use it to answer better, and do not write it down.',
    source: GUIDE,
  },
  {
    id: 'identifying_details',
    title: 'Did not ask early for names, addresses or documents',
    breach: ['identifying_ask', 'employer_name'],
    absence: true,
    note: 'Do not ask early for names (theirs, the employer\'s), addresses, or documents and photos of them. Ask only when there is trust and a next step needs it; say why, and that they can say no. The tip line takes reports without a name.',
    source: 'Employment and Social Development Canada, tip line for temporary foreign workers',
  },
];

export type Verdict = 'earned' | 'breached';

/** What one line does to each point, on its own: breached wins over earned. */
export function lineVerdicts(signals: readonly Signal[]): Map<PointId, Verdict> {
  const out = new Map<PointId, Verdict>();
  for (const p of POINTS) {
    if (p.breach.some((b) => signals.includes(b))) out.set(p.id, 'breached');
    else if (p.earn && signals.includes(p.earn)) out.set(p.id, 'earned');
  }
  return out;
}

/** The points a line can earn (the others are passed by absence alone). */
export const EARNABLE_POINTS: readonly PointId[] = POINTS.filter((p) => p.earn).map((p) => p.id);
