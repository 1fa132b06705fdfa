// Block Kit for the Slack console: the handoff card (Claim while it waits; Close… and Hand
// back once claimed; no controls after) and thread posts. Text from contacts goes out as
// plain_text, so "<!channel>" or a link in a contact's message is shown, never acted on.
import type { types } from '@slack/bolt';
import type { HandoffCard } from '../../types.ts';
import { OUTCOME_CHOICES, prefixes, stateLine, summaryLine } from '../words.ts';

/** The block_id of the controls: it carries the handoff id for the select (which has no value). */
export const CONTROLS_PREFIX = 'waypoint_handoff:';

// Built as plain objects (Block Kit is JSON); the Web API's type is the check at the edge.
type Block = types.KnownBlock;

/** &, < and > are Slack's control characters in mrkdwn. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function cardBlocks(card: HandoffCard, opts: { renotify?: boolean; mention?: 'supervisors'; supervisorsGroupId?: string } = {}): Block[] {
  const heads = prefixes(card, opts).map((p) =>
    p === 'Supervisors' && opts.supervisorsGroupId ? `<!subteam^${opts.supervisorsGroupId}>` : `*${p}*`,
  );
  const summary = escapeMrkdwn(summaryLine(card));
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: [...heads, summary].join(' · ') } }];
  const state = stateLine(card);
  if (state) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(state) }] });
  const block_id = `${CONTROLS_PREFIX}${card.handoffId}`;
  if (card.state === 'queued') {
    blocks.push({
      type: 'actions',
      block_id,
      elements: [{ type: 'button', action_id: 'claim', text: { type: 'plain_text', text: 'Claim' }, style: 'primary', value: card.handoffId }],
    });
  } else if (card.state === 'claimed') {
    blocks.push({
      type: 'actions',
      block_id,
      elements: [
        {
          type: 'static_select',
          action_id: 'close',
          placeholder: { type: 'plain_text', text: 'Close…' },
          options: OUTCOME_CHOICES.map((o) => ({ text: { type: 'plain_text', text: o.label }, value: o.value })),
        },
        { type: 'button', action_id: 'hand_back', text: { type: 'plain_text', text: 'Hand back to the assistant' }, value: card.handoffId },
      ],
    });
  }
  return blocks;
}

/** The notification text (phones show it): the summary only, never message text. */
export function cardFallback(card: HandoffCard, opts: { renotify?: boolean; mention?: 'supervisors' } = {}): string {
  return [...prefixes(card, opts), summaryLine(card), stateLine(card)].filter(Boolean).join(' · ');
}

/** Slack's section text holds 3,000 characters; longer posts are split over several sections. */
const SECTION_MAX = 3000;

export function threadBlocks(post: { from: 'contact' | 'system'; text: string }): Block[] {
  const label = post.from === 'contact' ? 'Contact' : 'Waypoint';
  const blocks: Block[] = [{ type: 'context', elements: [{ type: 'plain_text', text: label }] }];
  for (let i = 0; i < post.text.length || i === 0; i += SECTION_MAX) {
    blocks.push({ type: 'section', text: { type: 'plain_text', text: post.text.slice(i, i + SECTION_MAX) || ' ', emoji: false } });
  }
  return blocks;
}

/**
 * A staff message as Slack delivers it (mrkdwn with escapes, <url|label> links, <@U…> mentions)
 * → the plain text the contact receives. Mentions are dropped: a contact never learns a staff id.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/<(?:mailto:)?([^>|]+)\|([^>]+)>/g, (_m, url: string, label: string) => (label === url ? label : `${label} (${url})`))
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
