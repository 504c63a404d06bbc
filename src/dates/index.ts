export { parseDate, parseDateRange, parseDateRanges, parseMonth, type DateTextOptions, type IsoRange, type YearMonth } from './date-text.js';
export { bankHolidays, isBankHoliday, REGIONS, type BankHoliday, type Region } from './holidays.js';
export { isIsoDate } from './iso.js';
export { OVERRIDES, type Override } from './overrides.js';
export { dueDate, parseTimescale } from './timescale.js';
export { addCalendarDays, addMonthsClamped, addWeeks, addWorkingDays, addYears, isWorkingDay } from './working-days.js';
