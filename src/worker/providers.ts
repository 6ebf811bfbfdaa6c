/**
 * Production wiring: builds a mailbox's sync source from the tenant's provider, its non-secret
 * configuration and its secret (Worker secret first, else the D1-sealed copy), with the
 * provider endpoints from the Worker's vars (the fakes in tests and the demo).
 */
import { createGoogleMailboxSource, type ScopeMode } from "../../connectors/google/index.ts";
import { createGraphMailboxSource } from "../../connectors/microsoft-graph/index.ts";
import { ProviderAuthError } from "../../connectors/types.ts";
import type { SliceDeps, SourceFactory } from "./coordinator.ts";
import { productionEngine } from "./engine.ts";
import { providerSecret } from "./secrets.ts";

/** Name under which each provider's secret is kept (suffix `__<TENANT>` for the Worker secret). */
export const PROVIDER_SECRET = { microsoft: "GRAPH_CLIENT_SECRET", google: "GOOGLE_SA_KEY" } as const;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/**
 * The real connectors, by tenant provider.
 *
 * @example
 * const source = await defaultSourceFactory({ env, tenant, mailbox, repo });
 */
export const defaultSourceFactory: SourceFactory = async ({ env, tenant, mailbox, repo }) => {
  const config = tenant.providerConfig;
  const secretName = PROVIDER_SECRET[tenant.provider];
  const secret = await providerSecret(env, repo, secretName);
  if (!secret) {
    throw new ProviderAuthError(
      `no ${secretName} for tenant ${tenant.id}: set the Worker secret ${secretName}__<TENANT> or onboard with secrets`,
    );
  }
  const lookbackDays = num(config.lookbackDays);
  if (tenant.provider === "microsoft") {
    const directory = str(config.tenantId);
    const clientId = str(config.clientId);
    if (!directory || !clientId) throw new ProviderAuthError("providerConfig needs tenantId and clientId");
    return createGraphMailboxSource({
      graphBaseUrl: env.GRAPH_BASE_URL,
      loginBaseUrl: env.MS_LOGIN_BASE_URL,
      credentials: { tenantId: directory, clientId, clientSecret: secret },
      mailbox,
      ...(Array.isArray(config.folders) ? { folders: config.folders.map(String) } : {}),
      ...(lookbackDays ? { lookbackDays } : {}),
    });
  }
  const clientEmail = str(config.clientEmail);
  if (!clientEmail) throw new ProviderAuthError("providerConfig needs clientEmail");
  const scopeMode: ScopeMode = config.scopeMode === "readonly" ? "readonly" : "metadata";
  return createGoogleMailboxSource({
    gmailRootUrl: env.GMAIL_ROOT_URL,
    calendarRootUrl: env.CALENDAR_ROOT_URL,
    tokenUrl: env.GOOGLE_TOKEN_URL,
    serviceAccount: {
      clientEmail,
      privateKeyPem: secret,
      ...(str(config.privateKeyId) ? { privateKeyId: str(config.privateKeyId) } : {}),
    },
    mailbox,
    scopeMode,
    ...(lookbackDays ? { lookbackDays } : {}),
  });
};

/**
 * What a production slice runs with.
 *
 * @example
 * coordinator.runSlice(req, productionDeps(), budget)
 */
export function productionDeps(): SliceDeps {
  return { sourceFactory: defaultSourceFactory, engine: productionEngine };
}
