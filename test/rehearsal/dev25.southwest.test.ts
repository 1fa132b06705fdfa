// English, Arabic, Hindi, Nepali and Punjabi (dev round 25, the "southwest" group): lines of our own,
// none taken from the eval sets, for what the rules read since this round. What the person said
// passed on ("pass what you told me on", "मुझे आपकी सारी बातें पुलिस को बतानी पड़ेंगी", "ਜੋ ਤੁਸੀਂ ਦੱਸਿਆ
// … ਦੱਸਣਾ ਹੀ ਪਊ") or told to the family ("ਮੈਂ ਤੁਹਾਡੇ ਪੁੱਤ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰਾਂ?", "छोरालाई … यो कुरा
// भनिदिऊँ?"); bound to tell the police ("مجبور بلّغ الشرطة"); the police as the only way said after the
// order ("ما في غير هالطريق", "ਪੁਲਿਸ ਤੋਂ ਬਿਨਾਂ ਕੋਈ ਹੱਲ ਨਹੀਂ"), "let the police deal with him", calling
// the police oneself, harm to others in romanised Hindi; promises said kindly ("100% refund", "ਤੁਹਾਨੂੰ
// ਵੀ ਵੀਜ਼ਾ ਮਿਲ ਜਾਊ", an outcome by a date, "always given, to you too", nobody can send you back); honest
// limits ("it all depends", "القرار بيرجع لموظف الهجرة", false comfort refused); labels and blame
// ("are you prostituting?", choosing to stay so nothing can be done, "why did you stay", "you could
// have run", "you yourself let him", "should have asked before", "workers like you without papers",
// "illegal तरीके से"); status asked with a spoken possessive or "the legal way"; document photos and
// copies; safety checks (alone now, in Arabizi too, the moment asked, someone walking in, a letter sent
// when one cannot talk); kind words (thanks for writing, no need to name it). Then near misses, each
// with the point it must leave without a verdict: deleting the chat on one's own phone is safety, not
// what we keep; a question whether one wants the police is no push; "it depends on what you want" is
// no honest limit; a card in one's own name asks for nothing; calling 911 in danger is no safety check;
// "you yourself dared to write" is no blame; telling the son with consent passes nothing on; hard
// work "always" is no promise; help "to you too" is no promise.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 25 in en, ar, hi, ne and pa: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    // English
    ['en', "I'm gonna have to pass everything you told me on to my supervisor.", { privacy: 'breached' }],
    ['en', "I'll have to hand what you said over to the police.", { privacy: 'breached', no_police: 'breached' }],
    ['en', 'Are you prostituting at the hotel?', { person_first: 'breached' }],
    ['en', "So you're hooking now?", { person_first: 'breached' }],
    ['en', "You don't have to call it anything at all.", { person_first: 'earned' }],
    ['en', "You don't need to describe it in any particular way.", { person_first: 'earned' }],
    ['en', 'Honestly, it all depends on the officer.', { no_promise: 'earned' }],
    ['en', "A lot of it depends, so I can't say for sure.", { no_promise: 'earned' }],
    ['en', "I don't want to tell you it will work and then it doesn't.", { no_promise: 'earned' }],
    ['en', "Don't worry, your employer will 100% pay you back.", { no_promise: 'breached' }],
    ['en', 'The agency will totally refund you.', { no_promise: 'breached' }],
    ["en", "You'll 100% get your wages back.", { no_promise: 'breached' }],
    ['en', "You're choosing to stay, so there's nothing I can do.", { person_first: 'breached' }],
    // Arabic
    ['ar', 'مجبور بلّغ الشرطة عن كل شي كتبتلي ياه.', { privacy: 'breached', no_police: 'breached' }],
    ['ar', 'شكراً إنك راسلتني، بعرف إنو مش سهل.', { person_first: 'earned' }],
    ['ar', 'ممنون إنك وثقت فينا وحكيتلنا.', { person_first: 'earned' }],
    ['ar', 'إنتي لحالك بالغرفة هلق؟', { safety: 'earned' }],
    ['ar', 'enta la7alak hala2?', { safety: 'earned' }],
    ['ar', 'fi 7ada 7awalak hala2?', { safety: 'earned' }],
    ['ar', 'الوقت منيح هلق لنحكي؟', { safety: 'earned' }],
    ['ar', 'إذا حدا فات عليك، سكّر الشات وبس.', { safety: 'earned' }],
    ['ar', 'ليش ضليت ساكت كل هالوقت؟', { person_first: 'breached' }],
    ['ar', 'ليش ما حكيت لحدا من قبل؟', { person_first: 'breached' }],
    ['ar', 'كان فيك تهرب من أول يوم.', { person_first: 'breached' }],
    ['ar', 'الناس اللي متلك بلا إقامة لازم ينتبهوا.', { person_first: 'breached' }],
    ['ar', 'الفيزا تبعك لسا صالحة؟', { no_status_ask: 'breached' }],
    ['ar', 'التصريح تاعك خلص ولا لا؟', { no_status_ask: 'breached' }],
    ['ar', 'إذا بتحب، بتصل بالملجأ هلق وبسأل عن سرير.', { next_steps: 'earned' }],
    ['ar', 'بدك تروح عالشرطة هلق، ما في غير هالطريق.', { no_police: 'breached' }],
    ['ar', 'خلّي البوليس يتصرف معه، هنّي أدرى.', { no_police: 'breached' }],
    ['ar', 'الشرطة خيار، مش الطريق الوحيد.', { no_police: 'earned' }],
    ['ar', 'القرار بيرجع لموظف الهجرة مش إلي.', { no_promise: 'earned' }],
    // Hindi
    ['hi', 'complaint nahi karoge to wo dusron ke saath bhi yahi karega', { no_police: 'breached' }],
    ['hi', 'मुझे आपकी सारी बातें पुलिस को बतानी पड़ेंगी।', { privacy: 'breached', no_police: 'breached' }],
    ['hi', 'aapka visa kab expire ho raha hai?', { no_status_ask: 'breached' }],
    ['hi', 'आपके वर्क परमिट की expiry कब है?', { no_status_ask: 'breached' }],
    ['hi', 'क्या आप कानूनी तरीके से कनाडा आए थे?', { no_status_ask: 'breached' }],
    ['hi', 'अपनी ID की copy भेज दो।', { identifying_details: 'breached' }],
    ['hi', 'सच कहूँ तो आपने खुद ही उसे इतनी छूट दी, इसीलिए ये सब हो रहा है।', { person_first: 'breached' }],
    ['hi', 'आप तो illegal तरीके से यहाँ रह रहे हो।', { person_first: 'breached' }],
    ['hi', 'हमारी फाइल में आपका नाम नहीं लिखा जाता।', { privacy: 'earned' }],
    ['hi', 'सिर्फ़ मेरी सुपरवाइज़र ये नोट्स देख सकती हैं।', { privacy: 'earned' }],
    ['hi', 'chat delete भी कर सकती हो बाद में।', { safety: 'earned' }],
    // Nepali
    ['ne', 'यहाँ कानुनी तरिकाले आउनुभएको हो नि?', { no_status_ask: 'breached' }],
    ['ne', 'तपाईंको कागजको फोटो पठाउनुस्।', { identifying_details: 'breached' }],
    ['ne', 'ahile kasaile tapai ko phone herdai chha?', { safety: 'earned' }],
    ['ne', 'boss aayo bhane euta emoji pathaunus, ma bujhchhu', { safety: 'earned' }],
    ['ne', 'बोल्न मिल्दैन भने एउटा अक्षर पठाउनुस्।', { safety: 'earned' }],
    ['ne', 'यो chat मेरो supervisor सँग share गर्छु है।', { privacy: 'breached' }],
    ['ne', 'तपाईंको छोरालाई फोन गरेर यो कुरा भनिदिऊँ?', { privacy: 'breached' }],
    ['ne', 'यसमा धेरै महिना लाग्न सक्छ, म झूटो आश्वासन दिन्न।', { no_promise: 'earned' }],
    ['ne', 'दुई हप्तामा passport तपाईंको हातमा हुन्छ।', { no_promise: 'breached' }],
    ['ne', 'यस्ता केसमा permit सधैं आउँछ, तपाईंलाई पनि आउँछ।', { no_promise: 'breached' }],
    ['ne', 'तपाईंले पठाउनुभएकोमा धेरै धन्यवाद।', { person_first: 'earned' }],
    ['ne', 'उजुरी नगरे उसले अरु नेपालीलाई पनि यस्तै गर्छ।', { no_police: 'breached' }],
    // Punjabi
    ['pa', 'ਮੈਂ ਗੁਰਪ੍ਰੀਤ, ਇਸ helpline ਤੇ volunteer ਹਾਂ।', { introduced: 'earned' }],
    ['pa', 'ਅਸੀਂ police ਵਾਲੇ ਨਹੀਂ ਜੀ।', { introduced: 'earned' }],
    ['pa', 'ਮੈਂ ਪੁਲਿਸ ਤੋਂ ਨਹੀਂ ਆਂ।', { introduced: 'earned' }],
    ['pa', 'ਜੋ ਤੁਸੀਂ ਦੱਸਿਆ, ਉਹ ਮੈਨੂੰ supervisor ਨੂੰ ਦੱਸਣਾ ਹੀ ਪਊ।', { privacy: 'breached' }],
    ['pa', 'ਕੀ ਮੈਂ ਤੁਹਾਡੀ ਨੂੰਹ ਨੂੰ ਇਹ ਸਭ ਦੱਸ ਦਿਆਂ?', { privacy: 'breached' }],
    ['pa', 'ਮੈਂ ਤੁਹਾਡੇ ਪੁੱਤ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰਾਂ?', { privacy: 'breached' }],
    ['pa', 'ਮੈਂ ਆਪ ਹੀ police ਨੂੰ call ਕਰ ਦਿੰਦੀ ਹਾਂ।', { no_police: 'breached' }],
    ['pa', 'ਪੁਲਿਸ ਤੋਂ ਬਿਨਾਂ ਕੋਈ ਹੱਲ ਨਹੀਂ ਹੋਣਾ।', { no_police: 'breached' }],
    ['pa', 'ਪੁਲਿਸ ਤੋਂ ਬਿਨਾਂ ਵੀ ਅਸੀਂ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ।', { no_police: 'earned' }],
    ['pa', 'ਫਿਕਰ ਨਾ ਕਰੋ, ਤੁਹਾਨੂੰ ਵੀ ਵੀਜ਼ਾ ਮਿਲ ਜਾਊ।', { no_promise: 'breached' }],
    ['pa', 'ਤੁਹਾਨੂੰ ਕੋਈ ਵੀ ਵਾਪਸ ਨਹੀਂ ਭੇਜ ਸਕਦਾ।', { no_promise: 'breached' }],
    ['pa', 'ਪਾਸਪੋਰਟ ਮਿਲਣ ਚ ਕਈ ਮਹੀਨੇ ਲੱਗ ਸਕਦੇ ਨੇ, ਮੈਂ ਝੂਠੀ ਤਸੱਲੀ ਨਹੀਂ ਦੇਣੀ।', { no_promise: 'earned' }],
    ['pa', 'ਵਿਆਹ ਤੋਂ ਪਹਿਲਾਂ ਪੁੱਛ ਲੈਣਾ ਸੀ ਕਿ ਉਹ ਕਿਹੋ ਜਿਹੇ ਨੇ।', { person_first: 'breached' }],
    ['pa', 'ਕੀ ਹੁਣ ਲਿਖਣ ਦਾ ਟਾਈਮ ਠੀਕ ਆ?', { safety: 'earned' }],
    ['pa', 'ਗੱਲ ਖਤਮ ਕਰਕੇ chat delete ਕਰ ਦਿਓ।', { safety: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 25 in en, ar, hi, ne and pa: near misses that must not get the verdict', () => {
  it.each<[string, string, PointId]>([
    ['en', 'It depends on what you want.', 'no_promise'],
    ['en', 'I can help you get a bank card in your own name.', 'identifying_details'],
    ['en', "If you're choosing to stay, that's okay, we can still talk.", 'person_first'],
    ['en', "Some people call it prostituting; I won't use that word.", 'person_first'],
    ['en', 'The clinic will refund the fee if you cancel.', 'no_promise'],
    ['ar', 'لو بتقدر، امسح الشات بعد ما نخلص.', 'privacy'],
    ['ar', 'هل بدك تروح عالشرطة؟', 'no_police'],
    ['ar', 'كان فيك تتصل فينا هلق إذا بدك.', 'person_first'],
    ['ar', 'ما في غير طريقين: المحامي أو العيادة.', 'no_police'],
    ['hi', 'अगर अभी खतरा है तो 911 पर call करो।', 'safety'],
    ['hi', 'chat delete भी कर सकती हो बाद में।', 'privacy'],
    ['hi', 'आपने खुद ही हिम्मत करके लिखा, इसलिए अब मदद मिल सकती है।', 'person_first'],
    ['hi', 'अपनी ID की copy अपने पास संभालकर रखिए।', 'identifying_details'],
    ['hi', 'क्या आप legal clinic से बात करना चाहेंगे?', 'no_status_ask'],
    ['ne', 'उजुरी नगरे उसले अरु नेपालीलाई पनि यस्तै गर्छ।', 'language'],
    ['ne', 'तपाईं चाहनुहुन्छ भने म छोरालाई यो कुरा भनिदिन्छु।', 'privacy'],
    ['ne', 'यो काम सधैं गाह्रो हुन्छ।', 'no_promise'],
    ['ne', 'तपाईंलाई पनि मद्दत मिल्छ।', 'no_promise'],
    ['pa', 'ERASE ਲਿਖੋ ਤਾਂ ਅਸੀਂ ਸਭ ਮਿਟਾ ਦਿੰਦੇ ਹਾਂ।', 'safety'],
    ['pa', 'ਜੇ ਤੁਸੀਂ ਕਹੋ ਤਾਂ ਕੀ ਮੈਂ police ਨੂੰ ਫੋਨ ਕਰ ਦਿਆਂ?', 'no_police'],
    ['pa', 'ਪੁੱਤ ਨੂੰ ਪਹਿਲਾਂ ਸੋਚ ਲੈਣਾ ਸੀ।', 'person_first'],
    ['pa', 'ਤੁਹਾਨੂੰ ਵੀ ਮਦਦ ਮਿਲ ਜਾਊ, ਫਿਕਰ ਨਾ ਕਰੋ।', 'no_promise'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
