/**
 * Earlier messages that replies quote below their own text. Short, written for the corpus;
 * `from` says who wrote the quoted message.
 */
import type { QuoteKind } from "./families/types.ts";
import type { Lang } from "./lang.ts";

export interface QuoteSnippet {
  from: "org" | "cand" | "colleague";
  subject: string;
  body: string[];
}

export const QUOTES: Record<Lang, Partial<Record<QuoteKind, QuoteSnippet[]>>> = {
  en: {
    application: [
      {
        from: "cand",
        subject: "Application: {role}",
        body: [
          "Dear Hiring Team,",
          "Please find attached my CV for the {role} position. I have six years of experience in similar roles and would welcome the chance to discuss how I could contribute.",
          "Kind regards,",
          "{cname}",
        ],
      },
    ],
    sched: [
      {
        from: "org",
        subject: "Next steps - {role}",
        body: [
          "Hi {cfirst},",
          "Thanks for applying to the {role} role. We'd love to set up a 30-minute call with {pname}. Could you send me two or three times that work for you next week?",
          "Best,",
          "{rname}",
        ],
      },
      {
        from: "org",
        subject: "Interview invitation: {role} at {org}",
        body: [
          "Hello {cfirst},",
          "Please use the link below to pick a slot for your first interview:",
          "{link}",
          "Thanks,",
          "{rname}",
        ],
      },
    ],
    reject: [
      {
        from: "org",
        subject: "Your application to {org}",
        body: [
          "Dear {cfirst},",
          "Thank you for your interest in the {role} position. After careful review we have decided to move forward with other candidates whose experience more closely matches our needs.",
          "We wish you every success in your search.",
          "{org} Talent Team",
        ],
      },
      {
        from: "org",
        subject: "Update on the {role} role",
        body: [
          "Hi {cfirst},",
          "Thanks again for your time last week. I'm sorry to say we won't be moving ahead with your candidacy for this position.",
          "All the best,",
          "{rname}",
        ],
      },
    ],
    confirm: [
      {
        from: "org",
        subject: "Confirmed: interview on {date}",
        body: [
          "Hi {cfirst},",
          "This confirms your interview with {pname} on {date} at {time} {tz}. The video link is {vlink}.",
          "Best,",
          "{rname}",
        ],
      },
    ],
    ack: [
      {
        from: "org",
        subject: "Thanks for applying to {org}",
        body: [
          "Hi {cfirst},",
          "We have received your application for {role}. Our team will review it and get back to you.",
          "{org} Recruiting",
        ],
      },
    ],
    assess: [
      {
        from: "org",
        subject: "{role} - technical exercise",
        body: [
          "Hi {cfirst},",
          "As a next step, please complete the exercise at {testlink} within {days} days.",
          "Good luck!",
          "{rname}",
        ],
      },
    ],
    offer: [
      {
        from: "org",
        subject: "Offer - {role}",
        body: [
          "Dear {cfirst},",
          "We are delighted to offer you the position of {role}. Please find the offer letter attached.",
          "{rname}",
        ],
      },
    ],
    cand: [
      {
        from: "cand",
        subject: "Application - {role}",
        body: [
          "Hello,",
          "I'm following up on my application for the {role} position. I'd be glad to share more details about my experience.",
          "Best regards,",
          "{cname}",
        ],
      },
      {
        from: "cand",
        subject: "Re: Next steps - {role}",
        body: [
          "Hi {rfirst},",
          "Thanks for reaching out! I'm available Tuesday afternoon or Thursday morning.",
          "{cfirst}",
        ],
      },
    ],
    internal: [
      {
        from: "colleague",
        subject: "Quick sync",
        body: ["Hey,", "Do you have a few minutes this week to go over the hiring plan?", "Thanks"],
      },
    ],
    status: [
      {
        from: "org",
        subject: "Your application for {role}",
        body: [
          "Hi {cfirst},",
          "Just a quick note that we are still reviewing applications and will be in touch soon.",
          "{rname}",
        ],
      },
    ],
  },
  fr: {
    application: [
      {
        from: "cand",
        subject: "Candidature au poste de {role}",
        body: [
          "Madame, Monsieur,",
          "Je vous prie de trouver ci-joint mon CV pour le poste de {role}. Fort(e) de plusieurs années d'expérience, je serais ravi(e) d'échanger avec vous.",
          "Cordialement,",
          "{cname}",
        ],
      },
    ],
    sched: [
      {
        from: "org",
        subject: "Candidature {role} - prochaine étape",
        body: [
          "Bonjour {cfirst},",
          "Suite à votre candidature, nous souhaiterions organiser un premier échange téléphonique. Pourriez-vous m'indiquer vos disponibilités pour la semaine prochaine ?",
          "Cordialement,",
          "{rname}",
        ],
      },
    ],
    reject: [
      {
        from: "org",
        subject: "Votre candidature chez {org}",
        body: [
          "Bonjour {cfirst},",
          "Nous vous remercions de l'intérêt porté à notre entreprise. Après étude attentive, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
          "Bien cordialement,",
          "L'équipe recrutement",
        ],
      },
    ],
    confirm: [
      {
        from: "org",
        subject: "Confirmation de votre entretien",
        body: [
          "Bonjour {cfirst},",
          "Je vous confirme votre entretien le {date} à {time} avec {pname}.",
          "Cordialement,",
          "{rname}",
        ],
      },
    ],
    ack: [
      {
        from: "org",
        subject: "Accusé de réception - {role}",
        body: [
          "Bonjour {cfirst},",
          "Nous avons bien reçu votre candidature et reviendrons vers vous rapidement.",
          "L'équipe RH de {org}",
        ],
      },
    ],
    cand: [
      {
        from: "cand",
        subject: "Candidature {role}",
        body: [
          "Bonjour,",
          "Je me permets de revenir vers vous concernant ma candidature au poste de {role}.",
          "Bien cordialement,",
          "{cname}",
        ],
      },
    ],
    offer: [
      {
        from: "org",
        subject: "Proposition d'embauche",
        body: ["Bonjour {cfirst},", "Nous avons le plaisir de vous proposer le poste de {role}.", "{rname}"],
      },
    ],
    internal: [
      {
        from: "colleague",
        subject: "Point rapide",
        body: ["Salut,", "Tu aurais un moment cette semaine pour faire le point sur le budget ?", "Merci"],
      },
    ],
  },
  de: {
    application: [
      {
        from: "cand",
        subject: "Bewerbung als {role}",
        body: [
          "Sehr geehrte Damen und Herren,",
          "anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als {role}. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.",
          "Mit freundlichen Grüßen",
          "{cname}",
        ],
      },
    ],
    sched: [
      {
        from: "org",
        subject: "Ihre Bewerbung als {role}",
        body: [
          "Hallo {cfirst},",
          "vielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem ersten Gespräch einladen. Wann passt es Ihnen in der kommenden Woche?",
          "Viele Grüße",
          "{rname}",
        ],
      },
    ],
    reject: [
      {
        from: "org",
        subject: "Ihre Bewerbung bei {org}",
        body: [
          "Guten Tag {cfirst} {clast},",
          "vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.",
          "Mit freundlichen Grüßen",
          "Ihr Recruiting-Team",
        ],
      },
    ],
    confirm: [
      {
        from: "org",
        subject: "Bestätigung Vorstellungsgespräch",
        body: [
          "Hallo {cfirst},",
          "hiermit bestätige ich Ihren Termin am {date} um {time} mit {pname}.",
          "Viele Grüße",
          "{rname}",
        ],
      },
    ],
    ack: [
      {
        from: "org",
        subject: "Eingangsbestätigung Ihrer Bewerbung",
        body: [
          "Hallo {cfirst},",
          "vielen Dank, Ihre Bewerbung ist bei uns eingegangen. Wir melden uns so bald wie möglich.",
          "Ihr Team von {org}",
        ],
      },
    ],
    cand: [
      {
        from: "cand",
        subject: "Bewerbung {role}",
        body: [
          "Hallo,",
          "ich wollte kurz nachfragen, wie der Stand meiner Bewerbung ist.",
          "Viele Grüße",
          "{cname}",
        ],
      },
    ],
    offer: [
      {
        from: "org",
        subject: "Vertragsangebot",
        body: [
          "Hallo {cfirst},",
          "wir freuen uns, Ihnen die Stelle als {role} anbieten zu können.",
          "{rname}",
        ],
      },
    ],
    internal: [
      {
        from: "colleague",
        subject: "Abstimmung",
        body: ["Hi,", "hast du diese Woche kurz Zeit für eine Abstimmung zum Quartalsplan?", "Danke"],
      },
    ],
  },
  es: {
    application: [
      {
        from: "cand",
        subject: "Candidatura: {role}",
        body: [
          "Buenos días:",
          "Adjunto mi CV para el puesto de {role}. Tengo varios años de experiencia en funciones similares y me encantaría poder conversar con ustedes.",
          "Un saludo,",
          "{cname}",
        ],
      },
    ],
    sched: [
      {
        from: "org",
        subject: "Proceso de selección - {role}",
        body: [
          "Hola {cfirst}:",
          "Nos gustaría conocerte en una primera entrevista. ¿Qué disponibilidad tienes la próxima semana?",
          "Un saludo,",
          "{rname}",
        ],
      },
    ],
    reject: [
      {
        from: "org",
        subject: "Tu candidatura en {org}",
        body: [
          "Hola {cfirst}:",
          "Gracias por tu interés. Tras valorar tu perfil, hemos decidido continuar con otras candidaturas.",
          "Atentamente,",
          "Equipo de Talento",
        ],
      },
    ],
    confirm: [
      {
        from: "org",
        subject: "Confirmación de entrevista",
        body: [
          "Hola {cfirst}:",
          "Te confirmo la entrevista el {date} a las {time} con {pname}.",
          "Saludos,",
          "{rname}",
        ],
      },
    ],
    ack: [
      {
        from: "org",
        subject: "Hemos recibido tu candidatura",
        body: [
          "Hola {cfirst}:",
          "Gracias por inscribirte en la oferta de {role}. Revisaremos tu perfil y te contactaremos.",
          "Equipo de {org}",
        ],
      },
    ],
    cand: [
      {
        from: "cand",
        subject: "Candidatura {role}",
        body: [
          "Buenos días:",
          "Les escribo en relación con mi candidatura para el puesto de {role}.",
          "Saludos,",
          "{cname}",
        ],
      },
    ],
    offer: [
      {
        from: "org",
        subject: "Oferta de empleo",
        body: ["Hola {cfirst}:", "Nos complace ofrecerte el puesto de {role}.", "{rname}"],
      },
    ],
    internal: [
      {
        from: "colleague",
        subject: "Reunión de equipo",
        body: ["Hola,", "¿Podemos vernos el jueves para revisar el presupuesto?", "Gracias"],
      },
    ],
  },
  pt: {
    application: [
      {
        from: "cand",
        subject: "Candidatura: {role}",
        body: [
          "Olá,",
          "Segue em anexo o meu currículo para a vaga de {role}. Tenho alguns anos de experiência na área e adoraria conversar com vocês.",
          "Atenciosamente,",
          "{cname}",
        ],
      },
    ],
    sched: [
      {
        from: "org",
        subject: "Processo seletivo - {role}",
        body: [
          "Olá {cfirst},",
          "Gostaríamos de agendar uma conversa inicial. Qual a sua disponibilidade na próxima semana?",
          "Abraços,",
          "{rname}",
        ],
      },
    ],
    reject: [
      {
        from: "org",
        subject: "Sua candidatura na {org}",
        body: [
          "Olá {cfirst},",
          "Agradecemos o seu interesse. Neste momento, optamos por seguir com outros perfis.",
          "Atenciosamente,",
          "Time de Talentos",
        ],
      },
    ],
    confirm: [
      {
        from: "org",
        subject: "Confirmação de entrevista",
        body: [
          "Olá {cfirst},",
          "Confirmo a sua entrevista no dia {date} às {time} com {pname}.",
          "Abs,",
          "{rname}",
        ],
      },
    ],
    ack: [
      {
        from: "org",
        subject: "Recebemos sua candidatura",
        body: ["Olá {cfirst},", "Sua candidatura para {role} foi recebida com sucesso.", "Equipe {org}"],
      },
    ],
    cand: [
      {
        from: "cand",
        subject: "Candidatura {role}",
        body: [
          "Olá,",
          "Gostaria de saber se há novidades sobre a minha candidatura.",
          "Obrigado,",
          "{cname}",
        ],
      },
    ],
    offer: [
      {
        from: "org",
        subject: "Proposta de trabalho",
        body: ["Olá {cfirst},", "Temos o prazer de lhe fazer uma proposta para a vaga de {role}.", "{rname}"],
      },
    ],
    internal: [
      {
        from: "colleague",
        subject: "Alinhamento",
        body: ["Oi,", "Consegue um tempinho na quinta para alinharmos o orçamento?", "Valeu"],
      },
    ],
  },
  nl: {
    application: [
      {
        from: "cand",
        subject: "Sollicitatie: {role}",
        body: [
          "Beste recruiter,",
          "Hierbij stuur ik mijn cv voor de functie van {role}. Ik heb een aantal jaar ervaring in een vergelijkbare rol en kom graag op gesprek.",
          "Met vriendelijke groet,",
          "{cname}",
        ],
      },
    ],
    sched: [
      {
        from: "org",
        subject: "Sollicitatie {role} - vervolg",
        body: [
          "Hoi {cfirst},",
          "Bedankt voor je sollicitatie. We willen graag een eerste gesprek plannen. Wanneer komt het jou uit volgende week?",
          "Groet,",
          "{rname}",
        ],
      },
    ],
    reject: [
      {
        from: "org",
        subject: "Je sollicitatie bij {org}",
        body: [
          "Beste {cfirst},",
          "Bedankt voor je interesse. Helaas hebben we besloten om niet verder te gaan met je sollicitatie.",
          "Met vriendelijke groet,",
          "Team Recruitment",
        ],
      },
    ],
    confirm: [
      {
        from: "org",
        subject: "Bevestiging sollicitatiegesprek",
        body: [
          "Hoi {cfirst},",
          "Hierbij bevestig ik je gesprek op {date} om {time} met {pname}.",
          "Groet,",
          "{rname}",
        ],
      },
    ],
    ack: [
      {
        from: "org",
        subject: "Ontvangstbevestiging sollicitatie",
        body: [
          "Beste {cfirst},",
          "We hebben je sollicitatie voor {role} in goede orde ontvangen.",
          "Team {org}",
        ],
      },
    ],
    cand: [
      {
        from: "cand",
        subject: "Sollicitatie {role}",
        body: [
          "Hallo,",
          "Ik wilde even informeren naar de stand van zaken rond mijn sollicitatie.",
          "Groet,",
          "{cname}",
        ],
      },
    ],
    offer: [
      {
        from: "org",
        subject: "Aanbod {role}",
        body: ["Beste {cfirst},", "We zijn blij je de functie van {role} aan te bieden.", "{rname}"],
      },
    ],
    internal: [
      {
        from: "colleague",
        subject: "Overleg",
        body: ["Hoi,", "Heb je donderdag een halfuurtje voor het kwartaaloverleg?", "Dank"],
      },
    ],
  },
};

/** A quote snippet of a kind in a language, falling back to nearby kinds. */
export function quoteFor(lang: Lang, kind: QuoteKind): QuoteSnippet[] {
  const table = QUOTES[lang];
  const fallback: QuoteKind[] = [kind, kind === "assess" || kind === "status" ? "ack" : "sched", "sched"];
  for (const k of fallback) {
    const list = table[k];
    if (list && list.length > 0) return list;
  }
  throw new Error(`no quote snippet for ${lang}/${kind}`);
}
