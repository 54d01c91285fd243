import { html } from "../html.js";
import { plural } from "../plural.js";
import type { EntityEntry, EntityKindIndex, ListPage } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { pagerNav, RANKED } from "./story-list.js";

/** `/people/`, `/countries/`...: every entity of one kind with its article count. */
export function entityKindPage(ctx: PageContext, pager: ListPage<EntityEntry> & { kindInfo: EntityKindIndex }): string {
  const { kindInfo } = pager;
  const main = html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${ctx.link("/entities/")}">People &amp; places</a></li><li aria-current="page">${kindInfo.label}</li></ol></nav>
<h1 class="page-title">${kindInfo.label} <small>${kindInfo.total}</small></h1>
<ul class="entity-list">${pager.items.map((entity) => html`<li><a href="${ctx.link(entity.url)}">${entity.name}</a> <small>${plural(entity.articleCount, "article")}</small></li>`)}</ul>
${pagerNav(ctx, pager, RANKED)}`;
  return baseLayout(ctx, {
    url: pager.url,
    title: (pager.number ?? 1) > 1 ? `${kindInfo.label}, page ${pager.number}` : kindInfo.label,
    section: "entities",
    main,
  });
}
