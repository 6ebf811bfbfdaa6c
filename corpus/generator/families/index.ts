/** Every template family of the corpus, all languages. */
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { NL } from "./nl.ts";
import { PT } from "./pt.ts";
import type { Family } from "./types.ts";

export const ALL_FAMILIES: Family[] = [...EN, ...FR, ...DE, ...ES, ...PT, ...NL];
