/**
 * The JSON API under `/api/v1`: findings (list, CSV, detail, status), candidates and timelines,
 * the overview figures, reports (JSON, CSV), settings, sync status, alert log, API tokens and
 * users. Every route is authenticated (Access JWT or `Authorization: Bearer gw_…`), authorised
 * by role and scope, rate limited per token, validated with zod and described by the OpenAPI
 * document at `/api/v1/openapi.json` generated from the same schemas.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { alertLog, listChannelErrors } from "../alerts/log.ts";
import { loadAlertSettings, saveAlertSettings } from "../alerts/store.ts";
import type { AuthEnv, AuthFailure } from "../auth/middleware.ts";
import { rateLimit, requireAuth, requireCapability, securityHeaders } from "../auth/middleware.ts";
import { type Capability, scopeOf } from "../auth/roles.ts";
import { newApiToken } from "../auth/tokens.ts";
import { buildOverview, cachedOverview, forgetOverviews, overviewTtl } from "../dashboard/overview.ts";
import { Mailbox } from "../engine/model.ts";
import { describeIssues, TenantSettings } from "../engine/settings.ts";
import { getArchivedReport, listArchivedReports } from "../reports/archive.ts";
import { CSV_COLUMNS, findingCsvRow } from "../reports/csv.ts";
import {
  deleteUser,
  insertToken,
  listTokens,
  listUsers,
  putUser,
  revokeToken,
} from "../storage/auth-queries.ts";
import {
  candidatesPage,
  candidateTimeline,
  decodeCursor,
  findingsPage,
  scopedFinding,
  updateMailbox,
} from "../storage/dashboard-queries.ts";
import { tenantRepository } from "../storage/repository.ts";
import { CreateMailboxBody } from "../worker/admin.ts";
import { isAdmin } from "../worker/auth.ts";
import { candidateVisible, reportVisible } from "./access-checks.ts";
import { toFindingQuery } from "./filters.ts";
import {
  CandidateSummary,
  ErrorBody,
  FindingsFilter,
  FindingsPage,
  FindingsQuery,
  HistoryEntrySchema,
  JsonObject,
  Paging,
  StatusChange,
  StoredFindingSchema,
  TimelineItemSchema,
  TokenCreate,
  TokenInfo,
  UserBody,
} from "./schemas.ts";

/** Rows of one CSV export at most (the export pages through storage 200 rows at a time). */
export const CSV_MAX_ROWS = 50_000;

const jsonFail = (c: Context<AuthEnv>, f: AuthFailure) => c.json({ error: f.message }, f.status);
const need = (capability: Capability) => requireCapability(capability, jsonFail);

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const errors = {
  400: json(ErrorBody, "invalid request"),
  401: json(ErrorBody, "no or invalid credentials"),
  403: json(ErrorBody, "role or scope does not allow it"),
  404: json(ErrorBody, "not found (or outside your scope)"),
  429: json(ErrorBody, "rate limited"),
};

const KeyParam = z.object({ key: z.string().min(1).max(2000) });
const IdParam = z.object({ id: z.string().min(1).max(300) });
const EmailParam = z.object({ email: z.email() });

/**
 * The API app, mounted at `/api/v1`.
 *
 * @example
 * app.route("/api/v1", apiApp());
 */
export function apiApp() {
  const app = new OpenAPIHono<AuthEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return c.json({ error: "invalid request", issues: describeIssues(result.error as z.ZodError) }, 400);
    },
  });

  app.use("*", securityHeaders());

  // Operator bootstrap: the Worker secret ADMIN_TOKEN creates a tenant's first users.
  app.put("/operator/tenants/:tenant/users/:email", async (c) => {
    if (!(await isAdmin(c.req.header("authorization") ?? null, c.env.ADMIN_TOKEN as string | undefined)))
      return c.json({ error: "missing or wrong admin bearer token" }, 401);
    const email = z.email().safeParse(c.req.param("email").toLowerCase());
    const body = UserBody.safeParse(await c.req.json().catch(() => undefined));
    if (!email.success)
      return c.json({ error: "invalid request", issues: ["email: expected a mail address"] }, 400);
    if (!body.success) return c.json({ error: "invalid request", issues: describeIssues(body.error) }, 400);
    const tenantId = c.req.param("tenant");
    if (!(await tenantRepository(c.env.DB, tenantId).getTenant()))
      return c.json({ error: "no such tenant" }, 404);
    const at = new Date().toISOString();
    await putUser(c.env.DB, tenantId, { email: email.data, ...body.data }, at);
    await tenantRepository(c.env.DB, tenantId).logAction(
      "admin:token",
      "user.put",
      { roles: body.data.roles },
      at,
    );
    return c.json({ tenantId, email: email.data, ...body.data });
  });

  app.use("*", requireAuth({ allowTokens: true, onFail: jsonFail }));
  // A browser session (Access cookie → JWT header) must not be driven cross-site: state-changing
  // calls without an API token need a same-origin Origin header.
  app.use("*", async (c, next) => {
    const method = c.req.method.toUpperCase();
    if (c.get("principal").via === "token" || method === "GET" || method === "HEAD") return next();
    const origin = c.req.header("origin");
    if (origin !== new URL(c.req.url).origin)
      return c.json(
        { error: "cross-origin or Origin-less write refused; use an API token for scripts" },
        403,
      );
    return next();
  });
  app.use("*", rateLimit());

  // ---- findings ---------------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: "get",
      path: "/findings",
      summary: "Findings inside your scope, newest first, cursor-paged",
      middleware: [need("findings:read")] as const,
      request: { query: FindingsQuery },
      responses: { 200: json(FindingsPage, "a page of findings"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const q = c.req.valid("query");
      const cursor = q.cursor ? decodeCursor(q.cursor) : null;
      if (q.cursor && !cursor)
        return c.json({ error: "invalid request", issues: ["cursor: not a cursor of this API"] }, 400);
      const page = await findingsPage(c.env.DB, p.tenantId, scopeOf(p), toFindingQuery(q), cursor, q.limit);
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/findings.csv",
      summary: "Findings inside your scope as CSV (RFC 4180, formula-safe)",
      middleware: [need("findings:read")] as const,
      request: { query: FindingsFilter },
      responses: {
        200: { content: { "text/csv": { schema: z.string() } }, description: "CSV with a header row" },
        ...errors,
      },
    }),
    async (c) => {
      const p = c.get("principal");
      const query = toFindingQuery(c.req.valid("query"));
      const lines: string[] = [CSV_COLUMNS.join(",")];
      let cursor = null;
      let truncated = false;
      for (;;) {
        const page = await findingsPage(c.env.DB, p.tenantId, scopeOf(p), query, cursor, 200);
        for (const f of page.findings) lines.push(findingCsvRow(f));
        if (!page.nextCursor) break;
        if (lines.length > CSV_MAX_ROWS) {
          truncated = true;
          break;
        }
        cursor = decodeCursor(page.nextCursor);
      }
      return c.body(`${lines.join("\r\n")}\r\n`, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="findings.csv"',
        ...(truncated ? { "x-ghostwatch-truncated": String(CSV_MAX_ROWS) } : {}),
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/findings/{key}",
      summary: "One finding with its history",
      middleware: [need("findings:read")] as const,
      request: { params: KeyParam },
      responses: {
        200: json(
          z.object({ finding: StoredFindingSchema, history: z.array(HistoryEntrySchema) }),
          "the finding",
        ),
        ...errors,
      },
    }),
    async (c) => {
      const p = c.get("principal");
      const { key } = c.req.valid("param");
      const finding = await scopedFinding(c.env.DB, p.tenantId, scopeOf(p), key);
      if (!finding) return c.json({ error: "no such finding" }, 404);
      const history = await tenantRepository(c.env.DB, p.tenantId).findingHistory(key);
      return c.json({ finding, history }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/findings/{key}/status",
      summary: "Acknowledge, resolve or reopen a finding (recorded in its history)",
      middleware: [need("findings:write")] as const,
      request: {
        params: KeyParam,
        body: { content: { "application/json": { schema: StatusChange } }, required: true },
      },
      responses: { 200: json(StoredFindingSchema, "the updated finding"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const { key } = c.req.valid("param");
      const body = c.req.valid("json");
      if (!(await scopedFinding(c.env.DB, p.tenantId, scopeOf(p), key)))
        return c.json({ error: "no such finding" }, 404);
      const repo = tenantRepository(c.env.DB, p.tenantId);
      const at = new Date().toISOString();
      const updated = await repo.setFindingStatus(key, body.status, p.actor, at, body.note);
      forgetOverviews(p.tenantId);
      if (!updated) return c.json({ error: "no such finding" }, 404);
      await repo.logAction(p.actor, "finding.status", { key, status: body.status }, at);
      return c.json(updated, 200);
    },
  );

  // ---- candidates -------------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: "get",
      path: "/candidates",
      summary: "Candidates inside your scope, latest activity first",
      middleware: [need("findings:read")] as const,
      request: { query: Paging },
      responses: {
        200: json(
          z.object({ candidates: z.array(CandidateSummary), nextCursor: z.string().nullable() }),
          "a page",
        ),
        ...errors,
      },
    }),
    async (c) => {
      const p = c.get("principal");
      const q = c.req.valid("query");
      const cursor = q.cursor ? decodeCursor(q.cursor) : null;
      if (q.cursor && !cursor)
        return c.json({ error: "invalid request", issues: ["cursor: not a cursor of this API"] }, 400);
      return c.json(await candidatesPage(c.env.DB, p.tenantId, scopeOf(p), cursor, q.limit), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/candidates/{id}/timeline",
      summary: "A candidate's cross-mailbox timeline and findings",
      middleware: [need("findings:read")] as const,
      request: { params: IdParam },
      responses: {
        200: json(
          z.object({
            candidate: JsonObject,
            items: z.array(TimelineItemSchema),
            findings: z.array(StoredFindingSchema),
          }),
          "the timeline",
        ),
        ...errors,
      },
    }),
    async (c) => {
      const p = c.get("principal");
      const { id } = c.req.valid("param");
      const tl = await candidateTimeline(c.env.DB, p.tenantId, id);
      if (!tl || !(await candidateVisible(c.env.DB, p, id, tl.candidate.team)))
        return c.json({ error: "no such candidate" }, 404);
      const findings = (await findingsPage(c.env.DB, p.tenantId, scopeOf(p), { candidateId: id }, null, 200))
        .findings;
      return c.json({ candidate: tl.candidate, items: tl.items, findings }, 200);
    },
  );

  // ---- overview, reports --------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: "get",
      path: "/overview",
      summary: "Overview figures inside your scope",
      middleware: [need("findings:read")] as const,
      responses: { 200: json(JsonObject, "figures (see docs/api.md)"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const repo = tenantRepository(c.env.DB, p.tenantId);
      const tenant = await repo.getTenant();
      if (!tenant) return c.json({ error: "no such tenant" }, 404);
      const scope = scopeOf(p);
      const overview = await cachedOverview(p.tenantId, scope, overviewTtl(c.env), async () =>
        buildOverview(
          c.env.DB,
          p.tenantId,
          TenantSettings.parse(tenant.settings),
          await repo.listMailboxes(),
          scope,
          new Date(),
        ),
      );
      return c.json(overview as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports",
      summary: "Archived weekly reports you may read",
      middleware: [need("findings:read")] as const,
      responses: { 200: json(z.object({ reports: z.array(JsonObject) }), "report ids"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const all = await listArchivedReports(c.env.DB, p.tenantId);
      return c.json({ reports: all.filter((r) => reportVisible(p, r)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}",
      summary: "One archived weekly report (the report model as JSON)",
      middleware: [need("findings:read")] as const,
      request: { params: IdParam },
      responses: { 200: json(JsonObject, "the report"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const r = await getArchivedReport(c.env.DB, p.tenantId, c.req.valid("param").id);
      if (!r || !reportVisible(p, r)) return c.json({ error: "no such report" }, 404);
      return c.json(
        { id: r.id, team: r.team, weekStart: r.weekStart, createdAt: r.createdAt, report: r.report },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}/csv",
      summary: "An archived report's open-findings table as CSV",
      middleware: [need("findings:read")] as const,
      request: { params: IdParam },
      responses: { 200: { content: { "text/csv": { schema: z.string() } }, description: "CSV" }, ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const r = await getArchivedReport(c.env.DB, p.tenantId, c.req.valid("param").id);
      if (!r || !reportVisible(p, r)) return c.json({ error: "no such report" }, 404);
      return c.body(r.csv, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${r.id}.csv"`,
      });
    },
  );

  // ---- settings (admin) ---------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: "get",
      path: "/settings",
      summary: "Tenant settings, alert routing, report schedule and monitored mailboxes",
      middleware: [need("settings:read")] as const,
      responses: { 200: json(JsonObject, "settings"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const repo = tenantRepository(c.env.DB, p.tenantId);
      const tenant = await repo.getTenant();
      if (!tenant) return c.json({ error: "no such tenant" }, 404);
      const stored = await loadAlertSettings(c.env.DB, p.tenantId);
      return c.json(
        {
          settings: tenant.settings,
          alerts: stored.alerts,
          schedule: stored.schedule,
          mailboxes: await repo.listMailboxes(),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/settings",
      summary: "Replace tenant settings and/or alert settings (validated; errors name the field)",
      middleware: [need("settings:write")] as const,
      request: {
        body: {
          content: {
            "application/json": {
              schema: z.object({
                settings: JsonObject.optional(),
                alerts: JsonObject.optional(),
                schedule: JsonObject.optional(),
              }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(JsonObject, "stored settings"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const body = c.req.valid("json");
      const repo = tenantRepository(c.env.DB, p.tenantId);
      const errorsOut: string[] = [];
      let settings: TenantSettings | undefined;
      if (body.settings !== undefined) {
        const parsed = TenantSettings.safeParse(body.settings);
        if (parsed.success) settings = parsed.data;
        else errorsOut.push(...describeIssues(parsed.error).map((e) => `settings.${e}`));
      }
      if (errorsOut.length) return c.json({ error: "invalid settings", issues: errorsOut }, 400);
      const now = new Date();
      if (body.alerts !== undefined || body.schedule !== undefined) {
        const saved = await saveAlertSettings(
          c.env.DB,
          p.tenantId,
          {
            ...(body.alerts !== undefined ? { alerts: body.alerts } : {}),
            ...(body.schedule !== undefined ? { schedule: body.schedule } : {}),
          },
          now,
        );
        if (!saved.ok) return c.json({ error: "invalid settings", issues: saved.errors }, 400);
      }
      if (settings) await repo.updateSettings(settings, now.toISOString());
      await repo.logAction(p.actor, "tenant.settings", { via: "api" }, now.toISOString());
      const tenant = await repo.getTenant();
      const stored = await loadAlertSettings(c.env.DB, p.tenantId);
      return c.json(
        { settings: tenant?.settings ?? null, alerts: stored.alerts, schedule: stored.schedule },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/settings/mailboxes",
      summary: "Add a monitored mailbox",
      middleware: [need("settings:write")] as const,
      request: { body: { content: { "application/json": { schema: CreateMailboxBody } }, required: true } },
      responses: {
        201: json(JsonObject, "the mailbox"),
        409: json(ErrorBody, "already monitored"),
        ...errors,
      },
    }),
    async (c) => {
      const p = c.get("principal");
      const b = c.req.valid("json");
      const repo = tenantRepository(c.env.DB, p.tenantId);
      const tenant = await repo.getTenant();
      if (!tenant) return c.json({ error: "no such tenant" }, 404);
      const mailbox = Mailbox.parse({
        id: b.id ?? b.address,
        address: b.address,
        displayName: b.displayName,
        provider: tenant.provider,
        role: b.role,
        team: b.team,
      });
      if ((await repo.listMailboxes()).some((m) => m.id === mailbox.id || m.address === mailbox.address))
        return c.json({ error: `mailbox ${mailbox.address} is already monitored` }, 409);
      const at = new Date().toISOString();
      await repo.addMailbox(mailbox, at);
      await repo.logAction(p.actor, "mailbox.add", { mailboxId: mailbox.id }, at);
      return c.json(mailbox, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/settings/mailboxes/{id}",
      summary: "Change a mailbox's team, role or enabled flag",
      middleware: [need("settings:write")] as const,
      request: {
        params: IdParam,
        body: {
          content: {
            "application/json": {
              schema: z.object({
                team: z.string().min(1).max(100).nullable().optional(),
                role: Mailbox.shape.role.optional(),
                enabled: z.boolean().optional(),
              }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(JsonObject, "updated"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      if (!(await updateMailbox(c.env.DB, p.tenantId, id, patch)))
        return c.json({ error: "no such mailbox" }, 404);
      await tenantRepository(c.env.DB, p.tenantId).logAction(
        p.actor,
        "mailbox.update",
        { mailboxId: id, ...patch },
        new Date().toISOString(),
      );
      return c.json({ id, ...patch }, 200);
    },
  );

  // ---- operations ---------------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: "get",
      path: "/sync",
      summary: "Sync health per mailbox, sync dead letters and failing alert channels",
      middleware: [need("ops:read")] as const,
      responses: { 200: json(JsonObject, "status"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const repo = tenantRepository(c.env.DB, p.tenantId);
      const now = new Date();
      const mailboxes = new Map((await repo.listMailboxes()).map((m) => [m.id, m]));
      const status = await repo.listSyncStatus();
      return c.json(
        {
          now: now.toISOString(),
          mailboxes: status.map((s) => ({
            ...s,
            address: mailboxes.get(s.mailboxId)?.address ?? null,
            team: mailboxes.get(s.mailboxId)?.team ?? null,
            lagSeconds: s.lastSuccessAt
              ? Math.max(0, Math.round((now.getTime() - Date.parse(s.lastSuccessAt)) / 1000))
              : null,
          })),
          deadLetters: await repo.listFailures(),
          channelErrors: await listChannelErrors(c.env.DB, p.tenantId),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/alerts",
      summary: "The alert log, newest first",
      middleware: [need("ops:read")] as const,
      responses: { 200: json(z.object({ alerts: z.array(JsonObject) }), "alert log"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const rows = await alertLog(c.env.DB, p.tenantId);
      return c.json({ alerts: rows.map(({ tenant_id: _t, ...r }) => r) }, 200);
    },
  );

  // ---- tokens and users (admin) -------------------------------------------------------------
  app.openapi(
    createRoute({
      method: "get",
      path: "/tokens",
      summary: "API tokens of the tenant (never the secret)",
      middleware: [need("access:admin")] as const,
      responses: { 200: json(z.object({ tokens: z.array(TokenInfo) }), "tokens"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const tokens = (await listTokens(c.env.DB, p.tenantId)).map(
        ({ tokenHash: _h, tenantId: _t, ...t }) => t,
      );
      return c.json({ tokens }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/tokens",
      summary: "Create an API token; the token is in this response only",
      middleware: [need("access:admin")] as const,
      request: { body: { content: { "application/json": { schema: TokenCreate } }, required: true } },
      responses: { 201: json(TokenInfo.extend({ token: z.string() }), "the new token"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const b = c.req.valid("json");
      const { token, id, hash } = await newApiToken();
      const at = new Date().toISOString();
      await insertToken(
        c.env.DB,
        p.tenantId,
        {
          id,
          name: b.name,
          roles: b.roles,
          teams: b.teams,
          email: b.email?.toLowerCase() ?? null,
          tokenHash: hash,
          createdBy: p.actor,
        },
        at,
      );
      await tenantRepository(c.env.DB, p.tenantId).logAction(
        p.actor,
        "token.create",
        { id, roles: b.roles },
        at,
      );
      return c.json(
        {
          token,
          id,
          name: b.name,
          roles: b.roles,
          teams: b.teams,
          email: b.email ?? null,
          createdAt: at,
          createdBy: p.actor,
          lastUsedAt: null,
          revokedAt: null,
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/tokens/{id}",
      summary: "Revoke an API token",
      middleware: [need("access:admin")] as const,
      request: { params: IdParam },
      responses: { 200: json(z.object({ revoked: z.string() }), "revoked"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const { id } = c.req.valid("param");
      const at = new Date().toISOString();
      if (!(await revokeToken(c.env.DB, p.tenantId, id, at)))
        return c.json({ error: "no such active token" }, 404);
      await tenantRepository(c.env.DB, p.tenantId).logAction(p.actor, "token.revoke", { id }, at);
      return c.json({ revoked: id }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/users",
      summary: "Dashboard users of the tenant (Access emails, roles, teams)",
      middleware: [need("access:admin")] as const,
      responses: { 200: json(z.object({ users: z.array(JsonObject) }), "users"), ...errors },
    }),
    async (c) => c.json({ users: await listUsers(c.env.DB, c.get("principal").tenantId) }, 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/users/{email}",
      summary: "Create or change a dashboard user",
      middleware: [need("access:admin")] as const,
      request: {
        params: EmailParam,
        body: { content: { "application/json": { schema: UserBody } }, required: true },
      },
      responses: { 200: json(JsonObject, "the user"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const { email } = c.req.valid("param");
      const b = c.req.valid("json");
      const at = new Date().toISOString();
      await putUser(c.env.DB, p.tenantId, { email, ...b }, at);
      await tenantRepository(c.env.DB, p.tenantId).logAction(p.actor, "user.put", { roles: b.roles }, at);
      return c.json({ email: email.toLowerCase(), ...b }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/users/{email}",
      summary: "Remove a dashboard user",
      middleware: [need("access:admin")] as const,
      request: { params: EmailParam },
      responses: { 200: json(z.object({ removed: z.string() }), "removed"), ...errors },
    }),
    async (c) => {
      const p = c.get("principal");
      const { email } = c.req.valid("param");
      if (!(await deleteUser(c.env.DB, p.tenantId, email))) return c.json({ error: "no such user" }, 404);
      await tenantRepository(c.env.DB, p.tenantId).logAction(
        p.actor,
        "user.delete",
        {},
        new Date().toISOString(),
      );
      return c.json({ removed: email.toLowerCase() }, 200);
    },
  );

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "ghostwatch API",
      version: "1.0.0",
      description:
        "Findings, candidates, timelines, reports, settings and sync status. Authenticate with Cloudflare Access or `Authorization: Bearer gw_…`.",
    },
    servers: [{ url: "/api/v1" }],
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  return app;
}
