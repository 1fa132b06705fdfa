### Waypoint — Español. Machine-assisted draft: not yet checked by a qualified translator.
### @status draft

cmd-menu = MENÚ
    .synonyms = menu, menú principal, opciones, inicio
cmd-back = ATRÁS
    .synonyms = atras, volver, regresar
cmd-language = IDIOMA
    .synonyms = idiomas, cambiar idioma, lengua
cmd-human = PERSONA
    .synonyms = humano, hablar con alguien, agente
cmd-erase = BORRAR
    .synonyms = borrar todo, eliminar
cmd-stop = PARAR
    .synonyms = detener, alto, basta
cmd-start = EMPEZAR
    .synonyms = iniciar, comenzar
cmd-help = AYUDA
    .synonyms = comandos
cmd-emergency = EMERGENCIA
    .synonyms = peligro, urgente, auxilio

draft-notice = Este texto aún no fue revisado por un traductor.
erased = Listo. Borramos lo que guardábamos de este chat. Borre también este chat en su teléfono.
stopped = Bien. No volveremos a escribir. Envíe EMPEZAR si quiere hablar más tarde.
recovered = Perdón, perdimos el lugar. Aquí está el menú.
input-refused = Perdón, no pudimos leer ese mensaje. Intente de nuevo.
input-trimmed = Su mensaje era muy largo. Leímos solo la primera parte.
back-unavailable = No hay nada atrás.
too-many-misses = Perdón, no entendimos. Aquí está el menú. Envíe PERSONA para hablar con alguien.
retry = Perdón, responda con un número de la lista.

welcome-hello = Hola, es Waypoint. Responda MENÚ para ver opciones.
language-prompt = ¿Idioma? Envíe un número.
language-en = English
    .synonyms = ingles, inglés
language-fr = Français
    .synonyms = frances, francés
language-es = Español
    .synonyms = espanol, castellano
safety-prompt = ¿Es seguro hablar ahora? ¿Alguien más puede leer este teléfono?
safety-yes = Sí, es seguro
    .synonyms = si, sí, seguro
safety-not-now = Ahora no
    .synonyms = no, luego, despues
safety-watched = Alguien puede verlo
    .synonyms = alguien, me vigilan
safety-bye = Bien. Adiós. Escriba cuando quiera.
safety-watched-advice = Envíe BORRAR cuando quiera para eliminar lo que guardamos. Borre también este chat en su teléfono. Puede guardar este número con otro nombre.

menu-prompt = ¿Sobre qué quiere saber? Responda con un número.
menu-work = Trabajo y pago
    .synonyms = trabajo, pago, salario
menu-person = Hablar con una persona
    .synonyms = persona, hablar
menu-privacy = Su privacidad
    .synonyms = privacidad
menu-language = Cambiar idioma

choice-yes = Sí
    .synonyms = si, sí, claro, ok
choice-no = No
    .synonyms = ahora no
choice-menu = Menú
    .synonyms = menu

privacy-kept = No guardamos su número de teléfono en una forma que alguien pueda leer. No guardamos sus mensajes, salvo si pide hablar con una persona.
privacy-phone = Su teléfono guarda su propia copia de este chat. Bórrela allí también.
privacy-next = ¿Qué sigue?
privacy-erase-now = Borrar ahora
    .synonyms = borrar

person-what-they-see = Le responderá una persona de apoyo capacitada. No es la policía. No es inmigración. Ve un nombre en clave, su idioma, los temas que eligió y este chat desde ahora. No su número.
person-confirm = ¿Quiere hablar con una persona?
person-requested = Gracias. Una persona le responderá aquí. Envíe BORRAR cuando quiera.

emergency-now = Si está en peligro ahora, llame al 911. Es gratis. Línea directa 24/7: 1-833-900-1010. Envíe BORRAR para eliminar este chat.
emergency-offer = ¿Quiere que una persona le escriba aquí?
emergency-person = Sí, una persona
    .synonyms = si, sí, persona

help-commands = Palabras que funcionan siempre: MENÚ, ATRÁS, IDIOMA, PERSONA, EMERGENCIA, BORRAR, PARAR.

handoff-claimed = Una persona de apoyo está aquí ahora. Puede leer lo que escriba desde ahora. Envíe BORRAR cuando quiera.
handoff-closed = La persona de apoyo cerró este chat. Vuelve con el asistente. Envíe MENÚ para ver opciones.
handoff-cancelled = Bien. Salió de la fila. Nadie le escribirá.
handoff-waiting = Su mensaje queda guardado para la persona de apoyo. Sigue en la fila. Envíe MENÚ para salir de la fila.

suggest-prompt = ¿Su pregunta es sobre uno de estos temas? Responda con un número.
topic-wages = Pago y descuentos
topic-privacy = Su privacidad
topic-talk-to-person = Hablar con una persona
topic-emergency = Peligro ahora

handoff-queue-1 = Usted es la próxima persona en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-2 = Usted es el número 2 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-3 = Usted es el número 3 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-4 = Usted es el número 4 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-5 = Usted es el número 5 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-more = Hay más de 5 personas antes que usted en la fila. Puede tardar. Una persona de apoyo le escribirá aquí.
handoff-after-hours-today = Ahora no hay personas de apoyo trabajando. Una persona le responderá más tarde hoy. ¿Está en peligro ahora? Llame al 911.
handoff-after-hours-tomorrow = Ahora no hay personas de apoyo trabajando. Una persona le responderá mañana. ¿Está en peligro ahora? Llame al 911.
handoff-after-hours-later = Ahora no hay personas de apoyo trabajando. Una persona le responderá en unos días. ¿Está en peligro ahora? Llame al 911.
handoff-staff-reply = Mensaje de su persona de apoyo.
