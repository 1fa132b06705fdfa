### Waypoint — हिन्दी (Hindi). Draft: not yet checked by a qualified translator.
### @status draft


## Simple everyday Hindi. "Support worker" and "a person (who can help)" are both सहायक;
## "Talk to a person" is इंसान से बात. Command words are written in quotes: "मेनू", "मिटाओ".


## Global commands

cmd-menu = मेनू
    .synonyms = menu, मेन्यू, मेनु, mainu, menyu, विकल्प, vikalp, options
cmd-back = वापस
    .synonyms = wapas, vapas, वापस जाओ, wapas jao, पीछे, peeche, piche
cmd-language = भाषा
    .synonyms = bhasha, bhasa, भाषा बदलो, bhasha badlo, ज़ुबान, zuban
cmd-human = इंसान
    .synonyms = insaan, insan, इन्सान, किसी से बात, kisi se baat, इंसान से बात, insaan se baat, व्यक्ति, vyakti
cmd-erase = मिटाओ
    .synonyms = mitao, मिटा दो, mita do, सब मिटाओ, sab mitao, सब मिटा दो, sab mita do, डिलीट, delete karo
cmd-stop = बंद
    .synonyms = band, बंद करो, band karo, रुको, ruko, मत लिखो, mat likho
cmd-start = शुरू
    .synonyms = shuru, शुरू करो, shuru karo, चालू, chalu
cmd-help = मदद
    .synonyms = madad, सहायता, sahayata
cmd-emergency = इमरजेंसी
    .synonyms = emergency, imarjensi, खतरा, khatra, खतरे में हूँ, खतरे में हूं, khatre mein hoon, khatre me hu, बचाओ, bachao, मदद करो, madad karo, जल्दी मदद, jaldi madad, 911, sos
cmd-open = खोलो
    .synonyms = खोलें, मैसेज खोलो, पढ़ो

## Engine messages

draft-notice = यह अनुवाद अभी किसी अनुवादक ने नहीं जाँचा है।
erased = हो गया। इस चैट के बारे में हमारे पास जो था, वह मिटा दिया। अपने फ़ोन से भी यह चैट मिटा दें।
stopped = ठीक है। हम फिर नहीं लिखेंगे। बाद में बात करनी हो तो "शुरू" भेजें।
recovered = माफ़ कीजिए, बात बीच में छूट गई। यह रहा मेनू।
input-refused = माफ़ कीजिए, हम यह मैसेज पढ़ नहीं पाए। फिर से भेजें।
input-trimmed = आपका मैसेज बहुत लंबा था। हमने सिर्फ़ पहला हिस्सा पढ़ा।
back-unavailable = पीछे जाने के लिए कुछ नहीं है।
too-many-misses = माफ़ कीजिए, हम समझ नहीं पाए। यह रहा मेनू। किसी इंसान से बात के लिए "इंसान" भेजें।
retry = माफ़ कीजिए, हम समझ नहीं पाए। इनमें से एक चुनें।

## First contact

welcome-hello = नमस्ते, यह Waypoint है। विकल्प देखने के लिए "मेनू" भेजें।
language-prompt = भाषा?
language-en = English
    .synonyms = अंग्रेज़ी, अंग्रेजी, angrezi, angreji, इंग्लिश
language-fr = Français
    .synonyms = फ़्रेंच, फ्रेंच, french, फ्रांसीसी
language-es = Español
    .synonyms = स्पेनिश, spenish, spanish
language-tl = Tagalog
    .synonyms = तागालोग, टैगालॉग, फ़िलिपीनो, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = पंजाबी, punjabi, panjabi
language-hi = हिन्दी
    .synonyms = हिंदी, hindi, hindee
language-vi = Tiếng Việt
    .synonyms = वियतनामी, vietnami, vietnamese
language-zh = 中文（简体）
    .synonyms = चीनी, chini, cheeni, चाइनीज़, chinese
language-ar = العربية
    .synonyms = अरबी, arbi, arabi, arabic
language-uk = Українська
    .synonyms = यूक्रेनी, ukreni, ukrainian
language-th = ไทย
    .synonyms = थाई, thai
language-ne = नेपाली
    .synonyms = nepali, नेपाली भाषा
language-pt = Português
    .synonyms = पुर्तगाली, purtgali, portuguese
language-ht = Kreyòl ayisyen
    .synonyms = हैती क्रियोल, क्रियोल, kreyol, creole
safety-prompt = क्या अभी बात करना सुरक्षित है? क्या कोई और यह फ़ोन पढ़ सकता है?
safety-yes = हाँ, सुरक्षित है
    .synonyms = हाँ, हां, haan, ha, han, ji haan, जी हाँ, सुरक्षित, surakshit, ठीक है, theek hai, ok
safety-not-now = अभी नहीं
    .synonyms = नहीं, नही, nahi, nahin, abhi nahi, बाद में, baad mein, baad me
safety-watched = कोई देख सकता है
    .synonyms = कोई देख रहा है, koi dekh raha hai, koi dekh sakta hai, कोई है, koi hai
safety-bye = ठीक है। फिर बात करेंगे। जब चाहें, लिखें।
safety-watched-advice = हमारे पास जो है, उसे मिटाने के लिए कभी भी "मिटाओ" भेजें। अपने फ़ोन से भी यह चैट मिटा दें। यह नंबर किसी और नाम से भी सेव कर सकते हैं।
codeword-offer = आप एक गुप्त कोड वर्ड रख सकते हैं। अगर कोई जवाब आपका इंतज़ार कर रहा हो, तो हम उसे तभी दिखाएँगे जब आप कोड वर्ड भेजेंगे।
codeword-set = कोड वर्ड रखें
    .synonyms = कोड वर्ड, code word, कोड, code, कोड वर्ड रखो, code word rakho
codeword-no = नहीं, शुक्रिया
    .synonyms = नहीं, नही, nahi, nahin, नहीं चाहिए, nahi chahiye, छोड़ो, chhodo, skip
codeword-prompt = अपना कोड वर्ड लिखें: 3 से 30 अक्षर या अंक, इमोजी नहीं। अपना नाम न लिखें।
codeword-retry = यह कोड वर्ड नहीं चल सकता। 3 से 30 अक्षर या अंक लिखें, इमोजी नहीं। या छोड़ने के लिए "मेनू" भेजें।
codeword-saved = शुक्रिया। जब तक आप "मिटाओ" नहीं भेजते, हम आपका कोड वर्ड रखेंगे।
welcome-kept = हम आपका फ़ोन नंबर पढ़ने लायक रूप में नहीं रखते। मैसेज भी नहीं रखते, जब तक आप इंसान से बात न माँगें। जो रखते हैं, उसे मिटाने के लिए कभी भी "मिटाओ" भेजें।

## Main menu

menu-prompt = आपको किस बारे में जानना है?
menu-work = काम और तनख़्वाह
    .synonyms = काम, kaam, kam, तनख़्वाह, तनख्वाह, tankhwah, पगार, pagar, पैसा, paisa, paise, नौकरी, naukri, salary
menu-papers = कागज़ और परमिट
    .synonyms = कागज़, कागज, kagaz, kagaj, कागज़ात, परमिट, permit, पासपोर्ट, passport, वीज़ा, वीजा, visa, स्टेटस, status
menu-safety = सुरक्षा और मदद
    .synonyms = सुरक्षा, suraksha, हिंसा, hinsa, धमकी, dhamki, शिकायत, shikayat
menu-person = इंसान से बात
    .synonyms = बात, baat
menu-privacy = आपकी प्राइवेसी
    .synonyms = प्राइवेसी, privacy, गोपनीयता, निजता
menu-language = भाषा बदलें
group-prompt = एक विषय चुनें।

## Topic names

topic-wages = तनख़्वाह और कटौती
    .synonyms = तनख़्वाह, तनख्वाह, tankhwah, tankha, पगार, pagar, पैसा, paisa, वेतन, vetan, चेक, cheque, पेमेंट, payment, कटौती, katauti
topic-hours = घंटे और छुट्टी
    .synonyms = घंटे, ghante, ओवरटाइम, overtime, ब्रेक, break, छुट्टी, chhutti, chutti, आराम, aaram
topic-fees-debt = नौकरी की फ़ीस और कर्ज़
    .synonyms = फ़ीस, फीस, fees, fee, कर्ज़, कर्ज, karz, karza, कर्जा, एजेंट, दलाल, dalal, लोन, loan
topic-housing = रहने की जगह
    .synonyms = घर, ghar, कमरा, kamra, बिस्तर, bistar, रहना, rehna, सोना
topic-health-safety = चोट और सेहत
    .synonyms = चोट, chot, बीमार, bimar, beemar, डॉक्टर, doctor, सेहत, sehat, बीमारी
topic-documents = पासपोर्ट और कागज़
    .synonyms = पासपोर्ट, passport, कागज़, कागज, kagaz, आईडी, id, documents
topic-change-employer = मालिक बदलना
    .synonyms = बदलना, badalna, नई नौकरी, nayi naukri, नौकरी बदलना, naukri badalna, छोड़ना, chhodna, ओपन परमिट, open permit
topic-status = आपका परमिट और स्टेटस
    .synonyms = स्टेटस, status, परमिट, permit, वीज़ा, वीजा, visa
topic-trp = खास परमिट (TRP)
    .synonyms = trp, टीआरपी, खास परमिट, khas permit
topic-emergency = अभी खतरा
topic-abuse-threats = धमकी या हिंसा
    .synonyms = धमकी, dhamki, हिंसा, hinsa, मारपीट, marpeet, marpit, बुरा बर्ताव, bura bartav
topic-complaint = शिकायत करना
    .synonyms = शिकायत, shikayat, रिपोर्ट, report, शिकायत करनी है
topic-police = पुलिस के पास जाना
    .synonyms = पुलिस, police, pulis
topic-trafficking = मानव तस्करी क्या है
    .synonyms = तस्करी, taskari, मानव तस्करी, manav taskari, trafficking
topic-talk-to-person = इंसान से बात
topic-privacy = आपकी प्राइवेसी

## Shared choices and questions

choice-yes = हाँ
    .synonyms = हां, haan, ha, han, ji, जी, जी हाँ, ji haan, ठीक है, theek hai, ज़रूर, zaroor, ok
choice-no = नहीं
    .synonyms = नही, nahi, nahin, nai, ना, na, अभी नहीं, abhi nahi
choice-menu = मेनू
    .synonyms = मुख्य मेनू
choice-who-helps = कौन मदद कर सकता है
    .synonyms = कौन, kaun, नंबर, number, numbers, संपर्क, sampark, कौन मदद करेगा, kaun madad karega
choice-person = इंसान से बात
    .synonyms = बात, baat
topic-next = अब क्या मदद चाहिए?
after-help = क्या किसी इंसान से बात करनी है?
suggest-prompt = क्या आपका सवाल इनमें से किसी के बारे में है?

## Who can help: national lines

ref-tip-line = काम की दिक्कत बताएँ: 1-866-602-9448, अस्थायी विदेशी कामगारों के लिए Service Canada की शिकायत लाइन। नाम ज़रूरी नहीं। कामकाजी दिनों में लोग जवाब देते हैं; बाक़ी समय संदेश छोड़ें।
ref-hotline = मुफ़्त हेल्पलाइन 24/7: 1-833-900-1010 (Canadian Human Trafficking Hotline)। यह एक चैरिटी है, पुलिस या सरकार नहीं। यहाँ 200 से ज़्यादा भाषाओं के दुभाषिए हैं।
ref-911 = अगर आप अभी खतरे में हैं, तो 911 पर कॉल करें। यह किसी भी फ़ोन से मुफ़्त है।
ref-ircc = परमिट या फ़ाइल के बारे में सवाल? कनाडा सरकार के इमिग्रेशन विभाग IRCC को कॉल करें: 1-888-242-2100 (Client Support Centre)।
legal-aid = लीगल एड (मुफ़्त कानूनी मदद) हर प्रांत खुद चलाता है। कई योजनाएँ अस्थायी निवासियों को नहीं लेतीं। हमारा कोई सहायक लीगल क्लिनिक ढूँढने में मदद कर सकता है।

## Province

province-prompt = आप किस प्रांत या टेरिटरी में काम करते हैं? इससे हम सही दफ़्तर बता पाएँगे। चाहें तो छोड़ दें।
province-west = पश्चिम या उत्तर
    .synonyms = पश्चिम, pashchim, उत्तर, uttar, प्रेयरी, बीसी, bc, अल्बर्टा, alberta, सस्केचवान, मैनिटोबा, युकॉन, नुनावुत, nwt
province-east = ओंटारियो और पूर्व
    .synonyms = पूर्व, पूरब, purab, purv, ओंटारियो, ontario, क्यूबेक, quebec, अटलांटिक
province-none = नहीं बताना
    .synonyms = नहीं, नही, nahi, nahi batana, छोड़ो, chhodo, skip
province-pick = कौन सा?
province-bc = ब्रिटिश कोलंबिया
    .synonyms = bc, बीसी, british columbia, ब्रिटिश कोलंबिया
province-ab = अल्बर्टा
    .synonyms = ab, alberta, अलबर्टा
province-sk = सस्केचवान
    .synonyms = sk, sask, saskatchewan, सस्काचेवान
province-mb = मैनिटोबा
    .synonyms = mb, manitoba, मनिटोबा
province-yt = युकॉन
    .synonyms = yt, yukon, यूकॉन
province-nt = नॉर्थवेस्ट टेरिटरीज़
    .synonyms = nt, nwt, northwest territories, नॉर्थवेस्ट
province-nu = नुनावुत
    .synonyms = nu, nunavut, नूनावुत
province-on = ओंटारियो
    .synonyms = on, ont, ontario, ओन्टारियो
province-qc = क्यूबेक
    .synonyms = qc, quebec, क्यूबैक, क्विबेक
province-nb = न्यू ब्रंसविक
    .synonyms = nb, new brunswick, न्यू ब्रन्सविक
province-ns = नोवा स्कोशिया
    .synonyms = ns, nova scotia, नोवा स्कोटिया
province-pe = प्रिंस एडवर्ड आइलैंड
    .synonyms = pe, pei, prince edward island, प्रिंस एडवर्ड
province-nl = न्यूफ़ाउंडलैंड-लैब्राडोर
    .synonyms = nl, newfoundland, labrador, न्यूफ़ाउंडलैंड, न्यूफाउंडलैंड, लैब्राडोर

## Employment standards offices

es-office-bc = ब्रिटिश कोलंबिया: 1-833-236-3700 पर कॉल करें। यह Employment Standards Branch है। वहाँ दुभाषिए मिलते हैं। वेबसाइट: www2.gov.bc.ca
es-office-ab = अल्बर्टा: 1-877-427-3731 पर कॉल करें। यह रोज़गार मानक दफ़्तर (Employment Standards) है। वेबसाइट: alberta.ca
es-office-sk = सस्केचवान: 1-800-667-1783 पर कॉल करें। यह Employment Standards दफ़्तर है। वेबसाइट: www.saskatchewan.ca/business/employment-standards
es-office-mb = मैनिटोबा: 1-800-821-4307 पर कॉल करें। यह रोज़गार मानक दफ़्तर (Employment Standards Branch) है। वेबसाइट: gov.mb.ca
es-office-yt = युकॉन: 867-667-5944 पर कॉल करें, या मुफ़्त नंबर 1-800-661-0408 ext. 5944. यह Employment Standards Office है। वेबसाइट: yukon.ca
es-office-nt = नॉर्थवेस्ट टेरिटरीज़: 1-888-700-5707 पर कॉल करें। यह Employment Standards Office है। वेबसाइट: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = नुनावुत: 1-877-806-8402 या 867-975-6322 पर कॉल करें। यह Labour Standards Compliance Office है। वेबसाइट: nu-lsco.ca
es-office-on = ओंटारियो: 1-800-531-5551 पर कॉल करें। यह रोज़गार मानक सूचना केंद्र (Employment Standards Information Centre) है, कई भाषाओं में। वेबसाइट: ontario.ca/employmentrights
es-office-qc = क्यूबेक: 1-844-838-0808 पर कॉल करें। यह CNESST है, काम के नियमों (labour standards) के लिए। वेबसाइट: www.cnesst.gouv.qc.ca
es-office-nb = न्यू ब्रंसविक: 1-888-452-2687 पर कॉल करें। यह Employment Standards Branch है। वेबसाइट: www.gnb.ca. यह किसी के घर में, घर-मालिक के लिए किए काम को कवर नहीं करता।
es-office-ns = नोवा स्कोशिया: 1-888-315-0110 या 902-424-4311 पर कॉल करें। यह Labour Standards Division है। वेबसाइट: novascotia.ca/lae/employmentrights
es-office-pe = प्रिंस एडवर्ड आइलैंड: 1-800-333-4362 या 902-368-5550 पर कॉल करें। यह Employment Standards Branch है। वेबसाइट: www.princeedwardisland.ca
es-office-nl = न्यूफ़ाउंडलैंड और लैब्राडोर: www.gov.nl.ca/aesl/labour/nonunion पर फ़ोन नंबर देखें। दफ़्तर का नाम Labour Standards Division है।
es-office-none = हर प्रांत का तनख़्वाह और घंटों का अपना दफ़्तर है। संघीय नियमों वाला काम (प्रांतों के पार ट्रक, बैंक, एयरलाइन) संघीय Labour Program के पास जाता है। सहायक मदद करेगा, बिना जाने कि आप कहाँ हैं।

## Workers' compensation

wcb-what = हर प्रांत और टेरिटरी का अपना काम पर चोट का मुआवज़ा (workers' compensation) है। काम से चोट लगे, तो इससे पैसा और इलाज मिलता है।
wcb-bc = BC में यह देखा जाता है कि चोट कहाँ लगी, आपका देश नहीं। यह तब भी सही है जब मालिक ने कभी रजिस्टर नहीं कराया।
wcb-other = अपने प्रांत या टेरिटरी के काम पर चोट के मुआवज़े के दफ़्तर (workers' compensation board) से पूछें। हमारा कोई सहायक इसमें मदद कर सकता है।

## wages

wages-agreement = तनख़्वाह उस काग़ज़ के हिसाब से हो जिस पर आपने और मालिक ने दस्तख़त किए। काग़ज़ में कुछ भी लिखा हो, आपके प्रांत के तनख़्वाह के नियम लागू रहते हैं।
wages-no-fees = मालिक, या उसका भर्ती एजेंट, नौकरी के लिए आपसे पैसा नहीं ले सकता। मालिक जो हेल्थ इंश्योरेंस खरीदता है, उसका पैसा भी तनख़्वाह से नहीं काट सकता।
wages-claim = बकाया तनख़्वाह के लिए अपने प्रांत के रोज़गार मानक दफ़्तर में दावा करें। संघीय नियमों वाला काम (प्रांतों के पार ट्रक, बैंक, एयरलाइन) संघीय Labour Program के पास जाता है।
wages-deadline = दावे की समय-सीमा है। हर प्रांत में अलग: नोवा स्कोशिया में 6 महीने, सस्केचवान में 12 महीने। जल्दी पूछें। कोई वादा नहीं कर सकता कि पैसा मिलेगा।

## hours

hours-overtime = मालिक आपसे समझौते से बाहर ओवरटाइम ज़बरदस्ती नहीं करवा सकता। काग़ज़ में कुछ भी हो, घंटों की सीमा और ओवरटाइम का पैसा प्रांत तय करता है।
hours-sick = आप बीमार हों या चोट लगी हो, तो मालिक ज़बरदस्ती काम नहीं करवा सकता।
hours-province = काम के घंटे, आराम के दिन और ओवरटाइम का पैसा हर प्रांत खुद तय करता है। आपके प्रांत का रोज़गार मानक दफ़्तर नियम बता सकता है।
hours-farm-home = खेत के काम या किसी के घर में काम के नियम अलग हो सकते हैं। दफ़्तर से या हमारे किसी सहायक से पूछें।

## fees-debt

fees-ban = 26 सितंबर 2022 से, विदेशी कामगार कार्यक्रमों के मालिक आपको नौकरी देने की फ़ीस नहीं ले सकते, भर्ती एजेंट के ज़रिए भी नहीं। मालिक अपने एजेंटों के लिए ज़िम्मेदार है।
fees-province = प्रांतों के भी नियम हैं। ओंटारियो में भर्ती एजेंट आपसे कोई फ़ीस नहीं ले सकता। मैनिटोबा, ब्रिटिश कोलंबिया और सस्केचवान में नौकरी की फ़ीस पर क़ानून हैं। दूसरे प्रांत भी एजेंटों पर नियम रखते हैं।
fees-debt-rights = कर्ज़ होने से किसी को आपके कागज़ रखने का हक़ नहीं मिलता। आपको जाने से रोकने का हक़ भी नहीं मिलता।
fees-not-fault = पैसे देना आपकी गलती नहीं थी। हम वादा नहीं कर सकते कि पैसा वापस मिलेगा।

## documents

docs-passport = मालिक आपका पासपोर्ट या वर्क परमिट नहीं ले सकता। अगर वह आपके कागज़ रखता है, तो आप इसकी शिकायत कर सकते हैं।
docs-help = हमारा कोई सहायक कागज़ वापस पाने या नए बनवाने में मदद कर सकता है। आपके देश का कॉन्सुलेट (कनाडा में उसका दफ़्तर) भी मदद कर सकता है, अगर यह सुरक्षित लगे।
docs-no-numbers = हम कभी आपका पासपोर्ट या परमिट नंबर नहीं माँगेंगे।

## housing

housing-report = घर की शिकायत करने पर मालिक आपको सज़ा नहीं दे सकता। ऐसा हो तो उसकी भी शिकायत कर सकते हैं।
housing-locked = अगर कोई आपको रहने या काम की जगह से जाने नहीं देता, तो शिकायत कर सकते हैं। यह कमज़ोर स्थिति वाले कामगारों के ओपन वर्क परमिट के लिए भी दुर्व्यवहार गिना जाता है।
housing-rules = रहने की जगह के नियम आपके काम के प्रोग्राम और प्रांत पर निर्भर हैं। हमारा कोई सहायक इन्हें जाँचने में मदद कर सकता है।
housing-tonight = आज रात सोने की सुरक्षित जगह नहीं? बिस्तर और दूसरी मदद के लिए 211 पर कॉल करें। या मुफ़्त हेल्पलाइन, 24/7: 1-833-900-1010.

## health-safety

health-doctor = डॉक्टर को दिखाने के लिए किसी की इजाज़त नहीं चाहिए। काम पर चोट लगे या बीमार हों, तो मालिक को इलाज दिलाने की पूरी कोशिश करनी होगी।
health-insurance = अस्थायी विदेशी कामगार कार्यक्रम में मालिक को इमरजेंसी हेल्थ इंश्योरेंस देना होगा, जब तक प्रांत आपको कवर न करे। यह तनख़्वाह से नहीं कट सकता।
health-status = वर्क परमिट वैध रहने तक आपका स्टेटस बना रहता है, चाहे आप काम न कर सकें। मालिक आपको डिपोर्ट नहीं कर सकता। पर नौकरी ख़त्म कर सकता है।

## change-employer

change-closed = एक ही मालिक के लिए बने (employer-specific) वर्क परमिट पर आप सिर्फ़ उसी मालिक के लिए काम कर सकते हैं जिसका नाम उस पर लिखा है। नौकरी बदलने के लिए नया परमिट चाहिए।
change-owp = जोखिम में कामगारों के लिए एक ओपन वर्क परमिट है। काम पर बुरा बर्ताव हो या उसका खतरा हो, तो अर्ज़ी दे सकते हैं। आप कनाडा में हों, और बंद परमिट वैध हो या समय पर रिन्यू की अर्ज़ी दी हो।
abuse-kinds = दुर्व्यवहार शरीर को चोट या यौन नुकसान हो सकता है। धमकी या काबू। आपका पैसा लेना। शिकायत करने या जाँच में मदद करने पर सज़ा देना। ये सब गिने जाते हैं।
change-how = इस परमिट की कोई फ़ीस नहीं। अर्ज़ी ऑनलाइन होती है। जो हुआ उसके बारे में एक चिट्ठी और कोई सबूत भेजें, जैसे किसी संस्था या डॉक्टर की चिट्ठी। कनाडा में साथ रहने वाला परिवार भी अर्ज़ी दे सकता है।
change-decides = पहले परमिट से बाहर जो काम किया, वह इस परमिट में रुकावट नहीं है। फ़ैसला एक अफ़सर करता है। अर्ज़ी से पहले किसी लीगल क्लिनिक से बात करें।

## status

status-no-ask = आपको अपना स्टेटस बताने की ज़रूरत नहीं। हम कभी नहीं पूछेंगे।
status-paper = आपके परमिट के कागज़ पर उसकी आखिरी तारीख और शर्तें (जो नियम मानने हैं) लिखी होती हैं। बंद परमिट पर मालिक का नाम भी होता है।
status-rights = काम पर आपके भी सबकी तरह हक़ हैं। यह अस्थायी कामगारों के लिए भी सच है।
status-paths = कनाडा में रहने के अलग-अलग रास्ते हैं: अस्थायी निवास परमिट (TRP), ओपन वर्क परमिट, शरण का दावा या मानवीय आधार पर अर्ज़ी। क्या सही है, यह आपकी स्थिति पर निर्भर है।
status-lawyer = अभी ख़तरे में हैं? 911 पर कॉल करें। नहीं, तो पुलिस के पास जाने से पहले किसी लीगल क्लिनिक या इमिग्रेशन वकील से बात करें।

## trp

trp-what = अस्थायी निवास परमिट (TRP) एक कागज़ है जिससे आप कुछ समय कनाडा में रह सकते हैं। बिना स्टेटस वाले उन लोगों के लिए एक खास TRP है, जिन्हें किसी ने काबू में रखकर काम या सेक्स में इस्तेमाल किया।
trp-health = इससे अंतरिम संघीय स्वास्थ्य कार्यक्रम से इलाज मिलता है। आप ओपन वर्क परमिट या स्टडी परमिट के लिए भी अर्ज़ी दे सकते हैं, बिना फ़ीस।
trp-length = 4 फ़रवरी 2025 से यह आम तौर पर कम से कम 12 महीने का होता है। इसकी, वर्क या स्टडी परमिट की, या उंगलियों के निशान और फ़ोटो की कोई फ़ीस नहीं। बाद में दूसरा TRP मिल सकता है।
trp-testify = सरकारी नियम: इसके लिए अदालत में गवाही देना ज़रूरी नहीं। पर सहायक कहते हैं कि पुलिस केस के बिना यह मिलना मुश्किल हो सकता है। हर जगह अलग होता है।
trp-apply = आप खुद माँग सकते हैं। कोई सहायता संस्था या पुलिस भी आपको भेज सकती है। अफ़सर आपका इंटरव्यू ले सकता है, और फ़ैसला अफ़सर करता है। पहले किसी लीगल क्लिनिक या वकील से मिलें।

## trafficking

traf-what = जब कोई किसी इंसान को काबू में रखकर उसके काम या सेक्स से फ़ायदा उठाता है, तो कानून इसे मानव तस्करी कहता है। इसमें ज़बरदस्ती, धमकी, झूठ, कर्ज़ या कागज़ छीनना हो सकता है।
traf-border = सीमा पार करना ज़रूरी नहीं। लोग कानूनी तरीके से कनाडा आएँ, तब भी यह हो सकता है। ज़बरदस्ती या झूठ से ली गई "हाँ" नहीं गिनी जाती।
traf-no-label = मदद के लिए किसी नाम या लेबल की ज़रूरत नहीं। तनख़्वाह में नाइंसाफ़ी या बुरे बर्ताव के लिए भी मदद मिलनी चाहिए, चाहे वह तस्करी न हो।

## abuse-threats

abuse-deport = मालिक आपको डिपोर्ट नहीं कर सकता, न आपका स्टेटस बदल सकता है। धमकी दे तो शिकायत कर सकते हैं। पर वह आपकी नौकरी ख़त्म कर सकता है।
abuse-family = अगर कोई आपके देश में आपके परिवार को धमकी देता है, तो हमारा कोई सहायक योजना बनाने में मदद कर सकता है। हम उनकी सुरक्षा का वादा नहीं कर सकते।
choice-new-permit = नया वर्क परमिट
    .synonyms = नया परमिट, naya permit, परमिट, permit, ओपन परमिट, open permit, मालिक बदलना

## complaint

complaint-no-punish = बुरे बर्ताव, ख़तरनाक काम या घर की शिकायत, या जाँच में मदद के लिए मालिक आपको सज़ा नहीं दे सकता। ऐसा हो तो उसकी भी शिकायत करें। यह ओपन वर्क परमिट के लिए दुर्व्यवहार गिना जाता है।
complaint-tip = अस्थायी विदेशी कामगारों के लिए Service Canada की शिकायत लाइन कोई भी इस्तेमाल कर सकता है। नाम बताना ज़रूरी नहीं। Service Canada मालिक को कभी नहीं बताता कि शिकायत किसने की।
complaint-share = वे आपकी इजाज़त के बिना संपर्क नहीं करते। पर शिकायत दूसरे सरकारी विभागों से साझा कर सकते हैं, इमिग्रेशन से भी। स्टेटस नहीं है? पहले किसी सहायक से बात करें।
complaint-province = सस्केचवान और न्यू ब्रंसविक बिना नाम या गोपनीय शिकायत लेते हैं। अल्बर्टा बिना नाम की सूचना लेता है। सस्केचवान शिकायत इमिग्रेशन से साझा करने की इजाज़त माँग सकता है: पहले सोचें।
complaint-no-promise = किसी नतीजे का वादा नहीं है। हमारा कोई सहायक फ़ैसला करने में मदद कर सकता है।

## police

police-choice = यह आपकी मर्ज़ी है। यहाँ मदद कभी इस पर निर्भर नहीं कि आप पुलिस के पास जाएँ।
police-status = पहले वकील। अगर आपका स्टेटस साफ़ नहीं है, तो पुलिस इमिग्रेशन को बुला सकती है। इमिग्रेशन वकील फ़ैसले में मदद कर सकता है।
police-helpline = मुफ़्त हेल्पलाइन (1-833-900-1010) आपकी बात गुप्त रखती है। पुलिस को तभी बताती है जब आप मानें। सिवाय: बच्चा खतरे में हो, कोई खतरे में हो, या कानूनी ज़िम्मेदारी हो।

## privacy

privacy-kept = हम आपका नंबर पढ़ने लायक रूप में नहीं रखते। आपके मैसेज भी नहीं, जब तक आप किसी इंसान से बात न माँगें।
privacy-erase = कभी भी "मिटाओ" भेजें। इससे Waypoint के पास आपकी हर जानकारी मिट जाती है।
privacy-phone = आपके फ़ोन में इस चैट की अपनी कॉपी रहती है। वहाँ से भी मिटा दें।
privacy-provider = आपकी फ़ोन कंपनी या WhatsApp अपना रिकॉर्ड रख सकते हैं। वह हम नहीं मिटा सकते।
privacy-next = आगे क्या?
privacy-erase-now = अभी मिटाओ
    .synonyms = abhi mitao, अभी मिटा दो, abhi mita do

## talk-to-person

person-what-they-see = एक प्रशिक्षित सहायक जवाब देगा, पुलिस या इमिग्रेशन नहीं। वह कोड नाम, आपकी भाषा, विषय और अब से यह चैट देखेगा। आपका नंबर नहीं।
person-deleted = केस बंद होने पर हम चैट मिटा देते हैं, आम तौर पर 30 दिन बाद।
person-child = अगर कोई बच्चा खतरे में हो सकता है, तो सहायक को इसकी खबर देनी पड़ सकती है।
person-options = आप दुभाषिया माँग सकते हैं। ऐसा सहायक भी माँग सकते हैं जो आपके अपने समुदाय से न हो।
person-confirm = क्या किसी इंसान से बात करनी है?
person-requested = शुक्रिया। कोई इंसान यहीं जवाब देगा। कभी भी "मिटाओ" भेजें।
person-after-hours = अगर जल्दी कोई जवाब न दे, तो मुफ़्त हेल्पलाइन पर कॉल करें, 24/7: 1-833-900-1010.
person-other-lines = ठीक है। आप मुफ़्त हेल्पलाइन पर भी कॉल कर सकते हैं, 24/7: 1-833-900-1010. मूल निवासी (Indigenous) लोगों के लिए: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency

emergency-now = अभी ख़तरे में हैं? 911 पर कॉल करें, हर फ़ोन से मुफ़्त। हेल्पलाइन 24/7: 1-833-900-1010. "मिटाओ" भेजकर यह चैट मिटाएँ।
emergency-offer = क्या कोई इंसान यहाँ आपको मैसेज करे?
emergency-person = हाँ, कोई इंसान
    .synonyms = हाँ, हां, haan, ha, जी हाँ, ji haan, हाँ चाहिए, haan chahiye
emergency-asked = हेल्पलाइन 24/7 जवाब देती है, 200 से ज़्यादा भाषाओं के दुभाषियों के साथ। यह पुलिस या सरकार नहीं है। हम आपकी ओर से किसी को फ़ोन नहीं कर सकते।
emergency-self = आप 9-8-8 पर भी कॉल या मैसेज कर सकते हैं, मुफ़्त, दिन-रात, अगर आप अपनी जान लेने के बारे में सोच रहे हैं (अंग्रेज़ी या फ़्रेंच में)।
check-danger = क्या आप अभी खतरे में हैं?

## Help

help-commands = ये शब्द कभी भी काम करते हैं: मेनू, वापस, भाषा, इंसान, इमरजेंसी, मिटाओ, बंद।

## While a lead worker has the conversation

handoff-claimed = अब एक सहायक यहाँ है। अब से आप जो लिखेंगे, वह पढ़ सकता है। कभी भी "मिटाओ" भेजें।
handoff-closed = सहायक ने यह चैट बंद कर दी। अब आप फिर से ऑटोमैटिक चैट में हैं। विकल्पों के लिए "मेनू" भेजें।
handoff-cancelled = ठीक है। आप लाइन से निकल गए। कोई आपको नहीं लिखेगा।
handoff-waiting = आपका मैसेज सहायक के लिए सेव है। आप अभी भी लाइन में हैं। लाइन छोड़ने के लिए "मेनू" भेजें।

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = शुक्रिया। विकल्पों के लिए "मेनू" भेजें।
held-notice = आपके लिए एक नया मैसेज है। पढ़ने के लिए "खोलो" भेजें।
media-not-read = यहाँ सिर्फ़ लिखे हुए मैसेज पढ़े जाते हैं। वॉइस मैसेज, फ़ोटो या फ़ाइल नहीं खुल सकती। अपना सवाल लिखें, या किसी इंसान से बात के लिए "इंसान" भेजें।
media-handoff = आपका सहायक सिर्फ़ लिखा हुआ पढ़ सकता है। हमने उन्हें बता दिया कि आपने वॉइस मैसेज, फ़ोटो या फ़ाइल भेजी है। अपना मैसेज लिखें, या मुफ़्त हेल्पलाइन पर कॉल करें, 24/7: 1-833-900-1010.
person-none = अभी इस चैट में कोई जवाब नहीं दे सकता। हम आपको यहाँ किसी इंसान से नहीं जोड़ सकते। किसी इंसान से बात करने के लिए आप इस मुफ़्त हेल्पलाइन पर कॉल कर सकते हैं।
person-notice = अगर आपके लिखना बंद करने के बाद सहायक जवाब दे, तो क्या हम आपको एक छोटा मैसेज भेज सकते हैं? उसमें बस इतना होगा कि एक मैसेज आपका इंतज़ार कर रहा है।
person-reply-held = अगर आप लिखना बंद कर दें, तो उनका जवाब यहीं आपका इंतज़ार करेगा। जब आप हमें फिर लिखेंगे, तब वह मिलेगा।
person-reply-notice = अगर आप लिखना बंद कर दें, तो उनका जवाब यहीं आपका इंतज़ार करेगा। हम एक छोटा मैसेज भेजकर बताएँगे कि जवाब इंतज़ार कर रहा है।
emergency-what-they-see = एक ट्रेनिंग वाला सहायक जवाब देगा, पुलिस नहीं। उसे एक कोड नाम, आपकी भाषा और यह चैट दिखेगी। आपका नंबर नहीं।

## Handoff queue

handoff-queue-1 = लाइन में अगला नंबर आपका है। एक सहायक आपको यहीं लिखेगा।
handoff-queue-2 = लाइन में आपका नंबर 2 है। एक सहायक आपको यहीं लिखेगा।
handoff-queue-3 = लाइन में आपका नंबर 3 है। एक सहायक आपको यहीं लिखेगा।
handoff-queue-4 = लाइन में आपका नंबर 4 है। एक सहायक आपको यहीं लिखेगा।
handoff-queue-5 = लाइन में आपका नंबर 5 है। एक सहायक आपको यहीं लिखेगा।
handoff-queue-more = लाइन में आपसे पहले 5 से ज़्यादा लोग हैं। कुछ समय लग सकता है। एक सहायक आपको यहीं लिखेगा।
handoff-after-hours-today = अभी कोई सहायक काम पर नहीं है। आज बाद में कोई जवाब देगा। ख़तरे में? 911 पर कॉल करें। मुफ़्त हेल्पलाइन 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = अभी कोई सहायक काम पर नहीं है। कल कोई जवाब देगा। ख़तरे में? 911 पर कॉल करें। मुफ़्त हेल्पलाइन 24/7: 1-833-900-1010.
handoff-after-hours-later = अभी कोई सहायक काम पर नहीं है। कुछ दिनों में कोई जवाब देगा। ख़तरे में? 911 पर कॉल करें। मुफ़्त हेल्पलाइन 24/7: 1-833-900-1010.
handoff-staff-reply = आपके सहायक का मैसेज।
language-offer = क्या आप हिन्दी में पढ़ना चाहते हैं? बदलने के लिए "भाषा" भेजें।

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = अगर परमिट एक ही मालिक के लिए है, तो नए परमिट के बिना आप दूसरे के लिए काम नहीं कर सकते। मौसमी खेत कामगारों को जल्दी घर भेजा जा सकता है।
health-card = आते ही अपने प्रांत का हेल्थ कार्ड माँगें। कुछ प्रांत 3 महीने तक इंतज़ार करवाते हैं। तब तक मालिक का इंश्योरेंस आपको कवर करता है (विदेशी कामगार कार्यक्रम)।
health-card-plan =
    { $province ->
        [bc] ब्रिटिश कोलंबिया: स्वास्थ्य योजना MSP (Medical Services Plan) है।
        [ab] अल्बर्टा: स्वास्थ्य योजना AHCIP (Alberta Health Care Insurance Plan) है।
        [sk] सस्केचवान: कार्ड eHealth Saskatchewan देता है।
        [mb] मैनिटोबा: कार्ड Manitoba Health देता है।
        [on] ओंटारियो: स्वास्थ्य योजना OHIP है। अर्ज़ी ServiceOntario में।
        [qc] क्यूबेक: स्वास्थ्य योजना RAMQ है।
        [nb] न्यू ब्रंसविक: स्वास्थ्य योजना Medicare है।
        [ns] नोवा स्कोशिया: स्वास्थ्य योजना MSI है।
        [pe] प्रिंस एडवर्ड आइलैंड: कार्ड Health PEI देता है।
        [nl] न्यूफ़ाउंडलैंड और लैब्राडोर: स्वास्थ्य योजना MCP है।
        [yt] युकॉन: Yukon Health Care Insurance Plan.
        [nt] नॉर्थवेस्ट टेरिटरीज़: NWT Health Care Plan.
        [nu] नुनावुत: Nunavut Health Care Plan.
       *[other] हर प्रांत की अपनी स्वास्थ्य योजना है। सहायक आपकी ढूँढने में मदद कर सकता है।
    }
choice-more = और जानें
    .synonyms = और, और जानें, more
topic-family-violence = साथी की हिंसा और स्टेटस
    .synonyms = साथी, पति, पत्नी, स्पॉन्सर
topic-youth-health = युवाओं का इलाज
    .synonyms = युवा, किशोर, क्लिनिक, गर्भनिरोध
topic-report-crime = अपराध की रिपोर्ट
    .synonyms = अपराध, हमला, रिपोर्ट, पुलिस
topic-coerced-debt = आपके नाम पर कर्ज़
    .synonyms = मेरा नाम, कर्ज़, लोन, क्रेडिट, धोखा
fv-what = अगर कनाडा में आपका रहना ऐसे साथी पर टिका है जो आपको चोट पहुँचाता है, तो मदद है। दुर्व्यवहार शारीरिक, यौन, धमकी, काबू या पैसा लेना हो सकता है।
fv-trp = IRCC के पास एक खास अस्थायी निवास परमिट (TRP) है, कनाडा में बिना स्टेटस वाले उन लोगों के लिए जिनका स्थायी निवास उसी साथी पर टिका था। पहला मुफ़्त है।
fv-more = इससे इलाज मिलता है, और ओपन वर्क परमिट या स्टडी परमिट माँग सकते हैं। कनाडा में आपके बच्चों को भी शायद। फ़ैसला अधिकारी करता है। पहले लीगल क्लिनिक से मिलें।
fv-other = यह उन लोगों वाला TRP नहीं है जिनसे ज़बरदस्ती काम या सेक्स करवाया गया। सहायक देख सकता है कि आपके लिए कौन सा सही है।
youth-care = यौन स्वास्थ्य, जाँच या गर्भनिरोध के लिए इलाज मिल सकता है। कुछ क्लिनिक बिना माता-पिता और बिना हेल्थ कार्ड के युवाओं को देखते हैं। ढूँढने के लिए 211 पर कॉल करें।
youth-report = अगर आप किसी सहायक से बात करें: किसी युवा के ख़तरे में होने पर उसे रिपोर्ट करनी पड़ सकती है। नियम हर प्रांत में अलग हैं।
youth-private = क्लिनिक से पूछें कि क्या गोपनीय रहेगा। Kids Help Phone मुफ़्त और गोपनीय है, 24/7: 1-800-668-6868 पर कॉल करें या 686868 पर CONNECT भेजें।
crime-choice = अगर किसी ने हमला किया या चोट पहुँचाई, तो पुलिस के पास जाना आपकी मर्ज़ी है। यहाँ मदद इस पर निर्भर नहीं। अभी ख़तरे में? 911 पर कॉल करें।
crime-status = स्टेटस न हो तो पुलिस आपकी जानकारी इमिग्रेशन को दे सकती है। कुछ शहर कहते हैं कि पुलिस स्टेटस नहीं पूछती, पर यह अलग-अलग है। पहले लीगल क्लिनिक से मिलें।
crime-centre = यौन हमले का सहायता केंद्र मदद कर सकता है, चाहे आप पुलिस के पास न जाएँ। ढूँढने के लिए 211 पर, या मुफ़्त हेल्पलाइन 24/7: 1-833-900-1010 पर कॉल करें।
debt-what = क्या किसी ने आपकी मर्ज़ी के बिना आपके नाम पर लोन, कर्ज़, फ़ोन प्लान या बैंक खाता लिया? यह आपकी ग़लती नहीं। यह धोखा हो सकता है, और कदम उठाए जा सकते हैं।
debt-steps = Equifax (1-800-465-7166) और TransUnion (1-800-663-9980) से अपना क्रेडिट रिकॉर्ड और धोखे की चेतावनी माँगें। पुलिस और Canadian Anti-Fraud Centre को बता सकते हैं: 1-888-495-8501.
debt-help = कुछ भी चुकाने से पहले लीगल क्लिनिक कर्ज़ में मदद कर सकता है। पुलिस के पास जाना आपकी मर्ज़ी है। हम वादा नहीं कर सकते कि कर्ज़ ख़त्म हो जाएगा।

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = एक नंबर भेजें।
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = भाषा बदलने के लिए "भाषा" (या LANGUAGE) भेजें।
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = कोई बात नहीं।
ack-hello = नमस्ते, फिर से।
ack-ok = ठीक है।
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = फिर से स्वागत है। यह मेनू है। आप किसी व्यक्ति से भी बात कर सकते हैं।
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = हम इन विषयों में मदद कर सकते हैं।
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = विकल्प
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = तुरंत बाहर
web-quick-exit-hint = या Esc दो बार दबाएँ
web-exit-notice = तुरंत बाहर दबाने से यह चैट Waypoint से मिट जाती है और मौसम का पेज खुलता है। ब्राउज़र की हिस्ट्री में यह विज़िट फिर भी दिख सकती है। प्राइवेट विंडो कम निशान छोड़ती है।
web-exit-notice-link = ऑनलाइन अपने निशान कैसे मिटाएँ (Tech Safety Canada)
web-choose-language = भाषा चुनें
web-or-write = या अपना संदेश किसी भी भाषा में लिखें।
web-chat-log = बातचीत
web-message-label = आपका संदेश
web-placeholder = यहाँ लिखें
web-send = भेजें
web-language = भाषा
web-menu = मेनू
web-you = आप
web-error-retry = संदेश नहीं गया। फिर से कोशिश करें।
web-error-busy = एक साथ बहुत सारे संदेश आ गए। एक मिनट रुकें, फिर से कोशिश करें।
web-noscript = इस चैट के लिए JavaScript चाहिए।

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = आपके सहायता कर्मी को लगता है कि कोई और आपकी बेहतर मदद कर सकता है: एक सहायता कर्मी जो आपकी भाषा बोलता है। वे पढ़ेंगे कि आपने यहाँ क्या लिखा, इसलिए आपको अपनी बात फिर से नहीं बतानी पड़ेगी। क्या हम आपकी चैट उन्हें दे सकते हैं?
transfer-ask-shelter = आपके सहायता कर्मी को लगता है कि कोई और आपकी बेहतर मदद कर सकता है: एक सहायता कर्मी जो रहने की सुरक्षित जगह ढूँढने में मदद कर सकता है। वे पढ़ेंगे कि आपने यहाँ क्या लिखा, इसलिए आपको अपनी बात फिर से नहीं बतानी पड़ेगी। क्या हम आपकी चैट उन्हें दे सकते हैं?
transfer-ask-legal = आपके सहायता कर्मी को लगता है कि कोई और आपकी बेहतर मदद कर सकता है: मुफ़्त कानूनी क्लिनिक का एक सहायता कर्मी। वे पढ़ेंगे कि आपने यहाँ क्या लिखा, इसलिए आपको अपनी बात फिर से नहीं बतानी पड़ेगी। क्या हम आपकी चैट उन्हें दे सकते हैं?
transfer-ask-health = आपके सहायता कर्मी को लगता है कि कोई और आपकी बेहतर मदद कर सकता है: एक सहायता कर्मी जो स्वास्थ्य देखभाल में मदद कर सकता है। वे पढ़ेंगे कि आपने यहाँ क्या लिखा, इसलिए आपको अपनी बात फिर से नहीं बतानी पड़ेगी। क्या हम आपकी चैट उन्हें दे सकते हैं?
transfer-ask-other = आपके सहायता कर्मी को लगता है कि कोई दूसरा सहायता कर्मी आपकी बेहतर मदद कर सकता है। वे पढ़ेंगे कि आपने यहाँ क्या लिखा, इसलिए आपको अपनी बात फिर से नहीं बतानी पड़ेगी। क्या हम आपकी चैट उन्हें दे सकते हैं?
transfer-yes = धन्यवाद। आपकी चैट आगे भेज दी गई है। नया सहायता कर्मी आपको यहीं लिखेगा।
transfer-no = ठीक है। कुछ नहीं बदलेगा। आप अपने सहायता कर्मी के साथ रहेंगे।
