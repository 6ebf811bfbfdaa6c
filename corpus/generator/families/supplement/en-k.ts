/** Supplementary en template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

const SALUTE = {
  candidate:
    "[[Hi {first},|Hello {first},|Dear {first},|Hi {first} -|Good morning {first},|Dear {title} {last},|Hi {first}!]]",
  colleague: "?[[Hi {first},|{first} -|Hey {first},|Morning {first},]]",
  vendor: "[[Hi {first},|Hello {first},|Dear {first},|Good afternoon {first},]]",
};

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => {
  // persons other than recruiters and managers get their own salutation: the shared generic pool
  // ("Dear candidate,") only fits mail addressed to a candidate
  if (extra.greet === undefined && (from === "candidate" || from === "colleague" || from === "vendor"))
    return { id, label, lang: "en", from, subject, body: [SALUTE[from], ...body], ...extra, greet: false };
  return { id, label, lang: "en", from, subject, body, ...extra };
};

export const SUP_EN_K: Family[] = [
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "kindly-revert",
    [
      "Regarding status of my application for {role}",
      "Request for update - {role} ({ref})",
      "Status of candidature - {role}",
    ],
    [
      "[[Dear {first},|Dear Sir/Madam,|Hi {first},]]",
      "Greetings of the day!",
      "I had applied for the post of {role} on {pastdate} and [[also attended the telephonic round with {pname}|my profile was shortlisted by your team]].",
      "Kindly let me know the current status of my candidature at the earliest, as I [[have to serve a notice period of 60 days|need to plan my notice period with my present employer]].",
      "Awaiting your [[kind|early|positive]] response.",
    ],
    { greet: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "mobile-any-news",
    ["Re: {role}", "", "Re: interview"],
    [
      "[[Hi {first}|{first}|Hey {first}]] - any news after [[the interview|last week|my chat with {pname}]]? [[No rush, just curious|Just wondering where things are at|Keen to hear either way]].",
      "[[{cfirst}|thx, {cfirst}|Cheers\n{cfirst}]]",
      "?Sent from my iPhone",
    ],
    { greet: false, sign: false, quote: ["confirm", "cand"], quoteProb: 0.6 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-please",
    ["Re: Your application to {org}", "Feedback?", "Re: Update on the {role} role"],
    [
      "Thanks for letting me know[[, even if it's not the news I was hoping for| - disappointing, but I appreciate the quick answer]].",
      "Would you be able to share [[a few lines of feedback|any feedback from the panel]] on where I fell short? [[I'm early in my career and it would really help me prepare for future interviews.|Even one or two points would help me a lot for the next process.]]",
      "?Totally understand if that's not something you're able to do.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "nonnative-next-steps",
    ["Question about my application", "{role} - state of application", "Application {role} / question"],
    [
      "I would like to ask about the state of my application for the position of {role}. Since our [[conversation|interview]] on {pastday} I did not receive any information.",
      "Can you tell me please what are the next steps and when I can expect a decision? [[I am asking because I am also in other processes.|For my planning it would be very helpful.]]",
      "Thank you in advance for your answer.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "two-roles-trust",
    ["Follow-up on applications - {role} and {role2}", "Application follow up", "Enquiry: {role}"],
    [
      "Trust this mail meets you well.",
      "I write to follow up on my application for the {role} role, which I submitted [[on {pastdate}|about two weeks ago]]. I also applied for the {role2} opening shortly after.",
      "Kindly advise whether both applications are [[still under consideration|being reviewed]] and what the timeline for the process looks like. I will also appreciate knowing if I should focus on one of them.",
      "Thank you for your time and consideration.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "competing-deadline",
    ["Timeline question - {role}", "Quick question on timing", "Re: Next steps - {role}"],
    [
      "I hope you're well. I wanted to be upfront with you: I've received an offer from another company and need to give them an answer by {deadline}.",
      "{org} is [[genuinely my first choice|the role I'm most excited about]], so before I decide I wanted to ask where I stand in your process. Is there any chance of an indication before then?",
      "?Happy to jump on a quick call if that's easier.",
    ],
    { quote: ["sched", "confirm"], quoteProb: 0.4 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "formal-british-enquiry",
    ["{role} vacancy - ref. {ref}", "Enquiry regarding {role} (ref. {ref})"],
    [
      "Dear {title} {last},",
      "I write to enquire whether a decision has yet been reached regarding the {role} vacancy (ref. {ref}), for which I [[interviewed on {pastdate}|attended the assessment centre on {pastdate}]].",
      "I should be most grateful for any indication of the likely timescale, [[as I am presently considering my position|and should you require anything further from me, please do not hesitate to ask]].",
      "Yours sincerely,\n{cname}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "after-takehome",
    ["Re: {role} - technical exercise", "Take-home submitted", "Re: exercise"],
    [
      "I submitted the exercise on {pastday} [[via the link you sent|as a zip through the portal]] - just checking it came through okay on your side?",
      "And is there a rough idea of when I might hear back? [[I know these things take time, so no pressure.|Mostly asking so I can plan the next couple of weeks.]]",
    ],
    { quote: ["assess"], quoteProb: 0.7 },
  ),

  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "mobile-works",
    ["Re: Next steps - {role}", "Re: interview", ""],
    [
      "[[{day} at {time} works for me|{day} {time} is fine|Works for me - {day} at {time}|{time} on {day} works 👍]]. [[See you then!|Thanks!|Cheers|Talk then]]",
      "?{cfirst}",
    ],
    { greet: false, sign: false, quote: ["sched"], quoteProb: 0.9 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "signed-contract",
    ["Signed contract - {cname}", "Re: Offer - {role}", "Documents for onboarding"],
    [
      "Please find attached the signed contract together with [[the completed new starter form|my bank details form and a copy of my passport]].",
      "[[Let me know if anything is missing.|If you need originals, I can bring them on my first day.]] Really looking forward to starting on {start}!",
    ],
    { attach: "docs", quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "accept-offer-formal",
    ["Acceptance of offer - {role}", "Re: Offer - {role}", "Offer acceptance"],
    [
      "Thank you for your letter of {pastdate}. I am delighted to formally accept the offer of the position of {role} at an annual salary of {salary}, with a start date of {start}.",
      "[[I am grateful to you and to {pname} for your patience throughout the process.|Please let me know if there is anything you need from me ahead of my first day.]]",
    ],
    { quote: ["offer"], quoteProb: 0.5 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "nonnative-availability",
    ["Re: Interview invitation: {role} at {org}", "Re: Next steps - {role}", "My availability"],
    [
      "Thank you very much for the invitation, I am very happy for it.",
      "I am available on following days:\n- {date} after [[2 pm|14h]]\n- {date2} the whole day",
      "Also in the mornings I am flexible, if it is better for {pname}. [[Please just inform me which time you choose.|I will adapt to your proposal.]]",
    ],
    { quote: ["sched"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "thanks-after-no",
    ["Re: Your application to {org}", "Re: Update on the {role} role", "Thank you"],
    [
      "Thanks for letting me know, and for taking the time to [[write personally|tell me yourself]].",
      "Disappointed, of course, but I really enjoyed meeting [[the team|{pname} and the team]] and learned a lot from the process. All the best with the hire[[ - I hope our paths cross again| and with the launch]].",
    ],
    { quote: ["reject"], quoteProb: 0.75 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "pfa-resume",
    ["Updated resume - {cname}", "As discussed - documents", "Re: {role} - documents"],
    [
      "[[Hi {first},|Dear Sir/Ma'am,|Hello {first},]]",
      "As discussed over call, PFA my updated resume along with [[salary slips for the last three months|my relieving letter and experience certificate]].",
      "For your reference: current CTC is [[{salary}|as per the attached slips]], expected as discussed, and notice period is [[30|60]] days (negotiable).",
      "?Please do the needful and let me know if any other document is required.",
    ],
    { attach: "cv", greet: false },
  ),
  f(
    "candidate_reply",
    "candidate",
    "counter-time-casual",
    ["Re: Next steps - {role}", "Re: interview time", "Re: chat with {pname}"],
    [
      "Cheers for that! {day} [[arvo|afternoon]] is a bit tricky as I'm on site all day - any chance we could do {date2} at {time2} instead?",
      "Otherwise I can jump on early {day}, anytime before 9. [[Whatever's easiest for {pname}.|Either way works.]]",
    ],
    { quote: ["sched"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "thank-you-note",
    ["Thank you - {role} interview", "Thanks for today", "Following our conversation"],
    [
      "Thank you for taking the time to speak with me [[today|this afternoon|yesterday]]. I particularly enjoyed hearing about [[how the team is rebuilding the reporting stack|the plans for the new {city} site|the way you run planning across squads]].",
      "The conversation [[confirmed my enthusiasm for the role|made me even more excited about {org}]], and I came away with a much clearer picture of what success would look like in the first six months.",
    ],
  ),

  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "accepted-elsewhere",
    ["Withdrawing my application - {role}", "Re: Next steps - {role}", "Update from my side"],
    [
      "I wanted to let you know [[as soon as possible|before you spend more time on my file]] that I've accepted a position with another company, so I'd like to withdraw from the process for the {role} role.",
      "Thank you to you and {pname} for your time - [[it was a tough decision|I was impressed by the team]], and I hope we cross paths again.",
    ],
    { quote: ["sched", "confirm"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "decline-offer-relocation",
    ["Re: Offer - {role}", "Your offer", "Decision on the offer"],
    [
      "Thank you again for the offer and for [[being so patient while I thought it over|answering all my questions this week]].",
      "After a lot of thought, I've decided not to accept. [[The move to {city}|The relocation]] turned out to be more than my family can manage right now, and it wouldn't be fair to start a role I'm not sure I can sustain.",
      "I'm sorry to be giving you this news, and grateful for the way you've treated me throughout.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "mobile-cancel-withdraw",
    ["Re: Confirmed: interview on {date}", "cancel interview", ""],
    [
      "Hi, sorry for the short notice but [[pls|please]] cancel my interview on {day} - I'm [[no longer looking to move|staying where I am after all]] so I'll withdraw my application. Thanks for everything",
      "{cfirst}",
      "?Sent from Outlook for Android",
    ],
    { greet: false, sign: false, quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "counteroffer",
    ["Withdrawal of application - {role} ({ref})", "Application for {role}"],
    [
      "Following a counter-offer from my current employer, I have decided to remain in my present role. I must therefore respectfully withdraw my application for the position of {role}.",
      "I appreciate the time you and your colleagues have invested in my candidacy and apologise for any inconvenience this may cause.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "nonnative-personal",
    ["Withdraw candidature", "{role} - I withdraw", "Application {role}"],
    [
      "Due to personal reasons I have to withdraw my candidature for the {role} position. I am sorry for any inconvenience this can cause to you and the team.",
      "[[Please also delete my data from your system.|I hope we can stay in contact for future opportunities.]] Thank you for the consideration until now.",
    ],
  ),

  // auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "cand-annual-leave",
    ["Out of office", "Annual leave"],
    [
      "Thank you for your message. I am on annual leave until {date2} [[with limited access to email|and checking mail only occasionally]].",
      "I will reply as soon as I'm back. If it's urgent [[you can reach me on|please call or text]] {phone}.",
    ],
    { greet: false, sign: false, quote: ["sched", "confirm"] },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "recruiter-fair",
    ["Out of Office", "Away: {rname}"],
    [
      "I'm out of the office [[at a university careers fair|on parental leave|travelling for campus recruiting]] and won't be reading email until {date2}.",
      "For anything about an upcoming interview, please contact {kname} ({kaddr}). Everything else will be answered when I'm back.",
    ],
    { greet: false, quote: ["cand", "application"], autoHeaders: "exchange" },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "mailbox-unmonitored",
    ["Thanks for contacting {org} Recruitment", "Automatic response"],
    [
      "Thank you for writing to the {org} recruitment mailbox. This is an automated response to let you know your email has arrived.",
      "We read every message but aren't able to reply to each one individually. If you have applied for a role, you can follow the status of your application at {portal}.",
      "?Please don't send your CV to this address - applications can only be submitted through our careers site.",
    ],
    { greet: false, sign: false, quote: ["cand", "application"], quoteProb: 0.3 },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "cand-no-signal",
    ["Auto-reply", "Automatic reply"],
    [
      "Hi, thanks for your email. I'm currently on a [[field rotation|training course|site visit]] with very patchy signal and will respond within [[48 hours|a couple of days]].",
      "- {cfirst} (automatic reply)",
    ],
    { greet: false, sign: false, quote: ["sched", "ack", "status"], autoHeaders: "rfc3834" },
  ),

  // application_ack
  f(
    "application_ack",
    "ats",
    "long-template",
    ["Application received - {role} ({ref})", "We've received your application", "Your application to {org}"],
    [
      "Thank you for applying to {org}. This email confirms that we have received your application for the following position:",
      "Position: {role}\nRequisition: {ref}\nLocation: {city}",
      "WHAT HAPPENS NEXT\n- Our recruiting team reviews every application.\n- If your experience matches what we're looking for, a recruiter will contact you directly.\n- You can track the status of your application at any time: {portal}",
      "YOUR DATA\nBy submitting your application you agreed that {org} processes your personal data for recruitment purposes. Your data is kept for 12 months and you can request its deletion at any time through the candidate portal.",
      "?{org} is an equal opportunity employer. If you need an adjustment at any stage of the process, let us know.",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "agency-cv-logged",
    ["RE: {role} - application", "Thanks for your CV", "Your application via {org}"],
    [
      "Thanks for sending over your CV for the {role} [[position with our client|vacancy I advertised]] - it's landed safely and I've added you to our system.",
      "I'm working through the applications over the next [[few days|week]] before putting a shortlist together for the client, so you'll hear from me either way once that's done.",
    ],
    { quote: ["application"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "manager",
    "manager-received",
    ["Re: Application: {role}", "Re: {role}"],
    [
      "Received with thanks. I've passed it on to {rfirst} in our talent team, who coordinates the process for this role[[ and will be your point of contact| - you'll hear from one of us]].",
    ],
    { quote: ["application"], quoteProb: 0.8 },
  ),
  f(
    "application_ack",
    "ats",
    "humans-read",
    ["We've got it! 🎉", "Thanks for applying, {cfirst}", "Application for {role}: received"],
    [
      "Thanks for applying for the {role} role! Your application is safely in our hands.",
      "Real humans read every application here, so it can take us [[a couple of weeks|up to {days} working days]] to get back to you. In the meantime, there's nothing else you need to do.",
      "?Want to know more about how we work? Our careers page has stories from the team: https://{careers}",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "referral-received",
    ["Your referred application - {role}", "Application submitted via referral"],
    [
      "{kname} has referred you for the {role} position, and your application is now in our system.",
      "Referred applications are reviewed by our recruiting team in the same way as all others. [[We'll be in touch if there is a match.|You'll hear from us once the review is complete.]]",
      "Application reference: {ref}",
    ],
  ),

  // status_update
  f(
    "status_update",
    "recruiter",
    "running-behind",
    ["Quick update - {role}", "Where things are", "Update on timing"],
    [
      "Just a quick note so you're not left wondering: we're still working through interviews for the {role} role, and it's taking longer than planned because [[a couple of panel members were travelling|of the end-of-quarter crunch|we added a second team to the process]].",
      "I expect to be back in touch by {deadline}. [[Thanks for bearing with us.|Sorry for the wait.]]",
    ],
  ),
  f(
    "status_update",
    "ats",
    "next-stage",
    ["Your application status has changed", "Update: {role}"],
    [
      "Your application for {role} (ref. {ref}) has moved to the next stage: [[Hiring Manager Review|Team Review]].",
      "No action is needed from you at this time. You can follow your progress in the candidate portal: {portal}",
    ],
  ),
  f(
    "status_update",
    "manager",
    "on-hold-budget",
    ["{role} - role on hold", "An update on the {role} position"],
    [
      "I wanted to tell you myself: following a budget review, the {role} role has been put on hold, effective immediately.",
      "This isn't a reflection on you or your application. We'll keep your details on file and reopen the conversation if the position is released, which we hope will be [[in Q3|in the new financial year|within a few months]].",
    ],
  ),
  f(
    "status_update",
    "ats",
    "filled-internally",
    ["Position update: {role} ({ref})", "Vacancy closed - {role}"],
    [
      "We're writing to everyone who applied for {role} (ref. {ref}) to let you know that the position has been filled internally and the vacancy is now closed.",
      "Your profile remains in our talent pool, and you're welcome to apply for other openings at https://{careers}.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "agency-chasing",
    ["Update on {role}", "Client update", "Re: {role} - any news?"],
    [
      "Quick update from my side: the client has your profile and [[I chased them again this morning|the hiring manager has promised to review it this week]]. They've just been through a reorganisation, so feedback is slower than usual.",
      "?I also confirmed that your expectation of {salary} sits within their range, so no concerns there.",
      "I'll ping you as soon as I hear anything.",
    ],
    { quote: ["cand"], quoteProb: 0.5 },
  ),

  // rejection
  f(
    "rejection",
    "ats",
    "not-progressing-legal",
    ["Your application for {role}", "{org} - application outcome"],
    [
      "Thank you for your interest in the {role} position and for the time you put into your application.",
      "We have reviewed it carefully and have decided not to invite you to the next stage of the process. We received a very high number of applications for this role, which meant making some difficult choices.",
      "We'd encourage you to keep an eye on our careers site for future roles.",
      "PRIVACY NOTICE\nIn line with our candidate privacy policy, your data will be deleted six months after the close of this vacancy unless you consent to remain in our talent pool.",
    ],
  ),
  f(
    "rejection",
    "manager",
    "close-final",
    ["{role} - decision", "Following your final interview"],
    [
      "I tried to call you earlier but couldn't get through, so email it is: we've decided to offer the {role} role to another candidate.",
      "It was genuinely close, and the panel [[were impressed by your case presentation|loved your take on the product challenge]]. The deciding factor was [[direct experience in our sector|more time leading a team]]. I'm sorry it isn't better news.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "agency-client-feedback",
    ["Feedback from the client - {role}", "Re: {role} interview"],
    [
      "I've had feedback from the client on your interview, and unfortunately they've decided not to take things further.",
      "They felt [[your stakeholder management experience was lighter than they need|they needed someone with more hands-on infrastructure work]], although they liked your energy. I'll keep you in mind for similar roles that come through.",
    ],
  ),

  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "agency-client-slots",
    ["Great news - {role}", "Interview request from the client", "{role} - interview"],
    [
      "Great news - the client would like to meet you for the {role} role! They've offered these slots for a {dur}-minute video interview with {pname}:",
      "- {date}, {time}\n- {date2}, {time2}",
      "Let me know which works best and I'll lock it in with them.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "coffee-mixed",
    ["Your application - {role}", "Coffee?", "{role} at {org}"],
    [
      "Thank you for your application for the {role} position. {rfirst} shared it with me, and I was struck by [[your background in the sector|the projects on your portfolio]].",
      "I'd love to grab a coffee - or a video call if that's easier - to hear a bit more. Would any time on {day} or {date2} suit? Just send me a couple of options.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "reminder-pick",
    ["Reminder: choose your interview time", "Still to do: book your interview with {org}"],
    [
      "You haven't yet picked a time for your {role} interview. Slots are filling up, so please choose one here: {link}",
      "If none of the available times work for you, write to {rname} at {raddr} and we'll find an alternative.",
    ],
  ),

  // interview_confirmation
  f(
    "interview_confirmation",
    "booking",
    "event-confirmed",
    ["Confirmed: {dur}-minute interview with {rname}", "New event: {cname} and {rname}"],
    [
      "Your event is confirmed.",
      "What: {dur}-minute interview - {role}\nWhen: {date}, {time} ({tz})\nWhere: {vlink}",
      "Need to make changes? You can reschedule or cancel using the links in the calendar invitation.",
    ],
    { greet: false, sign: false, calendar: "request", calSummary: ["Interview: {cname} / {org}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "agency-onsite-details",
    ["Confirmed - {date}", "Re: interview time", "Your interview details"],
    [
      "All confirmed for {date} at {time} at the client's office, {street}, {city}.",
      "Ask for {pname} at reception and bring photo ID for the visitor pass. [[Dress code is smart casual.|It'll be about an hour, including a short tour.]] Give me a call on your way out and let me know how it went!",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),

  // interview_cancellation
  f(
    "interview_cancellation",
    "manager",
    "pull-our-chat",
    ["Our conversation on {date}", "Need to postpone - sorry"],
    [
      "I'm really sorry, but I have to pull our conversation on {date} - [[a production incident has taken over my week|I've been called to an all-hands offsite]].",
      "{rfirst} will reach out with new options shortly. Apologies for messing you around.",
    ],
    { calendar: "cancel", calSummary: ["Interview {cname} - {role}"] },
  ),

  // assessment
  f(
    "assessment",
    "recruiter",
    "agency-case-study",
    ["Case study - {role}", "Next step: written exercise"],
    [
      "The client has asked all shortlisted candidates to complete a short [[case study|written exercise]] before the interviews. The brief is attached.",
      "It shouldn't take more than [[two|three]] hours. Please send your response to me by {deadline} and I'll pass it on.",
    ],
    { attach: "brief" },
  ),

  // offer
  f(
    "offer",
    "manager",
    "short-offer",
    ["Good news", "{role} - we'd like you on the team"],
    [
      "I'll keep this short, as {rfirst} will follow up with the paperwork: we'd like you to join us as our new {role}!",
      "The headline numbers are a base salary of {salary} and a start date around {start}, but the written offer has all the details. Take a day or two to read it through.",
    ],
  ),

  // other
  f(
    "other",
    "jobboard",
    "candidate-digest",
    ["Your weekly candidate digest", "{n} new profiles match your saved search"],
    [
      '{n} new candidates matched your saved search "{role}" this week.',
      "TOP MATCHES\n- [[Senior|Mid-level]] profile, {city}, open to hybrid\n- 7 years' experience, available immediately\n- Recently updated CV, salary expectation on request",
      "Upgrade to Recruiter Pro to message candidates directly and see who viewed your job ads.",
      "You receive this digest because you have a saved search. Manage your alerts in your account settings.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "agency-cold-pitch",
    ["{role} candidates available now", "Quick intro - specialist recruitment"],
    [
      "I run a boutique recruitment agency focused on [[tech|finance|operations]] hires. We currently have three pre-vetted {role} candidates who are available to interview immediately.",
      "Our terms are simple: an 18% fee, with a 90-day replacement guarantee. Could we book 15 minutes this week to talk through your hiring plans?",
    ],
  ),
  f(
    "other",
    "vendor",
    "offer-letter-saas",
    ["Offer letters in minutes, not days", "Still sending offers as PDFs?"],
    [
      "Teams like yours use our platform to generate, approve and e-sign offer letters in minutes - no more chasing signatures over email.",
      "Customers report a [[{pct}%|noticeably]] higher offer acceptance rate in their first quarter. Would you be open to a 20-minute demo? Reply with a time that suits and I'll send an invite.",
    ],
  ),
  f(
    "other",
    "colleague",
    "fwd-cv-network",
    [],
    [
      "Forwarding this one from my network - could you take a look and tell me whether it's worth a screening call? [[No pressure if it's not a fit.|I think they could be a good fit for the platform team.]]",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "scorecard-overdue",
    ["Reminder: scorecard overdue for {cname}", "Action required: submit your interview feedback"],
    [
      "Your scorecard for {cname} ({role}) is overdue. The interview took place on {pastdate}.",
      "Please submit your feedback so the hiring team can make a decision. Candidates are waiting on outcomes that depend on it.",
    ],
  ),
  f(
    "other",
    "colleague",
    "room-double-booked",
    ["Room change - {role} debrief", "Debrief moved"],
    [
      "Heads up: the room we booked for the {role} debrief on {day} is unavailable - facilities double-booked it. I've moved us to [[3B|the small room by the kitchen]], same time.",
      "?Can you bring the printed scorecards? The screen in there is temperamental.",
    ],
  ),
  f(
    "other",
    "vendor",
    "event-invite",
    ["You're invited: Talent Leaders Breakfast, {city}", "Invitation - People & Hiring roundtable"],
    [
      "We'd be delighted to welcome you to our [[Talent Leaders Breakfast|spring roundtable for hiring leaders]] in {city} on {date}, from 8:00 to 10:00.",
      "Speakers will share how they cut time-to-hire and improved candidate experience. Places are limited, so please RSVP by replying to this email.",
      "The Events Team",
    ],
    { sign: false },
  ),
  f(
    "other",
    "vendor",
    "podcast-interview",
    ["Podcast interview request", "Guest invitation - The Hiring Line"],
    [
      "I'm producing an episode on [[hiring in the age of AI|building teams across time zones]] and would love to interview someone from {org}'s talent team.",
      "Recording takes about 40 minutes, fully remote, and we share questions in advance. Would you or a colleague be interested?",
      "{cname}\nProducer, The Hiring Line podcast",
    ],
    { sign: false },
  ),
  f(
    "other",
    "system",
    "parking-permit",
    ["Your parking permit application ({ref})", "Application approved: parking permit"],
    [
      "Your application for a parking permit (ref. {ref}) has been approved.",
      "Your permit is valid from {start} for the {city} office car park. Please display it clearly on your dashboard.",
    ],
    { greet: false, sign: false },
  ),
];
