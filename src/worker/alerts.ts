/**
 * Wires the alerts consumer (`src/alerts`, `ghostwatch-alerts`) into the Worker: D1, its queues,
 * the provider API roots, and mail tokens for email channels from the tenant's own provider
 * credentials (Graph client credentials; a Google service account impersonating the sending
 * mailbox with the `gmail.send` scope).
 */
import { ServiceAccountTokenProvider } from "../../connectors/google/index.ts";
import { createTokenProvider } from "../../connectors/microsoft-graph/index.ts";
import type { PlanResult } from "../alerts/plan.ts";
import type { AlertQueueDeps } from "../alerts/queue.ts";
import { loadAlertSettings, planAndEnqueue } from "../alerts/store.ts";
import { tenantRepository } from "../storage/repository.ts";
import type { Env } from "./env.ts";
import { googleConnection, graphClient } from "./providers.ts";

const GMAIL_SEND = "https://www.googleapis.com/auth/gmail.send";

/**
 * Dependencies of `handleAlertQueue` in production.
 *
 * @example
 * await handleAlertQueue(batch, alertQueueDeps(env));
 */
export function alertQueueDeps(env: Env): AlertQueueDeps {
  return {
    db: env.DB,
    ...(env.ALERT_QUEUE ? { queue: env.ALERT_QUEUE } : {}),
    ...(env.ALERT_DLQ ? { deadLetterQueue: env.ALERT_DLQ } : {}),
    graphBaseUrl: env.GRAPH_BASE_URL,
    gmailRootUrl: env.GMAIL_ROOT_URL,
    // HR ops of the tenant, told when a channel keeps failing.
    alertSettings: async (tenantId) => (await loadAlertSettings(env.DB, tenantId)).alerts,
    async mailToken(tenantId, channel) {
      const repo = tenantRepository(env.DB, tenantId);
      const tenant = await repo.getTenant();
      if (!tenant) throw new Error(`alert for unknown tenant ${tenantId}`);
      if (channel.provider === "graph") {
        if (tenant.provider !== "microsoft")
          throw new Error(`tenant ${tenantId} has no Microsoft credentials`);
        const { loginBaseUrl, credentials } = await graphClient(env, repo, tenant);
        return createTokenProvider({ loginBaseUrl, credentials }).getToken();
      }
      if (tenant.provider !== "google") throw new Error(`tenant ${tenantId} has no Google credentials`);
      const mailbox = {
        id: channel.fromMailbox,
        address: channel.fromMailbox,
        provider: "google" as const,
        role: "service" as const,
      };
      const connection = await googleConnection(env, repo, tenant, mailbox);
      return new ServiceAccountTokenProvider({
        tokenUrl: connection.tokenUrl,
        serviceAccount: connection.serviceAccount,
        subject: channel.fromMailbox,
        scopes: [GMAIL_SEND],
      }).getToken();
    },
  };
}

/** Most open findings one planning run reads (the repository's own upper bound). */
const PLAN_FINDINGS_MAX = 5000;

/**
 * Plans the alerts of one tenant after a re-audit (sync round end, hourly tick) and puts them on
 * `ghostwatch-alerts`. Planning twice sends nothing twice (the alert log holds every key), so it
 * runs after every re-audit that changed findings and on every tick (quiet-hours releases,
 * escalations that became due). Never throws: a failure is logged and `null` returned, so the
 * sync or tick that called it is not retried for it.
 *
 * @example
 * await planTenantAlerts(env, "acme", now) // { jobs: [...], skipped: [] }
 */
export async function planTenantAlerts(env: Env, tenantId: string, now: Date): Promise<PlanResult | null> {
  if (!env.ALERT_QUEUE) return null;
  try {
    const repo = tenantRepository(env.DB, tenantId);
    const tenant = await repo.getTenant();
    if (!tenant) return null;
    const { alerts } = await loadAlertSettings(env.DB, tenantId);
    // A tenant that configured no channel has opted out of alerts (the dashboard still shows findings).
    if (Object.keys(alerts.channels).length === 0) return null;
    const findings = await repo.listFindings({ status: "open", limit: PLAN_FINDINGS_MAX });
    const plan = await planAndEnqueue(env.DB, env.ALERT_QUEUE, tenantId, findings, {
      settings: tenant.settings,
      alerts,
      now,
    });
    if (plan.skipped.length > 0) {
      const shown = plan.skipped
        .slice(0, 3)
        .map((s) => `${s.findingKey} (${s.stage ?? "any stage"}): ${s.reason}`);
      console.warn(
        `ghostwatch: ${plan.skipped.length} alert(s) of ${tenantId} not planned, e.g. ${shown.join("; ")}`,
      );
    }
    return plan;
  } catch (e) {
    console.error(`ghostwatch: planning alerts of ${tenantId} failed: ${(e as Error).message}`);
    return null;
  }
}
