/** Further English template families: other registers (terse, corporate, startup-casual). */
import type { Family } from "./types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "en", from, subject, body, ...extra });

export const EN_EXTRA: Family[] = [
  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "casual-startup-chat",
    ["quick chat?", "{org} x {cfirst}"],
    [
      "loved your background - any chance you're free for a quick 20 min chat this week or next? happy to work around your schedule",
      "here's my cal if easier: {link}",
    ],
    { greet: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "corporate-invitation-stage-two",
    ["Invitation to second-stage interview", "{role} ({ref}) - second-stage interview"],
    [
      "Further to your recent application for the position of {role} (ref. {ref}), I am pleased to invite you to attend a second-stage interview.",
      "The interview will last approximately one hour and will be conducted by {pname} and a member of the HR team. Kindly indicate your availability for the week commencing {date}.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "manager-meet-the-team",
    ["Come meet the team?", "Next conversation - {role}"],
    [
      "Thanks for the great conversation with {rfirst}. I'd like you to meet a couple of people from the team next - two short conversations, back to back, about 30 minutes each.",
      "Could you let {rfirst} or me know a few mornings that suit you? We're flexible.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "reschedule-pick-new-slot",
    ["Please choose a new time for your interview", "Pick a new interview time - {role}"],
    [
      "Your interviewer is no longer available at the original time, so we'd like you to choose a new slot for your {role} interview.",
      "Choose a new time: {link}",
    ],
  ),
  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "terse-locked-in",
    ["Locked in: {day} {time}", "Confirmed for {day}"],
    ["Great - you're locked in for {day} at {time} {tz} with {pname}. Invite to follow."],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  f(
    "interview_confirmation",
    "ats",
    "itinerary-onsite",
    ["Your interview itinerary - {date}", "Itinerary for your visit to {org}"],
    [
      "Here is your itinerary for {date}:",
      "{time} - Welcome and office tour\n{time2} - Technical interview with {pname}\nLunch with the team\nClosing conversation with {rname}",
      "Address: {street}, {city}. Please bring a photo ID for building security.",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "phone-screen-we-will-call",
    ["Phone screen confirmed", "Talk on {day}"],
    [
      "Thanks for confirming. I'll call you on {date} at {time} {tz} on the number from your application. If that has changed, just reply with the best number to reach you.",
    ],
    { quote: ["cand"], quoteProb: 0.5 },
  ),
  f(
    "interview_confirmation",
    "booking",
    "microsoft-bookings-appointment",
    ["Your appointment with {org} Recruiting is booked", "Booking confirmed: {role} interview"],
    [
      "Your appointment is booked.",
      "Service: {role} interview\nDate: {date}\nTime: {time} ({zone})\nStaff: {rname}\nJoin online: {vlink}",
      "To manage your booking, use the link in the attached invitation.",
    ],
    { calendar: "request", calSummary: ["{role} interview with {org} Recruiting"] },
  ),
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "terse-need-to-cancel",
    ["Need to cancel {day}", "Re: Confirmed for {day}"],
    [
      "Sorry - need to cancel {day}'s call, {pfirst} got pulled into something urgent. Will come back with new times.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "corporate-postponement-notice",
    ["Postponement of interview - {role} ({ref})"],
    [
      "We regret to inform you that the interview scheduled for {date} at {time} must be postponed owing to unforeseen circumstances.",
      "We will contact you in due course with an alternative date. We apologise for any inconvenience caused.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "calendar-cancel-with-note",
    ["Canceled event: Interview - {cname}", "Cancelled: {role} onsite"],
    ["Cancelling this slot while we sort out the interview panel - I'll send a new invitation shortly."],
    { calendar: "cancel", calSummary: ["{role} onsite - {cname}", "Interview - {cname}"] },
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "casual-quick-task",
    ["small task", "next step: short task"],
    [
      "next step is a short task - nothing crazy, should take an evening at most. details: {testlink}",
      "send it back whenever you're ready within the next {days} days",
    ],
    { greet: false },
  ),
  f(
    "assessment",
    "ats",
    "cognitive-test-invitation",
    ["Invitation: online ability test", "{org} | Ability test for {role}"],
    [
      "You are invited to complete an online ability test (numerical and verbal reasoning) as part of your application for {role}.",
      "Please complete the test in one sitting in a quiet environment. It takes about 35 minutes.\nTest link: {testlink}\nDeadline: {deadline}",
    ],
  ),
  f(
    "assessment",
    "recruiter",
    "sql-exercise-data",
    ["Data exercise - {role}", "Your data exercise"],
    [
      "As discussed, here is the data exercise: a small dataset and five questions to answer with SQL or the tool of your choice.",
      "Download it from {testlink} and send us your answers and a short write-up within {days} days.",
    ],
  ),
  // rejection
  f(
    "rejection",
    "recruiter",
    "casual-not-moving-forward",
    ["update", "quick update from {org}"],
    [
      "wanted to close the loop - the team decided not to move forward this time. really appreciate you taking the time, and best of luck with the search",
    ],
    { greet: false },
  ),
  f(
    "rejection",
    "ats",
    "corporate-regret-to-inform",
    ["Your application for {role} ({ref})", "Outcome of your application"],
    [
      "We regret to inform you that, following careful consideration, your application for the above position has been unsuccessful on this occasion.",
      "Due to the volume of applications received, we are unable to provide individual feedback.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "after-phone-screen-experience-gap",
    ["Thanks for the call", "Following our phone screen"],
    [
      "Thanks again for speaking with me on {pastday}. Having reviewed our conversation with the hiring manager, we've concluded that the role needs more direct experience in this area than you have at the moment, so we won't be taking your application further.",
      "I'd encourage you to apply again in the future.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "position-closed-other-candidate-hired",
    ["Update regarding {role}", "{org} - application update"],
    [
      "Thank you for applying for {role}. We have now completed our selection process and have offered the position to another candidate, who has accepted.",
      "We appreciate your interest in {org}.",
    ],
  ),
  // offer
  f(
    "offer",
    "recruiter",
    "casual-offer-excited",
    ["!!!", "good news"],
    [
      "so excited to share this - we'd love to offer you the {role} role! full details in the letter attached, but the headline: {salary} base, starting {start}.",
      "let me know when you have 10 min to chat through it",
    ],
    { greet: false, attach: "offer" },
  ),
  f(
    "offer",
    "recruiter",
    "conditional-offer-references",
    ["Conditional offer - {role}", "Conditional offer of employment"],
    [
      "I am delighted to confirm that we would like to offer you the position of {role}. This offer is conditional on satisfactory references and proof of your right to work.",
      "Please complete the reference form at {portal} so that we can progress the checks.",
    ],
  ),
  f(
    "offer",
    "ats",
    "docusign-style-envelope",
    ["Please sign: Offer Letter - {role}", "{rname} sent you a document to review and sign"],
    [
      "{rname} ({org}) sent you a document to review and sign: Offer Letter - {role}.",
      "Review document: {portal}\nPlease complete by {deadline}.",
    ],
  ),
  // application_ack
  f(
    "application_ack",
    "ats",
    "terse-confirmation",
    ["Application confirmation", "Re: {role}"],
    ["Your application for {role} has been received. Reference: {ref}."],
    { greet: false },
  ),
  f(
    "application_ack",
    "ats",
    "corporate-acknowledgement",
    ["Acknowledgement of your application", "{org} - acknowledgement"],
    [
      "We acknowledge receipt of your application for the position of {role}. Shortlisted candidates will be contacted within four weeks of the closing date.",
      "If you have not heard from us by then, please assume that your application has not been successful on this occasion.",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "agency-cv-received",
    ["Your CV - {role}", "Received, thanks!"],
    ["Got your CV, thanks! I'll go through it today and add it to the shortlist for the {role} role."],
    { quote: ["cand"], quoteProb: 0.5 },
  ),
  // status_update
  f(
    "status_update",
    "recruiter",
    "casual-still-waiting",
    ["still waiting on the team", "no news yet"],
    [
      "no news yet unfortunately - still waiting on the team to finish the other interviews. should have something by {deadline}, will keep you posted",
    ],
    { greet: false, quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "status_update",
    "ats",
    "shortlisted-awaiting",
    ["Your application has been shortlisted", "Shortlist update - {role}"],
    [
      "We're pleased to let you know that your application for {role} has been shortlisted for review by the hiring manager.",
      "We will be in touch about next steps after the review is complete.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "reopened-after-hold",
    ["{role} is back on", "Good news on {role}"],
    [
      "Good news: the {role} position that was on hold has been approved again, and we'd like to pick your application up where we left off.",
      "I'll be in touch shortly about next steps.",
    ],
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "casual-availability",
    ["re: quick chat?", "sounds good"],
    ["sounds great! i'm pretty free {day} afternoon or anytime {date2}"],
    { quote: ["sched"], quoteProb: 0.6, greet: false },
  ),
  f(
    "candidate_reply",
    "candidate",
    "confirm-attendance-question",
    ["Re: Your interview itinerary", "See you then"],
    [
      "Thank you for the itinerary, I'll be there. Is there anything I should prepare for the technical interview?",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "right-to-work-docs",
    ["Right to work documents", "Documents for the checks"],
    ["Please find attached a copy of my passport and proof of address for the right-to-work check."],
    { attach: "docs" },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "casual-any-news",
    ["any news?", "checking in"],
    ["hey, just checking in - any news on the {role} role?"],
    { greet: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "salary-range-question",
    ["Question before the next round", "Salary range for {role}"],
    [
      "Before we schedule the next round, could you share the salary range for the {role} position and what the remaining stages of the process are?",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "chasing-after-final",
    ["Final interview follow-up", "Following up after the final round"],
    ["It's been two weeks since my final interview and I haven't heard back. Has a decision been made yet?"],
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "casual-going-elsewhere",
    ["going another direction", "update"],
    [
      "hey - wanted to let you know i've decided to go in another direction, so please take me out of the process. thanks for everything!",
    ],
    { greet: false },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "formal-withdrawal-letter",
    ["Withdrawal of application - {role} ({ref})"],
    [
      "Please accept this message as formal notice that I wish to withdraw my application for the position of {role}.",
      "I thank you for your consideration and wish the organisation every success.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "compensation-mismatch",
    ["Re: Offer - {role}", "Re: Revised offer"],
    [
      "Thanks for trying to make this work. Unfortunately the compensation is still too far from what I need, so I'm going to withdraw.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  // auto_reply
  f("auto_reply", "ooo-candidate", "terse-ooo", ["OOO"], ["OOO until {deadline}, limited email."], {
    quote: ["sched", "confirm", "reject"],
    greet: false,
  }),
  f(
    "auto_reply",
    "ooo-org",
    "holiday-closure",
    ["Office closed for the holidays"],
    [
      "Thank you for your message. Our offices are closed until {deadline}. Your email will be answered after we reopen.",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "left-company",
    ["No longer with {org}"],
    [
      "Thank you for your email. I have left {org} and this mailbox is no longer monitored. For recruiting questions, please write to {kaddr}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  // other
  f(
    "other",
    "colleague",
    "debrief-slot",
    ["Debrief slot for {role}", "Can we grab 15 minutes for the debrief?"],
    [
      "Can we grab 15 minutes on {day} to debrief the {role} interviews? I'd like to have a decision before the weekend.",
    ],
  ),
  f(
    "other",
    "colleague",
    "agency-invoice-question",
    ["Agency invoice", "Invoice from the recruitment agency"],
    [
      "The agency invoice for last month came in higher than expected - can you check whether the two placements in March were both on the reduced fee?",
    ],
  ),
  f(
    "other",
    "jobboard",
    "webinar-invitation",
    ["Webinar: candidate experience in 2026", "You're invited: hiring webinar on {date}"],
    [
      "Join our free webinar on {date} at {time}: how top teams keep candidates engaged from application to offer.",
      "Save your seat: https://talentpulse.example/webinars/{hex}",
      "You're receiving this because you subscribed to TalentPulse events. Unsubscribe.",
    ],
    { greet: false, sign: false },
  ),
];
