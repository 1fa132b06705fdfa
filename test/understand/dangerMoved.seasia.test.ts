// Being moved by others with one's passport, papers or phone in someone else's hands (`vehicle`
// and `held`: being taken when it is now, tonight or with a call for help), leave-taking and
// giving up (`goodbye`, `farewell`: two kinds together are wanting to die), cutting oneself or
// pills taken to die (`self_harm`); then a coded cry ("mã đỏ", "รหัสแดง", "kodigo pula"), a live
// location sent with a call to come quickly, being sold or passed to another boss (`taken`), being
// made to sleep with clients or the boss (`hit`), a girl under age sent to a client (`child` and
// `hit`), one's things given away (`entrust`: with a farewell, wanting to die), and a room with no
// window, a door nailed or locked from outside, no air (`confined`, `critical`) — in Vietnamese
// (with and without marks), Thai (and Thai in Latin letters) and Tagalog (Taglish, some Bisaya).
// Beside them, what stays no danger: a van to the farm and a boss who keeps the passports told as
// how things are or asked about as a matter of law, moving house, tired after work, a passport
// kept at the embassy, going home for good, a rude salon client, a code of conduct, a location
// sent for dinner, a basement room with no window asked about. Each line is one a person could
// send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { eachNeitherByLists, expectDanger } from './expectDanger.ts';

describe('Vietnamese: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'vi',
    [
      // moved, with the passports, papers or phones in someone else's hands, now or with a call for help
      'tụi nó lấy hết hộ chiếu rồi, tối nay bắt tụi em dọn đồ lên xe qua tỉnh khác',
      'chu giu ho chieu cua tui em, dem nay chuyen tui em qua trai khac, em so qua',
      'ông chủ cầm hết giấy tờ, giờ đang chở tụi em đi, em sợ quá',
      'họ thu hết đt, bây giờ đang bị chở qua thành phố khác',
      'tai xe giu passport cua e, toi nay bat e don do qua tiem khac',
      // leave-taking and giving up
      'xin lỗi vì tất cả, không ai cần em nữa',
      'nói với mẹ em thương mẹ, em không còn lý do để sống',
      'xin loi vi tat ca, em met moi voi moi thu roi',
      // cutting oneself, pills taken to die
      'em vừa cứa cổ tay xong',
      'em tự cứa tay mình rồi',
      'em uống thuốc để chết rồi',
    ],
    [
      'Chủ giữ hộ chiếu của tụi em, sáng nào cũng có xe chở tụi em ra trại',
      'Chủ giữ hộ chiếu của em có hợp pháp không? Mỗi ngày xe van đưa tụi em đi làm',
      'Tuần sau em dọn nhà, đổi địa chỉ trên giấy phép ở đâu?',
      'Tan ca mệt quá, chúc ngủ ngon, tạm biệt',
      'Hộ chiếu của em đang ở đại sứ quán để làm visa, bao lâu mới lấy lại được?',
      'em về nước luôn, tạm biệt mọi người',
    ],
  );
});

describe('Vietnamese: code red, a location sent, sold on, clients, a girl under age, things given, no window', () => {
  expectDanger(
    'vi',
    [
      // a coded cry
      'mã đỏ',
      'Mã đỏ. 1234 đường Main',
      'chị ơi code đỏ rồi',
      // a location sent with a call to come quickly
      'em gửi định vị rồi, tới ngay đi',
      'e gui vi tri roi nhanh len',
      'tới ngay, em vừa gửi vị trí cho chị',
      // sold, passed or given to another boss
      'chủ sang tay tụi em cho chủ mới, tối nay chủ mới tới rước',
      'tụi nó sang tay em cho người khác rồi, họ đang tới',
      'ông chủ nói mày thuộc về ông chủ mới rồi',
      // made to sleep with clients or the boss
      'tối nay họ ép em ngủ với khách',
      'chủ bắt em ngủ với ổng tối nay, nếu không thì đuổi',
      'họ bắt em qua đêm với khách tối nay',
      // a girl under age sent to a client
      'có con bé 14 tuổi ở tiệm, tối nay họ đưa con bé tới khách sạn cho khách',
      'con be 15 tuoi o tiem massage, toi nay ho giao no cho khach',
      'đứa vị thành niên bị họ đưa vào phòng với khách',
      // one's things given away, with leave-taking or giving up
      'em tặng hết đồ cho bạn rồi, xin lỗi vì tất cả',
      'để lại điện thoại cho chị, không ai cần em',
      'em để lại tiền cho mẹ rồi, xin lỗi vì tất cả',
      // kept in a room with no window, nailed or bolted from outside, no air
      'họ đóng đinh cửa sổ, em ở trong phòng kín',
      'em đang bị giữ trong phòng không cửa sổ',
      'tụi em ở trong container, hết không khí rồi',
    ],
    [],
  );
  eachNeitherByLists('vi: nothing', [
    'Khách ở tiệm nail hôm nay thô lỗ quá',
    'quy tắc ứng xử của công ty là gì',
    'em gửi định vị cho bạn để đi ăn tối',
    'phòng tầng hầm của em không có cửa sổ, vậy có hợp pháp không?',
    'mà do chủ không trả lương nên em nghỉ',
    'con gái em 15 tuổi, muốn xin học bổng',
  ]);
});

describe('Thai: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'th',
    [
      'นายจ้างยึดพาสปอร์ตพวกเราไว้ คืนนี้ให้เก็บของขึ้นรถไปฟาร์มอื่น',
      'คนขับเก็บพาสปอร์ตหนูไว้ ตอนนี้กำลังถูกพาไปอีกเมือง กลัวมาก',
      'พาสปอร์ตอยู่กับหัวหน้า เขาบอกคืนนี้ให้ขึ้นรถบัส',
      'nai jang yeud passport, kuen nee hai kep khong',
      'ขอโทษสำหรับทุกอย่าง ไม่มีใครต้องการหนูแล้ว',
      'ฝากบอกแม่ว่ารักนะ หนูเหนื่อยกับทุกอย่างแล้ว',
      'ไม่มีเหตุผลที่จะอยู่ต่อแล้ว ลืมหนูไปเถอะ',
      'หนูกรีดแขนตัวเองอยู่',
      'กินยาไปหมดแผงแล้ว',
      'เพิ่งกินยาเพื่อตาย',
    ],
    [
      'นายจ้างยึดพาสปอร์ตไว้ ทุกเช้ารถตู้พาไปไร่',
      'นายจ้างเก็บพาสปอร์ตของหนูไว้ แบบนี้ผิดกฎหมายไหม รถพาเราไปทำงานทุกวัน',
      'อาทิตย์หน้าจะย้ายบ้าน ต้องเปลี่ยนที่อยู่ยังไง',
      'เลิกงานเหนื่อยมาก ฝันดีนะ ลาก่อน',
      'พาสปอร์ตอยู่ที่สถานทูตเพื่อทำวีซ่า นานไหม',
      'กลับไทยถาวรแล้ว ลาก่อนทุกคน',
    ],
  );
});

describe('Thai: code red, a location sent, sold on, clients, a girl under age, things given, no window', () => {
  expectDanger(
    'th',
    [
      'รหัสแดง',
      'รหัสแดงค่ะ 45 ถนน 3',
      'rahat daeng',
      'ส่งโลเคชั่นให้แล้ว มาเร็ว',
      'แชร์พิกัดแล้ว ด่วน',
      'share location laew ma reo',
      'เขาบอกว่าตอนนี้หนูเป็นของนายจ้างใหม่ กำลังมารับ',
      'หัวหน้าส่งตัวหนูให้คนอื่นแล้ว นายจ้างใหม่กำลังมา',
      'นายหน้ายกหนูให้นายจ้างใหม่แล้ว คืนนี้มารับ',
      'คืนนี้เขาบังคับให้หนูรับแขก',
      'หัวหน้าบอกถ้าคืนนี้ไม่ยอมนอนกับลูกค้าจะโดนหนัก',
      'นายจ้างบังคับหนูนอนกับเขาคืนนี้',
      'มีเด็กอายุ 14 ถูกส่งไปห้องลูกค้าคืนนี้',
      'เด็กผู้หญิงสิบห้าขวบ ผู้ชายพาเข้าห้องไปแล้ว',
      'น้องอายุ 15 โดนส่งไปให้ลูกค้าที่โรงแรม',
      'ยกมือถือให้น้องแล้ว ขอโทษสำหรับทุกอย่าง',
      'ของหนูทั้งหมดให้แม่นะ ลาก่อน',
      'ยกทุกอย่างให้เพื่อนแล้ว ไม่มีใครต้องการหนู',
      'เขาตอกตะปูปิดประตู หนูอยู่ในห้องไม่มีหน้าต่าง',
      'ใส่กุญแจจากข้างนอก อยู่ในตู้คอนเทนเนอร์ ไม่มีอากาศหายใจ',
      'หนูถูกปิดตายในห้องใต้ดิน',
    ],
    [],
  );
  eachNeitherByLists('th: nothing', [
    'ลูกค้าที่ร้านทำเล็บหยาบคายมาก',
    'จรรยาบรรณในการทำงานคืออะไร',
    'ส่งโลเคชั่นให้เพื่อนไปกินข้าวเย็น',
    'ห้องใต้ดินของหนูไม่มีหน้าต่าง แบบนี้ผิดกฎหมายไหม',
    'ลูกสาวอายุ 14 อยากเรียนภาษา',
    'ยกของหนักทั้งวัน เหนื่อยกับงาน',
  ]);
});

describe('Tagalog and Bisaya: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'tl',
    [
      'kinuha ng amo yung passport namin, ililipat daw kami ngayong gabi sa ibang farm',
      'hawak ng driver ang passport ko, isasakay kami sa bus mamaya, tulungan nyo po kami',
      'kinuha nila lahat ng cellphone namin, dinadala kami ngayon, natatakot ako',
      'mag impake na daw kami, ngayong gabi dadalhin kami, nasa amo ang passport namin',
      'gikuha sa amo among passport, ibalhin daw mi karong gabii, tabangi mi',
      'patawad sa lahat, wala nang dahilan para mabuhay',
      'pakisabi kay mama mahal ko sya, pagod na pagod na ako sa lahat',
      'huling message ko na to, walang nangangailangan sa akin',
      'pasayloa ko sa tanan, kapoy na kaayo ko sa tanan',
      'hiniwa ko yung pulso ko',
      'sinugatan ko sarili ko kanina',
      'gilaslas nako akong pulso',
    ],
    [
      'hawak ng amo yung passport namin, araw araw hinahatid kami ng van sa farm',
      'legal ba na hawak ng amo ang passport ko? sinasakay kami sa van papuntang farm',
      'lilipat kami ng bahay next week, paano magpalit ng address',
      'pagod ako galing trabaho, good night, paalam',
      'nasa embassy ang passport ko para sa visa, gaano katagal',
      'uuwi na ako sa pinas for good, paalam sa inyong lahat',
    ],
  );
});

describe('Tagalog and Bisaya: code red, a location sent, sold on, clients, a girl under age, things given, no window', () => {
  expectDanger(
    'tl',
    [
      'kodigo pula',
      'code red na po ate',
      'code red tayo dito',
      'shinare ko na location ko, bilisan nyo',
      'sinend ko location ko, tulungan nyo ako',
      'gisend nako akong location, tabangi ko',
      'pinasa ako sa ibang amo, papunta na yung bagong amo',
      'sabi ng agent sa bagong amo ka na, susunduin ka mamaya',
      'gibaligya ko nila sa laing amo',
      'pinipilit akong sumiping sa customer ngayong gabi',
      'pinapapunta ako sa kwarto ng manager ngayong gabi',
      'gipugos ko sa akong amo karong gabii',
      'may dalagita dito na 14 anyos, dinala nila sa kwarto ng customer',
      'yung menor de edad ibinigay sa customer ngayong gabi',
      '15 taong gulang lang sya, pinapunta sa kwarto ng customer',
      'binigay ko na lahat ng gamit ko kay ate, paalam',
      'ibigay nyo cellphone ko kay mama, wala nang dahilan para mabuhay',
      'gihatag na nako akong mga gamit, pasayloa ko',
      'nasa kwartong walang bintana kami, pinako ang pinto',
      'gi lock mi sa among amo sa basement',
      'pinakuan yung bintana, nauubusan kami ng hangin',
    ],
    [],
  );
  eachNeitherByLists('tl: nothing', [
    'bastos yung customer sa salon kanina',
    'ano ang code of conduct sa trabaho',
    'sinend ko location ko sa friend ko para sa dinner',
    'yung basement room ko walang bintana, legal ba yun?',
    'menor lang yung sahod na binigay',
    'binigay ko yung gamit ko sa landlord',
  ]);
});
