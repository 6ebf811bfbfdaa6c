/**
 * Microsoft 365 connector (Microsoft Graph v1.0): normalisers, the per-mailbox sync source,
 * subscriptions and the webhook handler the Worker mounts.
 */
export { type GraphMessageContext, normalizeGraphEvent, normalizeGraphMessage } from "./normalize.ts";
