/** Every template family of the corpus, all languages. */
import { DE } from "./de.ts";
import { DE_MORE } from "./de-more.ts";
import { EN } from "./en.ts";
import { EN_EXTRA } from "./en-extra.ts";
import { EN_MORE } from "./en-more.ts";
import { ES } from "./es.ts";
import { ES_MORE } from "./es-more.ts";
import { FR } from "./fr.ts";
import { FR_MORE } from "./fr-more.ts";
import { NL } from "./nl.ts";
import { NL_MORE } from "./nl-more.ts";
import { PT } from "./pt.ts";
import { PT_MORE } from "./pt-more.ts";
import type { Family } from "./types.ts";

export const ALL_FAMILIES: Family[] = [
  ...EN,
  ...EN_MORE,
  ...EN_EXTRA,
  ...FR,
  ...FR_MORE,
  ...DE,
  ...DE_MORE,
  ...ES,
  ...ES_MORE,
  ...PT,
  ...PT_MORE,
  ...NL,
  ...NL_MORE,
];
