### Waypoint — Kreyòl ayisyen. Draft: not yet checked by a qualified translator.
### @status draft
### Plain Haitian Creole (standard spelling) for Haitian newcomers, mostly in Quebec. GSM-7
### only: è, é, ò and à fit, but capital È and Ò do not, so no sentence starts with "Èske"
### and command words carry no accent (KOMANSE). Straight quotes, no long dashes.


## Global commands. English command words work too.

cmd-menu = MENI
    .synonyms = meni prensipal, opsyon, chwa, akèy
cmd-back = RETOUNEN
    .synonyms = tounen, tounen dèyè, anvan
cmd-language = LANG
    .synonyms = chanje lang, lòt lang, langaj
cmd-human = MOUN
    .synonyms = yon moun, pale ak yon moun, moun tout bon, moun pou pale
cmd-erase = EFASE
    .synonyms = efase tout, siprime, siprime tout, retire tout
cmd-stop = SISPANN
    .synonyms = kanpe, pa voye ankò, pa ekri m ankò
cmd-start = KOMANSE
    .synonyms = kòmanse, rekòmanse, kontinye
cmd-help = EDE
    .synonyms = enfòmasyon, kòmand, mo yo
cmd-emergency = IJANS
    .synonyms = ijan, danje, an danje, mwen an danje, m an danje, nan danje, anmwe, sekou, ede m, ede mwen, ede m tanpri, tanpri ede m, souple ede m, ede m souple, rele 911
cmd-open = OUVRI
    .synonyms = ouvri mesaj la, li, li mesaj la

## Engine messages

draft-notice = Tèks sa a poko tcheke pa yon tradiktè.
erased = Fini. Nou efase sa nou te kenbe sou chat sa a. Efase chat sa a nan telefòn ou tou.
stopped = Dakò. Nou p ap ekri ou ankò. Voye KOMANSE si ou vle pale pita.
recovered = Padon, nou pèdi kote nou te ye a. Men meni an.
input-refused = Padon, nou pa t ka li mesaj sa a. Tanpri eseye ankò.
input-trimmed = Mesaj ou a te twò long. Nou li sèlman premye pati a.
back-unavailable = Pa gen anyen pou tounen dèyè.
too-many-misses = Padon, nou pa t konprann. Men meni an. Voye MOUN pou pale ak yon moun.
retry = Padon, nou pa konprann. Tanpri chwazi youn nan sa yo.

## First contact

welcome-hello = Bonjou, se Waypoint. Reponn MENI pou wè opsyon yo.
language-prompt = Lang?
language-en = English
    .synonyms = angle, anglè, english
language-fr = Français
    .synonyms = franse, fransè, francais
language-es = Español
    .synonyms = panyòl, espanyòl, espanol
language-tl = Tagalog
    .synonyms = tagalog, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = pendjabi, punjabi
language-hi = हिन्दी
    .synonyms = hindi
language-vi = Tiếng Việt
    .synonyms = vyetnamyen, vietnamyen, vietnamien
language-zh = 中文（简体）
    .synonyms = chinwa, chinois, mandaren
language-ar = العربية
    .synonyms = arab, arabik, arabe
language-uk = Українська
    .synonyms = ikrenyen, ukrenyen, ukrainien
language-th = ไทย
    .synonyms = tay, thai, thailandais
language-ne = नेपाली
    .synonyms = nepali, nepalè
language-pt = Português
    .synonyms = pòtigè, portugais
language-ht = Kreyòl ayisyen
    .synonyms = kreyòl, kreyol ayisyen, ayisyen, creole, creole haitien
safety-prompt = Ou ka pale an sekirite kounye a? Yon lòt moun ka li telefòn sa a?
safety-yes = Wi, li an sekirite
    .synonyms = wi, dakò, ok, an sekirite
safety-not-now = Pa kounye a
    .synonyms = non, pita, pa kounya
safety-watched = Yon moun ka wè l
    .synonyms = yon moun ka wè, gen moun, gen moun la, yo ap gade m, yo ap veye m
safety-bye = Dakò. Orevwa. Ekri nou nenpòt ki lè.
safety-watched-advice = Voye EFASE nenpòt ki lè pou efase sa nou kenbe. Efase chat sa a nan telefòn ou tou. Ou ka anrejistre nimewo sa a anba yon lòt non tou.
codeword-offer = Ou ka chwazi yon mo kòd sekrè. Si yon repons ap tann ou, nou montre l sèlman apre ou voye mo kòd la.
codeword-set = Chwazi yon mo kòd
    .synonyms = mo kòd, kòd, chwazi, code
codeword-no = Non, mèsi
    .synonyms = non, non mèsi, pa bezwen, sote
codeword-prompt = Tape mo kòd ou a: 3 a 30 lèt oswa chif, san emoji. Pa sèvi ak non ou.
codeword-retry = Ou pa ka sèvi ak mo kòd sa a. Sèvi ak 3 a 30 lèt oswa chif, san emoji. Oswa voye MENI pou sote etap sa a.
codeword-saved = Mèsi. Nou kenbe mo kòd ou a jiskaske ou voye EFASE.
welcome-kept = Nou pa kenbe okenn nimewo telefòn moun ka li, ni okenn mesaj, sof si ou mande pale ak yon moun. Voye EFASE nenpòt ki lè pou efase sa nou kenbe.

## Main menu (list rows: 24 characters at most)

menu-prompt = Sou ki sa ou ta renmen konnen?
menu-work = Travay ak peman
    .synonyms = travay, peman, salè, lajan, kòb, djob
menu-papers = Papye ak pèmi
    .synonyms = papye, pèmi, paspò, viza, dokiman, estati
menu-safety = Sekirite ak èd
    .synonyms = sekirite, vyolans, menas, plent
menu-person = Pale ak yon moun
    .synonyms = pale, pale ak moun
menu-privacy = Vi prive ou
    .synonyms = vi prive, konfidansyalite, prive
menu-language = Chanje lang
group-prompt = Chwazi yon sijè.

## Topic names (24 characters at most)

topic-wages = Salè ak retni
    .synonyms = salè, peman, lajan, kòb, chèk, peye, retni
topic-hours = Lè travay ak repo
    .synonyms = lè travay, orè, lè siplemantè, siplemantè, repo, konje, poz, jou repo
topic-fees-debt = Frè pou djob ak dèt
    .synonyms = frè, dèt, ajan, rekritè, ajans, prè
topic-housing = Lojman
    .synonyms = kay, chanm, kabann, dòmi, lojman
topic-health-safety = Blesi ak sante
    .synonyms = blesi, blese, malad, doktè, sante, aksidan
topic-documents = Paspò ak papye
    .synonyms = paspò, papye, id, kat idantite, dokiman
topic-change-employer = Chanje patwon
    .synonyms = chanje, nouvo djob, chanje travay, kite travay, pèmi ouvè, open permit
topic-status = Pèmi ak estati ou
    .synonyms = estati, pèmi, viza
topic-trp = Pèmi espesyal (TRP)
    .synonyms = trp, pèmi espesyal
topic-emergency = Danje kounye a
topic-abuse-threats = Menas oswa vyolans
    .synonyms = menas, vyolans, abi, frape, maltrete
topic-complaint = Fè yon plent
    .synonyms = plent, pote plent, denonse, rapòte
topic-police = Ale lapolis
    .synonyms = polis, lapolis
topic-trafficking = Sa trafik moun vle di
    .synonyms = trafik moun, trafik, trafficking
topic-talk-to-person = Pale ak yon moun
topic-privacy = Vi prive ou

## Shared choices and questions (reply buttons: 20 characters at most)

choice-yes = Wi
    .synonyms = wi, dakò, ok, yes
choice-no = Non
    .synonyms = non, pa kounye a, pa kounya
choice-menu = Meni
    .synonyms = meni prensipal
choice-who-helps = Ki moun ki ka ede
    .synonyms = ki moun, kiyès, kilès, kontak, nimewo
choice-person = Pale ak yon moun
    .synonyms = pale, moun
topic-next = Kisa ki ta ka ede w kounye a?
after-help = Ou ta renmen pale ak yon moun?
suggest-prompt = Kesyon ou a sou youn nan sa yo?

## Who can help: national lines

ref-tip-line = Rapòte yon pwoblèm nan travay: 1-866-602-9448. Se liy Service Canada pou rapòte abi kont travayè etranje tanporè. Ou pa bezwen bay non ou. Moun reponn nan jou lasemèn; lòt lè, kite yon mesaj.
ref-hotline = Liy èd gratis, 24/7: 1-833-900-1010. Se Canadian Human Trafficking Hotline. Se yon òganizasyon charite. Se pa lapolis ni gouvènman. Li gen moun pou ede nan plis pase 200 lang.
ref-911 = Si ou an danje kounye a, rele 911. Li gratis sou nenpòt telefòn.
ref-ircc = Kesyon sou pèmi w oswa dosye w? Rele IRCC, biwo federal imigrasyon an: 1-888-242-2100. Mande Client Support Centre.
legal-aid = Chak pwovens jere pwòp sèvis "legal aid" pa l (èd jiridik gratis). Anpil nan yo pa kouvri rezidan tanporè. Yon moun ka ede w jwenn yon klinik jiridik.

## Province (work province, not home)

province-prompt = Nan ki pwovens oswa teritwa ou travay? Sa ede nou ba ou bon biwo a. Ou ka sote kesyon sa a.
province-west = Lwès oswa Nò
    .synonyms = lwès, west, north, prairies, bc, alberta, saskatchewan, manitoba, yukon, nwt, nunavut
province-east = Ontario ak lès
    .synonyms = lès, east, ontario, quebec, kebèk, atlantik, maritimes
province-none = M pa vle di
    .synonyms = sote, non, mwen pa vle di
province-pick = Kilès?
province-bc = British Columbia
    .synonyms = bc, b.c, british columbia, colombie britannique
province-ab = Alberta
    .synonyms = ab, alberta
province-sk = Saskatchewan
    .synonyms = sk, sask, saskatchewan
province-mb = Manitoba
    .synonyms = mb, manitoba
province-yt = Yukon
    .synonyms = yt, yukon
province-nt = Northwest Territories
    .synonyms = nt, nwt, tno, northwest territories, territoires du nord ouest
province-nu = Nunavut
    .synonyms = nu, nunavut
province-on = Ontario
    .synonyms = on, ont, ontario
province-qc = Kebèk
    .synonyms = qc, quebec, québec, kebèk
province-nb = New Brunswick
    .synonyms = nb, new brunswick, nouveau brunswick, nouvo brinswik
province-ns = Nova Scotia
    .synonyms = ns, nova scotia, nouvelle ecosse
province-pe = Prince Edward Island
    .synonyms = pe, pei, ipe, prince edward island, ile du prince edouard
province-nl = Newfoundland & Labrador
    .synonyms = nl, newfoundland, labrador, newfoundland and labrador, terre neuve

## Employment standards offices

es-office-bc = British Columbia: rele 1-833-236-3700. Se Employment Standards Branch. Yo gen entèprèt. Sit entènèt: www2.gov.bc.ca
es-office-ab = Alberta: rele 1-877-427-3731. Se biwo nòm travay (Employment Standards). Sit: alberta.ca (chèche "employment standards").
es-office-sk = Saskatchewan: rele 1-800-667-1783. Se Employment Standards. Sit entènèt: www.saskatchewan.ca/business/employment-standards
es-office-mb = Manitoba: rele 1-800-821-4307. Se biwo nòm travay (Employment Standards Branch). Sit: gov.mb.ca (chèche "employment standards").
es-office-yt = Yukon: rele 867-667-5944, oswa gratis 1-800-661-0408 ext. 5944. Se Employment Standards Office. Sit entènèt: yukon.ca
es-office-nt = Northwest Territories: rele 1-888-700-5707. Se Employment Standards Office. Sit entènèt: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = Nunavut: rele 1-877-806-8402 oswa 867-975-6322. Se Labour Standards Compliance Office. Sit entènèt: nu-lsco.ca
es-office-on = Ontario: rele 1-800-531-5551. Se Employment Standards Information Centre (biwo enfòmasyon sou nòm travay). Gen sèvis nan anpil lang. Sit: ontario.ca/employmentrights
es-office-qc = Kebèk: rele 1-844-838-0808. Se CNESST, pou nòm travay yo (normes du travail). Sit entènèt: www.cnesst.gouv.qc.ca
es-office-nb = New Brunswick: rele 1-888-452-2687. Se Employment Standards Branch. Sit entènèt: www.gnb.ca. Li pa kouvri travay nan yon kay prive pou pwopriyetè kay la.
es-office-ns = Nova Scotia: rele 1-888-315-0110 oswa 902-424-4311. Se Labour Standards Division. Sit entènèt: novascotia.ca/lae/employmentrights
es-office-pe = Prince Edward Island: rele 1-800-333-4362 oswa 902-368-5550. Se Employment Standards Branch. Sit entènèt: www.princeedwardisland.ca
es-office-nl = Newfoundland and Labrador: chèche nimewo telefòn nan sou www.gov.nl.ca/aesl/labour/nonunion. Se Labour Standards Division.
es-office-none = Chak pwovens ak teritwa gen pwòp biwo pa l pou salè ak lè travay. Travay ki anba règ federal (kamyon ant pwovens, bank, avyon) ale nan Labour Program federal la. Yon moun ka ede w, san w pa di kote w ye.

## Workers' compensation

wcb-what = Chak pwovens ak teritwa gen pwòp sistèm konpansasyon pou travayè (workers' compensation). Li bay lajan ak swen si travay la blese w.
wcb-bc = Nan BC, sa ki konte se kote ou te blese a, pa peyi ou. Se konsa menm si patwon ou pa t janm enskri.
wcb-other = Mande biwo konpansasyon travayè (workers' compensation board) pwovens oswa teritwa ou. Yon moun ka ede w ak sa.

## wages

wages-agreement = Salè w dwe swiv papye ou menm ak patwon an te siyen an. Règ salè pwovens ou aplike kanmenm, kèlkeswa sa papye a di.
wages-no-fees = Patwon ou, oswa yon rekritè pou li, pa ka fè w peye pou travay la. Li pa ka retire sou salè w asirans sante li dwe peye a tou.
wages-claim = Pou w jwenn lajan yo dwe w, fè yon reklamasyon nan biwo nòm travay pwovens ou. Travay ki anba règ federal (kamyon ant pwovens, bank, avyon) ale nan Labour Program federal la.
wages-deadline = Gen yon delè pou reklame. Li chanje dapre pwovens lan: 6 mwa nan Nova Scotia, 12 mwa nan Saskatchewan. Mande bonè. Pèsonn pa ka pwomèt ou ap jwenn lajan an.

## hours

hours-overtime = Patwon ou pa ka fòse w fè lè siplemantè ki pa nan kontra a. Pwovens ou fikse limit lè travay ak peman lè siplemantè, kèlkeswa sa kontra a di.
hours-sick = Patwon ou pa ka fòse w travay lè ou malad oswa blese.
hours-province = Chak pwovens fikse pwòp limit li sou lè travay, jou repo ak peman lè siplemantè. Biwo nòm travay pwovens ou ka di w règ yo.
hours-farm-home = Règ yo ka diferan pou travay nan fèm, oswa pou travay nan yon kay prive. Tcheke ak biwo a oswa ak yon moun.

## fees-debt

fees-ban = Depi 26 septanm 2022, patwon nan pwogram travayè etranje yo pa ka fè w peye pou yo anboche w. Menm si se yon rekritè ki pran lajan an pou yo. Patwon an reponsab rekritè li yo.
fees-province = Pwovens yo gen règ tou. Nan Ontario, yon rekritè pa ka fè w peye okenn frè. Manitoba, BC ak Saskatchewan gen lwa sou frè travay. Lòt pwovens gen règ pou rekritè yo.
fees-debt-rights = Yon dèt pa bay pèsonn dwa kenbe papye ou. Li pa bay pèsonn dwa anpeche w ale.
fees-not-fault = Se pa t fòt ou si ou te peye. Nou pa ka pwomèt w ap jwenn lajan an tounen.

## documents

docs-passport = Patwon ou pa ka pran paspò ou oswa pèmi travay ou. Si yo kenbe papye ou, ou ka rapòte sa.
docs-help = Yon moun ka ede w jwenn papye ou tounen oswa fè nouvo. Konsila peyi ou (biwo li nan Kanada) ka ede w, si ou santi sa an sekirite.
docs-no-numbers = Nou p ap janm mande w nimewo paspò ou oswa nimewo pèmi ou.

## housing

housing-report = Patwon ou pa gen dwa pini w paske w rapòte move lojman. Si l fè l, ou ka rapòte sa tou.
housing-locked = Si yon moun anpeche w kite kote w rete oswa kote w travay, ou ka rapòte sa. Sa konte kòm abi tou pou pèmi travay ouvè pou travayè vilnerab yo.
housing-rules = Règ lojman yo depann de pwogram travay ou ak pwovens ou. Yon moun ka ede w verifye yo.
housing-tonight = Ou pa gen yon kote ki an sekirite pou dòmi aswè a? Rele 211 pou jwenn yon kabann ak lòt èd. Oswa rele liy èd gratis la, 24/7: 1-833-900-1010.

## health-safety

health-doctor = Ou pa bezwen pèmisyon pou w wè yon doktè. Si ou blese oswa tonbe malad nan travay, patwon ou dwe fè yon vrè efò pou ede w jwenn swen.
health-insurance = Nan pwogram travayè etranje a, patwon ou dwe peye asirans sante pou ijans. Li dire jiskaske pwovens lan kouvri w. Li pa ka soti nan salè w.
health-status = Pèmi travay ou kenbe estati w toutotan li valab, menm si w pa ka travay. Patwon ou pa ka depòte w. Men li ka fini travay ou.

## change-employer

change-closed = Yon pèmi travay fèmen pèmèt ou travay sèlman pou patwon ki ekri sou li a. Pou chanje travay, ou bezwen yon nouvo pèmi.
change-owp = Gen yon pèmi travay ouvè pou travayè vilnerab. Ou ka aplike si ou sibi abi nan travay, oswa si gen risk pou sa rive. Ou dwe nan Kanada ak yon pèmi fèmen ki valab, oswa ou te aplike a tan pou renouvle l.
abuse-kinds = Abi ka mal yo fè kò w, oswa abi seksyèl. Menas oswa kontwòl. Pran lajan ou. Pini w paske w rapòte yon pwoblèm oswa w ede yon enspeksyon. Tout sa yo konte.
change-how = Pèmi sa a pa koute anyen. Ou aplike sou entènèt. Voye yon lèt sou sa k te pase ak nenpòt prèv, tankou yon lèt yon gwoup sipò oswa yon doktè. Fanmi ki avè w nan Kanada ka aplike tou.
change-decides = Travay pèmi ou pa t pèmèt anvan pa bloke pèmi sa a. Se yon ofisye ki deside. Pale ak yon klinik jiridik anvan ou aplike.

## status

status-no-ask = Ou pa bezwen di nou estati ou. Nou p ap janm mande w li.
status-paper = Papye pèmi ou montre dat li fini ak kondisyon li yo (règ ou dwe swiv). Yon pèmi fèmen gen non patwon ou sou li tou.
status-rights = Ou gen dwa nan travay, tankou tout moun. Sa vre pou travayè tanporè yo tou.
status-paths = Gen plizyè fason pou rete nan Kanada: yon TRP (yon papye pou rete pou yon tan), yon pèmi travay ouvè, yon demann azil oswa yon demann imanitè. Sa depann de sitiyasyon w.
status-lawyer = An danje kounye a? Rele 911. Si se pa sa, pale ak yon klinik legal oswa yon avoka imigrasyon anvan, anvan w al lapolis.

## trp

trp-what = Yon TRP (pèmi rezidan tanporè) se yon papye ki pèmèt ou rete Kanada pou yon tan. Gen yon TRP espesyal pou moun ki pa gen estati. Li pou moun yon lòt moun te kontwole epi sèvi ak yo pou travay oswa pou sèks.
trp-health = Li ba w swen sante (Pwogram Sante Federal Pwovizwa). Ou ka mande yon pèmi travay ouvè oswa yon pèmi etid tou, san frè.
trp-length = Depi 4 fevriye 2025, li dire omwen 12 mwa anjeneral. Ou pa peye pou li, ni pou yon pèmi travay oswa etid, ni pou anprent ak foto. Yon lòt TRP ka vini apre.
trp-testify = Règ ofisyèl la: ou pa oblije temwaye nan tribinal (vin temwen) pou w jwenn li. Men travayè sipò yo di li ka difisil pou jwenn li san yon ka lapolis. Sa pa toujou menm jan.
trp-apply = Ou ka mande l ou menm. Yon gwoup sipò oswa lapolis ka refere w tou. Yon ofisye ka fè yon entèvyou avè w, epi se yon ofisye ki deside. Wè yon klinik jiridik oswa yon avoka anvan.

## trafficking

traf-what = Lè yon moun kontwole yon lòt moun pou fè lajan sou travay li oswa sou sèks, lalwa rele sa trafik moun. Yo ka sèvi ak fòs, menas, manti, dèt, oswa pran papye moun nan.
traf-border = Pa bezwen travèse okenn fwontyè. Moun ka vini Kanada legalman epi sa ka rive kanmenm. Yon "wi" pa konte si se fòs oswa manti ki fè moun nan di l.
traf-no-label = Ou pa bezwen yon etikèt pou jwenn èd. Salè ki pa jis oswa abi merite èd, menm si se pa trafik moun.

## abuse-threats

abuse-deport = Patwon ou pa ka depòte w ni chanje estati w. Si l menase w, ou ka rapòte sa. Men li ka fini travay ou.
abuse-family = Si yon moun menase fanmi ou nan peyi ou, yon moun ka ede w fè yon plan. Nou pa ka pwomèt fanmi ou ap an sekirite.
choice-new-permit = Nouvo pèmi travay
    .synonyms = nouvo pèmi, pèmi, pèmi ouvè, open permit, chanje patwon

## complaint

complaint-no-punish = Patwon ou pa gen dwa pini w paske w rapòte move tretman, travay danjere oswa move lojman, oswa paske w ede yon enspeksyon. Si l fè l, rapòte sa tou. Sa konte kòm abi pou pèmi travay ouvè a.
complaint-tip = Nenpòt moun ka sèvi ak liy rapò Service Canada a. Ou pa bezwen bay non ou. Service Canada pa janm di patwon an kiyès ki te rapòte.
complaint-share = Yo pa kontakte w san pèmisyon w. Men yo ka pataje rapò a ak lòt pati gouvènman an, e sa ka gen ladan imigrasyon. Ou pa gen estati? Pale ak yon travayè sipò anvan.
complaint-province = Saskatchewan ak New Brunswick pran plent san non, oswa kenbe yo prive. Alberta pran rapò san non. Saskatchewan ka mande pèmisyon pou pataje plent ou ak imigrasyon federal: reflechi anvan.
complaint-no-promise = Nou pa ka pwomèt okenn rezilta. Yon moun ka ede w deside.

## police

police-choice = Se ou ki chwazi. Pou jwenn èd isit la, ou pa janm oblije ale lapolis.
police-status = Avoka anvan. Si estati w pa klè, lapolis ka rele imigrasyon. Yon avoka imigrasyon ka ede w deside.
police-helpline = Liy èd gratis la (1-833-900-1010) kenbe sa ou di prive. Li di lapolis sèlman si ou dakò. Eksepsyon yo: yon timoun ki an risk, yon moun ki an danje, oswa yon obligasyon lalwa.

## privacy

privacy-kept = Nou pa kenbe nimewo telefòn ou nan yon fòm pèsonn ka li. Nou pa kenbe mesaj ou yo sof si ou mande pale ak yon moun.
privacy-erase = Voye EFASE nenpòt lè. Li efase tout sa Waypoint kenbe sou ou.
privacy-phone = Telefòn ou kenbe pwòp kopi chat sa a. Efase l la tou.
privacy-provider = Konpayi telefòn ou oswa WhatsApp ka kenbe pwòp dosye pa yo. Nou pa ka efase sa yo.
privacy-next = Kisa ou vle fè kounye a?
privacy-erase-now = Efase kounye a
    .synonyms = efase, siprime

## talk-to-person

person-what-they-see = Se yon travayè sipò ki resevwa fòmasyon ki pral reponn. Se pa lapolis. Se pa imigrasyon. Li wè yon non kòd, lang ou, sijè ou chwazi yo ak chat sa a depi kounye a. Li pa wè nimewo ou.
person-deleted = Nou efase chat la lè dosye w fèmen, souvan 30 jou apre.
person-child = Si yon timoun ka an danje, travayè a ka oblije rapòte sa.
person-options = Ou ka mande yon entèprèt. Ou ka mande tou yon travayè ki pa soti nan pwòp gwoup ou.
person-confirm = Ou vle pale ak yon moun?
person-requested = Mèsi. Yon moun pral reponn ou isit la. Voye EFASE nenpòt ki lè.
person-after-hours = Si pèsonn pa reponn byento, rele liy èd gratis la, 24/7: 1-833-900-1010.
person-other-lines = Dakò. Ou ka rele liy èd gratis la tou, 24/7: 1-833-900-1010. Pou Pèp Endijèn yo: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency (one SMS segment)

emergency-now = Si ou an danje kounye a, rele 911. Li gratis sou nenpòt telefòn. Liy èd 24/7: 1-833-900-1010. Voye EFASE pou efase chat sa a.
emergency-offer = Ou vle yon moun ekri w isit la?
emergency-person = Wi, yon moun
    .synonyms = wi, wi yon moun
emergency-asked = Liy èd la reponn 24/7, avèk entèprèt nan plis pase 200 lang. Se pa lapolis ni gouvènman. Nou pa ka rele pèsonn pou ou.
emergency-self = Ou ka rele oswa ekri 9-8-8 tou, gratis, lajounen kou lannwit, si w ap panse fini ak lavi w (an angle oswa an franse).
check-danger = Eske ou an danje kounye a?

## Help

help-commands = Mo ki mache nenpòt ki lè: MENI, RETOUNEN, LANG, MOUN, IJANS, EFASE, SISPANN.

## While a support worker has the conversation

handoff-claimed = Yon travayè sipò la kounye a. Li ka li sa ou ekri depi kounye a. Voye EFASE nenpòt ki lè.
handoff-closed = Travayè sipò a fèmen chat sa a. Ou retounen ak asistan otomatik la. Voye MENI pou wè opsyon yo.
handoff-cancelled = Dakò. Ou kite liy datant lan. Pèsonn p ap ekri w.
handoff-waiting = Mesaj ou a anrejistre pou travayè sipò a. Ou toujou nan liy datant lan. Voye MENI pou kite liy lan.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = Mèsi. Voye MENI pou wè opsyon yo.
held-notice = Ou gen yon nouvo mesaj. Reponn OUVRI pou li l.
media-not-read = Mwen ka li tèks sèlman. Mwen pa ka ouvri mesaj vokal, foto oswa fichye. Tanpri ekri kesyon ou, oswa voye MOUN pou pale ak yon moun.
media-handoff = Travayè sipò ou a ka li tèks sèlman. Nou di l ou voye yon mesaj vokal, yon foto oswa yon fichye. Tanpri ekri mesaj ou, oswa rele liy èd gratis la, 24/7: 1-833-900-1010.
person-none = Pèsonn pa ka reponn nan chat sa a kounye a. Nou pa ka pase w bay yon moun isit la. Ou ka rele liy èd gratis sa a pou pale ak yon moun.
person-notice = Si yon travayè sipò reponn apre ou fin sispann ekri, èske nou ka voye yon ti mesaj ba ou? Li di sèlman gen yon mesaj k ap tann ou.
person-reply-held = Si ou sispann ekri, repons li ap tann ou isit la. W ap resevwa l lè ou ekri nou ankò.
person-reply-notice = Si ou sispann ekri, repons li ap tann ou isit la. N ap voye yon ti mesaj pou di w li ap tann.
emergency-what-they-see = Se yon travayè sipò ki resevwa fòmasyon ki ta reponn, se pa lapolis. Li wè yon non kòd, lang ou ak chat sa a. Li pa wè nimewo ou.

## Handoff queue

handoff-queue-1 = Se ou ki pwochen nan liy datant lan. Yon travayè sipò pral ekri w isit la.
handoff-queue-2 = Ou se dezyèm moun nan liy datant lan. Yon travayè sipò pral ekri w isit la.
handoff-queue-3 = Ou se twazyèm moun nan liy datant lan. Yon travayè sipò pral ekri w isit la.
handoff-queue-4 = Ou se katriyèm moun nan liy datant lan. Yon travayè sipò pral ekri w isit la.
handoff-queue-5 = Ou se senkyèm moun nan liy datant lan. Yon travayè sipò pral ekri w isit la.
handoff-queue-more = Gen plis pase 5 moun devan ou nan liy datant lan. Sa ka pran tan. Yon travayè sipò pral ekri w isit la.
handoff-after-hours-today = Pa gen travayè sipò k ap travay kounye a. Yon moun ap reponn pita jodi a. An danje? Rele 911. Liy èd gratis, 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = Pa gen travayè sipò k ap travay kounye a. Yon moun ap reponn demen. An danje? Rele 911. Liy èd gratis, 24/7: 1-833-900-1010.
handoff-after-hours-later = Pa gen travayè sipò k ap travay kounye a. Yon moun ap reponn nan kèk jou. An danje? Rele 911. Liy èd gratis, 24/7: 1-833-900-1010.
handoff-staff-reply = Mesaj travayè sipò ou a.
language-offer = Ou ta pito li an kreyol? Voye LANG pou chanje.

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = Si pèmi w se pou yon sèl patwon, ou pa ka travay pou lòt moun san yon nouvo pèmi. Travayè agrikòl sezonye ka voye lakay yo pi bonè.
health-card = Mande kat sante pwovens ou lè w fèk rive. Gen pwovens ki fè w tann, jiska 3 mwa. Pandan tan sa a, asirans patwon ou kouvri w (pwogram travayè etranje).
health-card-plan =
    { $province ->
        [bc] British Columbia: plan an se MSP (Medical Services Plan).
        [ab] Alberta: plan an se AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan: kat la soti nan eHealth Saskatchewan.
        [mb] Manitoba: kat la soti nan Manitoba Health.
        [on] Ontario: plan an se OHIP. Ou aplike nan ServiceOntario.
        [qc] Quebec: plan an se RAMQ.
        [nb] New Brunswick: plan an se Medicare.
        [ns] Nova Scotia: plan an se MSI.
        [pe] Prince Edward Island: kat la soti nan Health PEI.
        [nl] Newfoundland and Labrador: plan an se MCP.
        [yt] Yukon: plan an se Yukon Health Care Insurance Plan.
        [nt] Northwest Territories: plan an se NWT Health Care Plan.
        [nu] Nunavut: plan an se Nunavut Health Care Plan.
       *[other] Chak pwovens gen pwòp plan sante pa l. Yon moun ka ede w jwenn pa w la.
    }
choice-more = Plis enfòmasyon
    .synonyms = plis, more
topic-family-violence = Patnè vyolan ak estati
    .synonyms = patnè, mari, madanm, konjwen, parenn
topic-youth-health = Sante pou jèn
    .synonyms = jèn, adolesan, klinik, kontrasepsyon
topic-report-crime = Rapòte yon krim
    .synonyms = krim, atak, agresyon, pote plent
topic-coerced-debt = Dèt nan non ou
    .synonyms = non mwen, prè, kredi, fwod, kont
fv-what = Si rete w nan Kanada depann de yon patnè k ap fè w mal, gen èd. Abi ka mal nan kò, abi seksyèl, menas, kontwòl oswa pran lajan ou.
fv-trp = IRCC gen yon TRP espesyal (yon papye pou rete pou yon tan) pou moun nan Kanada san estati, ki te gen rezidans pèmanan yo depann de patnè sa a. Premye a gratis.
fv-more = Li bay swen sante, e ou ka mande yon pèmi travay ouvè oswa yon pèmi etid. Petèt pitit ou nan Kanada tou. Yon ofisye deside. Al wè yon klinik legal anvan.
fv-other = Se pa TRP pou moun yo fòse travay oswa vann sèks la. Yon moun ka ede w wè kiyès ki bon pou ou.
youth-care = Ou ka jwenn swen pou sante seksyèl, tès oswa kontrasepsyon. Gen klinik ki resevwa jèn san paran e san kat sante. Rele 211 pou jwenn youn.
youth-report = Si w pale ak yon travayè sipò: si yon jèn ka an danje, li ka oblije rapòte sa. Règ yo pa menm nan chak pwovens.
youth-private = Mande klinik la sa ki rete prive. Kids Help Phone gratis e prive, 24/7: rele 1-800-668-6868 oswa voye CONNECT nan 686868.
crime-choice = Si yon moun atake w oswa fè w mal, se ou ki deside si w ale lapolis. Ou jwenn èd isit la kèlkeswa sa w chwazi. An danje kounye a? Rele 911.
crime-status = Si w pa gen estati, lapolis ka bay imigrasyon enfòmasyon w. Gen vil ki di lapolis yo pa mande estati, men sa varye. Al wè yon klinik legal anvan.
crime-centre = Yon sant kont agresyon seksyèl ka ede w, menm si w pa janm al lapolis. Rele 211 pou jwenn youn, oswa liy èd gratis, 24/7: 1-833-900-1010.
debt-what = Yon moun mete yon prè, yon dèt, yon plan telefòn oswa yon kont labank nan non w san w pa t chwazi lib? Se pa fòt ou. Sa ka yon fwod, e gen etap pou fè.
debt-steps = Mande Equifax (1-800-465-7166) ak TransUnion (1-800-663-9980) dosye kredi w ak yon alèt fwod. Ou ka rapòte sa bay lapolis ak Canadian Anti-Fraud Centre: 1-888-495-8501.
debt-help = Yon klinik legal ka ede w ak dèt la, anvan w peye anyen. Se ou ki deside si w ale lapolis. Nou pa ka pwomèt dèt la ap disparèt.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Voye yon nimewo.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = Pou chanje lang, voye LANG (oswa LANGUAGE).
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = Pa gen pwoblem.
ack-hello = Bonjou ankò.
ack-ok = Dakò.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Byenveni ankò. Men meni an. Ou ka pale ak yon moun tou.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = Nou ka ede w sou sijè sa yo.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Opsyon
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Sòti vit
web-quick-exit-hint = oswa peze Esc de fwa
web-exit-notice = Sòti vit efase chat sa a nan Waypoint epi li louvri yon paj meteyo. Istorik navigatè a ka toujou montre vizit sa a. Yon fenèt prive kite mwens tras.
web-exit-notice-link = Kijan pou efase tras ou sou entènèt (Tech Safety Canada)
web-choose-language = Chwazi yon lang
web-or-write = Oswa ekri mesaj ou nan nenpòt lang.
web-chat-log = Konvèsasyon
web-message-label = Mesaj ou
web-placeholder = Ekri la a
web-send = Voye
web-language = Lang
web-menu = Meni
web-you = Ou
web-error-retry = Mesaj la pa pati. Tanpri eseye ankò.
web-error-busy = Twòp mesaj an menm tan. Tanpri tann yon minit, epi eseye ankò.
web-noscript = Chat sa a bezwen JavaScript.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Moun sipò ou a panse yon lòt moun ka ede ou pi byen: yon moun sipò ki pale lang ou. Moun sa a ta li sa ou ekri la a, konsa ou pa bezwen rakonte istwa ou ankò. Eske nou ka pase chat ou a ba li?
transfer-ask-shelter = Moun sipò ou a panse yon lòt moun ka ede ou pi byen: yon moun sipò ki ka ede ou jwenn yon kote ki an sekirite pou rete. Moun sa a ta li sa ou ekri la a, konsa ou pa bezwen rakonte istwa ou ankò. Eske nou ka pase chat ou a ba li?
transfer-ask-legal = Moun sipò ou a panse yon lòt moun ka ede ou pi byen: yon moun sipò nan yon klinik legal gratis. Moun sa a ta li sa ou ekri la a, konsa ou pa bezwen rakonte istwa ou ankò. Eske nou ka pase chat ou a ba li?
transfer-ask-health = Moun sipò ou a panse yon lòt moun ka ede ou pi byen: yon moun sipò ki ka ede ou ak swen sante. Moun sa a ta li sa ou ekri la a, konsa ou pa bezwen rakonte istwa ou ankò. Eske nou ka pase chat ou a ba li?
transfer-ask-other = Moun sipò ou a panse yon lòt moun sipò ka ede ou pi byen. Moun sa a ta li sa ou ekri la a, konsa ou pa bezwen rakonte istwa ou ankò. Eske nou ka pase chat ou a ba li?
transfer-yes = Mèsi. Chat ou a pase. Nouvo moun sipò a ap ekri ou la a.
transfer-no = Dakò. Anyen pa chanje. Ou rete ak moun sipò ou a.
