import type { Output } from '../../engine/types.ts';

/** What the Bot Connector accepts as an outgoing message (the part we use). */
export interface TeamsActivity {
  type: 'message';
  text?: string;
  textFormat?: 'plain';
  locale?: string;
  attachments?: { contentType: 'application/vnd.microsoft.card.adaptive'; content: AdaptiveCard }[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  rtl?: boolean;
  lang?: string;
  body: unknown[];
  actions?: unknown[];
}

/** Teams shows at most six actions on a card; longer menus become one choice set and a button. */
export const MAX_CARD_ACTIONS = 6;

/**
 * One activity per output. The message that carries choices becomes an Adaptive Card:
 * its text, then one Action.Submit per choice with data { choiceId } (or, past six choices,
 * an Input.ChoiceSet whose id is choiceId, so the submit carries the same shape).
 */
export function renderTeams(outputs: Output[], dirOf: (lang: string) => 'ltr' | 'rtl', sendLabel: (lang: string) => string): TeamsActivity[] {
  return outputs.map((o) => {
    const rtl = dirOf(o.lang) === 'rtl';
    const choices = o.choices ?? [];
    if (choices.length === 0 && !rtl) return { type: 'message', text: o.text, textFormat: 'plain', locale: o.lang };
    const card: AdaptiveCard = {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      lang: o.lang,
      ...(rtl ? { rtl: true } : {}),
      body: [{ type: 'TextBlock', text: o.text, wrap: true }],
    };
    if (choices.length > 0 && choices.length <= MAX_CARD_ACTIONS) {
      card.actions = choices.map((c) => ({ type: 'Action.Submit', title: c.label, data: { choiceId: c.id } }));
    } else if (choices.length > MAX_CARD_ACTIONS) {
      card.body.push({
        type: 'Input.ChoiceSet',
        id: 'choiceId',
        style: 'expanded',
        isRequired: true,
        label: o.text.split('\n')[0]?.slice(0, 100),
        choices: choices.map((c) => ({ title: c.label, value: c.id })),
      });
      card.actions = [{ type: 'Action.Submit', title: sendLabel(o.lang) }];
    }
    return {
      type: 'message',
      locale: o.lang,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    };
  });
}
