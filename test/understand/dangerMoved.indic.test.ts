// Hindi, Punjabi and Nepali: being moved by others with one's passport or papers in their hands,
// told with tonight, now or a call for help; wanting to die said in two kinds of words (giving up
// and leave-taking); wrists cut and pills taken. And what only sounds like it: a van to the farm
// and a boss who keeps the passports, told as how things are or asked as a matter of law; moving
// house; tired after work and a goodbye; a passport kept at the embassy.
// Each line is one a person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Hindi: moved elsewhere with the passports held, leave-taking, wrists cut, pills taken', () => {
  expectDanger(
    'hi',
    [
      // held + vehicle, with tonight, now or a call for help
      'malik bol raha hai saman pack karo, aaj raat hume dusre farm le ja rahe hain, passport uske paas hai',
      'बॉस ने कहा बैग पैक करो, अभी हमें दूसरी जगह शिफ्ट कर रहे हैं, हमारे पासपोर्ट उसके पास हैं',
      'help plz, agent ne sabke passport le liye aur ab hume bus me bitha rahe hai',
      'wo log hume abhi gaadi me le ja rahe hai, mera passport aur kagaz unke paas hai, madad karo',
      'सेठ ने हमारे पासपोर्ट छीन लिए, आज रात हम सबको किसी और शहर भेज रहे हैं',
      // giving up and leave-taking together
      'sab ke liye sorry, ab kisi ko meri zarurat nahi',
      'maa ko bolna main usse pyar karta hu. mere bina sab khush rahenge',
      'मैं हर चीज़ से थक गया हूँ, सब के लिए माफ़ी',
      // wrists cut, pills taken
      'maine apni kalai kaat li hai, khoon beh raha',
      'मैंने मरने के लिए सारी गोलियां खा लीं',
    ],
    [
      'har roz van me farm le jaate hai aur malik sabke passport apne paas rakhta hai, kya ye legal hai?',
      'kya malik passport apne paas rakh sakta hai? hum roz bus se farm jaate hai',
      'agle hafte naye ghar me shift ho rahe hai, saman pack karna hai',
      'aaj shift ke baad bahut thak gaya hu, bye, kal baat karte hai',
      'mera passport abhi embassy ke paas hai visa ke liye, kab tak milega?',
      'मेरा पासपोर्ट दूतावास में जमा है, वीज़ा लगने में कितना समय लगेगा?',
      'boss ne meri salary kal kaat li, kya ye sahi hai',
    ],
  );
});

describe('Punjabi: moved elsewhere with the passports held, leave-taking, wrists cut, pills taken', () => {
  expectDanger(
    'pa',
    [
      'boss keh reha saman pack karo, ajj raat sanu dooje farm lai ja rahe ne, passport ohde kol aa',
      'ਮਾਲਕ ਨੇ ਸਾਡੇ ਪਾਸਪੋਰਟ ਰੱਖ ਲਏ ਤੇ ਹੁਣ ਸਾਨੂੰ ਬੱਸ ਚ ਬਿਠਾ ਰਹੇ ਨੇ',
      'help karo, agent ne saare phone lai lye te hun sanu bus ch bitha rahe',
      'ਸਮਾਨ ਚੁੱਕੋ ਕਹਿੰਦੇ, ਅੱਜ ਰਾਤ ਕਿਸੇ ਹੋਰ ਸ਼ਹਿਰ ਭੇਜ ਦੇਣਗੇ, ਪਾਸਪੋਰਟ ਠੇਕੇਦਾਰ ਕੋਲ ਆ',
      'sab kuch layi maaf kari, kise nu meri lod nahi',
      'ਬੇਬੇ ਨੂੰ ਕਹਿਣਾ ਮੈਂ ਉਹਨੂੰ ਪਿਆਰ ਕਰਦਾ ਸੀ, ਮੇਰੇ ਬਿਨਾਂ ਸਾਰੇ ਸੌਖੇ ਰਹਿਣਗੇ',
      'main apna gutt kat leya, khoon nahi rukda',
      'ਮੈਂ ਮਰਨ ਲਈ ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲਈਆਂ',
    ],
    [
      'roz van ch farm lai jande ne te malik saare passport apne kol rakhda, ki eh kanooni aa?',
      'agle hafte navein ghar shift hona, saman pack karna',
      'kamm ton baad bahut thak gaya haan, bye ji',
      'mera passport embassy kol aa visa layi, kinne din lagange?',
      'ਮੇਰਾ ਪਾਸਪੋਰਟ ਅੰਬੈਸੀ ਕੋਲ ਆ, ਵੀਜ਼ਾ ਕਦੋਂ ਲੱਗੂ?',
    ],
  );
});

describe('Nepali: moved elsewhere with the passports held, leave-taking, wrists cut, pills taken', () => {
  expectDanger(
    'ne',
    [
      'sahu le saman poko par bhanyo, aaja rati hamilai arko farm lagdai chan, passport sahu sanga cha',
      'साहुले हाम्रो पासपोर्ट खोस्यो, अहिले बसमा चढाएर अर्को सहर पठाउँदैछन्',
      'help garnus, usle sabai ko phone khosyo ra ahile gadi ma halyo',
      'sabai kura ko lagi maaf garnu, kasailai mero khachi chaina',
      'आमालाई माया गर्छु भनिदिनु, म नभए सबै खुसी हुन्छन्',
      'maile naadi kaate, ragat bagdai cha',
      'मर्नको लागि सबै चक्की खाएँ',
    ],
    [
      'hamilai dinahu van ma farm lagchha, sahu le passport aafai sanga rakhchha, yo kanuni ho?',
      'arko hapta naya ghar ma sardai chhu, saman pack garnu cha',
      'kaam pachhi dherai thakeko chu, bye',
      'mero passport embassy ma cha visa ko lagi, kahile aaucha?',
      'मेरो पासपोर्ट दूतावासमा छ, भिसा कहिले लाग्छ?',
    ],
  );
});

// "aile", as Nepali is often typed for अहिले (now).
describe('Nepali "aile": now', () => {
  expectDanger('ne aile', ['rati 2 baje truck ma halyo, passport driver sanga xa, aile kata jane thaha xaina'], ['aile kaam ma xu, paisa kahile aauxa?']);
});
