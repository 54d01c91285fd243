import type { ArchiveMonth } from "../../types.js";
import { formatPartialDate } from "../format-date.js";
import { html, type SafeHtml } from "../html.js";
import { plural } from "../plural.js";
import type { EntityKindGroup, TopicNode } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";

// The three browse indexes: small pages over the whole site, rendered on every build.

/** `/archive/`: every month with stories, and the Undated list when some articles have no known date. */
export function archiveIndexPage(
  ctx: PageContext,
  months: readonly Pick<ArchiveMonth, "month" | "url" | "stories">[],
  undated?: { url: string; count: number },
): string {
  const main = html`<h1 class="page-title">Archive</h1>
${months.length ? html`<ul class="months">${months.map((m) => html`<li><a href="${ctx.link(m.url)}">${formatPartialDate(m.month)}</a> <small>${plural(m.stories.length, "story", "stories")}</small></li>`)}</ul>` : html`<p class="empty">No stories yet.</p>`}
${undated ? html`<p class="undated-link"><a href="${ctx.link(undated.url)}">Undated</a> <small>${plural(undated.count, "article")} with no known date</small></p>` : ""}`;
  return baseLayout(ctx, { url: "/archive/", title: "Archive", section: "archive", main });
}

/** `/entities/`: each kind with its most covered entities. */
export function entitiesIndexPage(ctx: PageContext, groups: readonly EntityKindGroup[]): string {
  const main = html`<h1 class="page-title">People, places and organizations</h1>
${
  groups.length
    ? groups.map(
        (group) => html`<section class="kind" aria-labelledby="kind-${group.slug}">
  <h2 id="kind-${group.slug}"><a href="${ctx.link(group.url)}">${group.label}</a> <small>${group.total}</small></h2>
  <ul class="entity-list">${group.top.map((entity) => html`<li><a href="${ctx.link(entity.url)}">${entity.name}</a> <small>${entity.articleCount}</small></li>`)}</ul>
  ${group.total > group.top.length && html`<p><a href="${ctx.link(group.url)}">All ${group.total} ${group.label.toLowerCase()} →</a></p>`}
</section>
`,
      )
    : html`<p class="empty">No entities yet.</p>`
}`;
  return baseLayout(ctx, { url: "/entities/", title: "People, places and organizations", section: "entities", main });
}

function topicList(ctx: PageContext, nodes: readonly TopicNode[], depth: number): SafeHtml {
  return html`<ul class="${depth === 0 ? "topic-tree" : "topic-children"}">
${nodes.map(
  (node) => html`  <li>
    <a${depth === 0 && html` class="topic-root"`} href="${ctx.link(node.url)}">${node.label}</a> <small>${plural(node.storyCount, "story", "stories")}</small>
    ${node.children.length > 0 && topicList(ctx, node.children, depth + 1)}
  </li>
`,
)}</ul>`;
}

/** `/topics/`: the IPTC hierarchy of the topics on this site. */
export function topicsIndexPage(ctx: PageContext, tree: readonly TopicNode[]): string {
  const main = html`<h1 class="page-title">Topics</h1>
<p class="lede">Stories are filed under the news industry's own taxonomy, the IPTC Media Topics.</p>
${tree.length ? topicList(ctx, tree, 0) : html`<p class="empty">No topics yet.</p>`}`;
  return baseLayout(ctx, { url: "/topics/", title: "Topics", section: "topics", main });
}
