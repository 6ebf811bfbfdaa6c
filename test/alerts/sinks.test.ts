import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../fakes/sinks/server.ts";

let sinks: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  sinks = await startServer();
});
afterAll(async () => {
  await sinks.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${sinks.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
const requests = async (ns: string) =>
  (await (await fetch(`${sinks.url}/_fake/${ns}/requests`)).json()) as Array<{
    status: number;
    kind: string;
    headline: string;
  }>;

describe("fakes/sinks", () => {
  it("keeps namespaces apart and answers like Slack and Teams", async () => {
    expect((await post("/a/slack/T/B/x", { text: "hello a" })).status).toBe(200);
    expect(
      (
        await post("/b/teams/wf/1", {
          type: "message",
          attachments: [
            {
              contentType: "application/vnd.microsoft.card.adaptive",
              content: {
                type: "AdaptiveCard",
                version: "1.4",
                body: [{ type: "TextBlock", text: "card b" }],
              },
            },
          ],
        })
      ).status,
    ).toBe(202);
    expect((await requests("a")).map((r) => r.headline)).toEqual(["hello a"]);
    expect((await requests("b")).map((r) => r.headline)).toEqual(["card b"]);
  });

  it("rejects malformed payloads the way the real services do", async () => {
    const slack = await post("/c/slack/T/B/x", { blocks: [] });
    expect([slack.status, await slack.text()]).toEqual([400, "no_text"]);
    expect((await post("/c/teams/wf/1", { type: "message", attachments: [] })).status).toBe(400);
    expect(
      (await post("/c/graph/v1.0/users/a@acme.com/sendMail", { message: {} }, { authorization: "Bearer t" }))
        .status,
    ).toBe(400);
    expect((await post("/c/graph/v1.0/users/a@acme.com/sendMail", {})).status).toBe(401);
  });

  it("injects 429 with Retry-After N times, and 404 forever", async () => {
    await post("/_fake/d/failures", { path: "slack/T/B/x", status: 429, times: 2, retryAfter: "3" });
    await post("/_fake/d/failures", { path: "slack/T/B/gone", status: 404 });
    const statuses: Array<[number, string | null]> = [];
    for (let i = 0; i < 3; i++) {
      const res = await post("/d/slack/T/B/x", { text: "x" });
      statuses.push([res.status, res.headers.get("retry-after")]);
    }
    expect(statuses).toEqual([
      [429, "3"],
      [429, "3"],
      [200, null],
    ]);
    for (let i = 0; i < 3; i++) expect((await post("/d/slack/T/B/gone", { text: "x" })).status).toBe(404);
    expect((await post("/_fake/d/failures", { path: "x", status: 200 })).status).toBe(400);
  });

  it("shows what it received on an HTML page and forgets a namespace on DELETE", async () => {
    await post("/e/slack/T/B/x", { text: "<script>alert(1)</script> visible" });
    const page = await (await fetch(`${sinks.url}/_fake/e/`)).text();
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; visible");
    expect(await (await fetch(`${sinks.url}/`)).text()).toContain("Received alerts");
    await fetch(`${sinks.url}/_fake/e`, { method: "DELETE" });
    expect(await requests("e")).toEqual([]);
  });
});
