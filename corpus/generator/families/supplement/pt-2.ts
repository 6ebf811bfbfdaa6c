/** Supplementary pt template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_PT_2: Family[] = [];
