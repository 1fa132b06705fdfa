// t72a (20 danger and 12 harmless-but-scary lines a language, a topic line each for 15 topics and
// first messages) was written by people shown only the situations and the languages, under a brief
// written anew, and scored before anyone read it at c66e8def: 271 of 280 danger lines flagged, 6
// asked, 3 missed; 17 of 378 harmless lines alarmed, 10 asked. Read since. What it missed or only
// asked about, and its false alarms, in every language it showed them, and the same meaning in
// others. Own lines.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone, eachNeither } from './expectDanger.ts';

describe('t72a: missed or asked before, danger now', () => {
  // One's own death supposed, said to be better for the family (`better` beside `gone`).
  eachFlaggedByLists('better for the family if I died or disappeared', [
    'creo q es mejor si me muero, asi mi familia cobra el seguro y ya no le debo nada a nadie... perdon',
    'je pense que ce serait mieux si je disparaissais, comme ca ma famille aura plus a payer ma dette... dsl de deranger',
    'siguro mas ok kung mawala na lang ako, para di na magbabayad pamilya ko ng utang ko... sorry po',
    'it would be better for everyone if i was dead, the insurance would pay the debt',
    'seria melhor se eu morresse, minha familia recebia o seguro',
    'якщо я зникну, всім буде краще',
  ]);
  // A vehicle that will not stop (`unknown`) beside the vehicle: being taken.
  eachFlaggedByLists('in a van that will not stop', [
    'ilha2oni ana bel van w ma 3am yw2fo',
    'help van me hu ye log rok nahi rahe',
    'help van ma chhu yiniharu rokdainan',
    'help im in a van and they wont stop',
    'ayuda estoy en la van y no quieren parar',
  ]);
  eachFlaggedByLists('moved before dawn or tonight, papers kept, no address', [
    'o agenciador mandou arrumar as coisas q hj de madrugada vamos pra outra cidade, ficou com meus documentos e nao fala onde é',
    'moi gioi noi don do gap, toi nay chuyen qua tinh khac, ko noi dia chi, passport ho lay het roi',
  ]);
  eachFlaggedByLists('someone smashing at the door', ['他在砸我房门 一直在骂 我该怎么办？？', '他一直在踹门，我好怕']);
});

describe('t72a: false alarms before, no emergency now', () => {
  // A harm, or a call to 911 or the police, asked of someone supposed in a question: asked about,
  // not happening (`supposedAsked` in danger.ts).
  eachNeither('can someone locked in call 911 or the police without papers', [
    'una pregunta, si a alguien lo tienen encerrado en su trabajo puede llamar al 911 aunque no tenga papeles?',
    'question: si quelqu un est enfermé par son employeur, il peut appeler le 911 meme sans statut?',
    'yon kesyon: si yon moun fèmen nan travay li eske li ka rele 911 menm si l pa gen papye?',
    'एक सवाल था, अगर किसी worker को employer कमरे में बंद कर दे तो क्या वो बिना papers के पुलिस को बुला सकता है?',
    'एउटा प्रश्न, कुनै worker लाई मालिकले कोठामा थुन्यो भने papers बिना पुलिस बोलाउन मिल्छ?',
    'question: if someone is locked in by their employer, can they call 911 even without status?',
  ]);
  eachLeftAlone('the same asked in other words', [
    'ਇੱਕ ਸਵਾਲ ਸੀ, ਜੇ ਕਿਸੇ ਵਰਕਰ ਨੂੰ ਮਾਲਕ ਕਮਰੇ ਚ ਬੰਦ ਕਰ ਦੇਵੇ ਤਾਂ ਕੀ ਉਹ ਬਿਨਾ ਪੇਪਰਾਂ ਤੋਂ ਪੁਲਿਸ ਸੱਦ ਸਕਦਾ?',
    'pytannya: yakshcho lyudynu zakryly i ne vypuskayut, vona mozhe dzvonyty v policiyu yakshcho u neyi prostrochenyi status?',
  ]);
  eachNeither('figures, things locked away, the past over, the news', [
    'Якщо запізнюсь ще раз бос мене вбʼє, автобус вічно не приходить. А можуть зняти гроші за запізнення?',
    'Минулого року на фермі в Манітобі хазяїн мене вдарив, зараз я вже в іншому місці. Можна ще кудись на нього заявить?',
    "they havent paid me in 3 months, I'm dying here, need money to send home",
    'em 2022 o patrao me empurrou e eu cai, ja faz tempo e nao trabalho mais la, da pra fazer alguma coisa agora?',
    'my boss locked my work permit in his safe, can he do that?',
  ]);
  // Skeletons that stood for everyday words: "shob vin" (so that he) as собі вени (veins), and
  // "peredaly" (handed over) as продали (sold).
  eachLeftAlone('Ukrainian typed in Latin letters that read as a harm by its skeleton', [
    'kudy mozhna podaty skarhu na rabotodavtsia, shob vin ne znav shcho tse ya? boyus shcho zvilnyt',
    'A khto bachyt tse lystuvannia? Ya ne khochu shob moi dani peredaly v immihratsiyu. I yak vse vydalyty?',
  ]);
});

describe('t72a: the mechanisms keep danger where it is', () => {
  eachFlaggedByLists('a call made, not asked about: a cry, or now', [
    'if someone locked me in can i call 911? help he is here now',
    'help! if someone finds out he will kill me, call 911',
  ]);
  eachFlaggedByLists('cut veins and sold, typed in Latin letters, still read', ['ya porizala sobi veny', 'mene prodaly inshomu khaziainu']);
  eachFlaggedByLists('dying here with a harm or a cry', ['he locked me in, im dying here please', 'help im dying here']);
  eachNeither('better, alone, is everyday', ['better if i change employers, right?', 'seria mejor si cambio de patron?', 'ce serait mieux si je change de ferme?']);
});
