/**
 * Small formatting helpers shared by the report renderers.
 */
import { when } from "../rules/common.ts";

/**
 * A ratio as a whole percentage.
 *
 * @example
 * percent(0.734) // "73%"
 */
export function percent(v: number | null): string {
  return v === null ? "n/a" : `${Math.round(v * 100)}%`;
}

/**
 * Business hours, or `n/a`.
 *
 * @example
 * hoursText(7.5) // "7.5 business h"
 */
export function hoursText(v: number | null): string {
  return v === null ? "n/a" : `${v} business h`;
}

/**
 * A finding type as a title.
 *
 * @example
 * typeTitle("ghost_risk") // "Ghost risk"
 */
export function typeTitle(type: string): string {
  const t = type.replace(/_/g, " ");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A date-time in the organisation's zone.
 *
 * @example
 * dateTime("2026-03-10T13:05:00Z", "Europe/Berlin") // "Tue 10 Mar 2026, 14:05"
 */
export function dateTime(iso: string | null | undefined, timeZone: string): string {
  return iso ? when(Date.parse(iso), timeZone) : "—";
}

/**
 * Escapes a string for HTML text and attribute values.
 *
 * @example
 * escapeHtml("<b>") // "&#60;b&#62;"
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
