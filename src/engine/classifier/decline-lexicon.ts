/**
 * Word sets that compose a declining act in each of the six languages, for the classifier's
 * composed-decline reading: a negation near a progression word and the candidacy ("we are unable
 * to progress your application", "nous ne pouvons pas donner suite à votre candidature", "wir können Ihre Bewerbung leider nicht weiter berücksichtigen", "no vamos a
 * continuar con tu candidatura", "não vamos prosseguir com a sua candidatura", "we gaan niet
 * verder met je sollicitatie"), or someone else being chosen ("wir haben uns für einen anderen
 * Kandidaten entschieden"). Words are normalised as the tokeniser leaves them: lower case, no
 * diacritics, apostrophes split (`n'a` = `n a`).
 */
import type { Lang } from "./phrases.ts";

/** One language's word sets. */
export interface DeclineLexicon {
  negation: ReadonlySet<string>;
  /** Verbs and particles of a candidacy going on, and "matches"/"fits" verbs. */
  progression: ReadonlySet<string>;
  /** The candidacy or the candidate. */
  candidacy: ReadonlySet<string>;
  /** "another", "other". */
  otherPerson: ReadonlySet<string>;
  /** Who else: candidate, applicant, profile, person. */
  person: ReadonlySet<string>;
  /** Choosing verbs, before or after the other person (verb-final clauses in German and Dutch). */
  chose: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** The composed-decline word sets of each language. */
export const DECLINE_LEXICON: Record<Lang, DeclineLexicon> = {
  en: {
    // The `n't` forms (`won t`, `can t`) are read by the classifier from the token before "t".
    negation: set("not never unable cannot"),
    progression: set(
      "progress progressing proceed proceeding advance advancing continue continuing pursue pursuing forward ahead further offer extend extending invite inviting shortlist shortlisted successful match",
    ),
    candidacy: set("application candidacy candidature you your profile cv resume offer"),
    otherPerson: set("another other else"),
    person: set("candidate candidates applicant applicants person someone profile profiles"),
    chose: set(
      "chosen chose selected hired filled offered appointed decided move moving proceed proceeding go going gone went pursue pursuing",
    ),
  },
  fr: {
    negation: set("ne n pas plus jamais"),
    progression: set(
      "suite poursuivre poursuivrons continuer continuerons avancer retenir retenu retenue retenus selectionne selectionnee correspond correspondre convoquer inviter donner",
    ),
    candidacy: set("candidature candidat candidate votre vous profil dossier cv"),
    otherPerson: set("autre autres"),
    person: set("candidat candidats candidate candidates candidature candidatures profil profils personne"),
    chose: set(
      "choisi choisie retenu retenue selectionne selectionnee opte decide poursuivre privilegie embauche",
    ),
  },
  de: {
    negation: set("nicht kein keine keinen keiner nie"),
    progression: set(
      "weiter weiterhin berucksichtigen berucksichtigt fortsetzen fortfahren weiterverfolgen weiterfuhren einladen passt entspricht entsprechen engere naher naheren",
    ),
    candidacy: set(
      "bewerbung bewerbungsunterlagen kandidatur ihre ihr ihnen sie dich dir deine dein profil unterlagen",
    ),
    otherPerson: set("anderen andere anderer anderes weitere"),
    person: set(
      "kandidaten kandidatin kandidat bewerber bewerberin bewerbern bewerberinnen profil profile person personen",
    ),
    chose: set("entschieden ausgewahlt gewahlt besetzt vergeben eingestellt entscheiden"),
  },
  es: {
    negation: set("no nunca"),
    progression: set(
      "continuar continuaremos avanzar avanzaremos seguir seguiremos proseguir adelante seleccionada seleccionado considerar encaja ajusta corresponde coincide",
    ),
    candidacy: set("candidatura solicitud postulacion perfil tu su usted ti cv"),
    otherPerson: set("otro otra otros otras"),
    person: set(
      "candidato candidata candidatos candidatas perfil perfiles persona personas postulante postulantes",
    ),
    chose: set(
      "elegido elegida seleccionado seleccionada decidido optado continuar avanzar seguir contratado contratada",
    ),
  },
  pt: {
    negation: set("nao nunca"),
    progression: set(
      "prosseguir prosseguiremos seguir seguiremos avancar avancaremos continuar continuaremos selecionada selecionado andamento sequencia seguimento corresponde encaixa adequa",
    ),
    candidacy: set("candidatura perfil sua seu voce inscricao aplicacao cv"),
    otherPerson: set("outro outra outros outras"),
    person: set("candidato candidata candidatos candidatas perfil perfis pessoa pessoas"),
    chose: set(
      "escolhido escolhida selecionado selecionada decidimos optamos seguir prosseguir contratado contratada",
    ),
  },
  nl: {
    negation: set("niet geen nooit"),
    progression: set(
      "verder door voortzetten doorgaan verdergaan meenemen uitnodigen weerhouden volgende past aansluit overeenkomt",
    ),
    candidacy: set("sollicitatie kandidatuur profiel je jou jouw u uw jij cv"),
    otherPerson: set("andere anderen"),
    person: set("kandidaat kandidaten sollicitant sollicitanten profiel profielen persoon kandidate"),
    chose: set("gekozen geselecteerd besloten aangenomen gegaan"),
  },
};
