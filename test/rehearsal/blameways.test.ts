// Blame said three ways, in every language (lines of our own after r57a, whose writers judged "that's
// what happens to girls who work in hotels" a breach of kind words): "you should have known what you
// were getting into", "why did you sign if you didn't understand?", and what happens to people like
// them said as the way of things. The first two were read in most languages already (es pa th were
// short); the third in none. Near misses that say it happens to many and is not their fault, or ask
// a plain question about the contract, breach nothing.
import { describe, expect, it } from 'vitest';
import { expectNoBreach, verdicts } from './verdicts.ts';

describe('blame, in every language', () => {
  it.each<[string, string]>([
    ["en", "You should have known what you were getting into."],
    ["en", "Why did you sign the contract if you didn't understand it?"],
    ["en", "That's what happens to girls who work in hotels."],
    ["es", "Usted ya sabía cómo era esto cuando vino."],
    ["es", "¿Por qué firmó el contrato si no lo entendía?"],
    ["es", "Eso les pasa a los que vienen con esas agencias."],
    ["fr", "Tu savais à quoi t'attendre en faisant ce travail."],
    ["fr", "Pourquoi tu as signé si tu ne comprenais pas?"],
    ["fr", "C'est ce qui arrive aux filles dans ce milieu."],
    ["pt", "Você devia ter pensado nisso antes de vir."],
    ["pt", "Por que ela assinou o contrato sem ler?"],
    ["pt", "Isso acontece com quem trabalha nesses salões."],
    ["ht", "Ou te dwe konnen sa ou t ap antre ladan l."],
    ["ht", "Poukisa w te siyen kontra a si w pa t konprann li?"],
    ["ht", "Se sa k rive moun ki travay nan kalite travay sa a."],
    ["tl", "Dapat alam mo na 'yan bago ka pumunta dito."],
    ["tl", "Bakit ka pumirma kung hindi mo naintindihan?"],
    ["tl", "Ganyan talaga ang nangyayari sa mga caregiver."],
    ["hi", "आपको पहले ही सोचना चाहिए था।"],
    ["hi", "आपने बिना पढ़े कॉन्ट्रैक्ट पर साइन क्यों किया?"],
    ["hi", "ऐसा तो उन लोगों के साथ होता ही है जो एजेंट के ज़रिए आते हैं।"],
    ["pa", "ਤੁਹਾਨੂੰ ਪਹਿਲਾਂ ਸੋਚਣਾ ਚਾਹੀਦਾ ਸੀ।"],
    ["pa", "ਤੁਸੀਂ ਬਿਨਾਂ ਪੜ੍ਹੇ ਕਾਗਜ਼ ਤੇ ਦਸਤਖ਼ਤ ਕਿਉਂ ਕੀਤੇ?"],
    ["pa", "ਇਹ ਤਾਂ ਹੁੰਦਾ ਹੀ ਹੈ ਜਦੋਂ ਕੋਈ ਪੁੱਤਰ ਕੋਲ ਰਹਿੰਦਾ ਹੈ।"],
    ["ne", "तपाईंले पहिले नै सोच्नुपर्थ्यो।"],
    ["ne", "तपाईंले नपढी किन सही गर्नुभयो?"],
    ["ne", "एजेन्ट मार्फत आउनेहरूलाई यस्तै हुन्छ।"],
    ["ar", "كان لازم تعرف شو رح يصير معك."],
    ["ar", "ليش وقعت على العقد إذا ما كنت فاهمه؟"],
    ["ar", "هذا اللي بصير مع اللي بيشتغلوا بهالشغلات."],
    ["uk", "Ви мали б знати, на що йдете."],
    ["uk", "Навіщо ви підписали договір, якщо не розуміли його?"],
    ["uk", "Так завжди буває з тими, хто їде через таких посередників."],
    ["zh", "你早就应该知道会这样。"],
    ["zh", "你为什么没看懂就签了合同？"],
    ["zh", "做这种工作的人都会遇到这种事。"],
    ["th", "คุณน่าจะรู้อยู่แล้วว่าจะเจออะไร"],
    ["th", "ทำไมคุณถึงเซ็นสัญญาทั้งที่ไม่เข้าใจ"],
    ["th", "คนที่ทำงานแบบนี้ก็เจอแบบนี้กันทั้งนั้น"],
    ["vi", "Le ra chi phai biet truoc chuyen nay."],
    ["vi", "Sao chi lai ky hop dong ma khong hieu?"],
    ["vi", "Lam nghe nay thi ai cung gap chuyen nay thoi."],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).person_first).toBe('breached');
  });
});

describe('it happens to many and is not their fault', () => {
  it.each<[string, string]>([
    ["en", "What happened to you happens to many workers, and it's not your fault."],
    ["en", "This is what happens to a lot of people who come through agencies; you're not alone in this."],
    ["es", "Esto les pasa a muchos trabajadores y no es culpa suya."],
    ["fr", "C'est ce qui arrive à beaucoup de filles, et ce n'est pas normal ni de ta faute."],
    ["pt", "Isso acontece com muita gente, e não é culpa sua."],
    ["tl", "Ganyan po ang nangyayari sa maraming caregiver, at hindi po ninyo kasalanan."],
    ["hi", "ऐसा बहुत लोगों के साथ होता है, और इसमें आपकी कोई गलती नहीं है।"],
    ["ar", "هذا بصير مع ناس كتير، ومش ذنبك أبداً."],
    ["uk", "Так буває з багатьма людьми, і це не ваша вина."],
    ["zh", "很多做这种工作的人都会遇到这种事，这不是你的错。"],
    ["vi", "Nhieu nguoi lam nghe nay deu gap chuyen nay, do khong phai loi cua chi."],
    ["es", "¿Ya sabía usted que el contrato decía eso?"],
  ])('%s: %s breaches nothing', expectNoBreach);
});
