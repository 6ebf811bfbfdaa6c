/**
 * Wires the alerts consumer (`src/alerts`, `ghostwatch-alerts`) into the Worker: D1, its queues,
 * the provider API roots, and mail tokens for email channels from the tenant's own provider
 * credentials (Graph client credentials; a Google service account impersonating the sending
 * mailbox with the `gmail.send` scope).
 */
import { ServiceAccountTokenProvider } from "../../connectors/google/index.ts";
import { createTokenProvider } from "../../connectors/microsoft-graph/index.ts";
import type { AlertQueueDeps } from "../alerts/queue.ts";
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
