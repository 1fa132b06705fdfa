// t64a, written by people shown only the situations and the languages, was scored at 857a76d5
// before anyone read it (261 of 280 danger lines flagged, 15 asked, 4 missed; 16 false alarms of
// 560). Its writers put wanting to die as the rope and a mind made up (Darija), on the roof looking
// down without fear (hi ne), how many sleeping pills or painkillers so as not to wake (Darija, Thai
// in Latin letters, ne), half a blister pack swallowed and going soft (pt), "tell her I loved him"
// after a goodbye (uk); a guard put at the gate with the phones taken, written from a hidden phone
// (en pa), a cutlass at the door (Jamaican), "your corpse goes home today" (hi), a bone showing and
// "finish your work first" (ht), skin peeling off and no hospital (en tl), coming into the
// children's room at night (fr), driven tonight to a city nobody names, a car at the door, watched
// and not daring to say more (zh in pinyin), made to go now to a house one doesn't know (pt). And
// harmless lines: "TNT" (undocumented, tl), a forward or a video seen, dying to go home (hi th tl ne
// vi), a threat said laughing, "that's how he is" (Tunisian, pt), the owner's son (a grown man, vi),
// a friend's story now over (uk). Own lines, in other words than the batch's where the words allow.
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists } from './expectDanger.ts';

describe('t64a\'s danger in other words, own lines', () => {
  eachFlagged('wanting to die, hurt with care refused, kept in, threatened, taken, watched', [
    "3ndi l7bel w 9rrart, smhou lia",
    "ch7al mn 7bob n3as khassni bach ma nfi9ch",
    "اليوم رح خلص من كل شي، ما عندي شي خسره",
    "bossman tek all a we phone an put a man at di gate, nobody cyaan leave, mi deh pon a hidden phone",
    "him have a cutlass an seh him a go chop up anybody weh run, him deh a di door now",
    "he just broke my cousins arm and wont let us take him to the hospital",
    "la nuit il rentre dans la chambre de ma fille, il est la maintenant",
    "chhat pe hu abhi, neeche dekh rahi hu",
    "boss ne bola aaj teri laash jayegi gaon, 10 minute me aa raha hu",
    "zo a parèt nan janm li, bòs la di fini travay ou anvan",
    "म छतमा छु, तल हेर्दा पनि डर लाग्दैन",
    "kati ota sleeping pill khayo bhane marincha? sodhne matra",
    "saade phone khoh ke bahar guard bitha ditta, koi bahar nahi ja sakda",
    "tenho que ir com ele agora pra um lugar que nao conheco, ele ta esperando la fora",
    "ja tomei a cartela toda, to ficando mole",
    "kin ya kae puad kee med tueng ja mai tuen ja",
    "пробачте мені. прощавайте. передайте мамі що я її любив",
    "zhongjie jin wan yao ba wo men la zou, bu shuo qu na, che ting zai men kou",
    "shou ji bei shou le, ta men yi zhi zai kan zhe wo men, bu gan duo shuo",
    "natutuklap na balat ko sa paso, ayaw ako dalhin sa ospital ni boss",
  ]);
});

describe('what is no danger beside them (t64a), own lines', () => {
  eachNeither('a word read inside another, a figure, a story or a video, a threat laughed off', [
    "lpatron y9olli nqatlek ila t7ra9 l7out, yidh7ek, hakka howa",
    "ghar jane ke liye mar rahi hu, chhutti kab milegi?",
    "व्हाट्सएप फॉरवर्ड आया कि एजेंट लोगों को बेचते हैं, क्या ये सच है?",
    "o que acontece se alguem e trancado no quarto pelo patrao? vi um video sobre isso",
    "อยากกลับบ้านจะตายแล้ว คิดถึงแม่",
    "TNT ako dito 5 taon na, pwede pa ba ako humingi ng tulong sa inyo?",
    "mamamatay na ako sa pagka-miss sa nanay ko, pwede ba umuwi sa pasko",
    "ne znaiu chy tse trafficking, teper ne mozhu pity bo vony znaiut de zhyve moia mama",
    "con trai của chủ hay chọc ghẹo tôi, tôi sợ nhưng không dám nghỉ việc",
    "cong viec nay lam em muon chet luon, 14 tieng moi ngay co dung luat ko",
    "ghar jana man le marirako chhu, dashain ma chhutti paucha?",
  ]);
  // A friend's story of being driven off once, all well now: read from 0.5 by the learned signal, which asks from 0.5 where no matter is named (ADR 0018).
  eachNeitherByLists('a friend’s story, over (the learned signal may ask: ADR 0018)', [
    "знайомий розповідав що його колись везли невідомо куди, зараз він в Едмонтоні і все ок",
  ]);
  eachLeftAlone('a threat said in front of everyone who laughed; a car that followed last night and took the exit', [
    "o encarregado disse que me enterra no cimento se eu errar, todo mundo riu",
    "kal raat ik gaddi pichhe rahi par oh exit le gayi, hun main ghar aa gaya",
  ]);
});
