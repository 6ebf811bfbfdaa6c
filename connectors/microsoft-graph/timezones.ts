/**
 * Graph's `dateTimeTimeZone` (`{ dateTime: "2026-03-02T09:00:00.0000000", timeZone: "UTC" }`) to an
 * ISO instant. Graph answers in UTC unless `Prefer: outlook.timezone` is sent (the connector never
 * sends it), but `originalStartTimeZone` and eventMessage times may carry Windows zone names, which
 * `toIanaZone` maps to IANA.
 */
import { TZDate } from "@date-fns/tz";
import { toIanaZone } from "../../src/engine/time-zones.ts";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/**
 * Converts a Graph `dateTimeTimeZone` to an ISO-8601 UTC instant (`…Z`).
 * Returns an error string when the date or the zone cannot be read.
 *
 * @example
 * graphDateTimeToIso({ dateTime: "2026-03-02T09:00:00.0000000", timeZone: "Romance Standard Time" });
 * // { ok: true, value: "2026-03-02T08:00:00.000Z" }
 */
export function graphDateTimeToIso(value: {
  dateTime: string;
  timeZone?: string | null | undefined;
}): { ok: true; value: string } | { ok: false; error: string } {
  const raw = value.dateTime.trim();
  // A value that already carries an offset is an instant as is.
  if (/(Z|[+-]\d{2}:\d{2})$/.test(raw)) {
    const ms = Date.parse(raw);
    return Number.isNaN(ms)
      ? { ok: false, error: `unreadable dateTime ${JSON.stringify(raw)}` }
      : { ok: true, value: new Date(ms).toISOString() };
  }
  const m = LOCAL_DATE_TIME.exec(raw);
  if (!m) return { ok: false, error: `unreadable dateTime ${JSON.stringify(raw)}` };
  const zone = toIanaZone(value.timeZone ?? "UTC");
  if (!zone) return { ok: false, error: `unknown timeZone ${JSON.stringify(value.timeZone)}` };
  const millis = Number((m[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const date = new TZDate(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? "0"),
    millis,
    zone,
  );
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { ok: false, error: `invalid dateTime ${JSON.stringify(raw)} in ${zone}` };
  return { ok: true, value: new Date(ms).toISOString() };
}
