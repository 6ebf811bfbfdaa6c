import { describe, expect, it } from "vitest";
import { deliverAt, quietHoursEnd } from "../../src/alerts/quiet-hours.ts";

const night = { start: "20:00", end: "08:00" };

describe("quiet hours in the recipient's zone", () => {
  it("defers a Berlin alert on the night of the spring-forward (last Sunday of March) to 08:00 CEST", () => {
    // 2026-03-28 23:30 CET; clocks jump 02:00 → 03:00 on 29 March; 08:00 CEST is 06:00Z, not 07:00Z.
    const end = quietHoursEnd(new Date("2026-03-28T22:30:00Z"), night, "Europe/Berlin");
    expect(end?.toISOString()).toBe("2026-03-29T06:00:00.000Z");
  });

  it("defers a New York alert on the night of the spring-forward (second Sunday of March) to 08:00 EDT", () => {
    // 2026-03-07 22:00 EST; 8 March 08:00 EDT is 12:00Z (it would be 13:00Z under EST).
    const end = quietHoursEnd(new Date("2026-03-08T03:00:00Z"), night, "America/New_York");
    expect(end?.toISOString()).toBe("2026-03-08T12:00:00.000Z");
  });

  it("defers across the autumn fall-back in Berlin to 08:00 CET", () => {
    const end = quietHoursEnd(new Date("2026-10-24T20:00:00Z"), night, "Europe/Berlin");
    expect(end?.toISOString()).toBe("2026-10-25T07:00:00.000Z");
  });

  it("defers an early-morning alert to the same day's end", () => {
    const end = quietHoursEnd(new Date("2026-03-02T05:00:00Z"), night, "Europe/Berlin"); // 06:00 CET
    expect(end?.toISOString()).toBe("2026-03-02T07:00:00.000Z");
  });

  it("lets a daytime alert through at once", () => {
    const now = new Date("2026-03-02T12:00:00Z");
    expect(quietHoursEnd(now, night, "Europe/Berlin")).toBeNull();
    expect(deliverAt(now, night, "Europe/Berlin")).toBe(now);
  });

  it("treats the end minute as outside and the start minute as inside", () => {
    expect(quietHoursEnd(new Date("2026-03-02T07:00:00Z"), night, "Europe/Berlin")).toBeNull(); // 08:00 CET
    expect(quietHoursEnd(new Date("2026-03-02T19:00:00Z"), night, "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-03T07:00:00.000Z",
    );
  });

  it("supports a window that does not span midnight, and none at all", () => {
    const lunch = { start: "12:00", end: "13:30" };
    expect(quietHoursEnd(new Date("2026-03-02T11:15:00Z"), lunch, "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-02T12:30:00.000Z",
    );
    expect(quietHoursEnd(new Date("2026-03-02T13:00:00Z"), lunch, "Europe/Berlin")).toBeNull();
    expect(quietHoursEnd(new Date("2026-03-02T22:00:00Z"), null, "Europe/Berlin")).toBeNull();
  });
});
