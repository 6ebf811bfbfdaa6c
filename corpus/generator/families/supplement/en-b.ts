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

export const SUP_EN_B: Family[] = [
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "no-word-since-applying",
    ["{role} application", "Following up - {role}", "Application for {role} ({ref})"],
    [
      "I applied for the {role} [[opening|role|position]] on {pastdate} and [[got the automatic confirmation|received the confirmation email]], but I haven't heard anything since.",
      "Could you let me know where things stand? [[Even a rough idea of timing would help.|If it has already been decided either way, I'd appreciate knowing.]]",
      "?I'm still very keen on the role and happy to send anything else you might need.",
    ],
    { quote: ["ack"], quoteProb: 0.4 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "what-happens-after-interview",
    ["RE: {role} interview", "Next steps?", "After our chat on {pastday}"],
    [
      "Thanks again for [[the conversation|your time]] on {pastday} - I came away with a much clearer picture of the team.",
      "[[I was wondering|I wanted to ask]] what the next stage of the process looks like, and roughly when I might expect to hear back? [[I have another process moving along, so it would help me plan.|No rush, I'm just trying to plan the next couple of weeks.]]",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-after-no",
    ["RE: Your application to {org}", "RE: {role}", "Feedback?"],
    [
      "Thanks for letting me know, even though it's not the outcome I was hoping for.",
      "Would you be able to share [[a few lines of|any]] feedback on [[my interview|the technical round|my application]]? [[Anything on where I fell short would be really useful for my next applications.|I'd genuinely like to understand what I could have done better.]]",
      "?I understand if that's not possible, of course.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "did-the-test-arrive",
    ["Assignment submitted - did it come through?", "RE: {role} - technical exercise", "My submission"],
    [
      "I [[submitted|sent in]] the [[coding exercise|take-home assignment|online test]] on {pastday} evening, but the page just went blank afterwards and I [[never got|didn't receive]] a confirmation.",
      "Could you [[check|confirm]] that it actually reached you on your side? [[Happy to resend it if needed.|If something went wrong I can redo the upload.]]",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "salary-and-timeline",
    ["Question about the {role} position", "Quick question before the next round", "RE: {role}"],
    [
      "Before we go further, could you please share the salary range foreseen for this role? [[I could not find it in the job description.|The advert didn't mention it.]]",
      "Also, what is the expected timeline for the process? I have a notice period of [[two months|three months|8 weeks]] with my current employer, so it's important for me to plan [[accordingly|in advance]].",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "gentle-bump",
    ["RE: {role}", "Re: Following up", "Bumping this up"],
    [
      "[[Sorry to chase|Just bumping this to the top of your inbox]] - is there any news on the {role} [[position|process]]?",
      "?I know things get busy, so no worries if it's still in progress.",
    ],
    { quote: ["cand"], quoteProb: 0.9 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "one-liner",
    ["Update?", "RE: {role}", "{role} - status", ""],
    [
      "[[Any update on my application?|Any news re the {role} role?|Any updates from your side?|Heard anything back from the team yet?]]",
    ],
    { greet: false, quote: ["cand", "ack"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "kindly-inform-status",
    [
      "Status of my application - {ref}",
      "Inquiry regarding application for {role}",
      "Regarding my candidature",
    ],
    [
      "[[Dear Hiring Team,|Dear Sir or Madam,|Good day,]]",
      "I am writing to kindly ask about the status of my application for the position of {role} (reference {ref}).",
      "It has been [[three weeks|almost one month|more than two weeks]] since my interview with {pname} and I did not receive any information yet. Please can you inform me if the process is still ongoing and if I am still considered?",
      "Thanking you in advance for your reply.",
    ],
    { greet: false },
  ),

  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "free-slots-list",
    ["RE: Next steps - {role}", "Re: Interview availability", "RE: {role} - call"],
    [
      "Thanks for getting back to me! I'm [[fairly|pretty]] flexible [[next week|over the coming days]]. [[Mornings|Afternoons]] are usually best for me:",
      "- {day}, any time after 10\n- {date2}, from {time2} onwards\n- [[Friday all day|Thursday before lunch]]",
      "If none of those suit, let me know and I'll [[move things around|shift something]].",
    ],
    { quote: ["sched"], quoteProb: 0.75, weight: 1.2 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "that-slot-works",
    ["RE: Interview invitation", "Re: Proposed times", "RE: {role}"],
    [
      "{date} at {time} works [[perfectly|great|for me]]. [[See you then!|Looking forward to it.|Speak then.]]",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "documents-attached",
    ["RE: Documents for your file", "Requested documents - {cname}", "RE: {role} - paperwork"],
    [
      "As requested, please find attached [[copies of my diplomas and two reference letters|a copy of my passport and my right-to-work document|my updated CV and the completed candidate form]].",
      "Let me know if anything is missing or [[unreadable|not in the right format]] and I'll send it again.",
    ],
    { attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "thanks-for-the-conversation",
    ["Thank you", "Thanks for today", "Thank you - {role} interview"],
    [
      "Thank you for taking the time to speak with me {pastday}. I really enjoyed [[hearing about how the team works|the discussion about the roadmap|meeting {pname} and the team]], and it [[confirmed|strengthened]] my interest in the role.",
      "?It was also good to see the office - the [[atmosphere|energy]] there was great.",
    ],
  ),
  f(
    "candidate_reply",
    "candidate",
    "answers-to-questions",
    ["RE: A few quick questions", "Re: Some details before we proceed", "RE: {role} - questions"],
    [
      "Happy to answer, [[see below|here you go]]:",
      "1. Notice period: [[one month|four weeks|six weeks]]\n2. Right to work: yes, [[no sponsorship required|I hold settled status]]\n3. Salary expectations: around {salary}\n4. [[Hybrid is fine, I can be in the office two or three days|I'm happy to travel to {city} when needed]]",
      "?Let me know if you need anything else from me.",
    ],
  ),
  f(
    "candidate_reply",
    "candidate",
    "will-be-there",
    ["RE: Your interview on {date}", "Re: Interview details", "RE: See you {day}"],
    [
      "Thanks for the [[details|information]]. [[I confirm I will be there|I'll be there]] on {date} at {time}, and I'll [[make sure to be ready a few minutes early|join a few minutes before to test my setup]].",
      "?Thanks again for organising everything so quickly.",
    ],
    { quote: ["confirm"], quoteProb: 0.8 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "signed-contract-back",
    ["RE: Your offer from {org}", "Signed contract", "RE: Offer - {role}"],
    [
      "Please find attached my signed contract. [[I'm delighted to accept|I'm really happy to accept the offer|I gladly accept]] and look forward to joining {org} on {start}.",
      "?Let me know what you need from me before the first day.",
    ],
    { quote: ["offer"], quoteProb: 0.6, attach: "offer" },
  ),

  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "signed-elsewhere",
    ["Withdrawing my application", "RE: {role}", "Update from my side"],
    [
      "I wanted to let you know that I have [[accepted a position elsewhere|signed with another company|accepted another offer]], so I'd like to withdraw from the process for {role}.",
      "Thank you for your time and for the [[kind|open]] conversations so far - I hope our paths cross again.",
    ],
    { quote: ["sched", "confirm"], quoteProb: 0.5 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "personal-circumstances",
    ["RE: Interview on {date}", "Unable to continue", "Personal reasons - {role}"],
    [
      "Due to [[some personal circumstances|a family situation|health reasons]] I'm no longer in a position to take on a new role [[at the moment|this year]].",
      "Please [[take my name out of|remove me from]] the process - I won't be attending the interview on {date}. [[Apologies for the short notice.|Sorry for any inconvenience this causes.]]",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "moving-away",
    ["Application {ref} - withdrawal", "RE: {role}", "Change of plans"],
    [
      "Our family plans have changed and [[we will be relocating to|I am moving to]] [[Canada|Lisbon|the other side of the country]] [[in the coming months|at the end of the summer]].",
      "Unfortunately this means the position in {city} is not [[possible|compatible]] for me anymore, so I must withdraw my candidature. Thank you very much for your consideration.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "not-the-right-fit",
    ["RE: {role}", "Stepping back", "{role} process"],
    [
      "After [[thinking it over|a lot of reflection|talking it through at home]], I've [[come to the conclusion|decided]] that the role isn't the right fit for me at this point, so I'm going to step back from the process.",
      "?I didn't want to waste anyone's time with further rounds.",
      "Thanks for being so [[responsive|transparent]] throughout.",
    ],
    { quote: ["sched", "status"], quoteProb: 0.4 },
  ),

  // application_ack
  f(
    "application_ack",
    "ats",
    "portal-receipt-formal",
    ["Thank you for applying to {org}", "{org}: application received ({ref})", "Your candidate record"],
    [
      "Thank you for your interest in the {role} position (Job ID {ref}). This message confirms that your [[submission|application]] has been [[successfully recorded|received by our recruiting team]].",
      "You can [[track the status|view your application]] at any time by signing in to your candidate home page: {portal}",
      "Please do not apply again for the same requisition; [[duplicate|repeat]] submissions are merged automatically.",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "ats",
    "got-it-what-next",
    ["We've got your application!", "Application received: {role}", "Thanks, {cfirst} 🙌"],
    [
      "[[Nice one|Thanks a lot]] - your application for {role} is in.",
      "What happens next:\n• [[Someone from our people team|A recruiter]] will read it ([[yes, a real person|no robots]])\n• If there's a match, we'll reach out to set up a first chat\n• Either way, we aim to let you know within {days} working days",
      "In the meantime, [[feel free to|why not]] read more about life at {org} on https://{careers}.",
    ],
    { html: "only" },
  ),
  f(
    "application_ack",
    "ats",
    "summary-block",
    ["Application confirmation - {role}", "Confirmation of your submission", "Submission received"],
    [
      "Application summary",
      "Position: {role}\nRequisition: {ref}\nLocation: {city}\nSubmitted: {pastdate}\nDocuments: CV[[, cover letter|]]",
      "Our talent team [[is reviewing|will review]] all applications in the order they arrive. [[No action is needed from you right now.|There is nothing further you need to do at this stage.]]",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "recruiter",
    "cv-landed",
    ["RE: Application: {role}", "Re: CV", "RE: {role} - my CV"],
    [
      "Thanks for sending your CV over - it's [[landed safely|come through fine]].",
      "I'll have a proper look [[this week|in the next few days]] and share it with the hiring manager; I'll come back to you either way once we've had a chance to review.",
    ],
    { quote: ["application"], quoteProb: 0.7 },
  ),
  f(
    "application_ack",
    "recruiter",
    "referral-logged",
    ["Your referral for {role}", "{kname} passed on your details", "Referral - {role}"],
    [
      "{kname} [[passed your details on to me|put your name forward]] for the {role} role - thanks for your interest in joining us!",
      "I've logged you in our system as an employee referral, so your CV is now [[with|in front of]] the team. We're still gathering profiles for this one, and I'll be in touch [[once we've been through them|when we've had a look]].",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "we-will-be-in-touch",
    ["Your application to {org}", "{org} - {role}", "Application confirmation"],
    [
      "This is to let you know that we have your application for {role}.",
      "[[As we receive a large number of applications|Because of the volume of interest in this role]], it may take a little while before you hear from us. We will be in touch [[as soon as a decision has been made|once the shortlist is finalised]].",
    ],
  ),

  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "invite-body",
    [
      "Invitation: {role} interview - {cname}",
      "Updated invitation: Interview {cname}",
      "{role} interview @ {date}",
    ],
    [
      "{role} interview with {org}",
      "When: {date}, {time} ({tz})\nWhere: {vlink}\nWho: {pname}, {rname}, {cname}",
      "[[Joining instructions: click the link a few minutes early to test audio.|Please join from a quiet spot with a stable connection.]]",
    ],
    {
      greet: false,
      sign: false,
      calendar: "request",
      calSummary: ["{role} interview - {cname}", "Interview: {cname} / {org}"],
    },
  ),
  f(
    "interview_confirmation",
    "ats",
    "details-block",
    ["Your interview has been scheduled", "Interview details: {role}", "Confirmed: interview with {org}"],
    [
      "Your interview for {role} is [[confirmed|booked in]]. Here are the details:",
      "Date: {date}\nTime: {time} ({tz})\nDuration: {dur} minutes\nInterviewer(s): {pname}\nFormat: [[Video call|Phone call - we will call you on the number in your profile]]",
      "?If you need any adjustments for the interview, just reply to this email.",
    ],
    { html: "often" },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "onsite-practicalities",
    ["See you on {day}", "Your visit to {org} on {date}", "Practical info for {date}"],
    [
      "[[Looking forward to seeing you|Great to have you coming in]] on {date} at {time}. A few practical things:",
      "- Address: {street}, {city}\n- Ask for {pname} at reception, they'll sign you in\n- [[Please bring a photo ID|There's visitor parking at the back of the building]]\n- Plan for about [[90 minutes|two hours]] in total",
      "?If you get held up on the day, my mobile is {phone}.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "booked-video",
    [
      "Confirmed: {role} interview with {rname}",
      "New event: {cname} and {rname} - {date}",
      "You're booked in",
    ],
    [
      "Your booking is confirmed.",
      "What: {dur}-minute {role} interview\nWith: {rname} ({org})\nWhen: {date}, {time} ({tz})\nJoin: {vlink}",
      "Need to make changes? Use the link in your calendar invitation.",
    ],
    { html: "only", greet: false, sign: false },
  ),
  f(
    "interview_confirmation",
    "manager",
    "moved-and-confirmed",
    ["RE: Reschedule request", "Re: Interview - new time", "RE: {role} - change of time"],
    [
      "Thanks for flagging the clash - no problem at all. [[We've moved you to|You're now down for]] {date2} at {time2}. [[Same link as before.|The video link stays the same.]]",
      "?I've let {rfirst} know as well, so the updated invite should already be in your calendar.",
    ],
    { quote: ["cand"], quoteProb: 0.35 },
  ),

  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "recruiter-on-holiday",
    ["Out of office: {role}", "Automatic reply: RE: {role}", "Away until {deadline}"],
    [
      "Thanks for your message. I'm [[on annual leave|away on holiday|out of the office]] until {deadline} with [[no|very limited]] access to email.",
      "For anything urgent about your application, please contact {kname} at {kaddr}. Otherwise I'll reply when I'm back.",
    ],
    { greet: false, quote: ["cand"], autoHeaders: "rfc3834" },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "parental-leave",
    ["Automatic reply: {role}", "Auto: parental leave", "Automatic reply"],
    [
      "I'm currently on parental leave and [[won't be checking this inbox|not monitoring emails]] until [[the autumn|September]].",
      "My candidates have been handed over to {kname} ({kaddr}), who will [[pick up|look after]] your process in the meantime.",
    ],
    { greet: false, quote: ["cand"], autoHeaders: "exchange" },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "mailbox-not-read",
    ["Automatic response", "This mailbox is not monitored", "[Auto-Reply] {org} Careers"],
    [
      "This is an automated response. The [[careers|recruitment]] mailbox you have written to is not [[monitored|read]], and your message will not be forwarded.",
      "To update an existing application or withdraw, please [[sign in to|use]] your candidate account: {portal}",
    ],
    { greet: false, sign: false, quote: ["cand"], autoHeaders: "precedence" },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "candidate-travelling",
    ["Auto reply: {role}", "Re: Next steps - {role}", "Out of office"],
    [
      "Hello, I am travelling [[until {deadline}|this week]] and have limited access to my emails. I will answer your message as soon as possible after my return.",
      "?If it's urgent you can reach me on {phone}.",
    ],
    { sign: true, quote: ["sched", "confirm"], autoHeaders: "x-autoreply" },
  ),

  // rejection
  f(
    "rejection",
    "ats",
    "not-progressing",
    ["Your application for {role}", "Update regarding {role}", "{org} - your application"],
    [
      "Thank you for taking the time to apply for {role}. We [[have now reviewed|have looked carefully at]] your application and, on this occasion, we won't be progressing it [[any further|to the next stage]].",
      "[[We wish you the best of luck with your job search.|Thanks again for thinking of {org}.]]",
    ],
  ),
  f(
    "rejection",
    "ats",
    "not-a-match-on-file",
    ["An update on your application", "{role} at {org}", "Regarding your application ({ref})"],
    [
      "We've [[compared your profile with|reviewed your experience against]] the requirements for {role}, and unfortunately it isn't a match for this [[vacancy|opening]].",
      "?With your permission we'll keep your details for 12 months and may contact you about future roles.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "ats",
    "after-assessment-threshold",
    ["Your {org} assessment", "Assessment outcome - {role}", "{role}: result of your assessment"],
    [
      "Thank you for completing the [[online assessment|skills test|assessment]] for the {role} role.",
      "Your results [[did not reach the level we need|were below the threshold required]] for this role, so we will not be moving forward with your candidacy.",
      "?Due to the number of candidates we're unable to provide individual feedback.",
    ],
  ),

  // scheduling_request
  f(
    "scheduling_request",
    "booking",
    "invitee-pick-a-time",
    [
      "{rname} invited you to schedule an interview",
      "Action needed: pick a time with {org}",
      "Book your {role} interview",
    ],
    [
      "{rname} from {org} would like to [[meet you|set up an interview with you]] for the {role} role.",
      "Choose a [[time|slot]] that suits you: {link}",
      "Duration: {dur} minutes · Video call (the link is sent once you book)",
    ],
    { html: "only", greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "grab-some-time",
    ["{role} - quick chat?", "RE: Application: {role}", "Loved your application"],
    [
      "[[Thanks for applying|Your application caught my eye]] - I'd love to grab [[half an hour|20 minutes|a quick call]] to [[tell you more about|chat through]] the {role} role and hear a bit about what you're looking for.",
      "When suits you [[this week or next|over the next few days]]? [[Send me a couple of times|Just reply with what works]] and I'll send an invite.",
    ],
    { quote: ["application"], quoteProb: 0.4 },
  ),
  f(
    "scheduling_request",
    "manager",
    "second-stage-options",
    ["Second-stage interview - {role}", "Invitation to the next round", "{role}: next stage"],
    [
      "Following your [[conversation|first interview]] with {rfirst}, I'd like to invite you to a second-stage interview with myself and {kname}.",
      "Would either of the following be convenient?\n- {date}, {time}\n- {date2}, {time2}",
      "[[If neither works, please suggest an alternative.|Happy to find another slot if these clash with your current job.]]",
    ],
  ),

  // other (hard negatives)
  f(
    "other",
    "jobboard",
    "weekly-digest",
    [
      "Your weekly hiring digest",
      "This week: 3 ways to shortlist faster",
      "New applicants and tips for your {role} ad",
    ],
    [
      "[[This week on the blog|In this issue]]: why shorter job ads get more applications, and how to write a rejection email candidates won't hate.",
      "Your listing for {role} was viewed {n} times in the last 7 days. [[Boost it to reach more candidates|Upgrade to Featured]] for 20% off this week only.",
      "Webinar: 'Structured interviews in practice' - register free.",
      "You receive this email because you have an employer account. Manage preferences or unsubscribe.",
    ],
    { html: "only" },
  ),
  f(
    "other",
    "jobboard",
    "talent-market-report",
    [
      "Q2 Talent Market Report: salaries, time-to-hire and offer acceptance",
      "Salary benchmarks for {role}",
      "Your hiring market snapshot",
    ],
    [
      "The latest Talent Market Report is out. Highlights:",
      "• Median time-to-hire rose to [[41|38|44]] days\n• Offer acceptance rates fell by {pct}% in tech roles\n• Demand for {role} profiles in {city} up year on year",
      "Download the full report (PDF, 24 pages) from your dashboard.",
    ],
    { html: "often" },
  ),
  f(
    "other",
    "vendor",
    "agency-pitch",
    ["Support with your {role} search?", "Noticed you're hiring - {role}", "Candidates for {org}"],
    [
      "I noticed {org} has had the {role} vacancy open for a while. We're a specialist agency and [[placed three similar profiles last quarter|have a shortlist of pre-screened candidates ready]].",
      "Our fee is [[15%|18%]] of first-year salary with a 12-week rebate. Would you be open to a 15-minute intro call next week? [[Happy to send over our terms first.|I can send a few anonymised CVs so you can judge for yourself.]]",
    ],
  ),
  f(
    "other",
    "vendor",
    "looks-like-a-candidate",
    ["Regarding your {role} opening", "Application for {role}?", "Your {role} job post"],
    [
      "No, this isn't an application! I saw your {role} post and wanted to reach out because teams hiring for that role often struggle with [[no-shows and slow scheduling|candidates going quiet mid-process]].",
      "Our platform automates interview scheduling and reminders - customers cut time-to-hire by about {pct}%. Could I show you a quick demo? Reply with a day that works and I'll book it in.",
    ],
  ),
  f(
    "other",
    "vendor",
    "podcast-guest",
    [
      "Interview request: Hiring Unfiltered podcast",
      "Would you be a guest on our podcast?",
      "Podcast interview - {org}",
    ],
    [
      "I host 'Hiring Unfiltered', a podcast for people-team leaders (about {n}k monthly listeners). We'd love to interview you about how {org} runs its [[hiring process|candidate experience]].",
      "Recording is remote and takes about 40 minutes; we send the questions in advance. Would you be interested in being a guest [[next month|sometime this spring]]?",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-for-a-second-opinion",
    ["Fwd: Application: {role}", "FW: CV for {role} - thoughts?", "Second opinion on this one"],
    [
      "Could you have a look at this one before [[Thursday|our sync]]? [[Strong on paper but the job-hopping worries me a bit.|Not sure the seniority is right, curious what you think.]]",
      "No need to reply to the candidate, just tell me yes/no.",
    ],
    { forward: "application", attach: "cv" },
  ),
];
