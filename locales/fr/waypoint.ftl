### Waypoint — Français. Draft: not yet checked by a qualified translator.
### @status draft
### Canadian French, "vous". Federal names as the Government of Canada writes them in French
### (IRCC, Service Canada, TET, PST); provincial offices that work in English keep their English name.


## Global commands. The value is the word shown to people; .synonyms are other words that work.
## Not the bare word "personne" (it also means "nobody", a natural answer to the safety question).

cmd-menu = MENU
    .synonyms = menu principal, options, accueil
cmd-back = RETOUR
    .synonyms = précédent, precedent, revenir, retourner
cmd-language = LANGUE
    .synonyms = langues, changer de langue, changer la langue
cmd-human = HUMAIN
    .synonyms = humaine, une personne, vraie personne, parler à quelqu'un, parler a quelqu'un, parler à une personne, intervenant, intervenante, agent
cmd-erase = EFFACER
    .synonyms = tout effacer, supprimer, tout supprimer, efface
cmd-stop = ARRET
    .synonyms = arrêt, arrêter, arreter, désabonner, desabonner, annuler
cmd-start = REPRENDRE
    .synonyms = commencer, recommencer, démarrer, demarrer, début, debut
cmd-help = AIDE
    .synonyms = info, commandes
cmd-emergency = URGENCE
    .synonyms = urgence, urgent, danger, en danger, je suis en danger, au secours, à l'aide, a l'aide, aidez-moi, aidez moi, sos, appelez le 911, 911
cmd-open = OUVRIR
    .synonyms = ouvrir le message, lire, lire le message

## Engine messages

draft-notice = Ce texte n'a pas encore été vérifié par un traducteur.
erased = C'est fait. Nous avons effacé ce que nous gardions sur cette discussion. Effacez aussi la discussion sur votre téléphone.
stopped = D'accord. Nous n'écrirons plus. Envoyez REPRENDRE si vous voulez parler plus tard.
recovered = Désolé, nous avons perdu le fil. Voici le menu.
input-refused = Désolé, nous n'avons pas pu lire ce message. Veuillez réessayer.
input-trimmed = Votre message était très long. Nous avons lu seulement le début.
back-unavailable = Il n'y a pas d'étape avant.
too-many-misses = Désolé, nous n'avons pas compris. Voici le menu. Envoyez HUMAIN pour parler à une personne.
retry = Désolé, nous n'avons pas compris. Choisissez une de ces options.

## First contact

welcome-hello = Bonjour, ici Waypoint. Répondez MENU pour les options.
language-prompt = Langue?
language-en = English
    .synonyms = anglais, english
language-fr = Français
    .synonyms = français, francais, french
language-es = Español
    .synonyms = espagnol, spanish
language-tl = Tagalog
    .synonyms = tagalog, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = pendjabi, punjabi, panjabi
language-hi = हिन्दी
    .synonyms = hindi
language-vi = Tiếng Việt
    .synonyms = vietnamien, tieng viet
language-zh = 中文（简体）
    .synonyms = chinois, mandarin, 中文
language-ar = العربية
    .synonyms = arabe
language-uk = Українська
    .synonyms = ukrainien
language-th = ไทย
    .synonyms = thaï, thai
language-ne = नेपाली
    .synonyms = népalais, nepalais, nepali
language-pt = Português
    .synonyms = portugais
language-ht = Kreyòl ayisyen
    .synonyms = créole haïtien, creole haitien, créole, creole, kreyol
safety-prompt = Pouvez-vous parler en sécurité? Quelqu'un d'autre peut-il lire ce téléphone?
safety-yes = Oui, c'est sûr
    .synonyms = oui, ok, sûr, sur, en sécurité, sécuritaire
safety-not-now = Pas maintenant
    .synonyms = non, plus tard
safety-watched = Quelqu'un peut voir
    .synonyms = quelqu'un, surveillé, surveillée, on me surveille
safety-bye = D'accord. Au revoir. Écrivez quand vous voulez.
safety-watched-advice = Envoyez EFFACER à tout moment pour supprimer ce que nous gardons. Effacez aussi la discussion sur votre téléphone. Vous pouvez aussi enregistrer ce numéro sous un autre nom.
codeword-offer = Vous pouvez choisir un mot de code secret. Si une réponse vous attend, nous la montrons seulement après que vous envoyez ce mot.
codeword-set = Créer un mot de code
    .synonyms = mot de code, code, créer, choisir, oui
codeword-no = Non, merci
    .synonyms = non, non merci, passer
codeword-prompt = Écrivez votre mot de code : 3 à 30 lettres ou chiffres, sans emoji. N'utilisez pas votre nom.
codeword-retry = Ce mot de code ne peut pas être utilisé. Utilisez 3 à 30 lettres ou chiffres, sans emoji. Ou envoyez MENU pour passer.
codeword-saved = Merci. Nous gardons votre mot de code jusqu'à ce que vous envoyiez EFFACER.
welcome-kept = Nous ne gardons aucun numéro de téléphone lisible ni aucun message, sauf si vous demandez une personne. Envoyez EFFACER à tout moment pour supprimer ce que nous gardons.

## Main menu

menu-prompt = Sur quoi voulez-vous de l'information?
menu-work = Travail et paie
    .synonyms = travail, paie, paye, salaire, emploi, job, argent
menu-papers = Papiers et permis
    .synonyms = papiers, permis, passeport, visa, documents, statut
menu-safety = Sécurité et aide
    .synonyms = sécurité, securite, violence, menaces, plainte
menu-person = Parler à une personne
    .synonyms = personne, parler
menu-privacy = Votre vie privée
    .synonyms = vie privée, vie privee, confidentialité, confidentialite
menu-language = Changer de langue
group-prompt = Choisissez un sujet.

## Topic names

topic-wages = Paie et retenues
    .synonyms = paie, paye, salaire, payé, paye pas, chèque, cheque, argent, retenue, retenues
topic-hours = Heures et congés
    .synonyms = heures, heures supplémentaires, temps supplémentaire, overtime, pause, congé, conge, repos
topic-fees-debt = Frais et dettes
    .synonyms = frais, dette, dettes, recruteur, agence, prêt, pret
topic-housing = Logement
    .synonyms = maison, chambre, lit, dormir, logement, loyer
topic-health-safety = Blessure et santé
    .synonyms = blessure, blessé, blesse, malade, médecin, medecin, docteur, santé, sante, accident
topic-documents = Passeport et papiers
    .synonyms = passeport, papiers, pièce d'identité, carte, documents
topic-change-employer = Changer d'employeur
    .synonyms = changer, nouvel emploi, changer d'emploi, quitter, permis ouvert
topic-status = Votre permis et statut
    .synonyms = statut, permis, visa
topic-trp = Permis spécial (PST)
    .synonyms = pst, trp, permis spécial, permis special
topic-emergency = Danger maintenant
topic-abuse-threats = Menaces ou violence
    .synonyms = menaces, menace, violence, abus, frappé, frappe, harcèlement
topic-complaint = Faire une plainte
    .synonyms = plainte, porter plainte, se plaindre, signaler, dénoncer
topic-police = Aller à la police
    .synonyms = police
topic-trafficking = La traite, c'est quoi
    .synonyms = traite, traite de personnes, traite humaine
topic-talk-to-person = Parler à une personne
topic-privacy = Votre vie privée

## Shared choices and questions

choice-yes = Oui
    .synonyms = o, oui, ok, d'accord, correct
choice-no = Non
    .synonyms = n, non, pas maintenant
choice-menu = Menu
    .synonyms = menu principal
choice-who-helps = Qui peut aider
    .synonyms = qui, qui aide, contacts, numéros, numeros
choice-person = Parler à quelqu'un
    .synonyms = personne, parler, quelqu'un
topic-next = Qu'est-ce qui vous aiderait maintenant?
after-help = Voulez-vous parler à une personne?
suggest-prompt = Votre question porte-t-elle sur un de ces sujets?

## Who can help: national lines

ref-tip-line = Signaler un problème au travail : 1-866-602-9448, la ligne de signalement TET de Service Canada (TET : travailleurs étrangers temporaires). Sans donner votre nom. On répond en semaine; sinon, laissez un message.
ref-hotline = Ligne d'aide gratuite 24/7 : 1-833-900-1010 (Ligne d'urgence canadienne contre la traite des personnes). Un organisme de charité, pas la police ni le gouvernement. Interprètes en 200+ langues.
ref-911 = Si vous êtes en danger maintenant, appelez le 911. C'est gratuit depuis n'importe quel téléphone.
ref-ircc = Questions sur votre permis ou votre dossier? Appelez IRCC, le ministère fédéral de l'immigration : 1-888-242-2100 (Centre de soutien à la clientèle).
legal-aid = L'aide juridique (aide gratuite d'un avocat) dépend de chaque province. Souvent, elle ne couvre pas les résidents temporaires. Une personne peut vous aider à trouver une clinique juridique.

## Province

province-prompt = Dans quelle province ou quel territoire travaillez-vous? Cela nous aide à donner le bon bureau. Vous pouvez passer.
province-west = Ouest ou Nord
    .synonyms = ouest, nord, prairies, cb, c.-b., bc, alberta, saskatchewan, manitoba, yukon, tno, nwt, nunavut
province-east = Ontario et l'Est
    .synonyms = est, ontario, québec, quebec, atlantique, maritimes
province-none = Je préfère passer
    .synonyms = passer, non, je préfère ne pas dire, ne pas dire
province-pick = Laquelle?
province-bc = Colombie-Britannique
    .synonyms = cb, c.-b., bc, colombie-britannique, colombie britannique
province-ab = Alberta
    .synonyms = ab, alb, alberta
province-sk = Saskatchewan
    .synonyms = sk, sask, saskatchewan
province-mb = Manitoba
    .synonyms = mb, man, manitoba
province-yt = Yukon
    .synonyms = yt, yn, yukon
province-nt = Territoires du N.-O.
    .synonyms = nt, tno, t.n.-o., nwt, territoires du nord-ouest, nord-ouest
province-nu = Nunavut
    .synonyms = nu, nunavut
province-on = Ontario
    .synonyms = on, ont, ontario
province-qc = Québec
    .synonyms = qc, quebec, québec
province-nb = Nouveau-Brunswick
    .synonyms = nb, n.-b., nouveau-brunswick, nouveau brunswick
province-ns = Nouvelle-Écosse
    .synonyms = ns, n.-é., nouvelle-écosse, nouvelle ecosse
province-pe = Île-du-Prince-Édouard
    .synonyms = pe, ipe, î.-p.-é., ile-du-prince-edouard, île du prince édouard
province-nl = Terre-Neuve-et-Labrador
    .synonyms = nl, tnl, t.-n.-l., terre-neuve, labrador

## Employment standards offices

es-office-bc = Colombie-Britannique : appelez le 1-833-236-3700. C'est l'Employment Standards Branch (normes d'emploi). Il y a des interprètes. Site web : www2.gov.bc.ca
es-office-ab = Alberta : appelez le 1-877-427-3731 (Employment Standards). Site : alberta.ca (cherchez "employment standards").
es-office-sk = Saskatchewan : appelez le 1-800-667-1783. C'est Employment Standards (normes d'emploi). Site web : www.saskatchewan.ca/business/employment-standards
es-office-mb = Manitoba : appelez le 1-800-821-4307 (Employment Standards Branch). Site : gov.mb.ca (cherchez "employment standards").
es-office-yt = Yukon : appelez le 867-667-5944, ou sans frais le 1-800-661-0408, poste 5944. C'est l'Employment Standards Office. Site web : yukon.ca
es-office-nt = Territoires du Nord-Ouest : appelez le 1-888-700-5707. C'est l'Employment Standards Office. Site web : www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = Nunavut : appelez le 1-877-806-8402 ou le 867-975-6322. C'est le Labour Standards Compliance Office. Site web : nu-lsco.ca
es-office-on = Ontario : appelez le 1-800-531-5551, le Centre d'information sur les normes d'emploi. Service en plusieurs langues. Site : ontario.ca/employmentrights
es-office-qc = Québec : appelez le 1-844-838-0808. C'est la CNESST, pour les normes du travail. Site web : www.cnesst.gouv.qc.ca
es-office-nb = Nouveau-Brunswick : appelez le 1-888-452-2687. C'est la Direction des normes d'emploi. Site web : www.gnb.ca. Elle ne couvre pas le travail dans une maison privée pour le propriétaire.
es-office-ns = Nouvelle-Écosse : appelez le 1-888-315-0110 ou le 902-424-4311. C'est la Labour Standards Division. Site web : novascotia.ca/lae/employmentrights
es-office-pe = Île-du-Prince-Édouard : appelez le 1-800-333-4362 ou le 902-368-5550. C'est l'Employment Standards Branch. Site web : www.princeedwardisland.ca
es-office-nl = Terre-Neuve-et-Labrador : trouvez le numéro sur www.gov.nl.ca/aesl/labour/nonunion. C'est la Labour Standards Division.
es-office-none = Chaque province a son bureau pour la paie et les heures. Règles fédérales (camions entre provinces, banques, avions) : Programme du travail fédéral. Une personne peut aider, sans savoir où vous êtes.

## Workers' compensation

wcb-what = Chaque province et territoire a son propre régime d'indemnisation des accidents du travail. Il donne de l'argent et des soins si vous vous blessez au travail.
wcb-bc = En Colombie-Britannique, ce qui compte est le lieu de la blessure, pas votre pays d'origine. C'est vrai même si votre employeur ne s'est jamais inscrit.
wcb-other = Demandez à la commission des accidents du travail de votre province ou territoire. Une personne peut vous aider pour cela.

## wages

wages-agreement = Votre paie doit suivre le contrat signé avec votre employeur. Les règles de paie de votre province s'appliquent quand même, quoi que dise le contrat.
wages-no-fees = Votre employeur, ou un recruteur pour lui, ne peut pas vous faire payer pour l'emploi. Il ne peut pas non plus retenir sur votre paie l'assurance santé qu'il doit payer.
wages-claim = Pour l'argent qu'on vous doit, faites une réclamation auprès de votre province (bureau des normes d'emploi). Certains emplois (camions entre provinces, banques, avions) suivent des règles fédérales : allez au Programme du travail fédéral.
wages-deadline = Il y a un délai pour réclamer. Il change selon la province : 6 mois en Nouvelle-Écosse, 12 mois en Saskatchewan. Faites vite. Personne ne peut promettre que vous aurez l'argent.

## hours

hours-overtime = Votre employeur ne peut pas vous forcer à faire des heures en plus hors du contrat. Votre province fixe les limites d'heures et la paie des heures en plus, quoi que dise le contrat.
hours-sick = Votre employeur ne peut pas vous forcer à travailler quand vous avez une maladie ou une blessure.
hours-province = Chaque province fixe ses limites d'heures, de jours de repos et de paie des heures supplémentaires. Le bureau des normes d'emploi de votre province peut vous dire les règles.
hours-farm-home = Les règles pour le travail agricole, ou le travail dans une maison privée, peuvent être différentes. Vérifiez avec le bureau ou une personne.

## fees-debt

fees-ban = Depuis le 26 septembre 2022, les employeurs des programmes de travailleurs étrangers ne peuvent pas vous faire payer l'embauche, même par un recruteur. L'employeur répond de ses recruteurs.
fees-province = Les provinces ont aussi des règles. En Ontario, un recruteur ne peut vous demander aucuns frais. Le Manitoba, la C.-B. et la Saskatchewan ont des lois sur les frais. D'autres provinces encadrent les recruteurs.
fees-debt-rights = Une dette ne donne à personne le droit de garder vos papiers. Elle ne donne à personne le droit de vous empêcher de partir.
fees-not-fault = Ce n'est pas votre faute si vous avez payé. Nous ne pouvons pas promettre que vous récupérerez l'argent.

## documents

docs-passport = Votre employeur ne peut pas prendre votre passeport ou votre permis de travail. S'il garde vos papiers, vous pouvez le signaler.
docs-help = Une personne peut vous aider à récupérer vos papiers ou à en avoir des nouveaux. Le consulat de votre pays (son bureau au Canada) peut aider, si cela vous semble sûr.
docs-no-numbers = Nous ne vous demanderons jamais votre numéro de passeport ou de permis.

## housing

housing-report = Votre employeur n'a pas le droit de vous punir pour un signalement sur le logement. S'il le fait, vous pouvez le signaler aussi.
housing-locked = Si quelqu'un vous empêche de quitter votre logement ou votre travail, vous pouvez le signaler. Cela compte aussi comme violence pour le permis ouvert pour travailleurs vulnérables.
housing-rules = Les règles de logement dépendent de votre programme de travail et de votre province. Une personne peut vous aider à les vérifier.
housing-tonight = Pas d'endroit sûr pour dormir ce soir? Appelez le 211 pour trouver un lit et d'autre aide. Ou appelez la ligne d'aide gratuite, 24/7 : 1-833-900-1010.

## health-safety

health-doctor = Vous n'avez pas besoin de permission pour voir un médecin. Si vous vous blessez ou tombez malade au travail, votre employeur doit faire un vrai effort pour vous faire soigner.
health-insurance = Dans le programme des travailleurs étrangers, votre employeur doit payer une assurance santé d'urgence jusqu'à ce que la province vous couvre. Pas avec votre paie.
health-status = Votre permis de travail garde votre statut tant qu'il est valide, même si vous ne pouvez pas travailler. Votre employeur ne peut pas vous expulser. Mais il peut mettre fin à votre emploi.

## change-employer

change-closed = Un permis de travail fermé vous permet de travailler seulement pour l'employeur nommé dessus. Pour changer d'emploi, il vous faut un nouveau permis.
change-owp = Violence ou risque de violence au travail? Vous pouvez demander le permis ouvert pour travailleurs vulnérables. Il faut être au Canada avec un permis fermé valide (ou renouvellement demandé à temps).
abuse-kinds = La violence peut être un mal fait au corps, ou sexuel. Des menaces ou du contrôle. Prendre votre argent. Vous punir d'avoir signalé un problème ou aidé une inspection. Tout cela compte.
change-how = Ce permis est gratuit et se demande en ligne. Joignez une lettre sur ce qui s'est passé et vos preuves, comme une lettre d'un groupe d'aide ou d'un médecin. Votre famille au Canada peut aussi demander.
change-decides = Du travail que votre permis ne permettait pas, dans le passé, ne bloque pas ce permis. Un agent décide. Parlez à une clinique juridique avant de faire la demande.

## status

status-no-ask = Vous n'avez pas à nous dire votre statut. Nous ne le demanderons jamais.
status-paper = Votre permis montre sa date de fin et ses conditions (les règles à respecter). Un permis fermé nomme aussi votre employeur.
status-rights = Vous avez des droits au travail, comme tout le monde. C'est vrai aussi pour les travailleurs temporaires.
status-paths = Il y a plusieurs façons de rester au Canada : un PST (un papier pour rester un temps), un permis de travail ouvert, une demande d'asile ou une demande humanitaire. Cela dépend de votre situation.
status-lawyer = En danger maintenant? Appelez le 911. Sinon, parlez d'abord à une clinique juridique ou à un avocat en immigration, avant d'aller à la police.

## trp

trp-what = Un PST (permis de séjour temporaire) permet de rester au Canada un temps. Il existe un PST spécial pour les personnes sans statut que quelqu'un a contrôlées et utilisées pour du travail ou du sexe.
trp-health = Il donne des soins de santé (Programme fédéral de santé intérimaire). Vous pouvez aussi demander un permis de travail ouvert ou un permis d'études, sans frais.
trp-length = Depuis le 4 février 2025, il dure en général au moins 12 mois. Il est gratuit, tout comme le permis de travail ou d'études, les empreintes et la photo. Un autre PST peut suivre.
trp-testify = La règle officielle : vous n'avez pas à témoigner au tribunal pour l'obtenir. Mais des intervenants disent qu'il peut être difficile à obtenir sans dossier à la police. Cela varie.
trp-apply = Vous pouvez le demander vous-même, ou un groupe d'aide ou la police peut vous orienter. Un agent peut vous faire passer une entrevue. Un agent décide. Voyez d'abord une clinique juridique ou un avocat.

## trafficking

traf-what = Quand quelqu'un contrôle une personne pour profiter de son travail ou de sexe, la loi appelle ça la traite de personnes. Avec la force, des menaces, des mensonges, une dette, ou en prenant ses papiers.
traf-border = Pas besoin de traverser une frontière. On peut venir au Canada légalement et cela peut quand même arriver. Un oui ne compte pas s'il vient de la force ou de mensonges.
traf-no-label = Pas besoin d'un mot précis pour avoir de l'aide. Une paie injuste ou des abus méritent de l'aide, même si ce n'est pas de la traite.

## abuse-threats

abuse-deport = Votre employeur ne peut pas vous expulser ni changer votre statut. S'il vous menace de le faire, vous pouvez le signaler. Mais il peut mettre fin à votre emploi.
abuse-family = Si quelqu'un menace votre famille dans votre pays, une personne peut vous aider à faire un plan. Nous ne pouvons pas promettre leur sécurité.
choice-new-permit = Nouveau permis
    .synonyms = nouveau permis, permis, permis ouvert, changer d'employeur

## complaint

complaint-no-punish = Votre employeur n'a pas le droit de vous punir pour un signalement (mauvais traitement, travail dangereux, logement) ou pour avoir aidé une inspection. S'il le fait, signalez-le. Cela compte pour le permis ouvert.
complaint-tip = Tout le monde peut utiliser la ligne de signalement TET. Vous n'avez pas à donner votre nom. Service Canada ne dit jamais à l'employeur qui a fait le signalement.
complaint-share = Ils ne vous contactent pas sans votre accord. Mais ils peuvent partager un signalement avec d'autres services du gouvernement, y compris l'immigration. Sans statut? Parlez d'abord à une personne de soutien.
complaint-province = La Saskatchewan et le Nouveau-Brunswick acceptent des plaintes sans nom ou confidentielles. L'Alberta accepte des signalements sans nom. La Saskatchewan peut demander de partager votre plainte avec l'immigration : réfléchissez d'abord.
complaint-no-promise = Aucun résultat n'est promis. Une personne peut vous aider à décider.

## police

police-choice = C'est votre choix. L'aide ici ne dépend jamais d'aller à la police.
police-status = D'abord un avocat. Si votre statut n'est pas clair, la police peut appeler l'immigration. Un avocat en immigration peut vous aider à décider.
police-helpline = La ligne d'aide gratuite (1-833-900-1010) garde ce que vous dites confidentiel. Elle avertit la police seulement si vous êtes d'accord. Sauf : enfant à risque, personne en danger ou obligation légale.

## privacy

privacy-kept = Nous ne gardons pas votre numéro sous une forme lisible. Nous ne gardons pas vos messages, sauf si vous demandez une personne.
privacy-erase = Envoyez EFFACER à tout moment. Cela supprime tout ce que Waypoint garde sur vous.
privacy-phone = Votre téléphone garde sa propre copie de cette discussion. Effacez-la là aussi.
privacy-provider = Votre compagnie de téléphone ou WhatsApp peuvent garder leurs propres traces. Nous ne pouvons pas les effacer.
privacy-next = Et maintenant?
privacy-erase-now = Effacer maintenant
    .synonyms = effacer, supprimer

## talk-to-person

person-what-they-see = Une personne de soutien formée vous répondra. Pas la police. Pas l'immigration. Elle voit un nom de code, votre langue, vos sujets et cette discussion à partir de maintenant. Pas votre numéro.
person-deleted = Nous effaçons le chat quand votre dossier est fermé, souvent 30 jours après.
person-child = Si un enfant est peut-être en danger, la personne de soutien devra peut-être le signaler.
person-options = Vous pouvez demander un interprète. Vous pouvez aussi demander une personne de soutien qui ne vient pas de votre communauté.
person-confirm = Voulez-vous parler à une personne?
person-requested = Merci. Une personne vous répondra ici. Envoyez EFFACER à tout moment.
person-after-hours = Si personne ne répond bientôt, appelez la ligne d'aide gratuite, 24/7 : 1-833-900-1010.
person-other-lines = D'accord. Vous pouvez aussi appeler la ligne d'aide gratuite, 24/7 : 1-833-900-1010. Pour les Autochtones : Ligne d'écoute d'espoir pour le mieux-être, 24/7 : 1-855-242-3310.

## emergency

emergency-now = En danger maintenant? Appelez le 911, gratuit de tout téléphone. Ligne d'aide 24/7 : 1-833-900-1010. EFFACER supprime ce chat.
emergency-offer = Voulez-vous qu'une personne vous écrive ici?
emergency-person = Oui, une personne
    .synonyms = oui, oui svp, oui s.v.p.
emergency-asked = La ligne d'aide répond 24/7, avec des interprètes dans plus de 200 langues. Ce n'est ni la police ni le gouvernement. Nous ne pouvons appeler personne pour vous.
emergency-self = Vous pouvez aussi appeler ou texter le 9-8-8, gratuit, jour et nuit, si vous pensez à mettre fin à votre vie (en français ou en anglais).
check-danger = Êtes-vous en danger en ce moment ?

## Help

help-commands = Mots qui marchent en tout temps : MENU, RETOUR, LANGUE, HUMAIN, URGENCE, EFFACER, ARRET.

## While a support worker has the conversation

handoff-claimed = Une personne de soutien est là. Elle peut lire ce que vous écrivez à partir de maintenant. Envoyez EFFACER à tout moment.
handoff-closed = La personne de soutien a fermé cette discussion. Vous êtes de retour avec l'assistant. Envoyez MENU pour les options.
handoff-cancelled = D'accord. Vous avez quitté la file. Personne ne vous écrira.
handoff-waiting = Votre message est gardé pour la personne de soutien. Vous êtes toujours dans la file. Envoyez MENU pour quitter la file.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = Merci. Envoyez MENU pour les options.
held-notice = Vous avez un nouveau message. Répondez OUVRIR pour le lire.
media-not-read = Je peux lire seulement du texte. Je ne peux pas ouvrir les messages vocaux, les photos ou les fichiers. Écrivez votre question, ou envoyez HUMAIN pour parler à une personne.
media-handoff = Votre personne de soutien peut lire seulement du texte. Nous lui avons dit que vous avez envoyé un message vocal, une photo ou un fichier. Écrivez votre message, ou appelez la ligne d'aide gratuite, 24/7 : 1-833-900-1010.
person-none = Personne ne peut répondre dans cette discussion en ce moment. Nous ne pouvons pas vous passer à une personne ici. Vous pouvez appeler cette ligne d'aide gratuite pour parler à une personne.
person-notice = Si une personne de soutien répond après que vous avez arrêté d'écrire, pouvons-nous vous envoyer un court message? Il dit seulement qu'un message vous attend.
person-reply-held = Si vous arrêtez d'écrire, sa réponse vous attendra ici. Vous la recevrez quand vous nous écrirez à nouveau.
person-reply-notice = Si vous arrêtez d'écrire, sa réponse vous attendra ici. Nous enverrons un court message pour dire qu'elle vous attend.
emergency-what-they-see = Une personne de soutien formée répondrait, pas la police. Elle voit un nom de code, votre langue et cette discussion. Pas votre numéro.

## Handoff queue

handoff-queue-1 = Vous êtes la prochaine personne dans la file. Une personne de soutien vous écrira ici.
handoff-queue-2 = Vous êtes numéro 2 dans la file. Une personne de soutien vous écrira ici.
handoff-queue-3 = Vous êtes numéro 3 dans la file. Une personne de soutien vous écrira ici.
handoff-queue-4 = Vous êtes numéro 4 dans la file. Une personne de soutien vous écrira ici.
handoff-queue-5 = Vous êtes numéro 5 dans la file. Une personne de soutien vous écrira ici.
handoff-queue-more = Plus de 5 personnes sont avant vous dans la file. Cela peut prendre du temps. Une personne de soutien vous écrira ici.
handoff-after-hours-today = Aucune personne de soutien ne travaille maintenant. Quelqu'un répondra plus tard aujourd'hui. En danger? Appelez le 911. Ligne d'aide gratuite 24/7 : 1-833-900-1010.
handoff-after-hours-tomorrow = Aucune personne de soutien ne travaille maintenant. Quelqu'un répondra demain. En danger? Appelez le 911. Ligne d'aide gratuite 24/7 : 1-833-900-1010.
handoff-after-hours-later = Aucune personne de soutien ne travaille maintenant. Quelqu'un répondra dans quelques jours. En danger? Appelez le 911. Ligne d'aide gratuite 24/7 : 1-833-900-1010.
handoff-staff-reply = Message de votre personne de soutien.
language-offer = Vous préférez lire en français? Envoyez LANGUE pour changer.

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = Avec un permis pour un seul employeur, vous ne pouvez pas travailler ailleurs sans nouveau permis. Les travailleurs agricoles saisonniers peuvent être renvoyés chez eux plus tôt.
health-card = Demandez la carte santé de votre province dès votre arrivée. Certaines provinces font attendre, au plus 3 mois. D'ici là, l'assurance de votre employeur vous couvre (programme des travailleurs étrangers).
health-card-plan =
    { $province ->
        [bc] Colombie-Britannique : le régime est MSP (Medical Services Plan).
        [ab] Alberta : le régime est AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan : la carte vient d'eHealth Saskatchewan.
        [mb] Manitoba : la carte vient de Santé Manitoba.
        [on] Ontario : le régime est l'OHIP. On s'inscrit à ServiceOntario.
        [qc] Québec : le régime est la RAMQ.
        [nb] Nouveau-Brunswick : le régime est l'Assurance-maladie.
        [ns] Nouvelle-Écosse : le régime est MSI.
        [pe] Île-du-Prince-Édouard : la carte vient de Santé Î.-P.-É.
        [nl] Terre-Neuve-et-Labrador : le régime est MCP.
        [yt] Yukon : le régime d'assurance-santé du Yukon.
        [nt] Territoires du Nord-Ouest : le régime de soins de santé des T.N.-O.
        [nu] Nunavut : le régime de soins de santé du Nunavut.
       *[other] Chaque province a son régime de santé. Une personne peut vous aider à trouver le vôtre.
    }
choice-more = En savoir plus
    .synonyms = plus, en savoir plus, encore
topic-family-violence = Conjoint violent, statut
    .synonyms = partenaire, mari, femme, conjoint, parrain
topic-youth-health = Santé des jeunes
    .synonyms = jeune, ado, clinique, contraception
topic-report-crime = Signaler un crime
    .synonyms = crime, agression, porter plainte, attaqué
topic-coerced-debt = Dettes à votre nom
    .synonyms = mon nom, prêt, crédit, fraude, compte
fv-what = Si votre séjour au Canada dépend d'un partenaire violent, il y a de l'aide. La violence peut être physique, sexuelle, des menaces, du contrôle ou prendre votre argent.
fv-trp = IRCC a un PST spécial (un papier pour rester un temps) pour les personnes au Canada sans statut dont la résidence permanente dépendait de ce partenaire. Le premier est gratuit.
fv-more = Il donne des soins de santé et vous pouvez demander un permis de travail ouvert ou d'études. Vos enfants au Canada aussi, peut-être. Un agent décide. Voyez d'abord une clinique juridique.
fv-other = Ce n'est pas le PST pour les personnes forcées à travailler ou à vendre du sexe. Une personne peut vous aider à voir lequel vous convient.
youth-care = Vous pouvez avoir des soins pour la santé sexuelle, des tests ou la contraception. Certaines cliniques voient les jeunes sans parent et sans carte santé. Appelez le 211 pour en trouver une.
youth-report = Si vous parlez à une personne de soutien : si un jeune est peut-être en danger, elle devra peut-être le signaler. Les règles changent selon la province.
youth-private = Demandez à la clinique ce qui reste privé. Jeunesse, J'écoute est gratuit et confidentiel, 24/7 : 1-800-668-6868 ou texto PARLER au 686868.
crime-choice = Si quelqu'un vous a attaqué ou blessé, aller à la police est votre choix. L'aide ici n'en dépend jamais. En danger maintenant? Appelez le 911.
crime-status = Sans statut, la police peut transmettre vos informations à l'immigration. Certaines villes disent que leur police ne demande pas le statut, mais cela varie. Voyez d'abord une clinique juridique.
crime-centre = Un centre d'aide contre les agressions sexuelles peut vous aider, même sans plainte à la police. Appelez le 211, ou la ligne d'aide gratuite 24/7 : 1-833-900-1010.
debt-what = Quelqu'un a mis un prêt, une dette, un forfait de téléphone ou un compte à votre nom sans votre libre choix? Ce n'est pas votre faute. C'est peut-être une fraude : il y a des démarches.
debt-steps = Demandez votre dossier de crédit et une alerte de fraude à Equifax (1-800-465-7166) et TransUnion (1-800-663-9980). Vous pouvez le signaler à la police et au Centre antifraude : 1-888-495-8501.
debt-help = Une clinique juridique peut vous aider avec la dette, avant de payer quoi que ce soit. Aller à la police est votre choix. Nous ne pouvons pas promettre que la dette disparaîtra.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Envoyez un numéro.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = Pour changer de langue, envoyez LANGUE (ou LANGUAGE).
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = Avec plaisir.
ack-hello = Rebonjour.
ack-ok = D'accord.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Bon retour. Voici le menu. Vous pouvez aussi parler à une personne.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = Nous pouvons vous aider sur ces sujets.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Options
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Sortie rapide
web-quick-exit-hint = ou appuyez deux fois sur Échap
web-exit-notice = La sortie rapide efface cette conversation de Waypoint et ouvre une page météo. L’historique du navigateur peut encore montrer cette visite. Une fenêtre privée laisse moins de traces.
web-exit-notice-link = Comment effacer vos traces en ligne (Tech Safety Canada)
web-choose-language = Choisissez une langue
web-or-write = Ou écrivez votre message dans n’importe quelle langue.
web-chat-log = Conversation
web-message-label = Votre message
web-placeholder = Écrivez ici
web-send = Envoyer
web-language = Langue
web-menu = Menu
web-you = Vous
web-error-retry = Le message n’est pas parti. Veuillez réessayer.
web-error-busy = Trop de messages à la fois. Attendez une minute, puis réessayez.
web-noscript = Cette conversation a besoin de JavaScript.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Votre intervenante pense qu'une autre personne peut mieux vous aider : une intervenante qui parle votre langue. Elle lirait ce que vous avez écrit ici : vous n'auriez pas à raconter votre histoire encore une fois. Pouvons-nous lui passer votre conversation?
transfer-ask-shelter = Votre intervenante pense qu'une autre personne peut mieux vous aider : une intervenante qui peut vous aider à trouver un endroit sûr où rester. Elle lirait ce que vous avez écrit ici : vous n'auriez pas à raconter votre histoire encore une fois. Pouvons-nous lui passer votre conversation?
transfer-ask-legal = Votre intervenante pense qu'une autre personne peut mieux vous aider : une intervenante d'une clinique juridique gratuite. Elle lirait ce que vous avez écrit ici : vous n'auriez pas à raconter votre histoire encore une fois. Pouvons-nous lui passer votre conversation?
transfer-ask-health = Votre intervenante pense qu'une autre personne peut mieux vous aider : une intervenante qui peut vous aider pour les soins de santé. Elle lirait ce que vous avez écrit ici : vous n'auriez pas à raconter votre histoire encore une fois. Pouvons-nous lui passer votre conversation?
transfer-ask-other = Votre intervenante pense qu'une autre intervenante peut mieux vous aider. Elle lirait ce que vous avez écrit ici : vous n'auriez pas à raconter votre histoire encore une fois. Pouvons-nous lui passer votre conversation?
transfer-yes = Merci. Votre conversation est transmise. La nouvelle intervenante vous écrira ici.
transfer-no = D'accord. Rien ne change. Vous restez avec votre intervenante.
