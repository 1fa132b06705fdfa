import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FACTS, type AskNode, type Flow, type FlowNode, type Routes, type SystemKeys } from '../engine/types.ts';
import { ContentError, type Problem } from '../data/errors.ts';
import { flowSchema, routesSchema, type FlowSource, type NodeSource } from './schema.ts';
import { parseYaml, validate, type YamlFile } from '../data/yamlFile.ts';

export const ROUTES_FILE = '_routes.yaml';

export interface LoadedFlows {
  flows: Record<string, Flow>;
  routes: Routes;
  keys: SystemKeys;
  /** Topic id → where the topic starts: the flow with that id, else the first node tagged with it. */
  topics: Record<string, string>;
  /** Where each flow and node was defined, for lint messages. */
  where: Record<string, { file: string; line?: number }>;
}

/** Read, validate and compile every flow. Throws ContentError listing every problem. */
export function loadFlows(dir: string): LoadedFlows {
  const problems: Problem[] = [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && n !== ROUTES_FILE)
    .sort();
  const sources: { yaml: YamlFile; flow: FlowSource }[] = [];
  for (const name of names) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    const { yaml, problems: p1 } = parseYaml(file, readFileSync(join(dir, name), 'utf8'));
    problems.push(...p1);
    if (!yaml) continue;
    const { value, problems: p2 } = validate(yaml, flowSchema);
    problems.push(...p2);
    if (!value) continue;
    if (`${value.id}.yaml` !== name) problems.push({ file, line: yaml.lineOf(['id']), message: `flow id "${value.id}" must match the file name` });
    if (!value.nodes[value.start]) problems.push({ file, line: yaml.lineOf(['start']), message: `start node "${value.start}" does not exist` });
    sources.push({ yaml, flow: value });
  }

  const byId = new Map(sources.map((s) => [s.flow.id, s.flow]));
  // Variables are written only where declared, but read anywhere (a province asked once serves every topic).
  const readable = new Set<string>(['lang', ...FACTS, ...sources.flatMap((s) => s.flow.vars)]);
  const flows: Record<string, Flow> = {};
  const where: LoadedFlows['where'] = {};
  const routesFile = relative(process.cwd(), join(dir, ROUTES_FILE)) || ROUTES_FILE;
  const routesParsed = parseYaml(routesFile, safeRead(join(dir, ROUTES_FILE), routesFile, problems));
  problems.push(...routesParsed.problems);
  const routesValue = routesParsed.yaml ? validate(routesParsed.yaml, routesSchema) : undefined;
  if (routesValue) problems.push(...routesValue.problems);
  const defaultRetry = routesValue?.value?.keys.retry ?? 'retry';

  for (const { yaml, flow } of sources) {
    const resolve = (r: string, path: PropertyKey[]): string => {
      const [a, b] = r.split('.') as [string, string | undefined];
      let out: string | undefined;
      if (b !== undefined) out = byId.get(a)?.nodes[b] ? `${a}.${b}` : undefined;
      else if (flow.nodes[a]) out = `${flow.id}.${a}`;
      else if (byId.has(a)) out = `${a}.${byId.get(a)!.start}`;
      if (!out) {
        problems.push({ file: yaml.file, line: yaml.lineOf(path), message: `broken reference "${r}": no such node or flow` });
        return `${flow.id}.${flow.start}`;
      }
      return out;
    };
    const declared = new Set(['lang', ...flow.vars]);
    for (const fact of FACTS) {
      if (flow.vars.includes(fact)) problems.push({ file: yaml.file, line: yaml.lineOf(['vars']), message: `"${fact}" is a deployment fact: flows may read it, never declare or set it` });
    }
    const checkVar = (v: string, path: PropertyKey[], read = false): void => {
      if (read ? !readable.has(v) : !declared.has(v))
        problems.push({ file: yaml.file, line: yaml.lineOf(path), message: `variable "${v}" is not declared in ${read ? 'any flow' : "this flow's vars"}` });
    };
    const nodes: Record<string, FlowNode> = {};
    for (const [nid, src] of Object.entries(flow.nodes)) {
      const path = ['nodes', nid];
      where[`${flow.id}.${nid}`] = { file: yaml.file, line: yaml.lineOf(path) };
      nodes[nid] = compileNode(nid, src, (r, sub) => resolve(r, [...path, ...sub]), (v, sub, read) => checkVar(v, [...path, ...sub], read), defaultRetry);
    }
    flows[flow.id] = { id: flow.id, start: flow.start, vars: flow.vars, nodes };
    where[flow.id] = { file: yaml.file, line: 1 };
  }

  let routes: Routes | undefined;
  let keys: SystemKeys | undefined;
  if (routesValue?.value) {
    const r = routesValue.value;
    const check = (name: string, v: string): string => {
      const [f, n] = v.split('.') as [string, string | undefined];
      const target = n !== undefined ? (flows[f]?.nodes[n] ? v : undefined) : flows[f] ? `${f}.${flows[f].start}` : undefined;
      if (!target) problems.push({ file: routesFile, line: routesParsed.yaml?.lineOf(['routes', name]), message: `route ${name}: broken reference "${v}"` });
      return target ?? v;
    };
    routes = {
      entry: check('entry', r.routes.entry),
      menu: check('menu', r.routes.menu),
      language: check('language', r.routes.language),
      human: check('human', r.routes.human),
      emergency: check('emergency', r.routes.emergency),
      help: check('help', r.routes.help),
      suggest: check('suggest', r.routes.suggest),
      check: check('check', r.routes.check),
      ...(r.routes.welcome_back ? { welcomeBack: check('welcome_back', r.routes.welcome_back) } : {}),
    };
    keys = {
      draftNotice: r.keys.draft_notice,
      erased: r.keys.erased,
      stopped: r.keys.stopped,
      recovered: r.keys.recovered,
      inputRefused: r.keys.input_refused,
      inputTrimmed: r.keys.input_trimmed,
      backUnavailable: r.keys.back_unavailable,
      tooManyMisses: r.keys.too_many_misses,
      handoffClaimed: r.keys.handoff_claimed,
      handoffClosed: r.keys.handoff_closed,
      handoffCancelled: r.keys.handoff_cancelled,
      handoffWaiting: r.keys.handoff_waiting,
      handoffEmergency: r.keys.handoff_emergency,
      languageOffer: r.keys.language_offer,
      openNeutral: r.keys.open_neutral,
      mediaNotRead: r.keys.media_not_read,
      mediaHandoff: r.keys.media_handoff,
      ...(r.keys.language_change ? { languageChange: r.keys.language_change } : {}),
      ...(r.keys.ack_thanks ? { ackThanks: r.keys.ack_thanks } : {}),
      ...(r.keys.ack_hello ? { ackHello: r.keys.ack_hello } : {}),
      ...(r.keys.ack_ok ? { ackOk: r.keys.ack_ok } : {}),
      ...(r.keys.scope ? { scope: r.keys.scope } : {}),
      ...(r.keys.transfer_ask ? { transferAsk: r.keys.transfer_ask } : {}),
      ...(r.keys.transfer_yes ? { transferYes: r.keys.transfer_yes } : {}),
      ...(r.keys.transfer_no ? { transferNo: r.keys.transfer_no } : {}),
      ...(r.keys.emergency_asked ? { emergencyAsked: r.keys.emergency_asked } : {}),
      ...(r.keys.emergency_self ? { emergencySelf: r.keys.emergency_self } : {}),
    };
  }
  if (problems.length > 0 || !routes || !keys) throw new ContentError(problems);
  return { flows, routes, keys, topics: topicStarts(flows), where };
}

function topicStarts(flows: Record<string, Flow>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flow of Object.values(flows)) {
    for (const node of Object.values(flow.nodes)) {
      if (node.topic && !out[node.topic]) out[node.topic] = `${flow.id}.${node.id}`;
    }
  }
  // A flow named after its topic is where that topic starts.
  for (const flow of Object.values(flows)) if (out[flow.id] !== undefined) out[flow.id] = `${flow.id}.${flow.start}`;
  return out;
}

function safeRead(path: string, file: string, problems: Problem[]): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    problems.push({ file, message: 'missing: this file says where global commands lead' });
    return '{}';
  }
}

const list = (k: string | string[] | undefined): string[] => (k === undefined ? [] : Array.isArray(k) ? k : [k]);

function compileNode(
  id: string,
  src: NodeSource,
  ref: (r: string, path: PropertyKey[]) => string,
  checkVar: (v: string, path: PropertyKey[], read?: boolean) => void,
  defaultRetry: string,
): FlowNode {
  const topic = src.topic ? { topic: src.topic } : {};
  switch (src.type) {
    case 'say':
      return { type: 'say', id, ...topic, messages: list(src.say), ...(src.next ? { next: ref(src.next, ['next']) } : {}) };
    case 'ask': {
      if (src.var) checkVar(src.var, ['var']);
      const node: AskNode = {
        type: 'ask',
        id,
        ...topic,
        prompt: list(src.prompt),
        choices: src.choices.map((c, i) => {
          for (const v of Object.keys(c.set ?? {})) checkVar(v, ['choices', i, 'set', v]);
          if (c.when) checkVar(c.when.var, ['choices', i, 'when', 'var'], true);
          return {
            id: c.id,
            label: c.label,
            ...(c.next ? { next: ref(c.next, ['choices', i, 'next']) } : {}),
            ...(c.set ? { set: c.set } : {}),
            ...(c.when ? { when: c.when } : {}),
          };
        }),
        retry: src.retry ?? defaultRetry,
        maxRetries: src.max_retries,
      };
      if (src.var) node.var = src.var;
      if (src.validate) {
        node.validate =
          src.validate.kind === 'text' ? { kind: 'text', maxLength: src.validate.max_length } : src.validate;
      }
      if (src.on_fail) node.onFail = ref(src.on_fail, ['on_fail']);
      if (src.next) node.next = ref(src.next, ['next']);
      if (src.display) node.display = src.display;
      if (src.languages) node.languages = true;
      if (src.suggestions) node.suggestions = true;
      return node;
    }
    case 'set':
      for (const v of Object.keys(src.set)) checkVar(v, ['set', v]);
      return { type: 'set', id, ...topic, vars: src.set, next: ref(src.next, ['next']) };
    case 'branch':
      checkVar(src.on, ['on'], true);
      return {
        type: 'branch',
        id,
        ...topic,
        var: src.on,
        cases: Object.fromEntries(Object.entries(src.cases).map(([k, v]) => [k, ref(v, ['cases', k])])),
        default: ref(src.default, ['default']),
      };
    case 'jump':
      return { type: 'jump', id, ...topic, to: ref(src.to, ['to']) };
    case 'subflow':
      return { type: 'subflow', id, ...topic, to: ref(src.to, ['to']), next: ref(src.next, ['next']) };
    case 'return':
      return { type: 'return', id, ...topic };
    case 'effect':
      return {
        type: 'effect',
        id,
        ...topic,
        effect: src.effect,
        ...(src.urgent ? { urgent: true } : {}),
        ...(src.notice ? { notice: true } : {}),
        messages: list(src.say),
        ...(src.next ? { next: ref(src.next, ['next']) } : {}),
      };
  }
}
