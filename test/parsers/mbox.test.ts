import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEml } from "../../src/parsers/eml.ts";
import { envelopeDate, type MboxItem, splitMbox } from "../../src/parsers/mbox.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mbox", name));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A web stream that hands the bytes over in chunks of `size` (to cross line boundaries). */
function streamOf(bytes: Uint8Array, size = 7): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, maxMessageBytes?: number): Promise<MboxItem[]> {
  const items: MboxItem[] = [];
  for await (const item of splitMbox(stream, maxMessageBytes ? { maxMessageBytes } : {})) items.push(item);
  return items;
}

const messages = (items: MboxItem[]) => items.filter((i) => i.kind === "message");

describe("splitMbox", () => {
  it("splits a Takeout-style mbox, unescapes >From lines, and keeps the last message without a newline", async () => {
    for (const size of [1, 7, 64 * 1024]) {
      const items = await collect(streamOf(fixture("takeout-small.mbox"), size));
      const found = messages(items);
      expect(found).toHaveLength(3);
      expect(items.some((i) => i.kind !== "message")).toBe(false);
      const [first, second, third] = found.map((m) => text(m.bytes));
      expect(first).toMatch(/^X-GM-THRID: 1790000000000000001\n/);
      expect(first).toContain("\nFrom my side any of those works.\n");
      expect(first).not.toContain(">From my side");
      // The blank line before the next separator belongs to the mbox format, not the message.
      expect(first?.endsWith("Jordan\n")).toBe(true);
      // ">>From" loses exactly one ">"; a separator without a blank line before it still splits.
      expect(second).toContain("\n>From the desk of Rita\n");
      expect(third?.endsWith("Ten tips for better interviews.")).toBe(true);
      expect(found.map((m) => m.index)).toEqual([0, 1, 2]);
      expect(found[0]?.offset).toBe(0);
      expect(found[0]?.envelope).toBe("1790000000000000001@xxx Tue Mar 03 09:16:05 +0000 2026");
    }
  });

  it("reports byte offsets of each separator line", async () => {
    const bytes = fixture("takeout-small.mbox");
    const found = messages(await collect(streamOf(bytes, 13)));
    for (const m of found) {
      expect(text(bytes.subarray(m.offset, m.offset + 5))).toBe("From ");
    }
  });

  it("handles CRLF line endings", async () => {
    const crlf = new TextEncoder().encode(text(fixture("takeout-small.mbox")).replace(/\n/g, "\r\n"));
    const found = messages(await collect(streamOf(crlf, 5)));
    expect(found).toHaveLength(3);
    expect(text(found[0]?.bytes ?? new Uint8Array())).toContain("\r\nFrom my side any of those works.\r\n");
    const msg = await parseEml(found[1]?.bytes ?? new Uint8Array(), { mailboxId: "m", id: "x#1" });
    expect(msg.internetMessageId).toBe("<rita-2@mail.acme.com>");
    expect(msg.folder).toBe("sent");
  });

  it("an empty mbox gives zero messages and a warning", async () => {
    const items = await collect(streamOf(new Uint8Array()));
    expect(items).toEqual([{ kind: "warning", message: "mbox is empty: no messages" }]);
    const blank = await collect(streamOf(new TextEncoder().encode("\n\n\r\n")));
    expect(blank).toEqual([{ kind: "warning", message: "mbox contains only blank lines: no messages" }]);
  });

  it("a message over the size bound becomes an error naming its offset, and the next one still comes", async () => {
    const big = `From a@b Mon Mar 02 09:00:00 2026\nSubject: big\n\n${"x".repeat(3000)}\n\nFrom a@b Mon Mar 02 10:00:00 2026\nSubject: small\n\nok\n`;
    const items = await collect(streamOf(new TextEncoder().encode(big), 100), 1000);
    expect(items[0]).toMatchObject({ kind: "error", index: 0, offset: 0 });
    expect(items[0]?.kind === "error" && items[0].message).toMatch(
      /at byte offset 0 is larger than 1000 bytes/,
    );
    expect(items[1]).toMatchObject({ kind: "message", index: 1 });
    expect(text((items[1] as { bytes: Uint8Array }).bytes)).toBe("Subject: small\n\nok\n");
  });

  it("keeps text before the first separator as a message with a warning instead of dropping it", async () => {
    const raw = "Subject: orphan\n\nbody\n\nFrom a@b Mon Mar 02 10:00:00 2026\nSubject: next\n\nok\n";
    const found = messages(await collect(streamOf(new TextEncoder().encode(raw))));
    expect(found).toHaveLength(2);
    expect(found[0]?.warnings).toEqual(["mbox entry does not start with a 'From ' separator line"]);
    expect(found[1]?.warnings).toEqual([]);
  });

  it("does not split on a 'From ' body line that follows text (mboxo/unescaped) without a date", async () => {
    const raw = "From a@b Mon Mar 02 10:00:00 2026\nSubject: s\n\nline one\nFrom here on we talk\n";
    const found = messages(await collect(streamOf(new TextEncoder().encode(raw))));
    expect(found).toHaveLength(1);
  });
});

describe("envelopeDate", () => {
  it("reads the delivery time of a From line, with or without a zone", () => {
    expect(envelopeDate("1234@xxx Mon Mar 02 09:15:00 +0100 2026")?.toISOString()).toBe(
      "2026-03-02T08:15:00.000Z",
    );
    expect(envelopeDate("MAILER-DAEMON Fri Jul  8 12:08:34 2011")?.toISOString()).toBe(
      "2011-07-08T12:08:34.000Z",
    );
    expect(envelopeDate("nobody")).toBeNull();
    expect(envelopeDate(null)).toBeNull();
  });
});
