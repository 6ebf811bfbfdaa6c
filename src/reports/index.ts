/**
 * Weekly report delivery: the HTML email (Outlook/Gmail-safe), the CSV of open findings, the
 * archive with permalinks, the per-tenant schedule and the cron runner. The report model itself
 * is the engine's (`src/engine/report`).
 */
export {
  ARCHIVE_FORMAT,
  type ArchivedReport,
  archiveReport,
  getArchivedReport,
  listArchivedReports,
  reportId,
} from "./archive.ts";
export { CSV_COLUMNS, csvCell, findingCsvRow, reportCsv } from "./csv.ts";
export { EMAIL_FINDINGS_MAX, type ReportEmail, type ReportLinks, renderReportEmail } from "./email.ts";
export {
  type DeliverDeps,
  deliverWeeklyReport,
  type GenerateDeps,
  generateWeeklyReport,
  type ReportRunResult,
  runWeeklyReports,
  type ScheduledTenant,
} from "./generate.ts";
export {
  ReportSchedule,
  type ReportScheduleInput,
  type WeeklyReportDue,
  weeklyReportDue,
  weekPeriod,
  weekStartOf,
} from "./schedule.ts";
