/**
 * When a tenant's weekly report is due, in the tenant's own time zone (default Monday 08:00), and
 * which week it covers: the last complete ISO week (Monday 00:00 → Monday 00:00, local) before
 * the scheduled time. DST-safe through `@date-fns/tz`.
 */
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { z } from "zod";
import { EmailChannel } from "../alerts/config.ts";
import type { TenantSettings } from "../engine/settings.ts";

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour), e.g. 08:00");

/** A tenant's report schedule and recipients. */
export const ReportSchedule = z.object({
  enabled: z.boolean().default(true),
  /** ISO day of week: 1 = Monday … 7 = Sunday. */
  day: z.number().int().min(1).max(7).default(1),
  /** Local time of the tenant's zone. */
  time: ClockTime.default("08:00"),
  /** Who receives the tenant-wide report (HR ops). Empty: no tenant-wide email (still archived). */
  recipients: z.array(z.email()).default([]),
  /** Also one report per team, to its lead (`settings.teams[team].lead`) and `teamRecipients[team]`. */
  perTeam: z.boolean().default(true),
  teamRecipients: z.record(z.string(), z.array(z.email())).default({}),
  /** How the report email leaves (the tenant's own Graph or Gmail service mailbox). */
  sender: EmailChannel.optional(),
  /** A missed run (Worker down) is still sent if within this many hours of the scheduled time. */
  catchUpHours: z.number().positive().max(167).default(24),
});
export type ReportSchedule = z.infer<typeof ReportSchedule>;
export type ReportScheduleInput = z.input<typeof ReportSchedule>;

export interface WeeklyReportDue {
  due: boolean;
  /** The most recent scheduled instant at or before `now`. */
  scheduledAt: Date;
  /** The covered week's Monday, `YYYY-MM-DD` in the tenant's zone. */
  weekStart: string;
  /** [start, end) of the covered week as instants. */
  period: { start: Date; end: Date };
}

function isoDay(d: Date): number {
  const day = d.getDay();
  return day === 0 ? 7 : day;
}

function at(local: Date, hours: number, minutes: number, timeZone: string): TZDate {
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hours, minutes, 0, 0, timeZone);
}

/**
 * The instants that bound a report week starting on `weekStart` (local midnight to local
 * midnight seven days later; 167 or 169 hours across a DST change).
 *
 * @example
 * weekPeriod("2026-03-23", "Europe/Berlin") // { start: 2026-03-22T23:00Z, end: 2026-03-29T22:00Z }
 */
export function weekPeriod(weekStart: string, timeZone: string): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(weekStart);
  if (!m) throw new Error(`weekStart must be YYYY-MM-DD, got "${weekStart}"`);
  const start = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 0, 0, 0, 0, timeZone);
  if (format(start, "yyyy-MM-dd") !== weekStart)
    throw new Error(`weekStart is not a calendar date: "${weekStart}"`);
  const end = at(addDays(start, 7), 0, 0, timeZone);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/**
 * The Monday (`YYYY-MM-DD`, tenant zone) of the ISO week containing `instant`.
 *
 * @example
 * weekStartOf(new Date("2026-03-05T10:00:00Z"), "Europe/Berlin") // "2026-03-02"
 */
export function weekStartOf(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return format(addDays(local, -(isoDay(local) - 1)), "yyyy-MM-dd");
}

/**
 * Is the weekly report due at `now`? It is from the scheduled time (tenant zone) for
 * `catchUpHours`, unless `lastDeliveredWeekStart` says this week's report already went out.
 *
 * @example
 * weeklyReportDue(settings, new Date("2026-03-09T07:05:00Z"), ReportSchedule.parse({}))
 * // Berlin, Monday 08:05 → { due: true, weekStart: "2026-03-02", … }
 */
export function weeklyReportDue(
  settings: Pick<TenantSettings, "timeZone">,
  now: Date,
  schedule: ReportSchedule,
  lastDeliveredWeekStart?: string | null,
): WeeklyReportDue {
  const tz = settings.timeZone;
  const local = new TZDate(now.getTime(), tz);
  const [hours, minutes] = schedule.time.split(":").map(Number) as [number, number];
  const monday = addDays(local, -(isoDay(local) - 1));
  let scheduled = at(addDays(monday, schedule.day - 1), hours, minutes, tz);
  if (scheduled.getTime() > now.getTime())
    scheduled = at(addDays(monday, schedule.day - 1 - 7), hours, minutes, tz);
  const scheduledMonday = addDays(scheduled, -(isoDay(scheduled) - 1));
  const weekStart = format(addDays(scheduledMonday, -7), "yyyy-MM-dd");
  const period = weekPeriod(weekStart, tz);
  const withinWindow = now.getTime() - scheduled.getTime() < schedule.catchUpHours * 3_600_000;
  return {
    due: schedule.enabled && withinWindow && lastDeliveredWeekStart !== weekStart,
    scheduledAt: new Date(scheduled.getTime()),
    weekStart,
    period,
  };
}
