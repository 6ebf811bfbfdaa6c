/**
 * Provider webhooks: the Graph validation handshake, change notifications accepted only with the
 * stored clientState (then the mailbox syncs early through the real queue and connector), and
 * Gmail Pub/Sub pushes accepted only with a valid OIDC token; a Gmail watch started through the
 * admin API against the fake.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { fakeGraphControl } from "../../fakes/microsoft-graph/control.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import { sha256Hex } from "../../src/worker/push.ts";
import { control, registerServiceAccount, userPath } from "../connectors/google-support.ts";
import { admin, onboard } from "./support.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

describe("Graph webhook", () => {
  it("answers the validation handshake with the decoded token", async () => {
    const res = await SELF.fetch(
      "https://ghostwatch.test/webhooks/graph?validationToken=Validation%3A%20abc",
      {
        method: "POST",
      },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("Validation: abc");
  });

  it("refuses a wrong clientState and syncs the mailbox early on a good one", async () => {
    const directory = `gw-wh-${crypto.randomUUID().slice(0, 8)}`;
    const fake = fakeGraphControl(env.GRAPH_BASE_URL, directory);
    await fake.registerApp({ clientId: "gw-app", clientSecret: "gw-secret" });
    await fake.addMailbox("jo@acme.com", ["inbox", "sentitems"]);
    await fake.addMessages("jo@acme.com", { folder: "inbox", generate: { count: 5, seed: 7 } });
    await onboard("wh", {
      providerConfig: { tenantId: directory, clientId: "gw-app" },
      secrets: { clientSecret: "gw-secret" },
    });
    const repo = tenantRepository(env.DB, "wh");
    await repo.putSubscription({
      mailboxId: "jo",
      provider: "microsoft",
      id: "sub-1",
      kind: "messages",
      resource: "users/jo@acme.com/messages",
      expiresAt: "2099-01-01T00:00:00Z",
      clientStateHash: await sha256Hex("the-client-state"),
      historyId: null,
      renewedAt: "2026-03-01T00:00:00Z",
    });
    const notify = (clientState: string) =>
      SELF.fetch("https://ghostwatch.test/webhooks/graph", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          value: [
            {
              subscriptionId: "sub-1",
              clientState,
              changeType: "created",
              resource: "users/jo@acme.com/messages/AAMk1",
              tenantId: directory,
            },
          ],
        }),
      });
    expect((await notify("not-the-state")).status).toBe(403);
    await sleep(1500);
    expect((await repo.getSyncStatus("jo"))?.lastSuccessAt).toBeNull();

    expect((await notify("the-client-state")).status).toBe(202);
    const status = await until("the early sync", async () => {
      const s = await repo.getSyncStatus("jo");
      return s?.lastSuccessAt ? s : null;
    });
    expect(status.state).toBe("idle");
    expect((await repo.countItems()).messages).toBe(5);
  }, 30_000);
});

describe("Gmail push", () => {
  it("refuses a push without a valid token and syncs on a verified one; a watch starts through the admin API", async () => {
    const sa = await registerServiceAccount("gw-push");
    const rita = `rita-${crypto.randomUUID().slice(0, 8)}@globex.example`;
    await control(userPath(rita, "/messages"), {
      messages: [
        {
          from: "ben@example.net",
          to: [rita],
          subject: "Question about my application",
          date: Date.now() - 3600_000,
          messageId: `<q-${crypto.randomUUID()}@example.net>`,
          text: "Hello, could you tell me where my application stands?",
          labelIds: ["INBOX"],
        },
      ],
    });
    await onboard("push", {
      provider: "google",
      orgDomains: ["globex.example"],
      providerConfig: {
        clientEmail: sa.clientEmail,
        scopeMode: "readonly",
        pubsubTopic: "projects/ghostwatch-test/topics/gmail",
      },
      secrets: { privateKeyPem: sa.privateKeyPem },
      mailboxes: [{ id: "rita", address: rita }],
    });

    const watch = await admin("POST", "/tenants/push/mailboxes/rita/subscribe");
    expect(watch.status).toBe(201);
    expect(watch.body.subscriptions).toEqual([
      expect.objectContaining({
        id: "watch:rita",
        provider: "google",
        resource: "projects/ghostwatch-test/topics/gmail",
      }),
    ]);
    const state = await control<{ watch: { topicName: string } | null }>(
      userPath(rita, "/state"),
      undefined,
      "GET",
    );
    expect(state.watch?.topicName).toBe("projects/ghostwatch-test/topics/gmail");

    const push = (audience: string) =>
      control<{ headers: Record<string, string>; body: unknown }>("/_fake/pubsub/push", {
        emailAddress: rita,
        audience,
        serviceAccountEmail: env.GMAIL_PUSH_SERVICE_ACCOUNT,
      });
    const forged = await push("https://evil.example/webhooks/gmail");
    const refused = await SELF.fetch("https://ghostwatch.test/webhooks/gmail", {
      method: "POST",
      headers: forged.headers,
      body: JSON.stringify(forged.body),
    });
    expect(refused.status).toBe(401);
    const unsigned = await SELF.fetch("https://ghostwatch.test/webhooks/gmail", {
      method: "POST",
      body: "{}",
    });
    expect(unsigned.status).toBe(401);

    const good = await push(env.GMAIL_PUSH_AUDIENCE!);
    const accepted = await SELF.fetch("https://ghostwatch.test/webhooks/gmail", {
      method: "POST",
      headers: good.headers,
      body: JSON.stringify(good.body),
    });
    expect(accepted.status).toBe(204);
    const repo = tenantRepository(env.DB, "push");
    await until("the pushed sync", async () => (await repo.getSyncStatus("rita"))?.lastSuccessAt);
    expect((await repo.countItems()).messages).toBe(1);
    expect((await repo.listAuditLog()).map((e) => e.action)).toContain("push.subscribe");
  }, 30_000);
});
