// t68a (20 danger and 10 harmless-but-scary lines a language, with topic lines and first messages)
// was written by people shown only the situations and the languages, and scored twice before anyone
// read it: 240 of 280 danger lines flagged, 16 asked, 24 missed at 3c51866a; 239, 18, 23 at the end
// of that round. Read since. What it missed, in every language it showed it, and the same meaning in
// others. Own lines unless a batch's line is quoted in a comment.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone, eachNeither } from './expectDanger.ts';

// Kept in with someone at the door or the gate, or the key taken, asked as a question about pay or
// hours ("No nos dejan salir de la casa, hay un hombre en la puerta todo el día. Yo solo quería saber
// cuánto me deben."): being held, however it is asked. The question around it, "only asking", "all
// day", lower nothing (danger.ts keptAround); the past, an "if", someone else's story still do.
describe('t68a: held with a guard at the door, asked as a question about work', () => {
  eachFlaggedByLists('danger', [
    "quick question about pay, they dont let us leave the camp, theres a guard at the gate day and night, does that time count as work?",
    "petite question sur le salaire, on nous laisse pas sortir, y a un gardien au portail jour et nuit, ca compte comme heures?",
    "solo queria saber cuanto me deben, no nos dejan salir, hay un hombre en la puerta todo el dia",
    "pergunta sobre o salario: a patroa tranca o portao e fica com a chave, nao saio nem na folga",
    "tanong ko lang po sa sahod, hindi ako pinapalabas, kinuha nila yung susi ko",
    "so2al 3an el mortab, msh bet5alina nekhrog, fi ragel 3al bawaba",
    "питання про зарплату: виходити з території ферми не можна, охоронець на воротах",
    "问一下工资 老板的亲戚一直坐在门口 出门要他点头",
    "talab ko kura, hami kahin jana paudainau, sahu ko bhai bahira raat bhari baschha",
    // Whoever it is, at the door all day (typed as a person would: "un señor", not "un hombre").
    "hola buenas, el patron no nos deja salir del rancho y hay un señor en la puerta todo el dia, solo queria saber cuanto me deben",
    "they dont let us leave, someone at the gate day and night, just asking about the pay",
  ]);
  eachLeftAlone('the past, a rule supposed, a question about a rule', [
    "last year they didnt let us leave the camp and there was a guard at the gate, can i still claim the hours?",
    "if there is a guard at the gate and we cant leave, does that time count as work?",
    "at the plant there is a security guard at the gate, can i leave during my lunch break?",
    "the boss is at the door all day yelling about the schedule, can he do that?",
  ]);
});

// Leave-taking said sideways: a will made and the last pay not needed after the weekend, a train
// tomorrow morning and what is left of the pay for mother, a letter written for one's child, "I go
// first" after "forgive me", enough medicine bought, a last message and the bank card's pin left
// with a roommate, a mind made up "tonight" beside the insurance for the family at home.
describe('t68a: goodbyes said sideways', () => {
  eachFlaggedByLists('danger', [
    "how do i make a will here, i wont need my last paycheck after this weekend",
    "I gave away my stuff to the guys, I wanted someone to know before I go down to the river",
    "कल सुबह ट्रेन के आगे जाने का सोच लिया है, माँ को भेज देना मेरी बची हुई सैलरी",
    "naisulat ko na yung sulat para sa anak ko, pakipadala yung natitirang sahod ko",
    "Con xin lỗi bố mẹ. Con đi trước đây.",
    "em da mua thuoc du roi, luong tuan nay gui ve cho me",
    "sorry sab nu, mera last message aa, ohnu pin pata aa",
    "si yon moun mouri nan travay, fanmi l an ayiti ap jwenn lajan? m deside, se aswe a",
    "oi, to escrevendo pra me despedir, alguem cuida da minha filha",
    "salam, ana ta3ban w msh 3ayz a3eesh tany",
    "止痛药吃多少片人就不会醒",
  ]);
  eachLeftAlone('a last message about pay, a will asked about, a relative\'s insurance', [
    "this is my last message about the pay, i will wait for the paystub",
    "how do i make a will in canada? i have a house back home",
    "si yon moun mouri nan travay, fanmi l an ayiti ap jwenn lajan?",
    "msh 3ayz a3eesh fi el sakan da, fi tani makan?",
  ]);
});

// Someone coming now to "teach a lesson" with the person alone, or to hand them over tonight with
// the men drinking downstairs; a child held for a debt, taken tonight, missing with the police
// refused, or alone with a man behind a shut door and heard crying.
describe('t68a: a lesson coming, handed over tonight, a child', () => {
  eachFlaggedByLists('danger', [
    "el patron 9alli yjiw s7abou bech yrabiwni, w ena wa7di tawa",
    "zanmi l yo ap vini kounya pou fè m konprann pa plenyen, m pou kont mwen",
    "він написав що зараз приїде з братом і покаже мені як скаржитись",
    "老板说他表哥今晚过来收账 叫我别想跑",
    "老板说今晚不交钱就把我交给别人 那些人现在在楼下",
    "sahu le bhanyo aaja raati arko manchhe lai bechidinchhu",
    "meri beti ko employer ne apne ghar rakh liya hai, bolta hai karza chukao tab milegi",
    "दिदीको छोरी आज बिहानदेखि हराएकी छ, साहुले पुलिस बोलाउन दिँदैन",
    "đứa con 15 tuổi của chị bị bọn nó bắt đi tối nay",
    "la petite est restée seule avec le superviseur, il a fermé la porte et on l'entend pleurer",
  ]);
  eachLeftAlone('a son who comes in (not a child sent), a passport missing', [
    "owner da munda raat nu mere kamre ch aunda, mainu dar lagda, kise nu ki dassan",
    "मेरो पासपोर्ट हराएको छ, नयाँ बनाउन कहाँ जानुपर्छ?",
  ]);
});

// An injury with the hospital refused, a pregnancy bleeding since morning, a coworker down with
// calling forbidden; a dose or a height asked ("qual altura precisa pra uma queda nao ter volta?"),
// a roof and "I don't want to do anything bad but"; a room latched from outside; a van with no stop.
describe('t68a: injuries, means, a door latched from outside, a van', () => {
  eachFlaggedByLists('danger', [
    "me queme con aceite, se me cae la piel, el dueño dice que no vaya al hospital",
    "m ansent, m ap senyen depi maten",
    "he went down in the heat and hes still lying there, nobody is allowed to call",
    "chuhe maar dawai kinni lagdi ke kam ho jave?",
    "qual altura precisa pra uma queda nao ter volta? to no ultimo andar da obra",
    "estoy en la azotea, no quiero hacer nada malo pero ya no se",
    "saade kamre di kundi bahron laga ditti owner ne",
    "fo m ale ave yo jodi a, yo chita nan machin nan deyo a",
    "estamos numa van faz 5 horas, nao param nem pra ir no banheiro e nao deixam usar celular",
  ]);
});

// t68a's false alarms, read: a cousin hit years ago in Guatemala, "here in Canada" (fr); dying to
// go home (hi); slapped last week and all calm now (ht, ne); someone locked in, supposed (ne); a
// threat said laughing to everyone, "this work will kill me" (ne); a friend's suicide last year and
// counselling (pa); a passport lost on the bus "here in Toronto", help please (pt); a passport
// locked in the boss's office (zh).
describe("t68a: what is no danger", () => {
  eachLeftAlone('the past, a figure, a document', [
    "Mon cousin a été frappé par son patron au Guatemala il y a des années. Ici au Canada, c'est puni par la loi?",
    "semèn pase madanm bòs la ban m yon kalòt, kounya tout bagay kalm men m pè l",
    "गत हप्ता सुपरभाइजरले धक्का दियो, अहिले ठीक छु",
    "ਮੇਰੇ ਦੋਸਤ ਨੇ ਪਿਛਲੇ ਸਾਲ ਖੁਦਕੁਸ਼ੀ ਕਰ ਲਈ ਸੀ। ਕੀ ਇੱਥੇ ਕੋਈ ਕੌਂਸਲਿੰਗ ਮਿਲਦੀ ਹੈ?",
    "perdi meu passaporte no onibus aqui em toronto, me ajuda pfv",
  ]);
  eachNeither('figures, a rule supposed, papers locked away', [
    "ghar jaane ko mara ja raha hu, chhutti milegi?",
    "euta kura matra, kasailai kotha ma thunera rakhyo bhane yaha bata k garinchha?",
    "sahu le hasdai bhanchha feri dhilo aais bhane maridinchhu, sabai lai tei bhanchha",
    "yo kaam le ta maridinchha yaar, overtime paauchhu ki nai?",
    "老板把我的护照锁在他办公室 说帮我保管",
  ]);
});
