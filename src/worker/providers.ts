/**
 * Production wiring: builds a mailbox's sync source (and the push-channel clients) from the
 * tenant's provider, its non-secret configuration and its secret (Worker secret first, else the
 * D1-sealed copy), with the provider endpoints from the Worker's vars (the fakes in tests).
 */
import {
  createGoogleMailboxSource,
  type GoogleConnectionOptions,
  type ScopeMode,
} from "../../connectors/google/index.ts";
import { createGraphMailboxSource, type GraphCredentials } from "../../connectors/microsoft-graph/index.ts";
import { ProviderAuthError } from "../../connectors/types.ts";
import type { Mailbox } from "../engine/model.ts";
import type { TenantRecord, TenantRepository } from "../storage/repository.ts";
import type { SliceDeps, SourceFactory } from "./coordinator.ts";
import { productionEngine } from "./engine.ts";
import type { Env } from "./env.ts";
import { providerSecret } from "./secrets.ts";

/** Name under which each provider's secret is kept (suffix `__<TENANT>` for the Worker secret). */
export const PROVIDER_SECRET = { microsoft: "GRAPH_CLIENT_SECRET", google: "GOOGLE_SA_KEY" } as const;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

async function secretOf(env: Env, repo: TenantRepository, tenant: TenantRecord): Promise<string> {
  const name = PROVIDER_SECRET[tenant.provider];
  const secret = await providerSecret(env, repo, name);
  if (!secret) {
    throw new ProviderAuthError(
      `no ${name} for tenant ${tenant.id}: set the Worker secret ${name}__<TENANT> or onboard with secrets`,
    );
  }
  return secret;
}

/**
 * Graph endpoints and client credentials of a Microsoft tenant.
 *
 * @example
 * const { credentials } = await graphClient(env, repo, tenant);
 */
export async function graphClient(
  env: Env,
  repo: TenantRepository,
  tenant: TenantRecord,
): Promise<{ graphBaseUrl: string; loginBaseUrl: string; credentials: GraphCredentials }> {
  const directory = str(tenant.providerConfig.tenantId);
  const clientId = str(tenant.providerConfig.clientId);
  if (!directory || !clientId) throw new ProviderAuthError("providerConfig needs tenantId and clientId");
  return {
    graphBaseUrl: env.GRAPH_BASE_URL,
    loginBaseUrl: env.MS_LOGIN_BASE_URL,
    credentials: { tenantId: directory, clientId, clientSecret: await secretOf(env, repo, tenant) },
  };
}

/**
 * Gmail/Calendar endpoints and the service account of a Google tenant, for one mailbox.
 *
 * @example
 * const connection = await googleConnection(env, repo, tenant, mailbox);
 */
export async function googleConnection(
  env: Env,
  repo: TenantRepository,
  tenant: TenantRecord,
  mailbox: Mailbox,
): Promise<GoogleConnectionOptions> {
  const clientEmail = str(tenant.providerConfig.clientEmail);
  if (!clientEmail) throw new ProviderAuthError("providerConfig needs clientEmail");
  const scopeMode: ScopeMode = tenant.providerConfig.scopeMode === "readonly" ? "readonly" : "metadata";
  const privateKeyId = str(tenant.providerConfig.privateKeyId);
  return {
    gmailRootUrl: env.GMAIL_ROOT_URL,
    calendarRootUrl: env.CALENDAR_ROOT_URL,
    tokenUrl: env.GOOGLE_TOKEN_URL,
    serviceAccount: {
      clientEmail,
      privateKeyPem: await secretOf(env, repo, tenant),
      ...(privateKeyId ? { privateKeyId } : {}),
    },
    mailbox,
    scopeMode,
  };
}

/**
 * The real connectors, by tenant provider.
 *
 * @example
 * const source = await defaultSourceFactory({ env, tenant, mailbox, repo });
 */
export const defaultSourceFactory: SourceFactory = async ({ env, tenant, mailbox, repo }) => {
  const config = tenant.providerConfig;
  const lookbackDays = num(config.lookbackDays);
  if (tenant.provider === "microsoft") {
    return createGraphMailboxSource({
      ...(await graphClient(env, repo, tenant)),
      mailbox,
      ...(Array.isArray(config.folders) ? { folders: config.folders.map(String) } : {}),
      ...(lookbackDays ? { lookbackDays } : {}),
    });
  }
  return createGoogleMailboxSource({
    ...(await googleConnection(env, repo, tenant, mailbox)),
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
