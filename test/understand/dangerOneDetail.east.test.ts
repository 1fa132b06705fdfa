// One detail of the concept for each new list term in Chinese, Ukrainian, Vietnamese and Thai
// (native script, Cantonese forms, Latin letters, with and without tone marks): cleaning products
// or poison swallowed, skin coming off after a burn with "keep working", a leg to be broken over a
// debt, sex forced as the price of rent or papers, a phone borrowed or hidden to write, the means
// ready with a last word, waving a knife, a fume that puts someone to sleep. Each line is one a
// person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Chinese: one detail of each concept widened', () => {
  expectDanger(
    'zh',
    [
      '我儿子误喝了漂白水，一直吐，怎么办',
      '同事喝了杀虫剂，现在口吐白沫',
      '炸鸡的时候油溅到脸上，皮都掉了，老板说没人送我去医院',
      '高利贷的人在楼下，说不还钱就打断我的腿',
      '借同事手机发的，他们把我锁在仓库里',
      '药我已经攒够了，今天就结束了',
      '房东说要我陪他睡才不涨租，他现在在门口',
      '老板说今晚必须陪客人，我不想去',
      '工友倒在地上一直抖，叫他都不理',
    ],
    // Leaves alone: an axe for firewood, a visa wait that "kills", a healed wound, a "bloodsucker"
    // agent, phones kept in lockers by a factory rule, a box cutter for work.
    [
      '用斧头劈柴，宿舍里可以放吗',
      '等工签等到要死了',
      '刀口已经拆线了，可以上班吗',
      '那个中介简直是吸血鬼',
      '工厂规定手机锁在柜子里，合法吗',
      '开箱用的美工刀可以带上地铁吗',
      // Whether anyone answers on weekends is a question about the service, not an emergency.
      '週末你們有沒有人在線回覆訊息',
      '周末也有人回消息吗？我周六才有空',
    ],
  );
});

describe('Ukrainian: one detail of each concept widened', () => {
  expectDanger(
    'uk',
    [
      'сестра випила засіб для чистки, блює і плаче',
      'гаряча вода на ногу, шкіра злазить, бригадир каже працюй далі',
      'колектори під дверима, кажуть ноги поламаємо',
      'він махає ножем на кухні, ми в кімнаті',
      'сиджу в шафі, тільки пишіть, він шукає мене',
      'прощальний лист написала, таблетки вже поруч',
      'у бараці чадний газ, сусід засинає і не прокидається',
      'менеджер каже треба бути ласкавою з ним, а то звільнить, він вже тут',
    ],
    // Leaves alone: a queue for papers that "kills", an axe for firewood, a break long healed, a
    // fireplace and a smoke detector, the weather that "kills us".
    [
      'ця черга на документи мене вбиває',
      'сокира для дров у нас на фермі, це дозволено?',
      'торік зламав руку, вже зажило, можна компенсацію?',
      'вдома камін, вогонь щовечора, чи треба датчик диму?',
      'ця погода нас вбиває',
      'сестра випила ліки від тиску, чи можна їх з кавою?',
    ],
  );
});

describe('Vietnamese: one detail of each concept widened', () => {
  expectDanger(
    'vi',
    [
      'em trai em uống nhầm nước tẩy, nôn liên tục',
      'dầu bắn lên tay tróc da hết, chủ kêu làm tiếp',
      'bọn cho vay đứng trước nhà, nói ko trả thì chặt tay',
      'nó bắt em phải tiếp khách tối nay',
      'chồng em nói nhỏ ko dc, nhắn thôi, nó ngoài cửa',
      'em gom đủ thuốc rồi, đêm nay là hết',
      'bạn em kẹt trong kho lạnh, ko mở được cửa',
      'em đứng trên cầu, chỉ muốn có ai đó biết',
      'con bé uống nhầm thuốc tẩy, mắt lờ đờ',
    ],
    // Leaves alone: a hunting gun taken on a trip, a box cutter on the bus, a beating by a former
    // boss told from elsewhere, a storm seen on the news with the family far away.
    [
      'cuối tuần đi săn, mang súng săn lên xe được ko',
      'mang dao cắt thùng lên xe buýt được ko',
      'hồi trước chủ cũ đánh em, giờ em ở chỗ khác rồi, kiện được ko',
      'thấy tin bão ở quê, nhà em ở xa không sao',
      'chủ kêu làm tiếp tới 10 giờ, có tính tăng ca ko',
      'tay bị tróc da vì nước rửa chén, có găng tay nào tốt ko',
    ],
  );
});

describe('Thai: one detail of each concept widened', () => {
  expectDanger(
    'th',
    [
      'ลูกกินน้ำยาล้างห้องน้ำ ตอนนี้พูดไม่รู้เรื่อง',
      'น้ำร้อนลวกขาหนังหลุด หัวหน้าบอกแล้วกลับมาทำ',
      'คนทวงหนี้มายืนหน้าห้อง บอกว่าจะหักขา',
      'เขาบังคับจะเอา หนูหนีเข้าห้องน้ำ',
      'นายหน้าบอกว่าจะพาไปขาย ตอนนี้อยู่ในรถ',
      'เชือกเตรียมไว้แล้ว อยากให้ใครสักคนรู้',
      'พ่อเอาหัวลูกโขกกำแพง ตอนนี้เด็กนอนนิ่ง',
      'อยู่ในตู้เสื้อผ้า เขาเดินหาอยู่',
    ],
    // Leaves alone: a knife for cutting cane, a fall last year told as over, heat that "kills", a
    // ghost film with laughter, a camera at the shop asked about, a lawn mower.
    [
      'มีดใช้ตัดอ้อยทุกวัน ต้องมีถุงมือไหม',
      'ปีที่แล้วเคยล้มที่ฟาร์มเก่า ตอนนี้สบายดี ยังเคลมได้ไหม',
      'ร้อนจะตาย วันนี้ทำงานกลางแดด',
      'ดูหนังผีเมื่อคืนน่ากลัวมาก 555',
      'มีกล้องวงจรปิดที่ร้าน ถูกกฎหมายไหม',
      'นายจ้างใช้ตัดหญ้าทุกวัน เครื่องตัดหญ้าเสียงดัง',
    ],
  );
});
