import type { PartialDate, PublishedDate } from "../../types.js";
import { formatPartialDate, formatPublished, machineDate } from "../format-date.js";
import { html, type SafeHtml } from "../html.js";

/** The `datetime` of a publication date the site knows, or "" when it does not (no date, or its source is unknown). */
export function knownDate(published: PublishedDate | undefined): string {
  return published && published.source !== "unknown" ? machineDate(published.date) : "";
}

/**
 * A publication date as a `<time>` element, or the plain words "Date unknown": an empty
 * `datetime` is no date HTML accepts, and the element said nothing a machine could read.
 */
export function publishedTime(published: PublishedDate | undefined): SafeHtml {
  const machine = knownDate(published);
  return machine
    ? html`<time datetime="${machine}">${formatPublished(published)}</time>`
    : html`${formatPublished(published)}`;
}

/** A partial date (a day heading) as a `<time>` element, or "Date unknown". */
export function partialDateTime(date: PartialDate | undefined): SafeHtml {
  const machine = machineDate(date);
  return machine ? html`<time datetime="${machine}">${formatPartialDate(date)}</time>` : html`Date unknown`;
}
