import type { StoryCard } from "../../types.js";
import { html, type SafeHtml } from "../html.js";
import { plural } from "../plural.js";
import type { ListPage } from "../site-pages.js";
import type { PageContext } from "./page-context.js";
import { knownDate, publishedTime } from "./published-time.js";

/**
 * A story in a list: what a reader scans (headline, date and sources, one line of summary); no
 * "Date unknown" on each card of an undated archive's lists, where it said nothing about a story. Its
 * parties and topics are on the story page: repeated on every card of every list they were most
 * of a large archive's bytes (issue 16). The list styles its cards (site.css, "Story cards"),
 * no class on each of an archive's tens of thousands.
 */
function storyCard(ctx: PageContext, card: StoryCard): SafeHtml {
  return html`<article>
<h3><a href="${ctx.link(card.url)}">${card.headline}</a></h3>
<p class="meta">${knownDate(card.date) && html`${publishedTime(card.date)} · `}${plural(card.sourceCount, "source")}${card.outlets.length ? `: ${card.outlets.join(", ")}` : ""}</p>
${card.teaser && html`<p>${card.teaser}</p>`}
</article>
`;
}

/** Story cards, or a note that there are none yet. */
export function storyList(ctx: PageContext, cards: readonly StoryCard[]): SafeHtml {
  if (!cards.length) return html`<p class="empty">No stories yet.</p>`;
  return html`<div class="cards">
${cards.map((card) => storyCard(ctx, card))}</div>`;
}

export interface PagerLabels {
  previous: string;
  next: string;
  /** The label of the list's first URL. */
  first: string;
}

/** Story lists, newest first. */
export const NEWEST_FIRST: PagerLabels = { previous: "← Newer", next: "Older →", first: "Latest" };
/** Ranked lists (entities by coverage), where "newer" would mean nothing. */
export const RANKED: PagerLabels = { previous: "← Previous", next: "Next →", first: "Page 1" };

/**
 * Newer/older links between the pages of a long list (nothing when it fits on one). The first
 * URL comes first in reading order, so "Newer" is rel="prev". No "of N": a total would change
 * every page of the list whenever it grows.
 */
export function pagerNav(
  ctx: PageContext,
  pager: Pick<ListPage<unknown>, "number" | "previous" | "next">,
  labels: PagerLabels = NEWEST_FIRST,
): SafeHtml | "" {
  if (!pager.previous && !pager.next) return "";
  return html`<nav class="pager" aria-label="Pages">
  ${pager.previous ? html`<a rel="prev" href="${ctx.link(pager.previous)}">${labels.previous}</a>` : html`<span></span>`}
  <span>${pager.number === undefined ? labels.first : `Page ${pager.number}`}</span>
  ${pager.next ? html`<a rel="next" href="${ctx.link(pager.next)}">${labels.next}</a>` : html`<span></span>`}
</nav>`;
}

/** The feed link of a topic or entity page (Atom only: see `FeedSource.jsonUrl`). */
export function feedLinks(ctx: PageContext, pageUrl: string): SafeHtml {
  return html`<p class="follow">Follow: <a href="${ctx.link(`${pageUrl}feed.xml`)}">Atom feed</a></p>`;
}

/** The `<link rel="alternate">` element for a topic's or entity's feed. */
export function feedHead(ctx: PageContext, title: string, pageUrl: string): SafeHtml {
  return html`<link rel="alternate" type="application/atom+xml" title="${title}" href="${ctx.link(`${pageUrl}feed.xml`)}">`;
}
