// Danger told by a hint (the tracks, cold water watched, the rope up, a letter left, a full box of
// pills), being shut in for days or taken tonight to a city no one names, gas and someone who does
// not wake; and the look-alikes that are not (t55a, written apart from the project): pay "cut",
// a passport torn, a film, a cleaver at work, a kirpan, a saying, a danger long over. Own words,
// not the batch's lines.
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

describe('hints of wanting to die, shut in, taken, gas', () => {
  eachFlagged('danger', [
    'मैं रेल की पटरी के पास खड़ी हूं, बस किसी को बताना था',
    'main pul ke neeche paani dekh raha hoon, ab kuch kehne ki zaroorat hi nahi rahegi',
    'si me meto al rio asi de frio cuanto tardo en morir',
    'ya van 2 dias sin poder salir del cuarto, el mayordomo tiene la llave',
    'sab kuch roommate nu de ditta, hun bas eh dasso body India bhejan da kharcha kinna?',
    'the rope is ready in the shed. wont be around to see the harvest',
    'ghadi ydina f lil w ma bgha ygolina fin, chedd lina les passeports',
    'malik le aaja raati arko sahar lagchhu bhanyo, kaha bhandaina',
    'phong co mui khi ga, ban em nam khong day',
    'elle est cachée dans la salle de bain, il a un couteau',
    'vite il remonte l escalier',
    'se eu sumir hoje, avisa minha mãe que eu amo ela',
    '我一个人在桥上，好累',
    'ya le deje la carta a mi hermana pa mis hijos, ya no voy a ser problema pa nadie',
    'ਬੇਬੇ ਨੂੰ ਕਹਿ ਦਿਓ ਮਾਫ਼ ਕਰ ਦੇਣ, ਹੁਣ ਮੈਂ ਕਿਸੇ ਨੂੰ ਤੰਗ ਨਹੀਂ ਕਰਾਂਗਾ',
    "c'est quoi la dose mortelle de clonazepam? j'ai une boite pleine a cote de moi",
  ]);
});

describe('look-alikes: pay cut, a torn passport, a film, a cleaver, a kirpan, a saying, over', () => {
  eachLeftAlone('not danger', [
    'el m3allem 3am ye2ta3 men ma3ashi 200 kel jem3a, hayda masmou7?',
    'the guy who found me this job wants 3000 more, is that legal?',
    'they kept my passport and i couldnt leave for a year, but im out now. is that trafficking?',
    'se me rompio el pasaporte en la lavadora, como saco otro',
    'me muero de verguenza, llegue tarde otra vez',
    'el patron tiene un rifle de caceria pa los venados en la bodega',
    'si je tombe malade pendant la saison, qui paie le médecin?',
    "l'exterminateur vient tuer les punaises demain dans le dortoir",
    'किराए में आग लगी है, 1000 डॉलर एक कमरा',
    'sa gen 2 an li te di m l ap regle m, men li pa janm fè anyen',
    'phone ko battery marna lagyo, chhito bhannus bida kati din',
    'ਮੈਂ ਅੰਮ੍ਰਿਤਧਾਰੀ ਹਾਂ, ਕਿਰਪਾਨ ਪਾਉਂਦਾ ਹਾਂ, ਕੀ ਕੰਮ ਤੇ ਲਾਹੁਣੀ ਪਵੇਗੀ?',
    'main apni gal kise bande naal nahi kar sakdi, koi kudi hai?',
    'เป็นกุ๊ก แต่อยากรู้เรื่องวันหยุด',
    'sinaksak ako sa likod ng katrabaho ko, sinumbong ako sa amo',
    'Я зварювальник, вогонь то звичайне діло, хто платить за маску?',
    "shef kazhe 'ya tebe vbiu', ale to taka prykazka",
    '我在烧腊店剁烧鹅，手被油烫了，算工伤吗',
    '看了一部电影，有人被锁在集装箱里，加拿大有这种事吗',
    '帮朋友问：被老板打了怎么办？她已经不在那边干了',
    'em khong bi nhot nhung ho giu ho chieu, gio em ra ngoai roi, vay co phai buon nguoi',
    'main chef hoon, pichhle hafte chaaku se ungli kat gayi thi, ab theek hai',
  ]);
});

// The same hints in every language (own lines): on the railway tracks now, at a river whose water is
// cold with only wanting someone to know, the rope ready, things given away "I won't need them".
describe('hints in every language', () => {
  eachFlagged('danger', [
    "im standing on the train tracks right now",
    "i'm at the river. the water is so cold. just wanted to tell someone",
    "the rope is ready in my room",
    "estoy parado en las vias del tren ahorita",
    "estoy en el rio, el agua esta bien fria. nomas queria decirle a alguien",
    "ya tengo la soga lista en el cuarto",
    "je suis debout sur les rails du train là",
    "je suis au bord de la rivière, l'eau est glacée. je voulais juste le dire à quelqu'un",
    "la corde est prête dans ma chambre",
    "to parado em cima dos trilhos do trem agora",
    "to na beira do rio, a agua ta gelada. so queria contar pra alguem",
    "a corda ja ta pronta no quarto",
    "dei todas as minhas coisas pro meu amigo, nao vou precisar mais",
    "nakatayo ako sa riles ng tren ngayon",
    "nandito ako sa ilog, ang lamig ng tubig. gusto ko lang may makaalam",
    "handa na yung lubid sa kwarto ko",
    "m kanpe sou ray tren an kounye a",
    "m bò larivyè a, dlo a frèt anpil. m te jis vle di yon moun",
    "kòd la pare nan chanm mwen",
    "m bay zanmi m tout afè m, m pap bezwen yo ankò",
    "em dang dung tren duong ray xe lua",
    "em dang o bo song, nuoc lanh lam. chi muon noi voi ai do thoi",
    "day thung da san trong phong em roi",
    "我现在站在铁轨上",
    "我在河边，水很冷。就是想跟谁说一声",
    "绳子已经在房间里准备好了",
    "我把东西都送给室友了，以后用不着了",
    "انا واقف على سكة القطار هلق",
    "انا عند النهر، المي كتير باردة. بس حبيت قول لحدا",
    "الحبل جاهز بغرفتي",
    "я стою на залізничних коліях зараз",
    "я біля річки, вода дуже холодна. просто хотів комусь сказати",
    "мотузка вже готова в кімнаті",
    "віддав усі свої речі другу, мені вони більше не знадобляться",
    "ตอนนี้ยืนอยู่บนรางรถไฟ",
    "อยู่ริมแม่น้ำ น้ำเย็นมาก แค่อยากบอกใครสักคน",
    "เชือกเตรียมไว้ในห้องแล้ว",
    "ยกของทั้งหมดให้เพื่อนแล้ว ไม่ต้องใช้อีกแล้ว",
    "main abhi train ki patri par khada hoon",
    "main nadi ke kinare hoon, paani bahut thanda hai. bas kisi ko batana tha",
    "rassi kamre mein taiyaar hai",
    "main hun rail di patri te khada haan",
    "main nadi kol haan, paani bahut thanda. bas kise nu dassna si",
    "rassi kamre ch tyaar aa",
    "ma ahile rail ko line ma ubhiyeko chu",
    "ma khola ko chheu ma chu, pani ekdam chiso chha. kasailai bhannu man lagyo",
    "dori kotha ma tayar chha",
    "mero sabai saman saathi lai dieko chu, aba chahindaina",
  ]);
  eachLeftAlone('not danger', [
    'we went fishing at the river, the water is so cold, can i get paid for the day off?',
    'gave all my stuff to my roommate when i moved out, can i get the deposit back?',
    'i work on the train tracks crew, do we get overtime?',
    '我在河边钓鱼，水很冷，想问一下休息日有没有工资',
    'я біля річки з дітьми, вода дуже холодна, питання про відпустку',
    'estoy en el rio pescando con mis compas, el agua esta helada jaja',
    'ไม่ต้องใช้อีกแล้ว ขอบคุณค่ะ ได้งานใหม่แล้ว',
    'aba chahindaina dai, kaam paaye',
  ]);
});
