/**
 * The HR-ops dashboard: server-rendered Hono JSX pages, no client JavaScript. Every request is
 * authenticated (Cloudflare Access JWT, or the demo user in `DEMO_MODE`), authorised by role and
 * scope; state-changing forms pass the Origin check and the double-submit CSRF token; every
 * response carries a strict Content-Security-Policy.
 */

import type { Context } from "hono";
import { Hono } from "hono";
import { every } from "hono/combine";
import { z } from "zod";
import { AlertSettings } from "../alerts/config.ts";
import { alertLog, listChannelErrors } from "../alerts/log.ts";
import { loadAlertSettings, saveAlertSettings } from "../alerts/store.ts";
import { candidateVisible } from "../api/access-checks.ts";
import { toFindingQuery } from "../api/filters.ts";
import { FindingsFilter } from "../api/schemas.ts";
import { authMode } from "../auth/config.ts";
import { csrfProtection } from "../auth/csrf.ts";
import {
  type AuthEnv,
  type AuthFailure,
  requireAuth,
  requireCapability,
  securityHeaders,
} from "../auth/middleware.ts";
import { type Capability, can, scopeOf } from "../auth/roles.ts";
import { Mailbox } from "../engine/model.ts";
import { describeIssues, TenantSettings } from "../engine/settings.ts";
import {
  candidateTimeline,
  decodeCursor,
  findingFacets,
  findingsPage,
  scopedFinding,
  updateMailbox,
} from "../storage/dashboard-queries.ts";
import { tenantRepository } from "../storage/repository.ts";
import { CreateMailboxBody } from "../worker/admin.ts";
import { seedDemoTenant } from "./demo-data.ts";
import { ErrorPage, type PageContext } from "./layout.tsx";
import { buildOverview, cachedOverview, forgetOverviews, overviewTtl } from "./overview.ts";
import { CandidatePage } from "./pages/candidate.tsx";
import { type FilterValues, FindingDetailPage, FindingsPage, findingHref } from "./pages/findings.tsx";
import { AlertsPage, DeadLettersPage, SyncPage } from "./pages/ops.tsx";
import { OverviewPage } from "./pages/overview.tsx";
import { type FieldErrors, type FormValues, SettingsPage, SLA_FIELDS } from "./pages/settings.tsx";

/** Paths the dashboard serves (its middleware is bound to these only). */
const PAGE_PATTERNS = [
  "/",
  "/findings",
  "/findings/*",
  "/findings-status",
  "/candidates/*",
  "/sync",
  "/alerts",
  "/dead-letters",
  "/settings",
  "/settings/*",
];

const htmlFail = (c: Context<AuthEnv>, f: AuthFailure) =>
  c.html(<ErrorPage status={f.status} message={f.message} />, f.status);
const need = (capability: Capability) => requireCapability(capability, htmlFail);

const PAGE_SIZE = 50;

async function pageContext(c: Context<AuthEnv>) {
  const p = c.get("principal");
  const repo = tenantRepository(c.env.DB, p.tenantId);
  let tenant = await repo.getTenant();
  // Local demo only: the first page view creates the demo tenant (DEMO_MODE, `wrangler dev`).
  if (!tenant && p.via === "demo") {
    await seedDemoTenant(c.env.DB, p.tenantId, new Date());
    tenant = await repo.getTenant();
  }
  if (!tenant) return null;
  const settings = TenantSettings.parse(tenant.settings);
  const ctx: PageContext = {
    principal: p,
    csrfToken: c.get("csrfToken"),
    demo: authMode(c.env).kind === "demo",
    tenantName: tenant.name,
    timeZone: settings.timeZone,
    path: new URL(c.req.url).pathname,
  };
  return { ctx, repo, tenant, settings };
}

function issuesToFields(issues: string[], prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const line of issues) {
    const cut = line.indexOf(": ");
    const path = cut > 0 ? line.slice(0, cut) : "(root)";
    const msg = cut > 0 ? line.slice(cut + 2) : line;
    const key = `${prefix}${path}`;
    out[key] = [...(out[key] ?? []), msg];
  }
  return out;
}

function qs(values: Record<string, string | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) u.set(k, v);
  const s = u.toString();
  return s ? `?${s}` : "";
}

/**
 * The dashboard app, mounted at `/`.
 *
 * @example
 * app.route("/", dashboardApp());
 */
export function dashboardApp() {
  const app = new Hono<AuthEnv>();
  // One guard per request even where patterns overlap (`/settings/*` also matches `/settings`).
  const guard = every(
    securityHeaders(),
    requireAuth({ allowTokens: false, onFail: htmlFail }),
    csrfProtection(),
  );
  for (const pattern of PAGE_PATTERNS) {
    app.use(pattern, async (c, next) => {
      if (c.get("guarded")) return next();
      c.set("guarded", true);
      return guard(c, next);
    });
  }

  app.get("/", need("findings:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const scope = scopeOf(pc.ctx.principal);
    const overview = await cachedOverview(pc.tenant.id, scope, overviewTtl(c.env), async () =>
      buildOverview(c.env.DB, pc.tenant.id, pc.settings, await pc.repo.listMailboxes(), scope, new Date()),
    );
    return c.html(<OverviewPage ctx={pc.ctx} overview={overview} />);
  });

  app.get("/findings", need("findings:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ""));
    const parsed = FindingsFilter.safeParse(raw);
    const errors = parsed.success ? [] : describeIssues(parsed.error);
    const filter = parsed.success ? parsed.data : {};
    const cursorText = c.req.query("cursor");
    const cursor = cursorText ? decodeCursor(cursorText) : null;
    if (cursorText && !cursor) errors.push("cursor: not a page of this list; showing the first page");
    const p = pc.ctx.principal;
    const [page, facets, mailboxes] = await Promise.all([
      findingsPage(c.env.DB, p.tenantId, scopeOf(p), toFindingQuery(filter), cursor, PAGE_SIZE),
      findingFacets(c.env.DB, p.tenantId),
      pc.repo.listMailboxes(),
    ]);
    const values: FilterValues = {};
    for (const k of ["team", "recruiter", "role", "type", "severity", "status", "from", "to"] as const) {
      const v = (filter as Record<string, string | undefined>)[k];
      if (v) values[k] = v;
    }
    return c.html(
      <FindingsPage
        ctx={pc.ctx}
        findings={page.findings}
        filters={values}
        facets={{
          teams: facets.teams,
          roles: facets.roles,
          recruiters: mailboxes
            .filter((m) => m.role === "recruiter" || m.role === "coordinator" || m.role === "hiring_manager")
            .map((m) => m.address),
        }}
        nextHref={page.nextCursor ? `/findings${qs({ ...values, cursor: page.nextCursor })}` : null}
        firstHref={cursor ? `/findings${qs(values)}` : null}
        csvHref={`/api/v1/findings.csv${qs(values)}`}
        errors={errors}
      />,
      errors.length && !parsed.success ? 400 : 200,
    );
  });

  app.get("/findings/:key{.+}", need("findings:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const p = pc.ctx.principal;
    const key = c.req.param("key");
    const finding = await scopedFinding(c.env.DB, p.tenantId, scopeOf(p), key);
    if (!finding)
      return htmlFail(c, { status: 404, message: "No such finding (or it is outside your teams)." });
    const done = c.req.query("done");
    return c.html(
      <FindingDetailPage
        ctx={pc.ctx}
        finding={finding}
        history={await pc.repo.findingHistory(key)}
        canAct={can(p, "findings:write")}
        notice={done && /^(acknowledged|resolved|open)$/.test(done) ? `Marked ${done}.` : null}
      />,
    );
  });

  app.post("/findings-status", need("findings:write"), async (c) => {
    const p = c.get("principal");
    const form = await c.req.parseBody();
    const parsed = z
      .object({ key: z.string().min(1).max(2000), status: z.enum(["open", "acknowledged", "resolved"]) })
      .safeParse(form);
    if (!parsed.success)
      return c.html(<ErrorPage status={400} message={describeIssues(parsed.error).join("; ")} />, 400);
    const { key, status } = parsed.data;
    if (!(await scopedFinding(c.env.DB, p.tenantId, scopeOf(p), key)))
      return htmlFail(c, { status: 404, message: "No such finding (or it is outside your teams)." });
    const repo = tenantRepository(c.env.DB, p.tenantId);
    const at = new Date().toISOString();
    await repo.setFindingStatus(key, status, p.actor, at, "from the dashboard");
    forgetOverviews(p.tenantId);
    await repo.logAction(p.actor, "finding.status", { key, status }, at);
    return c.redirect(`${findingHref(key)}?done=${status}`, 303);
  });

  app.get("/candidates/:id", need("findings:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const p = pc.ctx.principal;
    const id = c.req.param("id");
    const tl = await candidateTimeline(c.env.DB, p.tenantId, id);
    if (!tl || !(await candidateVisible(c.env.DB, p, id, tl.candidate.team)))
      return htmlFail(c, { status: 404, message: "No such candidate (or outside your scope)." });
    const [findings, mailboxes] = await Promise.all([
      findingsPage(c.env.DB, p.tenantId, scopeOf(p), { candidateId: id }, null, 200),
      pc.repo.listMailboxes(),
    ]);
    return c.html(
      <CandidatePage
        ctx={pc.ctx}
        candidate={tl.candidate}
        items={tl.items}
        findings={findings.findings}
        mailboxNames={Object.fromEntries(mailboxes.map((m) => [m.id, m.displayName ?? m.address]))}
        now={new Date()}
      />,
    );
  });

  app.get("/sync", need("ops:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    return c.html(
      <SyncPage
        ctx={pc.ctx}
        mailboxes={await pc.repo.listMailboxes()}
        status={await pc.repo.listSyncStatus()}
        now={new Date()}
      />,
    );
  });

  app.get("/alerts", need("ops:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    return c.html(<AlertsPage ctx={pc.ctx} rows={await alertLog(c.env.DB, pc.tenant.id)} />);
  });

  app.get("/dead-letters", need("ops:read"), async (c) => {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    return c.html(
      <DeadLettersPage
        ctx={pc.ctx}
        failures={await pc.repo.listFailures()}
        channelErrors={await listChannelErrors(c.env.DB, pc.tenant.id)}
      />,
    );
  });

  async function renderSettings(
    c: Context<AuthEnv>,
    errors: FieldErrors = {},
    values: FormValues = {},
    notice: string | null = null,
  ) {
    const pc = await pageContext(c);
    if (!pc) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const stored = await loadAlertSettings(c.env.DB, pc.tenant.id);
    return c.html(
      <SettingsPage
        ctx={pc.ctx}
        settings={pc.settings}
        mailboxes={await pc.repo.listMailboxes()}
        alerts={stored.alerts}
        errors={errors}
        values={values}
        notice={notice}
        canWrite={can(pc.ctx.principal, "settings:write")}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  }

  const savedNotice = (c: Context<AuthEnv>) => {
    const s = c.req.query("saved");
    return s === "general"
      ? "Business time and SLAs saved."
      : s === "mailbox"
        ? "Mailboxes saved."
        : s === "alerts"
          ? "Alert routing saved."
          : null;
  };
  app.get("/settings", need("settings:read"), (c) => renderSettings(c, {}, {}, savedNotice(c)));
  app.get("/settings/alerts", need("settings:read"), (c) => renderSettings(c, {}, {}, savedNotice(c)));

  app.post("/settings/general", need("settings:write"), async (c) => {
    const p = c.get("principal");
    const form = await c.req.parseBody({ all: true });
    const str = (k: string) => (typeof form[k] === "string" ? (form[k] as string).trim() : "");
    const daysRaw = form.days === undefined ? [] : Array.isArray(form.days) ? form.days : [form.days];
    const repo = tenantRepository(c.env.DB, p.tenantId);
    const tenant = await repo.getTenant();
    if (!tenant) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const num = (k: string) => (str(k) === "" ? Number.NaN : Number(str(k)));
    const input = {
      ...tenant.settings,
      timeZone: str("timeZone"),
      businessHours: { start: str("start"), end: str("end"), days: daysRaw.map((d) => Number(d)) },
      sla: Object.fromEntries(SLA_FIELDS.map((f) => [f.name, num(`sla.${f.name}`)])),
      warningPoint: num("warningPoint"),
      holidays: {
        countries: str("countries")
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((x) => x.toUpperCase()),
        dates: str("dates").split(/\s+/).filter(Boolean),
      },
    };
    const parsed = TenantSettings.safeParse(input);
    if (!parsed.success) {
      const values: FormValues = {};
      for (const [k, v] of Object.entries(form)) values[k] = Array.isArray(v) ? v.map(String) : String(v);
      if (!values.days) values.days = [];
      return renderSettings(c, issuesToFields(describeIssues(parsed.error)), values);
    }
    const at = new Date().toISOString();
    await repo.updateSettings(parsed.data, at);
    await repo.logAction(p.actor, "tenant.settings", { via: "dashboard" }, at);
    return c.redirect("/settings?saved=general", 303);
  });

  app.post("/settings/mailboxes/add", need("settings:write"), async (c) => {
    const p = c.get("principal");
    const form = await c.req.parseBody();
    const str = (k: string) => (typeof form[k] === "string" ? (form[k] as string).trim() : "");
    const parsed = CreateMailboxBody.safeParse({
      address: str("address"),
      role: str("role") || undefined,
      team: str("team") || undefined,
    });
    const values: FormValues = { address: str("address"), role: str("role"), team: str("team") };
    if (!parsed.success)
      return renderSettings(c, issuesToFields(describeIssues(parsed.error), "mailbox."), values);
    const repo = tenantRepository(c.env.DB, p.tenantId);
    const tenant = await repo.getTenant();
    if (!tenant) return htmlFail(c, { status: 403, message: "your tenant no longer exists" });
    const b = parsed.data;
    const mailbox = Mailbox.parse({
      id: b.address,
      address: b.address,
      provider: tenant.provider,
      role: b.role,
      team: b.team,
    });
    if ((await repo.listMailboxes()).some((m) => m.id === mailbox.id || m.address === mailbox.address))
      return renderSettings(c, { "mailbox.address": [`${mailbox.address} is already monitored`] }, values);
    const at = new Date().toISOString();
    await repo.addMailbox(mailbox, at);
    await repo.logAction(p.actor, "mailbox.add", { mailboxId: mailbox.id }, at);
    return c.redirect("/settings?saved=mailbox#mailboxes", 303);
  });

  app.post("/settings/mailboxes/toggle", need("settings:write"), async (c) => {
    const p = c.get("principal");
    const form = await c.req.parseBody();
    const parsed = z
      .object({ id: z.string().min(1).max(300), enabled: z.enum(["true", "false"]) })
      .safeParse(form);
    if (!parsed.success) return renderSettings(c, issuesToFields(describeIssues(parsed.error), "mailbox."));
    if (
      !(await updateMailbox(c.env.DB, p.tenantId, parsed.data.id, {
        enabled: parsed.data.enabled === "true",
      }))
    )
      return renderSettings(c, { "mailbox.address": ["no such mailbox"] });
    await tenantRepository(c.env.DB, p.tenantId).logAction(
      p.actor,
      "mailbox.update",
      { mailboxId: parsed.data.id, enabled: parsed.data.enabled === "true" },
      new Date().toISOString(),
    );
    return c.redirect("/settings?saved=mailbox#mailboxes", 303);
  });

  app.post("/settings/alerts", need("settings:write"), async (c) => {
    const p = c.get("principal");
    const form = await c.req.parseBody();
    const text = typeof form.alerts === "string" ? form.alerts : "";
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return renderSettings(c, { alerts: [`not valid JSON: ${(e as Error).message}`] }, { alerts: text });
    }
    const check = AlertSettings.safeParse(json);
    if (!check.success)
      return renderSettings(c, issuesToFields(describeIssues(check.error), "alerts."), { alerts: text });
    const saved = await saveAlertSettings(c.env.DB, p.tenantId, { alerts: json as never }, new Date());
    if (!saved.ok) return renderSettings(c, issuesToFields(saved.errors), { alerts: text });
    await tenantRepository(c.env.DB, p.tenantId).logAction(
      p.actor,
      "alerts.settings",
      { via: "dashboard" },
      new Date().toISOString(),
    );
    return c.redirect("/settings?saved=alerts#alerts", 303);
  });

  return app;
}
