/**
 * iCalendar helpers on top of ical.js, shared by the `text/calendar` part of a message and by
 * `.ics` files: parsing, TZID resolution (the file's own VTIMEZONE definitions first, then IANA
 * names), addresses and the iTIP summary of a calendar (`CalendarPart`).
 */
import { TZDate } from "@date-fns/tz";
import ICAL from "ical.js";
import type { CalendarPart, EmailAddress } from "../engine/model.ts";
import { toIanaZone } from "../engine/time-zones.ts";
import { errorMessage, ParseError } from "./errors.ts";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

/** A VCALENDAR parsed once, with its own time zone definitions. */
export interface ParsedCalendar {
  root: Component;
  zones: Map<string, Timezone>;
  /** Defects of the text that were repaired to parse it (reported as warnings by the callers). */
  repairs: string[];
}

/**
 * Parses iCalendar text into its VCALENDAR component. Throws `ParseError` when the text is not
 * iCalendar.
 *
 * @example
 * const cal = parseCalendarText("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
 */
export function parseCalendarText(text: string): ParsedCalendar {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.slice(0, 1024))) {
    throw new ParseError("not iCalendar data: it does not start with BEGIN:VCALENDAR");
  }
  let jcal: unknown;
  const repairs: string[] = [];
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    // Some exporters write recurrence rules with spaces ("BYDAY=MO, TU"); ical.js refuses them.
    const repaired = text.replace(/^((?:RRULE|EXRULE)[;:][^\r\n]*)$/gim, (line) =>
      line.replace(/\s*([,;=])\s*/g, "$1"),
    );
    try {
      if (repaired === text) throw error;
      jcal = ICAL.parse(repaired);
      repairs.push(`recurrence rule with stray spaces repaired (${errorMessage(error)})`);
    } catch {
      throw new ParseError(`invalid iCalendar data: ${errorMessage(error)}`, { cause: error });
    }
  }
  // Several VCALENDARs in one stream parse to an array of them; the first one is used.
  const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  const root = new ICAL.Component(first as unknown[]);
  if (root.name !== "vcalendar") {
    throw new ParseError(
      `invalid iCalendar data: top-level component is ${root.name.toUpperCase()}, not VCALENDAR`,
    );
  }
  const zones = new Map<string, Timezone>();
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    const tzid = vtz.getFirstPropertyValue("tzid");
    if (typeof tzid === "string" && tzid) {
      try {
        zones.set(tzid, new ICAL.Timezone({ component: vtz, tzid }));
      } catch {
        // A broken definition: IANA lookup or the fallback zone takes over (with a warning).
      }
    }
  }
  return { root, zones, repairs };
}

/** An instant resolved from a DATE or DATE-TIME property. */
export interface ResolvedTime {
  iso: string;
  /** IANA zone when the property named one that Intl knows. */
  timeZone: string | null;
  isDate: boolean;
}

/**
 * Resolves a DTSTART/DTEND-like property to a UTC ISO instant: `Z` values as they are; `TZID`
 * values with the calendar's VTIMEZONE definition or the IANA zone of that name; floating and
 * all-day values in `fallbackZone` (a warning is recorded for floating times and unknown zones).
 *
 * @example
 * resolveTime(cal, vevent.getFirstProperty("dtstart"), "UTC", warnings)?.iso // "2026-06-15T08:00:00.000Z"
 */
export function resolveTime(
  cal: ParsedCalendar,
  prop: Property | null,
  fallbackZone: string,
  warnings: string[],
): ResolvedTime | null {
  if (!prop) return null;
  let time: Time;
  try {
    const value = prop.getFirstValue();
    if (!(value instanceof ICAL.Time)) return null;
    time = value;
  } catch (error) {
    warnings.push(`${prop.name.toUpperCase()}: unreadable value (${errorMessage(error)})`);
    return null;
  }
  return timeToInstant(cal, time, paramString(prop, "tzid"), fallbackZone, warnings, prop.name.toUpperCase());
}

/**
 * Converts an ical.js time (with its TZID, if any) to a UTC ISO instant. See `resolveTime`.
 *
 * @example
 * timeToInstant(cal, time, "Europe/Paris", "UTC", [], "DTSTART").iso
 */
export function timeToInstant(
  cal: ParsedCalendar,
  time: Time,
  tzid: string | null,
  fallbackZone: string,
  warnings: string[],
  what: string,
): ResolvedTime | null {
  const isDate = time.isDate;
  const wall = (zone: string): string =>
    new Date(
      new TZDate(
        time.year,
        time.month - 1,
        time.day,
        isDate ? 0 : time.hour,
        isDate ? 0 : time.minute,
        isDate ? 0 : time.second,
        zone,
      ).getTime(),
    ).toISOString();
  try {
    if (!isDate && time.zone?.tzid === "UTC") {
      return { iso: new Date(time.toUnixTime() * 1000).toISOString(), timeZone: "UTC", isDate };
    }
    const ianaName = tzid ? toIanaZone(tzid) : null;
    if (tzid) {
      const defined = cal.zones.get(tzid);
      if (defined && !isDate) {
        const copy = time.clone();
        copy.zone = defined;
        return { iso: new Date(copy.toUnixTime() * 1000).toISOString(), timeZone: ianaName, isDate };
      }
      if (ianaName) return { iso: wall(ianaName), timeZone: ianaName, isDate };
      warnings.push(
        `${what}: unknown time zone "${tzid}" with no VTIMEZONE definition; read as ${fallbackZone}`,
      );
      return { iso: wall(fallbackZone), timeZone: null, isDate };
    }
    if (!isDate) warnings.push(`${what}: floating time (no zone); read as ${fallbackZone}`);
    return { iso: wall(fallbackZone), timeZone: null, isDate };
  } catch (error) {
    warnings.push(`${what}: cannot convert ${time.toString()} to an instant (${errorMessage(error)})`);
    return null;
  }
}

/**
 * A string parameter of a property (first value), or null.
 *
 * @example
 * paramString(prop, "partstat") // "ACCEPTED"
 */
export function paramString(prop: Property, name: string): string | null {
  const value = prop.getParameter(name);
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : null;
  return typeof value === "string" && value ? value : null;
}

/**
 * The address of an ORGANIZER/ATTENDEE property (`mailto:` stripped, CN as name), or null when
 * it carries no mail address.
 *
 * @example
 * calendarAddress(organizerProp) // { address: "rita@acme.com", name: "Rita" }
 */
export function calendarAddress(prop: Property | null): EmailAddress | null {
  if (!prop) return null;
  const raw = prop.getFirstValue();
  const value = typeof raw === "string" ? raw.replace(/^mailto:/i, "").trim() : "";
  const emailParam = paramString(prop, "email");
  const address = (value.includes("@") ? value : (emailParam ?? "")).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(address) || address.length > 320) return null;
  const cn = paramString(prop, "cn");
  return cn ? { address, name: cn.slice(0, 200) } : { address };
}

/**
 * The iTIP summary of a `text/calendar` body: METHOD, and UID, SUMMARY, start/end, organizer,
 * attendees and SEQUENCE of its first VEVENT.
 *
 * @example
 * calendarPartFromText(icsText, "UTC", warnings)?.method // "REQUEST"
 */
export function calendarPartFromText(
  text: string,
  fallbackZone: string,
  warnings: string[],
  /** METHOD to assume when the body has none (e.g. the Content-Type `method` parameter). */
  defaultMethod = "PUBLISH",
): CalendarPart | null {
  let cal: ParsedCalendar;
  try {
    cal = parseCalendarText(text);
  } catch (error) {
    warnings.push(`calendar part: ${errorMessage(error)}`);
    return null;
  }
  for (const repair of cal.repairs) warnings.push(`calendar part: ${repair}`);
  const methodValue = cal.root.getFirstPropertyValue("method");
  const vevent = cal.root.getFirstSubcomponent("vevent");
  const method =
    typeof methodValue === "string" && methodValue ? methodValue.toUpperCase() : defaultMethod.toUpperCase();
  if (!vevent) {
    warnings.push("calendar part: no VEVENT");
    return {
      method,
      uid: null,
      summary: null,
      start: null,
      end: null,
      timeZone: null,
      organizer: null,
      attendees: [],
      sequence: null,
    };
  }
  const uid = vevent.getFirstPropertyValue("uid");
  const summary = vevent.getFirstPropertyValue("summary");
  const sequence = vevent.getFirstPropertyValue("sequence");
  const start = resolveTime(cal, vevent.getFirstProperty("dtstart"), fallbackZone, warnings);
  const end = resolveTime(cal, vevent.getFirstProperty("dtend"), fallbackZone, warnings);
  const attendees: EmailAddress[] = [];
  for (const prop of vevent.getAllProperties("attendee")) {
    const address = calendarAddress(prop);
    if (address && attendees.length < 200) attendees.push(address);
  }
  return {
    method,
    uid: typeof uid === "string" && uid ? uid.slice(0, 1000) : null,
    summary: typeof summary === "string" ? summary.slice(0, 2000) : null,
    start: start?.iso ?? null,
    end: end?.iso ?? null,
    timeZone: start?.timeZone ?? null,
    organizer: calendarAddress(vevent.getFirstProperty("organizer")),
    attendees,
    sequence: typeof sequence === "number" && Number.isInteger(sequence) ? sequence : null,
  };
}
