/**
 * The admin API: bearer authentication, zod validation with field paths in plain words before
 * any sync starts, secrets sealed in D1, one audit-log entry per action, sync status for the
 * dashboard; and /health without auth or tenant data.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { tenantRepository } from "../../src/storage/repository.ts";
import { constantTimeEqual } from "../../src/worker/auth.ts";
import { openSecret, secretsKey } from "../../src/worker/secrets.ts";
import { admin, onboard } from "./support.ts";

const tenant = (over: Record<string, unknown> = {}) => ({
  id: "acme",
  name: "Acme",
  provider: "microsoft",
  providerConfig: { tenantId: "dir-1", clientId: "app-1" },
  settings: { orgDomains: ["acme.com"], timeZone: "Europe/Paris" },
  ...over,
});

describe("authentication", () => {
  it("refuses a missing or wrong bearer token and accepts the right one", async () => {
    const none = await SELF.fetch("https://ghostwatch.test/admin/tenants/acme");
    expect(none.status).toBe(401);
    const wrong = await admin("GET", "/tenants/acme", undefined, {
      authorization: "Bearer test-admin-tokem",
    });
    expect(wrong.status).toBe(401);
    const right = await admin("GET", "/tenants/nobody");
    expect(right.status).toBe(404);
    expect(await constantTimeEqual("abc", "abc")).toBe(true);
    expect(await constantTimeEqual("abc", "abd")).toBe(false);
    expect(await constantTimeEqual("abc", "abcd")).toBe(false);
  });

  it("serves /health without auth and without tenant data", async () => {
    await onboard("healthy");
    const res = await SELF.fetch("https://ghostwatch.test/health");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: "ok", service: "ghostwatch" });
    expect(text).not.toContain("healthy");
  });
});

describe("tenant onboarding", () => {
  it("reports every configuration problem by field path, in plain words, and creates nothing", async () => {
    const res = await admin(
      "POST",
      "/tenants",
      tenant({
        id: "Bad Id",
        providerConfig: { tenantId: "", clientId: "app-1" },
        settings: {
          orgDomains: [],
          timeZone: "Mars/Olympus",
          businessHours: { start: "18:00", end: "09:00" },
          sla: { replyToCandidate: -1 },
        },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid tenant configuration");
    const issues = res.body.issues as string[];
    expect(issues).toEqual(
      expect.arrayContaining([
        "id: expected lower-case letters, digits and dashes, e.g. acme-eu",
        "settings.orgDomains: at least one organisation domain is required",
        "settings.timeZone: unknown IANA time zone (e.g. Europe/Paris, America/Chicago)",
        "settings.businessHours.end: business hours must end after they start",
        "providerConfig.tenantId: the Entra ID directory (tenant) id is required",
      ]),
    );
    expect(issues.some((i) => i.startsWith("settings.sla.replyToCandidate:"))).toBe(true);
    expect(
      await env.DB.prepare("SELECT COUNT(*) AS n FROM tenants WHERE id IN ('acme', 'Bad Id')").first("n"),
    ).toBe(0);
    const notJson = await SELF.fetch("https://ghostwatch.test/admin/tenants", {
      method: "POST",
      headers: { authorization: "Bearer test-admin-token" },
      body: "{",
    });
    expect(await notJson.json()).toEqual({ error: "request body must be JSON" });
  });

  it("creates a tenant with SPEC defaults, seals its secret, adds mailboxes and logs each action", async () => {
    const res = await admin("POST", "/tenants", tenant({ secrets: { clientSecret: "very-secret-value" } }), {
      "x-ghostwatch-actor": "ops@acme.com",
    });
    expect(res.status).toBe(201);
    expect(res.body.settings).toMatchObject({
      timeZone: "Europe/Paris",
      retentionDays: 180,
      sla: { replyToCandidate: 2 },
    });
    const again = await admin("POST", "/tenants", tenant());
    expect(again.status).toBe(409);

    const row = await env.DB.prepare("SELECT * FROM tenant_secrets WHERE tenant_id = 'acme'").first<{
      iv: string;
      ciphertext: string;
    }>();
    expect(JSON.stringify(row)).not.toContain("very-secret-value");
    const key = await secretsKey(env.SECRETS_KEY);
    expect(await openSecret(key, "acme", "GRAPH_CLIENT_SECRET", row!)).toBe("very-secret-value");
    await expect(openSecret(key, "other", "GRAPH_CLIENT_SECRET", row!)).rejects.toThrow();

    const mb = await admin("POST", "/tenants/acme/mailboxes", { address: "Jo@Acme.com", team: "eng" });
    expect(mb.status).toBe(201);
    expect(mb.body).toMatchObject({
      id: "jo@acme.com",
      address: "jo@acme.com",
      provider: "microsoft",
      role: "recruiter",
    });
    expect((await admin("POST", "/tenants/acme/mailboxes", { address: "jo@acme.com" })).status).toBe(409);
    const bad = await admin("POST", "/tenants/acme/mailboxes", { address: "nope", role: "boss" });
    expect(bad.body.issues).toEqual(["address: expected a mail address", expect.stringMatching(/^role: /)]);

    const log = await tenantRepository(env.DB, "acme").listAuditLog();
    expect(log.map((e) => [e.actor, e.action])).toEqual([
      ["user:ops@acme.com", "tenant.create"],
      ["admin:token", "mailbox.add"],
    ]);
    expect(JSON.stringify(log)).not.toContain("very-secret-value");
  });

  it("shows per-mailbox sync status with lag, last error in words and next attempt", async () => {
    await onboard("st", { mailboxes: [{ id: "jo", address: "jo@acme.com" }] });
    const repo = tenantRepository(env.DB, "st");
    await repo.recordSync("jo", {
      state: "error",
      lastSuccessAt: "2026-03-03T08:00:00.000Z",
      lastError: "provider rejected the credentials or configuration: invalid_client",
      nextAttemptAt: "2026-03-03T09:00:00.000Z",
    });
    const res = await admin("GET", "/tenants/st/sync-status", undefined, {
      "x-ghostwatch-clock": "2026-03-03T08:30:00Z",
    });
    expect(res.body.mailboxes).toEqual([
      expect.objectContaining({
        mailboxId: "jo",
        address: "jo@acme.com",
        state: "error",
        lagSeconds: 1800,
        lastError: "provider rejected the credentials or configuration: invalid_client",
        nextAttemptAt: "2026-03-03T09:00:00.000Z",
      }),
    ]);
  });
});
