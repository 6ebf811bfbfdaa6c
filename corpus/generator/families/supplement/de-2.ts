/** Supplementary de template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

export const SUP_DE_2: Family[] = [];
