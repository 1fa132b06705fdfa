import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

// General readings of danger in Arabic (native script and Latin letters), Ukrainian (with Russian
// mixed in, and in Latin letters), Vietnamese (with and without marks), Chinese (simplified,
// traditional, Cantonese) and Thai: each structure with several forms it must catch and harmless
// look-alikes it must leave alone.
const route = (t: string) => understanding().routeOffline(t);

function caught(lines: readonly string[]) {
  for (const t of lines) expect(route(t).danger, t).toBe(true);
}
function quiet(lines: readonly string[]) {
  for (const t of lines) {
    const r = route(t);
    expect(r.danger, t).toBe(false);
    expect(r.dangerCheck, t).toBe(false);
  }
}

describe('a question about how to get emergency help, in more of the ways it is put', () => {
  it('is danger: answering at night, help in one’s language, where to run, how to call an ambulance', () => {
    caught([
      // someone answering in the middle of the night
      'nửa đêm mà có ai trả lời tin nhắn không vậy',
      'bên bạn 3h sáng có người trả lời không',
      'ночью кто-то отвечает здесь?',
      'вночі хтось відповідає на повідомлення?',
      'กลางดึกมีคนรับสายไหมคะ',
      '半夜有人回复吗',
      'بالليل في حدا بيرد؟',
      // 911 in one's own language, or when one cannot speak
      'gọi 911 có người phiên dịch không',
      'а як я подзвоню в 911, мене зрозуміють без англійської?',
      'โทร 911 มีล่ามพูดไทยไหม',
      'โทร 911 แล้วพูดไม่ได้ จะทำยังไง',
      '打911有冇人讲粤语',
      '打911可以讲普通话吗',
      'wach 911 kayhedro l3rbiya?',
      // something happening and where to run or hide, who to call
      'lỡ có chuyện gì thì em trốn ở đâu được',
      'якщо щось станеться, куди тікати з дітьми?',
      'если что-то случится, кто-то приедет?',
      'yakshcho shchos stanetsia, kudy tikaty?',
      '如果出事了要躲去哪',
      'اذا صار شي خطير وين اهرب؟',
      'ila tra chi haja chkoun n3ayet?',
      'ถ้ามีคนเจ็บหนักที่แคมป์ เรียกรถพยาบาลยังไง',
    ]);
  });
  it('leaves night work, a safe place to park and a call about something else alone', () => {
    quiet([
      'em làm ca đêm, lương ban đêm có cao hơn không',
      'em trực đêm ở kho, có được tính thêm giờ không',
      'я працюю вночі, чи мають доплачувати за нічні години?',
      'де знайти безпечне житло на зиму, щоб не переплачувати?',
      'ทำงานกะกลางคืน ได้ค่าแรงเพิ่มไหม',
      '我上夜班，半夜加班有没有加班费',
      '凌晨有没有公交车去工地',
      'بشتغل بالليل، في بدل ساعات ليلية؟',
    ]);
  });
});

describe('someone here, said as a clause of its own', () => {
  it('is danger in every script', () => {
    caught([
      'він тут',
      'вона вже поруч. допоможіть',
      'он здесь',
      'vin tut',
      'mamo, ya v kimnati, vin vzhe tut',
      'nó đang ở đây',
      'em ko nhắn được nhiều, hắn tới rồi',
      'ck em đang ở ngoài cửa',
      'هو هون',
      'هي برا هلق',
      'huwe hon',
      '佢喺门口',
      '他在外面。',
      'เขามาแล้ว ช่วยด้วย',
    ]);
  });
  it('leaves "he works here" and a thing come back alone', () => {
    quiet([
      'він тут працює вже три роки, скільки йому мають платити?',
      'vin tut pratsiuie dva roky',
      'nó ở đây làm được 2 năm rồi',
      'nó về rồi, cảm ơn',
      'howa hna khdam m3aya f chantier',
      '他在这里工作三年了',
    ]);
  });
});
