import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/parsers/errors.ts";
import { parseIcs } from "../../src/parsers/ics.ts";

const text = readFileSync(join(import.meta.dirname, "../fixtures/ics/interviews.ics"), "utf8");
const base = { mailboxId: "rita@acme.com", idPrefix: "interviews.ics" };

describe("parseIcs", () => {
  const { events, warnings } = parseIcs(text, base);
  const byUid = (uid: string) => events.filter((e) => e.iCalUId?.startsWith(uid));

  it("resolves a TZID through the file's own VTIMEZONE and maps PARTSTAT to responses", () => {
    const [interview] = byUid("interview-jordan-001@acme.com");
    expect(interview).toMatchObject({
      id: "interviews.ics#interview-jordan-001@acme.com",
      provider: "file",
      subject: "Interview - Senior Backend Engineer",
      start: "2026-03-10T09:00:00.000Z",
      end: "2026-03-10T10:00:00.000Z",
      isAllDay: false,
      cancelled: false,
      organizer: { address: "rita.recruiter@acme.com", name: "Rita Recruiter" },
      createdAt: "2026-03-04T07:59:00.000Z",
      updatedAt: "2026-03-04T08:00:00.000Z",
      warnings: [],
    });
    expect(interview?.attendees.map((a) => [a.address, a.response, a.optional])).toEqual([
      ["rita.recruiter@acme.com", "organizer", false],
      ["jordan.candidate@example.org", "accepted", false],
      ["sam.manager@acme.com", "tentative", true],
      ["alex.panel@acme.com", "declined", false],
      ["casey.panel@acme.com", "needs_action", false],
    ]);
  });

  it("marks STATUS:CANCELLED and resolves an IANA TZID without a VTIMEZONE", () => {
    const [cancelled] = byUid("interview-morgan-002@acme.com");
    expect(cancelled?.cancelled).toBe(true);
    expect(cancelled?.timeZone).toBe("America/Chicago");
    // 09:00 in Chicago on 12 March 2026 is CDT (UTC-5): DST started on 8 March.
    expect(cancelled?.start).toBe("2026-03-12T14:00:00.000Z");
    const [interview] = byUid("interview-jordan-001@acme.com");
    expect(interview?.cancelled).toBe(false);
  });

  it("reads an all-day event as a whole day in the fallback zone", () => {
    const [offsite] = byUid("offsite-003@acme.com");
    expect(offsite).toMatchObject({
      isAllDay: true,
      start: "2026-03-20T00:00:00.000Z",
      end: "2026-03-21T00:00:00.000Z",
    });
    const paris = parseIcs(text, { ...base, timeZone: "Europe/Paris" }).events.find(
      (e) => e.iCalUId === "offsite-003@acme.com",
    );
    expect(paris?.start).toBe("2026-03-19T23:00:00.000Z");
  });

  it("keeps a recurring event's master with a warning when no window is given", () => {
    const weekly = byUid("weekly-sync-004@acme.com");
    expect(weekly).toHaveLength(1);
    expect(weekly[0]?.start).toBe("2026-03-02T15:00:00.000Z");
    expect(weekly[0]?.end).toBe("2026-03-02T15:30:00.000Z");
    expect(weekly[0]?.warnings[0]).toMatch(/^recurring event: only the first occurrence/);
  });

  it("expands a recurring event inside a window, honouring EXDATE and a moved occurrence", () => {
    const expanded = parseIcs(text, {
      ...base,
      window: { start: new Date("2026-03-05T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
    }).events.filter((e) => e.iCalUId?.startsWith("weekly-sync-004@acme.com"));
    expect(expanded.map((e) => [e.start, e.subject])).toEqual([
      ["2026-03-09T15:00:00.000Z", "Hiring sync"],
      ["2026-03-24T10:00:00.000Z", "Hiring sync (moved)"],
      ["2026-03-30T15:00:00.000Z", "Hiring sync"],
    ]);
    expect(new Set(expanded.map((e) => e.id)).size).toBe(3);
    expect(expanded.every((e) => e.warnings.length === 0)).toBe(true);
  });

  it("records floating times and events without DTSTART instead of dropping them silently", () => {
    const [floating] = byUid("floating-005@acme.com");
    expect(floating?.start).toBe("2026-03-18T09:00:00.000Z");
    expect(floating?.warnings).toContain("DTSTART: floating time (no zone); read as UTC");
    expect(byUid("broken-006@acme.com")).toHaveLength(0);
    expect(warnings).toEqual(["VEVENT broken-006@acme.com: skipped, no usable DTSTART"]);
  });

  it("METHOD:CANCEL marks every event cancelled", () => {
    const cancel = text.replace("PRODID:-//Acme//Fixture calendar//EN", "PRODID:x\nMETHOD:CANCEL");
    expect(parseIcs(cancel, base).events.every((e) => e.cancelled)).toBe(true);
  });

  it("throws ParseError for text that is not iCalendar", () => {
    expect(() => parseIcs("hello", base)).toThrow(ParseError);
    expect(() => parseIcs("BEGIN:VCALENDAR\nthis is : not ; valid\n", base)).toThrow(/iCalendar/);
  });

  it("repairs recurrence rules written with spaces after commas, with a warning", () => {
    const spaced = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:standup@acme.com",
      "DTSTART:20260302T090000Z",
      "DTEND:20260302T091500Z",
      "RRULE:FREQ=DAILY;COUNT=4;BYDAY=MO, WE, FR",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const result = parseIcs(spaced, {
      ...base,
      window: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
    });
    expect(result.warnings[0]).toMatch(/^recurrence rule with stray spaces repaired/);
    expect(result.events.map((e) => e.start)).toEqual([
      "2026-03-02T09:00:00.000Z",
      "2026-03-04T09:00:00.000Z",
      "2026-03-06T09:00:00.000Z",
      "2026-03-09T09:00:00.000Z",
    ]);
  });
});
