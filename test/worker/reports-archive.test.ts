/**
 * Weekly report generation, archive and delivery inside workerd with real D1 (the project's
 * migrations) and the loopback mail sink.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AuditResult } from "../../src/engine/audit.ts";
import {
  CSV_COLUMNS,
  deliverWeeklyReport,
  type GenerateDeps,
  generateWeeklyReport,
  getArchivedReport,
  listArchivedReports,
  ReportSchedule,
  runWeeklyReports,
} from "../../src/reports/index.ts";
import { ORG_SETTINGS, realisticOrganisation } from "../alerts/org.ts";

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      SINKS_BASE_URL: string;
    }
  }
}

interface SinkRequest {
  kind: string;
  status: number;
  decoded?: { subject: string; to: string[]; html: string; text: string; headers: Record<string, string> };
}

function setup() {
  const ns = `reports-${crypto.randomUUID().slice(0, 8)}`;
  const tenantId = `tenant-${ns}`;
  const { org } = realisticOrganisation();
  const asOfSeen: string[] = [];
  const deps: GenerateDeps = {
    loadSettings: async () => ORG_SETTINGS,
    loadAudit: async (_tenant: string, asOf: Date): Promise<AuditResult> => {
      asOfSeen.push(asOf.toISOString());
      return org.run(asOf);
    },
    now: () => new Date("2026-03-10T09:00:00Z"),
    links: (_t, id) => ({
      permalink: `https://gw.acme.test/reports/${id}`,
      csv: `https://gw.acme.test/reports/${id}.csv`,
    }),
  };
  const sender = {
    kind: "email" as const,
    provider: "gmail" as const,
    fromMailbox: "reports@acme.com",
    baseUrl: `${env.SINKS_BASE_URL}/${ns}/gmail/`,
  };
  const mail = async (): Promise<SinkRequest[]> =>
    ((await (await fetch(`${env.SINKS_BASE_URL}/_fake/${ns}/requests`)).json()) as SinkRequest[]).filter(
      (r) => r.kind === "gmail",
    );
  return { ns, tenantId, deps, sender, mail, asOfSeen, mailToken: async () => "test-token" };
}

describe("generateWeeklyReport and the archive", () => {
  it("builds the report as of the end of the week, archives it under a permalink id and reads it back", async () => {
    const t = setup();
    const archived = await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", t.deps);
    expect(archived.id).toBe("weekly-2026-03-02-all");
    expect(t.asOfSeen).toEqual(["2026-03-08T23:00:00.000Z"]); // Monday 00:00 Berlin
    expect(archived.report.period.end).toBe("2026-03-08T23:00:00.000Z");
    expect(archived.report.openFindings.length).toBeGreaterThan(10);

    const again = await getArchivedReport(env.DB, t.tenantId, archived.id);
    expect(again?.report).toEqual(archived.report);
    expect(again?.csv.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    expect(again?.csv.trimEnd().split("\r\n")).toHaveLength(archived.report.openFindings.length + 1);
    expect(JSON.parse(again?.json ?? "{}").headline).toEqual(archived.report.headline);
    expect(archived.email.html).toContain('href="https://gw.acme.test/reports/weekly-2026-03-02-all"');

    // Tenants are isolated; unknown ids are null.
    expect(await getArchivedReport(env.DB, "someone-else", archived.id)).toBeNull();
    expect(await getArchivedReport(env.DB, t.tenantId, "weekly-1999-01-04-all")).toBeNull();
  });

  it("regenerating a week replaces the archived report (same id), and team reports are separate", async () => {
    const t = setup();
    await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", t.deps);
    await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", t.deps);
    const team = await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", { ...t.deps, team: "sales" });
    expect(team.id).toBe("weekly-2026-03-02-team-sales");
    expect(team.report.openFindings.every((f) => f.team === "sales")).toBe(true);
    const past = await generateWeeklyReport(env.DB, t.tenantId, "2026-02-16", t.deps);
    expect(past.report.period.end).toBe("2026-02-22T23:00:00.000Z");
    expect((await listArchivedReports(env.DB, t.tenantId)).map((r) => r.id)).toEqual([
      "weekly-2026-03-02-all",
      "weekly-2026-03-02-team-sales",
      "weekly-2026-02-16-all",
    ]);
  });

  it("drops an erased candidate's findings from archived reports (their report_lines rows)", async () => {
    const t = setup();
    const archived = await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", t.deps);
    const victim = archived.report.openFindings[0];
    if (!victim) throw new Error("no finding");
    await env.DB.prepare("DELETE FROM report_lines WHERE tenant_id = ? AND candidate_id = ?")
      .bind(t.tenantId, victim.candidateId)
      .run();
    const after = await getArchivedReport(env.DB, t.tenantId, archived.id);
    expect(after?.report.openFindings.some((f) => f.candidateId === victim.candidateId)).toBe(false);
    expect(after?.csv).not.toContain(victim.candidateAddress);
  });

  it("refuses a week that has not ended and an unknown team, naming them", async () => {
    const t = setup();
    await expect(generateWeeklyReport(env.DB, t.tenantId, "2026-03-09", t.deps)).rejects.toThrow(
      /week starting 2026-03-09 .* has not ended yet/,
    );
    await expect(
      generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", { ...t.deps, team: "marketing" }),
    ).rejects.toThrow(/unknown team "marketing"/);
  });
});

describe("delivery", () => {
  it("emails the report through Gmail once, even when delivery runs twice", async () => {
    const t = setup();
    const archived = await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", t.deps);
    const first = await deliverWeeklyReport(env.DB, archived, ["HRops@acme.com"], {
      sender: t.sender,
      mailToken: t.mailToken,
    });
    const second = await deliverWeeklyReport(env.DB, archived, ["hrops@acme.com"], {
      sender: t.sender,
      mailToken: t.mailToken,
    });
    expect(first.sent).toBe(true);
    expect(second).toEqual({ sent: false, reason: "already delivered" });
    const mails = await t.mail();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.decoded?.to).toEqual(["hrops@acme.com"]);
    expect(mails[0]?.decoded?.subject).toMatch(
      /^Candidate communication audit: closure rate \d+% · \d+ open findings/,
    );
    expect(mails[0]?.decoded?.html).toContain('data-role="headline-figure"');
    expect(mails[0]?.decoded?.text).toContain("Closure rate");
  });

  it("keeps a failed delivery retryable and sends it on the next run", async () => {
    const t = setup();
    await fetch(`${env.SINKS_BASE_URL}/_fake/${t.ns}/failures`, {
      method: "POST",
      body: JSON.stringify({
        path: "gmail/gmail/v1/users/reports@acme.com/messages/send",
        status: 503,
        times: 1,
      }),
    });
    const archived = await generateWeeklyReport(env.DB, t.tenantId, "2026-03-02", t.deps);
    const failed = await deliverWeeklyReport(env.DB, archived, ["hrops@acme.com"], {
      sender: t.sender,
      mailToken: t.mailToken,
    });
    expect(failed.sent).toBe(false);
    expect(failed.reason).toMatch(/HTTP 503/);
    const retried = await deliverWeeklyReport(env.DB, archived, ["hrops@acme.com"], {
      sender: t.sender,
      mailToken: t.mailToken,
    });
    expect(retried.sent).toBe(true);
  });

  it("the cron sends the tenant report and one per team at Monday 08:00 Berlin, once", async () => {
    const t = setup();
    const schedule = ReportSchedule.parse({
      recipients: ["hrops@acme.com"],
      teamRecipients: { sales: ["sam.lee@acme.com"] },
      sender: t.sender,
    });
    const tenants = [{ tenantId: t.tenantId, settings: ORG_SETTINGS, schedule }];
    const deps = { ...t.deps, mailToken: t.mailToken };
    expect(await runWeeklyReports(env.DB, tenants, new Date("2026-03-09T06:30:00Z"), deps)).toEqual([]); // 07:30 local
    const run = await runWeeklyReports(env.DB, tenants, new Date("2026-03-09T07:00:00Z"), deps);
    expect(run.map((r) => [r.reportId, r.delivered])).toEqual([
      ["weekly-2026-03-02-all", true],
      ["weekly-2026-03-02-team-engineering", true],
      ["weekly-2026-03-02-team-sales", true],
    ]);
    const overlapping = await runWeeklyReports(env.DB, tenants, new Date("2026-03-09T08:00:00Z"), deps);
    expect(overlapping.map((r) => r.detail)).toEqual([
      "already delivered",
      "already delivered",
      "already delivered",
    ]);
    const recipients = (await t.mail()).map((m) => m.decoded?.to.join(",")).sort();
    expect(recipients).toEqual([
      "hrops@acme.com",
      "lea.lead@acme.com,sam.lee@acme.com",
      "max.manager@acme.com",
    ]);
  });
});
