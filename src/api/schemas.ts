/**
 * The API's request and response schemas (zod; the OpenAPI document is generated from them).
 * Engine contracts (Finding, TenantSettings) are reused as they are.
 */
import { z } from "@hono/zod-openapi";
import { ROLES } from "../auth/roles.ts";
import { Finding, FindingStatus, FindingType, Severity } from "../engine/model.ts";

const DateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Findings filters shared by the list, the CSV export and the dashboard. */
export const FindingsFilter = z.object({
  team: z.string().min(1).max(100).optional(),
  recruiter: z
    .string()
    .min(3)
    .max(320)
    .optional()
    .openapi({ description: "an organisation address among the finding's people" }),
  role: z.string().min(1).max(200).optional(),
  type: FindingType.optional(),
  severity: Severity.optional(),
  status: FindingStatus.optional(),
  from: DateOrInstant.optional().openapi({ description: "since ≥ from (date or instant)" }),
  to: DateOrInstant.optional().openapi({ description: "since before the end of this date / this instant" }),
  candidate: z.string().min(1).max(300).optional(),
});
export type FindingsFilter = z.infer<typeof FindingsFilter>;

export const Paging = z.object({
  cursor: z
    .string()
    .max(1000)
    .optional()
    .openapi({ description: "opaque cursor from the previous page's nextCursor" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const FindingsQuery = FindingsFilter.extend(Paging.shape);

export const StoredFindingSchema = Finding.extend({
  openedAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
}).openapi("Finding");

export const HistoryEntrySchema = z
  .object({
    findingKey: z.string(),
    seq: z.number(),
    at: z.string(),
    actor: z.string(),
    change: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
    fromType: z.string().nullable(),
    toType: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("FindingHistoryEntry");

export const FindingsPage = z
  .object({ findings: z.array(StoredFindingSchema), nextCursor: z.string().nullable() })
  .openapi("FindingsPage");

export const StatusChange = z
  .object({
    status: z.enum(["open", "acknowledged", "resolved"]),
    note: z.string().max(500).optional(),
  })
  .openapi("StatusChange");

export const ErrorBody = z
  .object({ error: z.string(), issues: z.array(z.string()).optional() })
  .openapi("Error");

export const TimelineItemSchema = z
  .object({
    kind: z.enum(["message", "event"]),
    at: z.string(),
    mailboxIds: z.array(z.string()),
    id: z.string(),
    internetMessageId: z.string().nullable(),
    subject: z.string(),
    from: z.string().nullable(),
    fromName: z.string().nullable(),
    to: z.array(z.string()),
    label: z.string().nullable(),
    confidence: z.number().nullable(),
    evidence: z.array(z.string()),
    start: z.string().optional(),
    end: z.string().optional(),
    cancelled: z.boolean().optional(),
  })
  .openapi("TimelineItem");

export const CandidateSummary = z
  .object({
    id: z.string(),
    primaryAddress: z.string(),
    name: z.string().nullable(),
    team: z.string().nullable(),
    lastActivityAt: z.string().nullable(),
  })
  .openapi("CandidateSummary");

export const TokenCreate = z
  .object({
    name: z.string().min(1).max(100),
    roles: z.array(z.enum(ROLES)).min(1),
    teams: z.array(z.string().min(1).max(100)).max(50).default([]),
    email: z.email().optional().openapi({ description: "for a recruiter token: whose findings it sees" }),
  })
  .refine((t) => !t.roles.includes("recruiter") || t.email, {
    message: "a recruiter token needs the email of the recruiter it acts for",
    path: ["email"],
  })
  .refine((t) => !t.roles.includes("team_lead") || t.teams.length > 0, {
    message: "a team_lead token needs at least one team",
    path: ["teams"],
  })
  .openapi("TokenCreate");

export const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    teams: z.array(z.string()),
    email: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi("TokenInfo");

export const UserBody = z
  .object({
    roles: z.array(z.enum(ROLES)).min(1),
    teams: z.array(z.string().min(1).max(100)).max(50).default([]),
  })
  .openapi("UserBody");

/** Any JSON object (figures, settings…); described in docs/api.md. */
export const JsonObject = z.looseObject({}).openapi("Object");
