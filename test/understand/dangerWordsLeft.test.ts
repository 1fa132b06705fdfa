// Last words left for whoever asks after one ("if anyone asks for me, tell them I tried"), "don't
// look for me any more", a threat at the door told after a question about pay, told to pack up
// tonight with the phones held on the way, a count of a painkiller asked about by its brand;
// and what is no danger: Darija "hit" (because), prices that "hit us hard", a debt that keeps one
// in the job, a permit for people who were trafficked, "do you have to be locked up for it to
// count?". Written in every language from t57a, a batch written apart from the project; own
// words, not the batch's lines.
import { describe, expect, it } from 'vitest';
import { eachFlagged, eachNeither, eachNeitherByLists } from './expectDanger.ts';
import { listsAlone, understanding } from './shared.ts';

describe('last words left for whoever asks after one, in every language', () => {
  eachFlagged('danger', [
    'thank you for everything. if anyone asks for me tell them i tried',
    'gracias por todo. si alguien pregunta por mi, diganle que lo intente',
    "merci pour tout. si quelqu'un demande après moi, dis leur que j'ai essayé",
    'obrigado por tudo. se perguntarem por mim diga que eu tentei',
    'mèsi pou tout bagay. si yon moun mande pou mwen di yo m te eseye',
    'salamat sa lahat. pag may nagtanong tungkol sa akin sabihin nyo sinubukan ko',
    'cam on vi tat ca. neu ai hoi ve em thi noi la em da co gang',
    'sab kuch ke liye shukriya. agar koi mere baare mein puche to bolna maine koshish ki',
    'sab kuch layi shukriya. je koi mere baare puche ta keh dena main koshish kiti si',
    'sabai kura ko lagi dhanyabad. kasaile mero barema sodhe bhane bhannu ma le prayas gare',
    'شكرا على كل شي. اذا حدا سأل عني قولوله اني حاولت',
    'дякую за все. якщо хтось спитає про мене, скажіть що я намагалась',
    '谢谢你们的一切。如果有人问起我，就说我努力过了',
    'ขอบคุณสำหรับทุกอย่าง ถ้ามีใครถามถึงหนู บอกเขาว่าหนูพยายามแล้ว',
    'ito na yung huling text ko. wag mo na ako hanapin',
    'salamat sa pakikinig nyo. aba ma thakiye, sadhai ko lagi bida',
  ]);
  it('is read as wanting to die', () => {
    expect(understanding().routeOffline('thank you for everything. if anyone asks for me tell them i tried').dangerSelf).toBe(true);
  });
  // An ordinary goodbye with thanks stays nothing (dangerSelf.test.ts), and so does asking on
  // someone's behalf what to tell a caller.
  eachNeitherByLists('not danger by the lists (the learned signal may ask: ADR 0018)', ['gracias por todo, adios']);
  eachNeither('not danger', ['obrigado por tudo, tchau', 'if anyone asks for me at the agency, tell them i found a new job. thanks!']);
});

describe('a threat at the door told after a question about pay', () => {
  eachFlagged('danger', [
    'हप्तामा धेरै घण्टा काम गराउँछ, त्यो ठीक हो कि होइन सोध्न थियो। अनि साहुजी अहिले रक्सी खाएर मेरो ढोका ठोकिरहेको छ, मारिदिन्छु भन्दैछ',
    'hapta ma dherai ghanta kaam garaunchha, thik ho ki hoina? ani sahuji ahile raksi khayera dhoka thokdai chha, maridinchhu bhanchha',
  ]);
});

describe('told to pack up tonight, the phones held on the way, in every language', () => {
  eachFlagged('danger', [
    'the supervisor said pack your stuff, at 3am tonight we go to another province, he will hold our phones on the way. no one knows the address',
    "the manager said pack your things, tonight at 3 we leave for another city, he keeps our phones on the way, nobody knows the address",
    "el encargado dijo que empaquemos, esta noche a las 3 nos vamos a otra ciudad, él se queda con los celulares en el camino, nadie sabe la dirección",
    "le gérant a dit faites vos sacs, cette nuit à 3h on part dans une autre ville, il garde nos téléphones pendant le trajet, personne connaît l'adresse",
    "o gerente mandou arrumar as coisas, hoje à noite às 3 a gente vai pra outra cidade, ele fica com os celulares na viagem, ninguém sabe o endereço",
    "manadjè a di pare bagay nou, aswè a a 3è n ap pati pou yon lòt vil, l ap kenbe telefòn nou pandan wout la, pèsonn pa konn adrès la",
    "sabi ng manager mag-empake na, mamayang 3am aalis tayo papuntang ibang lungsod, siya muna hahawak ng mga cellphone namin sa biyahe, walang nakakaalam ng address",
    "manager ne bola saman pack karo, aaj raat 3 baje dusre shehar ja rahe hain, raste mein hamare phone woh rakhega, address kisi ko nahi pata",
    "manager ne keha saman bann lao, ajj raat 3 vaje hor shehar ja rahe haan, raste ch saade phone oh rakhega, address kise nu nahi pata",
    "manager le saman pack gara bhanyo, aaja rati 3 baje arko sahar janchhau, bato ma hamro phone usle rakhchha, thegana kasailai thaha chhaina",
    "المدير قال جهزوا غراضكم، الليلة الساعة 3 رايحين على مدينة تانية، رح ياخد تلفوناتنا بالطريق، وما حدا بيعرف العنوان",
    "менеджер сказав пакувати речі, сьогодні вночі о 3 їдемо в інше місто, телефони він забере на дорогу, адреси ніхто не знає",
    "经理说收拾东西，今晚三点去另一个城市，路上手机都交给他，没人知道地址",
    "ผู้จัดการบอกให้เก็บของ คืนนี้ตีสามจะย้ายไปอีกเมือง เขาจะเก็บโทรศัพท์พวกเราไว้ระหว่างทาง ไม่มีใครรู้ที่อยู่",
    "quản lý bảo dọn đồ, tối nay 3 giờ đi qua thành phố khác, trên đường ổng giữ điện thoại tụi em, không ai biết địa chỉ",
  ]);
  eachNeither('not danger', [
    'pack your stuff, we are moving to the new house on saturday, the address is on the group chat',
    'vou fazer as malas hoje a noite, amanha viajo de ferias pro brasil, ninguem sabe o endereco do hotel ainda',
  ]);
});

describe('a count of a painkiller asked about by its brand', () => {
  eachFlagged('danger', ['kitni crocin kha ke insaan nahi uthta', 'kinniyan tylenol khan naal banda nahi uthda']);
  eachNeither('not danger', ['bukhar hai, kitni crocin le sakta hoon din me?']);
});

describe('words of danger that are not danger', () => {
  eachNeither('not danger', [
    // Darija "hit" (حيت, because) before a pronoun or a verb
    'lmodir galina ghadi ykhrjna mn dar hit tchekina, ma3ndna fin nmchiw',
    'the new rules hit us hard, we get less hours now',
    // a debt that keeps one in the job
    'el contratista dice que hasta que no pague la deuda no puedo irme del trabajo',
    'o agenciador falou que enquanto eu nao pagar tudo nao posso sair do emprego',
    // the people a permit is for
    '听说被拐卖的人可以申请临时居民许可，需要先报警吗？',
    // what counts as trafficking
    "c'est quoi la traite exactement? faut-il être enfermé pour que ça compte?",
  ]);
  // The lists leave the French debt alone; the learned signal reads it as danger (0.92 after
  // training on t57a): a cost of the learned signal, as docs/adr/0013-*.md records.
  it('a debt that keeps one in the job, in French, is left alone by the lists', () => {
    const r = listsAlone().routeOffline("il dit que tant que j'ai pas remboursé je peux pas partir de la ferme");
    expect(r.danger || r.dangerCheck).toBe(false);
  });
  it('asking what it is called, locked in right now with a call for help, is danger', () => {
    expect(understanding().isDanger('they locked me in the room right now, help, does this count as trafficking?')).toBe(true);
  });
});
