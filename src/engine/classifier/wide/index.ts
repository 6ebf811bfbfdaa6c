/**
 * The wider phrase tables of every language, merged into one table of the shape the classifier
 * compiles (see `PHRASE_TABLES` in `../phrases.ts`). English is kept in two files (organisation-side
 * and candidate-side intents) merged here.
 */
import type { Lang, PhraseGroup, Tiers } from "../phrases.ts";
import { WIDE_DE } from "./de.ts";
import { WIDE_EN_CAND } from "./en-cand.ts";
import { WIDE_EN_ORG } from "./en-org.ts";
import { WIDE_ES } from "./es.ts";
import { WIDE_FR } from "./fr.ts";
import { WIDE_NL } from "./nl.ts";
import { WIDE_PT } from "./pt.ts";

type Table = Partial<Record<PhraseGroup, Tiers>>;

/**
 * Concatenates tables group by group and tier by tier.
 * @example mergeTables({ offer: { s: ["a"] } }, { offer: { s: ["b"] } }) // { offer: { s: ["a", "b"] } }
 */
export function mergeTables(...tables: Table[]): Table {
  const out: Record<string, Record<string, string[]>> = {};
  for (const table of tables) {
    for (const [group, tiers] of Object.entries(table)) {
      const g = out[group] ?? {};
      out[group] = g;
      for (const [tier, phrases] of Object.entries(tiers ?? {}))
        g[tier] = [...(g[tier] ?? []), ...(phrases ?? [])];
    }
  }
  return out as Table;
}

/** The wider phrases, per language. */
export const WIDE_PHRASES: Record<Lang, Table> = {
  en: mergeTables(WIDE_EN_ORG, WIDE_EN_CAND),
  fr: WIDE_FR,
  de: WIDE_DE,
  es: WIDE_ES,
  pt: WIDE_PT,
  nl: WIDE_NL,
};
