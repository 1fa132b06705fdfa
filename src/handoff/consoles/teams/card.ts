// Adaptive Cards for the Teams console: the handoff card (Claim while it waits; an outcome
// choice with Close, and Hand back, once claimed; no controls after) and thread posts.
// Every submit carries data { waypoint: <action>, handoffId }.
import type { HandoffCard } from '../../types.ts';
import { OUTCOME_CHOICES, prefixes, stateLine, summaryLine } from '../words.ts';

export interface StaffActivity {
  type: 'message';
  text?: string;
  textFormat?: 'plain';
  attachments?: { contentType: 'application/vnd.microsoft.card.adaptive'; content: Record<string, unknown> }[];
}

export function cardActivity(card: HandoffCard, opts: { renotify?: boolean; mention?: 'supervisors' } = {}): StaffActivity {
  const heads = prefixes(card, opts);
  const body: Record<string, unknown>[] = [];
  if (heads.length > 0) body.push({ type: 'TextBlock', text: heads.join(' · '), weight: 'Bolder', color: card.urgent ? 'Attention' : 'Default', wrap: true });
  body.push({ type: 'TextBlock', text: summaryLine(card), wrap: true });
  const state = stateLine(card);
  if (state) body.push({ type: 'TextBlock', text: state, isSubtle: true, wrap: true });
  const data = (waypoint: string) => ({ waypoint, handoffId: card.handoffId });
  let actions: Record<string, unknown>[] = [];
  if (card.state === 'queued') {
    actions = [{ type: 'Action.Submit', title: 'Claim', style: 'positive', data: data('claim') }];
  } else if (card.state === 'claimed') {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'outcome',
      style: 'compact',
      label: 'Outcome',
      placeholder: 'Close…',
      choices: OUTCOME_CHOICES.map((o) => ({ title: o.label, value: o.value })),
    });
    actions = [
      { type: 'Action.Submit', title: 'Close', data: data('close') },
      { type: 'Action.Submit', title: 'Hand back to the assistant', data: data('hand_back') },
    ];
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body,
          ...(actions.length > 0 ? { actions } : {}),
        },
      },
    ],
  };
}

/** A post in the card's thread. Plain text: a contact's markdown or HTML is shown, not rendered. */
export function threadActivity(post: { from: 'contact' | 'system'; text: string }): StaffActivity {
  return { type: 'message', textFormat: 'plain', text: `${post.from === 'contact' ? 'Contact' : 'Waypoint'}: ${post.text}` };
}

/** A staff reply as Teams delivers it (HTML, <at>mentions</at>) → the plain text the contact receives. */
export function teamsToPlain(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
