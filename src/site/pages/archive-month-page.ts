import type { StoryCard } from "../../types.js";
import { formatPartialDate } from "../format-date.js";
import { html } from "../html.js";
import type { ListPage } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { pagerNav, storyList } from "./story-list.js";

/** `/archive/<yyyy>/<mm>/`: one month's stories. */
export function archiveMonthPage(ctx: PageContext, pager: ListPage<StoryCard> & { month: string }): string {
  const month = formatPartialDate(pager.month);
  const main = html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${ctx.link("/archive/")}">Archive</a></li><li aria-current="page">${month}</li></ol></nav>
<h1 class="page-title">${month}</h1>
${storyList(ctx, pager.items)}
${pagerNav(ctx, pager)}`;
  return baseLayout(ctx, {
    url: pager.url,
    title: pager.number !== undefined ? `${month}, page ${pager.number}` : month,
    section: "archive",
    main,
  });
}
