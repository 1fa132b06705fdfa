### Waypoint — Español. Draft: not yet checked by a qualified translator.
### @status draft
### Latin American Spanish (Mexico, Guatemala), "usted". Office names, websites and the
### helpline's name stay in English: that is what people will hear or see when they call.


## Global commands. The value is the word shown to people; .synonyms are other words that work.

cmd-menu = MENÚ
    .synonyms = menu, menú principal, menu principal, opciones, inicio
cmd-back = ATRÁS
    .synonyms = atras, volver, regresar, anterior
cmd-language = IDIOMA
    .synonyms = idiomas, cambiar idioma, cambiar de idioma, lengua
cmd-human = PERSONA
    .synonyms = humano, agente, hablar con alguien, hablar con una persona, persona real
cmd-erase = BORRAR
    .synonyms = borrar todo, borra, eliminar, eliminar todo
cmd-stop = PARAR
    .synonyms = detener, cancelar, alto, darme de baja
cmd-start = EMPEZAR
    .synonyms = iniciar, comenzar, reanudar, empezar de nuevo
cmd-help = AYUDA
    .synonyms = info, información, comandos
cmd-emergency = EMERGENCIA
    .synonyms = emergencia, peligro, en peligro, estoy en peligro, urgente, auxilio, socorro, ayúdenme, ayudenme, ayúdame, ayudame, ayuda por favor, sos, llamen al 911, 911
cmd-open = ABRIR
    .synonyms = abrir mensaje, leer, leer mensaje

## Engine messages

draft-notice = Este texto aún no fue revisado por un traductor.
erased = Listo. Borramos lo que guardábamos de este chat. Borre también este chat en su teléfono.
stopped = Bien. No volveremos a escribirle. Envíe EMPEZAR si quiere hablar más tarde.
recovered = Perdón, nos perdimos. Aquí está el menú.
input-refused = Perdón, no pudimos leer ese mensaje. Intente de nuevo, por favor.
input-trimmed = Su mensaje era muy largo. Solo leímos la primera parte.
back-unavailable = No hay nada antes para regresar.
too-many-misses = Perdón, no entendimos. Aquí está el menú. Envíe PERSONA para hablar con alguien.
retry = Perdón, no entendimos. Elija una de estas opciones.

## First contact

welcome-hello = Hola, aquí Waypoint. Responda MENÚ para ver opciones.
language-prompt = ¿Idioma?
language-en = English
    .synonyms = inglés, ingles, english
language-fr = Français
    .synonyms = francés, frances, french
language-es = Español
    .synonyms = español, espanol, castellano, spanish
language-tl = Tagalog
    .synonyms = tagalo, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = panyabí, panyabi, punjabi, panjabi
language-hi = हिन्दी
    .synonyms = hindi, hindú
language-vi = Tiếng Việt
    .synonyms = vietnamita, vietnamese
language-zh = 中文（简体）
    .synonyms = chino, mandarín, mandarin, 中文
language-ar = العربية
    .synonyms = árabe, arabe
language-uk = Українська
    .synonyms = ucraniano, ucraniana
language-th = ไทย
    .synonyms = tailandés, tailandes, thai
language-ne = नेपाली
    .synonyms = nepalí, nepali, nepalés
language-pt = Português
    .synonyms = portugués, portugues
language-ht = Kreyòl ayisyen
    .synonyms = criollo haitiano, creole, kreyol, haitiano
safety-prompt = ¿Es seguro hablar ahora? ¿Alguien más puede leer este teléfono?
safety-yes = Sí, es seguro
    .synonyms = si, sí, seguro, es seguro, ok
safety-not-now = Ahora no
    .synonyms = no, luego, después, despues, más tarde, mas tarde
safety-watched = Alguien puede verlo
    .synonyms = alguien, alguien puede ver, me vigilan, me ven
safety-bye = Bien. Adiós. Escriba cuando quiera.
safety-watched-advice = Envíe BORRAR cuando quiera para borrar lo que guardamos. Borre también este chat en su teléfono. También puede guardar este número con otro nombre.
codeword-offer = Puede elegir una palabra clave secreta. Si una respuesta le espera, se la mostramos solo después de que envíe esa palabra.
codeword-set = Elegir palabra clave
    .synonyms = palabra clave, clave, elegir, si, sí
codeword-no = No, gracias
    .synonyms = no, no gracias, saltar, omitir
codeword-prompt = Escriba su palabra clave: de 3 a 30 letras o números, sin emojis. No use su nombre.
codeword-retry = No se puede usar esa palabra clave. Use de 3 a 30 letras o números, sin emojis. O envíe MENÚ para saltar este paso.
codeword-saved = Gracias. Guardamos su palabra clave hasta que envíe BORRAR.
welcome-kept = No guardamos ningún número de teléfono que se pueda leer, ni mensajes, salvo si pide una persona. Envíe BORRAR cuando quiera para borrar lo que guardamos.

## Main menu

menu-prompt = ¿Sobre qué quiere saber?
menu-work = Trabajo y pago
    .synonyms = trabajo, pago, sueldo, salario, empleo, dinero, chamba
menu-papers = Papeles y permisos
    .synonyms = papeles, permiso, permisos, pasaporte, visa, documentos, estatus
menu-safety = Seguridad y ayuda
    .synonyms = seguridad, seguro, violencia, amenazas, queja, denuncia
menu-person = Hablar con una persona
    .synonyms = persona, hablar
menu-privacy = Su privacidad
    .synonyms = privacidad, datos, mis datos
menu-language = Cambiar idioma
group-prompt = Elija un tema.

## Topic names

topic-wages = Pago y descuentos
    .synonyms = pago, sueldo, salario, me pagan, no me pagan, cheque, dinero, lana, pisto, descuento, descuentos
topic-hours = Horas y días libres
    .synonyms = horas, horas extra, tiempo extra, descanso, día libre, dia libre
topic-fees-debt = Cobros y deudas
    .synonyms = cobro, cobros, cuota, deuda, deudas, reclutador, enganchador, préstamo, prestamo
topic-housing = Vivienda
    .synonyms = casa, cuarto, cama, dormir, vivienda, alojamiento, hogar
topic-health-safety = Lesiones y salud
    .synonyms = lesión, lesion, herido, me lastimé, me lastime, enfermo, enferma, doctor, médico, medico, salud, accidente
topic-documents = Pasaporte y papeles
    .synonyms = pasaporte, papeles, identificación, identificacion, documentos
topic-change-employer = Cambiar de empleador
    .synonyms = cambiar, nuevo trabajo, cambiar de trabajo, renunciar, permiso abierto, cambiar de patrón, cambiar de patron
topic-status = Su permiso y estatus
    .synonyms = estatus, status, permiso, visa
topic-trp = Permiso especial (TRP)
    .synonyms = trp, permiso especial
topic-emergency = Peligro ahora
topic-abuse-threats = Amenazas o violencia
    .synonyms = amenazas, amenaza, violencia, abuso, maltrato, golpe, me pegan, acoso
topic-complaint = Poner una queja
    .synonyms = queja, quejarse, denuncia, denunciar, reportar
topic-police = Ir a la policía
    .synonyms = policía, policia
topic-trafficking = Qué es la trata
    .synonyms = trata, trata de personas
topic-talk-to-person = Hablar con una persona
topic-privacy = Su privacidad

## Shared choices and questions

choice-yes = Sí
    .synonyms = si, sí, ok, claro, sale, va
choice-no = No
    .synonyms = no, ahora no
choice-menu = Menú
    .synonyms = menu, menú principal
choice-who-helps = Quién puede ayudar
    .synonyms = quién, quien, quién ayuda, quien ayuda, contactos, números, numeros, teléfonos
choice-person = Hablar con alguien
    .synonyms = persona, hablar, alguien
topic-next = ¿Qué le ayudaría ahora?
after-help = ¿Quiere hablar con una persona?
suggest-prompt = ¿Su pregunta es sobre uno de estos temas?

## Who can help: national lines

ref-tip-line = Reporte un problema en el trabajo: 1-866-602-9448, línea de Service Canada para trabajadores extranjeros temporales. Sin dar su nombre. Atienden entre semana; si no, deje un mensaje.
ref-hotline = Línea de ayuda gratis 24/7: 1-833-900-1010 (Canadian Human Trafficking Hotline). Es una organización benéfica, no policía ni gobierno. Tiene intérpretes para más de 200 idiomas.
ref-911 = Si está en peligro ahora, llame al 911. Es gratis desde cualquier teléfono.
ref-ircc = ¿Preguntas sobre su permiso o su expediente? Llame a IRCC, la oficina federal de inmigración: 1-888-242-2100 (Client Support Centre).
legal-aid = La asistencia legal (ayuda legal gratis) depende de cada provincia. Muchos programas no cubren a residentes temporales. Una persona puede ayudarle a encontrar una clínica legal.

## Province

province-prompt = ¿En qué provincia o territorio trabaja? Así le damos la oficina correcta. Puede saltar esta pregunta.
province-west = Oeste o Norte
    .synonyms = oeste, norte, praderas, bc, alberta, saskatchewan, manitoba, yukon, yukón, nwt, nunavut
province-east = Ontario y el este
    .synonyms = este, ontario, quebec, québec, atlántico, atlantico, marítimas, maritimas
province-none = Prefiero no decir
    .synonyms = saltar, omitir, no, prefiero no decir, no decir
province-pick = ¿Cuál?
province-bc = Columbia Británica
    .synonyms = bc, b.c, columbia británica, columbia britanica, british columbia
province-ab = Alberta
    .synonyms = ab, alberta
province-sk = Saskatchewan
    .synonyms = sk, sask, saskatchewan
province-mb = Manitoba
    .synonyms = mb, manitoba
province-yt = Yukón
    .synonyms = yt, yukon, yukón
province-nt = Territorios del Noroeste
    .synonyms = nt, nwt, territorios del noroeste, northwest territories
province-nu = Nunavut
    .synonyms = nu, nunavut
province-on = Ontario
    .synonyms = on, ont, ontario
province-qc = Quebec
    .synonyms = qc, quebec, québec
province-nb = Nuevo Brunswick
    .synonyms = nb, nuevo brunswick, new brunswick
province-ns = Nueva Escocia
    .synonyms = ns, nueva escocia, nova scotia
province-pe = Isla Príncipe Eduardo
    .synonyms = pe, pei, isla del príncipe eduardo, isla del principe eduardo, prince edward island
province-nl = Terranova y Labrador
    .synonyms = nl, terranova, labrador, terranova y labrador, newfoundland

## Employment standards offices

es-office-bc = Columbia Británica: llame al 1-833-236-3700. Es la Employment Standards Branch (normas de empleo). Tienen intérpretes. Sitio web: www2.gov.bc.ca
es-office-ab = Alberta: llame al 1-877-427-3731 (Employment Standards). Sitio: alberta.ca (busque "employment standards").
es-office-sk = Saskatchewan: llame al 1-800-667-1783. Es Employment Standards (normas de empleo). Sitio web: www.saskatchewan.ca/business/employment-standards
es-office-mb = Manitoba: llame al 1-800-821-4307 (Employment Standards Branch). Sitio: gov.mb.ca (busque "employment standards").
es-office-yt = Yukón: llame al 867-667-5944, o gratis al 1-800-661-0408, extensión 5944. Es la Employment Standards Office. Sitio web: yukon.ca
es-office-nt = Territorios del Noroeste: llame al 1-888-700-5707. Es la Employment Standards Office. Sitio web: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = Nunavut: llame al 1-877-806-8402 o al 867-975-6322. Es la Labour Standards Compliance Office. Sitio web: nu-lsco.ca
es-office-on = Ontario: llame al 1-800-531-5551, el Employment Standards Information Centre. Atiende en muchos idiomas. Sitio: ontario.ca/employmentrights
es-office-qc = Quebec: llame al 1-844-838-0808. Es la CNESST, para las normas del trabajo. Sitio web: www.cnesst.gouv.qc.ca
es-office-nb = Nuevo Brunswick: llame al 1-888-452-2687. Es la Employment Standards Branch. Sitio web: www.gnb.ca. No cubre el trabajo en una casa particular para el dueño de la casa.
es-office-ns = Nueva Escocia: llame al 1-888-315-0110 o al 902-424-4311. Es la Labour Standards Division. Sitio web: novascotia.ca/lae/employmentrights
es-office-pe = Isla del Príncipe Eduardo: llame al 1-800-333-4362 o al 902-368-5550. Es la Employment Standards Branch. Sitio web: www.princeedwardisland.ca
es-office-nl = Terranova y Labrador: busque el teléfono en www.gov.nl.ca/aesl/labour/nonunion. Es la Labour Standards Division.
es-office-none = Cada provincia tiene su oficina de pago y horas. Trabajos con reglas federales (camiones entre provincias, bancos, aerolíneas): Labour Program federal. Una persona puede ayudarle, sin saber dónde está.

## Workers' compensation

wcb-what = Cada provincia y territorio tiene su propio seguro de accidentes de trabajo (workers' compensation). Da dinero y atención médica si se lastima por el trabajo.
wcb-bc = En Columbia Británica, cuenta el lugar donde se lastimó, no su país de origen. Es así aunque su empleador nunca se haya registrado.
wcb-other = Pregunte a la oficina de accidentes de trabajo (workers' compensation board) de su provincia o territorio. Una persona puede ayudarle con esto.

## wages

wages-agreement = Su pago debe seguir el contrato que firmó con su empleador. Las reglas de pago de su provincia se aplican igual, diga lo que diga el contrato.
wages-no-fees = Su empleador, o un reclutador para él, no puede cobrarle por el trabajo. Tampoco puede descontarle del pago el seguro médico que él debe pagar.
wages-claim = Para cobrar lo que le deben, reclame en su provincia (oficina de normas de empleo). Trabajos con reglas federales (camiones entre provincias, bancos, aerolíneas): Labour Program federal.
wages-deadline = Hay un plazo para reclamar. Cambia en cada provincia: 6 meses en Nueva Escocia, 12 meses en Saskatchewan. Pregunte pronto. Nadie puede prometerle que recibirá el dinero.

## hours

hours-overtime = Su empleador no puede obligarle a hacer horas extra fuera del contrato. Su provincia pone límites de horas y el pago de horas extra, diga lo que diga el contrato.
hours-sick = Su empleador no puede obligarle a trabajar si tiene una enfermedad o una lesión.
hours-province = Cada provincia pone sus límites de horas, días de descanso y pago de horas extra. La oficina de normas de empleo de su provincia puede decirle las reglas.
hours-farm-home = Las reglas para el trabajo en el campo, o en una casa particular, pueden ser diferentes. Pregunte en la oficina o a una persona.

## fees-debt

fees-ban = Desde el 26 de septiembre de 2022, los empleadores de los programas de trabajadores extranjeros no pueden cobrarle por contratarle. Tampoco si un reclutador cobra por ellos. El empleador responde por sus reclutadores.
fees-province = Las provincias también tienen reglas. En Ontario, un reclutador no puede cobrarle nada. Manitoba, BC y Saskatchewan tienen leyes sobre cobros. Otras provincias regulan a los reclutadores.
fees-debt-rights = Una deuda no le da a nadie el derecho de quedarse con sus papeles. Tampoco le da derecho a impedir que usted se vaya.
fees-not-fault = Pagar no fue su culpa. No podemos prometerle que recuperará el dinero.

## documents

docs-passport = Su empleador no puede quitarle su pasaporte ni su permiso de trabajo. Si se queda con sus papeles, usted puede reportarlo.
docs-help = Una persona puede ayudarle a recuperar sus papeles o a sacar nuevos. El consulado de su país (su oficina en Canadá) puede ayudar, si a usted le parece seguro.
docs-no-numbers = Nunca le pediremos el número de su pasaporte o de su permiso.

## housing

housing-report = Su empleador no puede castigarle por reportar una vivienda mala. Si lo hace, también puede reportarlo.
housing-locked = Si alguien no le deja salir de donde vive o trabaja, puede reportarlo. También cuenta como abuso para el permiso abierto para trabajadores vulnerables.
housing-rules = Las reglas de vivienda dependen de su programa de trabajo y de su provincia. Una persona puede ayudarle a revisarlas.
housing-tonight = ¿No tiene un lugar seguro para dormir hoy? Llame al 211 para encontrar una cama y otra ayuda. O llame a la línea de ayuda gratis, 24/7: 1-833-900-1010.

## health-safety

health-doctor = No necesita permiso para ver a un médico. Si se lastima o se enferma en el trabajo, su empleador debe hacer un esfuerzo real para que reciba atención.
health-insurance = En el programa de trabajadores extranjeros, su empleador debe pagar un seguro médico de emergencia hasta que la provincia le cubra. No puede salir de su pago.
health-status = Su permiso de trabajo mantiene su estatus mientras sea válido, aunque no pueda trabajar. Su empleador no puede deportarle. Pero sí puede terminar su empleo.

## change-employer

change-closed = Un permiso de trabajo cerrado solo le deja trabajar para el empleador que aparece en él. Para cambiar de trabajo, necesita un permiso nuevo.
change-owp = Si hay abuso en su trabajo, o riesgo de abuso, puede pedir el permiso abierto para trabajadores vulnerables. Debe estar en Canadá con un permiso cerrado válido, o haber pedido a tiempo renovarlo.
abuse-kinds = El abuso puede ser daño al cuerpo o daño sexual. Amenazas o control. Quitarle su dinero. Castigarle por reportar un problema o ayudar en una inspección. Todo esto cuenta.
change-how = Este permiso es gratis. Se pide por internet. Envíe una carta sobre lo que pasó y cualquier prueba, como una carta de un grupo de apoyo o de un médico. Su familia en Canadá también puede pedirlo.
change-decides = Haber trabajado antes en algo que su permiso no permitía no impide este permiso. Un funcionario decide. Hable con una clínica legal antes de pedirlo.

## status

status-no-ask = No tiene que decirnos su estatus. Nunca se lo vamos a preguntar.
status-paper = Su permiso muestra la fecha en que termina y sus condiciones (reglas que debe seguir). Un permiso cerrado también dice el nombre de su empleador.
status-rights = Usted tiene derechos en el trabajo, como todos. Esto también vale para los trabajadores temporales.
status-paths = Hay varias formas de quedarse en Canadá: un TRP (un papel para quedarse un tiempo), un permiso de trabajo abierto, pedir refugio o una solicitud humanitaria. Depende de su situación.
status-lawyer = ¿En peligro ahora? Llame al 911. Si no, hable primero con una clínica legal o un abogado de inmigración, antes de ir a la policía.

## trp

trp-what = Un TRP (permiso de residente temporal) es un papel para quedarse en Canadá un tiempo. Hay un TRP especial para personas sin estatus. Es para quien alguien controló y usó para trabajo o sexo.
trp-health = Le da atención médica (Programa Federal de Salud Interino). También puede pedir un permiso de trabajo abierto o de estudio, sin costo.
trp-length = Desde el 4 de febrero de 2025, dura casi siempre al menos 12 meses. No se paga por él, ni por un permiso de trabajo o estudio, ni por huellas y foto. Puede venir otro TRP después.
trp-testify = La regla oficial: no tiene que declarar en un juicio (ser testigo) para obtenerlo. Pero el personal de apoyo dice que puede ser difícil sin un caso policial. En la práctica, varía.
trp-apply = Usted puede pedirlo. Un grupo de apoyo o la policía también pueden referirle. Un funcionario puede entrevistarle, y un funcionario decide. Vea primero a una clínica legal o a un abogado.

## trafficking

traf-what = Cuando alguien controla a una persona para ganar dinero con su trabajo o con sexo, la ley lo llama trata de personas. Pueden usar fuerza, amenazas, mentiras, deudas o quitarle sus papeles.
traf-border = No hace falta cruzar una frontera. Se puede llegar a Canadá de forma legal y aun así puede pasar. Decir que sí no cuenta si fue por fuerza o por mentiras.
traf-no-label = No necesita ponerle un nombre para recibir ayuda. Un pago injusto o el abuso merecen ayuda, aunque no sea trata.

## abuse-threats

abuse-deport = Su empleador no puede deportarle ni cambiar su estatus. Si le amenaza con eso, puede reportarlo. Pero sí puede terminar su empleo.
abuse-family = Si alguien amenaza a su familia en su país, una persona puede ayudarle a hacer un plan. No podemos prometer que estarán a salvo.
choice-new-permit = Nuevo permiso de trabajo
    .synonyms = nuevo permiso, permiso, permiso abierto, cambiar de empleador

## complaint

complaint-no-punish = Su empleador no puede castigarle por reportar maltrato, trabajo peligroso o vivienda mala, ni por ayudar en una inspección. Si lo hace, repórtelo. Cuenta como abuso para el permiso abierto.
complaint-tip = Cualquier persona puede usar la línea de denuncias TFW. No tiene que dar su nombre. Service Canada nunca le dice al empleador quién hizo el reporte.
complaint-share = No le contactan sin su permiso. Pero pueden compartir la denuncia con otras partes del gobierno, y eso puede incluir inmigración. ¿Sin estatus? Hable antes con una persona de apoyo.
complaint-province = Saskatchewan y New Brunswick aceptan quejas sin nombre o confidenciales. Alberta acepta avisos sin nombre. Saskatchewan puede pedir permiso para compartir su queja con inmigración: piénselo antes.
complaint-no-promise = No se promete ningún resultado. Una persona puede ayudarle a decidir.

## police

police-choice = Usted decide. La ayuda aquí nunca depende de ir a la policía.
police-status = Primero un abogado. Si su estatus no está claro, la policía puede llamar a inmigración. Un abogado de inmigración puede ayudarle a decidir.
police-helpline = La línea de ayuda gratis (1-833-900-1010) guarda en privado lo que usted dice. Solo avisa a la policía si usted acepta. Excepciones: un menor en riesgo, alguien en peligro o una obligación legal.

## privacy

privacy-kept = No guardamos su número en forma legible. No guardamos sus mensajes, salvo si pide una persona.
privacy-erase = Envíe BORRAR cuando quiera. Borra todo lo que Waypoint guarda sobre usted.
privacy-phone = Su teléfono guarda su propia copia de este chat. Bórrela allí también.
privacy-provider = Su compañía de teléfono o WhatsApp pueden guardar sus propios registros. Nosotros no podemos borrarlos.
privacy-next = ¿Qué sigue?
privacy-erase-now = Borrar ahora
    .synonyms = borrar, eliminar

## talk-to-person

person-what-they-see = Responde una persona de apoyo capacitada, no la policía ni inmigración. Ve un nombre en clave, su idioma, sus temas y este chat desde ahora. No su número.
person-deleted = Borramos el chat al cerrar su caso, casi siempre 30 días después.
person-child = Si un menor puede estar en peligro, la persona de apoyo puede tener que reportarlo.
person-options = Puede pedir un intérprete. También puede pedir una persona de apoyo que no sea de su propia comunidad.
person-confirm = ¿Quiere hablar con una persona?
person-requested = Gracias. Una persona le responderá aquí. Envíe BORRAR cuando quiera.
person-after-hours = Si nadie responde pronto, llame a la línea de ayuda gratis, 24/7: 1-833-900-1010.
person-other-lines = Bien. También puede llamar a la línea de ayuda gratis, 24/7: 1-833-900-1010. Para personas indígenas: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency

emergency-now = ¿En peligro ahora? Llame al 911, gratis desde cualquier teléfono. Ayuda 24/7: 1-833-900-1010. BORRAR borra este chat.
emergency-offer = ¿Quiere que una persona le escriba aquí?
emergency-person = Sí, una persona
    .synonyms = si, sí, sí por favor, si por favor
emergency-asked = La línea de ayuda atiende 24/7, con intérpretes en más de 200 idiomas. No es la policía ni el gobierno. Nosotros no podemos llamar a nadie por usted.
emergency-self = También puede llamar o escribir al 9-8-8, gratis, de día y de noche, si piensa en quitarse la vida (en inglés o francés).
check-danger = ¿Está en peligro ahora mismo?

## Help

help-commands = Palabras que funcionan siempre: MENÚ, ATRÁS, IDIOMA, PERSONA, EMERGENCIA, BORRAR, PARAR.

## While a support worker has the conversation

handoff-claimed = Una persona de apoyo está aquí ahora. Puede leer lo que usted escriba desde ahora. Envíe BORRAR cuando quiera.
handoff-closed = La persona de apoyo cerró este chat. Usted vuelve con el asistente. Envíe MENÚ para ver opciones.
handoff-cancelled = Bien. Usted salió de la fila. Nadie le escribirá.
handoff-waiting = Su mensaje queda guardado para la persona de apoyo. Sigue en la fila. Envíe MENÚ para salir de la fila.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = Gracias. Envíe MENÚ para ver opciones.
held-notice = Tiene un mensaje nuevo. Responda ABRIR para leerlo.
media-not-read = Solo puedo leer texto. No puedo abrir notas de voz, fotos ni archivos. Escriba su pregunta, o envíe PERSONA para hablar con una persona.
media-handoff = Su persona de apoyo solo puede leer texto. Le avisamos que usted envió una nota de voz, una foto o un archivo. Escriba su mensaje, o llame a la línea de ayuda gratis, 24/7: 1-833-900-1010.
person-none = Ahora nadie puede responder en este chat. No podemos pasarle con una persona aquí. Puede llamar a esta línea de ayuda gratis para hablar con una persona.
person-notice = Si una persona de apoyo responde después de que usted deje de escribir, ¿podemos enviarle un mensaje corto? Solo dice que tiene un mensaje esperando.
person-reply-held = Si deja de escribir, su respuesta le esperará aquí. La recibirá cuando nos escriba otra vez.
person-reply-notice = Si deja de escribir, su respuesta le esperará aquí. Le enviaremos un mensaje corto para avisarle que está esperando.
emergency-what-they-see = Le respondería una persona de apoyo capacitada, no la policía. Verá un nombre en clave, su idioma y este chat. No su número.

## Handoff queue

handoff-queue-1 = Usted es la próxima persona en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-2 = Usted es el número 2 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-3 = Usted es el número 3 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-4 = Usted es el número 4 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-5 = Usted es el número 5 en la fila. Una persona de apoyo le escribirá aquí.
handoff-queue-more = Hay más de 5 personas antes que usted en la fila. Puede tardar. Una persona de apoyo le escribirá aquí.
handoff-after-hours-today = Ninguna persona de apoyo trabaja ahora. Alguien responderá más tarde hoy. ¿En peligro? Llame al 911. Ayuda gratis 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = Ninguna persona de apoyo trabaja ahora. Alguien responderá mañana. ¿En peligro? Llame al 911. Ayuda gratis 24/7: 1-833-900-1010.
handoff-after-hours-later = Ninguna persona de apoyo trabaja ahora. Alguien responderá en unos días. ¿En peligro? Llame al 911. Ayuda gratis 24/7: 1-833-900-1010.
handoff-staff-reply = Mensaje de su persona de apoyo.
language-offer = ¿Prefiere leer en español? Envíe IDIOMA para cambiar.

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = Con un permiso para un solo empleador, no puede trabajar para otro sin un permiso nuevo. A los trabajadores agrícolas de temporada pueden mandarlos a casa antes.
health-card = Pida la tarjeta de salud de su provincia al llegar. Algunas provincias hacen esperar, hasta 3 meses. Mientras tanto, el seguro de su empleador le cubre (programa de trabajadores extranjeros).
health-card-plan =
    { $province ->
        [bc] Columbia Británica: el plan es MSP (Medical Services Plan).
        [ab] Alberta: el plan es AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan: la tarjeta la da eHealth Saskatchewan.
        [mb] Manitoba: la tarjeta la da Manitoba Health.
        [on] Ontario: el plan es OHIP. Se pide en ServiceOntario.
        [qc] Quebec: el plan es la RAMQ.
        [nb] New Brunswick: el plan es Medicare.
        [ns] Nova Scotia: el plan es MSI.
        [pe] Prince Edward Island: la tarjeta la da Health PEI.
        [nl] Newfoundland and Labrador: el plan es MCP.
        [yt] Yukon: el plan es el Yukon Health Care Insurance Plan.
        [nt] Northwest Territories: el plan es el NWT Health Care Plan.
        [nu] Nunavut: el plan es el Nunavut Health Care Plan.
       *[other] Cada provincia tiene su plan de salud. Una persona puede ayudarle a encontrar el suyo.
    }
choice-more = Saber más
    .synonyms = más, mas, saber más, saber mas
topic-family-violence = Pareja violenta, estatus
    .synonyms = pareja, esposo, esposa, patrocinador
topic-youth-health = Salud para jóvenes
    .synonyms = joven, jóvenes, clínica, anticonceptivos
topic-report-crime = Denunciar un delito
    .synonyms = delito, denunciar, agresión, asalto
topic-coerced-debt = Deudas a su nombre
    .synonyms = mi nombre, préstamo, crédito, fraude, cuenta
fv-what = Si su estancia en Canadá depende de una pareja que le hace daño, hay ayuda. El abuso puede ser físico, sexual, amenazas, control o quitarle su dinero.
fv-trp = IRCC tiene un TRP especial (un papel para quedarse un tiempo) para personas en Canadá sin estatus cuya residencia permanente dependía de esa pareja. El primero no cuesta.
fv-more = Da atención médica y puede pedir un permiso de trabajo abierto o de estudio. Sus hijos en Canadá quizás también. Un funcionario decide. Vea antes a una clínica legal.
fv-other = No es el TRP para personas forzadas a trabajar o a vender sexo. Una persona puede ayudarle a ver cuál le sirve.
youth-care = Puede recibir atención de salud sexual, pruebas o anticonceptivos. Algunas clínicas atienden a jóvenes sin padres y sin tarjeta de salud. Llame al 211 para encontrar una.
youth-report = Si habla con una persona de apoyo: si un joven puede estar en peligro, quizás deba reportarlo. Las reglas cambian según la provincia.
youth-private = Pregunte a la clínica qué es privado. Kids Help Phone es gratis y privado, 24/7: llame al 1-800-668-6868 o envíe CONNECT al 686868.
crime-choice = Si alguien le atacó o le hizo daño, ir a la policía es su decisión. La ayuda aquí nunca depende de eso. ¿En peligro ahora? Llame al 911.
crime-status = Sin estatus, la policía puede pasar sus datos a inmigración. Algunas ciudades dicen que su policía no pregunta el estatus, pero varía. Vea antes a una clínica legal.
crime-centre = Un centro contra la agresión sexual puede ayudarle aunque nunca vaya a la policía. Llame al 211, o a la línea de ayuda gratis 24/7: 1-833-900-1010.
debt-what = ¿Alguien puso un préstamo, una deuda, un plan de teléfono o una cuenta a su nombre sin su libre decisión? No es su culpa. Puede ser fraude, y hay pasos que dar.
debt-steps = Pida a Equifax (1-800-465-7166) y TransUnion (1-800-663-9980) su historial de crédito y una alerta de fraude. Puede avisar a la policía y al Canadian Anti-Fraud Centre: 1-888-495-8501.
debt-help = Una clínica legal puede ayudarle con la deuda, antes de pagar nada. Ir a la policía es su decisión. No podemos prometer que la deuda desaparezca.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Envíe un número.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = Para cambiar de idioma, envíe IDIOMA (o LANGUAGE).
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = De nada.
ack-hello = Hola de nuevo.
ack-ok = De acuerdo.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Qué bueno que volvió. Aquí está el menú. También puede hablar con una persona.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = Podemos ayudarle con estos temas.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Opciones
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Salida rápida
web-quick-exit-hint = o pulse Esc dos veces
web-exit-notice = La salida rápida borra este chat de Waypoint y abre una página del tiempo. El historial del navegador puede seguir mostrando esta visita. Una ventana privada deja menos rastro.
web-exit-notice-link = Cómo borrar sus huellas en línea (Tech Safety Canada)
web-choose-language = Elija un idioma
web-or-write = O escriba su mensaje en cualquier idioma.
web-chat-log = Conversación
web-message-label = Su mensaje
web-placeholder = Escriba aquí
web-send = Enviar
web-language = Idioma
web-menu = Menú
web-you = Usted
web-error-retry = El mensaje no se envió. Inténtelo de nuevo.
web-error-busy = Demasiados mensajes a la vez. Espere un minuto y vuelva a intentarlo.
web-noscript = Este chat necesita JavaScript.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Su persona de apoyo cree que otra persona puede ayudarle mejor: una persona de apoyo que habla su idioma. Esa persona leería lo que usted escribió aquí, así no tiene que contar su historia otra vez. ¿Podemos pasarle su chat?
transfer-ask-shelter = Su persona de apoyo cree que otra persona puede ayudarle mejor: una persona de apoyo que puede ayudarle a encontrar un lugar seguro para quedarse. Esa persona leería lo que usted escribió aquí, así no tiene que contar su historia otra vez. ¿Podemos pasarle su chat?
transfer-ask-legal = Su persona de apoyo cree que otra persona puede ayudarle mejor: una persona de apoyo de una clínica legal gratuita. Esa persona leería lo que usted escribió aquí, así no tiene que contar su historia otra vez. ¿Podemos pasarle su chat?
transfer-ask-health = Su persona de apoyo cree que otra persona puede ayudarle mejor: una persona de apoyo que puede ayudarle con la atención de salud. Esa persona leería lo que usted escribió aquí, así no tiene que contar su historia otra vez. ¿Podemos pasarle su chat?
transfer-ask-other = Su persona de apoyo cree que otra persona de apoyo puede ayudarle mejor. Esa persona leería lo que usted escribió aquí, así no tiene que contar su historia otra vez. ¿Podemos pasarle su chat?
transfer-yes = Gracias. Su chat fue pasado. La nueva persona de apoyo le escribirá aquí.
transfer-no = Bien. Nada cambia. Usted sigue con su persona de apoyo.
