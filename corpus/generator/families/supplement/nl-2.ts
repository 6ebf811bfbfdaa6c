/** Supplementary nl template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_NL_2: Family[] = [];
