import type { StoryCard } from "../../types.js";
import { coverageChart } from "../coverage-chart.js";
import type { EntityKindInfo } from "../entity-kinds.js";
import { html, trusted } from "../html.js";
import { plural } from "../plural.js";
import type { EntityHeader, ListPage } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { feedHead, feedLinks, pagerNav, storyList } from "./story-list.js";

/** `/entities/<id>/`: a person's, country's or organization's stories, company, topics and coverage chart. */
export function entityPage(ctx: PageContext, pager: ListPage<StoryCard> & { entity: EntityHeader; kindInfo: EntityKindInfo }): string {
  const { entity, kindInfo } = pager;
  const kind = kindInfo.singular.charAt(0).toUpperCase() + kindInfo.singular.slice(1);
  const main = html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${ctx.link("/entities/")}">People &amp; places</a></li><li><a href="${ctx.link(`/${kindInfo.slug}/`)}">${kindInfo.label}</a></li><li aria-current="page">${entity.name}</li></ol></nav>
<h1 class="page-title">${entity.name}</h1>
<p class="meta">${kind} · ${plural(entity.articleCount, "article")} · ${plural(entity.mentionCount, "mention")}${entity.aliases.length ? ` · also ${entity.aliases.join(", ")}` : ""}</p>
${feedLinks(ctx, entity.url)}
${trusted(coverageChart(entity.coverage))}
<div class="with-side">
<section aria-labelledby="stories">
  <h2 id="stories">Stories${pager.number > 1 && html` <span class="muted">page ${pager.number}</span>`}</h2>
  ${storyList(ctx, pager.items)}
  ${pagerNav(ctx, pager)}
</section>
<aside aria-label="Seen with and topics">
  ${entity.seenWith.length > 0 && html`<h2>Seen with</h2>
  <ul class="plain">${entity.seenWith.map((other) => html`<li><a href="${ctx.link(other.url)}">${other.name}</a> <span class="count">${other.count}</span></li>`)}</ul>`}
  ${entity.topics.length > 0 && html`<h2>Topics</h2>
  <ul class="tags">${entity.topics.map((topic) => html`<li><a class="tag tag-topic" href="${ctx.link(topic.url)}">${topic.name} <span class="count">${topic.count}</span></a></li>`)}</ul>`}
</aside>
</div>`;
  return baseLayout(ctx, {
    url: pager.url,
    title: pager.number > 1 ? `${entity.name}, page ${pager.number}` : entity.name,
    description: `Stories about ${entity.name}: ${plural(entity.articleCount, "article")}.`,
    section: "entities",
    head: feedHead(ctx, entity.name, entity.url),
    main,
  });
}
