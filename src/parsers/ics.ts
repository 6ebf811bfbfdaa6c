/**
 * `.ics` (iCalendar) files → the engine's `CalendarEvent`s, with ical.js: VEVENTs, STATUS
 * CANCELLED (and METHOD:CANCEL), ATTENDEE PARTSTAT → response, TZID zones (the file's
 * VTIMEZONE definitions, IANA and common Windows names), all-day events, recurring events
 * expanded within a window (or the master alone, with a warning). Pure (Node and workerd).
 */
import ICAL from "ical.js";
import {
  type Attendee,
  type AttendeeResponse,
  CalendarEvent,
  type CalendarEventInput,
  type Provider,
} from "../engine/model.ts";
import { describeIssues } from "../engine/settings.ts";
import { errorMessage, ParseError } from "./errors.ts";
import {
  calendarAddress,
  type ParsedCalendar,
  paramString,
  parseCalendarText,
  resolveTime,
  timeToInstant,
} from "./icalendar.ts";

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

export interface ParseIcsOptions {
  mailboxId: string;
  /** Prefix of event ids, e.g. the file path: ids are `${idPrefix}#${uid}` (plus the occurrence start). */
  idPrefix: string;
  /** Defaults to `file`. */
  provider?: Provider;
  /** Zone for floating times and all-day dates; defaults to UTC. */
  timeZone?: string;
  /** Expand recurring events to their occurrences inside this window; without it, the master is kept. */
  window?: { start: Date; end: Date };
  /** Upper bound of occurrences per recurring event (default 366). */
  maxOccurrences?: number;
}

export interface ParseIcsResult {
  events: CalendarEvent[];
  /** Problems with the file as a whole or with events that had to be skipped (named). */
  warnings: string[];
}

const PARTSTAT: Record<string, AttendeeResponse> = {
  ACCEPTED: "accepted",
  DECLINED: "declined",
  TENTATIVE: "tentative",
  "NEEDS-ACTION": "needs_action",
  DELEGATED: "none",
  COMPLETED: "accepted",
  "IN-PROCESS": "tentative",
};

/**
 * Parses an iCalendar file into calendar events. Throws `ParseError` when the text is not
 * iCalendar; an individual VEVENT that cannot be read is skipped with a warning naming it.
 *
 * @example
 * const { events } = parseIcs(text, { mailboxId: "rita@acme.com", idPrefix: "cal.ics" });
 * events[0]?.start // "2026-03-10T09:00:00.000Z"
 */
export function parseIcs(text: string, options: ParseIcsOptions): ParseIcsResult {
  const cal = parseCalendarText(text);
  const warnings: string[] = [...cal.repairs];
  const zone = options.timeZone ?? "UTC";
  const method = String(cal.root.getFirstPropertyValue("method") ?? "").toUpperCase();
  const vevents = cal.root.getAllSubcomponents("vevent");
  if (vevents.length === 0) warnings.push("no VEVENT in the calendar");

  // Overrides of single occurrences (RECURRENCE-ID) belong to their master.
  const overrides = new Map<string, Component[]>();
  const masters: Component[] = [];
  for (const vevent of vevents) {
    const uid = stringValue(vevent, "uid");
    if (
      vevent.hasProperty("recurrence-id") &&
      uid &&
      vevents.some((v) => v !== vevent && stringValue(v, "uid") === uid && !v.hasProperty("recurrence-id"))
    ) {
      overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    } else {
      masters.push(vevent);
    }
  }

  const events: CalendarEvent[] = [];
  const usedIds = new Set<string>();
  masters.forEach((vevent, position) => {
    const uid = stringValue(vevent, "uid");
    const label = `VEVENT ${uid ?? `#${position + 1}`}`;
    try {
      const eventWarnings: string[] = [];
      const base = eventBase(cal, vevent, method, zone, eventWarnings);
      if (!base) {
        warnings.push(`${label}: skipped, no usable DTSTART`);
        return;
      }
      const isRecurring = vevent.hasProperty("rrule") || vevent.hasProperty("rdate");
      if (!isRecurring) {
        events.push(finish({ ...base, warnings: eventWarnings }, options, uid, null, usedIds));
        return;
      }
      if (!options.window) {
        eventWarnings.push(
          "recurring event: only the first occurrence (the series master) is kept; no expansion window given",
        );
        events.push(finish({ ...base, warnings: eventWarnings }, options, uid, null, usedIds));
        return;
      }
      events.push(
        ...expand(
          cal,
          vevent,
          overrides.get(uid ?? "") ?? [],
          base,
          eventWarnings,
          method,
          zone,
          options,
          uid,
          usedIds,
        ),
      );
    } catch (error) {
      warnings.push(`${label}: skipped (${errorMessage(error)})`);
    }
  });
  return { events, warnings };
}

type EventBase = Omit<CalendarEventInput, "id" | "mailboxId" | "provider" | "iCalUId" | "warnings">;

function eventBase(
  cal: ParsedCalendar,
  vevent: Component,
  method: string,
  zone: string,
  warnings: string[],
): EventBase | null {
  const start = resolveTime(cal, vevent.getFirstProperty("dtstart"), zone, warnings);
  if (!start) return null;
  let end = resolveTime(cal, vevent.getFirstProperty("dtend"), zone, warnings);
  if (!end) {
    const duration = vevent.getFirstPropertyValue("duration");
    const startMs = Date.parse(start.iso);
    const ms =
      duration instanceof ICAL.Duration ? duration.toSeconds() * 1000 : start.isDate ? 24 * 3600 * 1000 : 0;
    end = { iso: new Date(startMs + ms).toISOString(), timeZone: start.timeZone, isDate: start.isDate };
  }
  if (Date.parse(end.iso) < Date.parse(start.iso)) {
    warnings.push("DTEND is before DTSTART; end set to the start");
    end = start;
  }
  const organizer = calendarAddress(vevent.getFirstProperty("organizer"));
  const attendees: Attendee[] = [];
  for (const prop of vevent.getAllProperties("attendee")) {
    const address = calendarAddress(prop);
    if (!address || attendees.some((a) => a.address === address.address) || attendees.length >= 500) continue;
    const partstat = (paramString(prop, "partstat") ?? "").toUpperCase();
    const attendee: Attendee = {
      address: address.address,
      response: address.address === organizer?.address ? "organizer" : (PARTSTAT[partstat] ?? "none"),
      optional: (paramString(prop, "role") ?? "").toUpperCase() === "OPT-PARTICIPANT",
    };
    if (address.name) attendee.name = address.name;
    attendees.push(attendee);
  }
  const status = String(vevent.getFirstPropertyValue("status") ?? "").toUpperCase();
  return {
    subject: String(vevent.getFirstPropertyValue("summary") ?? "").slice(0, 2000),
    organizer,
    attendees,
    start: start.iso,
    end: end.iso,
    timeZone: start.timeZone,
    isAllDay: start.isDate,
    cancelled: status === "CANCELLED" || method === "CANCEL",
    createdAt: utcProperty(vevent, "created"),
    updatedAt: utcProperty(vevent, "last-modified") ?? utcProperty(vevent, "dtstamp"),
  };
}

function expand(
  cal: ParsedCalendar,
  master: Component,
  overrideComps: Component[],
  base: EventBase,
  masterWarnings: string[],
  method: string,
  zone: string,
  options: ParseIcsOptions,
  uid: string | null,
  usedIds: Set<string>,
): CalendarEvent[] {
  const window = options.window as { start: Date; end: Date };
  const max = options.maxOccurrences ?? 366;
  const event = new ICAL.Event(master, { exceptions: overrideComps });
  const tzid = paramString(master.getFirstProperty("dtstart") as InstanceType<typeof ICAL.Property>, "tzid");
  const durationMs = Date.parse(String(base.end)) - Date.parse(String(base.start));
  const out: CalendarEvent[] = [];
  const iterator = event.iterator();
  for (let guard = 0; guard < 100000; guard++) {
    const next: Time | undefined = iterator.next();
    if (!next) break;
    const details = event.getOccurrenceDetails(next);
    const warnings: string[] = [...masterWarnings];
    const isOverride = details.item !== event;
    let occurrence: EventBase | null;
    if (isOverride) {
      occurrence = eventBase(cal, details.item.component, method, zone, warnings);
    } else {
      const start = timeToInstant(cal, details.startDate, tzid, zone, warnings, "DTSTART");
      occurrence = start
        ? { ...base, start: start.iso, end: new Date(Date.parse(start.iso) + durationMs).toISOString() }
        : null;
    }
    if (!occurrence) continue;
    const startMs = Date.parse(String(occurrence.start));
    if (startMs >= window.end.getTime()) break;
    if (Date.parse(String(occurrence.end)) < window.start.getTime()) continue;
    if (out.length >= max) {
      const last = out.at(-1);
      last?.warnings.push(
        `recurring event: more than ${max} occurrences in the window; the rest are not listed`,
      );
      break;
    }
    out.push(
      finish(
        { ...occurrence, warnings: [...new Set(warnings)] },
        options,
        uid,
        String(occurrence.start),
        usedIds,
      ),
    );
  }
  return out;
}

function finish(
  item: EventBase & { warnings: string[] },
  options: ParseIcsOptions,
  uid: string | null,
  occurrenceStart: string | null,
  usedIds: Set<string>,
): CalendarEvent {
  const iCalUId = uid ? (occurrenceStart ? `${uid}#${occurrenceStart}` : uid) : null;
  let id = `${options.idPrefix}#${iCalUId ?? `event-${usedIds.size + 1}`}`;
  // The same UID twice in one file (an export with duplicates): keep both, distinctly.
  for (let n = 2; usedIds.has(id); n++) id = `${options.idPrefix}#${iCalUId ?? "event"}~${n}`;
  usedIds.add(id);
  const input: CalendarEventInput = {
    ...item,
    id,
    mailboxId: options.mailboxId,
    provider: options.provider ?? "file",
    iCalUId,
  };
  const parsed = CalendarEvent.safeParse(input);
  if (!parsed.success)
    throw new ParseError(`event failed validation: ${describeIssues(parsed.error).join("; ")}`);
  return parsed.data;
}

function stringValue(component: Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" && value ? value : null;
}

function utcProperty(component: Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) return null;
  try {
    const ms = value.toUnixTime() * 1000;
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  } catch {
    return null;
  }
}
