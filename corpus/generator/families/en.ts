/** English template families (written for the corpus). */
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

export const EN: Family[] = [
  // ── scheduling_request ────────────────────────────────────────────────
  f(
    "scheduling_request",
    "recruiter",
    "phone-screen-availability",
    ["{role} - quick chat?", "Your application for {role}", "Phone screen for {role}"],
    [
      "Thanks for applying for the {role} role at {org}. I'd love to set up a {dur}-minute phone screen to learn more about your background and tell you a bit about the team.",
      "What does your availability look like over the next few days? [[Mornings and afternoons both work on my side.|I'm flexible between 9am and 5pm {tz}.]]",
    ],
    { weight: 1.4 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "booking-link-first-interview",
    ["Interview invitation - {role}", "Next step for {role} at {org}", "Let's schedule your first interview"],
    [
      "I'm happy to let you know that we'd like to invite you to a first interview with {pname}, our [[hiring manager|team lead]] for this position.",
      "Please [[grab|choose|book]] a time that suits you using my scheduling link: {link}",
      "?If none of the slots work, just reply and we'll find an alternative.",
    ],
    { weight: 1.4 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "propose-two-slots",
    ["Video call with {pname}", "{role}: proposed interview times", "Times for our call"],
    [
      "Would either of these work for a {dur}-minute video call with {pname}?",
      "- {date} at {time} {tz}\n- {date2} at {time2} {tz}",
      "Let me know which one you prefer and I'll send over the invite.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-self-schedule",
    [
      "Schedule your interview with {org}",
      "Action required: pick your interview time",
      "{org} | Interview scheduling for {role}",
    ],
    [
      "Congratulations, you have been selected to move forward for the {role} position.",
      "Please select the interview slot that works best for you. Slots are limited and offered on a first-come, first-served basis.",
      "Select a time: {link}",
      "The interview will take approximately {dur} minutes.",
    ],
    { weight: 1.3 },
  ),
  f(
    "scheduling_request",
    "manager",
    "manager-offer-a-call",
    ["Intro call - {role}", "Hello from the {org} team", "Chat about {role}?"],
    [
      "I'm {pfirst}, and I lead the team you applied to. {rfirst} shared your profile with me and I was impressed by your experience.",
      "I'd like to offer you a call next week so we can talk through what the team is working on and what you're looking for. Do you have [[half an hour|30 minutes|some time]] on {day} or {date2}?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "next-round-loop",
    ["Next round - {role}", "Moving forward: final interviews", "Great news on {role}"],
    [
      "Great news - the team really enjoyed speaking with you and we would like to invite you to the final round.",
      "The final round consists of [[three|four]] back-to-back conversations of about 45 minutes each, with engineering, product and the leadership team.",
      "Could you share the windows that work for you during the week of {date}? Please include at least two half-days so I can line everyone up.",
    ],
    { quote: ["confirm"], quoteProb: 0.4 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "nudge-unanswered-invite",
    ["Following up: {role}", "Checking in on scheduling", "Still interested in {role}?"],
    [
      "Just bumping my note below in case it got buried. Are you still interested in speaking with us about {role}?",
      "If so, here is my calendar again: {link}",
      "?No pressure either way - a quick reply helps me plan.",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "panel-windows-request",
    ["Panel interview scheduling", "Availability for your panel interview", "{role} - onsite coordination"],
    [
      "I'm coordinating your panel interview for {role} and need your availability to get {pname} and two colleagues in the same room.",
      "Could you reply with every window you're free between 9:00 and 17:00 {tz} over the next five business days? The panel lasts about two hours.",
      "?We can host you at our {city} office ({street}) or run it remotely, whichever you prefer.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "counter-propose-after-availability",
    ["Re: {role} availability", "Alternative time"],
    [
      "Thanks for sending your availability. Unfortunately {day} no longer works for {pname}; would {date2} at {time2} {tz} suit you instead?",
      "If not, feel free to pick another slot directly here: {link}",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),

  // ── interview_confirmation ───────────────────────────────────────────
  f(
    "interview_confirmation",
    "recruiter",
    "all-set-video",
    ["Interview confirmed - {date}", "You're all set for {day}", "Confirmation: {role} interview"],
    [
      "You're all set! Your interview with {pname} is confirmed for {date} at {time} {tz}.",
      "Join the video call here: {vlink}",
      "?Please join a couple of minutes early to test your audio. Good luck!",
    ],
    { quote: ["cand"], quoteProb: 0.5, weight: 1.3 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "calendar-invite-attached",
    [
      "Invitation: {role} interview - {cname}",
      "Interview invitation for {date}",
      "{cname} <> {org}: interview",
    ],
    [
      "Please find the calendar invitation for your interview attached. It takes place on {date} at {time} {tz} with {pname}.",
      "?The meeting link is included in the invite; let me know if anything changes on your side.",
    ],
    {
      calendar: "request",
      calSummary: ["Interview: {cname} / {org}", "{role} interview - {cname}", "{cname} <> {pname} ({org})"],
      weight: 1.4,
    },
  ),
  f(
    "interview_confirmation",
    "booking",
    "booking-confirmed",
    [
      "Confirmed: {dur} Minute Interview with {rname}",
      "Your booking is confirmed - {date} {time}",
      "Booking confirmed: interview with {org}",
    ],
    [
      "Your booking is confirmed.",
      "What: {dur} minute interview - {role}\nWhen: {date}, {time} ({zone})\nWho: {rname}, {cname}\nWhere: {vlink}",
      "Need to make changes? Reschedule or cancel: {link}/{uuid}",
    ],
    {
      greet: false,
      sign: false,
    },
  ),
  f(
    "interview_confirmation",
    "ats",
    "ats-structured-details",
    ["Your interview with {org} is scheduled", "Interview details: {role}", "Interview scheduled - {date}"],
    [
      "Your interview for the {role} position has been scheduled. Here are the details:",
      "Date: {date}\nTime: {time} {tz}\nDuration: {dur} minutes\nInterviewer(s): {pname}\nLocation: {vlink}",
      "If you need to request a change, please contact {rname} ({raddr}).",
    ],
  ),
  f(
    "interview_confirmation",
    "manager",
    "onsite-directions",
    ["See you on {day}", "Looking forward to {day}", "Directions for your visit"],
    [
      "Looking forward to meeting you in person on {date} at {time}.",
      "Our office is at {street}, {city}. When you arrive, let reception know you are here for me and I'll come down to get you.",
      "?There is visitor parking behind the building, or the nearest subway stop is a five-minute walk.",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "outlook-invite-terse",
    ["{role} interview", "Interview - {cname}"],
    ["{role} interview with {pname}. Microsoft Teams meeting: {vlink}"],
    {
      calendar: "request",
      calSummary: ["{role} interview - {cname}", "Interview {cname}"],
      greet: false,
      sign: false,
    },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "moved-to-new-time",
    ["Updated time: your interview", "Re: rescheduling", "New interview time confirmed"],
    [
      "Thanks for your flexibility. I've moved your interview to {date2} at {time2} {tz}; the updated invitation is on its way and the old one will disappear from your calendar.",
      "Same link as before: {vlink}",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "interview_confirmation",
    "booking",
    "appointment-booked-calendar",
    ["Appointment booked: Interview with {rname}", "Invitation: Interview - {org} @ {date}"],
    ["An appointment has been booked with {rname} ({org}).", "{date} · {time} {tz}\nVideo call: {vlink}"],
    {
      calendar: "request",
      calSummary: ["Interview with {org} ({rname})", "{cname} and {rname}"],
      greet: false,
      sign: false,
    },
  ),

  // ── interview_cancellation ───────────────────────────────────────────
  f(
    "interview_cancellation",
    "recruiter",
    "interviewer-ill",
    ["Interview tomorrow - need to cancel", "Change of plans for {day}", "Cancelling {day}'s interview"],
    [
      "I'm so sorry for the short notice, but {pname} is unwell and we have to cancel your interview scheduled for {date}.",
      "I'll get back to you with new options as soon as I can. Apologies again for the inconvenience.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "calendar-cancel",
    ["Canceled: {role} interview - {cname}", "Cancelled: Interview {cname}"],
    [
      "This interview has been cancelled. [[We'll be in touch about next steps.|Apologies for any inconvenience.]]",
    ],
    {
      calendar: "cancel",
      calSummary: ["{role} interview - {cname}", "Interview: {cname} / {org}"],
      greet: false,
    },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "postpone-team-side",
    ["Postponing your interview", "{role}: interview postponed", "Update on your interview date"],
    [
      "We need to postpone your interview on {date} due to an unexpected conflict on the hiring team's side.",
      "Please hold off for now - I'll share new options by {deadline}. Thank you for your patience.",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-cancel-notice",
    ["Your interview has been cancelled", "Interview cancellation - {role}"],
    [
      "Your interview for the {role} position scheduled on {date} at {time} {tz} has been cancelled.",
      "If you have any questions, please contact {rname} at {raddr}.",
    ],
  ),
  f(
    "interview_cancellation",
    "booking",
    "booking-canceled-by-host",
    ["Canceled: {dur} Minute Interview between {rname} and {cname}", "Your booking has been canceled"],
    [
      "{rname} canceled the following event.",
      "Event: {dur} Minute Interview\nDate: {date}, {time} ({zone})\nCancellation reason: the interviewer is no longer available at this time.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "interview_cancellation",
    "manager",
    "manager-must-push",
    ["Our conversation on {day}", "Need to push our chat"],
    [
      "Apologies - something urgent has come up and I can't make our conversation on {day}. I'd rather not rush it, so let's take it off the calendar for now.",
      "{rfirst} will reach out to find a new slot next week.",
    ],
  ),

  // ── assessment ───────────────────────────────────────────────────────
  f(
    "assessment",
    "recruiter",
    "take-home-exercise",
    ["{role} - take-home exercise", "Next step: technical exercise", "Your take-home assignment"],
    [
      "Thanks again for your time. The next step in our process is a short take-home exercise that mirrors the work the team does day to day.",
      "You'll find the brief here: {testlink}. We expect it to take around three hours; please send it back within {days} days.",
      "?If you have any questions about the brief, reply to this email and I'll route them to the team.",
    ],
    { weight: 1.3 },
  ),
  f(
    "assessment",
    "ats",
    "online-assessment-invite",
    [
      "Online assessment for {role}",
      "You're invited to complete a coding assessment",
      "{org}: assessment invitation",
    ],
    [
      "As part of your application for {role}, you are invited to complete an online assessment.",
      "Start the assessment: {testlink}\nDuration: 90 minutes\nThe link expires on {deadline}.",
      "Make sure you have a stable internet connection before you begin; the timer cannot be paused.",
    ],
    { weight: 1.3 },
  ),
  f(
    "assessment",
    "recruiter",
    "case-study-presentation",
    ["Case study for your panel", "Preparation for the next stage"],
    [
      "Ahead of the panel, we'd like you to prepare a short case study. The scenario is attached; please prepare a 20-minute presentation of your approach.",
      "You'll present it to {pname} and the team at the start of the session, followed by questions.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "work-style-questionnaire",
    ["Please complete our questionnaire", "Work-style questionnaire - {role}"],
    [
      "The next step in your application is a short work-style questionnaire. There are no right or wrong answers and it takes about 25 minutes.",
      "Please complete it by {deadline}: {testlink}",
    ],
  ),
  f(
    "assessment",
    "manager",
    "code-review-task",
    ["A small exercise", "Code review task for {role}"],
    [
      "Instead of a whiteboard round, we'd like you to review a small pull request from our codebase and leave comments as you would for a teammate.",
      "Here's the repository: {testlink}. Take as long as you need within the next {days} days and send me a note when you're done.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "challenge-reminder",
    ["Reminder: your coding challenge is pending", "Don't forget your {platform} test"],
    [
      "This is a reminder that your coding challenge for {role} has not been completed yet. You have {n} hours left.",
      "Continue here: {testlink}",
    ],
  ),
  f(
    "assessment",
    "recruiter",
    "writing-sample",
    ["Writing exercise", "{role} - short writing task"],
    [
      "For this role we ask every candidate for a short writing sample: a 500-word how-to article on a topic of your choice related to our product.",
      "Please reply with your draft by {deadline}; a Google Doc link is fine.",
    ],
  ),

  // ── rejection ────────────────────────────────────────────────────────
  f(
    "rejection",
    "ats",
    "ats-keep-on-file",
    ["Your application to {org}", "Thank you for applying to {org}", "{role} at {org}"],
    [
      "Thank you for your interest in the {role} position. After reviewing your application, we will not be moving forward with your candidacy at this time.",
      "We will keep your details on file and may contact you should a suitable role come up in the future.",
    ],
    { weight: 1.5 },
  ),
  f(
    "rejection",
    "recruiter",
    "after-interview-other-candidate",
    ["{role} - update", "Following up on your interview", "Update from {org}"],
    [
      "Thank you for taking the time to speak with {pname} on {pastday}. We really enjoyed learning about your work.",
      "After careful consideration, the team has decided to proceed with another candidate whose experience is a closer match for what we need right now.",
      "?I know this isn't the news you were hoping for, and I want to thank you for the effort you put into the process.",
    ],
    { weight: 1.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "final-round-close-call",
    ["Final round outcome", "{role}: our decision", "Thank you for the final round"],
    [
      "I really wish I was writing with better news. It was an extremely close call, but the team has decided to extend the offer to another finalist.",
      "You made a strong impression on everyone you met, and I'd love to stay in touch for future openings.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "better-match-pursue",
    ["Regarding your application", "Application status update - {role}"],
    [
      "We appreciate the time you invested in applying for {role}. We have decided to pursue candidates whose qualifications more closely meet the requirements of this position.",
      "We wish you success in your job search.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "short-not-progressing",
    ["Re: {role}", "Quick update on {role}"],
    [
      "Quick update: we won't be progressing your application for {role}. Thanks for your interest, and good luck with your search.",
    ],
    { quote: ["cand", "ack"], quoteProb: 0.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "retract-after-invite",
    ["Re: Next steps - {role}", "Change regarding your interview"],
    [
      "Following up on my earlier note below: I'm afraid the team has since decided to move forward with candidates who are further along in the process, so we won't be going ahead with the interview.",
      "I'm sorry for the back and forth, and thank you for your understanding.",
    ],
    { quote: ["sched"], quoteProb: 1 },
  ),
  f(
    "rejection",
    "manager",
    "manager-personal-feedback",
    ["Thank you, and some feedback", "{role} - decision"],
    [
      "I wanted to personally let you know that we've decided not to move forward with your application.",
      "Some feedback, in case it helps: your technical depth was clear, but we need someone with more hands-on experience running production systems at our scale.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "status-not-selected",
    ["Application status: {role} ({ref})", "Your candidate status has changed"],
    [
      "Status: Not selected\nPosition: {role}\nRequisition: {ref}",
      "Thank you for considering {org}. This position will not be moving forward with your application. You can review other openings at https://{careers}/jobs.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "after-assessment-bar",
    ["Your technical exercise", "Outcome of the assessment"],
    [
      "Thank you for submitting the technical exercise. The reviewers felt that it did not reach the level we need for this role, so we won't be continuing with your application.",
      "?I appreciate the time it took, and I hope the feedback is useful.",
    ],
    { quote: ["assess"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "reply-to-status-check",
    ["Re: Application - {role}", "Re: follow-up"],
    [
      "Thanks for checking in, and sorry for the slow reply. Unfortunately we've decided not to move ahead with your application for this role.",
      "We had a very high number of strong applicants and had to make some difficult choices.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),

  // ── offer ────────────────────────────────────────────────────────────
  f(
    "offer",
    "recruiter",
    "written-offer-after-call",
    ["Your offer from {org}", "Offer - {role}", "Written offer as discussed"],
    [
      "It was great speaking with you earlier! As promised, here are the details of your offer for the {role} position:",
      "Base salary: {salary}\nStart date: {start}\nEquity and benefits: see the attached summary",
      "Please let me know your decision by {deadline}. Happy to jump on a call if you have any questions.",
    ],
    { weight: 1.3, attach: "offer" },
  ),
  f(
    "offer",
    "ats",
    "offer-letter-to-sign",
    [
      "{org} has sent you an offer letter",
      "Action required: review your offer",
      "Your offer letter is ready",
    ],
    [
      "{org} has sent you an offer letter for the {role} position.",
      "Review and sign your offer: {portal}",
      "This offer expires on {deadline}.",
    ],
  ),
  f(
    "offer",
    "manager",
    "manager-thrilled-join",
    ["Welcome to the team (almost)!", "Great news!", "We'd love you to join us"],
    [
      "I'm thrilled to let you know that we would like you to join the team as our new {role}!",
      "{rfirst} will send over the formal paperwork today. I'm really looking forward to working with you.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "formal-extend-offer",
    ["Offer of employment", "Offer of employment - {role}"],
    [
      "We are pleased to extend to you an offer of employment for the position of {role} at {org}, reporting to {pname}.",
      "Your starting annual salary will be {salary}, and your anticipated start date is {start}. This offer is contingent upon the successful completion of a background check.",
      "To accept, please sign the enclosed letter and return it by {deadline}.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "ats",
    "hire-welcome-onboarding",
    ["Welcome to {org}!", "You're hired - next steps before day one"],
    [
      "Welcome aboard! We're excited to confirm your hire as {role}. Your first day is {start}.",
      "Before day one, please complete your onboarding tasks here: {portal}",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "revised-offer",
    ["Revised offer", "Re: Offer - {role}"],
    [
      "Following our conversation, I'm happy to share a revised offer: the base salary is now {salary}, and we've added a signing bonus.",
      "Everything else remains as in the original letter. Let me know if this works for you.",
    ],
    { quote: ["offer", "cand"], quoteProb: 0.6 },
  ),
  f(
    "offer",
    "recruiter",
    "contract-for-signature",
    ["Your employment contract", "Contract ready for signature"],
    [
      "Congratulations again on the offer! Your employment contract for the {role} position is ready for signature.",
      "You'll receive a separate e-signature request shortly; please sign by {deadline} so we can keep your start date of {start}.",
    ],
  ),

  // ── application_ack ──────────────────────────────────────────────────
  f(
    "application_ack",
    "ats",
    "thanks-we-received",
    [
      "Thank you for applying to {org}",
      "We received your application",
      "Thanks for your application - {role}",
    ],
    [
      "Thank you for applying for the {role} position at {org}. We have received your application and our team will review it shortly.",
      "If your experience matches what we're looking for, someone from our team will reach out.",
    ],
    { weight: 1.5 },
  ),
  f(
    "application_ack",
    "ats",
    "reference-next-steps",
    ["Application received - {role} ({ref})", "Confirmation of your application {ref}"],
    [
      "This email confirms that your application for {role} (reference {ref}) has been submitted successfully.",
      "Next steps: a recruiter reads every application, usually within two to three weeks. You can follow the status of your application at {portal}.",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "personal-cv-passed-on",
    ["Re: {role}", "Thanks for your CV"],
    [
      "Thanks for sending your CV over. I've passed it on to the hiring team and will let you know as soon as I hear back from them.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "got-your-application",
    ["We've got your application!", "Your application is in"],
    [
      "We've got your application for {role}. Thanks for thinking of us!",
      "While you wait, get to know the team: https://{careers}/life-at-{domain}",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "referral-received",
    ["Your referral application to {org}", "Thanks for applying through a referral"],
    [
      "Thanks for applying to {org} through an employee referral from {kname}. Your application for {role} is now in our system and will be reviewed by the hiring team.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "account-and-submission",
    ["Your candidate account and application", "Application submitted successfully"],
    [
      "Your candidate account has been created and your application for {role} has been submitted.",
      "Username: {caddr}\nSign in to view or update your application: {portal}",
    ],
  ),

  // ── status_update ────────────────────────────────────────────────────
  f(
    "status_update",
    "recruiter",
    "running-behind-unfortunately",
    ["Update on your application", "{role} - timeline update", "Quick update on timing"],
    [
      "I wanted to give you a quick update. Unfortunately, we're running a little behind schedule on the {role} process because several interviewers are out this week.",
      "We expect to have a decision by {deadline}. Thanks for bearing with us, and please don't hesitate to reach out in the meantime.",
    ],
    { weight: 1.3 },
  ),
  f(
    "status_update",
    "recruiter",
    "role-on-hold",
    ["{role} - position on hold", "An update on the {role} role"],
    [
      "I wanted to let you know that the {role} position has been put on hold while the company reviews its budget for the next quarter.",
      "This is not a reflection of your candidacy. I'll reach out to you directly if and when the role reopens.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "application-viewed",
    ["Your application was viewed", "{org} viewed your application"],
    [
      "Good news: your application for {role} was viewed by the {org} hiring team.",
      "We'll let you know as soon as there is an update.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "still-reviewing",
    ["Your application is still under review", "Update: {role}"],
    [
      "We wanted to let you know that we are still reviewing applications for {role}. We received a high number of applications and appreciate your patience.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "filled-internally",
    ["{role} update", "The {role} position"],
    [
      "I wanted to let you know that the {role} position has now been filled by an internal candidate.",
      "I enjoyed our conversation, and with your permission I'd like to keep your profile in mind for similar openings later this year.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "requisition-cancelled",
    ["Change to the {role} opening", "{role} - requisition closed"],
    [
      "Following a reorganisation of the team, the {role} requisition has been cancelled and we won't be hiring for it this year.",
      "I'm sorry to bring this news after the time you invested. I'll let you know if a comparable position opens up.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "feedback-delayed-travel",
    ["Re: Interview follow-up", "Re: next steps"],
    [
      "Thanks for your patience. Unfortunately {pname} is travelling this week, so collecting the panel's feedback will take a few extra days.",
      "I'll come back to you early next week at the latest.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "status_update",
    "ats",
    "stage-moved",
    ["Your application has moved forward", "Application update: {role}"],
    [
      "Your application for {role} has moved to the next stage: Hiring Manager Review.",
      "No action is needed from you right now. We'll be in touch with next steps.",
    ],
  ),

  // ── candidate_reply ──────────────────────────────────────────────────
  f(
    "candidate_reply",
    "candidate",
    "availability-list",
    ["Re: {role}", "My availability"],
    [
      "Thanks so much for reaching out! I'd be happy to chat. Here's my availability over the next few days:",
      "- {date}: after 1pm {tz}\n- {date2}: any time before 4pm",
      "?Happy to adapt if none of these work.",
    ],
    { quote: ["sched"], quoteProb: 0.7, weight: 1.4 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "accept-proposed-time",
    ["Re: Times for our call", "Confirmed"],
    ["{date} at {time} works perfectly for me. Looking forward to speaking with {pfirst}!"],
    { quote: ["sched", "confirm"], quoteProb: 0.7, weight: 1.2 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "documents-attached",
    ["Updated CV and portfolio", "Documents as requested"],
    [
      "As requested, please find attached my updated CV and a link to my portfolio: https://portfolio.example/{hex}",
      "Let me know if you need anything else from me.",
    ],
    { quote: ["sched", "ack"], quoteProb: 0.4, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "thanks-after-interview",
    ["Thank you", "Thank you for today"],
    [
      "Thank you for the conversation today. I really enjoyed learning more about the team and the challenges ahead, and I'm even more excited about the role.",
    ],
  ),
  f(
    "candidate_reply",
    "candidate",
    "thanks-after-rejection",
    ["Re: Your application to {org}", "Re: Update"],
    [
      "Thank you for letting me know, and for the time everyone spent with me during the process. I enjoyed meeting the team and I wish you all the best.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "accept-offer",
    ["Re: Offer - {role}", "Offer acceptance"],
    [
      "I'm delighted to accept the offer! Thank you for the opportunity. I've signed the letter and attached it to this email.",
      "Please let me know what the next steps are for onboarding.",
    ],
    { quote: ["offer"], quoteProb: 0.7, attach: "offer" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "submitted-exercise",
    ["Re: {role} - technical exercise", "Exercise submitted"],
    [
      "I've completed the exercise and pushed my solution to the repository you shared. I included a README explaining my assumptions and what I'd improve with more time.",
    ],
    { quote: ["assess"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "references-list",
    ["References", "Re: references"],
    [
      "Here are two references who have agreed to be contacted:",
      "- {kname}, former manager, {phone}\n- {pname}, team lead, available by email",
    ],
  ),

  // ── candidate_inquiry ────────────────────────────────────────────────
  f(
    "candidate_inquiry",
    "candidate",
    "status-three-weeks",
    ["Application status - {role}", "Following up on my application"],
    [
      "I applied for the {role} position about three weeks ago and wanted to check on the status of my application.",
      "I'm still very interested in the role and would be glad to provide any further information.",
    ],
    { weight: 1.3 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "next-steps-after-interview",
    ["Following up on my interview", "Next steps?"],
    [
      "I wanted to follow up on my interview with {pname} on {pastday}. Is there any update on the next steps?",
      "?Thanks again for the opportunity.",
    ],
    { weight: 1.2 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-after-rejection",
    ["Re: Your application to {org}", "Request for feedback"],
    [
      "Thank you for letting me know. Would you be able to share any feedback on my application or interviews? It would really help me improve for future opportunities.",
    ],
    { quote: ["reject"], quoteProb: 1 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "process-and-timeline",
    ["Question about the process", "Timeline for {role}"],
    [
      "Could you tell me what the next stages of the process look like, and roughly when I can expect to hear back? I have another process moving quickly and want to plan accordingly.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "did-you-receive-exercise",
    ["Exercise submission - did it arrive?", "Re: technical exercise"],
    [
      "I submitted my exercise last week but haven't heard anything since. Could you confirm it arrived and let me know when the team expects to review it?",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "after-auto-confirmation",
    ["Re: Thanks for applying to {org}", "Any update?"],
    [
      "I received the automated confirmation below but haven't heard anything since. Is my application still being considered?",
    ],
    { quote: ["ack"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "interview-still-on",
    ["Is our interview still on?", "Checking about {day}"],
    [
      "Just checking that the interview is still on for {date}. I haven't received a calendar invite yet and wanted to make sure I have the right details.",
    ],
  ),

  // ── candidate_withdrawal ─────────────────────────────────────────────
  f(
    "candidate_withdrawal",
    "candidate",
    "accepted-another-offer",
    ["Withdrawing my application", "Update on my candidacy"],
    [
      "Thank you for your time and consideration throughout the process. I wanted to let you know that I have accepted another offer, so I'd like to withdraw my application for {role}.",
      "?I really appreciated getting to know the team.",
    ],
    { weight: 1.3 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "personal-circumstances",
    ["Withdrawal", "Re: {role}"],
    [
      "Due to a change in my personal circumstances, I need to withdraw from the process. I'm sorry for any inconvenience this may cause.",
    ],
    { quote: ["sched", "confirm"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "not-right-fit",
    ["{role} - withdrawing", "Thank you"],
    [
      "After thinking it over, I've decided that the role isn't the right fit for me at this stage of my career. Please remove me from consideration.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "cancel-and-withdraw",
    ["Re: Interview confirmed", "Please cancel my interview"],
    [
      "Please cancel our interview on {date}; I've decided to withdraw my candidacy. Thank you for understanding.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "decline-offer",
    ["Re: Offer - {role}", "Regarding the offer"],
    [
      "Thank you very much for the offer. After a lot of consideration I've decided to decline it and stay in my current position.",
      "It was a difficult decision and I have great respect for the team.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "cannot-relocate",
    ["Stepping back from the process", "{role}"],
    [
      "Unfortunately I'm no longer able to relocate to {city}, so I'll step back from the process. Thank you for your time.",
    ],
  ),

  // ── auto_reply ───────────────────────────────────────────────────────
  f(
    "auto_reply",
    "ooo-candidate",
    "vacation-limited-access",
    ["Out of office"],
    [
      "I'm currently away with limited access to email until {deadline}. I'll respond to your message when I'm back.",
    ],
    { quote: ["sched", "reject", "status"], greet: false, weight: 1.3 },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "recruiter-ooo-contact-colleague",
    ["Out of office until {deadline}"],
    [
      "Thank you for your email. I am out of the office until {deadline}. For questions about your application, please contact {kname} ({kaddr}).",
    ],
    { quote: ["cand"], greet: false, weight: 1.2 },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "unmonitored-careers-inbox",
    ["This inbox is not monitored"],
    [
      "This mailbox is not monitored and your message has not been read.",
      "To check the status of your application, please log into your candidate account: {portal}",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "travel-intermittent",
    ["Away - slow responses"],
    [
      "Thanks for your note. I'm travelling with intermittent connectivity this week and will reply as soon as I can.",
    ],
    { quote: ["sched", "confirm"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "received-will-respond",
    ["We received your email"],
    [
      "This is an automatic confirmation that we have received your email. A member of our team will respond within two business days.",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "parental-leave",
    ["On leave"],
    [
      "I'm on parental leave and not checking email regularly. I'll get back to you when I return on {start}.",
    ],
    { quote: ["sched", "status", "offer"], greet: false },
  ),

  // ── other (hard negatives) ───────────────────────────────────────────
  f(
    "other",
    "colleague",
    "find-30-minutes",
    ["30 min Thursday?", "Quick sync this week", "Hiring plan review"],
    [
      "Can we find 30 minutes on Thursday to go through the Q3 hiring plan? I want to agree on headcount before the leadership meeting.",
      "?Let me know what works and I'll send an invite.",
    ],
    { weight: 1.4 },
  ),
  f(
    "other",
    "colleague",
    "meeting-room-unavailable",
    ["Room change for {day}", "Meeting room unavailable"],
    [
      "Unfortunately the {city} meeting room is unavailable on {day} - facilities double-booked it. I've moved our session to the small room on the third floor.",
    ],
  ),
  f(
    "other",
    "colleague",
    "internal-calendar-invite",
    ["Invitation: Weekly recruiting sync", "Invitation: Hiring pipeline review"],
    ["Weekly sync to go through the open pipeline and agency spend."],
    {
      calendar: "request",
      calSummary: ["Weekly recruiting sync", "Hiring pipeline review", "Interviewer training"],
      greet: false,
    },
  ),
  f(
    "other",
    "colleague",
    "cv-forward-for-review",
    ["CV for {role}", "Candidate for {role}"],
    [
      "FYI - forwarding {cname}'s application for the {role} opening. Could you take a look and tell me whether it's worth a screen?",
    ],
    { forward: "application", weight: 1.3, attach: "cv" },
  ),
  f(
    "other",
    "jobboard",
    "job-alert-digest",
    ["{n} new jobs match your alert", 'New jobs for "{role}" near {city}'],
    [
      '{n} new jobs match your saved search "{role}" near {city}.',
      "{role2} - Harbor Systems - {city}\n{role} - Bluefin Labs - Remote\n{role} - Meridian Group - {city}",
      "See all matching jobs: https://jobspring-board.example/search?q={hex}",
      "You are receiving this alert because you created it on JobSpring. Manage alerts or unsubscribe at any time.",
    ],
    { greet: false, sign: false, weight: 1.3 },
  ),
  f(
    "other",
    "jobboard",
    "hiring-newsletter",
    ["This week in hiring: {n} interview questions to retire", "The Recruiter's Digest - {pastdate}"],
    [
      "In this issue: why structured interviews beat gut feeling, {n} questions to stop asking candidates, and salary benchmarks for {role2}.",
      "Read online: https://talentpulse.example/digest/{hex}",
      "You're subscribed to TalentPulse Weekly. Unsubscribe with one click.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "sales-book-a-demo",
    ["Cut your time-to-hire by {pct}%", "Quick question about your hiring process"],
    [
      "I noticed {org} is hiring for several roles right now. Teams like yours use our platform to cut time-to-hire by {pct}%.",
      "Would you have 15 minutes next week for a quick demo? You can book a slot directly: https://calendly.com/hirewave-{hex}/demo",
    ],
    { weight: 1.3 },
  ),
  f(
    "other",
    "vendor",
    "free-trial-offer",
    ["An offer for the {org} team", "Your free trial is waiting"],
    [
      "We'd like to offer you a free 30-day trial of our interview scheduling assistant - no credit card required.",
      "The offer is valid until {deadline}. Reply to this email and I'll set up your workspace.",
    ],
  ),
  f(
    "other",
    "colleague",
    "submit-interview-feedback",
    ["Feedback for {cname}?", "Interview feedback needed"],
    [
      "Could you submit your interview feedback for {cname} by the end of the day? We're trying to close the loop on the {role} debrief tomorrow.",
    ],
  ),
  f(
    "other",
    "ats-internal",
    "scorecard-reminder",
    ["Reminder: scorecard due for {cname}", "Please submit your scorecard"],
    [
      "You interviewed {cname} for {role} on {pastday}. Your scorecard is still missing.",
      "Submit your scorecard: {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "internal-cancel-offsite",
    ["Canceled: Team offsite planning", "Cancelled: Quarterly planning"],
    ["Cancelling this one - we'll cover the topics at the all-hands instead."],
    { calendar: "cancel", calSummary: ["Team offsite planning", "Quarterly planning"], greet: false },
  ),
  f(
    "other",
    "colleague",
    "team-lunch",
    ["Team lunch Friday?", "Lunch"],
    [
      "Shall we do a team lunch on Friday to welcome the new hires? I was thinking the Italian place around the corner at 12:30.",
    ],
  ),
  f(
    "other",
    "ats-internal",
    "new-applicant-notification",
    ["New application: {cname} for {role}", "New candidate for {role}"],
    ["{cname} applied for {role} ({ref}).", "Review the application: {portal}"],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "conference-invitation",
    ["Join us at the People & Talent Summit", "Last seats for the Talent Summit"],
    [
      "The People & Talent Summit returns to {city} on {date}. Join 800 HR leaders for two days of talks on employer branding and candidate experience.",
      "Use code TALENT{pct} for a discounted ticket.",
    ],
  ),
  f(
    "other",
    "colleague",
    "move-one-on-one",
    ["Moving our 1:1", "1:1 this week"],
    ["Something came up on my side - can we move our 1:1 to {date2} at {time2}? Same room."],
  ),
  f(
    "other",
    "vendor",
    "offer-a-call-agency",
    ["Recruitment support for {org}", "Specialist recruiters for your {role} search"],
    [
      "I run a specialist recruitment agency and saw that you are looking for a {role}. I'd love to offer you a short call to explain how we could help fill the position.",
      "Our fee is {pct}% of first-year salary, payable only on success.",
    ],
  ),
];
