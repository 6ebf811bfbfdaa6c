/**
 * End-to-end CLI benchmark: generates (deterministically, into a temp dir) one Google-Takeout
 * style `.mbox` of realistic recruiting mail and times `ghostwatch audit` on it, MIME parsing
 * and classification included. Prints seconds, messages/s and the CLI's peak RSS.
 *
 *   npx node bench/audit-mbox.ts [messages=100000]
 */
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const OWNER = "rita.recruiter@acme.com";
const COLLEAGUES = [
  "sam.manager@acme.com",
  "lee.coordinator@acme.com",
  "alex.panel@acme.com",
  "casey.hr@acme.com",
];
const FIRST = [
  "Jordan",
  "Priya",
  "Mateo",
  "Chloé",
  "Lukas",
  "Ana",
  "Wei",
  "Fatima",
  "Noah",
  "Sofia",
  "Kenji",
  "Amara",
  "Liam",
  "Inês",
  "Daan",
  "Olga",
];
const LAST = [
  "Rivera",
  "Sharma",
  "García",
  "Martin",
  "Müller",
  "Silva",
  "Chen",
  "Khan",
  "Smith",
  "Rossi",
  "Tanaka",
  "Okafor",
  "Brown",
  "Costa",
  "de Vries",
  "Ivanova",
];
const ROLES = [
  "Senior Backend Engineer",
  "Product Designer",
  "Data Analyst",
  "Account Executive",
  "Site Reliability Engineer",
  "Marketing Manager",
];
const DOMAINS = ["example.org", "example.net", "example.com", "mail.example.io"];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");
function rfc5322(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
function asctime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}
const icsTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

interface Mail {
  at: number;
  from: string;
  fromName: string;
  to: string;
  cc?: string;
  subject: string;
  id: string;
  inReplyTo?: string;
  labels: string;
  body: string;
  html?: boolean;
  headers?: string;
  calendar?: string;
  dsn?: { recipient: string; original: string };
}

/** Candidate-facing texts in several languages (written for this benchmark). */
const TEXT = {
  ack: (n: string, r: string) =>
    `Hi ${n},\n\nThank you for applying for the ${r} position. We have received your application and our team will review it carefully over the next days.\n\nKind regards,\nRita`,
  schedule: {
    en: (n: string, r: string) =>
      `Hi ${n},\n\nThanks for your interest in the ${r} role. We would like to invite you to a first interview. Could you let us know your availability for next week, or pick a slot here: https://calendly.com/rita-acme/30min\n\nBest,\nRita`,
    fr: (n: string, r: string) =>
      `Bonjour ${n},\n\nMerci pour votre candidature au poste de ${r}. Nous aimerions vous inviter à un premier entretien. Pourriez-vous nous indiquer vos disponibilités la semaine prochaine ?\n\nCordialement,\nRita`,
    de: (n: string, r: string) =>
      `Hallo ${n},\n\nvielen Dank für Ihre Bewerbung als ${r}. Wir möchten Sie gerne zu einem ersten Gespräch einladen. Bitte teilen Sie uns Ihre Verfügbarkeit für nächste Woche mit.\n\nViele Grüße\nRita`,
    es: (n: string, r: string) =>
      `Hola ${n},\n\nGracias por tu candidatura al puesto de ${r}. Nos gustaría invitarte a una primera entrevista. ¿Podrías indicarnos tu disponibilidad para la próxima semana?\n\nSaludos,\nRita`,
  },
  availability: (n: string) =>
    `Hi Rita,\n\nThank you! I am available on Tuesday after 2pm or Thursday morning between 9 and 11.\n\nBest regards,\n${n}`,
  confirm: (n: string, r: string) =>
    `Hi ${n},\n\nGreat, your interview for the ${r} role is confirmed for Thursday at 10:00. You will find the calendar invitation attached.\n\nBest,\nRita`,
  reject: {
    en: (n: string, r: string) =>
      `Dear ${n},\n\nThank you for taking the time to interview for the ${r} position. After careful consideration, we have decided not to move forward with your application. We wish you every success.\n\nRegards,\nRita`,
    fr: (n: string, r: string) =>
      `Bonjour ${n},\n\nNous vous remercions pour votre intérêt pour le poste de ${r}. Après examen, nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement,\nRita`,
    de: (n: string, r: string) =>
      `Hallo ${n},\n\nvielen Dank für Ihr Interesse an der Position ${r}. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nViele Grüße\nRita`,
    es: (n: string, r: string) =>
      `Hola ${n},\n\nGracias por tu interés en el puesto de ${r}. Lamentablemente hemos decidido no continuar con tu candidatura.\n\nSaludos,\nRita`,
  },
  offer: (n: string, r: string) =>
    `Dear ${n},\n\nWe are delighted to offer you the position of ${r}. Please find the offer letter attached; we would be glad to discuss any questions.\n\nWarm regards,\nRita`,
  inquiry: (n: string) =>
    `Hello Rita,\n\nI wanted to follow up on my application. Is there any update on the next steps? I would appreciate any feedback.\n\nThanks,\n${n}`,
  autoReply: () =>
    "I am out of the office until Monday with limited access to email. I will reply as soon as possible after my return.",
  internal: (r: string) =>
    `Hi all,\n\nCan we move our weekly sync about the ${r} pipeline to Wednesday at 3pm? Agenda: budget, headcount, next quarter planning.\n\nThanks,\nSam`,
  newsletter: () =>
    "This week: five ideas for better team meetings, an interview with our CFO, and the office party schedule. Unsubscribe at any time.",
};

/**
 * Writes a deterministic mbox of about `total` messages and returns how many were written.
 *
 * @example
 * await generateMbox("/tmp/x.mbox", 1000, Date.parse("2026-06-30T17:00:00Z"));
 */
export async function generateMbox(
  path: string,
  total: number,
  nowMs: number,
  /** `maxBytes`: stop once about this many bytes are written (for size-driven runs). */
  options: { seed?: number; attachmentKb?: number; maxBytes?: number } = {},
): Promise<number> {
  const seed = options.seed ?? 42;
  const attachment = options.attachmentKb ? attachmentPart(options.attachmentKb) : "";
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out = createWriteStream(path);
  let buffered: string[] = [];
  let bufferedLength = 0;
  const flush = async () => {
    if (buffered.length === 0) return;
    const chunk = buffered.join("");
    buffered = [];
    bufferedLength = 0;
    if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
  };
  let written = 0;
  let bytes = 0;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const emit = async (m: Mail) => {
    const text = render(m, attachment);
    bytes += text.length;
    buffered.push(text);
    bufferedLength += 1;
    written++;
    if (bufferedLength >= 500) await flush();
  };
  const HOUR = 3_600_000;
  const start = nowMs - 180 * 24 * HOUR;
  let c = 0;
  while (written < total && bytes < maxBytes) {
    c++;
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const addr = `${first
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z]/g, "")}.${last.toLowerCase().replace(/[^a-z]/g, "")}${c}@${pick(DOMAINS)}`;
    const role = pick(ROLES);
    const lang = random() < 0.8 ? "en" : pick(["fr", "de", "es"] as const);
    let t = start + random() * 170 * 24 * HOUR;
    const id = (k: string) => `<${k}-${c}@mail.acme.com>`;
    const cid = (k: string) => `<${k}-${c}@${addr.split("@")[1]}>`;
    const outbound = (subject: string, body: string, key: string, extra: Partial<Mail> = {}): Mail => ({
      at: t,
      from: OWNER,
      fromName: "Rita Recruiter",
      to: addr,
      subject,
      id: id(key),
      labels: "Sent",
      body,
      ...extra,
    });
    const inbound = (subject: string, body: string, key: string, extra: Partial<Mail> = {}): Mail => ({
      at: t,
      from: addr,
      fromName: name,
      to: OWNER,
      subject,
      id: cid(key),
      labels: "Inbox,Category Personal",
      body,
      ...extra,
    });
    const scenario = random();
    await emit(outbound(`Your application: ${role}`, TEXT.ack(first, role), "ack", { html: random() < 0.5 }));
    t += (1 + random() * 48) * HOUR;
    if (scenario < 0.45) {
      const sched = outbound(`Interview invitation: ${role}`, TEXT.schedule[lang](first, role), "sched", {
        html: random() < 0.5,
      });
      await emit(sched);
      t += (2 + random() * 30) * HOUR;
      const reply = inbound(`Re: Interview invitation: ${role}`, TEXT.availability(first), "avail", {
        inReplyTo: sched.id,
      });
      await emit(reply);
      t += (1 + random() * 20) * HOUR;
      const startAt = t + 48 * HOUR;
      const calendar = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        `UID:interview-${c}@acme.com`,
        `DTSTAMP:${icsTime(t)}`,
        `DTSTART:${icsTime(startAt)}`,
        `DTEND:${icsTime(startAt + HOUR)}`,
        `SUMMARY:Interview - ${role}`,
        "ORGANIZER;CN=Rita Recruiter:mailto:rita.recruiter@acme.com",
        `ATTENDEE;CN=${name};PARTSTAT=NEEDS-ACTION:mailto:${addr}`,
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:sam.manager@acme.com",
        "END:VEVENT",
        "END:VCALENDAR",
      ].join("\r\n");
      await emit(
        outbound(`Invitation: Interview - ${role}`, TEXT.confirm(first, role), "invite", {
          inReplyTo: reply.id,
          calendar,
          cc: "sam.manager@acme.com",
        }),
      );
      t = startAt + (24 + random() * 150) * HOUR;
      const outcome = random();
      if (t < nowMs) {
        if (outcome < 0.5)
          await emit(outbound(`Your application: ${role}`, TEXT.reject[lang](first, role), "reject"));
        else if (outcome < 0.65) await emit(outbound(`Offer: ${role}`, TEXT.offer(first, role), "offer"));
        else if (outcome < 0.8) await emit(inbound(`Following up: ${role}`, TEXT.inquiry(first), "inq"));
      }
    } else if (scenario < 0.65) {
      await emit(outbound(`Your application: ${role}`, TEXT.reject[lang](first, role), "reject"));
    } else if (scenario < 0.78) {
      await emit(
        inbound(`Re: Your application: ${role}`, TEXT.inquiry(first), "inq", { inReplyTo: id("ack") }),
      );
    } else if (scenario < 0.84) {
      const sched = outbound(`Interview invitation: ${role}`, TEXT.schedule.en(first, role), "sched");
      await emit(sched);
      t += 0.01 * HOUR;
      await emit({
        at: t,
        from: "mailer-daemon@mx.acme.com",
        fromName: "Mail Delivery System",
        to: OWNER,
        subject: "Undelivered Mail Returned to Sender",
        id: id("dsn"),
        labels: "Inbox",
        body: "Your message could not be delivered to one or more recipients.",
        headers: "Auto-Submitted: auto-replied\r\n",
        dsn: { recipient: addr, original: sched.id },
      });
    } else if (scenario < 0.9) {
      await emit(outbound(`Interview invitation: ${role}`, TEXT.schedule.en(first, role), "sched"));
      t += 0.1 * HOUR;
      await emit(
        inbound(`Automatic reply: Interview invitation: ${role}`, TEXT.autoReply(), "ooo", {
          headers: "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n",
        }),
      );
    } else {
      await emit({
        at: t,
        from: pick(COLLEAGUES),
        fromName: "Sam Manager",
        to: OWNER,
        cc: pick(COLLEAGUES),
        subject: `Weekly sync: ${role} pipeline`,
        id: id("internal"),
        labels: "Inbox",
        body: TEXT.internal(role),
      });
      await emit({
        at: t + HOUR,
        from: "news@news.example.com",
        fromName: "Weekly News",
        to: OWNER,
        subject: "This week at Example",
        id: id("news"),
        labels: "Inbox,Category Updates",
        body: TEXT.newsletter(),
        html: true,
        headers:
          "List-Id: <weekly.news.example.com>\r\nList-Unsubscribe: <https://news.example.com/unsub>\r\nPrecedence: bulk\r\n",
      });
    }
  }
  await flush();
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return written;
}

function escapeFrom(body: string): string {
  return body.replace(/^(>*From )/gm, ">$1");
}

/** A base64 PDF-like attachment part of about `kb` KiB (the same bytes every time). */
function attachmentPart(kb: number): string {
  const random = rng(7);
  const bytes = new Uint8Array(kb * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  const b64 = Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
  return `Content-Type: application/pdf; name="cv.pdf"\r\nContent-Disposition: attachment; filename="cv.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n`;
}

function render(m: Mail, attachment = ""): string {
  const head = [
    `From ${m.from} ${asctime(m.at)}`,
    `X-Gmail-Labels: ${m.labels}`,
    `Delivered-To: ${OWNER}`,
    `Received: by 2002:a05:6000:1:0:0:0:0 with SMTP id bench; ${rfc5322(m.at + 2000)}`,
    `Message-ID: ${m.id}`,
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
    `Date: ${rfc5322(m.at)}`,
    `From: ${m.fromName} <${m.from}>`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${m.subject}`,
    "MIME-Version: 1.0",
  ].join("\r\n");
  const extra = m.headers ?? "";
  const html = `<html><body>${m.body
    .split("\n\n")
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`)
    .join("")}</body></html>`;
  let body: string;
  if (m.dsn) {
    body =
      `Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n` +
      `--r\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${m.body}\r\n` +
      `--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.acme.com\r\n\r\nFinal-Recipient: rfc822; ${m.dsn.recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n` +
      `--r\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: ${m.dsn.original}\r\nFrom: ${OWNER}\r\nTo: ${m.dsn.recipient}\r\n\r\n--r--\r\n`;
  } else if (m.calendar) {
    body =
      `Content-Type: multipart/alternative; boundary="a"\r\n\r\n--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${escapeFrom(m.body)}\r\n` +
      `--a\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n${m.calendar}\r\n--a--\r\n`;
  } else if (m.html) {
    body =
      `Content-Type: multipart/alternative; boundary="a"\r\n\r\n--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${escapeFrom(m.body)}\r\n` +
      `--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n--a--\r\n`;
  } else if (attachment) {
    body =
      `Content-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${escapeFrom(m.body)}\r\n` +
      `--m\r\n${attachment}--m--\r\n`;
  } else {
    body = `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${escapeFrom(m.body)}\r\n`;
  }
  return `${head}\r\n${extra}${body}\r\n`;
}

/** Node flag that makes the child print its peak RSS (bytes) on exit, without an extra file. */
export const RSS_HOOK = `--import=data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nbench-maxrss-kb=' + u.maxRSS + ' cpu-us=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });",
)}`;

/**
 * Runs the ghostwatch CLI and returns wall seconds, exit code, peak RSS (MB) and stderr.
 *
 * @example
 * const r = runCli(["audit", "--org-domain", "acme.com", file]);
 */
export function runCli(args: string[]): {
  seconds: number;
  cpuSeconds: number | null;
  status: number | null;
  peakRssMb: number | null;
  stderr: string;
} {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [RSS_HOOK, join(ROOT, "bin/ghostwatch.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /bench-maxrss-kb=(\d+) cpu-us=(\d+)/.exec(child.stderr ?? "");
  return {
    seconds,
    cpuSeconds: match ? Number(match[2]) / 1e6 : null,
    status: child.status,
    peakRssMb: match ? Number(match[1]) / 1024 : null,
    stderr: (child.stderr ?? "").replace(/\nbench-maxrss-kb=.*\n?/, ""),
  };
}

async function benchmark(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
  const nowIso = "2026-06-30T17:00:00Z";
  const dir = await mkdtemp(join(tmpdir(), "ghostwatch-bench-"));
  try {
    const file = join(dir, "takeout.mbox");
    const genStart = process.hrtime.bigint();
    const written = await generateMbox(file, total, Date.parse(nowIso));
    const genSeconds = Number(process.hrtime.bigint() - genStart) / 1e9;
    const size = (await stat(file)).size;
    console.log(
      `audit-mbox: generated ${written} messages, ${(size / 1024 / 1024).toFixed(1)} MB in ${genSeconds.toFixed(1)} s`,
    );
    const out = join(dir, "report.json");
    const r = runCli([
      "audit",
      "--org-domain",
      "acme.com",
      "--now",
      nowIso,
      "--format",
      "json",
      "--out",
      out,
      file,
    ]);
    const summary = r.stderr
      .split("\n")
      .filter((l) => l.startsWith("ghostwatch:"))
      .join("\n");
    if (r.status !== 0) {
      console.log(
        `audit-mbox: ghostwatch audit exited with ${r.status}\n${r.stderr.split("\n").slice(-20).join("\n")}`,
      );
      process.exitCode = 1;
    }
    console.log(summary);
    console.log(
      `audit-mbox: ghostwatch audit end to end (MIME parsing + classification + audit + report): ${r.seconds.toFixed(1)} s, ` +
        `${Math.round(written / r.seconds).toLocaleString("en-US")} msgs/s wall; CPU ${r.cpuSeconds?.toFixed(1) ?? "?"} s ` +
        `(${r.cpuSeconds ? Math.round(written / r.cpuSeconds).toLocaleString("en-US") : "?"} msgs/CPU-s); peak RSS ${r.peakRssMb?.toFixed(0) ?? "?"} MB`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchmark();
