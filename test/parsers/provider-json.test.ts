import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/parsers/errors.ts";
import { detectResource, type JsonItem, parseProviderJson } from "../../src/parsers/provider-json.ts";

const read = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/json", name), "utf8");
const parse = (text: string, source = "in.json", lines = false) =>
  parseProviderJson(text, { mailboxId: "mbx", source, lines, now: new Date("2026-03-20T00:00:00Z") });
const messagesOf = (items: JsonItem[]) => items.flatMap((i) => (i.kind === "message" ? [i.value] : []));
const notItems = (items: JsonItem[]) => items.filter((i) => i.kind === "error" || i.kind === "skipped");

describe("parseProviderJson", () => {
  it("normalises a Graph message collection with the Graph normaliser and names the delta tombstone", async () => {
    const { format, items } = await parse(read("graph-messages.json"), "graph-messages.json");
    expect(format).toBe("Microsoft Graph collection (Collection(message))");
    const messages = messagesOf(items);
    expect(messages.map((m) => [m.provider, m.id, m.mailboxId, m.threadId])).toEqual([
      ["microsoft", "AAMkAGraphMsg001=", "mbx", "AAQkConv001="],
      ["microsoft", "AAMkAGraphMsg002=", "mbx", "AAQkConv001="],
    ]);
    expect(notItems(items)).toEqual([
      {
        kind: "skipped",
        source: "graph-messages.json#2",
        message: expect.stringContaining("delta tombstone"),
      },
    ]);
  });

  it("normalises a Graph event collection", async () => {
    const { items } = await parse(read("graph-events.json"));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "event",
      value: { provider: "microsoft", start: "2026-03-11T14:00:00.000Z" },
    });
  });

  it("normalises Gmail full resources, parses format=raw with the eml parser, and reports a broken item", async () => {
    const { items } = await parse(read("gmail-messages.json"), "gmail.json");
    const [full, raw, bad] = items;
    expect(full).toMatchObject({
      kind: "message",
      value: { provider: "google", internetMessageId: "<gmail-full-001@mail.acme.com>" },
    });
    expect(raw).toMatchObject({
      kind: "message",
      value: {
        provider: "google",
        id: "18e0000000000002",
        threadId: "18e0000000000001",
        inReplyTo: "<gmail-full-001@mail.acme.com>",
        folder: "inbox",
        receivedAt: "2026-03-09T08:00:00.000Z",
      },
    });
    expect(bad).toMatchObject({ kind: "error", source: "gmail.json#2" });
  });

  it("normalises a Calendar events.list page using its time zone for all-day events", async () => {
    const { format, items } = await parse(read("google-calendar-events.json"));
    expect(format).toBe("Google Calendar event list");
    expect(items.map((i) => i.kind)).toEqual(["event", "event"]);
    const allDay = items[1]?.kind === "event" ? items[1].value : null;
    expect(allDay).toMatchObject({ isAllDay: true, cancelled: true, start: "2026-03-12T23:00:00.000Z" });
  });

  it("reads JSON Lines, including the CLI's own parse output", async () => {
    const { items: gmail } = await parse(read("gmail-messages.json"));
    const first = gmail[0];
    if (first?.kind !== "message") throw new Error("fixture changed");
    const lines = [
      JSON.stringify({ source: "a.eml", type: "message", item: first.value }),
      "",
      JSON.stringify(JSON.parse(read("graph-events.json")).value[0]),
    ].join("\n");
    const { items } = await parse(lines, "dump.jsonl", true);
    expect(items.map((i) => [i.kind, i.source])).toEqual([
      ["message", "a.eml"],
      ["event", "dump.jsonl:3"],
    ]);
  });

  it.each([
    ["not JSON", "{nope", /^not valid JSON: /],
    ["a bare value", "42", /bare value/],
    [
      "an unrelated object",
      '{"kind":"spreadsheet","rows":[]}',
      /not a message or event: .*top-level keys: kind, rows/,
    ],
    ["an array of unrelated objects", '[{"a":1}]', /array whose items are neither messages nor events/],
    [
      "a Graph collection of users",
      '{"@odata.context":"x#users","value":[{"id":"u1","displayName":"A"}]}',
      /Graph collection whose items/,
    ],
    ["a Gmail list with ids only", read("gmail-list-ids-only.json"), /only message ids/],
  ])("throws one clear ParseError for %s", async (_, text, pattern) => {
    const attempt = parse(text);
    await expect(attempt).rejects.toBeInstanceOf(ParseError);
    await expect(parse(text)).rejects.toThrow(pattern);
  });
});

describe("detectResource", () => {
  it("tells Graph and Google events apart and refuses unknown objects", () => {
    expect(
      detectResource({ id: "a", start: { dateTime: "2026-03-01T10:00:00.0000000", timeZone: "UTC" } }),
    ).toBe("graph-event");
    expect(detectResource({ id: "a", start: { date: "2026-03-01" } })).toBe("calendar-event");
    expect(detectResource({ id: "a", iCalUID: "x", start: { dateTime: "2026-03-01T10:00:00Z" } })).toBe(
      "calendar-event",
    );
    expect(detectResource({ id: "a", receivedDateTime: "2026-03-01T10:00:00Z" })).toBe("graph-message");
    expect(detectResource({ id: "a", threadId: "t", payload: {} })).toBe("gmail-message");
    expect(detectResource({ id: "a", name: "b" })).toBeNull();
    expect(detectResource([1])).toBeNull();
  });
});
