import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEml } from "../../src/parsers/eml.ts";
import { ParseError } from "../../src/parsers/errors.ts";

const dir = join(import.meta.dirname, "../fixtures/mail");
const fixtures = ["good", "bad"].flatMap((sub) =>
  readdirSync(join(dir, sub)).map((name) => [`${sub}/${name}`, readFileSync(join(dir, sub, name))] as const),
);

/** Deterministic pseudo-random bytes. */
function noise(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("parseEml never crashes", () => {
  it("every prefix cut of every fixture gives a Message or a ParseError", async () => {
    let messages = 0;
    for (const [name, bytes] of fixtures) {
      for (const fraction of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]) {
        const cut = bytes.subarray(0, Math.floor(bytes.length * fraction));
        try {
          const msg = await parseEml(cut, { mailboxId: "m", id: `${name}@${fraction}` });
          expect(msg.id).toBe(`${name}@${fraction}`);
          messages++;
        } catch (error) {
          expect(error, `${name} cut at ${fraction}`).toBeInstanceOf(ParseError);
        }
      }
    }
    expect(messages).toBeGreaterThan(40);
  });

  it("random bytes and random bytes after valid headers never escape as anything but ParseError", async () => {
    const header = new TextEncoder().encode(
      "From: a@acme.com\r\nSubject: noise\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
    );
    for (let seed = 1; seed <= 30; seed++) {
      const junk = noise(seed, 2000);
      await parseEml(junk, { mailboxId: "m", id: "junk" }).catch((error) =>
        expect(error).toBeInstanceOf(ParseError),
      );
      const withHeader = new Uint8Array(header.length + junk.length);
      withHeader.set(header);
      withHeader.set(junk, header.length);
      const msg = await parseEml(withHeader, { mailboxId: "m", id: "noise" });
      expect(msg.subject).toBe("noise");
    }
  });

  it("deeply nested multiparts and a huge number of header fields are bounded", async () => {
    let nested = "From: a@acme.com\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n";
    for (let i = 0; i < 300; i++)
      nested += `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n`;
    nested += "--b300\r\nContent-Type: text/plain\r\n\r\ninnermost\r\n";
    const deep = await parseEml(new TextEncoder().encode(nested), { mailboxId: "m", id: "deep" });
    expect(deep.subject).toBe("deep");
    expect(deep.warnings.length).toBeGreaterThan(0);

    const many = `From: a@acme.com\r\nSubject: many\r\n${"X-Trace: hop\r\n".repeat(200_000)}\r\nbody\r\n`;
    const manyMsg = await parseEml(new TextEncoder().encode(many), { mailboxId: "m", id: "many" });
    expect(manyMsg.subject).toBe("many");
    expect(manyMsg.warnings.some((w) => w.includes("header block is"))).toBe(true);
  });
});
