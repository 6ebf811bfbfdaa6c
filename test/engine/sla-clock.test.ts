import { describe, expect, it } from "vitest";
import { TenantSettings } from "../../src/engine/settings.ts";
import {
  addBusinessDays,
  businessCalendar,
  businessHoursBetween,
  holidayDates,
  isKnownHolidayCode,
  slaWindow,
} from "../../src/engine/sla/index.ts";

const utc = TenantSettings.parse({ orgDomains: ["acme.com"], timeZone: "UTC" });
const chicago = TenantSettings.parse({ orgDomains: ["acme.com"], timeZone: "America/Chicago" });
const chicagoUS = TenantSettings.parse({
  orgDomains: ["acme.com"],
  timeZone: "America/Chicago",
  holidays: { countries: ["US"] },
});
const berlin = TenantSettings.parse({
  orgDomains: ["acme.com"],
  timeZone: "Europe/Berlin",
  holidays: { countries: ["DE-BY"] },
});

const iso = (d: Date) => d.toISOString();

describe("addBusinessDays", () => {
  it("counts whole business days from inside business hours", () => {
    // Monday 10:00 + 2 business days = Wednesday 10:00.
    expect(iso(addBusinessDays(new Date("2026-03-02T10:00:00Z"), 2, utc))).toBe("2026-03-04T10:00:00.000Z");
  });

  it("starts a clock from the next opening when the start is outside business hours", () => {
    // Friday 18:00 → counts from Monday 09:00; 2 business days end Tuesday 17:00.
    expect(iso(addBusinessDays(new Date("2026-03-06T18:00:00Z"), 2, utc))).toBe("2026-03-10T17:00:00.000Z");
    // Saturday noon is the same as Monday 09:00.
    expect(iso(addBusinessDays(new Date("2026-03-07T12:00:00Z"), 1, utc))).toBe("2026-03-09T17:00:00.000Z");
  });

  it("treats fractional days as a fraction of the business-day length", () => {
    expect(iso(addBusinessDays(new Date("2026-03-02T09:00:00Z"), 0.5, utc))).toBe("2026-03-02T13:00:00.000Z");
    // 1.5 days from Monday 15:00: 2h Monday, 8h Tuesday, 2h Wednesday.
    expect(iso(addBusinessDays(new Date("2026-03-02T15:00:00Z"), 1.5, utc))).toBe("2026-03-04T11:00:00.000Z");
  });

  it("skips custom holiday dates", () => {
    const s = TenantSettings.parse({ orgDomains: ["acme.com"], holidays: { dates: ["2026-03-03"] } });
    expect(iso(addBusinessDays(new Date("2026-03-02T09:00:00Z"), 2, s))).toBe("2026-03-04T17:00:00.000Z");
  });

  it("honours custom business hours and days", () => {
    const s = TenantSettings.parse({
      orgDomains: ["acme.com"],
      businessHours: { start: "08:30", end: "12:30", days: [1, 2, 3, 4, 5, 6] },
    });
    // Friday 12:00 + 1 business day (4 h): 0.5 h Friday, 3.5 h Saturday → Saturday 12:00.
    expect(iso(addBusinessDays(new Date("2026-03-06T12:00:00Z"), 1, s))).toBe("2026-03-07T12:00:00.000Z");
  });
});

describe("DST changeover weeks", () => {
  it("America/Chicago spring forward: Friday 16:00 CST + 1 bd = Monday 16:00 CDT", () => {
    // 2026-03-08 is the changeover Sunday; Friday is UTC-6, Monday UTC-5.
    expect(iso(addBusinessDays(new Date("2026-03-06T16:00:00-06:00"), 1, chicago))).toBe(
      "2026-03-09T21:00:00.000Z",
    );
    expect(
      businessHoursBetween(
        new Date("2026-03-06T09:00:00-06:00"),
        new Date("2026-03-09T09:00:00-05:00"),
        chicago,
      ),
    ).toBe(8);
  });

  it("America/Chicago fall back: Friday 16:00 CDT + 1 bd = Monday 16:00 CST", () => {
    expect(iso(addBusinessDays(new Date("2026-10-30T16:00:00-05:00"), 1, chicago))).toBe(
      "2026-11-02T22:00:00.000Z",
    );
  });

  it("Europe/Berlin spring forward and fall back keep 09:00–17:00 local", () => {
    expect(iso(addBusinessDays(new Date("2026-03-27T16:00:00+01:00"), 1, berlin))).toBe(
      "2026-03-30T14:00:00.000Z",
    );
    expect(iso(addBusinessDays(new Date("2026-10-23T16:00:00+02:00"), 1, berlin))).toBe(
      "2026-10-26T15:00:00.000Z",
    );
    // The whole changeover week has exactly 5 × 8 business hours.
    expect(
      businessHoursBetween(
        new Date("2026-03-23T00:00:00+01:00"),
        new Date("2026-03-30T00:00:00+02:00"),
        berlin,
      ),
    ).toBe(40);
  });
});

describe("holidays", () => {
  it("a candidate message on a Friday evening before a US holiday is due two business days after Tuesday's opening", () => {
    // Friday 16 Jan 2026, 18:00 Chicago; Monday 19 Jan is Martin Luther King Jr. Day.
    const start = new Date("2026-01-16T18:00:00-06:00");
    expect(iso(addBusinessDays(start, 2, chicagoUS))).toBe("2026-01-21T23:00:00.000Z");
    // Without the US calendar Monday counts.
    expect(iso(addBusinessDays(start, 2, chicago))).toBe("2026-01-20T23:00:00.000Z");
  });

  it("knows the public holidays of US, GB, FR, DE, ES, IN, BR and regional codes", () => {
    const expected: Record<string, string> = {
      US: "2026-11-26", // Thanksgiving
      GB: "2026-12-28", // Boxing Day substitute
      FR: "2026-07-14",
      DE: "2026-10-03",
      ES: "2026-10-12",
      IN: "2026-01-26",
      BR: "2026-04-21",
      "DE-BY": "2026-01-06", // Epiphany, Bavaria only
      "US-CA": "2026-03-31", // César Chávez Day
    };
    for (const [code, date] of Object.entries(expected)) {
      expect(isKnownHolidayCode(code), code).toBe(true);
      expect(holidayDates(code, 2026).has(date), `${code} ${date}`).toBe(true);
    }
    expect(holidayDates("DE", 2026).has("2026-01-06")).toBe(false);
    // Bank-only days (Germany's Christmas Eve) stay business days.
    expect(holidayDates("DE", 2026).has("2026-12-24")).toBe(false);
  });

  it("a Bavarian holiday closes the Berlin-zone office configured with DE-BY", () => {
    // Monday 5 Jan 16:00 + 1 bd: 1 h Monday, Tuesday 6 Jan closed, 7 h Wednesday.
    expect(iso(addBusinessDays(new Date("2026-01-05T16:00:00+01:00"), 1, berlin))).toBe(
      "2026-01-07T15:00:00.000Z",
    );
  });

  it("names an unknown holiday code in the calendar warnings", () => {
    const s = TenantSettings.parse({ orgDomains: ["acme.com"], holidays: { countries: ["XX"] } });
    expect(businessCalendar(s).warnings).toEqual([expect.stringContaining("XX")]);
    expect(businessCalendar(berlin).warnings).toEqual([]);
  });
});

describe("warning point and elapsed time", () => {
  it("puts the warning point at 80% of the SLA in business time", () => {
    const w = slaWindow(new Date("2026-03-02T09:00:00Z"), 2, utc);
    expect(iso(w.dueAt)).toBe("2026-03-03T17:00:00.000Z");
    // 12.8 business hours: Monday 8 h + Tuesday 4.8 h.
    expect(iso(w.warnAt)).toBe("2026-03-03T13:48:00.000Z");
  });

  it("measures business hours between instants, zero when reversed", () => {
    expect(
      businessHoursBetween(new Date("2026-03-06T15:00:00Z"), new Date("2026-03-09T11:00:00Z"), utc),
    ).toBe(4);
    expect(
      businessHoursBetween(new Date("2026-03-09T11:00:00Z"), new Date("2026-03-06T15:00:00Z"), utc),
    ).toBe(0);
  });

  it("does not move the organisation's clock for a candidate writing from another time zone", () => {
    const fromTokyo = new Date("2026-03-07T09:00:00+09:00");
    const sameInstantInChicago = new Date("2026-03-06T18:00:00-06:00");
    expect(iso(addBusinessDays(fromTokyo, 2, chicago))).toBe(
      iso(addBusinessDays(sameInstantInChicago, 2, chicago)),
    );
  });

  it("fails with a clear error when no business day exists", () => {
    const s = TenantSettings.parse({ orgDomains: ["acme.com"], businessHours: { days: [6] } });
    // Every Saturday for eleven years is a holiday: nothing is ever open.
    const every = Array.from({ length: 11 * 53 }, (_, w) =>
      new Date(Date.UTC(2026, 0, 3 + w * 7)).toISOString().slice(0, 10),
    );
    const closed = TenantSettings.parse({ ...s, holidays: { countries: [], dates: every } });
    expect(() => addBusinessDays(new Date("2026-01-01T00:00:00Z"), 1, closed)).toThrow(/no business time/);
  });
});
