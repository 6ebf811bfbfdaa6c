/**
 * Tenant settings: the organisation's domains, business time, holidays and SLAs.
 * Every field has the SPEC's default, so `TenantSettings.parse({ orgDomains: ["acme.com"] })`
 * is a complete configuration.
 */
import { z } from "zod";

/** `HH:MM`, 24-hour clock. */
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour), e.g. 09:00");

/** ISO calendar date `YYYY-MM-DD`. */
const IsoDate = z.iso.date();

/** Business hours of the organisation, in its time zone. Days: 1 = Monday … 7 = Sunday (ISO). */
export const BusinessHours = z
  .object({
    start: ClockTime.default("09:00"),
    end: ClockTime.default("17:00"),
    days: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  })
  .refine((b) => b.start < b.end, { message: "business hours must end after they start", path: ["end"] });
export type BusinessHours = z.infer<typeof BusinessHours>;

/**
 * Holiday calendars: built-in public holidays by ISO 3166 country (optionally `CC-REGION`,
 * e.g. `DE-BY`, `US-CA`) plus custom dates.
 */
export const HolidaySettings = z.object({
  countries: z
    .array(
      z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "expected an ISO 3166 code such as US, GB or DE-BY"),
    )
    .default([]),
  dates: z.array(IsoDate).default([]),
});
export type HolidaySettings = z.infer<typeof HolidaySettings>;

/** SLA durations in business days (fractions allowed, e.g. 0.5). */
export const SlaSettings = z.object({
  /** Reply to a candidate's message. */
  replyToCandidate: z.number().positive().default(2),
  /** Schedule after the candidate sent availability. */
  scheduleAfterAvailability: z.number().positive().default(1),
  /** Outcome after an interview. */
  outcomeAfterInterview: z.number().positive().default(5),
  /** Reschedule after the organisation cancelled. */
  rescheduleAfterCancellation: z.number().positive().default(2),
  /** Nudge after an unanswered scheduling request. */
  nudgeScheduling: z.number().positive().default(3),
  /** Answer a feedback request after a rejection. */
  feedbackRequest: z.number().positive().default(5),
  /** Answer a submitted assessment (same default as a reply). */
  assessmentReview: z.number().positive().default(5),
});
export type SlaSettings = z.infer<typeof SlaSettings>;

/** Per-team overrides; anything left out falls back to the tenant's value. */
export const TeamSettings = z.object({
  sla: SlaSettings.partial().default({}),
  lead: z.string().optional(),
});
export type TeamSettings = z.infer<typeof TeamSettings>;

export const TenantSettings = z.object({
  /** Lower-case domains that belong to the organisation; everything else is external. */
  orgDomains: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "expected a mail domain such as acme.com")
        .transform((d) => d.toLowerCase()),
    )
    .min(1, "at least one organisation domain is required"),
  /** IANA time zone of the organisation, e.g. `America/Chicago`. */
  timeZone: z
    .string()
    .default("UTC")
    .refine(isValidTimeZone, { message: "unknown IANA time zone (e.g. Europe/Paris, America/Chicago)" }),
  businessHours: BusinessHours.default({ start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] }),
  holidays: HolidaySettings.default({ countries: [], dates: [] }),
  sla: SlaSettings.default(SlaSettings.parse({})),
  /** Fraction of an SLA after which `ghost_risk` is raised. */
  warningPoint: z.number().gt(0).lt(1).default(0.8),
  /** Contradictory messages count when they fall within this many days of each other. */
  contradictionWindowDays: z.number().positive().default(14),
  /** A rejection within this many hours of an invite marks an automation conflict. */
  automationConflictHours: z.number().positive().default(24),
  requisitionStall: z
    .object({
      minCandidates: z.number().int().min(2).default(3),
      windowBusinessDays: z.number().positive().default(5),
    })
    .default({ minCandidates: 3, windowBusinessDays: 5 }),
  teams: z.record(z.string(), TeamSettings).default({}),
  /** Days metadata is kept. */
  retentionDays: z.number().int().min(1).max(3650).default(180),
});
export type TenantSettings = z.infer<typeof TenantSettings>;
export type TenantSettingsInput = z.input<typeof TenantSettings>;

/** True when `Intl` knows the zone (works in Node and workerd). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The SLA in force for a team (team overrides over tenant values).
 *
 * @example
 * slaFor(settings, "engineering").replyToCandidate // 2
 */
export function slaFor(settings: TenantSettings, team: string | undefined): SlaSettings {
  const override = team ? settings.teams[team]?.sla : undefined;
  return { ...settings.sla, ...(override ?? {}) };
}

/**
 * Formats zod issues as one line per problem, naming the field path, for CLI and API errors.
 *
 * @example
 * describeIssues(result.error) // ["timeZone: unknown IANA time zone …"]
 */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
}
