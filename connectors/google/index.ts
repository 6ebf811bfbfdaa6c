/** Google Workspace connector: Gmail + Calendar through service-account domain-wide delegation. */
export { GMAIL_METADATA_HEADERS, normalizeCalendarEvent, normalizeGmailMessage } from "./normalize.ts";
