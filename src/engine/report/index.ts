export { dateTime, escapeHtml, percent } from "./format.ts";
export {
  buildReport,
  type FindingTypeCount,
  quantile,
  type RecruiterCompliance,
  type ReportModel,
} from "./model.ts";
export { csvCell, renderCsv } from "./render-csv.ts";
export { renderHtml } from "./render-html.ts";
export { renderJson, renderText } from "./render-text.ts";
