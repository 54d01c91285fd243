import type { StoryCard } from "../../types.js";
import { html } from "../html.js";
import type { ListPage, TopicHeader, TopicTitle } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { feedHead, feedLinks, pagerNav, storyList } from "./story-list.js";
import { entityChip } from "./entity-chip.js";

/**
 * `/topics/<id>/`: the IPTC hierarchy around the topic, its stories newest first, its main
 * parties. Older numbered pages leave out the side lists: their counts change with every new
 * story, and would make every older page change with them.
 */
export function topicPage(ctx: PageContext, pager: ListPage<StoryCard> & { topic: TopicHeader | TopicTitle }): string {
  const { topic } = pager;
  const full = "parties" in topic ? topic : undefined;
  const main = html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${ctx.link("/topics/")}">Topics</a></li>${topic.parent && html`<li><a href="${ctx.link(topic.parent.url)}">${topic.parent.name}</a></li>`}${full ? html`<li aria-current="page">${topic.label}</li>` : html`<li><a href="${ctx.link(topic.url)}">${topic.label}</a></li><li aria-current="page">Page ${pager.number}</li>`}</ol></nav>
<h1 class="page-title">${topic.label}</h1>
${topic.definition && html`<p class="lede">${topic.definition}</p>`}
<p class="meta">IPTC Media Topic <code>${topic.iptc}</code></p>
${feedLinks(ctx, topic.url)}
<div class="with-side">
<section aria-labelledby="stories">
  <h2 id="stories">Stories${pager.number !== undefined && html` <span class="muted">page ${pager.number}</span>`}</h2>
  ${storyList(ctx, pager.items)}
  ${pagerNav(ctx, pager)}
</section>
${
  full &&
  html`<aside aria-label="Related topics and parties">
  ${
    full.children.length > 0 &&
    html`<h2>Sub-topics</h2>
  <ul class="plain">${full.children.map((child) => html`<li><a href="${ctx.link(child.url)}">${child.name}</a> <small>${child.count}</small></li>`)}</ul>`
  }
  ${
    full.parties.length > 0 &&
    html`<h2>Main parties</h2>
  <ul class="tags">${full.parties.map((party) => html`<li>${entityChip(ctx, party, html` <small>${party.count}</small>`)}</li>`)}</ul>`
  }
</aside>`
}
</div>`;
  return baseLayout(ctx, {
    url: pager.url,
    title: pager.number !== undefined ? `${topic.label}, page ${pager.number}` : topic.label,
    description: topic.definition || `Stories about ${topic.label}`,
    section: "topics",
    head: feedHead(ctx, topic.label, topic.url),
    main,
  });
}
