### Benchmark dialog (bench/flows/intake.yaml). The texts are the Botkit baseline's, word for word.
### @status reviewed

q-name = Hola. ¿Cómo quieres que te llamemos?
q-about-work = Gracias, { $name }. ¿Tu pregunta es sobre tu trabajo? (si/no)
q-province = ¿En qué provincia trabajas?
q-topic = ¿Sobre qué tema es tu pregunta?
q-human = ¿Quieres hablar con una persona? (si/no)
say-person = De acuerdo: una persona del equipo te escribirá aquí.
say-info = De acuerdo: te enviaremos información.
q-more = ¿Algo más? (si/no)
bye = Gracias. Puedes escribir MENU cuando quieras.
choice-yes = si
    .synonyms = sí, s
choice-no = no
    .synonyms = n

retry = No entendimos. Responde si o no.
draft-notice = Texto de prueba.
erased = Listo.
stopped = Bien.
recovered = Volvemos al principio.
input-refused = No pudimos leer ese mensaje.
input-trimmed = Tu mensaje era muy largo.
back-unavailable = No hay nada atrás.
too-many-misses = No entendimos.
handoff-claimed = Una persona te responde.
handoff-closed = La persona cerró la conversación.
handoff-cancelled = Cancelado.
handoff-waiting = Espera, por favor.

language-offer = ¿Prefiere otro idioma? Envíe IDIOMA.
