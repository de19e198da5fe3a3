import { z } from "zod";

/**
 * The calendar date of a `YYYY-MM-DD` string, as UTC midnight, or null when it is not one. Strict:
 * JavaScript's `Date.parse("2026-02-30")` rolls over to March 2, so the parsed date must give back
 * the same year, month and day.
 */
export function parseCalendarDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * The one schema for every `YYYY-MM-DD` input (partnership contract dates, price list validity,
 * imported rows): trimmed, and a day that exists. The value stays a string; compare or store it
 * through parseCalendarDay. (Instants arrive as `DateTimeISO`, whose scalar refuses impossible
 * dates itself.)
 */
export const calendarDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((value) => parseCalendarDay(value) !== null, "must be a real date");
