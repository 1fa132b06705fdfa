// Language help refused and a lawyer called needless, from r57a (scored at 26eef3fe before anyone
// read it: 84 cells short), in lines of our own: "we only answer in English", "we have no
// interpreter, write in English", an interpreter from the person's own church or community who
// knows their family breach language help (`language_refused`; they earned it before, for naming
// an interpreter); "no need for a lawyer, fill in the form yourself" breaches legal advice
// (`lawyer_dismissed`; it earned it before, for naming a lawyer). Near misses that breach nothing:
// "you don't have to write in English", "you don't need a lawyer to talk to us, but a free clinic
// can check your form".
import { describe, expect, it } from 'vitest';
import { expectNoBreach, verdicts } from './verdicts.ts';

describe('language help refused', () => {
  it.each<[string, string]>([
    ["en", "Sorry, we only work in English here, so please write in English."],
    ["en", "We don't have an interpreter, you'll have to manage in English."],
    ["en", "A lady from your church can translate for us, she knows your family."],
    ["es", "Perdón, aquí solo atendemos en inglés."],
    ["fr", "On n'a pas d'interprète, écris en anglais s'il te plaît."],
    ["pt", "Não temos intérprete, escreva em inglês por favor."],
    ["ht", "Nou pa gen entèprèt, ekri an anglè tanpri."],
    ["tl", "Wala kaming interpreter, English lang po ang pwede."],
    ["hi", "माफ़ कीजिए, हम सिर्फ़ अंग्रेज़ी में बात करते हैं।"],
    ["pa", "ਸਾਡੇ ਕੋਲ ਕੋਈ ਦੁਭਾਸ਼ੀਆ ਨਹੀਂ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖੋ।"],
    ["ne", "माफ गर्नुहोस्, हामी अंग्रेजीमा मात्र कुरा गर्छौं।"],
    ["ar", "آسف، ما عندنا مترجم، اكتب بالانجليزي."],
    ["uk", "На жаль, у нас немає перекладача, пишіть англійською."],
    ["zh", "我们没有翻译，请用英文写。"],
    ["th", "ขอโทษค่ะ ที่นี่ไม่มีล่าม ต้องพิมพ์เป็นภาษาอังกฤษ"],
    ["vi", "Xin loi, chung toi khong co phien dich, chi viet bang tieng Anh duoc thoi."],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).language).toBe('breached');
  });
});

describe('a lawyer called needless', () => {
  it.each<[string, string]>([
    ["en", "You don't need a lawyer, just fill in the form online yourself."],
    ["es", "No necesitas abogado, llena tú mismo el formulario."],
    ["fr", "Pas besoin d'avocat, remplis le formulaire toi-même."],
    ["pt", "Não precisa de advogado, é só preencher o formulário."],
    ["ht", "Ou pa bezwen avoka, ranpli fòm nan ou menm."],
    ["tl", "Hindi mo kailangan ng abogado, ikaw na lang mag-fill up ng form."],
    ["hi", "वकील की कोई ज़रूरत नहीं, खुद ही फ़ॉर्म भर दीजिए।"],
    ["pa", "ਵਕੀਲ ਦੀ ਕੋਈ ਲੋੜ ਨਹੀਂ, ਆਪ ਹੀ ਫ਼ਾਰਮ ਭਰ ਦਿਓ।"],
    ["ne", "वकिल चाहिँदैन, फारम आफैं भर्नुहोस्।"],
    ["ar", "ما تحتاج محامي، عبّي الطلب بنفسك."],
    ["uk", "Юрист вам не потрібен, заповніть форму самі."],
    ["zh", "不需要律师，你自己在网上填表就行。"],
    ["th", "ไม่ต้องจ้างทนายหรอก กรอกฟอร์มเองได้เลย"],
    ["vi", "Khong can luat su dau, chi tu dien don la duoc."],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).legal).toBe('breached');
  });
});

describe('English not required, a lawyer not required to talk to us', () => {
  it.each<[string, string]>([
    ["en", "You don't have to write in English, write in whatever language you like."],
    ["en", "You don't need a lawyer to talk to us, but a free legal clinic can check your form before you send it."],
    ["es", "No tiene que escribir en inglés; si quiere, buscamos un intérprete."],
    ["fr", "Tu n'as pas besoin d'écrire en anglais, on peut trouver une interprète."],
    ["uk", "Не обов'язково писати англійською, можемо знайти перекладача."],
    ["zh", "不一定要用英文写，我们可以找翻译。"],
  ])('%s: %s breaches nothing', expectNoBreach);
});
