import { describe, expect, it } from "vitest";
import { ANA, JO, KIM, MAX, SAM } from "./support/people.ts";
import { acmeTeam, ofType } from "./support/scenario.ts";

// March 2026: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 … Business hours 09:00–17:00 UTC unless said.

/** Jo invites Ana on Monday; Ana asks about next steps on Tuesday 10:00 (reply due Thursday 10:00). */
function anaAsks(now: string, settings = {}) {
  return acmeTeam({ now, settings })
    .message({
      id: "invite",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      at: "2026-03-02T10:00:00Z",
      subject: "Backend Engineer at Acme — interview availability",
      excerpt:
        "Hi Ana, we'd love to set up a first interview. Could you share a few slots that work for you this week?",
      label: "scheduling_request",
      role: "Backend Engineer",
      thread: "t1",
    })
    .message({
      id: "ask",
      in: ["mb-jo", "mb-sam", "mb-kim"],
      from: ANA,
      to: [JO],
      cc: [SAM, KIM],
      at: "2026-03-03T10:00:00Z",
      subject: "Re: Backend Engineer at Acme — interview availability",
      excerpt:
        "Hi Jo, thanks! Before I book, could you tell me who I'd be meeting and what the next steps are?",
      label: "candidate_inquiry",
      thread: "t1",
      inReplyTo: "invite",
    });
}

describe("ghosted and ghost_risk: reply to a candidate", () => {
  it("fires ghosted (medium) once the 2-business-day reply SLA has passed, counting a message seen in three mailboxes once", () => {
    const r = anaAsks("2026-03-06T12:00:00Z").run();
    const [g, ...rest] = ofType(r, "ghosted");
    expect(rest).toEqual([]);
    expect(g).toMatchObject({
      key: `ghosted:${r.timelines[0]?.candidateId}:<ask@mail.test>`,
      severity: "medium",
      obligation: "reply_to_candidate",
      dueAt: "2026-03-05T10:00:00.000Z",
      since: "2026-03-03T10:00:00.000Z",
      status: "open",
      candidateAddress: "ana.souza@gmail.com",
      candidateName: "Ana Souza",
      role: "Backend Engineer",
      team: "engineering",
    });
    expect(g?.people[0]).toBe("jo.recruiter@acme.com");
    expect(g?.evidence.map((e) => [e.id, e.label, e.mailboxIds.length])).toEqual([
      ["<invite@mail.test>", "scheduling_request", 1],
      ["<ask@mail.test>", "candidate_inquiry", 3],
    ]);
    expect(g?.title).toContain("Ana Souza has waited");
    expect(g?.summary).toContain("Thu 5 Mar 2026, 10:00");
    expect(ofType(r, "ghost_risk")).toEqual([]);
    expect(ofType(r, "stalled_scheduling")).toEqual([]);
  });

  it("fires ghost_risk (medium) after the warning point and before the deadline, and nothing before the warning point", () => {
    // Warning point: 80% of 16 business hours = 12.8 h after Tue 10:00 → Wed 14:48.
    const risk = anaAsks("2026-03-05T09:00:00Z").run();
    expect(ofType(risk, "ghost_risk")).toEqual([
      expect.objectContaining({
        severity: "medium",
        obligation: "reply_to_candidate",
        dueAt: "2026-03-05T10:00:00.000Z",
      }),
    ]);
    expect(ofType(risk, "ghosted")).toEqual([]);
    expect(anaAsks("2026-03-04T14:47:00Z").run().findings).toEqual([]);
    expect(ofType(anaAsks("2026-03-04T14:48:00Z").run(), "ghost_risk")).toHaveLength(1);
  });

  it("keeps the finding key stable across runs and moves from ghost_risk to ghosted on the same anchor", () => {
    const risk = ofType(anaAsks("2026-03-05T09:00:00Z").run(), "ghost_risk")[0];
    const friday = ofType(anaAsks("2026-03-06T12:00:00Z").run(), "ghosted")[0];
    const monday = ofType(anaAsks("2026-03-09T12:00:00Z").run(), "ghosted")[0];
    expect(friday?.key).toBe(monday?.key);
    expect(risk?.anchorId).toBe(friday?.anchorId);
    expect(risk?.key.replace(/^ghost_risk:/, "ghosted:")).toBe(friday?.key);
  });

  it("an obligation met late is history, not a finding, but is recorded for statistics", () => {
    const s = anaAsks("2026-03-09T12:00:00Z").message({
      id: "late-answer",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      at: "2026-03-06T09:30:00Z",
      subject: "Re: Backend Engineer at Acme — interview availability",
      excerpt:
        "Sorry for the delay Ana — you'd meet Max, our engineering manager. Next step is a 45-minute technical chat.",
      label: "status_update",
      thread: "t1",
    });
    const r = s.run();
    expect(r.findings.filter((f) => f.type === "ghosted" || f.type === "ghost_risk")).toEqual([]);
    expect(r.obligations.find((o) => o.obligation === "reply_to_candidate")).toMatchObject({
      state: "met_late",
      businessHours: 23.5,
    });
  });

  it("an auto-reply from the organisation never answers the candidate", () => {
    const s = anaAsks("2026-03-06T12:00:00Z").message({
      id: "jo-ooo",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      at: "2026-03-03T10:00:05Z",
      subject: "Automatic reply: Re: Backend Engineer at Acme",
      excerpt: "I'm out of the office until 9 March with limited access to email.",
      headers: { "auto-submitted": "auto-replied" },
      label: "auto_reply",
    });
    expect(ofType(s.run(), "ghosted")).toHaveLength(1);
  });

  it("a candidate's auto-reply as the last message creates no obligation", () => {
    const r = acmeTeam({ now: "2026-03-13T12:00:00Z" })
      .message({
        id: "upd",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Your application — update",
        excerpt: "We are still reviewing applications and will be in touch next week.",
        label: "status_update",
      })
      .message({
        id: "ana-ooo",
        in: "mb-jo",
        from: ANA,
        to: [JO],
        at: "2026-03-02T10:00:30Z",
        subject: "Out of office: Your application — update",
        excerpt: "I am travelling until 16 March and will reply when I'm back.",
        headers: { "auto-submitted": "auto-replied", "x-autoreply": "yes" },
        label: "auto_reply",
      })
      .run();
    expect(r.findings).toEqual([]);
    expect(r.obligations).toEqual([]);
  });

  it("a hand-off to a colleague is not an answer; the colleague becomes the owner", () => {
    const s = anaAsks("2026-03-06T12:00:00Z").message({
      id: "fwd",
      in: ["mb-jo", "mb-max"],
      from: JO,
      to: [MAX],
      at: "2026-03-03T11:00:00Z",
      subject: "Fwd: Re: Backend Engineer at Acme — interview availability",
      excerpt:
        "Max, can you answer Ana? ---------- Forwarded message ---------- From: Ana Souza <ana.souza@gmail.com>",
      label: "other",
    });
    const r = s.run();
    const [g] = ofType(r, "ghosted");
    expect(g?.people[0]).toBe("max.manager@acme.com");
    expect(r.timelines[0]?.items.find((i) => i.id === "<fwd@mail.test>")).toMatchObject({ handoff: true });
  });

  it("a candidate's withdrawal ends the obligation", () => {
    const s = anaAsks("2026-03-09T12:00:00Z").message({
      id: "withdraw",
      in: "mb-jo",
      from: ANA,
      to: [JO],
      at: "2026-03-04T09:00:00Z",
      subject: "Withdrawing my application",
      excerpt:
        "Hi Jo, I've accepted another offer, so I'd like to withdraw from the process. Thank you for your time.",
      label: "candidate_withdrawal",
    });
    const r = s.run();
    expect(r.findings).toEqual([]);
    expect(r.obligations.map((o) => o.state)).toEqual(["ended", "ended"]);
  });

  it("uses the team's SLA override", () => {
    const r = anaAsks("2026-03-06T12:00:00Z", {
      teams: { engineering: { sla: { replyToCandidate: 5 } } },
    }).run();
    expect(ofType(r, "ghosted")).toEqual([]);
    expect(r.obligations[1]?.dueAt).toBe("2026-03-10T10:00:00.000Z");
  });
});

describe("ghosted: scheduling after availability, outcome after interview, reschedule, assessment", () => {
  it("fires when availability sat for more than one business day", () => {
    const r = acmeTeam({ now: "2026-03-04T12:00:00Z" })
      .message({
        id: "inv",
        in: "mb-kim",
        from: KIM,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Scheduling your interview with Acme",
        label: "scheduling_request",
        thread: "k",
      })
      .message({
        id: "avail",
        in: "mb-kim",
        from: ANA,
        to: [KIM],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Scheduling your interview with Acme",
        excerpt: "Thursday 2–5pm or Friday morning both work for me.",
        label: "candidate_reply",
        availability: true,
        thread: "k",
      })
      .run();
    expect(ofType(r, "ghosted")).toEqual([
      expect.objectContaining({
        obligation: "schedule_after_availability",
        severity: "medium",
        dueAt: "2026-03-04T10:00:00.000Z",
        people: expect.arrayContaining(["kim.coord@acme.com"]),
      }),
    ]);
  });

  /** An interview held Wednesday 14:00–15:00; outcome due 5 bd after its end: Wed 11 March 15:00. */
  function interviewed(now: string) {
    return acmeTeam({ now })
      .message({
        id: "conf",
        in: "mb-kim",
        from: KIM,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview confirmed: Wed 4 March 14:00",
        label: "interview_confirmation",
      })
      .event({
        id: "int1",
        in: ["mb-kim", "mb-max"],
        subject: "Interview — Ana Souza (Backend Engineer)",
        organizer: KIM,
        attendees: [KIM, MAX, ANA],
        start: "2026-03-04T14:00:00Z",
        end: "2026-03-04T15:00:00Z",
        createdAt: "2026-03-02T10:00:00Z",
      });
  }

  it("fires ghosted (high) when no outcome followed an interview within 5 business days", () => {
    const r = interviewed("2026-03-12T09:00:00Z").run();
    expect(ofType(r, "ghosted")).toEqual([
      expect.objectContaining({
        obligation: "outcome_after_interview",
        severity: "high",
        dueAt: "2026-03-11T15:00:00.000Z",
        anchorId: "int1@calendar.test",
        since: "2026-03-04T15:00:00.000Z",
      }),
    ]);
    expect(ofType(r, "invite_then_reject")).toEqual([]);
  });

  it("holds the interview's organiser responsible for the outcome", () => {
    const r = acmeTeam({ now: "2026-03-12T09:00:00Z" })
      .message({
        id: "conf",
        in: "mb-sam",
        from: SAM,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview confirmed",
        label: "interview_confirmation",
      })
      .event({
        id: "int-s",
        in: ["mb-sam", "mb-jo"],
        subject: "Interview — Ana Souza",
        organizer: SAM,
        attendees: [JO, SAM, ANA],
        start: "2026-03-04T14:00:00Z",
        end: "2026-03-04T15:00:00Z",
      })
      .run();
    expect(ofType(r, "ghosted")[0]?.people[0]).toBe("sam.lee@acme.com");
    expect(r.obligations.find((o) => o.obligation === "outcome_after_interview")?.owner).toBe(
      "sam.lee@acme.com",
    );
  });

  it("fires ghost_risk (high) at 80% of the outcome SLA", () => {
    const r = interviewed("2026-03-10T16:00:00Z").run();
    expect(ofType(r, "ghost_risk")).toEqual([
      expect.objectContaining({ obligation: "outcome_after_interview", severity: "high" }),
    ]);
  });

  it("a thank-you note after the interview waits for the outcome instead of opening a second obligation", () => {
    const r = interviewed("2026-03-12T09:00:00Z")
      .message({
        id: "thanks",
        in: "mb-kim",
        from: ANA,
        to: [KIM],
        at: "2026-03-04T18:00:00Z",
        subject: "Thank you",
        excerpt: "Thank you for taking the time to meet me today, I enjoyed the conversation.",
        label: "candidate_reply",
      })
      .run();
    expect(r.findings.map((f) => [f.type, f.obligation])).toEqual([["ghosted", "outcome_after_interview"]]);
  });

  it("a status update after the interview is not an outcome", () => {
    const r = interviewed("2026-03-12T09:00:00Z")
      .message({
        id: "hold",
        in: "mb-max",
        from: MAX,
        to: [ANA],
        at: "2026-03-09T10:00:00Z",
        subject: "Quick update",
        excerpt: "We're still finishing the other interviews and will get back to you soon.",
        label: "status_update",
      })
      .run();
    expect(ofType(r, "ghosted").map((f) => f.obligation)).toEqual(["outcome_after_interview"]);
  });

  it("stays silent when a rejection follows an interview that was held (no invite-then-reject either)", () => {
    const r = interviewed("2026-03-12T09:00:00Z")
      .message({
        id: "rej",
        in: "mb-max",
        from: MAX,
        to: [ANA],
        at: "2026-03-09T10:00:00Z",
        subject: "Your interview with Acme",
        excerpt:
          "Thank you for your time on Wednesday. After careful consideration we have decided not to move forward.",
        label: "rejection",
      })
      .run();
    expect(r.findings).toEqual([]);
    expect(r.obligations.find((o) => o.obligation === "outcome_after_interview")?.state).toBe("met");
  });

  it("fires for a cancelled interview that was never rescheduled, and not once a new time was proposed", () => {
    const cancelled = () =>
      acmeTeam({ now: "2026-03-05T12:00:00Z" })
        .message({
          id: "conf",
          in: "mb-kim",
          from: KIM,
          to: [ANA],
          at: "2026-03-02T09:00:00Z",
          subject: "Interview confirmed",
          label: "interview_confirmation",
        })
        .message({
          id: "cancel",
          in: "mb-kim",
          from: KIM,
          to: [ANA],
          at: "2026-03-02T10:00:00Z",
          subject: "Cancelled: Interview — Ana Souza",
          excerpt:
            "Unfortunately we need to cancel tomorrow's interview; we'll be in touch to find a new time.",
          label: "interview_cancellation",
        });
    expect(ofType(cancelled().run(), "ghosted")).toEqual([
      expect.objectContaining({
        obligation: "reschedule_after_cancellation",
        severity: "medium",
        dueAt: "2026-03-04T10:00:00.000Z",
      }),
    ]);
    const rescheduled = cancelled()
      .message({
        id: "new",
        in: "mb-kim",
        from: KIM,
        to: [ANA],
        at: "2026-03-03T11:00:00Z",
        subject: "New interview time?",
        label: "scheduling_request",
      })
      .run();
    expect(ofType(rescheduled, "ghosted")).toEqual([]);
  });

  it("fires for a cancelled calendar interview without a cancellation message", () => {
    const r = acmeTeam({ now: "2026-03-05T12:00:00Z" })
      .event({
        id: "int-c",
        in: "mb-jo",
        subject: "Interview — Ana Souza",
        organizer: JO,
        attendees: [JO, ANA],
        start: "2026-03-03T14:00:00Z",
        end: "2026-03-03T15:00:00Z",
        cancelled: true,
        createdAt: "2026-02-27T10:00:00Z",
        updatedAt: "2026-03-02T10:00:00Z",
      })
      .message({
        id: "inv",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-02-27T10:00:00Z",
        subject: "Interview invitation",
        label: "interview_confirmation",
      })
      .run();
    expect(ofType(r, "ghosted").map((f) => [f.obligation, f.anchorId])).toEqual([
      ["reschedule_after_cancellation", "int-c@calendar.test"],
    ]);
  });

  it("fires when a submitted assessment got no answer within its SLA", () => {
    const r = acmeTeam({ now: "2026-03-11T12:00:00Z" })
      .message({
        id: "task",
        in: "mb-sam",
        from: SAM,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Take-home exercise",
        excerpt: "Please complete the attached take-home assignment within 5 days.",
        label: "assessment",
      })
      .message({
        id: "done",
        in: "mb-sam",
        from: ANA,
        to: [SAM],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Take-home exercise",
        excerpt: "Please find my solution attached.",
        label: "candidate_reply",
      })
      .run();
    expect(ofType(r, "ghosted")).toEqual([
      expect.objectContaining({ obligation: "answer_assessment", dueAt: "2026-03-10T10:00:00.000Z" }),
    ]);
  });
});

describe("time-zone and holiday edges", () => {
  /** Ana writes to Jo at 18:00 Chicago on Friday 16 January 2026; Monday 19 is MLK Day. */
  function fridayBeforeHoliday(now: string, countries: string[]) {
    return acmeTeam({ now, settings: { timeZone: "America/Chicago", holidays: { countries, dates: [] } } })
      .message({
        id: "inv",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-01-14T10:00:00-06:00",
        subject: "Interview?",
        label: "scheduling_request",
      })
      .message({
        id: "q",
        in: "mb-jo",
        from: ANA,
        to: [JO],
        at: "2026-01-16T18:00:00-06:00",
        subject: "Re: Interview?",
        excerpt: "Is the role remote-friendly?",
        label: "candidate_inquiry",
      });
  }

  it("a Friday-evening message before a US holiday is due Wednesday 17:00 Chicago time", () => {
    const wed14 = "2026-01-21T14:00:00-06:00";
    const us = fridayBeforeHoliday(wed14, ["US"]).run();
    expect(ofType(us, "ghosted")).toEqual([]);
    expect(ofType(us, "ghost_risk")).toEqual([
      expect.objectContaining({ dueAt: "2026-01-21T23:00:00.000Z" }),
    ]);
    // Without the holiday calendar, Monday counts and the SLA has already passed.
    expect(ofType(fridayBeforeHoliday(wed14, []).run(), "ghosted")).toHaveLength(1);
  });

  it("a DST week in Berlin keeps the deadline at 16:00 local", () => {
    const s = (now: string) =>
      acmeTeam({ now, settings: { timeZone: "Europe/Berlin" } })
        .message({
          id: "inv",
          in: "mb-kim",
          from: KIM,
          to: [ANA],
          at: "2026-03-26T10:00:00+01:00",
          subject: "Interview",
          label: "scheduling_request",
        })
        .message({
          id: "av",
          in: "mb-kim",
          from: ANA,
          to: [KIM],
          at: "2026-03-27T16:00:00+01:00",
          subject: "Re: Interview",
          label: "candidate_reply",
          availability: true,
        })
        .run();
    expect(ofType(s("2026-03-30T14:30:00Z"), "ghosted")).toEqual([
      expect.objectContaining({ dueAt: "2026-03-30T14:00:00.000Z" }),
    ]);
    expect(ofType(s("2026-03-30T13:30:00Z"), "ghost_risk")).toHaveLength(1);
  });
});

describe("stalled_scheduling", () => {
  function invited(now: string) {
    return acmeTeam({ now }).message({
      id: "inv",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      at: "2026-03-02T10:00:00Z",
      subject: "Interview for Backend Engineer — pick a time",
      excerpt: "Book a slot here: https://calendly.com/jo-acme/interview",
      label: "scheduling_request",
    });
  }

  it("fires (low) when the request sat 3 business days without answer or nudge", () => {
    expect(ofType(invited("2026-03-06T12:00:00Z").run(), "stalled_scheduling")).toEqual([
      expect.objectContaining({
        severity: "low",
        obligation: "nudge_scheduling",
        dueAt: "2026-03-05T10:00:00.000Z",
        anchorId: "<inv@mail.test>",
      }),
    ]);
    expect(invited("2026-03-05T09:00:00Z").run().findings).toEqual([]);
  });

  it("a nudge restarts the scheduling clock", () => {
    const nudged = (now: string) =>
      invited(now)
        .message({
          id: "nudge",
          in: "mb-jo",
          from: JO,
          to: [ANA],
          at: "2026-03-04T10:00:00Z",
          subject: "Re: Interview for Backend Engineer",
          excerpt: "Just checking in — did you get a chance to pick a time?",
          label: "other",
        })
        .run();
    expect(nudged("2026-03-06T12:00:00Z").findings).toEqual([]);
    expect(ofType(nudged("2026-03-10T12:00:00Z"), "stalled_scheduling")).toEqual([
      expect.objectContaining({ anchorId: "<nudge@mail.test>", dueAt: "2026-03-09T10:00:00.000Z" }),
    ]);
  });

  it("a candidate's auto-reply does not stop the clock, a booking does", () => {
    const ooo = invited("2026-03-06T12:00:00Z").message({
      id: "ooo",
      in: "mb-jo",
      from: ANA,
      to: [JO],
      at: "2026-03-02T10:01:00Z",
      subject: "Auto: out of office",
      label: "auto_reply",
    });
    expect(ofType(ooo.run(), "stalled_scheduling")).toHaveLength(1);
    const booked = invited("2026-03-06T12:00:00Z").message({
      id: "booked",
      in: "mb-jo",
      from: "Calendly <notifications@calendly.com>",
      replyTo: [ANA],
      to: [JO],
      at: "2026-03-03T08:00:00Z",
      subject: "New Event: Ana Souza - 45 Minute Interview",
      label: "candidate_reply",
      availability: true,
    });
    expect(ofType(booked.run(), "stalled_scheduling")).toEqual([]);
  });
});

describe("unanswered_feedback_request", () => {
  function rejected(now: string) {
    return acmeTeam({ now }).message({
      id: "rej",
      in: "mb-sam",
      from: SAM,
      to: [ANA],
      at: "2026-03-02T10:00:00Z",
      subject: "Your application to Acme",
      excerpt:
        "Thank you for your interest. Unfortunately we will not be moving forward with your application.",
      label: "rejection",
    });
  }

  it("fires (low) when a feedback request after a rejection got nothing for 5 business days", () => {
    const r = rejected("2026-03-11T12:00:00Z")
      .message({
        id: "why",
        in: "mb-sam",
        from: ANA,
        to: [SAM],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Your application to Acme",
        excerpt: "Could you share any feedback on my application?",
        label: "candidate_inquiry",
      })
      .run();
    expect(r.findings.map((f) => [f.type, f.severity, f.dueAt])).toEqual([
      ["unanswered_feedback_request", "low", "2026-03-10T10:00:00.000Z"],
    ]);
    expect(r.findings[0]?.evidence.map((e) => e.label)).toEqual(["rejection", "candidate_inquiry"]);
  });

  it("stays silent for a thank-you after a rejection and for an answered request", () => {
    const thanks = rejected("2026-03-11T12:00:00Z")
      .message({
        id: "ty",
        in: "mb-sam",
        from: ANA,
        to: [SAM],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Your application",
        excerpt: "Thanks for letting me know.",
        label: "candidate_reply",
      })
      .run();
    expect(thanks.findings).toEqual([]);
    const answered = rejected("2026-03-11T12:00:00Z")
      .message({
        id: "why",
        in: "mb-sam",
        from: ANA,
        to: [SAM],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Your application",
        label: "candidate_inquiry",
      })
      .message({
        id: "fb",
        in: "mb-sam",
        from: SAM,
        to: [ANA],
        at: "2026-03-05T10:00:00Z",
        subject: "Re: Your application",
        label: "other",
      })
      .run();
    expect(answered.findings).toEqual([]);
  });
});
