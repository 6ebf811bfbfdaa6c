/** Supplementary pt template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "pt", from, subject, body, ...extra });

export const SUP_PT_2: Family[] = [
  // ── rejection ────────────────────────────────────────────────────────────
  f(
    "rejection",
    "recruiter",
    "r2-outra-pessoa-alinhada",
    ["Retorno sobre o processo - {role}", "Seu processo na {org}", "Retorno"],
    [
      "Antes de tudo, [[agradeço a paciência ao longo das etapas|agradeço muito o seu tempo nas conversas com a gente]]. Sei que processo seletivo cansa, então não quis deixar você sem resposta.",
      "Depois de muita discussão com o time, a decisão foi seguir com outra pessoa, cujo momento de carreira [[conversa mais com o que a área precisa agora|está mais próximo do que o gestor desenhou para a vaga]].",
      "?Se quiser um retorno mais detalhado sobre as entrevistas, é só me responder aqui que eu te conto o que o time comentou.",
      "Desejo muito sucesso e espero cruzar com você em outra oportunidade.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "r2-rgpd-template-longo",
    ["Candidatura {ref} - {role}", "Atualização sobre a sua candidatura | {org}"],
    [
      "ESTADO DA CANDIDATURA\nFunção: {role}\nReferência: {ref}\nEstado: Não selecionada",
      "Agradecemos o interesse demonstrado na {org} e o tempo que dedicou a esta candidatura. Após análise do seu percurso face aos requisitos da função, informamos que não iremos dar seguimento à sua candidatura nesta fase.",
      "Esta decisão diz respeito exclusivamente a este processo. Poderá continuar a candidatar-se a outras oportunidades publicadas em https://{careers}.",
      "PROTEÇÃO DE DADOS\n• Os seus dados pessoais serão conservados durante 12 meses, nos termos do RGPD.\n• Pode, a qualquer momento, pedir o acesso, a retificação ou o apagamento dos seus dados através do portal do candidato.\n• Findo esse prazo, os dados serão eliminados automaticamente.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "r2-consultoria-cliente-nao-avanca",
    ["Vaga {role} - retorno do cliente", "RES: Oportunidade {role} (confidencial)"],
    [
      "Tive hoje o alinhamento com o cliente sobre os perfis apresentados para a posição de {role}.",
      "Infelizmente eles optaram por não avançar com o seu nome. O ponto levantado foi [[a pouca vivência com times remotos|a falta de experiência no setor financeiro, que para eles era eliminatória|o pacote pretendido, acima da faixa aprovada]] — nada relacionado à sua qualificação técnica, que eles elogiaram.",
      "Como consultoria, sigo com o seu currículo na nossa base e, surgindo algo mais aderente, te procuro primeiro.",
    ],
    { quote: ["cand"], quoteProb: 0.35 },
  ),
  f(
    "rejection",
    "manager",
    "r2-gestor-curto",
    ["Nossa conversa de {pastday}", "Re: Entrevista {role}"],
    [
      "Valeu pela conversa de {pastday}, gostei de conhecer o seu trabalho.",
      "[[Vou direto ao ponto|Prefiro ser transparente]]: não vamos seguir com a sua candidatura desta vez. A decisão foi apertada, mas escolhemos um perfil com mais bagagem em liderança.",
      "Boa sorte nos próximos passos!",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "r2-formal-angola-mz",
    ["Processo de Recrutamento - {role}", "Resultado do processo de selecção"],
    [
      "Vimos por este meio agradecer o interesse manifestado em integrar a {org}.",
      "Após análise criteriosa de todas as candidaturas recebidas, lamentamos informar V. Exa. que a sua candidatura não foi seleccionada para a fase seguinte do processo de recrutamento para a função de {role}.",
      "Os seus dados permanecerão na nossa base de recrutamento, podendo ser considerados para futuras vagas compatíveis com o seu perfil.",
      "Desejamos-lhe os maiores sucessos profissionais.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "r2-antes-de-marcar",
    ["RES: Disponibilidade para entrevista", "Re: horários"],
    [
      "Valeu por mandar seus horários tão rápido, e desculpa o vaivém.",
      "Antes de fecharmos a agenda, {pname} revisou novamente a lista final e decidiu priorizar candidatos com experiência em [[SAP|atendimento B2B|gestão de estoque]]. Por isso, não vamos mais seguir com a entrevista nem com a sua candidatura para {role}.",
      "Sei que não é a notícia que você esperava. Agradeço pela disponibilidade.",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),
  f(
    "rejection",
    "ats",
    "r2-resultado-teste",
    ["Resultado da avaliação técnica - {role}", "{org} | Resultado da etapa de testes"],
    [
      "Agradecemos por ter realizado a avaliação técnica do processo para {role}.",
      "Sua pontuação ficou abaixo da nota mínima definida para esta etapa e, por esse motivo, sua participação neste processo seletivo se encerra aqui.",
      "?Seu currículo continua no nosso banco de talentos. Se tiver interesse, há vagas abertas para {role2} no nosso site de carreiras.",
      "Desejamos sucesso na sua trajetória!",
    ],
  ),

  // ── scheduling_request ───────────────────────────────────────────────────
  f(
    "scheduling_request",
    "recruiter",
    "r2-headhunter-papo-rapido",
    ["Oportunidade confidencial - {role}", "Posição de {role} | cliente do setor de varejo"],
    [
      "Tudo bem? Sou headhunter e estou conduzindo um processo confidencial para um cliente do setor de [[varejo|agronegócio|saúde]] que está buscando {role}. Seu perfil no LinkedIn chamou atenção pelo histórico em empresas de médio porte.",
      "A faixa salarial gira em torno de {salary}, modelo híbrido em {city}.",
      "Consegue um papo rápido de uns {dur} minutos [[amanhã ou {day}|ainda esta semana]]? Me passa um horário bom e um telefone que eu te ligo.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "r2-tu-pt-manha-tarde",
    ["Conversa sobre a vaga de {role}", "{role} - próxima etapa"],
    [
      "Agradeço a tua candidatura! Gostava de marcar uma primeira conversa contigo, por videochamada, para te apresentar a equipa e perceber melhor o que procuras.",
      "Tens disponibilidade {date} de manhã ou {date2} a partir das {time2}? Se nenhuma destas opções der jeito, diz-me que encontramos outra.",
    ],
  ),
  f(
    "scheduling_request",
    "booking",
    "r2-booking-convite-agendar",
    ["Agende sua entrevista: {role} - {org}", "{rname} convidou você para agendar um horário"],
    [
      "{rname} ({org}) convidou você para agendar uma entrevista de {dur} minutos para a vaga de {role}.",
      "Escolha o horário que for melhor para você:\n{link}",
      "Como funciona:\n• os horários exibidos já estão no seu fuso horário;\n• depois de escolher, você recebe o convite por e-mail;\n• se precisar, dá para remarcar pelo mesmo link.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "r2-etapa-final-presencial",
    ["Etapa final - {role}", "Convite para conversa com a diretoria"],
    [
      "Gostaria de convidá-l{g:a|o} para a etapa final do processo, uma conversa comigo e com a diretoria na nossa sede, {street}, em {city}.",
      "Sugiro {date} às {time} ou {date2} às {time2}. [[Se nenhum desses funcionar, me avisa que a gente ajeita.|Se ficar ruim, me fala outro horário que encaixo.]]",
      "?Pode vir tranquil{g:a|o}, não precisa preparar apresentação.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "r2-mobile-call-amanha",
    ["RE: Vaga {role}", "Re: candidatura"],
    [
      "Oi! Desculpa a demora pra responder. Bora fazer uma call rápida amanhã às {time}? Se não der, me manda duas ou três opções que a gente encaixa.",
    ],
    { greet: false, quote: ["cand"], quoteProb: 0.7 },
  ),

  // ── interview_confirmation ───────────────────────────────────────────────
  f(
    "interview_confirmation",
    "recruiter",
    "r2-fica-combinado",
    ["RES: Entrevista", "Combinado - {date}"],
    [
      "Perfeito, fica então combinado: {date}, às {time}, com {pname}. A conversa será online e dura cerca de {dur} minutos.",
      "Link da sala: {vlink}",
      "?Se tiver qualquer imprevisto, me avisa com antecedência, tá?",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  f(
    "interview_confirmation",
    "ats",
    "r2-convite-calendario-ats",
    ["Entrevista agendada: {role}", "Confirmação de entrevista - {org}"],
    [
      "Sua entrevista está confirmada. Adicionamos o convite ao seu calendário.",
      "Data: {date}\nHorário: {time} ({tz})\nDuração: {dur} min\nEntrevistador(a): {pname}\nLocal: {vlink}",
      "Dica: entre na sala com alguns minutos de antecedência para testar áudio e câmera.",
    ],
    {
      calendar: "request",
      calSummary: ["Entrevista {role} - {cname}", "{org} | Entrevista com {pname}"],
    },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "r2-presencial-pt-cartao",
    ["Confirmação de entrevista presencial", "Entrevista {role} - {date}"],
    [
      "Confirmamos a sua entrevista presencial para {date}, pelas {time}, nas nossas instalações: {street}, {city}.",
      "À chegada, deverá dirigir-se à receção e indicar que vem ao encontro de {pname}. Pedimos que traga o Cartão de Cidadão ou outro documento de identificação.",
      "?Existe estacionamento para visitantes no piso -1.",
    ],
  ),

  // ── interview_cancellation ───────────────────────────────────────────────
  f(
    "interview_cancellation",
    "recruiter",
    "r2-adiar-viagem",
    ["Adiamento da entrevista de {date}", "Precisamos adiar nossa conversa"],
    [
      "Vou precisar adiar a entrevista que tínhamos marcado para {date}: {pname} teve uma viagem de última hora e não vai conseguir participar.",
      "Assim que a agenda for liberada, volto a falar com você com novas opções. [[Mil desculpas pelo transtorno.|Peço desculpas pelo incômodo.]]",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "r2-cancelado-calendario",
    ["Cancelado: Entrevista - {role}", "Entrevista cancelada | {org}"],
    [
      "A entrevista de {date}, às {time}, para a vaga de {role} foi cancelada pela equipe de recrutamento.",
      "Não é necessário fazer nada agora. Se houver uma nova data, você receberá outro convite.",
    ],
    { calendar: "cancel", calSummary: ["Entrevista {role} - {cname}"] },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "r2-desmarcar-motivos-internos",
    ["Entrevista de {date} - desmarcação", "Reagendamento da entrevista"],
    [
      "Por motivos internos, vemo-nos obrigados a desmarcar a entrevista agendada para {date}, pelas {time}.",
      "Lamentamos o incómodo que isto possa causar. Voltaremos a contactá-l{g:a|o} logo que seja possível reagendar.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "r2-imprevisto-hoje",
    ["Entrevista de hoje", "hoje {time}"],
    [
      "{cfirst}, surgiu um imprevisto aqui e não vou conseguir fazer nossa entrevista hoje às {time}. Desculpa mesmo pelo aviso em cima da hora!",
      "{rname}, do RH, vai te procurar para remarcar.",
    ],
    { greet: false },
  ),

  // ── assessment ───────────────────────────────────────────────────────────
  f(
    "assessment",
    "ats",
    "r2-teste-comportamental",
    ["Próxima etapa: avaliações online - {role}", "{org} | Avaliação de perfil e lógica"],
    [
      "Você avançou no processo para {role}! A próxima etapa é composta por duas avaliações online.",
      "O QUE VOCÊ VAI FAZER\n• Questionário de perfil comportamental (cerca de 15 minutos, sem respostas certas ou erradas)\n• Teste de raciocínio lógico (30 minutos, cronometrado)",
      "Acesse pelo link: {testlink}\nPrazo para concluir: {deadline}",
      "Recomendamos fazer as avaliações em um computador, com conexão estável e sem interrupções.",
    ],
  ),
  f(
    "assessment",
    "recruiter",
    "r2-case-pt-apresentacao",
    ["Case - {role}", "Exercício prático para a próxima fase"],
    [
      "Conforme falámos, segue em anexo o case da próxima fase. Trata-se de um exercício baseado num problema real da equipa, [[com dados fictícios|simplificado para caber num fim de semana]].",
      "Tens até {deadline} para nos enviar a tua proposta. Na entrevista seguinte vais apresentá-la em cerca de 20 minutos a {pname} e a mais uma pessoa da equipa.",
      "?Se alguma parte do enunciado não estiver clara, pergunta à vontade.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "manager",
    "r2-desafio-pratico-curto",
    ["Desafio prático", "Desafio técnico - {role}"],
    [
      "Como combinamos na conversa, segue o desafio prático. A ideia é algo que leve umas [[3|4]] horas, não precisa ficar perfeito.",
      "Link: {testlink}",
      "Você tem {days} dias corridos para entregar. Depois a gente marca um papo para você explicar suas escolhas.",
    ],
  ),

  // ── offer ────────────────────────────────────────────────────────────────
  f(
    "offer",
    "recruiter",
    "r2-aprovado-beneficios",
    ["Proposta - {role} 🎉", "Ótima notícia sobre o processo!"],
    [
      "Tenho uma ótima notícia: você foi aprovad{g:a|o} para a vaga de {role}!",
      "Resumo da proposta:\n• Salário: {salary} (CLT)\n• Vale-refeição e vale-alimentação\n• Plano de saúde e odontológico extensivo a dependentes\n• Início previsto: {start}",
      "A carta-proposta completa está em anexo. Se puder, me dá um retorno até {deadline}.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "recruiter",
    "r2-carta-formal-pt",
    ["Proposta de contratação - {role}", "Proposta {org}"],
    [
      "Na sequência do processo de recrutamento, temos o prazer de lhe apresentar uma proposta para integrar a {org} na função de {role}, com contrato sem termo e início em {start}.",
      "Em anexo segue a carta com as condições detalhadas (remuneração base, subsídio de refeição, seguro de saúde e regime de trabalho híbrido).",
      "Pedimos que nos transmita a sua decisão até {deadline}. Estamos ao dispor para esclarecer qualquer dúvida.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "recruiter",
    "r2-consultoria-cliente-aprovou",
    ["O cliente aprovou! - {role}", "RES: Processo {role} - proposta"],
    [
      "Notícia boa: o cliente aprovou seu nome e quer te contratar como {role}!",
      "A proposta formal deles está em anexo: {salary} + bônus anual de até dois salários, início em {start}. Eles toparam o modelo remoto que você pediu.",
      "[[Lê com calma e me diz o que achou|Dá uma olhada e me fala se ficou alguma dúvida]], que eu faço a ponte com eles.",
    ],
    { attach: "offer" },
  ),

  // ── application_ack ──────────────────────────────────────────────────────
  f(
    "application_ack",
    "ats",
    "r2-recebemos-proximos-passos",
    ["Recebemos sua candidatura! - {role}", "Candidatura recebida | {org}"],
    [
      "Oba, sua candidatura para {role} chegou até a gente!",
      "Próximos passos:\n1. Nosso time vai analisar seu currículo com calma.\n2. Se houver aderência com a vaga, entraremos em contato pelo e-mail ou telefone cadastrados.\n3. Você pode acompanhar o andamento a qualquer momento em {portal}.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "r2-rececao-pt-rgpd",
    ["Confirmação de receção de candidatura", "{org} - Candidatura {ref}"],
    [
      "Confirmamos a receção da sua candidatura à função de {role} (ref.ª {ref}).",
      "A equipa de recrutamento irá analisar todas as candidaturas recebidas. Caso o seu perfil avance para a fase seguinte, será contactad{g:a|o} nas próximas semanas.",
      "Informação sobre proteção de dados: os dados que nos enviou serão tratados exclusivamente para fins de recrutamento, de acordo com o Regulamento Geral sobre a Proteção de Dados (RGPD).",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "r2-cv-espontaneo-cadastrado",
    ["RES: Envio de currículo", "Re: Currículo - {cname}"],
    [
      "Agradeço o envio do seu currículo! Já cadastrei no nosso sistema e encaminhei para a área responsável pela vaga de {role}.",
      "Ainda não tenho previsão de retorno, mas se o seu perfil seguir no processo eu te procuro por aqui.",
    ],
    { quote: ["application"], quoteProb: 0.7 },
  ),
  f(
    "application_ack",
    "ats",
    "r2-acusamos-recepcao",
    ["Acusamos a recepção da sua candidatura", "Candidatura n.º {ref}"],
    [
      "Acusamos a recepção da sua candidatura à vaga de {role}, registada com o número {ref}.",
      "O processo de triagem poderá levar algumas semanas. Apenas os candidatos pré-seleccionados serão contactados para a fase de entrevistas.",
      "Agradecemos a confiança depositada na {org}.",
    ],
  ),

  // ── status_update ────────────────────────────────────────────────────────
  f(
    "status_update",
    "recruiter",
    "r2-atraso-orcamento",
    ["Atualização do processo - {role}", "Passando para dar notícias"],
    [
      "Passando para te dar um retorno, mesmo sem novidade definitiva: o processo de {role} atrasou um pouco porque a área está fechando o orçamento do trimestre.",
      "Você continua no processo e a previsão é termos uma posição até {deadline}. [[Valeu pela paciência!|Agradeço a compreensão.]]",
    ],
  ),
  f(
    "status_update",
    "ats",
    "r2-avancou-etapa",
    ["Sua candidatura avançou 🚀", "Atualização: {role}"],
    [
      'Boas notícias: sua candidatura para {role} foi movida para a etapa "Análise do gestor".',
      "Não é preciso fazer nada agora. Em breve alguém do time de Recrutamento deve entrar em contato com as orientações da próxima fase.",
      "Acompanhe o status em: {portal}",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "r2-vaga-congelada-pt",
    ["Ponto de situação - {role}", "Processo de recrutamento suspenso"],
    [
      "Escrevo para lhe dar conta de uma alteração: por decisão da administração, o recrutamento para a função de {role} foi temporariamente suspenso.",
      "A sua candidatura mantém-se ativa e, assim que o processo for retomado, voltamos a contactá-l{g:a|o}. Não sabemos ainda indicar uma data, mas prevemos ter novidades no próximo trimestre.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "r2-vaga-preenchida-aviso",
    ["Vaga encerrada: {role}", "Aviso sobre a vaga {ref}"],
    [
      "Este é um aviso automático enviado a todas as pessoas inscritas na vaga {role} (código {ref}).",
      "A posição foi preenchida e o anúncio foi encerrado no nosso portal de carreiras.",
      "Seu cadastro continua disponível para outras vagas. Você pode ativar alertas de novas oportunidades em {portal}.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "r2-ainda-entrevistando",
    ["RES: Status da candidatura", "Re: Alguma novidade?"],
    [
      "Agradeço o contato! Ainda estamos entrevistando alguns candidatos para {role}, e o seu perfil segue em análise com {pname}.",
      "Devo ter um retorno mais concreto [[na próxima semana|até {deadline}]].",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),

  // ── candidate_reply ──────────────────────────────────────────────────────
  f(
    "candidate_reply",
    "candidate",
    "r2-pode-ser-sim",
    ["Re: Entrevista", "RES: Disponibilidade"],
    ["[[Pode ser sim!|Fechado!|Combinado!]] {day} às {time} está ótimo pra mim."],
    { greet: false, quote: ["sched"], quoteProb: 0.9 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "r2-documentos-admissao",
    ["Documentos para admissão - {cname}", "RES: Documentação admissional"],
    [
      "Segue em anexo a documentação solicitada para a admissão:\n- RG e CPF\n- Carteira de trabalho digital\n- Comprovante de residência\n- Certificado de conclusão do curso",
      "O exame admissional já está marcado. Se faltar algum documento, me avisa que eu envio.",
    ],
    { attach: "docs", quote: ["offer"], quoteProb: 0.4 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "r2-aceito-proposta-pt",
    ["RE: Proposta de contratação", "Aceitação da proposta - {role}"],
    [
      "Venho por este meio aceitar a proposta para a função de {role}. Envio em anexo a carta devidamente assinada.",
      "Fico a aguardar indicações sobre o primeiro dia e a documentação necessária. Agradeço a confiança!",
    ],
    { attach: "offer", quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "r2-agradeco-retorno-negativo",
    ["Re: Retorno sobre o processo", "RES: Candidatura {role}"],
    [
      "Agradeço o retorno, mesmo não sendo o resultado que eu esperava. Gostei muito de conhecer o time.",
      "Fico à disposição para futuras oportunidades na {org}.",
    ],
    { quote: ["reject"], quoteProb: 0.75 },
  ),

  // ── candidate_inquiry ────────────────────────────────────────────────────
  f(
    "candidate_inquiry",
    "candidate",
    "r2-teve-novidade",
    ["Vaga {role}", "novidades?"],
    ["Tudo bem? Queria saber se teve alguma novidade sobre a vaga de {role}. [[Valeu!|Agradeço desde já!]]"],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "r2-feedback-pt",
    ["RE: Candidatura {role}", "Pedido de feedback"],
    [
      "Agradeço a resposta. Apesar de a decisão não ter sido a que esperava, agradecia imenso se me pudesse dar algum feedback sobre o que pesou mais na avaliação.",
      "Seria muito útil para preparar as próximas entrevistas.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "r2-ponto-situacao-formal",
    ["Pedido de informação - candidatura {ref}", "Ponto de situação da candidatura"],
    [
      "Venho por meio deste solicitar informação sobre o ponto de situação da minha candidatura à vaga de {role} (ref. {ref}), submetida em {pastdate}.",
      "Gostaria de saber se o processo de selecção já foi concluído ou se existe previsão para a fase de entrevistas.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "r2-proximos-passos-outro-processo",
    ["Próximos passos - {role}", "Re: Entrevista com {pname}"],
    [
      "Gostei muito da conversa com {pname} na {pastday}.",
      "Queria entender quais são os próximos passos e se já existe uma previsão de prazo para a decisão. Pergunto porque estou na etapa final de outro processo e prefiro alinhar as expectativas com vocês antes.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "r2-reenvio-sem-resposta",
    ["RES: Candidatura - {role}", "Reenvio: candidatura {role}"],
    [
      "Reenvio o e-mail abaixo, pois acredito que possa ter se perdido. Vocês conseguem me dizer se a candidatura ainda está em andamento?",
    ],
    { quote: ["cand"], quoteProb: 0.9 },
  ),

  // ── candidate_withdrawal ─────────────────────────────────────────────────
  f(
    "candidate_withdrawal",
    "candidate",
    "r2-aceitei-outra",
    ["Desistência do processo - {role}", "Processo seletivo {org}"],
    [
      "Primeiro, quero agradecer pela atenção durante o processo.",
      "Recebi e aceitei uma proposta de outra empresa nesta semana, então peço que [[me retirem do processo|considerem minha desistência da vaga]] de {role}.",
      "Espero que a gente possa se cruzar em outro momento.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "r2-recuso-proposta-pt",
    ["RE: Proposta {org}", "Resposta à proposta - {role}"],
    [
      "Antes de mais, agradeço a proposta e a forma como todo o processo foi conduzido.",
      "Depois de refletir bem, decidi não a aceitar. Neste momento, a mudança para {city} não é compatível com a minha situação familiar.",
      "Espero sinceramente que possamos voltar a falar no futuro.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "r2-nao-vou-comparecer",
    ["Entrevista {day}", "Re: Confirmação de entrevista"],
    [
      "Oi, não vou comparecer na entrevista de {day}. Pensei bem e decidi não seguir no processo; por motivos pessoais vou continuar onde estou.",
      "Desculpa o aviso e valeu pela oportunidade.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),

  // ── auto_reply ───────────────────────────────────────────────────────────
  f(
    "auto_reply",
    "ooo-candidate",
    "r2-ferias-pt",
    ["Ausente até {deadline}"],
    [
      "Estou de férias até {deadline}, com acesso limitado ao correio eletrónico.",
      "Responderei à sua mensagem logo que regresse. Em caso de urgência, contacte-me por telefone: {phone}.",
    ],
  ),
  f(
    "auto_reply",
    "ooo-org",
    "r2-caixa-recrutamento",
    ["Recebemos sua mensagem"],
    [
      "Esta é uma resposta automática: sua mensagem chegou à caixa de Recrutamento da {org}.",
      "Respondemos os e-mails por ordem de chegada em até 5 dias úteis. Para acompanhar uma candidatura já enviada, acesse {portal}.",
      "Equipe de Recrutamento {org}",
    ],
    { sign: false, autoHeaders: "rfc3834" },
  ),

  // ── other (hard negatives) ───────────────────────────────────────────────
  f(
    "other",
    "colleague",
    "r2-sala-indisponivel",
    ["Mudança de sala - alinhamento de vagas", "Reunião de amanhã: nova sala"],
    [
      "Infelizmente a sala [[Ipê|Jacarandá|do 4º andar]] não vai estar disponível amanhã, teve manutenção no ar-condicionado.",
      "Passei nossa reunião de alinhamento do funil de entrevistas para a sala pequena do 2º andar, mesmo horário ({time}). Se preferir, fazemos pelo Teams mesmo.",
    ],
  ),
  f(
    "other",
    "colleague",
    "r2-encaminha-cv-indicacao",
    ["Fwd: Currículo por indicação", "indicação para {role}"],
    [
      "Dá uma olhada nesse currículo que chegou por indicação do pessoal de Operações. Acha que vale chamar para uma entrevista de {role}?",
      "Se achar que não tem fit, pode descartar, sem problema.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "r2-parecer-pendente",
    ["Lembrete: parecer pendente - {cname}", "Você tem 1 avaliação pendente"],
    [
      "Seu parecer sobre a entrevista com {cname} ({role}) ainda não foi registrado.",
      "Preencha o formulário de avaliação até o fim do dia para que o comitê possa decidir os próximos passos: {portal}",
      "Esta notificação foi enviada apenas aos entrevistadores do processo.",
    ],
  ),
  f(
    "other",
    "jobboard",
    "r2-newsletter-mercado",
    ["Vagas em alta e pesquisa salarial do mês", "Seu resumo semanal de recrutamento"],
    [
      "NESTA EDIÇÃO\n• As 10 profissões com mais vagas abertas no trimestre\n• Pesquisa salarial: quanto o mercado está oferecendo para tecnologia e finanças\n• Como reduzir o número de candidatos que desistem antes da entrevista",
      "Oferta para anunciantes: publique 3 vagas e ganhe destaque gratuito por 15 dias.",
      "Você recebe este boletim porque tem um perfil de empresa cadastrado. Para cancelar a assinatura, acesse as preferências da sua conta.",
    ],
  ),
  f(
    "other",
    "vendor",
    "r2-vendor-demo-triagem",
    ["Oferta especial para o time de RH da {org}", "Triagem de currículos 3x mais rápida"],
    [
      "Vi que a {org} está com várias vagas abertas e imaginei que o volume de candidaturas deve estar alto.",
      "Nossa plataforma faz a triagem automática de currículos e agenda as entrevistas sozinha. Até o fim do mês estamos com uma oferta de 30% de desconto no plano anual.",
      "Posso reservar 20 minutos na sua agenda para uma demonstração? É só responder este e-mail com o melhor dia.",
    ],
  ),
  f(
    "other",
    "vendor",
    "r2-jornalista-entrevista",
    ["Pedido de entrevista para reportagem", "Entrevista - matéria sobre trabalho híbrido"],
    [
      "Sou jornalista e estou preparando uma reportagem sobre como as empresas de {city} estão lidando com o trabalho híbrido.",
      "Gostaria de entrevistar alguém do time de Pessoas da {org}, por telefone ou videochamada, por uns 20 minutos ainda esta semana. A matéria deve ser publicada no fim do mês.",
      "Agradeço a atenção,\n{cname}\nRepórter - Revista Mercado & Carreira",
    ],
    { sign: false },
  ),
];
