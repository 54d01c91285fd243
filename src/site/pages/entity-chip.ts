import type { EntityRef } from "../../types.js";
import { html, type HtmlValue, type SafeHtml } from "../html.js";
import type { PageContext } from "./page-context.js";

/**
 * An entity as a chip in a `<ul class="tags">` list: a link to its page, or plain text when it
 * has none (named in too few stories to get one, see `entityPages.minStories`), so no page ever
 * links to a missing one. The list styles its items (site.css, "Tags"): a class on each of the
 * tens of thousands of chips of an archive was 2% of its bytes (issue 16).
 */
export function entityChip(ctx: PageContext, entity: Pick<EntityRef, "name" | "url">, extra: HtmlValue = ""): SafeHtml {
  return entity.url
    ? html`<a href="${ctx.link(entity.url)}">${entity.name}${extra}</a>`
    : html`<span>${entity.name}${extra}</span>`;
}

/** A list of topic chips, each a link to the topic's page, with an optional count. */
export function topicChips(
  ctx: PageContext,
  topics: readonly { name: string; url: string; count?: number }[],
): SafeHtml {
  return html`<ul class="tags topics">${topics.map((topic) => html`<li><a href="${ctx.link(topic.url)}">${topic.name}${topic.count !== undefined && html` <small>${topic.count}</small>`}</a></li>`)}</ul>`;
}

/** An entity's name, linked to its page when it has one. */
export function entityName(ctx: PageContext, entity: Pick<EntityRef, "name" | "url">): SafeHtml {
  return entity.url ? html`<a href="${ctx.link(entity.url)}">${entity.name}</a>` : html`${entity.name}`;
}
