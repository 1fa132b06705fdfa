### Waypoint — Français. Machine-assisted draft: not yet checked by a qualified translator.
### @status draft

cmd-menu = MENU
    .synonyms = menu principal, options, accueil
cmd-back = RETOUR
    .synonyms = précédent, revenir
cmd-language = LANGUE
    .synonyms = langues, changer de langue
cmd-human = PERSONNE
    .synonyms = humain, parler à quelqu'un, agent
cmd-erase = EFFACER
    .synonyms = supprimer, tout effacer
cmd-stop = ARRET
    .synonyms = arrêt, arrêter, stop
cmd-start = REPRENDRE
    .synonyms = commencer, démarrer
cmd-help = AIDE
    .synonyms = commandes
cmd-emergency = URGENCE
    .synonyms = danger, au secours

draft-notice = Ce texte n'a pas encore été vérifié par un traducteur.
erased = C'est fait. Nous avons effacé ce que nous gardions de cette discussion. Effacez aussi la discussion sur votre téléphone.
stopped = D'accord. Nous n'écrirons plus. Envoyez REPRENDRE pour parler plus tard.
recovered = Désolé, nous avons perdu le fil. Voici le menu.
input-refused = Désolé, nous n'avons pas pu lire ce message. Réessayez.
input-trimmed = Votre message était très long. Nous avons lu seulement le début.
back-unavailable = Il n'y a rien avant.
too-many-misses = Désolé, nous n'avons pas compris. Voici le menu. Envoyez PERSONNE pour parler à quelqu'un.
retry = Désolé, répondez avec un numéro de la liste.

welcome-hello = Bonjour, ici Waypoint. Répondez MENU pour les options.
language-prompt = Langue? Envoyez un numéro.
language-en = English
    .synonyms = anglais
language-fr = Français
    .synonyms = francais
language-es = Español
    .synonyms = espagnol
safety-prompt = Pouvez-vous parler sans risque maintenant? Quelqu'un d'autre peut-il lire ce téléphone?
safety-yes = Oui, sans risque
    .synonyms = oui, ok
safety-not-now = Pas maintenant
    .synonyms = non, plus tard
safety-watched = Quelqu'un peut voir
    .synonyms = quelqu'un, surveillé
safety-bye = D'accord. Au revoir. Écrivez quand vous voulez.
safety-watched-advice = Envoyez EFFACER à tout moment pour supprimer ce que nous gardons. Effacez aussi la discussion sur votre téléphone. Vous pouvez enregistrer ce numéro sous un autre nom.

menu-prompt = Sur quoi voulez-vous de l'information? Répondez avec un numéro.
menu-work = Travail et paie
    .synonyms = travail, paie, salaire
menu-person = Parler à une personne
    .synonyms = personne, parler
menu-privacy = Votre vie privée
    .synonyms = vie privée, confidentialité
menu-language = Changer de langue

choice-yes = Oui
    .synonyms = oui, ok, d'accord
choice-no = Non
    .synonyms = non, pas maintenant
choice-menu = Menu
    .synonyms = menu principal

privacy-kept = Nous ne gardons pas votre numéro sous une forme lisible. Nous ne gardons pas vos messages, sauf si vous demandez une personne.
privacy-phone = Votre téléphone garde sa propre copie de cette discussion. Effacez-la aussi.
privacy-next = Et maintenant?
privacy-erase-now = Effacer maintenant
    .synonyms = effacer, supprimer

person-what-they-see = Une intervenante formée vous répondra. Pas la police. Pas l'immigration. Elle voit un nom de code, votre langue, les sujets choisis et cette discussion à partir de maintenant. Pas votre numéro.
person-confirm = Voulez-vous parler à une personne?
person-requested = Merci. Une personne vous répondra ici. Envoyez EFFACER à tout moment.

emergency-now = Si vous êtes en danger maintenant, appelez le 911. C'est gratuit. Ligne d'urgence 24/7 : 1-833-900-1010. Envoyez EFFACER pour supprimer cette discussion.
emergency-offer = Voulez-vous qu'une personne vous écrive ici?
emergency-person = Oui, une personne
    .synonyms = oui, personne

help-commands = Mots qui marchent toujours : MENU, RETOUR, LANGUE, PERSONNE, URGENCE, EFFACER, ARRET.

handoff-claimed = Une intervenante est là maintenant. Elle peut lire ce que vous écrivez à partir de maintenant. Envoyez EFFACER à tout moment.
handoff-closed = L'intervenante a fermé cette discussion. Vous êtes de retour avec l'assistant. Envoyez MENU pour les options.
handoff-cancelled = D'accord. Vous avez quitté la file. Personne ne vous écrira.
handoff-waiting = Votre message est gardé pour l'intervenante. Vous êtes toujours dans la file. Envoyez MENU pour quitter la file.

suggest-prompt = Votre question porte-t-elle sur un de ces sujets? Répondez avec un numéro.
topic-wages = Paie et retenues
topic-privacy = Votre vie privée
topic-talk-to-person = Parler à une personne
topic-emergency = Danger maintenant

handoff-queue-1 = Vous êtes la prochaine personne dans la file. Une intervenante vous écrira ici.
handoff-queue-2 = Vous êtes numéro 2 dans la file. Une intervenante vous écrira ici.
handoff-queue-3 = Vous êtes numéro 3 dans la file. Une intervenante vous écrira ici.
handoff-queue-4 = Vous êtes numéro 4 dans la file. Une intervenante vous écrira ici.
handoff-queue-5 = Vous êtes numéro 5 dans la file. Une intervenante vous écrira ici.
handoff-queue-more = Plus de 5 personnes sont avant vous dans la file. Cela peut prendre du temps. Une intervenante vous écrira ici.
handoff-after-hours-today = Aucune intervenante ne travaille en ce moment. Une personne vous répondra plus tard aujourd'hui. En danger maintenant? Appelez le 911.
handoff-after-hours-tomorrow = Aucune intervenante ne travaille en ce moment. Une personne vous répondra demain. En danger maintenant? Appelez le 911.
handoff-after-hours-later = Aucune intervenante ne travaille en ce moment. Une personne vous répondra dans quelques jours. En danger maintenant? Appelez le 911.
handoff-staff-reply = Message de votre intervenante.
