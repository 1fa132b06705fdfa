// Small in-test bundles for engine unit tests: flows written inline as the compiled vocabulary
// (src/engine/types.ts) and a tiny fake Catalog. A message's "text" is its key (or the word
// given here), so tests compare keys and never depend on real wording.
import type {
  AskNode,
  Bundle,
  Catalog,
  Command,
  EngineEvent,
  Flow,
  FlowNode,
  Formatted,
  Input,
  Routes,
  Session,
  StepResult,
  SystemKeys,
} from '../../src/engine/types.ts';
import { COMMANDS } from '../../src/engine/types.ts';
import { normalize } from '../../src/engine/normalize.ts';
import { step } from '../../src/engine/step.ts';

/** A message: its text (the key when omitted) and the other words that select it. */
export type Msg = string | { text: string; synonyms?: string[] };
export type Messages = Record<string, Record<string, Msg>>;


// Not annotated as SystemKeys: keys the vocabulary does not (yet) have are simply extra.
export const SYSTEM_KEYS = {
  draftNotice: 'draft-notice',
  erased: 'erased',
  stopped: 'stopped',
  recovered: 'recovered',
  inputRefused: 'input-refused',
  inputTrimmed: 'input-trimmed',
  backUnavailable: 'back-unavailable',
  tooManyMisses: 'too-many-misses',
  handoffClaimed: 'handoff-claimed',
  handoffClosed: 'handoff-closed',
  handoffCancelled: 'handoff-cancelled',
  handoffWaiting: 'handoff-waiting',
  handoffEmergency: 'emergency-now',
  languageOffer: 'language-offer',
  openNeutral: 'open-neutral',
  mediaNotRead: 'media-not-read',
  mediaHandoff: 'media-handoff',
};

/** The command words of the three starter languages, shaped like the real catalogues. */
export const COMMAND_WORDS: Record<string, Record<Command, Msg>> = {
  en: {
    menu: { text: 'MENU', synonyms: ['main menu', 'home'] },
    back: { text: 'BACK', synonyms: ['go back'] },
    language: { text: 'LANGUAGE', synonyms: ['lang'] },
    human: { text: 'HUMAN', synonyms: ['talk to a person'] },
    erase: { text: 'ERASE', synonyms: ['delete everything'] },
    stop: { text: 'STOP', synonyms: ['unsubscribe'] },
    start: { text: 'START', synonyms: ['resume'] },
    help: { text: 'HELP', synonyms: ['commands'] },
    emergency: { text: 'EMERGENCY', synonyms: ['sos'] },
    open: { text: 'OPEN', synonyms: ['read'] },
  },
  fr: {
    menu: { text: 'MENU', synonyms: ['accueil'] },
    back: { text: 'RETOUR', synonyms: ['précédent'] },
    language: { text: 'LANGUE', synonyms: ['changer de langue'] },
    human: { text: 'PERSONNE', synonyms: ["parler à quelqu'un"] },
    erase: { text: 'EFFACER', synonyms: ['tout effacer'] },
    stop: { text: 'ARRÊT', synonyms: ['arrêter'] },
    start: { text: 'REPRENDRE', synonyms: ['démarrer'] },
    help: { text: 'AIDE', synonyms: ['commandes'] },
    emergency: { text: 'URGENCE', synonyms: ['au secours'] },
    open: { text: 'OUVRIR', synonyms: ['lire'] },
  },
  es: {
    menu: { text: 'MENÚ', synonyms: ['menú principal'] },
    back: { text: 'ATRÁS', synonyms: ['volver'] },
    language: { text: 'IDIOMA', synonyms: ['cambiar idioma'] },
    human: { text: 'PERSONA', synonyms: ['hablar con alguien'] },
    erase: { text: 'BORRAR', synonyms: ['borrar todo'] },
    stop: { text: 'PARAR', synonyms: ['detener'] },
    start: { text: 'EMPEZAR', synonyms: ['comenzar'] },
    help: { text: 'AYUDA', synonyms: ['comandos'] },
    emergency: { text: 'EMERGENCIA', synonyms: ['auxilio'] },
    open: { text: 'ABRIR', synonyms: ['leer'] },
  },
};

const LANGUAGE_NAMES: Record<string, Msg> = {
  'language-en': { text: 'English', synonyms: ['anglais', 'inglés'] },
  'language-fr': { text: 'Français', synonyms: ['french'] },
  'language-es': { text: 'Español', synonyms: ['spanish'] },
};

/** Every key used by the base flows, so tests need only add their own. */
const BASE_KEYS = [
  ...Object.values(SYSTEM_KEYS),
  'retry',
  'menu-prompt',
  'menu-a',
  'menu-b',
  'a-said',
  'b-prompt',
  'b-yes',
  'b-no',
  'language-prompt',
  'help-text',
  'handoff-said',
  'emergency-said',
];

export interface FakeCatalogOptions {
  languages?: string[];
  defaultLanguage?: string;
  /** Extra or replacement messages per language. */
  messages?: Messages;
  /** Languages whose messages are not yet checked by a translator. */
  drafts?: string[];
}

/** A pure lookup Catalog over plain objects, with the engine's own normalize for matching. */
export function fakeCatalog(opts: FakeCatalogOptions = {}): Catalog {
  const languages = opts.languages ?? ['en', 'fr', 'es'];
  const def = opts.defaultLanguage ?? languages[0] ?? 'en';
  const dict = new Map<string, Map<string, Msg>>();
  for (const lang of languages) {
    const m = new Map<string, Msg>();
    for (const k of BASE_KEYS) m.set(k, k);
    for (const [k, v] of Object.entries(LANGUAGE_NAMES)) m.set(k, v);
    for (const c of COMMANDS) m.set(`cmd-${c}`, COMMAND_WORDS[lang]?.[c] ?? c.toUpperCase());
    for (const [k, v] of Object.entries(opts.messages?.[lang] ?? {})) m.set(k, v);
    dict.set(lang, m);
  }
  const lookup = (lang: string, key: string): { msg: Msg; lang: string } | null => {
    for (const l of [lang, def]) {
      const msg = dict.get(l)?.get(key);
      if (msg !== undefined) return { msg, lang: l };
    }
    return null;
  };
  const textOf = (m: Msg): string => (typeof m === 'string' ? m : m.text);
  const wordsOf = (lang: string, key: string): string[] => {
    const hit = lookup(lang, key);
    if (!hit) return [];
    const m = hit.msg;
    return [textOf(m), ...(typeof m === 'string' ? [] : (m.synonyms ?? []))].map(normalize).filter((w) => w !== '');
  };
  const commandWords = new Map<Command, string[]>(
    COMMANDS.map((c) => [c, [...new Set(languages.flatMap((l) => wordsOf(l, `cmd-${c}`)))]]),
  );
  return {
    languages: () => languages,
    defaultLanguage: () => def,
    format(lang, key, args): Formatted | null {
      const hit = lookup(lang, key);
      if (!hit) return null;
      // Arguments show in the text so tests can see what a message was formatted with.
      const tail = args && Object.keys(args).length > 0 ? ` ${JSON.stringify(args)}` : '';
      return { text: textOf(hit.msg) + tail, lang: hit.lang };
    },
    // As in Fluent: the variables a message names (`{ $name }`) in any language.
    variables: (key) => [...new Set(languages.flatMap((l) => [...textOf(dict.get(l)?.get(key) ?? '').matchAll(/\{\s*\$([\w-]+)\s*\}/g)].map((m) => m[1]!)))].sort(),
    matchWords: (lang, key) => wordsOf(lang, key),
    commandWords: (c) => commandWords.get(c) ?? [],
    isDraft: (lang) => (opts.drafts ?? []).includes(lang),
  };
}

// ---------------------------------------------------------------- flows

type Bare<T> = T extends FlowNode ? Omit<T, 'id'> : never;
export type NodeSpec = Bare<FlowNode>;

/** A flow from inline nodes (ids filled in from the keys); start defaults to the first node. */
export function flow(id: string, nodes: Record<string, NodeSpec>, opts: { start?: string; vars?: string[] } = {}): Flow {
  const start = opts.start ?? Object.keys(nodes)[0];
  if (!start) throw new Error(`fixture flow ${id} has no nodes`);
  return {
    id,
    start,
    vars: opts.vars ?? [],
    nodes: Object.fromEntries(Object.entries(nodes).map(([nid, n]) => [nid, { ...n, id: nid } as FlowNode])),
  };
}

/** An ask with the usual defaults: the `retry` key, three tries, no choices. */
export function ask(spec: Partial<Omit<AskNode, 'type' | 'id'>> & { prompt: string[] }): NodeSpec {
  return { type: 'ask', choices: [], retry: 'retry', maxRetries: 3, ...spec };
}

/**
 * The base flows every test bends one way:
 * main.menu (a → main.a, b → main.b, lang → main.language), main.a says and returns to the menu,
 * main.b is a yes/no question, plus help, human (handoff) and emergency (urgent handoff);
 * check.ask is the danger question (yes → main.emergency, no → return to what was asked).
 */
export function baseFlows(): Flow[] {
  return [
    flow('main', {
      menu: ask({
        prompt: ['menu-prompt'],
        display: 'list',
        choices: [
          { id: 'a', label: 'menu-a', next: 'main.a' },
          { id: 'b', label: 'menu-b', next: 'main.b' },
        ],
      }),
      a: { type: 'say', topic: 'topic-a', messages: ['a-said'], next: 'main.menu' },
      b: ask({
        topic: 'topic-b',
        prompt: ['b-prompt'],
        display: 'buttons',
        choices: [
          { id: 'yes', label: 'b-yes', next: 'main.menu' },
          { id: 'no', label: 'b-no', next: 'main.menu' },
        ],
      }),
      language: ask({ prompt: ['language-prompt'], languages: true, next: 'main.menu' }),
      help: { type: 'say', messages: ['help-text'], next: 'main.menu' },
      human: { type: 'effect', effect: 'handoff', messages: ['handoff-said'], next: 'main.menu' },
      emergency: { type: 'effect', effect: 'handoff', urgent: true, messages: ['emergency-said'], next: 'main.menu' },
    }),
    flow('check', {
      ask: ask({
        prompt: ['check-prompt'],
        display: 'buttons',
        choices: [
          { id: 'yes', label: 'check-yes', next: 'main.emergency' },
          { id: 'no', label: 'check-no', next: 'check.back' },
        ],
      }),
      back: { type: 'return' },
    }),
  ];
}

export const BASE_ROUTES: Routes = {
  entry: 'main.menu',
  menu: 'main.menu',
  language: 'main.language',
  human: 'main.human',
  emergency: 'main.emergency',
  help: 'main.help',
  suggest: 'main.menu',
  check: 'check.ask',
};

export interface BundleOptions extends FakeCatalogOptions {
  /** Flows added to (or replacing, by id) the base flows. */
  flows?: Flow[];
  routes?: Partial<Routes>;
  /** Topic id → where it starts. */
  topics?: Record<string, string>;
}

export function makeBundle(opts: BundleOptions = {}): Bundle {
  const flows: Record<string, Flow> = {};
  for (const f of [...baseFlows(), ...(opts.flows ?? [])]) flows[f.id] = f;
  const keys: SystemKeys = SYSTEM_KEYS;
  return { flows, routes: { ...BASE_ROUTES, ...opts.routes }, catalog: fakeCatalog(opts), keys, topics: opts.topics ?? {} };
}

// ---------------------------------------------------------------- driving a conversation

export const text = (t: string): Input => ({ type: 'text', text: t });
export const choice = (id: string): Input => ({ type: 'choice', id });
export const command = (c: Command): Input => ({ type: 'command', command: c });

/** Feed inputs one after another; returns every result. Strings are text inputs. */
export function run(bundle: Bundle, inputs: (Input | string)[], session: Session | null = null): StepResult[] {
  const results: StepResult[] = [];
  let s = session;
  for (const i of inputs) {
    const r = step(bundle, s, typeof i === 'string' ? text(i) : i);
    results.push(r);
    s = r.session;
  }
  return results;
}

/** The last result of a run. */
export function last(bundle: Bundle, inputs: (Input | string)[], session: Session | null = null): StepResult {
  const all = run(bundle, inputs, session);
  const r = all[all.length - 1];
  if (!r) throw new Error('run() needs at least one input');
  return r;
}

export const keys = (r: StepResult): string[] => r.outputs.map((o) => o.key);
export const at = (r: StepResult): string | null => (r.session.at ? `${r.session.at.flow}.${r.session.at.node}` : null);
export const eventsOf = <T extends EngineEvent['type']>(r: StepResult, type: T): Extract<EngineEvent, { type: T }>[] =>
  r.events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);

/** Freeze an object and everything in it, so any mutation throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
