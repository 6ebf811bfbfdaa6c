/** Supplementary en template families, written for the corpus in a second pass (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_EN_B: Family[] = [];
