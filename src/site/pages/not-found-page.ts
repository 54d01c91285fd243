import { html } from "../html.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";

/** `/404.html`, which GitHub Pages serves for unknown addresses. */
export function notFoundPage(ctx: PageContext): string {
  const main = html`<h1 class="page-title">Page not found</h1>
<p class="lede">There is no page at this address. It may have moved when stories were regrouped.</p>
<ul class="plain">
  <li><a href="${ctx.link("/")}">Latest stories</a></li>
  <li><a href="${ctx.link("/search/")}">Search</a></li>
  <li><a href="${ctx.link("/archive/")}">Archive by month</a></li>
</ul>`;
  return baseLayout(ctx, { url: "/404.html", title: "Page not found", main });
}
