/**
 * Public holidays from `date-holidays`, cached per country/region and year, plus the tenant's
 * custom dates. Only `public` holidays close the office; bank, optional and observance days do not
 * (Germany's 24 and 31 December are `bank` in date-holidays and stay business days).
 */
import Holidays from "date-holidays";

const holidayCache = new Map<string, ReadonlySet<string>>();
const knownCodes = new Map<string, boolean>();

/**
 * True when `date-holidays` knows the country (and region) of a code such as `US`, `GB`, `DE-BY`.
 *
 * @example
 * isKnownHolidayCode("DE-BY") // true
 * isKnownHolidayCode("XX") // false
 */
export function isKnownHolidayCode(code: string): boolean {
  const cached = knownCodes.get(code);
  if (cached !== undefined) return cached;
  const [country, region] = code.split("-");
  const hd = new Holidays();
  const countries = hd.getCountries() ?? {};
  let known = country !== undefined && country in countries;
  if (known && region) {
    const states = hd.getStates(country as string, "en") ?? {};
    known = region in states;
  }
  knownCodes.set(code, known);
  return known;
}

/**
 * The public-holiday dates (`YYYY-MM-DD`, local to the country) of one code and year, cached.
 * Unknown codes give an empty set (callers warn through {@link isKnownHolidayCode}).
 *
 * @example
 * holidayDates("US", 2026).has("2026-11-26") // true (Thanksgiving)
 */
export function holidayDates(code: string, year: number): ReadonlySet<string> {
  const key = `${code}:${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const dates = new Set<string>();
  if (isKnownHolidayCode(code)) {
    const [country, region] = code.split("-");
    const hd = region ? new Holidays(country as string, region) : new Holidays(country as string);
    for (const h of hd.getHolidays(year) || []) {
      if (h.type === "public") dates.add(h.date.slice(0, 10));
    }
  }
  holidayCache.set(key, dates);
  return dates;
}
