/** More Portuguese template families (written for the corpus). */
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

export const PT_MORE: Family[] = [
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "adiamento",
    ["Adiamento da sua entrevista", "Mudança na entrevista de {date}"],
    [
      "Precisamos adiar a entrevista de {day}, pois {pname} teve uma viagem de última hora.",
      "Te envio novas opções de horário até {deadline}. Desculpe o transtorno.",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-cancelada",
    ["Sua entrevista foi cancelada"],
    [
      "Sua entrevista para a vaga de {role}, marcada para {date} às {time}, foi cancelada.",
      "{rname} entrará em contato em breve.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "gestor-imprevisto",
    ["Nossa conversa de {day}"],
    [
      "Sinto muito, mas surgiu um imprevisto e vou precisar cancelar a nossa conversa de {day}.",
      "A {rfirst} vai falar com você para remarcarmos.",
    ],
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "case-pratico",
    ["Case prático - {role}"],
    [
      "Como próxima etapa, pedimos que você resolva um case prático. O material está aqui: {testlink}",
      "Envie a sua solução até {deadline}; deve levar no máximo três horas.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "questionario-perfil",
    ["Questionário de perfil comportamental"],
    [
      "A próxima etapa do processo é um questionário de perfil comportamental de cerca de 20 minutos.",
      "Acesse aqui: {testlink}",
    ],
  ),
  f(
    "assessment",
    "manager",
    "apresentacao",
    ["Preparação para a segunda entrevista"],
    [
      "Para a nossa segunda conversa, gostaria que você preparasse uma apresentação de 15 minutos sobre o case disponível em {testlink}.",
    ],
  ),
  // application_ack
  f(
    "application_ack",
    "recruiter",
    "cv-recebido",
    ["RES: Candidatura {role}", "Currículo recebido"],
    [
      "Obrigada por enviar o seu currículo! Já compartilhei com o gestor da área e te retorno assim que tiver novidades.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "banco-de-talentos",
    ["Você entrou no nosso banco de talentos"],
    [
      "Obrigado por se cadastrar no banco de talentos da {org}. Seu perfil será considerado para vagas futuras compatíveis.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "e-agora",
    ["Candidatura recebida: e agora?"],
    [
      "Recebemos a sua candidatura para {role}. E agora? O nosso time analisa todos os perfis e, se houver aderência, entraremos em contato em até duas semanas.",
    ],
  ),
  // status_update
  f(
    "status_update",
    "ats",
    "candidatura-visualizada",
    ["Sua candidatura foi visualizada"],
    ["Boa notícia: o time de recrutamento da {org} visualizou a sua candidatura para {role}."],
  ),
  f(
    "status_update",
    "recruiter",
    "vaga-preenchida",
    ["A vaga de {role}"],
    [
      "Queria te informar que a vaga de {role} foi preenchida internamente.",
      "Se você concordar, vou manter o seu perfil em mente para as próximas oportunidades.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "decisao-adiada",
    ["RES: Andamento da minha candidatura"],
    [
      "Obrigada pela paciência. Infelizmente a decisão final foi adiada para a semana que vem, porque o comitê não conseguiu se reunir.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "obrigado-entrevista",
    ["Obrigado pela entrevista"],
    ["Queria agradecer pela conversa de hoje. Saí ainda mais animado com a vaga e com o time."],
  ),
  f(
    "candidate_reply",
    "candidate",
    "obrigado-apos-retorno",
    ["RES: Sua candidatura na {org}"],
    ["Obrigado pelo retorno e pela oportunidade de participar do processo. Desejo sucesso a vocês."],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "proximos-passos",
    ["Retorno sobre a entrevista"],
    [
      "Gostaria de saber se há novidades após a minha entrevista com {pname} e quais seriam os próximos passos.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "prazo-decisao",
    ["Dúvida sobre prazos"],
    ["Vocês têm uma previsão de quando sai a decisão? Estou em outro processo e preciso me organizar."],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "desafio-recebido",
    ["RES: Desafio técnico - {role}"],
    ["Enviei o desafio técnico na semana passada e ainda não tive retorno. Podem confirmar se receberam?"],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "recusa-proposta",
    ["RES: Proposta de trabalho"],
    ["Muito obrigado pela proposta. Depois de pensar bastante, decidi não aceitá-la."],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "contraproposta",
    ["Minha candidatura"],
    [
      "Recebi uma contraproposta da empresa onde trabalho e decidi ficar. Por isso, retiro a minha candidatura. Obrigado por tudo.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "nao-e-momento",
    ["Saída do processo seletivo"],
    ["Pensando melhor, este não é o momento certo para uma mudança. Prefiro sair do processo por enquanto."],
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "caixa-nao-monitorada",
    ["Resposta automática"],
    ["Esta caixa de e-mail não é monitorada. Para acompanhar sua candidatura, acesse: {portal}"],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "viagem",
    ["Ausente"],
    ["Estou viajando até {deadline} com acesso limitado ao e-mail. Respondo assim que possível."],
    { quote: ["sched", "confirm"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "recebemos-email",
    ["Recebemos seu e-mail"],
    ["Esta é uma confirmação automática: recebemos o seu e-mail e responderemos em até dois dias úteis."],
    { quote: ["cand"], greet: false, sign: false },
  ),
  // other
  f(
    "other",
    "vendor",
    "demo-plataforma",
    ["Contrate mais rápido", "Uma demo de 15 minutos?"],
    [
      "Ajudamos times de RH como o seu a reduzir o tempo de contratação em {pct}%.",
      "Posso te oferecer uma demo de 15 minutos na semana que vem? Agende aqui: https://calendly.com/talentpulse-br/demo",
    ],
  ),
  f(
    "other",
    "colleague",
    "convite-interno",
    ["Convite: comitê de contratações"],
    ["Comitê mensal de contratações: revisão das vagas abertas e do orçamento."],
    { calendar: "request", calSummary: ["Comitê de contratações", "Reunião semanal de RH"], greet: false },
  ),
  f(
    "other",
    "vendor",
    "pedido-entrevista-imprensa",
    ["Pedido de entrevista", "Entrevista para a nossa revista"],
    [
      "Sou jornalista da revista Negócios em Pauta e estou preparando uma matéria sobre o mercado de trabalho em {city}. A diretora de RH teria 20 minutos na próxima semana para uma entrevista?",
    ],
  ),
  f(
    "other",
    "system",
    "reembolso-reprovado",
    ["Reembolso reprovado"],
    [
      "Sua solicitação de reembolso RB-{n}{n} foi reprovada por {pname}. Motivo: comprovante ausente. Corrija aqui: {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "segunda-entrevista-presencial",
    ["Segunda entrevista - {role}", "Convite para conversa presencial"],
    [
      "Depois da nossa primeira conversa, queremos te convidar para uma segunda entrevista presencial no nosso escritório em {city}, com {pname}, de cerca de uma hora.",
      "Quais dias funcionam para você na semana de {date}?",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "video-entrevista-agende",
    ["Agende sua entrevista por vídeo", "{org}: convite para entrevista por vídeo"],
    [
      "Seu perfil chamou a atenção do time para a vaga de {role}.",
      "Agende aqui uma entrevista por vídeo de {dur} minutos: {link}",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "lembrete-amanha",
    ["Lembrete: sua entrevista amanhã", "Entrevista de amanhã"],
    [
      "Passando para lembrar que a sua entrevista com {pname} é amanhã, {date}, às {time}, no endereço {street}, {city}.",
      "Leve um documento com foto para a recepção.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "horario-reservado-agenda",
    ["Horário reservado: entrevista com a {org}", "Convite: entrevista com {rname}"],
    ["Seu horário com {rname} está reservado.", "{date}, {time}\nVideochamada: {vlink}"],
    { calendar: "request", calSummary: ["Entrevista com a {org} ({rname})"] },
  ),
  f(
    "rejection",
    "recruiter",
    "reprovado-desafio",
    ["Seu desafio técnico", "Resultado do desafio"],
    [
      "Obrigado por entregar o desafio técnico. Após a avaliação, o time entendeu que a solução não atingiu o nível esperado para a vaga, então não vamos seguir com a sua candidatura.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "devolutiva-curta",
    ["{org} - sua candidatura", "Candidatura {role}"],
    [
      "Informamos que a sua candidatura para {role} não foi selecionada nesta etapa.",
      "Desejamos sucesso na sua jornada.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "proposta-condicionada",
    ["Proposta condicionada", "Sua proposta - {role}"],
    [
      "Temos o prazer de oferecer a vaga de {role}, condicionada à checagem das suas referências.",
      "O salário é de {salary}, com início em {start}. Pode nos confirmar até {deadline}?",
    ],
  ),
  f(
    "offer",
    "manager",
    "resumo-ligacao-proposta",
    ["Depois da nossa ligação", "Quase bem-vindo(a)!"],
    [
      "Como falei na ligação, queremos muito você no time. A {rfirst} vai te enviar a proposta por escrito ainda hoje.",
    ],
  ),
];
