import type {
  AskNode,
  Bundle,
  Choice,
  Effect,
  EngineEvent,
  FlowNode,
  Output,
  OutputChoice,
  Position,
  Session,
} from './types.ts';
import { BACK_DEPTH, parseRef, PENDING_SUGGESTIONS, refOf } from './session.ts';

/** Guards against flows that loop without resting (set → branch → set …). */
const MAX_NODES_PER_TURN = 200;

/**
 * The mutable state of one turn. Created by step() around a private copy of the
 * session; nothing outside the turn ever sees it half-done.
 */
export class Turn {
  readonly outputs: Output[] = [];
  readonly effects: Effect[] = [];
  readonly events: EngineEvent[] = [];
  /**
   * While no language is chosen: the likeliest languages for this message, best first (from
   * understanding and the catalogue's `askIn`). Never stored: it only decides what this turn says.
   */
  likely: readonly string[] = [];

  constructor(
    readonly bundle: Bundle,
    readonly s: Session,
  ) {}

  get lang(): string {
    return this.s.lang ?? this.likely[0] ?? this.bundle.catalog.defaultLanguage();
  }

  event(e: EngineEvent): void {
    this.events.push(e);
  }

  node(p: Position): FlowNode | undefined {
    return this.bundle.flows[p.flow]?.nodes[p.node];
  }

  /** Format and queue one message; the last message of an ask carries its choices. */
  say(key: string, choices?: Choice[], display?: AskNode['display']): void {
    this.sayIn(this.lang, key, choices, display);
  }

  /** The same in a given language (danger in the language it was written in; the language question in several). */
  sayIn(lang: string, key: string, choices?: Choice[], display?: AskNode['display']): Output | null {
    const args = this.args(key);
    const f = this.bundle.catalog.format(lang, key, args);
    if (!f) {
      this.event({ type: 'error', code: 'missing_message', detail: key });
      return null;
    }
    const out: Output = { type: 'message', key, text: f.text, lang: f.lang };
    if (Object.keys(args).length > 0) out.args = args;
    if (choices && choices.length > 0) {
      out.choices = choices.map((c) => this.choiceOut(lang, c));
      if (display) out.display = display;
    }
    this.outputs.push(out);
    this.event({ type: 'message_sent', key, lang: f.lang });
    return out;
  }

  /**
   * A message put among this turn's outputs at `at`, not after them: a line that belongs next to
   * another (how to change language, a draft notice, the emergency message in one more language).
   * False, and nothing said, when the catalogue has no such message in that language.
   */
  sayAt(at: number, lang: string, key: string): boolean {
    const f = this.bundle.catalog.format(lang, key);
    if (!f) return false;
    this.outputs.splice(at, 0, { type: 'message', key, text: f.text, lang: f.lang });
    this.event({ type: 'message_sent', key, lang: f.lang });
    return true;
  }

  private choiceOut(lang: string, c: Choice): OutputChoice {
    const f = this.bundle.catalog.format(lang, c.label, this.args(c.label));
    return { id: c.id, key: c.label, label: f?.text ?? c.id };
  }

  /**
   * A snapshot of the variables this message reads, and no others: an output keeps the values it
   * was formatted with, whatever a later node sets, and the reply kept for a redelivery holds no
   * session variable (a code word, a province) that its text does not show.
   */
  args(key: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of this.bundle.catalog.variables(key)) {
      const v = this.s.vars[name];
      if (v !== undefined) out[name] = v;
    }
    return out;
  }

  visibleChoices(node: AskNode): Choice[] {
    if (node.suggestions) {
      // A topic that starts where a fixed choice leads ("Talk to a person") is shown once, as the fixed choice.
      const fixed = new Set(node.choices.map((c) => c.next));
      const offered = this.s.suggested
        .filter((t) => this.bundle.topics[t] && !fixed.has(this.bundle.topics[t]))
        .map((t) => ({ id: t, label: `topic-${t}`, next: this.bundle.topics[t]! }));
      return [...offered, ...node.choices];
    }
    if (node.languages) {
      return this.bundle.catalog.languages().map((code) => ({
        id: code,
        label: `language-${code}`,
        set: { lang: code },
        ...(node.next ? { next: node.next } : {}),
      }));
    }
    return node.choices.filter((c) => {
      const w = c.when;
      if (!w) return true;
      const v = this.getVar(w.var);
      if (w.set !== undefined && (v !== undefined) !== w.set) return false;
      if (w.equals !== undefined && v !== w.equals) return false;
      if (w.in !== undefined && (v === undefined || !w.in.includes(v))) return false;
      return true;
    });
  }

  setVar(name: string, value: string): void {
    if (name === 'lang') {
      if (this.s.lang !== value) {
        this.event({ type: 'language_changed', from: this.s.lang, to: value });
        this.s.lang = value;
        this.s.askedIn = [];
      }
      return;
    }
    // Setting "" forgets the variable (e.g. "a different province"): branches treat it as unset.
    if (value === '') delete this.s.vars[name];
    else this.s.vars[name] = value;
  }

  getVar(name: string): string | undefined {
    if (name === 'lang') return this.s.lang ?? undefined;
    // A deployment fact (FACTS) is read from the bundle: flows can never write one.
    const facts = this.bundle.facts as Readonly<Record<string, string | undefined>> | undefined;
    if (facts && Object.hasOwn(facts, name)) return facts[name];
    return this.s.vars[name];
  }

  /**
   * Show an ask's prompt and rest there. The language question, while no language is chosen,
   * is asked in each of the likeliest languages (the choices, each language in its own script,
   * come once, with the last). The likeliest is asked last: the message carrying the choices is
   * the one a numbering channel adds "Send a number." to, in that message's language.
   */
  prompt(p: Position, node: AskNode): void {
    const choices = this.visibleChoices(node);
    const langs = node.languages && !this.s.lang && this.likely.length > 1 ? [...this.likely.slice(1), this.likely[0]!] : [this.lang];
    if (langs.length > 1) this.event({ type: 'language_asked', langs: [...langs] });
    if (node.languages && !this.s.lang) this.s.askedIn = langs.length > 1 ? [...this.likely] : [...langs];
    langs.forEach((lang, n) => {
      const last = n === langs.length - 1;
      node.prompt.forEach((key, i) => this.sayIn(lang, key, last && i === node.prompt.length - 1 ? choices : undefined, node.display));
    });
    this.s.at = { ...p };
    this.s.status = 'active';
  }

  /** Rest at an ask node, remembering where we were for BACK. */
  restAt(p: Position, node: AskNode): void {
    const prev = this.s.at;
    if (prev && refOf(prev) !== refOf(p)) {
      this.s.back.push(prev);
      if (this.s.back.length > BACK_DEPTH) this.s.back.shift();
    }
    this.s.retries = 0;
    this.prompt(p, node);
  }

  end(): void {
    this.s.at = null;
    this.s.status = 'ended';
    this.s.stack = [];
    this.event({ type: 'conversation_ended' });
  }

  /** Run nodes from `ref` until the conversation rests at an ask or ends. */
  go(ref: string, run: (turn: Turn, p: Position, node: FlowNode) => string | null): void {
    let next: string | null = ref;
    for (let i = 0; next !== null; i++) {
      if (i >= MAX_NODES_PER_TURN) {
        this.event({ type: 'error', code: 'flow_loop', detail: next });
        this.end();
        return;
      }
      // First contact done: a topic understood from the first message comes before the menu.
      if (next === this.bundle.routes.menu && this.s.pendingTopic) {
        const pending = this.s.pendingTopic;
        this.s.pendingTopic = null;
        if (pending === PENDING_SUGGESTIONS) {
          this.event({ type: 'topics_suggested', count: this.s.suggested.length });
          next = this.bundle.routes.suggest;
        } else {
          const topic = this.bundle.topics[pending];
          if (topic) next = topic;
        }
      }
      // The menu is the top: no subflow return point survives reaching it.
      if (next === this.bundle.routes.menu) this.s.stack = [];
      const p = parseRef(next);
      const node = this.node(p);
      if (!node) {
        this.event({ type: 'error', code: 'broken_reference', detail: next });
        const menu: string = this.bundle.routes.menu;
        if (next === menu) {
          this.end();
          return;
        }
        next = menu;
        continue;
      }
      this.enter(p, node);
      next = run(this, p, node);
    }
  }

  /**
   * The messages a flow opens with (its first `say` nodes), said without going on to what
   * follows them: an answer kept for the person, given before what they asked for next.
   */
  sayOpening(ref: string): void {
    let next: string | undefined = ref;
    for (let i = 0; next !== undefined && i < MAX_NODES_PER_TURN; i++) {
      const p = parseRef(next);
      const node = this.node(p);
      if (node?.type !== 'say') return;
      this.enter(p, node);
      for (const key of node.messages) this.say(key);
      next = node.next;
    }
  }

  private enter(p: Position, node: FlowNode): void {
    this.event({ type: 'node_entered', flow: p.flow, node: p.node });
    if (node.topic && !this.s.topics.includes(node.topic)) {
      this.s.topics.push(node.topic);
      this.event({ type: 'topic_visited', topic: node.topic });
    }
  }
}
