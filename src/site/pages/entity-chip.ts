import type { EntityRef } from "../../types.js";
import { html, type HtmlValue, type SafeHtml } from "../html.js";
import type { PageContext } from "./page-context.js";

/**
 * An entity as a chip: a link to its page, or plain text when it has none (named in too few
 * stories to get one, see `entityPages.minStories`), so no page ever links to a missing one.
 */
export function entityChip(ctx: PageContext, entity: Pick<EntityRef, "kind" | "name" | "url">, extra: HtmlValue = ""): SafeHtml {
  return entity.url
    ? html`<a class="tag tag-${entity.kind}" href="${ctx.link(entity.url)}">${entity.name}${extra}</a>`
    : html`<span class="tag tag-${entity.kind} tag-plain">${entity.name}${extra}</span>`;
}

/** An entity's name, linked to its page when it has one. */
export function entityName(ctx: PageContext, entity: Pick<EntityRef, "name" | "url">): SafeHtml {
  return entity.url ? html`<a href="${ctx.link(entity.url)}">${entity.name}</a>` : html`${entity.name}`;
}
