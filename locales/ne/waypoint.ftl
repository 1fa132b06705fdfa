### Waypoint — नेपाली (Nepali). Draft: not yet checked by a qualified translator.
### @status draft


## Plain Nepali, तपाईं throughout. "Support worker" and "a person (who can help)" are both सहयोगी;
## "Talk to a person" is मान्छेसँग कुरा. Nepali usage: उजुरी (complaint), अध्यागमन (immigration),
## मानव बेचबिखन (human trafficking), प्रदेश (province). Command words are in quotes: "मेनु", "मेटाउ".


## Global commands

cmd-menu = मेनु
    .synonyms = menu, मेनू, menyu, विकल्प, bikalpa, bikalp
cmd-back = पछाडि
    .synonyms = pachhadi, pachadi, पछाडि जानुहोस्, फर्कनुहोस्, फिर्ता, firta
cmd-language = भाषा
    .synonyms = bhasa, bhasha, भाषा बदल्नुहोस्, bhasa badalnus
cmd-human = मान्छे
    .synonyms = manchhe, manche, मान्छेसँग कुरा, manchhe sanga kura, कसैसँग कुरा, kasaisanga kura, व्यक्ति, byakti
cmd-erase = मेटाउ
    .synonyms = metau, मेटाउनुहोस्, metaunuhos, मेट, met, सबै मेटाउ, sabai metau, डिलिट, delete gara
cmd-stop = बन्द
    .synonyms = banda, बन्द गर्नुहोस्, banda gara, रोक्नुहोस्, rok
cmd-start = सुरु
    .synonyms = suru, shuru, सुरु गर्नुहोस्, suru gara
cmd-help = मद्दत
    .synonyms = maddat, madat, सहयोग, sahayog
cmd-emergency = आपतकाल
    .synonyms = emergency, इमर्जेन्सी, आपतकालीन, aapatkal, खतरा, khatara, khatra, म खतरामा छु, ma khatarama chhu, बचाउ, bachau, बचाउनुहोस्, मद्दत गर्नुहोस्, maddat garnus, 911, sos

## Engine messages

draft-notice = यो अनुवाद अझै कुनै अनुवादकले जाँचेको छैन।
erased = भयो। यो च्याटबारे हामीसँग भएको कुरा मेटायौं। आफ्नो फोनबाट पनि यो च्याट मेटाउनुहोस्।
stopped = ठिक छ। हामी फेरि लेख्दैनौं। पछि कुरा गर्न मन भए "सुरु" पठाउनुहोस्।
recovered = माफ गर्नुहोस्, कुरा बीचमा छुट्यो। यो रह्यो मेनु।
input-refused = माफ गर्नुहोस्, हामीले यो म्यासेज पढ्न सकेनौं। फेरि पठाउनुहोस्।
input-trimmed = तपाईंको म्यासेज धेरै लामो थियो। हामीले पहिलो भाग मात्र पढ्यौं।
back-unavailable = पछाडि जाने ठाउँ छैन।
too-many-misses = माफ गर्नुहोस्, हामीले बुझेनौं। यो रह्यो मेनु। मान्छेसँग कुरा गर्न "मान्छे" पठाउनुहोस्।
retry = माफ गर्नुहोस्, हामीले बुझेनौं। यीमध्ये एउटा छान्नुहोस्।

## First contact

welcome-hello = नमस्ते, यो Waypoint हो। विकल्प हेर्न "मेनु" पठाउनुहोस्।
language-prompt = भाषा?
language-en = English
    .synonyms = अंग्रेजी, angreji, angrezi, इङ्लिस
language-fr = Français
    .synonyms = फ्रान्सेली, french, फ्रेन्च
language-es = Español
    .synonyms = स्पेनिस, spanish, spenish
language-tl = Tagalog
    .synonyms = तागालोग, फिलिपिनो, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = पञ्जाबी, पंजाबी, punjabi
language-hi = हिन्दी
    .synonyms = हिन्दी भाषा, हिंदी, hindi
language-vi = Tiếng Việt
    .synonyms = भियतनामी, vietnami, vietnamese
language-zh = 中文（简体）
    .synonyms = चिनियाँ, chiniya, chinese
language-ar = العربية
    .synonyms = अरबी, arabi, arabic
language-uk = Українська
    .synonyms = युक्रेनी, ukreni, ukrainian
language-th = ไทย
    .synonyms = थाई, thai
language-ne = नेपाली
    .synonyms = nepali, नेपाली भाषा, nepali bhasa
language-pt = Português
    .synonyms = पोर्चुगिज, portuguese
language-ht = Kreyòl ayisyen
    .synonyms = हैटियन क्रियोल, क्रियोल, kreyol, creole
safety-prompt = के अहिले कुरा गर्न सुरक्षित छ? के अरू कसैले यो फोन पढ्न सक्छ?
safety-yes = हो, सुरक्षित छ
    .synonyms = हो, ho, हजुर, hajur, हुन्छ, hunchha, huncha, ठिक छ, thik chha, thik cha, सुरक्षित, surakshit, ok
safety-not-now = अहिले होइन
    .synonyms = होइन, hoina, हैन, haina, ahile hoina, पछि, pachhi, pachi
safety-watched = कसैले देख्न सक्छ
    .synonyms = कोही छ, kohi chha, kohi cha, कसैले हेर्दैछ, kasaile dekhna sakchha, kasaile herdaichha
safety-bye = ठिक छ। फेरि भेटौंला। जुनसुकै बेला लेख्नुहोस्।
safety-watched-advice = हामीसँग भएको कुरा मेटाउन जुनसुकै बेला "मेटाउ" पठाउनुहोस्। आफ्नो फोनबाट पनि यो च्याट मेटाउनुहोस्। यो नम्बर अर्कै नाममा पनि सेभ गर्न सक्नुहुन्छ।
codeword-offer = तपाईं एउटा कोड शब्द राख्न सक्नुहुन्छ (तपाईंलाई मात्र थाहा भएको गोप्य शब्द)। पछि त्यो पठाएर अघिल्ला म्यासेज फेरि हेर्न सक्नुहुन्छ।
codeword-set = कोड शब्द राख्नुहोस्
    .synonyms = कोड शब्द, कोड, code, code word, kod sabda, राख्ने, rakhne
codeword-no = पर्दैन, धन्यवाद
    .synonyms = पर्दैन, pardaina, होइन, hoina, चाहिँदैन, chahindaina, छोड्नुहोस्, skip
codeword-prompt = आफ्नो कोड शब्द लेख्नुहोस्। 30 अक्षर वा कम। आफ्नो नाम नलेख्नुहोस्।
codeword-retry = कृपया 30 अक्षर वा कम प्रयोग गर्नुहोस्। वा छोड्न "मेनु" पठाउनुहोस्।
codeword-saved = धन्यवाद। तपाईंले "मेटाउ" नपठाएसम्म हामी तपाईंको कोड शब्द राख्छौं।
welcome-kept = हामी तपाईंको फोन नम्बर पढ्न मिल्ने रूपमा राख्दैनौं। म्यासेज पनि राख्दैनौं, तपाईंले मान्छेसँग कुरा नमागेसम्म। हामीसँग भएको कुरा मेटाउन जुनसुकै बेला "मेटाउ" पठाउनुहोस्।

## Main menu

menu-prompt = तपाईं केबारे जान्न चाहनुहुन्छ?
menu-work = काम र तलब
    .synonyms = काम, kaam, kam, तलब, talab, पैसा, paisa, ज्याला, jyala, जागिर, jagir, salary
menu-papers = कागजपत्र र परमिट
    .synonyms = कागजपत्र, kagajpatra, कागज, kagaj, परमिट, permit, राहदानी, rahadani, पासपोर्ट, passport, भिसा, visa, स्टाटस, status
menu-safety = सुरक्षा र सहयोग
    .synonyms = सुरक्षा, suraksha, हिंसा, hinsa, धम्की, dhamki, उजुरी, ujuri
menu-person = मान्छेसँग कुरा
    .synonyms = कुरा, kura
menu-privacy = तपाईंको गोपनीयता
    .synonyms = गोपनीयता, gopaniyata, प्राइभेसी, privacy
menu-language = भाषा बदल्नुहोस्
group-prompt = एउटा विषय छान्नुहोस्।

## Topic names

topic-wages = तलब र कटौती
    .synonyms = तलब, talab, पैसा, paisa, ज्याला, jyala, कटौती, katauti, चेक, cheque, salary
topic-hours = घण्टा र बिदा
    .synonyms = घण्टा, ghanta, ओभरटाइम, overtime, बिदा, bida, आराम, aaram, ब्रेक, break
topic-fees-debt = कामको शुल्क र ऋण
    .synonyms = शुल्क, sulka, shulka, फी, fee, fees, ऋण, rin, rina, कर्जा, karja, एजेन्ट, म्यानपावर, manpower, लोन, loan
topic-housing = बस्ने ठाउँ
    .synonyms = घर, ghar, कोठा, kotha, ओछ्यान, ochhyan, बास, baas, बस्ने, basne
topic-health-safety = चोट र स्वास्थ्य
    .synonyms = चोट, chot, बिरामी, birami, डाक्टर, doctor, स्वास्थ्य, swasthya, उपचार, upachar
topic-documents = राहदानी र कागजपत्र
    .synonyms = राहदानी, rahadani, पासपोर्ट, passport, कागजपत्र, kagajpatra, कागज, kagaj, आइडी, id
topic-change-employer = मालिक बदल्ने
    .synonyms = बदल्ने, badalne, नयाँ काम, naya kaam, काम छोड्ने, kaam chhodne, ओपन परमिट, open permit, रोजगारदाता
topic-status = तपाईंको परमिट र स्टाटस
    .synonyms = स्टाटस, status, परमिट, permit, भिसा, visa
topic-trp = विशेष परमिट (TRP)
    .synonyms = trp, टिआरपी, विशेष परमिट, bishesh permit
topic-emergency = अहिले खतरा
topic-abuse-threats = धम्की वा हिंसा
    .synonyms = धम्की, dhamki, हिंसा, hinsa, कुटपिट, kutpit, दुर्व्यवहार, durbyabahar
topic-complaint = उजुरी गर्ने
    .synonyms = उजुरी, ujuri, गुनासो, gunaso, रिपोर्ट, report
topic-police = प्रहरीकहाँ जाने
    .synonyms = प्रहरी, prahari, पुलिस, police, pulis
topic-trafficking = मानव बेचबिखन भनेको के हो
    .synonyms = बेचबिखन, bechbikhan, मानव बेचबिखन, manav bechbikhan, ओसारपसार, trafficking
topic-talk-to-person = मान्छेसँग कुरा
topic-privacy = तपाईंको गोपनीयता

## Shared choices and questions

choice-yes = हो
    .synonyms = ho, हजुर, hajur, हुन्छ, hunchha, huncha, ठिक छ, thik chha, हस्, has, ok
choice-no = होइन
    .synonyms = hoina, हैन, haina, पर्दैन, pardaina, अहिले होइन, ahile hoina, छैन, chhaina
choice-menu = मेनु
    .synonyms = मुख्य मेनु
choice-who-helps = कसले मद्दत गर्छ
    .synonyms = को, ko, कसले, kasle, नम्बर, number, numbers, सम्पर्क, sampark
choice-person = मान्छेसँग कुरा
    .synonyms = कुरा, kura
topic-next = अब के मद्दत चाहिन्छ?
after-help = के तपाईं कुनै मान्छेसँग कुरा गर्न चाहनुहुन्छ?
suggest-prompt = के तपाईंको प्रश्न यीमध्ये कुनैबारे हो?

## Who can help: national lines

ref-tip-line = कामको समस्या भन्नुहोस्: 1-866-602-9448, अस्थायी विदेशी कामदारका लागि Service Canada को उजुरी लाइन। नाम चाहिँदैन। कार्यदिनमा मान्छेले जवाफ दिन्छ; अरू बेला सन्देश छोड्नुहोस्।
ref-hotline = निःशुल्क हेल्पलाइन 24/7: 1-833-900-1010 (Canadian Human Trafficking Hotline)। यो परोपकारी संस्था हो, प्रहरी वा सरकार होइन। यहाँ 200 भन्दा बढी भाषाका दोभाषे छन्।
ref-911 = अहिले खतरामा हुनुहुन्छ भने 911 मा फोन गर्नुहोस्। जुनसुकै फोनबाट निःशुल्क छ।
ref-ircc = परमिट वा फाइलबारे प्रश्न? क्यानडा सरकारको अध्यागमन विभाग IRCC लाई फोन गर्नुहोस्: 1-888-242-2100 (Client Support Centre)।
legal-aid = कानुनी सहायता (निःशुल्क कानुनी मद्दत) हरेक प्रदेशले आफैं चलाउँछ। धेरै योजनाले अस्थायी बासिन्दालाई समेट्दैनन्। हाम्रो सहयोगीले कानुनी क्लिनिक खोज्न मद्दत गर्न सक्छ।

## Province

province-prompt = तपाईं कुन प्रदेश वा टेरिटोरीमा काम गर्नुहुन्छ? यसले सही कार्यालय बताउन मद्दत गर्छ। नभन्न पनि सक्नुहुन्छ।
province-west = पश्चिम वा उत्तर
    .synonyms = पश्चिम, paschim, उत्तर, uttar, बीसी, bc, अल्बर्टा, alberta, सस्काचेवान, मनिटोबा, युकोन, नुनाभुट, nwt
province-east = ओन्टारियो र पूर्व
    .synonyms = पूर्व, purba, ओन्टारियो, ontario, क्युबेक, quebec
province-none = भन्न चाहन्नँ
    .synonyms = भन्दिनँ, bhandina, नभन्ने, होइन, hoina, छोड्नुहोस्, skip
province-pick = कुन?
province-bc = ब्रिटिस कोलम्बिया
    .synonyms = bc, बीसी, british columbia, ब्रिटिश कोलम्बिया
province-ab = अल्बर्टा
    .synonyms = ab, alberta, एल्बर्टा
province-sk = सस्काचेवान
    .synonyms = sk, sask, saskatchewan, सस्कचेवान
province-mb = मनिटोबा
    .synonyms = mb, manitoba, म्यानिटोबा
province-yt = युकोन
    .synonyms = yt, yukon, यूकोन
province-nt = नर्थवेस्ट टेरिटोरिज
    .synonyms = nt, nwt, northwest territories, नर्थवेस्ट
province-nu = नुनाभुट
    .synonyms = nu, nunavut, नुनावुत
province-on = ओन्टारियो
    .synonyms = on, ont, ontario, अन्टारियो
province-qc = क्युबेक
    .synonyms = qc, quebec, क्यूबेक
province-nb = न्यु ब्रन्सविक
    .synonyms = nb, new brunswick, न्यू ब्रन्सविक
province-ns = नोभा स्कोसिया
    .synonyms = ns, nova scotia, नोवा स्कोसिया
province-pe = प्रिन्स एडवर्ड आइल्यान्ड
    .synonyms = pe, pei, prince edward island, प्रिन्स एडवर्ड
province-nl = Newfoundland & Labrador
    .synonyms = nl, newfoundland, labrador, न्युफाउन्डल्यान्ड, ल्याब्राडोर

## Employment standards offices

es-office-bc = ब्रिटिस कोलम्बिया: 1-833-236-3700 मा फोन गर्नुहोस्। यो Employment Standards Branch हो। त्यहाँ दोभाषे पाइन्छ। वेबसाइट: www2.gov.bc.ca
es-office-ab = अल्बर्टा: 1-877-427-3731 मा फोन गर्नुहोस्। यो रोजगार मापदण्ड कार्यालय (Employment Standards) हो। वेबसाइट: alberta.ca
es-office-sk = सस्काचेवान: 1-800-667-1783 मा फोन गर्नुहोस्। यो Employment Standards कार्यालय हो। वेबसाइट: www.saskatchewan.ca/business/employment-standards
es-office-mb = मनिटोबा: 1-800-821-4307 मा फोन गर्नुहोस्। यो रोजगार मापदण्ड कार्यालय (Employment Standards Branch) हो। वेबसाइट: gov.mb.ca
es-office-yt = युकोन: 867-667-5944 मा फोन गर्नुहोस्, वा निःशुल्क नम्बर 1-800-661-0408 ext. 5944. यो Employment Standards Office हो। वेबसाइट: yukon.ca
es-office-nt = नर्थवेस्ट टेरिटोरिज: 1-888-700-5707 मा फोन गर्नुहोस्। यो Employment Standards Office हो। वेबसाइट: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = नुनाभुट: 1-877-806-8402 वा 867-975-6322 मा फोन गर्नुहोस्। यो Labour Standards Compliance Office हो। वेबसाइट: nu-lsco.ca
es-office-on = ओन्टारियो: 1-800-531-5551 मा फोन गर्नुहोस्। यो रोजगार मापदण्ड सूचना केन्द्र (Employment Standards Information Centre) हो, धेरै भाषामा। वेबसाइट: ontario.ca/employmentrights
es-office-qc = क्युबेक: 1-844-838-0808 मा फोन गर्नुहोस्। यो CNESST हो, कामका नियम (labour standards) का लागि। वेबसाइट: www.cnesst.gouv.qc.ca
es-office-nb = न्यु ब्रन्सविक: 1-888-452-2687 मा फोन गर्नुहोस्। यो Employment Standards Branch हो। वेबसाइट: www.gnb.ca. घरधनीका लागि निजी घरमा गरिने काम यसले हेर्दैन।
es-office-ns = नोभा स्कोसिया: 1-888-315-0110 वा 902-424-4311 मा फोन गर्नुहोस्। यो Labour Standards Division हो। वेबसाइट: novascotia.ca/lae/employmentrights
es-office-pe = प्रिन्स एडवर्ड आइल्यान्ड: 1-800-333-4362 वा 902-368-5550 मा फोन गर्नुहोस्। यो Employment Standards Branch हो। वेबसाइट: www.princeedwardisland.ca
es-office-nl = Newfoundland and Labrador: www.gov.nl.ca/aesl/labour/nonunion मा फोन नम्बर हेर्नुहोस्। कार्यालयको नाम Labour Standards Division हो।
es-office-none = हरेक प्रदेशको तलब र घण्टा हेर्ने आफ्नै कार्यालय छ। संघीय नियमको काम (प्रदेश पार गर्ने ट्रक, बैंक, हवाई सेवा) संघीय Labour Program मा जान्छ। सहयोगीले तपाईं कहाँ हुनुहुन्छ नजानी मद्दत गर्छ।

## Workers' compensation

wcb-what = हरेक प्रदेश र टेरिटोरीको आफ्नै कामको चोटको क्षतिपूर्ति (workers' compensation) हुन्छ। कामले चोट लागे यसले पैसा र उपचार दिन्छ।
wcb-bc = BC मा चोट कहाँ लाग्यो भन्ने कुरा हेरिन्छ, तपाईंको देश होइन। मालिकले कहिल्यै दर्ता नगरेको भए पनि यो लागू हुन्छ।
wcb-other = आफ्नो प्रदेश वा टेरिटोरीको कामको चोटको क्षतिपूर्ति कार्यालय (workers' compensation board) लाई सोध्नुहोस्। हाम्रो सहयोगीले मद्दत गर्न सक्छ।

## wages

wages-agreement = तलब तपाईं र मालिकले सही गरेको कागज अनुसार हुनुपर्छ। कागजमा जे लेखे पनि प्रदेशका तलब नियम लागू हुन्छन्।
wages-no-fees = मालिक वा उसको भर्ती एजेन्टले कामका लागि तपाईंसँग पैसा लिन पाउँदैन। मालिकले किन्नुपर्ने स्वास्थ्य बीमाको पैसा पनि तलबबाट काट्न पाउँदैन।
wages-claim = बाँकी तलबका लागि आफ्नो प्रदेशको रोजगार मापदण्ड कार्यालयमा दाबी गर्नुहोस्। संघीय नियमको काम (प्रदेश पार गर्ने ट्रक, बैंक, हवाई सेवा) संघीय Labour Program मा जान्छ।
wages-deadline = दाबी गर्ने समयसीमा हुन्छ। प्रदेशअनुसार फरक: नोभा स्कोसियामा 6 महिना, सस्काचेवानमा 12 महिना। चाँडै सोध्नुहोस्। पैसा पाइन्छ भनेर कसैले वाचा गर्न सक्दैन।

## hours

hours-overtime = मालिकले सम्झौताबाहिरको ओभरटाइम जबरजस्ती गराउन पाउँदैन। कागजमा जे भए पनि घण्टाको सीमा र ओभरटाइम तलब प्रदेशले तोक्छ।
hours-sick = बिरामी हुँदा वा चोट लागेको बेला मालिकले जबरजस्ती काम गराउन पाउँदैन।
hours-province = कामको घण्टा, आरामका दिन र ओभरटाइम तलब हरेक प्रदेशले आफैं तोक्छ। तपाईंको प्रदेशको रोजगार मापदण्ड कार्यालयले नियम बताउन सक्छ।
hours-farm-home = खेतको काम वा कसैको घरभित्रको कामका नियम फरक हुन सक्छन्। कार्यालय वा हाम्रो सहयोगीलाई सोध्नुहोस्।

## fees-debt

fees-ban = 26 सेप्टेम्बर 2022 देखि, विदेशी कामदार कार्यक्रमका मालिकले काममा राख्न तपाईंसँग शुल्क लिन पाउँदैनन्, भर्ती एजेन्टमार्फत पनि। मालिक आफ्ना एजेन्टप्रति जिम्मेवार हुन्छ।
fees-province = प्रदेशका पनि नियम छन्। ओन्टारियोमा भर्ती एजेन्टले कुनै शुल्क लिन पाउँदैन। मनिटोबा, बीसी र सस्काचेवानमा कामको शुल्कबारे कानुन छ। अरू प्रदेशले पनि एजेन्टलाई नियममा राख्छन्।
fees-debt-rights = ऋण भएकै कारण कसैलाई तपाईंको कागजपत्र राख्ने अधिकार हुँदैन। तपाईंलाई जानबाट रोक्ने अधिकार पनि हुँदैन।
fees-not-fault = पैसा तिर्नु तपाईंको गल्ती थिएन। पैसा फिर्ता पाइन्छ भनेर हामी वाचा गर्न सक्दैनौं।

## documents

docs-passport = मालिकले तपाईंको राहदानी वा वर्क परमिट लिन पाउँदैन। उसले तपाईंको कागजपत्र राखेमा तपाईं उजुरी गर्न सक्नुहुन्छ।
docs-help = हाम्रो सहयोगीले कागजपत्र फिर्ता पाउन वा नयाँ बनाउन मद्दत गर्न सक्छ। तपाईंको देशको कन्सुलेट (क्यानडामा त्यसको कार्यालय) ले पनि मद्दत गर्न सक्छ, सुरक्षित लागे।
docs-no-numbers = हामी कहिल्यै तपाईंको राहदानी वा परमिट नम्बर माग्दैनौं।

## housing

housing-report = बासको उजुरी गरेकोमा मालिकले सजाय दिन पाउँदैन। दिए त्यसको पनि उजुरी गर्न सक्नुहुन्छ।
housing-locked = कसैले तपाईंलाई बस्ने वा काम गर्ने ठाउँ छोड्न दिँदैन भने उजुरी गर्न सक्नुहुन्छ। यो जोखिममा परेका कामदारको ओपन वर्क परमिटका लागि पनि दुर्व्यवहार गनिन्छ।
housing-rules = बस्ने ठाउँका नियम तपाईंको काम कार्यक्रम र प्रदेशमा भर पर्छ। हाम्रो सहयोगीले जाँच्न मद्दत गर्न सक्छ।
housing-tonight = आज राति सुत्ने सुरक्षित ठाउँ छैन? ओछ्यान र अरू सहयोगका लागि 211 मा फोन गर्नुहोस्। वा निःशुल्क हेल्पलाइन, 24/7: 1-833-900-1010.

## health-safety

health-doctor = डाक्टरकहाँ जान कसैको अनुमति चाहिँदैन। काममा चोट लागे वा बिरामी भए, मालिकले उपचार दिलाउन साँच्चै प्रयास गर्नुपर्छ।
health-insurance = अस्थायी विदेशी कामदार कार्यक्रममा मालिकले आपतकालीन स्वास्थ्य बीमा तिर्नुपर्छ, प्रदेशले नसमेटेसम्म। यो तलबबाट काट्न पाइँदैन।
health-status = वर्क परमिट मान्य रहँदासम्म स्टाटस रहन्छ, काम गर्न नसके पनि। मालिकले डिपोर्ट गर्न सक्दैन। तर जागिर अन्त्य गर्न सक्छ।

## change-employer

change-closed = एउटै मालिकका लागि बनेको (employer-specific) वर्क परमिटले त्यसमा नाम लेखिएको मालिकका लागि मात्र काम गर्न दिन्छ। काम बदल्न नयाँ परमिट चाहिन्छ।
change-owp = जोखिममा परेका कामदारका लागि एउटा ओपन वर्क परमिट छ। काममा दुर्व्यवहार वा त्यसको जोखिम भए निवेदन दिन सक्नुहुन्छ। तपाईं क्यानडामा, मान्य बन्द परमिटसहित वा समयमै नवीकरण निवेदन दिएर हुनुपर्छ।
abuse-kinds = दुर्व्यवहार शरीरमा चोट वा यौन हानि हुन सक्छ। धम्की वा नियन्त्रण। तपाईंको पैसा लिनु। उजुरी गरेको वा जाँचमा मद्दत गरेकोमा सजाय दिनु। यी सबै गनिन्छन्।
change-how = यो परमिटको शुल्क लाग्दैन। निवेदन अनलाइन दिइन्छ। के भयो भन्ने पत्र र कुनै प्रमाण पठाउनुहोस्, जस्तै सहयोगी संस्था वा डाक्टरको पत्र। क्यानडामा सँगै भएको परिवारले पनि निवेदन दिन सक्छ।
change-decides = पहिले परमिटले नदिएको काम गरेको भए पनि यो परमिट रोकिँदैन। निर्णय अधिकारीले गर्छ। निवेदन दिनुअघि कानुनी क्लिनिकसँग कुरा गर्नुहोस्।

## status

status-no-ask = तपाईंले आफ्नो स्टाटस भन्नु पर्दैन। हामी कहिल्यै सोध्दैनौं।
status-paper = परमिटको कागजमा त्यसको अन्तिम मिति र सर्तहरू (मान्नुपर्ने नियम) लेखिएको हुन्छ। बन्द परमिटमा मालिकको नाम पनि हुन्छ।
status-rights = काममा तपाईंको पनि सबैजस्तै अधिकार छ। अस्थायी कामदारका लागि पनि यो लागू हुन्छ।
status-paths = क्यानडामा बस्ने फरक-फरक बाटा छन्: अस्थायी बसोबास अनुमति (TRP), ओपन वर्क परमिट, शरणार्थी दाबी वा मानवीय आधारमा निवेदन। के मिल्छ भन्ने तपाईंको अवस्थामा भर पर्छ।
status-lawyer = अहिले खतरामा? 911 मा फोन गर्नुहोस्। होइन भने, प्रहरीकहाँ जानुअघि कानुनी क्लिनिक वा अध्यागमन वकिलसँग कुरा गर्नुहोस्।

## trp

trp-what = अस्थायी बसोबास अनुमति (TRP) केही समय क्यानडामा बस्न दिने कागज हो। स्टाटस नभएका मानिसका लागि विशेष TRP छ, जसलाई कसैले नियन्त्रणमा राखेर काम वा यौनका लागि प्रयोग गरेको थियो।
trp-health = यसले अन्तरिम संघीय स्वास्थ्य कार्यक्रमबाट उपचार दिन्छ। ओपन वर्क परमिट वा अध्ययन परमिटका लागि पनि निवेदन दिन सक्नुहुन्छ, निःशुल्क।
trp-length = 4 फेब्रुअरी 2025 देखि यो प्रायः कम्तीमा 12 महिनाको हुन्छ। यसको, वर्क वा स्टडी परमिटको, वा औंठाछाप र फोटोको शुल्क लाग्दैन। पछि अर्को TRP पनि पाउन सकिन्छ।
trp-testify = आधिकारिक नियम: यसका लागि अदालतमा गवाही दिनु पर्दैन। तर सहयोगीहरू भन्छन्, प्रहरी मुद्दा बिना यो पाउन गाह्रो हुन सक्छ। ठाउँअनुसार फरक पर्छ।
trp-apply = तपाईं आफैं माग्न सक्नुहुन्छ। सहयोगी संस्था वा प्रहरीले पनि सिफारिस गर्न सक्छ। अधिकारीले अन्तर्वार्ता लिन सक्छ, र निर्णय अधिकारीले गर्छ। पहिले कानुनी क्लिनिक वा वकिललाई भेट्नुहोस्।

## trafficking

traf-what = कसैले अर्को मानिसलाई नियन्त्रणमा राखेर उसको काम वा यौनबाट फाइदा लिन्छ भने कानुनले यसलाई मानव बेचबिखन भन्छ। बल, धम्की, झूट, ऋण वा कागजपत्र खोसेर यसो गर्न सकिन्छ।
traf-border = सिमाना पार गर्नु पर्दैन। मानिस कानुनी रूपमा क्यानडा आए पनि यस्तो हुन सक्छ। बल वा झूटबाट लिएको "हो" गनिँदैन।
traf-no-label = सहयोग पाउन कुनै नाम वा लेबल चाहिँदैन। तलबमा अन्याय वा दुर्व्यवहारमा पनि सहयोग पाउनुपर्छ, बेचबिखन नभए पनि।

## abuse-threats

abuse-deport = मालिकले तपाईंलाई डिपोर्ट गर्न वा स्टाटस बदल्न सक्दैन। धम्की दिए उजुरी गर्न सक्नुहुन्छ। तर उसले तपाईंको जागिर अन्त्य गर्न सक्छ।
abuse-family = कसैले तपाईंको देशमा रहेको परिवारलाई धम्की दिन्छ भने हाम्रो सहयोगीले योजना बनाउन मद्दत गर्न सक्छ। उहाँहरूको सुरक्षाको वाचा हामी गर्न सक्दैनौं।
choice-new-permit = नयाँ वर्क परमिट
    .synonyms = नयाँ परमिट, naya permit, परमिट, permit, ओपन परमिट, open permit, मालिक बदल्ने

## complaint

complaint-no-punish = नराम्रो व्यवहार, खतरनाक काम वा बासको उजुरी, वा जाँचमा मद्दत गरेकोमा मालिकले सजाय दिन पाउँदैन। दिए त्यसको पनि उजुरी गर्नुहोस्। यो ओपन वर्क परमिटका लागि दुर्व्यवहार गनिन्छ।
complaint-tip = अस्थायी विदेशी कामदारका लागि Service Canada को उजुरी लाइन जोसुकैले प्रयोग गर्न सक्छ। नाम भन्नु पर्दैन। उजुरी कसले गर्‍यो भनेर Service Canada ले मालिकलाई कहिल्यै भन्दैन।
complaint-share = तपाईंको अनुमति बिना सम्पर्क गर्दैनन्। तर उजुरी अरू सरकारी निकायसँग बाँड्न सक्छन्, अध्यागमनसँग पनि। स्टाटस छैन? पहिले सहयोगीसँग कुरा गर्नुहोस्।
complaint-province = सस्काचेवान र न्यू ब्रन्सविकले नाम बिना वा गोप्य उजुरी लिन्छन्। अल्बर्टाले नाम बिनाको सूचना लिन्छ। सस्काचेवानले उजुरी अध्यागमनसँग बाँड्ने अनुमति माग्न सक्छ: पहिले सोच्नुहोस्।
complaint-no-promise = कुनै नतिजाको वाचा छैन। हाम्रो सहयोगीले निर्णय गर्न मद्दत गर्न सक्छ।

## police

police-choice = यो तपाईंको रोजाइ हो। यहाँको सहयोग प्रहरीकहाँ जानेमा कहिल्यै भर पर्दैन।
police-status = पहिले वकिल। स्टाटस स्पष्ट छैन भने प्रहरीले अध्यागमनलाई बोलाउन सक्छ। अध्यागमन वकिलले निर्णयमा मद्दत गर्न सक्छ।
police-helpline = निःशुल्क हेल्पलाइन (1-833-900-1010) ले तपाईंको कुरा गोप्य राख्छ। तपाईं सहमत भए मात्र प्रहरीलाई भन्छ। अपवाद: बच्चा जोखिममा, कोही खतरामा, वा कानुनी दायित्व।

## privacy

privacy-kept = हामी तपाईंको नम्बर पढ्न सकिने रूपमा राख्दैनौं। मान्छेसँग कुरा नमागेसम्म म्यासेज पनि राख्दैनौं।
privacy-erase = जुनसुकै बेला "मेटाउ" पठाउनुहोस्। यसले Waypoint सँग भएको तपाईंको सबै जानकारी मेटाउँछ।
privacy-phone = तपाईंको फोनमा यो च्याटको आफ्नै प्रति रहन्छ। त्यहाँबाट पनि मेटाउनुहोस्।
privacy-provider = तपाईंको फोन कम्पनी वा WhatsApp ले आफ्नै रेकर्ड राख्न सक्छन्। ती हामी मेटाउन सक्दैनौं।
privacy-next = अब के?
privacy-erase-now = अहिले मेटाउनुहोस्
    .synonyms = अहिले मेटाउ, ahile metau, अहिले नै मेटाउनुहोस्, मेटाउ अहिले

## talk-to-person

person-what-they-see = तालिम पाएको सहयोगीले जवाफ दिनुहुनेछ, प्रहरी वा अध्यागमन होइन। उहाँले कोड नाम, भाषा, विषय र अबदेखिको च्याट देख्नुहुन्छ। तपाईंको नम्बर होइन।
person-deleted = केस बन्द भएपछि हामी च्याट मेटाउँछौं, प्रायः 30 दिनपछि।
person-child = कुनै बच्चा खतरामा हुन सक्छ भने सहयोगीले त्यसको रिपोर्ट गर्नुपर्ने हुन सक्छ।
person-options = तपाईं दोभाषे माग्न सक्नुहुन्छ। आफ्नै समुदायबाहिरको सहयोगी पनि माग्न सक्नुहुन्छ।
person-confirm = के तपाईं मान्छेसँग कुरा गर्न चाहनुहुन्छ?
person-requested = धन्यवाद। एक जना मान्छेले यहीं जवाफ दिनुहुनेछ। जुनसुकै बेला "मेटाउ" पठाउनुहोस्।
person-after-hours = चाँडै कसैले जवाफ नदिए निःशुल्क हेल्पलाइनमा फोन गर्नुहोस्, 24/7: 1-833-900-1010.
person-other-lines = ठिक छ। तपाईं निःशुल्क हेल्पलाइनमा पनि फोन गर्न सक्नुहुन्छ, 24/7: 1-833-900-1010. आदिवासी (Indigenous) मानिसका लागि: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency

emergency-now = अहिले खतरामा? 911 मा फोन गर्नुहोस्, जुनसुकै फोनबाट निःशुल्क। हेल्पलाइन 24/7: 1-833-900-1010. "मेटाउ" पठाएर यो च्याट मेटाउनुहोस्।
emergency-offer = के तपाईं कुनै मान्छेले यहाँ लेखोस् भन्ने चाहनुहुन्छ?
emergency-person = हो, मान्छे चाहियो
    .synonyms = हो, ho, हजुर, hajur, हुन्छ, hunchha, चाहियो, chahiyo
check-danger = के तपाईं अहिले खतरामा हुनुहुन्छ?

## Help

help-commands = यी शब्द जुनसुकै बेला चल्छन्: मेनु, पछाडि, भाषा, मान्छे, आपतकाल, मेटाउ, बन्द।

## While a lead worker has the conversation

handoff-claimed = अब एक जना सहयोगी यहाँ हुनुहुन्छ। अबदेखि तपाईंले लेखेको उहाँले पढ्न सक्नुहुन्छ। जुनसुकै बेला "मेटाउ" पठाउनुहोस्।
handoff-closed = सहयोगीले यो च्याट बन्द गर्नुभयो। तपाईं फेरि स्वचालित च्याटमा हुनुहुन्छ। विकल्पका लागि "मेनु" पठाउनुहोस्।
handoff-cancelled = ठिक छ। तपाईं लाइनबाट निस्कनुभयो। कसैले तपाईंलाई लेख्ने छैन।
handoff-waiting = तपाईंको म्यासेज सहयोगीका लागि राखिएको छ। तपाईं अझै लाइनमा हुनुहुन्छ। लाइन छोड्न "मेनु" पठाउनुहोस्।

## Handoff queue

handoff-queue-1 = लाइनमा अर्को पालो तपाईंको हो। एक जना सहयोगीले तपाईंलाई यहीं लेख्नुहुनेछ।
handoff-queue-2 = लाइनमा तपाईं 2 नम्बरमा हुनुहुन्छ। एक जना सहयोगीले तपाईंलाई यहीं लेख्नुहुनेछ।
handoff-queue-3 = लाइनमा तपाईं 3 नम्बरमा हुनुहुन्छ। एक जना सहयोगीले तपाईंलाई यहीं लेख्नुहुनेछ।
handoff-queue-4 = लाइनमा तपाईं 4 नम्बरमा हुनुहुन्छ। एक जना सहयोगीले तपाईंलाई यहीं लेख्नुहुनेछ।
handoff-queue-5 = लाइनमा तपाईं 5 नम्बरमा हुनुहुन्छ। एक जना सहयोगीले तपाईंलाई यहीं लेख्नुहुनेछ।
handoff-queue-more = लाइनमा तपाईंभन्दा अगाडि 5 जनाभन्दा बढी हुनुहुन्छ। केही समय लाग्न सक्छ। एक जना सहयोगीले तपाईंलाई यहीं लेख्नुहुनेछ।
handoff-after-hours-today = अहिले कुनै सहयोगी काममा हुनुहुन्न। आज पछि कसैले जवाफ दिनेछ। खतरामा? 911 मा फोन गर्नुहोस्। निःशुल्क हेल्पलाइन 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = अहिले कुनै सहयोगी काममा हुनुहुन्न। भोलि कसैले जवाफ दिनेछ। खतरामा? 911 मा फोन गर्नुहोस्। निःशुल्क हेल्पलाइन 24/7: 1-833-900-1010.
handoff-after-hours-later = अहिले कुनै सहयोगी काममा हुनुहुन्न। केही दिनमा कसैले जवाफ दिनेछ। खतरामा? 911 मा फोन गर्नुहोस्। निःशुल्क हेल्पलाइन 24/7: 1-833-900-1010.
handoff-staff-reply = तपाईंको सहयोगीको म्यासेज।
language-offer = के तपाईं नेपालीमा पढ्न चाहनुहुन्छ? बदल्न "भाषा" पठाउनुहोस्।

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = परमिट एउटै मालिकका लागि भए, नयाँ परमिट बिना अरूका लागि काम गर्न पाइँदैन। मौसमी खेती कामदारलाई चाँडै घर पठाउन सकिन्छ।
health-card = आइपुग्नेबित्तिकै प्रदेशको हेल्थ कार्ड माग्नुहोस्। केही प्रदेशले 3 महिनासम्म पर्खाउँछन्। त्यतिन्जेल मालिकको बीमाले तपाईंलाई समेट्छ (विदेशी कामदार कार्यक्रम)।
health-card-plan =
    { $province ->
        [bc] ब्रिटिस कोलम्बिया: स्वास्थ्य योजना MSP (Medical Services Plan) हो।
        [ab] अल्बर्टा: स्वास्थ्य योजना AHCIP (Alberta Health Care Insurance Plan) हो।
        [sk] सस्काचेवान: कार्ड eHealth Saskatchewan ले दिन्छ।
        [mb] मनिटोबा: कार्ड Manitoba Health ले दिन्छ।
        [on] ओन्टारियो: स्वास्थ्य योजना OHIP हो। निवेदन ServiceOntario मा।
        [qc] क्युबेक: स्वास्थ्य योजना RAMQ हो।
        [nb] न्यू ब्रन्सविक: स्वास्थ्य योजना Medicare हो।
        [ns] नोभा स्कोसिया: स्वास्थ्य योजना MSI हो।
        [pe] प्रिन्स एडवर्ड आइल्याण्ड: कार्ड Health PEI ले दिन्छ।
        [nl] न्यूफाउन्डल्याण्ड र ल्याब्राडोर: स्वास्थ्य योजना MCP हो।
        [yt] युकोन: Yukon Health Care Insurance Plan.
        [nt] नर्थवेस्ट टेरिटोरिज: NWT Health Care Plan.
        [nu] नुनाभुत: Nunavut Health Care Plan.
       *[other] हरेक प्रदेशको आफ्नै स्वास्थ्य योजना छ। सहयोगीले तपाईंको खोज्न मद्दत गर्न सक्छ।
    }
choice-more = थप जान्नुहोस्
    .synonyms = थप, थप जान्नुहोस्, more
topic-family-violence = साथीको हिंसा र स्टाटस
    .synonyms = साथी, श्रीमान, श्रीमती, प्रायोजक
topic-youth-health = युवाको उपचार
    .synonyms = युवा, किशोर, क्लिनिक, गर्भनिरोध
topic-report-crime = अपराधको उजुरी
    .synonyms = अपराध, आक्रमण, उजुरी, प्रहरी
topic-coerced-debt = तपाईंको नाममा ऋण
    .synonyms = मेरो नाम, ऋण, लोन, क्रेडिट, ठगी
fv-what = क्यानडामा तपाईंको बसाइ तपाईंलाई दुःख दिने साथीमा भर पर्छ भने मद्दत छ। दुर्व्यवहार शारीरिक, यौन, धम्की, नियन्त्रण वा पैसा लिनु हुन सक्छ।
fv-trp = IRCC सँग विशेष अस्थायी बसोबास अनुमति (TRP) छ, क्यानडामा स्टाटस नभएका ती मानिसका लागि जसको स्थायी बसोबास त्यही साथीमा भर परेको थियो। पहिलो निःशुल्क हुन्छ।
fv-more = यसले उपचार दिन्छ, र ओपन वर्क वा अध्ययन परमिट माग्न सक्नुहुन्छ। क्यानडामा भएका छोराछोरीले पनि पाउन सक्छन्। अधिकारीले निर्णय गर्छ। पहिले कानुनी क्लिनिक जानुहोस्।
fv-other = यो जबरजस्ती काम वा यौन बेच्न लगाइएका मानिसको TRP होइन। सहयोगीले कुन मिल्छ हेर्न मद्दत गर्न सक्छ।
youth-care = यौन स्वास्थ्य, जाँच वा गर्भनिरोधका लागि उपचार पाउन सकिन्छ। केही क्लिनिकले आमाबुबा र हेल्थ कार्ड बिना युवालाई हेर्छन्। खोज्न 211 मा फोन गर्नुहोस्।
youth-report = सहयोगीसँग कुरा गरे: कुनै युवा खतरामा हुन सक्छ भने उहाँले उजुरी गर्नुपर्ने हुन सक्छ। नियम हरेक प्रदेशमा फरक छन्।
youth-private = क्लिनिकलाई के गोप्य रहन्छ सोध्नुहोस्। Kids Help Phone निःशुल्क र गोप्य छ, 24/7: 1-800-668-6868 मा फोन गर्नुहोस् वा 686868 मा CONNECT पठाउनुहोस्।
crime-choice = कसैले आक्रमण गरे वा चोट पुर्‍याए, प्रहरीकहाँ जाने कि नजाने तपाईंको रोजाइ हो। यहाँको मद्दत त्यसमा भर पर्दैन। अहिले खतरामा? 911 मा फोन गर्नुहोस्।
crime-status = स्टाटस छैन भने प्रहरीले तपाईंको जानकारी अध्यागमनलाई दिन सक्छ। केही सहरले प्रहरीले स्टाटस सोध्दैन भन्छन्, तर यो फरक हुन्छ। पहिले कानुनी क्लिनिक जानुहोस्।
crime-centre = यौन आक्रमण सहायता केन्द्रले मद्दत गर्न सक्छ, प्रहरीकहाँ नगए पनि। खोज्न 211 मा, वा निःशुल्क हेल्पलाइन 24/7: 1-833-900-1010 मा फोन गर्नुहोस्।
debt-what = कसैले तपाईंको इच्छा बिना तपाईंको नाममा लोन, ऋण, फोन प्लान वा बैंक खाता लियो? यो तपाईंको गल्ती होइन। यो ठगी हुन सक्छ, र गर्न सकिने कदम छन्।
debt-steps = Equifax (1-800-465-7166) र TransUnion (1-800-663-9980) बाट क्रेडिट रेकर्ड र ठगीको चेतावनी माग्नुहोस्। प्रहरी र Canadian Anti-Fraud Centre लाई भन्न सक्नुहुन्छ: 1-888-495-8501.
debt-help = केही तिर्नुअघि कानुनी क्लिनिकले ऋणमा मद्दत गर्न सक्छ। प्रहरीकहाँ जाने कि नजाने तपाईंको रोजाइ हो। ऋण हट्छ भनेर हामी वाचा गर्न सक्दैनौं।

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = एउटा नम्बर पठाउनुहोस्।
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = भाषा बदल्न "भाषा" (वा LANGUAGE) पठाउनुहोस्।
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = खुसी लाग्यो।
ack-hello = फेरि नमस्ते।
ack-ok = ठिक छ।
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = फेरि स्वागत छ। यो मेनु हो। तपाईं कुनै व्यक्तिसँग पनि कुरा गर्न सक्नुहुन्छ।
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = हामी यी विषयमा मद्दत गर्न सक्छौं।
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = विकल्पहरू
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = छिटो बाहिर
web-quick-exit-hint = वा Esc दुई पटक थिच्नुहोस्
web-exit-notice = छिटो बाहिरले यो कुराकानी Waypoint बाट मेटाउँछ र मौसमको पेज खोल्छ। ब्राउजरको इतिहासमा यो भ्रमण अझै देखिन सक्छ। प्राइभेट विन्डोले कम निशान छोड्छ।
web-exit-notice-link = अनलाइन आफ्ना निशान कसरी मेटाउने (Tech Safety Canada)
web-choose-language = भाषा छान्नुहोस्
web-or-write = वा आफ्नो सन्देश कुनै पनि भाषामा लेख्नुहोस्।
web-chat-log = कुराकानी
web-message-label = तपाईंको सन्देश
web-placeholder = यहाँ लेख्नुहोस्
web-send = पठाउनुहोस्
web-language = भाषा
web-menu = मेनु
web-you = तपाईं
web-error-retry = सन्देश गएन। फेरि प्रयास गर्नुहोस्।
web-error-busy = एकैपटक धेरै सन्देश आए। एक मिनेट पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
web-noscript = यो कुराकानीलाई JavaScript चाहिन्छ।
