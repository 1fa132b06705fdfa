// "There's no rush, write whenever it suits you" earns kind words in every language, as the judging
// notes say of "take your time" (own lines after r57a, whose Ukrainian writer wrote it and the rules
// read a safety check; fr tl uk vi read nothing of the kind). Vietnamese "không vội" folds to "khong
// voi", as "không gặp" (not meeting) and "không gấp" (no hurry) both fold to "khong gap": only the
// first is written.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

describe('no rush, in every language', () => {
  it.each<[string, string]>([
    ["en", "There's no rush. Write whenever it suits you."],
    ["es", "No hay prisa. Escríbame cuando le quede bien."],
    ["fr", "Rien ne presse. Écris quand ça te convient."],
    ["pt", "Sem pressa. Escreve quando for bom pra você."],
    ["ht", "Pa gen prese. Ekri lè sa bon pou ou."],
    ["tl", "Walang pagmamadali. Mag-message lang kayo kapag maluwag na kayo."],
    ["hi", "कोई जल्दी नहीं है। जब आपको ठीक लगे तब लिखिए।"],
    ["pa", "ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ। ਜਦੋਂ ਤੁਹਾਨੂੰ ਠੀਕ ਲੱਗੇ ਲਿਖ ਦੇਣਾ।"],
    ["ne", "कुनै हतार छैन। तपाईंलाई मिलेको बेला लेख्नुहोस्।"],
    ["ar", "ما في عجلة. اكتبلي وقت ما يناسبك."],
    ["uk", "Поспішати нікуди. Пишіть, коли вам зручно."],
    ["zh", "不着急，你方便的时候再写。"],
    ["th", "ไม่ต้องรีบนะ สะดวกเมื่อไหร่ค่อยพิมพ์มา"],
    ["vi", "Khong voi dau. Luc nao tien thi chi nhan."],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).person_first).toBe('earned');
  });
});
