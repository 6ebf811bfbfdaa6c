import { describe, expect, it } from "vitest";
import { ReportSchedule, weeklyReportDue, weekPeriod, weekStartOf } from "../../src/reports/schedule.ts";

const berlin = { timeZone: "Europe/Berlin" };
const defaults = ReportSchedule.parse({});

describe("weeklyReportDue", () => {
  it("is due from Monday 08:00 tenant time and covers the previous ISO week", () => {
    const due = weeklyReportDue(berlin, new Date("2026-03-09T07:05:00Z"), defaults); // 08:05 CET
    expect(due).toMatchObject({ due: true, weekStart: "2026-03-02" });
    expect(due.scheduledAt.toISOString()).toBe("2026-03-09T07:00:00.000Z");
    expect(due.period.start.toISOString()).toBe("2026-03-01T23:00:00.000Z");
    expect(due.period.end.toISOString()).toBe("2026-03-08T23:00:00.000Z");
  });

  it("is not due before the scheduled time, nor after the catch-up window, nor once delivered", () => {
    const early = weeklyReportDue(berlin, new Date("2026-03-09T06:59:00Z"), defaults); // 07:59 CET
    expect(early).toMatchObject({ due: false, weekStart: "2026-02-23" }); // last slot is a week old
    // A Worker that was down from Monday to Wednesday still sends with a 72 h catch-up window.
    const wednesday = new Date("2026-03-04T06:00:00Z");
    expect(weeklyReportDue(berlin, wednesday, defaults).due).toBe(false);
    expect(weeklyReportDue(berlin, wednesday, ReportSchedule.parse({ catchUpHours: 72 }))).toMatchObject({
      due: true,
      weekStart: "2026-02-23",
    });
    expect(weeklyReportDue(berlin, new Date("2026-03-10T07:00:00Z"), defaults).due).toBe(false);
    expect(weeklyReportDue(berlin, new Date("2026-03-09T07:30:00Z"), defaults, "2026-03-02").due).toBe(false);
    expect(
      weeklyReportDue(berlin, new Date("2026-03-09T07:30:00Z"), ReportSchedule.parse({ enabled: false })).due,
    ).toBe(false);
  });

  it("follows the tenant's zone across DST: Monday 08:00 in New York after the spring-forward", () => {
    const ny = { timeZone: "America/New_York" };
    // 9 March 2026 is the first Monday after the change (8 March): 08:00 EDT = 12:00Z.
    const before = weeklyReportDue(ny, new Date("2026-03-09T11:59:00Z"), defaults);
    expect(before.weekStart).toBe("2026-02-23");
    const after = weeklyReportDue(ny, new Date("2026-03-09T12:00:00Z"), defaults);
    expect(after).toMatchObject({ due: true, weekStart: "2026-03-02" });
    // The covered week holds the change: 167 hours long.
    expect((after.period.end.getTime() - after.period.start.getTime()) / 3_600_000).toBe(167);
  });

  it("supports another day and time (Friday 16:30)", () => {
    const friday = ReportSchedule.parse({ day: 5, time: "16:30" });
    const due = weeklyReportDue(berlin, new Date("2026-03-13T15:45:00Z"), friday); // Fri 16:45 CET
    expect(due).toMatchObject({ due: true, weekStart: "2026-03-02" });
    expect(due.scheduledAt.toISOString()).toBe("2026-03-13T15:30:00.000Z");
  });
});

describe("weekPeriod and weekStartOf", () => {
  it("spans local midnights and rejects a bad date", () => {
    expect(weekPeriod("2026-10-19", "Europe/Berlin")).toEqual({
      start: new Date("2026-10-18T22:00:00Z"),
      end: new Date("2026-10-25T23:00:00Z"),
    });
    expect(() => weekPeriod("2026-02-30", "Europe/Berlin")).toThrow(/not a calendar date/);
    expect(() => weekPeriod("March 2", "Europe/Berlin")).toThrow(/YYYY-MM-DD/);
    expect(weekStartOf(new Date("2026-03-08T23:30:00Z"), "Europe/Berlin")).toBe("2026-03-09");
    expect(weekStartOf(new Date("2026-03-08T22:30:00Z"), "Europe/Berlin")).toBe("2026-03-02");
  });
});
