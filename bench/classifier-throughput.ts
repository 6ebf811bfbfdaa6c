/**
 * Classifier throughput on Node: messages per second on one core (single thread) for typical
 * 2–5 KB messages (`classifier-sample-messages.ts`). Target ≥ 20,000/s.
 *
 *   npx node bench/classifier-throughput.ts [messages]
 */
import { classify } from "../src/engine/classifier/index.ts";
import { Message } from "../src/engine/model.ts";
import { sampleDirection, sampleMessages } from "./classifier-sample-messages.ts";

const n = Number(process.argv[2] ?? 20_000);
const messages = sampleMessages(1000).map((m) => Message.parse(m));
const contexts = messages.map((_, i) => ({
  direction: sampleDirection(i),
  orgDomains: ["northwind.example"],
}));
const bytes = messages.reduce((s, m) => s + m.excerpt.length + m.subject.length, 0) / messages.length;

// Warm-up (JIT), then timed runs.
for (let i = 0; i < 2000; i++) classify(messages[i % messages.length]!, contexts[i % messages.length]!);
const runs: number[] = [];
const cpuRuns: number[] = [];
const labels = new Map<string, number>();
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const c = classify(messages[i % messages.length]!, contexts[i % messages.length]!);
    if (r === 0 && i < messages.length) labels.set(c.label, (labels.get(c.label) ?? 0) + 1);
  }
  const cpu = process.cpuUsage(c0);
  runs.push(n / ((performance.now() - t0) / 1000));
  // CPU time of this process (user + system): what one core delivers when the machine is shared.
  cpuRuns.push(n / ((cpu.user + cpu.system) / 1e6));
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
console.log(
  `classifier on Node ${process.version}: ${n} messages x 3 runs, mean size ${Math.round(bytes)} chars; load average ${load}`,
);
console.log(
  `throughput per core (wall clock): median ${Math.round(runs[1]!)} msg/s (min ${Math.round(runs[0]!)}, max ${Math.round(runs[2]!)})`,
);
console.log(
  `throughput per core (CPU time):   median ${Math.round(cpuRuns[1]!)} msg/s (min ${Math.round(cpuRuns[0]!)}, max ${Math.round(cpuRuns[2]!)}); target >= 20000 msg/s`,
);
console.log(
  `per message: ${(1e6 / cpuRuns[1]!).toFixed(1)} µs CPU; labels of the sample: ${[...labels].map(([k, v]) => `${k} ${v}`).join(", ")}`,
);
