/**
 * Turns a template family and an index into one RFC 5322 message: cast, text, optional HTML,
 * quoted history, signature, ATS footer, calendar part, headers and transfer encodings.
 */
import { Buffer } from "node:buffer";
import type { Family, Sender } from "./families/types.ts";
import {
  FORWARD_PREFIX,
  GREETINGS,
  type Lang,
  quoteHeader,
  REPLY_PREFIX,
  rfc5322Date,
  SIGNOFFS,
} from "./lang.ts";
import {
  type Charset,
  encodeHeaderText,
  fitsLatin1,
  formatAddress,
  isAscii,
  type LeafPart,
  type Part,
  renderMessage,
  type TransferEncoding,
} from "./mime.ts";
import { makeRng, type Rng } from "./prng.ts";
import { quoteFor } from "./quotes.ts";
import { type Cast, fill, makeCast } from "./slots.ts";
import type { Person } from "./world.ts";

export type Direction = "outbound" | "inbound" | "internal";

export interface BuiltMessage {
  eml: string;
  orgDomain: string;
  direction: Direction;
}

const ATS_FOOTERS: Record<string, string[]> = {
  greenhouse: [
    "This message was sent on behalf of {org} by Greenhouse. Replies to this address are not read.",
    "Sent by {org} via Greenhouse Recruiting | {street}, {city}",
  ],
  lever: [
    "{org} uses Lever to manage its hiring. Privacy notice: https://{careers}/privacy",
    "Sent with Lever on behalf of {org}.",
  ],
  workday: [
    "*** This mailbox is not monitored. Please do not reply to this automatically generated message. ***",
    "{org} Careers | Workday Recruiting notification",
  ],
  smartrecruiters: [
    "You are receiving this email because you applied for a job at {org}. Manage your preferences: {portal}",
    "Powered by SmartRecruiters | {org}, {city}",
  ],
  ashby: ["Sent via Ashby for {org}.", "{org} Recruiting · powered by Ashby"],
  teamtailor: [
    "{org} uses Teamtailor. You can review or delete the data we hold about you here: {portal}",
    "Sent from {org}'s career site (Teamtailor)",
  ],
  personio: [
    "Diese Nachricht wurde über Personio im Auftrag von {org} versendet.",
    "{org} · Bewerbermanagement mit Personio",
  ],
  none: ["{org} · {street} · {city}"],
};

const DO_NOT_REPLY: Record<Lang, string[]> = {
  en: [
    "Please do not reply to this email; this inbox is not monitored.",
    "This is an automated email - replies are not monitored.",
  ],
  fr: [
    "Merci de ne pas répondre à ce message généré automatiquement.",
    "Cette adresse n'est pas consultée, merci de ne pas y répondre.",
  ],
  de: [
    "Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.",
    "Dieses Postfach wird nicht überwacht.",
  ],
  es: ["Por favor, no respondas a este correo generado automáticamente.", "Este buzón no se revisa."],
  pt: ["Por favor, não responda a este e-mail automático.", "Esta caixa de entrada não é monitorada."],
  nl: [
    "Dit is een automatisch gegenereerd bericht; je kunt hier niet op reageren.",
    "Deze mailbox wordt niet gelezen.",
  ],
};

const TEAM_SIGN: Record<Lang, string[]> = {
  en: [
    "The {org} Recruiting Team",
    "{org} Talent Acquisition",
    "The {org} People Team",
    "Talent Team, {org}",
  ],
  fr: ["L'équipe recrutement de {org}", "Le service RH de {org}", "L'équipe Talent Acquisition"],
  de: ["Ihr Recruiting-Team von {org}", "Das HR-Team der {org}", "Ihr {org} Talent-Team"],
  es: ["El equipo de Talento de {org}", "Equipo de Selección - {org}", "RR. HH. {org}"],
  pt: ["Equipe de Recrutamento {org}", "Time de Gente & Gestão - {org}", "Equipa de Recrutamento da {org}"],
  nl: ["Team Recruitment {org}", "Het recruitmentteam van {org}", "HR {org}"],
};

const MOBILE_SIG: Record<Lang, string[]> = {
  en: ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"],
  fr: ["Envoyé de mon iPhone", "Envoyé depuis Outlook pour Android"],
  de: ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
  es: ["Enviado desde mi iPhone", "Enviado desde Outlook para Android"],
  pt: ["Enviado do meu iPhone", "Enviado do Outlook para Android"],
  nl: ["Verzonden vanaf mijn iPhone", "Verzonden met Outlook voor Android"],
};

const FORWARD_BANNER: Record<Lang, string> = {
  en: "---------- Forwarded message ---------",
  fr: "---------- Message transféré ---------",
  de: "---------- Weitergeleitete Nachricht ---------",
  es: "---------- Mensaje reenviado ---------",
  pt: "---------- Mensagem encaminhada ---------",
  nl: "---------- Doorgestuurd bericht ---------",
};

const AUTO_PREFIX: Record<Lang, string[]> = {
  en: ["Automatic reply: ", "Out of Office: ", "Auto: ", "Autoreply: "],
  fr: ["Réponse automatique : ", "Absence du bureau : ", "Réponse automatique: "],
  de: ["Automatische Antwort: ", "Abwesenheitsnotiz: ", "Automatische Antwort: "],
  es: ["Respuesta automática: ", "Fuera de la oficina: "],
  pt: ["Resposta automática: ", "Ausência temporária: "],
  nl: ["Automatisch antwoord: ", "Afwezig: "],
};

interface Party {
  name: string | null;
  address: string;
  person: Person;
}

function senderOf(
  f: Family,
  cast: Cast,
  rng: Rng,
): { from: Party; to: Party; cc: Party[]; direction: Direction } {
  const { org, cand, recruiter, panel, colleague, slots } = cast;
  const candP: Party = { name: slots.cname ?? null, address: cand.address, person: cand };
  const recP: Party = {
    name: `${recruiter.first} ${recruiter.last}`,
    address: recruiter.address,
    person: recruiter,
  };
  const panelP: Party = { name: `${panel.first} ${panel.last}`, address: panel.address, person: panel };
  const colP: Party = {
    name: `${colleague.first} ${colleague.last}`,
    address: colleague.address,
    person: colleague,
  };
  const team = (local: string, name: string): Party => ({
    name: fill(rng, name, slots, cand, cast.lang),
    address: `${local}@${org.careersDomain}`,
    person: recruiter,
  });
  switch (f.from) {
    case "recruiter":
      return { from: recP, to: candP, cc: rng.chance(0.2) ? [panelP] : [], direction: "outbound" };
    case "manager":
      return { from: panelP, to: candP, cc: rng.chance(0.5) ? [recP] : [], direction: "outbound" };
    case "ats": {
      const from = rng.pick([
        team("no-reply", "{org} Recruiting"),
        team("noreply", "{org} Careers"),
        team("notifications", "{org}"),
        team("careers", "{org} Talent Acquisition"),
        { ...recP, address: `${recP.address.split("@")[0]}@${org.careersDomain}` },
      ]);
      return { from, to: candP, cc: [], direction: "outbound" };
    }
    case "booking": {
      const tool = org.booking;
      const from: Party =
        tool === "calendly"
          ? { name: "Calendly", address: "notifications@calendly.com", person: recruiter }
          : tool === "calcom"
            ? { name: `${recP.name} via Cal.com`, address: "no-reply@cal.com", person: recruiter }
            : tool === "google"
              ? { name: "Google Calendar", address: "calendar-notification@google.com", person: recruiter }
              : tool === "goodtime"
                ? team("scheduling", "{org} Interview Scheduling")
                : {
                    name: `${org.name} Recruiting`,
                    address: `${org.name.replace(/[^A-Za-z]/g, "")}Recruiting@${org.domain}`,
                    person: recruiter,
                  };
      return { from, to: candP, cc: [], direction: "outbound" };
    }
    case "candidate":
    case "ooo-candidate":
      return { from: candP, to: recP, cc: [], direction: "inbound" };
    case "ooo-org":
      return {
        // impersonal notices (no sign-off) come from a shared mailbox, personal absences from the recruiter
        from: f.sign === false ? team(rng.pick(["careers", "jobs", "recruiting"]), "{org} Careers") : recP,
        to: candP,
        cc: [],
        direction: "outbound",
      };
    case "colleague":
      return { from: colP, to: recP, cc: rng.chance(0.25) ? [panelP] : [], direction: "internal" };
    case "system":
      return {
        from: {
          name: rng
            .pick(["{org} IT Service Desk", "Expenses", "Facilities", "{org} Workplace"])
            .replace("{org}", org.name),
          address: `${rng.pick(["no-reply", "servicedesk", "notifications"])}@${org.domain}`,
          person: recruiter,
        },
        to: recP,
        cc: [],
        direction: "internal",
      };
    case "ats-internal":
      return { from: team("no-reply", "{org} Hiring"), to: recP, cc: [], direction: "internal" };
    case "vendor": {
      const vendor = rng.pick([
        "hirewave-software.example",
        "talentpulse.example",
        "offerlane.example",
        "meetingsync.example",
      ]);
      return {
        from: {
          name: `${cand.first} ${cand.last}`,
          address: `${cand.first
            .toLowerCase()
            .normalize("NFD")
            .replace(/[^a-z]/g, "")}@${vendor}`,
          person: cand,
        },
        to: recP,
        cc: [],
        direction: "inbound",
      };
    }
    case "jobboard": {
      const board = rng.pick(["jobspring-board.example", "cvlibrary-jobs.example", "talentpulse.example"]);
      return {
        from: {
          name: rng.pick(["JobSpring", "CV Library Jobs", "TalentPulse Weekly"]),
          address: `${rng.pick(["alerts", "news", "digest"])}@${board}`,
          person: cand,
        },
        to: recP,
        cc: [],
        direction: "inbound",
      };
    }
  }
}

function isPerson(s: Sender): boolean {
  return s === "recruiter" || s === "manager" || s === "candidate" || s === "colleague" || s === "vendor";
}

function pickEncoding(rng: Rng, text: string, lang: Lang): { charset: Charset; encoding: TransferEncoding } {
  const western = lang !== "en" && fitsLatin1(text) && !/[\u0080-\u009f]/.test(text) && rng.chance(0.4);
  const charset: Charset = western ? (rng.chance(0.3) ? "windows-1252" : "iso-8859-1") : "utf-8";
  if (isAscii(text.replace(/\n/g, "")))
    return { charset, encoding: rng.chance(0.6) ? "7bit" : "quoted-printable" };
  const r = rng.next();
  if (charset === "utf-8" && r < 0.2) return { charset, encoding: "8bit" };
  return { charset, encoding: r < 0.65 ? "quoted-printable" : "base64" };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function linkify(s: string): string {
  return escapeHtml(s).replace(/https?:\/\/[^\s<)]+/g, (u) => `<a href="${u}">${u}</a>`);
}

function paragraphsToHtml(paras: string[]): string {
  return paras.map((p) => `<p>${p.split("\n").map(linkify).join("<br>\n")}</p>`).join("\n");
}

interface Composed {
  subject: string;
  paras: string[];
  quoteLines: string[];
  quoteHtml: string;
  inReplyTo: string | null;
  footer: string[];
}

function compose(f: Family, cast: Cast, rng: Rng, from: Party, to: Party): Composed {
  const lang = cast.lang;
  const s = cast.slots;
  const addressee = to.person;
  const fl = (t: string) => fill(rng, t, s, addressee, lang);
  const paras: string[] = [];
  const human = isPerson(f.from);
  const greet = f.greet ?? (human || f.from === "ats" || f.from === "ooo-org");
  if (greet && rng.chance(f.from === "colleague" ? 0.7 : 0.92)) {
    const g = GREETINGS[lang];
    const pool =
      f.from === "ats"
        ? rng.chance(0.7)
          ? g.casual
          : g.generic
        : rng.chance(0.65)
          ? g.casual
          : rng.chance(0.6)
            ? g.formal
            : g.generic;
    paras.push(fl(rng.pick(pool)));
  }
  const greeted = paras.length > 0;
  for (const para of f.body) {
    if (para.startsWith("?")) {
      if (rng.chance(0.5)) paras.push(fl(para.slice(1)));
    } else paras.push(fl(para));
  }
  // German letters continue in lower case after "Hallo X,"; without a greeting the text starts a sentence
  if (!greeted && lang === "de" && paras[0]) paras[0] = paras[0].charAt(0).toUpperCase() + paras[0].slice(1);
  const sign = f.sign ?? (human || f.from === "ats" || f.from === "ooo-org");
  const footer: string[] = [];
  if (sign) {
    const so = SIGNOFFS[lang];
    const formal = f.from === "ats" || rng.chance(0.45);
    const signoff = rng.pick(formal ? so.formal : so.casual);
    const name =
      f.from === "ats"
        ? fl(rng.pick(TEAM_SIGN[lang]))
        : f.from === "candidate" || f.from === "ooo-candidate"
          ? rng.chance(0.4)
            ? s.cfirst!
            : s.cname!
          : f.from === "manager"
            ? s.pname!
            : f.from === "colleague"
              ? s.kfirst!
              : f.from === "vendor"
                ? `${s.cname}\nAccount Executive, ${from.address.split("@")[1]?.split(".")[0]}`
                : rng.chance(0.3)
                  ? s.rfirst!
                  : s.rname!;
    paras.push(`${signoff}\n${name}`);
    if ((f.from === "recruiter" || f.from === "ooo-org") && rng.chance(0.6)) {
      const lines = [
        `${s.rname}`,
        rng.chance(0.7) ? `${s.rtitle} | ${s.org}` : `${s.rtitle}`,
        rng.chance(0.6) ? `${s.phone}` : "",
        rng.chance(0.4) ? `${s.street}, ${s.city}` : "",
        rng.chance(0.3) ? `https://${s.careers}` : "",
      ].filter(Boolean);
      paras.push(`--\n${lines.join("\n")}`);
    }
    if (f.from === "candidate" && rng.chance(0.25)) paras.push(rng.pick(MOBILE_SIG[lang]));
    if (f.from === "candidate" && rng.chance(0.2))
      paras.push(
        `${s.phone}\nlinkedin.com/in/${s
          .cfirst!.toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z]/g, "")}-${s.hex!.slice(0, 6)}`,
      );
  }
  if (f.from === "ats") {
    footer.push(fl(rng.pick(DO_NOT_REPLY[lang])));
    footer.push(fl(rng.pick(ATS_FOOTERS[cast.org.ats] ?? ATS_FOOTERS.none!)));
  }
  let subject = fl(rng.pick(f.subject.length > 0 ? f.subject : ["{role}"]));
  let quoteLines: string[] = [];
  let quoteHtml = "";
  let inReplyTo: string | null = null;
  const isAuto = f.from === "ooo-candidate" || f.from === "ooo-org";
  const kinds = f.forward ? [f.forward] : f.quote;
  if (kinds && kinds.length > 0) {
    const snippet = rng.pick(quoteFor(lang, rng.pick(kinds)));
    const qSubject = fill(rng, snippet.subject, s, addressee, lang);
    const present = f.forward ? true : rng.chance(f.quoteProb ?? (isAuto ? 0.15 : 0.5));
    const threaded = present || isAuto || rng.chance(0.5);
    if (threaded) {
      const stripped = qSubject.replace(/^(Re|RE|AW|RES|Antw): /, "");
      if (f.forward) subject = `${rng.pick(FORWARD_PREFIX[lang])}${stripped}`;
      else if (isAuto)
        subject =
          f.subject.length > 0 && rng.chance(0.4) ? subject : `${rng.pick(AUTO_PREFIX[lang])}${qSubject}`;
      else if (rng.chance(0.8)) subject = `${rng.pick(REPLY_PREFIX[lang])}${stripped}`;
      const parentId = `<${rng.hex(20)}@${snippet.from === "cand" ? cast.cand.address.split("@")[1] : cast.org.domain}>`;
      if (!f.forward) inReplyTo = parentId;
    }
    if (present) {
      const qFrom =
        snippet.from === "cand"
          ? { name: s.cname!, addr: cast.cand.address }
          : snippet.from === "colleague"
            ? { name: s.kname!, addr: cast.colleague.address }
            : { name: s.rname!, addr: cast.recruiter.address };
      const qTo =
        snippet.from === "cand"
          ? `${s.rname} <${cast.recruiter.address}>`
          : `${s.cname} <${cast.cand.address}>`;
      const qBody = snippet.body.map((b) => fill(rng, b, s, addressee, lang));
      const style = f.forward || rng.chance(0.35) ? "outlook" : "client";
      const head = quoteHeader(
        lang,
        style,
        cast.earlier,
        qFrom.name,
        qFrom.addr,
        qTo,
        qSubject,
        f.forward ? 0 : rng.int(0, 1),
      );
      const bodyLines = qBody.flatMap((p, i) => (i === 0 ? [p] : ["", p])).flatMap((p) => p.split("\n"));
      if (f.forward) quoteLines = [FORWARD_BANNER[lang], ...head.lines.slice(1), ...bodyLines];
      else if (head.prefixed)
        quoteLines = [...head.lines.slice(0, 1), ...bodyLines.map((l) => (l ? `> ${l}` : ">"))];
      else quoteLines = [...head.lines, ...bodyLines];
      const htmlHead = head.lines
        .filter((l) => l && !l.startsWith("____"))
        .map(escapeHtml)
        .join("<br>\n");
      quoteHtml =
        style === "outlook"
          ? `<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">${htmlHead}</div>\n<div>${paragraphsToHtml(qBody)}</div>`
          : `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${htmlHead}</div>\n<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${paragraphsToHtml(qBody)}</blockquote></div>`;
    }
  }
  return { subject, paras, quoteLines, quoteHtml, inReplyTo, footer };
}

function icsEscape(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
}

function icsFold(line: string): string {
  const out: string[] = [];
  let rest = line;
  let first = true;
  while (Buffer.byteLength(rest, "utf8") > (first ? 75 : 74)) {
    let cut = first ? 75 : 74;
    while (Buffer.byteLength(rest.slice(0, cut), "utf8") > (first ? 75 : 74)) cut--;
    out.push((first ? "" : " ") + rest.slice(0, cut));
    rest = rest.slice(cut);
    first = false;
  }
  out.push((first ? "" : " ") + rest);
  return out.join("\r\n");
}

function icsDate(d: Date): string {
  return `${new Date(d.getTime()).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

function buildIcs(
  f: Family,
  cast: Cast,
  rng: Rng,
  method: "REQUEST" | "CANCEL",
  summary: string,
  description: string,
  internal: boolean,
): string {
  const s = cast.slots;
  const start = cast.interview;
  const end = new Date(start.getTime() + Number(s.dur) * 60000);
  const organizer =
    f.from === "manager"
      ? { n: s.pname!, a: cast.panel.address }
      : internal
        ? { n: s.kname!, a: cast.colleague.address }
        : { n: s.rname!, a: cast.recruiter.address };
  const attendees = internal
    ? [
        { n: s.rname!, a: cast.recruiter.address },
        { n: s.pname!, a: cast.panel.address },
      ]
    : [
        { n: s.cname!, a: cast.cand.address },
        { n: s.pname!, a: cast.panel.address },
      ];
  const prodid = rng.pick([
    "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "-//Google Inc//Google Calendar 70.9054//EN",
    "-//GoodTime//Scheduling//EN",
    "-//Calendly//Calendly//EN",
  ]);
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${prodid}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    "BEGIN:VEVENT",
    `DTSTART:${icsDate(start)}`,
    `DTEND:${icsDate(end)}`,
    `DTSTAMP:${icsDate(cast.sent)}`,
    `ORGANIZER;CN="${organizer.n}":mailto:${organizer.a}`,
    `UID:${s.hex}${rng.hex(8)}@${cast.org.domain}`,
    ...attendees.map(
      (a) =>
        `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="${a.n}":mailto:${a.a}`,
    ),
    `SUMMARY:${icsEscape(summary)}`,
    `DESCRIPTION:${icsEscape(description)}`,
    `LOCATION:${icsEscape(rng.chance(0.7) ? s.vlink! : `${s.street}, ${s.city}`)}`,
    `SEQUENCE:${method === "CANCEL" ? 1 : 0}`,
    `STATUS:${method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(icsFold).join("\r\n");
}

const ATTACH_NAMES: Record<NonNullable<Family["attach"]>, Record<Lang, string[]>> = {
  cv: {
    en: ["CV_{cfirst}_{clast}.pdf", "{cfirst} {clast} - Resume.pdf"],
    fr: ["CV_{cfirst}_{clast}.pdf", "CV {clast}.pdf"],
    de: ["Lebenslauf_{cfirst}_{clast}.pdf", "Bewerbung_{clast}.pdf"],
    es: ["CV_{cfirst}_{clast}.pdf", "Curriculum {clast}.pdf"],
    pt: ["Curriculo_{cfirst}_{clast}.pdf", "CV {clast}.pdf"],
    nl: ["CV_{cfirst}_{clast}.pdf", "cv {clast}.pdf"],
  },
  offer: {
    en: ["Offer_Letter_{clast}.pdf", "{org} - Offer - {clast}.pdf"],
    fr: ["Promesse_embauche_{clast}.pdf", "Proposition_{clast}.pdf"],
    de: ["Vertragsangebot_{clast}.pdf", "Arbeitsvertrag_{clast}.pdf"],
    es: ["Carta_oferta_{clast}.pdf"],
    pt: ["Carta_proposta_{clast}.pdf"],
    nl: ["Aanbod_{clast}.pdf", "Arbeidsovereenkomst_{clast}.pdf"],
  },
  docs: {
    en: ["Documents_{clast}.pdf", "References_{clast}.pdf"],
    fr: ["Documents_{clast}.pdf", "Pieces_justificatives.pdf"],
    de: ["Zeugnisse_{clast}.pdf", "Unterlagen_{clast}.pdf"],
    es: ["Documentacion_{clast}.pdf"],
    pt: ["Documentos_{clast}.pdf"],
    nl: ["Documenten_{clast}.pdf"],
  },
  brief: {
    en: ["Case_Study_Brief.pdf", "Exercise - {role}.pdf"],
    fr: ["Cas_pratique.pdf"],
    de: ["Fallstudie.pdf"],
    es: ["Caso_practico.pdf"],
    pt: ["Case.pdf"],
    nl: ["Opdracht.pdf"],
  },
};

function slugFile(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._ -]/g, "_");
}

/** A one-page PDF whose only content is an ASCII line (enough for an attachment's bytes). */
function tinyPdf(line: string): string {
  const text = slugFile(line).replace(/[()\\]/g, "");
  const content = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  return [
    "%PDF-1.4",
    "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj",
    "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj",
    "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>> endobj",
    `4 0 obj <</Length ${content.length}>> stream`,
    content,
    "endstream endobj",
    "5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj",
    "trailer <</Root 1 0 R>>",
    "%%EOF",
    "",
  ].join("\n");
}

function boundary(rng: Rng, style: number): string {
  return [
    `000000000000${rng.hex(12)}`,
    `_000_${rng.hex(20).toUpperCase()}_`,
    `----=_Part_${rng.int(100000, 999999)}_${rng.int(1000000, 9999999)}.${rng.int(1000000000, 1999999999)}`,
    `--==_mimepart_${rng.hex(13)}_${rng.int(1000, 9999)}`,
  ][style % 4]!;
}

function messageId(rng: Rng, fromAddr: string): string {
  const domain = fromAddr.split("@")[1] ?? "localhost";
  if (domain === "gmail.com")
    return `<CA${rng.hex(2).toUpperCase()}${rng.hex(30)}+${rng.hex(6)}@mail.gmail.com>`;
  if (/outlook|hotmail/.test(domain))
    return `<${rng.hex(4).toUpperCase()}PR0${rng.int(1, 9)}MB${rng.int(1000, 9999)}${rng.hex(10).toUpperCase()}@${rng.hex(4).toUpperCase()}PR0${rng.int(1, 9)}MB${rng.int(1000, 9999)}.eurprd0${rng.int(1, 9)}.prod.outlook.com>`;
  return `<${rng.hex(8)}.${rng.hex(8)}.${rng.int(100000, 999999)}@${domain}>`;
}

const AUTO_HEADER_SETS: Record<string, [string, string][]> = {
  rfc3834: [["Auto-Submitted", "auto-replied"]],
  "x-autoreply": [
    ["X-Autoreply", "yes"],
    ["Auto-Submitted", "auto-replied"],
  ],
  precedence: [["Precedence", "auto_reply"]],
  exchange: [
    ["Auto-Submitted", "auto-generated"],
    ["X-Auto-Response-Suppress", "All"],
  ],
  none: [],
};

const BOOKING_HEADERS: Record<string, [string, string][]> = {
  calendly: [
    ["X-Calendly-Event-Type-Uuid", "{uuid}"],
    ["X-Calendly-Invitee-Uuid", "{hex}"],
  ],
  calcom: [["X-Cal-Booking-Uid", "{uuid}"]],
  goodtime: [["X-GoodTime-Request-Id", "{uuid}"]],
  msbookings: [["X-Bookings-Appointment-Id", "{uuid}"]],
  google: [],
};

const ATS_MAILER: Record<string, [string, string][]> = {
  greenhouse: [
    ["X-Mailer", "Greenhouse Mailer"],
    ["Feedback-ID", "gh:{hex}:candidate"],
  ],
  lever: [
    ["X-Mailer", "Lever Hire"],
    ["X-Mailgun-Tag", "candidate-email"],
  ],
  workday: [["X-Mailer", "Workday Recruiting Notifications"]],
  smartrecruiters: [
    ["X-Mailer", "SmartRecruiters"],
    ["List-Unsubscribe", "<{portal}/unsubscribe>"],
  ],
  ashby: [["X-Mailer", "Ashby"]],
  teamtailor: [
    ["X-Mailer", "Teamtailor"],
    ["List-Unsubscribe", "<mailto:unsubscribe@{careers}?subject=unsubscribe>, <{portal}/unsubscribe>"],
    ["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"],
  ],
  personio: [["X-Mailer", "Personio Recruiting"]],
  none: [],
};

/**
 * Builds message `index` of family `f`.
 * @example buildMessage(family, 0).eml.startsWith("From:")
 */
export function buildMessage(f: Family, index: number): BuiltMessage {
  const rng = makeRng(`${f.label}.${f.lang}.${f.id}#${index}`);
  const cast = makeCast(rng, f.lang);
  const { from, to, cc, direction } = senderOf(f, cast, rng);
  const c = compose(f, cast, rng, from, to);
  const lang = f.lang;
  const s = cast.slots;
  const fl = (t: string) => fill(rng, t, s, to.person, lang);

  const textParts = [...c.paras];
  if (c.footer.length > 0) textParts.push(`${"-".repeat(rng.pick([2, 20, 40]))}\n${c.footer.join("\n")}`);
  let text = textParts.join("\n\n");
  if (c.quoteLines.length > 0) text += `\n\n${c.quoteLines.join("\n")}`;
  text += "\n";

  const htmlPolicy =
    f.html ??
    (f.from === "ats" ||
    f.from === "booking" ||
    f.from === "jobboard" ||
    f.from === "ats-internal" ||
    f.from === "system"
      ? "only"
      : f.from === "vendor"
        ? "often"
        : "never");
  let wantHtml = false;
  let htmlOnly = false;
  if (htmlPolicy === "only") {
    wantHtml = rng.chance(0.9);
    htmlOnly = wantHtml && rng.chance(0.4);
  } else if (htmlPolicy === "often") wantHtml = rng.chance(0.6);
  else wantHtml = isPerson(f.from) && rng.chance(0.35);

  let html = "";
  if (wantHtml) {
    const bodyHtml = paragraphsToHtml(c.paras);
    const brand =
      f.from === "ats" ||
      f.from === "booking" ||
      f.from === "jobboard" ||
      f.from === "ats-internal" ||
      f.from === "system";
    const footerHtml =
      c.footer.length > 0
        ? `<p style="font-size:11px;color:#8a8a8a">${c.footer.map(linkify).join("<br>\n")}</p>`
        : "";
    const quote = c.quoteHtml ? `\n${c.quoteHtml}` : "";
    html = brand
      ? `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escapeHtml(c.subject)}</title></head>\n<body style="margin:0;padding:0;background:#f4f5f7">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n<tr><td style="padding:24px"><img src="https://${cast.org.careersDomain}/assets/logo.png" alt="${escapeHtml(cast.org.name)}" height="32"></td></tr>\n<tr><td style="padding:0 24px 24px">\n${bodyHtml}\n</td></tr>\n<tr><td style="padding:16px 24px;border-top:1px solid #e5e5e5">${footerHtml}</td></tr>\n</table></td></tr></table>${quote}\n</body></html>`
      : `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div dir="ltr" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n${bodyHtml}\n</div>${quote}\n</body></html>`;
  }

  const enc = pickEncoding(rng, text + html, lang);
  const textPart: LeafPart = {
    kind: "leaf",
    contentType: "text/plain",
    charset: enc.charset,
    encoding: enc.encoding,
    text,
  };
  const htmlEnc =
    enc.encoding === "7bit" && !isAscii(html.replace(/\n/g, ""))
      ? "quoted-printable"
      : enc.encoding === "7bit"
        ? "quoted-printable"
        : enc.encoding;
  const htmlPart: LeafPart = {
    kind: "leaf",
    contentType: "text/html",
    charset: enc.charset,
    encoding: htmlEnc,
    text: html.replace(/charset=utf-8/, `charset=${enc.charset}`),
  };
  const bstyle = rng.int(0, 3);
  let root: Part;
  if (!wantHtml) root = textPart;
  else if (htmlOnly) root = htmlPart;
  else
    root = {
      kind: "multi",
      subtype: "alternative",
      boundary: boundary(rng, bstyle),
      parts: [textPart, htmlPart],
    };

  if (f.calendar) {
    const method = f.calendar === "request" ? "REQUEST" : "CANCEL";
    const summary = fl(rng.pick(f.calSummary ?? ["{role} - {cname}"]));
    const internal = direction === "internal";
    const ics = buildIcs(f, cast, rng, method, summary, c.paras.slice(0, 3).join("\n"), internal);
    const cal: LeafPart = {
      kind: "leaf",
      contentType: "text/calendar",
      params: { method },
      charset: "utf-8",
      encoding: rng.chance(0.5) ? "base64" : "quoted-printable",
      text: ics,
    };
    const calAttach: LeafPart = {
      kind: "leaf",
      contentType: "application/ics",
      params: { name: method === "CANCEL" ? "cancel.ics" : "invite.ics" },
      encoding: "base64",
      charset: "utf-8",
      text: ics,
      headers: [
        [
          "Content-Disposition",
          `attachment; filename="${method === "CANCEL" ? "cancel.ics" : "invite.ics"}"`,
        ],
      ],
    };
    const alt = root.kind === "multi" ? root.parts : [root];
    if (rng.chance(0.5))
      root = {
        kind: "multi",
        subtype: "alternative",
        boundary: boundary(rng, bstyle + 1),
        parts: [...alt, cal],
      };
    else
      root = {
        kind: "multi",
        subtype: "mixed",
        boundary: boundary(rng, bstyle + 1),
        parts: [
          {
            kind: "multi",
            subtype: "alternative",
            boundary: boundary(rng, bstyle + 2),
            parts: [...alt, cal],
          },
          calAttach,
        ],
      };
  }

  if (f.attach && rng.chance(0.85)) {
    const name = fill(rng, rng.pick(ATTACH_NAMES[f.attach][lang]), s, cast.cand, lang);
    const pdf: LeafPart = {
      kind: "leaf",
      contentType: "application/pdf",
      params: { name: slugFile(name) },
      encoding: "base64",
      charset: "iso-8859-1",
      text: tinyPdf(`${name} - ${s.cname} - ${s.org}`),
      headers: [["Content-Disposition", `attachment; filename="${slugFile(name)}"`]],
    };
    root = { kind: "multi", subtype: "mixed", boundary: boundary(rng, bstyle + 3), parts: [root, pdf] };
  }

  const hcs: Charset = enc.charset;
  const mode = rng.chance(0.5) ? "B" : "Q";
  const headers: [string, string][] = [];
  headers.push(["From", formatAddress(from.name, from.address, hcs, mode)]);
  headers.push(["To", formatAddress(to.name, to.address, hcs, mode)]);
  if (cc.length > 0)
    headers.push(["Cc", cc.map((p) => formatAddress(p.name, p.address, hcs, mode)).join(", ")]);
  if (f.from === "ats" && rng.chance(0.5))
    headers.push(["Reply-To", formatAddress(s.rname!, cast.recruiter.address, hcs, mode)]);
  headers.push(["Subject", encodeHeaderText(c.subject, hcs, mode)]);
  headers.push(["Date", rfc5322Date(cast.sent.getTime(), cast.org.zone)]);
  headers.push(["Message-ID", messageId(rng, from.address)]);
  if (c.inReplyTo) {
    headers.push(["In-Reply-To", c.inReplyTo]);
    headers.push(["References", c.inReplyTo]);
  }
  if (f.from === "ooo-candidate" || f.from === "ooo-org") {
    const style =
      f.autoHeaders ?? rng.pick(["rfc3834", "rfc3834", "x-autoreply", "precedence", "exchange", "none"]);
    headers.push(...(AUTO_HEADER_SETS[style] ?? []));
  }
  if (f.from === "ats" || f.from === "ats-internal")
    headers.push(...(ATS_MAILER[cast.org.ats] ?? []).map(([k, v]) => [k, fl(v)] as [string, string]));
  if (f.from === "jobboard") {
    headers.push(["List-Unsubscribe", `<https://${from.address.split("@")[1]}/unsubscribe/${s.hex}>`]);
    headers.push(["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"]);
    headers.push(["Precedence", "bulk"]);
  }
  if (f.from === "vendor" && rng.chance(0.5))
    headers.push(["List-Unsubscribe", `<mailto:unsubscribe@${from.address.split("@")[1]}>`]);
  if (f.from === "booking")
    headers.push(
      ...(BOOKING_HEADERS[cast.org.booking] ?? []).map(([k, v]) => [k, fl(v)] as [string, string]),
    );
  for (const [k, v] of f.headers ?? []) headers.push([k, fl(v)]);
  headers.push(["X-Corpus-Org-Domain", cast.org.domain]);
  headers.push(["X-Corpus-Direction", direction]);
  return { eml: renderMessage(headers, root), orgDomain: cast.org.domain, direction };
}
