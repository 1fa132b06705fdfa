import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

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
