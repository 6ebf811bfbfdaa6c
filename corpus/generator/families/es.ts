/** Spanish template families (written for the corpus). */
import type { Family } from "./types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "es", from, subject, body, ...extra });

export const ES: Family[] = [
  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "disponibilidad-llamada",
    ["Tu candidatura - {role}", "Llamada inicial - {role}"],
    [
      "Gracias por tu interés en el puesto de {role}. Nos ha gustado tu perfil y querríamos tener una primera llamada de unos {dur} minutos.",
      "¿Qué disponibilidad tienes en los próximos días?",
    ],
    { weight: 1.3 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "enlace-reserva",
    ["Invitación a entrevista - {role}", "Siguiente paso en el proceso"],
    [
      "Nos gustaría invitarte a una entrevista con {pname}, responsable del equipo.",
      "Puedes reservar directamente el hueco que mejor te venga en este enlace: {link}",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "dos-opciones",
    ["Propuesta de horarios", "Entrevista con {pname}"],
    [
      "¿Te vendría bien alguna de estas opciones para una videollamada con {pname}?",
      "- {date} a las {time}\n- {date2} a las {time2}",
      "Confírmame cuál prefieres y te envío la convocatoria.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-agenda",
    ["Agenda tu entrevista con {org}", "Acción necesaria: elige tu horario"],
    [
      "¡Enhorabuena! Has pasado a la siguiente fase del proceso para {role}.",
      "Selecciona el horario de tu entrevista aquí: {link}",
      "La entrevista durará aproximadamente {dur} minutos.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "ofrecer-llamada",
    ["Conversación sobre el puesto de {role}"],
    [
      "Soy {pfirst} y dirijo el equipo al que te has postulado. {rfirst} me ha pasado tu CV.",
      "Me gustaría ofrecerte una llamada la semana que viene para contarte en qué estamos trabajando. ¿Tienes media hora el {day} o el {date2}?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "recordatorio-agenda",
    ["RE: Proceso de selección - {role}", "Recordatorio: entrevista pendiente de agendar"],
    [
      "Te escribo de nuevo por si no viste mi mensaje de abajo. ¿Sigues interesado/a en el puesto?",
      "Si es así, aquí tienes otra vez el enlace para elegir hora: {link}",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "confirmacion-video",
    ["Confirmación de entrevista", "Entrevista confirmada - {date}"],
    [
      "¡Perfecto! Te confirmo la entrevista con {pname} el {date} a las {time}.",
      "Enlace de la videollamada: {vlink}",
    ],
    { quote: ["cand"], quoteProb: 0.5, weight: 1.3 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "convocatoria-calendario",
    ["Convocatoria: entrevista {role} - {cname}"],
    ["Te adjunto la convocatoria para la entrevista del {date} a las {time}."],
    { calendar: "request", calSummary: ["Entrevista {role} - {cname}", "Entrevista {cname} / {org}"] },
  ),
  f(
    "interview_confirmation",
    "ats",
    "ats-detalles",
    ["Tu entrevista está programada", "Detalles de tu entrevista - {role}"],
    [
      "Tu entrevista para el puesto de {role} ha sido programada.",
      "Fecha: {date}\nHora: {time}\nDuración: {dur} minutos\nEntrevistador/a: {pname}\nLugar: {vlink}",
    ],
  ),
  f(
    "interview_confirmation",
    "manager",
    "presencial-oficina",
    ["Nos vemos el {day}", "Tu visita a nuestras oficinas"],
    [
      "Tengo muchas ganas de conocerte el {date} a las {time} en nuestra oficina de {street}, {city}.",
      "Pregunta por mí en recepción y bajaré a buscarte.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "cita-confirmada",
    ["Cita confirmada: entrevista con {rname}"],
    [
      "Tu cita está confirmada.",
      "Qué: entrevista de {dur} minutos\nCuándo: {date}, {time} ({zone})\nDónde: {vlink}",
    ],
    { greet: false, sign: false, calendar: "request", calSummary: ["Entrevista con {org}"] },
  ),
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "cancelacion-imprevisto",
    ["Cancelación de la entrevista", "Entrevista del {date}"],
    [
      "Siento avisarte con tan poca antelación, pero por un imprevisto tenemos que cancelar la entrevista del {date}.",
      "Te escribiré en cuanto tengamos nuevas fechas.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "cancelada-calendario",
    ["Cancelada: entrevista {role} - {cname}"],
    ["Esta entrevista ha sido cancelada."],
    { calendar: "cancel", calSummary: ["Entrevista {role} - {cname}"], greet: false },
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "prueba-tecnica",
    ["Prueba técnica - {role}", "Siguiente fase: prueba técnica"],
    [
      "El siguiente paso del proceso es una prueba técnica que puedes hacer desde casa.",
      "Tienes el enunciado aquí: {testlink}. Por favor, envíanosla en un plazo de {days} días.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "test-online",
    ["Invitación a test online - {role}"],
    [
      "Como parte de tu candidatura, te invitamos a realizar un test online de 45 minutos.",
      "Acceder al test: {testlink}\nEl enlace caduca el {deadline}.",
    ],
  ),
  // rejection
  f(
    "rejection",
    "ats",
    "descarte-estandar",
    ["Tu candidatura en {org}", "Proceso de selección - {role}"],
    [
      "Gracias por tu interés en formar parte de {org} y por presentar tu candidatura al puesto de {role}.",
      "Tras analizar detenidamente tu perfil, lamentamos comunicarte que no continuarás en el proceso de selección.",
      "?Guardaremos tus datos por si surge una oportunidad que encaje contigo.",
    ],
    { weight: 1.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "tras-entrevista",
    ["Resultado de la entrevista", "{role} - novedades"],
    [
      "Muchas gracias por tu tiempo en la entrevista con {pname} del {pastday}.",
      "Después de valorarlo con el equipo, hemos decidido seguir adelante con otra persona cuyo perfil se ajusta más a lo que buscamos en este momento.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "decision-ajustada",
    ["Decisión final - {role}"],
    [
      "Me habría gustado darte otra noticia. La decisión ha sido muy ajustada, pero el equipo ha optado por hacer la oferta a otro finalista.",
      "Causaste muy buena impresión y me encantaría que siguiéramos en contacto.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "retirada-invitacion",
    ["RE: Proceso de selección - {role}", "Sobre la entrevista prevista"],
    [
      "Te escribo en relación con mi mensaje de abajo: el equipo ha decidido continuar con candidaturas que ya estaban más avanzadas, así que finalmente no mantendremos la entrevista.",
      "Disculpa las molestias.",
    ],
    { quote: ["sched"], quoteProb: 1 },
  ),
  f(
    "rejection",
    "ats",
    "estado-no-seleccionado",
    ["Actualización de tu candidatura {ref}"],
    [
      "Estado: no seleccionado/a\nPuesto: {role}\nReferencia: {ref}",
      "Te animamos a consultar otras vacantes en https://{careers}.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "respuesta-seguimiento",
    ["RE: Candidatura {role}"],
    [
      "Gracias por escribir y perdona la demora. Lamentablemente no vamos a seguir adelante con tu candidatura para este puesto.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  // offer
  f(
    "offer",
    "recruiter",
    "oferta-escrita",
    ["Oferta de empleo - {role}", "Tu oferta de {org}"],
    [
      "Como hablamos por teléfono, te envío por escrito nuestra oferta para el puesto de {role}:",
      "Salario: {salary}\nFecha de incorporación: {start}\nContrato: indefinido",
      "¿Podrías darnos una respuesta antes del {deadline}?",
    ],
    { weight: 1.3, attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "bienvenida-equipo",
    ["¡Bienvenido/a al equipo!", "Buenas noticias"],
    [
      "¡Me alegra muchísimo decirte que queremos que te unas al equipo como {role}!",
      "{rfirst} te mandará hoy mismo la documentación.",
    ],
  ),
  f(
    "offer",
    "ats",
    "carta-oferta",
    ["{org} te ha enviado una oferta", "Tu carta de oferta está lista"],
    [
      "{org} te ha enviado una carta de oferta para el puesto de {role}.",
      "Revisar y firmar: {portal}\nLa oferta es válida hasta el {deadline}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "contrato-firma",
    ["Tu contrato", "Contrato pendiente de firma"],
    [
      "¡Enhorabuena de nuevo! Tu contrato para el puesto de {role} ya está listo para firmar.",
      "Recibirás un correo de firma electrónica; fírmalo antes del {deadline} para mantener tu incorporación el {start}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "oferta-revisada",
    ["RE: Oferta de empleo", "Oferta revisada"],
    [
      "Tras nuestra conversación, te traslado una oferta revisada: el salario pasa a {salary} y el resto de condiciones se mantiene.",
    ],
    { quote: ["offer", "cand"], quoteProb: 0.6 },
  ),
  // application_ack
  f(
    "application_ack",
    "ats",
    "recibida",
    ["Hemos recibido tu candidatura", "Gracias por inscribirte - {role}"],
    [
      "Gracias por inscribirte en la oferta de {role}. Hemos recibido tu candidatura correctamente.",
      "Nuestro equipo la revisará y se pondrá en contacto contigo si tu perfil encaja.",
    ],
    { weight: 1.3 },
  ),
  f(
    "application_ack",
    "ats",
    "referencia-portal",
    ["Candidatura {ref} registrada"],
    ["Tu candidatura con referencia {ref} se ha registrado. Puedes seguir su estado en {portal}."],
  ),
  // status_update
  f(
    "status_update",
    "recruiter",
    "retraso-lamentablemente",
    ["Novedades sobre tu candidatura", "Actualización del proceso"],
    [
      "Quería ponerte al día: lamentablemente el proceso para {role} se está retrasando un poco porque varias personas del equipo están de vacaciones.",
      "Esperamos tener una decisión antes del {deadline}. Gracias por tu paciencia.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "puesto-congelado",
    ["El puesto de {role} queda en pausa"],
    [
      "Te informo de que el proceso para el puesto de {role} queda en pausa por una revisión de presupuesto.",
      "No tiene que ver con tu candidatura; te avisaré si se reactiva.",
    ],
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "mi-disponibilidad",
    ["RE: Proceso de selección - {role}", "Mi disponibilidad"],
    ["¡Muchas gracias! Tengo disponibilidad:", "- {date} a partir de las 15:00\n- {date2} por la mañana"],
    { quote: ["sched"], quoteProb: 0.7, weight: 1.3 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "horario-perfecto",
    ["RE: Propuesta de horarios"],
    ["El {date} a las {time} me viene perfecto. ¡Hasta entonces!"],
    { quote: ["sched", "confirm"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "gracias-entrevista",
    ["Gracias por la entrevista"],
    ["Quería agradeceros la conversación de hoy. Salgo con todavía más ganas de formar parte del equipo."],
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "estado-candidatura",
    ["Consulta sobre mi candidatura", "Candidatura {role}"],
    [
      "Hace unas semanas envié mi candidatura para el puesto de {role} y quería saber en qué estado se encuentra.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-tras-descarte",
    ["RE: Tu candidatura en {org}"],
    [
      "Gracias por avisarme. ¿Sería posible recibir algo de feedback sobre mi candidatura? Me ayudaría mucho para próximos procesos.",
    ],
    { quote: ["reject"], quoteProb: 1 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "otra-oferta",
    ["Retiro mi candidatura"],
    [
      "Gracias por el tiempo dedicado. He aceptado otra oferta, así que prefiero retirarme del proceso para el puesto de {role}.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "motivos-personales",
    ["RE: Confirmación de entrevista"],
    [
      "Por motivos personales no puedo continuar en el proceso, así que os pido que canceléis la entrevista. Disculpad las molestias.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "fuera-oficina",
    ["Fuera de la oficina"],
    [
      "Gracias por tu mensaje. Estaré fuera de la oficina hasta el {deadline}. Para cualquier consulta sobre procesos de selección, escribe a {kname}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "vacaciones",
    ["Vacaciones"],
    ["Estoy de vacaciones con acceso limitado al correo. Responderé a mi vuelta."],
    { quote: ["sched", "reject"], greet: false },
  ),
  // other
  f(
    "other",
    "colleague",
    "media-hora-jueves",
    ["¿Media hora el jueves?"],
    ["¿Podemos buscar media hora el jueves para revisar la previsión de contrataciones?"],
  ),
  f(
    "other",
    "colleague",
    "sala-no-disponible",
    ["Sala no disponible el {day}"],
    [
      "Lamentablemente la sala de reuniones no está disponible el {day}. Nos vemos en la zona de la segunda planta.",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-reenviado",
    ["CV para {role}"],
    [
      "Te reenvío el CV de {cname} para la vacante de {role}. ¿Le echas un vistazo y me dices si lo entrevistamos?",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "vendor",
    "venta-software",
    ["Reduzca su tiempo de contratación"],
    [
      "Ayudamos a equipos de RR. HH. como el suyo a reducir un {pct} % el tiempo de contratación.",
      "¿Le ofrezco una demo de 15 minutos la semana que viene? Reserve aquí: https://calendly.com/talentpulse-es/demo",
    ],
  ),
];
