/**
 * Time-zone names as providers write them, to IANA zones. Outlook/Exchange and Graph use Windows
 * names ("W. Europe Standard Time"), sometimes behind a `tzone://Microsoft/` prefix; iCalendar
 * files use IANA names, vendor-prefixed ones ("/mozilla.org/20070129_1/Europe/Paris") or Windows
 * names. The Windows table is CLDR's windowsZones (package `windows-iana`), first (territory 001)
 * zone of each name.
 */
import { findIana } from "windows-iana";
import { isValidTimeZone } from "./settings.ts";

const MS_PREFIX = "tzone://Microsoft/";

/**
 * The IANA zone for a provider's zone name, or null when it names none.
 *
 * @example
 * toIanaZone("Pacific Standard Time"); // "America/Los_Angeles"
 * toIanaZone("tzone://Microsoft/Utc"); // "Etc/UTC"
 * toIanaZone("/mozilla.org/20070129_1/Europe/Paris"); // "Europe/Paris"
 * toIanaZone("Europe/Paris"); // "Europe/Paris"
 */
export function toIanaZone(name: string | null | undefined): string | null {
  if (!name) return null;
  let zone = name.trim();
  if (zone.startsWith(MS_PREFIX)) zone = zone.slice(MS_PREFIX.length);
  if (/^(utc|coordinated universal time)$/i.test(zone)) return "Etc/UTC";
  const windows = findIana(zone)[0];
  if (windows) return windows;
  const candidates = [zone, zone.replace(/^\/+/, ""), zone.replace(/^.*?\/(?=[A-Z][a-z]+\/)/, "")];
  for (const candidate of candidates) {
    if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(candidate) && isValidTimeZone(candidate)) return candidate;
  }
  return null;
}
