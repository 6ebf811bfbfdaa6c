/**
 * Local alert and report receivers for tests and the demo: a fake Slack incoming webhook, a fake
 * Teams Workflows webhook and a fake mail sink that speaks Graph `sendMail` and Gmail
 * `messages.send`. Everything is namespaced by the first path segment, so parallel tests never
 * collide:
 *
 *   POST /{ns}/slack/{anything}                              Slack webhook → 200 "ok"
 *   POST /{ns}/teams/{anything}                              Teams workflow → 202
 *   POST /{ns}/graph/v1.0/users/{id}/sendMail                Graph sendMail → 202
 *   POST /{ns}/gmail/gmail/v1/users/{id}/messages/send       Gmail send (raw RFC 5322) → 200
 *
 * Control API:
 *   GET    /_fake/{ns}/requests          every request with the status it got (JSON)
 *   POST   /_fake/{ns}/failures          { path, status, times?, retryAfter?, body? } inject failures
 *                                        for `/{ns}/{path}` (`times` omitted = forever)
 *   DELETE /_fake/{ns}                   forget the namespace
 *   GET    /  or  /_fake/{ns}/           HTML page of what was received (the demo shows it)
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import PostalMime from "postal-mime";
import { z } from "zod";

export interface SinkRequest {
  seq: number;
  at: string;
  namespace: string;
  kind: "slack" | "teams" | "graph" | "gmail" | "unknown";
  /** Path below the namespace, e.g. `slack/T1/B1/secret`. */
  path: string;
  status: number;
  /** Parsed JSON body (Gmail: plus the decoded message under `decoded`). */
  body: unknown;
  /** Gmail only: the decoded raw message. */
  decoded?: {
    subject: string;
    from: string;
    to: string[];
    html: string;
    text: string;
    headers: Record<string, string>;
  };
  authorization: string | null;
  /** A one-line summary for the HTML page: header text / card title / subject. */
  headline: string;
  error?: string;
}

interface FailureRule {
  status: number;
  remaining: number | null;
  retryAfter?: string;
  body?: string;
}

const FailureInput = z.object({
  path: z.string().min(1),
  status: z.number().int().min(400).max(599),
  times: z.number().int().positive().optional(),
  retryAfter: z.string().optional(),
  body: z.string().optional(),
});

const SlackBody = z
  .object({
    text: z.string().optional(),
    blocks: z
      .array(z.object({ type: z.string() }).passthrough())
      .max(50)
      .optional(),
  })
  .refine((b) => Boolean(b.text) || (b.blocks?.length ?? 0) > 0, { message: "no_text" });

const TeamsBody = z.object({
  type: z.literal("message"),
  attachments: z
    .array(
      z.object({
        contentType: z.literal("application/vnd.microsoft.card.adaptive"),
        content: z
          .object({
            type: z.literal("AdaptiveCard"),
            version: z.string(),
            body: z.array(z.object({ type: z.string() }).passthrough()),
          })
          .passthrough(),
      }),
    )
    .min(1),
});

const GraphBody = z.object({
  message: z.object({
    subject: z.string(),
    body: z.object({ contentType: z.enum(["HTML", "Text", "html", "text"]), content: z.string() }),
    toRecipients: z.array(z.object({ emailAddress: z.object({ address: z.string() }) })).min(1),
  }),
  saveToSentItems: z.union([z.boolean(), z.string()]).optional(),
});

const GmailBody = z.object({ raw: z.string().min(1) });

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), { "content-type": "application/json" });
}

function slackHeadline(body: z.infer<typeof SlackBody>): string {
  const header = body.blocks?.find((b) => b.type === "header") as { text?: { text?: string } } | undefined;
  return header?.text?.text ?? body.text?.split("\n")[0] ?? "";
}

function teamsHeadline(body: z.infer<typeof TeamsBody>): string {
  const first = body.attachments[0]?.content.body.find((e) => e.type === "TextBlock") as
    | { text?: string }
    | undefined;
  return first?.text ?? "";
}

/** The sinks' state: requests by namespace and failure rules by full path. */
class SinkState {
  seq = 0;
  requests = new Map<string, SinkRequest[]>();
  failures = new Map<string, FailureRule>();

  record(entry: Omit<SinkRequest, "seq" | "at">): SinkRequest {
    const full: SinkRequest = { seq: ++this.seq, at: new Date().toISOString(), ...entry };
    const list = this.requests.get(entry.namespace) ?? [];
    list.push(full);
    if (list.length > 1000) list.shift();
    this.requests.set(entry.namespace, list);
    return full;
  }

  /** The injected failure for this path, consuming one use. */
  takeFailure(fullPath: string): FailureRule | null {
    const rule = this.failures.get(fullPath);
    if (!rule) return null;
    if (rule.remaining !== null) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.failures.delete(fullPath);
    }
    return rule;
  }
}

function page(state: SinkState, namespace: string | null): string {
  const namespaces = namespace ? [namespace] : [...state.requests.keys()].sort();
  const rows = namespaces
    .flatMap((ns) => (state.requests.get(ns) ?? []).map((r) => r))
    .sort((a, b) => b.seq - a.seq)
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.at)}</td><td>${escapeHtml(r.namespace)}</td><td>${r.kind}</td><td>${r.status}</td><td>${escapeHtml(r.headline)}</td><td><details><summary>payload</summary><pre>${escapeHtml(JSON.stringify(r.decoded ?? r.body, null, 2)).slice(0, 20000)}</pre></details></td></tr>`,
    )
    .join("");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>ghostwatch sinks</title>
<style>body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}pre{white-space:pre-wrap;max-width:80ch}</style></head>
<body><h1>Received alerts${namespace ? ` — ${escapeHtml(namespace)}` : ""}</h1><p>${rows ? "" : "Nothing received yet."}</p>
<table><thead><tr><th>At</th><th>Namespace</th><th>Channel</th><th>Status</th><th>Headline</th><th>Payload</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

async function handleSink(
  state: SinkState,
  req: IncomingMessage,
  res: ServerResponse,
  segments: string[],
): Promise<void> {
  const [namespace = "", kindSegment = "", ...rest] = segments;
  const kind: SinkRequest["kind"] =
    kindSegment === "slack" || kindSegment === "teams" || kindSegment === "graph" || kindSegment === "gmail"
      ? kindSegment
      : "unknown";
  const path = [kindSegment, ...rest].join("/");
  const raw = await readBody(req);
  const authorization = req.headers.authorization ?? null;
  let body: unknown = raw;
  try {
    body = raw ? JSON.parse(raw) : null;
  } catch {
    /* kept as text; validation below names the problem */
  }
  const base = { namespace, kind, path, body, authorization };

  const failure = state.takeFailure(`${namespace}/${path}`);
  if (failure) {
    const text =
      failure.body ??
      (failure.status === 404 ? "no_service" : failure.status === 429 ? "rate_limited" : "internal_error");
    state.record({ ...base, status: failure.status, headline: `(injected ${failure.status})`, error: text });
    send(res, failure.status, text, failure.retryAfter ? { "retry-after": failure.retryAfter } : {});
    return;
  }

  const reject = (status: number, error: string) => {
    state.record({ ...base, status, headline: `(rejected: ${error})`, error });
    send(res, status, error);
  };

  if (kind === "slack" && rest.length > 0) {
    const parsed = SlackBody.safeParse(body);
    if (!parsed.success)
      return reject(400, parsed.error.issues[0]?.message === "no_text" ? "no_text" : "invalid_blocks");
    state.record({ ...base, status: 200, headline: slackHeadline(parsed.data) });
    return send(res, 200, "ok");
  }
  if (kind === "teams" && rest.length > 0) {
    const parsed = TeamsBody.safeParse(body);
    if (!parsed.success)
      return reject(400, `invalid adaptive card envelope: ${parsed.error.issues[0]?.path.join(".")}`);
    state.record({ ...base, status: 202, headline: teamsHeadline(parsed.data) });
    return send(res, 202, "");
  }
  if (kind === "graph" && /^v1\.0\/users\/[^/]+\/sendMail$/.test(rest.join("/"))) {
    if (!authorization?.startsWith("Bearer ")) return reject(401, "InvalidAuthenticationToken");
    const parsed = GraphBody.safeParse(body);
    if (!parsed.success) return reject(400, `ErrorInvalidRequest: ${parsed.error.issues[0]?.path.join(".")}`);
    state.record({ ...base, status: 202, headline: parsed.data.message.subject });
    return send(res, 202, "");
  }
  if (kind === "gmail" && /^gmail\/v1\/users\/[^/]+\/messages\/send$/.test(rest.join("/"))) {
    if (!authorization?.startsWith("Bearer ")) return reject(401, "UNAUTHENTICATED");
    const parsed = GmailBody.safeParse(body);
    if (!parsed.success) return reject(400, "INVALID_ARGUMENT: raw is required");
    const mime = Buffer.from(parsed.data.raw.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString(
      "utf8",
    );
    const email = await PostalMime.parse(mime);
    const decoded = {
      subject: email.subject ?? "",
      from: email.from?.address ?? "",
      to: (email.to ?? []).map((a) => a.address ?? "").filter(Boolean),
      html: email.html ?? "",
      text: email.text ?? "",
      headers: Object.fromEntries(email.headers.map((h) => [h.key, h.value])),
    };
    const id = `sink-${state.seq + 1}`;
    state.record({ ...base, status: 200, headline: decoded.subject, decoded });
    return json(res, 200, { id, threadId: id, labelIds: ["SENT"] });
  }
  reject(404, `no such sink: ${path}`);
}

async function handleControl(
  state: SinkState,
  req: IncomingMessage,
  res: ServerResponse,
  segments: string[],
): Promise<void> {
  const [, namespace = "", action = ""] = segments;
  if (!namespace) return send(res, 200, page(state, null), { "content-type": "text/html; charset=utf-8" });
  if (req.method === "GET" && action === "requests")
    return json(res, 200, state.requests.get(namespace) ?? []);
  if (req.method === "GET" && action === "")
    return send(res, 200, page(state, namespace), { "content-type": "text/html; charset=utf-8" });
  if (req.method === "POST" && action === "failures") {
    let input: unknown;
    try {
      input = JSON.parse(await readBody(req));
    } catch {
      return json(res, 400, { error: "body must be JSON" });
    }
    const parsed = FailureInput.safeParse(input);
    if (!parsed.success)
      return json(res, 400, { error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
    const { path, status, times, retryAfter, body } = parsed.data;
    const rule: FailureRule = { status, remaining: times ?? null };
    if (retryAfter !== undefined) rule.retryAfter = retryAfter;
    if (body !== undefined) rule.body = body;
    state.failures.set(`${namespace}/${path.replace(/^\/+/, "")}`, rule);
    return json(res, 200, { ok: true });
  }
  if (req.method === "DELETE" && action === "") {
    state.requests.delete(namespace);
    for (const key of [...state.failures.keys()])
      if (key.startsWith(`${namespace}/`)) state.failures.delete(key);
    return json(res, 200, { ok: true });
  }
  json(res, 404, { error: `unknown control route ${req.method} ${req.url}` });
}

/**
 * Starts the sinks on a loopback port (0 = any free port).
 *
 * @example
 * const sinks = await startServer();
 * await fetch(`${sinks.url}/_fake/my-test/requests`);
 * await sinks.close();
 */
export async function startServer(
  options: { port?: number } = {},
): Promise<{ port: number; url: string; close(): Promise<void> }> {
  const state = new SinkState();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const run =
      segments.length === 0 || segments[0] === "_fake"
        ? handleControl(state, req, res, segments.length === 0 ? ["_fake"] : segments)
        : req.method === "POST"
          ? handleSink(state, req, res, segments)
          : Promise.resolve(send(res, 405, "POST only"));
    run.catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, `sink error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 8790);
  startServer({ port }).then((s) => console.log(`ghostwatch sinks listening on ${s.url} (page: ${s.url}/)`));
}
