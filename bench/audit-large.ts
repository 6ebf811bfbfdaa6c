/**
 * Large-file benchmark: a Takeout-sized `.mbox` (default about 1 GiB; CVs attached as base64)
 * streamed through `ghostwatch audit`. Shows that memory follows the largest message and the
 * kept metadata, not the file: prints file size, seconds, MB/s, messages/s and peak RSS.
 *
 *   npx node bench/audit-large.ts [sizeMiB=1024] [attachmentKiB=256]
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateMbox, runCli } from "./audit-mbox.ts";

const sizeMiB = Number(process.argv[2] ?? 1024);
const attachmentKiB = Number(process.argv[3] ?? 256);
const nowIso = "2026-06-30T17:00:00Z";

const dir = await mkdtemp(join(tmpdir(), "ghostwatch-bench-large-"));
try {
  const file = join(dir, "large.mbox");
  const genStart = process.hrtime.bigint();
  const written = await generateMbox(file, Number.POSITIVE_INFINITY, Date.parse(nowIso), {
    attachmentKb: attachmentKiB,
    maxBytes: sizeMiB * 1024 * 1024,
  });
  const genSeconds = Number(process.hrtime.bigint() - genStart) / 1e9;
  const size = (await stat(file)).size;
  const sizeMb = size / 1024 / 1024;
  console.log(
    `audit-large: generated ${written} messages with ${attachmentKiB} KiB attachments, ${sizeMb.toFixed(0)} MiB in ${genSeconds.toFixed(1)} s`,
  );
  const r = runCli([
    "audit",
    "--org-domain",
    "acme.com",
    "--now",
    nowIso,
    "--format",
    "json",
    "--out",
    join(dir, "report.json"),
    file,
  ]);
  if (r.status !== 0) {
    console.log(
      `audit-large: ghostwatch audit exited with ${r.status}\n${r.stderr.split("\n").slice(-20).join("\n")}`,
    );
    process.exitCode = 1;
  }
  console.log(
    r.stderr
      .split("\n")
      .filter((l) => l.startsWith("ghostwatch:"))
      .join("\n"),
  );
  console.log(
    `audit-large: ${sizeMb.toFixed(0)} MiB mbox audited in ${r.seconds.toFixed(1)} s (${(sizeMb / r.seconds).toFixed(1)} MiB/s, ` +
      `${Math.round(written / r.seconds).toLocaleString("en-US")} msgs/s wall; CPU ${r.cpuSeconds?.toFixed(1) ?? "?"} s); ` +
      `peak RSS ${r.peakRssMb?.toFixed(0) ?? "?"} MB = ${r.peakRssMb ? ((100 * r.peakRssMb) / sizeMb).toFixed(0) : "?"}% of the file size`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
