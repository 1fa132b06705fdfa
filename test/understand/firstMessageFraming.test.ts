import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';
import { HARMS, PARTS } from '../../src/understand/danger.ts';
import { loadDangerLexicons, loadFraming } from '../../src/understand/data.ts';
import { compileDual, fold, isAscii } from '../../src/understand/fold.ts';

const route = (t: string) => understanding().routeOffline(t);

// What people write around a danger in a first message (data/framing): a greeting, "sorry to
// write so late", "a friend gave me this number", "is this the right number?". Its words
// ("late", "at night", "number") are context words of the danger lists, and used to lower the
// danger told right after them.
describe('a danger written as a first message, with what people write around it', () => {
  const framed: [string, string][] = [
    ['hello, sorry to bother you, sos cant talk', 'sos cant talk'],
    ['hi, sorry for texting so late. my roommate took all his pills and he is not breathing', 'my roommate took all his pills and he is not breathing'],
    ['hola, perdón por escribir tan tarde, mi patrón me tiene encerrada y me quiere pegar', 'mi patrón me tiene encerrada y me quiere pegar'],
    ['bonsoir, désolée de vous déranger, mon mari a un couteau et il dit qu il va me tuer', 'mon mari a un couteau et il dit qu il va me tuer'],
    ['хто це? мені дали ваш номер. він стоїть під дверима з ножем', 'він стоїть під дверима з ножем'],
    ['привіт, мені дали цей номер. він повертається і погрожує', 'він повертається і погрожує'],
    ['สวัสดีค่ะ เพื่อนให้เบอร์นี้มา ไฟไหม้ที่พัก', 'ไฟไหม้ที่พัก'],
    ['ไฟไหม้ที่พัก เบอร์นี้ถูกไหมครับ', 'ไฟไหม้ที่พัก'],
    ['sat sri akal ji, sorry raat nu msg kita, malik ne mainu kamre ch band kar ditta', 'malik ne mainu kamre ch band kar ditta'],
    ['नमस्ते, माफ गर्नुहोला राति लेखेकोमा, साहुले मलाई कोठामा थुनेको छ, ढोका बाहिरबाट बन्द छ', 'साहुले मलाई कोठामा थुनेको छ, ढोका बाहिरबाट बन्द छ'],
  ];
  it('is read as the danger alone is', () => {
    for (const [message, alone] of framed) {
      expect(route(alone).danger, alone).toBe(true);
      expect(route(message).danger, message).toBe(true);
    }
  });

  const framing = [
    'hello, sorry to bother you, is this the right number?',
    'hi, i got this number from a friend. is this confidential?',
    'hola, perdón por escribir tan tarde, me dieron este número',
    'хто це? мені дали ваш номер',
    'สวัสดีค่ะ เพื่อนให้เบอร์นี้มา',
    'sat sri akal ji, sorry raat nu msg kita',
    'नमस्ते, माफ गर्नुहोला राति लेखेकोमा',
    'sorry to write so late, my boss has not paid me for two months',
  ];
  it('alone, or around a question of work, is no danger', () => {
    for (const t of framing) {
      const r = route(t);
      expect(r.danger, t).toBe(false);
      expect(r.dangerCheck, t).toBe(false);
    }
  });
});

// "What do I do?" closing what was said is the writer's own situation, asked while it happens:
// not the general question "what do I do if…", which still lowers.
describe('"what do I do?" after a danger', () => {
  const pairs: [string, string][] = [
    ['alguien me está siguiendo desde el trabajo, ¿qué hago?', 'alguien me está siguiendo desde el trabajo'],
    ['quelqu un me suit depuis la gare, qu est-ce que je fais?', 'quelqu un me suit depuis la gare'],
    ['may sumusunod sa akin mula sa trabaho, ano po gagawin ko?', 'may sumusunod sa akin mula sa trabaho'],
    ['có người đi theo em từ chỗ làm, em phải làm sao?', 'có người đi theo em từ chỗ làm'],
    ['有人一直跟着我，我该怎么办？', '有人一直跟着我'],
    ['في واحد ماشي ورايا من الشغل، شو لازم أعمل؟', 'في واحد ماشي ورايا من الشغل'],
    ['main marna chaunda haan, ki karan?', 'main marna chaunda haan'],
    ['उसको हातमा चक्कु छ, के गर्ने?', 'उसको हातमा चक्कु छ'],
  ];
  it('lowers it no more than the danger alone', () => {
    for (const [message, alone] of pairs) {
      const a = route(alone);
      const m = route(message);
      expect([m.danger, m.dangerCheck], message).toEqual([a.danger, a.dangerCheck]);
      expect(a.danger || a.dangerCheck, alone).toBe(true);
    }
  });
  it('still lowers a hypothetical', () => {
    for (const t of ['what should I do if my boss locks me in?', '如果老板打我怎么办', 'qué hago si mi patrón me encierra?']) expect(route(t).danger, t).toBe(false);
  });
});

// Framing is blanked before anything is read: it must never hold a danger word or a call for
// help of its own language or of English, or the blanking would hide them.
describe('framing and the danger lists', () => {
  it('framing of a language blanks no harm, call for help or "now" of that language or of English', () => {
    const raising = new Set(['help', 'urgent', 'now', 'near', 'silenced', 'fear', ...HARMS, ...PARTS]);
    const lexicons = loadDangerLexicons();
    const clashes: string[] = [];
    for (const f of loadFraming()) {
      const res = f.patterns.map((p) => compileDual(p));
      for (const lex of lexicons.filter((l) => l.lang === f.lang || l.lang === 'en' || f.lang === 'en')) {
        const terms = [...lex.phrases, ...Object.entries(lex.concepts).flatMap(([k, v]) => (raising.has(k) ? (v ?? []) : []))];
        for (const t of terms) {
          if (/[*~+@]/.test(t)) continue;
          const ft = fold(t);
          for (const re of res) {
            const r = isAscii(ft) ? (re.needsUnicode ? null : re.ascii) : re.unicode(ft);
            if (!r) continue;
            r.lastIndex = 0;
            if (r.exec(ft)?.[0].trim()) clashes.push(`${f.lang} framing blanks ${lex.lang} "${t}"`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

// The kinds of sentence a first message opens or closes with that say nothing of what happens
// (who writes, how they came, whether this is the place, "is this normal?", "thank you"), in
// any language, and a greeting with the way people address someone ("hello po", "namaste
// didi", "sat sri akal veer ji"): the danger told between them is read as it is alone.
describe('the sentences around a danger in a first message, of every kind', () => {
  const framed: [string, string][] = [
    ['hello po, tulong po', 'tulong po'],
    ['my name is Joy. he has a knife and he is at my door', 'he has a knife and he is at my door'],
    ['is this the helpline? my boss is beating my friend right now', 'my boss is beating my friend right now'],
    ['i dont know who else to ask. he locked me in the room and took my phone', 'he locked me in the room and took my phone'],
    ['la jefa me encerró en el cuarto y no me deja salir, ¿es normal?', 'la jefa me encerró en el cuarto y no me deja salir'],
    ['ele está com uma faca na porta do quarto, isso é normal?', 'ele está com uma faca na porta do quarto'],
    ['他拿着刀站在门口，这样正常吗？', '他拿着刀站在门口'],
    ['namaste didi, malik ne mujhe kamre mein band kar diya hai', 'malik ne mujhe kamre mein band kar diya hai'],
    ['mera naam Rekha hai. malik ne mujhe kamre mein band kar diya hai', 'malik ne mujhe kamre mein band kar diya hai'],
    ['sat sri akal veer ji, malik ne sanu kamre ch band kar ditta', 'malik ne sanu kamre ch band kar ditta'],
    ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਵੀਰ ਜੀ, ਮਾਲਕ ਨੇ ਸਾਨੂੰ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਕਰ ਦਿੱਤਾ', 'ਮਾਲਕ ਨੇ ਸਾਨੂੰ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਕਰ ਦਿੱਤਾ'],
    ['namaste dai, sahu le malai kotha ma thunera rakheko chha, yo normal ho?', 'sahu le malai kotha ma thunera rakheko chha'],
    ['उसको हातमा चक्कु छ र ऊ ढोकामा छ, यो सामान्य हो?', 'उसको हातमा चक्कु छ र ऊ ढोकामा छ'],
    ['chào anh chị ạ, chủ nhà đang cầm dao đứng ngoài cửa phòng em', 'chủ nhà đang cầm dao đứng ngoài cửa phòng em'],
  ];
  it('is read as the danger alone is', () => {
    for (const [message, alone] of framed) {
      const a = route(alone);
      expect(a.danger || a.dangerCheck, alone).toBe(true);
      const m = route(message);
      expect([m.danger, m.dangerCheck], message).toEqual([a.danger, a.dangerCheck]);
    }
  });

  const harmless = [
    'hello po, ask ko lang po kung pwede mag file ng complaint about sa sahod',
    'my name is Joy. is this the helpline? my boss has not paid my overtime',
    'la jefa me descuenta la comida del sueldo, ¿es normal?',
    'namaste didi, mera naam Rekha hai. salary teen mahine se nahi mili',
    'ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਵੀਰ ਜੀ, ਤਨਖਾਹ ਨਹੀਂ ਮਿਲੀ, ਕੀ ਇਹ ਠੀਕ ਹੈ?',
    'namaste dai, sahu le overtime ko paisa didaina, yo normal ho?',
    '老板每个月扣我们的工资，这样正常吗？',
    'thank you',
  ];
  it('around a question of work, or alone, is no danger', () => {
    for (const t of harmless) {
      const r = route(t);
      expect([r.danger, r.dangerCheck], t).toEqual([false, false]);
    }
  });
});
