### Waypoint — Português. Draft: not yet checked by a qualified translator.
### @status draft
### Brazilian Portuguese, "você". Office names, websites and the helpline's name stay in
### English: that is what people will hear or see when they call.


## Global commands. The value is the word shown to people; .synonyms are other words that work.

cmd-menu = MENU
    .synonyms = menu principal, opções, opcoes, início, inicio
cmd-back = VOLTAR
    .synonyms = anterior, volta
cmd-language = IDIOMA
    .synonyms = idiomas, língua, lingua, mudar idioma, trocar idioma
cmd-human = PESSOA
    .synonyms = humano, atendente, falar com alguém, falar com alguem, falar com uma pessoa, pessoa real
cmd-erase = APAGAR
    .synonyms = apagar tudo, apaga, excluir, excluir tudo, deletar
cmd-stop = PARAR
    .synonyms = cancelar, descadastrar, pare
cmd-start = COMEÇAR
    .synonyms = comecar, iniciar, recomeçar, recomecar
cmd-help = AJUDA
    .synonyms = info, comandos
cmd-emergency = EMERGÊNCIA
    .synonyms = emergência, emergencia, perigo, em perigo, estou em perigo, urgente, socorro, me ajuda, me ajudem, sos, chamem o 911, 911
cmd-open = ABRIR
    .synonyms = abrir mensagem, ler, ler mensagem

## Engine messages

draft-notice = Este texto ainda não foi revisado por um tradutor.
erased = Pronto. Apagamos o que guardávamos sobre esta conversa. Apague também esta conversa no seu celular.
stopped = Tudo bem. Não vamos escrever de novo. Envie COMEÇAR se quiser conversar depois.
recovered = Desculpe, nos perdemos. Aqui está o menu.
input-refused = Desculpe, não conseguimos ler essa mensagem. Tente de novo, por favor.
input-trimmed = Sua mensagem era muito longa. Lemos só a primeira parte.
back-unavailable = Não há nada antes para voltar.
too-many-misses = Desculpe, não entendemos. Aqui está o menu. Envie PESSOA para falar com alguém.
retry = Desculpe, não entendemos. Escolha uma destas opções.

## First contact

welcome-hello = Oi, aqui é o Waypoint. Responda MENU para ver as opções.
language-prompt = Idioma?
language-en = English
    .synonyms = inglês, ingles, english
language-fr = Français
    .synonyms = francês, frances, french
language-es = Español
    .synonyms = espanhol, spanish
language-tl = Tagalog
    .synonyms = tagalo, filipino
language-pa = ਪੰਜਾਬੀ
    .synonyms = punjabi, panjabi
language-hi = हिन्दी
    .synonyms = hindi
language-vi = Tiếng Việt
    .synonyms = vietnamita
language-zh = 中文（简体）
    .synonyms = chinês, chines, mandarim, 中文
language-ar = العربية
    .synonyms = árabe, arabe
language-uk = Українська
    .synonyms = ucraniano
language-th = ไทย
    .synonyms = tailandês, tailandes, thai
language-ne = नेपाली
    .synonyms = nepalês, nepales, nepali
language-pt = Português
    .synonyms = português, portugues, portuguese
language-ht = Kreyòl ayisyen
    .synonyms = crioulo haitiano, crioulo, creole, kreyol
safety-prompt = É seguro conversar agora? Outra pessoa pode ler este celular?
safety-yes = Sim, é seguro
    .synonyms = sim, s, seguro, ok
safety-not-now = Agora não
    .synonyms = não, nao, depois, mais tarde
safety-watched = Alguém pode ver
    .synonyms = alguém, alguem, me vigiam, estou sendo vigiado, estou sendo vigiada
safety-bye = Tudo bem. Tchau. Escreva quando quiser.
safety-watched-advice = Envie APAGAR quando quiser para apagar o que guardamos. Apague também esta conversa no seu celular. Você também pode salvar este número com outro nome.
codeword-offer = Você pode criar uma palavra-código secreta. Se uma resposta estiver esperando, só mostramos depois que você enviar essa palavra.
codeword-set = Criar palavra-código
    .synonyms = palavra-código, palavra codigo, código, codigo, criar, sim
codeword-no = Não, tudo bem
    .synonyms = não, nao, não obrigado, não obrigada, pular
codeword-prompt = Digite sua palavra-código: de 3 a 30 letras ou números, sem emoji. Não use seu nome.
codeword-retry = Essa palavra-código não pode ser usada. Use de 3 a 30 letras ou números, sem emoji. Ou envie MENU para pular.
codeword-saved = Obrigado. Guardamos sua palavra-código até você enviar APAGAR.
welcome-kept = Não guardamos nenhum número de telefone legível nem mensagens, a não ser que você peça uma pessoa. Envie APAGAR quando quiser para apagar o que guardamos.

## Main menu

menu-prompt = Sobre o que você quer saber?
menu-work = Trabalho e pagamento
    .synonyms = trabalho, pagamento, salário, salario, emprego, dinheiro, serviço
menu-papers = Documentos e permissões
    .synonyms = documentos, papéis, papeis, permissão, permissao, work permit, passaporte, visto, status
menu-safety = Segurança e ajuda
    .synonyms = segurança, seguranca, violência, violencia, ameaças, ameacas, denúncia, denuncia
menu-person = Falar com uma pessoa
    .synonyms = pessoa, falar
menu-privacy = Sua privacidade
    .synonyms = privacidade, meus dados, dados
menu-language = Mudar idioma
group-prompt = Escolha um assunto.

## Topic names

topic-wages = Pagamento e descontos
    .synonyms = pagamento, salário, salario, pago, não pagam, cheque, dinheiro, desconto, descontos
topic-hours = Horas e folgas
    .synonyms = horas, hora extra, horas extras, intervalo, folga, descanso
topic-fees-debt = Taxas e dívidas
    .synonyms = taxa, taxas, dívida, divida, recrutador, agência, agencia, empréstimo, emprestimo
topic-housing = Moradia
    .synonyms = casa, quarto, cama, dormir, moradia, alojamento
topic-health-safety = Lesões e saúde
    .synonyms = lesão, lesao, machucado, machuquei, doente, médico, medico, saúde, saude, acidente
topic-documents = Passaporte e papéis
    .synonyms = passaporte, papéis, papeis, documentos, identidade
topic-change-employer = Mudar de empregador
    .synonyms = mudar, novo emprego, trocar de emprego, sair do emprego, permissão aberta, open work permit
topic-status = Sua permissão e status
    .synonyms = status, permissão, permissao, visto
topic-trp = Permissão especial (TRP)
    .synonyms = trp, permissão especial, permissao especial
topic-emergency = Perigo agora
topic-abuse-threats = Ameaças ou violência
    .synonyms = ameaças, ameaca, ameaça, violência, violencia, abuso, agressão, agressao, assédio, assedio
topic-complaint = Fazer uma denúncia
    .synonyms = denúncia, denuncia, denunciar, reclamação, reclamacao, reclamar
topic-police = Ir à polícia
    .synonyms = polícia, policia
topic-trafficking = Tráfico de pessoas
    .synonyms = tráfico, trafico, tráfico de pessoas, trafico de pessoas, tráfico humano
topic-talk-to-person = Falar com uma pessoa
topic-privacy = Sua privacidade

## Shared choices and questions

choice-yes = Sim
    .synonyms = s, sim, ok, claro, pode ser
choice-no = Não
    .synonyms = n, não, nao, agora não
choice-menu = Menu
    .synonyms = menu principal
choice-who-helps = Quem pode ajudar
    .synonyms = quem, quem ajuda, contatos, números, numeros, telefones
choice-person = Falar com alguém
    .synonyms = pessoa, falar, alguém, alguem
topic-next = O que ajudaria agora?
after-help = Você quer falar com uma pessoa?
suggest-prompt = Sua pergunta é sobre um destes assuntos?

## Who can help: national lines

ref-tip-line = Denuncie um problema no trabalho: 1-866-602-9448, a linha de denúncias para trabalhadores estrangeiros temporários do Service Canada. Sem dar seu nome. Atendem em dias úteis; fora disso, deixe recado.
ref-hotline = Linha de ajuda grátis 24/7: 1-833-900-1010 (Canadian Human Trafficking Hotline). É uma entidade beneficente, não é polícia nem governo. Tem intérpretes para mais de 200 idiomas.
ref-911 = Se você está em perigo agora, ligue 911. É grátis de qualquer telefone.
ref-ircc = Dúvidas sobre sua autorização ou seu processo? Ligue para o IRCC, o órgão federal de imigração: 1-888-242-2100 (Client Support Centre).
legal-aid = A assistência jurídica (ajuda legal gratuita) depende de cada província. Muitos programas não cobrem residentes temporários. Uma pessoa pode ajudar você a achar uma clínica jurídica.

## Province

province-prompt = Em qual província ou território você trabalha? Isso ajuda a indicar o escritório certo. Você pode pular.
province-west = Oeste ou Norte
    .synonyms = oeste, norte, pradarias, bc, alberta, saskatchewan, manitoba, yukon, nwt, nunavut
province-east = Ontário e leste
    .synonyms = leste, ontario, ontário, quebec, québec, atlântico, atlantico
province-none = Prefiro não dizer
    .synonyms = pular, não, nao, prefiro não dizer, não dizer
province-pick = Qual?
province-bc = Colúmbia Britânica
    .synonyms = bc, b.c, colúmbia britânica, columbia britanica, british columbia
province-ab = Alberta
    .synonyms = ab, alberta
province-sk = Saskatchewan
    .synonyms = sk, sask, saskatchewan
province-mb = Manitoba
    .synonyms = mb, manitoba
province-yt = Yukon
    .synonyms = yt, yukon
province-nt = Territórios do Noroeste
    .synonyms = nt, nwt, territórios do noroeste, territorios do noroeste, northwest territories
province-nu = Nunavut
    .synonyms = nu, nunavut
province-on = Ontário
    .synonyms = on, ont, ontario, ontário
province-qc = Quebec
    .synonyms = qc, quebec, québec
province-nb = Nova Brunswick
    .synonyms = nb, nova brunswick, novo brunswick, new brunswick
province-ns = Nova Escócia
    .synonyms = ns, nova escócia, nova escocia, nova scotia
province-pe = Ilha do Príncipe Eduardo
    .synonyms = pe, pei, ilha do príncipe eduardo, ilha do principe eduardo, prince edward island
province-nl = Terra Nova e Labrador
    .synonyms = nl, terra nova, labrador, terra nova e labrador, newfoundland

## Employment standards offices

es-office-bc = Colúmbia Britânica: ligue 1-833-236-3700. É o Employment Standards Branch (normas de trabalho). Eles têm intérpretes. Site: www2.gov.bc.ca
es-office-ab = Alberta: ligue 1-877-427-3731 (Employment Standards). Site: alberta.ca (pesquise "employment standards").
es-office-sk = Saskatchewan: ligue 1-800-667-1783. É o Employment Standards (normas de trabalho). Site: www.saskatchewan.ca/business/employment-standards
es-office-mb = Manitoba: ligue 1-800-821-4307 (Employment Standards Branch). Site: gov.mb.ca (pesquise "employment standards").
es-office-yt = Yukon: ligue 867-667-5944, ou grátis 1-800-661-0408, ramal 5944. É o Employment Standards Office. Site: yukon.ca
es-office-nt = Territórios do Noroeste: ligue 1-888-700-5707. É o Employment Standards Office. Site: www.ece.gov.nt.ca/en/services/employment-standards
es-office-nu = Nunavut: ligue 1-877-806-8402 ou 867-975-6322. É o Labour Standards Compliance Office. Site: nu-lsco.ca
es-office-on = Ontário: ligue 1-800-531-5551, o Employment Standards Information Centre. Atende em muitos idiomas. Site: ontario.ca/employmentrights
es-office-qc = Quebec: ligue 1-844-838-0808. É a CNESST, para normas de trabalho. Site: www.cnesst.gouv.qc.ca
es-office-nb = Nova Brunswick: ligue 1-888-452-2687. É o Employment Standards Branch. Site: www.gnb.ca. Não cobre trabalho em casa particular para o dono da casa.
es-office-ns = Nova Escócia: ligue 1-888-315-0110 ou 902-424-4311. É a Labour Standards Division. Site: novascotia.ca/lae/employmentrights
es-office-pe = Ilha do Príncipe Eduardo: ligue 1-800-333-4362 ou 902-368-5550. É o Employment Standards Branch. Site: www.princeedwardisland.ca
es-office-nl = Terra Nova e Labrador: procure o telefone em www.gov.nl.ca/aesl/labour/nonunion. É a Labour Standards Division.
es-office-none = Cada província tem seu escritório de salário e horas. Regras federais (caminhões entre províncias, bancos, aéreas): Labour Program federal. Uma pessoa pode ajudar, sem saber onde você está.

## Workers' compensation

wcb-what = Cada província e território tem seu próprio seguro de acidentes de trabalho (workers' compensation). Ele dá dinheiro e cuidados se você se machucar por causa do trabalho.
wcb-bc = Na Colúmbia Britânica, o que conta é onde você se machucou, não o seu país de origem. Vale mesmo se o seu empregador nunca fez o registro.
wcb-other = Pergunte ao órgão de acidentes de trabalho (workers' compensation board) da sua província ou território. Uma pessoa pode ajudar você com isso.

## wages

wages-agreement = Seu salário deve seguir o contrato que você assinou com o empregador. As regras de pagamento da sua província valem de todo jeito, diga o que disser o contrato.
wages-no-fees = Seu empregador, ou um recrutador por ele, não pode cobrar pelo emprego. Ele também não pode descontar do seu salário o seguro de saúde que ele tem que pagar.
wages-claim = Para receber o que devem, faça uma queixa na sua província (escritório de normas de emprego). Trabalho com regras federais (caminhões entre províncias, bancos, aéreas): Labour Program federal.
wages-deadline = Há um prazo para reclamar. Muda em cada província: 6 meses na Nova Escócia, 12 meses em Saskatchewan. Pergunte logo. Ninguém pode prometer que você vai receber o dinheiro.

## hours

hours-overtime = Seu empregador não pode obrigar você a fazer hora extra fora do contrato. Sua província limita as horas e o pagamento de hora extra, diga o que disser o contrato.
hours-sick = Seu empregador não pode obrigar você a trabalhar quando você está com uma doença ou lesão.
hours-province = Cada província define seus limites de horas, dias de descanso e pagamento de horas extras. O escritório de normas de trabalho da sua província pode explicar as regras.
hours-farm-home = As regras para trabalho no campo, ou em uma casa particular, podem ser diferentes. Confirme com o escritório ou com uma pessoa.

## fees-debt

fees-ban = Desde 26 de setembro de 2022, empregadores dos programas de trabalhadores estrangeiros não podem cobrar para contratar você, nem por um recrutador. O empregador responde pelos recrutadores.
fees-province = As províncias também têm regras. Em Ontário, um recrutador não pode cobrar nada. Manitoba, BC e Saskatchewan têm leis sobre taxas. Outras províncias regulam os recrutadores.
fees-debt-rights = Uma dívida não dá a ninguém o direito de ficar com seus documentos. Também não dá a ninguém o direito de impedir você de ir embora.
fees-not-fault = Pagar não foi culpa sua. Não podemos prometer que você vai recuperar o dinheiro.

## documents

docs-passport = Seu empregador não pode tomar seu passaporte ou sua permissão de trabalho. Se ele ficar com seus documentos, você pode denunciar.
docs-help = Uma pessoa pode ajudar você a recuperar seus documentos ou tirar novos. O consulado do seu país (o escritório dele no Canadá) pode ajudar, se você achar seguro.
docs-no-numbers = Nunca vamos pedir o número do seu passaporte ou da sua permissão.

## housing

housing-report = Seu empregador não pode punir você por denunciar moradia ruim. Se punir, você pode denunciar isso também.
housing-locked = Se alguém impede você de sair de onde mora ou trabalha, você pode denunciar. Isso também conta como abuso para a autorização aberta para trabalhadores vulneráveis.
housing-rules = As regras de moradia dependem do seu programa de trabalho e da sua província. Uma pessoa pode ajudar você a verificar.
housing-tonight = Sem um lugar seguro para dormir hoje? Ligue 211 para achar uma cama e outras ajudas. Ou ligue para a linha de ajuda gratuita, 24/7: 1-833-900-1010.

## health-safety

health-doctor = Você não precisa de permissão para ir ao médico. Se você se machucar ou ficar doente no trabalho, seu empregador deve se esforçar de verdade para você ter atendimento.
health-insurance = No programa de trabalhadores estrangeiros, o empregador deve pagar um seguro de saúde de emergência até a província cobrir você. Não pode sair do seu salário.
health-status = Sua autorização de trabalho mantém seu status enquanto for válida, mesmo sem poder trabalhar. Seu empregador não pode deportar você. Mas pode acabar com o seu emprego.

## change-employer

change-closed = Uma permissão de trabalho fechada só deixa você trabalhar para o empregador que está nela. Para mudar de emprego, você precisa de uma nova permissão.
change-owp = Abuso no trabalho, ou risco de abuso? Você pode pedir a permissão aberta para trabalhadores vulneráveis. Precisa estar no Canadá com uma permissão fechada válida, ou ter pedido a renovação a tempo.
abuse-kinds = Abuso pode ser dano ao corpo ou dano sexual. Ameaças ou controle. Tirar seu dinheiro. Punir você por denunciar um problema ou ajudar numa inspeção. Tudo isso conta.
change-how = Essa permissão é grátis. O pedido é online. Envie uma carta sobre o que aconteceu e qualquer prova, como uma carta de um grupo de apoio ou de um médico. Sua família no Canadá também pode pedir.
change-decides = Trabalho que sua permissão não permitia no passado não impede essa permissão. Um agente decide. Fale com uma clínica jurídica antes de pedir.

## status

status-no-ask = Você não precisa nos dizer seu status. Nunca vamos perguntar.
status-paper = Sua permissão mostra a data de fim e as condições (regras que você deve seguir). Uma permissão fechada também mostra o nome do seu empregador.
status-rights = Você tem direitos no trabalho, como todo mundo. Isso vale também para trabalhadores temporários.
status-paths = Há várias formas de ficar no Canadá: um TRP (um papel para ficar por um tempo), uma autorização de trabalho aberta, um pedido de refúgio ou um pedido humanitário. Depende da sua situação.
status-lawyer = Em perigo agora? Ligue 911. Se não, fale primeiro com uma clínica jurídica ou um advogado de imigração, antes de ir à polícia.

## trp

trp-what = Uma TRP (permissão de residência temporária) é um papel para ficar no Canadá por um tempo. Há uma TRP especial para pessoas sem status que alguém controlou e usou para trabalho ou sexo.
trp-health = Ele dá atendimento de saúde (Programa Federal de Saúde Interino). Você também pode pedir uma autorização de trabalho aberta ou de estudo, sem taxa.
trp-length = Desde 4 de fevereiro de 2025, ela costuma durar pelo menos 12 meses. Não há taxa para ela, para permissão de trabalho ou estudo, nem para digitais e foto. Outra TRP pode vir depois.
trp-testify = A regra oficial: você não precisa depor na justiça (ser testemunha) para conseguir. Mas profissionais de apoio dizem que pode ser difícil sem um caso na polícia. Na prática, varia.
trp-apply = Você pode pedir por conta própria. Um grupo de apoio ou a polícia também pode encaminhar você. Um agente pode entrevistar você, e um agente decide. Procure antes uma clínica jurídica ou advogado.

## trafficking

traf-what = Quando alguém controla uma pessoa para lucrar com o trabalho ou o sexo dela, a lei chama isso de tráfico de pessoas. Podem usar força, ameaças, mentiras, dívidas ou tomar os documentos dela.
traf-border = Não é preciso cruzar uma fronteira. A pessoa pode vir ao Canadá de forma legal e mesmo assim isso pode acontecer. Dizer sim não conta se veio de força ou mentiras.
traf-no-label = Você não precisa dar um nome à sua situação para ter ajuda. Pagamento injusto ou abuso merecem ajuda, mesmo que não seja tráfico de pessoas.

## abuse-threats

abuse-deport = Seu empregador não pode deportar você nem mudar seu status. Se ameaçar, você pode denunciar. Mas ele pode acabar com o seu emprego.
abuse-family = Se alguém ameaça sua família no seu país, uma pessoa pode ajudar você a fazer um plano. Não podemos prometer que eles estarão seguros.
choice-new-permit = Nova permissão
    .synonyms = nova permissão, nova permissao, permissão, permissão aberta, mudar de empregador

## complaint

complaint-no-punish = Seu empregador não pode punir você por denunciar maus-tratos, trabalho perigoso ou moradia ruim, nem por ajudar numa inspeção. Se punir, denuncie também. Conta como abuso para a autorização aberta.
complaint-tip = Qualquer pessoa pode usar a linha de denúncias TFW. Você não precisa dar seu nome. O Service Canada nunca conta ao empregador quem denunciou.
complaint-share = Eles não contatam você sem permissão. Mas podem partilhar a denúncia com outras partes do governo, e isso pode incluir a imigração. Sem status? Fale antes com uma pessoa de apoio.
complaint-province = Saskatchewan e New Brunswick aceitam queixas sem nome ou confidenciais. Alberta aceita denúncias sem nome. Saskatchewan pode pedir para partilhar sua queixa com a imigração: pense antes.
complaint-no-promise = Nenhum resultado é garantido. Uma pessoa pode ajudar você a decidir.

## police

police-choice = A escolha é sua. A ajuda aqui nunca depende de ir à polícia.
police-status = Primeiro um advogado. Se seu status não está claro, a polícia pode chamar a imigração. Um advogado de imigração pode ajudar você a decidir.
police-helpline = A linha de ajuda gratuita (1-833-900-1010) mantém em sigilo o que você diz. Só avisa a polícia se você concordar. Exceções: criança em risco, alguém em perigo ou uma obrigação legal.

## privacy

privacy-kept = Não guardamos seu número de forma legível. Não guardamos suas mensagens, a não ser que você peça uma pessoa.
privacy-erase = Envie APAGAR quando quiser. Isso apaga tudo o que o Waypoint guarda sobre você.
privacy-phone = Seu celular guarda a própria cópia desta conversa. Apague lá também.
privacy-provider = Sua operadora de celular ou o WhatsApp podem guardar os próprios registros. Não podemos apagar esses registros.
privacy-next = E agora?
privacy-erase-now = Apagar agora
    .synonyms = apagar, excluir

## talk-to-person

person-what-they-see = Responde uma pessoa de apoio treinada, não a polícia nem a imigração. Ela vê um codinome, seu idioma, seus assuntos e esta conversa daqui em diante. Não seu número.
person-deleted = Apagamos a conversa quando seu caso fecha, em geral 30 dias depois.
person-child = Se uma criança pode estar em perigo, a pessoa de apoio pode ter que denunciar.
person-options = Você pode pedir um intérprete. Também pode pedir uma pessoa de apoio que não seja da sua comunidade.
person-confirm = Você quer falar com uma pessoa?
person-requested = Obrigado. Uma pessoa vai responder aqui. Envie APAGAR quando quiser.
person-after-hours = Se ninguém responder logo, ligue para a linha de ajuda gratuita, 24/7: 1-833-900-1010.
person-other-lines = Tudo bem. Você também pode ligar para a linha de ajuda gratuita, 24/7: 1-833-900-1010. Para pessoas indígenas: Hope for Wellness, 24/7: 1-855-242-3310.

## emergency

emergency-now = Em perigo agora? Ligue 911, grátis de qualquer telefone. Ajuda 24/7: 1-833-900-1010. APAGAR apaga esta conversa.
emergency-offer = Você quer que uma pessoa escreva para você aqui?
emergency-person = Sim, uma pessoa
    .synonyms = sim, s, sim por favor
emergency-asked = A linha de ajuda atende 24/7, com intérpretes em mais de 200 línguas. Não é a polícia nem o governo. Nós não podemos ligar para ninguém por você.
emergency-self = Você também pode ligar ou mandar mensagem para o 9-8-8, grátis, dia e noite, se pensa em tirar a própria vida (em inglês ou francês).
check-danger = Você está em perigo agora?

## Help

help-commands = Palavras que funcionam sempre: MENU, VOLTAR, IDIOMA, PESSOA, EMERGÊNCIA, APAGAR, PARAR.

## While a support worker has the conversation

handoff-claimed = Uma pessoa de apoio está aqui agora. Ela pode ler o que você escrever a partir de agora. Envie APAGAR quando quiser.
handoff-closed = A pessoa de apoio fechou esta conversa. Você voltou para o assistente. Envie MENU para ver as opções.
handoff-cancelled = Tudo bem. Você saiu da fila. Ninguém vai escrever para você.
handoff-waiting = Sua mensagem foi guardada para a pessoa de apoio. Você continua na fila. Envie MENU para sair da fila.

## Replies that wait for the person, the neutral notice, voice notes and photos, and no console

open-neutral = Obrigado. Envie MENU para ver as opções.
held-notice = Você tem uma mensagem nova. Responda ABRIR para ler.
media-not-read = Só consigo ler texto. Não consigo abrir áudios, fotos ou arquivos. Escreva sua pergunta, ou envie PESSOA para falar com uma pessoa.
media-handoff = Sua pessoa de apoio só pode ler texto. Avisamos que você enviou um áudio, uma foto ou um arquivo. Escreva sua mensagem, ou ligue para a linha de ajuda gratuita, 24/7: 1-833-900-1010.
person-none = Agora ninguém pode responder nesta conversa. Não podemos passar você para uma pessoa aqui. Você pode ligar para esta linha de ajuda gratuita para falar com uma pessoa.
person-notice = Se uma pessoa de apoio responder depois que você parar de escrever, podemos enviar uma mensagem curta? Ela só diz que há uma mensagem esperando.
person-reply-held = Se você parar de escrever, a resposta vai esperar aqui. Você vai receber quando escrever para nós de novo.
person-reply-notice = Se você parar de escrever, a resposta vai esperar aqui. Vamos enviar uma mensagem curta para avisar que ela está esperando.
emergency-what-they-see = Uma pessoa de apoio treinada responderia, não a polícia. Ela vê um codinome, seu idioma e esta conversa. Não seu número.

## Handoff queue

handoff-queue-1 = Você é a próxima pessoa na fila. Uma pessoa de apoio vai escrever para você aqui.
handoff-queue-2 = Você é o número 2 na fila. Uma pessoa de apoio vai escrever para você aqui.
handoff-queue-3 = Você é o número 3 na fila. Uma pessoa de apoio vai escrever para você aqui.
handoff-queue-4 = Você é o número 4 na fila. Uma pessoa de apoio vai escrever para você aqui.
handoff-queue-5 = Você é o número 5 na fila. Uma pessoa de apoio vai escrever para você aqui.
handoff-queue-more = Há mais de 5 pessoas antes de você na fila. Pode demorar. Uma pessoa de apoio vai escrever para você aqui.
handoff-after-hours-today = Nenhuma pessoa de apoio está trabalhando agora. Alguém responde mais tarde hoje. Em perigo? Ligue 911. Ajuda grátis 24/7: 1-833-900-1010.
handoff-after-hours-tomorrow = Nenhuma pessoa de apoio está trabalhando agora. Alguém responde amanhã. Em perigo? Ligue 911. Ajuda grátis 24/7: 1-833-900-1010.
handoff-after-hours-later = Nenhuma pessoa de apoio está trabalhando agora. Alguém responde em alguns dias. Em perigo? Ligue 911. Ajuda grátis 24/7: 1-833-900-1010.
handoff-staff-reply = Mensagem da sua pessoa de apoio.
language-offer = Prefere ler em português? Envie IDIOMA para mudar.

## New topics: a partner and status, a young person's health care, reporting a crime, debts in your name

job-end = Com uma autorização para um só empregador, você não pode trabalhar para outro sem uma nova. Trabalhadores agrícolas sazonais podem ser mandados para casa antes.
health-card = Peça o cartão de saúde da sua província ao chegar. Algumas províncias fazem esperar, até 3 meses. Até lá, o seguro do seu empregador cobre você (programa de trabalhadores estrangeiros).
health-card-plan =
    { $province ->
        [bc] Colúmbia Britânica: o plano é o MSP (Medical Services Plan).
        [ab] Alberta: o plano é o AHCIP (Alberta Health Care Insurance Plan).
        [sk] Saskatchewan: o cartão vem da eHealth Saskatchewan.
        [mb] Manitoba: o cartão vem da Manitoba Health.
        [on] Ontário: o plano é o OHIP. O pedido é na ServiceOntario.
        [qc] Quebec: o plano é a RAMQ.
        [nb] New Brunswick: o plano é o Medicare.
        [ns] Nova Scotia: o plano é o MSI.
        [pe] Prince Edward Island: o cartão vem da Health PEI.
        [nl] Newfoundland and Labrador: o plano é o MCP.
        [yt] Yukon: o plano é o Yukon Health Care Insurance Plan.
        [nt] Northwest Territories: o plano é o NWT Health Care Plan.
        [nu] Nunavut: o plano é o Nunavut Health Care Plan.
       *[other] Cada província tem seu plano de saúde. Uma pessoa pode ajudar você a achar o seu.
    }
choice-more = Saber mais
    .synonyms = mais, saber mais
topic-family-violence = Parceiro violento/status
    .synonyms = parceiro, marido, esposa, patrocinador
topic-youth-health = Saúde para jovens
    .synonyms = jovem, jovens, clínica, anticoncepcional
topic-report-crime = Denunciar um crime
    .synonyms = crime, denunciar, agressão, ataque
topic-coerced-debt = Dívidas no seu nome
    .synonyms = meu nome, empréstimo, crédito, fraude, conta
fv-what = Se sua permanência no Canadá depende de um parceiro que machuca você, há ajuda. Abuso pode ser físico, sexual, ameaças, controle ou tirar seu dinheiro.
fv-trp = O IRCC tem um TRP especial (um papel para ficar por um tempo) para pessoas no Canadá sem status cuja residência permanente dependia desse parceiro. O primeiro não tem taxa.
fv-more = Ele dá saúde e você pode pedir uma autorização de trabalho aberta ou de estudo. Seus filhos no Canadá talvez também. Um agente decide. Procure antes uma clínica jurídica.
fv-other = Não é o TRP para pessoas forçadas a trabalhar ou vender sexo. Uma pessoa pode ajudar você a ver qual serve.
youth-care = Você pode ter atendimento de saúde sexual, testes ou anticoncepcional. Algumas clínicas atendem jovens sem os pais e sem cartão de saúde. Ligue 211 para achar uma.
youth-report = Se você falar com uma pessoa de apoio: se um jovem pode estar em perigo, ela talvez tenha que denunciar. As regras mudam conforme a província.
youth-private = Pergunte à clínica o que fica em sigilo. O Kids Help Phone é grátis e sigiloso, 24/7: ligue 1-800-668-6868 ou mande CONNECT para 686868.
crime-choice = Se alguém atacou ou machucou você, ir à polícia é escolha sua. A ajuda aqui nunca depende disso. Em perigo agora? Ligue 911.
crime-status = Sem status, a polícia pode passar seus dados para a imigração. Algumas cidades dizem que a polícia não pergunta o status, mas isso varia. Procure antes uma clínica jurídica.
crime-centre = Um centro contra agressão sexual pode ajudar, mesmo sem você ir à polícia. Ligue 211, ou a linha de ajuda grátis 24/7: 1-833-900-1010.
debt-what = Alguém pôs um empréstimo, uma dívida, um plano de celular ou uma conta no seu nome sem sua livre escolha? Não é culpa sua. Pode ser fraude, e há passos a seguir.
debt-steps = Peça à Equifax (1-800-465-7166) e à TransUnion (1-800-663-9980) seu histórico de crédito e um alerta de fraude. Você pode avisar a polícia e o Canadian Anti-Fraud Centre: 1-888-495-8501.
debt-help = Uma clínica jurídica pode ajudar com a dívida, antes de você pagar algo. Ir à polícia é escolha sua. Não podemos prometer que a dívida vai sumir.

## First contact, small talk, and the words of the channels themselves
## Prompts say nothing about numbers: channels that show choices as numbered lines (SMS, the
## linked WhatsApp device, the terminal) add choose-number themselves; buttons need no words.

# Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device).
# @status draft
choose-number = Envie um número.
# First contact in a language told from the first message: how to change it. LANGUAGE works in every language.
# @status draft
language-change = Para mudar de idioma, envie IDIOMA (ou LANGUAGE).
# Small talk where a choice was expected: a short kind word, then the same choices again.
# @status draft
ack-thanks = De nada.
ack-hello = Olá de novo.
ack-ok = Certo.
# Someone coming back ("it's me again", "sorry"): no questions, no judgement.
# @status draft
welcome-back = Que bom que você voltou. Aqui está o menu. Você também pode falar com uma pessoa.
# Before the menu, when a message asks for something Waypoint does not do.
# @status draft
menu-scope = Podemos ajudar com estes assuntos.
# The button that opens a WhatsApp list. 20 characters at most.
# @status draft
whatsapp-list-button = Opções
# The web chat page's own words (buttons, labels, notices).
# @status draft
web-quick-exit = Saída rápida
web-quick-exit-hint = ou aperte Esc duas vezes
web-exit-notice = A saída rápida apaga esta conversa do Waypoint e abre uma página do tempo. O histórico do navegador ainda pode mostrar esta visita. Uma janela anônima deixa menos rastros.
web-exit-notice-link = Como apagar seus rastros na internet (Tech Safety Canada)
web-choose-language = Escolha um idioma
web-or-write = Ou escreva sua mensagem em qualquer idioma.
web-chat-log = Conversa
web-message-label = Sua mensagem
web-placeholder = Escreva aqui
web-send = Enviar
web-language = Idioma
web-menu = Menu
web-you = Você
web-error-retry = A mensagem não foi enviada. Tente de novo.
web-error-busy = Mensagens demais de uma vez. Espere um minuto e tente de novo.
web-noscript = Este chat precisa de JavaScript.

## Passing the chat to another support worker, with the person's consent (src/engine/handoff.ts)

# The question: who the new worker is (by what they can do, never a name), that they will read the chat, then yes/no.
# @status draft
transfer-ask-language = Sua pessoa de apoio acha que outra pessoa pode ajudar você melhor: uma pessoa de apoio que fala a sua língua. Essa pessoa leria o que você escreveu aqui, então você não precisa contar sua história de novo. Podemos passar sua conversa para ela?
transfer-ask-shelter = Sua pessoa de apoio acha que outra pessoa pode ajudar você melhor: uma pessoa de apoio que pode ajudar a encontrar um lugar seguro para ficar. Essa pessoa leria o que você escreveu aqui, então você não precisa contar sua história de novo. Podemos passar sua conversa para ela?
transfer-ask-legal = Sua pessoa de apoio acha que outra pessoa pode ajudar você melhor: uma pessoa de apoio de uma clínica jurídica gratuita. Essa pessoa leria o que você escreveu aqui, então você não precisa contar sua história de novo. Podemos passar sua conversa para ela?
transfer-ask-health = Sua pessoa de apoio acha que outra pessoa pode ajudar você melhor: uma pessoa de apoio que pode ajudar com cuidados de saúde. Essa pessoa leria o que você escreveu aqui, então você não precisa contar sua história de novo. Podemos passar sua conversa para ela?
transfer-ask-other = Sua pessoa de apoio acha que outra pessoa de apoio pode ajudar você melhor. Essa pessoa leria o que você escreveu aqui, então você não precisa contar sua história de novo. Podemos passar sua conversa para ela?
transfer-yes = Obrigado. Sua conversa foi passada. A nova pessoa de apoio vai escrever para você aqui.
transfer-no = Tudo bem. Nada muda. Você continua com sua pessoa de apoio.
