import { DateTime } from "luxon";
import type { PublishedDate } from "../../types.js";
import { formatPartial } from "./day-range.js";
import { quoteForMessage } from "../../diagnostics/quote.js";

type FieldResult = { ok: true; date: PublishedDate } | { ok: false; message: string };

// ISO 8601 at any precision, optionally with a time ("2024-03-10T14:00:00+09:00"): the calendar day written is kept,
// not shifted to UTC, because the writer's local day is the publication day.
const ISO =
  /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Formats people type into front matter besides ISO; luxon validates the calendar (no "February 30").
const FORMATS: Array<[string, "day" | "month"]> = [
  ["MMMM d, yyyy", "day"],
  ["MMM d, yyyy", "day"],
  ["d MMMM yyyy", "day"],
  ["d MMM yyyy", "day"],
  ["MMMM yyyy", "month"],
  ["MMM yyyy", "month"],
  ["EEE, d MMM yyyy HH:mm:ss ZZZ", "day"],
  ["EEE, d MMM yyyy HH:mm:ss z", "day"],
];

function fromParts(year: number, month?: number, day?: number): FieldResult | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !DateTime.utc(year, month ?? 1, day).isValid) return undefined;
  const precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  return { ok: true, date: { date: formatPartial(year, month, day), precision, source: "front-matter" } };
}

function fromString(text: string): FieldResult | undefined {
  const iso = ISO.exec(text);
  if (iso)
    return fromParts(
      Number(iso[1]),
      iso[2] === undefined ? undefined : Number(iso[2]),
      iso[3] === undefined ? undefined : Number(iso[3]),
    );
  const compact = COMPACT.exec(text);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  for (const [format, precision] of FORMATS) {
    const parsed = DateTime.fromFormat(text.replace(/(\d)(st|nd|rd|th)\b/, "$1").replace(/\bSept\b/, "Sep"), format, {
      locale: "en-US",
      setZone: true,
    });
    if (parsed.isValid) return fromParts(parsed.year, parsed.month, precision === "day" ? parsed.day : undefined);
  }
  return undefined;
}

/**
 * A front-matter `date` value (string, Date from YAML, number) -> PublishedDate with source 'front-matter', or an error
 * message.
 */
export function parseDateField(value: unknown): FieldResult {
  let result: FieldResult | undefined;
  if (value instanceof Date) {
    // YAML timestamps arrive as Dates in UTC; a date-only value is midnight UTC, so UTC parts are the day written.
    if (!Number.isNaN(value.getTime()))
      result = fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  } else if (typeof value === "number" && Number.isInteger(value)) {
    result = fromString(String(value));
  } else if (typeof value === "string") {
    result = fromString(value.trim());
  }
  return (
    result ?? {
      ok: false,
      message:
        `Unexpected date ${typeof value === "string" ? quoteForMessage(value) : shownValue(value)}, ` +
        'expected YYYY-MM-DD (or YYYY-MM, YYYY, "March 10, 2024")',
    }
  );
}

/** A non-string `date` value as the message shows it. */
function shownValue(value: unknown): string {
  return JSON.stringify(value instanceof Date ? "Invalid Date" : value) ?? String(value);
}
