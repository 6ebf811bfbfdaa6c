/**
 * Wider phrasings for one language (es), written to generalise beyond the corpus families the
 * first tables were tuned on: each entry states an intent the way writers commonly do, with its
 * usual variants (person, tense, register, regional forms). Syntax and tiers: see `../phrases.ts`.
 */
import type { PhraseGroup, Tiers } from "../phrases.ts";

export const WIDE_ES: Partial<Record<PhraseGroup, Tiers>> = {};
