/**
 * Supplementary template families, written in a second pass by authors who had not read the
 * classifier's phrase tables, to widen the phrasings the corpus covers. They are planned apart
 * from the first-pass families (see `planSupplement` in `../../main.ts`) so that adding them
 * leaves every first-pass message, and the frozen test split, byte for byte as it was: they only
 * ever go to `train` or `dev`. Their family ids carry the prefix `x<tag>-`.
 */
import type { Family } from "../types.ts";
import { SUP_DE } from "./de.ts";
import { SUP_DE_2 } from "./de-2.ts";
import { SUP_EN_A } from "./en-a.ts";
import { SUP_EN_B } from "./en-b.ts";
import { SUP_EN_C } from "./en-c.ts";
import { SUP_EN_K } from "./en-k.ts";
import { SUP_ES } from "./es.ts";
import { SUP_ES_2 } from "./es-2.ts";
import { SUP_FR } from "./fr.ts";
import { SUP_FR_2 } from "./fr-2.ts";
import { SUP_NL } from "./nl.ts";
import { SUP_NL_2 } from "./nl-2.ts";
import { SUP_PT } from "./pt.ts";
import { SUP_PT_2 } from "./pt-2.ts";

/** Each supplement file's families with the tag that keeps their ids apart. */
export const SUPPLEMENT_FAMILIES: readonly { tag: string; families: readonly Family[] }[] = [
  { tag: "a", families: SUP_EN_A },
  { tag: "b", families: SUP_EN_B },
  { tag: "f", families: SUP_FR },
  { tag: "d", families: SUP_DE },
  { tag: "e", families: SUP_ES },
  { tag: "p", families: SUP_PT },
  { tag: "n", families: SUP_NL },
  // Second round, written after the first round's classifier tuning, by other authors.
  { tag: "c", families: SUP_EN_C },
  { tag: "k", families: SUP_EN_K },
  { tag: "r", families: SUP_FR_2 },
  { tag: "g", families: SUP_DE_2 },
  { tag: "s", families: SUP_ES_2 },
  { tag: "o", families: SUP_PT_2 },
  { tag: "l", families: SUP_NL_2 },
];
