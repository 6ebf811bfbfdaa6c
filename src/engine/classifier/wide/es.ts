/**
 * Wider phrasings for one language (es), written to generalise beyond the corpus families the
 * first tables were tuned on: each entry states an intent the way writers commonly do, with its
 * usual variants (person, tense, register, regional forms). Syntax and tiers: see `../phrases.ts`.
 *
 * Tiers here: `s` phrases name the hiring process (entrevista, candidatura, cv, vacante…) and
 * decide alone; `s` phrases that do not are demoted to `g` by `gateGeneric`. `m` (2 points) is
 * kept for constructions specific to hiring that use ordinary words (proceso, puesto, perfil):
 * they need a second cue. `w` words only tip a balance. Tú / usted / vosotros / ustedes forms and
 * Spain / Latin-American verbs (agendar, postular, coordinar, tomar) are listed together.
 */
import type { PhraseGroup, Tiers } from "../phrases.ts";

export const WIDE_ES: Partial<Record<PhraseGroup, Tiers>> = {
  rejection: {
    s: [
      // The candidacy does not go on.
      "candidatura no seguira|continuara|avanzara|pasara|prosperara|progresara",
      "candidatura no .. seguir|continuar|avanzar|pasar|prosperar adelante?",
      "descartar|descartado|descartamos|descartada .. candidatura|candidatos",
      "candidatura .. descartada|desestimada|rechazada",
      "no podemos|podremos|vamos a? .. avanzar|continuar|seguir con tu|su candidatura",
      "cerrar|cerramos|finalizar|finalizamos tu|su candidatura",
      // Someone else was chosen.
      "decantado|decantamos|optado|optamos|elegido|elegimos|seleccionado|seleccionamos por? otro|otra|otros|otras candidat*",
      "candidat* cuyo|cuya|cuyos|cuyas perfil|perfiles|experiencia|trayectoria",
      "candidat* que .. encaja|encajan|ajusta|ajustan|adecua|adecuan mejor|mas",
      "no has|ha|habeis sido seleccionado|seleccionada|elegido|elegida .. entrevista|vacante",
      "no .. superado .. entrevista|entrevistas",
      "adelante con otro|otra|otros|otras candidat*",
      "estado de tu|su candidatura: no seleccionado|seleccionada|descartado|descartada|rechazado|rechazada",
    ],
    m: [
      "no has|ha|habeis superado|pasado la|el|esta|este? prueba|fase|etapa|proceso|evaluacion|filtro|corte",
      "no has|ha|habeis sido seleccionado|seleccionada|seleccionados|elegido|elegida|elegidos",
      "decidido|preferido no avanzar|continuar|seguir|proseguir contigo",
      "decidido|preferido no avanzar|continuar|seguir|proseguir con usted|vosotros|ustedes",
      "decidido continuar|seguir|avanzar con otro|otra|otros|otras perfil|perfiles|persona|personas|profesional|profesionales|finalista|finalistas",
      "cubierto|cubierta|cubrir .. con otro|otra perfil|persona|profesional|candidata|candidato",
      "no vamos a poder|no podremos contar contigo|con usted|con tu perfil|con su perfil",
      "perfiles que se ajustan|encajan|adecuan mejor|mas",
      "adelante con otro|otra|otros|otras perfil|perfiles|persona|personas|profesional|profesionales|finalista|finalistas|postulante|postulantes",
      "decantado|decantamos|inclinado|inclinamos por otro|otra|otros|otras perfil|perfiles|persona|personas|profesional|profesionales|opcion|opciones|finalista|finalistas|postulante|postulantes",
      "seguir|continuar|avanzar|seguimos|continuamos|avanzamos con otros|otras postulantes|postulaciones",
      "no pasaras|pasara|avanzaras|avanzara a|en la? siguiente|proxima fase|etapa|ronda",
      "no continuaras|continuara|seguiras|seguira en el proceso",
      "no vamos a poder ofrecerte|ofrecerle|ofreceros|continuar|avanzar|seguir",
      "no podremos ofrecerte|ofrecerle|ofreceros|avanzar|continuar",
      "no estamos en condiciones de ofrecerte|ofrecerle|avanzar|continuar",
      "no resultaste|resulto|quedaste|quedo|fuiste|fue seleccionado|seleccionada|elegido|elegida",
      "no termina|acaba de encajar|ajustarse",
      "perfiles|candidatos|candidaturas|postulantes mas afines|alineados|alineadas|adecuados|adecuadas|ajustados|cercanos",
    ],
    g: [
      "no seguir|continuar|avanzar|proseguir contigo",
      "no ha sido posible avanzar|continuar|seguir",
      "se ajustan|ajusta|encajan|encaja|adecuan|adecua mejor|mas a lo que buscamos",
    ],
    w: [
      "en esta ocasion",
      "mucha suerte|mucho exito en tu|su|los proximos|futuros|la busqueda|busqueda",
      "te|le deseamos|deseo .. exito|suerte",
      "futuras|proximas oportunidades|vacantes|posiciones",
      "conservaremos|guardaremos|mantendremos tu|su cv|perfil|candidatura",
      "decision .. dificil|complicada",
    ],
  },

  scheduling_request: {
    s: [
      "convocarte|convocarle|convocaros|citarte|citarle a|para una? entrevista|entrevistas",
      "gustaria entrevistarte|entrevistarle|entrevistaros|entrevistarla|entrevistarlo",
      "queremos|queriamos|quisieramos entrevistarte|entrevistarle|entrevistaros",
      "huecos|franjas|horarios|fechas|dias|opciones|momentos para .. entrevista|entrevistas",
      "cuando .. podrias|podria|puedes|puede|podeis|pueden .. entrevista",
      "agendemos|coordinemos|concertemos|programemos|cuadremos|fijemos .. entrevista",
      "entrevista .. te|le viene|vienen|vendria|va|iria|encaja|cuadra mejor",
      "entrevista .. que dia|dias|hora|horas|horario|momento",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "te|le vienen|viene|vendria|vendrian|van|iria|irian|encaja|encajan|cuadra|cuadran|conviene|convienen mejor",
      "cual|cuales te|le|os|les viene|vienen|va|van|encaja|encajan|conviene|convienen|cuadra|cuadran",
      "propongo|proponemos|planteo|planteamos|ofrezco|ofrecemos|sugiero|sugerimos .. opciones|fechas|horarios|huecos|franjas|alternativas",
      "estas|las|siguientes dos|tres|cuatro opciones|fechas|franjas|horarios",
      "las siguientes opciones|fechas|franjas|horarios",
      "pasas|pases|pasa|pase|pasame|envias|envies|enviame|indicas|indiques|indicame|mandas|mandes|mandame|compartes|compartas .. huecos|franjas|horarios|fechas|disponibilidad",
      "un par de|algunos|varios huecos|horarios|franjas",
      "cuadro|cuadrar|cuadramos|coordino|coordinar|coordinamos .. agendas|agenda",
      "elige|elija|elegi|escoge|escoja|selecciona|seleccione|reserva|reserve|reservá .. hueco|horario|franja|fecha|hora|dia",
      "indicarme|indicarnos|decirme|decirnos|confirmarme|confirmarnos cual|cuales|que dia|que hora|que horario|tu disponibilidad|su disponibilidad",
      "proponerme|proponernos|sugerirme|sugerirnos|proponer|sugerir otro|otra|otros|otras momento|momentos|fecha|fechas|horario|horarios|hora|dia|alternativa",
      "tienes|tiene|tenes|teneis|tienen|tendrias|tendria|tendrian hueco|huecos|disponibilidad",
      "tienes|tiene|tenes|teneis|tienen|tendrias|tendria|tendrian un rato|momento",
      "agendar|agendemos|coordinar|coordinemos|concertar|programar|buscar una? llamada|videollamada|reunion|charla|cita|hueco|conversacion",
      "dar el siguiente paso",
    ],
    w: [
      "conocerte|conocerle|conocerla|conocerlo|conoceros",
      "siguiente paso",
      "hablar|charlar|conversar contigo",
      "podriamos|podemos|podamos hablar|charlar|vernos|conversar|reunirnos",
    ],
  },

  interview_confirmation: {
    s: [
      "queda|quedo|quedaria|dejamos|dejo agendada|confirmada|programada|fijada|reservada|cerrada la? entrevista",
      "quedado agendada|confirmada|programada|fijada|reservada la? entrevista",
      "agendado|reservado|fijado|bloqueado|confirmado .. entrevista",
      "entrevista .. queda|quedo|ha quedado agendada|confirmada|fijada|reservada",
      "entrevista .. agendada|fijada|reservada|agendado para el",
      "recordatorio|recordarte|recordarle|recuerda|recuerde|recordamos .. entrevista",
      "confirmacion|confirmamos|confirmo|confirmarte|confirmarle .. entrevista",
      "detalles|datos .. de la|de tu|de su entrevista",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "queda|quedo|quedado agendada|agendado|fijada|fijado|reservada|reservado",
      "nos vemos manana|alli|alla",
    ],
    m: [
      "conectas|conectate|conectese|conectarte|conectarse|conectaros|unete|unirte|unirse|accede|accedes|acceder .. enlace|link|sala",
      "enlace|link para conectarte|conectarse|unirte|unirse|acceder",
      "te|le envio|enviamos|mando|mandamos|adjunto|adjuntamos|reenvio la? invitacion|convocatoria",
    ],
    w: [
      "calcula|calcule|calculad|reserva|reserve|reservate .. minutos|hora",
      "duracion aproximada|estimada",
      "estaremos|estaran|estara .. y yo",
      "trae|traiga|traer tu|su dni|documento|identificacion",
    ],
  },

  interview_cancellation: {
    s: [
      "cancelacion|anulacion|aplazamiento|suspension .. entrevista",
      "entrevista .. ha sido|queda|ha quedado cancelada|anulada|aplazada|pospuesta|suspendida",
      "entrevista .. no .. celebrar|celebrarse|realizarse|mantenerse",
      "no vamos|voy a poder .. entrevista",
      "no se va|vamos|puede|podra|podremos a? realizar|celebrar|mantener|llevar|hacer",
      "realizar|realizarse|celebrar|celebrarse|mantener|mantenerse en la fecha|hora|dia prevista|previsto|acordada|acordado|programada|programado|indicada",
      "reagendamos|posponemos|aplazamos|cancelamos|anulamos|suspendemos .. entrevista",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "ha|han sido cancelada|cancelado|anulada|anulado|aplazada|aplazado|pospuesta|pospuesto",
      "la|lo cancelamos|anulamos|aplazamos|posponemos|suspendemos|reprogramamos|reagendamos",
      "cancelarla|anularla|aplazarla|posponerla|moverla|reprogramarla|reagendarla|suspenderla",
      "queda|quedo|quedado anulada|anulado|suspendida|suspendido|aplazada|aplazado|pospuesta|pospuesto",
      "tenido|tuvimos|tendremos que cancelar|anular|aplazar|posponer|reprogramar|reagendar",
    ],
    m: ["surgido|surgio un imprevisto|una urgencia|un viaje|un problema|un conflicto"],
    w: [
      "cancelad*|anulad*|aplazad*|pospuest*",
      "nuevas fechas|nueva fecha|fechas nuevas|fecha nueva|otro horario|nuevo horario|nueva disponibilidad",
      "disculpa|disculpe|disculpen|perdona|perdone|perdonad|sentimos|siento las molestias",
      "no va|van a poder estar|asistir|participar|acudir",
    ],
  },

  assessment: {
    m: [
      "completar|realizar|resolver|hacer|rellenar|responder .. prueba|test|cuestionario|ejercicio|reto|caso practico",
      "plazo|dispones|dispone|tienes|tiene .. para completar|entregar|realizar|resolver",
    ],
  },

  offer: {
    s: [
      "ofrecerte|ofrecerle|ofreceros .. vacante",
      "sido seleccionado|seleccionada|elegido|elegida para .. vacante",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "contar contigo|usted en el|nuestro equipo",
    ],
    m: [
      "ofrecerte|ofrecerle|ofreceros .. puesto|posicion|plaza|rol|incorporacion|empleo",
      "sido seleccionado|seleccionada|elegido|elegida para el|la puesto|posicion|plaza|rol",
      "el|la puesto|plaza|posicion es tuyo|tuya|suyo|suya",
      "placer|gusto|alegria|encantados|encantadas|ilusion .. ofrecerte|ofrecerle|ofreceros",
      "contratarte|contratarle|contrataros|contratarla|contratarlo",
      "decidido ofrecerte|ofrecerle|ofreceros",
      "extenderte|extenderle|extenderos una oferta|propuesta",
      "sido seleccionado|seleccionada|elegido|elegida a? para el|la puesto|posicion|plaza|rol|vacante",
      "bienvenido|bienvenida|bienvenidos a bordo",
      "carta|propuesta de incorporacion|contratacion|empleo",
      "oferta de incorporacion|contratacion",
      "oferta|propuesta|condiciones salarial|salariales",
      "oferta economica",
      "que te incorpores|sumes",
      "que se incorpore|sume",
      "que formes|forme parte",
      "felicitaciones|enhorabuena|felicidades .. seleccionado|seleccionada|elegido|elegida|oferta|puesto",
    ],
    w: [
      "felicitaciones|bienvenido|bienvenida|bienvenidos",
      "retribucion|remuneracion|sueldo|bruto anual|periodo de prueba|tipo de contrato|jornada completa|beneficios",
      "fecha de alta|primer dia",
      "alegra|complace|satisface|encanta|orgullo .. comunicarte|comunicarle|informarte|informarle|anunciarte|anunciarle|trasladarte",
      "condiciones|detalles de la oferta|propuesta",
      "aceptar|aceptas|aceptes|aceptacion|aceptarla .. oferta|propuesta",
      "firmar|firma|firmes|firmarla .. contrato|oferta|carta",
    ],
  },

  application_ack: {
    s: [
      "llegado|llego|llegaron tu|su|vuestro cv|candidatura|curriculum|curriculo",
      "recibido|recibimos|recibi|recibo tu|su|vuestro cv|candidatura|curriculum|curriculo",
      "recibido correctamente tu|su cv|candidatura|curriculum|curriculo",
      "candidatura .. se ha registrado|guardado|recibido|enviado|grabado",
      "recogiendo|recopilando|recibiendo|reuniendo candidaturas|cv|curriculums|candidatos",
      "confirmacion de recepcion|recepcion de tu|su candidatura",
      "gracias por inscribirte|inscribirse|presentar|enviar|enviarnos tu|su? candidatura|cv",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "se ha|han registrado|guardado|recibido|enviado correctamente",
      "se ha|han registrado|guardado|recibido|enviado con exito",
      "registrada|registrado|guardada|guardado|enviada|enviado|recibida|recibido correctamente",
      "registrada|registrado|guardada|guardado|enviada|enviado|recibida|recibido con exito",
      "gracias por inscribirte|inscribirse|postularte|postularse|presentarte|presentarse",
      "llegado|llego tu|su solicitud|postulacion|perfil",
      "recibido|recibimos tu|su solicitud|postulacion",
    ],
    m: [
      "revisara|revisaran|revisaremos|revisare|estudiaremos|estudiara|estudiaran|evaluaremos|evaluara|evaluaran|valoraremos|valorara|valoraran|analizaremos|analizara|analizaran .. tu|su perfil|candidatura|cv|solicitud|experiencia|postulacion",
      "si tu|su perfil|candidatura|experiencia se? encaja|encajan|ajusta|ajustan|adecua|coincide|cumple|resulta",
      "en caso de que tu|su perfil|candidatura se? encaje|ajuste|adecue|coincida|resulte",
      "puedes|puede|podras|podra seguir|consultar|ver .. estado de tu|su candidatura|solicitud|proceso|postulacion",
      "acuse de recibo",
    ],
    w: [
      "lo|la reviso|revisare|revisamos|revisaremos|miro|mirare|estudio|estudiare",
      "nos pondremos en contacto",
      "te|le contactaremos|llamaremos|escribiremos",
      "sea cual sea la respuesta|decision|resultado",
      "en los proximos dias",
      "en las proximas semanas",
      "gracias por tu|su interes",
    ],
  },

  status_update: {
    s: [
      "candidatura sigue|continua|esta activa|abierta|vigente",
      "candidatura sigue|continua|esta en curso|proceso|pie|revision|estudio|marcha",
      "terminando|finalizando|cerrando|completando|acabando|concluyendo .. entrevistas",
      "estamos|seguimos valorando|analizando|estudiando|revisando|evaluando .. candidaturas|candidatos|cv",
      "congelar|congelado|congelada|pausar|paralizar|suspender|detener|cerrar|cancelar .. vacante",
      "vacante .. se reactiva|se reabre|se retoma",
      "candidatura .. siendo|sido revisada|evaluada|valorada|analizada|estudiada|vista|leida",
      "estado de tu|su candidatura .. cambiado|actualizado|cambio|actualizo",
      "candidatura ha avanzado|pasado|cambiado",
      "vacante .. cerrada|anulada|retirada|desierta",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "estamos|seguimos valorando|analizando|estudiando|entrevistando",
      "tengamos|tendremos|tendre|tomemos|tomaremos una? decision",
    ],
    m: [
      "sigues|sigue|continuas|continua|sigas|siga en el|la? proceso|carrera|terna|seleccion",
      "congelar|congelado|congelada|pausar|pausado|pausada|paralizar|paralizado|paralizada|suspender|detener|parar .. contratacion|proceso|puesto|posicion|busqueda|incorporacion",
      "contratacion|posicion|busqueda .. congelada|pausada|paralizada|suspendida",
      "contratacion|posicion|busqueda .. en pausa|espera|suspenso|standby",
      "si|cuando la|el posicion|puesto|proceso|busqueda|contratacion se reactiva|reactive|reabre|reabra|retoma|retome",
      "no tiene nada que ver con tu|su perfil|candidatura|trabajo",
      "lentos|lento|despacio|tarde|lentas|lenta de lo previsto|esperado|habitual|planeado",
      "tardando|tardara|tardaremos|llevando|llevara|costando|alargando|alargara mas tiempo|de",
      "no la|lo tendremos|tendre|sabremos|sabre hasta",
      "no tendremos|tendre|sabremos|sabre .. hasta",
      "aun|todavia no hay|tenemos|tengo .. decision|respuesta|noticias",
      "posicion .. ha sido cubierta|cerrada|cancelada",
      "proceso|decision|seleccion|respuesta .. alargando|alargado|alarga|demorando|demorado|prolongando|prolongado",
      "puesto|posicion|proceso|busqueda .. desierto|desierta|anulado|anulada|retirado|retirada",
      "darte|darle|daros|enviarte|compartirte una? actualizacion|novedades",
      "preseleccionad*",
    ],
    w: [
      "en cuanto sepa|sepamos|tenga|tengamos noticias|novedades|algo|respuesta",
      "te|le mantendremos|mantendre|mantengo|mantenemos|tendre|tendremos|tengo|dejo al tanto|corriente",
      "te|le mantendremos|mantendre|mantengo|mantenemos informado|informada",
      "resto de los? finalistas|candidatos|candidatas|candidaturas",
      "otros|demas finalistas",
      "no te|le preocupes|preocupe",
      "demora",
      "presupuesto",
      "gran|alto|elevado numero|volumen de candidaturas|solicitudes|postulaciones",
      "seguimos en ello",
    ],
  },

  candidate_inquiry: {
    s: [
      "novedades|noticias|actualizacion|informacion sobre|de|con mi candidatura|entrevista|cv",
      "acerca de mi candidatura|entrevista|cv",
      "seguimiento .. mi candidatura|entrevista",
      "recibieron|recibisteis|recibiste|recibio|llego|llegaron|llegado .. mi cv|candidatura",
      "vacante .. sigue|continua abierta|activa|vigente",
      "como va|sigue|avanza|esta mi candidatura|entrevista",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "hay|habria|tienes|tenes|teneis|tiene|tienen novedades|noticias",
      "novedades|noticias sobre|de|con mi solicitud|postulacion|proceso",
    ],
    m: [
      "sigo|continuo|seguiria|continuaria en el? proceso|carrera|seleccion|juego",
      "cuando sabreis|sabran|sabras|sabra|tendreis|tendran|tendras|tomareis|tomaran|habra|dareis|daran|esperais|esperan",
      "idea de cuando",
      "sabreis|sabran|sabras algo",
      "darme|compartirme|enviarme|ofrecerme|pasarme|hacerme .. feedback|retroalimentacion|comentarios|valoracion|devolucion",
      "dar|compartir algo? de? feedback|retroalimentacion|devolucion",
      "que me? falto",
      "en que puedo|podria mejorar",
      "aspectos|puntos|areas a|de mejora|mejorar",
      "no he|hemos tenido|recibido noticias|respuesta",
      "no he sabido nada",
      "siguen|seguis|sigues|sigue interesados|interesado|interesada en mi",
      "como va|van|sigue|avanza|esta el proceso|la seleccion|todo",
      "se sabe algo",
      "sabeis|saben|sabes algo",
      "tomaron|tomasteis|tomado una? decision",
      "sigo|continuo muy? interesado|interesada",
      "hacer|hago|hacerles|haceros un? seguimiento",
      "cuando podria|puedo|podre esperar|recibir|tener",
      "en que falle",
      "por que no fui|he sido|fue",
      "el|los|la|las motivo|motivos|razon|razones de|del .. decision|descarte|rechazo",
    ],
    w: [
      "tengo otra|otro propuesta|oferta",
      "sobre la mesa",
      "sin noticias|respuesta",
      "esperar|recibir una? respuesta|noticias|novedades",
      "fecha prevista|estimada",
      "antes de decidir|decidirme|tomar",
      "quisiera|queria|quiero saber|preguntar|consultar",
      "de cara a futuros|proximos procesos|entrevistas|oportunidades",
      "me piden|pidieron respuesta",
    ],
  },

  candidate_withdrawal: {
    s: [
      "retirar|retiro|retirarme|retirarla|retiren|retirad .. mi candidatura",
      "desistir|desisto|renunciar|renuncio .. candidatura",
      "declinar|declino|rechazar|rechazo .. entrevista|candidatura",
      "no continuar|seguir|avanzar .. proceso de seleccion",
      "desestimar|desestimen|descarten|descartar|descartad .. mi candidatura",
      // Generic wording, counted in a hiring context only (demoted to `g`).
      "no sigo|continuo|seguire|continuare en el? proceso",
      "retirar|retiro|retirarme .. mi solicitud|postulacion|proceso",
    ],
    m: [
      "no continuar|seguir|avanzar|proseguir en|con el proceso",
      "aceptado|acepte|aceptar|aceptare|aceptando otra|otro oferta|propuesta|puesto|posicion|trabajo|empleo",
      "aceptado|acepte una oferta|propuesta",
      "aceptado|acepte .. otra empresa|compania",
      "tome|tomado|elegido|elegi|optado|opte por? otra|otro oferta|propuesta|opcion|empresa|camino",
      "encontrado|encontre .. otro|otra trabajo|empleo|puesto|oportunidad|posicion",
      "ya no estoy disponible|buscando|en busqueda",
      "ya no busco",
      "prefiero no seguir|continuar|avanzar",
      "no seguir adelante",
      "decidido no continuar|seguir|avanzar|proseguir|participar",
      "no voy a continuar|seguir|avanzar|participar",
      "no voy a poder seguir|continuar",
      "me retiro|retirare|retiraria",
      "renunciar|renuncio .. proceso|oferta|puesto|vacante",
      "quedarme en|con mi empresa|puesto|trabajo|equipo actual",
      "declinar|declino|rechazar|rechazo .. oferta|propuesta|invitacion",
    ],
    w: [
      "motivos|razones personales",
      "otra oferta|propuesta|empresa|oportunidad",
      "contraoferta",
      "cambiado de opinion",
      "disculpen|disculpa|disculpe las molestias",
    ],
  },

  candidate_reply: {
    w: [
      "gracias por la oportunidad|charla|llamada|respuesta|informacion",
      "gracias por su|tu|vuestro tiempo",
      "encantado|encantada de aceptar|incorporarme|unirme",
    ],
  },

  availability: {
    s: [
      "tengo libre|huecos|hueco|disponibilidad",
      "me encaja|cuadra|vendria|irian|vendrian",
      "cualquier|cualquiera .. me viene|va|sirve",
    ],
  },
};
