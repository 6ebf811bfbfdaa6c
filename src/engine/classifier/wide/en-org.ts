/**
 * Wider phrasings for one language (en-org), written to generalise beyond the corpus families the
 * first tables were tuned on: each entry states an intent the way writers commonly do, with its
 * usual variants (person, tense, register, regional forms). Syntax and tiers: see `../phrases.ts`.
 *
 * Organisation-side intents only (rejection, scheduling, confirmation, cancellation, assessment,
 * offer); the candidate-side ones live in `en-cand.ts`. Strong phrases that do not name the hiring
 * process are demoted to tier `g` by `gateGeneric` (they count only in a hiring context). Every
 * alternative of `a|b` is ONE token: "hiring manager" is written as two tokens, never inside `|`.
 */
import type { PhraseGroup, Tiers } from "../phrases.ts";

/** The job itself, as a declining or offering sentence names it. */
const JOB = "role|position|job|vacancy|opportunity";
/** Other names of the job: not hiring words by themselves (a phrase with them is not strong). */
const JOB_OTHER = "opening|post|vacancies";
/** A conversation the organisation sets up, named without the word "interview". */
const TALK = "call|chat|conversation|meeting|catch|coffee|session|screen|screening";
/** A weekday or a near day. */
const DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight";
/** A month, as a date names it. */
const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

/**
 * Declining acts with a negation but no hiring word. Medium (a declining act, enough with a tone
 * word when the context is weak) and generic too: a medium rejection phrase marks the message as
 * decisive, which turns off the composed decline ("not … extend … offer"), so in a hiring context
 * the generic copy gives the points that composed decline would have.
 */
const NEGATED_DECLINES = [
  "not|t be making|extending you an|a offer",
  "not to extend|make an|a offer",
  "not extend|make|extending|making an|a offer",
  "not progress|progressing|advance|advancing you to .. next|final|further",
  "not .. right|ideal|best match|fit at this|the moment|time|stage",
  "not been? successful on|at|this this? occasion|time|stage|round",
];

export const WIDE_EN_ORG: Partial<Record<PhraseGroup, Tiers>> = {
  rejection: {
    s: [
      // "it isn't a match for this vacancy", "your profile is not quite the right fit for the role"
      `isn|wasn|aren|weren t .. match|fit for this|the|our ${JOB}`,
      `not a|an|the|quite .. match|fit for this|the|our ${JOB}`,
      // "we won't be able to offer you the position", "we are unable to offer you an interview"
      `not|t be able to offer you a|an|the|this ${JOB}`,
      `unable to offer you a|an|the|this ${JOB}`,
      `cannot|can t offer you a|an|the|this ${JOB}`,
      "not|t be able to offer you a|an|the|this? interview|interviews",
      "unable to offer you a|an|the|this? interview|interviews",
      "cannot|can t offer you a|an|the|this? interview|interviews",
      "unable to invite you to|for an? interview|interviews",
      "not|t be able to invite you to|for an? interview|interviews",
      "cannot|can t invite you to|for an? interview|interviews",
      "not|t be inviting you to|for an? interview|interviews",
      "not|t be scheduling|arranging|setting|offering|organising|organizing .. interview|interviews",
      "decided not to shortlist|interview you",
      "decided to not shortlist|interview you",
      // ATS status lines: "your application has been declined", "candidacy was rejected"
      "application|candidacy .. has|have|was|is been? declined|rejected|archived",
      "application|candidacy status .. declined|rejected|unsuccessful",
      "application|candidacy .. not been successful|shortlisted|selected|progressed|chosen",
      "application|candidacy .. not successful|shortlisted|selected|progressed|chosen",
      "application|candidacy .. hasn|wasn t been? successful|shortlisted|selected|progressed|chosen",
      "not been shortlisted|selected|chosen for .. interview|interviews|role|position|job|vacancy",
      // "you didn't make the shortlist", "you did not make it to the interview stage"
      "didn t make|made it? .. shortlist|shortlisting|interview|interviews",
      "did not make|made it? .. shortlist|shortlisting|interview|interviews",
      "not progress|progressing|advance|advancing you to .. interview|interviews",
      // Someone else: "candidates whose experience more closely matches", "focus on other applicants"
      "candidates|applicants whose .. more|better|closer",
      "candidate|applicant whose .. more|better|closer",
      "candidates|applicants who|that more|better .. match|matches|fit|fits|align|aligns|suit|suits",
      "focus|focusing|concentrate|concentrating|prioritise|prioritize|prioritising|prioritizing on? other|alternative candidates|applicants",
      "proceed|proceeding|continue|continuing|progress|progressing with? other|alternative candidates|applicants",
      // "sadly we won't be offering you the role", "they went with a candidate who had more …"
      "not|t be offering you the|this|a role|position|job|vacancy",
      "candidate|candidates|applicant|applicants was|were|is|are .. stronger|better|closer match|matches|fit|fits",
      "candidate|candidates|applicant|applicants was|were|is|are .. better|more|closer|most suited|aligned|qualified|matched|relevant|experienced",
      "been|was|were offered|awarded to an|another internal|external|other|different? candidate|applicant",
      "been|was|were offered|awarded to a internal|external|other|different candidate|applicant",
      "went|gone|going with a|another|other|different candidate|applicant|candidates|applicants",
      "proceed|proceeding|continue|continuing|progress|progressing with a|an different|alternative|external|internal candidate|applicant",
      "pursue|pursuing|hire|hired|select|selected|chose|chosen|appoint|appointed a|an different|alternative|external|internal candidate|applicant",
      // "we won't be taking your candidacy forward", "we will not be progressing your application"
      "not|t be progressing|advancing|pursuing|continuing|considering with? your application|candidacy",
      "application|candidacy .. not .. moving|progressing|proceeding|going|move|progress|proceed|go|taken forward|further|ahead",
      "application|candidacy won|can|couldn|didn t .. moving|progressing|proceeding|going|move|progress|proceed|go|taken forward|further|ahead",
      "application|candidacy will|can|could|did not .. moving|progressing|proceeding|going|move|progress|proceed|go|taken forward|further|ahead",
      "application|candidacy cannot .. moving|progressing|proceeding|going|move|progress|proceed|go|taken forward|further|ahead",
      "closed|closing your application|applications|candidacy",
      // "your application for the position of X has been unsuccessful" (a condition "if you have not
      // heard … assume your application was unsuccessful" is skipped by the classifier).
      "application|applications|candidacy .. has|have|was|were|is been? unsuccessful",
      "position|role|vacancy .. has|have|was been? unsuccessful",
      // "we've decided to offer the position to the other candidate", "gave the role to someone else"
      "offer|offered|offering|give|given|gave|award|awarded the|this role|position|job|vacancy to .. another|other|different|alternative|internal|external candidate|applicant|candidates|applicants",
      "offer|offered|offering|give|given|gave|award|awarded the|this role|position|job|vacancy to someone|somebody else",
      // "another candidate had more hands-on experience", "other applicants with stronger …"
      "another|other|alternative candidate|candidates|applicant|applicants had|has|have|with more|stronger|greater|closer|better|deeper|broader|longer",
      // "they won't be taking your application any further", "we're not moving forward with your candidacy"
      "not|t be taking|moving|putting|carrying your application|candidacy|cv any? further|forward",
      "not|t be moving|going|proceeding|progressing forward|ahead|further with your application|candidacy",
      "not moving|going|proceeding|progressing forward|ahead|further with your application|candidacy",
      "forward|ahead with other|another|alternative|different candidates|candidate|applicants|applicant",
    ],
    m: [
      ...NEGATED_DECLINES,
      // Medium tier is a declining act too (not demoted): phrases without a hiring word go here.
      `isn|wasn|aren|weren t .. match|fit for this|the|our ${JOB_OTHER}`,
      `not a|an|the|quite .. match|fit for this|the|our ${JOB_OTHER}`,
      "not|t be able to offer you a|an|the|this place|contract|post",
      "unable to offer you a|an|the|this place|contract|post",
      "decided not to invite|progress|advance|hire|appoint you",
      "decided to not invite|progress|advance|hire|appoint you",
      "removed|withdrawn .. from .. consideration|shortlist|process",
      "go|went|gone|going with someone|somebody whose|who .. more|closer|better|stronger",
      "it s a no",
      "a no from",
      "more suitable|relevant|experienced|qualified candidates|applicants|profiles",
      "stronger candidates|applicants|profiles",
      // Declining acts without a hiring word: medium, so they need a tone word or context beside them.
      "unable to invite|progress|advance|move you to|for|into the? next|final|second|third|further|interview|round|stage",
      "cannot|can t invite|progress|advance|move you to|for|into the? next|final|second|third|further|interview|round|stage",
      "not|t be able to invite|progress|advance|move you to|for|into the? next|final|second|third|further|interview|round|stage",
      "not|t be inviting|progressing|advancing|moving you to|for|into the? next|final|second|third|further|interview|round|stage",
      // "you have not been selected to proceed": a declining act, but tenders say it too.
      "not been? selected|chosen|shortlisted to move|progress|proceed|advance|continue",
    ],
    g: [
      ...NEGATED_DECLINES,
      // Fit denied in the candidate's terms: "your experience does not match what we need"
      "experience|profile|background|skills|qualifications doesn|don|didn t .. match|meet|align|fit|suit",
      "experience|profile|background|skills|qualifications do|does|did not .. match|meet|align|fit|suit",
      "doesn|don|didn t meet .. requirements|criteria|bar|threshold",
      "does|do|did not meet .. requirements|criteria|bar|threshold",
      "t|not the news|outcome|answer|result|response you|we|i were|was|d|had hoping|hoped|looking",
      "move|moving|head|heading|went|gone|going|take|taking in a|another different|new? direction",
      "not feel|think|believe .. match|matches|meet|meets|align|aligns|fit|fits|suited",
      "difficult|tough|hard decision not to",
      // Beside "unable to invite you to the next round" (medium): a scheduling phrase matches inside it.
      "unable|cannot to? invite|progress|advance you",
      "not|t be able to invite|progress|advance you",
      "not|t be inviting|progressing|advancing you",
      "not|t be? taking|pursuing|progressing|moving|take|pursue|progress things|this|it|matters further|forward",
      "not|t be moving|taking you forward|further|ahead",
      // "the client decided not to take things further" ("decided …" counts as a declining act).
      "decided not to take|move|pursue|progress|proceed|go things|this|it|matters|you? forward|further|ahead",
      "not|t be moving|going|proceeding forward|ahead with you",
      "didn t make the cut",
      "did not make the cut",
      "didn t make it through",
      "did not make it through",
    ],
    // No weak cue that acknowledgements also say ("talent pool", "number of applications"): any
    // rejection point silences an acknowledgement whose only evidence is "thank you for applying".
    w: [
      "difficult|tough|hard decision",
      "i m afraid",
      "sadly",
      "regrettably",
      "not an easy decision",
      "on this occasion",
      "best of luck",
      "every success",
      "encourage you to apply|reapply",
      "apply again",
    ],
  },
  scheduling_request: {
    s: [
      "set up .. screening|screen|interview|interviews",
      "arrange|schedule|book|organise|organize|plan .. screening|screen",
      "like|love|keen|want|happy to invite|have|bring|get you in for .. interview|interviews",
      "next step|stage would|will|is be? a|an .. interview|interviews",
      "next step|stage would|will|is be? a|an .. screen|screening",
      "would you be open|interested|up|keen|available|free .. interview|interviews",
      "interview invitation|invite|request|availability",
      "when|what|which .. suit|suits|works|work|convenient .. interview",
      "find|pick|choose|book|agree|suggest|propose|arrange a|the? date|time|slot|day for .. interview|interviews",
      "hiring manager|team would|d like to meet|speak|talk|chat",
      "to book|schedule|reserve|arrange|choose|pick|select your interview|interviews",
      "work|suit|works|suits for a|an|the|your first|initial|second|third|final|next? interview",
      // "the panel would like to see you for a second interview", "meet you for an interview"
      "see|meet you for a|an|the|your .. interview|interviews",
      "available|free for a|an|the|your .. interview|interviews",
      // "your profile has been shortlisted for a telephonic round": shortlisted for a meeting to come.
      "shortlisted for a|an|the .. interview|interviews|round|discussion",
    ],
    m: [
      "intro|introductory|exploratory|informal screening",
      "set up a|an quick|short|brief|initial|first? phone|video|recruiter|intro|introductory screen|screening",
      "book|schedule|pick|choose|select|find a|your time|slot with the|our panel|hiring|recruiter|recruiting|interviewers",
      `${TALK} .. about|regarding|discuss|discussing .. application|cv|resume|candidacy`,
      `${TALK} with .. hiring manager|team`,
      "set up|arrange|schedule|book|plan your|an|the onsite|onsites|superday",
      "submit|provide|share|send|give us? your availability",
      "talk|speak|chat|chatting|talking|speaking about|regarding|through the|this|our|an|a .. role|position|opening|opportunity|vacancy|job",
      "talk|speak|chat|go through|over your application|cv|resume|candidacy|background|experience",
      "reply|respond with a couple|few of? times|slots|options|dates",
      // Indian English and agency usage: "a telephonic discussion with our technical panel".
      "telephonic discussion|round|interview|call|conversation",
      "technical|managerial|hr|f2f|telephonic round",
      "with our|the technical|interview|interviewing|hiring|recruitment|selection panel",
      // "we'd like to meet you in person for the next round"
      "meet|see you .. for the|a|an next|first|second|third|final|technical round|stage",
      // British informal: "fancy a coffee next week so we can talk about the role?"
      "fancy a|an quick|informal|proper? coffee|chat|call|catch|natter|brew",
      "discuss|discussing the|this|your .. role|position|opportunity|vacancy|application|cv|resume",
    ],
    g: [
      "send|share .. calendar|booking|scheduling link",
      "link below|above to book|schedule|choose|pick|select|reserve",
      "what does|would your diary|calendar|schedule|week|availability look like",
      "how does|do|is your diary|calendar|schedule|week|availability look|looking",
      `grab|arrange|book a|an quick|short|brief|informal|intro|introductory|initial? ${TALK}|zoom|teams`,
      `set up a|an quick|short|brief|informal|intro|introductory|initial? ${TALK}|zoom|teams`,
      `jump|hop on a|an quick|short|brief|informal|intro|introductory|initial? ${TALK}|zoom|teams`,
      "any chance we|i|you could|can .. call|chat|speak|talk|meet",
      "would|do|could you have|spare .. minutes|time|moment for a|an? quick|short|brief? call|chat|conversation|coffee",
      `do|would you have time on|this|next|${DAY}`,
      "invite you to meet|speak|talk|chat with",
      "is there a good|convenient|suitable time|day",
      "give you a ring|call|buzz|bell",
      "would you be open|up|interested|keen|happy|free .. call|chat|conversation|speaking|talking|meeting",
      `are you free|around|available on|for|this|next|at|any|${DAY}`,
      "drop|send|shoot|give me|us a line|note|message with|when",
      "let me|us know a|some|few|two|three|any good|convenient|suitable? times|days|slots|windows|dates",
      "let me|us know when|which|what .. free|available|suits|works|convenient|best",
      "happy to work around your",
      "works|work on|at|for? my|our end|side",
      `could|can do ${DAY}|next|this`,
      "what time|times|day|days suits|suit|work|works best",
      "please book|schedule|reserve|pick|choose|select .. link|calendar|slot|slots",
      "find a slot|time|day|date that suits|works|fits",
      "talk|chat|speak through|about your experience|background|career|skills",
      `can|could you do ${DAY}|either|next|this`,
      "schedule|arrange|set up|organise|organize a|an .. discussion|round",
    ],
    w: [
      "tell you a bit|more about the role|team|company|position|opportunity",
      "came across your profile|cv|resume|background",
      "great|good|strong fit for",
      "time that suits|works",
      "minutes is plenty|enough",
      "at your convenience",
      "kindly revert",
      "get|put|pop something|time in the|your diary|calendar",
      "block the|your|our .. calendar|calendars|diary",
      "happy to do a|an video|phone|zoom|teams call",
    ],
  },
  interview_confirmation: {
    // Scheduling requests describe what follows a booking ("once you are booked for your interview,
    // please join a few minutes early"): only a time already set counts here, never what will
    // happen, and no weak cues (a tie with a request goes to confirmation).
    s: ["interview confirmation|confirmed", "ve|have|has|just confirmed your|the .. interview|interviews"],
    // Agency style: "All confirmed for Tuesday 5 May at 9:00am at the client's office … let me know
    // how it went!" (medium: a client visit reads the same, so it needs an agency cue beside it).
    m: [`all|you re|you are|that s|everything s confirmed for ${DAY}|${MONTH}|tomorrow`],
    w: ["let me know how it went|goes", "at the client s office|offices|site|premises"],
    g: [
      // Business mail says these too: only in a hiring context.
      "same link|room|address|details|location as before",
      "link|invite|invitation|details .. still stands|unchanged|remains|remain",
      "please bring .. id|identification|passport|portfolio|photo",
      "re|are now down|pencilled|penciled|booked|slotted|locked|scheduled|confirmed for|in",
      "re|are down|pencilled|penciled|slotted|locked for|in",
      "put|pencilled|penciled|booked|slotted you down|in for",
      // "we've moved you to Tuesday 28 April" (not "moved you to the next stage": a request follows).
      `moved|rescheduled|switched|changed|shifted you|it|this|things to ${DAY}|${MONTH}`,
      "thanks|thank you? for booking|scheduling",
      `see you ${DAY} at|then|morning|afternoon`,
      `speak|talk to|with you ${DAY} at|then|morning|afternoon`,
    ],
  },
  interview_cancellation: {
    s: [
      "interview|interviews .. no longer .. go|going|take|taking|happen|happening",
      "interview|interviews .. not .. go|going ahead",
      "interview|interviews .. not .. take|taking place",
      "interview|interviews .. has|have|had to be? cancelled|canceled|postponed",
      "interviewer|interviewers .. unwell|sick|ill|unavailable|away|emergency|conflict|clash",
      "interviewer|interviewers .. not|unable|cannot|t .. make|attend|join",
      // "we'll have to move your interview", "the interview will need to be rearranged"
      "have|had to move|shift|push|bump|rearrange|rebook your|the|our|tomorrow|today .. interview|interviews",
      "interview|interviews .. need|needs|have|has to be moved|rescheduled|rearranged|postponed|cancelled|canceled|rebooked",
      "postponement|cancellation|rescheduling of your|the .. interview|interviews",
      "unable|able to go ahead with .. interview|interviews",
      "cancel|cancelled|canceled|cancelling|canceling|postpone|postponed|postponing .. screening",
      // "Tuesday's interview is off", "the interview has been called off", "interview on hold"
      "interview|interviews .. is|s|are off",
      "interview|interviews .. called|pulled off",
      "interview|interviews .. on hold|ice",
    ],
    w: [
      // "the hiring manager is away until Friday" is a delay (a status update) unless an interview moves.
      "hiring manager|team .. unwell|sick|ill|unavailable|away|emergency|conflict|clash",
      "something has|s come up",
      "something came up",
      "change of plans",
      "short|late notice",
      "apologies|apologise|apologize|sorry for the|any inconvenience|disruption",
    ],
    g: [
      // Business mail postpones meetings with the same words: only in a hiring context.
      "come up on my|our side|end",
      "push|pushing|bump|bumping|move|moving|shift|shifting it|this|things back",
      "push|pushing|bump|bumping|move|moving|shift|shifting our|the call|chat|conversation|meeting back",
      "alternative|alternate|new|other|different times|dates|slots|options .. shortly|soon|follow|once",
      "disregard .. invite|invitation|calendar",
      "rain check",
      `not|t be able to make|attend|do|keep|hold|join our|the|your|tomorrow|today|this .. ${TALK}|appointment`,
      `unable to make|attend|do|keep|hold|join our|the|your|tomorrow|today|this .. ${TALK}|appointment`,
      "could|can|shall|would we push|bump|rearrange|postpone",
      "no longer .. go|going ahead",
      "in touch to rearrange|reschedule|rebook",
      "can|couldn|won t go ahead as planned|scheduled|arranged",
      "cannot go ahead as planned|scheduled|arranged",
      "ll|will|must|shall postpone|cancel|rearrange",
      "hold off for now",
      "been called away|into",
      "need|needs to be rescheduled|rearranged|postponed|moved|cancelled|canceled|rebooked",
      "send|suggest|propose|share|offer you? new options|times|slots|dates",
      "no longer able|available to meet|speak|talk|make",
      "slot|time|appointment .. no longer available",
      "no longer .. take|taking place",
      "unexpected|unforeseen|urgent .. conflict|clash|circumstances|commitment|emergency",
      "last minute conflict|clash|emergency|commitment",
      // "we won't be able to see you on Thursday as planned", "will not take place as planned"
      "not|t be able to see|meet|interview you",
      "unable to see|meet|interview you",
      "not take|taking place as planned|scheduled|arranged|agreed",
      "of the panel is|are|has|have .. unavailable|unwell|ill|sick|away|emergency",
      `tomorrow|today|${DAY} s .. is|s off`,
    ],
  },
  assessment: {
    s: [
      "take home task|brief|case|coding|exercise|project|challenge|assignment|test",
      "work sample|samples",
      "trial task|project|assignment|exercise",
      "paid|practical|written|design|writing|data|sql|analytics|analysis|product|presentation exercise|challenge|task|brief",
      "role play exercise|task",
      "in tray|basket exercise",
      "skills|ability|numerical|verbal|logical|reasoning|situational|judgement|judgment test|tests|assessment|assessments|questionnaire",
      "recorded|asynchronous|async interview|assessment|assessments",
      "one way video? interview",
      "assessment centre|center|day",
      "next stage|step .. is|will|involves|consists .. test|assessment|exercise|challenge|assignment|task",
      "complete|completing|finish|submit|return|attempt .. test|task|quiz|brief|exercise",
      "invite|invitation|invited .. complete|take|do|sit|attempt .. test|assessment|exercise|challenge|assignment|task|quiz|questionnaire",
      "link|access .. to|for the|your .. test|assessment|exercise|challenge|assignment|task|quiz|questionnaire",
    ],
    m: [
      // Assessment nouns business mail rarely uses: medium, so one more cue decides.
      "take home task|brief|case|coding|exercise|project|challenge|assignment|test",
      "design|coding|programming challenge|exercise",
      "work sample|samples",
      "assessment centre|center",
      "time limit",
      "timed test|assessment|exercise",
      "spend no more than",
      "instructions|brief .. attached|enclosed|below",
    ],
    w: [
      "deadline",
      "minutes to complete",
      "in one sitting",
      "quiet place|environment",
      "prepare a short? presentation|case|pitch",
    ],
  },
  offer: {
    s: [
      // Not "offer you an interview for the role": a recruiter offering a call is scheduling.
      "offer|offering you the|this role|position|job|vacancy",
      "offer|offering you a|an permanent|new|full|part|fixed? time|term? role|position|job",
      "that you have|ve been selected|chosen for the|this role|position|job|vacancy",
      "make|making you an? formal|official|written|verbal? offer",
      "extend|extending|extended .. offer of employment",
      "extend|extending|extended .. offer to you",
      "offer letter|pack|package|document|documents|paperwork .. attached|enclosed|follow|follows",
      "your|formal|written offer .. attached|enclosed|follow|follows",
      // "you got the job!", "the role is yours"
      "you ve|have got the job|role|position",
      "you got the role|position",
      "the role|position|job is yours",
    ],
    m: [
      "make|making you an? formal|official|written|verbal? offer",
      // A job named between: "offer you the Senior Data Engineer position" (medium: "offer you the
      // chance to discuss the role" is a scheduling request).
      "offer|offering you the|this .. role|position|job|vacancy",
      "want|like|love|d you on the|our team",
      "send|sending the|your contract|offer over|across|through",
      "offer|offering you employment",
      "offer|offering you a|an permanent|new|full|part|fixed? time|term? contract",
      "contract|contracts of employment",
      "terms of employment",
      "congratulations .. offer|hired|joining",
      "excited|thrilled|delighted|happy|pleased|glad to have|welcome you join the|our team|company",
      "excited|thrilled|delighted|happy|pleased|glad to have|welcome you joining|aboard",
      "excited|thrilled|delighted|happy|pleased|glad to have|welcome you on board",
      "sign|signing|countersign .. offer|contract",
      "like|love to have you aboard",
      "like|love to have you on board",
      // "the client wants to hire you", "we'd like to make you an offer", "review and sign your offer"
      "want|wants|like|love|decided|keen|ready|going to hire|employ|appoint you",
      "like|love|pleased|delighted|happy|thrilled|excited|able|ready to make|extend you an? formal|official|written|verbal? offer",
      "review|accept|sign your|the offer",
      "putting|put|pulling|pull together an|the|your offer",
    ],
    w: [
      "background|reference check|checks",
      "pre employment",
      "start|starting date",
      "base|starting|annual salary",
      "salary of",
    ],
  },
};
