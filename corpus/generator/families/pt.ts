/** Portuguese template families (Brazilian and European usage, written for the corpus). */
import type { Family } from "./types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "pt", from, subject, body, ...extra });

export const PT: Family[] = [
  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "disponibilidade-conversa",
    ["Sua candidatura - {role}", "Conversa inicial - {role}"],
    [
      "Obrigada pelo interesse na vaga de {role}. Gostamos muito do seu perfil e queremos marcar uma conversa inicial de uns {dur} minutos.",
      "Qual a sua disponibilidade nos próximos dias?",
    ],
    { weight: 1.3 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "link-agendamento",
    ["Convite para entrevista - {role}", "Próxima etapa do processo seletivo"],
    [
      "Gostaríamos de convidá-lo(a) para uma entrevista com {pname}, gestor(a) da área.",
      "Você pode escolher o melhor horário diretamente por este link: {link}",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "duas-opcoes",
    ["Sugestão de horários", "Entrevista com {pname}"],
    [
      "Alguma destas opções funciona para uma videochamada com {pname}?",
      "- {date} às {time}\n- {date2} às {time2}",
      "Me avise qual prefere que eu envio o convite.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-agendar",
    ["Agende sua entrevista com a {org}", "Ação necessária: escolha seu horário"],
    [
      "Parabéns! Você avançou para a próxima etapa do processo seletivo para {role}.",
      "Escolha o horário da sua entrevista aqui: {link}",
      "A entrevista terá duração aproximada de {dur} minutos.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "oferecer-call",
    ["Bate-papo sobre a vaga de {role}"],
    [
      "Sou {pfirst} e lidero o time para o qual você se candidatou. A {rfirst} me encaminhou o seu currículo.",
      "Queria te oferecer uma call na semana que vem para contar sobre os nossos projetos. Você tem meia hora na {day} ou no dia {date2}?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "lembrete-agendamento",
    ["RES: Processo seletivo - {role}", "Lembrete: agendamento da entrevista"],
    [
      "Estou retomando a mensagem abaixo, caso tenha se perdido na caixa de entrada. Ainda tem interesse na vaga?",
      "Se sim, segue novamente o link para agendar: {link}",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "confirmacao-video",
    ["Confirmação de entrevista", "Entrevista confirmada - {date}"],
    ["Perfeito! Confirmo a sua entrevista com {pname} no dia {date} às {time}.", "Link da chamada: {vlink}"],
    { quote: ["cand"], quoteProb: 0.5, weight: 1.3 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "convite-calendario",
    ["Convite: entrevista {role} - {cname}"],
    ["Segue em anexo o convite para a entrevista do dia {date} às {time}."],
    { calendar: "request", calSummary: ["Entrevista {role} - {cname}", "Entrevista {cname} / {org}"] },
  ),
  f(
    "interview_confirmation",
    "ats",
    "ats-detalhes",
    ["Sua entrevista foi agendada", "Detalhes da entrevista - {role}"],
    [
      "Sua entrevista para a vaga de {role} foi agendada.",
      "Data: {date}\nHorário: {time}\nDuração: {dur} minutos\nEntrevistador(a): {pname}\nLocal: {vlink}",
    ],
  ),
  f(
    "interview_confirmation",
    "manager",
    "presencial-escritorio",
    ["Até {day}!", "Sua visita ao nosso escritório"],
    [
      "Estou ansioso para te conhecer pessoalmente no dia {date} às {time}, no nosso escritório da {street}, {city}.",
      "É só se identificar na recepção e me chamar.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "agendamento-confirmado",
    ["Agendamento confirmado: entrevista com {rname}"],
    [
      "Seu agendamento está confirmado.",
      "O quê: entrevista de {dur} minutos\nQuando: {date}, {time} ({zone})\nOnde: {vlink}",
    ],
    { greet: false, sign: false },
  ),
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "cancelamento-imprevisto",
    ["Cancelamento da entrevista", "Entrevista de {date}"],
    [
      "Peço desculpas pelo aviso em cima da hora, mas por um imprevisto precisamos cancelar a entrevista marcada para {date}.",
      "Volto a falar com você assim que tivermos novas datas.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "cancelada-calendario",
    ["Cancelado: entrevista {role} - {cname}"],
    ["Esta entrevista foi cancelada."],
    { calendar: "cancel", calSummary: ["Entrevista {role} - {cname}"], greet: false },
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "desafio-tecnico",
    ["Desafio técnico - {role}", "Próxima etapa: case"],
    [
      "A próxima etapa do processo é um desafio técnico que você pode fazer em casa.",
      "O enunciado está aqui: {testlink}. Pedimos que nos envie a solução em até {days} dias.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "teste-online",
    ["Convite para teste online - {role}"],
    [
      "Como parte do processo seletivo, convidamos você a realizar um teste online de 60 minutos.",
      "Acessar o teste: {testlink}\nO link expira em {deadline}.",
    ],
  ),
  // rejection
  f(
    "rejection",
    "ats",
    "devolutiva-padrao",
    ["Sua candidatura na {org}", "Processo seletivo - {role}"],
    [
      "Agradecemos o seu interesse em fazer parte da {org} e a sua participação no processo seletivo para {role}.",
      "Após uma análise cuidadosa, informamos que, neste momento, optamos por seguir com outros candidatos.",
      "?Seu currículo ficará em nosso banco de talentos para oportunidades futuras.",
    ],
    { weight: 1.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "apos-entrevista",
    ["Retorno sobre a entrevista", "{role} - retorno"],
    [
      "Muito obrigada pelo seu tempo na entrevista com {pname}.",
      "Depois de conversar com o time, decidimos avançar com outra pessoa cujo perfil está mais alinhado ao que precisamos agora.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "decisao-apertada",
    ["Decisão final - {role}"],
    [
      "Eu gostaria de trazer outra notícia. A decisão foi muito difícil, mas o time optou por fazer a proposta a outro finalista.",
      "Você deixou uma ótima impressão e adoraria manter contato.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "convite-retirado",
    ["RES: Processo seletivo - {role}", "Sobre a entrevista agendada"],
    [
      "Retomando a mensagem abaixo: o time decidiu seguir com candidatos que já estavam em etapas mais avançadas, então infelizmente não vamos manter a entrevista.",
      "Peço desculpas pelo transtorno.",
    ],
    { quote: ["sched"], quoteProb: 1 },
  ),
  f(
    "rejection",
    "ats",
    "status-nao-selecionado",
    ["Atualização da sua candidatura {ref}"],
    ["Status: não selecionado(a)\nVaga: {role}\nCódigo: {ref}", "Confira outras vagas em https://{careers}."],
  ),
  f(
    "rejection",
    "recruiter",
    "resposta-followup",
    ["RES: Candidatura {role}"],
    [
      "Obrigado pelo contato e desculpe a demora. Infelizmente não vamos dar continuidade à sua candidatura para esta vaga.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  // offer
  f(
    "offer",
    "recruiter",
    "proposta-formal",
    ["Proposta de trabalho - {role}", "Sua proposta da {org}"],
    [
      "Conforme conversamos por telefone, segue a nossa proposta para a vaga de {role}:",
      "Salário: {salary}\nData de início: {start}\nRegime: CLT, com vale-refeição e plano de saúde",
      "Pode nos dar um retorno até {deadline}?",
    ],
    { weight: 1.3, attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "bem-vindo-time",
    ["Bem-vindo(a) ao time!", "Ótimas notícias"],
    [
      "Fico muito feliz em dizer que queremos você no time como {role}!",
      "A {rfirst} vai te enviar a documentação ainda hoje.",
    ],
  ),
  f(
    "offer",
    "ats",
    "carta-proposta",
    ["A {org} enviou uma proposta para você", "Sua carta-proposta está disponível"],
    [
      "A {org} enviou uma carta-proposta para a vaga de {role}.",
      "Revisar e assinar: {portal}\nA proposta é válida até {deadline}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "contrato-assinatura",
    ["Seu contrato", "Contrato para assinatura"],
    [
      "Parabéns mais uma vez! O seu contrato para a vaga de {role} já está pronto.",
      "Você vai receber um pedido de assinatura eletrônica; assine até {deadline} para garantirmos o seu início em {start}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "proposta-revisada",
    ["RES: Proposta de trabalho", "Proposta revisada"],
    [
      "Depois da nossa conversa, consegui uma proposta revisada: o salário passa para {salary} e as demais condições continuam iguais.",
    ],
    { quote: ["offer", "cand"], quoteProb: 0.6 },
  ),
  // application_ack
  f(
    "application_ack",
    "ats",
    "recebemos",
    ["Recebemos sua candidatura", "Obrigado por se candidatar - {role}"],
    [
      "Obrigado por se candidatar à vaga de {role}. Sua candidatura foi recebida com sucesso.",
      "Nosso time vai analisar o seu perfil e entrará em contato caso haja aderência.",
    ],
    { weight: 1.3 },
  ),
  f(
    "application_ack",
    "ats",
    "codigo-portal",
    ["Candidatura {ref} registrada"],
    ["Sua candidatura (código {ref}) foi registrada. Acompanhe o andamento em {portal}."],
  ),
  // status_update
  f(
    "status_update",
    "recruiter",
    "atraso-infelizmente",
    ["Atualização sobre sua candidatura", "Andamento do processo"],
    [
      "Queria te dar um retorno: infelizmente o processo para {role} está um pouco atrasado porque parte do time está de férias.",
      "Esperamos ter uma decisão até {deadline}. Obrigada pela paciência!",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "vaga-congelada",
    ["A vaga de {role} foi congelada"],
    [
      "Quero te avisar que a vaga de {role} foi congelada temporariamente por questões de orçamento.",
      "Não tem relação com o seu perfil; te aviso se ela for reaberta.",
    ],
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "minha-disponibilidade",
    ["RES: Processo seletivo - {role}", "Minha disponibilidade"],
    [
      "Muito obrigado pelo contato! Tenho disponibilidade:",
      "- {date} a partir das 14h\n- {date2} pela manhã",
    ],
    { quote: ["sched"], quoteProb: 0.7, weight: 1.3 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "horario-ok",
    ["RES: Sugestão de horários"],
    ["Dia {date} às {time} fica ótimo para mim. Até lá!"],
    { quote: ["sched", "confirm"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "documentos",
    ["Documentos solicitados"],
    ["Conforme solicitado, seguem em anexo os documentos para a admissão."],
    { quote: ["offer"], quoteProb: 0.4, attach: "docs" },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "andamento",
    ["Andamento da minha candidatura", "Candidatura {role}"],
    [
      "Me candidatei há algumas semanas para a vaga de {role} e gostaria de saber se há alguma novidade sobre o processo.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-apos-reprovacao",
    ["RES: Sua candidatura na {org}"],
    [
      "Obrigado pelo retorno. Seria possível receber um feedback sobre o meu desempenho? Isso me ajudaria bastante nos próximos processos.",
    ],
    { quote: ["reject"], quoteProb: 1 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "outra-proposta",
    ["Desistência do processo"],
    [
      "Agradeço a atenção de vocês. Aceitei outra proposta e, por isso, gostaria de retirar minha candidatura à vaga de {role}.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "motivos-pessoais",
    ["RES: Confirmação de entrevista"],
    [
      "Por motivos pessoais não vou conseguir seguir no processo, então peço que cancelem a entrevista. Desculpem o transtorno.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "fora-escritorio",
    ["Fora do escritório"],
    [
      "Obrigada pela mensagem. Estou fora do escritório até {deadline}. Para assuntos de processos seletivos, fale com {kname}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "ferias",
    ["Férias"],
    ["Estou de férias com acesso limitado ao e-mail. Respondo assim que voltar."],
    { quote: ["sched", "reject"], greet: false },
  ),
  // other
  f(
    "other",
    "colleague",
    "meia-hora-quinta",
    ["Meia hora na quinta?"],
    ["Consegue meia hora na quinta para revisarmos o plano de contratações do trimestre?"],
  ),
  f(
    "other",
    "colleague",
    "sala-indisponivel",
    ["Sala indisponível na {day}"],
    ["Infelizmente a sala de reunião não está disponível na {day}. Vamos usar o espaço do segundo andar."],
  ),
  f(
    "other",
    "colleague",
    "cv-encaminhado",
    ["CV para {role}"],
    [
      "Estou encaminhando o currículo de {cname} para a vaga de {role}. Consegue dar uma olhada e me dizer se vale chamar para entrevista?",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "jobboard",
    "alerta-vagas",
    ['{n} novas vagas para "{role}"'],
    [
      'Encontramos {n} novas vagas compatíveis com o seu alerta "{role}" em {city}.',
      "Ver todas: https://jobspring-board.example/br/vagas/{hex}",
      "Você recebe este alerta porque se cadastrou. Cancele a inscrição quando quiser.",
    ],
    { greet: false, sign: false },
  ),
];
