// Arabic, Hindi, Punjabi and Nepali (dev round 23, the "southwest" group): lines of our own, none
// taken from the eval sets, for what the rules read since this round. What the person said told,
// reported, sent or shown by the one writing to the police, a supervisor or the family ("I have to
// report what you told me to the police", "shall I call your son and tell him all this?", "this chat
// must be shown to my supervisor"): privacy breached, and no_police too when it goes to the police;
// refused, it is privacy said. Pushes: a threat that it will go on, "let the police handle it".
// Promises: nobody can deport or arrest you, "I guarantee" beside a negation, an outcome by a date,
// "we will get you a room". Honest limits: it may take months, it depends on many things, each case
// differs. Blame: silence or waiting questioned, should not have quarrelled or gone out, handing the
// passport over; "illegal workers" in any number. Safety: safe at home tonight, afraid of being hit,
// where one writes from, someone walking in, a sign sent when one cannot go on, can they read your
// messages. Offers as questions with a bare verb ("بتحب وصّلك…؟"), a worker with no tie to the
// community, a private talk. Then near misses, each with the point it must leave without a verdict:
// "you should have complained" is blame, not a push; writing again later after stopping is the
// safety plan, not a next step; "you must tell the police" passes nothing on; how long a commute
// takes is no honest limit; the boss cannot deport you "by law" is no promise; a file ask of the
// person is identifying, not recording; a tip line is no word on the police; a lawyer named only as
// where an interpreter helps suggests no legal advice; our supervisor reading is no safety check.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 23 in ar, hi, pa and ne: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    // Arabic
    ['ar', 'مضطر خبّر المدير باللي كتبتلي ياه.', { privacy: 'breached' }],
    ['ar', 'رح ابعت هالمحادثة للمسؤول تبعي.', { privacy: 'breached' }],
    ['ar', 'لازم احكي لصاحب الشغل عن هالشي.', { privacy: 'breached' }],
    ['ar', 'علي أبلغ الشرطة بكل ما قلته لي.', { privacy: 'breached', no_police: 'breached' }],
    ['ar', 'ما رح بلّغ الشرطة باللي حكيتلي.', { privacy: 'earned' }],
    ['ar', 'بتحب رتبلك موعد مع محامي بكرا؟', { next_steps: 'earned', legal: 'earned' }],
    ['ar', 'شو رأيك وصلك بمنظمة بتساعد العمال؟', { next_steps: 'earned' }],
    ['ar', 'ما بعرف قديش رح ياخد وقت، بس رح نضل معك.', { no_promise: 'earned' }],
    ['ar', 'الأمر بيعتمد على القاضي.', { no_promise: 'earned' }],
    ['ar', 'ممكن تطول القضية شهور.', { no_promise: 'earned' }],
    ['ar', 'ما حدا بيقدر يضمن النتيجة.', { no_promise: 'earned' }],
    ['ar', 'ما حدا بيقدر يطردك من البلد، بضمنلك.', { no_promise: 'breached' }],
    ['ar', 'لا تخاف، رح ترجعلك مصاريك كلها.', { no_promise: 'breached' }],
    ['ar', 'ما كان لازم تتخانق مع المعلم.', { person_first: 'breached' }],
    ['ar', 'كثير من العمال غير النظاميين بيتعرضوا لهيك.', { person_first: 'breached' }],
    ['ar', 'إذا ما عدت تقدر تكمل، ابعت نقطة بس.', { safety: 'earned' }],
    ['ar', 'بدك تحكي مع موظفة ما الها علاقة بجاليتك؟', { language: 'earned' }],
    // Hindi
    ['hi', 'आपने जो लिखा है, वो मुझे पुलिस को बताना होगा।', { privacy: 'breached', no_police: 'breached' }],
    ['hi', 'क्या मैं आपके मालिक को फ़ोन करके ये सब बता दूँ?', { privacy: 'breached' }],
    ['hi', 'हमें ये बातचीत अपने मैनेजर के साथ शेयर करनी पड़ेगी।', { privacy: 'breached' }],
    ['hi', 'आपकी बातें मैं किसी को नहीं बताऊँगी।', { privacy: 'earned' }],
    ['hi', 'मुझे पुलिस को फ़ोन करना पड़ेगा।', { no_police: 'breached' }],
    ['hi', 'इसमें कुछ हफ़्ते लग सकते हैं, पक्का नहीं कह सकती।', { no_promise: 'earned' }],
    ['hi', 'ये कई बातों पर निर्भर करता है।', { no_promise: 'earned' }],
    ['hi', 'हर केस अलग होता है, फ़ैसला अधिकारी लेते हैं।', { no_promise: 'earned' }],
    ['hi', 'कोई आपको गिरफ़्तार नहीं कर सकता, मैं वादा करती हूँ।', { no_promise: 'breached' }],
    ['hi', 'मैं guarantee देती हूँ कि किसी को पता नहीं चलेगा।', { no_promise: 'breached' }],
    ['hi', 'आप इतने दिन चुप क्यों रहीं?', { person_first: 'breached' }],
    ['hi', 'इतने साल तक आपने किसी को क्यों नहीं बताया?', { person_first: 'breached' }],
    ['hi', 'आपको उसी दिन शिकायत कर देनी चाहिए थी।', { person_first: 'breached' }],
    ['hi', 'अगर कोई पास आ जाए तो लिखना बंद कर दीजिए, बाद में कभी भी लिख सकते हैं।', { safety: 'earned' }],
    ['hi', 'क्या आपके घरवाले आपका फ़ोन चेक करते हैं?', { safety: 'earned' }],
    // Punjabi
    ['pa', 'ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ, ਉਹ ਮੈਨੂੰ ਪੁਲਿਸ ਨੂੰ ਦੱਸਣਾ ਪਵੇਗਾ।', { privacy: 'breached', no_police: 'breached' }],
    ['pa', 'ਕੀ ਮੈਂ ਤੁਹਾਡੀ ਨੂੰਹ ਨੂੰ ਫ਼ੋਨ ਕਰਕੇ ਸਾਰੀ ਗੱਲ ਦੱਸ ਦਿਆਂ?', { privacy: 'breached' }],
    ['pa', 'ਇਹ ਸਾਰੀ ਗੱਲਬਾਤ ਮੈਨੂੰ ਆਪਣੇ manager ਨੂੰ ਭੇਜਣੀ ਪਵੇਗੀ।', { privacy: 'breached' }],
    ['pa', 'ਤੁਹਾਡੀਆਂ ਗੱਲਾਂ ਮੈਂ ਤੁਹਾਡੇ ਪੁੱਤ ਨੂੰ ਨਹੀਂ ਦੱਸਾਂਗੀ।', { privacy: 'earned' }],
    ['pa', 'ਜੇ ਤੁਸੀਂ ਰਿਪੋਰਟ ਨਾ ਕੀਤੀ ਤਾਂ ਇਹ ਇਸੇ ਤਰ੍ਹਾਂ ਚੱਲਦਾ ਰਹੇਗਾ।', { no_police: 'breached' }],
    ['pa', 'ਜੇ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਨਾ ਵੀ ਕਰੋ ਤਾਂ ਵੀ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਰਹਾਂਗੇ।', { no_police: 'earned' }],
    ['pa', 'ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਤੁਹਾਨੂੰ ਪੈਸੇ ਵਾਪਸ ਮਿਲ ਜਾਣਗੇ।', { no_promise: 'breached' }],
    ['pa', 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਵੱਖਰਾ ਕਮਰਾ ਦਿਵਾ ਦਿਆਂਗੇ।', { no_promise: 'breached' }],
    ['pa', 'ਇਸ ਵਿੱਚ ਕੁਝ ਮਹੀਨੇ ਲੱਗ ਸਕਦੇ ਨੇ।', { no_promise: 'earned' }],
    ['pa', 'ਹਰ ਕੇਸ ਵੱਖਰਾ ਹੁੰਦਾ ਹੈ, ਫ਼ੈਸਲਾ ਅਫ਼ਸਰ ਕਰਦਾ ਹੈ।', { no_promise: 'earned' }],
    ['pa', 'ਇਹ ਕਈ ਗੱਲਾਂ ਤੇ ਨਿਰਭਰ ਕਰਦਾ ਹੈ।', { no_promise: 'earned' }],
    ['pa', 'ਤੁਸੀਂ ਆਪਣੀ ਪੈਨਸ਼ਨ ਪੁੱਤ ਨੂੰ ਕਿਉਂ ਸੌਂਪ ਦਿੱਤੀ?', { person_first: 'breached' }],
    ['pa', 'ਇੰਨੀ ਦੇਰ ਕਿਉਂ ਲਾਈ ਦੱਸਣ ਵਿੱਚ?', { person_first: 'breached' }],
    ['pa', 'ਜੇ ਗੱਲ ਛੱਡਣੀ ਪਵੇ ਤਾਂ ਬੱਸ ਇੱਕ ਬਿੰਦੀ ਭੇਜ ਦੇਣਾ।', { safety: 'earned' }],
    ['pa', 'ਅੱਜ ਰਾਤ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਰਹੋਗੇ?', { safety: 'earned' }],
    ['pa', 'ਕੀ ਤੁਹਾਨੂੰ ਡਰ ਹੈ ਕਿ ਪੁੱਤ ਫੇਰ ਗੁੱਸੇ ਵਿੱਚ ਮਾਰੇਗਾ?', { safety: 'earned' }],
    ['pa', 'ਤੁਸੀਂ ਕਿੱਥੋਂ ਗੱਲ ਕਰ ਰਹੇ ਹੋ?', { safety: 'earned' }],
    ['pa', 'ਕੀ ਨੂੰਹ ਕਦੇ ਅਚਾਨਕ ਕਮਰੇ ਵਿੱਚ ਆ ਜਾਂਦੀ ਹੈ?', { safety: 'earned' }],
    ['pa', 'ਕੀ ਉਹ ਤੁਹਾਡੇ messages ਪੜ੍ਹ ਸਕਦੇ ਨੇ?', { safety: 'earned' }],
    // Nepali
    ['ne', 'तपाईंले लेखेको सबै कुरा मैले प्रहरीलाई बताउनुपर्छ।', { privacy: 'breached', no_police: 'breached' }],
    ['ne', 'के म तपाईंको मालिकलाई फोन गरेर यी सबै भनिदिऊँ?', { privacy: 'breached' }],
    ['ne', 'यो कुराकानी म मेरो manager लाई पठाउनुपर्छ।', { privacy: 'breached' }],
    ['ne', 'तपाईंले भनेको कुरा म कसैलाई भन्दिनँ।', { privacy: 'earned' }],
    ['ne', 'तपाईंका कुरा एजेन्सी वा मालिकसम्म पुग्ने छैन।', { privacy: 'earned' }],
    ['ne', 'प्रहरीलाई नै यो मामला सम्हाल्न दिनुहोस्।', { no_police: 'breached' }],
    ['ne', 'यसमा केही महिना लाग्न सक्छ।', { no_promise: 'earned' }],
    ['ne', 'यो धेरै कुरामा भर पर्छ।', { no_promise: 'earned' }],
    ['ne', 'हरेक केस फरक हुन्छ, निर्णय अधिकारीले गर्छन्।', { no_promise: 'earned' }],
    ['ne', 'म promise गर्न सक्दिनँ कि पैसा फिर्ता आउँछ।', { no_promise: 'earned' }],
    ['ne', 'कसैले पनि तपाईंलाई पक्राउ गर्न सक्दैन।', { no_promise: 'breached' }],
    ['ne', 'अवैध कामदारहरूलाई यस्तै हुन्छ।', { person_first: 'breached' }],
    ['ne', 'तपाईंको भिसा कहिलेसम्म छ?', { no_status_ask: 'breached' }],
    ['ne', 'तपाईंको ID कार्डको फोटो पठाउनुहोस्।', { identifying_details: 'breached' }],
    ['ne', 'अहिले बोल्न मिल्छ?', { safety: 'earned' }],
    ['ne', 'चाहनुहुन्छ भने टिप लाइनमा नाम नदिई रिपोर्ट गर्न सकिन्छ, म नम्बर दिन्छु।', { next_steps: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 23 in ar, hi, pa and ne: near misses that must not get the verdict', () => {
  it.each<[string, string, PointId]>([
    ['ar', 'ابعتلي اسم الشركة والعنوان.', 'privacy'],
    ['ar', 'رح وصلك بالمسؤول عن الملاجئ بكرا.', 'privacy'],
    ['ar', 'ما كان لازم يصير معك هيك أبداً.', 'person_first'],
    ['ar', 'بيعتمد على اللي بدك ياه.', 'no_promise'],
    ['ar', 'بتحب نكمل بالعربي ولا بالإنجليزي؟', 'next_steps'],
    ['ar', 'لازم تبلغ الشرطة.', 'privacy'],
    ['ar', 'كم بياخد وقت لتوصل عالشغل؟', 'no_promise'],
    ['hi', 'आपको उसी दिन शिकायत कर देनी चाहिए थी।', 'no_police'],
    ['hi', 'अगर कोई पास आ जाए तो लिखना बंद कर दीजिए, बाद में कभी भी लिख सकते हैं।', 'next_steps'],
    ['hi', 'मैं आपको शिकायत करने का तरीका बता सकती हूँ।', 'no_police'],
    ['hi', 'आपको पुलिस को बताना चाहिए।', 'privacy'],
    ['hi', 'मालिक आपको नौकरी से नहीं निकाल सकता, यह कानून है।', 'no_promise'],
    ['hi', 'आपको काम पर पहुँचने में कितना समय लगता है?', 'no_promise'],
    ['pa', 'ਤੁਹਾਨੂੰ ਘਰ ਦਾ ਕੰਮ ਮੁਕਾਉਣ ਵਿੱਚ ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ?', 'no_promise'],
    ['pa', 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਵੱਖਰਾ ਕਮਰਾ ਦਿਵਾ ਦਿਆਂਗੇ।', 'next_steps'],
    ['pa', 'ਤੁਹਾਡਾ ਪੁੱਤ ਕਿੱਥੇ ਕੰਮ ਕਰਦਾ ਹੈ?', 'safety'],
    ['pa', 'ਸਾਡੇ supervisor ਵੀ ਤੁਹਾਡੇ messages ਪੜ੍ਹਨਗੇ, ਠੀਕ ਹੈ?', 'safety'],
    ['ne', 'तपाईंको राहदानीको फोटो रेकर्डका लागि पठाइदिनुहोस्।', 'privacy'],
    ['ne', 'यहाँबाट काममा जान कति समय लाग्छ?', 'no_promise'],
    ['ne', 'चाहनुहुन्छ भने टिप लाइनमा नाम नदिई रिपोर्ट गर्न सकिन्छ, म नम्बर दिन्छु।', 'no_police'],
    ['ne', 'तपाईंले प्रहरीलाई भन्नुपर्छ।', 'privacy'],
    ['ne', 'वकिलसँग कुरा गर्दा दोभाषे चाहिन्छ भने हामी मिलाउँछौं।', 'legal'],
    ['ne', 'मालिकले तपाईंलाई deport गर्न सक्दैन, यो कानुन हो।', 'no_promise'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
