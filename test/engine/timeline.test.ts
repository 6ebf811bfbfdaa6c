import { describe, expect, it } from "vitest";
import type { MessageItem } from "../../src/engine/audit.ts";
import { candidateIdFor } from "../../src/engine/timeline/hash.ts";
import { acmeTeam } from "./support/scenario.ts";

const ANA = "Ana Souza <ana.souza@gmail.com>";
const JO = "Jo Martin <jo.recruiter@acme.com>";
const SAM = "Sam Lee <sam.lee@acme.com>";
const KIM = "Kim Park <kim.coord@acme.com>";
const MAX = "Max Weber <max.manager@acme.com>";

function messages(result: ReturnType<ReturnType<typeof acmeTeam>["run"]>, candidate = 0): MessageItem[] {
  return (result.timelines[candidate]?.items ?? []).filter((i): i is MessageItem => i.kind === "message");
}

describe("timeline building", () => {
  it("counts one message seen in three mailboxes once, keeping every mailbox", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" }).message({
      id: "invite-1",
      in: ["mb-jo", "mb-sam", "mb-kim"],
      from: JO,
      to: [ANA],
      cc: [SAM, KIM],
      at: "2026-03-02T10:00:00Z",
      subject: "Interview for the Backend Engineer role — your availability?",
      excerpt:
        "Hi Ana, thanks for applying. Could you send me a few times that work for a 45-minute video interview next week?",
      label: "scheduling_request",
      role: "Backend Engineer",
    });
    const r = s.run();
    expect(r.stats.messages).toBe(3);
    expect(r.stats.uniqueMessages).toBe(1);
    expect(r.timelines).toHaveLength(1);
    const [item] = messages(r);
    expect(item?.mailboxIds).toEqual(["mb-jo", "mb-sam", "mb-kim"]);
    expect(item?.direction).toBe("outbound");
    expect(item?.voice).toBe("org");
    expect(r.timelines[0]?.role).toBe("Backend Engineer");
    expect(r.timelines[0]?.name).toBe("Ana Souza");
    expect(r.timelines[0]?.team).toBe("engineering");
  });

  it("deduplicates copies without a Message-ID by content", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" }).message({
      id: "noid",
      messageId: null,
      in: ["mb-jo", "mb-sam"],
      from: JO,
      to: [ANA],
      cc: [SAM],
      at: "2026-03-02T10:00:00Z",
      subject: "Next steps",
      label: "scheduling_request",
    });
    const r = s.run();
    expect(r.stats.uniqueMessages).toBe(1);
    expect(messages(r)[0]?.mailboxIds).toEqual(["mb-jo", "mb-sam"]);
    expect(messages(r)[0]?.id).toMatch(/^ck_/);
  });

  it("keeps the first address as primary whatever the alphabet says", () => {
    const r = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "m1",
        in: "mb-jo",
        from: JO,
        to: ["Zoe Adams <zoe.adams@gmail.com>"],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
        thread: "t",
      })
      .message({
        id: "m2",
        in: "mb-jo",
        from: "Zoe Adams <adams.z@work.example>",
        to: [JO],
        at: "2026-03-02T15:00:00Z",
        subject: "Re: Interview",
        label: "candidate_reply",
        thread: "t",
        inReplyTo: "m1",
      })
      .run();
    expect(r.timelines[0]?.addresses).toEqual(["zoe.adams@gmail.com", "adams.z@work.example"]);
    expect(r.timelines[0]?.candidateId).toBe(candidateIdFor("zoe.adams@gmail.com"));
  });

  it("computes direction from the organisation's domains", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "out",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
        thread: "a",
      })
      .message({
        id: "in",
        in: "mb-jo",
        from: ANA,
        to: [JO],
        at: "2026-03-02T12:00:00Z",
        subject: "Re: Interview",
        label: "candidate_reply",
        thread: "a",
        inReplyTo: "out",
      })
      .message({
        id: "int",
        in: ["mb-jo", "mb-max"],
        from: JO,
        to: [MAX],
        at: "2026-03-02T13:00:00Z",
        subject: "Fwd: Re: Interview",
        label: "other",
        thread: "a",
        references: ["out", "in"],
      });
    const r = s.run();
    const dirs = Object.fromEntries(messages(r).map((m) => [m.message.subject, m.direction]));
    expect(dirs).toEqual({
      Interview: "outbound",
      "Re: Interview": "inbound",
      "Fwd: Re: Interview": "internal",
    });
    const fwd = messages(r).find((m) => m.direction === "internal");
    expect(fwd?.handoff).toBe(true);
  });

  it("merges a candidate writing from a second address inside the same thread", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "m1",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
        thread: "t",
      })
      .message({
        id: "m2",
        in: "mb-jo",
        from: "Ana Souza <ana@souza.dev>",
        to: [JO],
        at: "2026-03-02T15:00:00Z",
        subject: "Re: Interview",
        label: "candidate_reply",
        thread: "t",
        inReplyTo: "m1",
      });
    const r = s.run();
    expect(r.timelines).toHaveLength(1);
    expect(r.timelines[0]?.addresses).toEqual(["ana.souza@gmail.com", "ana@souza.dev"]);
    expect(r.timelines[0]?.candidateId).toBe(candidateIdFor("ana.souza@gmail.com"));
    expect(messages(r)).toHaveLength(2);
  });

  it("attributes a scheduling tool's mail to the recruiter it sends for, and its notification to the candidate", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "calendly-link",
        in: "mb-jo",
        from: "Jo Martin via Calendly <notifications@calendly.com>",
        replyTo: [JO],
        to: [ANA],
        bcc: [JO],
        at: "2026-03-02T10:00:00Z",
        subject: "Pick a time for your interview with Acme",
        excerpt: "Use this link to book a 30-minute call: https://calendly.com/jo-acme/interview",
        links: ["https://calendly.com/jo-acme/interview"],
        label: "scheduling_request",
      })
      .message({
        id: "calendly-booked",
        in: "mb-jo",
        from: "Calendly <notifications@calendly.com>",
        replyTo: [ANA],
        to: [JO],
        at: "2026-03-03T08:00:00Z",
        subject: "New Event: Ana Souza - 30 Minute Interview",
        excerpt: "A new event has been scheduled. Invitee: Ana Souza, ana.souza@gmail.com",
        label: "candidate_reply",
        availability: true,
      });
    const r = s.run();
    const [link, booked] = messages(r);
    expect(link).toMatchObject({ voice: "org", actor: "jo.recruiter@acme.com", direction: "outbound" });
    expect(booked).toMatchObject({ voice: "candidate", actor: "ana.souza@gmail.com", direction: "inbound" });
  });

  it("handles Sender ≠ From and tool mail without Reply-To (GoodTime, Greenhouse)", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "sent-by-tool",
        in: "mb-jo",
        from: JO,
        sender: "GoodTime <scheduling@goodtime.io>",
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Your interview with Acme: choose a slot",
        label: "scheduling_request",
      })
      .message({
        id: "goodtime-bcc",
        in: "mb-kim",
        from: "Acme Recruiting <no-reply@goodtime.io>",
        to: [ANA],
        bcc: [KIM],
        at: "2026-03-02T11:00:00Z",
        subject: "Interview confirmed: Thu 5 March 14:00",
        label: "interview_confirmation",
      })
      .message({
        id: "via-greenhouse",
        in: "mb-sam",
        from: ANA,
        sender: "Greenhouse <no-reply@greenhouse.io>",
        to: [SAM],
        at: "2026-03-03T09:00:00Z",
        subject: "Ana Souza replied to your message",
        label: "candidate_reply",
      });
    const items = messages(s.run());
    expect(items.map((m) => [m.id, m.voice, m.actor, m.direction])).toEqual([
      ["<sent-by-tool@mail.test>", "org", "jo.recruiter@acme.com", "outbound"],
      ["<goodtime-bcc@mail.test>", "org", "kim.coord@acme.com", "outbound"],
      ["<via-greenhouse@mail.test>", "candidate", "ana.souza@gmail.com", "inbound"],
    ]);
  });

  it("attaches bounces and auto-replies to the candidate without giving them the candidate's voice", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "rej",
        in: "mb-sam",
        from: SAM,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Your application",
        label: "rejection",
      })
      .message({
        id: "ooo",
        in: "mb-sam",
        from: ANA,
        to: [SAM],
        at: "2026-03-02T10:01:00Z",
        subject: "Automatic reply: Your application",
        headers: { "auto-submitted": "auto-replied" },
        label: "auto_reply",
      })
      .message({
        id: "dsn",
        in: "mb-sam",
        from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        to: [SAM],
        at: "2026-03-02T10:02:00Z",
        subject: "Delivery Status Notification (Failure)",
        excerpt:
          "Your message wasn't delivered to ana.souza@gmail.com because the address couldn't be found.",
        label: "bounce",
        bouncedRecipients: ["ana.souza@gmail.com"],
      });
    const r = s.run();
    expect(r.timelines).toHaveLength(1);
    const voices = messages(r).map((m) => [m.classification.label, m.voice]);
    expect(voices).toEqual([
      ["rejection", "org"],
      ["auto_reply", "system"],
      ["bounce", "system"],
    ]);
  });

  it("links interviews through attendees, deduplicates calendar copies by iCalUId and ignores meetings between colleagues", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "inv",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
      })
      .event({
        id: "ev1",
        in: ["mb-jo", "mb-max"],
        subject: "Interview: Ana Souza / Backend Engineer",
        organizer: JO,
        attendees: [JO, MAX, ANA],
        start: "2026-03-05T14:00:00Z",
        end: "2026-03-05T15:00:00Z",
      })
      .event({
        id: "sync",
        in: ["mb-jo", "mb-max"],
        subject: "Weekly hiring sync",
        organizer: JO,
        attendees: [JO, MAX],
        start: "2026-03-05T16:00:00Z",
        end: "2026-03-05T16:30:00Z",
      })
      .event({
        id: "future",
        in: "mb-jo",
        subject: "Second round: Ana Souza",
        organizer: JO,
        attendees: [JO, ANA],
        start: "2026-03-25T14:00:00Z",
        end: "2026-03-25T15:00:00Z",
      });
    const r = s.run();
    const events = r.timelines[0]?.items.filter((i) => i.kind === "event") ?? [];
    expect(events.map((e) => [e.id, e.kind === "event" && e.held, e.mailboxIds])).toEqual([
      ["ev1@calendar.test", true, ["mb-jo", "mb-max"]],
      ["future@calendar.test", false, ["mb-jo"]],
    ]);
    expect(r.stats.uniqueEvents).toBe(3);
  });

  it("leaves out mail between the organisation and another outsider in the candidate's thread", () => {
    const r = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "q",
        in: "mb-jo",
        from: ANA,
        to: [JO],
        at: "2026-03-02T10:00:00Z",
        subject: "Question about the role",
        label: "candidate_inquiry",
        thread: "t",
      })
      .message({
        id: "agency",
        in: "mb-jo",
        from: JO,
        to: ["Pat Agency <pat@talentagency.io>"],
        at: "2026-03-02T11:00:00Z",
        subject: "Re: Question about the role",
        excerpt: "Pat, your candidate Ana asked about the role; can you brief her?",
        label: "other",
        thread: "t",
        inReplyTo: "q",
      })
      .run("2026-03-06T12:00:00Z");
    expect(r.timelines[0]?.items.map((i) => i.id)).toEqual(["<q@mail.test>"]);
    // Writing to the agency did not answer the candidate.
    expect(r.findings.map((f) => f.type)).toEqual(["ghosted"]);
  });

  it("does not make a candidate of an external address that only exchanges ordinary business mail", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" })
      .message({
        id: "vendor",
        in: "mb-jo",
        from: "Lee <lee@vendor.io>",
        to: [JO],
        at: "2026-03-02T10:00:00Z",
        subject: "Can we meet Tuesday to review the contract?",
        label: "other",
      })
      .message({
        id: "vendor-2",
        in: "mb-jo",
        from: JO,
        to: ["lee@vendor.io"],
        at: "2026-03-02T11:00:00Z",
        subject: "Re: Can we meet Tuesday?",
        label: "other",
      });
    expect(s.run().timelines).toEqual([]);
  });

  it("warns about drafts and unknown mailboxes instead of dropping them silently", () => {
    const s = acmeTeam({ now: "2026-03-20T12:00:00Z" }).message({
      id: "x",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      at: "2026-03-02T10:00:00Z",
      subject: "Interview",
      label: "scheduling_request",
    });
    s.messages.push({
      ...(s.messages[0] as (typeof s.messages)[number]),
      id: "draft",
      internetMessageId: "<draft@x>",
      isDraft: true,
    });
    s.messages.push({
      ...(s.messages[0] as (typeof s.messages)[number]),
      id: "stray",
      mailboxId: "mb-gone",
      internetMessageId: "<stray@x>",
    });
    const r = s.run();
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining("1 draft message(s) ignored"),
        expect.stringContaining("mb-gone"),
      ]),
    );
  });

  it("gives the same candidate ids, items and finding keys whatever the input order", () => {
    const build = () =>
      acmeTeam({ now: "2026-03-20T12:00:00Z" })
        .message({
          id: "a1",
          in: ["mb-jo", "mb-sam"],
          from: JO,
          to: [ANA],
          cc: [SAM],
          at: "2026-03-02T10:00:00Z",
          subject: "Interview",
          label: "scheduling_request",
          thread: "a",
        })
        .message({
          id: "a2",
          in: "mb-jo",
          from: ANA,
          to: [JO],
          at: "2026-03-03T10:00:00Z",
          subject: "Re: Interview",
          label: "candidate_reply",
          thread: "a",
          availability: true,
        })
        .message({
          id: "b1",
          in: "mb-sam",
          from: SAM,
          to: ["Ben <ben@example.net>"],
          at: "2026-03-04T10:00:00Z",
          subject: "Interview",
          label: "scheduling_request",
        });
    const s1 = build();
    const s2 = build();
    s2.messages.reverse();
    const r1 = s1.run();
    const r2 = s2.run();
    expect(r2.timelines.map((t) => [t.candidateId, t.items.map((i) => i.id)])).toEqual(
      r1.timelines.map((t) => [t.candidateId, t.items.map((i) => i.id)]),
    );
    expect(r2.findings.map((f) => f.key)).toEqual(r1.findings.map((f) => f.key));
    expect(r1.findings.length).toBeGreaterThan(0);
  });
});
