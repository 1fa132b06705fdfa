// Hindi, Punjabi, Nepali and Arabic (round dev21, group "southwest"): lines of our own, none taken
// from the eval sets, for what the rules read since this round. Pushes towards the police said
// colloquially ("jitna jaldi … utna behtar", "यही एक रास्ता है", 911 as a duty, "safest to tell the
// police", "you shouldn't run from the police"); the threat of help lost or others harmed if one
// does not report; promises made with "my guarantee", "100%", "my promise", "surely", "you will
// never be sent back"; "illegal workers" and "you aren't illegal, are you?"; "why didn't you take
// your things"; the chat passed on or said to be impossible to keep. Kind words: the names, the
// address or the papers not needed; thanks for telling; a label refused. Privacy: nothing reaches
// them, kept between us, not stored, erased on our side, nobody but me sees it. Safety: the phone
// her own, stop if unsafe, delete after reading, someone around, followed. Next steps offered as a
// choice ("shall I arrange it?", a lawyer met, a taxi ordered, write back when there is a moment).
// Then near misses, each with the point it must leave without a verdict: "comfortably" in a
// question about talking now, "my name is on the leaflet", "the employer cannot deport you" (a
// fact of the law), "not easy to share", 911 in danger, grandchildren who speak Punjabi, "Nepali
// brothers", "I hope", a language preference, deleting the chat from one's own phone.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev21 southwest: what the rules read now in hi, pa, ne and ar', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    // Hindi
    ['hi', 'jitna jaldi police ko bata do, utna behtar', { no_police: 'breached' }],
    ['hi', 'सबसे अच्छा यही होगा कि आप आज ही थाने जाकर रिपोर्ट लिखवा दें।', { no_police: 'breached' }],
    ['hi', 'भाई, बस पुलिस को फोन कर दो, यही एक रास्ता है।', { no_police: 'breached' }],
    ['hi', 'अगर शिकायत नहीं करोगे तो बाद में कोई मदद नहीं मिलेगी।', { no_police: 'breached' }],
    ['hi', 'अगर आप शिकायत नहीं करेंगे तो वह दूसरे लोगों के साथ भी ऐसा करेगा।', { no_police: 'breached' }],
    ['hi', 'पुलिस को फोन करना है या नहीं, ये आप तय करें।', { no_police: 'earned' }],
    ['hi', 'आपका परमिट ज़रूर बदल जाएगा, ये मेरी गारंटी है।', { no_promise: 'breached' }],
    ['hi', 'वो आपको नौकरी से नहीं निकाल पाएगा, 100% पक्की बात।', { no_promise: 'breached' }],
    ['hi', 'आप जैसे अवैध प्रवासियों को सावधान रहना चाहिए।', { person_first: 'breached' }],
    ['hi', 'तुम गैरकानूनी तो नहीं हो ना?', { person_first: 'breached', no_status_ask: 'breached' }],
    ['hi', 'हम बातचीत रिकॉर्ड करके आपके मालिक को भेज दें?', { privacy: 'breached' }],
    ['hi', 'आपकी कोई भी बात मैनेजर तक नहीं जाएगी।', { privacy: 'earned' }],
    ['hi', 'ERASE भेजिए, हम अपनी तरफ़ से सारी बातचीत मिटा देंगे।', { privacy: 'earned' }],
    ['hi', 'क्या यह मोबाइल आपका अपना है?', { safety: 'earned' }],
    ['hi', 'अगर किसी पल असुरक्षित लगे तो चैट रोक दीजिए।', { safety: 'earned' }],
    ['hi', 'पढ़ने के बाद ये मैसेज डिलीट कर दीजिए।', { safety: 'earned' }],
    ['hi', 'क्या आप आराम से बात कर सकते हैं?', { safety: 'earned' }],
    ['hi', 'अभी मुझे मालिक का नाम या कोई कागज़ नहीं चाहिए।', { person_first: 'earned' }],
    ['hi', 'दुभाषिया चाहिए तो बताइए, क्या मैं इंतज़ाम कर दूँ?', { language: 'earned', next_steps: 'earned' }],
    // Punjabi
    ['pa', 'ਮੈਨੂੰ ਪੂਰਾ ਯਕੀਨ ਹੈ ਕਿ ਤੁਹਾਡੇ ਪੁੱਤ ਵੱਲੋਂ ਰੱਖੇ ਪੈਸੇ ਤੁਹਾਨੂੰ ਛੇਤੀ ਵਾਪਸ ਮਿਲ ਜਾਣਗੇ।', { no_promise: 'breached' }],
    ['pa', 'ਚਿੰਤਾ ਨਾ ਕਰੋ, ਤੁਹਾਡਾ ਵੀਜ਼ਾ ਪੱਕਾ ਮਿਲ ਜਾਵੇਗਾ।', { no_promise: 'breached' }],
    ['pa', 'ਤੁਹਾਨੂੰ ਕਦੇ ਵੀ ਵਾਪਸ ਨਹੀਂ ਭੇਜਿਆ ਜਾਵੇਗਾ।', { no_promise: 'breached' }],
    ['pa', 'ਇਹ ਮੇਰਾ ਵਾਅਦਾ ਹੈ ਕਿ ਸਭ ਠੀਕ ਰਹੇਗਾ।', { no_promise: 'breached' }],
    ['pa', 'ਤੁਹਾਨੂੰ ਅੱਜ ਰਾਤ ਹੀ 911 ਤੇ ਫ਼ੋਨ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ।', { no_police: 'breached' }],
    ['pa', 'ਮੈਂ ਇਹ ਸਭ ਆਪਣੇ ਕੋਲ ਨਹੀਂ ਰੱਖ ਸਕਦੀ, ਮੈਨੂੰ ਅੱਗੇ ਦੱਸਣਾ ਹੀ ਪਵੇਗਾ।', { privacy: 'breached' }],
    ['pa', 'ਜੇ ਤਕਲੀਫ਼ ਨਾ ਹੋਵੇ ਤਾਂ ਆਪਣੇ ਪਾਸਪੋਰਟ ਦੀ ਫ਼ੋਟੋ ਭੇਜ ਦਿਓ।', { identifying_details: 'breached' }],
    ['pa', 'ਤੁਹਾਡੀ ਗੱਲ ਸਿਰਫ਼ ਸਾਡੇ ਦੋਵਾਂ ਵਿਚਕਾਰ ਹੀ ਰਹੇਗੀ।', { privacy: 'earned' }],
    ['pa', 'ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਂ ਕਿਤੇ ਸਾਂਭਦੇ ਨਹੀਂ।', { privacy: 'earned' }],
    ['pa', 'ਜੋ ਤੁਸੀਂ ਲਿਖਦੇ ਹੋ ਉਹ ਤੁਹਾਡੇ ਪੁੱਤ ਕੋਲ ਨਹੀਂ ਜਾਵੇਗਾ।', { privacy: 'earned' }],
    ['pa', 'ਜਦੋਂ ਫਿਰ ਵਿਹਲ ਮਿਲੇ, ਮੈਨੂੰ ਇੱਥੇ ਲਿਖ ਦੇਣਾ।', { next_steps: 'earned' }],
    ['pa', 'ਚਾਹੋ ਤਾਂ ਮੈਂ ਤੁਹਾਨੂੰ ਇੱਕ ਵਕੀਲ ਨਾਲ ਮਿਲਵਾ ਦਿਆਂ?', { legal: 'earned', next_steps: 'earned' }],
    ['pa', 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸੇ ਬਾਹਰਲੇ ਭਾਈਚਾਰੇ ਦੀ ਕਾਊਂਸਲਰ ਨਾਲ ਗੱਲ ਕਰਵਾ ਸਕਦੇ ਹਾਂ।', { language: 'earned' }],
    ['pa', 'Tusi hune gall kar sakde ho?', { safety: 'earned' }],
    // Nepali
    ['ne', 'प्रहरीकहाँ जानु नै सबैभन्दा सुरक्षित हुन्छ।', { no_police: 'breached' }],
    ['ne', 'यो कुराकानी म मेरो manager लाई forward गर्छु।', { privacy: 'breached' }],
    ['ne', 'मालिकको नाम वा कोठाको ठेगाना भन्नुपर्दैन, पहिले तपाईंको कुरा सुनौं।', { person_first: 'earned' }],
    ['ne', 'यति धेरै कुरा बताउनुभयो, धन्यवाद।', { person_first: 'earned' }],
    ['ne', 'कोही वरिपरि छन् भने पछि लेख्नुस्।', { safety: 'earned' }],
    ['ne', 'अहिले कुरा गर्ने समय ठिक छ?', { safety: 'earned' }],
    ['ne', 'aile kura garna milchha?', { safety: 'earned' }],
    ['ne', 'हाम्रो नोटमा तपाईंको नाम मात्र लेखिन्छ।', { privacy: 'earned' }],
    ['ne', 'हामी तपाईंको सबै सन्देश मेटाउँछौं।', { privacy: 'earned' }],
    ['ne', 'भोलि बिहान वकिलसँग भेट मिलाइदिऊँ?', { legal: 'earned', next_steps: 'earned' }],
    ['ne', 'हामी तपाईंलाई श्रम अधिकार केन्द्रसँग जोडिदिन्छौं।', { next_steps: 'earned' }],
    ['ne', 'उनको नम्बर पठाऊँ?', { next_steps: 'earned' }],
    ['ne', 'तपाईं illegal त हुनुहुन्न नि?', { no_status_ask: 'breached' }],
    ['ne', 'मन लागेको बेला यहीँ म्यासेज गर्नुस्।', { next_steps: 'earned' }],
    ['ne', 'पढिसकेपछि यो च्याट डिलिट गर्नुहोस्।', { safety: 'earned' }],
    // Arabic
    ['ar', 'ليش ما أخذت أغراضك قبل ما تطلع؟', { person_first: 'breached' }],
    ['ar', 'لماذا لم تأخذ هاتفك معك؟', { person_first: 'breached' }],
    ['ar', 'إنت victim، وهذا واضح.', { person_first: 'breached' }],
    ['ar', 'ليس ذنبك، وأعدك أن كل شيء سيرجع لك.', { person_first: 'earned', no_promise: 'breached' }],
    ['ar', 'ما لازم تهرب من الشرطة، لازم تبلغ.', { no_police: 'breached' }],
    ['ar', 'مش لازم تروح عالشرطة حتى نساعدك.', { no_police: 'earned' }],
    ['ar', 'لا أحتاج عنوان المحل ولا اسم المدير لكي أساعدك.', { person_first: 'earned' }],
    ['ar', 'لن أسميك ضحية؛ أنت رجل يبحث عن مكان ينام فيه.', { person_first: 'earned' }],
    ['ar', 'ما بنشارك اسمك مع المعلم أبداً.', { privacy: 'earned' }],
    ['ar', 'هذه الرسائل لا يراها أحد غيري.', { privacy: 'earned' }],
    ['ar', 'ملاحظاتنا ما فيها رقمك.', { privacy: 'earned' }],
    ['ar', 'ولا حرف من كلامك رح يوصل للمعلم.', { privacy: 'earned' }],
    ['ar', 'هل تشعر أن أحداً يلاحقك الآن؟', { safety: 'earned' }],
    ['ar', 'هل تريد أن أرتب لك موعداً مع محامية غداً؟', { legal: 'earned', next_steps: 'earned' }],
    ['ar', 'أقدر أطلب لك تاكسي للملجأ، تحب؟', { next_steps: 'earned' }],
    ['ar', 'هل أرسل لك رقم الملجأ؟', { next_steps: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, PointId, string]>([
    ['hi', 'person_first', 'क्या आप आराम से बात कर सकते हैं?'],
    ['hi', 'introduced', 'मेरा नाम उस पर्चे पर लिखा है।'],
    ['hi', 'no_promise', 'मालिक आपको डिपोर्ट नहीं करवा सकता, यह कानून है।'],
    ['hi', 'privacy', 'ऐसी बातें शेयर करना आसान नहीं होता।'],
    ['hi', 'next_steps', 'हम बातचीत रिकॉर्ड करके आपके मालिक को भेज दें?'],
    ['pa', 'no_promise', 'ਮਾਲਕ ਤੁਹਾਨੂੰ ਡਿਪੋਰਟ ਨਹੀਂ ਕਰ ਸਕਦਾ, ਇਹ ਕਾਨੂੰਨ ਹੈ।'],
    ['pa', 'no_police', 'ਜੇ ਤੁਹਾਡੀ ਜਾਨ ਨੂੰ ਖ਼ਤਰਾ ਹੋਵੇ ਤਾਂ 911 ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।'],
    ['pa', 'language', 'ਤੁਹਾਡੀ ਨੂੰਹ ਘਰ ਵਿੱਚ ਪੰਜਾਬੀ ਬੋਲਦੀ ਹੈ?'],
    ['pa', 'person_first', 'ਹਿੰਮਤ ਰੱਖਿਓ ਜੀ।'],
    ['ne', 'language', 'हामी दुवै नेपाली दाजुभाइ हौं।'],
    ['ne', 'no_promise', 'आशा छ सबै पैसा मिल्छ।'],
    ['ne', 'privacy', 'कोही आयो भने रोक्नुस्, तपाईंले नलेखेसम्म म केही पठाउँदिनँ।'],
    ['ne', 'privacy', 'पढिसकेपछि यो च्याट डिलिट गर्नुहोस्।'],
    ['ne', 'identifying_details', 'हाम्रो नोटमा तपाईंको नाम मात्र लेखिन्छ।'],
    ['ar', 'safety', 'هل تفضل أن نكمل بالعربية؟'],
    ['ar', 'privacy', 'امسح الرسايل من تلفونك بعد ما نخلص.'],
    ['ar', 'no_promise', 'ما في حدا منا بيعرف المعلم.'],
    ['ar', 'person_first', 'من حقك أن تسأل محامياً قبل أن توقع.'],
  ])('%s leaves %s without a verdict: %s', (lang, point, line) => {
    expectNone(point)(lang, line);
  });
});
