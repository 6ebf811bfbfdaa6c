/** Supplementary en template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_EN_K: Family[] = [];
