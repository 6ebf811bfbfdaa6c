/**
 * The audit engine's public surface: the model and settings contracts, `audit`, the report
 * model and its renderers, the SLA clock, and the building blocks for callers that need them.
 */
export * from "./audit.ts";
export * from "./model.ts";
export { draftRepair } from "./repair/index.ts";
export * from "./report/index.ts";
export * from "./settings.ts";
export {
  addBusinessDays,
  businessCalendar,
  businessDaysBetween,
  businessHoursBetween,
  slaWindow,
} from "./sla/index.ts";
export { buildTimelines, candidateIdFor, directionResolver } from "./timeline/index.ts";
