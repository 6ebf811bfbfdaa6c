/**
 * Quiet hours in the recipient's own time zone. All wall-clock arithmetic goes through
 * `@date-fns/tz`, so a deferral across a DST change lands on the local end time, not an hour off.
 */
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { QuietHours } from "./config.ts";

function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * When the quiet hours that contain `now` end, in `timeZone`; `null` when `now` is outside them
 * (or there are none). Windows with `start > end` span midnight.
 *
 * @example
 * // 23:00 in Berlin the night before the spring-forward: ends at 08:00 CEST = 06:00Z
 * quietHoursEnd(new Date("2026-03-28T22:00:00Z"), { start: "20:00", end: "08:00" }, "Europe/Berlin")
 * // → 2026-03-29T06:00:00.000Z
 */
export function quietHoursEnd(
  now: Date,
  quiet: QuietHours | null | undefined,
  timeZone: string,
): Date | null {
  if (!quiet) return null;
  const local = new TZDate(now.getTime(), timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const spansMidnight = start > end;
  const inside = spansMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return null;
  // The end is today (local) unless we are in the evening part of a window that spans midnight.
  const endDay = spansMidnight && minute >= start ? addDays(local, 1) : local;
  const endAt = new TZDate(
    endDay.getFullYear(),
    endDay.getMonth(),
    endDay.getDate(),
    Math.floor(end / 60),
    end % 60,
    0,
    0,
    timeZone,
  );
  return new Date(endAt.getTime());
}

/**
 * The earliest instant at or after `now` outside the quiet hours.
 *
 * @example
 * deliverAt(new Date("2026-03-02T12:00:00Z"), { start: "20:00", end: "08:00" }, "UTC") // now itself
 */
export function deliverAt(now: Date, quiet: QuietHours | null | undefined, timeZone: string): Date {
  return quietHoursEnd(now, quiet, timeZone) ?? now;
}
