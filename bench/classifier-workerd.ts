/**
 * Classifier throughput inside workerd: bundles the classifier with esbuild into a small module
 * Worker, runs it under Miniflare (the local workerd that wrangler uses) and lets the Worker time
 * its own loop. workerd may freeze clocks while JavaScript runs (Spectre mitigation; time moves
 * on I/O), so the Worker reports its own `performance.now()` delta and this script also reports
 * the wall-clock time of the request minus an empty request, and says which one it used.
 *
 *   npx node bench/classifier-workerd.ts [messages]
 */
import { resolve } from "node:path";
import { build } from "esbuild";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { keepWranglerOffline } from "../scripts/offline-env.ts";

keepWranglerOffline();

const n = Number(process.argv[2] ?? 20_000);
const here = import.meta.dirname;

const entry = `
import { classify } from ${JSON.stringify(resolve(here, "../src/engine/classifier/index.ts"))};
import { Message } from ${JSON.stringify(resolve(here, "../src/engine/model.ts"))};
import { sampleDirection, sampleMessages } from ${JSON.stringify(resolve(here, "classifier-sample-messages.ts"))};

const messages = sampleMessages(1000).map((m) => Message.parse(m));
const contexts = messages.map((_, i) => ({ direction: sampleDirection(i), orgDomains: ["northwind.example"] }));

export default {
  async fetch(request) {
    const n = Number(new URL(request.url).searchParams.get("n") ?? "0");
    if (n === 0) return Response.json({ n, ms: 0 });
    for (let i = 0; i < 2000; i++) classify(messages[i % 1000], contexts[i % 1000]);
    // I/O before and after the loop lets the clock move in workerd.
    await new Promise((r) => setTimeout(r, 1));
    const t0 = performance.now();
    let checksum = 0;
    for (let i = 0; i < n; i++) checksum += classify(messages[i % 1000], contexts[i % 1000]).evidence.length;
    const t1 = performance.now();
    await new Promise((r) => setTimeout(r, 1));
    return Response.json({ n, ms: t1 - t0, checksum });
  },
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: here, loader: "ts", sourcefile: "classifier-bench-worker.ts" },
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  minify: true,
  write: false,
  logLevel: "error",
});
const code = bundle.outputFiles[0]!.text;

// Miniflare 5 takes a new option shape; the v4 shape (one module script) converts to it.
const mf = new Miniflare(
  convertV4MiniflareOptions({
    workers: [{ name: "classifier-bench", modules: true, script: code, compatibilityDate: "2025-09-01" }],
  }),
);
try {
  const call = async (count: number) => {
    const t0 = performance.now();
    const res = await mf.dispatchFetch(`http://bench.local/?n=${count}`);
    const body = (await res.json()) as { n: number; ms: number };
    return { inside: body.ms, outside: performance.now() - t0 };
  };
  await call(0);
  const empty = (await call(0)).outside;
  const runs: { inside: number; outside: number }[] = [];
  for (let r = 0; r < 3; r++) runs.push(await call(n));
  const insideRates = runs
    .map((r) => (r.inside > 0 ? n / (r.inside / 1000) : Number.NaN))
    .sort((a, b) => a - b);
  const outsideRates = runs.map((r) => n / (Math.max(r.outside - empty, 1e-3) / 1000)).sort((a, b) => a - b);
  const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
  console.log(
    `classifier in workerd (Miniflare ${(await import("miniflare/package.json", { with: { type: "json" } })).default.version}), bundle ${(code.length / 1024).toFixed(0)} KB, ${n} messages x 3 runs; load average ${load}`,
  );
  if (Number.isNaN(insideRates[1]!)) {
    console.log(
      "the Worker's clock did not move during the loop (frozen while JavaScript runs); using wall clock",
    );
  } else {
    console.log(
      `throughput per core (Worker's performance.now()): median ${Math.round(insideRates[1]!)} msg/s (min ${Math.round(insideRates[0]!)}, max ${Math.round(insideRates[2]!)})`,
    );
  }
  console.log(
    `throughput per core (request wall clock minus empty request): median ${Math.round(outsideRates[1]!)} msg/s (min ${Math.round(outsideRates[0]!)}, max ${Math.round(outsideRates[2]!)}); target >= 20000 msg/s`,
  );
} finally {
  await mf.dispose();
}
