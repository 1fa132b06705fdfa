// What each optional part of Waypoint needs, by variable name, for `waypoint doctor`: a part is
// on when all its variables are set, off when none is, and incomplete (a warning naming what is
// missing) in between. Names only: doctor never prints a value. Whether a part runs is decided
// by src/features.ts; `on` reads that decision, and test/features.test.ts checks, for every
// combination of each part's variables, that this table and features() agree.
import type { Features } from '../features.ts';

export interface Part {
  name: string;
  /** Whether features() switched it on (as `npm start` would run it). */
  on(f: Features): boolean;
  /** All of these, for the part to be on. */
  needs: readonly string[];
  /** At least one of these as well. */
  oneOf?: readonly string[];
  /** Another part's variables this one runs on; missing ones count only once this part is asked for. */
  requires?: readonly string[];
  /** Printed when the part is off, to say how to switch it on. */
  hint: string;
}

export const PARTS: readonly Part[] = [
  { name: 'SMS, receiving (Twilio webhooks)', on: (f) => Boolean(f.channels.sms.inbound), needs: ['TWILIO_AUTH_TOKEN', 'PUBLIC_BASE_URL'], hint: 'src/channels/sms/README.md' },
  { name: 'SMS, sending later (late replies, handoff replies)', on: (f) => Boolean(f.channels.sms.outbound), needs: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'], oneOf: ['TWILIO_FROM_NUMBER', 'TWILIO_MESSAGING_SERVICE_SID'], hint: 'src/channels/sms/README.md' },
  { name: 'WhatsApp (Cloud API)', on: (f) => Boolean(f.channels.whatsapp), needs: ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'], hint: 'src/channels/whatsapp/README.md' },
  { name: 'Microsoft Teams', on: (f) => Boolean(f.channels.teams), needs: ['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET'], hint: 'src/channels/teams/README.md' },
  { name: 'Slack staff console', on: (f) => Boolean(f.consoles.slack), needs: ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_HANDOFF_CHANNEL'], hint: 'src/handoff/consoles/README.md' },
  { name: 'Teams staff console', on: (f) => Boolean(f.consoles.teams && f.channels.teams), needs: ['TEAMS_HANDOFF_CONVERSATION_ID'], requires: ['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET'], hint: 'src/handoff/consoles/README.md' },
  { name: 'Trainers\' rehearsal page (/rehearse)', on: (f) => Boolean(f.rehearsal), needs: ['TRAINER_TOKEN'], hint: 'README "Rehearsal for trainers"' },
  { name: 'LLM topic choice', on: (f) => Boolean(f.understanding?.llm), needs: ['LLM_BASE_URL', 'LLM_MODEL'], hint: 'README "Understanding free text"' },
];

export type PartState = { state: 'on' } | { state: 'off' } | { state: 'incomplete'; missing: string[] };

/** `set(name)`: whether the variable has a value. */
export function partState(part: Part, set: (name: string) => boolean): PartState {
  const missing = [...part.needs, ...(part.requires ?? [])].filter((n) => !set(n));
  const anyOf = part.oneOf ?? [];
  const oneOfMissing = anyOf.length > 0 && !anyOf.some(set);
  if (missing.length === 0 && !oneOfMissing) return { state: 'on' };
  const given = part.needs.filter(set).length + anyOf.filter(set).length;
  if (given === 0) return { state: 'off' };
  return { state: 'incomplete', missing: [...missing, ...(oneOfMissing ? [anyOf.join(' or ')] : [])] };
}
