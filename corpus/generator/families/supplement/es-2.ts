/** Supplementary es template families, second round (see ./index.ts). */
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

export const SUP_ES_2: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "recruiter",
    "r2-tras-entrevista-otra-persona",
    ["Proceso {role}", "RE: Entrevista {role}", "Sobre tu entrevista del {pastday}"],
    [
      "[[Muchas gracias por venir el {pastday} a conocernos|Gracias otra vez por la conversación del {pastday}]]; a {pfirst} y a mí nos gustó mucho hablar contigo.",
      "Hemos tenido que tomar una decisión difícil y al final [[vamos a seguir adelante con otra persona|nos hemos decantado por un perfil]] con más recorrido en la parte de cliente, que es lo que el equipo necesita ahora mismo.",
      "?Me guardo tu CV y, si [[sale algo que encaje contigo|se abre una posición más cercana a tu experiencia]], te escribo yo directamente.",
      "Te deseo mucha suerte en la búsqueda.",
    ],
    { quote: ["confirm"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "ats",
    "r2-plantilla-larga-rgpd",
    ["Actualización de tu candidatura - {role}", "Tu candidatura en {org} (ref. {ref})"],
    [
      "Te agradecemos el interés que has mostrado en formar parte de {org} y el tiempo dedicado a tu candidatura para el puesto de {role} (ref. {ref}).",
      "DECISIÓN SOBRE TU CANDIDATURA\nTras analizar con detalle todos los perfiles recibidos, [[lamentamos comunicarte que no continuaremos con tu candidatura|te informamos de que tu candidatura no ha sido seleccionada para avanzar]] en este proceso.",
      "¿Y AHORA QUÉ?\n- Puedes seguir consultando nuestras vacantes en https://{careers}\n- Tu perfil permanecerá activo en nuestra base de datos durante 12 meses\n- Si prefieres que lo eliminemos, puedes hacerlo desde {portal}",
      "Protección de datos: {org} tratará tus datos personales con la finalidad de gestionar procesos de selección. Puedes ejercer tus derechos de acceso, rectificación, supresión y oposición escribiendo a privacidad@{domain}.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-agencia-cliente-mx",
    ["Seguimiento vacante {role} - cliente", "Retroalimentación de {org}", "Su proceso con nuestro cliente"],
    [
      "Le escribo para darle seguimiento a la vacante de {role} que le presenté con nuestro cliente.",
      "Ya me [[dieron respuesta|compartieron su retroalimentación]] y, por desgracia, el cliente decidió no avanzar con su perfil: están buscando a alguien con experiencia más directa en el sector financiero.",
      "Sé que no es la noticia que esperaba. Su perfil me parece muy sólido y me gustaría seguir en contacto para otras búsquedas que manejo en la agencia, si a usted le parece bien.",
    ],
  ),
  f(
    "rejection",
    "manager",
    "r2-manager-vos-personal",
    ["Te quería contar yo", "{role} - nuestra decisión"],
    [
      "Te quería escribir yo [[personalmente|directamente]] antes de que te llegue cualquier mail automático.",
      "Estuvimos dando muchas vueltas y finalmente [[elegimos a otra persona para el puesto|nos quedamos con otro candidato]]. Vos quedaste muy cerca, en serio, y la charla técnica fue de las mejores que tuvimos.",
      "?Si querés, te paso un par de comentarios concretos sobre la entrevista; decime y lo coordinamos por acá.",
      "Gracias por la buena onda durante todo el proceso.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "r2-corto-movil",
    ["RE: {role}", "Re: candidatura"],
    [
      "Gracias por tu tiempo, {cfirst}. Esta vez [[no vamos a poder avanzar contigo|no seguimos adelante con tu candidatura]]. ¡Mucha suerte!",
    ],
    { quote: ["cand"], quoteProb: 0.7, greet: false, sign: false },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-prueba-tecnica-cl",
    ["Resultado de la prueba técnica", "Tu desafío técnico - {role}"],
    [
      "Gracias por el esfuerzo que le pusiste al desafío técnico; se nota que le dedicaste tiempo.",
      "El equipo lo revisó con calma y, aunque hay cosas muy bien resueltas, [[no alcanzó el nivel que buscamos para esta etapa|no cumple con lo que necesitamos para pasar a la siguiente etapa]], sobre todo en la parte de pruebas automatizadas. Por eso no vamos a continuar con tu postulación para {role}.",
      "?Si te interesa, puedo pedirle a {pfirst} un par de líneas más de detalle sobre la revisión.",
    ],
    { quote: ["assess"], quoteProb: 0.4 },
  ),
  f(
    "rejection",
    "ats",
    "r2-formal-co-usted",
    ["Respuesta a su postulación", "Proceso de selección {role} - {org}"],
    [
      "Reciba un cordial saludo de parte del equipo de Gestión Humana de {org}.",
      "Agradecemos su participación en el proceso de selección para el cargo de {role}. Luego de evaluar su hoja de vida frente a los requisitos del cargo, nos permitimos informarle que en esta oportunidad [[su postulación no fue seleccionada para continuar|su perfil no continuará]] en el proceso.",
      "Su información quedará en nuestra base de datos para futuras convocatorias que se ajusten a su experiencia.",
    ],
  ),
  // ---------------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "s2-agencia-llamada-salario",
    ["Oportunidad {role} - {city}", "¿Hablamos? {role}", "Posición de {role} para un cliente"],
    [
      "Te escribo desde una consultora de selección; estoy llevando la búsqueda de {role} para un cliente del sector logístico, y tu perfil de LinkedIn me ha encajado bastante.",
      "Por darte contexto: la banda está en torno a {salary}, modelo híbrido con dos días en oficina.",
      "¿[[Tendrías 20 minutos esta semana para una llamada rápida|Te vendría bien que habláramos por teléfono unos 20 minutos]]? Dime qué franja te cuadra mejor, mañana o tarde, y te llamo.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "s2-charla-vos",
    ["Charla - {role}", "¿Charlamos?"],
    [
      "Soy {pfirst}, lidero el equipo donde estaría el puesto de {role}. {rfirst} me pasó tu perfil y me gustaría conocerte.",
      "¿Te va bien charlar un rato el {day} a las {time}? Si no te queda cómodo, [[decime qué horarios tenés libres|pasame dos o tres opciones]] esta semana o la que viene y nos acomodamos.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "s2-ats-siguiente-paso-reserva",
    ["Siguiente paso: entrevista técnica - {role}", "Reserva tu entrevista con {org}"],
    [
      "Nos alegra contarte que queremos conocerte mejor en una entrevista técnica para el puesto de {role}.",
      "DETALLES\n- Duración: {dur} minutos\n- Formato: videollamada\n- Con quién: {pname} y alguien del equipo de ingeniería",
      "RESERVA TU HUECO\nElige el día y la hora que mejor te vengan aquí: {link}\nTe recomendamos reservar antes del {deadline}; a partir de esa fecha puede que no queden huecos disponibles.",
      "?Si ninguna opción te encaja, responde a este correo y buscaremos una alternativa.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-movil-usted-mx",
    ["Llamada", "RE: Vacante {role}"],
    [
      "¿Le queda bien una llamada [[mañana|el {day}]] o el {date2}? Me dice qué horario le acomoda y le marco.",
    ],
    { quote: ["application"], quoteProb: 0.5, greet: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-reenvio-agenda-co",
    ["RV: Invitación a entrevista - {role}", "Reenvío: agende su entrevista"],
    [
      "Le reenvío la invitación que le mandé hace unos días, por si no le llegó o quedó en la carpeta de spam.",
      "Nos gustaría mucho hacerle una entrevista para {role}. Puede agendarla directamente [[en este enlace|por aquí]]: {link}",
      "Cualquier cosa me escribe, sin problema.",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  // ---------------------------------------------------------------- candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "i2-movil-novedad",
    ["Proceso {role}", "Consulta", "Re: {role}"],
    ["Hola, ¿[[hay alguna novedad|sabéis algo ya]] del proceso de {role}? Gracias!"],
    { greet: false, sign: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-definicion-vos",
    ["Re: Entrevista {role}", "Consulta sobre el proceso"],
    [
      "¿Cómo andás? Te escribo porque ya pasaron un par de semanas desde la entrevista con {pfirst} y quería saber si [[ya tienen alguna definición|hay alguna novedad]] sobre la búsqueda.",
      "Si necesitan algo más de mi parte, avisame. ¡Gracias!",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-feedback-tras-rechazo",
    ["Re: Actualización de tu candidatura", "RE: {role}"],
    [
      "Gracias por avisarme. Ya que llegué hasta la última fase, ¿[[podríais compartir conmigo algún comentario|sería posible recibir algo de feedback]] sobre en qué aspectos podría mejorar? Me ayudaría mucho de cara a próximos procesos.",
    ],
    { quote: ["reject"], quoteProb: 0.9 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-estado-formal-co",
    ["Estado de mi postulación - {ref}", "Consulta proceso de selección {role}"],
    [
      "Me permito escribirle para consultar el estado de mi postulación al cargo de {role} (referencia {ref}), enviada hace aproximadamente tres semanas.",
      "Quisiera saber si el proceso sigue abierto y cuáles serían los próximos pasos.",
      "Agradezco de antemano su atención.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-plazos-otro-proceso",
    ["Plazos del proceso", "Pregunta sobre los tiempos - {role}"],
    [
      "Te escribo con una pregunta práctica: tengo otro proceso bastante avanzado y me gustaría saber, más o menos, [[qué plazos manejáis vosotros|cuándo tenéis previsto tomar una decisión]] para {role}.",
      "Vuestra posición es mi primera opción, así que prefiero tener la información antes de comprometerme a nada.",
    ],
  ),
  // ---------------------------------------------------------------- status_update
  f(
    "status_update",
    "ats",
    "u2-siguiente-fase",
    ["Tu candidatura avanza", "Novedades sobre tu candidatura - {role}"],
    [
      "¡Buenas noticias! Tu candidatura para {role} [[ha pasado a la siguiente fase|ha avanzado a la fase de evaluación del equipo]].",
      "No necesitas hacer nada por ahora: el equipo de {org} se pondrá en contacto contigo en los próximos días con más información.",
      "Puedes seguir el estado de tu proceso en cualquier momento desde {portal}.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "u2-retraso-semana-santa",
    ["Un poco de retraso - {role}", "Novedades del proceso"],
    [
      "Quería escribirte para que no pienses que nos hemos olvidado de ti: [[vamos con algo de retraso|el proceso se está alargando más de lo previsto]] porque parte del equipo ha estado fuera estos días.",
      "Tu candidatura sigue en marcha y cuento con darte una respuesta antes del {deadline}.",
      "Gracias por la paciencia.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "u2-vacante-congelada-mx",
    ["Actualización sobre la vacante {role}", "Vacante en pausa"],
    [
      "Le escribo para avisarle que, por un ajuste de presupuesto en el área, la vacante de {role} [[quedó congelada|se puso en pausa]] por el momento.",
      "No tenemos todavía una fecha para reactivarla. En cuanto haya novedades me comunico con usted, ya que su perfil estaba entre los que más nos interesaban.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "u2-cubierta-internamente",
    ["Cierre del proceso - {role}", "Información sobre la vacante {role}"],
    [
      "Te escribimos para informarte de que la posición de {role} (ref. {ref}) [[se ha cubierto mediante una promoción interna|ha sido cubierta con una persona de la propia compañía]] y el proceso queda cerrado.",
      "Agradecemos sinceramente tu interés en {org}. Te animamos a consultar el resto de vacantes abiertas en https://{careers}.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "u2-seguimos-revisando-cl",
    ["Re: consulta", "RE: Postulación {role}"],
    [
      "¡Hola! Te cuento que [[seguimos revisando postulaciones|todavía estamos en la etapa de revisión de perfiles]] y aún no hay una decisión tomada. Apenas tenga algo concreto te aviso, no te preocupes.",
    ],
    { quote: ["cand"], quoteProb: 0.6, greet: false },
  ),
  // ---------------------------------------------------------------- application_ack
  f(
    "application_ack",
    "ats",
    "a2-plantilla-larga-pasos",
    ["Hemos recibido tu candidatura - {role}", "Gracias por tu candidatura a {org}"],
    [
      "Gracias por presentar tu candidatura al puesto de {role}. [[Confirmamos que la hemos recibido correctamente|Te confirmamos que ya está registrada en nuestro sistema]].",
      "¿QUÉ PASA AHORA?\n1. Nuestro equipo de selección revisará tu perfil.\n2. Si encaja con lo que buscamos, te contactaremos para los siguientes pasos.\n3. En cualquier caso, te informaremos por correo cuando haya una resolución.",
      "Referencia de la candidatura: {ref}\nAcceso a tu área personal: {portal}",
      "Información básica sobre protección de datos: el responsable del tratamiento es {org}. La finalidad es la gestión de procesos de selección. No se cederán datos a terceros salvo obligación legal.",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "ats",
    "a2-folio-mx",
    ["Confirmación de postulación - folio {ref}", "Recepción de su postulación"],
    [
      "Confirmamos la recepción de su postulación para la vacante de {role}. Su número de folio es {ref}.",
      "Le pedimos conservar este número para cualquier aclaración.",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "a2-personal-recibido-cv",
    ["RE: CV para {role}", "Re: Candidatura espontánea"],
    [
      "Gracias por escribirme y por [[mandarme tu CV|enviarme tu currículum]]. Lo he recibido bien; esta semana lo reviso con calma junto con el resto de candidaturas y te digo algo.",
    ],
    { quote: ["application"], quoteProb: 0.8 },
  ),
  f(
    "application_ack",
    "ats",
    "a2-postularte-ar",
    ["¡Gracias por postularte!", "Recibimos tu postulación - {role}"],
    [
      "¡Gracias por postularte a {role} en {org}! Recibimos tus datos y tu CV.",
      "Vamos a revisar tu perfil y, si avanzás a la próxima etapa, te vamos a contactar por este medio. Mientras tanto, podés ver el estado de tu postulación en {portal}.",
    ],
  ),
  // ---------------------------------------------------------------- candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "c2-movil-perfecto",
    ["Re: Entrevista", "RE: {role}"],
    ["Perfecto, el {day} a las {time} me va [[genial|fenomenal|bien]]. ¡Gracias!"],
    { quote: ["sched"], quoteProb: 0.8, greet: false, sign: false },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-contrato-firmado",
    ["Documentación firmada", "RE: Documentación para la incorporación"],
    [
      "Os envío adjunto el contrato firmado, junto con [[la copia del DNI y el número de la Seguridad Social|el DNI escaneado y el certificado de la cuenta bancaria]] que me pedisteis.",
      "Si falta algo, decídmelo y lo mando cuanto antes.",
    ],
    { attach: "docs", quote: ["offer"], quoteProb: 0.4 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-acepto-propuesta-vos",
    ["Re: Propuesta {org}", "Re: Oferta {role}"],
    [
      "¡Qué buena noticia! Te confirmo que [[acepto la propuesta|acepto la oferta]] y me sumo al equipo. Puedo arrancar el {start} como hablamos.",
      "Decime qué necesitás de mi parte para avanzar con el alta.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-gracias-tras-rechazo-usted",
    ["RE: Respuesta a su postulación", "Re: Proceso {role}"],
    [
      "Muchas gracias por avisarme y por el tiempo que me dedicaron durante el proceso. Fue una experiencia muy valiosa para mí.",
      "Estaré pendiente de futuras convocatorias en {org}.",
    ],
    { quote: ["reject"], quoteProb: 0.9 },
  ),
  // ---------------------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "x2-aplazar-imprevisto",
    ["Cambio en tu entrevista del {date}", "Entrevista aplazada"],
    [
      "Siento escribirte con tan poco margen: {pfirst} ha tenido un imprevisto familiar y [[tenemos que aplazar la entrevista|no podremos mantener la entrevista]] del {date} a las {time}.",
      "En cuanto tenga su nueva agenda te escribo con otras opciones. Disculpa las molestias.",
    ],
  ),
  f(
    "interview_cancellation",
    "booking",
    "x2-evento-cancelado",
    ["Evento cancelado: Entrevista {role}", "Cancelado: Entrevista con {org}"],
    [
      "Se ha cancelado el siguiente evento:",
      "Entrevista {role}\n{date}, {time} ({tz})\nOrganizador: {rname}",
      "Motivo indicado: [[Cambio de agenda del entrevistador|Conflicto de calendario]]",
    ],
    { calendar: "cancel", calSummary: ["Entrevista {role} - {cname}"], greet: false, sign: false },
  ),
  f(
    "interview_cancellation",
    "manager",
    "x2-no-podre-atenderle-mx",
    ["Entrevista del {day}", "Cancelación de entrevista"],
    [
      "Lamentablemente no podré atenderle el {day} como habíamos quedado; me surgió un viaje de trabajo que no puedo mover, así que [[debo cancelar la entrevista|tengo que cancelar nuestra cita]].",
      "{rfirst} se pondrá en contacto con usted para ver cómo seguimos. Una disculpa.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "x2-suspendida-hasta-aviso-cl",
    ["Entrevista de mañana", "Suspendemos la entrevista"],
    [
      "Te aviso que [[vamos a suspender|dejamos en suspenso]] la entrevista de mañana hasta nuevo aviso: estamos redefiniendo el alcance del cargo con la gerencia.",
      "Apenas tengamos claridad te escribo. Perdón por el cambio a última hora.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  // ---------------------------------------------------------------- assessment
  f(
    "assessment",
    "ats",
    "t2-prueba-online-plazo",
    ["Prueba técnica - {role}", "Tu evaluación online en {org}"],
    [
      "Como siguiente paso del proceso para {role}, te invitamos a realizar una prueba técnica online.",
      "INSTRUCCIONES\n- Enlace: {testlink}\n- Tiempo estimado: 90 minutos\n- Fecha límite: {deadline}\n- Una vez empieces, el cronómetro no se puede pausar",
      "Te recomendamos hacerla desde un ordenador con buena conexión. Si tienes algún problema técnico, responde a este correo.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "recruiter",
    "t2-caso-practico-vos",
    ["Caso práctico - {role}", "Próxima etapa: caso"],
    [
      "Como te comenté en la llamada, la próxima etapa es un caso práctico. Te lo [[mando adjunto|paso en el PDF adjunto]].",
      "Tenés tiempo hasta el {deadline} para mandárnoslo. No hace falta que sea perfecto: nos interesa más ver cómo razonás el problema.",
      "Cualquier duda, escribime.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "recruiter",
    "t2-psicometrica-usted",
    ["Evaluaciones en línea - {role}", "Pruebas psicométricas"],
    [
      "Como parte del proceso, le compartimos [[una evaluación psicométrica y una prueba de inglés|dos pruebas en línea: una psicométrica y otra de inglés]]. Puede responderlas desde aquí: {testlink}",
      "Le pedimos completarlas a más tardar el {deadline}. Le tomarán alrededor de 45 minutos en total.",
    ],
  ),
  // ---------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "o2-carta-enhorabuena",
    ["¡Enhorabuena! Oferta para {role}", "Tu oferta de {org}"],
    [
      "¡Enhorabuena! [[Nos encantaría que te unieras|Queremos que formes parte]] del equipo como {role}.",
      "Te adjunto la carta de oferta con todas las condiciones. En resumen:\n- Salario: {salary}\n- Incorporación: {start}\n- Contrato indefinido, jornada completa, teletrabajo parcial",
      "Tómate unos días para revisarla y, si tienes cualquier duda, llámame al {phone}.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "o2-manager-vos-corto",
    ["¡Queremos que vengas!", "Buenas noticias"],
    [
      "Te cuento antes que nadie: ¡queremos que seas parte del equipo! Hoy mismo {rfirst} te va a mandar la propuesta formal con todos los números.",
      "Cualquier cosa que quieras charlar antes de decidir, escribime {g:tranquila|tranquilo}.",
    ],
  ),
  f(
    "offer",
    "ats",
    "o2-carta-oferta-co",
    ["Carta de oferta - {role}", "Oferta laboral {org}"],
    [
      "Nos complace ofrecerle el cargo de {role} en {org}.",
      "CONDICIONES PRINCIPALES\n- Tipo de contrato: término indefinido\n- Fecha de ingreso: {start}\n- Lugar de trabajo: {city}",
      "Para aceptar la oferta, le solicitamos firmar electrónicamente la carta en {portal} antes del {deadline}.",
    ],
    { html: "often" },
  ),
  // ---------------------------------------------------------------- interview_confirmation
  f(
    "interview_confirmation",
    "ats",
    "k2-presencial-dni",
    ["Entrevista confirmada - {role}", "Confirmación: entrevista en {org}"],
    [
      "Tu entrevista ha quedado confirmada. Estos son los detalles:",
      "Fecha: {date}\nHora: {time}\nLugar: {street}, {city}\nTe recibirá: {pname}",
      "Recuerda traer el DNI o un documento de identidad para acceder al edificio. [[Te recomendamos llegar 10 minutos antes.|Si llegas con antelación, avisa en recepción.]]",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "k2-listo-agendado-mx",
    ["RE: Horario entrevista", "Re: Disponibilidad"],
    [
      "Listo, [[quedó agendado|le confirmo]] el {date} a las {time} con {pname}. En un momento le llega la invitación de Teams con el enlace.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "k2-invitacion-calendario-cl",
    ["Invitación: Entrevista {role} - {date}", "Entrevista {role}"],
    [
      "Te mando la invitación para la entrevista del {date} a las {time}. Nos conectamos por acá: {vlink}",
      "?Van a estar {pname} y alguien del equipo; dura más o menos {dur} minutos.",
    ],
    { calendar: "request", calSummary: ["Entrevista {role} - {cname}", "Entrevista con {cname}"] },
  ),
  // ---------------------------------------------------------------- candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-otra-oferta",
    ["Retiro mi candidatura - {role}", "Proceso {role}"],
    [
      "Quería avisaros de que [[he aceptado una oferta en otra empresa|finalmente me incorporo a otro proyecto]], así que retiro mi candidatura para {role}.",
      "Muchas gracias por el trato durante todo el proceso; ha sido muy agradable.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-no-acepto-propuesta-vos",
    ["Re: Propuesta {role}", "Re: Oferta"],
    [
      "Te agradezco mucho la propuesta y el tiempo de todo el equipo. Después de pensarlo bastante, [[decidí no aceptarla|voy a declinar la oferta]]: por ahora prefiero quedarme donde estoy.",
      "Ojalá podamos cruzarnos más adelante.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-cancelo-entrevista-retiro",
    ["Cancelar entrevista", "RE: Confirmación de entrevista"],
    [
      "Le pido por favor cancelar la entrevista del {day}; por motivos personales [[ya no deseo continuar en el proceso|he decidido no seguir en el proceso]]. Gracias por la oportunidad.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  // ---------------------------------------------------------------- auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "ar2-vacaciones-sin-acceso",
    ["Fuera de la oficina", "Respuesta automática: vacaciones"],
    [
      "Estoy de vacaciones [[hasta el {date2}|unos días]] con acceso limitado al correo. Responderé a tu mensaje en cuanto vuelva.",
      "?Si es urgente, puedes llamarme al {phone}.",
    ],
    { quote: ["sched", "assess"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "ar2-buzon-empleo",
    ["Respuesta automática - Buzón de empleo", "Hemos recibido tu correo"],
    [
      "Este es un mensaje automático: hemos recibido tu correo en el buzón de empleo de {org}.",
      "Este buzón no se atiende en tiempo real. Si tu consulta está relacionada con una candidatura, puedes ver su estado en {portal}.",
    ],
    { quote: ["cand"], greet: false, sign: false, autoHeaders: "rfc3834" },
  ),
  // ---------------------------------------------------------------- other
  f(
    "other",
    "colleague",
    "n2-sala-ocupada",
    ["Cambio de sala - reunión de contratación", "Sala {day}"],
    [
      "Al final la sala grande no está disponible el {day} a las {time}: [[la han reservado para una formación|la tiene ocupada Dirección]]. Nos vemos en la 3B para la reunión semanal de contratación.",
    ],
  ),
  f(
    "other",
    "colleague",
    "n2-cv-para-revisar",
    ["CV {cname} - {role}", "RV: Candidatura {role}"],
    [
      "Te reenvío el CV de {cname} para {role}. ¿Le echas un vistazo y me dices si lo vemos en entrevista? A mí me cuadra bastante.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "n2-feedback-pendiente",
    ["Recordatorio: evaluación pendiente - {cname}", "Tienes feedback pendiente de entrega"],
    [
      "Tienes pendiente la evaluación de la entrevista con {cname} para el puesto de {role}, realizada el {pastdate}.",
      "Por favor, registra tu valoración en el sistema lo antes posible: [[el equipo no podrá tomar una decisión hasta recibir todas las evaluaciones|la decisión sobre la candidatura depende de tu feedback]].",
    ],
    { greet: false },
  ),
  f(
    "other",
    "jobboard",
    "n2-boletin-empleo",
    ["Boletín semanal: tendencias de empleo y consejos", "Las ofertas más vistas de la semana"],
    [
      "ESTA SEMANA EN EL BOLETÍN",
      "- Las 10 ofertas de empleo más vistas en tu sector\n- Cómo preparar preguntas para una entrevista por competencias\n- Informe: salarios tecnológicos en {city}",
      "¿Quieres publicar tus vacantes con un 20% de descuento? Consulta nuestras tarifas para empresas en nuestra web.",
      "Recibes este correo porque estás suscrito al boletín. Darte de baja.",
    ],
    { html: "only", greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "n2-demo-software",
    ["¿Una demo de 15 minutos?", "Oferta de lanzamiento para equipos de selección"],
    [
      "Le escribo porque ayudamos a equipos de RR. HH. a reducir el tiempo de contratación con pruebas de evaluación automatizadas.",
      "Este mes tenemos una oferta de lanzamiento: {pct}% de descuento el primer año. ¿Le reservo una demo? Puede elegir hora directamente en https://meetingsync.example/demo-es",
    ],
  ),
  f(
    "other",
    "vendor",
    "n2-entrevista-prensa",
    ["Solicitud de entrevista para reportaje", "Entrevista - reportaje sobre empleo tecnológico"],
    [
      "Estoy preparando un reportaje sobre el mercado de talento tecnológico en {city} para la edición del domingo y me gustaría entrevistar a alguien de {org} sobre vuestra política de contratación.",
      "Sería una conversación de unos 20 minutos, por teléfono o en persona. ¿Habría alguien disponible esta semana?",
      "Un saludo,\n{cname}\nRedacción de Economía",
    ],
    { sign: false },
  ),
  f(
    "other",
    "system",
    "n2-solicitud-vacaciones",
    ["Solicitud de vacaciones aprobada", "Tu solicitud #{n} ha sido aprobada"],
    [
      "Tu solicitud de vacaciones del {date} al {date2} ha sido aprobada por tu responsable.",
      "Puedes consultar tus días disponibles en el portal del empleado.",
    ],
    { greet: false, sign: false },
  ),
];
