import { dirname, join } from 'node:path';
import type { LoadedContent } from '../../bundle.ts';
import { COMMANDS, TRANSFER_REASONS } from '../../engine/types.ts';
import { commandKey } from '../../i18n/catalog.ts';
import { CODE_KEYS } from '../../content/codeKeys.ts';
import { ROUTES_FILE } from '../load.ts';
import type { KeyUse, LintContext, LintOptions } from './types.ts';

/** The label key of a language in the generated language menu (see Turn.visibleChoices). */
export const languageKey = (code: string): string => `language-${code}`;
/** The label key of a topic in the generated "did you mean" question (see Turn.visibleChoices). */
export const topicKey = (topic: string): string => `topic-${topic}`;

export function buildContext(content: LoadedContent, options: LintOptions): LintContext {
  const { flows, keys, where } = content.flows;
  const anyFlow = Object.keys(flows)[0];
  const routesFile = anyFlow && where[anyFlow] ? join(dirname(where[anyFlow].file), ROUTES_FILE) : ROUTES_FILE;
  const uses = new Map<string, KeyUse[]>();
  const use = (u: KeyUse): void => {
    const list = uses.get(u.key) ?? [];
    list.push(u);
    uses.set(u.key, list);
  };
  for (const flow of Object.values(flows)) {
    for (const node of Object.values(flow.nodes)) {
      const at = { flow: flow.id, node: node.id, ...where[`${flow.id}.${node.id}`] };
      switch (node.type) {
        case 'say':
        case 'effect':
          for (const key of node.messages) use({ key, as: 'say', ...at });
          break;
        case 'ask':
          for (const key of node.prompt) use({ key, as: 'prompt', ...at });
          use({ key: node.retry, as: 'retry', ...at });
          for (const c of node.choices) use({ key: c.label, as: 'label', ...at });
          if (node.languages) for (const code of content.locales.locales.keys()) use({ key: languageKey(code), as: 'language', ...at });
          if (node.suggestions) for (const topic of Object.keys(content.flows.topics)) use({ key: topicKey(topic), as: 'label', ...at });
          break;
        default:
          break;
      }
    }
  }
  for (const [name, key] of Object.entries(keys)) {
    // The transfer question is one message per reason: `<key>-<reason>`.
    if (name === 'transferAsk') for (const r of TRANSFER_REASONS) use({ key: `${key}-${r}`, as: 'system', file: routesFile });
    else use({ key, as: 'system', file: routesFile });
  }
  for (const c of COMMANDS) use({ key: commandKey(c), as: 'command', file: routesFile });
  for (const k of CODE_KEYS) use({ key: k.key, as: 'code', file: k.file });
  return { content, options, uses, routesFile };
}
