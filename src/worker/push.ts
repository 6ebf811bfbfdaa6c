/**
 * Provider push channels: Graph change-notification subscriptions and Gmail watches, created
 * per mailbox, renewed by the hourly tick, and verified when notifications arrive. A
 * notification only makes the mailbox sync early; its content is never trusted.
 */
import { renewWatch, watchMailbox } from "../../connectors/google/index.ts";
import { createSubscriptions, renewSubscriptions } from "../../connectors/microsoft-graph/index.ts";
import type { MailboxRecord, TenantRecord, TenantRepository } from "../storage/repository.ts";
import { constantTimeEqual } from "./auth.ts";
import type { Env } from "./env.ts";
import { googleConnection, graphClient } from "./providers.ts";

const enc = new TextEncoder();

/**
 * SHA-256 of a string, hex.
 *
 * @example
 * await sha256Hex("abc") // "ba7816bf…"
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", enc.encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * True when `clientState` hashes to the stored hash (constant-time comparison).
 *
 * @example
 * await clientStateMatches("s3cret", await sha256Hex("s3cret")) // true
 */
export async function clientStateMatches(clientState: string, storedHash: string | null): Promise<boolean> {
  if (!storedHash) return false;
  return constantTimeEqual(await sha256Hex(clientState), storedHash);
}

/**
 * Starts push for one mailbox: Graph subscriptions (messages + events) to
 * `${PUBLIC_BASE_URL}/webhooks/graph`, or a Gmail watch on the tenant's Pub/Sub topic.
 *
 * @example
 * await subscribeMailbox(env, repo, tenant, mailbox, new Date())
 */
export async function subscribeMailbox(
  env: Env,
  repo: TenantRepository,
  tenant: TenantRecord,
  mailbox: MailboxRecord,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  if (tenant.provider === "microsoft") {
    const base = typeof env.PUBLIC_BASE_URL === "string" ? env.PUBLIC_BASE_URL : "";
    if (!base) throw new Error("PUBLIC_BASE_URL is not set: Graph needs an HTTPS notification URL");
    const clientState = [...crypto.getRandomValues(new Uint8Array(32))]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    const subs = await createSubscriptions({
      ...(await graphClient(env, repo, tenant)),
      mailbox,
      notificationUrl: `${base.replace(/\/+$/, "")}/webhooks/graph`,
      clientState,
      now,
    });
    const hash = await sha256Hex(clientState);
    for (const s of subs) {
      await repo.putSubscription({
        mailboxId: mailbox.id,
        provider: "microsoft",
        id: s.id,
        kind: s.kind,
        resource: s.resource,
        expiresAt: s.expirationDateTime,
        clientStateHash: hash,
        historyId: null,
        renewedAt: at,
      });
    }
    return subs.length;
  }
  const topicName = tenant.providerConfig.pubsubTopic;
  if (typeof topicName !== "string" || !topicName) throw new Error("providerConfig.pubsubTopic is not set");
  const watch = await watchMailbox(
    { ...(await googleConnection(env, repo, tenant, mailbox)), topicName },
    now,
  );
  await repo.putSubscription({
    mailboxId: mailbox.id,
    provider: "google",
    id: `watch:${mailbox.id}`,
    kind: "gmail-watch",
    resource: topicName,
    expiresAt: watch.expiration.toISOString(),
    clientStateHash: null,
    historyId: watch.historyId,
    renewedAt: watch.renewedAt.toISOString(),
  });
  return 1;
}

/**
 * Renews what expires soon; recreates Graph subscriptions that Graph no longer knows.
 *
 * @example
 * await renewPush(env, repo, now) // { renewed: 2, recreated: 0 }
 */
export async function renewPush(
  env: Env,
  repo: TenantRepository,
  now: Date,
): Promise<{ renewed: number; recreated: number }> {
  const tenant = await repo.getTenant();
  if (!tenant) return { renewed: 0, recreated: 0 };
  const subs = await repo.listSubscriptions();
  if (subs.length === 0) return { renewed: 0, recreated: 0 };
  const mailboxes = new Map((await repo.listMailboxes()).map((m) => [m.id, m]));
  let renewed = 0;
  let recreated = 0;
  if (tenant.provider === "microsoft") {
    const result = await renewSubscriptions({
      ...(await graphClient(env, repo, tenant)),
      subscriptions: subs.map((s) => ({
        id: s.id,
        kind: s.kind as "messages" | "events",
        resource: s.resource,
        expirationDateTime: s.expiresAt,
        clientState: "",
      })),
      now,
    });
    for (const s of result.renewed) {
      const old = subs.find((x) => x.id === s.id)!;
      await repo.putSubscription({ ...old, expiresAt: s.expirationDateTime, renewedAt: now.toISOString() });
      renewed++;
    }
    const lost = new Set(result.missing.map((s) => subs.find((x) => x.id === s.id)?.mailboxId));
    for (const s of result.missing) await repo.deleteSubscription(s.id);
    for (const id of lost) {
      const mailbox = id ? mailboxes.get(id) : undefined;
      if (mailbox) recreated += await subscribeMailbox(env, repo, tenant, mailbox, now);
    }
    return { renewed, recreated };
  }
  for (const s of subs) {
    const mailbox = mailboxes.get(s.mailboxId);
    if (!mailbox) continue;
    const r = await renewWatch(
      { ...(await googleConnection(env, repo, tenant, mailbox)), topicName: s.resource },
      { historyId: s.historyId ?? "0", expiration: new Date(s.expiresAt), renewedAt: new Date(s.renewedAt) },
      now,
    );
    if (r.renewed) {
      renewed++;
      await repo.putSubscription({
        ...s,
        expiresAt: r.state.expiration.toISOString(),
        historyId: r.state.historyId,
        renewedAt: r.state.renewedAt.toISOString(),
      });
    }
  }
  return { renewed, recreated };
}
