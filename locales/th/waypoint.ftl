### Waypoint — ไทย (Thai). Draft: not yet checked by a qualified translator.
### @status draft
## Plain Thai, คุณ throughout, no gendered particles (ครับ/ค่ะ) in our own text. "Support worker" is
## เจ้าหน้าที่ช่วยเหลือ, "a person (who can help)" is เจ้าหน้าที่ของเรา, "an officer" (government)
## is เจ้าหน้าที่รัฐ, "Talk to a person" is คุยกับคน. Recruitment fee: ค่าหัวคิว. Province: มณฑล.
## Synonyms of more than one word are given with and without spaces.

## Global commands

cmd-menu = เมนู
    .synonyms = menu, เมนูหลัก, ตัวเลือก, menu lak
cmd-back = กลับ
    .synonyms = ย้อนกลับ, ย้อน กลับ, ถอยกลับ, klap, glab
cmd-language = ภาษา
    .synonyms = เปลี่ยนภาษา, เปลี่ยน ภาษา, phasa, pasa
cmd-human = คุยกับคน
    .synonyms = คุย กับ คน, คน, ขอคุยกับคน, ขอ คุย กับ คน, เจ้าหน้าที่, khon, kui kap khon
cmd-erase = ลบ
    .synonyms = ลบทั้งหมด, ลบ ทั้งหมด, ลบแชท, ลบ แชท, lop, lob
cmd-stop = หยุด
    .synonyms = เลิก, หยุดส่ง, หยุด ส่ง, yut, yud
cmd-start = เริ่ม
    .synonyms = เริ่มใหม่, เริ่ม ใหม่, roem, rerm
cmd-help = วิธีใช้
    .synonyms = คำสั่ง, ข้อมูล, วิธี ใช้
cmd-emergency = ฉุกเฉิน
    .synonyms = emergency, อันตราย, ช่วยด้วย, ช่วย ด้วย, ช่วยด้วยครับ, ช่วยด้วยค่ะ, ช่วยฉันด้วย, ตกอยู่ในอันตราย, chuai duai, chuay duay, 911, sos

## Engine messages

draft-notice = ข้อความนี้ยังไม่ได้ตรวจโดยนักแปล
erased = เรียบร้อย เราลบข้อมูลแชทนี้ที่เราเก็บไว้แล้ว กรุณาลบแชทนี้ในโทรศัพท์ของคุณด้วย
stopped = ได้ เราจะไม่ส่งข้อความอีก ถ้าอยากคุยภายหลัง ส่ง "เริ่ม"
recovered = ขออภัย ระบบหลงขั้นตอน นี่คือเมนู
input-refused = ขออภัย เราอ่านข้อความนั้นไม่ได้ ลองอีกครั้ง
input-trimmed = ข้อความของคุณยาวมาก เราอ่านแค่ส่วนแรก
back-unavailable = ไม่มีขั้นตอนก่อนหน้าให้ย้อนกลับ
too-many-misses = ขออภัย เราไม่เข้าใจ นี่คือเมนู ถ้าอยากคุยกับคน ส่ง "คุยกับคน"
retry = ขออภัย เราไม่เข้าใจ กรุณาเลือกจากรายการนี้

## First contact

welcome-hello = สวัสดี ที่นี่ Waypoint ส่ง "เมนู" เพื่อดูตัวเลือก
language-prompt = ภาษา?
language-en = English
    .synonyms = อังกฤษ, ภาษาอังกฤษ, ภาษา อังกฤษ
language-fr = Français
    .synonyms = ฝรั่งเศส, ภาษาฝรั่งเศส, ภาษา ฝรั่งเศส
language-es = Español
    .synonyms = สเปน, ภาษาสเปน, ภาษา สเปน
language-tl = Tagalog
    .synonyms = ตากาล็อก, ภาษาตากาล็อก, ฟิลิปปินส์
language-pa = ਪੰਜਾਬੀ
    .synonyms = ปัญจาบ, ภาษาปัญจาบ, ภาษา ปัญจาบ
language-hi = हिन्दी
    .synonyms = ฮินดี, ภาษาฮินดี, ภาษา ฮินดี
language-vi = Tiếng Việt
    .synonyms = เวียดนาม, ภาษาเวียดนาม, ภาษา เวียดนาม
language-zh = 中文（简体）
    .synonyms = จีน, ภาษาจีน, ภาษา จีน
language-ar = العربية
    .synonyms = อาหรับ, ภาษาอาหรับ, ภาษา อาหรับ
language-uk = Українська
    .synonyms = ยูเครน, ภาษายูเครน, ภาษา ยูเครน
language-th = ไทย
    .synonyms = ภาษาไทย, ภาษา ไทย, thai, phasa thai
language-ne = नेपाली
    .synonyms = เนปาล, ภาษาเนปาล, ภาษา เนปาล
language-pt = Português
    .synonyms = โปรตุเกส, ภาษาโปรตุเกส, ภาษา โปรตุเกส
language-ht = Kreyòl ayisyen
    .synonyms = ครีโอลเฮติ, ครีโอล, เฮติ
safety-prompt = ตอนนี้คุยได้ปลอดภัยไหม? มีคนอื่นอ่านโทรศัพท์เครื่องนี้ได้ไหม?
safety-yes = ใช่ ปลอดภัย
    .synonyms = ใช่, ปลอดภัย, ใช่ปลอดภัย, ได้, โอเค, ok, ใช่ครับ, ใช่ ครับ, ใช่ค่ะ, ใช่ ค่ะ, chai
safety-not-now = ตอนนี้ไม่ได้
    .synonyms = ไม่, ไม่ได้, ตอนนี้ ไม่ได้, ทีหลัง, ไว้ทีหลัง, ไว้ ทีหลัง, mai
safety-watched = มีคนเห็นได้
    .synonyms = มีคนเห็น, มี คน เห็น, มีคน, มีคนดูอยู่, มี คน ดู อยู่, มีคนแอบดู
safety-bye = ได้ ลาก่อน เขียนมาได้ทุกเมื่อ
safety-watched-advice = ส่ง "ลบ" ได้ทุกเมื่อ เพื่อลบสิ่งที่เราเก็บไว้ ลบแชทนี้ในโทรศัพท์ของคุณด้วย คุณอาจบันทึกเบอร์นี้ไว้ด้วยชื่ออื่นก็ได้
codeword-offer = คุณตั้งรหัสลับได้ (คำลับที่คุณรู้คนเดียว) ภายหลังส่งคำนั้นมา เพื่อดูข้อความก่อนหน้าอีกครั้ง
codeword-set = ตั้งรหัสลับ
    .synonyms = รหัสลับ, รหัส, ตั้งรหัส, ตั้ง รหัส ลับ, code word, code
codeword-no = ไม่ ขอบคุณ
    .synonyms = ไม่, ไม่ขอบคุณ, ไม่ต้อง, ข้าม, skip
codeword-prompt = พิมพ์รหัสลับของคุณ ไม่เกิน 30 ตัวอักษร อย่าใช้ชื่อของคุณ
codeword-retry = กรุณาใช้ไม่เกิน 30 ตัวอักษร หรือส่ง "เมนู" เพื่อข้าม
codeword-saved = ขอบคุณ เราจะเก็บรหัสลับของคุณไว้จนกว่าคุณจะส่ง "ลบ"
welcome-kept = เราไม่เก็บเบอร์โทรศัพท์ในแบบที่อ่านได้ และไม่เก็บข้อความ เว้นแต่คุณขอคุยกับคน ส่ง "ลบ" ได้ทุกเมื่อ เพื่อลบสิ่งที่เราเก็บไว้

## Main menu

menu-prompt = คุณอยากรู้เรื่องอะไร?
menu-work = งานและค่าจ้าง
    .synonyms = งาน, ค่าจ้าง, ค่าแรง, เงินเดือน, เงิน, ngan
menu-papers = เอกสารและใบอนุญาต
    .synonyms = เอกสาร, ใบอนุญาต, ใบอนุญาตทำงาน, พาสปอร์ต, หนังสือเดินทาง, วีซ่า, สถานะ, permit, visa
menu-safety = ปลอดภัยและช่วยเหลือ
    .synonyms = ความปลอดภัย, ปลอดภัย, ความรุนแรง, ข่มขู่, ร้องเรียน
menu-person = คุยกับคน
    .synonyms = คุย, อยากคุย, อยาก คุย
menu-privacy = ความเป็นส่วนตัว
    .synonyms = ส่วนตัว, ความ เป็น ส่วนตัว, privacy
menu-language = เปลี่ยนภาษา
group-prompt = เลือกหัวข้อ

## Topic names

topic-wages = ค่าจ้างและการหักเงิน
    .synonyms = ค่าจ้าง, ค่าแรง, เงินเดือน, เงิน, หักเงิน, หัก เงิน, ถูกหักเงิน, ไม่ได้เงิน, เช็ค
topic-hours = ชั่วโมงงานและวันหยุด
    .synonyms = ชั่วโมง, ชั่วโมงงาน, โอที, ล่วงเวลา, ot, พัก, วันหยุด, วัน หยุด
topic-fees-debt = ค่าหัวคิวและหนี้
    .synonyms = ค่าหัวคิว, หัวคิว, ค่านายหน้า, นายหน้า, เอเจนซี่, หนี้, ค่าธรรมเนียม, เงินกู้
topic-housing = ที่พัก
    .synonyms = ห้อง, บ้าน, ที่นอน, ที่อยู่, ห้องพัก
topic-health-safety = บาดเจ็บและสุขภาพ
    .synonyms = บาดเจ็บ, เจ็บ, ป่วย, ไม่สบาย, หมอ, โรงพยาบาล, สุขภาพ
topic-documents = พาสปอร์ตและเอกสาร
    .synonyms = พาสปอร์ต, หนังสือเดินทาง, เอกสาร, บัตร, id, passport
topic-change-employer = เปลี่ยนนายจ้าง
    .synonyms = เปลี่ยน นายจ้าง, เปลี่ยนงาน, เปลี่ยน งาน, งานใหม่, ลาออก, ใบอนุญาตแบบเปิด, open permit
topic-status = ใบอนุญาตและสถานะ
    .synonyms = สถานะ, ใบอนุญาต, วีซ่า, permit, visa
topic-trp = ใบอนุญาตพิเศษ (TRP)
    .synonyms = trp, ใบอนุญาตพิเศษ, ใบ อนุญาต พิเศษ
topic-emergency = อันตรายตอนนี้
topic-abuse-threats = ข่มขู่หรือความรุนแรง
    .synonyms = ข่มขู่, ขู่, ความรุนแรง, ทำร้าย, ถูกตี, ถูก ตี, ละเมิด
topic-complaint = ร้องเรียน
    .synonyms = แจ้ง, รายงาน, แจ้งเรื่อง, report
topic-police = ไปหาตำรวจ
    .synonyms = ตำรวจ, police
topic-trafficking = การค้ามนุษย์คืออะไร
    .synonyms = ค้ามนุษย์, การค้ามนุษย์, ค้า มนุษย์, trafficking
topic-talk-to-person = คุยกับคน
topic-privacy = ความเป็นส่วนตัว

## Shared choices and questions

choice-yes = ใช่
    .synonyms = ใช่ครับ, ใช่ ครับ, ใช่ค่ะ, ใช่ ค่ะ, ได้, ได้ครับ, ได้ค่ะ, ครับ, ค่ะ, โอเค, ok, chai
choice-no = ไม่
    .synonyms = ไม่ใช่, ไม่ครับ, ไม่ ครับ, ไม่ค่ะ, ไม่ ค่ะ, ไม่เอา, ตอนนี้ไม่, mai
choice-menu = เมนู
    .synonyms = กลับเมนู, กลับ เมนู, ไปเมนู, ไป เมนู
choice-who-helps = ใครช่วยได้บ้าง
    .synonyms = ใคร, ใครช่วยได้, ใคร ช่วย ได้, เบอร์โทร, เบอร์, ติดต่อ, numbers
choice-person = คุยกับคน
    .synonyms = คุย
topic-next = ตอนนี้อะไรจะช่วยคุณได้?
after-help = อยากคุยกับคนไหม?
suggest-prompt = คำถามของคุณเกี่ยวกับเรื่องเหล่านี้ไหม?

## Who can help: national lines

ref-tip-line = แจ้งปัญหาในที่ทำงาน ตลอด 24 ชม.: 1-866-602-9448 นี่คือสายแจ้งเบาะแส TFW ของ Service Canada (TFW: แรงงานต่างชาติชั่วคราว) ไม่ต้องบอกชื่อ
ref-hotline = สายช่วยเหลือฟรี ตลอด 24 ชม.: 1-833-900-1010 คือ Canadian Human Trafficking Hotline เป็นองค์กรการกุศล ไม่ใช่ตำรวจหรือรัฐบาล มีล่ามกว่า 200 ภาษา
ref-911 = ถ้าคุณอยู่ในอันตรายตอนนี้ โทร 911 โทรฟรีจากทุกโทรศัพท์
ref-ircc = มีคำถามเรื่องใบอนุญาตหรือแฟ้มของคุณ? โทรหา IRCC Client Support Centre: 1-888-242-2100 IRCC คือหน่วยงานตรวจคนเข้าเมืองของรัฐบาลกลาง
legal-aid = ความช่วยเหลือทางกฎหมายฟรี (legal aid) แต่ละมณฑลดูแลเอง หลายแห่งไม่ครอบคลุมผู้พำนักชั่วคราว เจ้าหน้าที่ของเราช่วยหาคลินิกกฎหมายได้

## Province

province-prompt = คุณทำงานในมณฑลหรือเขตปกครองไหน? ช่วยให้เราแนะนำสำนักงานที่ถูกต้อง จะข้ามก็ได้
province-west = ตะวันตกหรือเหนือ
    .synonyms = ตะวันตก, เหนือ, bc, บีซี, อัลเบอร์ตา, alberta, ซัสแคตเชวัน, แมนิโทบา, ยูคอน, นูนาวุต, nwt
province-east = ออนแทรีโอและตะวันออก
    .synonyms = ตะวันออก, ออนแทรีโอ, ontario, ควิเบก, quebec
province-none = ไม่ขอบอก
    .synonyms = ไม่บอก, ไม่ บอก, ข้าม, skip, ไม่
province-pick = มณฑลไหน?
province-bc = บริติชโคลัมเบีย
    .synonyms = bc, บีซี, british columbia, บริติช โคลัมเบีย
province-ab = อัลเบอร์ตา
    .synonyms = ab, alberta, แอลเบอร์ตา
province-sk = ซัสแคตเชวัน
    .synonyms = sk, sask, saskatchewan
province-mb = แมนิโทบา
    .synonyms = mb, manitoba
province-yt = ยูคอน
    .synonyms = yt, yukon
province-nt = นอร์ทเวสต์เทร์ริทอรีส์
    .synonyms = nt, nwt, northwest territories, นอร์ทเวสต์
province-nu = นูนาวุต
    .synonyms = nu, nunavut
province-on = ออนแทรีโอ
    .synonyms = on, ont, ontario, ออนตาริโอ
province-qc = ควิเบก
    .synonyms = qc, quebec, ควิเบค
province-nb = นิวบรันสวิก
    .synonyms = nb, new brunswick, นิว บรันสวิก
province-ns = โนวาสโกเชีย
    .synonyms = ns, nova scotia, โนวา สโกเชีย
province-pe = เกาะปรินซ์เอดเวิร์ด
    .synonyms = pe, pei, prince edward island, ปรินซ์เอดเวิร์ด
province-nl = นิวฟันด์แลนด์-แลบราดอร์
    .synonyms = nl, newfoundland, labrador, นิวฟันด์แลนด์, แลบราดอร์

## Employment standards offices

es-office-bc = บริติชโคลัมเบีย: โทร 1-833-236-3700 คือ Employment Standards Branch มีล่ามให้ เว็บไซต์: www2.gov.bc.ca
es-office-ab = อัลเบอร์ตา: หาเบอร์โทรในเว็บ alberta.ca ค้นคำว่า "employment standards" นั่นคือสำนักงานที่ต้องโทร
es-office-sk = ซัสแคตเชวัน: โทร 1-800-667-1783 คือ Employment Standards เว็บไซต์: www.saskatchewan.ca/business/employment-standards
es-office-mb = แมนิโทบา: หาเบอร์โทรในเว็บ gov.mb.ca ค้นคำว่า "employment standards" นั่นคือสำนักงานที่ต้องโทร
es-office-yt = ยูคอน: โทร 867-667-5944 หรือโทรฟรี 1-800-661-0408 ext. 5944 คือ Employment Standards Office เว็บไซต์: yukon.ca
es-office-nt = นอร์ทเวสต์เทร์ริทอรีส์: โทร 1-888-700-5707 คือ Employment Standards Office เว็บไซต์: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = นูนาวุต: โทร 1-877-806-8402 หรือ 867-975-6322 คือ Labour Standards Compliance Office เว็บไซต์: nu-lsco.ca
es-office-on = ออนแทรีโอ: หาเบอร์โทรในเว็บ ontario.ca ค้นคำว่า "employment standards" สำนักงานชื่อ Employment Standards Information Centre
es-office-qc = ควิเบก: โทร 1-844-838-0808 คือ CNESST ดูแลมาตรฐานแรงงาน เว็บไซต์: www.cnesst.gouv.qc.ca
es-office-nb = นิวบรันสวิก: โทร 1-888-452-2687 คือ Employment Standards Branch เว็บไซต์: www.gnb.ca ไม่ครอบคลุมงานในบ้านส่วนตัวที่ทำให้เจ้าของบ้าน
es-office-ns = โนวาสโกเชีย: โทร 1-888-315-0110 หรือ 902-424-4311 คือ Labour Standards Division เว็บไซต์: novascotia.ca/lae/employmentrights
es-office-pe = เกาะปรินซ์เอดเวิร์ด: โทร 1-800-333-4362 หรือ 902-368-5550 คือ Employment Standards Branch เว็บไซต์: www.princeedwardisland.ca
es-office-nl = นิวฟันด์แลนด์และแลบราดอร์: หาเบอร์โทรในเว็บ www.gov.nl.ca/aesl/labour/nonunion สำนักงานชื่อ Labour Standards Division
es-office-none = แต่ละมณฑลและเขตปกครองมีสำนักงานดูแลค่าจ้างและชั่วโมงงานของตัวเอง เจ้าหน้าที่ของเราช่วยหาสำนักงานของคุณได้ โดยไม่ต้องบอกว่าคุณอยู่ที่ไหน

## Workers' compensation

wcb-what = แต่ละมณฑลและเขตปกครองมีระบบเงินทดแทนแรงงาน (workers' compensation) ของตัวเอง ให้เงินและการรักษา ถ้างานทำให้คุณบาดเจ็บ
wcb-bc = ใน BC สิ่งที่สำคัญคือคุณบาดเจ็บที่ไหน ไม่ใช่ประเทศบ้านเกิด แม้นายจ้างไม่เคยลงทะเบียนก็ตาม
wcb-other = สอบถามหน่วยงานเงินทดแทนแรงงาน (workers' compensation board) ในมณฑลหรือเขตปกครองของคุณ เจ้าหน้าที่ของเราช่วยเรื่องนี้ได้

## wages

wages-agreement = ค่าจ้างต้องตรงกับสัญญาจ้าง คือเอกสารงานที่คุณกับนายจ้างเซ็นไว้ ถ้าในสัญญามีค่าล่วงเวลา (โอที) ก็ต้องจ่ายด้วย
wages-no-fees = นายจ้างเก็บค่าธรรมเนียมจ้างงานจากคุณไม่ได้ และหักค่าประกันสุขภาพที่นายจ้างต้องซื้อจากค่าจ้างของคุณไม่ได้
wages-claim = แต่ละมณฑลมีกฎค่าจ้างของตัวเอง ถ้าได้เงินไม่ครบ ยื่นเรื่องได้ที่สำนักงาน employment standards คือสำนักงานรัฐที่ดูแลค่าจ้างและชั่วโมงงาน
wages-deadline = การยื่นเรื่องมีกำหนดเวลา แต่ละมณฑลไม่เท่ากัน: โนวาสโกเชีย 6 เดือน ซัสแคตเชวัน 12 เดือน รีบถาม ไม่มีใครสัญญาได้ว่าคุณจะได้เงิน

## hours

hours-overtime = นายจ้างบังคับให้คุณทำโอทีที่ไม่มีในสัญญาไม่ได้
hours-sick = นายจ้างบังคับให้คุณทำงานตอนป่วยหรือบาดเจ็บไม่ได้
hours-province = แต่ละมณฑลกำหนดชั่วโมงงาน วันพัก และค่าโอทีเอง สำนักงาน employment standards ในมณฑลของคุณบอกกฎได้
hours-farm-home = กฎสำหรับงานในฟาร์ม หรืองานในบ้านส่วนตัว อาจต่างออกไป ถามสำนักงานหรือเจ้าหน้าที่ของเรา

## fees-debt

fees-ban = ตั้งแต่ 26 กันยายน 2022 นายจ้างในโครงการแรงงานต่างชาติชั่วคราวเก็บค่าธรรมเนียมจ้างงานจากคุณไม่ได้ เรียกว่าค่าหัวคิว และจะเอาคืนด้วยวิธีอื่นก็ไม่ได้
fees-province = บางมณฑลก็ห้ามเก็บค่าหางาน และออกใบอนุญาตให้นายหน้า (คนหรือบริษัทที่หาคนงาน) แมนิโทบา BC และซัสแคตเชวันมีกฎหมายเรื่องนี้
fees-debt-rights = หนี้ไม่ได้ให้สิทธิ์ใครยึดเอกสารของคุณ และไม่ได้ให้สิทธิ์ใครห้ามคุณออกไป
fees-not-fault = การที่คุณจ่ายเงินไม่ใช่ความผิดของคุณ เราสัญญาไม่ได้ว่าคุณจะได้เงินคืน

## documents

docs-passport = นายจ้างยึดพาสปอร์ตหรือใบอนุญาตทำงานของคุณไม่ได้ ถ้าเขายึดเอกสารไว้ คุณแจ้งเรื่องได้
docs-help = เจ้าหน้าที่ของเราช่วยคุณเอาเอกสารคืนหรือทำใหม่ได้ สถานกงสุลของประเทศคุณ (สำนักงานในแคนาดา) อาจช่วยได้ ถ้าคุณรู้สึกว่าปลอดภัย
docs-no-numbers = เราจะไม่ขอเลขพาสปอร์ตหรือเลขใบอนุญาตของคุณ

## housing

housing-report = ไม่มีใครลงโทษคุณได้ เพราะคุณแจ้งเรื่องที่พักไม่ดี
housing-locked = ถ้ามีคนไม่ให้คุณออกจากที่พักหรือที่ทำงาน คุณแจ้งเรื่องได้ และนับเป็นการละเมิด สำหรับใบอนุญาตทำงานแบบเปิดสำหรับแรงงานที่เสี่ยง
housing-rules = กฎเรื่องที่พักขึ้นกับโครงการที่คุณทำงานและมณฑล เจ้าหน้าที่ของเราช่วยตรวจสอบได้
housing-tonight = คืนนี้ไม่มีที่นอนที่ปลอดภัย? โทร 211 เพื่อหาที่นอนและความช่วยเหลืออื่น หรือโทรสายช่วยเหลือฟรี ตลอด 24 ชม.: 1-833-900-1010

## health-safety

health-doctor = ไปหาหมอไม่ต้องขออนุญาตใคร ถ้าคุณบาดเจ็บหรือป่วยจากงาน นายจ้างต้องพยายามจริงๆ ให้คุณได้รับการรักษา
health-insurance = ในโครงการ Temporary Foreign Worker Program นายจ้างต้องจ่ายค่าประกันสุขภาพฉุกเฉิน จนกว่ามณฑลจะคุ้มครองคุณ เงินนี้หักจากค่าจ้างคุณไม่ได้
health-status = ใบอนุญาตทำงานที่ยังไม่หมดอายุทำให้สถานะของคุณยังอยู่ แม้คุณทำงานไม่ได้ นายจ้างเนรเทศคุณไม่ได้ (บังคับให้ออกจากแคนาดา)

## change-employer

change-closed = ใบอนุญาตทำงานแบบระบุนายจ้าง (closed) ให้ทำงานได้กับนายจ้างที่มีชื่อในใบเท่านั้น ถ้าจะเปลี่ยนงาน ต้องมีใบอนุญาตใหม่
change-owp = มีใบอนุญาตทำงานแบบเปิดสำหรับแรงงานที่เสี่ยง ยื่นขอได้ถ้าถูกละเมิดในงานหรือเสี่ยงจะถูกละเมิด ต้องอยู่ในแคนาดา มีใบแบบระบุนายจ้างที่ยังไม่หมดอายุ หรือยื่นต่ออายุทันเวลา
abuse-kinds = การละเมิดอาจเป็นการทำร้ายร่างกายหรือทางเพศ การข่มขู่หรือควบคุม หรือการเอาเงินของคุณไป ทั้งหมดนี้นับ
change-how = ใบอนุญาตนี้ไม่มีค่าธรรมเนียม ยื่นทางออนไลน์ ส่งจดหมายเล่าสิ่งที่เกิดขึ้นและหลักฐานที่มี เช่น จดหมายจากกลุ่มช่วยเหลือหรือหมอ ครอบครัวที่อยู่กับคุณในแคนาดาก็ยื่นได้
change-decides = งานที่เคยทำนอกเหนือใบอนุญาต ไม่ทำให้ขอใบนี้ไม่ได้ เจ้าหน้าที่รัฐเป็นผู้ตัดสิน ปรึกษาคลินิกกฎหมายก่อนยื่น

## status

status-no-ask = คุณไม่ต้องบอกสถานะของคุณ เราจะไม่ถามเลย
status-paper = ใบอนุญาตของคุณมีวันหมดอายุและเงื่อนไข (กฎที่ต้องทำตาม) ใบแบบระบุนายจ้างจะมีชื่อนายจ้างด้วย
status-rights = คุณมีสิทธิในที่ทำงานเหมือนทุกคน แรงงานชั่วคราวก็เช่นกัน
status-paths = มีหลายทางที่จะอยู่ในแคนาดา เช่น TRP (เอกสารให้อยู่ได้ช่วงหนึ่ง) ใบอนุญาตทำงานแบบเปิด การขอลี้ภัย หรือการยื่นด้วยเหตุผลทางมนุษยธรรม ทางไหนเหมาะขึ้นกับตัวคุณ
status-lawyer = ก่อนอื่น ปรึกษาคลินิกกฎหมายหรือทนายด้านตรวจคนเข้าเมือง ทำก่อนไปหาตำรวจ

## trp

trp-what = TRP (temporary resident permit) คือเอกสารที่ให้อยู่ในแคนาดาได้ช่วงหนึ่ง มี TRP พิเศษสำหรับคนไม่มีสถานะ ที่เคยถูกคนอื่นควบคุมและหาประโยชน์จากงานหรือเรื่องเพศ
trp-health = ได้รับการรักษาพยาบาลผ่าน Interim Federal Health Program และยื่นขอใบอนุญาตทำงานหรือเรียนได้ด้วย
trp-length = ตั้งแต่ 4 กุมภาพันธ์ 2025 ปกติอยู่ได้อย่างน้อย 12 เดือน ไม่มีค่าธรรมเนียมสำหรับ TRP ใบอนุญาตทำงานหรือเรียน หรือลายนิ้วมือและรูปถ่าย อาจได้ TRP ใบต่อไป
trp-testify = กฎอย่างเป็นทางการ: ไม่ต้องเป็นพยานในศาลเพื่อให้ได้ใบนี้ แต่เจ้าหน้าที่ช่วยเหลือบอกว่าถ้าไม่มีคดีตำรวจ อาจได้ยาก ในทางปฏิบัติแตกต่างกัน
trp-apply = คุณขอเองได้ กลุ่มช่วยเหลือหรือตำรวจก็ส่งเรื่องให้ได้ เจ้าหน้าที่รัฐอาจสัมภาษณ์คุณ และเป็นผู้ตัดสิน ไปปรึกษาคลินิกกฎหมายหรือทนายก่อน

## trafficking

traf-what = เมื่อมีคนควบคุมผู้อื่นเพื่อหาประโยชน์จากงานหรือเรื่องเพศของเขา กฎหมายเรียกว่าการค้ามนุษย์ อาจใช้กำลัง ข่มขู่ หลอกลวง หนี้ หรือยึดเอกสาร
traf-border = ไม่จำเป็นต้องข้ามพรมแดน คนที่เข้าแคนาดาอย่างถูกกฎหมายก็เจอได้ คำว่า "ตกลง" ที่ได้มาด้วยการบังคับหรือหลอกลวงไม่นับ
traf-no-label = คุณไม่ต้องมีชื่อเรียกก็ขอความช่วยเหลือได้ ค่าจ้างไม่เป็นธรรมหรือการถูกละเมิดก็ควรได้รับความช่วยเหลือ แม้ไม่ใช่การค้ามนุษย์

## abuse-threats

abuse-deport = นายจ้างเนรเทศคุณหรือเปลี่ยนสถานะของคุณไม่ได้ ถ้าเขาขู่แบบนี้ คุณแจ้งเรื่องได้
abuse-family = ถ้ามีคนข่มขู่ครอบครัวของคุณที่บ้านเกิด เจ้าหน้าที่ของเราช่วยคุณวางแผนได้ เราสัญญาเรื่องความปลอดภัยของพวกเขาไม่ได้
choice-new-permit = ใบอนุญาตทำงานใหม่
    .synonyms = ใบอนุญาตใหม่, ใบ อนุญาต ใหม่, ใบอนุญาต, เปลี่ยนนายจ้าง, open permit, permit

## complaint

complaint-no-punish = ไม่มีใครลงโทษคุณได้ เพราะแจ้งเรื่องการถูกปฏิบัติไม่ดี งานไม่ปลอดภัย หรือที่พักไม่ดี หรือเพราะช่วยการตรวจสอบ
complaint-tip = ใครก็ใช้สายแจ้งเบาะแส TFW ได้ ไม่ต้องบอกชื่อ Service Canada ไม่เคยบอกนายจ้างว่าใครแจ้ง
complaint-share = เขาจะไม่ติดต่อคุณถ้าคุณไม่อนุญาต แต่อาจส่งรายละเอียดเบาะแสให้หน่วยงานรัฐอื่น
complaint-province = ซัสแคตเชวันและนิวบรันสวิกรับเรื่องแบบไม่บอกชื่อ หรือเก็บเป็นความลับ อัลเบอร์ตารับเบาะแสแบบไม่บอกชื่อ ซัสแคตเชวันอาจขอส่งเรื่องให้ตรวจคนเข้าเมืองของรัฐบาลกลาง: คิดให้ดีก่อน
complaint-no-promise = ไม่มีการรับประกันผล เจ้าหน้าที่ของเราช่วยคุณตัดสินใจได้

## police

police-choice = เป็นการตัดสินใจของคุณ ความช่วยเหลือที่นี่ไม่ขึ้นกับการไปหาตำรวจ
police-status = ปรึกษาทนายก่อน: ถ้าสถานะของคุณไม่ชัดเจน ตำรวจอาจติดต่อตรวจคนเข้าเมือง ทนายด้านตรวจคนเข้าเมืองช่วยคุณตัดสินใจได้
police-helpline = สายช่วยเหลือฟรี (1-833-900-1010) เก็บเรื่องของคุณเป็นความลับ บอกตำรวจก็ต่อเมื่อคุณยอม ยกเว้น: เด็กเสี่ยงอันตราย มีคนอยู่ในอันตราย หรือมีหน้าที่ตามกฎหมาย

## privacy

privacy-kept = เราไม่เก็บเบอร์โทรของคุณในแบบที่ใครอ่านได้ และไม่เก็บข้อความของคุณ เว้นแต่คุณขอคุยกับคน
privacy-erase = ส่ง "ลบ" ได้ทุกเมื่อ จะลบทุกอย่างที่ Waypoint เก็บเกี่ยวกับคุณ
privacy-phone = โทรศัพท์ของคุณมีสำเนาแชทนี้ของตัวเอง ลบในโทรศัพท์ด้วย
privacy-provider = บริษัทโทรศัพท์หรือ WhatsApp อาจเก็บบันทึกของเขาเอง เราลบส่วนนั้นไม่ได้
privacy-next = ต่อไปทำอะไรดี?
privacy-erase-now = ลบตอนนี้
    .synonyms = ลบเลย, ลบ เลย

## talk-to-person

person-what-they-see = เจ้าหน้าที่ช่วยเหลือที่ผ่านการอบรมจะตอบคุณ ไม่ใช่ตำรวจ ไม่ใช่ตรวจคนเข้าเมือง เขาเห็นชื่อรหัส ภาษา หัวข้อที่คุณเลือก และแชทนี้นับจากนี้ ไม่เห็นเบอร์ของคุณ
person-deleted = เราลบแชทหลังปิดเคสของคุณ (ปกติ 30 วันหลังปิด)
person-child = ถ้าเด็กอาจตกอยู่ในอันตราย เจ้าหน้าที่อาจต้องแจ้งเรื่องนี้
person-options = คุณขอล่ามได้ และขอเจ้าหน้าที่ที่ไม่ได้มาจากกลุ่มคนของคุณเองได้
person-confirm = อยากคุยกับคนไหม?
person-requested = ขอบคุณ จะมีคนตอบคุณที่นี่ ส่ง "ลบ" ได้ทุกเมื่อ
person-after-hours = ถ้ายังไม่มีใครตอบในเร็วๆ นี้ โทรสายช่วยเหลือฟรี ตลอด 24 ชม.: 1-833-900-1010
person-other-lines = ได้ คุณโทรสายช่วยเหลือฟรีได้ด้วย ตลอด 24 ชม.: 1-833-900-1010 สำหรับชนพื้นเมือง (Indigenous): Hope for Wellness ตลอด 24 ชม.: 1-855-242-3310

## emergency

emergency-now = ถ้าคุณอยู่ในอันตรายตอนนี้ โทร 911 โทรฟรีจากทุกเครื่อง สายช่วยเหลือ 24/7: 1-833-900-1010 ส่ง "ลบ" เพื่อลบแชทนี้
emergency-offer = อยากให้มีคนเขียนหาคุณที่นี่ไหม?
emergency-person = ใช่ ขอคุยกับคน
    .synonyms = ใช่, ใช่ครับ, ใช่ ครับ, ใช่ค่ะ, ใช่ ค่ะ, ขอคน, ต้องการ, chai

## Help

help-commands = คำที่ใช้ได้ทุกเมื่อ: เมนู, กลับ, ภาษา, คุยกับคน, ฉุกเฉิน, ลบ, หยุด

## While a lead worker has the conversation

handoff-claimed = ตอนนี้มีเจ้าหน้าที่ช่วยเหลืออยู่ที่นี่แล้ว เขาอ่านสิ่งที่คุณเขียนได้นับจากนี้ ส่ง "ลบ" ได้ทุกเมื่อ
handoff-closed = เจ้าหน้าที่ปิดแชทนี้แล้ว คุณกลับมาคุยกับระบบอัตโนมัติ ส่ง "เมนู" เพื่อดูตัวเลือก
handoff-cancelled = ได้ คุณออกจากคิวแล้ว จะไม่มีใครเขียนหาคุณ
handoff-waiting = เราเก็บข้อความของคุณไว้ให้เจ้าหน้าที่แล้ว คุณยังอยู่ในคิว ส่ง "เมนู" เพื่อออกจากคิว

## Handoff queue

handoff-queue-1 = คุณเป็นคิวถัดไป เจ้าหน้าที่ช่วยเหลือจะเขียนหาคุณที่นี่
handoff-queue-2 = คุณเป็นคิวที่ 2 เจ้าหน้าที่ช่วยเหลือจะเขียนหาคุณที่นี่
handoff-queue-3 = คุณเป็นคิวที่ 3 เจ้าหน้าที่ช่วยเหลือจะเขียนหาคุณที่นี่
handoff-queue-4 = คุณเป็นคิวที่ 4 เจ้าหน้าที่ช่วยเหลือจะเขียนหาคุณที่นี่
handoff-queue-5 = คุณเป็นคิวที่ 5 เจ้าหน้าที่ช่วยเหลือจะเขียนหาคุณที่นี่
handoff-queue-more = มีคนรอก่อนคุณมากกว่า 5 คน อาจใช้เวลาสักพัก เจ้าหน้าที่ช่วยเหลือจะเขียนหาคุณที่นี่
handoff-after-hours-today = ตอนนี้ไม่มีเจ้าหน้าที่ทำงาน จะมีคนตอบภายหลังในวันนี้ อยู่ในอันตรายตอนนี้? โทร 911
handoff-after-hours-tomorrow = ตอนนี้ไม่มีเจ้าหน้าที่ทำงาน จะมีคนตอบพรุ่งนี้ อยู่ในอันตรายตอนนี้? โทร 911
handoff-after-hours-later = ตอนนี้ไม่มีเจ้าหน้าที่ทำงาน จะมีคนตอบในอีกไม่กี่วัน อยู่ในอันตรายตอนนี้? โทร 911
handoff-staff-reply = ข้อความจากเจ้าหน้าที่ช่วยเหลือของคุณ

language-offer = ต้องการอ่านเป็นภาษาไทยไหม ส่ง "ภาษา" เพื่อเปลี่ยน

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = ส่งตัวเลข
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = หากต้องการเปลี่ยนภาษา ส่ง "ภาษา" (หรือ LANGUAGE)
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = ด้วยความยินดี
# @status draft
ack-hello = สวัสดีอีกครั้ง
# @status draft
ack-ok = ได้เลย
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = ยินดีต้อนรับกลับมา นี่คือเมนู คุณคุยกับเจ้าหน้าที่ได้ด้วย
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = เราช่วยเรื่องเหล่านี้ได้
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = ตัวเลือก
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = ออกด่วน
# @status draft
web-quick-exit-hint = หรือกด Esc สองครั้ง
# @status draft
web-exit-notice = ออกด่วนจะลบแชทนี้ออกจาก Waypoint และเปิดหน้าพยากรณ์อากาศ ประวัติของเบราว์เซอร์อาจยังแสดงการเข้าชมนี้ หน้าต่างส่วนตัวจะทิ้งร่องรอยน้อยกว่า
# @status draft
web-exit-notice-link = วิธีลบร่องรอยออนไลน์ (Tech Safety Canada)
# @status draft
web-choose-language = เลือกภาษา
# @status draft
web-or-write = หรือพิมพ์ข้อความเป็นภาษาใดก็ได้
# @status draft
web-chat-log = บทสนทนา
# @status draft
web-message-label = ข้อความของคุณ
# @status draft
web-placeholder = พิมพ์ที่นี่
# @status draft
web-send = ส่ง
# @status draft
web-language = ภาษา
# @status draft
web-menu = เมนู
# @status draft
web-you = คุณ
# @status draft
web-error-retry = ส่งข้อความไม่สำเร็จ กรุณาลองอีกครั้ง
# @status draft
web-noscript = แชทนี้ต้องใช้ JavaScript
