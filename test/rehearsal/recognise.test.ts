import { describe, expect, it } from 'vitest';
import { foldLine, Lexicon, matchSignals, PatternError, type CompiledSignal, type LexiconSpec } from '../../src/rehearsal/recognise.ts';

// Small rule sets written here, so each reading rule is checked on its own.
const words = (extra: Partial<LexiconSpec> = {}): Lexicon =>
  new Lexicon({
    script: 'words',
    attach: [],
    groups: {
      NOT: ['not', 'no', 'dont', 'wont', 'never'],
      NOTNEG: ['no other way', 'dont wait', 'if you dont mind'],
      POLICE: ['police', 'cops'],
      MUST: ['must', 'have to', 'no other way'],
    },
    negation: { words: ['NOT'], before: 4, after: 0, wide: 10, except: ['NOTNEG'] },
    ...extra,
  });

function signals(lex: Lexicon, rules: Record<string, { when: string[]; negated?: string; wide?: boolean; mentioned?: 'mention' | 'offer' }>): CompiledSignal[] {
  return Object.entries(rules).map(([signal, r]) => ({ signal, patterns: r.when.map((w) => lex.compile(w)), negated: r.negated ?? 'keep', unless: [], wide: r.wide, mentioned: r.mentioned }));
}

const read = (lex: Lexicon, sigs: CompiledSignal[], line: string): string[] => [...matchSignals(foldLine(line), lex, sigs)].sort();

describe('reading by meaning', () => {
  const lex = words();
  const push = signals(lex, { police_push: { when: ['MUST .. POLICE'], negated: 'no_police' }, name_ask: { when: ['( boss | bosss ) name'], negated: 'drop', wide: true } });

  it('a negation before a directive turns police first into help without police', () => {
    expect(read(lex, push, 'You have to call the police.')).toEqual(['police_push']);
    expect(read(lex, push, "You don't have to call the police.")).toEqual(['no_police']);
  });

  it('phrases that only look negative negate nothing: "no other way", "don\'t wait"', () => {
    expect(read(lex, push, "There's no other way, you have to call the police.")).toEqual(['police_push']);
    expect(read(lex, push, "Don't wait: you must call the police tonight.")).toEqual(['police_push']);
    // and a phrase of the group can still be a directive itself
    expect(read(lex, push, 'No other way than the police.')).toEqual(['police_push']);
  });

  it('an ask is cancelled by a negation anywhere earlier in its clause, a polite "if you don\'t mind" is not one', () => {
    expect(read(lex, push, "What's your boss's name?")).toEqual(['name_ask']);
    expect(read(lex, push, "You really don't ever have to give me your boss's name.")).toEqual([]);
    expect(read(lex, push, "If you don't mind, what's your boss's name?")).toEqual(['name_ask']);
    // other signals look only a few words back
    expect(read(lex, push, "I won't ever tell you that you have to go to the police.")).toEqual(['police_push']);
  });

  it('the modifier letter apostrophe (ʼ) folds like any apostrophe, so "імʼя" and "ім\'я" read alike', () => {
    expect(foldLine('Ваше імʼя?')).toBe(foldLine("Ваше ім'я?"));
    expect(foldLine('зобовʼязані')).toBe('зобов язані');
  });

  it('a gap runs over a comma of any script (, ، ，), never over the end of a sentence', () => {
    expect(read(lex, push, 'You have to, really, call the police.')).toEqual(['police_push']);
    expect(read(lex, push, 'You have to، really، call the police.')).toEqual(['police_push']);
    expect(read(lex, push, 'You have to，really，call the police.')).toEqual(['police_push']);
    expect(read(lex, push, 'You have to rest. The police were here.')).toEqual([]);
  });

  it('a gap never runs over a word of the contrast groups, and a negation does not reach across one', () => {
    const but = words({ groups: { ...words().spec.groups, BUT: ['but', 'however'] }, contrast: ['BUT'] });
    const help = signals(but, { no_police: { when: ['NOT .. MUST .. POLICE'] }, police_push: { when: ['MUST .. POLICE'], negated: 'no_police' }, kept: { when: ['( cant | not ) promise .. but'] } });
    expect(read(but, help, "It's not your fault, but you have to call the police.")).toEqual(['police_push']);
    expect(read(but, help, "You don't have to call the police.")).toEqual(['no_police']);
    // a pattern that names the word itself still reads across it
    expect(read(but, help, "I can't promise, but I'll try.")).toEqual(['kept']);
    // without the group the gap ran over it: the old reading
    expect(read(lex, signals(lex, { no_police: { when: ['NOT .. MUST .. POLICE'] } }), "It's not your fault, but you have to call the police.")).toEqual(['no_police']);
  });

  it('a head { … } is where negation is looked for, wherever it stands in the pattern', () => {
    const s = signals(lex, { police_push: { when: ['POLICE .. { MUST }'], negated: 'no_police' } });
    expect(read(lex, s, 'The police must be told.')).toEqual(['police_push']);
    // the negation stands inside the match, before the head: read there
    expect(read(lex, s, "The police don't have to be told.")).toEqual(['no_police']);
    // without a head, only what stands before the whole match counts
    const whole = signals(lex, { police_push: { when: ['POLICE .. MUST'], negated: 'no_police' } });
    expect(read(lex, whole, "The police don't have to be told.")).toEqual(['police_push']);
    expect(() => lex.compile('police & { MUST }')).toThrow(/first part/);
    expect(() => lex.compile('{ MUST }? police')).toThrow(/optional/);
  });

  it('"!!" looks in the whole line, "!" only in the sentence', () => {
    const s = signals(lex, { kind: { when: ['your call & !POLICE'] }, kindLine: { when: ['your call & !!POLICE'] } });
    expect(read(lex, s, "Talk to the police if you like. It's your call.")).toEqual(['kind']);
    expect(read(lex, s, "Talk to the police if you like, it's your call.")).toEqual([]);
    expect(read(lex, s, "Take your time. It's your call.")).toEqual(['kind', 'kindLine']);
  });

  it('"!?" asks for a statement, "?" for a question', () => {
    const s = signals(lex, { said: { when: ['police & !?'] }, asked: { when: ['police & ?'] } });
    expect(read(lex, s, 'The police came.')).toEqual(['said']);
    expect(read(lex, s, 'Did the police come?')).toEqual(['asked']);
    expect(() => lex.compile('police & ? & !?')).toThrow(/both/);
  });

  it('in a script without spaces a negation inside a question form ("方不方便") is no negation', () => {
    const zh = new Lexicon({ script: 'letters', attach: [], groups: { NOT: ['不', '没'], NOTNEG: ['方不方便', '能不能'] }, negation: { words: ['NOT'], before: 4, after: 0, wide: 12, except: ['NOTNEG'] } });
    const s = signals(zh, { name_ask: { when: ['老板 .. 名字'], negated: 'drop', wide: true } });
    expect(read(zh, s, '方不方便说一下你老板的名字？')).toEqual(['name_ask']);
    expect(read(zh, s, '你不用告诉我老板的名字。')).toEqual([]);
  });

  it('in Thai a space ends a clause: a negation in the sentence before does not reach across it', () => {
    const th = new Lexicon({ script: 'letters', attach: [], groups: { NOT: ['ไม่'] }, negation: { words: ['NOT'], before: 6, after: 0, wide: 16, spaceEndsClause: true } });
    const s = signals(th, { name_ask: { when: ['ชื่อนายจ้าง'], negated: 'drop', wide: true } });
    expect(read(th, s, 'ไม่ต้องบอกชื่อนายจ้าง')).toEqual([]);
    expect(read(th, s, 'คุณไม่ได้อยู่คนเดียว บอกชื่อนายจ้างหน่อย')).toEqual(['name_ask']);
  });

  it('in a language that puts the negation last, an ask is cancelled by one further after it too', () => {
    const ne = new Lexicon({ script: 'words', attach: [], groups: { NOT: ['*दिनँ', 'छैन'] }, negation: { words: ['NOT'], before: 4, after: 2, wide: 10 } });
    const s = signals(ne, { name_ask: { when: ['तपाईंको नाम'], negated: 'drop', wide: true } });
    expect(read(ne, s, 'तपाईंको नाम के हो?')).toEqual(['name_ask']);
    expect(read(ne, s, 'म तपाईंको नाम वा स्टाटस सोध्दिनँ।')).toEqual([]);
  });

  it('a label quoted, or after a word of reporting in its sentence, is mentioned, not said; a negation still makes it kind', () => {
    const lex = new Lexicon({ ...words().spec, groups: { ...words().spec.groups, SAY: ['says', 'calls you', 'the word'] }, mention: { words: ['SAY'], before: 8, after: 0 } });
    const s = signals(lex, { label: { when: ['( victim | illegal )'], negated: 'person_first', wide: true, mentioned: 'mention' } });
    expect(read(lex, s, 'You are a victim here.')).toEqual(['label']);
    expect(read(lex, s, 'Your boss calls you illegal to scare you.')).toEqual([]);
    expect(read(lex, s, 'Some people use the word victim.')).toEqual([]);
    expect(read(lex, s, 'Some people write "victim" on forms.')).toEqual([]);
    expect(read(lex, s, 'He says it. You are a victim.')).toEqual(['label']);
    expect(read(lex, s, "I won't ever call you a victim.")).toEqual(['person_first']);
    // without the flag a signal is read as before
    const plain = signals(lex, { label: { when: ['( victim | illegal )'], negated: 'person_first' } });
    expect(read(lex, plain, 'Your boss calls you illegal to scare you.')).toEqual(['label']);
  });

  it('single quotation marks and corner brackets quote as double ones; an apostrophe in a word opens nothing', () => {
    const lex = words();
    const s = signals(lex, { label: { when: ['( victim | illegal )'], negated: 'person_first', mentioned: 'mention' } });
    expect(read(lex, s, "Some forms write 'victim' at the top.")).toEqual([]);
    expect(read(lex, s, 'Some forms write ‘illegal’ at the top.')).toEqual([]);
    expect(read(lex, s, "Don't worry, the workers' pay is late and you're a victim.")).toEqual(['label']);
    expect(foldLine("I don't say 'victim' here")).toBe('i dont say "victim" here');
    expect(foldLine('叫「受害者」吗')).toBe('叫“受害者”吗');
  });

  it('a match whose label stands inside quotation marks is mentioned, though it starts before them', () => {
    const zh = new Lexicon({ script: 'letters', attach: [], groups: { NOT: ['不'] }, negation: { words: ['NOT'], before: 4, after: 0 } });
    const s = signals(zh, { label: { when: ['叫你 .. 受害者'], negated: 'person_first', mentioned: 'mention' } });
    expect(read(zh, s, '他们叫你受害者。')).toEqual(['label']);
    expect(read(zh, s, '有人会叫你“受害者”。')).toEqual([]);
  });

  it('an optional word before a gap: without it, the gap still joins its neighbours', () => {
    const lex = words();
    const s = signals(lex, { promise: { when: ['sure that? .. ( will | wont )'] } });
    expect(read(lex, s, "I'm sure that the police won't come.")).toEqual(['promise']);
    expect(read(lex, s, "I'm sure the police won't come.")).toEqual(['promise']);
    expect(read(lex, s, "I'm sure. Nobody will come.")).toEqual([]);
  });

  it('an optional word before an anchor: without it, the word before meets the comma or the end', () => {
    const lex = words();
    const s = signals(lex, { safety: { when: ['where are you ( now )? $ & ?'] } });
    expect(read(lex, s, 'Where are you, right now?')).toEqual(['safety']);
    expect(read(lex, s, 'Where are you now?')).toEqual(['safety']);
    expect(read(lex, s, 'Where are you?')).toEqual(['safety']);
    expect(read(lex, s, 'Where are you working?')).toEqual([]);
  });

  it('"&&" looks for its part anywhere in the line, in another sentence too', () => {
    const lex = words({ groups: { ...words().spec.groups, REFUSE: ['not me', 'i wont $'] } });
    const s = signals(lex, { kind: { when: ['victim && REFUSE'] } });
    expect(read(lex, s, "Some would say victim. I won't.")).toEqual(['kind']);
    expect(read(lex, s, 'Some would say victim. Not me.')).toEqual(['kind']);
    expect(read(lex, s, 'Some would say victim.')).toEqual([]);
    expect(read(lex, s, "I won't.")).toEqual([]);
    expect(() => lex.compile('victim && !REFUSE')).toThrow(PatternError);
  });

  it('in a script without spaces, a reporting word reaches back by characters; after the word for languages that put it last', () => {
    const zh = new Lexicon({ script: 'letters', attach: [], groups: { NOT: ['不'], SAY: ['说你是', '这个词'] }, negation: { words: ['NOT'], before: 4, after: 0 }, mention: { words: ['SAY'], before: 10, after: 4 } });
    const s = signals(zh, { label: { when: ['受害者'], negated: 'person_first', mentioned: 'mention' } });
    expect(read(zh, s, '你是受害者。')).toEqual(['label']);
    expect(read(zh, s, '老板说你是受害者，这不对。')).toEqual([]);
    expect(read(zh, s, '受害者这个词不合适。')).toEqual([]);
  });

  it('an ask offered, or asked by someone else, is no ask; the reporting words of labels do not reach it', () => {
    const groups = { ...words().spec.groups, SAY: ['says', 'you said'], OFFER: ['i can send you', 'keep', 'the lawyer may'] };
    const lex = new Lexicon({ ...words().spec, groups, mention: { words: ['SAY'], before: 8, after: 0 }, offer: { words: ['OFFER'], before: 8, after: 0 } });
    const s = signals(lex, { identifying_ask: { when: ['address', 'photo of your passport'], negated: 'drop', wide: true, mentioned: 'offer' } });
    expect(read(lex, s, 'What is your address?')).toEqual(['identifying_ask']);
    expect(read(lex, s, "I can send you the clinic's address.")).toEqual([]);
    expect(read(lex, s, 'Keep a photo of your passport somewhere safe.')).toEqual([]);
    expect(read(lex, s, 'The lawyer may ask for your address later.')).toEqual([]);
    expect(read(lex, s, 'You said you moved, what is the new address?')).toEqual(['identifying_ask']);
  });
});
