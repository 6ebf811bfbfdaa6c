export {
  addBusinessDays,
  type BusinessCalendar,
  businessCalendar,
  businessDaysBetween,
  businessHoursBetween,
  type SlaWindow,
  slaWindow,
} from "./clock.ts";
export { holidayDates, isKnownHolidayCode } from "./holidays.ts";
