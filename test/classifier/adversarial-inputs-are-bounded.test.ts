/**
 * Hostile or degenerate input still gets a valid label (bounded work: no timing assertions
 * here; `bench/classifier-throughput.ts` measures speed). The messages are built without the
 * schema's bounds, as a connector bug or a crafted message could deliver them.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { Classification, LABELS, type Message } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

function unbounded(base: Message, patch: Partial<Message>): Message {
  return { ...base, ...patch };
}

function expectValid(c: unknown) {
  const parsed = Classification.parse(c);
  expect(LABELS).toContain(parsed.label);
  return parsed;
}

describe("adversarial inputs return a valid label", () => {
  it("a 5 MB body", () => {
    const body = `We have decided not to move forward with your application. ${"lorem ipsum dolor sit amet ".repeat(200_000)}`;
    expect(body.length).toBeGreaterThan(5_000_000);
    const c = expectValid(classify(unbounded(out("Your application", ""), { excerpt: body }), OUTBOUND));
    expect(c.label).toBe("rejection");
  });

  it("100,000 links", () => {
    const links = Array.from({ length: 100_000 }, (_, i) => `https://example.com/${i}`);
    links.push("https://calendly.com/late/never-examined");
    const c = expectValid(classify(unbounded(out("Hello", "See links."), { links }), OUTBOUND));
    expect(c.evidence).not.toContain("link:calendly.com");
  });

  it.each([
    ["'a' repeated 100,000 times then '!'", `${"a".repeat(100_000)}!`],
    ["'On ' followed by 100,000 spaces", `On ${" ".repeat(100_000)}x`],
    ["'>' repeated", ">".repeat(100_000)],
    ["one 200 KB line of '-'", "-".repeat(200_000)],
    ["'application for the ' then 50,000 spaces", `application for the ${" ".repeat(50_000)}!`],
    ["'From: ' lines repeated", "From: x\n".repeat(50_000)],
    ["digits and colons", "1:".repeat(100_000)],
    ["an address-like run", `${"a.".repeat(50_000)}@`],
    ["attribution-like lines", `${"Am schrieb schrieb schrieb ".repeat(20)}x\n`.repeat(1500)],
    ["'On' lines padded with spaces", `On ${" ".repeat(490)}x\n`.repeat(1500)],
    ["'application for' then capitalised words", `application for the ${"Abc ".repeat(20_000)}role`],
    ["SMTP-status-like lines", "550 5.1.1 <a@b.c>: ".repeat(20_000)],
  ])("pathological text: %s", (_name, text) => {
    expectValid(
      classify(
        unbounded(inb("Re: Interview", ""), { excerpt: text, subject: text.slice(0, 100_000) }),
        INBOUND,
      ),
    );
    expectValid(classify(unbounded(out("Interview", ""), { excerpt: text }), OUTBOUND));
  });

  it("mixed scripts and right-to-left text", () => {
    const text =
      "مرحبا Sam, 面试 интервью \u202Eerutangis\u202C שלום — we have received your application. 日本語のテキスト";
    const c = expectValid(classify(out("Candidature / طلب", text), OUTBOUND));
    expect(c.label).toBe("application_ack");
  });

  it("empty subject and body", () => {
    const c = expectValid(classify(out("", ""), OUTBOUND));
    expect(c.label).toBe("other");
    expectValid(classify(inb("", ""), INBOUND));
  });

  it("a header value of 1 MB and 10,000 header names", () => {
    const headers: Record<string, string> = { "content-type": `text/plain; ${"x".repeat(1_000_000)}` };
    for (let i = 0; i < 10_000; i++) headers[`x-h-${i}`] = "v";
    expectValid(
      classify(unbounded(inb("Re: Interview", "I'm available Tuesday at 10am."), { headers }), INBOUND),
    );
  });

  it("lone surrogates and control characters", () => {
    expectValid(classify(out("\uD800\u0000", "\uDC00\u0007\u0000 interview \uD83D"), OUTBOUND));
  });
});
