/**
 * Invented names for the demo organisations' people and candidates (combinations of common
 * first and family names from several countries; any likeness to a real person is chance).
 */

export const FIRST_NAMES: Record<string, readonly string[]> = {
  en: [
    "Olivia",
    "Marcus",
    "Hannah",
    "Daniel",
    "Grace",
    "Samuel",
    "Chloe",
    "Isaac",
    "Ruby",
    "Nathan",
    "Aisha",
    "Leo",
    "Priya",
    "Tom",
    "Zara",
    "Ethan",
    "Maya",
    "Kwame",
    "Emily",
    "Ravi",
  ],
  fr: ["Camille", "Léa", "Hugo", "Manon", "Julien", "Inès", "Théo", "Clara", "Mathis", "Sarah"],
  de: ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Paul", "Johanna", "Moritz", "Katrin"],
  es: ["Lucía", "Mateo", "Sofía", "Diego", "Valeria", "Pablo", "Carmen", "Javier", "Elena", "Andrés"],
  pt: ["Beatriz", "João", "Mariana", "Pedro", "Larissa", "Rafael", "Camila", "Tiago", "Gabriela", "Bruno"],
  nl: ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Jesse", "Noor", "Ruben", "Eva", "Thijs"],
};

export const LAST_NAMES: Record<string, readonly string[]> = {
  en: [
    "Walker",
    "Okafor",
    "Patel",
    "Reid",
    "Campbell",
    "Nguyen",
    "Hughes",
    "Mensah",
    "Foster",
    "Khan",
    "Brennan",
    "Ellis",
    "Shah",
    "Murray",
    "Adeyemi",
    "Clarke",
  ],
  fr: ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Bernard", "Lambert"],
  de: ["Schneider", "Becker", "Hoffmann", "Wagner", "Krüger", "Vogel", "Zimmermann", "Braun"],
  es: ["García", "Martínez", "Navarro", "Romero", "Herrera", "Castillo", "Ortega", "Vidal"],
  pt: ["Souza", "Oliveira", "Ferreira", "Almeida", "Carvalho", "Ribeiro", "Costa", "Lima"],
  nl: ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Dekker"],
};

/** Domains of candidates' personal mail (reserved `.example` names, never real). */
export const CANDIDATE_DOMAINS = [
  "inbox.example",
  "mailpost.example",
  "freemail.example",
  "posteo.example",
  "webmail.example",
];

/**
 * A mail local part from a name: lower-case ASCII, dots between parts.
 *
 * @example
 * localPart("Léa de Vries") // "lea.de.vries" → "lea.devries"
 */
export function localPart(name: string): string {
  const [first = "", ...rest] = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .split(" ")
    .filter(Boolean);
  return `${first}.${rest.join("")}`;
}
