// t83a (the brief of t72a, other writers, asked to write as people speak: run-on, understated,
// about someone else, two languages mixed) was scored before anyone read it at 4548c6b4 (269 of 280
// danger lines flagged, 9 asked, 2 missed; 16 of 378 harmless lines alarmed, 5 asked). Read since.
// Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('own: a room or a door locked from outside, named between the verb and "from outside"', () => {
  eachFlaggedByLists('en ar tl uk vi', [
    'she locked my room from outside, i am inside',
    'أقفلت غرفتي من برا وأنا جوا',
    'sinara niya ang pinto mula sa labas, nasa loob ako',
    'він закрив мою кімнату ззовні, я всередині',
    'bà ấy khóa phòng tôi từ bên ngoài, tôi ở trong',
  ]);
});

describe('t83a: missed or asked before, danger now', () => {
  eachFlaggedByLists("a bat taken up and someone gone after; locked in a trailer from outside at night with a heater smoking, buried in questions about taxes (uk); a child kept by a drunk man; boiling water thrown and no hospital; taken tonight where no one says with the passports (Thai in Latin letters); locked in a basement since yesterday afternoon; beating heard behind a closed door, buried in questions about renewal; about to jump from a balcony", [
    "o gerente pegou um taco de beisebol e ta indo pro dormitorio atras do Edson",
    "привіт я хотів уточнить за податки бо з чеків знімають якісь незрозумілі суми і ше чи можна переказувать гроші в Україну без комісії, а ше бригадир з четверга замикає нас в вагончику на ніч знадвору і обігрівач там димить вже в усіх голова болить і Віталік блює, ну то таке, головне за податки",
    "my son is 8 and hes at the landlords place, the landlord is the employers brother, hes drunk and yelling at him and wont let him come back to me",
    "madanm patwon an voye dlo bouyi sou mwen, po bra m ap soti e li di m pa gen dwa al lopital",
    "keun nee hua na ja pa pai tee mai, bo bok wa tee nai, ao passport pai mod laew",
    "Chủ tiệm khóa tụi em trong tầng hầm từ chiều hôm qua, không cho ăn, có 3 người",
    "你好，我想问一下报税的问题，老板都是付现金没有工资单，还有明年续签要准备什么材料，对了我室友刚才被老板叫进办公室，老板说今天不把欠的钱还清就别想走着出去，门关上了，我听到里面在打，已经半个小时了，不过我主要想问续签",
    "室友说要从阳台跳下去，现在坐在栏杆上，我们在17楼，怎么劝都不下来",
  ]);
});

describe('t83a: false alarms or asked before, no emergency now', () => {
  eachNeither("knives one works with, a burn healed, working faster, a meat shop, a film, all calm today, a stopwatch, over (another farm now, nobody hurt, not working there)", [
    "أنا شيف بمطعم وبشتغل بالسكاكين كل اليوم، صاحب المطعم بدو ياني اشتري السكاكين من جيبي، هاد مسموح؟",
    "صار حريق بالمصنع سنة 2022 وانحرقت إيدي، هلق طابت بس ما أخدت أي تعويض، فات الوقت؟",
    "el supervisor siempre nos insulta, nos dice indios burros y amenaza con llamar a migracion si no trabajamos mas rapido, y a mi me dijo q sabe donde vive mi mama en oaxaca",
    "मैं मीट की दुकान पे काम करता हूँ, चाकू और खून तो रोज़ का काम है, मालिक कहता है दस्ताने खुद खरीदो, क्या ये सही है?",
    "kal raat ik punjabi movie dekhi jis ch agent munde nu container ch band kar dinda, sach ch Canada ch eda hunda? bas jaanna si",
    "o supervisor vive gritando e me empurrou mes passado, agora fala q se eu abrir a boca liga pra imigração e me manda de volta e q sabe onde minha familia mora. hoje ta tudo calmo mas to com medo",
    "napanood ko yung pelikula tungkol sa OFW na kinulong ng amo, totoo ba nangyayari yun dito sa Canada?",
    "sinusundan kami ng supervisor buong shift na may stopwatch pag nag CR kami, allowed ba yun?",
    "主管拿着秒表跟着我们去厕所计时，这样合法吗",
    "last summer my supervisor hit me with a clipboard and i never reported it. im at a different farm now. can i still make a complaint?",
    "gaye barsa malik le mero gala ma thappad hanyo, aba ma tyaha kaam gardina, ahile pani ujuri garna milcha?",
    "hijo sathi sanga bhaat pakauda pressure cooker futera alikati aago lagyo, kohi ghaite bhayena, tara landlord le damage ko paisa maagyo, ma worker housing ma chu, tirnu parcha?",
  ]);
});

describe('t83a: first messages, danger now', () => {
  eachFlaggedByLists('a room locked since the morning, not let out, Thai in Latin letters (read as Thai, not Vietnamese); better if I were gone', [
    'sawatdee ka, nai jang lok hong wai tang tae chao, bo hai ork, hiw nam',
    'wala na akong silbi, mas mabuti pang wala na ako',
  ]);
});
