/** HTTP batch (`multipart/mixed` of `application/http` parts), the server side. */

export interface InnerRequest {
  contentId: string | null;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface InnerResponse {
  contentId: string | null;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

function splitHead(block: string): { head: string; rest: string } {
  const m = /\r?\n\r?\n/.exec(block);
  if (!m) return { head: block, rest: "" };
  return { head: block.slice(0, m.index), rest: block.slice(m.index + m[0].length) };
}

function parseHeaders(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

/**
 * Parses a batch request body. Throws an Error naming the problem when it is not a batch.
 *
 * @example
 * parseBatch(body, "batch_foobarbaz");
 */
export function parseBatch(body: string, boundary: string): InnerRequest[] {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  const out: InnerRequest[] = [];
  for (const raw of chunks.slice(1)) {
    if (raw.startsWith("--")) break;
    const chunk = raw.replace(/^\r?\n/, "");
    const outer = splitHead(chunk);
    const outerHeaders = parseHeaders(outer.head);
    if (!(outerHeaders["content-type"] ?? "").toLowerCase().startsWith("application/http")) {
      throw new Error("each batch part must have Content-Type: application/http");
    }
    const inner = splitHead(outer.rest.replace(/^\r?\n/, ""));
    const [requestLine = "", ...headerLines] = inner.head.split(/\r?\n/);
    const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(requestLine.trim());
    if (!m) throw new Error(`bad request line in batch part: "${requestLine.slice(0, 100)}"`);
    out.push({
      contentId: outerHeaders["content-id"] ?? null,
      method: m[1] as string,
      path: m[2] as string,
      headers: parseHeaders(headerLines.join("\n")),
      body: inner.rest.replace(/\r?\n$/, ""),
    });
  }
  return out;
}

/**
 * Builds the batch response; each part echoes `Content-ID` as `response-<id>`.
 *
 * @example
 * const { body, contentType } = formatBatch([{ contentId: "<item1>", status: 200, statusText: "OK", headers: {}, body: "{}" }]);
 */
export function formatBatch(responses: InnerResponse[]): { body: string; contentType: string } {
  const boundary = `batch_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const parts = responses.map((r) => {
    const id = r.contentId ? `Content-ID: <response-${r.contentId.replace(/^<|>$/g, "")}>\r\n` : "";
    const headers = Object.entries({ "Content-Type": "application/json; charset=UTF-8", ...r.headers })
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n");
    return `--${boundary}\r\nContent-Type: application/http\r\n${id}\r\nHTTP/1.1 ${r.status} ${r.statusText}\r\n${headers}\r\n\r\n${r.body}\r\n`;
  });
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    contentType: `multipart/mixed; boundary=${boundary}`,
  };
}
