/**
 * Feeding the demo into the fake providers through their control APIs, and onboarding it into a
 * ghostwatch Worker through the admin API. Plain `fetch` and jose only: the same code seeds the
 * fakes from `npm start` (Node) and from the end-to-end test (workerd).
 */
import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import { fakeGraphControl } from "../../fakes/microsoft-graph/control.ts";
import type { DemoTenant } from "./model.ts";
import { gmailSpec, googleEvent, graphEvent, graphFolder, graphMessage } from "./providers.ts";

/** Where the fakes listen. */
export interface FakeUrls {
  /** The fake Microsoft Graph (also its login endpoint). */
  graph: string;
  /** The fake Google (Gmail, Calendar, OAuth token). */
  google: string;
}

/** What a Worker needs to onboard a seeded tenant: the admin API body. */
export interface TenantOnboarding {
  tenant: Record<string, unknown>;
  mailboxes: { id: string; address: string; displayName: string; role: string; team?: string }[];
}

export interface SeedOptions {
  /** The ghostwatch tenant id (default the demo's). */
  tenantId?: string;
  /** Entra directory id at the fake Graph (default `<tenant>-directory`). */
  directory?: string;
  /** Service account name at the fake Google (default `ghostwatch-demo@<tenant>-gw.iam.gserviceaccount.com`). */
  clientEmail?: string;
  /** Called after each mailbox is seeded. */
  onMailbox?: (mailboxId: string, items: number) => void;
}

async function post(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`fake control POST ${url} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Seeds one demo tenant into its provider's fake and returns the admin API bodies that onboard it.
 *
 * @example
 * const onboarding = await seedDemoTenant(tenant, { graph: graphFake.url, google: googleFake.url });
 */
export async function seedDemoTenant(
  tenant: DemoTenant,
  urls: FakeUrls,
  options: SeedOptions = {},
): Promise<TenantOnboarding> {
  const tenantId = options.tenantId ?? tenant.id;
  const mailboxes = tenant.people.map((p) => ({
    id: p.mailboxId,
    address: p.address,
    displayName: p.name,
    role: p.role,
    ...(p.team ? { team: p.team } : {}),
  }));
  const base = { id: tenantId, name: tenant.name, settings: tenant.settings };
  if (tenant.provider === "microsoft") {
    const directory = options.directory ?? `${tenantId}-directory`;
    const clientId = "ghostwatch-demo-app";
    const clientSecret = `demo-secret-${tenantId}`;
    const graph = fakeGraphControl(urls.graph, directory);
    await graph.registerApp({ clientId, clientSecret });
    for (const p of tenant.people) {
      await graph.addMailbox(p.address, ["inbox", "sentitems"]);
      const byFolder: Record<string, Record<string, unknown>[]> = { inbox: [], sentitems: [] };
      for (const mail of tenant.mails)
        for (const copy of mail.copies)
          if (copy.mailboxId === p.mailboxId) byFolder[graphFolder(copy)]?.push(graphMessage(mail, copy));
      for (const [folder, messages] of Object.entries(byFolder))
        if (messages.length) await graph.addMessages(p.address, { folder, messages });
      const events = tenant.events
        .filter((e) => e.calendars.includes(p.mailboxId))
        .map((e) => graphEvent(e, p.mailboxId, p.address));
      if (events.length) await graph.addEvents(p.address, { events });
      options.onMailbox?.(p.mailboxId, (byFolder.inbox?.length ?? 0) + (byFolder.sentitems?.length ?? 0));
    }
    return {
      tenant: {
        ...base,
        provider: "microsoft",
        providerConfig: { tenantId: directory, clientId },
        secrets: { clientSecret },
      },
      mailboxes,
    };
  }
  const clientEmail = options.clientEmail ?? `ghostwatch-demo@${tenantId}-gw.iam.gserviceaccount.com`;
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  await post(`${urls.google.replace(/\/+$/, "")}/_fake/service-accounts`, {
    clientEmail,
    publicKeyPem: await exportSPKI(publicKey),
  });
  const root = urls.google.replace(/\/+$/, "");
  for (const p of tenant.people) {
    const user = encodeURIComponent(p.address);
    await post(`${root}/_fake/users/${user}/reset`, {});
    const messages = tenant.mails.flatMap((mail) =>
      mail.copies.filter((c) => c.mailboxId === p.mailboxId).map((c) => gmailSpec(mail, c, tenant.orgDomain)),
    );
    if (messages.length) await post(`${root}/_fake/users/${user}/messages`, { mode: "seed", messages });
    const events = tenant.events
      .filter((e) => e.calendars.includes(p.mailboxId))
      .map((e) => googleEvent(e, p.address));
    if (events.length) await post(`${root}/_fake/users/${user}/events`, { events });
    options.onMailbox?.(p.mailboxId, messages.length);
  }
  return {
    tenant: {
      ...base,
      provider: "google",
      // Full read-only scope: the classifier reads bodies (metadata-only scope sees subjects and headers only).
      providerConfig: { clientEmail, scopeMode: "readonly" },
      secrets: { privateKeyPem: await exportPKCS8(privateKey) },
    },
    mailboxes,
  };
}

/** Calls the admin API: `(method, path, body)` → status and parsed body. */
export type AdminCall = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

/**
 * Onboards a seeded tenant through the admin API (`POST /admin/tenants`, then each mailbox).
 * Throws with the API's answer when a call is refused.
 *
 * @example
 * await onboardDemoTenant(adminCall, onboarding);
 */
export async function onboardDemoTenant(admin: AdminCall, onboarding: TenantOnboarding): Promise<void> {
  const created = await admin("POST", "/admin/tenants", onboarding.tenant);
  if (created.status !== 201)
    throw new Error(
      `onboarding ${String(onboarding.tenant.id)}: ${created.status} ${JSON.stringify(created.body)}`,
    );
  for (const m of onboarding.mailboxes) {
    const r = await admin("POST", `/admin/tenants/${String(onboarding.tenant.id)}/mailboxes`, m);
    if (r.status !== 201) throw new Error(`mailbox ${m.address}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}
