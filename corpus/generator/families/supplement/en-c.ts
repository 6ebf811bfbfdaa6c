/** Supplementary en template families, second round (see ./index.ts). */
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

export const SUP_EN_C: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "recruiter",
    "agency-client-feedback",
    ["{role} - feedback from the client", "RE: {role} opportunity", "Update from my side"],
    [
      "Thanks for bearing with me while I chased the client for feedback on your [[interview|second-stage conversation]].",
      "I've now heard back and I'm afraid it isn't the news we were hoping for. The hiring manager [[felt another candidate had more hands-on experience with the tools the team uses day to day|has gone with someone whose background lines up more closely with what the team needs right now]], so they won't be taking your application any further.",
      "For what it's worth, they were complimentary about how clearly you walked them through your previous projects, and I'd be very happy to put you forward elsewhere.",
      "?I'll keep your details on file here at {org} - I've got a couple of {role2} briefs landing next month that could be a better fit, so expect a call from me.",
    ],
    { quote: ["cand"], quoteProb: 0.35 },
  ),
  f(
    "rejection",
    "recruiter",
    "consultancy-not-shortlisted",
    ["Profile status - {role}", "Regarding your profile for {role}", "{role} | {ref}"],
    [
      "Greetings from {org}!",
      "This is with reference to your profile which we had shared with our client for the {role} position [[in Bengaluru|in Pune|at their Hyderabad centre]].",
      "We regret to inform you that the client has not shortlisted your profile for further rounds [[as they are looking for candidates with more domain exposure|as the requirement has been closed with a profile having a shorter notice period]].",
      "We will surely reach out to you for other suitable openings matching your skill set. Kindly keep your updated CV shared with us.",
    ],
  ),
  f(
    "rejection",
    "manager",
    "final-round-personal",
    ["Following up after Thursday", "Your final round with {org}", "Thank you, and a decision"],
    [
      "I wanted to write to you myself rather than let this arrive as a form letter.",
      "Thank you for everything you put into the last few weeks. Your case presentation was [[genuinely one of the strongest we saw|thoughtful and well argued]], and the panel enjoyed the conversation afterwards.",
      "It came down to a very close call between two finalists, and in the end we've decided to offer the position to the other candidate, mainly because of [[their experience running a team of a similar size|their background in our specific market]]. So I'm sorry to say we won't be moving ahead with you for {role}.",
      "?If it would help, I'm happy to spend fifteen minutes talking through the panel's notes - just reply and {rfirst} will find a slot.",
      "I really hope our paths cross again.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "terse-no",
    ["RE: {role}", "{role}", "RE: Interview follow-up"],
    [
      "Thanks for your time [[on {pastday}|last week|at the interview]]. We've decided not to progress your application - [[best of luck with the search|all the best with what comes next|wishing you well]].",
    ],
    { quote: ["sched", "confirm", "cand"], quoteProb: 0.6 },
  ),
  f(
    "rejection",
    "recruiter",
    "detailed-feedback",
    ["Your interview - outcome and feedback", "Feedback on your {role} interview", "Outcome: {role}"],
    [
      "Thanks for hanging in there while the panel caught up with each other - I know it's been a bit longer than I promised.",
      "Unfortunately we won't be moving forward with your application on this occasion. I did ask the interviewers for specifics, because I think that's only fair after the effort you put in, so here's what came through:",
      "- [[Strong fundamentals, and the panel liked how you reasoned out loud|Solid technical answers and a good rapport with the team]].\n- They wanted to see more depth on [[system design at scale|stakeholder management with senior leaders|owning a roadmap end to end]].\n- The [[take-home|practical exercise]] was tidy but stopped short of the edge cases they'd flagged in the brief.",
      "None of this is a reason not to apply again. Our hiring plan for the second half includes a couple of {role2} openings and I'd happily flag you to the team.",
      "?Cheers again for your time - I know these processes take a lot out of people.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "ats",
    "requisition-long-legal",
    ["Your application for {role} ({ref})", "Update on Job Requisition {ref}", "{org}: application update"],
    [
      "Thank you for your interest in {org} and for applying to the {role} position (Requisition {ref}).",
      "After careful review of your qualifications against the requirements of this position, we have decided to pursue other applicants [[whose experience more closely aligns with our current needs|at this time]].",
      "WHAT THIS MEANS FOR YOU\n• Your candidate profile remains active and you may apply to other positions.\n• You can view the status of all your applications in the candidate home: {portal}\n• Job alerts can be switched on or off from the same page.",
      "We appreciate the time you invested in your application and wish you every success.",
      "DATA PRIVACY\n{org} retains applicant data for up to 24 months in accordance with its Candidate Privacy Notice. You may request access to, correction or deletion of your personal data at any time from your candidate profile. {org} is an equal opportunity employer.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "please-be-informed",
    ["Application outcome - {role}", "Re: Application for the post of {role}", "Application Result"],
    [
      "Please be informed that your application for the position of {role} [[has been unsuccessful|was not selected to proceed further]].",
      "We thank you for your interest in joining {org}. [[Due to the high volume of applications received, we regret that we are unable to provide individual feedback.|As the role has been offered to an internal candidate, we will not be progressing external applications for this vacancy.]]",
      "We encourage you to continue to visit our careers portal for future openings.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "after-assessment-formal",
    ["Re: Assessment - {role}", "Outcome of Recruitment Exercise", "{role} Recruitment: Outcome"],
    [
      "Trust this mail finds you well.",
      "We appreciate the time and effort you put into the assessment for the {role} role. Having reviewed your results together with the panel's notes from the earlier interview, we regret to inform you that you were not successful at this stage of the recruitment exercise.",
      "Please do not be discouraged. [[We will be glad to consider you for future vacancies within {org}.|Your details will be kept in our talent pool for subsequent openings.]]",
      "Kindly accept our best wishes in your career endeavours.",
    ],
    { quote: ["assess"], quoteProb: 0.3 },
  ),

  // ---------------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "agency-intro-call",
    ["Quick chat? {role} - {city}", "{role} opportunity - confidential", "Your profile"],
    [
      "I'm a consultant here at {org} and I'm running a {role} search for one of our clients - a [[Series B fintech|fast-growing healthtech business|well-established logistics company]] with a hybrid setup near {city}.",
      "Your background came up [[on LinkedIn|in our database|through a mutual contact]] and I think it's a strong match. Base is up to {salary} depending on experience, but I'd rather talk it through properly than put it all in an email.",
      "Would you be open to a quick 15-minute call [[tomorrow|this week|on {day}]]? Let me know a time that suits, or send your number and I'll give you a ring.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "telephonic-round-details",
    [
      "Shortlisted for {role} - telephonic round",
      "Interview Schedule || {role} || {org}",
      "{role} - Discussion",
    ],
    [
      "Greetings from {org}!",
      "Your profile has been shortlisted for the {role} position. We would like to schedule a [[telephonic|virtual]] discussion with our technical panel.",
      "Kindly share your availability for {date} or {date2} along with the below details:\n1. Total experience\n2. Current CTC\n3. Expected CTC\n4. Notice period (negotiable/non-negotiable)\n5. Current location",
      "Kindly revert at the earliest so that we can block the panel's calendar.",
    ],
  ),
  f(
    "scheduling_request",
    "booking",
    "invite-choose-time",
    [
      "{org} has invited you to schedule an interview",
      "Action needed: pick a time for your {role} interview",
    ],
    [
      "{org} has invited you to schedule the following:",
      "{role} - Hiring Manager Interview\nDuration: {dur} minutes\nFormat: Video call",
      "Choose a time that works for you: {link}",
      "Times are shown in your local time zone. This scheduling link expires on {deadline}; after that please contact your recruiter for a new one.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "coffee-next-week",
    ["Coffee?", "Your portfolio", "{role} - hello from the team"],
    [
      "Really enjoyed going through your portfolio - the [[onboarding redesign|pricing page work|accessibility audit]] especially.",
      "Fancy a coffee next week so we can talk about the role properly? I'm in the office {day} and {date2}, or happy to do a video call if that's easier. Anytime after 10 works for me.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "times-and-range",
    ["Next step: {role}", "RE: {role} - next steps", "Panel interview - {org}"],
    [
      "Following on from our chat, the hiring team would like to meet you for a [[technical interview|panel interview|deep-dive session]] of about {dur} minutes.",
      "Before we lock anything in - as discussed, the budget for this role tops out at {salary} base, with a start around {start}. Shout if that's changed on your side.",
      "Could you do either of these?\n• {date}, {time}\n• {date2}, {time2}",
      "If neither works, send me two or three windows and I'll juggle the panel.",
    ],
    { quote: ["cand"], quoteProb: 0.4 },
  ),
  f(
    "scheduling_request",
    "ats",
    "nudge-no-slot-picked",
    [
      "Reminder: choose your interview time",
      "You haven't booked your interview yet",
      "Last chance to book your interview slot",
    ],
    [
      "We noticed you haven't picked a time for your interview for {role} yet.",
      "Slots for this round are filling up, so we'd recommend booking as soon as you can: {link}",
      "?If none of the available times suit you, simply reply to this email with your availability and a member of the team will help.",
    ],
    { quote: ["sched"], quoteProb: 0.5 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "second-yarn",
    ["Round two?", "Next chat - {role}", "RE: Thanks for today"],
    [
      "Hope you're going well! The team really enjoyed chatting on {pastday} and we'd love to get you back in for a second [[yarn|chat]] - this time with {pname} and one of the senior engineers.",
      "Are you free {day} arvo or sometime on {date2}? Shout out if neither works and we'll sort something else.",
      "?No prep needed, it'll be pretty relaxed.",
    ],
  ),

  // ---------------------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "cal-cancel-panel-pulled",
    ["Canceled: Interview - {cname} / {role}", "Cancelled: {role} panel with {pname}"],
    [
      "Apologies for the short notice - I need to pull tomorrow's slot as {pname} has been called into [[a client escalation|an all-day offsite|an urgent board meeting]].",
      "This cancels the calendar invite for {date} at {time}. I'll send over a few new options [[by end of day|tomorrow morning]].",
    ],
    { calendar: "cancel", calSummary: ["Interview - {cname} / {role}", "{role} panel - {cname}"] },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "postpone-interviewer-travel",
    ["Change of plan for {day}", "Postponing your interview", "RE: Interview on {date}"],
    [
      "I'm afraid we'll have to postpone your interview on {date}. {pname} [[is stuck abroad after a cancelled flight|has been pulled onto an unexpected trip to our {city} office]] and won't be back in time.",
      "Rather than swap in someone who doesn't know the role as well, we'd prefer to wait a week. I'll come back to you with fresh times once {pfirst}'s diary settles - sorry for the faff.",
    ],
    { quote: ["confirm"], quoteProb: 0.4 },
  ),
  f(
    "interview_cancellation",
    "ats",
    "kindly-note-cancelled",
    [
      "Interview Cancellation - {role}",
      "Cancellation of Interview Session",
      "IMPORTANT: Interview on {date}",
    ],
    [
      "Kindly note that the interview session scheduled on {date} at {time} for the position of {role} has been cancelled due to unforeseen circumstances.",
      "We will contact you again to arrange another session. We apologise for any inconvenience caused.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "cant-make-it-mobile",
    ["Today", "Sorry - today's call", "RE: Interview {time}"],
    [
      "So sorry, something's just come up and I can't make our {time} [[today|this afternoon]]. Can we push it? {rfirst} will be in touch with new times.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "physical-interview-wont-hold",
    ["Re: Physical Interview - {role}", "Notice of Change: Interview Date", "Interview Invitation - Update"],
    [
      "Please be informed that the physical interview earlier scheduled for {date} at our {street} office will no longer hold as planned, owing to [[the public holiday just declared by the government|unforeseen logistics challenges on our end]].",
      "A new date will be communicated to you in due course. We regret any inconvenience this may cause and appreciate your understanding.",
      "?Kindly acknowledge receipt of this mail.",
    ],
  ),

  // ---------------------------------------------------------------- status_update
  f(
    "status_update",
    "recruiter",
    "agency-client-slow",
    ["Quick update - {role}", "RE: Any news?", "Still waiting on the client"],
    [
      "Just a quick note so you're not left in the dark. The client still hasn't given feedback on the shortlist - the hiring manager is away until {date2}, so realistically we won't hear anything before then.",
      "You're still very much in the mix as far as I know. I'll chase them the moment they're back and let you know either way.",
    ],
    { quote: ["cand"], quoteProb: 0.45 },
  ),
  f(
    "status_update",
    "ats",
    "stage-moved",
    ["Application status changed: {role}", "Your application has moved forward", "Status update for {ref}"],
    [
      "The status of your application has changed.",
      "Position: {role}\nReference: {ref}\nPrevious status: Application review\nNew status: [[Hiring manager review|Under consideration by the team]]",
      "No action is needed from you at the moment. You can follow your application at {portal}.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "vacancy-withdrawn",
    [
      "Vacancy withdrawn: {role} ({ref})",
      "An update on the {role} vacancy",
      "Important information about your application",
    ],
    [
      "We are writing to everyone who applied for the {role} vacancy ({ref}) to let you know that the position has been withdrawn following [[an internal restructure|a review of the team's priorities|a change in the project's funding]].",
      "No appointment will be made against this requisition, and all open applications for it have been closed. This is not a reflection on your application.",
      "Should the role be re-opened, it will be advertised on our careers site and you are welcome to apply again.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "kindly-bear-with-us",
    ["Status of your candidature - {role}", "Update: {role}", "Regarding interview feedback"],
    [
      "This is to update you that your candidature for the {role} position is still under consideration.",
      "Due to the ongoing [[quarter-end activities|appraisal cycle]], the panel feedback is taking longer than expected. We request you to kindly bear with us; we shall revert with the next steps by {deadline}.",
      "Thank you for your patience and co-operation.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "radio-silence-reply",
    ["RE: {role} - checking in", "RE: Following up", "RE: Application status"],
    [
      "Fair question, and sorry for the radio silence!",
      "Nothing's been decided yet. We've got [[two|a couple of]] more candidates to see this week and then the panel sits down to compare notes on {day}. I'll let you know either way straight after that.",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),
  f(
    "status_update",
    "recruiter",
    "headcount-on-hold",
    ["An update on the {role} position", "{role} - role on hold", "Where things stand"],
    [
      "I wanted to be upfront with you. The {role} position has been put on hold while the leadership team finalise next year's headcount, so we've had to pause the process for everyone at your stage.",
      "It's not a reflection on you at all - the feedback from your interviews so far has been positive. I'd expect to have more clarity by {start}, and I'll be in touch as soon as I know whether the role is going ahead.",
    ],
  ),

  // ---------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "verbal-then-written",
    ["Your offer from {org}", "Offer letter - {role}", "As promised - your offer"],
    [
      "Lovely to speak just now - and congratulations again! As promised, here is the offer in writing.",
      "Role: {role}\nBase salary: {salary}\nStart date: {start} (flexible by a week or two)\nBenefits: as outlined in the attached letter",
      "You'll receive a [[DocuSign|signing]] envelope separately; please sign by {deadline} if you're happy. Any questions at all, [[just call me|reply here]].",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "recruiter",
    "ctc-annexure",
    ["Offer of Employment - {role}", "Offer Letter | {org}", "Congratulations! Offer for {role}"],
    [
      "Congratulations! We are pleased to extend an offer to you for the position of {role} with {org}.",
      "Please find attached the offer letter along with the CTC annexure. Kindly go through the same and share your acceptance by {deadline}, along with your confirmed date of joining.",
      "Documents required at the time of joining:\n- Relieving letter from the previous employer\n- Last three months' payslips\n- Educational certificates\n- PAN and address proof",
      "We look forward to having you on board.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "recruiter",
    "agency-offer-news",
    ["Great news!!", "Good news - {role}", "RE: Final interview"],
    [
      "Great news - the client wants to make you an offer!",
      "They've come in at {salary} base plus the standard bonus, and they'd love you to start on {start}. The paperwork will come from their HR team, but I wanted you to hear it from me first.",
      "Give me a ring when you're free and I'll talk you through the detail. [[Well deserved!|Told you the second round went well!]]",
    ],
    { quote: ["cand"], quoteProb: 0.3 },
  ),
  f(
    "offer",
    "ats",
    "offer-ready-portal",
    ["Your offer is ready to review", "Action required: review your offer from {org}"],
    [
      "An offer for the {role} position is ready for you to review.",
      "To view and respond to your offer, log in to your candidate account: {portal}",
      "Please note this offer expires on {deadline}. If you have questions about the terms, contact {rname}, who will be happy to help.",
    ],
  ),

  // ---------------------------------------------------------------- assessment
  f(
    "assessment",
    "recruiter",
    "take-home-brief",
    ["Next step: short exercise", "{role} - take-home task", "Exercise for the next stage"],
    [
      "As the next step, we'd like you to have a go at a short exercise - the brief is attached.",
      "It should take around [[three hours|half a day]]; please don't spend much longer than that, we're interested in how you approach the problem rather than polish.",
      "Send it back to me by {deadline}. If you get stuck on anything in the brief, just ask.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "online-test-invite",
    [
      "Online assessment - {role}",
      "You're invited: technical assessment for {role}",
      "Complete your assessment",
    ],
    [
      "As part of your application for {role}, you have been invited to complete an online assessment.",
      "Test link: {testlink}\nTime allowed: [[90|60|75]] minutes, in one sitting\nComplete by: {deadline}",
      "Before you start\n• Use a laptop or desktop with a stable internet connection.\n• The timer cannot be paused once you begin.\n• You may use the language documentation, but not AI assistants.",
      "?If you need reasonable adjustments, reply to this email before starting the test.",
    ],
  ),
  f(
    "assessment",
    "recruiter",
    "aptitude-test-invite",
    ["Invitation to Online Aptitude Test", "{role}: Next Stage - Aptitude Test", "Re: Your Application"],
    [
      "Further to your application for the {role} role, you are hereby invited to take part in an online aptitude test covering numerical reasoning, verbal reasoning and a short situational judgement section.",
      "Kindly use the link below to access the test:\n{testlink}",
      "Kindly note that the link expires on {deadline} and can only be used once. Ensure you are in a quiet place with steady power supply and internet before you begin.",
    ],
    { quote: ["application"], quoteProb: 0.25 },
  ),
  f(
    "assessment",
    "manager",
    "case-for-final",
    ["Case study for the final round", "Prep for the next stage", "{role} - case study"],
    [
      "Ahead of the final stage, we'd like you to work through a short case - it's attached.",
      "It's based on a real problem we had last year [[around churn in our SMB segment|with a messy data migration|launching into a new market]]. Please put together no more than six slides with your recommendation; you'll present it to me and {rfirst} for about twenty minutes and then we'll discuss.",
      "Send the slides over by {deadline} so we can have a look beforehand. No need for anything fancy.",
    ],
    { attach: "brief" },
  ),

  // ---------------------------------------------------------------- interview_confirmation
  f(
    "interview_confirmation",
    "ats",
    "itinerary-headings",
    ["Interview confirmed: {role}", "Your interview itinerary - {org}", "Confirmed - {date}"],
    [
      "Your interview for {role} is confirmed.",
      "WHEN\n{date}, {time} ({tz}) - {dur} minutes",
      "WHERE\nVideo call: {vlink}",
      "WHO\n{pname}, hiring manager, and one member of the team",
      "WHAT TO EXPECT\nA conversation about your experience, a walk-through of a recent project, and time for your questions.",
    ],
    { calendar: "request", calSummary: ["Interview: {cname} - {role}", "{org} interview - {role}"] },
  ),
  f(
    "interview_confirmation",
    "booking",
    "booked-with-changes-link",
    ["Confirmed: {role} interview with {pname}", "New event: {cname} and {pname}"],
    [
      "A new event has been scheduled.",
      "Event: {role} interview\nInvitee: {cname}\nWith: {pname}\nDate: {date}\nTime: {time} ({tz})\nLocation: {vlink}",
      "Need to make changes to this event? {link}",
    ],
    { calendar: "request", calSummary: ["{role} interview - {cname}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "locked-in",
    ["RE: Availability", "RE: Next step: {role}", "Locked in"],
    ["Perfect, you're locked in for {day} at {time}. [[The invite will follow shortly.|Invite on its way.]]"],
    { quote: ["cand"], quoteProb: 0.5 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "f2f-reporting-details",
    [
      "Face to Face Interview Confirmation - {role}",
      "F2F Interview | {date} | {role}",
      "Interview Venue Details",
    ],
    [
      "This is to confirm your face-to-face interview for the position of {role}.",
      "Date: {date}\nReporting time: {time}\nVenue: {org}, {street}, {city}\nContact person: {pname}",
      "Please carry the following:\n- Two copies of your updated resume\n- A government-issued photo ID\n- Last three payslips",
      "Kindly reach the venue 15 minutes before the reporting time and mention that you are here for the interview at the reception.",
    ],
    { quote: ["cand"], quoteProb: 0.3 },
  ),

  // ---------------------------------------------------------------- application_ack
  f(
    "application_ack",
    "ats",
    "ack-headings-privacy",
    [
      "Thank you for applying to {org}",
      "Application received - {role} ({ref})",
      "We've got your application",
    ],
    [
      "Thank you for applying for the {role} position at {org}. This email confirms that your application (reference {ref}) has been received.",
      "WHAT HAPPENS NEXT\nOur recruiting team reviews every application. If your experience matches what we are looking for, someone from the team will contact you to discuss the next steps. [[This usually takes up to two weeks.|Given the number of applications, this may take a few weeks.]]",
      "TRACK YOUR APPLICATION\nYou can log in at any time to check your status or update your details: {portal}",
      "YOUR DATA\nBy applying you have agreed to the processing of your personal data for recruitment purposes. For more information, see the candidate privacy notice on our careers site.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "ack-short-casual",
    ["Got it! 👋", "Your application is in", "Thanks for applying, {cfirst}"],
    [
      "Your application for {role} has landed safely with us - thanks for taking the time!",
      "We'll have a proper look and get back to you [[as soon as we can|either way]].",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "agency-cv-received",
    ["RE: {role} - CV attached", "RE: Application - {role}", "Thanks for your CV"],
    [
      "Thanks for sending your CV through for the {role} role.",
      "I'm [[out at a client meeting this afternoon|tied up with interviews today]], so I'll have a proper read through it tomorrow and come back to you. If it looks like a fit, the next step would be a quick call so I can understand what you're after before anything goes to my client.",
    ],
    { quote: ["application"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "ack-only-shortlisted",
    ["Acknowledgement of Application - {role}", "Application Ref {ref}: Acknowledgement"],
    [
      "We acknowledge receipt of your application for the position of {role} (Ref: {ref}).",
      "Your application will be reviewed against the requirements of the position. Please note that only shortlisted candidates will be notified.",
      "Thank you for your interest in {org}.",
    ],
  ),

  // ---------------------------------------------------------------- other (hard negatives)
  f(
    "other",
    "colleague",
    "room-double-booked",
    ["Harbour room gone on {day}", "Room change - hiring sync", "FYI: meeting room"],
    [
      "Heads up - the Harbour room is unavailable on {day}, facilities have booked it for the board visit.",
      "I've moved our weekly hiring sync to the small room on the 4th floor, same time. [[If that's too cramped we can just jump on a call.|Shout if you'd rather do it remotely.]]",
    ],
  ),
  f(
    "other",
    "colleague",
    "fwd-cv-old-teammate",
    ["Worth a look?", "CV - ex-colleague of mine", "Referral for {role}"],
    [
      "Forwarding this from an old teammate of mine - we worked together for about two years and [[I'd happily vouch for them|they were one of the most reliable people on the team]].",
      "Could you take a look and let me know whether it's worth a screen for the {role} opening? No pressure either way, I just said I'd pass it on.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "scorecard-overdue",
    ["Overdue: scorecard for {cname}", "Reminder: submit your interview feedback"],
    [
      "Your scorecard for {cname} ({role}) is overdue.",
      "Interview: {pastdate}\nStage: [[Technical interview|Hiring manager interview|Onsite]]\nHiring manager: {pname}",
      "Please submit your feedback so the hiring team can make a decision. Feedback submitted more than 48 hours after the interview is flagged in the weekly recruiting report.",
      "Open the scorecard: https://{careers}/hiring/scorecards/{hex}",
    ],
  ),
  f(
    "other",
    "jobboard",
    "salary-guide-newsletter",
    ["Salary Guide 2026 is here", "This week: offers, counter-offers and the 2026 salary guide"],
    [
      "THIS WEEK IN HIRING",
      "• Our 2026 Salary Guide is out - see how your offers compare across 40 roles and 12 cities.\n• Counter-offers are on the rise: what talent teams are doing to close candidates faster.\n• Webinar: writing job ads that actually get applications.",
      "SPECIAL OFFER FOR EMPLOYERS\nPost three jobs before the end of the month and get the fourth free. Book a demo of our new candidate-matching tool and we'll add a month of premium listings.",
      "You are receiving this email because you have an employer account. Manage your preferences or unsubscribe at any time.",
    ],
  ),
  f(
    "other",
    "vendor",
    "offer-letter-software-pitch",
    ["Offer letters out in minutes, not days", "Quick question about your offer process", "{org} + us?"],
    [
      "I noticed {org} has [[a lot of open roles on its careers page at the moment|been hiring steadily this quarter]], so I thought this might be relevant.",
      "Our platform lets talent teams generate, approve and e-sign offer letters straight from the ATS - customers typically cut their time-to-offer by around 40%.",
      "Would you be open to a 20-minute demo next week? Happy to work around your diary, or you can grab a slot directly on my calendar.",
    ],
  ),
  f(
    "other",
    "vendor",
    "press-interview-request",
    [
      "Interview request: hiring trends piece",
      "Media enquiry - {org}",
      "Comment for an article on graduate hiring",
    ],
    [
      "I'm a reporter at Workplace Weekly, and I'm putting together a feature on how employers are [[changing their graduate hiring|using skills-based assessments|handling the rise in AI-written applications]].",
      "Would you or someone on your talent team be available for a short interview, by phone or video, before {deadline}? It would take about 20 minutes and we'd send quotes for approval before publication.",
      "Many thanks,\n{cname}\nSenior Reporter, Workplace Weekly",
    ],
    { sign: false },
  ),
  f(
    "other",
    "system",
    "app-access-approved",
    ["Access request approved: {ref}", "Your application access request has been approved"],
    [
      "Your request for access to the application [[Tableau Analytics|Workday HCM Reporting|the expenses portal]] has been approved by your line manager.",
      "Request number: {ref}\nAccess level: Standard user\nEffective: within 2 hours",
      "If you did not raise this request, please contact the IT Service Desk.",
    ],
  ),
  f(
    "other",
    "colleague",
    "debrief-cancelled-internal",
    ["Cancelled: Debrief - {cname}", "Debrief for {cname} - cancelling"],
    [
      "Cancelling the debrief for {cname} - {pfirst} is off sick today. Let's do it async instead: can everyone get their notes into the scorecard by end of {day}?",
      "?If we can't agree over chat I'll rebook for next week.",
    ],
    {
      calendar: "cancel",
      calSummary: ["Debrief - {cname} ({role})", "Hiring debrief: {cname}"],
    },
  ),

  // ---------------------------------------------------------------- candidate side (one each)
  f(
    "candidate_reply",
    "candidate",
    "signed-contract-back",
    ["RE: Your offer from {org}", "Signed contract", "RE: Offer letter - {role}"],
    [
      "Please find attached my signed contract and the completed new starter form.",
      "Really looking forward to starting on {start}. [[Let me know if you need anything else from me before then.|Shout if anything's missing.]]",
    ],
    { quote: ["offer"], quoteProb: 0.7, attach: "docs" },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "status-of-candidature",
    ["Status of my candidature - {role}", "Regarding interview result", "Follow up: {role} interview"],
    [
      "I had attended the [[technical round|second round of interview]] for the {role} position on {pastdate}.",
      "Kindly let me know the status of my candidature and the next steps, if any. I would be grateful for an update.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "counter-offer-staying",
    ["Withdrawing my application - {role}", "RE: Next step: {role}", "Change of plans"],
    [
      "I'm sorry to do this at a late stage, but my current employer has made a counter-offer and after a lot of thought I've decided to stay.",
      "Please withdraw me from the process for {role}. Thank you and {pfirst} for your time - I really enjoyed the conversations.",
    ],
    { quote: ["sched", "confirm"], quoteProb: 0.4 },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "annual-leave-recruiter",
    ["Annual leave", "Out of office until {date2}"],
    [
      "Thanks for your email. I'm on annual leave until {date2} with limited access to email.",
      "If your message is about an upcoming interview, please contact {kname} ({kaddr}), who is covering my roles while I'm away. Otherwise I'll reply when I'm back.",
    ],
  ),
];
