// Block Kit for the Slack console: the channel card (Claim while it waits; no controls after,
// and never a word of the contact), the content-free card left after forgetting, and the posts
// in the claimer's direct message with the app (the conversation, a reply box that sends on
// Enter, a larger box in a modal, Close… and Hand back). Text from contacts goes out as
// plain_text, so "<!channel>" or a link in a contact's message is shown, never acted on.
import type { types } from '@slack/bolt';
import { TRANSFER_CHOICES, type ConversationLine, type HandoffCard, type PrivatePost, type TransferTarget } from '../../types.ts';
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
  }
  return blocks;
}

/** The notification text (phones show it): the summary only, never message text. */
export function cardFallback(card: HandoffCard, opts: { renotify?: boolean; mention?: 'supervisors' } = {}): string {
  return [...prefixes(card, opts), summaryLine(card), stateLine(card)].filter(Boolean).join(' · ');
}

/** Slack's section text holds 3,000 characters; longer posts are split over several sections. */
const SECTION_MAX = 3000;

function textSections(text: string): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < text.length || i === 0; i += SECTION_MAX) {
    out.push({ type: 'section', text: { type: 'plain_text', text: text.slice(i, i + SECTION_MAX) || ' ', emoji: false } });
  }
  return out;
}

/** What is left of a card once its handoff is forgotten: nothing that points at anyone. */
export const BLANK_TEXT = 'A handoff was here. Its details were deleted.';
export function blankBlocks(): Block[] {
  return [{ type: 'context', elements: [{ type: 'plain_text', text: BLANK_TEXT }] }];
}

/** The block ids of the private controls carry the handoff id (and a nonce, so a re-render clears the box). */
export const REPLY_PREFIX = 'waypoint_reply:';
export const REPLY_CALLBACK = 'waypoint_reply';
export const REPLY_INPUT = 'reply_text';

function replyBlocks(card: HandoffCard, nonce: string): Block[] {
  return [
    {
      type: 'input',
      block_id: `${REPLY_PREFIX}${card.handoffId}:${nonce}`,
      dispatch_action: true,
      label: { type: 'plain_text', text: `Reply to Contact ${card.handle}` },
      hint: { type: 'plain_text', text: 'Press Enter to send. Only the contact and you see it.' },
      element: { type: 'plain_text_input', action_id: 'reply', max_length: 3000, dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] } },
    },
    {
      type: 'actions',
      block_id: `${CONTROLS_PREFIX}${card.handoffId}`,
      elements: [
        { type: 'button', action_id: 'reply_modal', text: { type: 'plain_text', text: 'Reply in a larger box' }, value: card.handoffId },
        {
          type: 'static_select',
          action_id: 'close',
          placeholder: { type: 'plain_text', text: 'Close…' },
          options: OUTCOME_CHOICES.map((o) => ({ text: { type: 'plain_text', text: o.label }, value: o.value })),
        },
        { type: 'button', action_id: 'hand_back', text: { type: 'plain_text', text: 'Hand back to the assistant' }, value: card.handoffId },
        { type: 'button', action_id: 'transfer_modal', text: { type: 'plain_text', text: 'Pass on…' }, value: card.handoffId },
      ],
    },
  ];
}

const who = (line: ConversationLine): string => (line.from === 'contact' ? 'Contact' : 'You');

/** A post in the claimer's direct message with the app. */
export function privateBlocks(post: PrivatePost, nonce = '0'): Block[] {
  const { card } = post;
  const head: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: `*Contact ${escapeMrkdwn(card.handle)}* · ${escapeMrkdwn(summaryLine(card))}` }] };
  if (post.kind === 'opened') {
    const blocks: Block[] = [head, { type: 'section', text: { type: 'plain_text', text: 'You claimed this handoff. Only you see this conversation.' } }];
    for (const line of post.earlier) blocks.push({ type: 'context', elements: [{ type: 'plain_text', text: who(line) }] }, ...textSections(line.text));
    if (post.earlier.length === 0) blocks.push({ type: 'context', elements: [{ type: 'plain_text', text: 'The contact has not written yet.' }] });
    return [...blocks, ...replyBlocks(card, nonce)];
  }
  if (post.kind === 'note') return [head, ...textSections(post.text)];
  const blocks: Block[] = [head, { type: 'context', elements: [{ type: 'plain_text', text: who(post.line) }] }, ...textSections(post.line.text)];
  return post.line.from === 'contact' ? [...blocks, ...replyBlocks(card, nonce)] : blocks;
}

/** The notification text of a private post (phones show it): who it is about, never what was said. */
export function privateFallback(post: PrivatePost): string {
  if (post.kind === 'opened') return `Contact ${post.card.handle} is yours now`;
  if (post.kind === 'note') return `Note about Contact ${post.card.handle}`;
  return post.line.from === 'contact' ? `New message from Contact ${post.card.handle}` : `Your reply to Contact ${post.card.handle}`;
}

/** A modal about one handoff (views.open): its submit comes back as view_submission with the handoff id. */
function handoffModal(callbackId: string, handoffId: string, handle: string, submit: string, blocks: Block[]): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    private_metadata: handoffId,
    title: { type: 'plain_text', text: `Contact ${handle}`.slice(0, 24) },
    submit: { type: 'plain_text', text: submit },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/** The larger reply box (views.open); its Send comes back as view_submission. */
export function replyModal(handoffId: string, handle: string): types.ModalView {
  return handoffModal(REPLY_CALLBACK, handoffId, handle, 'Send', [
    {
      type: 'input',
      block_id: REPLY_INPUT,
      label: { type: 'plain_text', text: 'Your reply' },
      element: { type: 'plain_text_input', action_id: 'reply', multiline: true, max_length: 3000 },
    },
  ]);
}

export const TRANSFER_CALLBACK = 'waypoint_transfer';
export const TRANSFER_TO = 'transfer_to';
export const TRANSFER_REASON = 'transfer_reason';

const option = (text: string, value: string): types.PlainTextOption => ({ text: { type: 'plain_text', text: text.slice(0, 75) }, value });

/**
 * Pass on… (views.open): to whom and why. The contact is asked in their language when it is
 * submitted, and nothing moves until they say yes.
 */
export function transferModal(handoffId: string, handle: string, targets: readonly TransferTarget[]): types.ModalView {
  return handoffModal(TRANSFER_CALLBACK, handoffId, handle, 'Ask the contact', [
    {
      type: 'section',
      text: {
        type: 'plain_text',
        text: 'The contact is asked, in their language, if their chat may be passed on so they do not tell their story again. If they say yes, the new worker sees the whole chat and you lose access.',
      },
    },
    {
      type: 'input',
      block_id: TRANSFER_TO,
      label: { type: 'plain_text', text: 'Pass on to' },
      element: { type: 'static_select', action_id: 'to', options: targets.slice(0, 100).map((t) => option(t.label, t.to)) },
    },
    {
      type: 'input',
      block_id: TRANSFER_REASON,
      label: { type: 'plain_text', text: 'What they can help with (the contact is told)' },
      element: { type: 'static_select', action_id: 'reason', options: TRANSFER_CHOICES.map((c) => option(c.label, c.value)) },
    },
  ]);
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
