// Immediate danger, by concept, in every language at once: a wrong language guess must never hide
// it. The lists are data (data/danger/<lang>.yaml, explained for reviewers in data/danger/README.md);
// this file only combines what they find:
//
//  1. Figures of speech ("this deadline is killing me") are blanked out first (`not_danger`).
//  2. Every term of every list is looked for (terms.ts). A `phrases` term or `patterns` match is
//     danger on its own. A harm concept (a weapon, hitting, a threat to kill, being locked in, …)
//     starts at its own level: LEVEL_ALONE below (2 = danger, 1 = ask "are you in danger right now?").
//  3. Context raises the level, one step per kind, at most two: it is happening now or nearby
//     (`now`, `near`), a call for help or fear (`help`), a second harm concept (a child and a
//     beating; injury and critical count as one; one word that could be two harms is one), and,
//     for what someone does to someone that is not danger on its own (hitting, a weapon, a
//     threat, locking in, following), a person named (`person`: me, us, he, the boss).
//  4. Context lowers it, at most three steps: the past (`past`) by two, or by one when something
//     also says now or here; a general or hypothetical question (`general`: "what should I do
//     if…"), a bare "if" (`cond`; not for a threat to kill someone named: "he will kill me if I
//     leave", nor for wanting to die), a habit (`habit`: every day; not for being followed; by two for being locked in
//     and nothing else: a door locked every night is the rule of a house) and a place far away (`far`:
//     "he says he will hurt my family back home") by one each; asking what one's situation is
//     called (`naming`: "is this trafficking?", "isso tem nome?") by two; saying it is over and one is
//     safe now (`over`: "I'm safe now", "ya salí de ahí", "m anfòm") by two; saying one only asks to know
//     (`asking`: "just asking", "a general question", "hypothetically") by two, and such a
//     message is never more than the question; laughter (`joke`: haha, jaja, kkk) by
//     two, and a message that laughs is never more than the question (nothing, unless it also
//     calls for help).
//
//  5. A question about how to get emergency help ("what number do I call if something happens at
//     night?", "does 911 speak Spanish?": `help_question`, an emergency supposed and how help is
//     reached) is danger whatever "if" it comes with: the emergency reply answers it (`asked`).
//  6. With no harm at all, a worry (`fear`: the writer afraid; `anger`: someone angry, shouting
//     or drunk at the door, now) asks the question when nothing lowers it (`worried`); so does a
//     cry for help (`cry`: "pls help", "socorro", "anmwe"), which is danger when the message says
//     little else. A cry also makes something forced on someone (`force`: "they lock the door")
//     or someone here (`presence`: "he is here") a harm.
//
// Context counts when it is in the language of the harm concept, in English (people mix it in:
// Taglish, Hinglish) or in a language the message seems to be written in. The language with the
// most matches is the one the danger was written in (`lang`), so the reply can be in it.
import { compileDual, fold, foldPattern, isAscii, type DualPattern } from './fold.ts';
import { literalsNeeded, NeededIndex } from './needs.ts';
import type { DangerLexicon } from './data.ts';
import { TermMatcher, compileTerms, withShorthand } from './terms.ts';
import { NOTHING_KEPT, type Built } from './builtCache.ts';
import { SKELETON_KIN, SKELETON_LANGS, shortWords, skeletonLangs, skeletonLists, skeletonTerm, skeletonText, termMatchesWord } from './dangerSkeleton.ts';
import { ROMAN_LANGS, THAI_ROMAN, romanCanon, romanTerm, romanText, thaiCanon, type Canon } from './romanized.ts';
import { words } from './tokenize.ts';
import { withoutProclitics } from './arabic.ts';
import type { Lang } from '../content/topics.ts';

export const HARMS = [
  'weapon',
  'hit',
  'kill',
  'confined',
  'fire',
  'injury',
  'critical',
  'care_refused',
  'followed',
  'taken',
  'child',
  'self_harm',
  'hiding',
  'unresponsive',
  'returned',
  'covert',
  'force',
  'presence',
] as const;
/**
 * `cry`: a cry for help itself ("pls help", "sos", "socorro", "au secours", "anmwe", "saklolo",
 * "bachao", "допоможіть", "cứu với", "救命", "ช่วยด้วย"), narrower than `help` (which also holds
 * fear, "what do I do", "pls"): it raises as `help` does, makes something forced on someone or a
 * person here a harm, and alone is asked about (see `worried`).
 */
export const RAISES = ['now', 'near', 'help', 'person', 'urgent', 'silenced', 'cry'] as const;
export const LOWERS = ['past', 'general', 'cond', 'habit', 'joke', 'far', 'naming', 'over', 'asking', 'news', 'someone', 'tool', 'routine'] as const;
/** The lowering kinds that take a harm away, two steps off its level (loweredBy): laughter, naming, over, only asking, the news. */
export const TAKES_HARM_AWAY: readonly (typeof LOWERS)[number][] = ['joke', 'naming', 'over', 'asking', 'news'];
/**
 * Halves of a harm, nothing alone: a harm when both halves are found (`PAIRS`). The means at hand
 * or a high place (`means`: all the pills, the rope ready, the spray poison kept close, on the
 * roof, on the bridge), giving up or an end (`farewell`: "I can't go on", "tonight I end it all",
 * "I won't be here tomorrow", "nobody will miss me"), leave-taking (`goodbye`: "this is goodbye",
 * "forgive me", "tell mum I love her") and leaving one's own in someone's care (`entrust`: "take
 * care of my kids for me") are wanting to die, any two kinds of them together (`SELF_PARTS`), and
 * leave-taking said twice in different words asks the question;
 * being put in or carried off in a vehicle (`vehicle`: "they put us in a van", "in the back of a
 * truck") and a destination no one names (`unknown`: "they won't say where", "people I don't
 * know") are being taken, and so is being moved with one's passport or papers in someone else's
 * hands (`held`: "they have my passport", "he keep my passport") when it is now or tonight, or
 * with a call for help: "they're putting me on a bus to Calgary tonight, they have my passport";
 * a van to the farm and a boss who keeps the passports, told as how things are, is a matter of
 * documents; going round or passing again and again (`passing`: "keeps driving past",
 * "pasa y pasa", "转来转去") and one's own home, room or window (`home`) are being watched. Each
 * half alone is everyday: pills for a back, a van to the farm, a bus that keeps passing by.
 * One's own child (`mine`: "my son", "mi hija", "pitit mwen", "anak ko") makes something forced
 * on someone (`force`) a harm, where any child does not ("the boss's son grabbed my arm").
 * Being told to wait for the end of the shift, to go on working or to leave the one hurt where
 * they lie (`delay`: "wait till the shift ends", "keep working", "leave her there") is care
 * refused beside an injury or someone not waking, and nothing alone: a matter of pay often waits
 * for the end of a shift too.
 * Having just done it (`done`: "i already did", "ya me las tomé", "je viens de les prendre") beside
 * the means at hand is wanting to die when it answers a question, an "if", someone unnamed, a fear
 * or a call for help around it: a person who has swallowed the pills often asks first what they
 * do ("what happens if someone takes 20 sleeping pills? i already did"). The two with nothing
 * around them make nothing more: the evening's pills.
 * What the means would do to a person (`outcome`: "would it hurt", "do they die", "so i don't
 * wake up", "what happens", "会不会很痛", "จะตายไหม") beside the means is wanting to die asked
 * as a question: "how many of those sleeping pills to not wake up?", "si yon moun bwe klowoks,
 * eske l ap mouri vit?". Asked plainly, it is the question ("can you die from mixing bleach and
 * ammonia?" is asked about); asked as a dose ("how many", "how long", "cuánto se necesita pa que
 * ya no despierte": the amount one would need) or played down ("just asking", "curious lang po",
 * "pergunta boba", "solo pregunto jaja") it is danger, for that is how it is often said.
 * One's own death or absence supposed (`gone`: "if I die", "if I'm not here anymore", "if I just
 * disappear", "si m pa la anko", "如果我没了") is nothing alone (a worker asks what the family gets
 * if they die at work); beside another part of wanting to die ("I can't go on", "nobody will miss
 * me", "take care of my kids") it is wanting to die, and played down ("if I die does the insurance
 * go to my mom? just asking") too: a person who means it often asks first what happens after.
 * Someone who pays for sex (`client`: "the clients", "kliyan", "客人", "ลูกค้า") and being made to go
 * with, sleep with or not refuse them (`compelled`: "have to go with", "can't refuse", "fok mwen
 * kouche ak", "不能拒绝") are sex forced: each is everyday alone (a customer at the salon, a boss
 * who says there is no choice about the hours).
 * Being summoned to the boss's bed or room, or to be alone with him (`alone_with`: "come to his
 * room tonight", "sleep at his place", "be nice to him", "去他房间", "v nomer") with what is held
 * over the person (`or_else`: "or I'm fired", "or he cancels the visa", "if I want him to sign the
 * renewal", "不去明天就不用来了") is sex forced too; so is being made to go with him, and clients
 * with what is held over the person ("5 clients today or she puts me on the street"). Each half
 * alone is everyday: a room, a night shift, "or you're fired" said of the hours.
 * One's own family (`kin`: "my mother", "mi familia", "aama buwa", "老家的爸妈") and what a threat
 * says will happen to them short of killing (`menace`: "his people are already there", "will pay
 * for it", "knows where she lives", "will have an accident", "找人去") are a threat to hurt
 * (`kill`) when it is said just now, with a time given or with a cry for help: "he'll send people
 * to my mother tonight if I don't come back". Told as how things stand ("he knows where my family
 * lives") it is a matter of threats; "my family will pay for the ticket" is nothing.
 * Someone gone whose things are all still where they lived (`left_behind`: "her things are still in
 * the room", "她的东西都还在", "उसका सामान वहीं पड़ा है") and who does not answer (`unresponsive`: "her
 * phone is off") is someone taken: nobody who leaves of their own will leaves everything. Each
 * alone is everyday (a roommate's things while she works a night shift; a phone off).
 * A guard, a watchman or someone kept at the door or the gate (`guard`: "there's a guard", "un
 * velador", "चौकीदार") makes being kept in as a habit being held ("they never let me out, the gate
 * is always locked and there's a guard"), where a door locked at night is the rule of a house
 * (loweredBy); alone it is everyday (a security guard at the plant).
 * Someone heard screaming for help or "stop" (`heard`: "the woman next door screaming", "la oigo
 * gritar auxilio", "喊救命") and then silence (`unresponsive`: "now it's quiet", "silencio
 * total", "然后就没声音了") is someone being hurt; each alone is everyday (a boss who screams, a
 * quiet night).
 * One's mind made up or one's affairs put in order (`settled`: "I've made my decision", "everything
 * is planned", "I want to leave everything in order before tonight", "m deja pran desizyon m") is
 * wanting to die beside one's own death supposed (`gone`: "if I die here, does the money go to my
 * family?"), the means, giving up or leaving one's own in someone's care: a person who means it
 * often asks first what the family gets. Alone it is everyday (a mind made up to quit), and beside
 * leave-taking too ("thanks for everything, I've decided to go home").
 * Someone given back only once money is paid (`ransom`: "he'll give her back only when I pay",
 * "paisa tire matrai dinchhu") is one's child or family taken, beside them (`mine`, `kin`, a
 * `child`): "mero chhori lai lagyo, paisa tire matrai dinchhu bhanchha". Alone it is a passport or
 * wages held against a debt, a matter of documents.
 * Someone led off by the employer or another (`led_off`: "the boss took my niece to work at his
 * family's", "malik apne dost de ghar lai gaya", "साहुनीले लगी") and not heard from since
 * (`unresponsive`: "her phone is off", "no news since yesterday", "hale tak vapas nai aayi") is
 * someone taken. Each alone is everyday (a boss who drives a worker to another farm; a phone off).
 * A span of days or weeks up to now (`since`: "since last week", "for a week", "desde hace una
 * semana", "depuis 3 jours", "ek hafte se", "صرلنا") beside being kept in, followed or taken is
 * that still going on, as `now` is ("locked in since last week"); its words hold no past ("last
 * week" inside "since last week"). Alone, or beside a pain, it is nothing ("a toothache for two
 * weeks").
 * Something said to be better, or easier, for the others or at all (`better`: "it would be better
 * if", "better for everyone", "mejor si", "ce serait mieux si", "mas ok kung", "还不如") beside one's
 * own death or absence supposed (`gone`: "if I died", "si me muero", "si je disparaissais") is
 * wanting to die, said as a wish for the family. Alone it is everyday ("better if I change
 * employers"), and so is a death supposed alone.
 */
export const PARTS = ['means', 'farewell', 'goodbye', 'entrust', 'gone', 'done', 'outcome', 'client', 'compelled', 'alone_with', 'or_else', 'kin', 'menace', 'left_behind', 'vehicle', 'unknown', 'held', 'passing', 'home', 'mine', 'delay', 'guard', 'heard', 'settled', 'ransom', 'led_off', 'since', 'better'] as const;
/** The parts of wanting to die: any two kinds of them together are `self_harm`. */
export const SELF_PARTS = ['means', 'farewell', 'goodbye', 'entrust', 'gone'] as const;
/**
 * Kinds besides the harms whose words hold no lowering word of their own (see `noLoweringTerms` in
 * the reading): a cry, a time that says now, the parts of wanting to die and of sex forced.
 */
const HOLDS_NO_LOWERING = new Set<string>(['cry', 'now', ...SELF_PARTS, 'settled', 'better', 'alone_with', 'or_else', 'menace']);
/**
 * What is no harm and raises nothing, yet asked about when nothing else is found: the writer
 * saying they are afraid (`fear`: "im scared", "tengo miedo", "natatakot ako"), and someone
 * angry, shouting or drunk (`anger`) at the door or in the room.
 */
export const WORRIES = ['fear', 'anger'] as const;
/**
 * A question asked without its question mark, as people type it ("quantos comprimidos pra nao
 * acordar mais", "kitni goliyan", "多少"): `how_many` asks a dose (see `orAsked`: beside the means
 * and what it would do, the amount one would need, danger), and is nothing else.
 */
export const ASKS = ['how_many'] as const;
export const CONCEPTS = [...HARMS, ...RAISES, ...LOWERS, ...WORRIES, ...PARTS, ...ASKS] as const;
/** A worry, or a cry for help with nothing else (`cry`): each asked about when nothing else is. */
export type Worry = (typeof WORRIES)[number] | 'cry';
export type Harm = (typeof HARMS)[number];
export type Concept = (typeof CONCEPTS)[number];

/** The level a harm concept has on its own: 2 = danger, 1 = ask first, 0 = only with another harm. */
export const LEVEL_ALONE: Record<Harm, number> = {
  self_harm: 2,
  critical: 2,
  fire: 2,
  taken: 2,
  kill: 1,
  confined: 1,
  hiding: 1,
  weapon: 1,
  hit: 1,
  followed: 1,
  injury: 1,
  care_refused: 1,
  child: 0,
  unresponsive: 0,
  returned: 1,
  covert: 1,
  force: 1,
  presence: 1,
};
/**
 * Harms that count only beside another harm: "not answering", "won't get up" say nothing alone
 * (the boss is not answering about the pay), but after a fall, a blow or fainting they are
 * someone down and unresponsive; a child is no harm ("can my daughter here get a permit too?")
 * until something is done to them.
 */
const ONLY_WITH_ANOTHER = new Set<Harm>(['unresponsive', 'child']);
/** What a span of days up to now (`since`) says is still going on. */
const ONGOING: ReadonlySet<Harm> = new Set(['confined', 'followed', 'taken']);
/** What someone does to someone: a person named is context for these. */
const DONE_BY_SOMEONE = new Set<Harm>(['weapon', 'hit', 'kill', 'confined', 'taken', 'followed', 'force']);
const HARM_SET = new Set<string>(HARMS);
const PART_SET = new Set<string>(PARTS);
/** The kind of what was found, as `lang:kind` gives it ("ar:taken" → "taken"). */
const kindOf = (found: string): string => found.slice(found.indexOf(':') + 1);
/**
 * Two things found together that make a harm: the halves of `PARTS`, and a child with someone
 * drunk or raging (`anger`: "my daughter is in there with him and he's drunk"), which is a blow
 * feared (`hit`) that the child it is about does not raise again, nor a person named: it is
 * danger with now, here or a call for help, and nothing without them.
 */
const PAIRS: readonly { a: Concept; b: Concept; harm: Harm; only?: readonly Concept[]; orAsked?: boolean }[] = [
  ...SELF_PARTS.flatMap((a, i) => SELF_PARTS.slice(i + 1).map((b) => ({ a, b, harm: 'self_harm' as const }))),
  // The means at hand, taken just now, in a question about what they do or with a fear or a cry.
  // Taken just now with something felt now ("i drank bleach 10 minutes ago, now i'm throwing up",
  // "swallowed lots of my pressure pills and got dizzy").
  { a: 'means', b: 'done', harm: 'self_harm', only: ['general', 'cond', 'someone', 'asking', 'help', 'cry', 'urgent', 'fear', 'now', 'injury', 'critical', 'unresponsive'] },
  // What the means would do to a person, asked: "would it hurt to jump from the 8th floor?". A
  // question mark alone asks it too ("konbyen grenn dòmi ki twòp?", how many sleeping pills are
  // too many?), and then it is at most the question (`orAsked`); asked as a dose ("how many",
  // "how long"), the amount one would need, it is danger.
  { a: 'means', b: 'outcome', harm: 'self_harm', only: ['general', 'cond', 'someone', 'asking'], orAsked: true },
  // One's own death supposed and played down: "neu em chet thi tien bao hiem co gui ve cho me em ko, hoi vay thoi".
  { a: 'gone', b: 'asking', harm: 'self_harm' },
  // A mind made up or affairs put in order, beside a death supposed, the means, giving up or one's
  // own left in someone's care: "se eu morrer aqui o seguro paga o translado? quero deixar tudo certo
  // antes de hoje a noite". Never beside leave-taking alone: "thanks for everything, I've decided".
  ...(['gone', 'means', 'farewell', 'entrust'] as const).map((b) => ({ a: 'settled' as const, b, harm: 'self_harm' as const })),
  // One's own death or absence supposed, said to be better for the others ("creo q es mejor si me
  // muero, asi mi familia cobra el seguro", "ce serait mieux si je disparaissais", "mas ok kung
  // mawala na lang ako"): wanting to die, said as a wish for the family (t72).
  { a: 'better', b: 'gone', harm: 'self_harm' },
  // Made to go with the clients: sex forced, a harm of its own (as rape is `hit`), danger with
  // tonight or now ("the agency guy says i have to go with the clients tonight, no choice").
  { a: 'client', b: 'compelled', harm: 'hit' },
  // Summoned to his bed or room with something held over the person ("come to his cabin tonight or
  // your contract is finished"), or made to: sex forced, tonight, today or now, or with a call for
  // help ("I work alone with him, no choice" is a matter of work). Clients with something held
  // over the person too ("she says 5 clients today or I sleep in the street").
  { a: 'alone_with', b: 'or_else', harm: 'hit', only: ['now', 'help', 'cry', 'urgent'] },
  // One's own child summoned to his room or taken to his place, now or with a call for help ("我女儿
  // 才14岁 老板让她晚上去他房间 现在就在叫她"): sex forced on a child, danger (t62a). Not any child
  // word: "the boss's son keeps coming into my room at night" names who comes, not who is sent.
  { a: 'alone_with', b: 'mine', harm: 'hit', only: ['now', 'help', 'cry', 'urgent'] },
  { a: 'alone_with', b: 'compelled', harm: 'hit', only: ['now', 'help', 'cry', 'urgent'] },
  // A child left alone with him and heard crying or screaming ("la petite de 10 ans est restée
  // seule avec le superviseur, il a fermé la porte et on l'entend pleurer", t68a): someone's child,
  // not only one's own. Nothing heard, it is not: "the owner's son comes into my room at night, I'm
  // scared" names who comes ("munda", a boy), not a child sent.
  { a: 'alone_with', b: 'child', harm: 'hit', only: ['heard'] },
  { a: 'client', b: 'or_else', harm: 'hit', only: ['now', 'help', 'cry', 'urgent'] },
  // Gone, everything left behind, and no answer ("she went with the boss yesterday, her phone is off,
  // all her things are still here"): taken.
  { a: 'left_behind', b: 'unresponsive', harm: 'taken' },
  // A threat to one's family said just now, with a time given or a cry for help ("he'll send
  // people to my mother's house tonight", "给我一天时间"): a threat to hurt. Told as how things
  // stand ("he knows where my family lives in Honduras") it is a matter of threats, not danger now.
  { a: 'kin', b: 'menace', harm: 'kill', only: ['now', 'cry', 'urgent'] },
  // A cry for help passed on, then silence ("my cousin sent me 'please help' and now her phone is off",
  // "发了'救我'两个字，然后就不回了"): a cry made in secret (`covert`), danger with the cry itself.
  { a: 'cry', b: 'unresponsive', harm: 'covert' },
  // Someone heard screaming for help or "stop", then silence ("my neighbour was screaming for ten
  // minutes and now it's quiet"): someone being hurt.
  { a: 'heard', b: 'unresponsive', harm: 'hit' },
  // One's child or family held until money is paid: taken (t60a).
  ...(['mine', 'kin', 'child'] as const).map((b) => ({ a: 'ransom' as const, b, harm: 'taken' as const })),
  // Led off by someone, and not heard from since: taken (t61a).
  { a: 'led_off', b: 'unresponsive', harm: 'taken' },
  // A goodbye sent, and no answer since, with a call for help ("ti sè m voye m yon mesaj orevwa sa
  // gen 20 minit e li pa reponn ankò… tanpri", "elle m'a envoyé un message d'adieu… elle répond
  // plus. svp aidez"): someone who may be ending their life (t81a). A goodbye and no answer told
  // without a call ("she said goodbye and left the farm, she doesn't answer") is someone gone.
  { a: 'goodbye', b: 'unresponsive', harm: 'self_harm', only: ['now', 'help', 'cry', 'urgent'] },
  { a: 'vehicle', b: 'unknown', harm: 'taken' },
  // Moved with the passport in someone else's hands: being taken only now, tonight or with a call
  // for help ("pack ur bag u go to other farm tonight, he keep my passport").
  { a: 'vehicle', b: 'held', harm: 'taken', only: ['now', 'help', 'cry', 'urgent'] },
  { a: 'passing', b: 'home', harm: 'followed' },
  // Told to wait for the end of the shift, to go on working, to leave them lying (`delay`) beside
  // an injury or someone not waking: care refused, a second harm.
  { a: 'injury', b: 'delay', harm: 'care_refused' },
  { a: 'unresponsive', b: 'delay', harm: 'care_refused' },
  // Only with the child there, now, or a call for help: "my daughter is at school and my husband
  // gets angry when I work late" is no blow feared.
  { a: 'child', b: 'anger', harm: 'hit', only: ['near', 'now', 'help'] },
];
export const DANGER = 2;
export const ASK = 1;

/**
 * Harms that make no emergency supposed beside a question about emergency help: each is a harm
 * only with something else (a child, someone not answering, something forced on someone, someone
 * here or come back).
 */
const TOLD_ONLY_WITH = new Set<Harm>(['child', 'unresponsive', 'force', 'presence', 'returned']);

/** The parts of a question about how to get emergency help (data `help_question`). */
const QUESTION_PARTS = ['emergency', 'supposed', 'reach', 'service', 'asked'] as const;
type QuestionPart = (typeof QUESTION_PARTS)[number];

type ListKind = Concept | 'phrase';

export interface DangerReading {
  /** 2 = danger, 1 = ask "are you in danger right now?", 0 = nothing. */
  level: number;
  /** The language the danger was written in (most matches), when level > 0. */
  lang: Lang | null;
  /** What was found, as `lang:concept` (for tracing and tests; never shown to anyone). */
  found: string[];
  /** When the question comes from a worry alone (fear, or someone angry nearby), which one. */
  worry?: Worry;
  /**
   * Danger because the message asks how to get emergency help ("what number do I call if
   * something happens at night?", "does 911 speak Spanish?"), and for nothing else: the
   * emergency reply answers such a question.
   */
  asked?: boolean;
  /** Danger read from a message written in short pieces, one of them danger alone (`shortPieces`). */
  pieces?: boolean;
  /** Danger read from the ending of a long message, told after something else (`buried`). */
  buried?: boolean;
  /**
   * What was read is someone wanting to die or to hurt themselves (`self_harm`, alone or made of
   * its parts), at the level read: the emergency message is followed by the suicide crisis line.
   */
  self?: boolean;
  /** Below danger, from the harms' reading: the message folded with its framing blanked (what `withoutFraming` gives). */
  unframed?: string;
  /**
   * Below danger: a figure of speech or a near miss of the lists (`not_danger`: "this job is killing
   * me", "I don't want to live with these people") was found and blanked. The learned signal, which
   * reads the words before they are blanked, may then ask, never answer alone as an emergency.
   */
  figure?: boolean;
  /**
   * Every phrase or pattern that made it danger is a cry for help and nothing more: its words are
   * all words of a cry, a call for help, now or quickly ("sos", "au secours" opening a message,
   * "help now").
   */
  cryPhrase?: boolean;
  /**
   * Nothing more than leave-taking or giving up said once ("I just wanted to say goodbye",
   * "tell mum I'm sorry", "I can't any more"), with nothing that makes it smaller: no danger in a
   * conversation ("ok thanks, bye"), but as the very first message to a help service it is how a
   * last message is written, and first contact asks (src/engine/step.ts).
   */
  leaving?: boolean;
}

const NONE: DangerReading = { level: 0, lang: null, found: [] };

/** What makes a harm or a call to 911 asked of someone supposed happening, not asked about (`supposedAsked`). */
const CALL_MADE: readonly ListKind[] = ['cry', 'silenced', 'now', 'urgent'];

/** The lists whose words a phrase that is only a cry for help is made of (`cryPhrase`). */
const CRY_KINDS = new Set<ListKind>(['cry', 'help', 'now', 'urgent']);

/** A cry for help in a message of at most so many words is danger on its own (see `readHarms`). */
const CRY_WORDS = 4;

/** Where a sentence ends, in any script: a full stop, mark or new line (never a comma). */
const SENTENCE_END = /[.!?\n\u0964\u0965\u3002\uff01\uff1f\u061f]+/gu;
/** What takes a harm away wherever it stands in a message: no ending of it is read alone. */
const BURIED_NEVER = new Set<string>(['news', 'joke', 'naming', 'over']);
/** A question mark of any script (Latin, Chinese full width, Arabic). */
const QUESTION_MARK = /[?\uff1f\u061f]/u;
/** A question asked without its mark: Chinese 吗 ending the message ("邻居可以帮他报警吗"). */
const ASKED_UNMARKED = /[吗嗎][\s\p{P}]*$/u;
/** Spaces and punctuation at either end of a text. */
const EDGES = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
/** Where a message written in short pieces breaks: a full stop, comma, mark or new line of any script. */
const PIECE = /[.!?;,:\n\u0964\u0965\u3002\uff01\uff1f\uff0c\u060c\u061f]+/u;
/** At most this many pieces, each of at most this many words (or characters, in Chinese and Thai). */
const MAX_PIECES = 5;
const PIECE_WORDS = 3;
const PIECE_CHARS = 8;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Thai}]/u;
const THAI = /\p{Script=Thai}/u;
/** A message of at most this many words (or characters, in Chinese and Thai) once its framing is blanked: terse. */
const TERSE_WORDS = 5;
const TERSE_CHARS = 10;

/** Kinds beside a harm that make a run of sentences between questions danger on its own (`buried`). */
const HERE_OR_CRIED = new Set<string>(['near', 'help', 'cry', 'urgent', 'vehicle', 'held']);

/** More than one harm, or a harm with someone here, a cry, a vehicle or papers held (`buried`). */
function toldInFull(found: readonly string[]): boolean {
  const kinds = new Set(found.map(kindOf));
  const harms = [...kinds].filter((k) => HARM_SET.has(k));
  return harms.length >= 2 || (harms.length >= 1 && [...kinds].some((k) => HERE_OR_CRIED.has(k)));
}

/** The kinds of what was found (`found` holds `lang:kind`): the same kind in any language once. */
export function foundKinds(found: readonly string[]): Set<string> {
  return new Set(found.map((f) => f.slice(f.indexOf(':') + 1)));
}

/** Whether the only harm among `kinds` is `harm`, found. */
export function onlyHarm(kinds: ReadonlySet<string>, harm: Harm): boolean {
  return kinds.has(harm) && HARMS.every((h) => h === harm || !kinds.has(h));
}

/** The pieces of a message split where it breaks (`PIECE`), each holding a letter or a digit. */
function piecesOf(text: string): string[] {
  return text.split(PIECE).map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/**
 * Whether the words `w` stand inside the longer words `c` as words of their own. Thai is written
 * without spaces: inside is inside, so "ไม่เคยให้ ~ ออก" (never let out) holds "เคย" (once, ever),
 * which is no past there. (Chinese harm words that hold a habit, "老是摸我", keep it apart: its
 * habit still lowers, as before.)
 */
function wordsWithin(w: string, c: string): boolean {
  return THAI.test(w) ? c.includes(w) : ` ${c} `.includes(` ${w} `);
}

/** Whether a term's words lie inside a longer one of `terms` (a lowering word read inside a harm's, a span's). */
function insideLonger(w: string, terms: readonly string[]): boolean {
  return terms.some((c) => c.length > w.length && wordsWithin(w, c));
}

/** Whether a text holds at most so many words (or characters, in Chinese and Thai). */
function fewWords(t: string, most: number, mostChars: number): boolean {
  return NO_SPACE_SCRIPT.test(t) ? t.replace(/\s+/g, '').length <= mostChars : t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= most;
}

/**
 * Whether a message with a call to come quickly among what was `found`, or a number (a room's, a
 * floor's), is written in short pieces or in a few words ("tulong po. kwarto 3. bilis", "sos,
 * room 12", "help quick room 12"): a room, a floor or the police named beside a cry in it are
 * where and who, not a matter asked about (src/understand/understanding.ts). Without either
 * ("help. my room. no water") the room may be the matter.
 */
export function terseOrInPieces(text: string, found: readonly string[]): boolean {
  if (!found.some((f) => f.endsWith(':urgent')) && !/\p{N}/u.test(text)) return false;
  if (fewWords(text.trim(), TERSE_WORDS, TERSE_CHARS)) return true;
  const pieces = piecesOf(text);
  return pieces.length >= 2 && pieces.length <= MAX_PIECES && pieces.every((p) => fewWords(p, PIECE_WORDS, PIECE_CHARS));
}

/**
 * Texts beyond ASCII without astral letters (the form most messages beyond ASCII are matched by):
 * one of one-byte letters (é), one of two-byte ones (Arabic, Devanagari, Cyrillic …).
 */
const BEYOND_ASCII = ['é', 'é \u0627'] as const;

/** Runs a pattern until V8 has compiled it, for one-byte text and for two-byte text apart (`warm`). */
function warmPattern(p: DualPattern): void {
  // V8 compiles a pattern at its first match, and again to machine code at the next one.
  for (const text of BEYOND_ASCII) {
    const re = p.unicode(text);
    for (let i = 0; i < 2; i++) {
      re.lastIndex = 0;
      re.test(text);
    }
    re.lastIndex = 0;
  }
}

export class DangerDetector {
  private readonly lists: { lang: Lang; kind: ListKind }[] = [];
  private readonly matcher: TermMatcher;
  private readonly patterns: { lang: Lang; rule: string; re: DualPattern }[] = [];
  /** What each pattern cannot match without (needs.ts), by the patterns' order. */
  private readonly patternNeeds: NeededIndex;
  private readonly figures: DualPattern[] = [];
  private readonly figureNeeds: NeededIndex;
  /** What people write around what they say (data/framing), by language: blanked before anything else. */
  private readonly framing: { lang: Lang; re: DualPattern }[] = [];
  /** Counts of people read as the plain word they stand for (`counts`: "8 of us" as "us"). */
  private readonly counts: { re: DualPattern; as: string }[] = [];
  private readonly order: Lang[];
  /** The parts of a question about how to get emergency help, per language (`help_question`). */
  private readonly questionLists: { lang: Lang; kind: QuestionPart }[] = [];
  private readonly question: TermMatcher;
  private readonly questionNot: DualPattern[] = [];
  /**
   * Harm words and phrases of SKELETON_LANGS as consonant skeletons (dangerSkeleton.ts), made when
   * a message first needs them: only one that seems written in one of those languages or holds
   * Arabizi digits does, and comparing every term with the everyday words took more than half
   * of the detector's building at every start.
   */
  private skel: { lists: { lang: Lang; kind: ListKind }[]; matcher: TermMatcher } | null = null;
  private readonly makeSkeletons: () => { lists: { lang: Lang; kind: ListKind }[]; matcher: TermMatcher };
  /**
   * The Latin terms of ROMAN_LANGS in canonical spelling (romanized.ts), made when a message
   * first seems written in one of those languages.
   */
  private roman: RomanLists | null = null;
  private readonly makeRoman: () => RomanLists;
  /** The same for Thai typed in Latin letters, in its own canonical spelling (`thaiCanon`). */
  private romanThai: RomanLists | null = null;
  private readonly makeRomanThai: () => RomanLists;

  /**
   * `everyday`: ordinary phrasings per language (the topic examples), whose words keep a
   * lenient skeleton from standing for a danger word it is not (dangerSkeleton.ts). `framing`:
   * what people write around what they have to say (data/framing: a greeting, "sorry to write
   * so late", "a friend gave me this number", "is this the right number?"), blanked out before
   * anything else, so that its words ("late", "number") neither lower nor raise a danger.
   */
  constructor(
    lexicons: readonly DangerLexicon[],
    everyday: readonly { lang: Lang; text: string }[] | (() => readonly { lang: Lang; text: string }[]) = [],
    framing: readonly { lang: Lang; patterns: readonly string[] }[] = [],
    built: Built = NOTHING_KEPT,
  ) {
    // Each list's terms with the language's short forms, parsed only when no earlier start kept them.
    const terms: (() => string[])[] = [];
    this.order = lexicons.map((l) => l.lang);
    // One expression per language and script: a message is read against a few, not ~150.
    for (const f of framing) {
      const groups = new Map<string, string[]>();
      for (const p of f.patterns) {
        const d = compileDual(p);
        const key = `${d.needsUnicode} ${d.script?.source ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
      }
      for (const ps of groups.values()) this.framing.push({ lang: f.lang, re: compileDual(ps.map((p) => `(?:${p})`).join('|')) });
    }
    for (const lex of lexicons) {
      this.lists.push({ lang: lex.lang, kind: 'phrase' });
      const short = lex.shorthand ?? {};
      terms.push(() => withShorthand(lex.phrases, short));
      for (const c of CONCEPTS) {
        const list = lex.concepts[c];
        if (!list || list.length === 0) continue;
        this.lists.push({ lang: lex.lang, kind: c });
        terms.push(() => withShorthand(list, short));
      }
      for (const p of lex.patterns) this.patterns.push({ lang: lex.lang, rule: p, re: compileDual(p) });
      for (const p of lex.not_danger) this.figures.push(compileDual(p));
      for (const c of lex.counts ?? []) {
        // `pattern => reading`: what a match is read as ($1 its first group).
        const at = c.lastIndexOf(' => ');
        this.counts.push(at < 0 ? { re: compileDual(c), as: '' } : { re: compileDual(c.slice(0, at)), as: c.slice(at + 4).trim() });
      }
    }
    // What each pattern cannot match without (needs.ts): a message holding none of it skips the
    // pattern. Reading the ~1,300 patterns takes about a sixth of a second: kept between starts.
    const needs = built.get('danger.needs', () => ({
      patterns: lexicons.flatMap((l) => l.patterns).map((p) => literalsNeeded(foldPattern(p))),
      figures: lexicons.flatMap((l) => l.not_danger).map((p) => literalsNeeded(foldPattern(p))),
    }));
    this.patternNeeds = new NeededIndex(needs.patterns);
    this.figureNeeds = new NeededIndex(needs.figures);
    this.matcher = new TermMatcher(built.get('danger.terms', () => compileTerms(terms.map((t) => t()))));
    const questionTerms: (() => string[])[] = [];
    for (const lex of lexicons) {
      const q = lex.help_question;
      if (!q) continue;
      for (const kind of QUESTION_PARTS) {
        if (q[kind].length === 0) continue;
        this.questionLists.push({ lang: lex.lang, kind });
        questionTerms.push(() => withShorthand(q[kind], lex.shorthand ?? {}));
      }
      for (const p of q.not) this.questionNot.push(compileDual(p));
    }
    this.question = new TermMatcher(built.get('danger.question', () => compileTerms(questionTerms.map((t) => t()))));
    // The everyday words are gathered only when a skeleton or a canonical spelling is first made.
    const everydayTexts = typeof everyday === 'function' ? everyday : () => everyday;
    this.makeSkeletons = () => skeletonsOf(lexicons, everydayTexts());
    this.makeRoman = () => romanOf(lexicons, everydayTexts(), INDIC_ROMAN);
    this.makeRomanThai = () => romanOf(lexicons, everydayTexts(), THAI_FAMILY);
  }

  /**
   * How much danger a message shows, and in which language. `langs`: the languages the message
   * seems to be in (their context words count for any language's harm words; see the top).
   */
  /**
   * Builds now what first messages would otherwise build on first use (about a second in all):
   * the spellings of every language's lists, which a message in Latin letters needs, and each
   * pattern's form for text beyond ASCII. A running server calls it once it listens, so the first
   * person writing after a restart does not wait for it.
   */
  warm(): void {
    this.skel ??= this.makeSkeletons();
    this.roman ??= this.makeRoman();
    this.romanThai ??= this.makeRomanThai();
    for (const p of this.warmPatterns()) warmPattern(p);
  }

  /**
   * The same work in slices of about `sliceMs`, the event loop let run between them: a webhook
   * that arrives while a server warms waits for one slice (the longest, the lists' spellings, about
   * 0.4 s), not for the whole warm-up (about 2 s of CPU, most of it compiling patterns). Stops
   * between slices once `signal` is aborted (a server stopping); what is left is built on first use.
   */
  async warmInSlices(opts: { sliceMs?: number; signal?: AbortSignal } = {}): Promise<void> {
    const sliceMs = opts.sliceMs ?? 25;
    const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    this.skel ??= this.makeSkeletons();
    await pause();
    if (opts.signal?.aborted) return;
    this.roman ??= this.makeRoman();
    this.romanThai ??= this.makeRomanThai();
    let start = performance.now();
    for (const p of this.warmPatterns()) {
      if (performance.now() - start >= sliceMs) {
        await pause();
        if (opts.signal?.aborted) return;
        start = performance.now();
      }
      warmPattern(p);
    }
  }

  /** Every pattern a message may run (see `warm`). */
  private warmPatterns(): DualPattern[] {
    return [...this.patterns.map((p) => p.re), ...this.figures, ...this.framing.map((f) => f.re), ...this.counts.map((c) => c.re), ...this.questionNot];
  }

  read(text: string, langs: readonly Lang[] = []): DangerReading {
    // Folded once: harms and the question about emergency help read the same folding of the text.
    const folded = fold(text);
    const framed: { unframed?: string; figure?: boolean } = {};
    const harms = this.readHarms(folded, langs, framed, QUESTION_MARK.test(text) || ASKED_UNMARKED.test(text));
    // What the learned signal reads, as withoutFraming gives it: blanked here already, not twice.
    const reading = harms.level < DANGER ? { ...harms, ...(framed.unframed !== undefined && { unframed: framed.unframed }), ...(framed.figure && { figure: true }) } : harms;
    if (reading.level >= DANGER) return reading;
    const buried = this.buried(text, langs, reading);
    if (buried) return buried;
    const pieces = this.shortPieces(text, langs, reading);
    if (pieces) return pieces;
    const asked = this.asksForHelp(folded, langs, reading.found);
    if (!asked) return reading;
    return { level: DANGER, lang: reading.level > 0 && reading.lang ? reading.lang : asked, found: reading.found, asked: true };
  }

  /**
   * Danger told at the end of a long message, after what the person first wanted to ask ("I
   * wanted to ask how many hours a student may work. But tonight the agent took my passport and
   * says we move now, he won't say where"), or in its middle, between two questions about pay or
   * papers ("is the cleaning fee legal? ... Tonight her brother is taking me to a new shop in
   * Vancouver, my passport is gone, the car is waiting downstairs. Can I get the fee back?"): the
   * questions, the past and the general words around it lower a harm they do not speak of. Each
   * run of told sentences from a sentence on, up to the next sentence that asks something, is read
   * as a message of its own; one read as danger is danger, unless the whole message passes on the
   * news, laughs, names a thing or says it is over (what takes a harm away wherever it stands).
   */
  private buried(text: string, langs: readonly Lang[], whole: DangerReading): DangerReading | null {
    const kinds = new Set(whole.found.map(kindOf));
    if ([...kinds].some((k) => BURIED_NEVER.has(k))) return null;
    // An ending is read alone only when the whole message holds a harm (or a part of one) and a
    // word of now: what an ending finds, the whole message found too.
    if (!kinds.has('now') || ![...kinds].some((k) => HARM_SET.has(k) || PART_SET.has(k))) return null;
    // Where each sentence begins: the message's start, then after each full stop, mark or new line.
    const bounds: number[] = [0];
    for (const m of text.matchAll(SENTENCE_END)) {
      const at = m.index + m[0].length;
      if (at < text.length && text.slice(at).trim()) bounds.push(at);
    }
    bounds.push(text.length);
    // Whether each sentence asks something (a question mark; the last one also unmarked).
    const asks = bounds.slice(0, -1).map((from, k) => {
      const sentence = text.slice(from, bounds[k + 1]);
      return QUESTION_MARK.test(sentence) || (k === bounds.length - 2 && ASKED_UNMARKED.test(sentence));
    });
    for (let k = 1; k < bounds.length - 1; k++) {
      // Told, not asked, and now: a sentence that asks something, or a run that tells of no time,
      // is read with the whole message (a question about the rules after a story, "he hit me last
      // month"); the run ends where a sentence asks.
      if (asks[k]) continue;
      let end = k + 1;
      while (end < bounds.length - 1 && !asks[end]) end++;
      const at = bounds[k]!;
      const tail = text.slice(at, bounds[end]);
      const r = this.readHarms(fold(tail), langs, {}, false);
      if (r.level < DANGER || !r.found.some((f) => kindOf(f) === 'now')) continue;
      // A run with a question after it is read alone only when it tells more than one harm done now
      // ("he grabbed the stick and says he'll break my arm"), or a harm with someone here or a cry:
      // "but the boss is threatening us. is the police here different?" asks about what it tells.
      if (end < bounds.length - 1 && !toldInFull(r.found)) continue;
      // Buried under something else: the opening tells of no harm of its own ("if I fall one day,
      // who pays the hospital? I haven't fallen" is one matter, read whole).
      const head = this.readHarms(fold(text.slice(0, at)), langs, {}, false);
      if (head.found.some((f) => HARM_SET.has(kindOf(f)))) return null;
      return { ...r, found: [...new Set([...whole.found, ...r.found])], buried: true };
    }
    return null;
  }

  /**
   * The language of a question about how to get emergency help (`help_question`: an emergency of
   * one's own supposed and how help is reached, the word emergency and this line reached, or a
   * whole such question), or null. Such a
   * question comes with an "if", a "what should I do" and often someone else ("if someone is in
   * danger now, who do I call?"), and none of those lower it; a place far away ("my sister in
   * Kuwait"), the news and laughter do. Matched before figures of speech are blanked: "if I call
   * 911" and "the emergency number" are figures for harms, and this question's very words.
   */
  private asksForHelp(folded: string, langs: readonly Lang[], found: readonly string[]): Lang | null {
    let t = folded;
    const ascii = isAscii(t);
    for (const f of this.questionNot) {
      const re = ascii ? (f.needsUnicode ? null : f.ascii) : f.unicode(t);
      if (re) t = t.replace(re, (m) => ' '.repeat(m.length));
    }
    const parts = new Map<Lang, Set<QuestionPart>>();
    // The words that tell the language: not a number every list holds ("911").
    const telling = new Map<Lang, Set<string>>();
    for (const v of spellings(unstretched(t))) {
      for (const h of this.question.findFolded(v)) {
        const l = this.questionLists[h.list]!;
        let m = parts.get(l.lang);
        if (!m) parts.set(l.lang, (m = new Set()));
        m.add(l.kind);
        if (!/^[\d\s~]+$/.test(h.term)) telling.set(l.lang, (telling.get(l.lang) ?? new Set()).add(h.term));
      }
    }
    if (parts.size === 0) return null;
    const lowered = (lang: Lang) => found.some((f) => {
      const [l, k] = f.split(':') as [Lang, string];
      return (l === lang || l === 'en' || langs.includes(l)) && (k === 'far' || k === 'news' || k === 'joke');
    });
    let best: Lang | null = null;
    let bestScore = -Infinity;
    for (const lang of parts.keys()) {
      const ctx = new Set<QuestionPart>();
      for (const [l, m] of parts) if (l === lang || l === 'en' || langs.includes(l)) for (const k of m) ctx.add(k);
      // An emergency of one's own supposed and how help is reached; the word emergency alone only
      // with this line or someone through it ("in an emergency do you answer at night?"): "what
      // should I do in an emergency at work" is a question about the rules.
      const reached = ctx.has('reach') || ctx.has('service');
      // A harm, or someone drunk or raging now, told beside a question about this line is the
      // emergency supposed ("do you answer 24 hours? at night my boss goes wild"), unless it is
      // only told of the past; with an emergency supposed and tonight or now it needs no word of
      // how help is reached ("if it goes bad tonight with the boss, what do I do? he has been
      // drinking"). Beside how help is reached alone ("my coworker hit me, should I call the
      // police?") it is a question about reporting.
      const told = (k: string) => found.some((f) => {
        const [l, kind] = f.split(':') as [Lang, string];
        return (l === lang || l === 'en' || langs.includes(l)) && (k === 'harm' ? HARM_SET.has(kind) && !TOLD_ONLY_WITH.has(kind as Harm) : kind === k);
      });
      const harmed = (told('harm') || (told('anger') && told('now'))) && (!told('past') || told('now'));
      if (!ctx.has('asked') && !(ctx.has('supposed') && reached) && !(ctx.has('emergency') && ctx.has('service')) && !(harmed && (ctx.has('service') || (ctx.has('supposed') && told('now'))))) continue;
      if (lowered(lang)) continue;
      // The language written in: the most words of its own (not "911", which every list holds),
      // English counting half when another matched too (people mix it in), the message's
      // languages first.
      const own = telling.get(lang)?.size ?? 0;
      const score = (lang === 'en' && telling.size > 1 ? own / 2 : own) + (langs.includes(lang) ? (lang === langs[0] ? 2.5 : 2) : 0) - this.order.indexOf(lang) / 100;
      if (score > bestScore) {
        bestScore = score;
        best = lang;
      }
    }
    return best;
  }

  /**
   * The message folded, with what people write around what they say blanked (data/framing): a
   * greeting, an apology for writing, "is this the right number?".
   */
  withoutFraming(text: string, langs: readonly Lang[]): string {
    const f = fold(text);
    const ascii = isAscii(f);
    return this.unframed(f, langs, (p) => (ascii ? (p.needsUnicode ? null : p.ascii) : p.unicode(f))).trim();
  }

  /**
   * A folded text with its framing blanked (data/framing), and what stays at either end where it
   * stood taken off. The message's own languages first, English after: "hello po" is Tagalog's
   * greeting whole, not English "hello" with a "po" left over. Framing often comes in a row
   * ("hello po, good evening, sorry to bother you"): what opens the text once a piece is blanked
   * is read again.
   */
  private unframed(text: string, langs: readonly Lang[], pick: (p: DualPattern) => RegExp | null): string {
    let t = text;
    const rank = (l: Lang): number => {
      const i = langs.indexOf(l);
      return i < 0 ? langs.length : i;
    };
    const framing = langs.length > 0 ? this.framing.filter((f) => f.lang === 'en' || langs.includes(f.lang)).sort((a, b) => rank(a.lang) - rank(b.lang)) : this.framing;
    for (let pass = 0, again = true; again && pass < 3; pass++) {
      again = false;
      for (const f of framing) {
        const re = pick(f.re);
        if (!re) continue;
        t = t.replace(re, (m) => {
          again = true;
          return ' '.repeat(m.length);
        });
      }
      if (again) t = t.replace(EDGES, '');
    }
    return t;
  }

  /**
   * A message written in short pieces ("help. 4th floor. hurry", "ਮਦਦ। ਹੁਣੇ।", "sos, room 12"):
   * danger when one piece alone is, every other piece is a few words, and nothing in the
   * whole message lowers it (a past, a question, a habit, laughter…). Someone who cannot write
   * more writes so; a piece of framing ("is this the helpline?") counts as no piece.
   */
  private shortPieces(text: string, langs: readonly Lang[], whole: DangerReading): DangerReading | null {
    const kinds = foundKinds(whole.found);
    if (LOWERS.some((k) => kinds.has(k))) return null;
    const pieces = piecesOf(text);
    if (pieces.length < 2 || pieces.length > MAX_PIECES) return null;
    // Every piece short first (cheap), and only then each read alone.
    const kept: string[] = [];
    for (const piece of pieces) {
      const f = fold(piece);
      const left = this.withoutFraming(piece, langs);
      if (!/[\p{L}\p{N}]/u.test(left)) continue;
      if (!fewWords(left, PIECE_WORDS, PIECE_CHARS)) return null;
      kept.push(f);
    }
    let cry: DangerReading | null = null;
    for (const f of kept) {
      const r = this.readHarms(f, langs);
      if (r.level >= DANGER) {
        cry = r;
        break;
      }
    }
    return cry ? { ...cry, found: [...new Set([...whole.found, ...cry.found])], pieces: true } : null;
  }

  /** How much danger a message shows from its harms and worries (see `read`), from its folded text. */
  private readHarms(folded: string, langs: readonly Lang[], framed: { unframed?: string; figure?: boolean } = {}, questionMark = false): DangerReading {
    let t = folded;
    const ascii = isAscii(t);
    const has = new Map<RegExp, boolean>();
    const holds = (re: RegExp): boolean => {
      let v = has.get(re);
      if (v === undefined) has.set(re, (v = re.test(t)));
      return v;
    };
    const pick = (p: DualPattern): RegExp | null => {
      if (ascii) return p.needsUnicode ? null : p.ascii;
      return p.script && !holds(p.script) ? null : p.unicode(t);
    };
    // Framing blanked, then what stays at either end of the message where it stood (a comma, a
    // question mark): "hello, sorry to bother you, sos cant talk" is read as "sos cant talk",
    // as the patterns that want a cry for help to open the message ask. A language's framing
    // is read in a message that seems written in it, or in English, which people mix in (every
    // language's when none could be told): Portuguese "oi" (hi) opens Vietnamese "ói ra máu"
    // (vomiting blood) too.
    const before = t;
    t = this.unframed(t, langs, pick);
    framed.unframed = t.trim();
    // A message of a few words only, once what opens it is blanked ("didi, wo fir aa gaya"), that
    // ends as written: one closed with thanks ("he's back, thank you") is telling, not asking.
    const terse =
      lastWord(before) === lastWord(t) &&
      fewWords(t, TERSE_WORDS, TERSE_CHARS);
    // Read once, before any is blanked: blanking only takes text away, so a figure that needs
    // what the text did not hold cannot match after it either.
    const figureMay = this.figureNeeds.reader(t);
    this.figures.forEach((f, i) => {
      if (!figureMay(i)) return;
      const re = pick(f);
      if (!re) return;
      const was = t;
      t = t.replace(re, (m) => ' '.repeat(m.length));
      if (t !== was) framed.figure = true;
    });
    // Per language: the concepts found, and how many terms.
    const found = new Map<Lang, Map<ListKind, number>>();
    const note = (lang: Lang, kind: ListKind, n = 1) => {
      let m = found.get(lang);
      if (!m) found.set(lang, (m = new Map()));
      m.set(kind, (m.get(kind) ?? 0) + n);
    };
    const seen = new Set<string>();
    // The harm words found, folded: one word can be two harms once marks are gone (Vietnamese
    // "bi ban" is bị bán, sold, and bị bắn, shot), and is then one harm, not a second one.
    const harmWords = new Map<Harm, Set<string>>();
    // The words of leave-taking found (`goodbye`): said twice in different words and nothing
    // else, the question is asked.
    const goodbyes = new Set<string>();
    // The words of someone who comes for the person (`alone_with`): a person here said in the same
    // words ("alone with him") is that, not someone at the door besides.
    const comesFor: string[] = [];
    // The words of giving up found (`farewell`): said twice in different words, the same.
    const farewells = new Set<string>();
    // The words of a cry for help, a call for help, now or quickly found, and the words of each
    // phrase or pattern matched: a phrase made of such words alone ("sos", "help now", "auxilio"
    // opening a short message) is a cry for help, which a matter of work or papers beside it
    // makes that matter (`cryPhrase`, src/understand/understanding.ts).
    const cryWords = new Set<string>();
    const phraseSpans: string[] = [];
    // The terms of a cry for help, a harm or a part of wanting to die found, and of what lowers,
    // per language: a lowering term whose words lie inside a cry's, a harm's or such a part's ("alguien que", someone who, inside
    // "alguien que me ayude"; "se puede", can one, inside "no se puede respirar") is that cry or
    // harm read again, not a question.
    const noLoweringTerms: string[] = [];
    // The words of a span up to now found (`since`): a past read inside one alone is no past beside
    // being kept in, followed or taken (see the reading's `spanNotPast`).
    const spanTerms: string[] = [];
    const lowerTerms = new Map<string, { lang: Lang; kind: ListKind; words: string[] }>();
    // A phrase found by its skeleton or romanized spelling, whose words are not told.
    let otherPhrase = false;
    // A letter held down ("ayudaaa", "helppp", "tulonggg") is read as written and once more
    // with each run of three or more made one letter.
    const written = unstretched(t);
    // A count of people between a verb and its particle ("locked 8 of us in") is read again as
    // the plain word it stands for ("locked us in").
    const uncounted = (w: string): string[] => {
      let v = w;
      for (const c of this.counts) {
        const re = pick(c.re);
        if (re) v = v.replace(re, c.as);
      }
      v = v.replace(/\s+/g, ' ').trim();
      return v === w ? [w] : [w, v];
    };
    for (const text of spellings(written.flatMap(uncounted))) {
      for (const h of this.matcher.findFolded(text)) {
        const key = `${h.list} ${h.term}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const l = this.lists[h.list]!;
        note(l.lang, l.kind);
        // The term's words as found, its wildcards spaced out.
        const termWords = fold(h.term.replace(/[*~]/g, ' '));
        if (HARM_SET.has(l.kind)) {
          const set = harmWords.get(l.kind as Harm) ?? new Set<string>();
          harmWords.set(l.kind as Harm, set.add(termWords));
        }
        if (l.kind === 'goodbye') goodbyes.add(termWords.trim());
        if (l.kind === 'alone_with') comesFor.push(termWords.trim());
        if (l.kind === 'farewell') farewells.add(termWords.trim());
        if (CRY_KINDS.has(l.kind)) for (const w of termWords.split(/\s+/)) if (w) cryWords.add(w);
        if (l.kind === 'phrase') phraseSpans.push(termWords);
        // A part of wanting to die or of sex forced too: "nagpaalam sa fb" (said goodbye on
        // facebook) holds "sa fb", "ghar walon ko bol dena" (tell my family) "ghar walon ko",
        // "passer la nuit avec lui" "la nuit", and none is the news, a place far away or a habit.
        // A time that says now holds no habit or past of its own either: "आज राति" (tonight) holds
        // "राति" (at night), "hoy en la noche" "en la noche", "desde ontem" (since yesterday) "ontem".
        if (HARM_SET.has(l.kind) || HOLDS_NO_LOWERING.has(l.kind)) noLoweringTerms.push(termWords.trim());
        if (l.kind === 'since') spanTerms.push(termWords.trim());
        if ((LOWERS as readonly string[]).includes(l.kind)) {
          const k = `${l.lang}:${l.kind}`;
          const e = lowerTerms.get(k) ?? { lang: l.lang, kind: l.kind, words: [] };
          lowerTerms.set(k, { ...e, words: [...e.words, termWords.trim()] });
        }
      }
    }
    for (const { lang, kind, words: ws } of lowerTerms.values()) {
      if (ws.every((w) => insideLonger(w, noLoweringTerms))) found.get(lang)?.delete(kind);
    }
    // Chinese writes no spaces: a word is inside a span when its characters are ("昨天" in "从昨天晚上").
    // (Only here: `wordsWithin` reads Chinese by words, and reading it by characters there would take
    // "老是", always, out of "老是摸我" and make a habit of touching an emergency.)
    const inSpan = (w: string): boolean => insideLonger(w, spanTerms) || (NO_SPACE_SCRIPT.test(w) && spanTerms.some((c) => c.length > w.length && c.includes(w)));
    // The past and a habit read only inside a span up to now ("last week" in "since last week",
    // "晚上就", at night, in "从昨天晚上就", since last night: t73a) lower nothing beside what it says
    // is going on (see the reading's `ongoing`).
    const onlyInSpan = new Set(
      (['past', 'habit'] as const).filter((kind) => {
        const ws = [...lowerTerms.values()].filter((e) => e.kind === kind).flatMap((e) => e.words);
        return ws.length > 0 && ws.every(inSpan);
      }),
    );
    /**
     * The harms that stand on words of their own: one whose words were all found for another harm
     * too is that harm read twice, and the reading with the higher level is kept; so is one whose
     * words all lie inside a longer term of another harm (Vietnamese "ko cho đi", not let go, inside
     * "ko cho đi bác sĩ", not let go to the doctor) of a harm of as high a level, except a child:
     * "beats the child" is a child and a beating.
     */
    const inside = (h: Harm, among: readonly Harm[]): boolean => {
      const ws = harmWords.get(h);
      if (!ws || ONLY_WITH_ANOTHER.has(h)) return false;
      const longer = among.filter((o) => o !== h && LEVEL_ALONE[o] >= LEVEL_ALONE[h]).flatMap((o) => [...(harmWords.get(o) ?? [])]);
      return [...ws].every((w) => longer.some((u) => u.length > w.length && ` ${u} `.includes(` ${w} `)));
    };
    const own = <H extends Harm>(harms: Iterable<H>): H[] => {
      const used = new Set<string>();
      const list = [...harms];
      return list
        .filter((h) => !inside(h, list))
        .sort((a, b) => LEVEL_ALONE[b] - LEVEL_ALONE[a])
        .filter((h) => {
          const ws = harmWords.get(h);
          const fresh = !ws || [...ws].some((w) => !used.has(w));
          for (const w of ws ?? []) used.add(w);
          return fresh;
        });
    };
    // The same words typed in Latin letters, spelled any way (dangerSkeleton.ts).
    const skLangs = skeletonLangs(t, langs);
    const sk = skLangs.size > 0 ? skeletonText(t) : null;
    if (sk) {
      const skel = (this.skel ??= this.makeSkeletons());
      for (const h of skel.matcher.findFolded(sk)) {
        const l = skel.lists[h.list]!;
        // Found, but not counted for the language it was written in: a skeleton is shared by kin
        // languages (Hindi and Punjabi "maar"), and the spelling as written decides that.
        if (skLangs.has(l.lang)) note(l.lang, l.kind, 0);
        if (l.kind === 'phrase') otherPhrase = true;
      }
    }
    // Hindi, Punjabi and Nepali typed in Latin letters, in one spelling (romanized.ts): counted
    // like a skeleton, found but not towards the language, which the spelling as written decides.
    // Thai typed in Latin letters, in its own (thaiCanon), when Thai is among the languages the
    // message seems to be in.
    const romanLangs = [...skLangs].filter((l) => ROMAN_LANGS.has(l));
    const thaiLangs = langs.filter((l) => THAI_ROMAN.has(l));
    const families: [readonly Lang[], Canon, () => RomanLists][] = [
      [romanLangs, romanCanon, () => (this.roman ??= this.makeRoman())],
      [thaiLangs, thaiCanon, () => (this.romanThai ??= this.makeRomanThai())],
    ];
    for (const [inLangs, canon, listsOf] of families) {
      const rt = inLangs.length > 0 && ascii ? romanText(t, canon) : null;
      if (!rt) continue;
      const roman = listsOf();
      for (const h of roman.matcher.findFolded(rt)) {
        const l = roman.lists[h.list]!;
        if (!inLangs.includes(l.lang)) continue;
        note(l.lang, l.kind, 0);
        if (l.kind === 'phrase') otherPhrase = true;
        if (HARM_SET.has(l.kind)) {
          const set = harmWords.get(l.kind as Harm) ?? new Set<string>();
          harmWords.set(l.kind as Harm, set.add(h.term.replace(/[*~]/g, ' ').trim()));
        }
      }
    }
    const patternMay = written.map((w) => this.patternNeeds.reader(w));
    this.patterns.forEach((p, i) => {
      // What the pattern needs first: picking its form for text beyond ASCII looks the text over
      // again for each pattern, and most patterns need what no spelling of the message holds.
      if (!patternMay.some((may) => may(i))) return;
      const re = pick(p.re);
      if (!re) return;
      let span: string | null = null;
      for (let k = 0; k < written.length; k++) {
        const w = written[k]!;
        if (!patternMay[k]!(i)) continue;
        re.lastIndex = 0;
        const m = re.exec(w);
        if (m) {
          span = m[0];
          break;
        }
      }
      if (span !== null) {
        note(p.lang, 'phrase');
        phraseSpans.push(span);
      }
    });
    if (found.size === 0) return NONE;

    let level = 0;
    // The level reached by a reading that holds wanting to die (`self_harm`): the emergency
    // message is then followed by the suicide crisis line (`DangerReading.self`).
    let selfLevel = 0;
    // Harms made of two halves (PAIRS) are found too: a cry beside being taken ("help, they're
    // driving us off tonight, the driver has our passports") is a cry beside a harm, never a cry
    // beside a matter of papers.
    const madeOfHalves: string[] = [];
    for (const [lang, kinds] of found) {
      let harms = own([...kinds.keys()].filter((k): k is Harm => HARM_SET.has(k)));
      // Context: this language, English, and the languages the message seems to be in.
      const ctx = new Set<ListKind>();
      const allHarms = new Set<Harm>(harms);
      for (const [l, m] of found) {
        if (l !== lang && l !== 'en' && !langs.includes(l)) continue;
        for (const k of m.keys()) {
          ctx.add(k);
          if (HARM_SET.has(k)) allHarms.add(k as Harm);
        }
      }
      // A cry for help is a call for help, and so is not being able to talk freely beside a harm
      // ("he has a knife, I can't talk", "li la, pa rele m").
      if (ctx.has('cry') || ctx.has('silenced')) ctx.add('help');
      // A harm or a call to 911 or the police asked of someone supposed, in a question ("una
      // pregunta, si a alguien lo tienen encerrado en su trabajo puede llamar al 911 aunque no tenga
      // papeles?", "如果有人被雇主关在家里不让出门 邻居可以帮他报警吗", "अगर किसी worker को employer
      // कमरे में बंद कर दे तो क्या वो … पुलिस को बुला सकता है?"): the call is what is asked about, not
      // a call made, and neither raises the harm nor keeps the "if" from lowering it; a phrase is
      // read as the harm it names, which the "if" lowers. A cry, not being able to talk, or
      // anything that says now keeps it happening (t72); "here" does not, for the room the person
      // supposed is locked in is a "here" ("कमरे में", in the room).
      const supposedAsked = ctx.has('someone') && (questionMark || ctx.has('general')) && !CALL_MADE.some((k) => ctx.has(k));
      if (supposedAsked) ctx.delete('help');
      const phrase = kinds.has('phrase') && !supposedAsked;
      // Halves found together (PAIRS): the harm they make, counted once with what made it. A blow
      // feared for a child with someone drunk (`paired`) is raised no further by a person named
      // (the drunk man is that person); a car going round one's home is, by the boss's man.
      const paired = new Set<Harm>();
      // Halves admitted only by a question mark, or a word asking how many (`orAsked`): at most
      // the question.
      let byQuestionMark = false;
      for (const p of PAIRS) {
        if (!ctx.has(p.a) || !ctx.has(p.b) || !(kinds.has(p.a) || kinds.has(p.b)) || allHarms.has(p.harm)) continue;
        if (p.only && !p.only.some((k) => ctx.has(k))) {
          if (!p.orAsked || !(questionMark || ctx.has('how_many'))) continue;
          // A dose asked ("how many", "how long", "cuánto se necesita") beside what it would do to
          // a person is the amount one would need: wanting to die, danger. Only asked what happens
          // ("can you die from drinking pesticide?") it stays the question.
          if (!ctx.has('how_many')) byQuestionMark = true;
        }
        if (p.a === 'child') paired.add(p.harm);
        harms = [...harms, p.harm];
        madeOfHalves.push(`${lang}:${p.harm}`);
        allHarms.add(p.harm);
        // The child the blow is feared for is that harm, not a second one.
        if (p.a === 'child') allHarms.delete('child');
      }
      // A blade as a tool of the work ("we use knives all day at the plant"), with no call for help
      // and no threat, is no weapon: what is left (a cut) is an injury at work.
      if (ctx.has('tool') && !ctx.has('help') && !ctx.has('kill') && harms.includes('weapon')) {
        harms = harms.filter((h) => h !== 'weapon');
        allHarms.delete('weapon');
      }
      // Someone come back ("he's back", "he's here again") is a harm only with a call for help,
      // a call to come quickly, someone drunk or raging, or another harm: "the manager is back
      // tomorrow" and "I came back to Canada" are nothing. Said alone, in a few words, to a help
      // line ("he's back", "ऊ फेरि आयो"), it is asked about: the question, never more.
      let returnedAlone = false;
      if (harms.includes('returned') && !ctx.has('help') && !ctx.has('urgent') && !ctx.has('anger') && ![...allHarms].some((h) => h !== 'returned' && !ONLY_WITH_ANOTHER.has(h))) {
        if (terse && !phrase) returnedAlone = true;
        else {
          harms = harms.filter((h) => h !== 'returned');
          allHarms.delete('returned');
        }
      }
      // Something forced on someone that is everyday alone (`force`: "they lock the door", "he
      // grabbed her arm", "put him in his car", "won't give her back") is a harm only with a cry
      // for help or another harm, a child among them: "help they lock the door", "he pulled my
      // son into the garage and locked it". Someone here or coming now (`presence`: "he is here",
      // "li la", "nandito siya", "quiere entrar") only with a cry for help, a call to come quickly
      // or someone drunk or raging: "sos he is here", "está borracho y quiere entrar a mi cuarto".
      // Neither is a second harm for the other.
      // Not being able to talk freely ("cant talk", "don't call, only text") is a cry made quietly.
      const cries = ctx.has('cry') || ctx.has('silenced');
      // A cry for help with someone at the door, outside, in the room (`near` and a `person`: "help
      // the boss is at my door") is someone here; so is not being able to talk with them there
      // ("cant talk, hes in the next room").
      if ((ctx.has('cry') || ctx.has('silenced')) && ctx.has('near') && ctx.has('person') && !harms.includes('presence')) {
        harms = [...harms, 'presence'];
        allHarms.add('presence');
      }
      const weak = (h: Harm) => h === 'force' || h === 'presence' || h === 'returned' || h === 'child';
      if (harms.includes('force') && !cries && !ctx.has('mine') && ![...allHarms].some((h) => !weak(h))) {
        harms = harms.filter((h) => h !== 'force');
        allHarms.delete('force');
      }
      // One's own child held is a child and something forced on them: two harms.
      if (harms.includes('force') && ctx.has('mine')) allHarms.add('child');
      // Nor with someone who comes into the person's room at night (`alone_with`): "the manager comes
      // into my room every night, now he is at the door and I'm alone" (t70a).
      const atTheDoor = ctx.has('alone_with') && [...(harmWords.get('presence') ?? [])].some((w) => !comesFor.some((c) => wordsWithin(w.trim(), c)));
      if (harms.includes('presence') && !cries && !ctx.has('urgent') && !ctx.has('anger') && !atTheDoor) {
        harms = harms.filter((h) => h !== 'presence');
        allHarms.delete('presence');
      }
      if (harms.every((h) => ONLY_WITH_ANOTHER.has(h)) && !phrase) continue;
      const base = phrase ? DANGER : Math.max(...harms.map((h) => LEVEL_ALONE[h]));
      let raise = 0;
      // "Now" and "here" are part of saying one is safe now ("I'm safe here now"): not a raise then.
      // Taken with one's papers in someone else's hands is more than being driven to work.
      if (harms.includes('taken') && ctx.has('held')) raise++;
      // Someone kept at the door or the gate of a place one is kept in is someone here.
      // A span of days or weeks up to now ("since last week", "for a week", "desde hace una semana")
      // beside being kept in, followed or taken is that still going on: now. Beside a pain or an
      // injury it is a long one ("me duele una muela desde hace 2 semanas"), a matter of health.
      const ongoing = ctx.has('since') && harms.some((h) => ONGOING.has(h));
      if ((ctx.has('now') || ctx.has('near') || ongoing || (ctx.has('guard') && harms.includes('confined'))) && !ctx.has('over')) raise++;
      // A call to come quickly raises someone come back ("he's back, come quick") as a call for help.
      // Not being able to talk ("cant talk", "no puedo hablar") raises a cry for help made in
      // secret ("send someone", "call me and pretend to be my cousin") as a call for help does.
      if (ctx.has('help') || (ctx.has('urgent') && harms.includes('returned')) || (ctx.has('silenced') && harms.includes('covert'))) raise++;
      // Injury and critical are one family: "blood" and "a lot of blood" are not two harms.
      const distinct = own([...allHarms].filter((h) => h !== 'presence'));
      if (distinct.length - (distinct.includes('injury') && distinct.includes('critical') ? 1 : 0) >= 2) raise++;
      // A person makes a weapon, a blow or a threat concrete; being taken or sold is someone's act
      // already, so naming them adds nothing ("is it still called being sold if I agreed?").
      if (ctx.has('person') && harms.some((h) => DONE_BY_SOMEONE.has(h) && LEVEL_ALONE[h] < DANGER && !paired.has(h))) raise++;
      // A bare "if" is the shape of a threat ("he says he will kill me if I leave"): it lowers
      // neither a threat to kill someone named nor a phrase that is danger on its own; nor
      // wanting to die, whatever "if" comes with it ("I don't know if this is the right number
      // but I want to end my life", "if he leaves I will kill myself").
      // Nor a cry for help made in secret, which is a plan and comes with an "if" ("if I don't
      // answer, they took my phone", "if you don't hear from me by tonight, call the police").
      // Nor sex forced with something held over the person (`or_else`), whose "if" is what is held
      // over ("falou que se eu contar ele me manda embora", "जान्न भनें भने भिसा रद्द गर्छु").
      // Nor care refused beside an injury, whose "if" is the threat that keeps the person from
      // it ("my leg is broken but if I go to the hospital he calls immigration").
      const careRefused = harms.includes('care_refused') && (harms.includes('injury') || harms.includes('critical'));
      const threat = (allHarms.has('kill') && ctx.has('person')) || phrase || harms.includes('self_harm') || harms.includes('covert') || (harms.includes('hit') && ctx.has('or_else')) || careRefused;
      // What lowers nothing around wanting to die told as done or played down (keptAround).
      const kept = keptAround(harms, ctx);
      let lower = 0;
      // The past or a habit read only inside a span up to now ("hace ~ semanas" inside "desde hace 2
      // semanas") is none beside being kept in, followed or taken: it is going on still. Beside
      // anything else it stays what it lowered before ("me duele una muela desde hace 2 semanas").
      // Nor does a habit told beside being kept in, followed or taken up to now ("दो दिन से तहखाने
      // में बंद हैं, दिन में एक बार खाना देते हैं": shut in for two days, fed once a day): what is done
      // every day while it lasts is part of it, not a sign it is a custom of the house (t81a).
      const inSpanOnly = (k: Lowering): boolean => ongoing && ((k === 'past' || k === 'habit') && onlyInSpan.has(k) || k === 'habit');
      for (const k of LOWERS) if (ctx.has(k) && !kept.has(k) && !inSpanOnly(k)) lower += loweredBy(k, harms, ctx, threat);
      // Saying it is over and one is safe now: never more than the question, whatever the harm
      // ("they locked us in last night but we are safe now" is asked about, not answered as an
      // emergency).
      // So is passing on the news, a series or a dream ("estoy viendo una serie de narcos y salen
      // muchachas secuestradas"), unless something calls for help beside it.
      const fromTheNews = ctx.has('news') && !ctx.has('help') && !ctx.has('cry') && !ctx.has('urgent');
      const atMostAsk = (ctx.has('asking') && !kept.has('asking')) || (ctx.has('over') && !kept.has('over')) || fromTheNews || byQuestionMark;
      let l = Math.max(0, Math.min(DANGER, base + Math.min(2, raise) - Math.min(3, lower)));
      // Laughter: at most the question, whatever else the message says, and nothing at all
      // unless something also calls for help or fear ("this job is killing me lol").
      // Wanting to die asked as what the means would do, laughed off ("how many pills to not wake
      // up? just asking haha"), is played down, not a joke.
      if (ctx.has('joke') && !kept.has('joke')) l = Math.min(l, ctx.has('help') ? ASK : 0);
      // Saying one only asks to know, or that it is over: at most the question.
      if (atMostAsk || returnedAlone) l = Math.min(l, ASK);
      level = Math.max(level, l);
      if (harms.includes('self_harm')) selfLevel = Math.max(selfLevel, l);
    }
    // Leave-taking said twice in different words, with nothing that makes it smaller ("this is
    // my last message, forgive me for everything"): the question; with one's mother, wife or
    // children named, danger (below). Said once ("thanks, goodbye",
    // "forgive me for the late message") it is nothing.
    // Giving up said twice in different words ("ayoko na, gusto ko na lang magpahinga") too.
    // Giving up said twice and an ending put tonight or now ("ma 3ad fini kaffi, ma 7ada ra7
    // yefta2edni, ... ellaile": I can't go on, nobody will miss me, tonight) is wanting to die.
    const said = (k: ListKind) => [...found.values()].some((m) => m.has(k));
    if (level === 0 && (distinctWords(goodbyes) >= 2 || distinctWords(farewells) >= 2) && !LOWERS.some(said)) {
      const twiceGivenUp = distinctWords(farewells) >= 2 && said('now');
      // Leave-taking said twice with a word for one's mother, wife or children ("thank you for
      // everything, tell my mother I'm sorry", "mèsi pou tout bagay. di manman m m regrèt") is a
      // last message: wanting to die. Leave-taking twice with nobody named stays the question.
      const lastMessage = distinctWords(goodbyes) >= 2 && said('kin');
      level = selfLevel = twiceGivenUp || lastMessage ? DANGER : ASK;
    }
    const worry = level === 0 ? worried(found, langs) : null;
    const foundAs = [...new Set([...[...found].flatMap(([l, m]) => [...m.keys()].map((k) => `${l}:${k}`)), ...madeOfHalves])];
    // What was found is kept when it is nothing: a question about emergency help reads its context.
    if (level === 0 && !worry) {
      // In one language's words: Punjabi's "je" (if) lowers no French "je voulais juste dire au revoir".
      const leaving = [...found.values()].some((m) => LEAVING.some((k) => m.has(k)) && !LOWERS.some((k) => m.has(k)));
      return leaving ? { ...NONE, found: foundAs, leaving } : { ...NONE, found: foundAs };
    }
    // A cry for help and next to nothing else ("tulungan nyo po ako", "ede m tanpri"), or with a
    // call to come quickly ("tulong po bilis"), is danger; in a longer message, with nothing
    // found beside it, the question.
    // So is a fear or a cry said by someone who cannot talk freely ("nao liga, so escreve, to com
    // medo", "svp appelez pas, écrivez seulement. danger").
    const cried = (worry === 'cry' && (Math.min(...spellings(written).map((v) => words(v).length)) <= CRY_WORDS || said('urgent'))) || ((worry === 'cry' || worry === 'fear') && said('silenced'));
    const reading: DangerReading = { level: cried ? DANGER : worry ? ASK : level, lang: this.writtenIn(found, langs), found: foundAs };
    if (selfLevel > 0 && selfLevel >= reading.level) reading.self = true;
    if (reading.level >= DANGER && said('phrase') && !otherPhrase && phraseSpans.every((p) => p.split(/[^\p{L}\p{M}\p{N}]+/u).every((w) => !w || cryWords.has(w)))) reading.cryPhrase = true;
    return worry ? { ...reading, worry } : reading;
  }

  /**
   * The language the danger was written in: the most kinds of words matched (a harm counts three
   * times a context), English counting half when another language matched too (people mix
   * English words into Tagalog, Hindi, Punjabi), and a bonus for the languages the message seems
   * to be in, the likeliest first; ties go to the lexicons' order.
   */
  private writtenIn(found: Map<Lang, Map<ListKind, number>>, langs: readonly Lang[]): Lang {
    const mixed = found.size > 1;
    let best: Lang | null = null;
    let bestScore = -Infinity;
    const harmful = (m: Map<ListKind, number>) => [...m.keys()].some((k) => k === 'phrase' || HARM_SET.has(k));
    const anyHarm = [...found.values()].some(harmful);
    for (const [lang, m] of found) {
      // Only a language whose harm words matched can be the one the danger was written in.
      if (anyHarm && !harmful(m)) continue;
      // Each kind of word once: a list that spells one word many ways ("aag", "aag lag",
      // "aag lag gayi") says no more about the language than one that spells it once.
      let n = 0;
      for (const [k, c] of m) n += (k === 'phrase' || HARM_SET.has(k) ? 3 : 1) * Math.min(c, 1);
      if (lang === 'en' && mixed) n /= 2;
      // The languages the message seems to be in, the likeliest a little more.
      if (langs.includes(lang)) n += lang === langs[0] ? 2.5 : 2;
      const score = n - this.order.indexOf(lang) / 100;
      if (score > bestScore) {
        bestScore = score;
        best = lang;
      }
    }
    return best!;
  }

  isDanger(text: string, langs: readonly Lang[] = []): boolean {
    return this.read(text, langs).level >= DANGER;
  }
}

/**
 * A worry that is asked about when nothing else is: the writer afraid ("im scared", "tengo
 * miedo", "انا خايفة"; a fear said with its object, "scared of losing my job", is a figure the
 * lists blank out, and understanding keeps a fear about a matter of work or papers on its topic),
 * or someone angry, shouting or drunk at the door, outside the room, now ("he is very angry and
 * shouting outside my room"). Nothing that lowers may be found with it: a past, a question, a
 * habit, a place far away, laughter, saying one is safe. Context counts as for harms.
 */
function worried(found: ReadonlyMap<Lang, ReadonlyMap<ListKind, number>>, langs: readonly Lang[]): Worry | null {
  for (const [lang, kinds] of found) {
    if (!kinds.has('fear') && !kinds.has('anger') && !kinds.has('cry')) continue;
    const ctx = new Set<ListKind>();
    for (const [l, m] of found) if (l === lang || l === 'en' || langs.includes(l)) for (const k of m.keys()) ctx.add(k);
    if (LOWERS.some((k) => ctx.has(k))) continue;
    if (kinds.has('fear')) return 'fear';
    if (kinds.has('cry')) return 'cry';
    // Someone drunk or raging at the door or in the room, or with a call to come quickly ("boss
    // drunk, please come fast"), now or named.
    if ((ctx.has('near') || ctx.has('urgent')) && (ctx.has('now') || ctx.has('person'))) return 'anger';
  }
  return null;
}

/** The last word of a text (letters and digits), or undefined. */
function lastWord(t: string): string | undefined {
  return /[\p{L}\p{M}\p{N}]+(?=[^\p{L}\p{M}\p{N}]*$)/u.exec(t)?.[0];
}

/** How many words of a set stand on their own: none of them inside a longer one. */
function distinctWords(ws: ReadonlySet<string>): number {
  const list = [...ws];
  // Chinese and Thai are written without spaces: inside is inside, and two terms that run into
  // each other ("ฝากบอกแม่" and "บอกแม่ด้วย" in "ฝากบอกแม่ด้วย") are one thing said once.
  const unspaced = (w: string) => /[\u0e00-\u0e7f\u3400-\u9fff]/.test(w);
  const inside = (w: string, u: string) => u.length > w.length && (unspaced(w) ? u.includes(w) : ` ${u} `.includes(` ${w} `));
  const runInto = (w: string, u: string) => unspaced(w) && unspaced(u) && [...Array(Math.min(w.length, u.length)).keys()].some((k) => k >= 2 && (w.endsWith(u.slice(0, k)) || u.endsWith(w.slice(0, k))));
  const kept: string[] = [];
  for (const w of list.filter((w) => !list.some((u) => inside(w, u))).sort((a, b) => b.length - a.length)) if (!kept.some((u) => runInto(w, u))) kept.push(w);
  return kept.length;
}

type Lowering = (typeof LOWERS)[number];
/** What a job's ordinary holds (`routine`): blood, a cut, a blade, a fire or smoke. */
const WORK_HARMS: ReadonlySet<Harm> = new Set(['injury', 'critical', 'weapon', 'fire']);
const NONE_KEPT: ReadonlySet<Lowering> = new Set();
/**
 * Wanting to die told as done just now ("i already did", `done`): neither the question it comes
 * in ("is it bad to take the whole bottle?"), "just asking" ("asking bc i already did"), the
 * past that is that very moment ("half an hour ago") nor a calm said after it ("ya me tomé el
 * frasco, estoy tranquila") lowers it.
 */
const KEPT_WHEN_DONE: ReadonlySet<Lowering> = new Set(['general', 'asking', 'past', 'over']);
/**
 * Wanting to die played down, asked as what a means would do: "just asking… how many pills so I
 * don't wake up", "curious lang po", "pergunta boba", "solo pregunto jaja". Playing it down is
 * how it is often said, so neither "just asking", laughter, the question it comes in nor the
 * someone unnamed it is put on ("just asking, if someone takes all the sleeping pills at once
 * what happens?") lowers it; the past still does ("i tried years ago, just asking if it counts against my permit").
 * Nor does the family back home it asks about: the one who writes is here ("je main na rahan ta
 * ghar waleyan nu paise milange? bas pucheya"); a friend far away who wants to die, told plainly,
 * is still asked about.
 */
const KEPT_WHEN_PLAYED_DOWN: ReadonlySet<Lowering> = new Set(['general', 'asking', 'joke', 'someone', 'far']);

/**
 * The lowering contexts that take nothing off a harm (`loweredBy` is not asked, and neither "just
 * asking" nor laughter caps it): wanting to die told as done, or played down. Asking where to call
 * if someone wants to hurt themselves ("asking for a friend") names no means and stays a question;
 * laughter counts as playing down only around the means and what it would do together ("want to
 * die lol" beside a job, "took 2 sleeping pills haha" stay figures).
 */
function keptAround(harms: readonly Harm[], ctx: ReadonlySet<ListKind>): ReadonlySet<Lowering> {
  // Kept in with someone at the door or the gate, or the key taken, and nothing saying it is over,
  // past or supposed: being held, however it is asked ("no nos dejan salir, hay un hombre en la
  // puerta, solo quería saber cuánto me deben", "охоронець на воротах… за це мають платити як за
  // роботу?"): the question about work it comes in lowers nothing, nor "all day" (t68a).
  // So is being taken tonight or now, in a vehicle or to a place no one names, with the papers in
  // someone else's hands ("tanong ko lang po kung pano mag claim ng EI… isasakay daw kami mamayang
  // madaling araw … hawak na nya passport namin", t73a).
  const keptIn = harms.includes('confined') && ctx.has('guard');
  const movedOff = harms.includes('taken') && ctx.has('held') && ctx.has('now') && (ctx.has('vehicle') || ctx.has('unknown'));
  if ((keptIn || movedOff) && !HELD_UNLESS.some((k) => ctx.has(k))) return KEPT_WHEN_HELD;
  // Wanting to die read as the harm it shares its words with ("ininom lahat ng gamot" is both
  // self_harm and critical, and read as one harm) is still wanting to die.
  if (!harms.includes('self_harm') && !ctx.has('self_harm')) return NONE_KEPT;
  const done = ctx.has('done');
  // Named: the means, what it would do, or two parts of wanting to die.
  const namesIt = ctx.has('means') || ctx.has('outcome') || SELF_PARTS.filter((k) => ctx.has(k)).length >= 2;
  // One's own death supposed ("if I'm not here, does mum get the insurance? I'm a burden to
  // everyone") is asked as a question by its nature, played down or not: the question it comes
  // in lowers nothing.
  // A dose asked (the means, what it would do, and how much: "c'est quoi la dose de pilules qui est
  // dangereuse?", "想问一下泰诺一次吃多少会死") is put as a question by its nature: the question's
  // own words ("what is", "I'd like to ask") play it down no more than "just asking" does (t70a).
  const doseAsked = ctx.has('means') && ctx.has('outcome') && ctx.has('how_many');
  const playedDown = (ctx.has('asking') && namesIt) || doseAsked || (ctx.has('joke') && ctx.has('means') && ctx.has('outcome')) || ctx.has('gone');
  if (done && playedDown) return new Set([...KEPT_WHEN_DONE, ...KEPT_WHEN_PLAYED_DOWN]);
  // "I'm ok now" beside one's own death supposed and a goodbye ("ok na po ako… pag wala na ako.
  // salamat sa lahat") is how such a goodbye is often said, not a danger told as over (t61a).
  if (ctx.has('gone') && LEAVING.some((p) => ctx.has(p))) return new Set([...KEPT_WHEN_PLAYED_DOWN, 'over']);
  return done ? KEPT_WHEN_DONE : playedDown ? KEPT_WHEN_PLAYED_DOWN : NONE_KEPT;
}

/** What the question around being held does not lower (keptAround). */
const KEPT_WHEN_HELD: ReadonlySet<Lowering> = new Set(['asking', 'general', 'habit']);
/** What makes being held with a guard at the door something told or supposed, not happening. */
const HELD_UNLESS: readonly ListKind[] = ['past', 'over', 'cond', 'someone', 'news', 'joke'];
/** The parts of wanting to die that take leave: giving up, a goodbye, one's own left in someone's care. */
const LEAVING: readonly Concept[] = ['farewell', 'goodbye', 'entrust'];
/** What does not lower wanting to die told in two parts of leave-taking (loweredBy). */
const LEAVING_NOT_LOWERED: readonly Lowering[] = ['general', 'cond', 'someone', 'past', 'far'];

/** How many steps a lowering context found in a message takes off its level (0 to 2). */
function loweredBy(k: Lowering, harms: readonly Harm[], ctx: ReadonlySet<ListKind>, threat: boolean): number {
  // "what should I do if…" is one hypothetical, not two.
  if (k === 'cond' && (threat || ctx.has('general'))) return 0;
  // A cry for help made in secret is often a question ("can we use a code word?").
  if (k === 'general' && harms.includes('covert')) return 0;
  // Wanting to die told in two parts of leave-taking (giving up, a goodbye, one's things given
  // away, or the means at hand with one of them) after a question about something else ("I
  // wanted to ask about the open permit… never mind, I gave my things to my roommates"): the
  // question asked first lowers nothing; nor does an "if" around the word left for someone ("if
  // someone calls, tell my mother I'm sorry", "hug my mum for me if she ever writes to you"), nor
  // thanks for help given before ("thank you for answering me last month").
  // One's own death supposed counts as a part here ("pag wala na ako", when I'm gone, is itself an
  // "if"), and a relative far away is where the goodbye goes ("dites à ma femme au Sénégal", t61a);
  // so does a mind made up ("no voy a estar pa cobrarla, ya lo tengo decidido", t62a).
  const told = LEAVING.filter((p) => ctx.has(p)).length + (['means', 'gone', 'settled'] as const).filter((p) => ctx.has(p)).length;
  if (LEAVING_NOT_LOWERED.includes(k) && harms.includes('self_harm') && LEAVING.some((p) => ctx.has(p)) && told >= 2) return 0;
  if (k === 'habit') {
    // Being followed or watched every day is stalking, and being driven off at night to a
    // place no one names is being taken: neither is a habit that makes it smaller. Wanting to
    // die every day, or "forever" ("pra sempre" holds "sempre", always), is no smaller for it
    // either.
    if (harms.every((h) => h === 'followed' || h === 'taken') || harms.includes('self_harm')) return 0;
    // Being locked in as a habit and nothing else ("they lock the bunkhouse door every night,
    // we can't go out until 5"): the rule of a house, a housing matter, asked about as such; a
    // call for help keeps it one step only. Kept in for good with someone at the door or the gate
    // ("they never let me out, the gate is always locked and there's a guard") is being held,
    // not a rule of the house: the habit lowers nothing.
    if (harms.every((h) => h === 'confined') && ctx.has('guard')) return 0;
    return harms.every((h) => h === 'confined') && !ctx.has('help') ? 2 : 1;
  }
  // A blade as a tool of the work ("we use knives all day at the plant, who buys the gloves?")
  // is no weapon (see the reading); a cut made with it, and nothing more, by one: a cut at work.
  // "He came at me with the knife I use for the meat" keeps its threat.
  if (k === 'tool') return harms.length > 0 && harms.every((h) => h === 'injury') && !ctx.has('help') ? 1 : 0;
  // Blood, knives, fire or smoke said to be the work's ordinary ("blood everywhere all day,
  // totally normal", "chaku aur khoon, normal hai", "ชินแล้ว", "m abitye"): two, when nothing is
  // done to anyone (no threat, blow or person harmed by someone) and nothing calls for help.
  // "He hits me every day, it's normal here" keeps its blow. (A cry is a call for help here: the
  // reading adds `help` beside it.)
  // Someone critically hurt now, not responding, or told once rather than as what every day
  // holds ("blood everywhere all day, totally normal") is never the work's ordinary ("I work with
  // fire all day, but now the shop is burning and my coworker isn't breathing").
  if (k === 'routine') {
    const criticalOnce = harms.includes('critical') && (ctx.has('now') || ctx.has('unresponsive') || !ctx.has('habit'));
    return harms.length > 0 && harms.every((h) => WORK_HARMS.has(h)) && !criticalOnce && !ctx.has('help') && !ctx.has('urgent') && !ctx.has('kill') ? 2 : 0;
  }
  // Asking what it is called of a harm happening now with a call for help ("they locked me in the
  // room right now, help, does this count as trafficking?") takes nothing away, nor does the
  // general question that asks it: the person asks in the middle of it. Told now without a call
  // for help ("he is hitting me now, is this trafficking") it stays two steps: the question.
  if ((k === 'naming' || k === 'general') && ctx.has('naming') && ctx.has('now') && !ctx.has('over') && !ctx.has('news') && (ctx.has('help') || ctx.has('cry') || ctx.has('urgent'))) return 0;
  // Being taken tonight or now, to a place no one names, asked about as a matter of law ("a van
  // is coming at 2am to take us to a new site and they won't say where. Is that allowed on a
  // closed permit?"): the question is asked from inside it, and takes nothing away (t60a).
  if ((k === 'naming' || k === 'general') && harms.includes('taken') && (ctx.has('vehicle') || ctx.has('unknown')) && ctx.has('now') && !ctx.has('over') && !ctx.has('news')) return 0;
  // Laughter, asking what one's situation is called ("is this trafficking?") or whether it is a
  // crime, saying it is over, one is safe now ("I'm in another city now and safe"), saying one
  // only asks to know ("just asking", "a general question") and news (seen on TV, read on
  // Facebook): two.
  if (TAKES_HARM_AWAY.includes(k)) return 2;
  // A harm told of someone unnamed in an "if" ("what happens if someone is locked in"): two,
  // unless it is a threat or the message calls for help: "if anyone goes to the police he'll
  // bury them here" and "help, if anyone finds out he will kill me" are threats, not questions.
  if (k === 'someone') return ctx.has('help') || threat ? 0 : 2;
  // The past lowers by two steps, unless something also says now or here ("he hit me
  // yesterday and he is outside now").
  // Nor by more than one a taking to come with the papers already taken ("tomorrow a van takes the
  // girls to another job, last night they took our passports"): the past is when the papers went.
  // Nor a threat made before by someone back now ("i think hes back, i hear the truck, last time he
  // said he'd break my legs"): the past is when the threat was made (t60a).
  if (k === 'past') return ctx.has('now') || ctx.has('near') || (harms.includes('taken') && ctx.has('held')) || (harms.includes('kill') && (harms.includes('returned') || harms.includes('presence'))) ? 1 : 2;
  return 1;
}

/** The skeleton lists of the SKELETON_LANGS lexicons (see DangerDetector's `skel`). */
function skeletonsOf(lexicons: readonly DangerLexicon[], everyday: readonly { lang: Lang; text: string }[]): { lists: { lang: Lang; kind: ListKind }[]; matcher: TermMatcher } {
  const skelLists: { lang: Lang; kind: ListKind }[] = [];
  const skel: string[][] = [];
  for (const lex of lexicons) {
    if (!SKELETON_LANGS.has(lex.lang)) continue;
    const kinds: [ListKind, readonly string[]][] = [['phrase', lex.phrases], ...HARMS.map((h): [ListKind, readonly string[]] => [h, lex.concepts[h] ?? []])];
    // The language's everyday words: its examples and its kin's (Hindi, Punjabi and Nepali share
    // many; English is mixed in everywhere) and its own context words.
    const context = Object.entries(lex.concepts).flatMap(([k, v]) => (HARM_SET.has(k) ? [] : (v ?? [])));
    const kin = SKELETON_KIN[lex.lang] ?? [lex.lang];
    const words = [...everyday.filter((e) => kin.includes(e.lang) || e.lang === 'en').map((e) => e.text), ...context.map((t) => t.replace(/[*~]/g, ' '))];
    // A form written out from endings, or a term with a gap, whose words are all short is left to
    // its written spellings.
    const out = new Set(lex.written_out ?? []);
    const lists = skeletonLists(
      kinds.map(([, list]) => list.filter((t) => !(out.has(t) || t.includes('~')) || !shortWords(skeletonTerm(t) ?? ''))),
      words,
    );
    kinds.forEach(([kind], i) => {
      if (lists[i]!.length === 0) return;
      skelLists.push({ lang: lex.lang, kind });
      skel.push(lists[i]!);
    });
  }
  return { lists: skelLists, matcher: new TermMatcher(skel) };
}

/** Harm words and phrases in a canonical spelling, and what each list is (see DangerDetector's `roman`). */
type RomanLists = { lists: { lang: Lang; kind: ListKind }[]; matcher: TermMatcher };
/** Languages whose Latin terms share one canonical spelling, and that spelling. */
interface RomanFamily {
  langs: ReadonlySet<Lang>;
  canon: Canon;
  /** Context kinds whose terms of two words or more are read in the spelling too. */
  context?: readonly Concept[];
}
const INDIC_ROMAN: RomanFamily = { langs: ROMAN_LANGS, canon: romanCanon };
const THAI_FAMILY: RomanFamily = { langs: THAI_ROMAN, canon: thaiCanon, context: ['now', 'near'] };

/** Letters a one-word term keeps in canonical spelling to be matched in it. */
const ROMAN_MIN_LETTERS = 5;

/**
 * The harm words and phrases of the ROMAN_LANGS lexicons in canonical spelling (see DangerDetector's
 * `roman`), without the one-word terms an everyday word of the language (its examples, its kin's,
 * English, its context words) reads as in canonical spelling but does not match as written;
 * those are left to their written spellings.
 */
function romanOf(lexicons: readonly DangerLexicon[], everyday: readonly { lang: Lang; text: string }[], family: RomanFamily): RomanLists {
  const lists: { lang: Lang; kind: ListKind }[] = [];
  const terms: string[][] = [];
  const { langs, canon } = family;
  for (const lex of lexicons) {
    if (!langs.has(lex.lang)) continue;
    // Harm words and phrases only: the small context words ("ab", "ma") would read as too many others.
    // Thai's "now" and "near" are words of several ("ton nee", "yu na baan"), read in its spelling too.
    const ofSeveralWords = (family.context ?? []).map((k): [ListKind, readonly string[]] => [k, (lex.concepts[k] ?? []).filter((t) => t.trim().includes(' '))]);
    const kinds: [ListKind, readonly string[]][] = [['phrase', lex.phrases], ...HARMS.map((h): [ListKind, readonly string[]] => [h, lex.concepts[h] ?? []]), ...ofSeveralWords];
    const kin = SKELETON_KIN[lex.lang] ?? [lex.lang];
    const context = Object.entries(lex.concepts).flatMap(([k, v]) => (HARM_SET.has(k) ? [] : (v ?? [])));
    const ordinary = new Set(
      [...everyday.filter((e) => kin.includes(e.lang) || e.lang === 'en').map((e) => e.text), ...context.map((t) => t.replace(/[*~]/g, ' '))].flatMap((t) => words(fold(t))),
    );
    const canons = kinds.map(([kind, list]) => {
      const m = new Map<string, string[]>();
      for (const t of list) {
        const c = romanTerm(t, canon);
        // A one-word term open at an end ("kut*": "khutta", a leg, reads "kuta"), or of fewer
        // than ROMAN_MIN_LETTERS letters ("ghusa", a punch, and "gussa", anger, both "gusa"), is
        // left to its written spellings.
        if (c === null || (!c.includes(' ') && (c.includes('*') || c.length < ROMAN_MIN_LETTERS))) continue;
        m.set(c, [...(m.get(c) ?? []), t]);
      }
      return { kind, m };
    });
    // One-word harm terms an everyday word reads as, in canonical spelling, but not as written.
    const single = canons.map(({ kind, m }) => (HARM_SET.has(kind) ? [...m.keys()].filter((c) => !c.includes(' ')) : []));
    const matcher = new TermMatcher(single);
    const dropped = canons.map(() => new Set<string>());
    for (const w of ordinary) {
      for (const h of matcher.findFolded(canon(w))) {
        if (!canons[h.list]!.m.get(h.term)!.some((o) => termMatchesWord(o, w))) dropped[h.list]!.add(h.term);
      }
    }
    canons.forEach(({ kind, m }, i) => {
      const kept = [...m.keys()].filter((c) => !dropped[i]!.has(c));
      if (kept.length === 0) return;
      lists.push({ lang: lex.lang, kind });
      terms.push(kept);
    });
  }
  return { lists, matcher: new TermMatcher(terms) };
}

const STRETCHED = /(\p{L})\1{2,}/u;
const STRETCHED_ALL = /(\p{L})\1{2,}/gu;
/**
 * Every way the lists may need a text read: as written, and again without Arabic's joined small
 * words (arabic.ts), with Ukrainian у read as в, without Tagalog's particles, and Cantonese as
 * Mandarin.
 */
function spellings(texts: readonly string[]): string[] {
  return texts.flatMap(withoutProclitics).flatMap(withEuphony).flatMap(withoutParticles).flatMap(withMandarin);
}

/**
 * A text as written, and when a letter is held down in it ("ayudaaa", "socorrooo", "helppp"),
 * once more with each run of three or more of one letter made one. No word of the lists has
 * three of one letter in a row, and one with two ("socorro") keeps them when another letter was
 * held ("socorrooo").
 */
export function unstretched(t: string): string[] {
  return STRETCHED.test(t) ? [t, t.replace(STRETCHED_ALL, '$1')] : [t];
}

/**
 * Ukrainian says "in" as в or у, as sounds around it ask ("я в безпеці", "зараз у безпеці"): a
 * text with у standing alone is read again with в, so a term is written with в only.
 */
const UKRAINIAN_U = /(^|\s)у(?=\s)/g;
export function withEuphony(t: string): string[] {
  if (!t.includes('у')) return [t];
  const v = t.replace(UKRAINIAN_U, '$1в');
  return v === t ? [t] : [t, v];
}

/**
 * Tagalog puts its small words of politeness and emphasis (po, ho, nga, naman) between any two
 * words ("tulungan nyo po ako", "sinasaktan nga niya ako"): a text holding one is read again
 * without them, so a term is written once, without them.
 */
const PARTICLE = /(^|[^\p{L}\p{N}])(?:po|ho|nga|naman)(?![\p{L}\p{N}])/gu;
export function withoutParticles(t: string): string[] {
  PARTICLE.lastIndex = 0;
  if (!PARTICLE.test(t)) return [t];
  const v = t.replace(PARTICLE, '$1').replace(/\s+/g, ' ').trim();
  return v === t ? [t] : [t, v];
}

/**
 * Cantonese writes some small words with characters of its own (喺 at, 咗 done, 唔 not, 冇 have
 * not, 佢 he, 哋 plural, 嘅 of, 嚟 come, 畀 let or by, 屋企 home): a text holding one is read again with
 * the Mandarin word in its place ("被僱主關喺屋企" as "被雇主关在家"), so a Chinese term is written
 * once, in Mandarin; Cantonese terms of the lists are still matched as written.
 */
const CANTONESE: Record<string, string> = { '屋企': '家', '喺': '在', '咗': '了', '唔': '不', '冇': '没', '佢': '他', '哋': '们', '嘅': '的', '嚟': '来', '畀': '让' };
const CANTONESE_RE = /屋企|[喺咗唔冇佢哋嘅嚟畀]/g;
export function withMandarin(t: string): string[] {
  CANTONESE_RE.lastIndex = 0;
  if (!CANTONESE_RE.test(t)) return [t];
  return [t, t.replace(CANTONESE_RE, (c) => CANTONESE[c] ?? c)];
}
