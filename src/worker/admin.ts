/**
 * The admin API (`/admin/*`): tenant onboarding, mailboxes, sync status, findings status
 * changes, erasure, audit log. Authenticated by the bearer token in the Worker secret
 * `ADMIN_TOKEN` (constant-time comparison). Every outside input is validated with zod and
 * errors name the field paths in plain words. Every action writes an audit-log entry.
 */
import { Hono } from "hono";
import { z } from "zod";
import { Mailbox, MailboxRole } from "../engine/model.ts";
import { describeIssues, TenantSettings } from "../engine/settings.ts";
import { createTenant } from "../storage/admin.ts";
import { tenantRepository } from "../storage/repository.ts";
import { chunk } from "../storage/sql.ts";
import { isAdmin } from "./auth.ts";
import { describeError } from "./coordinator.ts";
import { productionEngine } from "./engine.ts";
import type { Env } from "./env.ts";
import { clockFor, coordinatorName, jobClock, type QueueJob } from "./jobs.ts";
import { subscribeMailbox } from "./push.ts";
import { reauditAddresses } from "./reaudit.ts";
import { sealSecret, secretsKey } from "./secrets.ts";

const TenantId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "expected lower-case letters, digits and dashes, e.g. acme-eu");

const MicrosoftTenant = z.object({
  provider: z.literal("microsoft"),
  providerConfig: z.object({
    /** The Entra ID (Azure AD) directory id of the customer. */
    tenantId: z.string().min(1, "the Entra ID directory (tenant) id is required"),
    clientId: z.string().min(1, "the application (client) id is required"),
    folders: z.array(z.string().min(1)).optional(),
    lookbackDays: z.number().int().positive().max(3650).optional(),
  }),
  /** The client secret; stored sealed in D1 unless the Worker secret GRAPH_CLIENT_SECRET__<TENANT> is used. */
  secrets: z
    .object({ clientSecret: z.string().min(1) })
    .partial()
    .optional(),
});

const GoogleTenant = z.object({
  provider: z.literal("google"),
  providerConfig: z.object({
    clientEmail: z.email("expected the service account's email"),
    scopeMode: z.enum(["metadata", "readonly"]).optional(),
    privateKeyId: z.string().min(1).optional(),
    /** `projects/{project}/topics/{topic}` for Gmail push (optional: without it, cron only). */
    pubsubTopic: z
      .string()
      .regex(/^projects\/[^/]+\/topics\/[^/]+$/, "expected projects/{project}/topics/{topic}")
      .optional(),
    lookbackDays: z.number().int().positive().max(3650).optional(),
  }),
  /** The service account's private key (PEM); sealed in D1 unless GOOGLE_SA_KEY__<TENANT> is set. */
  secrets: z
    .object({ privateKeyPem: z.string().includes("PRIVATE KEY", { message: "expected a PEM private key" }) })
    .partial()
    .optional(),
});

export const CreateTenantBody = z.intersection(
  z.object({
    id: TenantId,
    name: z.string().min(1).max(200),
    settings: TenantSettings,
  }),
  z.discriminatedUnion("provider", [MicrosoftTenant, GoogleTenant]),
);

export const CreateMailboxBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9._@+-]{1,200}$/, "letters, digits and . _ @ + - only")
    .optional(),
  address: z.email("expected a mail address").transform((s) => s.toLowerCase()),
  displayName: z.string().max(200).optional(),
  role: MailboxRole.default("recruiter"),
  team: z.string().min(1).max(100).optional(),
});

const StatusBody = z.object({
  status: z.enum(["open", "acknowledged", "resolved"]),
  note: z.string().max(500).optional(),
});

const ErasureBody = z.object({ address: z.email("expected the candidate's mail address") });

/** Secret names by provider: body field → stored name. */
const SECRET_NAMES = { clientSecret: "GRAPH_CLIENT_SECRET", privateKeyPem: "GOOGLE_SA_KEY" } as const;

type AdminEnv = { Bindings: Env; Variables: { actor: string } };

function invalid(what: string, error: z.ZodError) {
  return { error: `invalid ${what}`, issues: describeIssues(error) };
}

/**
 * The admin routes, mounted under `/admin`.
 *
 * @example
 * app.route("/admin", adminApp());
 */
export function adminApp() {
  const app = new Hono<AdminEnv>();

  app.use("*", async (c, next) => {
    if (!(await isAdmin(c.req.header("authorization") ?? null, c.env.ADMIN_TOKEN))) {
      return c.json({ error: "missing or wrong admin bearer token" }, 401);
    }
    const who = c.req.header("x-ghostwatch-actor");
    const email = who ? z.email().safeParse(who.trim().toLowerCase()) : null;
    if (email && !email.success) return c.json({ error: "x-ghostwatch-actor must be a mail address" }, 400);
    c.set("actor", email?.success ? `user:${email.data}` : "admin:token");
    await next();
  });

  const now = (c: { env: Env; req: { header(name: string): string | undefined } }) =>
    clockFor(c.env, c.req.header("x-ghostwatch-clock"));

  app.post("/tenants", async (c) => {
    const body = await c.req.json().catch(() => undefined);
    if (body === undefined) return c.json({ error: "request body must be JSON" }, 400);
    const parsed = CreateTenantBody.safeParse(body);
    if (!parsed.success) return c.json(invalid("tenant configuration", parsed.error), 400);
    const t = parsed.data;
    const at = now(c).toISOString();
    const secrets = Object.entries(t.secrets ?? {}).filter(([, v]) => typeof v === "string" && v.length > 0);
    let key: CryptoKey | null = null;
    if (secrets.length > 0) {
      try {
        key = await secretsKey(c.env.SECRETS_KEY);
      } catch (e) {
        return c.json({ error: (e as Error).message }, 400);
      }
    }
    const created = await createTenant(
      c.env.DB,
      {
        id: t.id,
        name: t.name,
        provider: t.provider,
        providerConfig: t.providerConfig,
        settings: t.settings,
      },
      at,
    );
    if (!created) return c.json({ error: `tenant ${t.id} already exists` }, 409);
    const repo = tenantRepository(c.env.DB, t.id);
    for (const [field, value] of secrets) {
      const name = SECRET_NAMES[field as keyof typeof SECRET_NAMES];
      await repo.putSecret(name, await sealSecret(key!, t.id, name, value as string), at);
    }
    await repo.logAction(
      c.get("actor"),
      "tenant.create",
      {
        provider: t.provider,
        secretsStored: secrets.map(([f]) => SECRET_NAMES[f as keyof typeof SECRET_NAMES]),
      },
      at,
    );
    return c.json({ id: t.id, provider: t.provider, settings: t.settings }, 201);
  });

  app.get("/tenants/:id", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    const tenant = await repo.getTenant();
    if (!tenant) return c.json({ error: "no such tenant" }, 404);
    return c.json({ ...tenant, mailboxes: await repo.listMailboxes() });
  });

  app.put("/tenants/:id/settings", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    if (!(await repo.getTenant())) return c.json({ error: "no such tenant" }, 404);
    const parsed = TenantSettings.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(invalid("tenant settings", parsed.error), 400);
    const at = now(c).toISOString();
    await repo.updateSettings(parsed.data, at);
    await repo.logAction(c.get("actor"), "tenant.settings", {}, at);
    return c.json({ settings: parsed.data });
  });

  app.post("/tenants/:id/mailboxes", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    const tenant = await repo.getTenant();
    if (!tenant) return c.json({ error: "no such tenant" }, 404);
    const parsed = CreateMailboxBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(invalid("mailbox", parsed.error), 400);
    const b = parsed.data;
    const mailbox = Mailbox.parse({
      id: b.id ?? b.address,
      address: b.address,
      displayName: b.displayName,
      provider: tenant.provider,
      role: b.role,
      team: b.team,
    });
    const existing = await repo.listMailboxes();
    if (existing.some((m) => m.id === mailbox.id || m.address === mailbox.address)) {
      return c.json({ error: `mailbox ${mailbox.address} is already monitored` }, 409);
    }
    const at = now(c).toISOString();
    await repo.addMailbox(mailbox, at);
    await repo.logAction(c.get("actor"), "mailbox.add", { mailboxId: mailbox.id, role: mailbox.role }, at);
    return c.json(mailbox, 201);
  });

  app.post("/tenants/:id/mailboxes/:mailboxId/subscribe", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    const tenant = await repo.getTenant();
    const mailbox = tenant ? await repo.getMailbox(c.req.param("mailboxId")) : null;
    if (!tenant || !mailbox) return c.json({ error: "no such tenant or mailbox" }, 404);
    const at = now(c);
    try {
      const created = await subscribeMailbox(c.env, repo, tenant, mailbox, at);
      await repo.logAction(
        c.get("actor"),
        "push.subscribe",
        { mailboxId: mailbox.id, channels: created },
        at.toISOString(),
      );
      return c.json(
        { subscriptions: (await repo.listSubscriptions()).filter((s) => s.mailboxId === mailbox.id) },
        201,
      );
    } catch (e) {
      return c.json({ error: `could not start push for ${mailbox.id}: ${describeError(e)}` }, 502);
    }
  });

  app.post("/tenants/:id/sync", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    if (!(await repo.getTenant())) return c.json({ error: "no such tenant" }, 404);
    const at = now(c);
    const mailboxes = (await repo.listMailboxes()).filter((m) => m.enabled);
    const jobs: { body: QueueJob }[] = mailboxes.map((m) => ({
      body: {
        kind: "sync",
        tenantId: repo.tenantId,
        mailboxId: m.id,
        reason: "admin",
        ...jobClock(c.env, at),
      },
    }));
    // Queues take at most 100 messages per sendBatch.
    for (const part of chunk(jobs, 100)) await c.env.SYNC_QUEUE.sendBatch(part);
    await repo.logAction(c.get("actor"), "sync.request", { mailboxes: jobs.length }, at.toISOString());
    return c.json({ enqueued: mailboxes.map((m) => coordinatorName(repo.tenantId, m.id)) }, 202);
  });

  app.get("/tenants/:id/sync-status", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    if (!(await repo.getTenant())) return c.json({ error: "no such tenant" }, 404);
    const at = now(c);
    const mailboxes = new Map((await repo.listMailboxes()).map((m) => [m.id, m]));
    const status = await repo.listSyncStatus();
    return c.json({
      tenantId: repo.tenantId,
      now: at.toISOString(),
      mailboxes: status.map((s) => ({
        mailboxId: s.mailboxId,
        address: mailboxes.get(s.mailboxId)?.address ?? null,
        state: s.state,
        lastSuccessAt: s.lastSuccessAt,
        lagSeconds: s.lastSuccessAt
          ? Math.max(0, Math.round((at.getTime() - Date.parse(s.lastSuccessAt)) / 1000))
          : null,
        lastError: s.lastError,
        nextAttemptAt: s.nextAttemptAt,
        backoffUntil: s.backoffUntil,
        consecutiveFailures: s.consecutiveFailures,
        pagesSynced: s.pagesSynced,
        slices: s.slices,
        rowsWritten: s.rowsWritten,
        messagesSynced: s.messagesSynced,
      })),
      deadLetters: await repo.listFailures(),
    });
  });

  app.get("/tenants/:id/findings", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    const q = c.req.query();
    const parsed = z
      .object({
        status: z.enum(["open", "acknowledged", "resolved", "auto_resolved"]).optional(),
        type: z.string().optional(),
        team: z.string().optional(),
        candidateId: z.string().optional(),
        limit: z.coerce.number().int().positive().max(5000).optional(),
      })
      .safeParse(q);
    if (!parsed.success) return c.json(invalid("findings query", parsed.error), 400);
    return c.json({ findings: await repo.listFindings(parsed.data) });
  });

  app.get("/tenants/:id/findings/:key/history", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    const key = c.req.param("key");
    if (!(await repo.getFinding(key))) return c.json({ error: "no such finding" }, 404);
    return c.json({ history: await repo.findingHistory(key) });
  });

  app.post("/tenants/:id/findings/:key/status", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    const parsed = StatusBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(invalid("status change", parsed.error), 400);
    const at = now(c).toISOString();
    const key = c.req.param("key");
    const updated = await repo.setFindingStatus(
      key,
      parsed.data.status,
      c.get("actor"),
      at,
      parsed.data.note,
    );
    if (!updated) return c.json({ error: "no such finding" }, 404);
    await repo.logAction(c.get("actor"), "finding.status", { key, status: parsed.data.status }, at);
    return c.json(updated);
  });

  app.post("/tenants/:id/erasure", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    if (!(await repo.getTenant())) return c.json({ error: "no such tenant" }, 404);
    const parsed = ErasureBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(invalid("erasure request", parsed.error), 400);
    const at = now(c).toISOString();
    const { counts, touched } = await repo.eraseAddress(parsed.data.address);
    // People who shared a removed message with the candidate get their timelines re-audited.
    const tenant = (await repo.getTenant())!;
    await reauditAddresses(c.env.DB, repo, tenant, await repo.listMailboxes(), touched, {
      now: now(c),
      engine: productionEngine,
      actor: c.get("actor"),
      full: false,
    });
    // The log names what was removed, never whom.
    await repo.logAction(c.get("actor"), "candidate.erase", { ...counts }, at);
    return c.json({ erased: counts });
  });

  app.get("/tenants/:id/audit-log", async (c) => {
    const repo = tenantRepository(c.env.DB, c.req.param("id"));
    return c.json({ entries: await repo.listAuditLog() });
  });

  return app;
}
