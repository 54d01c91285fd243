import { html } from "../html.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";

/**
 * What stands at the URL of a page that could not be rendered (`digest build --skip-invalid`, see
 * page-failures.ts): the site's shell and a note, nothing of the records that failed. The build's
 * output names the files behind it. Kept out of search engines' results: it is not the page.
 */
export function placeholderPage(ctx: PageContext, url: string): string {
  const main = html`<h1 class="page-title">Page not available</h1>
<p class="lede">This page could not be built from its articles. The rest of the site is complete.</p>
<ul class="plain">
  <li><a href="${ctx.link("/")}">Latest stories</a></li>
  <li><a href="${ctx.link("/search/")}">Search</a></li>
  <li><a href="${ctx.link("/archive/")}">Archive by month</a></li>
</ul>`;
  return baseLayout(ctx, {
    url,
    title: "Page not available",
    head: html`<meta name="robots" content="noindex">`,
    main,
  });
}
