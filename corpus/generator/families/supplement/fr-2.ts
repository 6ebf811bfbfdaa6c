/** Supplementary fr template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_FR_2: Family[] = [];
