// The engine's whole vocabulary: nodes, inputs, outputs, effects, events.
// Every union is discriminated on `type`; the type string, the node file name and the
// test fixture agree (`ask` ↔ nodes/ask.ts ↔ test/engine/ask.test.ts).
// Nothing here imports anything: the engine is pure and self-contained.

/** A fully qualified node reference: `<flowId>.<nodeId>`. */
export type NodeRef = string;

export interface Position {
  flow: string;
  node: string;
}

// ---------------------------------------------------------------- flows (compiled)

export interface Choice {
  /** Stable id, used as the button payload and in transcripts. */
  id: string;
  /** Message key of the label shown to the person; its `.synonyms` attribute adds matches. */
  label: string;
  next?: NodeRef;
  /** Variables set when this choice is taken (only variables the flow declares). */
  set?: Record<string, string>;
  /** A choice may be hidden unless a variable has a value (e.g. a province-specific office). */
  when?: Condition;
}

export interface Condition {
  var: string;
  equals?: string;
  in?: string[];
  set?: boolean;
}

export type Validation =
  | { kind: 'text'; maxLength: number }
  /**
   * A code word: 3 to 30 letters or digits of any script (spaces, "-" and "'" inside). The
   * answer never enters the session: it leaves the engine, folded like a command word, as a
   * `codeword_set` effect, and the host keeps only a salted hash of it.
   */
  | { kind: 'codeword' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'pattern'; pattern: string };

interface NodeBase {
  id: string;
  /** Topic id this node belongs to (src/content/topics.ts); entering it records the topic. */
  topic?: string;
}

export interface SayNode extends NodeBase {
  type: 'say';
  messages: string[];
  next?: NodeRef;
}

export interface AskNode extends NodeBase {
  type: 'ask';
  prompt: string[];
  choices: Choice[];
  /** Free-text asks store the (validated) answer here; choice asks may store the choice id. */
  var?: string;
  validate?: Validation;
  /** Message key said when the answer matches nothing; the prompt and choices follow. */
  retry: string;
  /** After this many misses in a row, `onFail` (default: the menu with an offer of a person). */
  maxRetries: number;
  onFail?: NodeRef;
  /** Where a valid free-text answer goes. */
  next?: NodeRef;
  /** Rendering hint for channels: short yes/no style (buttons) or a longer menu (list). */
  display?: 'buttons' | 'list';
  /** The language menu: one choice per offered language (label key `language-<code>`), setting `lang`. */
  languages?: boolean;
  /** "Did you mean": one choice per suggested topic (label key `topic-<id>`), before the fixed choices. */
  suggestions?: boolean;
}

export interface SetNode extends NodeBase {
  type: 'set';
  vars: Record<string, string>;
  next: NodeRef;
}

export interface BranchNode extends NodeBase {
  type: 'branch';
  var: string;
  /** Keyed by value; `*` matches any value that is set. */
  cases: Record<string, NodeRef>;
  default: NodeRef;
}

export interface JumpNode extends NodeBase {
  type: 'jump';
  to: NodeRef;
}

export interface SubflowNode extends NodeBase {
  type: 'subflow';
  to: NodeRef;
  /** Where `return` in the subflow comes back to. */
  next: NodeRef;
}

export interface ReturnNode extends NodeBase {
  type: 'return';
}

export type EffectName = 'handoff' | 'erase' | 'end';

export interface EffectNode extends NodeBase {
  type: 'effect';
  effect: EffectName;
  urgent?: boolean;
  /** handoff: the person agreed to one neutral notice when a reply waits for them. */
  notice?: boolean;
  messages: string[];
  next?: NodeRef;
}

export type FlowNode =
  | SayNode
  | AskNode
  | SetNode
  | BranchNode
  | JumpNode
  | SubflowNode
  | ReturnNode
  | EffectNode;

export type NodeType = FlowNode['type'];

export interface Flow {
  id: string;
  start: string;
  /** Variables this flow may write (invariant 2: flows hold only what they declare). */
  vars: string[];
  nodes: Record<string, FlowNode>;
}

/** Where the global commands lead. Every field is a qualified node reference. */
export interface Routes {
  entry: NodeRef;
  menu: NodeRef;
  language: NodeRef;
  human: NodeRef;
  emergency: NodeRef;
  help: NodeRef;
  /** The "did you mean" question (an ask with `suggestions: true`). */
  suggest: NodeRef;
  /** Someone coming back ("it's me again", "sorry"): welcomed back, then the menu. Optional. */
  welcomeBack?: NodeRef;
  /**
   * The danger question ("Are you in danger right now?"), for weak signs of danger in free text.
   * The engine puts where the message would have gone on the return stack first, so the
   * question's "no" is a `return` node: the conversation carries on with what was asked.
   */
  check: NodeRef;
}

export type Command =
  | 'menu'
  | 'back'
  | 'language'
  | 'human'
  | 'erase'
  | 'stop'
  | 'start'
  | 'help'
  | 'emergency'
  /** "Reply OPEN to read your message": replies that waited are released outside the engine; here, a neutral line. */
  | 'open';

export const COMMANDS: readonly Command[] = [
  'menu',
  'back',
  'language',
  'human',
  'erase',
  'stop',
  'start',
  'help',
  'emergency',
  'open',
];

// ---------------------------------------------------------------- catalogue (injected)

/** A resolved, formatted message. `lang` is the language actually used after fallback. */
export interface Formatted {
  text: string;
  lang: string;
}

/**
 * What the engine needs from the translations. Implemented outside the engine
 * (src/i18n) and passed in with the flows; implementations must be pure lookups.
 */
export interface Catalog {
  /** Languages offered, in menu order. */
  languages(): readonly string[];
  defaultLanguage(): string;
  /** The variables a message reads, in any language: the only ones a turn passes it. */
  variables(key: string): readonly string[];
  /** Format a message with fallback; null when no language in the chain has it. */
  format(lang: string, key: string, args?: Record<string, string | number>): Formatted | null;
  /** Normalized words that select this key in this language: label plus `.synonyms`. */
  matchWords(lang: string, key: string): readonly string[];
  /** Normalized words for a global command, in every language (commands work in all of them). */
  commandWords(command: Command): readonly string[];
  /** True when any message of this language is not yet checked by a translator. */
  isDraft(lang: string): boolean;
  /**
   * Languages the language question is asked in when nothing else is known about the person
   * (a lone emoji): the deployment's likeliest, best first. Absent: the default language.
   */
  askIn?(): readonly string[];
}

/**
 * Deployment facts a branch may read like a variable, never write: `staff` is `none` when no
 * staff console is on, so asking for a person says so instead of promising one.
 */
export const FACTS = ['staff'] as const;
export type Fact = (typeof FACTS)[number];

/** Everything a turn needs, compiled once at start. A turn never re-parses anything. */
export interface Bundle {
  flows: Record<string, Flow>;
  /**
   * Facts about this deployment that flows may branch on, read-only (`FACTS` below). Absent:
   * the flows' defaults. Filled by the host (e.g. `staff: none` when no staff console is on).
   */
  facts?: Readonly<Partial<Record<Fact, string>>>;
  routes: Routes;
  catalog: Catalog;
  /** Keys of fixed system messages the engine itself says. */
  keys: SystemKeys;
  /** Where each topic starts: the flow named by the topic id (computed at load). */
  topics: Record<string, NodeRef>;
}

export interface SystemKeys {
  /** Said once per conversation in each draft language, when it is first used. */
  draftNotice: string;
  /** After ERASE. */
  erased: string;
  /** After STOP. */
  stopped: string;
  /** After a session recovered from a vanished node. */
  recovered: string;
  /** When the input was too long or not valid text. */
  inputRefused: string;
  /** When the input was trimmed to the limit. */
  inputTrimmed: string;
  /** BACK with nowhere to go back to. */
  backUnavailable: string;
  /** After too many misses: offered with the menu. */
  tooManyMisses: string;
  /** To the contact when a lead worker claims their handoff. */
  handoffClaimed: string;
  /** When the lead worker closes the handoff: the conversation is back with the assistant. */
  handoffClosed: string;
  /** When the contact cancels while waiting (MENU). */
  handoffCancelled: string;
  /** When the contact writes while waiting: their message is kept for the lead worker. */
  handoffWaiting: string;
  /** EMERGENCY during a handoff: the numbers, without leaving the handoff. */
  handoffEmergency: string;
  /** Said in a language the person seems to write in: how to switch to it. */
  languageOffer: string;
  /**
   * The neutral line: OPEN with nothing to show. The same line answers a wrong code word, so it
   * tells someone else holding the phone nothing.
   */
  openNeutral: string;
  /** A voice note, photo or file outside a handoff: Waypoint reads only text (then the menu). */
  mediaNotRead: string;
  /** A voice note, photo or file during a handoff: it is not passed on; the lead worker is told one came. */
  mediaHandoff: string;
  /** First contact in a language told from the first message: how to change it (LANGUAGE). */
  languageChange?: string;
  /**
   * Passing a handoff to another worker, with the person's consent ("tell your story once"):
   * the question is `<transferAsk>-<reason>` (one message per reason), then the answer's line.
   * Absent: the deployment's flows do not offer transfers and an offer is refused by the host.
   */
  transferAsk?: string;
  transferYes?: string;
  transferNo?: string;
  /** Small talk at a question: a short kind word before the choices again. */
  ackThanks?: string;
  ackHello?: string;
  ackOk?: string;
  /** Said before the menu when a message is outside what Waypoint does (e.g. talks to the machine). */
  scope?: string;
  /**
   * After the emergency message, to someone who asked how to get emergency help: who answers and
   * in what languages, and that Waypoint calls no one for them.
   */
  emergencyAsked?: string;
  /** After the emergency message, to someone who may want to die: the suicide crisis line, 9-8-8. */
  emergencySelf?: string;
}

// ---------------------------------------------------------------- session

export type SessionStatus = 'new' | 'active' | 'ended' | 'stopped';

export interface Session {
  /** Schema version of this object, for migrations of stored sessions. */
  v: 1;
  status: SessionStatus;
  /** Where the conversation rests: always an ask node while active. */
  at: Position | null;
  lang: string | null;
  vars: Record<string, string>;
  /** Return points of subflows. */
  stack: Position[];
  /** Earlier resting points, for BACK (bounded). */
  back: Position[];
  retries: number;
  /** Topic ids visited, in order, without repeats (the topic path a lead worker sees). */
  topics: string[];
  /**
   * The draft languages whose notice ("not yet checked by a translator") was said: once for each
   * language, when it is first used (a switch to another draft language says it again, in it).
   */
  draftNotices: string[];
  turns: number;
  /**
   * Who owns the conversation: null = the assistant; queued/claimed = a lead worker. While a
   * lead worker owns it the assistant says nothing except to ERASE, STOP and EMERGENCY.
   */
  handoff: 'queued' | 'claimed' | null;
  /**
   * A topic understood from the first message, visited once first contact reaches the menu; or
   * `PENDING_SUGGESTIONS` ("?"): the first message's likely topics in `suggested`, offered then as
   * "did you mean".
   */
  pendingTopic: string | null;
  /** Topic ids offered by the last "did you mean". */
  suggested: string[];
  /** A language understanding noticed and offered once (never switched to without the person). */
  offeredLang: string | null;
  /**
   * While the language question is open (no language chosen yet): the languages it was asked in,
   * likeliest first. A command word only the default language has ("HUMAN", "MENU") typed at it
   * is answered in the first of them. Emptied once a language is chosen.
   */
  askedIn: string[];
  /**
   * A lead worker offered to pass the handoff on, and the person has not answered yet (yes or
   * no). Only while `handoff` is 'claimed'. `group`: to a group of workers (a coalition), so on
   * yes the person waits in line again until one of them claims it.
   */
  transfer: { reason: TransferReason; group: boolean } | null;
}

/** Why a lead worker offers to pass a handoff on: what the person is told the new worker can do. */
export type TransferReason = 'language' | 'shelter' | 'legal' | 'health' | 'other';
export const TRANSFER_REASONS: readonly TransferReason[] = ['language', 'shelter', 'legal', 'health', 'other'];

// ---------------------------------------------------------------- input

/**
 * What free-text understanding (src/understand, outside the engine) made of a message. The
 * engine only routes on it: to the emergency flow, to a reviewed topic, or to "did you mean".
 */
export interface Understanding {
  /**
   * Detected language, when confident. A new conversation starts in it; later it is only
   * offered (LANGUAGE), never forced.
   */
  lang: string | null;
  /**
   * When `lang` is null: the likeliest languages, best first (at most three) — the language
   * question is asked in them. Platform hints may add to it; it is never stored.
   */
  likely?: string[];
  /**
   * A language to offer switching to (LANGUAGE): told with real confidence and not the
   * conversation's. Never switched to.
   */
  offerLanguage?: string | null;
  /** Two languages mixed half and half: the language question is asked in the two of `likely` only. */
  mixed?: boolean;
  /**
   * `lang` is told by words no other language uses ("mainu", "dinda": Punjabi, not Hindi), not
   * only by leaning: danger is answered in it alone, not in its kin too.
   */
  langApart?: boolean;
  /**
   * A message that is only small talk: thanks, a greeting, "ok" — or someone saying they are
   * back ("it's me again", "sorry"). Answered kindly, with the choices again.
   */
  social?: 'thanks' | 'hello' | 'ok' | 'back' | null;
  /** The message talks to the machine (its instructions, its prompt): the menu, no guessing. */
  offScope?: boolean;
  /** A topic id when confident. */
  topic: string | null;
  /** The best few topics, best first, when not confident. */
  candidates: { topic: string; score: number }[];
  /** Immediate danger: the emergency flow comes before anything else. */
  danger: boolean;
  /** Weak signs of danger: ask "Are you in danger right now?" first (never with `danger`). */
  dangerCheck?: boolean;
  /**
   * With `danger`: the message asks how to get emergency help ("what number do I call if
   * something happens at night?", "does 911 speak Spanish?"). The emergency message is followed by
   * the line that answers such a question (`emergencyAsked`).
   */
  dangerAsked?: boolean;
  /**
   * With `danger` or `dangerCheck`: someone wanting to die or to hurt themselves. The suicide
   * crisis line (`emergencySelf`) follows the emergency message, or comes before the danger
   * question when no emergency message is said.
   */
  dangerSelf?: boolean;
  /**
   * Leave-taking or giving up said once and nothing more ("I just wanted to say goodbye", "tell
   * mum I'm sorry"), not danger in itself. A conversation's first message that is this and names
   * no topic is how a last message is written to a help service: the emergency message, the
   * suicide crisis line and "Are you in danger right now?", as for weak signs of danger.
   */
  leaving?: boolean;
  /**
   * The language the danger was written in (whose danger words matched): the emergency message
   * is said in it first, whatever language was chosen before.
   */
  dangerLang?: string | null;
}

export type Input =
  | { type: 'text'; text: string; understood?: Understanding }
  /** A button press or list pick: the choice id from a rendered output. */
  | { type: 'choice'; id: string }
  /** A command from a channel control (e.g. the web chat's quick exit → erase). */
  | { type: 'command'; command: Command }
  /** What a lead worker did to this contact's handoff, told to the contact in their language. */
  | { type: 'staff'; event: 'claimed' | 'closed' }
  /** The claimer offers to pass the handoff on, to one worker or to a group (the person is asked). */
  | { type: 'staff'; event: 'transfer_offered'; reason: TransferReason; group: boolean }
  /**
   * A voice note, photo, video, file, sticker, location or contact card: only its kind, never
   * the media (channels do not download it). A caption, when there is one, is read as text.
   */
  | { type: 'media'; media: MediaKind; caption?: string; understood?: Understanding };

/** What kind of thing a person sent that Waypoint cannot read. */
export type MediaKind = 'voice' | 'image' | 'video' | 'file' | 'other';
export const MEDIA_KINDS: readonly MediaKind[] = ['voice', 'image', 'video', 'file', 'other'];

// ---------------------------------------------------------------- outputs

export interface OutputChoice {
  id: string;
  key: string;
  label: string;
}

export interface Output {
  type: 'message';
  key: string;
  text: string;
  lang: string;
  /** The values formatted into the text, so a stored reply can be rendered again from keys. */
  args?: Record<string, string | number>;
  /** Present on the last message of an ask: what the person can pick. */
  choices?: OutputChoice[];
  display?: 'buttons' | 'list';
}

// ---------------------------------------------------------------- effects (carried out by the conversation service)

export type Effect =
  /** `notice`: the person agreed to one neutral "a message is waiting" notice (a content-free flag). */
  | { type: 'handoff'; urgent: boolean; notice: boolean; topics: string[]; lang: string }
  | { type: 'erase' }
  | { type: 'end' }
  | { type: 'opt_out' }
  | { type: 'opt_in' }
  /** The contact's message, for the lead worker's thread (handled in memory, stored only encrypted). */
  | { type: 'relay'; text: string }
  | { type: 'handoff_cancelled' }
  | { type: 'handoff_urgent' }
  /** The person chose a code word (folded by `normalize`). Never stored, logged or recorded as it is. */
  | { type: 'codeword_set'; word: string }
  /** During a handoff the person sent media (not passed on): the lead worker is told its kind only. */
  | { type: 'media_received'; media: MediaKind }
  /** The person's answer to a lead worker's offer to pass the handoff on. */
  | { type: 'handoff_transfer'; accepted: boolean };

// ---------------------------------------------------------------- events (past tense; counters come from these)

export type EngineEvent =
  | { type: 'conversation_started'; lang: string }
  | { type: 'message_sent'; key: string; lang: string }
  | { type: 'node_entered'; flow: string; node: string }
  | { type: 'topic_visited'; topic: string }
  | { type: 'language_changed'; from: string | null; to: string }
  | { type: 'command_used'; command: Command }
  | { type: 'input_unmatched'; flow: string; node: string; retries: number }
  | { type: 'input_refused'; reason: 'too_long' | 'invalid_text' | 'empty' }
  | { type: 'input_trimmed'; from: number; to: number }
  | { type: 'session_recovered'; flow: string; node: string }
  | { type: 'handoff_requested'; urgent: boolean }
  | { type: 'danger_detected' }
  | { type: 'danger_check_asked' }
  | { type: 'topic_understood'; topic: string }
  | { type: 'topics_suggested'; count: number }
  | { type: 'language_offered'; lang: string }
  /** A new conversation started in the language its first message was written in. */
  | { type: 'language_detected'; lang: string }
  /** The language question was asked in the likeliest languages (the first is `lang`). */
  | { type: 'language_asked'; langs: string[] }
  | { type: 'small_talk_answered'; kind: 'thanks' | 'hello' | 'ok' }
  | { type: 'welcomed_back' }
  | { type: 'out_of_scope' }
  | { type: 'handoff_relayed' }
  | { type: 'media_received'; media: MediaKind }
  | { type: 'handoff_cancelled' }
  | { type: 'handoff_claimed' }
  | { type: 'handoff_closed' }
  | { type: 'handoff_transfer_asked'; reason: TransferReason }
  | { type: 'handoff_transfer_answered'; accepted: boolean }
  | { type: 'contact_erased' }
  | { type: 'conversation_stopped' }
  | { type: 'conversation_resumed' }
  | { type: 'conversation_ended' }
  | { type: 'error'; code: string; detail: string };

export interface StepResult {
  session: Session;
  outputs: Output[];
  effects: Effect[];
  events: EngineEvent[];
}

/** The longest inbound text a turn accepts; longer text is trimmed and the person told. */
export const MAX_INPUT_CHARS = 4096;
