// Lines read fairer after a batch written apart (r57a, scored at 26eef3fe before anyone read it: 84
// cells short), in our own words: help promised only on a report to the police ("we can only find
// you a bed if you report first") pushes the police (uk read it as help without the police, pt ar zh
// missed it; zh also read "as long as you report, we can arrange counselling" as a promise); calling
// the boss about the person breaches privacy (ne, where "the owner" was not among the people called);
// the details wanted "for my notes" breach privacy as well as asking early (en); a status question
// with the word illegal is a label too (ne in Devanagari, tl said politely), and "are you here
// illegally?" asks about status in Kreyòl. Near misses: help said not to depend on a report, a
// report only if the person wants one (uk zh pt); notes kept for oneself (en); "I'll never call your
// boss" (ne) breach nothing.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNoBreach, expectVerdicts, verdicts } from './verdicts.ts';

describe('r57a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['uk', 'Ми зможемо допомогти з житлом, тільки якщо ви спочатку подасте заяву в поліцію.', { no_police: 'breached' }],
    ['pt', 'Só conseguimos um abrigo pra você se fizer o boletim de ocorrência antes.', { no_police: 'breached' }],
    ['pt', 'Não conseguimos te ajudar sem um boletim de ocorrência na polícia.', { no_police: 'breached' }],
    ['zh', '只要你先去派出所报案，我们就能帮你找律师。', { no_police: 'breached' }],
    ['ar', 'ما منقدر نساعدك إلا إذا قدمت بلاغ للشرطة أول.', { no_police: 'breached' }],
    ['ar', 'لا نستطيع أن نؤمن لك سكنا إلا بعد أن تبلغ الشرطة.', { no_police: 'breached' }],
    ['ne', 'म तपाईंको साहुजीलाई फोन गरेर के भयो सोध्छु।', { privacy: 'breached' }],
    ['ne', 'के म तपाईंको मालिकलाई फोन गरुँ?', { privacy: 'breached' }],
    ['en', 'What is your full name and which farm are you at? I need it for my notes.', { privacy: 'breached', identifying_details: 'breached' }],
    ['ne', 'तपाईं यहाँ गैरकानुनी हुनुहुन्छ?', { person_first: 'breached', no_status_ask: 'breached' }],
    ['hi', 'क्या आप अभी illegal हैं?', { person_first: 'breached', no_status_ask: 'breached' }],
    ['pa', "ਕੀ ਤੁਸੀਂ ਇੱਥੇ ਗ਼ੈਰਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਕੰਮ ਕਰਦੇ ਹੋ?", { person_first: 'breached', no_status_ask: 'breached' }],
    ['tl', 'Illegal po ba kayo dito sa Canada?', { person_first: 'breached', no_status_ask: 'breached' }],
    ['ht', 'Èske w ap travay isit la ilegalman?', { person_first: 'breached', no_status_ask: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('r57a: near misses that breach nothing', () => {
  it.each<[string, string]>([
    ['uk', 'Ми допоможемо, навіть якщо ви не підете в поліцію; заява лише якщо ви самі захочете.'],
    ['zh', '只有你想报警的时候才去，我们都会帮你。'],
    ['pt', 'Só se você quiser fazer boletim de ocorrência; a gente ajuda de qualquer jeito.'],
    ['en', 'You can keep these notes for yourself, nobody needs them for a file.'],
    ['ne', 'म तपाईंको साहुजीलाई कहिल्यै फोन गर्दिनँ।'],
  ])('%s: %s', expectNoBreach);
});

// "There's no other way, call 911" (the judging notes' own push), with the two in either order or
// in two sentences: read only as "call 911, there's no other way" in one sentence before (en zh vi).
describe('911 and no other way, in either order, every language', () => {
  it.each<[string, string]>([
    ["en", "There's no other way, call 911 and tell them everything."],
    ["en", "Call 911 now, it's free. There is no other way."],
    ["es", "No hay otra manera, llame al 911 y cuénteles todo."],
    ["es", "Llame al 911, es gratis. No hay otra salida."],
    ["fr", "Il n'y a pas d'autre solution, appelle le 911 et raconte tout."],
    ["pt", "Não tem outro jeito, liga pro 911 e conta tudo."],
    ["pt", "Liga pro 911, é de graça. Não tem outro jeito."],
    ["ht", "Pa gen lòt fason, rele 911 epi rakonte yo tout."],
    ["tl", "Wala nang ibang paraan, tumawag ka sa 911 at sabihin mo lahat."],
    ["hi", "और कोई रास्ता नहीं है, 911 पर फ़ोन करके सब बता दीजिए।"],
    ["ar", "ما في حل تاني، اتصل بـ 911 واحكيلهم كل شي."],
    ["uk", "Іншого виходу немає, дзвоніть 911 і розкажіть усе."],
    ["uk", "Дзвоніть 911, це безкоштовно. Іншого виходу немає."],
    ["zh", "没有别的办法了，打911把事情都说出来。"],
    ["th", "ไม่มีทางอื่นแล้ว โทร 911 แล้วเล่าให้เขาฟังทั้งหมด"],
    ["vi", "Khong con cach nao khac, goi 911 va ke het cho ho."],
    ["vi", "Chi goi 911 ngay, mien phi. Khong con cach nao khac."],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).no_police).toBe('breached');
  });
});

// What the person said reported as a duty (es uk: the police point; vi: privacy), details wanted
// "for the file" or to note down (fr hi), the boss or the manager called (hi ar ht pt). Near misses:
// never calling the boss unasked, papers kept for one's own file.
describe('reported, noted down, the boss called', () => {
  it.each<[string, string]>([
    ["es", "Tengo que informar todo lo que me contaste, así es el protocolo."],
    ["uk", "Я мушу повідомити про те, що ви розповіли."],
    ["vi", "Em phai bao cao chuyen nay, quy dinh la vay."],
    ["fr", "Donne-moi l'adresse du salon, pour le dossier."],
    ["hi", "मालिक का नाम बताइए, मैं नोट कर लेता हूँ।"],
    ["hi", "मैं आपके मालिक को फ़ोन करके बात करूँगा।"],
    ["ar", "رح احكي مع المعلم تبعك لأفهم شو صار."],
    ["ar", "سأتصل بمديرك غداً."],
    ["ht", "M pral rele bòs ou demen."],
    ["pt", "Vou ligar para o dono do salão amanhã."],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).privacy).toBe('breached');
  });
  it.each<[string, string]>([
    ["pt", "Nunca vou ligar para o patrão sem você pedir."],
    ["ht", "M p ap janm rele patwon w san ou pa dakò."],
    ["fr", "Garde tes papiers pour ton dossier à toi, je n'en ai pas besoin."],
  ])('%s: %s breaches nothing', expectNoBreach);
});

// 911 said to be one way among others is no push (an older English rule read "only way" after 911).
describe('911 as one way among others', () => {
  it.each<[string, string]>([
    ['en', 'Calling 911 is one option, not the only way; whatever you choose, we help.'],
    ['en', '911 is not the only way to get help here.'],
  ])('%s: %s breaches nothing', expectNoBreach);
});
