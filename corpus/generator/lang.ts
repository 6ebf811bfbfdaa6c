/**
 * Per-language conventions of mail clients and correspondence: greetings, sign-offs, reply and
 * forward prefixes, quote attributions ("On … wrote:", Outlook header blocks), date formatting.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { de, enUS, es, fr, nl, ptBR } from "date-fns/locale";
import type { Rng } from "./prng.ts";

export const LANGS = ["en", "fr", "de", "es", "pt", "nl"] as const;
export type Lang = (typeof LANGS)[number];

const LOCALES = { en: enUS, fr, de, es, pt: ptBR, nl } as const;

/** Greetings: formal takes a full name or none, casual a first name. */
export const GREETINGS: Record<Lang, { casual: string[]; formal: string[]; generic: string[] }> = {
  en: {
    casual: [
      "Hi {first},",
      "Hello {first},",
      "Hey {first},",
      "Hi {first} -",
      "Dear {first},",
      "Good morning {first},",
    ],
    formal: ["Dear {first} {last},", "Dear {title} {last},"],
    generic: ["Hello,", "Dear candidate,", "Hi there,", "Hi,"],
  },
  fr: {
    casual: ["Bonjour {first},", "Bonjour {first} !", "Hello {first},", "{g:Chère|Cher} {first},"],
    formal: ["Bonjour {title} {last},", "{title} {last},", "Chère Madame, cher Monsieur,"],
    generic: ["Bonjour,", "Madame, Monsieur,"],
  },
  de: {
    casual: ["Hallo {first},", "{g:Liebe|Lieber} {first},", "Hi {first},", "Guten Tag {first},"],
    formal: [
      "Sehr {g:geehrte|geehrter} {title} {last},",
      "Guten Tag {title} {last},",
      "Hallo {title} {last},",
    ],
    generic: ["Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo,"],
  },
  es: {
    casual: ["Hola {first}:", "Hola, {first}:", "Hola {first},", "Buenos días, {first}:"],
    formal: ["{g:Estimada|Estimado} {first}:", "{g:Estimada|Estimado} {first} {last}:"],
    generic: ["Hola:", "Estimado candidato, estimada candidata:", "Buenos días:"],
  },
  pt: {
    casual: ["Olá {first},", "Oi {first}, tudo bem?", "Bom dia, {first}!", "Olá, {first}!"],
    formal: [
      "{g:Prezada|Prezado} {first} {last},",
      "{g:Cara|Caro} {first},",
      "{g:Prezada|Prezado} {title} {last},",
    ],
    generic: ["Olá,", "Prezados,", "Bom dia,"],
  },
  nl: {
    casual: ["Hoi {first},", "Hallo {first},", "Beste {first},", "Goedemorgen {first},"],
    formal: ["Beste {first} {last},", "Beste {first},"],
    generic: ["Beste kandidaat,", "Hallo,", "Geachte heer/mevrouw,"],
  },
};

export const SIGNOFFS: Record<Lang, { casual: string[]; formal: string[] }> = {
  en: {
    casual: ["Best,", "Thanks,", "Cheers,", "Talk soon,", "Many thanks,", "Best wishes,"],
    formal: ["Kind regards,", "Best regards,", "Sincerely,", "Warm regards,", "Regards,"],
  },
  fr: {
    casual: ["Bonne journée,", "À bientôt,", "Belle journée,", "Merci et à bientôt,"],
    formal: ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Sincères salutations,"],
  },
  de: {
    casual: ["Viele Grüße", "Beste Grüße", "LG", "Liebe Grüße"],
    formal: ["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit besten Grüßen"],
  },
  es: {
    casual: ["Un saludo,", "Saludos,", "Gracias y saludos,", "Un abrazo,"],
    formal: ["Atentamente,", "Saludos cordiales,", "Reciba un cordial saludo,"],
  },
  pt: {
    casual: ["Abraços,", "Abs,", "Obrigado!", "Um abraço,"],
    formal: ["Atenciosamente,", "Cordialmente,", "Com os melhores cumprimentos,"],
  },
  nl: {
    casual: ["Groetjes,", "Groet,", "Hartelijke groet,", "Tot snel,"],
    formal: ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,"],
  },
};

export const TITLES: Record<Lang, { f: string; m: string }> = {
  en: { f: "Ms", m: "Mr" },
  fr: { f: "Madame", m: "Monsieur" },
  de: { f: "Frau", m: "Herr" },
  es: { f: "Sra.", m: "Sr." },
  pt: { f: "Sra.", m: "Sr." },
  nl: { f: "mevrouw", m: "heer" },
};

export const REPLY_PREFIX: Record<Lang, string[]> = {
  en: ["Re: ", "RE: ", "Re: "],
  fr: ["RE : ", "Re: ", "Réf. : "],
  de: ["AW: ", "Re: ", "AW: "],
  es: ["RE: ", "Re: ", "RE: "],
  pt: ["RES: ", "Re: ", "RE: "],
  nl: ["RE: ", "Re: ", "Antw: "],
};

export const FORWARD_PREFIX: Record<Lang, string[]> = {
  en: ["Fwd: ", "FW: "],
  fr: ["TR : ", "Fwd: "],
  de: ["WG: ", "Fwd: "],
  es: ["RV: ", "Fwd: "],
  pt: ["ENC: ", "Fwd: "],
  nl: ["Doorst: ", "FW: "],
};

/** Zone of each language's orgs and candidates. */
export const ZONES: Record<Lang, string[]> = {
  en: ["America/New_York", "Europe/London", "America/Los_Angeles", "America/Chicago"],
  fr: ["Europe/Paris", "Europe/Brussels"],
  de: ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
  es: ["Europe/Madrid", "America/Mexico_City"],
  pt: ["America/Sao_Paulo", "Europe/Lisbon"],
  nl: ["Europe/Amsterdam", "Europe/Brussels"],
};

/** Short zone label shown to readers, e.g. "ET", "CET". */
export function zoneLabel(zone: string, date: Date): string {
  const d = new TZDate(date.getTime(), zone);
  const off = format(d, "xxx");
  const names: Record<string, string> = {
    "America/New_York": off === "-04:00" ? "EDT" : "EST",
    "America/Chicago": off === "-05:00" ? "CDT" : "CST",
    "America/Los_Angeles": off === "-07:00" ? "PDT" : "PST",
    "Europe/London": off === "+01:00" ? "BST" : "GMT",
    "America/Mexico_City": "CST",
    "America/Sao_Paulo": "BRT",
  };
  return names[zone] ?? (off === "+02:00" ? "CEST" : off === "+01:00" ? "CET" : `UTC${off}`);
}

/** A zoned wall-clock date. */
export function zoned(instantMs: number, zone: string): TZDate {
  return new TZDate(instantMs, zone);
}

/** Long day-and-date as a person writes it in the language, e.g. "Tuesday, March 3". */
export function longDay(d: Date, lang: Lang, rng: Rng): string {
  const patterns: Record<Lang, string[]> = {
    en: ["EEEE, MMMM d", "EEEE MMMM d", "EEE, MMM d", "EEEE d MMMM", "MMMM d"],
    fr: ["EEEE d MMMM", "EEEE d MMMM yyyy", "d MMMM"],
    de: ["EEEE, d. MMMM", "EEEE, 'den' d. MMMM", "d. MMMM yyyy", "dd.MM.yyyy"],
    es: ["EEEE d 'de' MMMM", "EEEE, d 'de' MMMM", "d 'de' MMMM"],
    pt: ["EEEE, d 'de' MMMM", "d 'de' MMMM", "dd/MM"],
    nl: ["EEEE d MMMM", "d MMMM", "EEEE d MMMM yyyy"],
  };
  return format(d, rng.pick(patterns[lang]), { locale: LOCALES[lang] });
}

/** Weekday name, e.g. "Thursday" / "jeudi". */
export function weekday(d: Date, lang: Lang): string {
  return format(d, "EEEE", { locale: LOCALES[lang] });
}

/** Time of day, e.g. "2:30 PM" / "14h30" / "14:30 Uhr". */
export function timeOfDay(d: Date, lang: Lang, rng: Rng): string {
  const patterns: Record<Lang, string[]> = {
    en: ["h:mm a", "h:mmaaa", "HH:mm", "h:mm a"],
    fr: ["HH'h'mm", "HH:mm", "H'h'mm"],
    de: ["HH:mm 'Uhr'", "H:mm 'Uhr'", "HH:mm"],
    es: ["HH:mm", "H:mm 'h'", "HH:mm 'h'"],
    pt: ["HH'h'mm", "HH:mm", "H'h'"],
    nl: ["HH:mm", "HH.mm 'uur'", "H:mm"],
  };
  return format(d, rng.pick(patterns[lang]), { locale: LOCALES[lang] });
}

/** RFC 5322 Date header value in the sender's zone. */
export function rfc5322Date(instantMs: number, zone: string): string {
  return format(new TZDate(instantMs, zone), "EEE, dd MMM yyyy HH:mm:ss xx", { locale: enUS });
}

const ORIGINAL_MESSAGE: Record<Lang, string> = {
  en: "-----Original Message-----",
  fr: "-----Message d'origine-----",
  de: "-----Ursprüngliche Nachricht-----",
  es: "-----Mensaje original-----",
  pt: "-----Mensagem original-----",
  nl: "-----Oorspronkelijk bericht-----",
};

/**
 * The attribution line(s) a mail client writes above a quoted message.
 * Returns the lines and whether the body below is `>`-prefixed.
 */
export function quoteHeader(
  lang: Lang,
  style: "client" | "outlook",
  when: Date,
  fromName: string,
  fromAddr: string,
  toLine: string,
  subject: string,
  variant = 0,
): { lines: string[]; prefixed: boolean } {
  const L = LOCALES[lang];
  if (style === "outlook") {
    const sent = {
      en: format(when, "EEEE, MMMM d, yyyy h:mm a", { locale: enUS }),
      fr: format(when, "EEEE d MMMM yyyy HH:mm", { locale: L }),
      de: format(when, "EEEE, d. MMMM yyyy HH:mm", { locale: L }),
      es: format(when, "EEEE, d 'de' MMMM 'de' yyyy H:mm", { locale: L }),
      pt: format(when, "EEEE, d 'de' MMMM 'de' yyyy HH:mm", { locale: L }),
      nl: format(when, "EEEE d MMMM yyyy HH:mm", { locale: L }),
    }[lang];
    const k = {
      en: ["From:", "Sent:", "To:", "Subject:"],
      fr: ["De :", "Envoyé :", "À :", "Objet :"],
      de: ["Von:", "Gesendet:", "An:", "Betreff:"],
      es: ["De:", "Enviado el:", "Para:", "Asunto:"],
      pt: ["De:", "Enviado:", "Para:", "Assunto:"],
      nl: ["Van:", "Verzonden:", "Aan:", "Onderwerp:"],
    }[lang];
    const separator = variant === 1 ? ORIGINAL_MESSAGE[lang] : "________________________________";
    return {
      lines: [
        separator,
        `${k[0]} ${fromName} <${fromAddr}>`,
        `${k[1]} ${sent}`,
        `${k[2]} ${toLine}`,
        `${k[3]} ${subject}`,
        "",
      ],
      prefixed: false,
    };
  }
  const who = `${fromName} <${fromAddr}>`;
  if (variant === 1) {
    // Apple Mail style attribution
    const apple = {
      en: `On ${format(when, "d MMM yyyy, 'at' HH:mm", { locale: enUS })}, ${who} wrote:`,
      fr: `Le ${format(when, "d MMM yyyy 'à' HH:mm", { locale: L })}, ${who} a écrit :`,
      de: `Am ${format(when, "dd.MM.yyyy 'um' HH:mm", { locale: L })} schrieb ${who}:`,
      es: `El ${format(when, "d MMM yyyy, 'a las' H:mm", { locale: L })}, ${who} escribió:`,
      pt: `Em ${format(when, "d 'de' MMM 'de' yyyy, 'à(s)' HH:mm", { locale: L })}, ${who} escreveu:`,
      nl: `Op ${format(when, "d MMM yyyy 'om' HH:mm", { locale: L })} heeft ${who} het volgende geschreven:`,
    }[lang];
    return { lines: [apple, ""], prefixed: true };
  }
  const line = {
    en: `On ${format(when, "EEE, MMM d, yyyy 'at' h:mm a", { locale: enUS })} ${who} wrote:`,
    fr: `Le ${format(when, "EEE d MMM yyyy 'à' HH:mm", { locale: L })}, ${who} a écrit :`,
    de: `Am ${format(when, "EEE., d. MMM yyyy 'um' HH:mm 'Uhr'", { locale: L })} schrieb ${who}:`,
    es: `El ${format(when, "EEE, d MMM yyyy 'a las' H:mm", { locale: L })}, ${fromName} (<${fromAddr}>) escribió:`,
    pt: `Em ${format(when, "EEE., d 'de' MMM 'de' yyyy 'às' HH:mm", { locale: L })}, ${who} escreveu:`,
    nl: `Op ${format(when, "EEE d MMM yyyy 'om' HH:mm", { locale: L })} schreef ${who}:`,
  }[lang];
  return { lines: [line, ""], prefixed: true };
}
