/**
 * The fictional world the corpus is set in: organisations (with their domains, ATS and booking
 * tools), recruiters, candidates, roles. All names and addresses are invented.
 */
import type { Lang } from "./lang.ts";
import type { Rng } from "./prng.ts";

export type Gender = "f" | "m";
export interface Person {
  first: string;
  last: string;
  gender: Gender;
}

export const FIRST_NAMES: Record<Lang, { f: string[]; m: string[] }> = {
  en: {
    f: [
      "Emily",
      "Hannah",
      "Olivia",
      "Grace",
      "Priya",
      "Chloe",
      "Megan",
      "Aisha",
      "Rachel",
      "Lauren",
      "Mei",
      "Zoe",
      "Naomi",
      "Sofia",
      "Keisha",
      "Abigail",
    ],
    m: [
      "James",
      "Daniel",
      "Ethan",
      "Marcus",
      "Ryan",
      "Kwame",
      "Owen",
      "Nathan",
      "Arjun",
      "Tyler",
      "Samuel",
      "Connor",
      "Diego",
      "Liam",
      "Jordan",
      "Hiroshi",
    ],
  },
  fr: {
    f: [
      "Camille",
      "Léa",
      "Chloé",
      "Manon",
      "Inès",
      "Élodie",
      "Sophie",
      "Aurélie",
      "Mathilde",
      "Océane",
      "Hélène",
      "Amélie",
    ],
    m: [
      "Julien",
      "Thomas",
      "Maxime",
      "Hugo",
      "Théo",
      "Nicolas",
      "Jérôme",
      "Karim",
      "François",
      "Benoît",
      "Loïc",
      "Rémi",
    ],
  },
  de: {
    f: [
      "Anna",
      "Lena",
      "Katharina",
      "Jana",
      "Sabine",
      "Miriam",
      "Jülide",
      "Franziska",
      "Lisa",
      "Anja",
      "Sophie",
      "Marlene",
    ],
    m: [
      "Lukas",
      "Jonas",
      "Florian",
      "Tobias",
      "Jürgen",
      "Sebastian",
      "Mehmet",
      "Maximilian",
      "Stefan",
      "Björn",
      "Matthias",
      "Niklas",
    ],
  },
  es: {
    f: [
      "Lucía",
      "María",
      "Carmen",
      "Paula",
      "Sofía",
      "Marta",
      "Andrea",
      "Begoña",
      "Ainhoa",
      "Valentina",
      "Inés",
      "Elena",
    ],
    m: [
      "Javier",
      "Alejandro",
      "Pablo",
      "Sergio",
      "Íñigo",
      "Andrés",
      "Álvaro",
      "Diego",
      "Jorge",
      "Raúl",
      "Tomás",
      "Mateo",
    ],
  },
  pt: {
    f: [
      "Ana",
      "Beatriz",
      "Júlia",
      "Mariana",
      "Camila",
      "Letícia",
      "Fernanda",
      "Inês",
      "Larissa",
      "Gabriela",
      "Joana",
      "Débora",
    ],
    m: [
      "João",
      "Pedro",
      "Lucas",
      "Rafael",
      "Gonçalo",
      "Thiago",
      "Vinícius",
      "André",
      "Bruno",
      "Tiago",
      "Felipe",
      "Caio",
    ],
  },
  nl: {
    f: [
      "Sanne",
      "Fleur",
      "Anouk",
      "Lotte",
      "Eva",
      "Iris",
      "Femke",
      "Noor",
      "Marloes",
      "Esther",
      "Ilse",
      "Yara",
    ],
    m: [
      "Daan",
      "Bram",
      "Sem",
      "Thijs",
      "Ruben",
      "Joost",
      "Pieter",
      "Niels",
      "Jeroen",
      "Stijn",
      "Wouter",
      "Koen",
    ],
  },
};

export const LAST_NAMES: Record<Lang, string[]> = {
  en: [
    "Carter",
    "Nguyen",
    "Okafor",
    "Whitfield",
    "Patel",
    "Brennan",
    "Holloway",
    "Castillo",
    "Fairbanks",
    "Lindqvist",
    "Osei",
    "Harrington",
    "Kowalski",
    "Delaney",
    "Achebe",
    "Thornton",
    "Yamada",
    "McAllister",
  ],
  fr: [
    "Lefèvre",
    "Moreau",
    "Girard",
    "Rousseau",
    "Benali",
    "Fontaine",
    "Chevalier",
    "Garnier",
    "Lemaître",
    "Dubois",
    "Mercier",
    "Faure",
    "Bérard",
    "N'Diaye",
  ],
  de: [
    "Schröder",
    "Müller",
    "Hoffmann",
    "Weiß",
    "Krüger",
    "Becker",
    "Wagner",
    "Schäfer",
    "Yılmaz",
    "Vogel",
    "Kühn",
    "Brandt",
    "Lehmann",
    "Fuchs",
  ],
  es: [
    "García",
    "Fernández",
    "Martínez",
    "López",
    "Sánchez",
    "Romero",
    "Navarro",
    "Ibáñez",
    "Muñoz",
    "Ortega",
    "Rubio",
    "Castaño",
    "Domínguez",
    "Herrera",
  ],
  pt: [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Conceição",
    "Ferreira",
    "Araújo",
    "Gonçalves",
    "Ribeiro",
    "Magalhães",
    "Carvalho",
    "Simões",
    "Lourenço",
    "Brandão",
  ],
  nl: [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Dekker",
    "van Dijk",
    "Brouwer",
    "Hendriks",
    "Verhoeven",
  ],
};

export const ROLES: Record<Lang, string[]> = {
  en: [
    "Senior Backend Engineer",
    "Product Designer",
    "Data Analyst",
    "Account Executive",
    "Customer Success Manager",
    "Site Reliability Engineer",
    "Marketing Coordinator",
    "Financial Controller",
    "Technical Writer",
    "Machine Learning Engineer",
    "Warehouse Operations Lead",
    "Frontend Developer (React)",
    "HR Business Partner",
    "Sales Development Representative",
    "QA Engineer",
  ],
  fr: [
    "Développeur·se Full-Stack",
    "Chef de projet digital",
    "Comptable fournisseurs",
    "Ingénieur DevOps",
    "Chargée de recrutement",
    "Responsable logistique",
    "Data Scientist",
    "Commercial terrain",
    "Assistant(e) de direction",
    "Product Owner",
  ],
  de: [
    "Softwareentwickler (m/w/d)",
    "Werkstudent Marketing (m/w/d)",
    "Projektleiter Elektrotechnik",
    "Buchhalter (m/w/d)",
    "IT-Systemadministrator",
    "Vertriebsmitarbeiter Innendienst",
    "Data Engineer",
    "Personalreferent (m/w/d)",
    "UX Designer",
    "Teamleiter Logistik",
  ],
  es: [
    "Desarrollador/a Backend",
    "Analista de datos",
    "Técnico de soporte",
    "Responsable de marketing digital",
    "Administrativo/a contable",
    "Ingeniero/a de calidad",
    "Diseñador/a UX",
    "Comercial B2B",
    "Jefe/a de proyecto",
    "Especialista en nóminas",
  ],
  pt: [
    "Desenvolvedor(a) Java Pleno",
    "Analista de RH",
    "Engenheiro(a) de Dados",
    "Assistente Administrativo",
    "Analista Financeiro",
    "Designer de Produto",
    "Executivo(a) de Vendas",
    "Coordenador(a) de Logística",
    "Analista de Suporte",
    "Gerente de Projetos",
  ],
  nl: [
    "Medior Java-ontwikkelaar",
    "Marketingmedewerker",
    "Financieel administrateur",
    "Teamleider klantenservice",
    "Data-analist",
    "Recruiter",
    "Projectmanager",
    "Servicemonteur",
    "Beleidsadviseur",
    "Office manager",
  ],
};

export type AtsVendor =
  | "greenhouse"
  | "lever"
  | "workday"
  | "smartrecruiters"
  | "ashby"
  | "teamtailor"
  | "personio"
  | "none";
export type BookingTool = "calendly" | "goodtime" | "calcom" | "msbookings" | "google";

export interface Org {
  name: string;
  domain: string;
  /** Careers subdomain the ATS sends from. */
  careersDomain: string;
  ats: AtsVendor;
  booking: BookingTool;
  langs: Lang[];
  zone: string;
  city: string;
  street: string;
}

/** Fictional organisations; every message in the corpus belongs to exactly one of them. */
export const ORGS: Org[] = [
  {
    name: "Northwind Talent",
    domain: "northwind-talent.example",
    careersDomain: "careers.northwind-talent.example",
    ats: "greenhouse",
    booking: "goodtime",
    langs: ["en"],
    zone: "America/New_York",
    city: "Boston, MA",
    street: "200 Harbor Street",
  },
  {
    name: "Acme Robotics",
    domain: "acme-robotics.example",
    careersDomain: "jobs.acme-robotics.example",
    ats: "lever",
    booking: "calendly",
    langs: ["en", "de"],
    zone: "America/Chicago",
    city: "Austin, TX",
    street: "1400 Congress Avenue",
  },
  {
    name: "Brightline Health",
    domain: "brightline-health.example",
    careersDomain: "talent.brightline-health.example",
    ats: "workday",
    booking: "msbookings",
    langs: ["en", "es"],
    zone: "Europe/London",
    city: "London",
    street: "18 Clerkenwell Road",
  },
  {
    name: "Lumière Analytique",
    domain: "lumiere-analytique.example",
    careersDomain: "recrutement.lumiere-analytique.example",
    ats: "smartrecruiters",
    booking: "calcom",
    langs: ["fr", "en"],
    zone: "Europe/Paris",
    city: "Lyon",
    street: "12 rue de la République",
  },
  {
    name: "Bergmann Logistik",
    domain: "bergmann-logistik.example",
    careersDomain: "karriere.bergmann-logistik.example",
    ats: "personio",
    booking: "msbookings",
    langs: ["de"],
    zone: "Europe/Berlin",
    city: "Hamburg",
    street: "Speicherstraße 7",
  },
  {
    name: "Solara Energía",
    domain: "solara-energia.example",
    careersDomain: "empleo.solara-energia.example",
    ats: "teamtailor",
    booking: "google",
    langs: ["es", "pt"],
    zone: "Europe/Madrid",
    city: "Valencia",
    street: "Calle de Colón 31",
  },
  {
    name: "Tulpenveld Software",
    domain: "tulpenveld.example",
    careersDomain: "werkenbij.tulpenveld.example",
    ats: "teamtailor",
    booking: "calendly",
    langs: ["nl", "en"],
    zone: "Europe/Amsterdam",
    city: "Utrecht",
    street: "Oudegracht 88",
  },
  {
    name: "Vértice Digital",
    domain: "vertice-digital.example",
    careersDomain: "carreiras.vertice-digital.example",
    ats: "ashby",
    booking: "calcom",
    langs: ["pt"],
    zone: "America/Sao_Paulo",
    city: "São Paulo",
    street: "Av. Paulista 1200",
  },
  {
    name: "Quillstone Finance",
    domain: "quillstone.example",
    careersDomain: "quillstone.example",
    ats: "ashby",
    booking: "google",
    langs: ["en", "fr"],
    zone: "Europe/London",
    city: "Manchester",
    street: "3 Spinningfields",
  },
  {
    name: "Helvetic Maschinenbau",
    domain: "helvetic-mb.example",
    careersDomain: "jobs.helvetic-mb.example",
    ats: "smartrecruiters",
    booking: "goodtime",
    langs: ["de", "fr"],
    zone: "Europe/Zurich",
    city: "Basel",
    street: "Rheinweg 21",
  },
  {
    name: "Atlântico Seguros",
    domain: "atlantico-seguros.example",
    careersDomain: "atlantico-seguros.example",
    ats: "workday",
    booking: "msbookings",
    langs: ["pt", "es"],
    zone: "Europe/Lisbon",
    city: "Lisboa",
    street: "Rua Augusta 150",
  },
  {
    name: "Polder Energie",
    domain: "polder-energie.example",
    careersDomain: "polder-energie.example",
    ats: "none",
    booking: "msbookings",
    langs: ["nl"],
    zone: "Europe/Amsterdam",
    city: "Rotterdam",
    street: "Weena 505",
  },
];

/** Free-mail domains candidates write from, per language. */
export const CANDIDATE_DOMAINS: Record<Lang, string[]> = {
  en: ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com"],
  fr: ["gmail.com", "orange.fr", "hotmail.fr", "free.fr", "laposte.net", "proton.me"],
  de: ["gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.de", "posteo.de"],
  es: ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "proton.me"],
  pt: ["gmail.com", "hotmail.com", "uol.com.br", "sapo.pt", "outlook.com.br", "bol.com.br"],
  nl: ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "proton.me"],
};

/** Vendors that send to the org (sales, job boards), invented. */
export const VENDOR_DOMAINS = [
  "hirewave-software.example",
  "talentpulse.example",
  "jobspring-board.example",
  "cvlibrary-jobs.example",
  "offerlane.example",
  "meetingsync.example",
];

/** Free of diacritics and spaces, for address local parts. @example slug("Jérôme de Vries") // "jerome.devries" */
export function slug(text: string, sep = "."): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/ß/g, "ss")
    .replace(/'/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^\\${sep}|\\${sep}$`, "g"), "");
}

/** A random person of a language. */
export function person(rng: Rng, lang: Lang): Person {
  const gender: Gender = rng.chance(0.5) ? "f" : "m";
  return { first: rng.pick(FIRST_NAMES[lang][gender]), last: rng.pick(LAST_NAMES[lang]), gender };
}

/** A candidate's free-mail address. */
export function candidateAddress(rng: Rng, p: Person, lang: Lang): string {
  const f = slug(p.first, "");
  const l = slug(p.last, "");
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}${rng.int(1, 99)}`,
    `${f[0]}${l}`,
    `${f}_${l}`,
    `${l}.${f}${rng.int(80, 99)}`,
    `${f}.${l}.${rng.int(1990, 2003)}`,
  ]);
  return `${local}@${rng.pick(CANDIDATE_DOMAINS[lang])}`;
}

/** An employee's address at an org. */
export function orgAddress(p: Person, org: Org): string {
  return `${slug(p.first, "")}.${slug(p.last, "")}@${org.domain}`;
}
