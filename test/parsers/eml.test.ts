import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXCERPT_MAX_CHARS, HEADER_VALUE_MAX_CHARS, LINKS_MAX } from "../../src/engine/model.ts";
import { parseEml, parseMailDate } from "../../src/parsers/eml.ts";
import { ParseError } from "../../src/parsers/errors.ts";

const fixture = (path: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", path));
const now = new Date("2026-03-20T00:00:00Z");
const parse = (bytes: Uint8Array, id = "x.eml") => parseEml(bytes, { mailboxId: "rita@acme.com", id, now });
const enc = (s: string) => new TextEncoder().encode(s);

describe("parseEml on well-formed messages", () => {
  it("reads ids, addresses, dates, subject, excerpt and links of a multipart/alternative message", async () => {
    const msg = await parse(fixture("good/scheduling-request.eml"));
    expect(msg.provider).toBe("file");
    expect(msg.internetMessageId).toBe("<sched-001@mail.acme.com>");
    expect(msg.inReplyTo).toBe("<cand-000@example.org>");
    expect(msg.references).toEqual(["<app-000@mail.acme.com>", "<cand-000@example.org>"]);
    expect(msg.from).toEqual({ address: "rita.recruiter@acme.com", name: "Rita Recruiter" });
    expect(msg.sender?.address).toBe("scheduler@acme.com");
    expect(msg.to.map((a) => a.address)).toEqual(["jordan.candidate@example.org"]);
    expect(msg.cc.map((a) => a.address)).toEqual(["hiring-team@acme.com"]);
    expect(msg.sentAt).toBe("2026-03-03T09:15:00.000Z");
    // receivedAt comes from the topmost (final-delivery) Received header, not from Date.
    expect(msg.receivedAt).toBe("2026-03-03T09:16:05.000Z");
    expect(msg.subject).toBe("Next step: interview for Senior Backend Engineer");
    expect(msg.excerpt).toContain("We would love to set up a first interview.");
    expect(msg.links).toContain("https://calendly.com/rita-acme/30min?utm_source=mail&x=1");
    expect(msg.headers["x-mailer"]).toBe("AcmeMail 2.1");
    expect(msg.headers["delivered-to"]).toBe("jordan.candidate@example.org");
    expect(msg.headers["content-type"]).toMatch(/^multipart\/alternative/);
    expect(msg.headers.received).toBeUndefined();
    expect(msg.warnings).toEqual([]);
  });

  it("turns a text/calendar part with a VTIMEZONE into ISO instants, attendees and sequence", async () => {
    const msg = await parse(fixture("good/interview-invite.eml"));
    expect(msg.calendar).toMatchObject({
      method: "REQUEST",
      uid: "interview-jordan-001@acme.com",
      summary: "Interview - Senior Backend Engineer",
      start: "2026-03-10T09:00:00.000Z",
      end: "2026-03-10T10:00:00.000Z",
      timeZone: "Europe/Paris",
      organizer: { address: "rita.recruiter@acme.com", name: "Rita Recruiter" },
      sequence: 1,
    });
    expect(msg.calendar?.attendees.map((a) => a.address)).toEqual([
      "jordan.candidate@example.org",
      "sam.manager@acme.com",
    ]);
    expect(msg.attachments).toContainEqual({
      name: "job-description.pdf",
      contentType: "application/pdf",
      size: 16,
    });
    expect(msg.warnings).toEqual([]);
  });

  it("exposes DSN fields and the bounced original's Message-ID", async () => {
    const msg = await parse(fixture("good/bounce-dsn.eml"));
    expect(msg.headers["content-type"]).toContain("report-type=delivery-status");
    expect(msg.headers["x-dsn-final-recipient"]).toBe("jordan.old@example.net");
    expect(msg.headers["x-dsn-action"]).toBe("failed");
    expect(msg.headers["x-dsn-status"]).toBe("5.1.1");
    expect(msg.headers["x-dsn-diagnostic-code"]).toContain("User unknown");
    expect(msg.headers["x-original-message-id"]).toBe("<offer-777@mail.acme.com>");
    expect(msg.excerpt).toContain("Final-Recipient: jordan.old@example.net");
    expect(msg.excerpt).toContain("Status: 5.1.1");
    // The returned original's text is evidence, not this message's body.
    expect(msg.excerpt).not.toContain("looking forward to meeting you");
  });

  it("keeps auto-reply markers and the Exchange NDR/auto-reply headers, drops unrelated Exchange headers", async () => {
    const msg = await parse(fixture("good/auto-reply.eml"));
    expect(msg.headers["auto-submitted"]).toBe("auto-replied");
    expect(msg.headers["x-auto-response-suppress"]).toBe("All");
    expect(msg.headers["x-ms-exchange-inbox-rules-loop"]).toBe("jordan.candidate@example.org");
    expect(msg.headers["x-ms-exchange-generated-message-source"]).toBe("Mailbox Rules Agent");
    expect(msg.headers.precedence).toBe("bulk");
    expect(msg.headers["x-ms-exchange-organization-scl"]).toBeUndefined();
    expect(msg.headers["x-ms-exchange-transport-crosstenantheadersstamped"]).toBeUndefined();
    // HTML-only body, quoted-printable Latin-1: converted to text, style dropped.
    expect(msg.excerpt).toBe("I am out of the office until 16 March.\n\nGrüße, Jordan");
  });

  it("bounds excerpt, header values and links", async () => {
    const links = Array.from({ length: 80 }, (_, i) => `https://example.org/l/${i}`).join(" ");
    const raw = `From: a@acme.com\r\nTo: b@example.org\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nX-Mailer: ${"m".repeat(5000)}\r\nSubject: long\r\n\r\n${links}\r\n${"word ".repeat(5000)}\r\n`;
    const msg = await parse(enc(raw));
    expect(msg.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    expect(msg.excerpt.length).toBeGreaterThan(EXCERPT_MAX_CHARS - 10);
    expect(msg.headers["x-mailer"]?.length).toBe(HEADER_VALUE_MAX_CHARS);
    expect(msg.links).toHaveLength(LINKS_MAX);
  });

  it("keeps a domain-less MAILER-DAEMON sender; drops other addresses without a domain with a warning", async () => {
    const raw =
      "From: MAILER-DAEMON\r\nTo: rita\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nSubject: failure\r\n\r\nb";
    const msg = await parse(enc(raw));
    expect(msg.from?.address).toBe("mailer-daemon");
    expect(msg.to).toEqual([]);
    expect(msg.warnings).toContain('To: invalid address "rita" skipped');
  });

  it("ignores charset labels of headers quoted inside a quoted-printable body", async () => {
    const raw =
      "From: a@acme.com\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nSubject: s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nOriginal:\r\nContent-Type: text/plain; charset=3DUS-ASCII\r\n";
    expect((await parse(enc(raw))).warnings).toEqual([]);
  });

  it("keeps scheduling-tool headers and drops unrelated X- headers", async () => {
    const raw =
      "From: rita@acme.com\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nX-Calendly-Event: abc\r\nX-GoodTime-Id: 7\r\nX-Spam-Score: 1\r\nSubject: s\r\n\r\nb";
    const msg = await parse(enc(raw));
    expect(msg.headers["x-calendly-event"]).toBe("abc");
    expect(msg.headers["x-goodtime-id"]).toBe("7");
    expect(msg.headers["x-spam-score"]).toBeUndefined();
  });

  it("reads Gmail labels into folder and draft flags", async () => {
    const base = "From: a@acme.com\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nSubject: s\r\n";
    const sent = await parse(enc(`${base}X-Gmail-Labels: Sent,Opened\r\n\r\nbody`));
    expect(sent.folder).toBe("sent");
    const draft = await parse(enc(`${base}X-Gmail-Labels: Draft\r\n\r\nbody`));
    expect(draft.isDraft).toBe(true);
    const plain = await parse(enc(`${base}\r\nbody`));
    expect(plain.folder).toBeNull();
    expect(plain.isDraft).toBe(false);
  });
});

describe("parseEml on damaged messages records warnings and never throws", () => {
  it("truncated multipart: keeps the text and warns about the missing closing boundary", async () => {
    const msg = await parse(fixture("bad/truncated-mime.eml"));
    expect(msg.excerpt).toContain("take-home assignment");
    expect(msg.warnings.some((w) => w.includes("truncated MIME"))).toBe(true);
  });

  it("unknown charset: warns and still decodes the ASCII text", async () => {
    const msg = await parse(fixture("bad/unknown-charset.eml"));
    expect(msg.excerpt).toContain("still reviewing applications");
    expect(msg.warnings.some((w) => w.includes('unknown charset "x-klingon"'))).toBe(true);
  });

  it("Latin-1 bytes under a UTF-8 charset: subject and body decoded as windows-1252, with warnings", async () => {
    const msg = await parse(fixture("bad/wrong-charset.eml"));
    expect(msg.internetMessageId).toBe("<wrongcs-012@mail.acme.com>");
    expect(msg.subject).toBe("Réponse à votre candidature");
    expect(msg.excerpt).toBe(
      "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    );
    expect(msg.warnings).toContain("Subject: 8-bit bytes that are not valid UTF-8; decoded as windows-1252");
    expect(msg.warnings).toContain("body: 8-bit bytes that are not valid utf-8; decoded as windows-1252");
    expect(msg.from).toEqual({ address: "rene.recruiter@acme.com", name: "René Recruiter" });
  });

  it("invalid bytes inside a base64 part are reported, not silently replaced", async () => {
    const bad = btoa(String.fromCharCode(0x52, 0xe9, 0x70)); // "Rép" in Latin-1
    const raw = `From: a@acme.com\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nSubject: s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${bad}\r\n`;
    const msg = await parse(enc(raw));
    expect(
      msg.warnings.some((w) => w.includes("invalid bytes for the declared charset in the text body")),
    ).toBe(true);
  });

  it("a 10 MB header field is cut, with a warning, and the rest of the message survives", async () => {
    const huge = `X-Junk: ${"a".repeat(10 * 1024 * 1024)}\r\n`;
    const raw = `From: a@acme.com\r\n${huge}Date: Mon, 2 Mar 2026 09:00:00 +0000\r\nSubject: after the junk\r\nMessage-ID: <big@acme.com>\r\n\r\nbody text\r\n`;
    const msg = await parse(enc(raw));
    expect(msg.subject).toBe("after the junk");
    expect(msg.internetMessageId).toBe("<big@acme.com>");
    expect(msg.excerpt).toBe("body text");
    expect(msg.warnings.some((w) => w.startsWith("header x-junk is"))).toBe(true);
  });

  it("a Date in the future or before 1990 is kept with a warning; a plausible Date gets none", async () => {
    const future = await parse(fixture("bad/future-date.eml"));
    expect(future.sentAt).toBe("2061-01-01T09:00:00.000Z");
    expect(future.warnings.some((w) => w.includes("in the future"))).toBe(true);
    const old = await parse(fixture("bad/old-date.eml"));
    expect(old.warnings.some((w) => w.includes("before 1990"))).toBe(true);
    const ok = await parse(fixture("good/auto-reply.eml"));
    expect(ok.warnings).toEqual([]);
  });

  it("no Date and no Received: receivedAt falls back to the file's time (or the epoch) with a warning", async () => {
    const bytes = fixture("bad/no-date.eml");
    const withFileTime = await parseEml(bytes, {
      mailboxId: "m",
      id: "no-date.eml",
      now,
      fallbackReceivedAt: new Date("2026-03-01T12:00:00Z"),
    });
    expect(withFileTime.sentAt).toBeNull();
    expect(withFileTime.receivedAt).toBe("2026-03-01T12:00:00.000Z");
    expect(withFileTime.warnings).toContain("no Date header");
    const epoch = await parse(bytes);
    expect(epoch.receivedAt).toBe("1970-01-01T00:00:00.000Z");
    expect(epoch.warnings.some((w) => w.includes("Unix epoch"))).toBe(true);
  });

  it("an unparseable Date header is a warning, not a crash", async () => {
    const msg = await parse(enc("From: a@acme.com\r\nDate: the day after tomorrow\r\nSubject: s\r\n\r\nx"));
    expect(msg.sentAt).toBeNull();
    expect(msg.warnings.some((w) => w.includes("unparseable Date header"))).toBe(true);
  });

  it("a broken text/calendar part is a warning and leaves calendar null", async () => {
    const raw =
      "From: a@acme.com\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\nSubject: inv\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee invite\r\n--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:not-a-date\r\n--b--\r\n";
    const msg = await parse(enc(raw));
    expect(msg.calendar).toBeNull();
    expect(msg.warnings.some((w) => w.startsWith("calendar part"))).toBe(true);
  });
});

describe("parseEml refuses input that is not a message", () => {
  it.each([
    ["plain prose", "bad/not-a-message.eml"],
    ["JSON", "bad/not-a-message.json"],
  ])("%s → ParseError naming the reason", async (_, path) => {
    await expect(parse(fixture(path))).rejects.toBeInstanceOf(ParseError);
    await expect(parse(fixture(path))).rejects.toThrow(/^not an email message: /);
  });

  it("empty and binary input → ParseError", async () => {
    await expect(parse(new Uint8Array())).rejects.toThrow("not an email message: the input is empty");
    await expect(parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).rejects.toThrow(/binary/);
  });

  it("an iCalendar file handed to the eml parser → ParseError", async () => {
    await expect(parse(enc("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))).rejects.toThrow(/iCalendar/);
  });
});

describe("parseMailDate", () => {
  it("reads RFC 5322 dates with comments and rejects nonsense", () => {
    expect(parseMailDate("Mon, 2 Mar 2026 09:15:00 +0100 (CET)")).toBe(Date.UTC(2026, 2, 2, 8, 15));
    expect(parseMailDate("2 Mar 2026 09:15:00 -0000")).toBe(Date.UTC(2026, 2, 2, 9, 15));
    expect(parseMailDate("Thu, 9 Apr 2026 23:34:45 JST")).toBe(Date.UTC(2026, 3, 9, 14, 34, 45));
    expect(parseMailDate("soon")).toBeNull();
  });
});
