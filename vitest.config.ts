import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * Two projects:
 * - `engine`: pure TypeScript (engine, CLI, parsers) on Node.
 * - `worker`: everything that touches the Worker, inside workerd with real D1/DO/Queues under Miniflare.
 *   The fake provider servers are started by `test/global-setup.ts` and their ports injected as bindings.
 */
/** Points the Worker's provider URLs at the loopback fakes that `test/global-setup.ts` started. */
function fakeBindings(ports: Record<string, number>): Record<string, string> {
  const url = (name: string) => `http://127.0.0.1:${ports[name]}`;
  const bindings: Record<string, string> = {};
  if (ports["microsoft-graph"]) {
    bindings.GRAPH_BASE_URL = url("microsoft-graph");
    bindings.MS_LOGIN_BASE_URL = url("microsoft-graph");
  }
  if (ports.google) {
    bindings.GMAIL_ROOT_URL = `${url("google")}/`;
    bindings.CALENDAR_ROOT_URL = `${url("google")}/`;
    bindings.GOOGLE_TOKEN_URL = `${url("google")}/token`;
  }
  if (ports.sinks) bindings.SINKS_BASE_URL = url("sinks");
  if (ports.access) {
    // Dashboard/API auth (src/auth): the fake Cloudflare Access publishes its JWKS and mints tokens.
    bindings.ACCESS_TEAM_DOMAIN = "ghostwatch-test.cloudflareaccess.com";
    bindings.ACCESS_CERTS_URL = `${url("access")}/cdn-cgi/access/certs`;
    bindings.ACCESS_AUD = "ghostwatch-test-aud";
  }
  return bindings;
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "engine",
          include: [
            "test/engine/**/*.test.ts",
            "test/cli/**/*.test.ts",
            "test/classifier/**/*.test.ts",
            "test/parsers/**/*.test.ts",
            "test/alerts/**/*.test.ts",
            "test/demo/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        plugins: [
          cloudflareTest(async ({ inject }) => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ...fakeBindings(inject("fakePorts")),
                // Applied by test/worker/apply-migrations.ts; test-only secrets and the settable clock.
                TEST_MIGRATIONS: await readD1Migrations("./migrations"),
                ADMIN_TOKEN: "test-admin-token",
                SECRETS_KEY: "dGVzdC1zZWNyZXRzLWtleS0zMi1ieXRlcy1sb25nISE=",
                GHOSTWATCH_CLOCK: "settable",
                PUBLIC_BASE_URL: "https://ghostwatch.test",
                GMAIL_PUSH_AUDIENCE: "https://ghostwatch.test/webhooks/gmail",
                GMAIL_PUSH_SERVICE_ACCOUNT: "gmail-push@ghostwatch-test.iam.gserviceaccount.com",
              },
            },
          })),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts", "test/connectors/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/worker/apply-migrations.ts"],
        },
      },
    ],
  },
});
