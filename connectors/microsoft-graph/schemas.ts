/**
 * zod schemas of the Microsoft Graph v1.0 shapes the connector reads: message (and the
 * eventMessage subtypes), event, delta pages, `$batch`, errors and the token endpoint.
 * Field names follow learn.microsoft.com/graph (resources/message, resources/eventmessage,
 * resources/event, concepts/delta-query-*, concepts/json-batching, concepts/errors).
 * Objects are loose: Graph adds properties over time and the connector must not break on them.
 */
import { z } from "zod";

/** `emailAddress` inside a recipient. `address` can be absent (e.g. an unresolved display name). */
export const GraphEmailAddress = z.looseObject({
  name: z.string().nullish(),
  address: z.string().nullish(),
});

/** `recipient`: `{ emailAddress: { name, address } }`. */
export const GraphRecipient = z.looseObject({ emailAddress: GraphEmailAddress.nullish() });
export type GraphRecipient = z.infer<typeof GraphRecipient>;

/** `itemBody`: `{ contentType: "text" | "html", content }` (case varies: `Text`, `HTML`). */
export const GraphItemBody = z.looseObject({
  contentType: z.string().nullish(),
  content: z.string().nullish(),
});

/** `dateTimeTimeZone`: local `dateTime` without offset plus a Windows or IANA `timeZone`. */
export const GraphDateTimeTimeZone = z.looseObject({
  dateTime: z.string(),
  timeZone: z.string().nullish(),
});
export type GraphDateTimeTimeZone = z.infer<typeof GraphDateTimeTimeZone>;

/** `internetMessageHeader`. */
export const GraphHeader = z.looseObject({ name: z.string(), value: z.string().nullish() });

/** `attendee`: recipient plus `type` and `status`. */
export const GraphAttendee = z.looseObject({
  type: z.string().nullish(),
  status: z.looseObject({ response: z.string().nullish(), time: z.string().nullish() }).nullish(),
  emailAddress: GraphEmailAddress.nullish(),
});

/** The `event` resource (calendarView delta returns the full property set). */
export const GraphEvent = z.looseObject({
  "@odata.type": z.string().optional(),
  id: z.string().min(1),
  iCalUId: z.string().nullish(),
  subject: z.string().nullish(),
  start: GraphDateTimeTimeZone,
  end: GraphDateTimeTimeZone,
  originalStartTimeZone: z.string().nullish(),
  organizer: GraphRecipient.nullish(),
  attendees: z.array(GraphAttendee).nullish(),
  isAllDay: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  createdDateTime: z.string().nullish(),
  lastModifiedDateTime: z.string().nullish(),
  type: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
});
export type GraphEvent = z.infer<typeof GraphEvent>;

/** The `message` resource, with the `eventMessage` / `eventMessageRequest` extras. */
export const GraphMessage = z.looseObject({
  "@odata.type": z.string().optional(),
  id: z.string().min(1),
  internetMessageId: z.string().nullish(),
  conversationId: z.string().nullish(),
  subject: z.string().nullish(),
  bodyPreview: z.string().nullish(),
  body: GraphItemBody.nullish(),
  uniqueBody: GraphItemBody.nullish(),
  from: GraphRecipient.nullish(),
  sender: GraphRecipient.nullish(),
  toRecipients: z.array(GraphRecipient).nullish(),
  ccRecipients: z.array(GraphRecipient).nullish(),
  bccRecipients: z.array(GraphRecipient).nullish(),
  replyTo: z.array(GraphRecipient).nullish(),
  receivedDateTime: z.string(),
  sentDateTime: z.string().nullish(),
  internetMessageHeaders: z.array(GraphHeader).nullish(),
  parentFolderId: z.string().nullish(),
  isDraft: z.boolean().nullish(),
  hasAttachments: z.boolean().nullish(),
  attachments: z
    .array(
      z.looseObject({
        name: z.string().nullish(),
        contentType: z.string().nullish(),
        size: z.number().nullish(),
      }),
    )
    .nullish(),
  meetingMessageType: z.string().nullish(),
  startDateTime: GraphDateTimeTimeZone.nullish(),
  endDateTime: GraphDateTimeTimeZone.nullish(),
  event: GraphEvent.partial({ start: true, end: true }).nullish(),
});
export type GraphMessage = z.infer<typeof GraphMessage>;

/** An item of a delta page before it is told apart: removed marker or a resource. */
export const GraphRemoved = z.looseObject({
  id: z.string().min(1),
  "@removed": z.looseObject({ reason: z.string().nullish() }),
});

/** A delta (or list) page. Items are validated one by one later, so one bad item skips alone. */
export const GraphDeltaPage = z.looseObject({
  "@odata.nextLink": z.string().url().optional(),
  "@odata.deltaLink": z.string().url().optional(),
  value: z.array(z.unknown()),
});
export type GraphDeltaPage = z.infer<typeof GraphDeltaPage>;

/** `{"error":{"code","message","innerError":{"request-id","date"}}}`. */
export const GraphErrorBody = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string().nullish(),
    innerError: z
      .looseObject({ "request-id": z.string().nullish(), "client-request-id": z.string().nullish() })
      .nullish(),
  }),
});

/** One response inside a `$batch` answer. */
export const GraphBatchResponseItem = z.looseObject({
  id: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()).nullish(),
  body: z.unknown().optional(),
});
export const GraphBatchResponse = z.looseObject({ responses: z.array(GraphBatchResponseItem) });
export type GraphBatchResponseItem = z.infer<typeof GraphBatchResponseItem>;

/** Client credentials token response (v2.0 endpoint). */
export const TokenResponse = z.looseObject({
  token_type: z.string(),
  expires_in: z.coerce.number().int().positive(),
  access_token: z.string().min(1),
});

/** Token endpoint error. */
export const TokenErrorBody = z.looseObject({
  error: z.string(),
  error_description: z.string().nullish(),
  error_codes: z.array(z.number()).nullish(),
});

/** `mailFolder` (only what the connector reads). */
export const GraphMailFolder = z.looseObject({
  id: z.string(),
  displayName: z.string().nullish(),
  totalItemCount: z.number().int().nullish(),
});

/** `subscription` as returned by POST/PATCH /subscriptions. */
export const GraphSubscription = z.looseObject({
  id: z.string().min(1),
  resource: z.string(),
  changeType: z.string(),
  notificationUrl: z.string(),
  expirationDateTime: z.string(),
  clientState: z.string().nullish(),
  lifecycleNotificationUrl: z.string().nullish(),
});
export type GraphSubscription = z.infer<typeof GraphSubscription>;

/** One change or lifecycle notification in a webhook POST body. */
export const GraphNotification = z.looseObject({
  id: z.string().nullish(),
  subscriptionId: z.string().min(1),
  subscriptionExpirationDateTime: z.string().nullish(),
  clientState: z.string().nullish(),
  changeType: z.string().nullish(),
  resource: z.string().nullish(),
  tenantId: z.string().nullish(),
  // `reauthorizationRequired`, `subscriptionRemoved`, `missed` today; unknown future values are still enqueued.
  lifecycleEvent: z.string().nullish(),
  resourceData: z.looseObject({ id: z.string().nullish() }).nullish(),
});
export type GraphNotification = z.infer<typeof GraphNotification>;
export const GraphNotificationBody = z.looseObject({ value: z.array(z.unknown()) });
