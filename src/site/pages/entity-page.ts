import type { StoryCard } from "../../types.js";
import { coverageChart } from "../coverage-chart.js";
import type { EntityKindInfo } from "../../entity-kinds.js";
import { html, trusted } from "../html.js";
import { plural } from "../plural.js";
import type { EntityHeader, EntityTitle, ListPage } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { feedHead, feedLinks, pagerNav, storyList } from "./story-list.js";
import { entityName, topicChips } from "./entity-chip.js";

/**
 * The topics an entity page shows, those most of its stories have: past five, a topic was that of
 * one or two of its stories (on their pages), and the side list a sixth of the page (issue 16).
 * Its data shard lists them all.
 */
export const ENTITY_PAGE_TOPICS = 5;

/**
 * `/entities/<id>/`: a person's, country's or organization's stories, company, topics and
 * coverage chart. Its older numbered pages show the name and stories only: the counts, chart and
 * side lists change with every new story, and would make every older page change with them.
 */
export function entityPage(
  ctx: PageContext,
  pager: ListPage<StoryCard> & { entity: EntityHeader | EntityTitle; kindInfo: EntityKindInfo },
): string {
  const { entity, kindInfo } = pager;
  const full = "articleCount" in entity ? entity : undefined;
  const kind = kindInfo.singular.charAt(0).toUpperCase() + kindInfo.singular.slice(1);
  const crumbs = html`<li><a href="${ctx.link("/entities/")}">People &amp; places</a></li><li><a href="${ctx.link(`/${kindInfo.slug}/`)}">${kindInfo.label}</a></li>`;
  const stories = html`<section aria-labelledby="stories">
  <h2 id="stories">Stories${pager.number !== undefined && html` <span class="muted">page ${pager.number}</span>`}</h2>
  ${storyList(ctx, pager.items)}
  ${pagerNav(ctx, pager)}
</section>`;
  const main = full
    ? html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${crumbs}<li aria-current="page">${full.name}</li></ol></nav>
<h1 class="page-title">${full.name}</h1>
<p class="meta">${kind} · ${plural(full.articleCount, "article")} · ${plural(full.mentionCount, "mention")}${full.aliases.length ? ` · also ${full.aliases.join(", ")}` : ""}</p>
${feedLinks(ctx, full.url)}
${trusted(coverageChart(full.coverage))}
<div class="with-side">
${stories}
<aside aria-label="Seen with and topics">
  ${
    full.seenWith.length > 0 &&
    html`<h2>Seen with</h2>
  <ul class="plain">${full.seenWith.map((other) => html`<li>${entityName(ctx, other)} <small>${other.count}</small></li>`)}</ul>`
  }
  ${
    full.topics.length > 0 &&
    html`<h2>Topics</h2>
  ${topicChips(ctx, full.topics.slice(0, ENTITY_PAGE_TOPICS))}`
  }
</aside>
</div>`
    : html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${crumbs}<li><a href="${ctx.link(entity.url)}">${entity.name}</a></li><li aria-current="page">Page ${pager.number}</li></ol></nav>
<h1 class="page-title">${entity.name}</h1>
<p class="meta">${kind} · <a href="${ctx.link(entity.url)}">latest stories and overview</a></p>
${feedLinks(ctx, entity.url)}
${stories}`;
  return baseLayout(ctx, {
    url: pager.url,
    title: pager.number !== undefined ? `${entity.name}, page ${pager.number}` : entity.name,
    description: full
      ? `Stories about ${entity.name}: ${plural(full.articleCount, "article")}.`
      : `Stories about ${entity.name}, page ${pager.number}.`,
    section: "entities",
    head: feedHead(ctx, entity.name, entity.url),
    main,
  });
}
