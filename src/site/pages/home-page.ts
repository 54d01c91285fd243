import type { StoryCard } from "../../types.js";
import { html } from "../html.js";
import type { ListPage } from "../site-pages.js";
import { baseLayout, siteFeedHead } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { pagerNav, storyList } from "./story-list.js";
import { partialDateTime } from "./published-time.js";

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

/** `/` and `/page/<n>/`: the latest stories grouped by day. */
export function homePage(ctx: PageContext, pager: ListPage<StoryCard>): string {
  const days = groupByDay(pager.items);
  const main = html`<h1 class="page-title">${pager.number !== undefined ? html`Latest stories <span class="muted">page ${pager.number}</span>` : "Latest stories"}</h1>
${
  days.length
    ? days.map(
        (day, i) => html`<section class="day" aria-labelledby="day-${i + 1}">
  <h2 class="day-heading" id="day-${i + 1}">${partialDateTime(day.date)}</h2>
  ${storyList(ctx, day.cards)}
</section>
`,
      )
    : html`<p class="empty">No stories yet. Add articles to the content folder and build again.</p>`
}
${pagerNav(ctx, pager)}`;
  return baseLayout(ctx, {
    url: pager.url,
    ...(pager.number !== undefined
      ? { title: `Latest stories, page ${pager.number}` }
      : { description: ctx.siteDescription }),
    section: "home",
    head: siteFeedHead(ctx),
    main,
  });
}
