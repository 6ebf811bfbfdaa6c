/** Supplementary en template families, written for the corpus in a second pass (see ./index.ts). */
import type { Family } from "../types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "en", from, subject, body, ...extra });

export const SUP_EN_A: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "recruiter",
    "after-final-warm",
    ["Your interviews for {role}", "{role} - following up", "Following up on [[last week|{pastday}]]"],
    [
      "Thank you again for the time you gave us over the last couple of weeks, and for being so open with {pname} and the team. [[Everyone enjoyed meeting you.|It was genuinely a pleasure getting to know you.]]",
      "I'm sorry to say that we won't be making you an offer on this occasion. It was a [[very close|difficult]] decision, and in the end we went with a candidate whose background lines up slightly more closely with what the team needs right now.",
      "?If you'd find it useful, I'm happy to jump on a call and share some of the panel's thoughts.",
      "I really hope our paths cross again - please do keep an eye on our careers page.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "after-assessment",
    ["Your take-home submission", "Your exercise for {role}", "{org} - technical exercise outcome"],
    [
      "Thanks for sending your exercise back [[so promptly|on time]] - I know these take a real chunk of an evening.",
      "The reviewers have now been through it. While there were parts they liked, [[particularly the way you structured the README|especially your test coverage]], they didn't feel it showed the depth we need for this level, so we've decided not to progress your application to the next round.",
      "?I appreciate that's disappointing to hear after putting in the effort.",
      "Wishing you all the best with the search.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "ats-careful-review",
    [
      "Regarding your application to {org}",
      "Your application for {role} ({ref})",
      "An update on your {org} application",
    ],
    [
      "Thank you for your interest in {org} and in the {role} position.",
      "We have now reviewed your application carefully against the requirements of the role. [[After careful consideration|Having looked closely at all of the applications we received]], we have decided not to move forward with your candidacy at this time.",
      "What this means for you:\n- Your application for {ref} is now closed.\n- You are welcome to apply for other openings at {org}; this decision does not affect future applications.\n- We keep your data in line with our privacy notice and delete it after 12 months unless you tell us otherwise.",
      "We appreciate the time you put into applying and wish you success in your career.",
    ],
    { weight: 1.2 },
  ),
  f(
    "rejection",
    "ats",
    "ats-not-selected",
    ["Application status update - {role}", "{org}: {role} - Requisition {ref}"],
    [
      "Dear {cname},",
      "Thank you for applying for {role} (Requisition {ref}). We regret to inform you that you have not been selected to continue in the recruitment process for this position.",
      "Due to the number of applications we receive, we are unable to provide individual feedback.",
      "We encourage you to create a job alert on our careers site so that you hear about future roles that match your profile.",
    ],
    { greet: false },
  ),
  f(
    "rejection",
    "recruiter",
    "short",
    ["Re: {role}", "{role}", "Quick update"],
    [
      "Thanks for [[getting back to me|your message]], {first} - and sorry, I should have updated you sooner. [[We've decided not to take your application further on this occasion.|We won't be progressing with you for this one, I'm afraid.]] [[Best of luck with everything.|All the best for the search.]]",
    ],
    { greet: false, quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "rejection",
    "manager",
    "hired-someone-else",
    ["{role} at {org}", "A personal note about the {role} role"],
    [
      "I wanted to write to you myself rather than let this come through the system.",
      "We've [[now made our hire|decided to hire someone else]] for the {role} position - another candidate accepted our offer [[yesterday|earlier this week]] - which means we won't be taking your application any further.",
      "That's no reflection on how you came across. You were one of the strongest people I spoke to, and if something opens up on the team in the coming months I'd like to reach out, if that's alright with you.",
      "Thanks again for all the time you put in.",
    ],
  ),
  f(
    "rejection",
    "manager",
    "with-feedback",
    ["Feedback from your interview", "Outcome + feedback - {role}"],
    [
      "Thanks for meeting with us on {pastday}. Unfortunately we've decided not to move ahead with you for the {role} role, but I promised feedback, so here is what the panel noted:",
      "What went well:\n- Clear, structured answers on the stakeholder questions\n- Good instincts on prioritisation in the scenario exercise",
      "Where we felt there were gaps:\n- Limited hands-on experience with [[large-scale data pipelines|running budgets of this size|people management]]\n- [[The system design discussion|Your answer to the case question|The commercial discussion]] stayed quite high level",
      "?I hope that's useful. Feel free to reply if anything is unclear.",
      "Best of luck - I'm sure you'll land somewhere great.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "ats-talent-pool",
    ["Thanks for applying to {org}", "Your {org} application"],
    [
      "Thank you for taking the time to apply for {role}. We've really enjoyed learning more about you.",
      "Unfortunately, we won't be moving you forward in the process for this role. [[We had a very high number of strong applicants|Competition for this opening was strong]], and we've decided to focus on profiles that more closely match the brief.",
      "With your permission, we'd like to keep your profile in our talent community so that we can let you know about future openings. You can manage this here: {portal}",
    ],
  ),
  f(
    "rejection",
    "ats",
    "ats-screen-brief",
    ["{role} - application outcome", "Your application"],
    [
      "Thanks for your application for {role}. [[Unfortunately it was not successful on this occasion.|We're sorry to let you know that we won't be taking it forward.]]",
      "We wish you the best in your job search.",
    ],
  ),
  // ---------------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "booking-link",
    ["Next steps - {role}", "Let's find a time to talk", "{org} | {role} intro call"],
    [
      "Thanks for applying for {role} - I've had a look through your CV and I'd [[love|really like]] to have a first conversation with you.",
      "Rather than going back and forth on email, you can pick whatever slot suits you best straight from my calendar: {link}",
      "It's a relaxed {dur}-minute chat over video, nothing to prepare. If none of the times work, just reply and I'll open up some more.",
    ],
    { weight: 1.2 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "proposed-slots",
    ["Interview with {pname}", "Scheduling: {role} interview", "Times for your first interview"],
    [
      "Good news - {pname} would like to meet you for a first interview for {role}. It'll be about {dur} minutes on [[Teams|Zoom|Google Meet]].",
      "Would any of the following work for you?\n\n* {date} at {time}\n* {date2} at {time2}",
      "If neither is possible, send me two or three windows that suit and I'll work around them.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "quick-call",
    ["Quick chat?", "Quick call re: {role}", "15 mins this week?"],
    [
      "Hope your week's going well! I came across your profile and think you could be a great fit for a {role} role we're hiring for at {org}.",
      "Any chance we could grab a quick call [[this week|in the next few days]]? Fifteen minutes is plenty - I'll tell you a bit about the team and you can tell me what you're looking for. Happy to work around your day job, evenings are fine too.",
      "?Just drop me a line with a time, or call me on {phone}.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "second-round",
    ["Second interview - {role}", "Invitation to the final stage", "Next round at {org}"],
    [
      "Thanks for a great conversation [[last week|on {pastday}]]. We'd like to invite you back for a second-round interview.",
      "This one is a [[90-minute|two-hour]] panel at our {city} office with {rname} and two people from the wider team. We'll go deeper into a couple of past projects and you'll meet the people you'd be working with day to day.",
      "Could you let me know your availability for the week of {date}? Mornings tend to be easiest for the panel, but we can be flexible.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-self-schedule",
    [
      "Action required: schedule your interview for {role}",
      "Choose your interview time - {org}",
      "Please book your {role} interview",
    ],
    [
      "You've been invited to the next stage of the hiring process for {role} at {org}.",
      "Interview type: [[Video call|Phone screen|Hiring manager interview]]\nLength: {dur} minutes\nInterviewer: {pname}",
      "Select a time that works for you using the link below. Available slots are shown in your local time zone.",
      "{link}",
      "Please choose a slot within the next {days} days. If none of the times suit, let your recruiter know and they will arrange an alternative.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-reminder",
    [
      "Reminder: you haven't booked your interview yet",
      "Don't forget to pick your interview time",
      "Still interested? Book your {role} interview",
    ],
    [
      "A few days ago we invited you to schedule an interview for {role}, and we haven't seen a booking come through yet.",
      "Slots are filling up - you can still choose one here: {link}",
      "If you are no longer interested in the role, you can ignore this message.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "reply-phone-screen",
    ["Re: {role} application", "RE: Enquiry about the {role} vacancy"],
    [
      "Thanks for getting in touch, and sorry for the slight delay in coming back to you.",
      "I'd like to set up an initial phone screen to talk through your experience and what you're after. What does your diary look like on {day} or {date2}? Anything between 9 and 5 works my end.",
    ],
    { quote: ["application"], quoteProb: 0.7 },
  ),
  f(
    "scheduling_request",
    "booking",
    "booking-invite",
    ["{rname} invited you to book a meeting", "Book your {dur}-minute interview with {org}"],
    [
      "{rname} from {org} has invited you to schedule a {dur}-minute interview about the {role} role.",
      "Choose a time: {link}",
      "Once you've picked a time you'll receive a confirmation with the meeting details.",
    ],
  ),
  // ---------------------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "interviewer-unavailable",
    ["Change of plan for {day}", "Your interview on {date}", "Apologies - interview on {date}"],
    [
      "I'm really sorry to do this at short notice, but we're going to have to cancel your interview on {date}. {pname} has been called away [[on a family emergency|to an urgent client issue]] and won't be available.",
      "I'll come back to you in the next couple of days with new options. Thanks so much for your understanding.",
    ],
    { weight: 1.2 },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "calendar-cancel",
    ["Cancelled: Interview - {role} ({cname})", "Cancelled: {cname} / {pname}"],
    [
      "This interview has been cancelled. Apologies for any inconvenience - I'll be in touch separately about next steps.",
    ],
    {
      calendar: "cancel",
      calSummary: ["Interview - {role} ({cname})", "{cname} / {pname} - {role}"],
      greet: false,
    },
  ),
  f(
    "interview_cancellation",
    "manager",
    "manager-push-back",
    ["Need to move our chat", "Re: Interview {date}", "Postponing {day}"],
    [
      "Apologies, something has come up on my side that I can't move, so I won't be able to make our conversation on {date} after all.",
      "Could we push it back? {rfirst} will send you a few alternative times shortly. Sorry for the disruption - I am keen to speak with you.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-interview-cancelled",
    ["Interview cancelled: {role}", "Your interview with {org} has been cancelled"],
    [
      "Your interview for {role} scheduled for {date} at {time} has been cancelled by the hiring team.",
      "You do not need to do anything. If the interview is to be rearranged, your recruiter will contact you with new times.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "office-closure",
    ["Tomorrow's on-site interview", "Important: your visit on {date}"],
    [
      "Unfortunately our {city} office will be closed on {date} [[because of an unplanned power outage|following a burst pipe on the ground floor|due to the forecast storm]], so your on-site interview can't go ahead as planned.",
      "We'd still very much like to meet you, so we'll postpone rather than switch to video. I'll email a couple of new dates once we know when the building reopens.",
      "Sorry for the hassle, especially if you'd already booked travel.",
    ],
  ),
  // ---------------------------------------------------------------- status_update
  f(
    "status_update",
    "recruiter",
    "running-behind",
    ["Update on {role}", "Where things are with {role}", "Still here!"],
    [
      "Just a quick note so you're not left wondering - we're running a bit behind on the {role} process. A couple of the panel have been [[off sick|travelling]] and we're still collecting their feedback.",
      "I expect to have an answer for you by {deadline} at the latest. Thanks for bearing with us.",
    ],
    { weight: 1.2 },
  ),
  f(
    "status_update",
    "recruiter",
    "role-on-hold",
    ["{role} - on hold for now", "An update on the {role} vacancy"],
    [
      "I wanted to let you know that the {role} role has been put on hold while the business reviews its headcount plans for the [[next quarter|rest of the year]].",
      "This isn't a decision about you, and your application stays open on our side. As soon as we get the green light to restart, I'll be in touch.",
      "?I know it's frustrating, and I appreciate your patience.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "ats-role-cancelled",
    ["Update: {role} ({ref})", "The {role} opening at {org}"],
    [
      "We're writing to let you know that the {role} vacancy ({ref}) you applied for has been cancelled following an internal restructure, and we are no longer recruiting for it.",
      "Your application has been closed as a result. You're welcome to look at our other current openings at https://{careers}.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "ats-still-reviewing",
    ["Your application is still under review", "{role}: status of your application"],
    [
      "Thanks for your patience. We wanted to let you know that your application for {role} is still being reviewed by the hiring team.",
      "We've had a [[very high|larger than expected]] volume of applications for this position, so it's taking us longer than usual. We'll let you know as soon as there's a decision.",
      "You can check your application status at any time in your candidate portal: {portal}",
    ],
  ),
  f(
    "status_update",
    "ats",
    "ats-next-stage",
    ["Your application has moved forward", "Status change: {role}", "Your {org} application was viewed"],
    [
      'Your application for {role} [[has been viewed by the hiring team and moved to the next stage|has moved to the "Hiring Manager Review" stage]].',
      "No action is needed from you right now. If you're selected for an interview, we'll reach out with the details.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "ats-position-filled",
    ["The {role} position is no longer open", "{role} ({ref}) - position filled"],
    [
      "Thank you for your interest in the {role} role at {org}.",
      "Please note that this position has now been filled and the job posting has been closed. Your profile will remain in our system, and we'll contact you if a similar role becomes available.",
    ],
  ),
  // ---------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "verbal-followup",
    ["Following our call - offer for {role}", "Great speaking with you!", "Your offer from {org}"],
    [
      "Thanks for taking my call [[this afternoon|earlier]] - it was lovely to be able to share the good news!",
      "As discussed, we'd love you to join us as {role}. To recap the headline terms: a base salary of {salary}, [[25 days' holiday plus bank holidays|unlimited PTO|25 days of annual leave]], and a proposed start date of {start}.",
      "The formal offer letter and contract will follow from our People team in the next day or so. In the meantime, shout if you have any questions at all.",
    ],
    { weight: 1.2 },
  ),
  f(
    "offer",
    "recruiter",
    "offer-letter-attached",
    ["Offer of employment - {role}", "Your offer letter", "{org} - written offer"],
    [
      "Please find attached your formal offer letter for the position of {role} at {org}.",
      "The letter sets out your salary ({salary}), benefits, start date of {start} and the conditions of the offer, including references and right-to-work checks.",
      "If you're happy to accept, please sign and return a copy by {deadline}. Do let me know if you'd like to talk anything through before then.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "ats",
    "contract-esign",
    ["Your employment contract is ready to sign", "Action needed: review and sign your {org} contract"],
    [
      "Congratulations again on your new role as {role}!",
      "Your employment contract is now ready. Please review it and add your electronic signature here: {portal}",
      "Before you sign, check that your personal details, start date ({start}) and salary are correct. The link expires on {deadline}.",
    ],
  ),
  f(
    "offer",
    "manager",
    "pleased-to-offer",
    ["{role} - offer", "Welcome to the team (almost!)"],
    [
      "On behalf of everyone at {org}, I'm very pleased to offer you the position of {role} in my team.",
      "We were all impressed by [[your thinking in the case study|the way you approached the panel interview|your experience and energy]], and I'm confident you'll make a big difference here.",
      "{rfirst} will send through the written offer with the full details, but I wanted you to hear it from me first. I really hope you'll say yes.",
    ],
  ),
  // ---------------------------------------------------------------- assessment
  f(
    "assessment",
    "recruiter",
    "take-home",
    ["Next step: take-home exercise", "{role} - exercise", "Your take-home task"],
    [
      "Thanks again for your time with {pname}. The next stage is a short take-home exercise, which is attached.",
      "It should take around [[two to three hours|three hours]]; please don't spend much longer than that - we're more interested in your approach than in polish.",
      "Could you send your work back to me by {deadline}? If that timing is difficult, let me know and we'll find another date.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "online-test",
    ["Complete your online assessment - {role}", "Your {org} assessment invitation"],
    [
      "As part of your application for {role}, we'd like you to complete an online assessment.",
      "About the assessment:\n- [[Numerical and verbal reasoning|Situational judgement and reasoning|Aptitude and personality questionnaire]]\n- Roughly {dur} minutes, to be completed in one sitting\n- Use a laptop or desktop with a stable connection",
      "Start here: {testlink}",
      "The link will expire in {days} days.",
    ],
  ),
  f(
    "assessment",
    "manager",
    "case-study",
    ["Case study for our next conversation", "Case study brief - {role}"],
    [
      "Thanks for a really good first conversation. For the next stage we ask everyone to work through a short case study - the brief is attached.",
      "Please prepare a [[10-minute|15-minute]] presentation of your recommendations; we'll discuss it together at the final interview. Slides are optional, a one-pager is perfectly fine.",
      "?If you have questions about the brief, send them over and I'll answer them for all candidates.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "coding-challenge",
    ["Your coding challenge for {role}", "{org} invited you to a coding assessment"],
    [
      "{org} has invited you to complete a coding challenge for the {role} position.",
      "Time limit: [[60|90]] minutes once started\nLanguages: any of the supported languages\nDeadline: {deadline}",
      "Open your challenge: {testlink}",
      "Make sure you won't be interrupted before you start - the timer can't be paused.",
    ],
  ),
  // ---------------------------------------------------------------- other (organisation-side hard negatives)
  f(
    "other",
    "colleague",
    "int-pipeline-sync",
    ["30 mins this week?", "{role} pipeline catch-up", "Quick sync on hiring"],
    [
      "Could we grab half an hour this week to go through the {role} pipeline? I'd like to agree who goes to final round before I update the leadership team.",
      "[[{day} afternoon|Any time {day}]] works for me - feel free to drop something in my calendar.",
    ],
    { quote: ["internal"], quoteProb: 0.3 },
  ),
  f(
    "other",
    "system",
    "int-room-unavailable",
    ["Room booking change: {day}", "Your meeting room booking has been changed"],
    [
      "Unfortunately the meeting room you booked for {date} at {time} ([[Room 3.12|Thames|Boardroom B]]) is unavailable due to maintenance work on that floor.",
      "Your booking has been moved to [[Room 2.04|Avon|the Garden Room]] on the same day and time. All attendees have been updated.",
      "If the new room doesn't suit, please rebook via the workplace app.",
    ],
  ),
  f(
    "other",
    "colleague",
    "int-cv-forward",
    ["Fwd: CV", "FW: {role} applicant"],
    [
      "Sending this one your way - could you have a look at the CV and let me know if you think it's worth a screen for {role}? The background looks like it could work for the team.",
      "[[No rush - end of the week is fine.|A quick yes/no is all I need.]]",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "int-scorecard-overdue",
    ["Reminder: scorecard overdue for {cname}", "Your interview feedback for {cname} is due"],
    [
      "You interviewed {cname} for {role} on {pastdate}, and your scorecard hasn't been submitted yet.",
      "Please submit your feedback as soon as possible so the hiring team can make a decision: {portal}",
      "Tip: feedback submitted within 24 hours of an interview is more accurate and keeps candidates from waiting.",
    ],
  ),
  f(
    "other",
    "ats-internal",
    "int-interviewer-assigned",
    ["You've been added to an interview: {cname}", "New interview on your calendar - {role}"],
    [
      "{rname} has added you as an interviewer.",
      "Candidate: {cname}\nRole: {role}\nWhen: {date}, {time}\nWhere: {vlink}",
      "Interview kit and focus areas are available in the hiring workspace. Please review the candidate's profile beforehand.",
    ],
  ),
  f(
    "other",
    "colleague",
    "int-sync-cancelled",
    ["Cancelled: Weekly hiring sync", "Cancelled: Recruiting stand-up"],
    [
      "Cancelling this week's sync - half of us are out and there isn't much to cover. Let's pick things up next week as usual.",
    ],
    { calendar: "cancel", calSummary: ["Weekly hiring sync", "Recruiting stand-up"], greet: false },
  ),
  f(
    "other",
    "vendor",
    "vendor-offer",
    ["Exclusive offer for the {org} talent team", "Limited-time offer: {pct}% off interview scheduling"],
    [
      "I'm reaching out because teams like yours usually lose hours every week to interview logistics.",
      "Until the end of the month we're offering {pct}% off the first year of our scheduling platform, including automated reminders and panel booking.",
      "Would you be open to a 20-minute demo? You can book a time that suits you here: https://meetingsync.example/demo",
    ],
  ),
  f(
    "other",
    "system",
    "parking-application",
    ["Your parking permit application", "Parking permit application approved"],
    [
      "Your application for a staff parking permit at the {city} office has been approved.",
      "Permit number: {ref}\nValid from: {start}",
      "Please collect your permit from reception and display it clearly on your dashboard.",
    ],
  ),
  f(
    "other",
    "jobboard",
    "jobboard-digest",
    [
      "This week in hiring: [[salary benchmarks|time-to-hire trends]] and more",
      "Your weekly recruiter digest",
    ],
    [
      "Here's what recruiters have been reading this week:",
      "- Five interview questions that actually predict performance\n- Why candidates ghost after the offer stage (and how to stop it)\n- New salary benchmarks for {role} roles in {city}",
      "Post your next job with us and get {pct}% off a featured listing this month.",
      "You're receiving this because you subscribed to our recruiter newsletter.",
    ],
  ),
];
