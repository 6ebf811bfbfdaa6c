/**
 * The demo organisation's data model: provider-neutral mail and calendar items (rendered later
 * into engine `Message`/`CalendarEvent`s, Graph and Gmail resources, `.mbox`/`.ics` files) and
 * the ground truth of planted breakdowns.
 */
import type { FindingType, MailboxRole } from "../engine/model.ts";
import type { TenantSettingsInput } from "../engine/settings.ts";

export interface DemoAddress {
  address: string;
  name?: string;
}

/** A person of the organisation (each one is a monitored mailbox). */
export interface DemoPerson extends DemoAddress {
  name: string;
  /** Mailbox id at onboarding (the local part). */
  mailboxId: string;
  role: MailboxRole;
  team?: string;
}

/** An open requisition. */
export interface DemoRequisition {
  id: string;
  title: string;
  team: string;
  recruiter: string;
  hiringManager: string;
}

/** Where one copy of a mail sits. */
export interface DemoCopy {
  mailboxId: string;
  folder: "inbox" | "sent";
}

/** One Internet message, with every monitored mailbox that holds a copy. */
export interface DemoMail {
  /** Unique key within the tenant; provider ids derive from it. */
  key: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  /** Conversation key (Graph conversationId / Gmail thread). */
  thread: string;
  from: DemoAddress;
  to: DemoAddress[];
  cc: DemoAddress[];
  /** ISO instant. */
  sentAt: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. `Auto-Submitted`. */
  headers: [string, string][];
  /** For a delivery failure: the recipient that failed and the bounced message's id. */
  dsn?: { recipient: string; originalMessageId: string; status: string; diagnostic: string };
  copies: DemoCopy[];
  /** The intent the generator wrote it with (for reading the data; the classifier decides). */
  intent: string;
}

/** One calendar event (an interview), with the monitored calendars that hold it. */
export interface DemoEvent {
  uid: string;
  key: string;
  subject: string;
  organizer: DemoAddress;
  attendees: (DemoAddress & { response: "accepted" | "needs_action" | "declined" | "tentative" })[];
  start: string;
  end: string;
  timeZone: string;
  cancelled: boolean;
  createdAt: string;
  updatedAt: string;
  /** Mailbox ids whose calendars hold it. */
  calendars: string[];
}

/** One planted breakdown: what the audit must find. */
export interface PlantedFinding {
  type: FindingType;
  /** Candidate address (for `requisition_stall`: the first candidate of the group). */
  candidate: string;
  /** The anchor item: a Message-ID (`<…>`) or an event UID. */
  anchor: string;
  /** The role (requisition) concerned. */
  role: string;
  /** What was planted, in words. */
  story: string;
}

/** What happened to one candidate (for reading the data and for the README). */
export interface DemoCandidate extends DemoAddress {
  name: string;
  language: string;
  role: string;
  team: string;
  story: string;
  /** True when the story plants a breakdown. */
  planted: boolean;
}

/** One tenant (one provider) of the demo. */
export interface DemoTenant {
  id: string;
  name: string;
  provider: "microsoft" | "google";
  orgDomain: string;
  settings: TenantSettingsInput & { orgDomains: string[] };
  people: DemoPerson[];
  requisitions: DemoRequisition[];
  candidates: DemoCandidate[];
  mails: DemoMail[];
  events: DemoEvent[];
  truth: PlantedFinding[];
}

export interface DemoDataset {
  seed: number;
  /** The demo's "now" (ISO): every story is placed relative to it. */
  now: string;
  tenants: DemoTenant[];
}
