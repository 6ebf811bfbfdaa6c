/**
 * The SLA clock: business time in the organisation's time zone. Business hours and days come
 * from the tenant settings; weekends, public holidays (`date-holidays`) and custom dates are
 * closed. Wall-clock conversions go through `TZDate` from `@date-fns/tz`, so every business
 * day's opening and closing instant is right across DST changes. A candidate's own time zone
 * never enters: the clock is the organisation's.
 *
 * Business "days" are measured in business-day lengths: 1.5 business days with 09:00–17:00
 * hours is 12 business hours.
 */
import { TZDate } from "@date-fns/tz";
import type { TenantSettings } from "../settings.ts";
import { holidayDates, isKnownHolidayCode } from "./holidays.ts";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;
/** Guard against a calendar with no business day at all (e.g. every day a holiday). */
const MAX_DAYS_SCANNED = 3660;

/** Opening and closing instant (epoch ms) of one local business day, or null when closed. */
type Window = readonly [open: number, close: number] | null;

/** A business calendar built once per settings object; windows are cached per local day. */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Length of one business day in ms. */
  readonly dayMs: number;
  /** Problems with the settings (unknown holiday code…), named. */
  readonly warnings: readonly string[];
  /** Business ms between two instants (0 when `to <= from`). */
  elapsedMs(from: number, to: number): number;
  /** The instant when `ms` business milliseconds have passed after `from`. */
  addMs(from: number, ms: number): number;
  /** Is this instant inside business hours? */
  isOpen(at: number): boolean;
  /** Is this local date (`YYYY-MM-DD`) a holiday (built-in or custom)? */
  isHoliday(date: string): boolean;
}

const calendars = new WeakMap<TenantSettings, BusinessCalendar>();

function parseClock(hhmm: string): [number, number] {
  const [h, m] = hhmm.split(":");
  return [Number(h), Number(m)];
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The business calendar of a tenant (cached per settings object).
 *
 * @example
 * const cal = businessCalendar(settings);
 * cal.elapsedMs(Date.parse("2026-03-06T16:00:00Z"), Date.parse("2026-03-09T10:00:00Z"));
 */
export function businessCalendar(settings: TenantSettings): BusinessCalendar {
  const cached = calendars.get(settings);
  if (cached) return cached;
  const cal = createCalendar(settings);
  calendars.set(settings, cal);
  return cal;
}

function createCalendar(settings: TenantSettings): BusinessCalendar {
  const tz = settings.timeZone;
  const [sh, sm] = parseClock(settings.businessHours.start);
  const [eh, em] = parseClock(settings.businessHours.end);
  const days = new Set(settings.businessHours.days);
  const custom = new Set(settings.holidays.dates);
  const codes = settings.holidays.countries;
  const warnings: string[] = [];
  for (const code of codes) {
    if (!isKnownHolidayCode(code))
      warnings.push(`holidays: unknown country/region code ${code}; no public holidays applied for it`);
  }
  const dayMs = (eh * 60 + em - (sh * 60 + sm)) * 60_000;
  /** Window cache keyed by local day number (days since 1970-01-01 on the local calendar). */
  const windows = new Map<number, Window>();

  function isHoliday(date: string): boolean {
    if (custom.has(date)) return true;
    const year = Number(date.slice(0, 4));
    for (const code of codes) if (holidayDates(code, year).has(date)) return true;
    return false;
  }

  /** Window of local day number `day` (calendar arithmetic only; wall clock through TZDate). */
  function windowOf(day: number): Window {
    const hit = windows.get(day);
    if (hit !== undefined) return hit;
    const date = new Date(day * DAY_MS);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const d = date.getUTCDate();
    const isoDay = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    let w: Window = null;
    if (days.has(isoDay) && !isHoliday(`${y}-${pad(m + 1)}-${pad(d)}`)) {
      w = [new TZDate(y, m, d, sh, sm, tz).getTime(), new TZDate(y, m, d, eh, em, tz).getTime()];
    }
    windows.set(day, w);
    return w;
  }

  /**
   * Local day number of an instant. `TZDate` asks `Intl` for the offset, the hot spot of a large
   * audit, so the answer is cached per 15-minute bucket (UTC offsets change on quarter hours).
   */
  const dayCache = new Map<number, number>();
  function localDay(at: number): number {
    const bucket = Math.floor(at / QUARTER_MS);
    let day = dayCache.get(bucket);
    if (day === undefined) {
      const t = new TZDate(bucket * QUARTER_MS, tz);
      day = Date.UTC(t.getFullYear(), t.getMonth(), t.getDate()) / DAY_MS;
      dayCache.set(bucket, day);
    }
    return day;
  }

  const noBusinessTime = (from: number) =>
    new Error(
      `business calendar: no business time found within ${MAX_DAYS_SCANNED} days of ${new Date(from).toISOString()} (check business days and holidays)`,
    );

  return {
    timeZone: tz,
    dayMs,
    warnings,
    isHoliday,
    isOpen(at) {
      const w = windowOf(localDay(at));
      return w !== null && at >= w[0] && at < w[1];
    },
    elapsedMs(from, to) {
      if (!(to > from)) return 0;
      let total = 0;
      const first = localDay(from);
      for (let day = first; day < first + MAX_DAYS_SCANNED; day++) {
        const w = windowOf(day);
        if (w === null) continue;
        if (w[0] >= to) break;
        const a = Math.max(w[0], from);
        const b = Math.min(w[1], to);
        if (b > a) total += b - a;
        if (w[1] >= to) break;
      }
      return total;
    },
    addMs(from, ms) {
      let left = ms;
      const first = localDay(from);
      for (let day = first; day < first + MAX_DAYS_SCANNED; day++) {
        const w = windowOf(day);
        if (w === null) continue;
        const a = Math.max(w[0], from);
        if (a >= w[1]) continue;
        const avail = w[1] - a;
        if (left <= avail) return a + left;
        left -= avail;
      }
      throw noBusinessTime(from);
    },
  };
}

/**
 * The instant when `days` business days (fractions allowed) have passed after `start`. A start
 * outside business hours counts from the next opening.
 *
 * @example
 * // Friday 18:00 in Chicago + 2 business days = Tuesday 17:00 Chicago time
 * addBusinessDays(new Date("2026-03-06T18:00:00-06:00"), 2, settings)
 */
export function addBusinessDays(start: Date, days: number, settings: TenantSettings): Date {
  const cal = businessCalendar(settings);
  return new Date(cal.addMs(start.getTime(), days * cal.dayMs));
}

/**
 * Business hours between two instants (0 when `to` is not after `from`).
 *
 * @example
 * businessHoursBetween(new Date("2026-03-09T09:00:00Z"), new Date("2026-03-10T09:00:00Z"), utcSettings) // 8
 */
export function businessHoursBetween(from: Date, to: Date, settings: TenantSettings): number {
  return businessCalendar(settings).elapsedMs(from.getTime(), to.getTime()) / HOUR_MS;
}

/**
 * Business days (in business-day lengths) between two instants.
 *
 * @example
 * businessDaysBetween(new Date("2026-03-09T09:00:00Z"), new Date("2026-03-11T09:00:00Z"), utcSettings) // 2
 */
export function businessDaysBetween(from: Date, to: Date, settings: TenantSettings): number {
  const cal = businessCalendar(settings);
  return cal.elapsedMs(from.getTime(), to.getTime()) / cal.dayMs;
}

/** The deadline and the warning point of one SLA. */
export interface SlaWindow {
  dueAt: Date;
  warnAt: Date;
}

/**
 * Due instant and warning point (`settings.warningPoint` of the SLA) for an obligation.
 *
 * @example
 * slaWindow(new Date("2026-03-09T10:00:00Z"), 2, settings) // { dueAt: Wed 10:00, warnAt: Tue 15:48 }
 */
export function slaWindow(start: Date, days: number, settings: TenantSettings): SlaWindow {
  const cal = businessCalendar(settings);
  const from = start.getTime();
  const total = days * cal.dayMs;
  return {
    dueAt: new Date(cal.addMs(from, total)),
    warnAt: new Date(cal.addMs(from, total * settings.warningPoint)),
  };
}
