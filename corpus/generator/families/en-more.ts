/** More English template families (written for the corpus). */
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

export const EN_MORE: Family[] = [
  f(
    "scheduling_request",
    "ats",
    "lever-style-availability-form",
    ["{org}: share your availability", "Please share your availability - {role}"],
    [
      "{rname} from {org} has requested your availability for an upcoming interview for {role}.",
      "Share your availability: {link}",
      "Please submit your times within 48 hours so we can confirm a slot with the team.",
    ],
  ),
  f(
    "interview_confirmation",
    "ats",
    "reminder-tomorrow",
    ["Reminder: your interview tomorrow", "Your {org} interview is tomorrow"],
    [
      "This is a friendly reminder of your upcoming interview for {role}.",
      "When: {date} at {time} {tz}\nWith: {pname}\nJoin: {vlink}",
      "?Tip: have a copy of your resume handy and test your camera beforehand.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "verbal-offer-call-recap",
    ["Great speaking today!", "Recap of our call - {role} offer"],
    [
      "Thanks for taking my call this afternoon - I'm so glad we could share the good news in person.",
      "To recap: we're offering you the {role} role at a base of {salary}, with a start date on or around {start}. The formal letter will follow from our HR system within a day.",
    ],
  ),
  f(
    "offer",
    "ats",
    "workday-offer-task",
    ["Offer letter task assigned", "You have a new task: review offer"],
    [
      "You have a new task in your {org} candidate home: Review Offer Letter.",
      "Sign in to review and accept your offer for {role}: {portal}",
      "Task due: {deadline}",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "hiring-manager-unavailable-reschedule-later",
    ["Your interview on {day}", "Interview on {date} - change"],
    [
      "I'm reaching out because {pname} has been called into an all-day leadership session on {day}, so we have to call off your interview at {time}.",
      "I'm really sorry about this. I'll come back to you with new times as soon as {pfirst}'s calendar settles.",
    ],
  ),
  f(
    "interview_cancellation",
    "booking",
    "goodtime-removed",
    ["Interview canceled: {role}", "Update: your interview has been removed"],
    [
      "The following interview has been canceled by {org}:",
      "{role} - {dur} min with {pname}\n{date}, {time} {tz}",
      "Your recruiter will reach out regarding next steps.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "onsite-office-closed",
    ["Onsite on {day} - postponed", "Change to your onsite visit"],
    [
      "Our {city} office will be closed on {day} because of building works, so we need to postpone your onsite interview.",
      "Please don't travel in. I'll propose new dates early next week.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "video-interview-recorded",
    ["Complete your video interview", "Next step: one-way video interview"],
    [
      "The next step for the {role} position is a short recorded video interview: you'll answer four questions on camera, at any time that suits you.",
      "Start here: {testlink}\nPlease complete it by {deadline}.",
    ],
  ),
  f(
    "assessment",
    "recruiter",
    "pair-programming-prep-task",
    ["Exercise before our pairing session", "Small task ahead of the technical round"],
    [
      "Before the technical round, we'd like you to build a small feature on top of the starter project at {testlink}. Spend no more than two hours on it.",
      "Bring your solution to the session; we'll extend it together with {pname}.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "no-reply-received-timeline",
    ["Application confirmation - {org}", "{org} | We have your application"],
    [
      "Hello from {org}! We're confirming that your application for {role} has arrived safely.",
      "Every application is reviewed by a person on our team. If we'd like to move forward, you will hear from us within 10 business days.",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "event-cv-received",
    ["Great meeting you at the career fair", "Your CV from the career fair"],
    [
      "Great meeting you at our stand at the {city} career fair yesterday. Thanks for dropping off your CV - I've added it to our system for the {role} opening.",
      "I'll reach out once the team has had a chance to look at it.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "internal-transfer-ack",
    ["We've received your internal application", "Internal application received"],
    [
      "Thanks for applying internally for {role}. Your application has been received and shared with the recruiting team.",
      "As a reminder, please let your current manager know about your application.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "moved-to-review-delay",
    ["Update on your application status", "An update from {org}"],
    [
      "We're writing to let you know that the hiring team needs a bit more time to review applications for {role}.",
      "Your application is still active, and we expect to share an update by {deadline}.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "waiting-on-approvals",
    ["Quick status note", "Where things stand"],
    [
      "Quick note so you're not left wondering: the team has finished the interviews, and we're now waiting on budget sign-off before we can share an outcome.",
      "That usually takes about a week. I'll update you either way.",
    ],
    { quote: ["cand"], quoteProb: 0.5 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "reschedule-request-with-times",
    ["Re: Interview confirmed", "Could we move our interview?"],
    [
      "Unfortunately something has come up at work on {day}. Would it be possible to move our conversation? I could do {date2} at {time2} or any time the following Monday.",
      "Sorry for the inconvenience, I'm still very keen on the role.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "booked-via-link",
    ["Re: Interview invitation", "Booked!"],
    ["Thanks {rfirst}! I've just booked a slot on {date} through your link. Looking forward to it."],
    { quote: ["sched"], quoteProb: 0.7 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "offer-timeline-question",
    ["Question about timing", "Decision timeline"],
    [
      "I've received an offer from another company with a deadline at the end of the week. Is there any chance you could let me know where I stand in your process before then?",
      "{org} is my first choice, so I'd like to make an informed decision.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "who-is-interviewing",
    ["Re: Interview confirmed", "Preparing for the interview"],
    [
      "Could you tell me a bit more about the format of the interview and who I'll be speaking with, so I can prepare?",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "counteroffer-stay",
    ["Update from my side", "Re: {role}"],
    [
      "I wanted to let you know that my current employer has made me a counteroffer, and I've decided to stay. I'm withdrawing from the process.",
      "Thank you for your time and for being so transparent throughout.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "timing-not-right",
    ["Withdrawing my candidacy", "Please take me out of the process"],
    [
      "After some reflection, the timing isn't right for me to make a move. I'd like to withdraw my application for now, and I hope we can stay in touch.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "short-no-longer-interested",
    ["Re: Next steps - {role}", "No longer interested"],
    [
      "Thanks for getting back to me, but I'm no longer interested in the position. Please withdraw my application.",
    ],
    { quote: ["sched"], quoteProb: 0.7 },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "new-job-address-change",
    ["Auto: I have changed jobs"],
    [
      "Thanks for your message. Please note I have started a new role and check this inbox less often. I will reply when I can.",
    ],
    { quote: ["sched", "status"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "recruiter-conference",
    ["Away at a conference"],
    [
      "Hi, thanks for reaching out. I'm at a conference until {deadline} with limited access to email and will get back to you after that. Urgent questions about interviews can go to {kaddr}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "sick-leave-short",
    ["Automatic reply"],
    ["I am currently out sick and will respond to emails when I'm back."],
    { quote: ["sched", "confirm", "reject"], greet: false },
  ),
  f(
    "other",
    "colleague",
    "headcount-spreadsheet",
    ["Headcount tracker", "Updated headcount sheet"],
    [
      "I've updated the headcount tracker with the approved roles for next quarter. Can you double-check the engineering numbers before Friday?",
    ],
  ),
  f(
    "other",
    "colleague",
    "interviewer-training-invite",
    ["Interviewer training next week", "Sign-up: structured interviewing workshop"],
    [
      "We're running a structured interviewing workshop for new interviewers on {date} at {time}. Could you nominate two people from your team?",
    ],
  ),
  f(
    "other",
    "jobboard",
    "job-posting-performance",
    ["Your job post report: {role}", "Weekly performance of your job ads"],
    [
      'Your job ad "{role}" received {n}0 views and {n} applications this week.',
      "Boost your post to reach more candidates: https://jobspring-board.example/employer/{hex}",
      "You receive this report as an employer account holder. Manage notifications in your settings.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "background-check-vendor-pitch",
    ["Background checks in 24 hours", "Faster background screening for {org}"],
    [
      "We help growing teams complete background checks in under 24 hours, integrated with your ATS.",
      "Could I get 20 minutes on your calendar to show you how it works? Any time on {day} would be great.",
    ],
  ),
  f(
    "other",
    "vendor",
    "press-interview-request",
    ["Interview request - {org}", "Media request: interview with your CEO"],
    [
      "I'm a reporter with Regional Business Weekly, writing a piece on hiring trends in {city}. Would your CEO or head of people be available for a 20-minute interview next week?",
      "I'm flexible on timing; {day} or {date2} would work well on my side.",
    ],
  ),
  f(
    "other",
    "colleague",
    "calendly-link-colleague",
    ["Book time with me", "Grab a slot for the budget review"],
    [
      "Easiest is to grab a slot directly in my calendar for the budget review: https://calendly.com/{hex}/30min",
      "Anything Tuesday to Thursday works.",
    ],
  ),
  f(
    "other",
    "system",
    "expense-report-rejected",
    ["Expense report rejected", "Your expense report ER-{n}{n} was rejected"],
    [
      "Your expense report ER-{n}{n} has been rejected by {pname}.",
      "Reason: missing receipt for the taxi on {pastdate}. Please correct and resubmit: {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "system",
    "security-assessment-due",
    ["Action required: annual security assessment", "Reminder: security awareness assessment due {deadline}"],
    [
      "Your annual security awareness assessment is due by {deadline}. It takes about 15 minutes.",
      "Start the assessment: {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "jobboard",
    "job-ads-special-offer",
    ["Special offer: {pct}% off job ads", "Limited offer for employers"],
    [
      "This month only: {pct}% off all featured job ads. Offer ends {deadline}.",
      "Post a job: https://jobspring-board.example/employer/offer/{hex}",
      "You are receiving this because you have an employer account. Unsubscribe at any time.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "client-meeting-scheduling",
    ["Client call next week", "Can we set up the quarterly review?"],
    [
      "The client asked for a quarterly review call next week. Could you propose two or three times that work for you and I'll send them over?",
    ],
  ),
  f(
    "other",
    "system",
    "parking-permit-application",
    ["Your parking permit application", "Application received: parking permit"],
    [
      "We have received your application for an employee parking permit at {street}. You will hear from Facilities within five working days.",
    ],
    { greet: false, sign: false },
  ),
];
