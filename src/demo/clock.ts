/**
 * The demo's "now": the most recent Wednesday 14:00 UTC at or before the real time, so the
 * organisation's business week lies ahead of the moving demo clock (09:00 in New York, 14:00
 * in London) and the dates stay within a week of today.
 */

/**
 * The demo's "now" for a real instant.
 *
 * @example
 * demoNow(new Date("2026-11-26T08:00:00Z")).toISOString() // "2026-11-25T14:00:00.000Z"
 */
export function demoNow(real: Date): Date {
  const d = new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), real.getUTCDate(), 14, 0, 0));
  const back = (d.getUTCDay() - 3 + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  if (d.getTime() > real.getTime()) d.setUTCDate(d.getUTCDate() - 7);
  return d;
}
