### Waypoint — Tagalog. Draft: not yet checked by a qualified translator.
### @status draft
### Plain everyday Tagalog for Filipino caregivers, with the English words Filipinos use
### (employer, permit, status, overtime). GSM-7 only: straight quotes, no long dashes.


## Global commands. English command words work too.

cmd-menu = MENU
    .synonyms = main menu, pagpipilian, mga pagpipilian, menu po
cmd-back = BUMALIK
    .synonyms = balik, balik po, bumalik po, nakaraan
cmd-language = WIKA
    .synonyms = lengguwahe, lenggwahe, palitan ang wika, palit wika, ibang wika
cmd-human = TAO
    .synonyms = tao po, kausap, makausap ang tao, gusto ko ng kausap, totoong tao
cmd-erase = BURAHIN
    .synonyms = bura, burahin lahat, burahin na, burahin mo, i-delete, idelete
cmd-stop = TIGIL
    .synonyms = itigil, tigil na, hinto, ihinto, huminto
cmd-start = SIMULA
    .synonyms = simulan, umpisa, umpisahan, ituloy
cmd-help = TULONG
    .synonyms = mga utos, utos, impormasyon
cmd-emergency = SAKLOLO
    .synonyms = saklolo po, emergency po, delikado, delikado ako, panganib, nasa panganib ako, tulungan nyo ako, tulungan niyo ako, tulungan ninyo ako, tulungan mo ako, tulungan po ninyo ako, tulong po, tulong tulong
cmd-open = BUKSAN
    .synonyms = buksan ang message, basahin

## Engine messages

draft-notice = Hindi pa ito nasusuri ng isang tagasalin.
erased = Tapos na. Binura na namin ang itinago namin tungkol sa chat na ito. Burahin din po ang chat na ito sa inyong phone.
stopped = Sige po. Hindi na kami magme-message ulit. Mag-send ng SIMULA kung gusto ninyong mag-usap mamaya.
recovered = Pasensya na po, nawala kami sa usapan. Narito ang menu.
input-refused = Pasensya na po, hindi namin mabasa ang message na iyon. Pakisubukan ulit.
input-trimmed = Napakahaba ng inyong message. Ang unang bahagi lang ang nabasa namin.
back-unavailable = Wala nang mababalikan.
too-many-misses = Pasensya na po, hindi namin naintindihan. Narito ang menu. Mag-send ng TAO para makausap ang isang tao.
retry = Pasensya na po, hindi namin naintindihan. Pumili po ng isa sa mga ito.

## First contact

welcome-hello = Hi po, ito ang Waypoint. Mag-reply ng MENU para sa mga pagpipilian.
language-prompt = Wika?
language-en = English
    .synonyms = english, ingles, inggles
language-fr = Français
    .synonyms = french, pranses, frances
language-es = Español
    .synonyms = spanish, espanyol, espanol, kastila
language-tl = Tagalog
    .synonyms = tagalog, filipino, pilipino, tagalog po
language-pa = ਪੰਜਾਬੀ
    .synonyms = punjabi, panjabi
language-hi = हिन्दी
    .synonyms = wikang hindi, hindi language
language-vi = Tiếng Việt
    .synonyms = vietnamese, vietnamis, bietnamis, tieng viet
language-zh = 中文（简体）
    .synonyms = chinese, tsino, mandarin
language-ar = العربية
    .synonyms = arabic, arabo, arabik
language-uk = Українська
    .synonyms = ukrainian, ukranian
language-th = ไทย
    .synonyms = thai
language-ne = नेपाली
    .synonyms = nepali
language-pt = Português
    .synonyms = portuguese, portuges, portugues
language-ht = Kreyòl ayisyen
    .synonyms = haitian creole, haitian, kreyol, creole
safety-prompt = Ligtas po bang mag-chat ngayon? May iba bang puwedeng makabasa ng phone na ito?
safety-yes = Oo, ligtas
    .synonyms = oo, opo, oo po, ligtas, ok, okay, yes
safety-not-now = Hindi ngayon
    .synonyms = hindi, hindi po, mamaya, mamaya na, saka na
safety-watched = May nakakakita
    .synonyms = may nakakakita, may nakatingin, may nagbabantay, binabantayan ako, may kasama ako
safety-bye = Sige po. Paalam. Mag-message kahit kailan.
safety-watched-advice = Mag-send ng BURAHIN kahit kailan para burahin ang itinatago namin. Burahin din ang chat na ito sa inyong phone. Puwede rin ninyong i-save ang number na ito sa ibang pangalan.
codeword-offer = Puwede kayong pumili ng lihim na code word. Kung may sagot na naghihintay sa inyo, ipapakita lang namin ito pagkatapos ninyong i-send ang code word.
codeword-set = Pumili ng code word
    .synonyms = code word, codeword, code, pumili
codeword-no = Hindi, salamat
    .synonyms = hindi, hindi na, wag na, huwag na, laktawan, skip
codeword-prompt = I-type ang inyong code word: 3 hanggang 30 letra o numero, walang emoji. Huwag gamitin ang inyong pangalan.
codeword-retry = Hindi puwede ang code word na ito. Gumamit ng 3 hanggang 30 letra o numero, walang emoji. O mag-send ng MENU para laktawan ito.
codeword-saved = Salamat po. Itatago namin ang inyong code word hanggang mag-send kayo ng BURAHIN.
welcome-kept = Wala kaming itinatagong phone number na mababasa, at walang message, maliban kung hihingi kayo ng taong makakausap. Mag-send ng BURAHIN kahit kailan para burahin ang itinatago namin.

## Main menu (list rows: 24 characters at most)

menu-prompt = Ano po ang gusto ninyong malaman?
menu-work = Trabaho at sahod
    .synonyms = trabaho, sahod, sweldo, suweldo, bayad, pera
menu-papers = Papeles at permit
    .synonyms = papeles, permit, pasaporte, passport, visa, dokumento, status
menu-safety = Kaligtasan at tulong
    .synonyms = kaligtasan, ligtas, karahasan, banta, pananakot, reklamo
menu-person = Makipag-usap sa tao
    .synonyms = makipag-usap, kausap, usap
menu-privacy = Inyong privacy
    .synonyms = privacy, pribado, pribasiya
menu-language = Palitan ang wika
group-prompt = Pumili ng paksa.

## Topic names (24 characters at most)

topic-wages = Sahod at kaltas
    .synonyms = sahod, sweldo, suweldo, bayad, kaltas, tseke, cheque, pera
topic-hours = Oras at day off
    .synonyms = oras, overtime, ot, pahinga, day off, dayoff, break
topic-fees-debt = Placement fee at utang
    .synonyms = placement fee, placement, fee, bayarin, utang, ahensya, agency, recruiter, loan
topic-housing = Tirahan
    .synonyms = tirahan, bahay, kwarto, kuwarto, kama, tulugan, matulog
topic-health-safety = Pinsala at kalusugan
    .synonyms = pinsala, nasaktan, sakit, may sakit, doktor, kalusugan, aksidente, injury
topic-documents = Pasaporte at papeles
    .synonyms = pasaporte, passport, papeles, id, dokumento
topic-change-employer = Lumipat ng employer
    .synonyms = lumipat, palit employer, bagong trabaho, lipat trabaho, resign, mag-resign, open permit
topic-status = Inyong permit at status
    .synonyms = status, permit, visa
topic-trp = Espesyal na permit (TRP)
    .synonyms = trp, espesyal na permit, special permit
topic-emergency = Panganib ngayon
topic-abuse-threats = Banta o pananakit
    .synonyms = banta, pananakot, karahasan, pananakit, sinaktan, abuso, pang-aabuso
topic-complaint = Magreklamo
    .synonyms = reklamo, magreklamo, report, i-report, isumbong
topic-police = Pagpunta sa pulis
    .synonyms = pulis, police
topic-trafficking = Ano ang trafficking
    .synonyms = trafficking, human trafficking
topic-talk-to-person = Makipag-usap sa tao
topic-privacy = Inyong privacy

## Shared choices and questions (reply buttons: 20 characters at most)

choice-yes = Oo
    .synonyms = oo, opo, oo po, yes, ok, sige
choice-no = Hindi
    .synonyms = hindi, hindi po, ayoko, huwag, wag, hindi muna
choice-menu = Menu
    .synonyms = main menu, balik sa menu
choice-who-helps = Sino ang tutulong
    .synonyms = sino, sino tutulong, sino makakatulong, mga numero, numero, contact
choice-person = Makipag-usap sa tao
    .synonyms = makipag-usap, kausap, tao
topic-next = Ano po ang makakatulong ngayon?
after-help = Gusto po ba ninyong makipag-usap sa isang tao?
suggest-prompt = Tungkol po ba sa isa sa mga ito ang tanong ninyo?

## Who can help: national lines

ref-tip-line = Mag-report ng problema sa trabaho: 1-866-602-9448. Ito ang TFW tip line ng Service Canada (TFW: temporary foreign worker). Hindi kailangan ang pangalan ninyo. May sumasagot tuwing weekdays; sa ibang oras, mag-iwan ng mensahe.
ref-hotline = Libreng helpline, 24/7: 1-833-900-1010. Ito ang Canadian Human Trafficking Hotline. Isa itong charity. Hindi ito pulis o gobyerno. May tutulong sa mahigit 200 wika.
ref-911 = Kung nasa panganib kayo ngayon, tumawag sa 911. Libre ito mula sa kahit anong phone.
ref-ircc = May tanong tungkol sa permit o file ninyo? Tawagan ang IRCC, ang federal na opisina ng immigration: 1-888-242-2100. Hanapin ang Client Support Centre.
legal-aid = Ang legal aid (libreng tulong legal) ay hawak ng bawat probinsya. Maraming plano ang hindi sumasakop sa mga temporary resident. May taong makakatulong sa inyong makahanap ng legal clinic.

## Province (work province, not home)

province-prompt = Saang probinsya o teritoryo kayo nagtatrabaho? Makakatulong ito para maibigay namin ang tamang opisina. Puwede ninyong laktawan ito.
province-west = Kanluran o Hilaga
    .synonyms = kanluran, hilaga, west, north, prairies, bc, alberta, saskatchewan, manitoba, yukon, nwt, nunavut
province-east = Ontario at silangan
    .synonyms = silangan, east, ontario, quebec, atlantic, maritimes
province-none = Ayaw kong sabihin
    .synonyms = laktawan, skip, hindi, ayaw ko, ayokong sabihin, wag na
province-pick = Alin po?
province-bc = British Columbia
    .synonyms = bc, b.c, british columbia
province-ab = Alberta
    .synonyms = ab, alberta
province-sk = Saskatchewan
    .synonyms = sk, sask, saskatchewan
province-mb = Manitoba
    .synonyms = mb, manitoba
province-yt = Yukon
    .synonyms = yt, yukon
province-nt = Northwest Territories
    .synonyms = nt, nwt, northwest territories
province-nu = Nunavut
    .synonyms = nu, nunavut
province-on = Ontario
    .synonyms = on, ont, ontario
province-qc = Quebec
    .synonyms = qc, quebec, kebek
province-nb = New Brunswick
    .synonyms = nb, new brunswick
province-ns = Nova Scotia
    .synonyms = ns, nova scotia
province-pe = Prince Edward Island
    .synonyms = pe, pei, prince edward island
province-nl = Newfoundland & Labrador
    .synonyms = nl, newfoundland, labrador, newfoundland and labrador

## Employment standards offices

es-office-bc = British Columbia: tumawag sa 1-833-236-3700. Ito ang Employment Standards Branch. May mga interpreter sila. Website: www2.gov.bc.ca
es-office-ab = Alberta: tumawag sa 1-877-427-3731. Ito ang Employment Standards. Website: alberta.ca (i-search ang "employment standards").
es-office-sk = Saskatchewan: tumawag sa 1-800-667-1783. Ito ang Employment Standards. Website: www.saskatchewan.ca/business/employment-standards
es-office-mb = Manitoba: tumawag sa 1-800-821-4307. Ito ang Employment Standards Branch. Website: gov.mb.ca (i-search ang "employment standards").
es-office-yt = Yukon: tumawag sa 867-667-5944, o libre sa 1-800-661-0408 ext. 5944. Ito ang Employment Standards Office. Website: yukon.ca
es-office-nt = Northwest Territories: tumawag sa 1-888-700-5707. Ito ang Employment Standards Office. Website: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = Nunavut: tumawag sa 1-877-806-8402 o 867-975-6322. Ito ang Labour Standards Compliance Office. Website: nu-lsco.ca
es-office-on = Ontario: tumawag sa 1-800-531-5551. Ito ang Employment Standards Information Centre. May serbisyo sa maraming wika. Website: ontario.ca/employmentrights
es-office-qc = Quebec: tumawag sa 1-844-838-0808. Ito ang CNESST, para sa labour standards. Website: www.cnesst.gouv.qc.ca
es-office-nb = New Brunswick: tumawag sa 1-888-452-2687. Ito ang Employment Standards Branch. Website: www.gnb.ca. Hindi nito sakop ang trabaho sa pribadong bahay para sa may-ari ng bahay.
es-office-ns = Nova Scotia: tumawag sa 1-888-315-0110 o 902-424-4311. Ito ang Labour Standards Division. Website: novascotia.ca/lae/employmentrights
es-office-pe = Prince Edward Island: tumawag sa 1-800-333-4362 o 902-368-5550. Ito ang Employment Standards Branch. Website: www.princeedwardisland.ca
es-office-nl = Newfoundland and Labrador: hanapin ang phone number sa www.gov.nl.ca/aesl/labour/nonunion. Iyon ang Labour Standards Division.
es-office-none = Bawat probinsya at teritoryo ay may sariling opisina para sa sahod at oras. Ang trabahong sakop ng federal na patakaran (trak na tumatawid ng probinsya, bangko, airline) ay sa federal Labour Program. May taong makakatulong, nang hindi sinasabi kung nasaan kayo.

## Workers' compensation

wcb-what = Bawat probinsya at teritoryo ay may sariling workers' compensation. Nagbibigay ito ng pera at pagpapagamot kung nasaktan kayo dahil sa trabaho.
wcb-bc = Sa BC, ang mahalaga ay kung saan kayo nasaktan, hindi ang inyong bansa. Ganito pa rin kahit hindi nagparehistro ang inyong employer.
wcb-other = Magtanong sa workers' compensation board ng inyong probinsya o teritoryo. May taong makakatulong sa inyo dito.

## wages

wages-agreement = Dapat tugma ang sahod ninyo sa papel na pinirmahan ninyo at ng employer. Susundin pa rin ang patakaran sa sahod ng inyong probinsya, anuman ang nakasulat sa papel.
wages-no-fees = Hindi kayo puwedeng singilin ng employer, o ng recruiter para sa kanya, para makuha ang trabaho. Hindi rin puwedeng kaltasin sa sahod ninyo ang health insurance na dapat niyang bayaran.
wages-claim = Para makuha ang sahod na utang sa inyo, mag-claim sa employment standards office ng inyong probinsya. Ang trabahong sakop ng federal na patakaran (trak na tumatawid ng probinsya, bangko, airline) ay sa federal Labour Program.
wages-deadline = May takdang panahon para mag-claim. Iba-iba ito sa bawat probinsya: 6 na buwan sa Nova Scotia, 12 buwan sa Saskatchewan. Magtanong agad. Walang makakapangako na makukuha ninyo ang pera.

## hours

hours-overtime = Hindi kayo puwedeng pilitin ng employer na mag-overtime na wala sa inyong kasunduan. Ang probinsya ang nagtatakda ng limitasyon sa oras at ng bayad sa overtime, anuman ang kontrata.
hours-sick = Hindi kayo puwedeng pilitin ng employer na magtrabaho kapag may sakit o nasaktan kayo.
hours-province = Bawat probinsya ang nagtatakda ng limitasyon sa oras, araw ng pahinga at bayad sa overtime. Masasabi sa inyo ng employment standards office ng inyong probinsya ang mga patakaran.
hours-farm-home = Baka iba ang patakaran para sa trabaho sa farm, o sa trabaho sa pribadong bahay. Alamin sa opisina o sa isang tao.

## fees-debt

fees-ban = Mula Setyembre 26, 2022, hindi puwedeng singilin kayo ng employer sa temporary foreign worker programs para kayo ma-hire. Kasama rito ang bayad na kinukuha ng recruiter para sa kanila. Mananagot ang employer sa kanyang mga recruiter.
fees-province = May sariling patakaran din ang mga probinsya. Sa Ontario, hindi kayo puwedeng singilin ng recruiter ng anumang bayad. May batas sa bayad sa trabaho ang Manitoba, BC at Saskatchewan. May patakaran sa recruiter ang ibang probinsya.
fees-debt-rights = Kahit may utang kayo, walang sinuman ang may karapatang itago ang inyong mga papeles. Wala ring may karapatang pigilan kayong umalis.
fees-not-fault = Hindi ninyo kasalanan na nagbayad kayo. Hindi namin maipapangako na maibabalik sa inyo ang pera.

## documents

docs-passport = Hindi puwedeng kunin ng employer ang inyong passport o work permit. Kung itinatago nila ang inyong papeles, puwede ninyo itong i-report.
docs-help = May taong makakatulong sa inyo na mabawi ang inyong papeles o kumuha ng bago. Baka makatulong ang consulate ng inyong bansa (ang opisina nito sa Canada), kung sa tingin ninyo ay ligtas ito.
docs-no-numbers = Hindi namin kailanman hihingin ang numero ng inyong passport o permit.

## housing

housing-report = Hindi kayo puwedeng parusahan ng employer dahil nag-report kayo tungkol sa bahay. Kung gawin nila, puwede rin ninyong i-report iyon.
housing-locked = Kung may pumipigil sa inyong umalis sa tinitirhan o trabaho ninyo, puwede ninyo itong i-report. Kasama rin ito sa abuso para sa open work permit para sa vulnerable workers.
housing-rules = Nakadepende ang patakaran sa tirahan sa inyong work program at probinsya. May taong makakatulong sa inyong alamin ang mga ito.
housing-tonight = Walang ligtas na matutulugan ngayong gabi? Tumawag sa 211 para makahanap ng kama at iba pang tulong. O tumawag sa libreng helpline, 24/7: 1-833-900-1010.

## health-safety

health-doctor = Hindi ninyo kailangan ng pahintulot para magpatingin sa doktor. Kung nasaktan o nagkasakit kayo sa trabaho, dapat talagang magsikap ang employer na matulungan kayong magpagamot.
health-insurance = Sa foreign worker program, dapat bayaran ng employer ang health insurance para sa emergency. Tatagal ito hanggang sakupin kayo ng probinsya. Hindi ito puwedeng kunin sa sahod ninyo.
health-status = Pinapanatili ng work permit ang inyong status habang valid ito, kahit hindi kayo makapagtrabaho. Hindi kayo puwedeng i-deport ng employer. Pero puwede nilang tapusin ang inyong trabaho.

## change-employer

change-closed = Sa closed work permit, puwede lang kayong magtrabaho sa employer na nakapangalan dito. Para lumipat ng trabaho, kailangan ninyo ng bagong permit.
change-owp = May tinatawag na open work permit for vulnerable workers. Puwede kayong mag-apply kung inaabuso kayo sa trabaho, o nanganganib kayong maabuso. Dapat nasa Canada kayo at may valid na closed permit, o nag-apply kayo sa tamang oras para i-renew ito.
abuse-kinds = Ang abuso ay puwedeng pananakit sa katawan o sekswal. Banta o kontrol. Pagkuha ng pera ninyo. Pagpaparusa sa inyo dahil nag-report kayo ng problema o tumulong sa inspeksyon. Lahat ng ito ay kasama.
change-how = Walang bayad ang permit na ito. Online ang pag-apply. Magpadala ng sulat tungkol sa nangyari at anumang patunay, tulad ng sulat mula sa support group o doktor. Puwede ring mag-apply ang pamilyang kasama ninyo sa Canada.
change-decides = Ang trabahong hindi pinayagan ng inyong permit noon ay hindi hadlang sa permit na ito. Isang officer ang magdedesisyon. Kumausap muna ng legal clinic bago mag-apply.

## status

status-no-ask = Hindi ninyo kailangang sabihin sa amin ang inyong status. Hindi namin ito kailanman itatanong.
status-paper = Makikita sa papel ng inyong permit ang petsa ng pagtatapos nito at ang mga kondisyon (mga patakarang dapat ninyong sundin). Nakasulat din sa closed permit ang pangalan ng inyong employer.
status-rights = May mga karapatan kayo sa trabaho, tulad ng lahat. Totoo rin ito para sa mga temporary worker.
status-paths = May iba't ibang paraan para manatili sa Canada. Halimbawa: TRP (papel para manatili nang ilang panahon), open work permit, refugee claim o humanitarian application. Nakadepende sa inyong sitwasyon kung alin ang bagay.
status-lawyer = Nasa panganib ngayon? Tumawag sa 911. Kung hindi, kausapin muna ang isang legal clinic o immigration lawyer, bago pumunta sa pulis.

## trp

trp-what = Ang TRP (temporary resident permit) ay papel na nagpapahintulot sa inyong manatili sa Canada nang ilang panahon. May espesyal na TRP para sa mga taong walang status. Para ito sa mga taong kinontrol at ginamit ng iba para sa trabaho o sex.
trp-health = Nagbibigay ito ng health care (Interim Federal Health Program). Puwede rin kayong mag-apply ng open work permit o study permit, nang walang bayad.
trp-length = Mula Pebrero 4, 2025, karaniwang tumatagal ito nang hindi bababa sa 12 buwan. Walang bayad ito, pati ang work o study permit, at ang fingerprints at litrato. Puwedeng may kasunod pang TRP.
trp-testify = Ang opisyal na patakaran: hindi ninyo kailangang tumestigo sa korte (maging saksi) para makuha ito. Pero sabi ng mga support worker, puwedeng mahirap itong makuha kung walang kaso sa pulis. Iba-iba ang nangyayari.
trp-apply = Puwede ninyo itong hingin nang kayo mismo. Puwede rin kayong i-refer ng support group o ng pulis. Baka kapanayamin kayo ng isang officer, at isang officer ang magdedesisyon. Kumausap muna ng legal clinic o lawyer.

## trafficking

traf-what = Kapag kinokontrol ng isang tao ang iba para pagkakitaan ang kanilang trabaho o sex, tinatawag ito ng batas na human trafficking. Puwede silang gumamit ng dahas, pananakot, kasinungalingan, utang, o pagkuha ng papeles ng tao.
traf-border = Hindi kailangang tumawid ng border. Puwedeng dumating nang legal sa Canada ang isang tao at mangyari pa rin ito. Hindi binibilang ang pagpayag kung nakuha ito sa dahas o kasinungalingan.
traf-no-label = Hindi ninyo kailangan ng label para makakuha ng tulong. Ang hindi patas na sahod o pang-aabuso ay dapat matulungan, kahit hindi ito trafficking.

## abuse-threats

abuse-deport = Hindi kayo puwedeng i-deport ng employer o baguhin ang inyong status. Kung magbanta sila, puwede ninyo itong i-report. Pero puwede nilang tapusin ang inyong trabaho.
abuse-family = Kung may nagbabanta sa pamilya ninyo sa inyong bansa, may taong makakatulong sa inyong gumawa ng plano. Hindi namin maipapangako ang kanilang kaligtasan.
choice-new-permit = Bagong work permit
    .synonyms = bagong permit, permit, open permit, lumipat ng employer, palit employer

## complaint

complaint-no-punish = Hindi kayo puwedeng parusahan ng employer dahil nag-report kayo ng masamang trato, delikadong trabaho o bahay, o tumulong sa inspeksyon. Kung gawin nila, i-report din. Kasama ito sa abuso para sa open work permit.
complaint-tip = Kahit sino ay puwedeng gumamit ng TFW tip line. Hindi ninyo kailangang ibigay ang inyong pangalan. Hindi kailanman sinasabi ng Service Canada sa employer kung sino ang nag-report.
complaint-share = Hindi nila kayo kokontakin nang walang pahintulot. Pero puwede nilang ibahagi ang report sa ibang bahagi ng gobyerno, at puwedeng kasama ang immigration. Walang status? Kausapin muna ang isang support worker.
complaint-province = Tumatanggap ang Saskatchewan at New Brunswick ng reklamo nang walang pangalan, o pinananatili itong pribado. Tumatanggap ang Alberta ng tip nang walang pangalan. Baka magtanong ang Saskatchewan kung puwedeng ibahagi ang reklamo sa federal immigration: mag-isip muna.
complaint-no-promise = Walang ipinapangakong resulta. May taong makakatulong sa inyong magdesisyon.

## police

police-choice = Kayo ang magpapasya. Ang tulong dito ay hindi kailanman nakadepende sa pagpunta sa pulis.
police-status = Lawyer muna. Kung hindi malinaw ang inyong status, baka tumawag ang pulis sa immigration. Makakatulong ang isang immigration lawyer sa inyong pagpapasya.
police-helpline = Pribado ang sinasabi ninyo sa libreng helpline (1-833-900-1010). Sinasabihan lang nila ang pulis kung papayag kayo. Ang mga eksepsyon: batang nasa panganib, taong nasa panganib, o tungkulin ayon sa batas.

## privacy

privacy-kept = Hindi namin itinatago ang inyong phone number sa paraang mababasa ng kahit sino. Hindi namin itinatago ang inyong mga message maliban kung hihingi kayo ng taong makakausap.
privacy-erase = I-send ang BURAHIN kahit kailan. Buburahin nito ang lahat ng itinatago ng Waypoint tungkol sa inyo.
privacy-phone = May sariling kopya ng chat na ito ang inyong phone. Burahin din ito doon.
privacy-provider = Baka may sariling record ang inyong phone company o ang WhatsApp. Hindi namin kayang burahin ang mga iyon.
privacy-next = Ano ang susunod?
privacy-erase-now = Burahin ngayon
    .synonyms = burahin, bura, delete

## talk-to-person

person-what-they-see = Isang trained na support worker ang sasagot. Hindi pulis. Hindi immigration. Makikita nila ang isang code name, ang inyong wika, ang mga paksang pinili ninyo at ang chat na ito mula ngayon. Hindi ang inyong number.
person-deleted = Binubura namin ang chat kapag sarado na ang kaso ninyo, karaniwan 30 araw pagkatapos.
person-child = Kung baka nasa panganib ang isang bata, baka kailangang i-report ito ng worker.
person-options = Puwede kayong humingi ng interpreter. Puwede rin kayong humingi ng worker na hindi galing sa sarili ninyong grupo.
person-confirm = Gusto po ba ninyong makipag-usap sa isang tao?
person-requested = Salamat po. May taong sasagot dito. Mag-send ng BURAHIN kahit kailan.
person-after-hours = Kung walang sumagot agad, tumawag sa libreng helpline, 24/7: 1-833-900-1010.
person-other-lines = Sige po. Puwede rin kayong tumawag sa libreng helpline, 24/7: 1-833-900-1010. Para sa Indigenous people: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency (one SMS segment)

emergency-now = Nasa panganib kayo ngayon? Tumawag sa 911, libre mula sa kahit anong phone. Helpline 24/7: 1-833-900-1010. I-send ang BURAHIN para burahin ang chat na ito.
emergency-offer = Gusto po ba ninyong may taong sumulat sa inyo dito?
emergency-person = Oo, isang tao
    .synonyms = oo, opo, oo po, isang tao
emergency-asked = Sumasagot ang helpline 24/7, may interpreter sa mahigit 200 wika. Hindi ito pulis o gobyerno. Hindi kami makakatawag ng kahit sino para sa inyo.
emergency-self = Puwede ka ring tumawag o mag-text sa 9-8-8, libre, araw at gabi, kung naiisip mong tapusin ang buhay mo (sa Ingles o Pranses).
check-danger = Nasa panganib ka ba ngayon?

## Help

help-commands = Mga salitang gumagana kahit kailan: MENU, BUMALIK, WIKA, TAO, SAKLOLO, BURAHIN, TIGIL.

## While a support worker has the conversation

handoff-claimed = Narito na ang isang support worker. Mababasa nila ang isusulat ninyo mula ngayon. Mag-send ng BURAHIN kahit kailan.
handoff-closed = Isinara ng support worker ang chat na ito. Bumalik na kayo sa assistant. Mag-send ng MENU para sa mga pagpipilian.
handoff-cancelled = Sige po. Umalis na kayo sa pila. Walang susulat sa inyo.
handoff-waiting = Nai-save ang inyong message para sa support worker. Nasa pila pa rin kayo. Mag-send ng MENU para umalis sa pila.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = Salamat po. Mag-send ng MENU para sa mga pagpipilian.
held-notice = May bago kayong message. Sumagot ng BUKSAN para mabasa ito.
media-not-read = Text lang po ang kaya kong basahin. Hindi ko mabuksan ang voice message, litrato o file. Isulat po ang inyong tanong, o mag-send ng TAO para makausap ang isang tao.
media-handoff = Text lang po ang nababasa ng inyong support worker. Sinabi namin sa kanila na nagpadala kayo ng voice message, litrato o file. Isulat po ang inyong message, o tumawag sa libreng helpline, 24/7: 1-833-900-1010.
person-none = Walang makakasagot sa chat na ito ngayon. Hindi namin kayo maipapasa sa isang tao dito. Puwede kayong tumawag sa libreng helpline na ito para makausap ang isang tao.
person-notice = Kung sumagot ang isang support worker pagkatapos ninyong tumigil sa pagsulat, puwede ba kaming magpadala ng isang maikling message? Sasabihin lang nito na may message na naghihintay.
person-reply-held = Kung tumigil kayo sa pagsulat, maghihintay dito ang kanilang sagot. Makukuha ninyo ito kapag sumulat ulit kayo sa amin.
person-reply-notice = Kung tumigil kayo sa pagsulat, maghihintay dito ang kanilang sagot. Magpapadala kami ng isang maikling message para sabihing naghihintay ito.
emergency-what-they-see = Isang trained na support worker ang sasagot, hindi pulis. Makikita nila ang isang code name, ang inyong wika at ang chat na ito. Hindi ang inyong number.

## Handoff queue

handoff-queue-1 = Kayo na ang susunod sa pila. Isang support worker ang susulat sa inyo dito.
handoff-queue-2 = Pangalawa kayo sa pila. Isang support worker ang susulat sa inyo dito.
handoff-queue-3 = Pangatlo kayo sa pila. Isang support worker ang susulat sa inyo dito.
handoff-queue-4 = Pang-apat kayo sa pila. Isang support worker ang susulat sa inyo dito.
handoff-queue-5 = Panlima kayo sa pila. Isang support worker ang susulat sa inyo dito.
handoff-queue-more = Mahigit 5 tao ang nauna sa inyo sa pila. Baka matagalan. Isang support worker ang susulat sa inyo dito.
handoff-after-hours-today = Walang support worker na nagtatrabaho ngayon. May sasagot mamaya ngayong araw. Nasa panganib? Tumawag sa 911. Libreng helpline, 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = Walang support worker na nagtatrabaho ngayon. May sasagot bukas. Nasa panganib? Tumawag sa 911. Libreng helpline, 24/7: 1-833-900-1010.
handoff-after-hours-later = Walang support worker na nagtatrabaho ngayon. May sasagot sa loob ng ilang araw. Nasa panganib? Tumawag sa 911. Libreng helpline, 24/7: 1-833-900-1010.
handoff-staff-reply = Message mula sa inyong support worker.
language-offer = Gusto po ba ninyong magbasa sa Tagalog? Ipadala ang WIKA para magpalit.

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = Kung para sa iisang employer ang permit ninyo, hindi kayo puwedeng magtrabaho sa iba hangga't wala kayong bagong permit. Ang seasonal farm workers ay puwedeng pauwiin nang maaga.
health-card = Kumuha ng health card ng inyong probinsya pagdating ninyo. May mga probinsyang nagpapahintay, hanggang 3 buwan. Hanggang doon, sakop kayo ng insurance ng employer (foreign worker program).
health-card-plan =
    { $province ->
        [bc] British Columbia: ang plano ay MSP (Medical Services Plan).
        [ab] Alberta: ang plano ay AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan: ang card ay galing sa eHealth Saskatchewan.
        [mb] Manitoba: ang card ay galing sa Manitoba Health.
        [on] Ontario: ang plano ay OHIP. Mag-apply sa ServiceOntario.
        [qc] Quebec: ang plano ay RAMQ.
        [nb] New Brunswick: ang plano ay Medicare.
        [ns] Nova Scotia: ang plano ay MSI.
        [pe] Prince Edward Island: ang card ay galing sa Health PEI.
        [nl] Newfoundland and Labrador: ang plano ay MCP.
        [yt] Yukon: ang plano ay Yukon Health Care Insurance Plan.
        [nt] Northwest Territories: ang plano ay NWT Health Care Plan.
        [nu] Nunavut: ang plano ay Nunavut Health Care Plan.
       *[other] May sariling health plan ang bawat probinsya. May taong makakatulong na hanapin ang sa inyo.
    }
choice-more = Higit pa
    .synonyms = higit pa, dagdag, more
topic-family-violence = Partner na nang-aabuso
    .synonyms = partner, asawa, mister, misis, sponsor
topic-youth-health = Kalusugan ng kabataan
    .synonyms = kabataan, bata, clinic, birth control
topic-report-crime = Pag-report ng krimen
    .synonyms = krimen, report, sinaktan, inatake
topic-coerced-debt = Utang sa pangalan ninyo
    .synonyms = pangalan ko, utang, loan, credit, fraud
fv-what = Kung nakadepende ang pananatili ninyo sa Canada sa isang partner na nananakit, may tulong. Ang abuso ay puwedeng pananakit sa katawan, sekswal, banta, kontrol o pagkuha ng pera.
fv-trp = May espesyal na TRP ang IRCC (papel para manatili nang ilang panahon) para sa mga taong nasa Canada na walang status at ang permanent residence ay nakadepende sa partner na iyon. Libre ang una.
fv-more = Nagbibigay ito ng health care at puwede kayong mag-apply ng open work permit o study permit. Baka pati ang mga anak ninyo sa Canada. Isang officer ang magpapasya. Pumunta muna sa legal clinic.
fv-other = Hindi ito ang TRP para sa mga taong pinilit magtrabaho o magbenta ng sex. May taong makakatulong na alamin kung alin ang bagay sa inyo.
youth-care = Puwede kayong magpatingin para sa sexual health, test o birth control. May mga clinic na tumatanggap ng kabataan kahit walang magulang at walang health card. Tumawag sa 211 para makahanap.
youth-report = Kung kakausapin ninyo ang isang support worker: kapag may kabataang baka nasa panganib, baka kailangan niya itong i-report. Iba-iba ang patakaran sa bawat probinsya.
youth-private = Itanong sa clinic kung ano ang pribado. Libre at pribado ang Kids Help Phone, 24/7: tumawag sa 1-800-668-6868 o i-text ang CONNECT sa 686868.
crime-choice = Kung may umatake o nanakit sa inyo, kayo ang magpapasya kung pupunta sa pulis. Hindi nakadepende rito ang tulong dito. Nasa panganib ngayon? Tumawag sa 911.
crime-status = Kung walang status, baka ibigay ng pulis ang impormasyon ninyo sa immigration. May mga lungsod na nagsasabing hindi nagtatanong ng status ang pulis, pero iba-iba ito. Pumunta muna sa legal clinic.
crime-centre = Makakatulong ang sexual assault centre kahit hindi kayo pumunta sa pulis. Tumawag sa 211 para makahanap, o sa libreng helpline, 24/7: 1-833-900-1010.
debt-what = May naglagay ba ng loan, utang, phone plan o bank account sa pangalan ninyo nang hindi ninyo malayang pinili? Hindi ninyo ito kasalanan. Baka fraud ito, at may mga hakbang na puwedeng gawin.
debt-steps = Humingi sa Equifax (1-800-465-7166) at TransUnion (1-800-663-9980) ng inyong credit file at fraud alert. Puwede ninyong i-report sa pulis at sa Canadian Anti-Fraud Centre: 1-888-495-8501.
debt-help = Makakatulong ang legal clinic sa utang, bago kayo magbayad ng kahit ano. Kayo ang magpapasya kung pupunta sa pulis. Hindi namin maipapangako na mawawala ang utang.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Mag-send ng numero.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = Para magpalit ng wika, i-send ang WIKA (o LANGUAGE).
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = Walang anuman po.
ack-hello = Hello ulit po.
ack-ok = Sige po.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Welcome back po. Narito ang menu. Puwede rin po kayong makipag-usap sa isang tao.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = Makakatulong kami sa mga paksang ito.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Mga pagpipilian
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Mabilis na exit
web-quick-exit-hint = o pindutin ang Esc nang dalawang beses
web-exit-notice = Binubura ng mabilis na exit ang chat na ito sa Waypoint at nagbubukas ito ng pahina ng panahon. Maaaring makita pa rin ang pagbisitang ito sa history ng browser. Mas kaunti ang naiiwan ng private window.
web-exit-notice-link = Paano burahin ang bakas mo online (Tech Safety Canada)
web-choose-language = Pumili ng wika
web-or-write = O isulat ang mensahe mo sa kahit anong wika.
web-chat-log = Usapan
web-message-label = Ang mensahe mo
web-placeholder = Sumulat dito
web-send = Ipadala
web-language = Wika
web-menu = Menu
web-you = Ikaw
web-error-retry = Hindi naipadala ang mensahe. Pakisubukan ulit.
web-error-busy = Sobrang dami ng mensahe nang sabay-sabay. Maghintay ng isang minuto, saka subukan ulit.
web-noscript = Kailangan ng JavaScript ang chat na ito.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Sa tingin ng iyong support worker, may ibang mas makakatulong sa iyo: isang support worker na nagsasalita ng iyong wika. Mababasa nila ang isinulat mo rito, kaya hindi mo na kailangang ikuwento ulit. Puwede ba naming ipasa sa kanila ang chat mo?
transfer-ask-shelter = Sa tingin ng iyong support worker, may ibang mas makakatulong sa iyo: isang support worker na makakatulong sa paghanap ng ligtas na matutuluyan. Mababasa nila ang isinulat mo rito, kaya hindi mo na kailangang ikuwento ulit. Puwede ba naming ipasa sa kanila ang chat mo?
transfer-ask-legal = Sa tingin ng iyong support worker, may ibang mas makakatulong sa iyo: isang support worker sa libreng legal clinic. Mababasa nila ang isinulat mo rito, kaya hindi mo na kailangang ikuwento ulit. Puwede ba naming ipasa sa kanila ang chat mo?
transfer-ask-health = Sa tingin ng iyong support worker, may ibang mas makakatulong sa iyo: isang support worker na makakatulong sa kalusugan. Mababasa nila ang isinulat mo rito, kaya hindi mo na kailangang ikuwento ulit. Puwede ba naming ipasa sa kanila ang chat mo?
transfer-ask-other = Sa tingin ng iyong support worker, may ibang support worker na mas makakatulong sa iyo. Mababasa nila ang isinulat mo rito, kaya hindi mo na kailangang ikuwento ulit. Puwede ba naming ipasa sa kanila ang chat mo?
transfer-yes = Salamat. Naipasa na ang chat mo. Susulatan ka rito ng bagong support worker.
transfer-no = Sige. Walang magbabago. Mananatili ka sa iyong support worker.
