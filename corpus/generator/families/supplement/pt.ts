/** Supplementary pt template families, written for the corpus in a second pass (see ./index.ts). */
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

export const SUP_PT: Family[] = [
  // rejection
  f(
    "rejection",
    "ats",
    "banco-talentos-formal",
    ["Processo seletivo {org} - {role}", "Retorno sobre sua candidatura", "Atualização do processo seletivo"],
    [
      "Agradecemos [[o seu interesse|o interesse]] em fazer parte do time da {org} e o tempo dedicado ao nosso processo seletivo para a vaga de {role}.",
      "Após uma análise cuidadosa dos perfis, [[optamos por seguir com candidatos cujas experiências estão mais alinhadas aos requisitos da posição neste momento|decidimos dar continuidade com outros profissionais, com um perfil mais aderente ao que a vaga exige hoje]].",
      "Seu currículo permanecerá em nosso banco de talentos [[e poderá ser considerado em futuras oportunidades|por 12 meses, e voltaremos a falar com você caso surja uma vaga compatível]].",
      "?Desejamos muito sucesso na sua trajetória profissional.",
    ],
    { html: "often", weight: 1.2 },
  ),
  f(
    "rejection",
    "recruiter",
    "lamento-pos-entrevista",
    ["A sua candidatura - {role}", "Candidatura {ref}", "Entrevista de {pastday}"],
    [
      "Agradeço a disponibilidade para a entrevista com a nossa equipa na {pastday}.",
      "Lamento informar que não vamos avançar com a sua candidatura. [[A decisão não foi fácil|Foi uma decisão difícil, porque tivemos candidatos muito fortes]], mas acabámos por escolher alguém com mais experiência em [[gestão de equipas|liderança técnica|contexto de consultoria]].",
      "?Se lhe for útil, posso partilhar algum feedback mais detalhado numa chamada rápida.",
      "Votos de muito sucesso para o futuro.",
    ],
  ),
  f(
    "rejection",
    "manager",
    "gestor-escreve-pessoalmente",
    ["Sobre a vaga de {role}", "RE: Entrevista final - {role}", "Nossa conversa"],
    [
      "Quis te escrever pessoalmente [[antes que você recebesse a comunicação oficial do RH|em vez de deixar só o e-mail automático]].",
      "Gostei muito da nossa conversa, mas no fim escolhemos outra pessoa para a posição, principalmente pela experiência com [[meios de pagamento|infraestrutura em nuvem|times maiores]]. Não foi nada que você tenha feito de errado, foi uma escolha bem apertada.",
      "Vou guardar seu contato e, se abrir algo no time que combine mais com você, te procuro.",
    ],
    { quote: ["confirm"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "volta-atras-antes-entrevista",
    ["RE: Disponibilidade para conversa", "RE: {role}"],
    [
      "Escrevo para corrigir a minha mensagem anterior. Depois de rever o seu percurso com {pname}, concluímos que [[o seu perfil não se enquadra no|a sua experiência não corresponde ao]] que procuramos para esta função, pelo que não vamos dar seguimento à sua candidatura.",
      "Peço desculpa pela confusão e agradeço o tempo que já dispensou ao processo.",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  f(
    "rejection",
    "ats",
    "resultado-desafio",
    ["Resultado da etapa técnica - {role}", "{org}: resultado do desafio técnico"],
    [
      "Obrigado por ter concluído o desafio técnico da vaga de {role}.",
      "Nossa banca avaliou as entregas com base nos critérios [[que compartilhamos no enunciado|de qualidade de código, testes e clareza da solução]] e, desta vez, sua solução não atingiu a pontuação necessária para seguir para a próxima fase.",
      "Sabemos o esforço que um desafio assim exige e agradecemos muito a dedicação. [[Você poderá participar de novos processos da {org} daqui a seis meses.|Fique à vontade para acompanhar nossas novas vagas em {careers}.]]",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "terso-nao-segue",
    ["{role}", "Re: Candidatura", "Sua candidatura"],
    [
      "Agradeço o contato. Analisei seu currículo com calma, mas [[não vamos conseguir seguir com sua candidatura para essa vaga|seu perfil não vai avançar no processo desta vez]].",
      "Boa sorte na busca!",
    ],
    { quote: ["application"], quoteProb: 0.6 },
  ),

  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "bate-papo-horarios",
    ["Vaga de {role} na {org}", "Bate-papo sobre a vaga de {role}", "Oportunidade - {role}"],
    [
      "Sou {rfirst}, [[do time de recrutamento|da área de Talent Acquisition]] da {org}. Vi seu perfil [[no LinkedIn|no nosso banco de talentos]] e fiquei com vontade de te contar mais sobre uma vaga de {role} que acabamos de abrir.",
      "Topa um bate-papo rápido de uns {dur} minutos? Me passa dois ou três horários que funcionem pra você [[nesta semana|entre {day} e {date2}]] e eu encaixo na agenda.",
    ],
    { weight: 1.2 },
  ),
  f(
    "scheduling_request",
    "ats",
    "escolha-horario-link",
    ["Próxima etapa: entrevista com {pname}", "Agende sua entrevista - {role}"],
    [
      "Boa notícia: sua candidatura para {role} avançou e gostaríamos de conhecer você melhor numa entrevista [[por vídeo|on-line]] com {pname}.",
      "Escolha o horário que for melhor para você no link abaixo (os horários já aparecem no seu fuso):\n{link}",
      "Duração prevista: {dur} minutos.",
      "?Se nenhuma opção encaixar na sua rotina, fale com {rname} que buscamos uma alternativa.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "convite-presencial-datas",
    ["Entrevista - {role}", "Convite para entrevista presencial"],
    [
      "Na sequência da sua candidatura à função de {role}, gostaríamos de {g:convidá-la|convidá-lo} para uma entrevista presencial no nosso escritório de {city}.",
      "Tenho, para já, estas duas possibilidades:\n- {date}, às {time}\n- {date2}, às {time2}",
      "Pode indicar-me qual lhe convém mais? Se nenhuma for possível, diga-me a sua disponibilidade [[para a próxima semana|nos próximos dias]] e eu ajusto.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "gestor-conversa-informal",
    ["Conversa sobre {role}", "Um café virtual?", "Time de {role}"],
    [
      "Aqui é {pfirst}, eu lidero o time [[de engenharia|de produto|de operações]] na {org}. {rfirst} me mostrou seu currículo e [[achei sua experiência bem interessante|gostei bastante do que vi]].",
      "Queria te propor uma conversa informal, sem roteiro, para a gente se conhecer, coisa de {dur} minutos. Você teria um espaço na agenda {day} à tarde ou no início da semana que vem?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "segunda-fase-janelas",
    ["Próxima fase - {role}", "RE: Entrevista {role}", "Painel com o time"],
    [
      "Você passou para a próxima fase! [[Os entrevistadores gostaram muito da primeira conversa.|O feedback da primeira conversa foi ótimo.]]",
      "A etapa seguinte é um painel de cerca de {dur} minutos com {pname} e mais duas pessoas do time. Para eu conseguir alinhar a agenda de todo mundo, pode me mandar as janelas em que você está livre entre {date} e {date2}?",
    ],
    { quote: ["cand"], quoteProb: 0.3 },
  ),

  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "novidades-processo",
    ["Candidatura - {role}", "Dúvida sobre o processo seletivo", "Vaga {ref}"],
    [
      "Me candidatei [[há algumas semanas|no começo do mês]] para a vaga de {role} e gostaria de saber se já existe alguma novidade sobre o processo.",
      "Continuo com muito interesse na oportunidade. [[Se precisarem de mais alguma informação, fico à disposição.|Há alguma previsão para as próximas etapas?]]",
    ],
    { weight: 1.2 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "pedido-feedback-recusa",
    ["RE: A sua candidatura", "Pedido de feedback", "RE: {role}"],
    [
      "Agradeço a resposta, mesmo não sendo a que esperava.",
      "Seria possível partilharem algum feedback sobre a entrevista? Gostava de perceber em que pontos [[posso melhorar|fiquei aquém]] para candidaturas futuras.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "proximos-passos-prazo",
    ["Próximos passos - {role}", "Re: Entrevista de {pastday}"],
    [
      "Agradeço mais uma vez pela conversa de {pastday} com {pname}.",
      "Queria entender quais são os próximos passos e [[qual é a previsão de retorno|quando devo ter uma resposta]], porque estou participando de outros processos e preciso me organizar.",
    ],
    { quote: ["confirm"], quoteProb: 0.35 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "curto-alguma-novidade",
    ["Re: {role}", "Alguma novidade?"],
    [
      "Oi {rfirst}, tudo certo? Passando só pra saber se [[teve alguma atualização|já tem alguma notícia]] sobre a vaga de {role}.",
    ],
    { greet: false, quote: ["ack", "status"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "desafio-recebido",
    ["Desafio técnico - {cname}", "RE: Desafio técnico", "Entrega do case"],
    [
      "Enviei a minha solução do desafio na {pastday}, dentro do prazo. [[Vocês conseguiram receber?|Podem confirmar se chegou tudo certo?]]",
      "Também queria saber se já existe uma data prevista para o resultado dessa etapa.",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),

  // status_update
  f(
    "status_update",
    "recruiter",
    "processo-demorando",
    ["Atualização - {role}", "Processo seletivo {role}: status"],
    [
      "Passando para te dar um retorno: o processo da vaga de {role} está levando mais tempo do que a gente previa, porque [[ainda estamos entrevistando outras pessoas|o gestor da área esteve de férias]].",
      "Sua candidatura continua [[ativa|em análise]] e a expectativa é ter uma definição até {deadline}. Agradeço a paciência!",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "recrutamento-suspenso",
    ["Ponto de situação - {role}", "Recrutamento {role}"],
    [
      "Queria {g:informá-la|informá-lo} de que, por decisão interna, o recrutamento para {role} ficou suspenso até ao próximo trimestre, na sequência de uma revisão do orçamento.",
      "Isto não tem nada a ver com o seu perfil. Quando o processo for retomado, entrarei em contacto consigo para perceber se mantém o interesse.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "candidatura-visualizada",
    ["Sua candidatura foi visualizada", "Novidade na sua candidatura para {role}"],
    [
      "A equipe de recrutamento da {org} [[visualizou|abriu]] sua candidatura para {role}.",
      "Isso significa que seu perfil está em análise. Você pode acompanhar cada etapa em {portal}.",
    ],
    { html: "often" },
  ),
  f(
    "status_update",
    "ats",
    "mudanca-etapa",
    ["Atualização de status - {ref}", "Sua candidatura mudou de etapa"],
    [
      "Há uma atualização no seu processo seletivo.",
      "Vaga: {role}\nCódigo: {ref}\nEtapa anterior: Triagem curricular\nEtapa atual: [[Análise do gestor|Avaliação da área]]",
      "Não é preciso fazer nada agora; avisaremos por e-mail assim que houver novidades.",
    ],
    { html: "often" },
  ),
  f(
    "status_update",
    "recruiter",
    "vaga-preenchida-interna",
    ["Vaga de {role}", "Sobre o processo de {role}"],
    [
      "Queria te avisar que a vaga de {role} [[acabou sendo preenchida por uma pessoa do próprio time|foi ocupada por meio de uma movimentação interna]], por isso o processo externo foi encerrado.",
      "Gostei de conhecer sua trajetória e vou deixar seu perfil sinalizado para as próximas posições da área.",
    ],
  ),

  // application_ack
  f(
    "application_ack",
    "ats",
    "recebemos-o-que-acontece",
    ["Recebemos sua candidatura - {role}", "{org} | Candidatura recebida"],
    [
      "Obrigado por se candidatar à vaga de {role} na {org}. Sua inscrição foi registrada com sucesso.",
      "O que acontece agora?\n• Nosso time de recrutamento analisa os currículos por ordem de chegada;\n• Se o seu perfil seguir para a próxima etapa, entraremos em contato por e-mail ou telefone;\n• O processo costuma levar [[de duas a três semanas|até 20 dias úteis]].",
      "Acompanhe sua candidatura: {portal}",
    ],
    { html: "often", weight: 1.2 },
  ),
  f(
    "application_ack",
    "ats",
    "rececao-confirmada",
    ["Confirmação de candidatura", "Candidatura recebida: {ref}"],
    [
      "Confirmamos a receção da sua candidatura para {role} (ref. {ref}).",
      "Iremos analisá-la com atenção e daremos notícias logo que possível.",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "recebi-encaminhei",
    ["RE: Candidatura: {role}", "Re: Currículo"],
    [
      "Recebi seu e-mail e o currículo, [[agradeço muito o interesse|valeu por lembrar da gente]]!",
      "Já encaminhei para [[a liderança|a gestão]] da área e volto a falar com você assim que tiver uma posição.",
    ],
    { quote: ["application"], quoteProb: 0.8 },
  ),
  f(
    "application_ack",
    "ats",
    "banco-talentos-cadastro",
    ["Cadastro no Banco de Talentos {org}", "Seu currículo foi recebido"],
    [
      "Seu cadastro no Banco de Talentos da {org} foi concluído e recebemos o seu currículo.",
      "Sempre que abrir uma vaga compatível com o seu perfil, o nosso time vai consultá-lo. Mantenha seus dados atualizados em {portal}.",
    ],
  ),

  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "disponibilidade-opcoes",
    ["RE: Entrevista - {role}", "Re: Disponibilidade"],
    [
      "[[Agradeço o convite!|Que ótima notícia, agradeço o contato!]]",
      "Tenho disponibilidade {day} a partir das {time} ou {date2} [[pela manhã|à tarde]]. Se não der, me avisa que eu me ajusto.",
    ],
    { quote: ["sched"], quoteProb: 0.8, weight: 1.2 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "documentos-admissao",
    ["RE: Documentação para admissão", "Documentos - {cname}"],
    [
      "Envio em anexo os documentos pedidos para a admissão: cópia do cartão de cidadão, comprovativo de morada e [[o IBAN|o comprovativo do NIF]].",
      "?Se faltar alguma coisa, digam-me por favor.",
    ],
    { quote: ["offer"], quoteProb: 0.5, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "aceite-carta-assinada",
    ["RE: Proposta - {role}", "Carta-proposta assinada"],
    [
      "É com muita alegria que aceito a proposta! Segue em anexo a carta assinada.",
      "Fico no aguardo das orientações sobre o onboarding e confirmo o início em {start}.",
    ],
    { quote: ["offer"], quoteProb: 0.6, attach: "offer" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "agradece-retorno-negativo",
    ["RE: Retorno sobre sua candidatura", "Re: {role}"],
    [
      "Agradeço o retorno e a transparência durante todo o processo.",
      "Foi um prazer conhecer o time; quem sabe não surge uma nova oportunidade mais para a frente.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),

  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "imprevisto-desmarcar",
    ["Entrevista de {date}", "Precisamos remarcar"],
    [
      "Precisamos desmarcar a entrevista de {date}, às {time}: {pname} teve um imprevisto e não vai conseguir participar.",
      "Peço desculpas pelo transtorno. Assim que tivermos novas datas, te mando as opções.",
    ],
    { quote: ["confirm"], quoteProb: 0.4 },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "cancelamento-calendario",
    ["Cancelado: Entrevista {cname} - {role}", "Entrevista cancelada"],
    [
      "Infelizmente tenho de cancelar a nossa entrevista marcada para {date}. [[Surgiu uma reunião inadiável da administração|O painel de entrevistadores ficou indisponível nesse dia]] e não quero remarcar à pressa.",
      "Volto a {g:contactá-la|contactá-lo} durante a próxima semana com alternativas.",
    ],
    { calendar: "cancel", calSummary: ["Entrevista {cname} - {role}", "Entrevista {role}"] },
  ),
  f(
    "interview_cancellation",
    "ats",
    "entrevista-adiada",
    ["Entrevista adiada - {role}", "Alteração na sua entrevista"],
    [
      "A entrevista para a vaga de {role}, prevista para {date} às {time}, foi adiada [[por motivos internos|devido a uma mudança na agenda da área]].",
      "Nenhuma ação é necessária da sua parte por enquanto. Em breve você receberá um novo convite com as opções de horário.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "adiar-escopo",
    ["Nossa conversa de {day}", "RE: Entrevista {role}"],
    [
      "Vou precisar adiar a nossa conversa de {day}. Estamos revendo o escopo da posição internamente e prefiro falar com você quando tiver clareza sobre o desenho da vaga.",
      "Não deve passar de [[duas semanas|uns dez dias]]; te escrevo de novo para marcarmos.",
    ],
    { quote: ["confirm"], quoteProb: 0.7 },
  ),

  // assessment
  f(
    "assessment",
    "recruiter",
    "desafio-repositorio",
    ["Desafio técnico - {role}", "Próxima etapa: case técnico"],
    [
      "Como próxima etapa, pedimos que você resolva um desafio técnico. O enunciado está em anexo.",
      "Prazo: {days} dias corridos a partir de hoje.\nEntrega: envie o link do repositório [[(GitHub ou GitLab)|público]] respondendo a este e-mail.",
      "?Não se preocupe em deixar tudo perfeito: queremos ver como você organiza o código e documenta as decisões.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "avaliacao-online",
    ["Avaliação online - {role}", "Convite: teste de conhecimentos"],
    [
      "Como parte do processo para {role}, pedimos que realize uma avaliação online de raciocínio lógico e conhecimentos técnicos.",
      "Link de acesso: {testlink}\nDuração: cerca de 90 minutos\nDisponível até: {deadline}",
      "Recomendamos fazer o teste num computador com boa ligação à internet e de uma só vez: depois de iniciado, o cronómetro não para.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "manager",
    "case-apresentacao",
    ["Case para a próxima etapa", "Preparação - {role}"],
    [
      "Para a próxima etapa, gostaria que você preparasse uma apresentação curta (até 10 slides) sobre o case em anexo.",
      "A ideia é entender como você [[priorizaria o problema|estruturaria um plano para os primeiros 90 dias]], não existe resposta certa. Me mande o material até {deadline}.",
    ],
    { attach: "brief" },
  ),

  // offer
  f(
    "offer",
    "recruiter",
    "proposta-pontos",
    ["Proposta - {role}", "Nossa proposta para você"],
    [
      "Temos o prazer de [[formalizar|apresentar]] nossa proposta para você se juntar à {org} como {role}. Os principais pontos:",
      "- Salário: {salary}\n- Regime: [[CLT|PJ]]\n- Benefícios: vale-refeição, plano de saúde e odontológico, PLR\n- Início previsto: {start}",
      "A carta completa segue em anexo. Pedimos seu retorno até {deadline}.",
    ],
    { attach: "offer", weight: 1.2 },
  ),
  f(
    "offer",
    "manager",
    "gestor-pos-telefonema",
    ["Bem-vind{g:a|o} à equipa!", "A nossa proposta"],
    [
      "Acabei de falar consigo ao telefone, mas queria deixar por escrito: ficámos muito contentes e queremos mesmo que se junte à equipa!",
      "A proposta formal, com as condições que falámos, segue pelos Recursos Humanos [[ainda hoje|até amanhã]].",
    ],
  ),
  f(
    "offer",
    "ats",
    "aprovado-carta-portal",
    ["Carta-oferta disponível - {role}", "Parabéns! Proposta de contratação"],
    [
      "Temos uma ótima notícia: você foi {g:aprovada|aprovado} no processo seletivo para {role}!",
      "Acesse o portal para ver e assinar sua carta-oferta: {portal}",
      "Depois do aceite, nosso Departamento Pessoal entra em contato para iniciar a admissão.",
    ],
    { html: "often" },
  ),

  // interview_confirmation
  f(
    "interview_confirmation",
    "booking",
    "agendamento-confirmado",
    ["Confirmado: {role} com {rname}", "Novo agendamento: Entrevista de {dur} min"],
    [
      "Seu agendamento está confirmado.",
      "O quê: Entrevista - {role}\nQuando: {date}, {time} ({tz})\nCom: {rname}\nOnde: {vlink}",
      "Precisa mudar? Reagende ou cancele pelo link: {link}",
    ],
    { calendar: "request", calSummary: ["Entrevista - {role}", "{rname} e {cname}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "presencial-rececao",
    ["Confirmação de entrevista", "RE: Entrevista - {role}"],
    [
      "Fica então confirmada a entrevista presencial para {date}, às {time}, nas nossas instalações da {street}, em {city}.",
      "À chegada, dirija-se à receção e pergunte por {pname}. [[Traga um documento de identificação.|Conte com cerca de {dur} minutos.]]",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "remarcada-convite",
    ["Entrevista remarcada - {role}", "Novo horário confirmado"],
    [
      "Conforme combinamos, remarquei nossa entrevista para {date} às {time}. O convite atualizado [[segue anexo|está no seu calendário]].",
      "?O link da chamada continua o mesmo: {vlink}",
    ],
    {
      quote: ["cand"],
      quoteProb: 0.5,
      calendar: "request",
      calSummary: ["Entrevista {cname} - {role}", "Conversa {org} / {cname}"],
    },
  ),

  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "aceitei-outra-proposta",
    ["Desistência do processo - {role}", "Re: Próxima etapa"],
    [
      "Queria agradecer pela oportunidade, mas aceitei uma proposta de outra empresa e [[vou precisar sair do processo|prefiro não continuar no processo seletivo]].",
      "Peço desculpas por avisar só agora e desejo sucesso na contratação.",
    ],
    { quote: ["sched"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "recusa-proposta",
    ["RE: Proposta - {role}", "Resposta à proposta"],
    [
      "Depois de pensar bastante, decidi não aceitar a proposta. [[O pacote|As condições]] ficaram abaixo do que preciso neste momento, sobretudo por causa da mudança para {city}.",
      "Agradeço muito a confiança e o cuidado que tiveram comigo ao longo do processo.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "cancela-e-encerra",
    ["RE: Confirmação de entrevista", "Entrevista de {date}"],
    [
      "Infelizmente não vou poder comparecer à entrevista de {date}, e na verdade prefiro encerrar minha participação no processo: [[decidi continuar na empresa onde estou|recebi uma contraproposta e vou ficar onde estou]].",
      "Agradeço a atenção até aqui.",
    ],
    { quote: ["confirm"], quoteProb: 0.7 },
  ),

  // auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "ferias-acesso-limitado",
    ["Ausente até {deadline}", "Férias"],
    [
      "Estou de férias até {deadline}, com acesso limitado ao e-mail. Respondo assim que voltar.",
      "?Em caso de urgência, pode ligar para {phone}.",
      "{cname}",
    ],
  ),
  f(
    "auto_reply",
    "ooo-org",
    "caixa-recrutamento",
    ["Recebemos a sua mensagem", "Recrutamento {org} - resposta automática"],
    [
      "Recebemos a sua mensagem. Esta caixa de correio é gerida pela equipa de recrutamento e respondemos normalmente num prazo de [[5 dias úteis|uma semana]].",
      "Se pretende candidatar-se a uma vaga, utilize o nosso portal: https://{careers}",
    ],
    { greet: false, sign: false },
  ),

  // other (hard negatives)
  f(
    "other",
    "colleague",
    "sala-indisponivel",
    ["Mudança de sala - alinhamento semanal", "Reunião de {day}: nova sala"],
    [
      "Infelizmente a sala [[Ipê|Jacarandá]] ficou indisponível {day} (vai ter manutenção no ar-condicionado). Passei nossa reunião de alinhamento das vagas abertas para a sala 4B, mesmo horário, {time}.",
      "Se preferir participar por vídeo, o link é {vlink}.",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-para-opiniao",
    ["CV para avaliação", "Indicação - {role}"],
    [
      "Consegue dar uma olhada neste currículo até {deadline}? Acho que pode servir para a vaga de {role}, mas queria sua opinião antes de chamar para uma conversa.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "parecer-pendente",
    ["Lembrete: avaliação pendente de {cname}", "Scorecard em atraso - {role}"],
    [
      "Você entrevistou {cname} para {role} em {pastdate} e ainda não registrou seu parecer.",
      "Acesse o painel do entrevistador para preencher o scorecard. [[A recrutadora responsável|O time de recrutamento]] precisa das avaliações de todo o painel para decidir os próximos passos.",
    ],
  ),
  f(
    "other",
    "jobboard",
    "boletim-semanal-rh",
    ["Boletim semanal: tendências de recrutamento", "5 vagas em alta e um convite para o nosso webinar"],
    [
      "Nesta edição:",
      "• Por que os candidatos abandonam candidaturas longas (e como encurtar o seu formulário)\n• Salários de tecnologia em {city}: o que mudou no último trimestre\n• Entrevista com uma diretora de RH sobre contratação remota",
      "Webinar gratuito na próxima semana: como reduzir o tempo de contratação sem perder qualidade. Inscreva-se pelo site.",
      "Você recebe este boletim porque tem uma conta de empresa na nossa plataforma.",
    ],
    { html: "only" },
  ),
  f(
    "other",
    "vendor",
    "software-demo-oferta",
    ["Agenda de entrevistas lotada?", "Oferta especial para o time de RH da {org}"],
    [
      "Vi que a {org} está contratando bastante [[neste trimestre|nos últimos meses]] e imagino que a agenda de entrevistas do time esteja apertada.",
      "A nossa ferramenta automatiza o agendamento com candidatos e gestores. Neste mês temos uma oferta especial: [[3 meses grátis|30% de desconto no plano anual]] para quem fechar até {deadline}.",
      "Que tal uma demonstração de 20 minutos? Me diga um horário ou reserve direto aqui: https://meetingsync.example/demo",
    ],
  ),
  f(
    "other",
    "colleague",
    "podcast-entrevista",
    ["Convite: podcast sobre o programa de trainees", "Entrevista para o podcast"],
    [
      "O pessoal do podcast [[Carreira em Pauta|RH sem Filtro]] pediu uma entrevista com alguém do nosso time sobre o programa de trainees, e pensei em você.",
      "A gravação seria {date} às {time}, remota, uns 40 minutos. Topa? Se sim, eu confirmo com a produção e te mando a pauta.",
    ],
  ),
  f(
    "other",
    "system",
    "inscricao-treinamento",
    ["Inscrição confirmada: Entrevista por Competências", "Treinamento interno - inscrição confirmada"],
    [
      'Sua inscrição no treinamento interno "Entrevista por Competências para Gestores" foi confirmada.',
      "Data: {date}\nHorário: {time}\nLocal: auditório do 2.º andar, {street}",
      "Caso não possa comparecer, cancele a inscrição no portal de Educação Corporativa para liberar a vaga.",
    ],
  ),
];
