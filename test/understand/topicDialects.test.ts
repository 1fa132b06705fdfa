// Topics told in dialect and colloquial forms, in words the example phrasings do not hold:
// Levantine, Egyptian, Gulf and Maghrebi Arabic and Arabizi; Ukrainian in Cyrillic, Latin letters
// and surzhyk; trafficking told as a debt worked off, a person owned, pay kept, in French, Chinese
// and Thai. Each line is offered its topic
// among the first three, and a harmless question is not taken for danger.
import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

function offered(text: string): string[] {
  const r = understanding().routeOffline(text, {});
  const c = r.candidates.map((x) => x.topic as string);
  return (r.topic ? [r.topic as string, ...c.filter((t) => t !== r.topic)] : c).slice(0, 3);
}

/** One test per line: its topic is among the first three offered. */
function offersEach(cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('%s: %s', (topic, text) => {
    expect(offered(text)).toContain(topic);
  });
}

describe('Arabic topics in dialect', () => {
  offersEach([
    ['trafficking', 'مش عارف أسمي اللي بيحصلي ايه، الراجل اللي جابني واخد كل حاجة وبيقولي لازم اشتغل لحد ما اسدد'],
    ['trafficking', 'هل هذا يسمى عمل قسري إذا ما عندي خيار اترك بسبب الدين'],
    ['housing', 'الدار اللي عاطينا الباطرون فيها الرطوبة والبق'],
    ['housing', 'el ma2 el sokhn ma by2tal3 w el 7ammam mkasser men shahr'],
    ['trp', 'سمعت عن برنامج للضحايا بيسمحلك تضل بكندا وتشتغل، شو اسمه؟'],
    ['police', 'الشرطة جت عالمزرعة امبارح وأنا هربت، شو بيصير إذا رجعو؟'],
    ['police', 'ya3ni el police hon ra7 ysa3douni walla ra7 yesalmouni lal hijra'],
    ['documents', 'المدام ماخدة الباسبور تبعي من يوم ما وصلت بحجة انها بتحفظه'],
    ['documents', 'el kafil ma bido yredd el jawaz ella iza dafa3tlo'],
    ['complaint', 'وين بشتكي على المزرعة'],
    ['change-employer', 'التصريح تبعي باسم صاحب الشغل، فيني غيّر؟'],
    // Written Arabic, and the article or "and" joined to a plain term.
    ['status', 'هل يمكنني البقاء في كندا إذا فقدت وظيفتي؟'],
    ['status', 'ما الفرق بين الإقامة المؤقتة والدائمة بالنسبة للعامل الأجنبي'],
    ['health-safety', 'لا يوجد ماء للشرب في الحقل والحرارة عالية جدا'],
    ['trafficking', 'لا يسمحون لي بمغادرة مكان العمل ويأخذون كل راتبي'],
    ['fees-debt', 'هل يجوز أن يطلب الكفيل مني مالا لتجديد التصريح؟'],
    ['wages', 'اشتغلنا سنة كاملة وما شفنا ولا دولار، قالو الفلوس بتروح على السكن والاكل والطيارة'],
    ['trafficking', 'بنت خالتي بالخليج الكفيل ماخد تلفونها وما بتحكي معنا الا مرة بالشهر وهو واقف جنبها'],
    ['housing', 'مالك البيت بيفوت علينا بلا ما يدق الباب'],
    // Not let out, the phone given for an hour, the cost of leaving: control told plainly.
    ['trafficking', 'الست اللي بشتغل عندها ما بتخليني اطلع يوم الاحد ولا بتعطيني تلفوني الا ساعة'],
    ['trafficking', 'iza bde etrok byi2olli lazem tdfa3 kel masari el safar w el visa, w ana ma ma3i shi'],
    ['privacy', 'وش تسوون بكلامي؟ احد يقدر يشوفه؟'],
  ]);

  it('reads "I don\'t know where to go for a new one" as a question, not as being taken somewhere', () => {
    const u = understanding();
    expect(u.routeOffline('ضاعت بطاقتي وما بعرف وين اطلع بدل', {}).danger).toBe(false);
    expect(u.routeOffline('ma ba3ref wen roo7 a3mel badal', {}).danger).toBe(false);
    // Taken somewhere unknown stays danger.
    expect(u.routeOffline('حطونا بسيارة وما بعرف وين اخدونا', {}).danger).toBe(true);
    expect(u.routeOffline('ما بعرف وين انا', {}).danger).toBe(true);
  });

  it('reads coming in without knocking as a landlord\'s manners, and banging at the door as danger', () => {
    const u = understanding();
    expect(u.routeOffline('مالك البيت بيفوت علينا بلا ما يدق الباب', {}).danger).toBe(false);
    expect(u.routeOffline('sa7eb el beit byfout bala ma ydo2 el bab', {}).danger).toBe(false);
    expect(u.routeOffline('في حدا عم يدق الباب بقوة وانا خايفة', {}).danger).toBe(true);
  });

  it('reads the police at large said to beat people, as a reason to fear them, as no danger', () => {
    const u = understanding();
    const r = u.routeOffline('بخاف من الشرطة لأنه ببلدي الشرطة بتضرب', {});
    expect(r.danger).toBe(false);
    expect(offered('بخاف من الشرطة لأنه ببلدي الشرطة بتضرب')).toContain('police');
    expect(u.routeOffline('الشرطة بتضربني', {}).danger).toBe(true);
  });

  it('reads a permit "closed" to one employer as a matter of papers, not as someone shut in', () => {
    const u = understanding();
    for (const text of ['bghit nbeddel lkhedma walakin lpermis m9fol', 'لقيت شغل تاني أحسن، بس التصريح مقفول على المزرعة']) {
      const r = u.routeOffline(text, {});
      expect(r.danger || r.dangerCheck, text).toBe(false);
      expect(offered(text), text).toContain('change-employer');
    }
    expect(u.routeOffline('مقفول علينا بالبيت', {}).danger).toBe(true);
  });

  it('reads a word two languages list for different topics as the message\'s language means it', () => {
    // "wakil": a recruiting agent in Arabic, a lawyer in Nepali.
    expect(offered('el wakil akhad menni 2000 w ba3d bedo kaman')[0]).toBe('fees-debt');
  });
});

describe('Ukrainian topics in Cyrillic, Latin letters and surzhyk', () => {
  offersEach([
    ['trafficking', 'Посередник сказав що треба відпрацювати борг за квиток і житло, а він тільки росте'],
    ['trafficking', 'obitsialy robotu na fermi, a teper pratsiuiu v restorani bez vykhidnykh i bez hroshei'],
    ['trafficking', 'хазяїн каже що я йому належу поки не віддам гроші за дорогу'],
    ['housing', 'хазяїн хоче виселити нас до кінця місяця а нам нікуди йти'],
    ['trp', 'якщо я розповім про тих хто мене експлуатував, мені дадуть дозвіл залишитись?'],
    ['status', 'дозвіл на роботу закінчився два місяці тому'],
  ]);

  it('keeps "sold" in Latin letters danger though trafficking lists name selling', () => {
    expect(understanding().routeOffline('mene prodaly inshomu robotodavtsiu', {}).danger).toBe(true);
  });
});

describe('trafficking told without its name', () => {
  offersEach([
    ['trafficking', "le gars qui m'a amené dit que je dois rembourser le voyage en travaillant et la dette monte toujours"],
    ['trafficking', "il dit que je lui appartiens tant que j'ai pas tout remboursé"],
    ['trafficking', 'ils gardent tout notre salaire et nous donnent juste un peu pour manger'],
    ['trafficking', '老板说我欠他路费和住宿费，要干到还清为止，可是债越来越多'],
    ['trafficking', '工资全部被他们拿走，每个月只给一点零花钱'],
    ['trafficking', 'เขาบอกว่าผมเป็นของเขาจนกว่าจะใช้หนี้หมด'],
    ['trafficking', 'เงินเดือนเขาเก็บไว้หมด ให้แค่ค่าข้าวนิดหน่อย'],
    ['trp', 'si je dénonce ceux qui m’ont exploité, je peux avoir un papier pour rester?'],
    ['housing', 'นายจ้างจะให้ย้ายออกสิ้นเดือน ไม่มีที่ไป'],
  ]);
});

// "The man who brought me took everything and won't let me move", asking what it is called: the
// lists ask whether the person is in danger now (being kept from moving is told as now), and the
// learned signal, retrained with t69a, confirms it (0.90): an emergency. Either is right for
// someone kept from moving; the topic lines above ask the name of a debt worked off instead.
describe('Arabic: kept from moving, asking what it is called', () => {
  it('is at least asked about', () => {
    const t = 'مش عارف أسمي اللي بيحصلي ايه، الراجل اللي جابني واخد كل حاجة ومش بيسيبني اتحرك';
    const r = understanding().routeOffline(t, {});
    expect(r.danger || r.dangerCheck, t).toBe(true);
  });
});
