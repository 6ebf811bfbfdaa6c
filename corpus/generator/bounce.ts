/**
 * Delivery-failure notices (label `bounce`) in the shapes of common mail systems, and two
 * report-shaped hard negatives (read receipts and successful-delivery notices, label `other`).
 * The wording of every notice is written for the corpus; only the protocol fields
 * (RFC 3464 / RFC 8098 field names, status codes) follow the standards.
 */
import type { Label } from "./families/types.ts";
import type { Lang } from "./lang.ts";
import { rfc5322Date } from "./lang.ts";
import { encodeHeaderText, formatAddress, type LeafPart, type Part, renderMessage } from "./mime.ts";
import { makeRng, type Rng } from "./prng.ts";
import { quoteFor } from "./quotes.ts";
import { type Cast, fill, makeCast } from "./slots.ts";

export interface BounceFamily {
  id: string;
  label: Label;
  lang: Lang;
  weight?: number;
  build: (index: number) => { eml: string };
}

type Vendor = "exchange" | "gmail" | "postfix" | "exim" | "qmail" | "ses" | "sendmail";

interface Failure {
  status: string;
  diag: (addr: string, domain: string) => string;
  reason: Record<Lang, string>;
}

const FAILURES: Failure[] = [
  {
    status: "5.1.1",
    diag: (a) => `550 5.1.1 <${a}>: mailbox unavailable (no such user)`,
    reason: {
      en: "The recipient's mailbox does not exist at the destination server.",
      fr: "La boîte aux lettres du destinataire n'existe pas sur le serveur de destination.",
      de: "Das Postfach des Empfängers existiert auf dem Zielserver nicht.",
      es: "El buzón del destinatario no existe en el servidor de destino.",
      pt: "A caixa de correio do destinatário não existe no servidor de destino.",
      nl: "De mailbox van de ontvanger bestaat niet op de bestemmingsserver.",
    },
  },
  {
    status: "5.2.2",
    diag: (a) => `552 5.2.2 <${a}>: mailbox over quota, message refused`,
    reason: {
      en: "The recipient's mailbox is full and cannot accept new messages.",
      fr: "La boîte aux lettres du destinataire est pleine.",
      de: "Das Postfach des Empfängers ist voll.",
      es: "El buzón del destinatario está lleno.",
      pt: "A caixa de correio do destinatário está cheia.",
      nl: "De mailbox van de ontvanger is vol.",
    },
  },
  {
    status: "5.1.2",
    diag: (_a, d) => `550 5.1.2 domain lookup failed: ${d} has no mail exchanger`,
    reason: {
      en: "The domain of the address could not be found. Check it for typing errors.",
      fr: "Le domaine de l'adresse est introuvable. Vérifiez qu'il ne contient pas de faute de frappe.",
      de: "Die Domain der Adresse wurde nicht gefunden. Bitte prüfen Sie sie auf Tippfehler.",
      es: "No se encontró el dominio de la dirección. Comprueba que esté bien escrito.",
      pt: "O domínio do endereço não foi encontrado. Verifique se há erros de digitação.",
      nl: "Het domein van het adres is niet gevonden. Controleer het op typefouten.",
    },
  },
  {
    status: "5.7.1",
    diag: (a) => `554 5.7.1 <${a}>: delivery refused by recipient policy`,
    reason: {
      en: "The destination server refused the message because of its delivery policy.",
      fr: "Le serveur de destination a refusé le message en raison de sa politique de remise.",
      de: "Der Zielserver hat die Nachricht aufgrund seiner Richtlinien abgelehnt.",
      es: "El servidor de destino rechazó el mensaje por su política de entrega.",
      pt: "O servidor de destino recusou a mensagem devido à sua política de entrega.",
      nl: "De bestemmingsserver heeft het bericht geweigerd vanwege het beleid.",
    },
  },
  {
    status: "5.1.10",
    diag: () => "550 5.1.10 RESOLVER.ADR.RecipientNotFound; address lookup found no such recipient",
    reason: {
      en: "The address was not found at the destination domain.",
      fr: "L'adresse est introuvable dans le domaine de destination.",
      de: "Die Adresse wurde in der Zieldomain nicht gefunden.",
      es: "No se encontró la dirección en el dominio de destino.",
      pt: "O endereço não foi encontrado no domínio de destino.",
      nl: "Het adres is niet gevonden in het bestemmingsdomein.",
    },
  },
];

const EXCHANGE_TEXT: Record<Lang, { subject: string; head: string; fix: string; admin: string }> = {
  en: {
    subject: "Undeliverable: ",
    head: "We couldn't get your message through to {addr}.",
    fix: "What you can do: check the address for mistakes and send the message again. If it still fails, contact the recipient another way and ask them to check their mailbox.",
    admin: "Details for your mail administrator:",
  },
  fr: {
    subject: "Non remis : ",
    head: "Votre message n'a pas pu être remis à {addr}.",
    fix: "Que faire ? Vérifiez l'adresse et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.",
    admin: "Informations pour votre administrateur de messagerie :",
  },
  de: {
    subject: "Unzustellbar: ",
    head: "Ihre Nachricht konnte nicht an {addr} zugestellt werden.",
    fix: "Was Sie tun können: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Schlägt es wieder fehl, kontaktieren Sie den Empfänger auf anderem Weg.",
    admin: "Informationen für Ihren E-Mail-Administrator:",
  },
  es: {
    subject: "No se puede entregar: ",
    head: "No fue posible entregar tu mensaje a {addr}.",
    fix: "Qué puedes hacer: revisa la dirección y vuelve a enviar el mensaje. Si sigue fallando, contacta con el destinatario por otra vía.",
    admin: "Información para el administrador de correo:",
  },
  pt: {
    subject: "Não é possível entregar: ",
    head: "Não foi possível entregar a sua mensagem para {addr}.",
    fix: "O que fazer: confira o endereço e envie a mensagem novamente. Se continuar falhando, entre em contato com o destinatário por outro meio.",
    admin: "Informações para o administrador de e-mail:",
  },
  nl: {
    subject: "Onbestelbaar: ",
    head: "Je bericht kon niet worden afgeleverd bij {addr}.",
    fix: "Wat je kunt doen: controleer het adres en verstuur het bericht opnieuw. Lukt het dan nog niet, neem op een andere manier contact op met de ontvanger.",
    admin: "Gegevens voor je e-mailbeheerder:",
  },
};

const GMAIL_TEXT: Record<Lang, { head: string; body: string }> = {
  en: {
    head: "Message not delivered",
    body: "There was a problem delivering your message to {addr}. The receiving server reported the following:",
  },
  fr: {
    head: "Message non distribué",
    body: "Un problème est survenu lors de la distribution de votre message à {addr}. Le serveur de réception a indiqué :",
  },
  de: {
    head: "Nachricht nicht zugestellt",
    body: "Beim Zustellen Ihrer Nachricht an {addr} ist ein Problem aufgetreten. Der empfangende Server meldete:",
  },
  es: {
    head: "Mensaje no entregado",
    body: "Hubo un problema al entregar tu mensaje a {addr}. El servidor receptor indicó lo siguiente:",
  },
  pt: {
    head: "Mensagem não entregue",
    body: "Houve um problema ao entregar sua mensagem para {addr}. O servidor de destino informou:",
  },
  nl: {
    head: "Bericht niet bezorgd",
    body: "Er was een probleem bij het bezorgen van je bericht aan {addr}. De ontvangende server meldde:",
  },
};

interface Original {
  subject: string;
  eml: string;
  headersOnly: string;
  messageId: string;
  sentMs: number;
}

function failedAddress(rng: Rng, cast: Cast): { addr: string; domain: string } {
  const [local, domain] = cast.cand.address.split("@") as [string, string];
  const typos: Record<string, string> = {
    "gmail.com": "gmial.com",
    "outlook.com": "outlok.com",
    "hotmail.com": "hotmial.com",
    "yahoo.com": "yaho.com",
  };
  const r = rng.next();
  if (r < 0.25 && typos[domain]) return { addr: `${local}@${typos[domain]}`, domain: typos[domain]! };
  if (r < 0.5) return { addr: `${local}${rng.pick(["", ".", "_"])}${rng.int(1, 9)}@${domain}`, domain };
  return { addr: cast.cand.address, domain };
}

function buildOriginal(rng: Rng, cast: Cast, to: string): Original {
  const lang = cast.lang;
  const snippet = rng.pick(quoteFor(lang, rng.pick(["sched", "reject", "confirm", "ack", "offer"] as const)));
  const s = cast.slots;
  const subject = fill(rng, snippet.subject, s, cast.cand, lang);
  const body = snippet.body.map((b) => fill(rng, b, s, cast.cand, lang)).join("\n\n");
  const sentMs = cast.sent.getTime() - rng.int(60, 3600) * 1000;
  const messageId = `<${rng.hex(12)}.${rng.hex(8)}@${cast.org.domain}>`;
  const headers: [string, string][] = [
    ["From", formatAddress(s.rname!, cast.recruiter.address, "utf-8")],
    ["To", to],
    ["Subject", encodeHeaderText(subject, "utf-8", "Q")],
    ["Date", rfc5322Date(sentMs, cast.org.zone)],
    ["Message-ID", messageId],
  ];
  const part: LeafPart = {
    kind: "leaf",
    contentType: "text/plain",
    charset: "utf-8",
    encoding: "quoted-printable",
    text: `${body}\n`,
  };
  const eml = renderMessage(headers, part);
  const headersOnly = eml.split("\r\n\r\n")[0] ?? "";
  return { subject, eml, headersOnly, messageId, sentMs };
}

function dsn(
  rng: Rng,
  reportingMta: string,
  addr: string,
  failure: Failure,
  domain: string,
  remote: string,
  arrivalMs: number,
  zone: string,
  action = "failed",
): LeafPart {
  const perMessage = [`Reporting-MTA: dns; ${reportingMta}`];
  if (rng.chance(0.5)) perMessage.push(`X-Queue-ID: ${rng.hex(10).toUpperCase()}`);
  perMessage.push(`Arrival-Date: ${rfc5322Date(arrivalMs, zone)}`);
  const perRecipient = [`Final-Recipient: rfc822; ${addr}`];
  if (rng.chance(0.5)) perRecipient.push(`Original-Recipient: rfc822;${addr}`);
  perRecipient.push(`Action: ${action}`);
  perRecipient.push(`Status: ${action === "failed" ? failure.status : "2.0.0"}`);
  if (remote) perRecipient.push(`Remote-MTA: dns; ${remote}`);
  perRecipient.push(
    action === "failed"
      ? `Diagnostic-Code: smtp; ${failure.diag(addr, domain)}`
      : "Diagnostic-Code: smtp; 250 2.0.0 OK queued",
  );
  perRecipient.push(`Last-Attempt-Date: ${rfc5322Date(arrivalMs + rng.int(2, 90) * 1000, zone)}`);
  return {
    kind: "leaf",
    contentType: "message/delivery-status",
    encoding: "7bit",
    text: `${perMessage.join("\n")}\n\n${perRecipient.join("\n")}\n`,
  };
}

function buildBounce(
  vendor: Vendor,
  lang: Lang,
  variant: number,
  index: number,
  familyId: string,
  textOnly: boolean,
): { eml: string } {
  const rng = makeRng(`bounce.${lang}.${familyId}#${index}`);
  const cast = makeCast(rng, lang);
  const failure = FAILURES[(variant + rng.int(0, 1) * 2) % FAILURES.length]!;
  const picked = failedAddress(rng, cast);
  // a domain that does not exist is a mistyped one
  const domain =
    failure.status === "5.1.2" ? picked.domain.replace(/\.([a-z]+)$/, "-mail.$1") : picked.domain;
  const addr = `${picked.addr.split("@")[0]}@${domain}`;
  const orig = buildOriginal(rng, cast, formatAddress(cast.slots.cname!, addr, "utf-8"));
  const s = cast.slots;
  const zone = cast.org.zone;
  const sentMs = orig.sentMs + rng.int(2, 40) * 1000;
  const remote =
    failure.status === "5.1.2"
      ? ""
      : domain.includes("gmail")
        ? "gmail-smtp-in.l.google.com"
        : `mx${rng.int(1, 3)}.${domain}`;
  const recruiterTo = formatAddress(s.rname!, cast.recruiter.address, "utf-8", "B");
  const headers: [string, string][] = [];
  let root: Part;
  const b = (tag: string) => `${tag}${rng.hex(16)}`;
  const attachOriginal = (): LeafPart =>
    rng.chance(0.5)
      ? { kind: "leaf", contentType: "message/rfc822", encoding: "7bit", text: orig.eml.replace(/\r\n$/, "") }
      : { kind: "leaf", contentType: "text/rfc822-headers", encoding: "7bit", text: orig.headersOnly };
  const fillT = (t: string) => t.replace(/\{addr\}/g, addr);
  if (vendor === "exchange") {
    const t = EXCHANGE_TEXT[lang];
    const hostTag = `${rng.hex(4).toUpperCase()}PR0${rng.int(1, 9)}MB${rng.int(1000, 9999)}`;
    const host = `${hostTag}.eurprd0${rng.int(1, 9)}.prod.outlook.com`;
    const text = [
      fillT(t.head),
      failure.reason[lang],
      t.fix,
      "",
      t.admin,
      "",
      `Generating server: ${host}`,
      "",
      addr,
      `Remote server returned '${failure.diag(addr, domain)}'`,
      "",
      "Original message headers:",
      "",
      orig.headersOnly.replace(/\r\n/g, "\n"),
    ].join("\n");
    const html = `<html><body><div style="font-family:Segoe UI,Arial,sans-serif"><p style="font-size:16pt;color:#c00000">${fillT(t.head)}</p><p>${failure.reason[lang]}</p><p>${t.fix}</p><hr><p><b>${t.admin}</b><br>Generating server: ${host}<br>${addr}<br>Remote server returned '${failure.diag(addr, domain).replace(/</g, "&lt;").replace(/>/g, "&gt;")}'</p></div></body></html>`;
    const alt: Part = {
      kind: "multi",
      subtype: "alternative",
      boundary: b("alt_"),
      parts: [
        {
          kind: "leaf",
          contentType: "text/plain",
          charset: "utf-8",
          encoding: "quoted-printable",
          text: `${text}\n`,
        },
        {
          kind: "leaf",
          contentType: "text/html",
          charset: "utf-8",
          encoding: "quoted-printable",
          text: html,
        },
      ],
    };
    root = textOnly
      ? {
          kind: "leaf",
          contentType: "text/plain",
          charset: "utf-8",
          encoding: "quoted-printable",
          text: `${text}\n`,
        }
      : {
          kind: "multi",
          subtype: "report",
          params: { "report-type": "delivery-status" },
          boundary: `_000_${rng.hex(24).toUpperCase()}_`,
          parts: [alt, dsn(rng, host, addr, failure, domain, remote, sentMs, zone), attachOriginal()],
        };
    headers.push(["From", `Microsoft Outlook <MicrosoftExchange${rng.hex(32)}@${cast.org.domain}>`]);
    headers.push(["To", recruiterTo]);
    headers.push(["Subject", encodeHeaderText(`${t.subject}${orig.subject}`, "utf-8", "B")]);
    headers.push(["X-MS-Exchange-Message-Is-Ndr", ""]);
  } else if (vendor === "gmail") {
    const t = GMAIL_TEXT[lang];
    const text = [t.head, "", fillT(t.body), "", failure.diag(addr, domain), "", failure.reason[lang]].join(
      "\n",
    );
    const html = `<html><body><table style="font-family:Arial,sans-serif"><tr><td><h2 style="color:#d93025">${t.head}</h2><p>${fillT(t.body)}</p><p style="font-family:monospace">${failure.diag(addr, domain).replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p><p>${failure.reason[lang]}</p></td></tr></table></body></html>`;
    root = {
      kind: "multi",
      subtype: "report",
      params: { "report-type": "delivery-status" },
      boundary: `0000000000${rng.hex(16)}`,
      parts: [
        {
          kind: "multi",
          subtype: "related",
          boundary: `0000000000${rng.hex(16)}`,
          parts: [
            {
              kind: "multi",
              subtype: "alternative",
              boundary: `0000000000${rng.hex(16)}`,
              parts: [
                {
                  kind: "leaf",
                  contentType: "text/plain",
                  charset: "utf-8",
                  encoding: "quoted-printable",
                  text: `${text}\n`,
                },
                {
                  kind: "leaf",
                  contentType: "text/html",
                  charset: "utf-8",
                  encoding: "quoted-printable",
                  text: html,
                },
              ],
            },
          ],
        },
        dsn(rng, "googlemail.com", addr, failure, domain, remote, sentMs, zone),
        attachOriginal(),
      ],
    };
    headers.push(["From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"]);
    headers.push(["To", cast.recruiter.address]);
    headers.push(["Subject", "Delivery Status Notification (Failure)"]);
    headers.push(["Auto-Submitted", "auto-replied"]);
  } else if (vendor === "postfix") {
    const host = `mx${rng.int(1, 4)}.${cast.org.domain}`;
    const text = [
      `This notice was generated by the mail server ${host}.`,
      "",
      "Your message could not be delivered to one or more of its recipients and has been returned.",
      "It was sent back automatically; please do not reply to this notice.",
      "",
      `If you need help, contact <postmaster@${cast.org.domain}> and include this notice.`,
      "",
      remote
        ? `<${addr}>: host ${remote}[${rng.int(11, 220)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}] answered:`
        : `<${addr}>: no mail host found for ${domain}:`,
      `    ${failure.diag(addr, domain)}`,
    ].join("\n");
    root = {
      kind: "multi",
      subtype: "report",
      params: { "report-type": "delivery-status" },
      boundary: `${rng.hex(10).toUpperCase()}.${rng.int(1700000000, 1799999999)}/${host}`,
      parts: [
        {
          kind: "leaf",
          contentType: "text/plain",
          charset: "us-ascii",
          encoding: "7bit",
          text: `${text}\n`,
          headers: [["Content-Description", "Notification"]],
        },
        dsn(rng, host, addr, failure, domain, remote, sentMs, zone),
        attachOriginal(),
      ],
    };
    headers.push(["From", `Mail Delivery System <MAILER-DAEMON@${host}>`]);
    headers.push(["To", cast.recruiter.address]);
    headers.push(["Subject", "Undelivered Mail Returned to Sender"]);
    headers.push(["Auto-Submitted", "auto-replied"]);
  } else if (vendor === "exim") {
    const host = `smtp${rng.int(1, 3)}.${cast.org.domain}`;
    const text = [
      `The message you sent could not be delivered to every recipient. This report was produced automatically by the mail system at ${host}.`,
      "",
      "The delivery failed permanently for the following address:",
      "",
      `  ${addr}`,
      remote
        ? `    the remote server ${remote} rejected it after RCPT TO:<${addr}>:`
        : `    no mail server could be found for ${domain}:`,
      `    ${failure.diag(addr, domain)}`,
      "",
      "------ Below is a full copy of the returned message ------",
      "",
      orig.eml.replace(/\r\n/g, "\n"),
    ].join("\n");
    root = { kind: "leaf", contentType: "text/plain", charset: "utf-8", encoding: "7bit", text };
    headers.push(["From", `Mail Delivery System <Mailer-Daemon@${host}>`]);
    headers.push(["To", cast.recruiter.address]);
    headers.push(["Subject", "Mail delivery failed: returning message to sender"]);
    headers.push(["Auto-Submitted", "auto-replied"]);
    headers.push(["X-Failed-Recipients", addr]);
  } else if (vendor === "sendmail") {
    const host = `relay${rng.int(1, 3)}.${cast.org.domain}`;
    const text = [
      `Your message, accepted by ${host} at ${rfc5322Date(orig.sentMs, zone)}, was returned undelivered.`,
      "",
      "   ----- Recipient(s) that failed permanently -----",
      `<${addr}>`,
      "",
      "   ----- Session with the receiving server -----",
      remote ? `... while talking to ${remote}.:` : `... while looking up the mail exchanger of ${domain}:`,
      `>>> RCPT To:<${addr}>`,
      `<<< ${failure.diag(addr, domain)}`,
      `${failure.diag(addr, domain).slice(0, 3)} ${failure.status} <${addr}>... ${failure.reason.en}`,
    ].join("\n");
    root = {
      kind: "multi",
      subtype: "report",
      params: { "report-type": "delivery-status" },
      boundary: `${rng.hex(8).toUpperCase()}.${rng.int(1700000000, 1799999999)}/${host}`,
      parts: [
        { kind: "leaf", contentType: "text/plain", charset: "us-ascii", encoding: "7bit", text: `${text}\n` },
        dsn(rng, host, addr, failure, domain, remote, sentMs, zone),
        attachOriginal(),
      ],
    };
    headers.push(["From", `Mail Delivery Subsystem <MAILER-DAEMON@${host}>`]);
    headers.push(["To", `<${cast.recruiter.address}>`]);
    headers.push(["Subject", "Returned mail: see transcript for details"]);
    headers.push(["Auto-Submitted", "auto-generated (failure)"]);
  } else if (vendor === "qmail") {
    const host = `mail.${cast.org.domain}`;
    const ip = `${rng.int(11, 220)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    const text = [
      `Greetings from the delivery program at ${host}.`,
      "Your message could not be delivered to the address(es) below, and the program will not try again.",
      "",
      `<${addr}>:`,
      ...(remote
        ? [`${ip} refused the recipient.`, `Remote host said: ${failure.diag(addr, domain)}`]
        : [`No host by the name ${domain} could be found.`]),
      ...(remote ? [`Giving up on ${ip}.`] : []),
      "",
      "--- Copy of the message follows.",
      "",
      orig.eml.replace(/\r\n/g, "\n"),
    ].join("\n");
    root = { kind: "leaf", contentType: "text/plain", charset: "utf-8", encoding: "7bit", text };
    headers.push(["From", `MAILER-DAEMON@${host}`]);
    headers.push(["To", cast.recruiter.address]);
    headers.push(["Subject", "failure notice"]);
  } else {
    const text = [
      "Delivery to the recipient listed below failed permanently and will not be retried:",
      "",
      `    ${addr}`,
      "",
      `Reason: ${failure.reason.en}`,
      `Diagnostic: ${failure.diag(addr, domain)}`,
    ].join("\n");
    root = {
      kind: "multi",
      subtype: "report",
      params: { "report-type": "delivery-status" },
      boundary: b(""),
      parts: [
        { kind: "leaf", contentType: "text/plain", charset: "utf-8", encoding: "7bit", text: `${text}\n` },
        dsn(
          rng,
          `${rng.pick(["a8-", "a9-", "a10-"])}${rng.int(10, 99)}.smtp-out.amazonses.com`,
          addr,
          failure,
          domain,
          remote,
          sentMs,
          zone,
        ),
        attachOriginal(),
      ],
    };
    headers.push(["From", "MAILER-DAEMON@amazonses.com"]);
    headers.push(["To", cast.recruiter.address]);
    headers.push(["Subject", "Delivery Status Notification (Failure)"]);
    headers.push([
      "X-SES-Outgoing",
      `${rfc5322Date(sentMs, "UTC").slice(5, 16).replace(/ /g, ".")}-54.240.${rng.int(0, 60)}.${rng.int(1, 250)}`,
    ]);
  }
  headers.push(["Date", rfc5322Date(sentMs, zone)]);
  headers.push([
    "Message-ID",
    `<${rng.hex(16)}@${vendor === "gmail" ? "mx.google.com" : vendor === "ses" ? "email.amazonses.com" : cast.org.domain}>`,
  ]);
  headers.push(["In-Reply-To", orig.messageId]);
  headers.push(["References", orig.messageId]);
  headers.push(["X-Corpus-Org-Domain", cast.org.domain]);
  headers.push(["X-Corpus-Direction", "inbound"]);
  return { eml: renderMessage(headers, root) };
}

/** A read receipt (RFC 8098) or a positive delivery notice: report-shaped, but no failure. */
function buildReportNegative(
  kind: "mdn" | "delivered",
  lang: Lang,
  index: number,
  familyId: string,
): { eml: string } {
  const rng = makeRng(`other.${lang}.${familyId}#${index}`);
  const cast = makeCast(rng, lang);
  const s = cast.slots;
  const orig = buildOriginal(rng, cast, formatAddress(s.cname!, cast.cand.address, "utf-8"));
  const sentMs = orig.sentMs + rng.int(60, 7200) * 1000;
  const headers: [string, string][] = [];
  let root: Part;
  if (kind === "mdn") {
    const txt: Record<Lang, [string, string]> = {
      en: ["Read: ", "Your message to {to} was read on {when}."],
      fr: ["Lu : ", "Votre message à {to} a été lu le {when}."],
      de: ["Gelesen: ", "Ihre Nachricht an {to} wurde am {when} gelesen."],
      es: ["Leído: ", "Tu mensaje para {to} se leyó el {when}."],
      pt: ["Lida: ", "Sua mensagem para {to} foi lida em {when}."],
      nl: ["Gelezen: ", "Je bericht aan {to} is gelezen op {when}."],
    };
    const [prefix, line] = txt[lang];
    const when = rfc5322Date(sentMs, cast.org.zone);
    root = {
      kind: "multi",
      subtype: "report",
      params: { "report-type": "disposition-notification" },
      boundary: `----=_NextPart_${rng.hex(20)}`,
      parts: [
        {
          kind: "leaf",
          contentType: "text/plain",
          charset: "utf-8",
          encoding: "quoted-printable",
          text: `${line.replace("{to}", cast.cand.address).replace("{when}", when)}\n`,
        },
        {
          kind: "leaf",
          contentType: "message/disposition-notification",
          encoding: "7bit",
          text: `Reporting-UA: ${cast.cand.address.split("@")[1]}; Webmail\nFinal-Recipient: rfc822;${cast.cand.address}\nOriginal-Message-ID: ${orig.messageId}\nDisposition: manual-action/MDN-sent-manually; displayed\n`,
        },
      ],
    };
    headers.push(["From", formatAddress(s.cname!, cast.cand.address, "utf-8", "B")]);
    headers.push(["To", formatAddress(s.rname!, cast.recruiter.address, "utf-8", "B")]);
    headers.push(["Subject", encodeHeaderText(`${prefix}${orig.subject}`, "utf-8", "B")]);
  } else {
    const host = `mx${rng.int(1, 4)}.${cast.org.domain}`;
    const f = FAILURES[0]!;
    root = {
      kind: "multi",
      subtype: "report",
      params: { "report-type": "delivery-status" },
      boundary: `${rng.hex(10).toUpperCase()}.${rng.int(1700000000, 1799999999)}/${host}`,
      parts: [
        {
          kind: "leaf",
          contentType: "text/plain",
          charset: "utf-8",
          encoding: "7bit",
          text: `This is a delivery confirmation you asked for: your message reached the recipient's mail server.\n\n<${cast.cand.address}>: delivered to the destination server.\n`,
          headers: [["Content-Description", "Notification"]],
        },
        dsn(
          rng,
          host,
          cast.cand.address,
          f,
          cast.cand.address.split("@")[1]!,
          `mx1.${cast.cand.address.split("@")[1]}`,
          sentMs,
          cast.org.zone,
          "relayed",
        ),
        { kind: "leaf", contentType: "text/rfc822-headers", encoding: "7bit", text: orig.headersOnly },
      ],
    };
    headers.push(["From", `Mail Delivery System <MAILER-DAEMON@${host}>`]);
    headers.push(["To", cast.recruiter.address]);
    headers.push(["Subject", "Successful Mail Delivery Report"]);
    headers.push(["Auto-Submitted", "auto-replied"]);
  }
  headers.push(["Date", rfc5322Date(sentMs, cast.org.zone)]);
  headers.push(["Message-ID", `<${rng.hex(16)}@${cast.org.domain}>`]);
  headers.push(["X-Corpus-Org-Domain", cast.org.domain]);
  headers.push(["X-Corpus-Direction", "inbound"]);
  return { eml: renderMessage(headers, root) };
}

const bounce = (
  vendor: Vendor,
  lang: Lang,
  id: string,
  variant: number,
  weight = 1,
  textOnly = false,
): BounceFamily => ({
  id,
  label: "bounce",
  lang,
  weight,
  build: (i) => buildBounce(vendor, lang, variant, i, id, textOnly),
});

/** Bounce families (vendor shape × language × failure variant) and report-shaped negatives. */
export const BOUNCE_FAMILIES: BounceFamily[] = [
  bounce("exchange", "en", "exchange-no-such-user", 0, 1.4),
  bounce("gmail", "en", "gmail-address-not-found", 0, 1.3),
  bounce("postfix", "en", "postfix-user-unknown", 0),
  bounce("ses", "en", "ses-permanent", 0),
  bounce("exchange", "en", "exchange-text-only", 4, 1, true),
  bounce("exim", "en", "exim-rcpt-rejected", 1),
  bounce("gmail", "en", "gmail-domain-not-found", 2),
  bounce("qmail", "en", "qmail-failure-notice", 0),
  bounce("postfix", "en", "postfix-mailbox-full", 1),
  bounce("exchange", "en", "exchange-policy", 3),
  bounce("ses", "en", "ses-mailbox-full", 1),
  bounce("exim", "en", "exim-domain", 2),
  bounce("sendmail", "en", "sendmail-user-unknown", 0),
  bounce("sendmail", "en", "sendmail-policy", 3),
  bounce("exchange", "fr", "exchange-fr", 0),
  bounce("gmail", "fr", "gmail-fr", 1),
  bounce("exchange", "de", "exchange-de", 0),
  bounce("gmail", "de", "gmail-de", 2),
  bounce("exchange", "es", "exchange-es", 4),
  bounce("gmail", "es", "gmail-es", 0),
  bounce("exchange", "pt", "exchange-pt", 1),
  bounce("gmail", "pt", "gmail-pt", 0),
  bounce("exchange", "nl", "exchange-nl", 0),
  bounce("gmail", "nl", "gmail-nl", 3),
  bounce("exchange", "fr", "exchange-fr-text-only", 1, 1, true),
  bounce("exchange", "de", "exchange-de-text-only", 3, 1, true),
  bounce("exchange", "es", "exchange-es-text-only", 2, 1, true),
  bounce("exchange", "pt", "exchange-pt-text-only", 4, 1, true),
  bounce("exchange", "nl", "exchange-nl-text-only", 1, 1, true),
  {
    id: "read-receipt",
    label: "other",
    lang: "en",
    build: (i) => buildReportNegative("mdn", "en", i, "read-receipt"),
  },
  {
    id: "delivery-success-report",
    label: "other",
    lang: "en",
    build: (i) => buildReportNegative("delivered", "en", i, "delivery-success-report"),
  },
  {
    id: "lesebestaetigung",
    label: "other",
    lang: "de",
    build: (i) => buildReportNegative("mdn", "de", i, "lesebestaetigung"),
  },
  {
    id: "accuse-lecture",
    label: "other",
    lang: "fr",
    build: (i) => buildReportNegative("mdn", "fr", i, "accuse-lecture"),
  },
];
