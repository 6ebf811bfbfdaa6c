/**
 * The per-message cast and fillers: organisation, candidate, recruiter, interviewer, dates,
 * links. `fill` expands `{slot}`, `[[a|b]]` and `{g:f|m}` in templates.
 */
import { TZDate } from "@date-fns/tz";
import { addDays, getDay } from "date-fns";
import { type Lang, longDay, TITLES, timeOfDay, weekday, ZONES, zoneLabel } from "./lang.ts";
import type { Rng } from "./prng.ts";
import {
  candidateAddress,
  type Gender,
  ORGS,
  type Org,
  orgAddress,
  type Person,
  person,
  ROLES,
  slug,
} from "./world.ts";

export interface Cast {
  lang: Lang;
  org: Org;
  cand: Person & { address: string };
  recruiter: Person & { address: string; title: string };
  panel: Person & { address: string };
  colleague: Person & { address: string };
  sent: TZDate;
  earlier: TZDate;
  interview: TZDate;
  slots: Record<string, string>;
}

const RECRUITER_TITLES: Record<Lang, string[]> = {
  en: [
    "Talent Acquisition Partner",
    "Senior Recruiter",
    "Recruiting Coordinator",
    "Technical Recruiter",
    "People Partner",
    "Head of Talent",
  ],
  fr: ["Chargée de recrutement", "Talent Acquisition Manager", "Responsable RH", "Chargé de recrutement"],
  de: ["Recruiterin", "Talent Acquisition Specialist", "Personalreferent", "HR Business Partnerin"],
  es: ["Técnica de Selección", "Talent Acquisition", "Responsable de RR. HH.", "Recruiter"],
  pt: ["Analista de Recrutamento", "Tech Recruiter", "Business Partner de RH", "Coordenadora de Talentos"],
  nl: ["Recruiter", "Corporate Recruiter", "HR-adviseur", "Talent Acquisition Specialist"],
};

const PLATFORMS = [
  "HackerRank",
  "Codility",
  "CodeSignal",
  "TestGorilla",
  "Coderbyte",
  "a take-home repository",
];

function businessDay(d: TZDate, dir: 1 | -1): TZDate {
  let x = d;
  while (getDay(x) === 0 || getDay(x) === 6) x = addDays(x, dir) as TZDate;
  return x;
}

/** Picks an org of the language (orgs whose primary language is it come first). */
export function pickOrg(rng: Rng, lang: Lang): Org {
  const primary = ORGS.filter((o) => o.langs[0] === lang);
  const any = ORGS.filter((o) => o.langs.includes(lang));
  return rng.chance(0.7) && primary.length > 0 ? rng.pick(primary) : rng.pick(any);
}

/** Builds the cast and the slot table of one message. */
export function makeCast(rng: Rng, lang: Lang): Cast {
  const org = pickOrg(rng, lang);
  const c = person(rng, lang);
  const cand = { ...c, address: candidateAddress(rng, c, lang) };
  const usedLast = new Set([c.last]);
  const distinct = (): Person => {
    for (let tries = 0; ; tries++) {
      const x = person(rng, lang);
      if (!usedLast.has(x.last) || tries > 20) {
        usedLast.add(x.last);
        return x;
      }
    }
  };
  const r = distinct();
  const recruiter = { ...r, address: orgAddress(r, org), title: rng.pick(RECRUITER_TITLES[lang]) };
  const p = distinct();
  const panel = { ...p, address: orgAddress(p, org) };
  const k = distinct();
  const colleague = { ...k, address: orgAddress(k, org) };
  const zone = org.zone;
  const day = addDays(new TZDate(2026, 1, 2, 0, 0, zone), rng.int(0, 115)) as TZDate;
  const d0 = businessDay(day, 1);
  const sent = new TZDate(
    d0.getFullYear(),
    d0.getMonth(),
    d0.getDate(),
    rng.int(7, 18),
    rng.int(0, 59),
    rng.int(0, 59),
    zone,
  );
  const e0 = businessDay(addDays(sent, -rng.int(1, 6)) as TZDate, -1);
  const earlier = new TZDate(
    e0.getFullYear(),
    e0.getMonth(),
    e0.getDate(),
    rng.int(8, 17),
    rng.int(0, 59),
    zone,
  );
  const i0 = businessDay(addDays(sent, rng.int(2, 9)) as TZDate, 1);
  const interview = new TZDate(
    i0.getFullYear(),
    i0.getMonth(),
    i0.getDate(),
    rng.int(9, 16),
    rng.pick([0, 0, 30, 15, 45]),
    zone,
  );
  const i2 = businessDay(addDays(interview, 1) as TZDate, 1);
  const interview2 = new TZDate(
    i2.getFullYear(),
    i2.getMonth(),
    i2.getDate(),
    rng.int(9, 16),
    rng.pick([0, 30]),
    zone,
  );
  const past = businessDay(addDays(sent, -rng.int(3, 8)) as TZDate, -1);
  const deadline = businessDay(addDays(sent, rng.int(3, 10)) as TZDate, 1);
  const start = businessDay(addDays(sent, rng.int(25, 60)) as TZDate, 1);
  const dur = rng.pick(["30", "45", "30", "60", "20"]);
  const rslug = slug(`${r.first} ${r.last}`, "-");
  const orgSlug = slug(org.name, "");
  const links: Record<string, string[]> = {
    calendly: [
      `https://calendly.com/${rslug}/${dur}min`,
      `https://calendly.com/${orgSlug}-recruiting/interview-${dur}`,
    ],
    goodtime: [`https://schedule.goodtime.io/${orgSlug}/c/${rng.hex(24)}`],
    calcom: [`https://cal.com/${rslug}/entretien-${dur}`, `https://cal.com/${orgSlug}/${dur}min`],
    msbookings: [
      `https://outlook.office365.com/owa/calendar/${org.name.replace(/[^A-Za-z]/g, "")}Recruiting@${org.domain}/bookings/`,
    ],
    google: [`https://calendar.app.google/${rng.hex(6)}${rng.hex(6).toUpperCase()}`],
  };
  const atsLinks: Record<string, string> = {
    greenhouse: `https://app.greenhouse.io/choose_times/${rng.hex(8)}-${rng.hex(4)}`,
    lever: `https://hire.lever.co/candidate-availability/${rng.hex(12)}`,
    workday: `https://${orgSlug}.wd3.myworkdayjobs.com/en-US/External/userHome`,
    smartrecruiters: `https://my.smartrecruiters.com/app/interviews/${rng.hex(16)}`,
    ashby: `https://jobs.ashbyhq.com/${orgSlug}/schedule/${rng.hex(12)}`,
    teamtailor: `https://${orgSlug}.teamtailor.com/meetings/${rng.hex(10)}`,
    personio: `https://${orgSlug}.jobs.personio.de/interview/${rng.hex(10)}`,
    none: `https://${org.careersDomain}/interview/${rng.hex(10)}`,
  };
  const link = rng.chance(0.75) ? rng.pick(links[org.booking] ?? []) : (atsLinks[org.ats] ?? "");
  const vlink = rng.pick([
    `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${rng.hex(20)}%40thread.v2/0`,
    `https://meet.google.com/${rng.hex(3).replace(/\d/g, "k")}-${rng.hex(4).replace(/\d/g, "m")}-${rng.hex(3).replace(/\d/g, "q")}`,
    `https://${orgSlug}.zoom.us/j/${rng.int(81000000000, 89999999999)}`,
  ]);
  const tz = zoneLabel(zone, interview);
  const titleOf = (g: Gender) => TITLES[lang][g];
  const salaryFmt: Record<Lang, string> = {
    en: `$${rng.int(70, 180)},000`,
    fr: `${rng.int(38, 75)} 000 € bruts annuels`,
    de: `${rng.int(48, 92)}.000 € brutto jährlich`,
    es: `${rng.int(28, 60)}.000 € brutos anuales`,
    pt: `R$ ${rng.int(6, 22)}.${rng.pick(["000", "500"])},00 mensais`,
    nl: `€ ${rng.int(3, 6)}.${rng.pick(["200", "500", "800"])} bruto per maand`,
  };
  const slots: Record<string, string> = {
    cfirst: c.first,
    clast: c.last,
    cname: `${c.first} ${c.last}`,
    caddr: cand.address,
    ctitle: titleOf(c.gender),
    rfirst: r.first,
    rlast: r.last,
    rname: `${r.first} ${r.last}`,
    raddr: recruiter.address,
    rtitle: recruiter.title,
    pfirst: p.first,
    pname: `${p.first} ${p.last}`,
    kfirst: k.first,
    kname: `${k.first} ${k.last}`,
    kaddr: colleague.address,
    org: org.name,
    domain: org.domain,
    careers: org.careersDomain,
    city: org.city,
    street: org.street,
    role: rng.pick(ROLES[lang]),
    role2: rng.pick(ROLES[lang]),
    date: longDay(interview, lang, rng),
    time: timeOfDay(interview, lang, rng),
    date2: longDay(interview2, lang, rng),
    time2: timeOfDay(interview2, lang, rng),
    day: weekday(interview, lang),
    pastday: weekday(past, lang),
    pastdate: longDay(past, lang, rng),
    deadline: longDay(deadline, lang, rng),
    start: longDay(start, lang, rng),
    tz,
    zone,
    dur,
    days: String(rng.pick([3, 5, 7, 7, 10])),
    link,
    vlink,
    testlink: `https://${rng.pick(["www.hackerrank.com/test", "app.codility.com/c", "app.codesignal.com/invite", "app.testgorilla.com/i"])}/${rng.hex(14)}`,
    platform: rng.pick(PLATFORMS),
    salary: salaryFmt[lang],
    ref: `${rng.pick(["R", "REQ-", "JR", "J-"])}${rng.int(1000, 99999)}`,
    portal: `https://${org.careersDomain}/candidate/${rng.hex(12)}`,
    phone: {
      en: `+1 (${rng.int(201, 989)}) ${rng.int(200, 999)}-${rng.int(1000, 9999)}`,
      fr: `+33 6 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      de: `+49 ${rng.int(151, 179)} ${rng.int(1000000, 9999999)}`,
      es: `+34 6${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}`,
      pt: `+55 11 9${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`,
      nl: `+31 6 ${rng.int(10000000, 99999999)}`,
    }[lang],
    uuid: `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`,
    hex: rng.hex(16),
    n: String(rng.int(2, 40)),
    pct: String(rng.int(5, 30)),
  };
  void ZONES;
  return { lang, org, cand, recruiter, panel, colleague, sent, earlier, interview, slots };
}

/**
 * Expands a template. `addressee` drives `{first}`, `{last}`, `{title}` and `{g:f|m}`.
 * @example fill(rng, "Hi {first}, [[thanks|thank you]]!", slots, { first: "Ana", last: "Silva", gender: "f" }, "en")
 */
export function fill(
  rng: Rng,
  template: string,
  slots: Record<string, string>,
  addressee: Person,
  lang: Lang,
): string {
  let out = template.replace(/\[\[([^\]]*)\]\]/g, (_m, alts: string) => rng.pick(alts.split("|")));
  out = out.replace(/\{g:([^|}]*)\|([^}]*)\}/g, (_m, f: string, m: string) =>
    addressee.gender === "f" ? f : m,
  );
  out = out.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (key === "first") return addressee.first;
    if (key === "last") return addressee.last;
    if (key === "title") return TITLES[lang][addressee.gender];
    const v = slots[key];
    if (v === undefined) throw new Error(`unknown slot {${key}} in template: ${template.slice(0, 60)}`);
    return v;
  });
  return out;
}
