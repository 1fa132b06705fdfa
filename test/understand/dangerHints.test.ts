import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

// Danger in the forms batches written apart used (t48a, t48b), in our own words: a dose asked in
// Thai with its question particle and no question mark; one's children left in others' care with
// a goodbye (Levantine Arabic); a bridge and "nothing left in me" (Arabizi); taken at dawn to a
// place not named (Egyptian Arabic), put in a van at night (Hindi), "they're taking us somewhere"
// (Portuguese); a knife at the door with the writer locked in the toilet, a space between the two
// (Chinese: a knife and "locked" with only a space between were read as a knife locked away; a
// gun locked in someone's car, with a space too, still is).

describe('hints and plain danger in the forms t48a and t48b used', () => {
  eachFlagged('is danger', [
    'ถ้าตายที่นี่ จะมีใครส่งศพกลับบ้านไหม ถามไว้ก่อนเฉยๆ',
    'سامحوني، ما عاد فيني، ديروا بالكم على ولادي',
    'ma b2a fiyye, ana 3al jisr halla2',
    'بكرة الصبح هياخدوني مكان تاني ومش عارفة فين',
    'raat ko van में डाल दिया, कहाँ नहीं बताते',
    'tao levando a gente pra algum lugar, socorro',
    '他拿着刀在门口 我锁在厕所里了',
    'ong chu danh thang be bang cay, be nam im khong day',
  ]);

  eachLeftAlone('is not danger', [
    // a gun locked away, asked about calmly
    '老板的猎枪锁在柜子里，安全吗',
    '工地有人带了猎枪 说是去打猎的 锁在他车里 公司管不管',
    // a question in Thai with its particle, about pay
    'ทำโอทีได้เงินเพิ่มไหม',
    // a van to the farm every morning
    'roz subah van में डाल के farm le jaate hain, kya ye time bhi paid hai?',
  ]);
});
