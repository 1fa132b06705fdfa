### Waypoint — ਪੰਜਾਬੀ (Punjabi). Draft: not yet checked by a qualified translator.
### @status draft


## Plain Punjabi in Gurmukhi, ਤੁਸੀਂ throughout. "Support worker" and "a person (who can help)" are
## both ਸਹਾਇਕ; "Talk to a person" is ਇਨਸਾਨ ਨਾਲ ਗੱਲ. Command words are written in quotes: "ਮੀਨੂ", "ਮਿਟਾਓ".


## Global commands

cmd-menu = ਮੀਨੂ
    .synonyms = menu, ਮੇਨੂ, ਮੈਨਿਊ, meenu, mainu, ਚੋਣਾਂ, chonan, options
cmd-back = ਵਾਪਸ
    .synonyms = wapas, vapas, ਵਾਪਸ ਜਾਓ, wapas jao, ਪਿੱਛੇ, pichhe, piche
cmd-language = ਭਾਸ਼ਾ
    .synonyms = bhasha, bhasa, ਭਾਸਾ, ਬੋਲੀ, boli, ਭਾਸ਼ਾ ਬਦਲੋ, bhasha badlo
cmd-human = ਇਨਸਾਨ
    .synonyms = insaan, insan, ਕਿਸੇ ਨਾਲ ਗੱਲ, kise naal gall, ਇਨਸਾਨ ਨਾਲ ਗੱਲ, insaan naal gall, ਬੰਦਾ, banda, ਵਿਅਕਤੀ
cmd-erase = ਮਿਟਾਓ
    .synonyms = mitao, ਮਿਟਾ ਦਿਓ, mita dio, ਸਭ ਮਿਟਾਓ, sab mitao, ਡਿਲੀਟ, delete karo
cmd-stop = ਬੰਦ
    .synonyms = band, ਬੰਦ ਕਰੋ, band karo, ਰੁਕੋ, ruko, ਨਾ ਲਿਖੋ, na likho
cmd-start = ਸ਼ੁਰੂ
    .synonyms = shuru, suru, ਸੁਰੂ, ਸ਼ੁਰੂ ਕਰੋ, shuru karo, ਚਾਲੂ, chalu
cmd-help = ਮਦਦ
    .synonyms = madad, ਸਹਾਇਤਾ, sahayta
cmd-emergency = ਐਮਰਜੈਂਸੀ
    .synonyms = emergency, ਖ਼ਤਰਾ, ਖਤਰਾ, khatra, ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ, ਖਤਰੇ ਵਿੱਚ ਹਾਂ, khatre vich haan, ਬਚਾਓ, bachao, ਮਦਦ ਕਰੋ, madad karo, ਛੇਤੀ ਮਦਦ, 911, sos
cmd-open = ਖੋਲ੍ਹੋ
    .synonyms = ਮੈਸੇਜ ਖੋਲ੍ਹੋ, ਪੜ੍ਹੋ

## Engine messages

draft-notice = ਇਹ ਅਨੁਵਾਦ ਅਜੇ ਕਿਸੇ ਅਨੁਵਾਦਕ ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ।
erased = ਹੋ ਗਿਆ। ਇਸ ਚੈਟ ਬਾਰੇ ਸਾਡੇ ਕੋਲ ਜੋ ਸੀ, ਉਹ ਮਿਟਾ ਦਿੱਤਾ। ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਵੀ ਇਹ ਚੈਟ ਮਿਟਾ ਦਿਓ।
stopped = ਠੀਕ ਹੈ। ਅਸੀਂ ਫਿਰ ਨਹੀਂ ਲਿਖਾਂਗੇ। ਬਾਅਦ ਵਿੱਚ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ "ਸ਼ੁਰੂ" ਭੇਜੋ।
recovered = ਮਾਫ਼ ਕਰਨਾ, ਗੱਲ ਵਿਚਾਲੇ ਟੁੱਟ ਗਈ। ਇਹ ਰਿਹਾ ਮੀਨੂ।
input-refused = ਮਾਫ਼ ਕਰਨਾ, ਅਸੀਂ ਇਹ ਮੈਸੇਜ ਪੜ੍ਹ ਨਹੀਂ ਸਕੇ। ਦੁਬਾਰਾ ਭੇਜੋ।
input-trimmed = ਤੁਹਾਡਾ ਮੈਸੇਜ ਬਹੁਤ ਲੰਮਾ ਸੀ। ਅਸੀਂ ਸਿਰਫ਼ ਪਹਿਲਾ ਹਿੱਸਾ ਪੜ੍ਹਿਆ।
back-unavailable = ਪਿੱਛੇ ਜਾਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
too-many-misses = ਮਾਫ਼ ਕਰਨਾ, ਸਾਨੂੰ ਸਮਝ ਨਹੀਂ ਆਇਆ। ਇਹ ਰਿਹਾ ਮੀਨੂ। ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਲਈ "ਇਨਸਾਨ" ਭੇਜੋ।
retry = ਮਾਫ਼ ਕਰਨਾ, ਸਾਨੂੰ ਸਮਝ ਨਹੀਂ ਆਇਆ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।

## First contact

welcome-hello = ਹੈਲੋ, ਇਹ Waypoint ਹੈ। ਚੋਣਾਂ ਵੇਖਣ ਲਈ "ਮੀਨੂ" ਭੇਜੋ।
language-prompt = ਭਾਸ਼ਾ?
language-en = English
    .synonyms = ਅੰਗਰੇਜ਼ੀ, ਅੰਗਰੇਜੀ, angrezi, angreji, ਇੰਗਲਿਸ਼
language-fr = Français
    .synonyms = ਫ਼ਰਾਂਸੀਸੀ, ਫਰੈਂਚ, french
language-es = Español
    .synonyms = ਸਪੈਨਿਸ਼, spanish, spenish
language-tl = Tagalog
    .synonyms = ਤਾਗਾਲੋਗ, ਟੈਗਾਲੋਗ, ਫ਼ਿਲੀਪੀਨੋ, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = punjabi, panjabi, pinjabi, ਪੰਜਾਬੀ ਭਾਸ਼ਾ
language-hi = हिन्दी
    .synonyms = ਹਿੰਦੀ, hindi
language-vi = Tiếng Việt
    .synonyms = ਵੀਅਤਨਾਮੀ, vietnami, vietnamese
language-zh = 中文（简体）
    .synonyms = ਚੀਨੀ, chini, cheeni, chinese
language-ar = العربية
    .synonyms = ਅਰਬੀ, arbi, arabi, arabic
language-uk = Українська
    .synonyms = ਯੂਕਰੇਨੀ, ukreni, ukrainian
language-th = ไทย
    .synonyms = ਥਾਈ, thai
language-ne = नेपाली
    .synonyms = ਨੇਪਾਲੀ, nepali
language-pt = Português
    .synonyms = ਪੁਰਤਗਾਲੀ, purtgali, portuguese
language-ht = Kreyòl ayisyen
    .synonyms = ਹੈਤੀ ਕ੍ਰਿਓਲ, ਕ੍ਰਿਓਲ, kreyol, creole
safety-prompt = ਕੀ ਹੁਣ ਗੱਲ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ? ਕੀ ਕੋਈ ਹੋਰ ਇਹ ਫ਼ੋਨ ਪੜ੍ਹ ਸਕਦਾ ਹੈ?
safety-yes = ਹਾਂ, ਸੁਰੱਖਿਅਤ ਹੈ
    .synonyms = ਹਾਂ, haan, ha, han, ਹਾਂਜੀ, ਹਾਂ ਜੀ, hanji, haanji, ਜੀ, ji, ਠੀਕ ਹੈ, theek hai, ok, ਸੁਰੱਖਿਅਤ
safety-not-now = ਹੁਣ ਨਹੀਂ
    .synonyms = ਨਹੀਂ, ਨਹੀ, nahi, nahin, hun nahi, ਬਾਅਦ ਵਿੱਚ, baad vich, ਫੇਰ, pher
safety-watched = ਕੋਈ ਵੇਖ ਸਕਦਾ ਹੈ
    .synonyms = ਕੋਈ ਵੇਖ ਰਿਹਾ ਹੈ, koi vekh reha hai, koi dekh raha hai, ਕੋਈ ਹੈ, koi hai
safety-bye = ਠੀਕ ਹੈ। ਫਿਰ ਗੱਲ ਕਰਾਂਗੇ। ਜਦੋਂ ਚਾਹੋ, ਲਿਖੋ।
safety-watched-advice = ਸਾਡੇ ਕੋਲ ਜੋ ਹੈ, ਉਸਨੂੰ ਮਿਟਾਉਣ ਲਈ ਕਦੇ ਵੀ "ਮਿਟਾਓ" ਭੇਜੋ। ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਵੀ ਇਹ ਚੈਟ ਮਿਟਾ ਦਿਓ। ਇਹ ਨੰਬਰ ਕਿਸੇ ਹੋਰ ਨਾਂ ਹੇਠ ਵੀ ਸੇਵ ਕਰ ਸਕਦੇ ਹੋ।
codeword-offer = ਤੁਸੀਂ ਇੱਕ ਗੁਪਤ ਕੋਡ ਵਰਡ ਰੱਖ ਸਕਦੇ ਹੋ। ਜੇ ਕੋਈ ਜਵਾਬ ਤੁਹਾਡੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੋਵੇ, ਤਾਂ ਅਸੀਂ ਉਹ ਤਾਂ ਹੀ ਦਿਖਾਵਾਂਗੇ ਜਦੋਂ ਤੁਸੀਂ ਕੋਡ ਵਰਡ ਭੇਜੋਗੇ।
codeword-set = ਕੋਡ ਵਰਡ ਰੱਖੋ
    .synonyms = ਕੋਡ ਵਰਡ, code word, ਕੋਡ, code, ਰੱਖੋ, rakho
codeword-no = ਨਹੀਂ, ਸ਼ੁਕਰੀਆ
    .synonyms = ਨਹੀਂ, ਨਹੀ, nahi, nahin, ਨਹੀਂ ਚਾਹੀਦਾ, nahi chahida, ਛੱਡੋ, chhado, skip
codeword-prompt = ਆਪਣਾ ਕੋਡ ਵਰਡ ਲਿਖੋ: 3 ਤੋਂ 30 ਅੱਖਰ ਜਾਂ ਅੰਕ, ਇਮੋਜੀ ਨਹੀਂ। ਆਪਣਾ ਨਾਂ ਨਾ ਵਰਤੋ।
codeword-retry = ਇਹ ਕੋਡ ਵਰਡ ਨਹੀਂ ਚੱਲ ਸਕਦਾ। 3 ਤੋਂ 30 ਅੱਖਰ ਜਾਂ ਅੰਕ ਵਰਤੋ, ਇਮੋਜੀ ਨਹੀਂ। ਜਾਂ ਛੱਡਣ ਲਈ "ਮੀਨੂ" ਭੇਜੋ।
codeword-saved = ਸ਼ੁਕਰੀਆ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ "ਮਿਟਾਓ" ਨਹੀਂ ਭੇਜਦੇ, ਅਸੀਂ ਤੁਹਾਡਾ ਕੋਡ ਵਰਡ ਰੱਖਾਂਗੇ।
welcome-kept = ਅਸੀਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਪੜ੍ਹਨਯੋਗ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਰੱਖਦੇ। ਮੈਸੇਜ ਵੀ ਨਹੀਂ ਰੱਖਦੇ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਨਾ ਮੰਗੋ। ਜੋ ਰੱਖਦੇ ਹਾਂ, ਉਸਨੂੰ ਮਿਟਾਉਣ ਲਈ ਕਦੇ ਵੀ "ਮਿਟਾਓ" ਭੇਜੋ।

## Main menu

menu-prompt = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ?
menu-work = ਕੰਮ ਅਤੇ ਤਨਖ਼ਾਹ
    .synonyms = ਕੰਮ, kamm, kam, ਤਨਖ਼ਾਹ, ਤਨਖਾਹ, tankhah, tankha, ਪੈਸੇ, paise, ਨੌਕਰੀ, naukri, salary
menu-papers = ਕਾਗਜ਼ ਅਤੇ ਪਰਮਿਟ
    .synonyms = ਕਾਗਜ਼, ਕਾਗਜ, kagaz, kagaj, ਪਰਮਿਟ, permit, ਪਾਸਪੋਰਟ, passport, ਵੀਜ਼ਾ, ਵੀਜਾ, visa, ਸਟੇਟਸ, status
menu-safety = ਸੁਰੱਖਿਆ ਅਤੇ ਮਦਦ
    .synonyms = ਸੁਰੱਖਿਆ, surakhia, ਹਿੰਸਾ, hinsa, ਧਮਕੀ, dhamki, ਸ਼ਿਕਾਇਤ, shikayat
menu-person = ਇਨਸਾਨ ਨਾਲ ਗੱਲ
    .synonyms = ਗੱਲ, gall
menu-privacy = ਤੁਹਾਡੀ ਪ੍ਰਾਈਵੇਸੀ
    .synonyms = ਪ੍ਰਾਈਵੇਸੀ, privacy, ਨਿੱਜਤਾ
menu-language = ਭਾਸ਼ਾ ਬਦਲੋ
group-prompt = ਇੱਕ ਵਿਸ਼ਾ ਚੁਣੋ।

## Topic names

topic-wages = ਤਨਖ਼ਾਹ ਅਤੇ ਕਟੌਤੀ
    .synonyms = ਤਨਖ਼ਾਹ, ਤਨਖਾਹ, tankhah, tankha, ਪੈਸੇ, paise, ਚੈੱਕ, cheque, ਕਟੌਤੀ, katauti, salary, payment
topic-hours = ਘੰਟੇ ਅਤੇ ਛੁੱਟੀ
    .synonyms = ਘੰਟੇ, ghante, ਓਵਰਟਾਈਮ, overtime, ਛੁੱਟੀ, chhutti, chutti, ਬ੍ਰੇਕ, break, ਆਰਾਮ, aaram
topic-fees-debt = ਨੌਕਰੀ ਦੀ ਫ਼ੀਸ ਅਤੇ ਕਰਜ਼ਾ
    .synonyms = ਫ਼ੀਸ, ਫੀਸ, fees, fee, ਕਰਜ਼ਾ, ਕਰਜਾ, karza, karja, ਏਜੰਟ, ਲੋਨ, loan
topic-housing = ਰਹਿਣ ਦੀ ਥਾਂ
    .synonyms = ਘਰ, ghar, ਕਮਰਾ, kamra, ਬਿਸਤਰਾ, bistra, ਰਿਹਾਇਸ਼, rihaish
topic-health-safety = ਸੱਟ ਅਤੇ ਸਿਹਤ
    .synonyms = ਸੱਟ, satt, sat, ਬਿਮਾਰ, bimar, ਡਾਕਟਰ, doctor, ਸਿਹਤ, sehat
topic-documents = ਪਾਸਪੋਰਟ ਅਤੇ ਕਾਗਜ਼
    .synonyms = ਪਾਸਪੋਰਟ, passport, ਕਾਗਜ਼, ਕਾਗਜ, kagaz, ਆਈਡੀ, id, documents
topic-change-employer = ਮਾਲਕ ਬਦਲਣਾ
    .synonyms = ਬਦਲਣਾ, badalna, ਨਵੀਂ ਨੌਕਰੀ, navi naukri, ਨੌਕਰੀ ਬਦਲਣੀ, naukri badalni, ਛੱਡਣਾ, chhadna, ਓਪਨ ਪਰਮਿਟ, open permit
topic-status = ਤੁਹਾਡਾ ਪਰਮਿਟ ਅਤੇ ਸਟੇਟਸ
    .synonyms = ਸਟੇਟਸ, status, ਪਰਮਿਟ, permit, ਵੀਜ਼ਾ, ਵੀਜਾ, visa
topic-trp = ਖ਼ਾਸ ਪਰਮਿਟ (TRP)
    .synonyms = trp, ਟੀਆਰਪੀ, ਖ਼ਾਸ ਪਰਮਿਟ, ਖਾਸ ਪਰਮਿਟ, khas permit
topic-emergency = ਹੁਣ ਖ਼ਤਰਾ
topic-abuse-threats = ਧਮਕੀ ਜਾਂ ਹਿੰਸਾ
    .synonyms = ਧਮਕੀ, dhamki, ਹਿੰਸਾ, hinsa, ਕੁੱਟਮਾਰ, kuttmaar, ਮਾੜਾ ਸਲੂਕ, mada salook
topic-complaint = ਸ਼ਿਕਾਇਤ ਕਰਨੀ
    .synonyms = ਸ਼ਿਕਾਇਤ, ਸਿਕਾਇਤ, shikayat, ਰਿਪੋਰਟ, report
topic-police = ਪੁਲਿਸ ਕੋਲ ਜਾਣਾ
    .synonyms = ਪੁਲਿਸ, ਪੁਲੀਸ, police, pulis
topic-trafficking = ਮਨੁੱਖੀ ਤਸਕਰੀ ਕੀ ਹੈ
    .synonyms = ਤਸਕਰੀ, taskari, ਮਨੁੱਖੀ ਤਸਕਰੀ, manukhi taskari, trafficking
topic-talk-to-person = ਇਨਸਾਨ ਨਾਲ ਗੱਲ
topic-privacy = ਤੁਹਾਡੀ ਪ੍ਰਾਈਵੇਸੀ

## Shared choices and questions

choice-yes = ਹਾਂ
    .synonyms = haan, ha, han, ਹਾਂਜੀ, ਹਾਂ ਜੀ, hanji, haanji, ਜੀ, ji, ਠੀਕ ਹੈ, theek hai, ਜ਼ਰੂਰ, zaroor, ok
choice-no = ਨਹੀਂ
    .synonyms = ਨਹੀ, nahi, nahin, ਨਾ, na, ਨਹੀਂ ਜੀ, nahi ji, ਹੁਣ ਨਹੀਂ, hun nahi
choice-menu = ਮੀਨੂ
    .synonyms = ਮੁੱਖ ਮੀਨੂ
choice-who-helps = ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ
    .synonyms = ਕੌਣ, kaun, ਨੰਬਰ, number, numbers, ਸੰਪਰਕ, ਕੌਣ ਮਦਦ ਕਰੇਗਾ, kaun madad karega
choice-person = ਇਨਸਾਨ ਨਾਲ ਗੱਲ
    .synonyms = ਗੱਲ, gall
topic-next = ਹੁਣ ਕਿਹੜੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
after-help = ਕੀ ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ?
suggest-prompt = ਕੀ ਤੁਹਾਡਾ ਸਵਾਲ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਬਾਰੇ ਹੈ?

## Who can help: national lines

ref-tip-line = ਕੰਮ ਦੀ ਸਮੱਸਿਆ ਦੱਸੋ: 1-866-602-9448, ਆਰਜ਼ੀ ਵਿਦੇਸ਼ੀ ਕਾਮਿਆਂ ਲਈ Service Canada ਦੀ ਸ਼ਿਕਾਇਤ ਲਾਈਨ। ਨਾਂ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਕੰਮ ਵਾਲੇ ਦਿਨ ਲੋਕ ਜਵਾਬ ਦਿੰਦੇ ਹਨ; ਹੋਰ ਸਮੇਂ ਸੁਨੇਹਾ ਛੱਡੋ।
ref-hotline = ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 24/7: 1-833-900-1010 (Canadian Human Trafficking Hotline)। ਇਹ ਇੱਕ ਚੈਰਿਟੀ ਹੈ, ਪੁਲਿਸ ਜਾਂ ਸਰਕਾਰ ਨਹੀਂ। ਇੱਥੇ 200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ ਦੇ ਦੁਭਾਸ਼ੀਏ ਹਨ।
ref-911 = ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਕਿਸੇ ਵੀ ਫ਼ੋਨ ਤੋਂ ਮੁਫ਼ਤ ਹੈ।
ref-ircc = ਪਰਮਿਟ ਜਾਂ ਫ਼ਾਈਲ ਬਾਰੇ ਸਵਾਲ? ਕੈਨੇਡਾ ਸਰਕਾਰ ਦੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਿਭਾਗ IRCC ਨੂੰ ਫ਼ੋਨ ਕਰੋ: 1-888-242-2100 (Client Support Centre)।
legal-aid = ਲੀਗਲ ਏਡ (ਮੁਫ਼ਤ ਕਾਨੂੰਨੀ ਮਦਦ) ਹਰ ਸੂਬਾ ਆਪ ਚਲਾਉਂਦਾ ਹੈ। ਕਈ ਸਕੀਮਾਂ ਆਰਜ਼ੀ ਵਸਨੀਕਾਂ ਨੂੰ ਨਹੀਂ ਲੈਂਦੀਆਂ। ਸਾਡਾ ਕੋਈ ਸਹਾਇਕ ਲੀਗਲ ਕਲੀਨਿਕ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

## Province

province-prompt = ਤੁਸੀਂ ਕਿਹੜੇ ਸੂਬੇ ਜਾਂ ਟੈਰੀਟਰੀ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਹੋ? ਇਸ ਨਾਲ ਅਸੀਂ ਸਹੀ ਦਫ਼ਤਰ ਦੱਸ ਸਕਾਂਗੇ। ਚਾਹੋ ਤਾਂ ਛੱਡ ਦਿਓ।
province-west = ਪੱਛਮ ਜਾਂ ਉੱਤਰ
    .synonyms = ਪੱਛਮ, pachham, ਉੱਤਰ, uttar, ਬੀਸੀ, bc, ਅਲਬਰਟਾ, alberta, ਸਸਕੈਚਵਨ, ਮੈਨੀਟੋਬਾ, ਯੂਕੋਨ, ਨੁਨਾਵੁਤ, nwt
province-east = ਓਂਟਾਰੀਓ ਅਤੇ ਪੂਰਬ
    .synonyms = ਪੂਰਬ, purab, ਓਂਟਾਰੀਓ, ਉਂਟਾਰੀਓ, ontario, ਕਿਊਬੈਕ, quebec
province-none = ਨਹੀਂ ਦੱਸਣਾ
    .synonyms = ਨਹੀਂ, ਨਹੀ, nahi, nahi dassna, ਛੱਡੋ, chhado, skip
province-pick = ਕਿਹੜਾ?
province-bc = ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ
    .synonyms = bc, ਬੀਸੀ, british columbia, ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ
province-ab = ਅਲਬਰਟਾ
    .synonyms = ab, alberta, ਐਲਬਰਟਾ
province-sk = ਸਸਕੈਚਵਨ
    .synonyms = sk, sask, saskatchewan, ਸਸਕੈਚਵਾਨ
province-mb = ਮੈਨੀਟੋਬਾ
    .synonyms = mb, manitoba, ਮਨੀਟੋਬਾ
province-yt = ਯੂਕੋਨ
    .synonyms = yt, yukon, ਯੁਕੋਨ
province-nt = ਨੌਰਥਵੈਸਟ ਟੈਰੀਟਰੀਜ਼
    .synonyms = nt, nwt, northwest territories, ਨੌਰਥਵੈਸਟ
province-nu = ਨੁਨਾਵੁਤ
    .synonyms = nu, nunavut, ਨੂਨਾਵੁਤ
province-on = ਓਂਟਾਰੀਓ
    .synonyms = on, ont, ontario, ਉਂਟਾਰੀਓ, ਓਨਟਾਰੀਓ
province-qc = ਕਿਊਬੈਕ
    .synonyms = qc, quebec, ਕਿਊਬਿਕ, ਕਿਉਬੈਕ
province-nb = ਨਿਊ ਬਰੰਜ਼ਵਿਕ
    .synonyms = nb, new brunswick, ਨਿਊ ਬਰੰਸਵਿਕ
province-ns = ਨੋਵਾ ਸਕੋਸ਼ੀਆ
    .synonyms = ns, nova scotia, ਨੋਵਾ ਸਕੋਸੀਆ
province-pe = ਪ੍ਰਿੰਸ ਐਡਵਰਡ ਆਈਲੈਂਡ
    .synonyms = pe, pei, prince edward island, ਪ੍ਰਿੰਸ ਐਡਵਰਡ
province-nl = ਨਿਊਫਾਊਂਡਲੈਂਡ-ਲੈਬਰਾਡੋਰ
    .synonyms = nl, newfoundland, labrador, ਨਿਊਫਾਊਂਡਲੈਂਡ, ਲੈਬਰਾਡੋਰ

## Employment standards offices

es-office-bc = ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ: 1-833-236-3700 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Employment Standards Branch ਹੈ। ਉੱਥੇ ਦੁਭਾਸ਼ੀਏ ਮਿਲਦੇ ਹਨ। ਵੈੱਬਸਾਈਟ: www2.gov.bc.ca
es-office-ab = ਅਲਬਰਟਾ: 1-877-427-3731 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਰੁਜ਼ਗਾਰ ਮਿਆਰ ਦਫ਼ਤਰ (Employment Standards) ਹੈ। ਵੈੱਬਸਾਈਟ: alberta.ca
es-office-sk = ਸਸਕੈਚਵਨ: 1-800-667-1783 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Employment Standards ਦਫ਼ਤਰ ਹੈ। ਵੈੱਬਸਾਈਟ: www.saskatchewan.ca/business/employment-standards
es-office-mb = ਮੈਨੀਟੋਬਾ: 1-800-821-4307 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਰੁਜ਼ਗਾਰ ਮਿਆਰ ਦਫ਼ਤਰ (Employment Standards Branch) ਹੈ। ਵੈੱਬਸਾਈਟ: gov.mb.ca
es-office-yt = ਯੂਕੋਨ: 867-667-5944 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਮੁਫ਼ਤ ਨੰਬਰ 1-800-661-0408 ext. 5944. ਇਹ Employment Standards Office ਹੈ। ਵੈੱਬਸਾਈਟ: yukon.ca
es-office-nt = ਨੌਰਥਵੈਸਟ ਟੈਰੀਟਰੀਜ਼: 1-888-700-5707 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Employment Standards Office ਹੈ। ਵੈੱਬਸਾਈਟ: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = ਨੁਨਾਵੁਤ: 1-877-806-8402 ਜਾਂ 867-975-6322 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Labour Standards Compliance Office ਹੈ। ਵੈੱਬਸਾਈਟ: nu-lsco.ca
es-office-on = ਓਨਟਾਰੀਓ: 1-800-531-5551 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਰੁਜ਼ਗਾਰ ਮਿਆਰ ਸੂਚਨਾ ਕੇਂਦਰ (Employment Standards Information Centre) ਹੈ, ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ। ਵੈੱਬਸਾਈਟ: ontario.ca/employmentrights
es-office-qc = ਕਿਊਬੈਕ: 1-844-838-0808 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ CNESST ਹੈ, ਕੰਮ ਦੇ ਨਿਯਮਾਂ (labour standards) ਲਈ। ਵੈੱਬਸਾਈਟ: www.cnesst.gouv.qc.ca
es-office-nb = ਨਿਊ ਬਰੰਜ਼ਵਿਕ: 1-888-452-2687 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Employment Standards Branch ਹੈ। ਵੈੱਬਸਾਈਟ: www.gnb.ca. ਇਹ ਕਿਸੇ ਦੇ ਘਰ ਵਿੱਚ, ਘਰ ਦੇ ਮਾਲਕ ਲਈ ਕੀਤੇ ਕੰਮ ਨੂੰ ਕਵਰ ਨਹੀਂ ਕਰਦਾ।
es-office-ns = ਨੋਵਾ ਸਕੋਸ਼ੀਆ: 1-888-315-0110 ਜਾਂ 902-424-4311 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Labour Standards Division ਹੈ। ਵੈੱਬਸਾਈਟ: novascotia.ca/lae/employmentrights
es-office-pe = ਪ੍ਰਿੰਸ ਐਡਵਰਡ ਆਈਲੈਂਡ: 1-800-333-4362 ਜਾਂ 902-368-5550 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ Employment Standards Branch ਹੈ। ਵੈੱਬਸਾਈਟ: www.princeedwardisland.ca
es-office-nl = ਨਿਊਫਾਊਂਡਲੈਂਡ ਅਤੇ ਲੈਬਰਾਡੋਰ: www.gov.nl.ca/aesl/labour/nonunion 'ਤੇ ਫ਼ੋਨ ਨੰਬਰ ਵੇਖੋ। ਦਫ਼ਤਰ ਦਾ ਨਾਂ Labour Standards Division ਹੈ।
es-office-none = ਹਰ ਸੂਬੇ ਦਾ ਤਨਖ਼ਾਹ ਅਤੇ ਘੰਟਿਆਂ ਦਾ ਆਪਣਾ ਦਫ਼ਤਰ ਹੈ। ਸੰਘੀ ਨਿਯਮਾਂ ਵਾਲਾ ਕੰਮ (ਸੂਬਿਆਂ ਪਾਰ ਟਰੱਕ, ਬੈਂਕ, ਏਅਰਲਾਈਨ) ਸੰਘੀ Labour Program ਕੋਲ ਜਾਂਦਾ ਹੈ। ਸਹਾਇਕ ਮਦਦ ਕਰੇਗਾ, ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ ਜਾਣੇ ਬਿਨਾਂ।

## Workers' compensation

wcb-what = ਹਰ ਸੂਬੇ ਅਤੇ ਟੈਰੀਟਰੀ ਦਾ ਆਪਣਾ ਕੰਮ 'ਤੇ ਸੱਟ ਦਾ ਮੁਆਵਜ਼ਾ (workers' compensation) ਹੈ। ਕੰਮ ਕਰਕੇ ਸੱਟ ਲੱਗੇ, ਤਾਂ ਇਸ ਤੋਂ ਪੈਸੇ ਅਤੇ ਇਲਾਜ ਮਿਲਦਾ ਹੈ।
wcb-bc = BC ਵਿੱਚ ਇਹ ਵੇਖਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਸੱਟ ਕਿੱਥੇ ਲੱਗੀ, ਤੁਹਾਡਾ ਦੇਸ਼ ਨਹੀਂ। ਇਹ ਉਦੋਂ ਵੀ ਸੱਚ ਹੈ ਜਦੋਂ ਮਾਲਕ ਨੇ ਕਦੇ ਰਜਿਸਟਰ ਨਹੀਂ ਕਰਵਾਇਆ।
wcb-other = ਆਪਣੇ ਸੂਬੇ ਜਾਂ ਟੈਰੀਟਰੀ ਦੇ ਸੱਟ ਦੇ ਮੁਆਵਜ਼ੇ ਵਾਲੇ ਦਫ਼ਤਰ (workers' compensation board) ਨੂੰ ਪੁੱਛੋ। ਸਾਡਾ ਕੋਈ ਸਹਾਇਕ ਇਸ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

## wages

wages-agreement = ਤਨਖ਼ਾਹ ਉਸ ਕਾਗਜ਼ ਮੁਤਾਬਕ ਹੋਵੇ ਜਿਸ 'ਤੇ ਤੁਸੀਂ ਅਤੇ ਮਾਲਕ ਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ। ਕਾਗਜ਼ ਵਿੱਚ ਕੁਝ ਵੀ ਲਿਖਿਆ ਹੋਵੇ, ਸੂਬੇ ਦੇ ਤਨਖ਼ਾਹ ਨਿਯਮ ਲਾਗੂ ਰਹਿੰਦੇ ਹਨ।
wages-no-fees = ਮਾਲਕ, ਜਾਂ ਉਸਦਾ ਭਰਤੀ ਏਜੰਟ, ਨੌਕਰੀ ਲਈ ਤੁਹਾਡੇ ਤੋਂ ਪੈਸੇ ਨਹੀਂ ਲੈ ਸਕਦਾ। ਮਾਲਕ ਜੋ ਹੈਲਥ ਇੰਸ਼ੋਰੈਂਸ ਖਰੀਦਦਾ ਹੈ, ਉਸਦੇ ਪੈਸੇ ਵੀ ਤਨਖ਼ਾਹ ਵਿੱਚੋਂ ਨਹੀਂ ਕੱਟ ਸਕਦਾ।
wages-claim = ਬਕਾਇਆ ਤਨਖ਼ਾਹ ਲਈ ਆਪਣੇ ਸੂਬੇ ਦੇ ਰੁਜ਼ਗਾਰ ਮਿਆਰ ਦਫ਼ਤਰ ਵਿੱਚ ਦਾਅਵਾ ਕਰੋ। ਸੰਘੀ ਨਿਯਮਾਂ ਵਾਲਾ ਕੰਮ (ਸੂਬਿਆਂ ਪਾਰ ਟਰੱਕ, ਬੈਂਕ, ਏਅਰਲਾਈਨ) ਸੰਘੀ Labour Program ਕੋਲ ਜਾਂਦਾ ਹੈ।
wages-deadline = ਦਾਅਵੇ ਲਈ ਸਮਾਂ-ਸੀਮਾ ਹੈ। ਹਰ ਸੂਬੇ ਵਿੱਚ ਵੱਖਰੀ: ਨੋਵਾ ਸਕੋਸ਼ੀਆ ਵਿੱਚ 6 ਮਹੀਨੇ, ਸਸਕੈਚਵਨ ਵਿੱਚ 12 ਮਹੀਨੇ। ਛੇਤੀ ਪੁੱਛੋ। ਕੋਈ ਵਾਅਦਾ ਨਹੀਂ ਕਰ ਸਕਦਾ ਕਿ ਪੈਸੇ ਮਿਲਣਗੇ।

## hours

hours-overtime = ਮਾਲਕ ਸਮਝੌਤੇ ਤੋਂ ਬਾਹਰ ਓਵਰਟਾਈਮ ਲਈ ਮਜਬੂਰ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਕਾਗਜ਼ ਵਿੱਚ ਕੁਝ ਵੀ ਹੋਵੇ, ਘੰਟਿਆਂ ਦੀ ਹੱਦ ਅਤੇ ਓਵਰਟਾਈਮ ਦੇ ਪੈਸੇ ਸੂਬਾ ਤੈਅ ਕਰਦਾ ਹੈ।
hours-sick = ਤੁਸੀਂ ਬਿਮਾਰ ਹੋਵੋ ਜਾਂ ਸੱਟ ਲੱਗੀ ਹੋਵੇ, ਤਾਂ ਮਾਲਕ ਜ਼ਬਰਦਸਤੀ ਕੰਮ ਨਹੀਂ ਕਰਵਾ ਸਕਦਾ।
hours-province = ਕੰਮ ਦੇ ਘੰਟੇ, ਆਰਾਮ ਦੇ ਦਿਨ ਅਤੇ ਓਵਰਟਾਈਮ ਦੇ ਪੈਸੇ ਹਰ ਸੂਬਾ ਆਪ ਤੈਅ ਕਰਦਾ ਹੈ। ਤੁਹਾਡੇ ਸੂਬੇ ਦਾ ਰੁਜ਼ਗਾਰ ਮਿਆਰ ਦਫ਼ਤਰ ਨਿਯਮ ਦੱਸ ਸਕਦਾ ਹੈ।
hours-farm-home = ਖੇਤ ਦੇ ਕੰਮ ਜਾਂ ਕਿਸੇ ਦੇ ਘਰ ਵਿੱਚ ਕੰਮ ਦੇ ਨਿਯਮ ਵੱਖਰੇ ਹੋ ਸਕਦੇ ਹਨ। ਦਫ਼ਤਰ ਤੋਂ ਜਾਂ ਸਾਡੇ ਕਿਸੇ ਸਹਾਇਕ ਤੋਂ ਪੁੱਛੋ।

## fees-debt

fees-ban = 26 ਸਤੰਬਰ 2022 ਤੋਂ, ਵਿਦੇਸ਼ੀ ਕਾਮਿਆਂ ਦੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੇ ਮਾਲਕ ਨੌਕਰੀ ਦੇਣ ਦੀ ਫ਼ੀਸ ਨਹੀਂ ਲੈ ਸਕਦੇ, ਭਰਤੀ ਏਜੰਟ ਰਾਹੀਂ ਵੀ ਨਹੀਂ। ਮਾਲਕ ਆਪਣੇ ਏਜੰਟਾਂ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ।
fees-province = ਸੂਬਿਆਂ ਦੇ ਵੀ ਨਿਯਮ ਹਨ। ਓਨਟਾਰੀਓ ਵਿੱਚ ਭਰਤੀ ਏਜੰਟ ਤੁਹਾਡੇ ਤੋਂ ਕੋਈ ਫ਼ੀਸ ਨਹੀਂ ਲੈ ਸਕਦਾ। ਮੈਨੀਟੋਬਾ, ਬੀ.ਸੀ. ਅਤੇ ਸਸਕੈਚਵਨ ਵਿੱਚ ਨੌਕਰੀ ਦੀ ਫ਼ੀਸ ਬਾਰੇ ਕਾਨੂੰਨ ਹਨ। ਹੋਰ ਸੂਬੇ ਵੀ ਏਜੰਟਾਂ 'ਤੇ ਨਿਯਮ ਰੱਖਦੇ ਹਨ।
fees-debt-rights = ਕਰਜ਼ਾ ਹੋਣ ਨਾਲ ਕਿਸੇ ਨੂੰ ਤੁਹਾਡੇ ਕਾਗਜ਼ ਰੱਖਣ ਦਾ ਹੱਕ ਨਹੀਂ ਮਿਲਦਾ। ਤੁਹਾਨੂੰ ਜਾਣ ਤੋਂ ਰੋਕਣ ਦਾ ਹੱਕ ਵੀ ਨਹੀਂ ਮਿਲਦਾ।
fees-not-fault = ਪੈਸੇ ਦੇਣਾ ਤੁਹਾਡੀ ਗ਼ਲਤੀ ਨਹੀਂ ਸੀ। ਅਸੀਂ ਵਾਅਦਾ ਨਹੀਂ ਕਰ ਸਕਦੇ ਕਿ ਪੈਸੇ ਵਾਪਸ ਮਿਲਣਗੇ।

## documents

docs-passport = ਮਾਲਕ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜਾਂ ਵਰਕ ਪਰਮਿਟ ਨਹੀਂ ਲੈ ਸਕਦਾ। ਜੇ ਉਹ ਤੁਹਾਡੇ ਕਾਗਜ਼ ਰੱਖਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ।
docs-help = ਸਾਡਾ ਕੋਈ ਸਹਾਇਕ ਕਾਗਜ਼ ਵਾਪਸ ਲੈਣ ਜਾਂ ਨਵੇਂ ਬਣਵਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਤੁਹਾਡੇ ਦੇਸ਼ ਦਾ ਕੌਂਸਲੇਟ (ਕੈਨੇਡਾ ਵਿੱਚ ਉਸਦਾ ਦਫ਼ਤਰ) ਵੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ, ਜੇ ਇਹ ਸੁਰੱਖਿਅਤ ਲੱਗੇ।
docs-no-numbers = ਅਸੀਂ ਕਦੇ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜਾਂ ਪਰਮਿਟ ਨੰਬਰ ਨਹੀਂ ਮੰਗਾਂਗੇ।

## housing

housing-report = ਘਰ ਦੀ ਸ਼ਿਕਾਇਤ ਕਰਨ 'ਤੇ ਮਾਲਕ ਤੁਹਾਨੂੰ ਸਜ਼ਾ ਨਹੀਂ ਦੇ ਸਕਦਾ। ਜੇ ਦੇਵੇ, ਤਾਂ ਉਸਦੀ ਵੀ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ।
housing-locked = ਜੇ ਕੋਈ ਤੁਹਾਨੂੰ ਰਹਿਣ ਜਾਂ ਕੰਮ ਵਾਲੀ ਥਾਂ ਤੋਂ ਜਾਣ ਨਹੀਂ ਦਿੰਦਾ, ਤਾਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਕਮਜ਼ੋਰ ਹਾਲਤ ਵਾਲੇ ਕਾਮਿਆਂ ਦੇ ਓਪਨ ਵਰਕ ਪਰਮਿਟ ਲਈ ਵੀ ਬਦਸਲੂਕੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
housing-rules = ਰਹਿਣ ਦੀ ਥਾਂ ਦੇ ਨਿਯਮ ਤੁਹਾਡੇ ਕੰਮ ਦੇ ਪ੍ਰੋਗਰਾਮ ਅਤੇ ਸੂਬੇ 'ਤੇ ਨਿਰਭਰ ਹਨ। ਸਾਡਾ ਕੋਈ ਸਹਾਇਕ ਇਹ ਜਾਂਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
housing-tonight = ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਨਹੀਂ? ਬਿਸਤਰੇ ਅਤੇ ਹੋਰ ਮਦਦ ਲਈ 211 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜਾਂ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ, 24/7: 1-833-900-1010.

## health-safety

health-doctor = ਡਾਕਟਰ ਨੂੰ ਦਿਖਾਉਣ ਲਈ ਕਿਸੇ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਚਾਹੀਦੀ। ਕੰਮ 'ਤੇ ਸੱਟ ਲੱਗੇ ਜਾਂ ਬਿਮਾਰ ਹੋਵੋ, ਤਾਂ ਮਾਲਕ ਨੂੰ ਇਲਾਜ ਦਿਵਾਉਣ ਦੀ ਪੂਰੀ ਕੋਸ਼ਿਸ਼ ਕਰਨੀ ਪਵੇਗੀ।
health-insurance = ਆਰਜ਼ੀ ਵਿਦੇਸ਼ੀ ਕਾਮਾ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਮਾਲਕ ਨੂੰ ਐਮਰਜੈਂਸੀ ਹੈਲਥ ਇੰਸ਼ੋਰੈਂਸ ਦੇਣੀ ਪਵੇਗੀ, ਜਦੋਂ ਤੱਕ ਸੂਬਾ ਕਵਰ ਨਾ ਕਰੇ। ਇਹ ਤਨਖ਼ਾਹ ਵਿੱਚੋਂ ਨਹੀਂ ਕੱਟ ਸਕਦੇ।
health-status = ਵਰਕ ਪਰਮਿਟ ਜਾਇਜ਼ ਰਹਿਣ ਤੱਕ ਤੁਹਾਡਾ ਸਟੇਟਸ ਬਣਿਆ ਰਹਿੰਦਾ ਹੈ, ਭਾਵੇਂ ਤੁਸੀਂ ਕੰਮ ਨਾ ਕਰ ਸਕੋ। ਮਾਲਕ ਡਿਪੋਰਟ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਪਰ ਨੌਕਰੀ ਖ਼ਤਮ ਕਰ ਸਕਦਾ ਹੈ।

## change-employer

change-closed = ਇੱਕੋ ਮਾਲਕ ਲਈ ਬਣੇ (employer-specific) ਵਰਕ ਪਰਮਿਟ 'ਤੇ ਤੁਸੀਂ ਸਿਰਫ਼ ਉਸੇ ਮਾਲਕ ਲਈ ਕੰਮ ਕਰ ਸਕਦੇ ਹੋ ਜਿਸਦਾ ਨਾਂ ਉਸ 'ਤੇ ਲਿਖਿਆ ਹੈ। ਨੌਕਰੀ ਬਦਲਣ ਲਈ ਨਵਾਂ ਪਰਮਿਟ ਚਾਹੀਦਾ ਹੈ।
change-owp = ਜੋਖਮ ਵਾਲੇ ਕਾਮਿਆਂ ਲਈ ਇੱਕ ਓਪਨ ਵਰਕ ਪਰਮਿਟ ਹੈ। ਕੰਮ 'ਤੇ ਮਾੜਾ ਸਲੂਕ ਹੋਵੇ ਜਾਂ ਇਸਦਾ ਖ਼ਤਰਾ ਹੋਵੇ, ਤਾਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਕੈਨੇਡਾ ਵਿੱਚ ਹੋਵੋ, ਅਤੇ ਬੰਦ ਪਰਮਿਟ ਵੈਧ ਹੋਵੇ ਜਾਂ ਸਮੇਂ ਸਿਰ ਰੀਨਿਊ ਦੀ ਅਰਜ਼ੀ ਦਿੱਤੀ ਹੋਵੇ।
abuse-kinds = ਬਦਸਲੂਕੀ ਸਰੀਰ ਨੂੰ ਸੱਟ ਜਾਂ ਜਿਨਸੀ ਨੁਕਸਾਨ ਹੋ ਸਕਦੀ ਹੈ। ਧਮਕੀ ਜਾਂ ਕਾਬੂ। ਤੁਹਾਡੇ ਪੈਸੇ ਲੈਣਾ। ਸ਼ਿਕਾਇਤ ਕਰਨ ਜਾਂ ਜਾਂਚ ਵਿੱਚ ਮਦਦ ਕਰਨ 'ਤੇ ਸਜ਼ਾ ਦੇਣਾ। ਇਹ ਸਭ ਗਿਣੇ ਜਾਂਦੇ ਹਨ।
change-how = ਇਸ ਪਰਮਿਟ ਦੀ ਕੋਈ ਫ਼ੀਸ ਨਹੀਂ। ਅਰਜ਼ੀ ਔਨਲਾਈਨ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ। ਜੋ ਹੋਇਆ ਉਸ ਬਾਰੇ ਇੱਕ ਚਿੱਠੀ ਅਤੇ ਕੋਈ ਸਬੂਤ ਭੇਜੋ, ਜਿਵੇਂ ਕਿਸੇ ਸੰਸਥਾ ਜਾਂ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ। ਕੈਨੇਡਾ ਵਿੱਚ ਨਾਲ ਰਹਿੰਦਾ ਪਰਿਵਾਰ ਵੀ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ ਹੈ।
change-decides = ਪਹਿਲਾਂ ਪਰਮਿਟ ਤੋਂ ਬਾਹਰ ਕੀਤਾ ਕੰਮ ਇਸ ਪਰਮਿਟ ਵਿੱਚ ਰੁਕਾਵਟ ਨਹੀਂ। ਫ਼ੈਸਲਾ ਇੱਕ ਅਫ਼ਸਰ ਕਰਦਾ ਹੈ। ਅਰਜ਼ੀ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਲੀਗਲ ਕਲੀਨਿਕ ਨਾਲ ਗੱਲ ਕਰੋ।

## status

status-no-ask = ਤੁਹਾਨੂੰ ਆਪਣਾ ਸਟੇਟਸ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਅਸੀਂ ਕਦੇ ਨਹੀਂ ਪੁੱਛਾਂਗੇ।
status-paper = ਤੁਹਾਡੇ ਪਰਮਿਟ ਦੇ ਕਾਗਜ਼ 'ਤੇ ਉਸਦੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਅਤੇ ਸ਼ਰਤਾਂ (ਜੋ ਨਿਯਮ ਮੰਨਣੇ ਹਨ) ਲਿਖੀਆਂ ਹੁੰਦੀਆਂ ਹਨ। ਬੰਦ ਪਰਮਿਟ 'ਤੇ ਮਾਲਕ ਦਾ ਨਾਂ ਵੀ ਹੁੰਦਾ ਹੈ।
status-rights = ਕੰਮ 'ਤੇ ਤੁਹਾਡੇ ਵੀ ਸਭ ਵਾਂਗ ਹੱਕ ਹਨ। ਇਹ ਆਰਜ਼ੀ ਕਾਮਿਆਂ ਲਈ ਵੀ ਸੱਚ ਹੈ।
status-paths = ਕੈਨੇਡਾ ਵਿੱਚ ਰਹਿਣ ਦੇ ਵੱਖ-ਵੱਖ ਰਾਹ ਹਨ: ਆਰਜ਼ੀ ਰਿਹਾਇਸ਼ ਪਰਮਿਟ (TRP), ਓਪਨ ਵਰਕ ਪਰਮਿਟ, ਸ਼ਰਨ ਦਾ ਦਾਅਵਾ ਜਾਂ ਮਨੁੱਖਤਾ ਦੇ ਆਧਾਰ 'ਤੇ ਅਰਜ਼ੀ। ਕੀ ਠੀਕ ਹੈ, ਇਹ ਤੁਹਾਡੇ ਹਾਲਾਤ 'ਤੇ ਨਿਰਭਰ ਹੈ।
status-lawyer = ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਨਹੀਂ ਤਾਂ ਪੁਲਿਸ ਕੋਲ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਲੀਗਲ ਕਲੀਨਿਕ ਜਾਂ ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਕੀਲ ਨਾਲ ਗੱਲ ਕਰੋ।

## trp

trp-what = ਆਰਜ਼ੀ ਰਿਹਾਇਸ਼ ਪਰਮਿਟ (TRP) ਇੱਕ ਕਾਗਜ਼ ਹੈ ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਕੁਝ ਸਮਾਂ ਕੈਨੇਡਾ ਵਿੱਚ ਰਹਿ ਸਕਦੇ ਹੋ। ਬਿਨਾਂ ਸਟੇਟਸ ਵਾਲੇ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਖ਼ਾਸ TRP ਹੈ, ਜਿਹਨਾਂ ਨੂੰ ਕਿਸੇ ਨੇ ਕਾਬੂ ਕਰਕੇ ਕੰਮ ਜਾਂ ਸੈਕਸ ਲਈ ਵਰਤਿਆ।
trp-health = ਇਸ ਨਾਲ ਅੰਤਰਿਮ ਸੰਘੀ ਸਿਹਤ ਪ੍ਰੋਗਰਾਮ ਰਾਹੀਂ ਇਲਾਜ ਮਿਲਦਾ ਹੈ। ਤੁਸੀਂ ਓਪਨ ਵਰਕ ਪਰਮਿਟ ਜਾਂ ਸਟੱਡੀ ਪਰਮਿਟ ਲਈ ਵੀ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ, ਬਿਨਾਂ ਫ਼ੀਸ।
trp-length = 4 ਫ਼ਰਵਰੀ 2025 ਤੋਂ ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਘੱਟੋ-ਘੱਟ 12 ਮਹੀਨੇ ਦਾ ਹੁੰਦਾ ਹੈ। ਇਸਦੀ, ਵਰਕ ਜਾਂ ਸਟੱਡੀ ਪਰਮਿਟ ਦੀ, ਜਾਂ ਉਂਗਲਾਂ ਦੇ ਨਿਸ਼ਾਨ ਅਤੇ ਫ਼ੋਟੋ ਦੀ ਕੋਈ ਫ਼ੀਸ ਨਹੀਂ। ਬਾਅਦ ਵਿੱਚ ਦੂਜਾ TRP ਮਿਲ ਸਕਦਾ ਹੈ।
trp-testify = ਸਰਕਾਰੀ ਨਿਯਮ: ਇਸ ਲਈ ਅਦਾਲਤ ਵਿੱਚ ਗਵਾਹੀ ਦੇਣੀ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਪਰ ਸਹਾਇਕ ਕਹਿੰਦੇ ਹਨ ਕਿ ਪੁਲਿਸ ਕੇਸ ਤੋਂ ਬਿਨਾਂ ਇਹ ਮਿਲਣਾ ਔਖਾ ਹੋ ਸਕਦਾ ਹੈ। ਹਰ ਥਾਂ ਵੱਖਰਾ ਹੁੰਦਾ ਹੈ।
trp-apply = ਤੁਸੀਂ ਆਪ ਮੰਗ ਸਕਦੇ ਹੋ। ਕੋਈ ਸਹਾਇਤਾ ਸੰਸਥਾ ਜਾਂ ਪੁਲਿਸ ਵੀ ਤੁਹਾਨੂੰ ਭੇਜ ਸਕਦੀ ਹੈ। ਅਫ਼ਸਰ ਤੁਹਾਡੀ ਇੰਟਰਵਿਊ ਲੈ ਸਕਦਾ ਹੈ, ਅਤੇ ਫ਼ੈਸਲਾ ਅਫ਼ਸਰ ਕਰਦਾ ਹੈ। ਪਹਿਲਾਂ ਕਿਸੇ ਲੀਗਲ ਕਲੀਨਿਕ ਜਾਂ ਵਕੀਲ ਨੂੰ ਮਿਲੋ।

## trafficking

traf-what = ਜਦੋਂ ਕੋਈ ਕਿਸੇ ਇਨਸਾਨ ਨੂੰ ਕਾਬੂ ਵਿੱਚ ਰੱਖ ਕੇ ਉਸਦੇ ਕੰਮ ਜਾਂ ਸੈਕਸ ਤੋਂ ਫ਼ਾਇਦਾ ਲੈਂਦਾ ਹੈ, ਤਾਂ ਕਾਨੂੰਨ ਇਸਨੂੰ ਮਨੁੱਖੀ ਤਸਕਰੀ ਕਹਿੰਦਾ ਹੈ। ਇਸ ਵਿੱਚ ਜ਼ੋਰ, ਧਮਕੀ, ਝੂਠ, ਕਰਜ਼ਾ ਜਾਂ ਕਾਗਜ਼ ਖੋਹਣਾ ਹੋ ਸਕਦਾ ਹੈ।
traf-border = ਸਰਹੱਦ ਪਾਰ ਕਰਨੀ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਲੋਕ ਕਾਨੂੰਨੀ ਤਰੀਕੇ ਨਾਲ ਕੈਨੇਡਾ ਆਉਣ, ਤਾਂ ਵੀ ਇਹ ਹੋ ਸਕਦਾ ਹੈ। ਜ਼ੋਰ ਜਾਂ ਝੂਠ ਨਾਲ ਲਈ "ਹਾਂ" ਨਹੀਂ ਗਿਣੀ ਜਾਂਦੀ।
traf-no-label = ਮਦਦ ਲਈ ਕਿਸੇ ਨਾਂ ਜਾਂ ਲੇਬਲ ਦੀ ਲੋੜ ਨਹੀਂ। ਤਨਖ਼ਾਹ ਵਿੱਚ ਬੇਇਨਸਾਫ਼ੀ ਜਾਂ ਮਾੜੇ ਸਲੂਕ ਲਈ ਵੀ ਮਦਦ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ, ਭਾਵੇਂ ਉਹ ਤਸਕਰੀ ਨਾ ਹੋਵੇ।

## abuse-threats

abuse-deport = ਮਾਲਕ ਤੁਹਾਨੂੰ ਡਿਪੋਰਟ ਨਹੀਂ ਕਰ ਸਕਦਾ, ਨਾ ਸਟੇਟਸ ਬਦਲ ਸਕਦਾ ਹੈ। ਧਮਕੀ ਦੇਵੇ ਤਾਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ। ਪਰ ਉਹ ਤੁਹਾਡੀ ਨੌਕਰੀ ਖ਼ਤਮ ਕਰ ਸਕਦਾ ਹੈ।
abuse-family = ਜੇ ਕੋਈ ਤੁਹਾਡੇ ਦੇਸ਼ ਵਿੱਚ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨੂੰ ਧਮਕੀ ਦਿੰਦਾ ਹੈ, ਤਾਂ ਸਾਡਾ ਕੋਈ ਸਹਾਇਕ ਯੋਜਨਾ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਅਸੀਂ ਉਹਨਾਂ ਦੀ ਸੁਰੱਖਿਆ ਦਾ ਵਾਅਦਾ ਨਹੀਂ ਕਰ ਸਕਦੇ।
choice-new-permit = ਨਵਾਂ ਵਰਕ ਪਰਮਿਟ
    .synonyms = ਨਵਾਂ ਪਰਮਿਟ, nava permit, ਪਰਮਿਟ, permit, ਓਪਨ ਪਰਮਿਟ, open permit, ਮਾਲਕ ਬਦਲਣਾ

## complaint

complaint-no-punish = ਮਾੜੇ ਸਲੂਕ, ਖ਼ਤਰਨਾਕ ਕੰਮ ਜਾਂ ਘਰ ਦੀ ਸ਼ਿਕਾਇਤ, ਜਾਂ ਜਾਂਚ ਵਿੱਚ ਮਦਦ ਲਈ ਮਾਲਕ ਤੁਹਾਨੂੰ ਸਜ਼ਾ ਨਹੀਂ ਦੇ ਸਕਦਾ। ਜੇ ਦੇਵੇ, ਉਸਦੀ ਵੀ ਸ਼ਿਕਾਇਤ ਕਰੋ। ਇਹ ਓਪਨ ਵਰਕ ਪਰਮਿਟ ਲਈ ਬਦਸਲੂਕੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
complaint-tip = ਆਰਜ਼ੀ ਵਿਦੇਸ਼ੀ ਕਾਮਿਆਂ ਲਈ Service Canada ਦੀ ਸ਼ਿਕਾਇਤ ਲਾਈਨ ਕੋਈ ਵੀ ਵਰਤ ਸਕਦਾ ਹੈ। ਨਾਂ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। Service Canada ਮਾਲਕ ਨੂੰ ਕਦੇ ਨਹੀਂ ਦੱਸਦਾ ਕਿ ਸ਼ਿਕਾਇਤ ਕਿਸ ਨੇ ਕੀਤੀ।
complaint-share = ਉਹ ਤੁਹਾਡੀ ਇਜਾਜ਼ਤ ਬਿਨਾਂ ਸੰਪਰਕ ਨਹੀਂ ਕਰਦੇ। ਪਰ ਸ਼ਿਕਾਇਤ ਹੋਰ ਸਰਕਾਰੀ ਵਿਭਾਗਾਂ ਨਾਲ ਸਾਂਝੀ ਕਰ ਸਕਦੇ ਹਨ, ਇਮੀਗ੍ਰੇਸ਼ਨ ਨਾਲ ਵੀ। ਸਟੇਟਸ ਨਹੀਂ? ਪਹਿਲਾਂ ਕਿਸੇ ਸਹਾਇਕ ਨਾਲ ਗੱਲ ਕਰੋ।
complaint-province = ਸਸਕੈਚਵਨ ਅਤੇ ਨਿਊ ਬਰੰਜ਼ਵਿਕ ਬਿਨਾਂ ਨਾਂ ਜਾਂ ਗੁਪਤ ਸ਼ਿਕਾਇਤ ਲੈਂਦੇ ਹਨ। ਅਲਬਰਟਾ ਬਿਨਾਂ ਨਾਂ ਦੀ ਸੂਚਨਾ ਲੈਂਦਾ ਹੈ। ਸਸਕੈਚਵਨ ਸ਼ਿਕਾਇਤ ਇਮੀਗ੍ਰੇਸ਼ਨ ਨਾਲ ਸਾਂਝੀ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਮੰਗ ਸਕਦਾ ਹੈ: ਪਹਿਲਾਂ ਸੋਚੋ।
complaint-no-promise = ਕਿਸੇ ਨਤੀਜੇ ਦਾ ਵਾਅਦਾ ਨਹੀਂ। ਸਾਡਾ ਕੋਈ ਸਹਾਇਕ ਫ਼ੈਸਲਾ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

## police

police-choice = ਇਹ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਇੱਥੇ ਮਦਦ ਕਦੇ ਇਸ 'ਤੇ ਨਿਰਭਰ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਪੁਲਿਸ ਕੋਲ ਜਾਓ।
police-status = ਪਹਿਲਾਂ ਵਕੀਲ। ਜੇ ਤੁਹਾਡਾ ਸਟੇਟਸ ਸਾਫ਼ ਨਹੀਂ, ਤਾਂ ਪੁਲਿਸ ਇਮੀਗ੍ਰੇਸ਼ਨ ਨੂੰ ਬੁਲਾ ਸਕਦੀ ਹੈ। ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਕੀਲ ਫ਼ੈਸਲੇ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
police-helpline = ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ (1-833-900-1010) ਤੁਹਾਡੀ ਗੱਲ ਗੁਪਤ ਰੱਖਦੀ ਹੈ। ਪੁਲਿਸ ਨੂੰ ਤਾਂ ਹੀ ਦੱਸਦੀ ਹੈ ਜੇ ਤੁਸੀਂ ਮੰਨੋ। ਸਿਵਾਏ: ਬੱਚਾ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਜਾਂ ਕਾਨੂੰਨੀ ਫ਼ਰਜ਼ ਹੋਵੇ।

## privacy

privacy-kept = ਅਸੀਂ ਤੁਹਾਡਾ ਨੰਬਰ ਪੜ੍ਹਨਯੋਗ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਰੱਖਦੇ। ਤੁਹਾਡੇ ਮੈਸੇਜ ਵੀ ਨਹੀਂ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਨਾ ਮੰਗੋ।
privacy-erase = ਕਦੇ ਵੀ "ਮਿਟਾਓ" ਭੇਜੋ। ਇਸ ਨਾਲ Waypoint ਕੋਲ ਤੁਹਾਡੀ ਹਰ ਜਾਣਕਾਰੀ ਮਿਟ ਜਾਂਦੀ ਹੈ।
privacy-phone = ਤੁਹਾਡੇ ਫ਼ੋਨ ਵਿੱਚ ਇਸ ਚੈਟ ਦੀ ਆਪਣੀ ਕਾਪੀ ਰਹਿੰਦੀ ਹੈ। ਉੱਥੋਂ ਵੀ ਮਿਟਾ ਦਿਓ।
privacy-provider = ਤੁਹਾਡੀ ਫ਼ੋਨ ਕੰਪਨੀ ਜਾਂ WhatsApp ਆਪਣਾ ਰਿਕਾਰਡ ਰੱਖ ਸਕਦੇ ਹਨ। ਉਹ ਅਸੀਂ ਨਹੀਂ ਮਿਟਾ ਸਕਦੇ।
privacy-next = ਅੱਗੇ ਕੀ?
privacy-erase-now = ਹੁਣੇ ਮਿਟਾਓ
    .synonyms = hune mitao, ਹੁਣੇ ਮਿਟਾ ਦਿਓ, hune mita dio

## talk-to-person

person-what-they-see = ਇੱਕ ਸਿਖਲਾਈ ਪ੍ਰਾਪਤ ਸਹਾਇਕ ਜਵਾਬ ਦੇਵੇਗਾ, ਪੁਲਿਸ ਜਾਂ ਇਮੀਗ੍ਰੇਸ਼ਨ ਨਹੀਂ। ਉਹ ਕੋਡ ਨਾਂ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ, ਵਿਸ਼ੇ ਅਤੇ ਹੁਣ ਤੋਂ ਇਹ ਚੈਟ ਦੇਖੇਗਾ। ਤੁਹਾਡਾ ਨੰਬਰ ਨਹੀਂ।
person-deleted = ਕੇਸ ਬੰਦ ਹੋਣ 'ਤੇ ਅਸੀਂ ਚੈਟ ਮਿਟਾ ਦਿੰਦੇ ਹਾਂ, ਆਮ ਤੌਰ 'ਤੇ 30 ਦਿਨਾਂ ਬਾਅਦ।
person-child = ਜੇ ਕੋਈ ਬੱਚਾ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ ਸਕਦਾ ਹੈ, ਤਾਂ ਸਹਾਇਕ ਨੂੰ ਇਸਦੀ ਰਿਪੋਰਟ ਕਰਨੀ ਪੈ ਸਕਦੀ ਹੈ।
person-options = ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਆ ਮੰਗ ਸਕਦੇ ਹੋ। ਅਜਿਹਾ ਸਹਾਇਕ ਵੀ ਮੰਗ ਸਕਦੇ ਹੋ ਜੋ ਤੁਹਾਡੇ ਆਪਣੇ ਭਾਈਚਾਰੇ ਤੋਂ ਨਾ ਹੋਵੇ।
person-confirm = ਕੀ ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ?
person-requested = ਸ਼ੁਕਰੀਆ। ਕੋਈ ਇਨਸਾਨ ਇੱਥੇ ਹੀ ਜਵਾਬ ਦੇਵੇਗਾ। ਕਦੇ ਵੀ "ਮਿਟਾਓ" ਭੇਜੋ।
person-after-hours = ਜੇ ਛੇਤੀ ਕੋਈ ਜਵਾਬ ਨਾ ਦੇਵੇ, ਤਾਂ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕਰੋ, 24/7: 1-833-900-1010.
person-other-lines = ਠੀਕ ਹੈ। ਤੁਸੀਂ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 'ਤੇ ਵੀ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ, 24/7: 1-833-900-1010. ਮੂਲ ਵਾਸੀ (Indigenous) ਲੋਕਾਂ ਲਈ: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency

emergency-now = ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਹਰ ਫ਼ੋਨ ਤੋਂ ਮੁਫ਼ਤ। ਹੈਲਪਲਾਈਨ 24/7: 1-833-900-1010. "ਮਿਟਾਓ" ਭੇਜ ਕੇ ਇਹ ਚੈਟ ਮਿਟਾਓ।
emergency-offer = ਕੀ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਕੋਈ ਇਨਸਾਨ ਇੱਥੇ ਤੁਹਾਨੂੰ ਲਿਖੇ?
emergency-person = ਹਾਂ, ਕੋਈ ਇਨਸਾਨ
    .synonyms = ਹਾਂ, haan, ha, ਹਾਂਜੀ, ਹਾਂ ਜੀ, hanji, ਹਾਂ ਚਾਹੀਦਾ
emergency-asked = ਹੈਲਪਲਾਈਨ 24/7 ਜਵਾਬ ਦਿੰਦੀ ਹੈ, 200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ ਦੇ ਦੁਭਾਸ਼ੀਆਂ ਨਾਲ। ਇਹ ਪੁਲਿਸ ਜਾਂ ਸਰਕਾਰ ਨਹੀਂ ਹੈ। ਅਸੀਂ ਤੁਹਾਡੇ ਵੱਲੋਂ ਕਿਸੇ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰ ਸਕਦੇ।
emergency-self = ਤੁਸੀਂ 9-8-8 ਤੇ ਵੀ ਕਾਲ ਜਾਂ ਮੈਸੇਜ ਕਰ ਸਕਦੇ ਹੋ, ਮੁਫ਼ਤ, ਦਿਨ-ਰਾਤ, ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਜਾਨ ਲੈਣ ਬਾਰੇ ਸੋਚ ਰਹੇ ਹੋ (ਅੰਗਰੇਜ਼ੀ ਜਾਂ ਫ਼ਰੈਂਚ ਵਿੱਚ)।
check-danger = ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?

## Help

help-commands = ਇਹ ਸ਼ਬਦ ਕਦੇ ਵੀ ਕੰਮ ਕਰਦੇ ਹਨ: ਮੀਨੂ, ਵਾਪਸ, ਭਾਸ਼ਾ, ਇਨਸਾਨ, ਐਮਰਜੈਂਸੀ, ਮਿਟਾਓ, ਬੰਦ।

## While a lead worker has the conversation

handoff-claimed = ਹੁਣ ਇੱਕ ਸਹਾਇਕ ਇੱਥੇ ਹੈ। ਹੁਣ ਤੋਂ ਤੁਸੀਂ ਜੋ ਲਿਖੋਗੇ, ਉਹ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਕਦੇ ਵੀ "ਮਿਟਾਓ" ਭੇਜੋ।
handoff-closed = ਸਹਾਇਕ ਨੇ ਇਹ ਚੈਟ ਬੰਦ ਕਰ ਦਿੱਤੀ। ਹੁਣ ਤੁਸੀਂ ਫਿਰ ਆਟੋਮੈਟਿਕ ਚੈਟ ਵਿੱਚ ਹੋ। ਚੋਣਾਂ ਲਈ "ਮੀਨੂ" ਭੇਜੋ।
handoff-cancelled = ਠੀਕ ਹੈ। ਤੁਸੀਂ ਲਾਈਨ ਵਿੱਚੋਂ ਨਿਕਲ ਗਏ। ਕੋਈ ਤੁਹਾਨੂੰ ਨਹੀਂ ਲਿਖੇਗਾ।
handoff-waiting = ਤੁਹਾਡਾ ਮੈਸੇਜ ਸਹਾਇਕ ਲਈ ਸੇਵ ਹੈ। ਤੁਸੀਂ ਅਜੇ ਵੀ ਲਾਈਨ ਵਿੱਚ ਹੋ। ਲਾਈਨ ਛੱਡਣ ਲਈ "ਮੀਨੂ" ਭੇਜੋ।

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = ਸ਼ੁਕਰੀਆ। ਚੋਣਾਂ ਲਈ "ਮੀਨੂ" ਭੇਜੋ।
held-notice = ਤੁਹਾਡੇ ਲਈ ਇੱਕ ਨਵਾਂ ਮੈਸੇਜ ਹੈ। ਪੜ੍ਹਨ ਲਈ "ਖੋਲ੍ਹੋ" ਭੇਜੋ।
media-not-read = ਇੱਥੇ ਸਿਰਫ਼ ਲਿਖੇ ਹੋਏ ਮੈਸੇਜ ਪੜ੍ਹੇ ਜਾਂਦੇ ਹਨ। ਵੌਇਸ ਮੈਸੇਜ, ਫ਼ੋਟੋ ਜਾਂ ਫ਼ਾਈਲ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ। ਆਪਣਾ ਸਵਾਲ ਲਿਖੋ, ਜਾਂ ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਲਈ "ਇਨਸਾਨ" ਭੇਜੋ।
media-handoff = ਤੁਹਾਡਾ ਸਹਾਇਕ ਸਿਰਫ਼ ਲਿਖਿਆ ਹੋਇਆ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਅਸੀਂ ਉਹਨਾਂ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਕਿ ਤੁਸੀਂ ਵੌਇਸ ਮੈਸੇਜ, ਫ਼ੋਟੋ ਜਾਂ ਫ਼ਾਈਲ ਭੇਜੀ ਹੈ। ਆਪਣਾ ਮੈਸੇਜ ਲਿਖੋ, ਜਾਂ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕਰੋ, 24/7: 1-833-900-1010.
person-none = ਇਸ ਵੇਲੇ ਇਸ ਚੈਟ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦਾ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਥੇ ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਨਹੀਂ ਜੋੜ ਸਕਦੇ। ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ ਤੁਸੀਂ ਇਸ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।
person-notice = ਜੇ ਤੁਹਾਡੇ ਲਿਖਣਾ ਬੰਦ ਕਰਨ ਤੋਂ ਬਾਅਦ ਸਹਾਇਕ ਜਵਾਬ ਦੇਵੇ, ਤਾਂ ਕੀ ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਕ ਛੋਟਾ ਮੈਸੇਜ ਭੇਜ ਸਕਦੇ ਹਾਂ? ਉਸ ਵਿੱਚ ਸਿਰਫ਼ ਇਹ ਹੋਵੇਗਾ ਕਿ ਇੱਕ ਮੈਸੇਜ ਤੁਹਾਡੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।
person-reply-held = ਜੇ ਤੁਸੀਂ ਲਿਖਣਾ ਬੰਦ ਕਰ ਦਿਓ, ਤਾਂ ਉਹਨਾਂ ਦਾ ਜਵਾਬ ਇੱਥੇ ਹੀ ਉਡੀਕ ਕਰੇਗਾ। ਜਦੋਂ ਤੁਸੀਂ ਸਾਨੂੰ ਫਿਰ ਲਿਖੋਗੇ, ਤਾਂ ਉਹ ਮਿਲੇਗਾ।
person-reply-notice = ਜੇ ਤੁਸੀਂ ਲਿਖਣਾ ਬੰਦ ਕਰ ਦਿਓ, ਤਾਂ ਉਹਨਾਂ ਦਾ ਜਵਾਬ ਇੱਥੇ ਹੀ ਉਡੀਕ ਕਰੇਗਾ। ਅਸੀਂ ਇੱਕ ਛੋਟਾ ਮੈਸੇਜ ਭੇਜ ਕੇ ਦੱਸਾਂਗੇ ਕਿ ਜਵਾਬ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।
emergency-what-they-see = ਇੱਕ ਸਿਖਲਾਈ ਪ੍ਰਾਪਤ ਸਹਾਇਕ ਜਵਾਬ ਦੇਵੇਗਾ, ਪੁਲਿਸ ਨਹੀਂ। ਉਸਨੂੰ ਇੱਕ ਕੋਡ ਨਾਂ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਅਤੇ ਇਹ ਚੈਟ ਦਿਸੇਗੀ। ਤੁਹਾਡਾ ਨੰਬਰ ਨਹੀਂ।

## Handoff queue

handoff-queue-1 = ਲਾਈਨ ਵਿੱਚ ਅਗਲੀ ਵਾਰੀ ਤੁਹਾਡੀ ਹੈ। ਇੱਕ ਸਹਾਇਕ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਲਿਖੇਗਾ।
handoff-queue-2 = ਲਾਈਨ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ 2 ਹੈ। ਇੱਕ ਸਹਾਇਕ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਲਿਖੇਗਾ।
handoff-queue-3 = ਲਾਈਨ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ 3 ਹੈ। ਇੱਕ ਸਹਾਇਕ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਲਿਖੇਗਾ।
handoff-queue-4 = ਲਾਈਨ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ 4 ਹੈ। ਇੱਕ ਸਹਾਇਕ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਲਿਖੇਗਾ।
handoff-queue-5 = ਲਾਈਨ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ 5 ਹੈ। ਇੱਕ ਸਹਾਇਕ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਲਿਖੇਗਾ।
handoff-queue-more = ਲਾਈਨ ਵਿੱਚ ਤੁਹਾਡੇ ਤੋਂ ਪਹਿਲਾਂ 5 ਤੋਂ ਵੱਧ ਲੋਕ ਹਨ। ਕੁਝ ਸਮਾਂ ਲੱਗ ਸਕਦਾ ਹੈ। ਇੱਕ ਸਹਾਇਕ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਲਿਖੇਗਾ।
handoff-after-hours-today = ਹੁਣ ਕੋਈ ਸਹਾਇਕ ਕੰਮ 'ਤੇ ਨਹੀਂ। ਅੱਜ ਬਾਅਦ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਦੇਵੇਗਾ। ਖ਼ਤਰੇ ਵਿੱਚ? 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = ਹੁਣ ਕੋਈ ਸਹਾਇਕ ਕੰਮ 'ਤੇ ਨਹੀਂ। ਕੱਲ੍ਹ ਕੋਈ ਜਵਾਬ ਦੇਵੇਗਾ। ਖ਼ਤਰੇ ਵਿੱਚ? 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 24/7: 1-833-900-1010.
handoff-after-hours-later = ਹੁਣ ਕੋਈ ਸਹਾਇਕ ਕੰਮ 'ਤੇ ਨਹੀਂ। ਕੁਝ ਦਿਨਾਂ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਦੇਵੇਗਾ। ਖ਼ਤਰੇ ਵਿੱਚ? 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 24/7: 1-833-900-1010.
handoff-staff-reply = ਤੁਹਾਡੇ ਸਹਾਇਕ ਦਾ ਮੈਸੇਜ।
language-offer = ਕੀ ਤੁਸੀਂ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹਨਾ ਚਾਹੁੰਦੇ ਹੋ? ਬਦਲਣ ਲਈ "ਭਾਸ਼ਾ" ਭੇਜੋ।

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = ਜੇ ਪਰਮਿਟ ਇੱਕੋ ਮਾਲਕ ਲਈ ਹੈ, ਤਾਂ ਨਵੇਂ ਪਰਮਿਟ ਬਿਨਾਂ ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦੇ। ਮੌਸਮੀ ਖੇਤ ਕਾਮਿਆਂ ਨੂੰ ਜਲਦੀ ਘਰ ਭੇਜਿਆ ਜਾ ਸਕਦਾ ਹੈ।
health-card = ਆਉਂਦੇ ਹੀ ਆਪਣੇ ਸੂਬੇ ਦਾ ਹੈਲਥ ਕਾਰਡ ਮੰਗੋ। ਕੁਝ ਸੂਬੇ 3 ਮਹੀਨਿਆਂ ਤੱਕ ਉਡੀਕ ਕਰਵਾਉਂਦੇ ਹਨ। ਤਦ ਤੱਕ ਮਾਲਕ ਦੀ ਇੰਸ਼ੋਰੈਂਸ ਤੁਹਾਨੂੰ ਕਵਰ ਕਰਦੀ ਹੈ (ਵਿਦੇਸ਼ੀ ਕਾਮਾ ਪ੍ਰੋਗਰਾਮ)।
health-card-plan =
    { $province ->
        [bc] ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ: ਸਿਹਤ ਯੋਜਨਾ MSP (Medical Services Plan) ਹੈ।
        [ab] ਅਲਬਰਟਾ: ਸਿਹਤ ਯੋਜਨਾ AHCIP (Alberta Health Care Insurance Plan) ਹੈ।
        [sk] ਸਸਕੈਚਵਨ: ਕਾਰਡ eHealth Saskatchewan ਦਿੰਦਾ ਹੈ।
        [mb] ਮੈਨੀਟੋਬਾ: ਕਾਰਡ Manitoba Health ਦਿੰਦਾ ਹੈ।
        [on] ਓਨਟਾਰੀਓ: ਸਿਹਤ ਯੋਜਨਾ OHIP ਹੈ। ਅਰਜ਼ੀ ServiceOntario ਵਿੱਚ।
        [qc] ਕਿਊਬੈਕ: ਸਿਹਤ ਯੋਜਨਾ RAMQ ਹੈ।
        [nb] ਨਿਊ ਬਰੰਜ਼ਵਿਕ: ਸਿਹਤ ਯੋਜਨਾ Medicare ਹੈ।
        [ns] ਨੋਵਾ ਸਕੋਸ਼ੀਆ: ਸਿਹਤ ਯੋਜਨਾ MSI ਹੈ।
        [pe] ਪ੍ਰਿੰਸ ਐਡਵਰਡ ਆਈਲੈਂਡ: ਕਾਰਡ Health PEI ਦਿੰਦਾ ਹੈ।
        [nl] ਨਿਊਫ਼ਾਊਂਡਲੈਂਡ ਅਤੇ ਲੈਬਰਾਡੋਰ: ਸਿਹਤ ਯੋਜਨਾ MCP ਹੈ।
        [yt] ਯੂਕੋਨ: Yukon Health Care Insurance Plan.
        [nt] ਨੌਰਥਵੈਸਟ ਟੈਰੀਟਰੀਜ਼: NWT Health Care Plan.
        [nu] ਨੂਨਾਵੁਤ: Nunavut Health Care Plan.
       *[other] ਹਰ ਸੂਬੇ ਦੀ ਆਪਣੀ ਸਿਹਤ ਯੋਜਨਾ ਹੈ। ਸਹਾਇਕ ਤੁਹਾਡੀ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
    }
choice-more = ਹੋਰ ਜਾਣੋ
    .synonyms = ਹੋਰ, ਹੋਰ ਜਾਣੋ, more
topic-family-violence = ਸਾਥੀ ਦੀ ਹਿੰਸਾ ਤੇ ਸਟੇਟਸ
    .synonyms = ਸਾਥੀ, ਪਤੀ, ਪਤਨੀ, ਸਪਾਂਸਰ
topic-youth-health = ਨੌਜਵਾਨਾਂ ਦਾ ਇਲਾਜ
    .synonyms = ਨੌਜਵਾਨ, ਕਿਸ਼ੋਰ, ਕਲੀਨਿਕ, ਗਰਭ ਰੋਕੂ
topic-report-crime = ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ
    .synonyms = ਜੁਰਮ, ਹਮਲਾ, ਰਿਪੋਰਟ, ਪੁਲਿਸ
topic-coerced-debt = ਤੁਹਾਡੇ ਨਾਂ 'ਤੇ ਕਰਜ਼ਾ
    .synonyms = ਮੇਰਾ ਨਾਂ, ਕਰਜ਼ਾ, ਲੋਨ, ਕ੍ਰੈਡਿਟ, ਧੋਖਾ
fv-what = ਜੇ ਕੈਨੇਡਾ ਵਿੱਚ ਤੁਹਾਡਾ ਰਹਿਣਾ ਅਜਿਹੇ ਸਾਥੀ 'ਤੇ ਟਿਕਿਆ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਦੁੱਖ ਦਿੰਦਾ ਹੈ, ਤਾਂ ਮਦਦ ਹੈ। ਬਦਸਲੂਕੀ ਸਰੀਰਕ, ਜਿਨਸੀ, ਧਮਕੀ, ਕਾਬੂ ਜਾਂ ਪੈਸੇ ਲੈਣਾ ਹੋ ਸਕਦੀ ਹੈ।
fv-trp = IRCC ਕੋਲ ਇੱਕ ਖ਼ਾਸ ਆਰਜ਼ੀ ਰਿਹਾਇਸ਼ ਪਰਮਿਟ (TRP) ਹੈ, ਕੈਨੇਡਾ ਵਿੱਚ ਬਿਨਾਂ ਸਟੇਟਸ ਵਾਲੇ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜਿਹਨਾਂ ਦੀ ਪੱਕੀ ਰਿਹਾਇਸ਼ ਉਸੇ ਸਾਥੀ 'ਤੇ ਟਿਕੀ ਸੀ। ਪਹਿਲਾ ਮੁਫ਼ਤ ਹੈ।
fv-more = ਇਸ ਨਾਲ ਇਲਾਜ ਮਿਲਦਾ ਹੈ, ਅਤੇ ਓਪਨ ਵਰਕ ਜਾਂ ਸਟੱਡੀ ਪਰਮਿਟ ਮੰਗ ਸਕਦੇ ਹੋ। ਕੈਨੇਡਾ ਵਿੱਚ ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਨੂੰ ਵੀ ਸ਼ਾਇਦ। ਫ਼ੈਸਲਾ ਅਫ਼ਸਰ ਕਰਦਾ ਹੈ। ਪਹਿਲਾਂ ਲੀਗਲ ਕਲੀਨਿਕ ਨੂੰ ਮਿਲੋ।
fv-other = ਇਹ ਉਹਨਾਂ ਲੋਕਾਂ ਵਾਲਾ TRP ਨਹੀਂ ਜਿਹਨਾਂ ਤੋਂ ਜ਼ਬਰਦਸਤੀ ਕੰਮ ਜਾਂ ਸੈਕਸ ਕਰਵਾਇਆ ਗਿਆ। ਸਹਾਇਕ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਲਈ ਕਿਹੜਾ ਠੀਕ ਹੈ।
youth-care = ਜਿਨਸੀ ਸਿਹਤ, ਟੈਸਟ ਜਾਂ ਗਰਭ ਰੋਕੂ ਲਈ ਇਲਾਜ ਮਿਲ ਸਕਦਾ ਹੈ। ਕੁਝ ਕਲੀਨਿਕ ਬਿਨਾਂ ਮਾਪਿਆਂ ਅਤੇ ਬਿਨਾਂ ਹੈਲਥ ਕਾਰਡ ਦੇ ਨੌਜਵਾਨਾਂ ਨੂੰ ਦੇਖਦੇ ਹਨ। ਲੱਭਣ ਲਈ 211 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
youth-report = ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਸਹਾਇਕ ਨਾਲ ਗੱਲ ਕਰੋ: ਕਿਸੇ ਨੌਜਵਾਨ ਦੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਣ 'ਤੇ ਉਸਨੂੰ ਰਿਪੋਰਟ ਕਰਨੀ ਪੈ ਸਕਦੀ ਹੈ। ਨਿਯਮ ਹਰ ਸੂਬੇ ਵਿੱਚ ਵੱਖਰੇ ਹਨ।
youth-private = ਕਲੀਨਿਕ ਨੂੰ ਪੁੱਛੋ ਕਿ ਕੀ ਗੁਪਤ ਰਹੇਗਾ। Kids Help Phone ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ, 24/7: 1-800-668-6868 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ 686868 'ਤੇ CONNECT ਭੇਜੋ।
crime-choice = ਜੇ ਕਿਸੇ ਨੇ ਹਮਲਾ ਕੀਤਾ ਜਾਂ ਸੱਟ ਮਾਰੀ, ਤਾਂ ਪੁਲਿਸ ਕੋਲ ਜਾਣਾ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਇੱਥੇ ਮਦਦ ਇਸ 'ਤੇ ਨਿਰਭਰ ਨਹੀਂ। ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ? 911 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
crime-status = ਸਟੇਟਸ ਨਾ ਹੋਵੇ ਤਾਂ ਪੁਲਿਸ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਇਮੀਗ੍ਰੇਸ਼ਨ ਨੂੰ ਦੇ ਸਕਦੀ ਹੈ। ਕੁਝ ਸ਼ਹਿਰ ਕਹਿੰਦੇ ਹਨ ਕਿ ਪੁਲਿਸ ਸਟੇਟਸ ਨਹੀਂ ਪੁੱਛਦੀ, ਪਰ ਇਹ ਵੱਖ-ਵੱਖ ਹੈ। ਪਹਿਲਾਂ ਲੀਗਲ ਕਲੀਨਿਕ ਨੂੰ ਮਿਲੋ।
crime-centre = ਜਿਨਸੀ ਹਮਲੇ ਦਾ ਸਹਾਇਤਾ ਕੇਂਦਰ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ, ਭਾਵੇਂ ਤੁਸੀਂ ਪੁਲਿਸ ਕੋਲ ਨਾ ਜਾਓ। ਲੱਭਣ ਲਈ 211 'ਤੇ, ਜਾਂ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 24/7: 1-833-900-1010 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
debt-what = ਕੀ ਕਿਸੇ ਨੇ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਬਿਨਾਂ ਤੁਹਾਡੇ ਨਾਂ 'ਤੇ ਲੋਨ, ਕਰਜ਼ਾ, ਫ਼ੋਨ ਪਲਾਨ ਜਾਂ ਬੈਂਕ ਖਾਤਾ ਲਿਆ? ਇਹ ਤੁਹਾਡੀ ਗ਼ਲਤੀ ਨਹੀਂ। ਇਹ ਧੋਖਾ ਹੋ ਸਕਦਾ ਹੈ, ਅਤੇ ਕਦਮ ਚੁੱਕੇ ਜਾ ਸਕਦੇ ਹਨ।
debt-steps = Equifax (1-800-465-7166) ਅਤੇ TransUnion (1-800-663-9980) ਤੋਂ ਆਪਣਾ ਕ੍ਰੈਡਿਟ ਰਿਕਾਰਡ ਅਤੇ ਧੋਖੇ ਦੀ ਚੇਤਾਵਨੀ ਮੰਗੋ। ਪੁਲਿਸ ਅਤੇ Canadian Anti-Fraud Centre ਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ: 1-888-495-8501.
debt-help = ਕੁਝ ਵੀ ਚੁਕਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਲੀਗਲ ਕਲੀਨਿਕ ਕਰਜ਼ੇ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਪੁਲਿਸ ਕੋਲ ਜਾਣਾ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਅਸੀਂ ਵਾਅਦਾ ਨਹੀਂ ਕਰ ਸਕਦੇ ਕਿ ਕਰਜ਼ਾ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗਾ।

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = ਇੱਕ ਨੰਬਰ ਭੇਜੋ।
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = ਭਾਸ਼ਾ ਬਦਲਣ ਲਈ "ਭਾਸ਼ਾ" (ਜਾਂ LANGUAGE) ਭੇਜੋ।
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = ਕੋਈ ਗੱਲ ਨਹੀਂ ਜੀ।
ack-hello = ਹੈਲੋ ਜੀ, ਫਿਰ ਤੋਂ।
ack-ok = ਠੀਕ ਹੈ।
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = ਫਿਰ ਤੋਂ ਜੀ ਆਇਆਂ ਨੂੰ। ਇਹ ਮੀਨੂ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਵੀ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ।
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = ਅਸੀਂ ਇਹਨਾਂ ਵਿਸ਼ਿਆਂ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ।
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = ਵਿਕਲਪ
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = ਜਲਦੀ ਬਾਹਰ
web-quick-exit-hint = ਜਾਂ Esc ਦੋ ਵਾਰ ਦਬਾਓ
web-exit-notice = ਜਲਦੀ ਬਾਹਰ ਇਸ ਗੱਲਬਾਤ ਨੂੰ Waypoint ਤੋਂ ਮਿਟਾ ਦਿੰਦਾ ਹੈ ਅਤੇ ਮੌਸਮ ਦਾ ਪੰਨਾ ਖੋਲ੍ਹਦਾ ਹੈ। ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਿਸਟਰੀ ਵਿੱਚ ਇਹ ਫੇਰੀ ਫਿਰ ਵੀ ਦਿਖ ਸਕਦੀ ਹੈ। ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਘੱਟ ਨਿਸ਼ਾਨ ਛੱਡਦੀ ਹੈ।
web-exit-notice-link = ਔਨਲਾਈਨ ਆਪਣੇ ਨਿਸ਼ਾਨ ਕਿਵੇਂ ਮਿਟਾਈਏ (Tech Safety Canada)
web-choose-language = ਭਾਸ਼ਾ ਚੁਣੋ
web-or-write = ਜਾਂ ਆਪਣਾ ਸੁਨੇਹਾ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੋ।
web-chat-log = ਗੱਲਬਾਤ
web-message-label = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
web-placeholder = ਇੱਥੇ ਲਿਖੋ
web-send = ਭੇਜੋ
web-language = ਭਾਸ਼ਾ
web-menu = ਮੀਨੂ
web-you = ਤੁਸੀਂ
web-error-retry = ਸੁਨੇਹਾ ਨਹੀਂ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
web-error-busy = ਇੱਕੋ ਵਾਰ ਬਹੁਤ ਸੁਨੇਹੇ ਆ ਗਏ। ਇੱਕ ਮਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
web-noscript = ਇਸ ਗੱਲਬਾਤ ਲਈ JavaScript ਚਾਹੀਦਾ ਹੈ।

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = ਤੁਹਾਡੇ ਸਹਾਇਤਾ ਕਰਮੀ ਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕੋਈ ਹੋਰ ਤੁਹਾਡੀ ਵਧੀਆ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ: ਇੱਕ ਸਹਾਇਤਾ ਕਰਮੀ ਜੋ ਤੁਹਾਡੀ ਬੋਲੀ ਬੋਲਦਾ ਹੈ। ਉਹ ਪੜ੍ਹਨਗੇ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਕੀ ਲਿਖਿਆ, ਇਸ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣੀ ਗੱਲ ਦੁਬਾਰਾ ਨਹੀਂ ਦੱਸਣੀ ਪਵੇਗੀ। ਕੀ ਅਸੀਂ ਤੁਹਾਡੀ ਚੈਟ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇ ਸਕਦੇ ਹਾਂ?
transfer-ask-shelter = ਤੁਹਾਡੇ ਸਹਾਇਤਾ ਕਰਮੀ ਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕੋਈ ਹੋਰ ਤੁਹਾਡੀ ਵਧੀਆ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ: ਇੱਕ ਸਹਾਇਤਾ ਕਰਮੀ ਜੋ ਰਹਿਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਉਹ ਪੜ੍ਹਨਗੇ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਕੀ ਲਿਖਿਆ, ਇਸ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣੀ ਗੱਲ ਦੁਬਾਰਾ ਨਹੀਂ ਦੱਸਣੀ ਪਵੇਗੀ। ਕੀ ਅਸੀਂ ਤੁਹਾਡੀ ਚੈਟ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇ ਸਕਦੇ ਹਾਂ?
transfer-ask-legal = ਤੁਹਾਡੇ ਸਹਾਇਤਾ ਕਰਮੀ ਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕੋਈ ਹੋਰ ਤੁਹਾਡੀ ਵਧੀਆ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ: ਮੁਫ਼ਤ ਕਾਨੂੰਨੀ ਕਲੀਨਿਕ ਦਾ ਇੱਕ ਸਹਾਇਤਾ ਕਰਮੀ। ਉਹ ਪੜ੍ਹਨਗੇ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਕੀ ਲਿਖਿਆ, ਇਸ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣੀ ਗੱਲ ਦੁਬਾਰਾ ਨਹੀਂ ਦੱਸਣੀ ਪਵੇਗੀ। ਕੀ ਅਸੀਂ ਤੁਹਾਡੀ ਚੈਟ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇ ਸਕਦੇ ਹਾਂ?
transfer-ask-health = ਤੁਹਾਡੇ ਸਹਾਇਤਾ ਕਰਮੀ ਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕੋਈ ਹੋਰ ਤੁਹਾਡੀ ਵਧੀਆ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ: ਇੱਕ ਸਹਾਇਤਾ ਕਰਮੀ ਜੋ ਸਿਹਤ ਸੰਭਾਲ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਉਹ ਪੜ੍ਹਨਗੇ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਕੀ ਲਿਖਿਆ, ਇਸ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣੀ ਗੱਲ ਦੁਬਾਰਾ ਨਹੀਂ ਦੱਸਣੀ ਪਵੇਗੀ। ਕੀ ਅਸੀਂ ਤੁਹਾਡੀ ਚੈਟ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇ ਸਕਦੇ ਹਾਂ?
transfer-ask-other = ਤੁਹਾਡੇ ਸਹਾਇਤਾ ਕਰਮੀ ਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕੋਈ ਹੋਰ ਸਹਾਇਤਾ ਕਰਮੀ ਤੁਹਾਡੀ ਵਧੀਆ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਉਹ ਪੜ੍ਹਨਗੇ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਕੀ ਲਿਖਿਆ, ਇਸ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣੀ ਗੱਲ ਦੁਬਾਰਾ ਨਹੀਂ ਦੱਸਣੀ ਪਵੇਗੀ। ਕੀ ਅਸੀਂ ਤੁਹਾਡੀ ਚੈਟ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇ ਸਕਦੇ ਹਾਂ?
transfer-yes = ਧੰਨਵਾਦ। ਤੁਹਾਡੀ ਚੈਟ ਅੱਗੇ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ। ਨਵਾਂ ਸਹਾਇਤਾ ਕਰਮੀ ਤੁਹਾਨੂੰ ਇੱਥੇ ਲਿਖੇਗਾ।
transfer-no = ਠੀਕ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲੇਗਾ। ਤੁਸੀਂ ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮੀ ਨਾਲ ਰਹੋਗੇ।
