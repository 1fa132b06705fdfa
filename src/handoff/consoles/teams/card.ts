// Adaptive Cards for the Teams console: the channel card (Claim while it waits; no controls
// after, never a word of the contact; its submit carries { waypoint: 'claim', handoffId }), the
// content-free card left after forgetting, and the cards in the claimer's one-to-one chat with
// the bot (the conversation, a reply box, the outcome choice with Close, Hand back), whose
// Action.Execute reaches the bot as an adaptiveCard/action invoke, never as a chat message.
import { TRANSFER_CHOICES, type ConversationLine, type HandoffCard, type PrivatePost, type TransferTarget } from '../../types.ts';
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

const adaptive = (body: Record<string, unknown>[], actions: Record<string, unknown>[] = []): StaffActivity => ({
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
});

/** What is left of a card once its handoff is forgotten: nothing that points at anyone. */
export const BLANK_TEXT = 'A handoff was here. Its details were deleted.';
export function blankActivity(): StaffActivity {
  return adaptive([{ type: 'TextBlock', text: BLANK_TEXT, isSubtle: true, wrap: true }]);
}

/** The verbs of the private cards' Action.Execute; data carries the handoff id. */
export const PRIVATE_VERBS = ['reply', 'close', 'hand_back', 'transfer'] as const;
export type PrivateVerb = (typeof PRIVATE_VERBS)[number];

const lineBlocks = (line: ConversationLine): Record<string, unknown>[] => [
  { type: 'TextBlock', text: line.from === 'contact' ? 'Contact' : 'You', weight: 'Bolder', isSubtle: true, wrap: true },
  // Teams renders a small markdown subset in a TextBlock (bold, italic, lists, links): a
  // contact's link shows as a link; backslash escapes are not honoured, so none are added.
  { type: 'TextBlock', text: line.text, wrap: true },
];

/** A card in the claimer's one-to-one chat with the bot. */
export function privateActivity(post: PrivatePost): StaffActivity {
  const { card } = post;
  const head = { type: 'TextBlock', text: `Contact ${card.handle} · ${summaryLine(card)}`, weight: 'Bolder', wrap: true };
  const data = (verb: PrivateVerb) => ({ type: 'Action.Execute', verb, data: { waypoint: verb, handoffId: card.handoffId } });
  const targets = post.kind === 'note' ? [] : (post.targets ?? []);
  const controls = (): [Record<string, unknown>[], Record<string, unknown>[]] => [
    [
      { type: 'Input.Text', id: 'reply', isMultiline: true, maxLength: 3000, placeholder: `Reply to Contact ${card.handle}` },
      { type: 'Input.ChoiceSet', id: 'outcome', style: 'compact', label: 'Outcome', placeholder: 'Close…', choices: OUTCOME_CHOICES.map((o) => ({ title: o.label, value: o.value })) },
    ],
    [
      { ...data('reply'), title: 'Send', style: 'positive' },
      { ...data('close'), title: 'Close' },
      { ...data('hand_back'), title: 'Hand back to the assistant' },
      ...(targets.length > 0 ? [transferAction(card, targets)] : []),
    ],
  ];
  if (post.kind === 'opened') {
    const body: Record<string, unknown>[] = [head, { type: 'TextBlock', text: 'You claimed this handoff. Only you see this conversation.', wrap: true }];
    for (const line of post.earlier) body.push(...lineBlocks(line));
    if (post.earlier.length === 0) body.push({ type: 'TextBlock', text: 'The contact has not written yet.', isSubtle: true, wrap: true });
    const [inputs, actions] = controls();
    return adaptive([...body, ...inputs], actions);
  }
  if (post.kind === 'note') return adaptive([head, { type: 'TextBlock', text: post.text, wrap: true }]);
  if (post.line.from === 'staff') return adaptive([head, ...lineBlocks(post.line)]);
  const [inputs, actions] = controls();
  return adaptive([head, ...lineBlocks(post.line), ...inputs], actions);
}

/**
 * Pass on…: a card shown in place (Action.ShowCard) with to whom and why; its Ask the contact
 * sends the `transfer` verb. The contact is asked in their language; nothing moves until yes.
 */
function transferAction(card: HandoffCard, targets: readonly TransferTarget[]): Record<string, unknown> {
  return {
    type: 'Action.ShowCard',
    title: 'Pass on…',
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'TextBlock',
          text: 'The contact is asked, in their language, if their chat may be passed on so they do not tell their story again. If they say yes, the new worker sees the whole chat and you lose access.',
          wrap: true,
        },
        { type: 'Input.ChoiceSet', id: 'to', style: 'compact', label: 'Pass on to', isRequired: true, choices: targets.map((t) => ({ title: t.label, value: t.to })) },
        {
          type: 'Input.ChoiceSet',
          id: 'reason',
          style: 'compact',
          label: 'What they can help with (the contact is told)',
          isRequired: true,
          choices: TRANSFER_CHOICES.map((c) => ({ title: c.label, value: c.value })),
        },
      ],
      actions: [{ type: 'Action.Execute', verb: 'transfer', title: 'Ask the contact', data: { waypoint: 'transfer', handoffId: card.handoffId } }],
    },
  };
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
