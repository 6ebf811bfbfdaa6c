import { describe, expect, it } from "vitest";
import { ANA, BEN, CHLOE, JO, KIM, MAX, SAM } from "./support/people.ts";
import { acmeTeam, ofType, type Scenario } from "./support/scenario.ts";

const invite = (s: Scenario, at: string, from = JO, id = "inv") =>
  s.message({
    id,
    in: "mb-jo",
    from,
    to: [ANA],
    at,
    subject: "Interview for Backend Engineer — your availability",
    excerpt: "We'd like to invite you to a first interview. Please share a few times that suit you.",
    label: "scheduling_request",
    role: "Backend Engineer",
  });
const reject = (s: Scenario, at: string, from = SAM, id = "rej") =>
  s.message({
    id,
    in: "mb-sam",
    from,
    to: [ANA],
    at,
    subject: "Your application to Acme",
    excerpt: "After careful consideration, we have decided not to move forward with your application.",
    label: "rejection",
  });

describe("invite_then_reject", () => {
  it("fires high when another person rejected within hours of the invite, naming both reasons", () => {
    const s = acmeTeam({ now: "2026-03-06T12:00:00Z" });
    invite(s, "2026-03-02T10:00:00Z");
    reject(s, "2026-03-02T15:00:00Z");
    const [f, ...rest] = ofType(s.run(), "invite_then_reject");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "high",
      anchorId: "<inv@mail.test>",
      dueAt: null,
      people: ["jo.recruiter@acme.com", "sam.lee@acme.com"],
    });
    expect(f?.summary).toContain("cross-team breakdown");
    expect(f?.summary).toContain("automation conflict");
    expect(f?.evidence.map((e) => e.label)).toEqual(["scheduling_request", "rejection"]);
  });

  it("fires high for a rejection by another person days later (cross-team only)", () => {
    const s = acmeTeam({ now: "2026-03-12T12:00:00Z" });
    invite(s, "2026-03-02T10:00:00Z");
    reject(s, "2026-03-09T10:00:00Z");
    const [f] = ofType(s.run(), "invite_then_reject");
    expect(f?.severity).toBe("high");
    expect(f?.summary).toContain("cross-team breakdown");
    expect(f?.summary).not.toContain("automation");
  });

  it("fires high for the same person within the automation window, medium when days apart", () => {
    const quick = acmeTeam({ now: "2026-03-06T12:00:00Z" });
    invite(quick, "2026-03-02T10:00:00Z");
    reject(quick, "2026-03-02T11:00:00Z", JO);
    expect(ofType(quick.run(), "invite_then_reject")[0]?.severity).toBe("high");
    const slow = acmeTeam({ now: "2026-03-16T12:00:00Z" });
    invite(slow, "2026-03-02T10:00:00Z");
    reject(slow, "2026-03-11T10:00:00Z", JO);
    const [f] = ofType(slow.run(), "invite_then_reject");
    expect(f?.severity).toBe("medium");
    expect(f?.summary).not.toContain("Severity is high");
  });

  it("stays silent when an interview was held between invite and rejection", () => {
    const s = acmeTeam({ now: "2026-03-12T12:00:00Z" });
    invite(s, "2026-03-02T10:00:00Z");
    s.event({
      id: "int",
      in: "mb-jo",
      subject: "Interview — Ana Souza",
      organizer: JO,
      attendees: [JO, ANA],
      start: "2026-03-04T14:00:00Z",
      end: "2026-03-04T15:00:00Z",
    });
    reject(s, "2026-03-09T10:00:00Z");
    expect(ofType(s.run(), "invite_then_reject")).toEqual([]);
  });

  it("counts a booked interview that never happened as the invite", () => {
    const s = acmeTeam({ now: "2026-03-12T12:00:00Z" })
      .event({
        id: "int",
        in: "mb-kim",
        subject: "Interview — Ana Souza",
        organizer: KIM,
        attendees: [KIM, ANA],
        start: "2026-03-10T14:00:00Z",
        end: "2026-03-10T15:00:00Z",
        createdAt: "2026-03-02T10:00:00Z",
        cancelled: true,
        updatedAt: "2026-03-05T09:00:00Z",
      })
      .message({
        id: "ack",
        in: "mb-kim",
        from: KIM,
        to: [ANA],
        at: "2026-03-01T10:00:00Z",
        subject: "Application received",
        label: "application_ack",
      });
    reject(s, "2026-03-05T09:30:00Z");
    const [f] = ofType(s.run(), "invite_then_reject");
    expect(f).toMatchObject({ anchorId: "int@calendar.test", severity: "high" });
  });
});

describe("invite_then_reject across cycles", () => {
  it("does not reuse an earlier cycle's booked interview for a later rejection", () => {
    const s = acmeTeam({ now: "2026-04-10T12:00:00Z" }).event({
      id: "int",
      in: "mb-kim",
      subject: "Interview — Ana Souza",
      organizer: KIM,
      attendees: [KIM, ANA],
      start: "2026-03-10T14:00:00Z",
      end: "2026-03-10T15:00:00Z",
      createdAt: "2026-03-02T10:00:00Z",
      cancelled: true,
      updatedAt: "2026-03-05T09:00:00Z",
    });
    reject(s, "2026-03-05T09:30:00Z");
    reject(s, "2026-04-06T09:30:00Z", SAM, "rej-again");
    const itr = ofType(s.run(), "invite_then_reject");
    expect(itr.map((f) => f.anchorId)).toEqual(["int@calendar.test"]);
  });
});

describe("conflicting_messages", () => {
  it("fires high for schedule vs reject from two people within 14 days (alongside invite_then_reject)", () => {
    const s = acmeTeam({ now: "2026-03-06T12:00:00Z" });
    invite(s, "2026-03-02T10:00:00Z");
    reject(s, "2026-03-03T10:00:00Z");
    const r = s.run();
    expect(ofType(r, "conflicting_messages")).toEqual([
      expect.objectContaining({
        severity: "high",
        anchorId: "<rej@mail.test>",
        people: ["jo.recruiter@acme.com", "sam.lee@acme.com"],
      }),
    ]);
    expect(ofType(r, "conflicting_messages")[0]?.title).toContain("schedule vs reject");
  });

  it("fires for a rejection followed by an invitation from someone else", () => {
    const s = acmeTeam({ now: "2026-03-06T12:00:00Z" });
    reject(s, "2026-03-02T10:00:00Z");
    invite(s, "2026-03-04T10:00:00Z");
    expect(ofType(s.run(), "conflicting_messages")[0]?.title).toContain("reject vs schedule");
  });

  it("fires for offer vs reject from two people", () => {
    const s = acmeTeam({ now: "2026-03-12T12:00:00Z" }).message({
      id: "offer",
      in: "mb-max",
      from: MAX,
      to: [ANA],
      at: "2026-03-09T10:00:00Z",
      subject: "Your offer from Acme",
      excerpt: "We're delighted to offer you the position of Backend Engineer.",
      label: "offer",
    });
    reject(s, "2026-03-10T10:00:00Z");
    const [f] = ofType(s.run(), "conflicting_messages");
    expect(f?.title).toContain("offer vs reject");
    expect(f?.evidence.map((e) => e.label)).toEqual(["offer", "rejection"]);
  });

  const confirm = (
    s: Scenario,
    id: string,
    from: string,
    box: string,
    at: string,
    start: string,
    uid: string,
    sequence = 0,
  ) =>
    s.message({
      id,
      in: box,
      from,
      to: [ANA],
      at,
      subject: "Interview confirmed",
      excerpt: "Your interview is confirmed.",
      label: "interview_confirmation",
      calendar: { method: "REQUEST", uid, start, end: start.replace(":00:00Z", ":45:00Z"), sequence },
    });

  it("fires for two different times for the same interview from two people", () => {
    const s = acmeTeam({ now: "2026-03-11T12:00:00Z" });
    confirm(s, "c1", KIM, "mb-kim", "2026-03-09T10:00:00Z", "2026-03-12T14:00:00Z", "uid-1");
    confirm(s, "c2", JO, "mb-jo", "2026-03-10T10:00:00Z", "2026-03-13T10:00:00Z", "uid-2");
    const [f] = ofType(s.run(), "conflicting_messages");
    expect(f?.title).toContain("two different times");
    expect(f?.summary).toContain("Thu 12 Mar 2026, 14:00");
    expect(f?.summary).toContain("Fri 13 Mar 2026, 10:00");
  });

  it("stays silent for a proper reschedule, an updated invitation, the same person, or outside the window", () => {
    const cancelled = acmeTeam({ now: "2026-03-11T12:00:00Z" });
    confirm(cancelled, "c1", KIM, "mb-kim", "2026-03-09T10:00:00Z", "2026-03-12T14:00:00Z", "uid-1");
    cancelled.message({
      id: "cx",
      in: "mb-kim",
      from: KIM,
      to: [ANA],
      at: "2026-03-09T16:00:00Z",
      subject: "Cancelled: Interview",
      label: "interview_cancellation",
    });
    confirm(cancelled, "c2", JO, "mb-jo", "2026-03-10T10:00:00Z", "2026-03-13T10:00:00Z", "uid-2");
    expect(ofType(cancelled.run(), "conflicting_messages")).toEqual([]);

    const updated = acmeTeam({ now: "2026-03-11T12:00:00Z" });
    confirm(updated, "c1", KIM, "mb-kim", "2026-03-09T10:00:00Z", "2026-03-12T14:00:00Z", "uid-1", 0);
    confirm(updated, "c2", JO, "mb-jo", "2026-03-10T10:00:00Z", "2026-03-13T10:00:00Z", "uid-1", 1);
    expect(ofType(updated.run(), "conflicting_messages")).toEqual([]);

    const samePerson = acmeTeam({ now: "2026-03-12T12:00:00Z" });
    invite(samePerson, "2026-03-02T10:00:00Z", SAM);
    reject(samePerson, "2026-03-09T10:00:00Z", SAM);
    expect(ofType(samePerson.run(), "conflicting_messages")).toEqual([]);

    const late = acmeTeam({ now: "2026-03-30T12:00:00Z" });
    reject(late, "2026-03-02T10:00:00Z");
    invite(late, "2026-03-20T10:00:00Z");
    expect(ofType(late.run(), "conflicting_messages")).toEqual([]);
  });
});

describe("undelivered", () => {
  const bounced = (now: string) => {
    const s = acmeTeam({ now });
    invite(s, "2026-03-02T10:00:00Z");
    return s.message({
      id: "ndr",
      in: "mb-jo",
      from: "Microsoft Outlook <postmaster@acme.com>",
      to: [JO],
      at: "2026-03-02T10:01:00Z",
      subject: "Undeliverable: Interview for Backend Engineer — your availability",
      excerpt:
        "Delivery has failed to these recipients or groups: ana.souza@gmail.com. The email address wasn't found.",
      headers: { "content-type": "multipart/report; report-type=delivery-status" },
      label: "bounce",
      bouncedRecipients: ["ana.souza@gmail.com"],
    });
  };

  it("fires high when nothing reached the candidate after the bounce", () => {
    const r = bounced("2026-03-03T12:00:00Z").run();
    expect(ofType(r, "undelivered")).toEqual([
      expect.objectContaining({ severity: "high", anchorId: "<inv@mail.test>", dueAt: null }),
    ]);
    expect(ofType(r, "undelivered")[0]?.evidence.map((e) => e.label)).toEqual([
      "scheduling_request",
      "bounce",
    ]);
    // The bounce is not the candidate's voice: the scheduling request is still unanswered.
    expect(ofType(bounced("2026-03-06T12:00:00Z").run(), "stalled_scheduling")).toHaveLength(1);
  });

  it("stays silent for a bounce of a colleague's address in the candidate's thread", () => {
    const s = acmeTeam({ now: "2026-03-03T12:00:00Z" });
    s.message({
      id: "inv",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      cc: ["old.colleague@acme.com"],
      at: "2026-03-02T10:00:00Z",
      subject: "Interview for Backend Engineer",
      label: "scheduling_request",
      thread: "t",
    }).message({
      id: "ndr",
      in: "mb-jo",
      from: "Microsoft Outlook <postmaster@acme.com>",
      to: [JO],
      at: "2026-03-02T10:01:00Z",
      subject: "Undeliverable: Interview for Backend Engineer",
      excerpt: "Delivery has failed to these recipients or groups: old.colleague@acme.com",
      label: "bounce",
      bouncedRecipients: ["old.colleague@acme.com"],
      thread: "t",
      inReplyTo: "inv",
    });
    expect(ofType(s.run(), "undelivered")).toEqual([]);
  });

  it("stays silent once a later message went out, or for an out-of-office", () => {
    const resent = bounced("2026-03-04T12:00:00Z")
      .message({
        id: "retry",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-03T09:00:00Z",
        subject: "Interview for Backend Engineer (resent)",
        label: "scheduling_request",
      })
      .run();
    expect(ofType(resent, "undelivered")).toEqual([]);
    const ooo = acmeTeam({ now: "2026-03-03T12:00:00Z" });
    invite(ooo, "2026-03-02T10:00:00Z");
    ooo.message({
      id: "ooo",
      in: "mb-jo",
      from: ANA,
      to: [JO],
      at: "2026-03-02T10:01:00Z",
      subject: "Out of office",
      label: "auto_reply",
    });
    expect(ofType(ooo.run(), "undelivered")).toEqual([]);
  });
});

describe("requisition_stall", () => {
  const candidates = [ANA, BEN, CHLOE];
  function analysts(dates: string[], now: string) {
    const s = acmeTeam({ now });
    dates.forEach((at, i) => {
      s.message({
        id: `req-${i}`,
        in: "mb-sam",
        from: SAM,
        to: [candidates[i] as string],
        at,
        subject: "Data Analyst interview — choose a time",
        excerpt: "We'd like to schedule a first call for the Data Analyst role.",
        label: "scheduling_request",
        role: "Data Analyst",
      });
    });
    return s;
  }

  it("fires medium when three candidates of one role went silent in the same 5-business-day window", () => {
    const r = analysts(
      ["2026-03-02T10:00:00Z", "2026-03-03T10:00:00Z", "2026-03-04T10:00:00Z"],
      "2026-03-16T12:00:00Z",
    ).run();
    expect(ofType(r, "stalled_scheduling")).toHaveLength(3);
    const [f, ...rest] = ofType(r, "requisition_stall");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "medium",
      role: "Data Analyst",
      team: "engineering",
      anchorId: "<req-0@mail.test>",
    });
    expect(f?.candidateId).toMatch(/^r_/);
    expect(f?.evidence).toHaveLength(3);
    expect(f?.summary).toContain("Ana Souza, Ben Okafor, Chloé Durand");
  });

  it("stays silent when the silences are spread out or too few", () => {
    expect(
      ofType(
        analysts(
          ["2026-03-02T10:00:00Z", "2026-03-11T10:00:00Z", "2026-03-20T10:00:00Z"],
          "2026-03-30T12:00:00Z",
        ).run(),
        "requisition_stall",
      ),
    ).toEqual([]);
    expect(
      ofType(
        analysts(["2026-03-02T10:00:00Z", "2026-03-03T10:00:00Z"], "2026-03-16T12:00:00Z").run(),
        "requisition_stall",
      ),
    ).toEqual([]);
  });
});
