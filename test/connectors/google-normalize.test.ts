import { describe, expect, it } from "vitest";
import { normalizeCalendarEvent, normalizeGmailMessage } from "../../connectors/google/index.ts";
import { encodeBase64Url } from "../../connectors/google/mime-parts.ts";
import { EXCERPT_MAX_CHARS } from "../../src/engine/model.ts";

const headers = (h: Record<string, string>) => Object.entries(h).map(([name, value]) => ({ name, value }));
const baseHeaders = {
  From: '"Ana Recruiter" <Ana@Acme.example>',
  To: "Cand Idate <cand@mail.example>, Team: a@acme.example, b@acme.example;",
  Subject: "=?UTF-8?Q?Interview_=C3=A0_Paris?=",
  Date: "Tue, 16 Mar 2021 12:26:40 -0400",
  "Message-ID": "<abc@mail.acme.example>",
  References: "<r1@x> <r2@x>",
  "DKIM-Signature": "v=1; a=rsa-sha256; long",
};

describe("normalizeGmailMessage", () => {
  it("reads a metadata-format message: headers lower-cased and filtered, excerpt from the snippet", () => {
    const r = normalizeGmailMessage(
      {
        id: "m1",
        threadId: "t1",
        labelIds: ["SENT"],
        snippet: "We&#39;d like to meet &amp; talk",
        internalDate: "1615912000000",
        payload: { partId: "", mimeType: "multipart/alternative", headers: headers(baseHeaders) },
      },
      "mbx",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.value;
    expect(m.excerpt).toBe("We'd like to meet & talk");
    expect(m.folder).toBe("sent");
    expect(m.receivedAt).toBe("2021-03-16T16:26:40.000Z");
    expect(m.sentAt).toBe("2021-03-16T16:26:40.000Z");
    expect(m.from).toEqual({ address: "ana@acme.example", name: "Ana Recruiter" });
    expect(m.to.map((a) => a.address)).toEqual(["cand@mail.example", "a@acme.example", "b@acme.example"]);
    expect(m.subject).toBe("Interview à Paris");
    expect(m.references).toEqual(["<r1@x>", "<r2@x>"]);
    expect(m.headers["message-id"]).toBe("<abc@mail.acme.example>");
    expect(m.headers["dkim-signature"]).toBeUndefined();
  });

  it("prefers the text/plain part of a full message and bounds the excerpt", () => {
    const long = `Hello ${"x".repeat(EXCERPT_MAX_CHARS + 100)}`;
    const r = normalizeGmailMessage(
      {
        id: "m2",
        labelIds: ["INBOX"],
        internalDate: "1615912000000",
        snippet: "Hello",
        payload: {
          mimeType: "multipart/alternative",
          headers: headers(baseHeaders),
          parts: [
            { partId: "0", mimeType: "text/plain", body: { size: long.length, data: encodeBase64Url(long) } },
            { partId: "1", mimeType: "text/html", body: { data: encodeBase64Url("<p>HTML</p>") } },
          ],
        },
      },
      "mbx",
    );
    expect(r.ok && r.value.excerpt.length).toBe(EXCERPT_MAX_CHARS);
    expect(r.ok && r.value.folder).toBe("inbox");
  });

  it("converts HTML when there is no text part, collects links and attachment metadata", () => {
    const html = '<p>Pick a slot: <a href="https://calendly.com/acme/30min?a=1&amp;b=2">here</a></p>';
    const r = normalizeGmailMessage(
      {
        id: "m3",
        internalDate: "1615912000000",
        payload: {
          mimeType: "multipart/mixed",
          headers: headers(baseHeaders),
          parts: [
            {
              mimeType: "text/html",
              headers: headers({ "Content-Type": 'text/html; charset="iso-8859-1"' }),
              body: { data: encodeBase64Url(html) },
            },
            { mimeType: "application/pdf", filename: "cv.pdf", body: { size: 1234, attachmentId: "att1" } },
          ],
        },
      },
      "mbx",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.excerpt).toContain("Pick a slot: here");
    expect(r.value.excerpt).not.toContain("<p>");
    expect(r.value.links).toEqual(["https://calendly.com/acme/30min?a=1&b=2"]);
    expect(r.value.attachments).toEqual([{ name: "cv.pdf", contentType: "application/pdf", size: 1234 }]);
    expect(r.value.folder).toBe("other");
  });

  it("reads a text/calendar part with ical.js into Message.calendar", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:uid-42@acme.example",
      "SUMMARY:Interview",
      "DTSTART;TZID=Europe/Zurich:20260302T100000",
      "DTEND;TZID=Europe/Zurich:20260302T110000",
      "ORGANIZER;CN=Ana:mailto:ana@acme.example",
      "ATTENDEE;CN=Cand:mailto:cand@mail.example",
      "SEQUENCE:1",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const r = normalizeGmailMessage(
      {
        id: "m4",
        internalDate: "1615912000000",
        payload: {
          mimeType: "multipart/alternative",
          headers: headers(baseHeaders),
          parts: [
            { mimeType: "text/plain", body: { data: encodeBase64Url("Invitation") } },
            { mimeType: "text/calendar", body: { data: encodeBase64Url(ics) } },
          ],
        },
      },
      "mbx",
    );
    expect(r.ok && r.value.calendar).toMatchObject({
      method: "REQUEST",
      uid: "uid-42@acme.example",
      start: "2026-03-02T09:00:00.000Z",
      end: "2026-03-02T10:00:00.000Z",
      timeZone: "Europe/Zurich",
      organizer: { address: "ana@acme.example", name: "Ana" },
      attendees: [{ address: "cand@mail.example", name: "Cand" }],
      sequence: 1,
    });
  });

  it("keeps a DSN delivery-status part visible to the classifier (x-dsn-* headers, part, excerpt lines)", () => {
    const r = normalizeGmailMessage(
      {
        id: "m5",
        internalDate: "1615912000000",
        payload: {
          mimeType: "multipart/report",
          headers: headers({
            ...baseHeaders,
            "Content-Type": "multipart/report; report-type=delivery-status; boundary=x",
          }),
          parts: [
            { mimeType: "text/plain", body: { data: encodeBase64Url("Delivery failed") } },
            {
              mimeType: "message/delivery-status",
              body: {
                data: encodeBase64Url(
                  "Reporting-MTA: dns; mx.acme.example\n\nFinal-Recipient: rfc822; gone@mail.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
                ),
              },
            },
            {
              mimeType: "message/rfc822",
              parts: [
                {
                  mimeType: "text/plain",
                  headers: headers({ "Message-ID": "<orig-1@acme.example>", Subject: "Interview" }),
                  body: { data: encodeBase64Url("the original text must not become the excerpt") },
                },
              ],
            },
          ],
        },
      },
      "mbx",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.value;
    expect(m.headers["content-type"]).toContain("report-type=delivery-status");
    expect(m.headers).toMatchObject({
      "x-dsn-final-recipient": "gone@mail.example",
      "x-dsn-action": "failed",
      "x-dsn-status": "5.1.1",
      "x-dsn-reporting-mta": "mx.acme.example",
      "x-original-message-id": "<orig-1@acme.example>",
    });
    expect(m.attachments.map((a) => a.contentType)).toEqual(["message/delivery-status", "message/rfc822"]);
    // The same lines a `.eml` bounce gives (src/parsers/delivery-status.ts): the diagnostic type
    // (`smtp;`) is dropped like the address type (`rfc822;`).
    expect(m.excerpt).toBe(
      "Delivery failed\n\nFinal-Recipient: gone@mail.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: 550 5.1.1 user unknown",
    );
  });

  it("refuses malformed input with a reason naming the problem", () => {
    const a = normalizeGmailMessage({ id: 5 }, "mbx");
    expect(a).toMatchObject({ ok: false });
    expect(!a.ok && a.error).toMatch(/id/);
    const b = normalizeGmailMessage({ id: "m6", payload: { headers: [] } }, "mbx");
    expect(!b.ok && b.error).toMatch(/internalDate/);
    const c = normalizeGmailMessage({ id: "m7", internalDate: "1", raw: "abc" }, "mbx");
    expect(!c.ok && c.error).toMatch(/format=raw/);
  });
});

describe("normalizeCalendarEvent", () => {
  const event = {
    id: "e1",
    status: "confirmed",
    iCalUID: "e1@google.com",
    summary: "Interview",
    organizer: { email: "ana@acme.example", displayName: "Ana" },
    start: { dateTime: "2026-03-02T10:00:00+01:00", timeZone: "Europe/Zurich" },
    end: { dateTime: "2026-03-02T11:00:00+01:00", timeZone: "Europe/Zurich" },
    attendees: [
      { email: "ana@acme.example", organizer: true, responseStatus: "accepted" },
      { email: "Cand@Mail.example", responseStatus: "needsAction" },
      { email: "c@acme.example", responseStatus: "declined", optional: true },
      { email: "room@resource.calendar.google.com", resource: true, responseStatus: "accepted" },
    ],
    updated: "2026-02-01T10:00:00.000Z",
  };

  it("maps times, attendees' responses and iCalUID", () => {
    const r = normalizeCalendarEvent(event, "mbx");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      iCalUId: "e1@google.com",
      start: "2026-03-02T09:00:00.000Z",
      end: "2026-03-02T10:00:00.000Z",
      timeZone: "Europe/Zurich",
      cancelled: false,
      isAllDay: false,
    });
    expect(r.value.attendees.map((a) => [a.address, a.response, a.optional])).toEqual([
      ["ana@acme.example", "organizer", false],
      ["cand@mail.example", "needs_action", false],
      ["c@acme.example", "declined", true],
    ]);
  });

  it("places offset-less times and all-day dates in the event's zone; keeps cancellations", () => {
    const r = normalizeCalendarEvent(
      {
        ...event,
        status: "cancelled",
        start: { dateTime: "2026-07-01T09:30:00", timeZone: "America/New_York" },
        end: { dateTime: "2026-07-01T10:00:00", timeZone: "America/New_York" },
      },
      "mbx",
    );
    expect(r.ok && [r.value.start, r.value.cancelled]).toEqual(["2026-07-01T13:30:00.000Z", true]);
    const d = normalizeCalendarEvent(
      { ...event, start: { date: "2026-07-01" }, end: { date: "2026-07-02" } },
      "mbx",
      {
        calendarTimeZone: "Asia/Tokyo",
      },
    );
    expect(d.ok && [d.value.start, d.value.isAllDay]).toEqual(["2026-06-30T15:00:00.000Z", true]);
  });

  it("refuses an event with no times or a bad status", () => {
    expect(normalizeCalendarEvent({ id: "x", status: "cancelled" }, "mbx")).toMatchObject({ ok: false });
    const bad = normalizeCalendarEvent({ ...event, status: "gone" }, "mbx");
    expect(!bad.ok && bad.error).toMatch(/status/);
  });
});
