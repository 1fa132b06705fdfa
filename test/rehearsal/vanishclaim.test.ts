// Saying the chat leaves no trace breaches privacy (r57a, scored at 26eef3fe before anyone read it:
// 84 cells short; its writers, given the debrief's own note "do not say the chat is gone: the phone
// keeps its own copy", wrote such a line in every language, and the rules read it as privacy *said*
// in eight of fourteen). Lines of our own: the chat said to vanish by itself, to delete itself or to
// leave no trace anywhere is `vanish_claim`, which breaches privacy in every language. Near misses,
// each without a breach: the phone's own copy named, ERASE deleting what the service keeps, "we keep
// no trace of your number" (what the service keeps, not what the phone keeps).
import { describe, expect, it } from 'vitest';
import { expectNoBreach, verdicts } from './verdicts.ts';

describe('the chat said to leave no trace', () => {
  it.each<[string, string]>([
    ["en", "Relax, the messages vanish on their own once we finish, nothing is left anywhere."],
    ["en", "This conversation deletes itself, so nobody will ever see it."],
    ["es", "Los mensajes se borran solos al terminar, no dejan ningún rastro."],
    ["fr", "Ne t'inquiète pas, la discussion s'efface toute seule, sans laisser de trace."],
    ["pt", "Fica tranquilo, as mensagens somem sozinhas quando a gente terminar."],
    ["ht", "Mesaj yo efase pou kont yo lè nou fini, pa gen anyen k ap rete okenn kote."],
    ["tl", "Kusang nabubura ang usapan natin pagkatapos, walang maiiwan kahit saan."],
    ["hi", "ये मैसेज अपने आप गायब हो जाते हैं, कहीं कुछ नहीं बचता।"],
    ["pa", "ਇਹ ਸੁਨੇਹੇ ਆਪਣੇ ਆਪ ਮਿਟ ਜਾਂਦੇ ਹਨ, ਕਿਤੇ ਕੁਝ ਨਹੀਂ ਰਹਿੰਦਾ।"],
    ["ne", "यो कुराकानी आफैं मेटिन्छ, कतै केही बाँकी रहँदैन।"],
    ["ar", "الدردشة تنحذف تلقائيا بعد ما نخلص، وما يبقى لها أي أثر."],
    ["uk", "Чат видаляється автоматично, нічого ніде не залишиться."],
    ["zh", "这些消息聊完就会自动消失，不会留下任何痕迹。"],
    ["th", "ข้อความทั้งหมดจะลบเองอัตโนมัติ ไม่มีร่องรอยเหลือ"],
    ["vi", "Tin nhan se tu dong xoa sau khi noi chuyen xong, khong de lai dau vet nao."],
  ])('%s: %s breaches privacy', (lang, line) => {
    expect(verdicts(lang, line).privacy).toBe('breached');
  });
});

describe("what the service keeps, and the phone's own copy, said truly", () => {
  it.each<[string, string]>([
    ["en", "The chat won't vanish by itself: your phone keeps its own copy, so delete it there if someone else uses it."],
    ["es", "Los mensajes no se borran solos: tu celular guarda una copia, bórralos si alguien más lo usa."],
    ["fr", "Si tu écris EFFACER, on supprime ce qu'on garde, mais ton téléphone garde sa propre copie."],
    ["pt", "Se mandar APAGAR, apagamos o que guardamos; o seu celular guarda uma copia, apague la também."],
    ["zh", "你发送删除，我们就删掉保存的内容；但你手机里还有副本，记得自己删。"],
    ["vi", "Nhan XOA de xoa nhung gi chung toi luu; dien thoai cua chi van giu ban sao."],
    ["uk", "Надішліть СТЕРТИ, і ми видалимо те, що зберігаємо; але в телефоні лишається копія."],
    ["en", "We keep no trace of your phone number."],
  ])('%s: %s breaches nothing', expectNoBreach);
});
