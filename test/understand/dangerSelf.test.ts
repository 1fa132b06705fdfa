// Wanting to die, told in a person's own words, is marked as such (`dangerSelf`), so the reply
// can add the suicide crisis line; other danger is not. Also: a last message passed on to one's
// family beside a goodbye, a dose asked as "too many" and played down, and the means at hand
// with "no need any more" are read as wanting to die (the `entrust`, `outcome` and `farewell`
// parts of the danger lists).
import { describe, expect, it } from 'vitest';
import { listsAlone, understanding } from './shared.ts';

const route = (t: string) => understanding().routeOffline(t, {});

describe('wanting to die, marked as such', () => {
  const self = [
    'i dont want to live anymore, i have the pills here',
    'thank you for trying, tell my mom i love her',
    'how many of my sleeping pills would be too much? just asking lol no reason',
    'no necesito ya nada, ya compre el veneno y lo tengo aqui, perdonenme',
    'obrigado por tudo. fala pra minha mae que eu amo ela',
    'di manman m mwen renmen l, mesi pou tout, orevwa',
    'скільки таблеток снодійного це забагато? просто питаю',
    'dites a mon fils que je l aime, adieu',
    // Arabic in Latin letters, a word between: no longer want to live.
    'wallah ta3ban ktir, ma 3ad baddi 3ish',
  ];
  for (const t of self) {
    it(t, () => {
      const r = route(t);
      expect(r.danger || r.dangerCheck).toBe(true);
      expect(r.dangerSelf).toBe(true);
    });
  }

  const other = ['he has a knife and is outside my door right now', 'there is smoke in the hallway and the door is locked', 'my coworker fell and is not breathing'];
  for (const t of other) {
    it(`not: ${t}`, () => {
      const r = route(t);
      expect(r.danger).toBe(true);
      expect(r.dangerSelf).toBeUndefined();
    });
  }

  // The lists ask; the learned signal may confirm the question as danger (it raises, never lowers).
  it('a goodbye said twice asks, marked as wanting to die', () => {
    const lists = listsAlone().routeOffline('esta es mi despedida, perdonenme por todo');
    expect(lists.danger).toBe(false);
    expect(lists.dangerCheck).toBe(true);
    const r = route('esta es mi despedida, perdonenme por todo');
    expect(r.danger || r.dangerCheck).toBe(true);
    expect(r.dangerSelf).toBe(true);
  });

  it('not wanting to live somewhere, in Arabic in Latin letters, is housing', () => {
    for (const t of ['ma baddi 3ish bhal sakan, fi 12 bel ghorfe', 'ma 3ad baddi 3ish m3 hal nas bel ghorfe']) expect(route(t).danger, t).toBe(false);
  });

  it('a dose asked with only a question mark is at least the question, marked as wanting to die', () => {
    for (const t of ['how many of my sleeping pills would be too many?', 'konbyen grenn dòmi ki twòp?']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
    for (const t of ['how many advil can i take for my back?', 'what happens if i miss a shift?']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(false);
    }
  });

  it('a dose asked as "how many", without a question mark, is at least the question, marked as wanting to die', () => {
    for (const t of ['quantos comprimidos pra dormir precisa pra nao acordar mais', 'cuantas pastillas para dormir hacen falta para no despertar', 'kitni neend ki goliyan kha ke insaan uthta nahi']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
    for (const t of ['quantas horas posso trabalhar por semana', 'how many hours a week can a student work', 'cuantas pastillas de advil puedo tomar para la espalda']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(false);
    }
  });

  it('a dose asked as "how many" beside what it would do is the amount one would need: danger; asked only what happens, the question', () => {
    for (const t of ['cuantas pastillas para dormir hacen falta para no despertar', 'combien de comprimés il faut pour que ce soit fini', 'ਕਿੰਨੀਆਂ ਗੋਲੀਆਂ ਨਾਲ ਬੰਦਾ ਸਵੇਰੇ ਨਹੀਂ ਉੱਠਦਾ']) {
      const r = route(t);
      expect(r.danger, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
    const asked = route('can a person die from drinking pesticide?');
    expect(asked.danger).toBe(false);
    expect(asked.dangerCheck).toBe(true);
    expect(route('how many advil can i take for my back?').danger).toBe(false);
  });

  it("leave-taking said twice with one's mother named is a last message: danger; twice with nobody named, the question; a greeting to her, nothing", () => {
    for (const t of ['mèsi pou tout bagay. di manman m m regrèt', 'ขอบคุณที่เคยคุยด้วยนะครับ ฝากบอกเมียที่บ้านด้วยว่าเงินเก็บอยู่ในบัญชี ผมไปก่อนนะ']) {
      const r = route(t);
      expect(r.danger, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
    const twice = listsAlone().routeOffline('esta es mi despedida, perdonenme por todo');
    expect(twice.danger).toBe(false);
    expect(twice.dangerCheck).toBe(true);
    // Two Thai terms that run into each other ("ฝากบอกแม่", "บอกแม่ด้วย") are one thing said once.
    for (const t of ['ฝากบอกแม่ด้วยว่าคิดถึง ทำงานที่แคนาดาสบายดี']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(false);
    }
    // Read at 0.54 by the learned signal retrained with t67a, which asks from 0.5 (ADR 0018): the
    // lists leave it, and nothing answers it as danger.
    const greeting = 'thanks for everything, say hi to my mom for me when you see her';
    const byLists = listsAlone().routeOffline(greeting);
    expect(byLists.danger || byLists.dangerCheck, greeting).toBe(false);
    expect(route(greeting).danger, greeting).toBe(false);
  });

  it('wishing to sleep and never wake up is wanting to die', () => {
    for (const t of ['je veux juste dormir et ne plus jamais me reveiller', 'bas sona chahta hun aur mud na uthun', '真想一睡不醒', 'ਬੱਸ ਸੌਂ ਜਾਵਾਂ ਤੇ ਮੁੜ ਨਾ ਉੱਠਾਂ', 'सुतेर कहिल्यै नउठूँ जस्तो लाग्छ']) {
      const r = route(t);
      expect(r.danger, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
  });

  it('the fastest way asked with nothing after it, beside giving up, is wanting to die; the fastest way to do something is not', () => {
    for (const t of ['whats the quickest way. im so tired. nobody here would even notice', 'cual es la forma mas rapida. ya no puedo mas. a nadie le importa', 'sabse jaldi wala tarika kya hai. ab bas. kisi ko fark nahi padta', 'ano ang pinakamabilis na paraan. pagod na ako. walang makakapansin']) {
      const r = route(t);
      expect(r.danger, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
    for (const t of ['cual es la forma mas rapida de cambiar de patron? estoy muy cansado', 'visa lene ka sabse jaldi tarika kya hai, bahut thak gaya', 'ano ang pinakamabilis na paraan para makakuha ng open work permit? pagod na ako sa amo ko']) {
      const r = route(t);
      expect(r.danger, t).toBe(false);
    }
  });

  it('a dose asked to never wake again is wanting to die, question or not', () => {
    for (const t of ['cuantas pastillas hay que tomar para no despertar mas?', 'combien de comprimés faut-il pour ne plus se réveiller?', 'konbyen grenn pou m pa janm leve ankò?']) {
      const r = route(t);
      expect(r.danger, t).toBe(true);
      expect(r.dangerSelf, t).toBe(true);
    }
    for (const t of ['me quede dormido y no desperte a tiempo, me van a descontar?', 'm te dòmi twò ta, m pa leve pou travay la, èske yo ka revoke m?']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(false);
    }
  });

  it('an ordinary goodbye with thanks is nothing', () => {
    for (const t of ['obrigado por tudo, tchau']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(false);
      expect(r.dangerSelf, t).toBeUndefined();
    }
  });
  // The learned signal reads it from 0.5 and may ask "are you in danger right now?" (it asks from
  // 0.5 where no matter is named: ADR 0018); the lists leave it, and nothing answers it as danger.
  it('an ordinary goodbye with thanks is nothing by the lists, and never an emergency', () => {
    for (const t of ['gracias por todo, adios', 'thanks for everything, bye']) {
      const r = listsAlone().routeOffline(t, {});
      expect(r.danger || r.dangerCheck, t).toBe(false);
      expect(r.dangerSelf, t).toBeUndefined();
      expect(route(t).danger, t).toBe(false);
    }
  });
});

// After a question about something else, leave-taking in two parts (it no longer matters, one's
// things given away) is not lowered by that question (t46a).
describe('wanting to die told after a question about something else', () => {
  const lines = [
    'i wanted to ask about the open permit. doesnt matter anymore, i gave all my things to my roommates',
    'Хотів спитати про дозвіл на роботу. Вже неважливо, роздав свої речі хлопцям',
    '本来想问工签的事，算了，也无所谓了，东西都送人了',
  ];
  for (const t of lines) {
    it(t, () => {
      const r = route(t);
      expect(r.danger).toBe(true);
      expect(r.dangerSelf).toBe(true);
    });
  }
  it('a question about work with giving up alone is not danger', () => {
    for (const t of ['my pay came in so it doesnt matter anymore, thanks', 'what should i do if my coworker keeps saying she wants to quit this job?']) expect(route(t).danger, t).toBe(false);
  });
});
