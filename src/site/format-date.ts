import type { PartialDate, PublishedDate } from "../types.js";
import { Info } from "luxon";

// The site is in English whatever the machine's locale.
const MONTHS = Info.months("long", { locale: "en" });

/**
 * A partial date at its own precision: `2024` -> "2024", `2024-03` -> "March 2024",
 * `2024-04-10` -> "10 April 2024". Anything else is returned as written rather than guessed at.
 */
export function formatPartialDate(date: PartialDate | undefined): string {
  if (!date) return "";
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.slice(0, 10));
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Publication dates say how sure they are: an inferred date is labelled as an estimate. */
export function formatPublished(published: PublishedDate | undefined): string {
  if (!published || published.source === "unknown" || !published.date) return "Date unknown";
  const text = formatPartialDate(published.date);
  return published.source === "text" ? `${text} (estimated from the text)` : text;
}

/** The `datetime` attribute value of a partial date (HTML accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export function machineDate(date: PartialDate | undefined): string {
  const match = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(date ?? "");
  return match ? match[0] : "";
}

/**
 * RFC 3339 timestamp for feeds, which need a full instant: a partial date stands for its first
 * day (the earliest the article can be), at midnight UTC so builds are repeatable.
 */
export function feedTimestamp(date: PartialDate | undefined, fallback: string): string {
  const day = machineDate(date);
  if (!day) return fallback;
  const [year, month = "01", dayOfMonth = "01"] = day.split("-");
  return `${year}-${month}-${dayOfMonth}T00:00:00Z`;
}
