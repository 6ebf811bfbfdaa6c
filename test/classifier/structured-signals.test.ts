/**
 * Structured signals decide before language: DSN reports, NDR headers and senders, RFC 3834
 * headers, iTIP methods, booking-link hosts, assessment platforms, scheduling-tool headers.
 */
import { describe, expect, it } from "vitest";
import { classify, hostAndPath, linkSignals } from "../../src/engine/classifier/index.ts";
import { INBOUND, INTERNAL, inb, internal, mail, OUTBOUND, out } from "./message-factory.ts";

describe("bounces", () => {
  it("an RFC 3464 report is a bounce naming the failed recipient", () => {
    const m = mail(
      "mailer-daemon@mx.northwind.example",
      "jordan.lee@northwind.example",
      "Undelivered Mail Returned to Sender",
      "This is the mail system at host mx.northwind.example.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<sam.rivera@mailbox.example>: host mx.mailbox.example said: 550 5.1.1 user unknown\n\nFinal-Recipient: rfc822; sam.rivera@mailbox.example\nAction: failed\nStatus: 5.1.1",
      { headers: { "content-type": 'multipart/report; report-type=delivery-status; boundary="b1"' } },
    );
    const c = classify(m, INBOUND);
    expect(c.label).toBe("bounce");
    expect(c.evidence).toContain("dsn:report-type=delivery-status");
    expect(c.bouncedRecipients).toEqual(["sam.rivera@mailbox.example"]);
    expect(c.confidence).toBeGreaterThan(0.95);
  });

  it("an Exchange NDR is a bounce even when it arrives as internal mail", () => {
    const m = internal(
      "Undeliverable: Interview on Thursday",
      "Your message to sam.rivera@mailbox.example couldn't be delivered.\nsam.rivera wasn't found at mailbox.example.",
      { headers: { "x-ms-exchange-message-is-ndr": "" } },
    );
    const c = classify(m, INTERNAL);
    expect(c.label).toBe("bounce");
    expect(c.evidence).toContain("header:x-ms-exchange-message-is-ndr");
    expect(c.bouncedRecipients).toEqual(["sam.rivera@mailbox.example"]);
  });

  it("X-Failed-Recipients names the recipients", () => {
    const m = mail(
      "mailer-daemon@relay.example",
      "jordan.lee@northwind.example",
      "Mail delivery failed: returning message to sender",
      "A message that you sent could not be delivered to one or more of its recipients.",
      {
        headers: { "x-failed-recipients": "sam.rivera@mailbox.example, ana@mailbox.example" },
      },
    );
    const c = classify(m, INBOUND);
    expect(c.label).toBe("bounce");
    expect(c.bouncedRecipients).toEqual(["sam.rivera@mailbox.example", "ana@mailbox.example"]);
  });

  it("a postmaster NDR without DSN structure is recognised from sender, subject and wording", () => {
    const m = mail(
      "postmaster@mailbox.example",
      "jordan.lee@northwind.example",
      "Delivery failure",
      "Delivery to the following recipient failed permanently: sam.rivera@mailbox.example (mailbox unavailable)",
    );
    expect(classify(m, INBOUND).label).toBe("bounce");
  });

  it("a candidate who writes that a mail 'could not be delivered' is not a bounce", () => {
    const m = inb(
      "Re: Interview",
      "Hi Jordan, my earlier email to your colleague could not be delivered, so I'm writing to you: I'm available Tuesday at 10am.",
    );
    expect(classify(m, INBOUND).label).toBe("candidate_reply");
  });

  it("an ARF abuse report is neither bounce nor auto_reply", () => {
    const m = mail(
      "abuse@isp.example",
      "postmaster@northwind.example",
      "Abuse report",
      "This is an email abuse report for an email message received from IP 192.0.2.1.",
      {
        headers: { "content-type": 'multipart/report; report-type=feedback-report; boundary="x"' },
      },
    );
    const c = classify(m, INBOUND);
    expect(c.label).toBe("other");
    expect(c.evidence).toContain("report:report-type=feedback-report");
  });
});

describe("automatic replies", () => {
  it.each([
    [{ "auto-submitted": "auto-replied" }, "header:auto-submitted=auto-replied"],
    [{ "x-autoreply": "yes" }, "header:x-autoreply"],
    [{ precedence: "auto_reply" }, "header:precedence=auto_reply"],
  ])("header %o makes an auto_reply", (headers, evidence) => {
    const m = inb("Re: Interview with Northwind", "Thanks for your message. I will reply when I'm back.", {
      headers,
    });
    const c = classify(m, INBOUND);
    expect(c.label).toBe("auto_reply");
    expect(c.evidence).toContain(evidence);
  });

  it.each([
    ["Automatic reply: Interview", "en"],
    ["Réponse automatique : Entretien", "fr"],
    ["Abwesenheitsnotiz: Vorstellungsgespräch", "de"],
    ["Respuesta automática: Entrevista", "es"],
    ["Resposta automática: Entrevista", "pt"],
    ["Automatisch antwoord: Sollicitatiegesprek", "nl"],
  ])("subject %s makes an auto_reply", (subject) => {
    expect(classify(inb(subject, "…"), INBOUND).label).toBe("auto_reply");
  });

  it("Auto-Submitted: auto-generated alone does not turn an ATS acknowledgement into an auto_reply", () => {
    const m = out(
      "Application received",
      "Thank you for applying! We have received your application for the QA Engineer role.",
      {
        headers: { "auto-submitted": "auto-generated" },
      },
    );
    expect(classify(m, OUTBOUND).label).toBe("application_ack");
  });

  it("Auto-Submitted: auto-generated with out-of-office wording is an auto_reply", () => {
    const m = inb("Interview", "I am out of the office until Monday with limited access to email.", {
      headers: { "auto-submitted": "auto-generated" },
    });
    expect(classify(m, INBOUND).label).toBe("auto_reply");
  });
});

describe("calendar parts (iTIP)", () => {
  it("METHOD:REQUEST for an interview is an interview_confirmation", () => {
    const m = out(
      "Invitation: Interview – Sam Rivera / Backend Engineer",
      "You have been invited to the following event.",
      {
        calendar: {
          method: "REQUEST",
          uid: "int-1",
          summary: "Interview – Sam Rivera / Backend Engineer",
          start: "2026-03-12T13:00:00Z",
          end: "2026-03-12T14:00:00Z",
        },
      },
    );
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("interview_confirmation");
    expect(c.evidence).toContain("ical:method=REQUEST");
  });

  it("METHOD:CANCEL for an interview is an interview_cancellation", () => {
    const m = out("Canceled: Interview – Sam Rivera", "This event has been canceled.", {
      calendar: { method: "CANCEL", uid: "int-1", summary: "Interview – Sam Rivera" },
    });
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("interview_cancellation");
    expect(c.evidence).toContain("ical:method=CANCEL");
  });

  it("a candidate accepting the invitation is a candidate_reply with availability", () => {
    const m = inb("Accepted: Interview – Sam Rivera", "", {
      calendar: { method: "REPLY", uid: "int-1", summary: "Interview – Sam Rivera" },
    });
    const c = classify(m, INBOUND);
    expect(c.label).toBe("candidate_reply");
    expect(c.availability).toBe(true);
  });

  it("METHOD:REQUEST for a client meeting is other", () => {
    const m = out("Invitation: Quarterly business review", "Agenda attached.", {
      calendar: { method: "REQUEST", uid: "qbr", summary: "Quarterly business review" },
    });
    expect(classify(m, OUTBOUND).label).toBe("other");
  });
});

describe("booking and assessment links", () => {
  it.each([
    ["https://app.goodtime.io/s/abc", "link:goodtime.io"],
    ["https://candidate.prelude.co/schedule/xyz", "link:prelude.co"],
    ["https://app.modernloop.io/candidate/availability/1", "link:modernloop.io"],
    ["https://app.greenhouse.io/scheduling/self_schedule/abc", "link:greenhouse-scheduling"],
    ["https://hire.lever.co/candidate-scheduling/123", "link:lever-scheduling"],
    ["https://app.ashbyhq.com/interview-scheduling/abc", "link:ashby-scheduling"],
  ])("a recruiting scheduling link %s decides alone", (url, evidence) => {
    const m = out("Next steps", "Hi Sam, please use the link below.", { links: [url] });
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("scheduling_request");
    expect(c.evidence).toContain(evidence);
  });

  it.each([
    ["https://calendly.com/jordan-lee/30min", "link:calendly.com"],
    ["https://cal.com/jordan/interview", "link:cal.com"],
    ["https://savvycal.com/jordan/chat", "link:savvycal.com"],
    ["https://northwind.youcanbook.me/", "link:youcanbook.me"],
    ["https://outlook.office365.com/owa/calendar/Recruiting@northwind.example/bookings/", "link:ms-bookings"],
    ["https://calendar.app.google/AbCdEf123", "link:google-appointments"],
  ])("a generic booking link %s decides with a recruiting context", (url, evidence) => {
    const m = out(
      "Your application",
      "Hi Sam, thanks for your application — please pick a slot for a first interview.",
      { links: [url] },
    );
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("scheduling_request");
    expect(c.evidence).toContain(evidence);
  });

  it("an assessment platform link makes an assessment", () => {
    const m = out("Next step", "Hi Sam, here is the next step of the process.", {
      links: ["https://app.codility.com/test/xyz"],
    });
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("assessment");
    expect(c.evidence).toContain("link:codility.com");
  });

  it("an X-Calendly header counts as a scheduling tool", () => {
    const m = out("Interview with Northwind", "Hi Sam, book a time that works for you.", {
      headers: { "x-calendly-event": "abc" },
    });
    expect(classify(m, OUTBOUND).evidence).toContain("header:x-calendly-event");
  });

  it("hostAndPath never throws on odd URLs and ignores user info and ports", () => {
    expect(hostAndPath("https://user:pw@Calendly.com:443/x?y#z")).toEqual({
      host: "calendly.com",
      path: "/x?y#z",
    });
    expect(hostAndPath("not a url").host).toBe("not a url");
    expect(linkSignals(["", "::::", "https://evil-calendly.com/x"]).booking).toBeNull();
  });
});
