import type { Output } from '../../engine/types.ts';
import { insideWindow, postToPlatform, SendError, type ChannelSender, type Fetch, type SendContext } from '../types.ts';
import { isAllowedNumber } from './country.ts';
import { renderSms, SMS_CAPABILITIES } from './render.ts';
import type { NumberHint } from '../degrade.ts';

export interface TwilioSenderOptions {
  accountSid: string;
  authToken: string;
  /** Either a sending number or a messaging service. */
  fromNumber?: string;
  messagingServiceSid?: string;
  /** https://api.twilio.com, or a fake one in tests. */
  apiBaseUrl: string;
  allowedCountries: readonly string[];
  dirOf?: (lang: string) => 'ltr' | 'rtl';
  /** "Reply with a number." per language, said before numbered choices. */
  hint?: NumberHint;
  fetch?: Fetch;
}

/**
 * Later sends (from the outbox) through Twilio's REST API. Refuses, without calling Twilio,
 * a number outside SMS_ALLOWED_COUNTRIES or one that has not written in the last 24 hours
 * (invariant 7): an unexpected text can put a person in danger. The outbox then holds the reply.
 * The one exception is `notice`: one neutral line the person agreed to at consent.
 */
export class TwilioSender implements ChannelSender {
  readonly channel = 'sms';
  readonly capabilities = SMS_CAPABILITIES;
  private readonly fetch: Fetch;

  constructor(private readonly opts: TwilioSenderOptions) {
    if (!opts.fromNumber && !opts.messagingServiceSid) throw new Error('TwilioSender needs a from number or a messaging service sid');
    this.fetch = opts.fetch ?? fetch;
  }

  async send(address: string, outputs: Output[], ctx: SendContext): Promise<void> {
    if (!insideWindow(ctx)) throw new SendError('window_closed', false);
    await this.post(address, outputs);
  }

  /** The neutral notice ("You have a new message. Reply OPEN to read it."): no name, no topic, outside the window. */
  async notice(address: string, outputs: Output[]): Promise<void> {
    await this.post(address, outputs);
  }

  private async post(address: string, outputs: Output[]): Promise<void> {
    if (!isAllowedNumber(address, this.opts.allowedCountries)) throw new SendError('country_not_allowed', false);
    const { accountSid, authToken, apiBaseUrl } = this.opts;
    const url = `${apiBaseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    for (const body of renderSms(outputs, { ...(this.opts.dirOf ? { dirOf: this.opts.dirOf } : {}), ...(this.opts.hint ? { hint: this.opts.hint } : {}) })) {
      const form = new URLSearchParams({ To: address, Body: body });
      if (this.opts.messagingServiceSid) form.set('MessagingServiceSid', this.opts.messagingServiceSid);
      else form.set('From', this.opts.fromNumber!);
      await postToPlatform(this.fetch, url, {
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    }
  }
}
