### Waypoint — English (source language).
### Each message's comment carries its review metadata: @status, @source, @last-reviewed,
### @reviewer-role, @verify. Comment lines without @ are notes for translators.
### @status draft

## Global commands. The value is the word shown to people; .synonyms are other words that work.

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
cmd-emergency = EMERGENCY
    .synonyms = danger, sos, urgent

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
retry = Sorry, please reply with a number from the list.

## First contact

# Neutral on a lock screen: no alarming words in the first 40 characters.
# @source NNEDV
welcome-hello = Hi, it's Waypoint. Reply MENU for options.
language-prompt = Choose a language. Reply with a number.
language-en = English
    .synonyms = english, anglais, ingles
language-fr = Français
    .synonyms = french, francais, frances
language-es = Español
    .synonyms = spanish, espanol, espagnol
# @source NNEDV
safety-prompt = Is it safe to chat now? Could someone else read this phone?
safety-yes = Yes, it is safe
    .synonyms = yes, safe, ok
safety-not-now = Not now
    .synonyms = no, later
safety-watched = Someone can see it
    .synonyms = someone, watched
safety-bye = OK. Bye. Write any time.
# @source NNEDV
safety-watched-advice = Send ERASE any time to delete what we keep. Delete this chat on your phone too. You can also save this number under another name.
# @source WAYPOINT
privacy-note = We do not keep your number or your messages. Send ERASE any time to delete what we keep.

## Main menu

menu-prompt = What would you like to know about? Reply with a number.
menu-work = Work and pay
    .synonyms = work, pay, wages
menu-person = Talk to a person
    .synonyms = person, talk
menu-privacy = Your privacy
    .synonyms = privacy
menu-language = Change language
work-placeholder = Information about work and pay is coming soon. For now, send HUMAN to talk to a person.

## Shared choices

choice-yes = Yes
    .synonyms = y, yes, ok, sure
choice-no = No
    .synonyms = n, no, not now
choice-menu = Menu
    .synonyms = main menu

## Privacy

# @source WAYPOINT
privacy-kept = We do not keep your phone number in a form anyone can read. We do not keep your messages unless you ask for a person.
# @source WAYPOINT
privacy-phone = Your phone keeps its own copy of this chat. Delete it there too.
privacy-next = What next?
privacy-erase-now = Erase now
    .synonyms = erase, delete

## Talk to a person

# @source WAYPOINT
person-what-they-see = A trained support worker will answer. Not police. Not immigration. They see a code name, your language, the topics you chose and this chat from now on. Not your number.
person-confirm = Do you want to talk to a person?
person-requested = Thank you. A person will answer here. Send ERASE any time.

## Emergency

# @source CHTH, ESDC-TIP
emergency-now = If you are in danger now, call 911. It is free. Hotline, 24/7: 1-833-900-1010. Send ERASE to delete this chat.
emergency-offer = Do you want a person to write to you here?
emergency-person = Yes, a person
    .synonyms = yes, person

## Help

help-commands = Words that work any time: MENU, BACK, LANGUAGE, HUMAN, EMERGENCY, ERASE, STOP.

## While a lead worker has the conversation

# @source WAYPOINT
handoff-claimed = A support worker is here now. They can read what you write from now on. Send ERASE any time.
handoff-closed = The support worker closed this chat. You are back with the assistant. Send MENU for options.
handoff-cancelled = OK. You left the line. No one will write to you.
handoff-waiting = Your message is saved for the support worker. You are still in line. Send MENU to leave the line.

## Did you mean

suggest-prompt = Is your question about one of these? Reply with a number.
topic-wages = Pay and pay cuts
topic-privacy = Your privacy
topic-talk-to-person = Talk to a person
topic-emergency = Danger now
