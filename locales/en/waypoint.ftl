### Waypoint — English (source language).
### Each message's comment carries its review metadata: @status, @source, @last-reviewed,
### @reviewer-role, @verify. Comment lines without @ are notes for translators.
### Messages marked reviewed state only facts CONTENT.md confirms (checked 2026-11); anything
### else is draft, and @verify true marks a message that touches a fact CONTENT.md marks [verify].
### @status draft


## Global commands. The value is the word shown to people; .synonyms are other words that work.
## A command matches only a whole message, in any language.

cmd-menu = MENU
    .synonyms = main menu, options, home
cmd-back = BACK
    .synonyms = go back, previous
cmd-language = LANGUAGE
    .synonyms = lang, change language, languages
cmd-human = HUMAN
    .synonyms = person, agent, talk to a person, real person
cmd-erase = ERASE
    .synonyms = delete, delete everything, erase all
cmd-stop = STOP
    .synonyms = stopall, unsubscribe, cancel, end, quit
cmd-start = START
    .synonyms = unstop, resume
cmd-help = HELP
    .synonyms = info, commands
# Danger words go straight to the emergency numbers. Not "not safe": that answers the safety check.
cmd-emergency = EMERGENCY
    .synonyms = emergency, danger, in danger, i am in danger, i'm in danger, im in danger, sos, urgent, help me, help me please, please help me, help now, need help now, call 911, 911
cmd-open = OPEN
    .synonyms = open it, open message, read, read it

## Engine messages

# Said once per conversation when a translation has not been checked by a person.
draft-notice = This text was not yet checked by a translator.
erased = Done. We deleted what we kept about this chat. Delete this chat on your phone too.
stopped = OK. We will not write again. Send START if you want to talk later.
recovered = Sorry, we lost our place. Here is the menu.
input-refused = Sorry, we could not read that message. Please try again.
input-trimmed = Your message was very long. We read only the first part.
back-unavailable = There is nothing to go back to.
too-many-misses = Sorry, we did not understand. Here is the menu. Send HUMAN to talk to a person.
retry = Sorry, we did not understand. Please choose one of these.

## First contact

# Neutral on a lock screen: no alarming words in the first 40 characters. One SMS segment.
# @status reviewed
# @source NNEDV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
welcome-hello = Hi, it's Waypoint. Reply MENU for options.
language-prompt = Language?
language-en = English
    .synonyms = english, anglais, ingles
language-fr = Français
    .synonyms = french, francais, frances
language-es = Español
    .synonyms = spanish, espanol, espagnol
language-tl = Tagalog
    .synonyms = tagalog, filipino, pilipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = punjabi, panjabi
language-hi = हिन्दी
    .synonyms = hindi
language-vi = Tiếng Việt
    .synonyms = vietnamese, tieng viet
language-zh = 中文（简体）
    .synonyms = chinese, mandarin, zhongwen, 中文
language-ar = العربية
    .synonyms = arabic, arabe
language-uk = Українська
    .synonyms = ukrainian
language-th = ไทย
    .synonyms = thai
language-ne = नेपाली
    .synonyms = nepali
language-pt = Português
    .synonyms = portuguese, portugues
language-ht = Kreyòl ayisyen
    .synonyms = haitian creole, kreyol, creole
# @status reviewed
# @source NNEDV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
safety-prompt = Is it safe to chat now? Could someone else read this phone?
safety-yes = Yes, it is safe
    .synonyms = yes, safe, ok
safety-not-now = Not now
    .synonyms = no, later
safety-watched = Someone can see it
    .synonyms = someone, watched
# Then silence: nothing more is sent unless the person writes again.
# @status reviewed
# @source NNEDV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
safety-bye = OK. Bye. Write any time.
# @status reviewed
# @source NNEDV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
safety-watched-advice = Send ERASE any time to delete what we keep. Delete this chat on your phone too. You can also save this number under another name.
# Says exactly what the code word does: held replies are shown only after it (src/handoff).
# @status draft
# @source WAYPOINT
codeword-offer = You can set a secret code word. Then, if a worker's answer waits for you, we show it only after you send the code word.
codeword-set = Set a code word
    .synonyms = code word, code, set
codeword-no = No, thanks
    .synonyms = no, no thanks, skip
codeword-prompt = Type your code word: 3 to 30 letters or numbers, no emoji. Do not use your name.
codeword-retry = This code word cannot be used. Use 3 to 30 letters or numbers, no emoji. Or send MENU to skip.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
codeword-saved = Thank you. We keep your code word until you send ERASE.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
welcome-kept = We keep no readable phone number and no messages, unless you ask for a person. Send ERASE any time to delete what we keep.

## Main menu
## Grouped the way a worker thinks. List rows: 24 characters at most.

menu-prompt = What would you like to know about?
menu-work = Work and pay
    .synonyms = work, pay, wages, job, money
menu-papers = Papers and permits
    .synonyms = papers, permit, permits, passport, visa, documents, status
menu-safety = Safety and help
    .synonyms = safety, safe, violence, threats, complaint
menu-person = Talk to a person
    .synonyms = person, talk
menu-privacy = Your privacy
    .synonyms = privacy
menu-language = Change language
group-prompt = Pick a topic.

## Topic names
## Rows in the menu groups and in "did you mean" (topic-<id>). 24 characters at most.

topic-wages = Pay and pay cuts
    .synonyms = pay, wages, salary, paid, cheque, money
topic-hours = Hours and days off
    .synonyms = hours, overtime, break, day off, rest
topic-fees-debt = Job fees and debts
    .synonyms = fees, fee, debt, recruiter, loan
topic-housing = Housing
    .synonyms = house, room, bed, sleep
topic-health-safety = Injury and health
    .synonyms = injury, hurt, sick, doctor, health, safety
topic-documents = Passport and papers
    .synonyms = passport, papers, id, documents
topic-change-employer = Change employer
    .synonyms = change, new job, change job, open permit
topic-status = Your permit and status
    .synonyms = status, permit, visa
topic-trp = Special permit (TRP)
    .synonyms = trp, special permit
topic-emergency = Danger now
topic-abuse-threats = Threats or violence
    .synonyms = threats, threat, violence, abuse, hit
topic-complaint = Make a complaint
    .synonyms = complaint, complain, report
topic-police = Going to police
    .synonyms = police
topic-trafficking = What trafficking means
    .synonyms = trafficking, human trafficking
topic-talk-to-person = Talk to a person
topic-privacy = Your privacy
topic-family-violence = Partner abuse & status
    .synonyms = partner, husband, wife, spouse, sponsor
topic-youth-health = Health care for youth
    .synonyms = youth, teen, young, clinic, birth control
topic-report-crime = Reporting a crime
    .synonyms = crime, assault, report a crime, attacked
topic-coerced-debt = Debts in your name
    .synonyms = my name, loan, credit, fraud, account

## Shared choices and questions

choice-yes = Yes
    .synonyms = y, yes, ok, sure
choice-no = No
    .synonyms = n, no, not now
choice-menu = Menu
    .synonyms = main menu
choice-who-helps = Who can help
    .synonyms = who, help who, who helps, contacts, numbers
choice-person = Talk to a person
    .synonyms = person, talk
topic-next = What would help now?
after-help = Would you like to talk to a person?
suggest-prompt = Is your question about one of these?
choice-more = Tell me more
    .synonyms = more, tell me more, more info

## Who can help: national lines

# Open 24/7 (ESDC-TIP); live agents on weekdays, messages after hours, seen only on a copy of an ESDC notice: @verify the hours.
# @status draft
# @source ESDC-TIP, ESDC-TIPLINE
# @last-reviewed 2026-11-22
# @verify true
ref-tip-line = Report a problem at work: 1-866-602-9448. This is the TFW tip line of Service Canada (TFW: temporary foreign worker). You do not need to give your name. People answer on weekdays. At other times, leave a message.
# Rewritten for reading level (grade 7.1 by the standard count); same facts.
# @status draft
# @source CHTH
# @last-reviewed 2026-11-22
ref-hotline = Free helpline, 24/7: 1-833-900-1010. It is the Canadian Human Trafficking Hotline. It is a charity. It is not police or government. It has people to help in over 200 languages.
# @status reviewed
# @source ESDC-TIP
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
ref-911 = If you are in danger now, call 911. It is free from any phone.
# Rewritten for reading level; same facts.
# @status draft
# @source IRCC-OWPV
# @last-reviewed 2026-11-22
ref-ircc = Questions about your permit or your file? Call IRCC, the federal office for immigration: 1-888-242-2100. Ask for the Client Support Centre.
# @status reviewed
# @source CCR
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
legal-aid = Legal aid (free legal help) is run by each province. Many plans do not cover temporary residents. A person can help you find a legal clinic.

## Province
## Asked once, only when an office depends on it. Work province, not home.

province-prompt = Which province or territory do you work in? It helps us give the right office. You can skip.
province-west = West or North
    .synonyms = west, north, prairies, bc, alberta, saskatchewan, manitoba, yukon, nwt, nunavut
province-east = Ontario and east
    .synonyms = east, ontario, quebec, atlantic, maritimes
province-none = Rather not say
    .synonyms = skip, no, rather not say, not say
province-pick = Which one?
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
    .synonyms = qc, quebec, québec
province-nb = New Brunswick
    .synonyms = nb, new brunswick
province-ns = Nova Scotia
    .synonyms = ns, nova scotia
province-pe = Prince Edward Island
    .synonyms = pe, pei, prince edward island
province-nl = Newfoundland & Labrador
    .synonyms = nl, newfoundland, labrador, newfoundland and labrador

## Employment standards offices
## One message per province or territory. Numbers marked [verify] in CONTENT.md are not given: the message names the office and the government website.

# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-bc = British Columbia: call 1-833-236-3700. This is the Employment Standards Branch. They have interpreters. Website: www2.gov.bc.ca
# The number is on the Government of Alberta's 2017 page: @verify it live.
# @status draft
# @source ES-OFFICES, AB-ES-2017
# @last-reviewed 2026-11-22
# @verify true
es-office-ab = Alberta: call 1-877-427-3731. This is Employment Standards. Website: alberta.ca (search for "employment standards").
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-sk = Saskatchewan: call 1-800-667-1783. This is Employment Standards. Website: www.saskatchewan.ca/business/employment-standards
# The number is seen only on an older third-party list: @verify it live.
# @status draft
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @verify true
es-office-mb = Manitoba: call 1-800-821-4307. This is the Employment Standards Branch. Website: gov.mb.ca (search for "employment standards").
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-yt = Yukon: call 867-667-5944, or free 1-800-661-0408 ext. 5944. This is the Employment Standards Office. Website: yukon.ca
# Only the toll-free number: the local number is [verify] in CONTENT.md (third party).
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-nt = Northwest Territories: call 1-888-700-5707. This is the Employment Standards Office. Website: www.ece.gov.nt.ca/en/services/employment-standards
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-nu = Nunavut: call 1-877-806-8402 or 867-975-6322. This is the Labour Standards Compliance Office. Website: nu-lsco.ca
# The number is on the Ministry of Labour's own pages of 2011 and 2012: @verify it live.
# @status draft
# @source ES-OFFICES, ON-ESIC
# @last-reviewed 2026-11-22
# @verify true
es-office-on = Ontario: call 1-800-531-5551. This is the Employment Standards Information Centre. It has service in many languages. Website: ontario.ca/employmentrights
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-qc = Quebec: call 1-844-838-0808. This is the CNESST, for labour standards. Website: www.cnesst.gouv.qc.ca
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-nb = New Brunswick: call 1-888-452-2687. This is the Employment Standards Branch. Website: www.gnb.ca. It does not cover work in a private home for the homeowner.
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-ns = Nova Scotia: call 1-888-315-0110 or 902-424-4311. This is the Labour Standards Division. Website: novascotia.ca/lae/employmentrights
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
es-office-pe = Prince Edward Island: call 1-800-333-4362 or 902-368-5550. This is the Employment Standards Branch. Website: www.princeedwardisland.ca
# The web address is confirmed; the phone number is [verify] in CONTENT.md (older page).
# @status draft
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @verify true
es-office-nl = Newfoundland and Labrador: look for the phone number on www.gov.nl.ca/aesl/labour/nonunion. That is the Labour Standards Division.
# @status draft
# @source ES-OFFICES, LABOUR-PROGRAM
# @last-reviewed 2026-11-22
es-office-none = Each province and territory has its own office for pay and hours. Work under federal rules (like trucking between provinces, banks or airlines) goes to the federal Labour Program. A person can help you find yours, without sharing where you are.

## Workers' compensation
## Only BC has confirmed facts in CONTENT.md.

# @status reviewed
# @source BC-WCB
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
wcb-what = Each province and territory has its own workers' compensation. It gives money and care if work hurts you.
# @status reviewed
# @source BC-WCB
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
wcb-bc = In BC, what matters is where you were hurt, not your home country. This is so even if your employer never registered.
# Rules outside BC are [verify] in CONTENT.md: no facts until confirmed.
# @status draft
# @source BC-WCB
# @last-reviewed 2026-11-22
# @verify true
wcb-other = Ask the workers' compensation board of your province or territory. A person can help you with this.

## wages: pay owed, cuts from pay, overtime

# No contracting out of minimum standards: confirmed for Ontario; other provinces seen only on secondary pages: @verify.
# @status draft
# @source ESDC-RIGHTS, ON-ESA-WAIVE
# @last-reviewed 2026-11-22
# @verify true
wages-agreement = Your pay must match the job paper you and your employer signed. Your province's rules on pay still apply, whatever the paper says.
# @status draft
# @source GAZ-2022
# @last-reviewed 2026-11-22
wages-no-fees = Your employer, or a recruiter for them, cannot make you pay to get the job. They also cannot take money from your pay for the health insurance they must buy.
# @status draft
# @source ES-OFFICES, LABOUR-PROGRAM
# @last-reviewed 2026-11-22
wages-claim = To get pay you are owed, make a claim with your province. Go to the office for pay and hours (employment standards). Some jobs, like trucks that cross provinces, banks and airlines, follow federal rules. For those, go to the federal Labour Program.
# @status reviewed
# @source ES-OFFICES, FRONT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
wages-deadline = There is a time limit to claim. It is different in each province: 6 months in Nova Scotia, 12 months in Saskatchewan. Ask soon. No one can promise you will get the money.

## hours: hours, breaks, days off, working sick

# @status draft
# @source ESDC-RIGHTS, ON-ESA-WAIVE
# @last-reviewed 2026-11-22
# @verify true
hours-overtime = Your employer cannot force you to work overtime that is not in your agreement. Your province sets limits on hours and pay for overtime. Those rules apply, whatever your contract says.
# @status reviewed
# @source ESDC-RIGHTS
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
hours-sick = Your employer cannot force you to work when you are sick or hurt.
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
hours-province = Each province sets its own limits on hours, rest days and overtime pay. The employment standards office of your province can tell you the rules.
# CONTENT.md: farm and in-home work differ in places [verify]. Say no more until confirmed.
# @status draft
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @verify true
hours-farm-home = Rules for farm work, or for work in a private home, may be different. Check with the office or a person.

## fees-debt: recruitment fees, debts to a recruiter or employer

# "Directly or indirectly" (SOR/2022-142). Employers answering for recruiters is seen only on a copy of an ESDC notice: @verify.
# @status draft
# @source GAZ-2022, ESDC-RECRUIT
# @last-reviewed 2026-11-22
# @verify true
fees-ban = Since September 26, 2022, employers in the worker programs cannot make you pay a fee to get hired. This is true if a recruiter takes the fee for them, too. Employers must answer for their recruiters.
# Ontario confirmed (ontario.ca). QC, NS, NB, AB: only from a copy of IRCC's 2020 research paper: @verify.
# @status draft
# @source ON-EPFNA, PROV-RECRUIT, IRCC-RECRUIT-2020
# @last-reviewed 2026-11-22
# @verify true
fees-province = Provinces have rules too. In Ontario, a recruiter cannot charge you any fee. Manitoba, BC and Saskatchewan have laws on job fees. Other provinces have rules for recruiters.
# @status reviewed
# @source ESDC-RIGHTS, CC
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
fees-debt-rights = A debt does not give anyone the right to keep your papers. It does not give anyone the right to stop you from leaving.
# @status reviewed
# @source FRONT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
fees-not-fault = Paying was not your fault. We cannot promise you will get the money back.

## documents: passport, permit or ID kept, lost or destroyed

# @status reviewed
# @source ESDC-RIGHTS, ESDC-TIP
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
docs-passport = Your employer cannot take your passport or work permit. If they keep your papers, you can report it.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
docs-help = A person can help you get your papers back or get new ones. Your country's consulate (its office in Canada) may help, if that feels safe.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
docs-no-numbers = We will never ask for your passport or permit number.

## housing: employer housing, crowding, locked in, nowhere to sleep

# @status draft
# @source ESDC-RIGHTS, GAZ-2022
# @last-reviewed 2026-11-22
housing-report = Your employer is not allowed to punish you for a report about bad housing. If they do, you can report that too.
# Rewritten for reading level; same facts.
# @status draft
# @source ESDC-TIP, IRCC-OWPV
# @last-reviewed 2026-11-22
housing-locked = If someone keeps you from leaving where you live or work, you can report it. It also counts as abuse for the open work permit (for workers facing abuse).
# CONTENT.md: housing rules per program and province [verify].
# @status draft
# @source ESDC-RIGHTS
# @last-reviewed 2026-11-22
# @verify true
housing-rules = Housing rules depend on your work program and your province. A person can help you check them.
# @status reviewed
# @source UW-211, CHTH
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
housing-tonight = No safe place to sleep tonight? Call 211 to find a bed and other help. Or call the free helpline, 24/7: 1-833-900-1010.

## health-safety: injury, illness, unsafe work, insurance

# @status reviewed
# @source ESDC-RIGHTS, GAZ-2022
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
health-doctor = You do not need permission to see a doctor. If you get hurt or sick at work, your employer must make a real effort to help you get care.
# Rewritten for reading level; same facts.
# @status draft
# @source GAZ-2022
# @last-reviewed 2026-11-22
health-insurance = In the foreign worker program, your employer must pay for health insurance for emergencies. It lasts until your province covers you. It cannot come out of your pay.
# @status draft
# @source WCBSK, ESDC-RIGHTS, SAWP-CONTRACT
# @last-reviewed 2026-11-22
health-status = Your work permit keeps your status while it is valid, even if you cannot work. Your employer cannot deport you (make you leave Canada). But they can end your job.

## change-employer: closed permits, the open permit for vulnerable workers

# @status reviewed
# @source IRCC-OWPV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
change-closed = A closed work permit lets you work only for the employer named on it. To change jobs, you need a new permit.
# @status reviewed
# @source GAZ-2019
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
change-owp = There is an open work permit for vulnerable workers. You can apply if you face abuse at work, or risk of it. You must be in Canada with a valid closed permit, or have applied in time to renew it.
# Physical, sexual, psychological, financial abuse, and since SOR/2022-142 reprisal (IRPR s. 196.2), in plain words. IRCC's instructions page was not read for this change.
# @status draft
# @source GAZ-2019, GAZ-2022, IMMPOLICY-2022
# @last-reviewed 2026-11-22
abuse-kinds = Abuse can be harm to your body, or sexual harm. It can be threats or control, or taking your money. It can be punishing you for reporting a problem or helping an inspection. All of these count.
# @status reviewed
# @source GAZ-2019, IRCC-OWPV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
change-how = This permit has no fee. You apply online. Send a letter about what happened and any proof, like a letter from a support group or doctor. Family with you in Canada can apply too.
# @status reviewed
# @source GAZ-2019
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
change-decides = Work your permit did not allow in the past does not block this permit. An officer decides. Talk to a legal clinic before you apply.

## status: your own situation. Never asked.

# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
status-no-ask = You do not need to tell us your status. We will never ask.
# @status reviewed
# @source IRCC-OWPV
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
status-paper = Your permit paper shows its end date and its conditions (rules you must follow). A closed permit also names your employer.
# @status reviewed
# @source ESDC-RIGHTS
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
status-rights = You have rights at work, like everyone else. This is true for temporary workers too.
# @status draft
# @source FRONT
# @last-reviewed 2026-11-22
status-paths = There are other ways to stay in Canada. For example: a TRP (a paper to stay for a time), an open work permit, a refugee claim, or a request on humane grounds. What fits depends on your case.
# @status draft
# @source FRONT, ESDC-TIP
# @last-reviewed 2026-11-22
status-lawyer = In danger now? Call 911. If not, talk to a legal clinic or an immigration lawyer first. Do this before you go to police.

## trp: the special temporary resident permit

# @status reviewed
# @source IRCC-HT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
trp-what = A TRP (temporary resident permit) is a paper that lets you stay in Canada for a time. There is a special TRP for people without status. It is for people someone controlled and used for work or sex.
# IRCC-HT: work and study permits, no fee. That the work permit is open is not on that page: @verify.
# @status draft
# @source IRCC-HT
# @last-reviewed 2026-11-22
# @verify true
trp-health = It gives you health care (the Interim Federal Health Program). You can also ask for an open work permit, for any job, or a study permit. There is no fee.
# @status reviewed
# @source IRCC-HT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
trp-length = Since February 4, 2025, it usually lasts at least 12 months. There is no fee for it, for a work or study permit, or for fingerprints and photo. Another TRP may follow.
# @status reviewed
# @source IRCC-HT, FRONT, WINTERDYK
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
trp-testify = The official rule: you do not have to testify in court (be a witness) to get it. But support workers say it can be hard to get without a police case. Practice varies.
# @status reviewed
# @source IRCC-HT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
trp-apply = You can ask for it yourself. A support group or police can also refer you. An officer may interview you, and an officer decides. See a legal clinic or lawyer first.

## trafficking: what it means. No labels, no quizzes.

# @status reviewed
# @source CC
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
traf-what = When someone controls a person to profit from their work or sex, the law calls it human trafficking. They may use force, threats, lies, debt, or take the person's papers.
# @status reviewed
# @source CC, FRONT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
traf-border = No border needs to be crossed. People can come to Canada legally and it can still happen. Saying yes does not count if it came from force or lies.
# @status reviewed
# @source FRONT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
traf-no-label = You do not need a label to get help. Unfair pay or abuse deserves help, even if it is not trafficking.

## abuse-threats: violence, threats, harassment

# @status draft
# @source ESDC-RIGHTS, ESDC-TIP, SAWP-CONTRACT
# @last-reviewed 2026-11-22
abuse-deport = Your employer cannot deport you or change your status. If they threaten this, you can report it. But they can end your job.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
abuse-family = If someone threatens your family back home, a person can help you make a plan. We cannot promise their safety.
choice-new-permit = New work permit
    .synonyms = new permit, permit, open permit, change employer

## complaint: how to complain, anonymity, no punishment

# @status draft
# @source ESDC-RIGHTS, GAZ-2022
# @last-reviewed 2026-11-22
complaint-no-punish = Your employer may not punish you for a report about bad treatment, unsafe work or housing, or for helping an inspection. If they do, report that too. It counts as abuse for the open work permit.
# @status reviewed
# @source ESDC-TIP
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
complaint-tip = Anyone can use the TFW tip line. You do not need to give your name. Service Canada never tells the employer who reported.
# @status draft
# @source ESDC-TIP, ESDC-TIPLINE
# @last-reviewed 2026-11-22
complaint-share = They do not contact you without your OK. But they may share a tip with other parts of government, and that could be immigration. If you have no status, talk to a support worker first.
# Northwest Territories is [verify] in CONTENT.md and left out. Rewritten for reading level; same facts.
# @status draft
# @source ES-OFFICES
# @last-reviewed 2026-11-22
complaint-province = Some provinces take a complaint without your name, or keep it private: Saskatchewan and New Brunswick. Alberta takes tips with no name. Saskatchewan may ask to share your complaint with federal immigration. Think first.
# @status reviewed
# @source ES-OFFICES
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
complaint-no-promise = No result is promised. A person can help you decide.

## police: whether to involve police

# @status reviewed
# @source FRONT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
police-choice = It is your choice. Help here never depends on going to police.
# Rewritten for reading level (8.6 by the standard count); same facts.
# @status draft
# @source FRONT
# @last-reviewed 2026-11-22
police-status = See a lawyer first. If your status is not clear, police may call immigration. An immigration lawyer can help you decide what to do.
# @status reviewed
# @source CHTH
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
police-helpline = The free helpline (1-833-900-1010) keeps what you say private. It tells police only if you agree. The exceptions: a child at risk, someone in danger, or a legal duty.

## privacy: what is kept, who sees it, erasing

# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
privacy-kept = We do not keep your phone number in a form anyone can read. We do not keep your messages unless you ask for a person.
# Rewritten for reading level; same facts.
# @status draft
# @source WAYPOINT
# @last-reviewed 2026-11-22
privacy-erase = Send ERASE at any time. It deletes all that Waypoint keeps about you.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
privacy-phone = Your phone keeps its own copy of this chat. Delete it there too.
# How long WhatsApp keeps messages is [verify for this deployment]. Never say the chat is gone.
# @status draft
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @verify true
privacy-provider = Your phone company or WhatsApp may keep their own records. We cannot delete those.
privacy-next = What next?
privacy-erase-now = Erase now
    .synonyms = erase, delete

## talk-to-person: before the handoff, say who answers and what they see

# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
person-what-they-see = A trained support worker will answer. Not police. Not immigration. They see a code name, your language, the topics you chose and this chat from now on. Not your number.
# Rewritten for reading level; same facts.
# @status draft
# @source WAYPOINT
# @last-reviewed 2026-11-22
person-deleted = We delete the chat when your case is closed, most often 30 days after.
# CONTENT.md: workers may have to report a child in danger [verify per province]. Never state it as certain.
# @status draft
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @verify true
person-child = If a child may be in danger, the worker may have to report it.
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
person-options = You can ask for an interpreter. You can also ask for a worker who is not from your own group.
person-confirm = Do you want to talk to a person?
# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
person-requested = Thank you. A person will answer here. Send ERASE any time.
# @status reviewed
# @source CHTH
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
person-after-hours = If no one answers soon, call the free helpline, 24/7: 1-833-900-1010.
# @status reviewed
# @source CHTH, HFW
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
person-other-lines = OK. You can also call the free helpline, 24/7: 1-833-900-1010. For Indigenous people: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency: danger now. Short, no questions first.

# One SMS segment. Also said for EMERGENCY during a handoff.
# @status reviewed
# @source ESDC-TIP, CHTH
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
emergency-now = If you are in danger now, call 911. It is free from any phone. Helpline 24/7: 1-833-900-1010. Send ERASE to delete this chat.
emergency-offer = Do you want a person to write to you here?
emergency-person = Yes, a person
    .synonyms = yes
# After the emergency message, to someone who asked how to get emergency help (what number,
# does anyone answer at night, in what language, can you call for me). Facts from CONTENT.md
# only: the helpline's hours and interpreters, that it is not police (CHTH); Waypoint calls
# no one. Nothing about what 911 or an ambulance asks or costs beyond emergency-now.
# @status draft
# @source CHTH, WAYPOINT
emergency-asked = The helpline answers 24/7, with interpreters for 200+ languages. It is not police or government. We cannot call anyone for you.
# After the emergency message (or before the danger question), to someone whose words read as
# wanting to die or to hurt themselves. Opens with nothing alarming (lock screens show the
# start). 9-8-8 answers calls and texts 24/7 in English and French (988).
# @status draft
# @source 988
# @last-reviewed 2026-12-05
emergency-self = You can also call or text 9-8-8, free, day and night, if you are thinking of ending your life (in English or French).
# The danger question: weak signs of danger in free text (src/understand, the middle band).
# Yes leads to emergency-now; No carries on with what the person asked. Buttons: choice-yes,
# choice-no. One SMS segment, a plain question, nothing alarming beyond it.
# @status draft
# @source WAYPOINT
check-danger = Are you in danger right now?

## Help

help-commands = Words that work any time: MENU, BACK, LANGUAGE, HUMAN, EMERGENCY, ERASE, STOP.

## While a lead worker has the conversation

# @status reviewed
# @source WAYPOINT
# @last-reviewed 2026-11-22
# @reviewer-role content team (CONTENT.md, checked 2026-11)
handoff-claimed = A support worker is here now. They can read what you write from now on. Send ERASE any time.
handoff-closed = The support worker closed this chat. You are back with the assistant. Send MENU for options.
handoff-cancelled = OK. You left the line. No one will write to you.
handoff-waiting = Your message is saved for the support worker. You are still in line. Send MENU to leave the line.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console
## (OPEN and the code word: src/handoff; media: the channels and src/engine; consent: flows/person.yaml)

# The neutral line: OPEN with nothing to show, a wrong code word, and replies locked after 5 wrong tries.
# It must reveal nothing: never say whether a message is waiting.
# @status draft
# @source WAYPOINT
open-neutral = Thank you. Send MENU for options.
# The SMS notice that a reply is waiting (sent at most once per waiting batch, never 21:00-08:00, only if chosen).
# One neutral line: no organisation name, no topic. The word to reply is this language's OPEN command.
# @status draft
# @source WAYPOINT
held-notice = You have a new message. Reply OPEN to read it.
# A voice note, photo or file outside a handoff (src/engine/step.ts). Nothing is downloaded or kept.
# @status draft
# @source WAYPOINT
media-not-read = I can read only text. I cannot open voice notes, photos or files. Please write your question, or send HUMAN to ask for a person.
# A voice note, photo or file during a handoff: only its kind reaches the lead worker.
# @status draft
# @source WAYPOINT, CHTH
media-handoff = Your support worker can read only text. We told them you sent a voice note, photo or file. Please write your message, or call the free helpline, 24/7: 1-833-900-1010.
# No staff console is on: no line, no promise. Followed by ref-hotline.
# @status draft
# @source WAYPOINT, CHTH
person-none = No one can answer in this chat right now. We cannot pass you to a person here. You can call this free helpline to talk to a person.
# Asked once at consent. Yes is a content-free flag on the handoff; no means nothing is sent until they write.
# @status draft
# @source WAYPOINT
person-notice = If a worker answers after you stop writing, may we send you one short message? It says only that a message is waiting.
# How a reply reaches them when they chose no notice (or on the emergency path).
# @status draft
# @source WAYPOINT
person-reply-held = If you stop writing, their answer will wait here. You will get it when you write to us again.
# How a reply reaches them when they chose the notice.
# @status draft
# @source WAYPOINT
person-reply-notice = If you stop writing, their answer will wait here. We will send one short message to say it is waiting.
# The emergency path's consent: a shorter person-what-they-see, before "Yes, a person".
# @status draft
# @source WAYPOINT
emergency-what-they-see = A trained support worker would answer, not police. They see a code name, your language and this chat. Not your number.

## Handoff queue (src/handoff/effects.ts): the place in line, and when a person answers out of hours.
## No variables: the numbers and times are written out, so every language reads them naturally.

# @source WAYPOINT
handoff-queue-1 = You are next in line. A support worker will write to you here.
# @source WAYPOINT
handoff-queue-2 = You are number 2 in line. A support worker will write to you here.
# @source WAYPOINT
handoff-queue-3 = You are number 3 in line. A support worker will write to you here.
# @source WAYPOINT
handoff-queue-4 = You are number 4 in line. A support worker will write to you here.
# @source WAYPOINT
handoff-queue-5 = You are number 5 in line. A support worker will write to you here.
# @source WAYPOINT
handoff-queue-more = More than 5 people are before you in line. It may take a while. A support worker will write to you here.
# @source WAYPOINT, CHTH
# Keep each sentence on its own. How a late reply reaches the person (held until they write, or the notice) is said earlier in the same reply, by person-reply-held or person-reply-notice (flows/person.yaml).
handoff-after-hours-today = No support worker is working right now. A person will reply later today. In danger now? Call 911. Free helpline, 24/7: 1-833-900-1010.
# @source WAYPOINT, CHTH
# Keep each sentence on its own. How a late reply reaches the person (held until they write, or the notice) is said earlier in the same reply, by person-reply-held or person-reply-notice (flows/person.yaml).
handoff-after-hours-tomorrow = No support worker is working right now. A person will reply tomorrow. In danger now? Call 911. Free helpline, 24/7: 1-833-900-1010.
# @source WAYPOINT, CHTH
# Keep each sentence on its own. How a late reply reaches the person (held until they write, or the notice) is said earlier in the same reply, by person-reply-held or person-reply-notice (flows/person.yaml).
handoff-after-hours-later = No support worker is working right now. A person will reply in a few days. In danger now? Call 911. Free helpline, 24/7: 1-833-900-1010.
# @source WAYPOINT
# Shown only if a support worker's message cannot be put in (their own words replace it when sent).
handoff-staff-reply = Message from your support worker.
# @source WAYPOINT
language-offer = Would you like to read in English? Send LANGUAGE to change.
# What ending the job means: a closed permit names one employer; seasonal agricultural contracts allow early cessation (return home).
# @status draft
# @source IRCC-OWPV, SAWP-CONTRACT
job-end = If your permit is for one employer, you cannot work for others until you get a new permit. Farm workers who come for a season may be sent home early.
# Which provinces wait, and for whom, is not confirmed in our sources: @verify.
# @status draft
# @source CHA-S11, GAZ-2022
# @verify true
health-card = Ask for your province's health card soon after you arrive. Some provinces make you wait, up to 3 months. Until then, in the foreign worker program, your employer's insurance covers you.
# One line per province (the variable is the province code from the province question). The plan names are not confirmed in our sources: @verify each.
# @status draft
# @source CHA-S11
# @verify true
health-card-plan =
    { $province ->
        [bc] British Columbia's health plan is MSP (Medical Services Plan).
        [ab] Alberta's health plan is AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan's health card comes from eHealth Saskatchewan.
        [mb] Manitoba's health card comes from Manitoba Health.
        [on] Ontario's health plan is OHIP. You apply at ServiceOntario.
        [qc] Quebec's health plan is the RAMQ.
        [nb] New Brunswick's health plan is Medicare.
        [ns] Nova Scotia's health plan is MSI.
        [pe] Prince Edward Island's health card comes from Health PEI.
        [nl] Newfoundland and Labrador's health plan is MCP.
        [yt] Yukon's health plan is the Yukon Health Care Insurance Plan.
        [nt] The Northwest Territories' health plan is the NWT Health Care Plan.
        [nu] Nunavut's health plan is the Nunavut Health Care Plan.
       *[other] Each province has its own health plan. A person can help you find yours.
    }

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

# @status draft
# @source IRCC-FV
fv-what = If your stay in Canada depends on a partner who hurts you, there is help. Abuse can be harm to your body, sexual harm, threats, control, or taking your money.
# Terms from IRCC's officer instructions and fee policy: @verify the current terms before release.
# @status draft
# @source IRCC-FV, IRCC-FV-FEES
# @verify true
fv-trp = IRCC has a special TRP (a paper to stay in Canada for a time) for this. It is for people here without status whose permanent residence depended on that partner. The first one has no fee.
# @status draft
# @source IRCC-FV, FRONT
# @verify true
fv-more = With it, you get health care and can apply for an open work permit or a study permit. Your children in Canada may get one too. An officer decides. Talk to a legal clinic first.
# @status draft
# @source IRCC-FV, IRCC-HT
fv-other = This is not the TRP for people forced to work or sell sex. A person can help you see which fits you.
# Clinics without a card or a parent exist in some cities; what each clinic asks varies: @verify locally.
# @status draft
# @source CHC-UNINSURED, UW-211
# @verify true
youth-care = You can get care for sexual health, tests or birth control. Some clinics see young people without a parent and without a health card. Call 211 to find one near you.
# Said before any offer of a person. Who must report, and up to what age, differs by province: @verify per province.
# @status draft
# @source PHAC-CP-2018
# @verify true
youth-report = If you talk to a support worker: when a young person may be in danger, the worker may have to report it. The rules are not the same in each province.
# @status draft
# @source KHP
youth-private = Ask the clinic what they keep private. Kids Help Phone is free and private, 24/7: call 1-800-668-6868 or text CONNECT to 686868.
# @status draft
# @source FRONT, TPS-SA
crime-choice = If someone attacked or hurt you, going to police is your choice. Help here never depends on it. In danger now? Call 911.
# City policies differ and are not confirmed in our sources: @verify any city's policy before naming it.
# @status draft
# @source FRONT, TPS-SA
# @verify true
crime-status = If you have no status, police may share your details with immigration. Some cities say their police do not ask about status, but this varies. See a legal clinic first.
# @status draft
# @source TPS-SA, UW-211, CHTH
crime-centre = A sexual assault centre can help you, even if you never go to police. Call 211 to find one, or the free helpline, 24/7: 1-833-900-1010.
# @status draft
# @source CAFC
debt-what = Did someone put a loan, a debt, a phone plan or a bank account in your name without your free choice? It is not your fault. It may be fraud, and there are steps to take.
# The credit bureaus' numbers are from Steps to Justice (CLEO), not their own pages: @verify.
# @status draft
# @source CAFC, STJ-FRAUD
# @verify true
debt-steps = Ask Equifax (1-800-465-7166) and TransUnion (1-800-663-9980) for your credit file, and ask them to flag it for fraud. You can tell police. You can also call the Anti-Fraud Centre: 1-888-495-8501.
# @status draft
# @source FRONT
debt-help = A legal clinic can help you deal with the debt, before you pay anything. Going to police is your choice. We cannot promise the debt will go away.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Send a number.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = To change language, send LANGUAGE.
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = You're welcome.
ack-hello = Hi again.
ack-ok = OK.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Welcome back. Here is the menu. You can talk to a person too.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = We can help with these topics.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Options
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Quick exit
web-quick-exit-hint = or press Esc twice
# @source TECHSAFETY-CA
web-exit-notice = Quick exit deletes this chat from Waypoint and opens a weather page. Your browser history may still show this visit. A private window leaves less behind.
# @source TECHSAFETY-CA
web-exit-notice-link = How to hide what you do online (Tech Safety Canada)
web-choose-language = Choose a language
web-or-write = Or write your message in any language.
web-chat-log = Conversation
web-message-label = Your message
web-placeholder = Write here
web-send = Send
web-language = Language
web-menu = Menu
web-you = You
web-error-retry = The message did not go through. Please try again.
web-error-busy = Too many messages at once. Please wait a minute, then try again.
web-noscript = This chat needs JavaScript.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Your support worker thinks someone else can help you better: a support worker who speaks your language. They would read what you wrote here, so you do not have to tell your story again. May we pass your chat to them?
transfer-ask-shelter = Your support worker thinks someone else can help you better: a support worker who can help you find a safe place to stay. They would read what you wrote here, so you do not have to tell your story again. May we pass your chat to them?
transfer-ask-legal = Your support worker thinks someone else can help you better: a support worker at a free legal clinic. They would read what you wrote here, so you do not have to tell your story again. May we pass your chat to them?
transfer-ask-health = Your support worker thinks someone else can help you better: a support worker who can help with health care. They would read what you wrote here, so you do not have to tell your story again. May we pass your chat to them?
transfer-ask-other = Your support worker thinks another support worker can help you better. They would read what you wrote here, so you do not have to tell your story again. May we pass your chat to them?
transfer-yes = Thank you. Your chat is passed on. The new support worker will write to you here.
transfer-no = OK. Nothing changes. You stay with your support worker.
