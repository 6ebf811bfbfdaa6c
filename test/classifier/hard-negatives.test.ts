/**
 * Messages that look like hiring mail but are not the organisation talking to a candidate (or
 * are, but with another intent) keep the right label.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { INBOUND, INTERNAL, inb, internal, mail, OUTBOUND, out } from "./message-factory.ts";

describe("internal mail is other", () => {
  it("a meeting request between colleagues is other, not scheduling_request", () => {
    const m = internal(
      "Quick sync on Q3 hiring plan",
      "Hi Jordan,\n\nCould we schedule a meeting on Thursday at 10:00 to go through the Q3 budget? Let me know your availability.\n\nPriya",
    );
    const c = classify(m, INTERNAL);
    expect(c.label).toBe("other");
    expect(c.evidence).toContain("direction:internal");
  });

  it("an internal calendar invitation between colleagues is other", () => {
    const m = internal("Invitation: Team retro", "Retro for the platform team.", {
      calendar: { method: "REQUEST", uid: "retro-1", summary: "Team retro" },
    });
    expect(classify(m, INTERNAL).label).toBe("other");
  });

  it("an internal forward of a candidate's CV is other", () => {
    const m = internal(
      "Fwd: Application – Backend Engineer",
      "Hi Jordan, have a look at this CV, strong profile for the backend role?\n\n---------- Forwarded message ---------\nFrom: Sam Rivera <sam.rivera@mailbox.example>\nDate: Mon, 2 Mar 2026\nSubject: Application – Backend Engineer\n\nPlease find attached my CV for the Backend Engineer position.",
      { attachments: [{ name: "Sam_Rivera_CV.pdf", contentType: "application/pdf", size: 81234 }] },
    );
    expect(classify(m, INTERNAL).label).toBe("other");
  });

  it("'unfortunately the meeting room is unavailable' between colleagues is not a rejection", () => {
    const m = internal(
      "Room change",
      "Hi all,\n\nUnfortunately the meeting room is unavailable this afternoon, we regret to inform you that the workshop moves to room 4B.\n\nPriya",
    );
    expect(classify(m, INTERNAL).label).toBe("other");
  });
});

describe("outbound business mail is other", () => {
  it("'unfortunately the meeting room is unavailable' sent to a supplier is not a rejection", () => {
    const m = out(
      "Workshop tomorrow",
      "Hello,\n\nUnfortunately the meeting room is unavailable tomorrow, and we regret to inform you that the workshop moves to Friday.\n\nBest,\nJordan",
    );
    const c = classify(m, OUTBOUND);
    expect(c.label).not.toBe("rejection");
    expect(c.label).toBe("other");
  });

  it("asking a client for availability is not a scheduling_request", () => {
    const m = out(
      "Contract renewal",
      "Hi Alex,\n\nCould you let me know your availability next week for a call about the contract renewal? Tuesday afternoon works on our side.\n\nJordan",
    );
    expect(classify(m, OUTBOUND).label).toBe("other");
  });

  it("a calendly link to a sales prospect is not a scheduling_request", () => {
    const m = out("Demo", "Hi Alex, happy to show you the product — pick a slot here.", {
      links: ["https://calendly.com/jordan-lee/demo"],
    });
    expect(classify(m, OUTBOUND).label).toBe("other");
  });
});

describe("inbound non-candidate mail is other", () => {
  it("a job-board newsletter with List-Unsubscribe is other", () => {
    const m = mail(
      "alerts@jobs-board.example",
      "jordan.lee@northwind.example",
      "12 new jobs matching 'Backend Engineer'",
      "New jobs for you: Senior Backend Engineer at Contoso — apply now. Interview tips for candidates inside.\n\nUnsubscribe | Manage your alerts",
      { headers: { "list-unsubscribe": "<https://jobs-board.example/unsub>", precedence: "bulk" } },
    );
    const c = classify(m, INBOUND);
    expect(c.label).toBe("other");
    expect(c.evidence).toContain("header:list-unsubscribe");
  });

  it("a job-board newsletter without list headers is still other", () => {
    const m = mail(
      "digest@careers-weekly.example",
      "jordan.lee@northwind.example",
      "Your weekly job alert",
      "Recommended jobs for you this week: Data Analyst, QA Engineer. Any updates to your profile help recruiters find you. View in browser. Unsubscribe.",
    );
    expect(classify(m, INBOUND).label).toBe("other");
  });

  it("a supplier asking 'any update?' about an invoice is not a candidate_inquiry", () => {
    const m = mail(
      "billing@supplier.example",
      "jordan.lee@northwind.example",
      "Invoice 4471",
      "Hi, any update on invoice 4471? Thanks, Kim",
    );
    expect(classify(m, INBOUND).label).toBe("other");
  });
});

describe("mixed intents pick the decisive one", () => {
  it("a rejection that thanks for the application is a rejection, not an application_ack", () => {
    const m = out(
      "Your application",
      "Dear Sam,\n\nThank you for applying — we have received your application and reviewed it with the team. Unfortunately we will not be moving forward with your candidacy.\n\nKind regards,\nJordan",
    );
    expect(classify(m, OUTBOUND).label).toBe("rejection");
  });

  it("'we are unable to offer you the position' is a rejection, not an offer", () => {
    const m = out(
      "Senior Backend Engineer",
      "Hi Sam, thanks again for interviewing with us. We are unable to offer you the position at this time.\n\nJordan",
    );
    expect(classify(m, OUTBOUND).label).toBe("rejection");
  });

  it("a rescheduling that asks for new times is a cancellation (the interview moves)", () => {
    const m = out(
      "Your interview on Thursday",
      "Hi Sam, I'm afraid we need to reschedule your interview on Thursday. Could you share your availability for next week?\n\nJordan",
    );
    expect(classify(m, OUTBOUND).label).toBe("interview_cancellation");
  });

  it("'congratulations, you're invited to the final interview' is a scheduling_request, not an offer", () => {
    const m = out(
      "Final round",
      "Congratulations Sam! We'd like to invite you to the final interview with our CTO. Please book a time that suits you.",
      { links: ["https://app.goodtime.io/book/abc"] },
    );
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("scheduling_request");
    expect(c.evidence).toContain("link:goodtime.io");
  });

  it("a candidate's out-of-office sent without headers is an auto_reply", () => {
    const m = inb(
      "Out of Office: Interview with Northwind",
      "I am currently out of the office with limited access to email until 9 March.",
    );
    expect(classify(m, INBOUND).label).toBe("auto_reply");
  });
});
