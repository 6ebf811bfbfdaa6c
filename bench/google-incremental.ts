/**
 * Benchmark of the Google Workspace connector (Node): starts the fake Google in-process, runs a
 * first sync, lets 1,000 new messages arrive, runs the incremental sync and prints
 *   - Gmail quota units and HTTP round trips per 1,000 new messages (metadata and readonly mode),
 *   - CPU time per 1,000 messages normalised (metadata and full format), on Node and inside
 *     workerd (miniflare), when miniflare can start.
 *
 * Run: `npx node bench/google-incremental.ts`
 */
import { cpus } from "node:os";
import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import {
  createGoogleMailboxSource,
  memoryTokenCache,
  normalizeGmailMessage,
  type ScopeMode,
} from "../connectors/google/index.ts";
import type { SyncPage } from "../connectors/types.ts";
import { renderMessage } from "../fakes/google/render.ts";
import { startServer } from "../fakes/google/server.ts";
import { keepWranglerOffline } from "../scripts/offline-env.ts";

keepWranglerOffline();

const NEW_MESSAGES = 1000;
/** Normalisation rounds per workerd request (large, so the work dominates the request overhead). */
const ROUNDS = 20;

const fake = await startServer();
const post = async (path: string, body: unknown) => {
  const res = await fetch(`${fake.url}${path}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
};
const keys = await generateKeyPair("RS256", { extractable: true });
const clientEmail = "bench@ghostwatch-bench.iam.gserviceaccount.com";
await post("/_fake/service-accounts", { clientEmail, publicKeyPem: await exportSPKI(keys.publicKey) });
const privateKeyPem = await exportPKCS8(keys.privateKey);

async function incremental(mode: ScopeMode, batch = 50) {
  const user = `bench-${mode}-${batch}@acme.example`;
  const now = Date.now();
  await post(`/_fake/users/${user}/messages/generate`, {
    count: 3000,
    endMs: now - 3_600_000,
    spanDays: 90,
    seed: 1,
  });
  await post(`/_fake/users/${user}/events/generate`, { count: 200, seed: 2 });
  let virtual = now;
  const source = createGoogleMailboxSource({
    gmailRootUrl: `${fake.url}/`,
    calendarRootUrl: `${fake.url}/`,
    tokenUrl: `${fake.url}/token`,
    serviceAccount: { clientEmail, privateKeyPem },
    mailbox: { id: `mbx-${mode}`, address: user, provider: "google", role: "recruiter" },
    scopeMode: mode,
    pageSize: { batch },
    tokenCache: memoryTokenCache(),
    clock: () => virtual,
    sleep: async (ms) => {
      virtual += ms;
    },
  });
  let cursor: string | null = null;
  const first: SyncPage[] = [];
  for await (const p of source.pages(cursor, { now: new Date(now) })) {
    first.push(p);
    cursor = p.cursor;
  }
  await post(`/_fake/users/${user}/messages/generate`, {
    count: NEW_MESSAGES,
    endMs: now,
    spanDays: 0.5,
    seed: 3,
    mode: "arrive",
  });
  await post(`/_fake/users/${user}/stats/reset`, {});
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let got = 0;
  let requests = 0;
  for await (const p of source.pages(cursor, { now: new Date(now) })) {
    got += p.messages.length;
    requests += p.requests;
    cursor = p.cursor;
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const stats = (await (await fetch(`${fake.url}/_fake/users/${user}/stats`)).json()) as {
    httpRequests: number;
    calls: number;
    units: number;
    byMethod: Record<string, number>;
  };
  const per = 1000 / NEW_MESSAGES;
  console.log(
    `incremental ${mode.padEnd(8)} batch=${batch}: ${got} new messages; per 1,000 new: ${(stats.units * per).toFixed(0)} quota units, ` +
      `${(stats.httpRequests * per).toFixed(1)} HTTP round trips (${stats.calls} API calls incl. batch parts; ` +
      `source counted ${requests}); wall ${wall.toFixed(0)} ms, client CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms ` +
      `(client and fake share one process); calls: ${JSON.stringify(stats.byMethod)}`,
  );
}

function sampleMessages(format: "metadata" | "full"): unknown[] {
  const user = fake.state.user("bench-metadata-50@acme.example");
  const all = user.listOrder().slice(0, 1000);
  return all.map((m) =>
    renderMessage(
      m,
      user.address,
      format,
      format === "metadata" ? ["From", "To", "Subject", "Date", "Message-ID", "References"] : [],
    ),
  );
}

function normaliseOnNode(format: "metadata" | "full", raws: unknown[]) {
  for (const r of raws.slice(0, 200)) normalizeGmailMessage(r, "warm");
  const rounds = 5;
  const cpu0 = process.cpuUsage();
  let ok = 0;
  for (let i = 0; i < rounds; i++) for (const r of raws) if (normalizeGmailMessage(r, "mbx").ok) ok++;
  const cpu = process.cpuUsage(cpu0);
  const perThousand = (cpu.user + cpu.system) / 1000 / rounds / (raws.length / 1000);
  console.log(
    `normalise on Node ${process.version} (${cpus()[0]?.model ?? "cpu"}), format=${format}: ${perThousand.toFixed(1)} ms CPU per 1,000 messages (${ok / rounds} ok of ${raws.length})`,
  );
}

/**
 * Inside workerd (miniflare): timers are frozen while a request computes, so the figure is the
 * wall time of a request normalising the batch minus one normalising nothing, measured from
 * Node; there is no I/O inside, so it approximates workerd CPU time.
 */
async function normaliseInWorkerd(samples: Record<string, unknown[]>) {
  let esbuild: typeof import("esbuild");
  let miniflare: typeof import("miniflare");
  try {
    esbuild = await import("esbuild");
    miniflare = await import("miniflare");
  } catch (e) {
    console.log(`normalise in workerd: skipped (${(e as Error).message})`);
    return;
  }
  const entry = `
    import { normalizeGmailMessage } from ${JSON.stringify(new URL("../connectors/google/normalize.ts", import.meta.url).pathname)};
    export default {
      async fetch(request) {
        const { raws, rounds } = await request.json();
        let ok = 0;
        for (let i = 0; i < rounds; i++) for (const r of raws) if (normalizeGmailMessage(r, "mbx").ok) ok++;
        return new Response(String(ok));
      },
    };`;
  const built = await esbuild.build({
    stdin: { contents: entry, resolveDir: new URL("..", import.meta.url).pathname, loader: "js" },
    bundle: true,
    format: "esm",
    write: false,
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    external: ["node:*"],
  });
  // miniflare 5: a worker is `{ config: { name, compatibilityDate, manifest: { mainModule, modules } } }`.
  const mf = new miniflare.Miniflare({
    workers: [
      {
        config: {
          name: "bench-google",
          compatibilityDate: "2026-11-01",
          compatibilityFlags: ["nodejs_compat"],
          manifest: {
            mainModule: "index.js",
            modules: { "index.js": { type: "esm", contents: built.outputFiles[0]!.text } },
          },
        },
      },
    ],
  });
  try {
    for (const [format, raws] of Object.entries(samples)) {
      const time = async (rounds: number) => {
        const body = JSON.stringify({ raws, rounds });
        const t0 = performance.now();
        const res = await mf.dispatchFetch("http://bench/", { method: "POST", body });
        await res.text();
        return performance.now() - t0;
      };
      await time(1);
      const base: number[] = [];
      const work: number[] = [];
      for (let i = 0; i < 3; i++) {
        base.push(await time(0));
        work.push(await time(ROUNDS));
      }
      const perThousand = (Math.min(...work) - Math.min(...base)) / ROUNDS / (raws.length / 1000);
      console.log(
        `normalise in workerd (miniflare), format=${format}: ${perThousand.toFixed(1)} ms per 1,000 messages`,
      );
    }
  } finally {
    await mf.dispose();
  }
}

try {
  await incremental("metadata");
  await incremental("readonly");
  await incremental("metadata", 100);
  const samples = { metadata: sampleMessages("metadata"), full: sampleMessages("full") };
  normaliseOnNode("metadata", samples.metadata);
  normaliseOnNode("full", samples.full);
  await normaliseInWorkerd(samples);
} finally {
  await fake.close();
}
