import { html } from "../html.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";

// The search page's script (templates/assets/search.js) is the only one on the site; it loads
// Pagefind's search code from the index, which runs WebAssembly.
const SEARCH_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

/** `/search/`: the search form and results (built by the script), with links to browse instead when scripts are off. */
export function searchPage(ctx: PageContext): string {
  const head = html`<script src="${ctx.link("/assets/search.js")}" defer></script>`;
  const main = html`<h1 class="page-title">Search</h1>
<div id="search" class="search" data-base-url="${ctx.prefix}">
  <noscript><p>Search needs JavaScript. Browse by <a href="${ctx.link("/topics/")}">topic</a>, <a href="${ctx.link("/entities/")}">people and places</a> or the <a href="${ctx.link("/archive/")}">archive</a> instead.</p></noscript>
</div>`;
  return baseLayout(ctx, { url: "/search/", title: "Search", section: "search", csp: SEARCH_CSP, head, main });
}
