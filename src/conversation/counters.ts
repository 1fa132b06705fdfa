import type { EngineEvent } from '../engine/types.ts';

export interface CounterRow {
  metric: string;
  topic?: string;
  lang?: string;
  channel?: string;
  n?: number;
}

/**
 * Daily aggregate counters come from a turn's events, never from contact rows
 * (invariant 6). Each row is topic × language × channel × day, with no contact id.
 */
export function countersFor(events: EngineEvent[], channel: string, lang: string): CounterRow[] {
  const rows: CounterRow[] = [{ metric: 'messages_in', lang, channel }];
  for (const e of events) {
    switch (e.type) {
      case 'conversation_started':
        rows.push({ metric: 'conversations_started', lang, channel });
        break;
      case 'topic_visited':
        rows.push({ metric: 'topic_visited', topic: e.topic, lang, channel });
        break;
      case 'handoff_requested':
        rows.push({ metric: e.urgent ? 'handoffs_requested_urgent' : 'handoffs_requested', lang, channel });
        break;
      case 'contact_erased':
        rows.push({ metric: 'contacts_erased', lang, channel });
        break;
      case 'conversation_stopped':
        rows.push({ metric: 'opt_outs', lang, channel });
        break;
      case 'danger_check_asked':
        rows.push({ metric: 'danger_checks_asked', lang, channel });
        break;
      case 'input_unmatched':
        rows.push({ metric: 'inputs_unmatched', lang, channel });
        break;
      case 'session_recovered':
        rows.push({ metric: 'sessions_recovered', lang, channel });
        break;
      case 'error':
        rows.push({ metric: `error_${e.code}`, lang, channel });
        break;
      default:
        break;
    }
  }
  return rows;
}
