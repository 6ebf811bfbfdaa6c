/** More Spanish template families (written for the corpus). */
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

export const ES_MORE: Family[] = [
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "aplazamiento",
    ["Aplazamos tu entrevista", "Cambio en tu entrevista del {date}"],
    [
      "Tenemos que aplazar la entrevista del {day} porque {pname} tiene un viaje imprevisto.",
      "Te propondré nuevas fechas antes del {deadline}. Perdona las molestias.",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-cancelada",
    ["Tu entrevista ha sido cancelada"],
    [
      "Tu entrevista para el puesto de {role}, prevista el {date} a las {time}, ha sido cancelada.",
      "{rname} se pondrá en contacto contigo próximamente.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "manager-imprevisto",
    ["Nuestra reunión del {day}"],
    [
      "Lo siento mucho, pero me ha surgido un imprevisto y tengo que cancelar nuestra reunión del {day}.",
      "{rfirst} te escribirá para buscar otra fecha.",
    ],
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "caso-practico",
    ["Caso práctico - {role}"],
    [
      "Como siguiente paso, te pedimos que prepares un caso práctico breve. Tienes el enunciado aquí: {testlink}",
      "Envíanoslo antes del {deadline}; no debería llevarte más de tres horas.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "cuestionario",
    ["Cuestionario de competencias"],
    [
      "El siguiente paso de tu candidatura es un cuestionario de competencias de unos 20 minutos.",
      "Accede aquí: {testlink}",
    ],
  ),
  f(
    "assessment",
    "manager",
    "presentacion",
    ["Preparación de la segunda entrevista"],
    [
      "Para la segunda entrevista me gustaría que prepararas una presentación de 15 minutos sobre el caso que encontrarás en {testlink}.",
    ],
  ),
  // application_ack
  f(
    "application_ack",
    "recruiter",
    "cv-recibido",
    ["RE: Candidatura {role}", "CV recibido"],
    [
      "Gracias por enviarme tu CV. Lo he compartido con el responsable del área y te diré algo en cuanto tenga respuesta.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "candidatura-espontanea",
    ["Tu candidatura espontánea"],
    [
      "Gracias por tu candidatura espontánea. La hemos incorporado a nuestra base de datos y la tendremos en cuenta para futuros procesos.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "y-ahora-que",
    ["Candidatura recibida: ¿y ahora qué?"],
    [
      "Hemos recibido tu candidatura para {role}. ¿Y ahora qué? Nuestro equipo revisa todas las candidaturas y, si tu perfil encaja, te contactaremos en un plazo de dos semanas.",
    ],
  ),
  // status_update
  f(
    "status_update",
    "ats",
    "candidatura-vista",
    ["Han visto tu candidatura"],
    ["¡Buenas noticias! El equipo de selección de {org} ha visto tu candidatura para {role}."],
  ),
  f(
    "status_update",
    "recruiter",
    "puesto-cubierto",
    ["El puesto de {role}"],
    [
      "Quería informarte de que el puesto de {role} se ha cubierto con una promoción interna.",
      "Si te parece bien, guardaré tu perfil para futuras vacantes.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "decision-retrasada",
    ["RE: Consulta sobre mi candidatura"],
    [
      "Gracias por tu paciencia. Lamentablemente la decisión final se retrasa una semana más porque el comité no ha podido reunirse.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "documentacion",
    ["Documentación solicitada", "RE: Oferta de empleo"],
    ["Os adjunto la documentación que me pedisteis: DNI, número de la Seguridad Social y datos bancarios."],
    { quote: ["offer"], quoteProb: 0.5, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "gracias-tras-descarte",
    ["RE: Tu candidatura en {org}"],
    ["Muchas gracias por avisarme y por el tiempo dedicado. Os deseo mucha suerte con el proceso."],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "siguientes-pasos",
    ["Seguimiento de la entrevista"],
    [
      "Quería saber si hay novedades tras mi entrevista con {pname} del {pastday} y cuáles serían los siguientes pasos.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "plazos",
    ["Pregunta sobre los plazos"],
    [
      "¿Podríais indicarme cuándo esperáis tomar una decisión? Estoy en otro proceso y me gustaría organizarme.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "prueba-recibida",
    ["RE: Prueba técnica - {role}"],
    [
      "Envié la prueba técnica la semana pasada y no he vuelto a saber nada. ¿Me podéis confirmar que la habéis recibido?",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "rechazo-oferta",
    ["RE: Oferta de empleo"],
    ["Muchas gracias por la oferta. Después de pensarlo mucho, he decidido no aceptarla."],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "contraoferta",
    ["Mi candidatura"],
    [
      "Mi empresa actual me ha hecho una contraoferta y he decidido quedarme, así que retiro mi candidatura. Gracias por todo.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "no-es-momento",
    ["Retirada del proceso"],
    ["Tras pensarlo, no es buen momento para un cambio. Prefiero retirarme del proceso por ahora."],
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "buzon-no-atendido",
    ["Respuesta automática"],
    [
      "Este buzón no se revisa. Para consultar el estado de tu candidatura, accede a tu área de candidato: {portal}",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "de-viaje",
    ["Fuera de la oficina"],
    ["Estoy de viaje hasta el {deadline} con acceso limitado al correo. Contestaré lo antes posible."],
    { quote: ["sched", "confirm"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "acuse-correo",
    ["Hemos recibido tu correo"],
    [
      "Este es un acuse de recibo automático: hemos recibido tu correo y te responderemos en un plazo de 48 horas laborables.",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  // other
  f(
    "other",
    "jobboard",
    "alerta-empleo",
    ['{n} nuevas ofertas de "{role}"'],
    [
      'Hemos encontrado {n} nuevas ofertas que coinciden con tu alerta "{role}" en {city}.',
      "Ver todas: https://jobspring-board.example/es/ofertas/{hex}",
      "Recibes esta alerta porque te suscribiste. Puedes darte de baja cuando quieras.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "convocatoria-interna",
    ["Convocatoria: comité de selección"],
    ["Comité de selección mensual: revisión de vacantes abiertas y presupuesto."],
    { calendar: "request", calSummary: ["Comité de selección", "Reunión semanal RR. HH."], greet: false },
  ),
  f(
    "other",
    "vendor",
    "solicitud-entrevista-prensa",
    ["Solicitud de entrevista", "Entrevista para nuestra revista"],
    [
      "Soy periodista de Economía Levante y preparo un reportaje sobre el empleo en {city}. ¿Podría su directora de personas atendernos para una entrevista de 20 minutos la semana que viene?",
    ],
  ),
  f(
    "other",
    "system",
    "gasto-rechazado",
    ["Gasto rechazado"],
    [
      "Tu liquidación de gastos LG-{n}{n} ha sido rechazada por {pname}. Motivo: falta el justificante. Corrígela aquí: {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "segunda-entrevista-oficina",
    ["Segunda entrevista - {role}", "Te invitamos a nuestra oficina"],
    [
      "Tras nuestra primera conversación, nos gustaría invitarte a una segunda entrevista en nuestra oficina de {city}, de una hora, con {pname}.",
      "¿Qué días te vendrían bien la semana del {date}?",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "videoentrevista-reserva",
    ["Reserva tu videoentrevista", "{org}: invitación a videoentrevista"],
    [
      "Tu perfil ha encajado con lo que buscamos para {role}.",
      "Reserva aquí una videoentrevista de {dur} minutos: {link}",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "recordatorio-manana",
    ["Recordatorio: tu entrevista de mañana", "Entrevista de mañana"],
    [
      "Te recuerdo que mañana, {date}, a las {time}, tienes la entrevista con {pname} en {street}, {city}.",
      "Trae tu DNI para registrarte en recepción.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "cita-reservada-calendario",
    ["Cita reservada: entrevista con {org}", "Invitación: entrevista con {rname}"],
    ["Tu cita con {rname} está reservada.", "{date}, {time}\nVideollamada: {vlink}"],
    { calendar: "request", calSummary: ["Entrevista con {org} ({rname})"] },
  ),
  f(
    "rejection",
    "recruiter",
    "descarte-tras-prueba",
    ["Tu prueba técnica", "Resultado de la prueba"],
    [
      "Gracias por completar la prueba técnica. Tras revisarla, el equipo considera que no alcanza el nivel que buscamos para este puesto, así que no seguiremos adelante con tu candidatura.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "descarte-breve",
    ["{org} - tu candidatura", "Candidatura {role}"],
    [
      "Lamentamos comunicarte que tu candidatura para {role} no ha sido seleccionada.",
      "Te deseamos mucha suerte en tu búsqueda.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "oferta-condicionada",
    ["Oferta condicionada", "Tu oferta - {role}"],
    [
      "Nos alegra ofrecerte el puesto de {role}, condicionado a la verificación de tus referencias.",
      "El salario es de {salary} y la incorporación sería el {start}. ¿Nos confirmas antes del {deadline}?",
    ],
  ),
  f(
    "offer",
    "manager",
    "resumen-llamada-oferta",
    ["Tras nuestra llamada", "¡Casi bienvenido/a!"],
    [
      "Como te he contado por teléfono, queremos que te unas al equipo. {rfirst} te enviará hoy la oferta por escrito.",
    ],
  ),
];
