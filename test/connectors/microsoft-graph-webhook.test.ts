/**
 * Graph change notifications inside workerd: `handleGraphWebhook` with real `Request`s
 * (validation handshake, clientState check, lifecycle events), and the subscription lifecycle
 * against the fake, whose handshake and notifications reach `handleGraphWebhook` through the
 * fake's relay (a workerd test cannot listen on a socket).
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  createSubscriptions,
  deleteSubscription,
  type GraphWebhookNotification,
  handleGraphWebhook,
  memoryTokenCache,
  renewSubscriptions,
  timingSafeEqualString,
} from "../../connectors/microsoft-graph/index.ts";
import { fakeGraphControl, fakeRelay } from "../../fakes/microsoft-graph/control.ts";

const HOOK = "https://ghostwatch.example.com/webhooks/graph";

function handler(states: Record<string, string>) {
  const enqueued: GraphWebhookNotification[] = [];
  const options = {
    verifyClientState: (id: string, state: string) => {
      const stored = states[id];
      return stored !== undefined && timingSafeEqualString(stored, state);
    },
    enqueue: async (n: GraphWebhookNotification) => {
      enqueued.push(n);
    },
  };
  return { enqueued, handle: (req: Request) => handleGraphWebhook(req, options) };
}

function notification(subscriptionId: string, clientState: string, extra: Record<string, unknown> = {}) {
  return {
    id: "lsgTZMr9KwAAA",
    subscriptionId,
    subscriptionExpirationDateTime: "2026-11-22T22:11:09.952Z",
    clientState,
    changeType: "created",
    resource: "Users/0000/Messages/AAMkAD1",
    tenantId: "84bd8158-6d4d-4958-8b9f-9d6445542f95",
    resourceData: {
      "@odata.type": "#Microsoft.Graph.Message",
      "@odata.id": "Users/0000/Messages/AAMkAD1",
      id: "AAMkAD1",
    },
    ...extra,
  };
}

const post = (body: unknown, query = "") =>
  new Request(`${HOOK}${query}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("handleGraphWebhook", () => {
  it("answers the validation handshake with the decoded token as text/plain and enqueues nothing", async () => {
    const { enqueued, handle } = handler({});
    const token = "Validation: Testing client application reachability for subscription Request-Id: 7f1b";
    const res = await handle(
      new Request(`${HOOK}?validationToken=${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(token);
    expect(enqueued).toEqual([]);
  });

  it("enqueues a notification whose clientState matches and refuses one that does not", async () => {
    const { enqueued, handle } = handler({ "sub-1": "right-secret" });
    const good = await handle(post({ value: [notification("sub-1", "right-secret")] }));
    expect(good.status).toBe(202);
    expect(enqueued).toEqual([
      expect.objectContaining({
        kind: "change",
        subscriptionId: "sub-1",
        changeType: "created",
        resourceId: "AAMkAD1",
      }),
    ]);
    const bad = await handle(post({ value: [notification("sub-1", "wrong-secret")] }));
    expect(bad.status).toBe(403);
    const unknown = await handle(post({ value: [notification("sub-unknown", "right-secret")] }));
    expect(unknown.status).toBe(403);
    expect(enqueued).toHaveLength(1);
  });

  it("keeps the good notifications of a mixed delivery and drops the forged one", async () => {
    const { enqueued, handle } = handler({ "sub-1": "s1", "sub-2": "s2" });
    const res = await handle(
      post({
        value: [notification("sub-1", "s1"), notification("sub-2", "forged"), notification("sub-2", "s2")],
      }),
    );
    expect(res.status).toBe(202);
    expect(enqueued.map((n) => n.subscriptionId)).toEqual(["sub-1", "sub-2"]);
  });

  it("accepts lifecycle notifications (reauthorizationRequired, subscriptionRemoved, missed) as work items", async () => {
    const { enqueued, handle } = handler({ "sub-1": "s1" });
    const lifecycle = (event: string) => ({
      subscriptionId: "sub-1",
      subscriptionExpirationDateTime: "2026-11-22T11:00:00.0000000Z",
      tenantId: "84bd8158",
      clientState: "s1",
      lifecycleEvent: event,
    });
    const res = await handle(
      post({
        value: [lifecycle("reauthorizationRequired"), lifecycle("subscriptionRemoved"), lifecycle("missed")],
      }),
    );
    expect(res.status).toBe(202);
    expect(enqueued.map((n) => [n.kind, n.lifecycleEvent])).toEqual([
      ["lifecycle", "reauthorizationRequired"],
      ["lifecycle", "subscriptionRemoved"],
      ["lifecycle", "missed"],
    ]);
  });

  it("answers 400 to a body that is not a notification collection", async () => {
    const { enqueued, handle } = handler({ "sub-1": "s1" });
    expect((await handle(post("not json"))).status).toBe(400);
    expect((await handle(post({ items: [] }))).status).toBe(400);
    expect(enqueued).toEqual([]);
  });
});

describe("subscriptions against the fake Graph", () => {
  it("creates (handshake answered by handleGraphWebhook), receives a change, renews and deletes", async () => {
    const tenant = `t-${crypto.randomUUID()}`;
    const upn = "hiring@contoso.com";
    const fake = fakeGraphControl(env.GRAPH_BASE_URL, tenant);
    await fake.registerApp({ clientId: "ghostwatch", clientSecret: "s3cret" });
    await fake.addMailbox(upn);
    const relay = fakeRelay(env.GRAPH_BASE_URL, tenant);
    const states: Record<string, string> = {};
    const { enqueued, handle } = handler(states);
    // Serve the relay: every request Graph makes to the notification URL goes through handleGraphWebhook.
    let serving = true;
    const served: string[] = [];
    const server = (async () => {
      while (serving) {
        const call = await relay.next(500);
        if (!call) continue;
        served.push(new URL(call.url).searchParams.has("validationToken") ? "validation" : "notification");
        const init: RequestInit = { method: call.method, headers: call.headers };
        if (call.body) init.body = call.body;
        await relay.answer(call.id, await handle(new Request(call.url, init)));
      }
    })();
    const client = {
      graphBaseUrl: env.GRAPH_BASE_URL,
      loginBaseUrl: env.MS_LOGIN_BASE_URL,
      credentials: { tenantId: tenant, clientId: "ghostwatch", clientSecret: "s3cret" },
      tokenCache: memoryTokenCache(),
    };
    const now = new Date();
    try {
      const subs = await createSubscriptions({
        ...client,
        mailbox: { id: "mbx-3", address: upn, provider: "microsoft", role: "recruiter" },
        notificationUrl: relay.url,
        clientState: "a-long-random-client-state",
        now,
      });
      expect(subs.map((s) => s.kind)).toEqual(["messages", "events"]);
      expect(served.filter((s) => s === "validation")).toHaveLength(4); // notification + lifecycle URL, two subscriptions
      for (const s of subs) states[s.id] = s.clientState;

      await fake.addMessages(upn, { folder: "inbox", generate: { count: 2, seed: 1 } });
      for (let i = 0; i < 50 && enqueued.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(enqueued[0]).toMatchObject({
        kind: "change",
        subscriptionId: subs[0]!.id,
        changeType: "created",
      });

      await fake.lifecycle(subs[1]!.id, "missed");
      expect(enqueued.at(-1)).toMatchObject({
        kind: "lifecycle",
        lifecycleEvent: "missed",
        subscriptionId: subs[1]!.id,
      });

      // Not yet due: unchanged. Due (within the renewal margin): PATCHed with a new expiry.
      const early = await renewSubscriptions({ ...client, subscriptions: subs, now });
      expect(early.renewed).toEqual([]);
      const later = new Date(now.getTime() + 60 * 60_000);
      const due = await renewSubscriptions({
        ...client,
        subscriptions: subs,
        now: later,
        renewBeforeMinutes: 5000,
      });
      expect(due.renewed).toHaveLength(2);
      expect(Date.parse(due.renewed[0]!.expirationDateTime)).toBeGreaterThan(
        Date.parse(subs[0]!.expirationDateTime),
      );

      await deleteSubscription({ ...client, id: subs[0]!.id });
      const gone = await renewSubscriptions({
        ...client,
        subscriptions: [subs[0]!],
        now: later,
        renewBeforeMinutes: 5000,
      });
      expect(gone.missing.map((s) => s.id)).toEqual([subs[0]!.id]);
      expect((await fake.subscriptions()).value.map((s) => s.id)).toEqual([subs[1]!.id]);
    } finally {
      serving = false;
      await server;
    }
  });

  it("fails to create a subscription when the endpoint does not echo the validation token", async () => {
    const tenant = `t-${crypto.randomUUID()}`;
    const fake = fakeGraphControl(env.GRAPH_BASE_URL, tenant);
    await fake.registerApp({ clientId: "ghostwatch", clientSecret: "s3cret" });
    await fake.addMailbox("hiring@contoso.com");
    const relay = fakeRelay(env.GRAPH_BASE_URL, tenant);
    const answering = (async () => {
      const call = await relay.next(5000);
      if (call)
        await relay.answer(
          call.id,
          new Response("wrong", { status: 200, headers: { "content-type": "text/plain" } }),
        );
    })();
    const error = await createSubscriptions({
      graphBaseUrl: env.GRAPH_BASE_URL,
      loginBaseUrl: env.MS_LOGIN_BASE_URL,
      credentials: { tenantId: tenant, clientId: "ghostwatch", clientSecret: "s3cret" },
      tokenCache: memoryTokenCache(),
      mailbox: { id: "mbx-4", address: "hiring@contoso.com", provider: "microsoft", role: "recruiter" },
      notificationUrl: relay.url,
      clientState: "x",
    }).catch((e: unknown) => e);
    await answering;
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toMatch(/400 InvalidRequest .*validation/i);
    expect((await fake.subscriptions()).value).toEqual([]);
  });
});
