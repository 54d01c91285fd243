import type { StoryCard } from "../types.js";
import { coverageChart } from "./coverage-chart.js";
import { entitiesExport, storiesExport, topicsExport } from "./data-export.js";
import { feedTimestamp, formatPartialDate, formatPublished, machineDate } from "./format-date.js";
import { jsonFeed } from "./json-feed.js";
import { storyJsonLd } from "./json-ld.js";
import { renderArticleBody } from "./render-article-body.js";
import { absoluteUrl, feedId, isWebUrl, safePermalink } from "./site-url.js";

/** Story cards of one day, for the home page's day headings. */
export interface DayGroup {
  date: string;
  cards: StoryCard[];
}

/** Consecutive cards with the same publication date share a heading (cards arrive sorted). */
export function groupByDay(cards: readonly StoryCard[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const card of cards) {
    const date = card.date?.date ?? "";
    const last = groups[groups.length - 1];
    if (last && last.date === date) last.cards.push(card);
    else groups.push({ date, cards: [card] });
  }
  return groups;
}

/** `1 source`, `3 sources`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The host of an original article's address, shown beside the outlet (`www.` dropped). */
export function hostname(url: string | undefined): string {
  if (!isWebUrl(url)) return "";
  return new URL(url).hostname.replace(/^www\./, "");
}

/**
 * Every filter the templates use. They format; none decides what a page shows. The ones that
 * return HTML or JSON (`articleBody`, `coverageChart`, `storyJsonLd`, the exports) escape
 * everything they embed and are the only outputs templates may mark `| safe`.
 */
export const siteFilters = {
  formatDate: formatPartialDate,
  published: formatPublished,
  machineDate,
  feedTimestamp,
  groupByDay,
  plural,
  hostname,
  sitePermalink: safePermalink,
  absolute: absoluteUrl,
  feedId,
  webUrl: (url: unknown): string => (isWebUrl(url) ? url : ""),
  articleBody: renderArticleBody,
  coverageChart,
  storyJsonLd,
  storiesExport,
  entitiesExport,
  topicsExport,
  jsonFeed,
} as const;
