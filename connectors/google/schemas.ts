/**
 * zod schemas of the Google resources the connector reads (Gmail v1, Calendar v3), as published
 * in the discovery documents. Only the fields the connector uses are declared; unknown fields
 * pass through untouched. Empty lists may be left out by Google, so every list is optional.
 */
import { z } from "zod";

/** uint64/int64 values are JSON strings in Google's APIs; accept bare numbers too (guide examples). */
const Int64String = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);

export const GmailHeader = z.object({ name: z.string(), value: z.string() });
export type GmailHeader = z.infer<typeof GmailHeader>;

export const GmailPartBody = z.object({
  size: z.number().int().nonnegative().optional(),
  data: z.string().optional(),
  attachmentId: z.string().optional(),
});

/** A MessagePart: recursive MIME tree of `format=full`. */
export interface GmailMessagePart {
  partId?: string | undefined;
  mimeType?: string | undefined;
  filename?: string | undefined;
  headers?: GmailHeader[] | undefined;
  body?: z.infer<typeof GmailPartBody> | undefined;
  parts?: GmailMessagePart[] | undefined;
}
export const GmailMessagePart: z.ZodType<GmailMessagePart> = z.lazy(() =>
  z.object({
    partId: z.string().optional(),
    mimeType: z.string().optional(),
    filename: z.string().optional(),
    headers: z.array(GmailHeader).optional(),
    body: GmailPartBody.optional(),
    parts: z.array(GmailMessagePart).max(500).optional(),
  }),
);

/** `users.messages.get` response (any format). */
export const GmailMessage = z.object({
  id: z.string().min(1),
  threadId: z.string().optional(),
  labelIds: z.array(z.string()).optional(),
  snippet: z.string().optional(),
  historyId: Int64String.optional(),
  internalDate: Int64String.optional(),
  sizeEstimate: z.number().optional(),
  payload: GmailMessagePart.optional(),
  raw: z.string().optional(),
});
export type GmailMessage = z.infer<typeof GmailMessage>;

export const GmailMessageRef = z.object({ id: z.string().min(1), threadId: z.string().optional() });

/** `users.messages.list` response. */
export const GmailMessageList = z.object({
  messages: z.array(GmailMessageRef).optional(),
  nextPageToken: z.string().optional(),
  resultSizeEstimate: z.number().optional(),
});

const HistoryMessage = z.object({
  message: GmailMessageRef.extend({ labelIds: z.array(z.string()).optional() }),
});
const HistoryLabelChange = HistoryMessage.extend({ labelIds: z.array(z.string()).optional() });

/** `users.history.list` response. */
export const GmailHistoryList = z.object({
  history: z
    .array(
      z.object({
        id: Int64String,
        messages: z.array(GmailMessageRef).optional(),
        messagesAdded: z.array(HistoryMessage).optional(),
        messagesDeleted: z.array(HistoryMessage).optional(),
        labelsAdded: z.array(HistoryLabelChange).optional(),
        labelsRemoved: z.array(HistoryLabelChange).optional(),
      }),
    )
    .optional(),
  nextPageToken: z.string().optional(),
  historyId: Int64String,
});
export type GmailHistoryList = z.infer<typeof GmailHistoryList>;

/** `users.getProfile` response. */
export const GmailProfile = z.object({
  emailAddress: z.string(),
  messagesTotal: z.number().optional(),
  threadsTotal: z.number().optional(),
  historyId: Int64String,
});

/** `users.watch` response. */
export const GmailWatchResponse = z.object({ historyId: Int64String, expiration: Int64String });

/** Calendar EventDateTime: `date` (all-day) or `dateTime`, with an optional IANA `timeZone`. */
export const CalendarEventDateTime = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});

const CalendarPerson = z.object({
  id: z.string().optional(),
  email: z.string().optional(),
  displayName: z.string().optional(),
  self: z.boolean().optional(),
});

/** Calendar `Event` (the fields ghostwatch uses). */
export const GoogleCalendarEvent = z.object({
  id: z.string().min(1),
  status: z.enum(["confirmed", "tentative", "cancelled"]).optional(),
  iCalUID: z.string().optional(),
  summary: z.string().optional(),
  start: CalendarEventDateTime.optional(),
  end: CalendarEventDateTime.optional(),
  organizer: CalendarPerson.optional(),
  attendees: z
    .array(
      CalendarPerson.extend({
        responseStatus: z.enum(["needsAction", "declined", "tentative", "accepted"]).optional(),
        organizer: z.boolean().optional(),
        optional: z.boolean().optional(),
        resource: z.boolean().optional(),
      }),
    )
    .optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  recurringEventId: z.string().optional(),
  originalStartTime: CalendarEventDateTime.optional(),
});
export type GoogleCalendarEvent = z.infer<typeof GoogleCalendarEvent>;

/** Calendar `Events` list page; `items` stay unknown so one bad event never sinks the page. */
export const GoogleCalendarEventsPage = z.object({
  items: z.array(z.unknown()).optional(),
  nextPageToken: z.string().optional(),
  nextSyncToken: z.string().optional(),
  timeZone: z.string().optional(),
});

/** Google JSON error body: `{"error":{"code","message","errors":[{domain,reason,message}],"status"}}`. */
export const GoogleErrorBody = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    errors: z
      .array(
        z.object({
          domain: z.string().optional(),
          reason: z.string().optional(),
          message: z.string().optional(),
        }),
      )
      .optional(),
  }),
});
export type GoogleErrorBody = z.infer<typeof GoogleErrorBody>;

/** OAuth token endpoint success body. */
export const GoogleTokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
});

/** OAuth token endpoint error body (flat). */
export const GoogleTokenError = z.object({ error: z.string(), error_description: z.string().optional() });
