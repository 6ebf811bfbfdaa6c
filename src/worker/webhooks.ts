/**
 * Provider webhooks (no admin auth; each is verified by the provider's own mechanism):
 * - `POST /webhooks/graph`: Graph validation handshake and change/lifecycle notifications,
 *   `clientState` checked against the stored hash in constant time;
 * - `POST /webhooks/gmail`: Pub/Sub push, OIDC token verified (issuer, audience, service
 *   account, signature against Google's keys).
 * Both only enqueue an early sync of the mailbox.
 */
import { Hono } from "hono";
import { verifyPubSubPush } from "../../connectors/google/index.ts";
import { handleGraphWebhook } from "../../connectors/microsoft-graph/index.ts";
import { googleMailboxesByAddress, subscriptionById } from "../storage/admin.ts";
import { chunk } from "../storage/sql.ts";
import type { Env } from "./env.ts";
import { jobClock, type QueueJob } from "./jobs.ts";
import { clientStateMatches } from "./push.ts";

/**
 * The webhook routes, mounted under `/webhooks`.
 *
 * @example
 * app.route("/webhooks", webhookApp());
 */
export function webhookApp() {
  const app = new Hono<{ Bindings: Env }>();

  app.post("/graph", (c) =>
    handleGraphWebhook(c.req.raw, {
      async verifyClientState(subscriptionId, clientState) {
        const sub = await subscriptionById(c.env.DB, subscriptionId);
        return clientStateMatches(clientState, sub?.clientStateHash ?? null);
      },
      async enqueue(n) {
        const sub = await subscriptionById(c.env.DB, n.subscriptionId);
        if (!sub) return;
        const job: QueueJob = {
          kind: "sync",
          tenantId: sub.tenantId,
          mailboxId: sub.mailboxId,
          reason: "webhook",
          ...jobClock(c.env, new Date()),
        };
        await c.env.SYNC_QUEUE.send(job);
      },
    }),
  );

  app.post("/gmail", async (c) => {
    const audience = c.env.GMAIL_PUSH_AUDIENCE;
    const serviceAccountEmail = c.env.GMAIL_PUSH_SERVICE_ACCOUNT;
    if (!audience || !serviceAccountEmail) {
      return c.text("Gmail push is not configured (GMAIL_PUSH_AUDIENCE, GMAIL_PUSH_SERVICE_ACCOUNT)", 503);
    }
    const v = await verifyPubSubPush(c.req.raw, {
      audience,
      serviceAccountEmail,
      jwksUrl: new URL("oauth2/v3/certs", c.env.CALENDAR_ROOT_URL).toString(),
    });
    if (!v.ok) return c.text(v.reason, 401);
    const targets = await googleMailboxesByAddress(c.env.DB, v.emailAddress);
    if (targets.length === 0) {
      console.warn("ghostwatch: Gmail push for a mailbox nobody monitors; acknowledged");
      return c.body(null, 204);
    }
    const jobs = targets.map((t): { body: QueueJob } => ({
      body: {
        kind: "sync",
        tenantId: t.tenantId,
        mailboxId: t.mailboxId,
        reason: "webhook",
        ...jobClock(c.env, new Date()),
      },
    }));
    for (const part of chunk(jobs, 100)) await c.env.SYNC_QUEUE.sendBatch(part);
    return c.body(null, 204);
  });

  return app;
}
