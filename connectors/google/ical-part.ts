/**
 * A `text/calendar` MIME part (iTIP: REQUEST, CANCEL, REPLY…) read with ical.js into the
 * engine's `CalendarPart`.
 */
import { TZDate } from "@date-fns/tz";
import ICAL from "ical.js";
import type { CalendarPart } from "../../src/engine/model.ts";

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;
type IcalTime = InstanceType<typeof ICAL.Time>;

function mailto(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const addr = value.replace(/^mailto:/i, "").trim();
  return addr.includes("@") ? addr.toLowerCase() : null;
}

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Resolves a DTSTART/DTEND property to an instant, using the file's VTIMEZONE, an IANA TZID or UTC. */
function instantOf(
  prop: IcalProperty | null,
  zones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  warnings: string[],
): { iso: string | null; tzid: string | null } {
  if (!prop) return { iso: null, tzid: null };
  const time = prop.getFirstValue() as IcalTime | null;
  if (!time || typeof time !== "object" || !("year" in time)) return { iso: null, tzid: null };
  const tzid = (prop.getParameter("tzid") as string | null) ?? null;
  if (time.isDate) {
    return { iso: new Date(Date.UTC(time.year, time.month - 1, time.day)).toISOString(), tzid };
  }
  if (time.zone?.tzid === "UTC" || (!tzid && time.zone === ICAL.Timezone.utcTimezone)) {
    return { iso: new Date(time.toUnixTime() * 1000).toISOString(), tzid: "UTC" };
  }
  if (tzid && isIanaZone(tzid)) {
    const d = new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, tzid);
    return { iso: new Date(d.getTime()).toISOString(), tzid };
  }
  const vtz = tzid ? zones.get(tzid) : undefined;
  if (vtz) {
    const local = time.clone();
    local.zone = vtz;
    return { iso: new Date(local.toUnixTime() * 1000).toISOString(), tzid };
  }
  warnings.push(
    `calendar time ${time.toString()} has ${tzid ? `unknown TZID "${tzid}"` : "no zone"}; read as UTC`,
  );
  return {
    iso: new Date(
      Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second),
    ).toISOString(),
    tzid,
  };
}

/**
 * Parses an iCalendar text into a `CalendarPart` (first VEVENT). Returns null with a warning
 * when the text is not iCalendar.
 *
 * @example
 * const { part } = parseCalendarPart("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\nEND:VCALENDAR");
 * part?.method; // "REQUEST"
 */
export function parseCalendarPart(text: string): { part: CalendarPart | null; warnings: string[] } {
  const warnings: string[] = [];
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    return { part: null, warnings: [`text/calendar part unreadable: ${(e as Error).message.slice(0, 200)}`] };
  }
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    const tz = new ICAL.Timezone(vtz);
    if (tz.tzid) zones.set(tz.tzid, tz);
  }
  const vevent = root.getFirstSubcomponent("vevent");
  const method = String(root.getFirstPropertyValue("method") ?? "PUBLISH").toUpperCase();
  if (!vevent) {
    warnings.push("text/calendar part has no VEVENT");
    return {
      part: {
        method,
        uid: null,
        summary: null,
        start: null,
        end: null,
        timeZone: null,
        organizer: null,
        attendees: [],
        sequence: null,
      },
      warnings,
    };
  }
  const start = instantOf(vevent.getFirstProperty("dtstart"), zones, warnings);
  const end = instantOf(vevent.getFirstProperty("dtend"), zones, warnings);
  const organizerProp = vevent.getFirstProperty("organizer");
  const organizerAddr = mailto(organizerProp?.getFirstValue());
  const organizerName = organizerProp?.getParameter("cn");
  const attendees = vevent
    .getAllProperties("attendee")
    .slice(0, 200)
    .flatMap((p) => {
      const address = mailto(p.getFirstValue());
      if (!address) return [];
      const cn = p.getParameter("cn");
      return [typeof cn === "string" ? { address, name: cn.slice(0, 200) } : { address }];
    });
  const seq = vevent.getFirstPropertyValue("sequence");
  const uid = vevent.getFirstPropertyValue("uid");
  const summary = vevent.getFirstPropertyValue("summary");
  return {
    part: {
      method,
      uid: typeof uid === "string" ? uid : null,
      summary: typeof summary === "string" ? summary.slice(0, 2000) : null,
      start: start.iso,
      end: end.iso,
      timeZone: start.tzid && isIanaZone(start.tzid) ? start.tzid : null,
      organizer: organizerAddr
        ? typeof organizerName === "string"
          ? { address: organizerAddr, name: organizerName.slice(0, 200) }
          : { address: organizerAddr }
        : null,
      attendees,
      sequence: typeof seq === "number" ? seq : null,
    },
    warnings,
  };
}
