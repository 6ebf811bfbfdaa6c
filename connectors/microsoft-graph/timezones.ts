/**
 * Graph's `dateTimeTimeZone` (`{ dateTime: "2026-03-02T09:00:00.0000000", timeZone: "UTC" }`) to an
 * ISO instant. Graph answers in UTC unless `Prefer: outlook.timezone` is sent (the connector never
 * sends it), but `originalStartTimeZone` and eventMessage times may carry Windows zone names, so the
 * common Windows names are mapped to IANA (CLDR windowsZones, territory "001" rows).
 */
import { TZDate } from "@date-fns/tz";

/** Windows time-zone name → IANA zone (CLDR `windowsZones.xml`, default territory). */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: "Etc/UTC",
  "Coordinated Universal Time": "Etc/UTC",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "E. Europe Standard Time": "Europe/Chisinau",
  "FLE Standard Time": "Europe/Kiev",
  "GTB Standard Time": "Europe/Bucharest",
  "Russian Standard Time": "Europe/Moscow",
  "Turkey Standard Time": "Europe/Istanbul",
  "Israel Standard Time": "Asia/Jerusalem",
  "South Africa Standard Time": "Africa/Johannesburg",
  "Arabian Standard Time": "Asia/Dubai",
  "India Standard Time": "Asia/Calcutta",
  "China Standard Time": "Asia/Shanghai",
  "Singapore Standard Time": "Asia/Singapore",
  "Tokyo Standard Time": "Asia/Tokyo",
  "Korea Standard Time": "Asia/Seoul",
  "AUS Eastern Standard Time": "Australia/Sydney",
  "E. Australia Standard Time": "Australia/Brisbane",
  "W. Australia Standard Time": "Australia/Perth",
  "New Zealand Standard Time": "Pacific/Auckland",
  "Eastern Standard Time": "America/New_York",
  "Central Standard Time": "America/Chicago",
  "Mountain Standard Time": "America/Denver",
  "US Mountain Standard Time": "America/Phoenix",
  "Pacific Standard Time": "America/Los_Angeles",
  "Alaskan Standard Time": "America/Anchorage",
  "Hawaiian Standard Time": "Pacific/Honolulu",
  "Atlantic Standard Time": "America/Halifax",
  "Canada Central Standard Time": "America/Regina",
  "Central Standard Time (Mexico)": "America/Mexico_City",
  "SA Pacific Standard Time": "America/Bogota",
  "E. South America Standard Time": "America/Sao_Paulo",
  "Argentina Standard Time": "America/Buenos_Aires",
};

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Maps a Windows or IANA zone name to an IANA zone; null when unknown.
 *
 * @example
 * toIanaZone("Pacific Standard Time"); // "America/Los_Angeles"
 * toIanaZone("Europe/Paris"); // "Europe/Paris"
 */
export function toIanaZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  const trimmed = zone.trim();
  if (trimmed.startsWith("tzone://Microsoft/")) return toIanaZone(trimmed.slice("tzone://Microsoft/".length));
  if (/^utc$/i.test(trimmed)) return "Etc/UTC";
  const mapped = WINDOWS_TO_IANA[trimmed];
  if (mapped) return mapped;
  return isIanaZone(trimmed) ? trimmed : null;
}

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
