/**
 * Detects concrete times and days in normalised text ("Tuesday at 2pm", "mardi à 14h",
 * "Dienstag um 14 Uhr", "martes a las 10:00", "terça às 15h", "dinsdag om 14.00").
 * Linear regexes only, over text the caller bounds.
 */

const CLOCK =
  /\b(?:(?:[01]?\d|2[0-3])(?::|h|\.)[0-5]\d|(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])\s?(?:uhr|h|hrs|horas|uur))\b/;
const DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|tomorrow|demain|morgen|manana|amanha)\b/;
const DATE =
  /\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** What kind of time reference the text carries. */
export interface TimeMentions {
  clock: boolean;
  day: boolean;
  date: boolean;
}

/**
 * Clock times, weekday names and dates in normalised text.
 *
 * @example
 * timeMentions("tuesday at 2pm works") // { clock: true, day: true, date: false }
 */
export function timeMentions(normalized: string): TimeMentions {
  const text = normalized.slice(0, 8000);
  return { clock: CLOCK.test(text), day: DAY.test(text), date: DATE.test(text) };
}
