/**
 * Reading RFC 3464 delivery status notifications: the per-recipient fields of a
 * `message/delivery-status` part, and the Message-ID of the returned original
 * (`message/rfc822` or `text/rfc822-headers` part) so a bounce links to what bounced.
 * Pure (runs in Node and workerd).
 */
import { HEADER_VALUE_MAX_CHARS } from "../engine/model.ts";
import { findHeaderBlock, readFields } from "./raw-message.ts";

/** What a DSN says, per field, over all its recipients (values de-duplicated, in order). */
export interface DeliveryStatus {
  finalRecipients: string[];
  originalRecipients: string[];
  actions: string[];
  statuses: string[];
  diagnosticCodes: string[];
  reportingMta: string | null;
  remoteMtas: string[];
}

/**
 * Reads a `message/delivery-status` body (groups of fields separated by blank lines).
 *
 * @example
 * readDeliveryStatus("Reporting-MTA: dns; mx.acme.com\n\nFinal-Recipient: rfc822; a@x.org\nAction: failed\nStatus: 5.1.1\n").statuses // ["5.1.1"]
 */
export function readDeliveryStatus(text: string): DeliveryStatus {
  const result: DeliveryStatus = {
    finalRecipients: [],
    originalRecipients: [],
    actions: [],
    statuses: [],
    diagnosticCodes: [],
    reportingMta: null,
    remoteMtas: [],
  };
  const add = (list: string[], value: string): void => {
    const v = value.trim();
    if (v && !list.includes(v) && list.length < 50) list.push(v);
  };
  // Unfold continuation lines, then read `Name: value` lines.
  const unfolded = text.replace(/\r\n?/g, "\n").replace(/\n[ \t]+/g, " ");
  for (const line of unfolded.split("\n")) {
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const name = (match[1] ?? "").toLowerCase();
    const value = match[2] ?? "";
    switch (name) {
      case "final-recipient":
        add(result.finalRecipients, stripAddressType(value));
        break;
      case "original-recipient":
        add(result.originalRecipients, stripAddressType(value));
        break;
      case "action":
        add(result.actions, value.toLowerCase());
        break;
      case "status":
        add(result.statuses, value.split(/\s/)[0] ?? "");
        break;
      case "diagnostic-code":
        add(result.diagnosticCodes, stripAddressType(value).slice(0, 300));
        break;
      case "reporting-mta":
        result.reportingMta ??= stripAddressType(value);
        break;
      case "remote-mta":
        add(result.remoteMtas, stripAddressType(value));
        break;
    }
  }
  return result;
}

/** `rfc822; a@x.org` → `a@x.org`; `smtp; 550 5.1.1 …` → `550 5.1.1 …`. */
function stripAddressType(value: string): string {
  const semi = value.indexOf(";");
  const rest = semi >= 0 && semi < 20 ? value.slice(semi + 1) : value;
  return rest.trim().replace(/^<(.*)>$/, "$1");
}

/**
 * The Message-ID of a returned original message or its headers, or null.
 *
 * @example
 * returnedMessageId(new TextEncoder().encode("Message-ID: <a@acme.com>\r\nSubject: x\r\n\r\n")) // "<a@acme.com>"
 */
export function returnedMessageId(bytes: Uint8Array): string | null {
  const block = findHeaderBlock(bytes);
  const { fields } = readFields(bytes, block.start, block.end);
  const field = fields.find((f) => f.name === "message-id");
  return field ? normalizeMessageId(field.value) : null;
}

/**
 * A Message-ID in angle brackets (adds them when missing), or null for an empty value.
 *
 * @example
 * normalizeMessageId(" abc@acme.com ") // "<abc@acme.com>"
 */
export function normalizeMessageId(value: string | undefined | null): string | null {
  if (!value) return null;
  const bracketed = /<[^<>\s]+>/.exec(value);
  if (bracketed) return bracketed[0].slice(0, 1000);
  const bare = value.trim().split(/\s+/)[0] ?? "";
  return bare ? `<${bare.replace(/^<|>$/g, "")}>`.slice(0, 1000) : null;
}

/**
 * Message-IDs of a `References` (or `In-Reply-To`) value, in order, the last `max` kept.
 *
 * @example
 * messageIdList("<a@x> <b@x>") // ["<a@x>", "<b@x>"]
 */
export function messageIdList(value: string | undefined | null, max = 50): string[] {
  if (!value) return [];
  const ids = [...value.matchAll(/<[^<>\s]+>/g)].map((m) => m[0].slice(0, 1000));
  return ids.slice(-max);
}

/**
 * Records a delivery status where the classifier reads it, in the one convention every source
 * shares (`.eml` files, Gmail `format=full`): synthetic `x-dsn-*` headers (set once, first DSN
 * wins) and per-recipient lines to append to the excerpt.
 *
 * @example
 * const lines: string[] = [];
 * applyDeliveryStatus(readDeliveryStatus(body), headers, lines);
 * headers["x-dsn-status"] // "5.1.1"
 */
export function applyDeliveryStatus(
  dsn: DeliveryStatus,
  headers: Record<string, string>,
  excerptLines: string[],
): void {
  const set = (name: string, values: string[]): void => {
    if (values.length > 0 && headers[name] === undefined)
      headers[name] = values.join(", ").slice(0, HEADER_VALUE_MAX_CHARS);
  };
  set("x-dsn-final-recipient", dsn.finalRecipients);
  set("x-dsn-original-recipient", dsn.originalRecipients);
  set("x-dsn-action", dsn.actions);
  set("x-dsn-status", dsn.statuses);
  set("x-dsn-diagnostic-code", dsn.diagnosticCodes);
  set("x-dsn-reporting-mta", dsn.reportingMta ? [dsn.reportingMta] : []);
  for (const r of dsn.finalRecipients) excerptLines.push(`Final-Recipient: ${r}`);
  for (const a of dsn.actions) excerptLines.push(`Action: ${a}`);
  for (const st of dsn.statuses) excerptLines.push(`Status: ${st}`);
  for (const d of dsn.diagnosticCodes) excerptLines.push(`Diagnostic-Code: ${d}`);
}
