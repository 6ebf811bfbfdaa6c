/** Supplementary es template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_ES_2: Family[] = [];
