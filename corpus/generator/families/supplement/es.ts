/** Supplementary es template families, written for the corpus in a second pass (see ./index.ts). */
import type { Family } from "../types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "es", from, subject, body, ...extra });

export const SUP_ES: Family[] = [
  // ─── rejection ────────────────────────────────────────────────────────────────
  f(
    "rejection",
    "recruiter",
    "valoracion-detenida-usted",
    ["Su candidatura - {role}", "Proceso de selección {role}", "Respuesta a su candidatura"],
    [
      "En primer lugar, [[gracias por el interés mostrado en|le agradecemos el tiempo que ha dedicado a]] {org} y al puesto de {role}.",
      "Tras [[valorar detenidamente|estudiar con calma]] todos los perfiles recibidos, hemos decidido avanzar con [[otras personas cuya trayectoria se ajusta más|candidaturas que encajan mejor]] a lo que el equipo necesita en este momento. Por ello, no continuaremos con su proceso.",
      "?Conservaremos sus datos [[durante doce meses|en nuestra base de talento]] por si en el futuro surge una posición acorde a su perfil, salvo que nos indique lo contrario.",
      "Le deseamos mucha suerte en su búsqueda.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "plantilla-resolucion",
    [
      "Resolución del proceso: {role} ({ref})",
      "Actualización sobre tu candidatura en {org}",
      "{org} | {role}",
    ],
    [
      "Gracias por haber participado en el proceso de selección para {role} (referencia {ref}).",
      "RESULTADO\n[[En esta ocasión tu candidatura no ha sido seleccionada para la siguiente fase.|Lamentamos comunicarte que no seguirás adelante en este proceso.]]",
      "¿Y AHORA QUÉ?\n· Tu perfil [[seguirá activo|permanecerá guardado]] en nuestro portal de empleo.\n· Puedes inscribirte en otras vacantes de {org} cuando quieras.\n· Si lo prefieres, puedes solicitar la eliminación de tus datos desde {portal}",
      "Recibimos muchas candidaturas y, por volumen, no podemos dar una valoración individual de cada una. Te agradecemos sinceramente el interés.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "manager",
    "tras-entrevista-calido",
    ["Gracias por tu tiempo", "RE: Seguimiento entrevista {role}", "Sobre el puesto de {role}"],
    [
      "[[Fue un gusto|Me dio mucho gusto]] platicar contigo el {pastday} y conocer más de tu experiencia. El equipo quedó con muy buena impresión.",
      "Te escribo personalmente porque al final nos [[decidimos|inclinamos]] por otra persona con más recorrido en [[gestión de equipos|proyectos de migración a la nube|atención a cliente corporativo]], que es justo lo que más nos urge ahora. Sé que no es la noticia que esperabas.",
      "Si te parece bien, me gustaría seguir en contacto: seguro que nuestros caminos se vuelven a cruzar.",
    ],
    { quote: ["cand"], quoteProb: 0.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "seco-breve",
    ["{role}", "Tu candidatura", "Re: {role}"],
    [
      "[[Te escribo para decirte|Solo quería avisarte]] que no vamos a seguir adelante con tu candidatura para {role}.",
      "Gracias por el tiempo dedicado y mucha suerte con lo que venga.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "tras-prueba-tecnica",
    ["Resultado de la prueba técnica", "RE: Prueba técnica {role}", "Tu ejercicio para {org}"],
    [
      "[[Gracias por entregar|Muchas gracias por completar]] el ejercicio. Lo han revisado {pname} y otra persona del equipo con bastante detalle.",
      "Aunque hay cosas que les han gustado, [[la solución no llega al nivel que buscamos para esta posición|consideran que todavía no encaja con el nivel senior que pide el puesto]], así que hemos decidido no continuar contigo en el proceso.",
      "?Si te sirve, los puntos que más han pesado son la cobertura de tests y la forma de estructurar el código.",
      "Te agradezco mucho el esfuerzo, sé que un ejercicio así lleva su tiempo.",
    ],
    { quote: ["assess"], quoteProb: 0.55 },
  ),
  f(
    "rejection",
    "ats",
    "postulacion-no-seleccionada-latam",
    ["Estatus de tu postulación", "Tu postulación a {role}", "Proceso {ref} - {org}"],
    [
      "Queremos agradecerte por postularte a la vacante de {role} en {org}.",
      "Después de revisar tu perfil con el área solicitante, te informamos que [[tu postulación no fue seleccionada para continuar a la siguiente etapa|por ahora no avanzarás a la etapa de entrevistas]]. Esta decisión no demerita tu preparación ni tu experiencia.",
      "Te invitamos a seguir pendiente de nuestras vacantes y a postularte de nuevo en el futuro.",
    ],
  ),

  // ─── scheduling_request ───────────────────────────────────────────────────────
  f(
    "scheduling_request",
    "recruiter",
    "franjas-libres-tu",
    ["{role} en {org}", "¿Hablamos?", "Tu CV para {role}"],
    [
      "He estado mirando tu CV y [[me encaja bastante|creo que tiene muy buena pinta]] para la posición de {role} que tenemos abierta.",
      "¿Te vendría bien una llamada de unos {dur} minutos [[esta semana|estos días]]? La idea es contarte el proyecto y que me cuentes un poco qué buscas.",
      "Dime qué franjas tienes libres y me adapto. Si te resulta más cómodo, también puedo llamarte a última hora de la tarde.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "agenda-tu-entrevista-latam",
    [
      "Agenda tu entrevista - {role}",
      "Siguiente etapa: entrevista con {org}",
      "Acción requerida: elige tu horario",
    ],
    [
      "¡Buenas noticias! El equipo revisó tu postulación y quiere [[conocerte|platicar contigo]] en una entrevista de {dur} minutos.",
      "Para agendarla, sigue estos pasos:\n1. Entra a este enlace: {link}\n2. Elige el día y horario que mejor te acomoden.\n3. Recibirás una invitación con los datos de conexión.",
      "Te pedimos elegir tu horario antes del {deadline}. Si ninguno de los horarios te funciona, responde a {raddr} y buscamos una alternativa.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "manager",
    "dos-opciones-usted",
    ["Entrevista - {role}", "Propuesta de fechas para conversar", "Siguiente paso: entrevista con {pname}"],
    [
      "Soy {pname}, responsable del área a la que se incorporaría la persona que ocupe el puesto de {role}. {rfirst} me ha trasladado su candidatura y me gustaría [[conocerle|mantener una conversación con usted]].",
      "Le propongo estas dos opciones, ambas por videollamada:\n- {date} a las {time}\n- {date2} a las {time2}",
      "¿Podría indicarme cuál le viene mejor? Si ninguna le encaja, no dude en proponerme otro momento.",
    ],
  ),
  f(
    "scheduling_request",
    "booking",
    "invitacion-reservar",
    ["{rname} te invita a reservar una reunión", "Reserva tu entrevista con {org}"],
    [
      "{rname}, de {org}, te ha enviado una invitación para reservar una entrevista de {dur} minutos.",
      "Elige el hueco que prefieras en su calendario:\n{link}",
      "Los horarios se muestran en tu zona horaria ({tz}). Una vez reservado, recibirás un correo de confirmación con el enlace a la reunión.",
    ],
    { sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "presencial-tras-prueba",
    ["Siguiente fase - {role}", "RE: Prueba técnica", "¡Pasas a la siguiente fase!"],
    [
      "El equipo ha revisado tu prueba y [[les ha gustado mucho|ha quedado muy contento con el resultado]], así que nos gustaría dar el siguiente paso.",
      "Sería una entrevista presencial en nuestra oficina de {city} ({street}), de una hora y media aproximadamente, con {pname} y dos personas del equipo.",
      "¿Qué días de la semana que viene te vienen mejor? [[Con que me digas dos o tres opciones|Si me pasas un par de huecos]], cuadro las agendas y te confirmo.",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),

  // ─── interview_confirmation ───────────────────────────────────────────────────
  f(
    "interview_confirmation",
    "recruiter",
    "queda-agendada",
    ["Entrevista confirmada", "RE: Disponibilidad", "Confirmación: {date}"],
    [
      "¡Perfecto! Entonces [[queda agendada|dejamos fijada]] la entrevista para el {date} a las {time} ({tz}).",
      "Te conectas desde este enlace: {vlink}\nEstarán {pname} y yo. Calcula unos {dur} minutos.",
      "?Si el día anterior te surge cualquier cosa, escríbeme y lo vemos.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "convocatoria-calendario-usted",
    ["Convocatoria: entrevista {role}", "Invitación: entrevista con {org} - {date}"],
    [
      "Le remito la convocatoria para la entrevista acordada, que tendrá lugar el {date} a las {time} en nuestras oficinas de {street}, {city}.",
      "A su llegada, pregunte en recepción por {pname}. Le rogamos que traiga consigo su documento de identidad para el registro de visitas.",
    ],
    {
      calendar: "request",
      calSummary: ["Entrevista {role} - {cname}", "Entrevista presencial: {cname}"],
    },
  ),
  f(
    "interview_confirmation",
    "booking",
    "reserva-confirmada",
    ["Confirmado: {cname} y {rname} - {date}", "Reserva confirmada: entrevista {dur} min"],
    [
      "Tu reserva está confirmada.",
      "Qué: Entrevista {role} ({dur} min)\nCuándo: {date}, {time} ({tz})\nCon quién: {rname}, {org}\nDónde: {vlink}",
      "Hemos añadido el evento a tu calendario. Para cambiar la hora o anular la reserva: {link}",
    ],
    { sign: false, calendar: "request", calSummary: ["Entrevista {org} ({dur} min)"] },
  ),

  // ─── interview_cancellation ───────────────────────────────────────────────────
  f(
    "interview_cancellation",
    "recruiter",
    "imprevisto-viaje-aplazar",
    ["Cambio en tu entrevista del {day}", "Aplazamos la entrevista", "RE: Entrevista {date}"],
    [
      "[[Lo siento mucho, pero|Perdona las molestias:]] a {pname} le ha surgido un viaje que no esperaba y no va a poder estar en la entrevista del {date}.",
      "Prefiero aplazarla antes que hacerla sin la persona que toma la decisión final, así que por ahora la anulamos. En cuanto tenga su agenda de vuelta te escribo con fechas nuevas.",
    ],
    { quote: ["confirm"], quoteProb: 0.45 },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "cancelacion-calendario",
    ["Cancelada: Entrevista {role} - {cname}", "Evento cancelado: entrevista {date}"],
    [
      "[[Anulo|Cancelo]] la convocatoria del {date} a las {time}. [[Por un cambio de última hora en la agenda del equipo|Por un conflicto en el calendario del comité]], la entrevista no podrá celebrarse ese día.",
      "Disculpe las molestias; nos pondremos en contacto con usted [[lo antes posible|en los próximos días]].",
    ],
    { calendar: "cancel", calSummary: ["Entrevista {role} - {cname}"] },
  ),
  f(
    "interview_cancellation",
    "ats",
    "aviso-anulacion-ats",
    ["Tu entrevista del {date} ha sido cancelada", "Aviso: cambio en tu proceso con {org}"],
    [
      "Te informamos de que la entrevista programada para el {date} a las {time} ({role}) [[ha sido cancelada|no se va a realizar en la fecha prevista]].",
      "Motivo: reorganización de la agenda del equipo entrevistador.",
      "No necesitas hacer nada por ahora. Cuando haya nueva disponibilidad, [[te enviaremos|recibirás]] un enlace para elegir otro horario.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "hoy-no-puedo-latam",
    ["Hoy no podré", "RE: Entrevista de hoy", "Una disculpa"],
    [
      "Una disculpa por avisarte tan tarde: me surgió una emergencia familiar y no voy a poder conectarme a la entrevista de hoy a las {time}.",
      "[[Vamos a tener que posponerla.|La dejamos pendiente por ahora.]] {rfirst} te escribe en cuanto tengamos nueva fecha. Gracias por la paciencia.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),

  // ─── assessment ───────────────────────────────────────────────────────────────
  f(
    "assessment",
    "ats",
    "prueba-online-instrucciones",
    [
      "Prueba técnica online - {role}",
      "Tu evaluación técnica para {org}",
      "Invitación a la prueba de {role}",
    ],
    [
      "Como parte del proceso para {role}, te invitamos a realizar una prueba técnica online.",
      "Detalles:\n• Enlace: {testlink}\n• Duración: 90 minutos desde que empiezas (el cronómetro no se puede pausar)\n• Fecha límite: {deadline}\n• Lenguaje: el que prefieras de la lista",
      "Recomendaciones: busca un sitio tranquilo, con buena conexión, y no cierres la pestaña del navegador mientras la haces.",
      "?Si necesitas alguna adaptación por discapacidad o más tiempo, escríbenos antes de empezar.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "recruiter",
    "caso-practico-adjunto",
    ["Caso práctico - {role}", "Siguiente paso: caso práctico", "RE: {role}"],
    [
      "Como te comenté, el siguiente paso es un caso práctico. Te lo adjunto en PDF: [[es un supuesto de negocio|es un escenario parecido a lo que hacemos en el día a día]] sobre el que tendrás que preparar una propuesta breve.",
      "Tienes {days} días para enviárnoslo; no hace falta que le dediques más de tres o cuatro horas. Luego lo comentarás con {pname} en una sesión de unos {dur} minutos.",
      "Cualquier duda sobre el enunciado, pregúntame sin problema.",
    ],
    { attach: "brief", quote: ["cand"], quoteProb: 0.35 },
  ),
  f(
    "assessment",
    "recruiter",
    "cuestionario-competencias-usted",
    ["Cuestionario de evaluación", "Evaluación de competencias - {org}"],
    [
      "Para continuar con su proceso de selección, le solicitamos completar [[un cuestionario de competencias|una evaluación psicométrica]] y un breve ejercicio de razonamiento lógico.",
      "Acceda desde el siguiente enlace: {testlink}\nTiempo estimado: 40 minutos. Le pedimos contestarlo antes del {deadline}.",
      "No hay respuestas correctas o incorrectas en la parte de personalidad; le recomendamos responder con sinceridad.",
    ],
  ),

  // ─── offer ────────────────────────────────────────────────────────────────────
  f(
    "offer",
    "recruiter",
    "enhorabuena-carta",
    ["¡Enhorabuena! Oferta para {role}", "Tu oferta de {org}", "Buenas noticias"],
    [
      "¡[[Enhorabuena|Qué alegría escribirte esto]]! Después de las entrevistas, el equipo lo tiene claro: nos encantaría que te unieras a {org} como {role}.",
      "Te adjunto la carta de oferta con todos los detalles. En resumen:\n- Salario: {salary}\n- Incorporación: {start}\n- Modalidad híbrida, dos días en la oficina de {city}",
      "Tómate unos días para leerla con calma. Si te parece bien, nos gustaría tener tu respuesta antes del {deadline}. Y si quieres comentar cualquier punto, llámame.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "propuesta-tras-llamada-latam",
    ["Propuesta laboral", "Lo que platicamos por teléfono", "Propuesta formal - {role}"],
    [
      "Como te adelanté por teléfono, queremos hacerte una propuesta formal para que te sumes al equipo como {role}.",
      "La oferta contempla un sueldo de {salary}, prestaciones superiores a las de ley y fecha de ingreso a partir del {start}. {rfirst} te va a mandar hoy mismo el documento para firma.",
      "De verdad me daría mucho gusto trabajar contigo. Cualquier duda me marcas al {phone}.",
    ],
  ),
  f(
    "offer",
    "ats",
    "carta-en-portal",
    ["Tienes una oferta pendiente de firma", "Documento de oferta disponible - {role}"],
    [
      "Nos complace comunicarle que {org} le ha extendido una oferta de empleo para el puesto de {role}.",
      "Puede consultar y firmar electrónicamente la carta de oferta en su área de candidato: {portal}",
      "La oferta permanecerá vigente hasta el {deadline}. Una vez firmada, el equipo de Personas se pondrá en contacto con usted para preparar su incorporación.",
    ],
  ),

  // ─── application_ack ──────────────────────────────────────────────────────────
  f(
    "application_ack",
    "ats",
    "recibida-referencia",
    [
      "Hemos recibido tu candidatura - {role}",
      "Candidatura recibida ({ref})",
      "Gracias por inscribirte en {org}",
    ],
    [
      "Te confirmamos que tu candidatura para {role} (ref. {ref}) [[ha llegado correctamente|se ha registrado correctamente]].",
      "Nuestro equipo de selección revisará tu perfil en las próximas semanas. Si encaja con lo que buscamos, nos pondremos en contacto contigo por correo o por teléfono.",
      "Puedes seguir el estado de tu proceso en {portal}",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "gracias-postularte-que-sigue",
    ["¡Gracias por postularte!", "Recibimos tu postulación para {role}", "{org}: postulación recibida"],
    [
      "¡Hola de nuevo! Recibimos tu postulación para la vacante de {role}. Gracias por tu interés en formar parte de {org}.",
      "¿Qué sigue?\n→ Nuestro equipo de Atracción de Talento revisa cada perfil de forma individual.\n→ El proceso suele tomar entre dos y cuatro semanas.\n→ Si tu perfil avanza, te contactaremos para agendar una primera llamada.",
      "Mientras tanto, puedes conocer más de nuestra cultura en https://{careers}",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "recruiter",
    "me-ha-llegado-cv",
    ["RE: Candidatura {role}", "RE: CV", "Recibido"],
    [
      "[[Te confirmo que me ha llegado|Recibido, muchas gracias por enviarme]] tu CV.",
      "Esta semana lo reviso con {pname} y, sea cual sea la respuesta, te digo algo. Todavía estamos recogiendo perfiles, así que puede tardar un poco.",
    ],
    { quote: ["application"], quoteProb: 0.75 },
  ),
  f(
    "application_ack",
    "ats",
    "registro-seco",
    ["Candidatura registrada", "Confirmación de registro - {ref}"],
    [
      "Su solicitud para el puesto {role} ha quedado registrada con el número {ref}.",
      "Fecha de recepción: {pastdate}.",
      "Este mensaje es un acuse de recibo; no implica ninguna valoración de su candidatura.",
    ],
    { html: "never" },
  ),

  // ─── status_update ────────────────────────────────────────────────────────────
  f(
    "status_update",
    "recruiter",
    "vamos-con-retraso",
    ["Novedades del proceso", "Un pequeño retraso", "Proceso {role}: actualización"],
    [
      "Te escribo para que no te quedes sin noticias: [[vamos algo más lentos de lo previsto|el proceso se está alargando más de lo que pensábamos]] porque varias personas del comité han estado fuera.",
      "La decisión no la tendremos hasta [[finales de la semana que viene|dentro de unos {days} días]]. Sigues en el proceso y en cuanto sepa algo te lo cuento.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "cambio-de-fase",
    ["Tu candidatura ha avanzado", "Actualización de estado - {role}"],
    [
      "El estado de tu candidatura para {role} ha cambiado.",
      "Estado anterior: Recibida\nEstado actual: [[En revisión por el equipo|Preselección]]",
      "Esto significa que el equipo de contratación está revisando tu perfil con más detalle. No tienes que hacer nada por ahora.",
    ],
    { html: "often" },
  ),
  f(
    "status_update",
    "recruiter",
    "en-pausa-presupuesto",
    ["Proceso en pausa - {role}", "Sobre el puesto de {role}", "Actualización importante"],
    [
      "Quería contarte de primera mano que [[hemos tenido que congelar|la dirección ha decidido pausar]] la contratación para {role} hasta que se cierre el presupuesto del próximo trimestre.",
      "No tiene nada que ver con tu perfil, que nos gustó mucho. Si la posición se reactiva, serás de las primeras personas a las que llame.",
      "?Siento no tener una fecha más concreta.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "vacante-cerrada-usted",
    ["Cierre de la oferta {ref}", "La oferta {role} ya no está activa"],
    [
      "Le informamos de que la oferta de empleo {role} ({ref}), en la que se inscribió el {pastdate}, ha sido cerrada por la empresa y ya no admite nuevas candidaturas.",
      "La posición [[ha dejado de estar disponible|se ha cubierto]] y el proceso ha finalizado. Gracias por su interés.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "sigues-en-proceso-respuesta",
    ["RE: Estado de mi candidatura", "RE: {role}", "RE: Novedades"],
    [
      "¡Gracias por escribir! Sigues en el proceso, no te preocupes.",
      "Estamos terminando las entrevistas con el resto de finalistas y [[calculo que a mediados de la semana que viene|espero que antes del {deadline}]] tengamos una decisión.",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),

  // ─── candidate_reply ──────────────────────────────────────────────────────────
  f(
    "candidate_reply",
    "candidate",
    "disponibilidad-huecos",
    ["RE: Entrevista {role}", "Disponibilidad", "RE: ¿Hablamos?"],
    [
      "[[Gracias por escribirme|Muchas gracias por contar conmigo]]. El {day} por la mañana me viene bien, y el {date2} también, a partir de las {time2}.",
      "Si ninguna de esas opciones os encaja, decidme y lo intento mover.",
    ],
    { quote: ["sched"], quoteProb: 0.8 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "contrato-firmado",
    ["RE: Oferta {role}", "Contrato firmado", "RE: Tu oferta de {org}"],
    [
      "Os adjunto el contrato firmado y la documentación que me pedisteis (copia del DNI y número de la Seguridad Social).",
      "[[¡Tengo muchas ganas de empezar!|Me hace mucha ilusión la incorporación.]] Cualquier cosa que falte, me decís.",
    ],
    { attach: "docs", quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "gracias-tras-negativa",
    ["RE: Tu candidatura", "RE: {role}", "Gracias"],
    [
      "Gracias por avisarme y por la rapidez. [[Una pena|Me habría encantado]], pero lo entiendo perfectamente.",
      "Ha sido un placer conocer al equipo. Os deseo mucha suerte con la incorporación.",
    ],
    { quote: ["reject"], quoteProb: 0.75 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "confirmo-asistencia-usted",
    ["RE: Convocatoria entrevista", "Confirmación de asistencia"],
    [
      "Le confirmo mi asistencia a la entrevista del {date} a las {time}.",
      "[[Allí estaré|Ahí estaré puntual]]. Muchas gracias por la oportunidad.",
    ],
    { quote: ["confirm"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "gracias-por-la-charla-latam",
    ["Gracias por la entrevista", "RE: Entrevista {role}"],
    [
      "Solo quería agradecerte por el espacio de ayer. Me quedé con muy buena sensación de la plática con {pname} y del proyecto.",
      "Te comparto, como quedamos, el enlace a mi portafolio: https://portafolio-{cfirst}.example",
    ],
    { quote: ["confirm"], quoteProb: 0.3 },
  ),

  // ─── candidate_inquiry ────────────────────────────────────────────────────────
  f(
    "candidate_inquiry",
    "candidate",
    "novedades-casual",
    ["¿Novedades?", "RE: Entrevista {role}", "Proceso {role}"],
    [
      "[[¿Qué tal va todo?|Espero que vaya bien la semana.]] Te escribo porque hicimos la entrevista el {pastday} y no he vuelto a saber nada.",
      "¿Hay alguna novedad sobre el proceso? [[Lo pregunto sin ninguna prisa|Es solo por organizarme]], gracias.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "seguimiento-postulacion-usted",
    ["Seguimiento a mi postulación", "Consulta sobre proceso {ref}", "RE: Recibimos tu postulación"],
    [
      "Me permito escribirle para dar seguimiento a mi postulación a la vacante de {role}, enviada el {pastdate}.",
      "¿Podría indicarme en qué etapa se encuentra el proceso y si mi perfil sigue siendo considerado? Quedo a la espera de sus comentarios.",
    ],
    { quote: ["ack"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "pide-feedback",
    ["RE: Tu candidatura", "Feedback", "RE: Resultado del proceso"],
    [
      "Gracias por la respuesta, aunque no sea la que esperaba.",
      "¿Me podrías dar algo de feedback sobre [[qué faltó|en qué aspectos flojeé]]? Me ayudaría mucho de cara a próximos procesos. Aunque sean dos líneas.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "proximos-pasos-tras-prueba",
    ["RE: Prueba técnica", "Ejercicio entregado", "Próximos pasos"],
    [
      "Os envié la prueba resuelta el {pastday}. ¿Os ha llegado bien?",
      "¿Cuáles serían los siguientes pasos y en qué plazos os movéis más o menos?",
    ],
    { quote: ["assess"], quoteProb: 0.6 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "otra-propuesta-plazo",
    ["Consulta sobre plazos", "RE: {role}", "Pregunta rápida"],
    [
      "Os escribo con total transparencia: tengo otra propuesta sobre la mesa y me piden respuesta esta semana.",
      "Me interesa mucho más vuestro puesto, así que antes de decidir me gustaría saber: ¿tenéis una idea de cuándo sabréis algo? ¿Sigo en el proceso?",
    ],
  ),

  // ─── candidate_withdrawal ─────────────────────────────────────────────────────
  f(
    "candidate_withdrawal",
    "candidate",
    "acepte-otra",
    ["Retiro mi candidatura", "RE: {role}", "Proceso {role}"],
    [
      "Quería avisaros de que finalmente he aceptado [[otra propuesta|una oferta de otra empresa]], así que prefiero retirarme del proceso para no haceros perder tiempo.",
      "Gracias por el trato durante todas las fases. Ojalá coincidamos más adelante.",
    ],
    { quote: ["sched", "status"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "declina-oferta-usted",
    ["RE: Oferta {role}", "Respuesta a la oferta"],
    [
      "Muchas gracias por la oferta y por la confianza. Tras pensarlo mucho, [[he decidido no aceptarla|he decidido declinarla]]: por motivos familiares no puedo asumir ahora el traslado a {city}.",
      "Le reitero mi agradecimiento a usted y a {pname} por todo el proceso.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "cancela-entrevista-no-sigo",
    ["Cancelación entrevista {date}", "RE: Entrevista confirmada"],
    [
      "Les escribo para cancelar la entrevista del {date}. [[Por motivos personales|Después de pensarlo bien]], he decidido no continuar en el proceso de selección.",
      "Disculpen las molestias y gracias por su tiempo.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),

  // ─── auto_reply ───────────────────────────────────────────────────────────────
  f(
    "auto_reply",
    "ooo-candidate",
    "vacaciones-candidato",
    ["Fuera de la oficina", "Respuesta automática: de vacaciones", "Ausente"],
    [
      "[[Estoy de vacaciones|Me encuentro fuera]] hasta el {deadline}, con acceso muy limitado al correo.",
      "Leeré tu mensaje a mi vuelta. Si es urgente, puedes llamarme al {phone}.",
      "{cname}",
    ],
    { quote: ["sched", "status"] },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "buzon-no-atendido",
    ["Respuesta automática", "Hemos recibido tu mensaje"],
    [
      "Gracias por escribir a {org}. Este es un mensaje automático: hemos recibido tu correo y lo atenderemos en un plazo de 48 a 72 horas hábiles.",
      "Ten en cuenta que este buzón no se revisa los fines de semana ni los festivos. Para consultar el estado de una candidatura, utiliza tu área privada: {portal}",
    ],
    { sign: false, quote: ["cand"] },
  ),

  // ─── other (hard negatives) ───────────────────────────────────────────────────
  f(
    "other",
    "colleague",
    "sala-no-disponible",
    ["Cambio de sala comité de contratación", "Sala para el {day}"],
    [
      "Al final la sala Ebro no está disponible el {day}, la han reservado para la visita de clientes. Nos vamos a la 3.2, en la misma planta.",
      "La hora sigue siendo la misma. ¿Avisas tú a {pname} o le escribo yo?",
    ],
  ),
  f(
    "other",
    "colleague",
    "reenvio-cv-revision",
    ["CV para {role}", "Échale un ojo"],
    [
      "Te reenvío esta candidatura para {role}, que se me había quedado en la bandeja. A mí me parece interesante, pero tú conoces mejor el perfil que buscamos.",
      "¿Le echas un vistazo cuando puedas y me dices si la pasamos a entrevista?",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "recordatorio-feedback",
    ["Recordatorio: valoración pendiente de {cname}", "Tienes feedback pendiente"],
    [
      "Hola, {first}: participaste en la entrevista de {cname} para {role} el {pastdate} y todavía no has enviado tu valoración.",
      "Rellena la ficha de evaluación aquí: {portal}\nEl comité no podrá tomar una decisión hasta tener todas las valoraciones.",
    ],
    { greet: false },
  ),
  f(
    "other",
    "jobboard",
    "boletin-ofertas",
    ["Tu boletín semanal: {n} candidatos nuevos", "Tendencias de selección y nuevas ofertas publicadas"],
    [
      "Esta semana en tu panel de empresa:",
      "• {n} nuevos perfiles encajan con tus ofertas activas\n• Tus anuncios han recibido un {pct}% más de visitas que la semana pasada\n• Nuevo informe: cómo redactar ofertas de empleo que atraigan talento senior",
      "Entra en tu cuenta para ver los detalles. Puedes cambiar la frecuencia de este boletín en la configuración de avisos.",
    ],
  ),
  f(
    "other",
    "vendor",
    "demo-software-seleccion",
    ["¿15 minutos para una demo?", "Oferta especial de lanzamiento para {org}"],
    [
      "Vi que {org} está contratando bastante este trimestre y quería presentarte nuestra plataforma para automatizar la agenda de entrevistas.",
      "Este mes tenemos una oferta de lanzamiento: un {pct}% de descuento el primer año. Si te interesa, puedes reservar una demo directamente aquí: https://meetingsync.example/demo/{hex}",
    ],
  ),
  f(
    "other",
    "vendor",
    "entrevista-podcast",
    [
      "Propuesta de entrevista para nuestro pódcast",
      "Invitación: entrevista en el pódcast «Equipos que crecen»",
    ],
    [
      "Dirijo un pódcast sobre cultura de empresa y nos encantaría hacerte una entrevista sobre cómo ha crecido el equipo de {org} en los últimos dos años.",
      "Serían unos 40 minutos, en remoto, y se publicaría el mes que viene. ¿Te animas? Si me dices qué semana te va mejor, lo cuadramos.",
    ],
  ),
  f(
    "other",
    "system",
    "solicitud-vacaciones-aprobada",
    ["Tu solicitud de vacaciones ha sido aprobada", "Solicitud {ref} aprobada"],
    [
      "Tu solicitud {ref} (vacaciones del {date} al {date2}) ha sido aprobada por tu responsable.",
      "Puedes consultarla en la aplicación de Personas. Recuerda configurar tu respuesta automática antes de salir.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "cancelacion-reunion-interna",
    ["Cancelada: Sincronización semanal de selección", "Esta semana no hay reunión"],
    [
      "Cancelo la sincro de selección de esta semana, medio equipo está en la feria de empleo de la universidad.",
      "Lo que haya pendiente lo vemos por el chat o el {date2}.",
    ],
    { calendar: "cancel", calSummary: ["Sincronización semanal de selección"] },
  ),
];
