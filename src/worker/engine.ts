/**
 * The engine as the Worker runs it: the real `audit` and `classify`.
 */
import { audit } from "../engine/audit.ts";
import { classify } from "../engine/classifier/index.ts";
import type { EngineDeps } from "./reaudit.ts";

/** The production engine (the same code the CLI and the engine tests run). */
export const productionEngine: EngineDeps = { audit, classify };
