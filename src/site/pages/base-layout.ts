import { html, trusted, type SafeHtml } from "../html.js";
import type { PageContext } from "./page-context.js";

export type Section = "home" | "topics" | "entities" | "archive" | "search";

export interface LayoutOptions {
  /** Site-relative URL of the page (canonical link, current-page marks). */
  url: string;
  /** Title without the site's name. Omitted on the home page. */
  title?: string;
  /**
   * What the page is about, for search results and link previews; no meta element without one.
   * The site's own description on every article and list page told a search engine nothing about
   * the page (which then quotes its text) and was 100 bytes of each of thousands (issue 16).
   */
  description?: string;
  section?: Section;
  /**
   * Extra elements for `<head>` (Open Graph, JSON-LD, feeds). A page announces the feed of what
   * it lists, if any: the home page the site's (`siteFeedHead`), a topic or entity page its own.
   * The site's feeds on every other page were a twentieth of a large archive's HTML (issue 16);
   * every page's footer links them.
   */
  head?: SafeHtml;
  /** Replaces the default Content-Security-Policy (the search page needs scripts); a constant, written as is. */
  csp?: string;
  main: SafeHtml;
}

// Styles and fonts follow default-src; written once in each of thousands of pages, so no more.
const CSP =
  "default-src 'self'; script-src 'none'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

/** `<link rel="alternate">` elements for the site's feeds of latest stories. */
export function siteFeedHead(ctx: PageContext): SafeHtml {
  return html`<link rel="alternate" type="application/atom+xml" title="${ctx.siteTitle}: latest stories" href="${ctx.link("/feed.xml")}">
<link rel="alternate" type="application/feed+json" title="${ctx.siteTitle}: latest stories" href="${ctx.link("/feed.json")}">`;
}

const NAV: readonly { url: string; label: string; section: Section }[] = [
  { url: "/", label: "Latest", section: "home" },
  { url: "/topics/", label: "Topics", section: "topics" },
  { url: "/entities/", label: "People & places", section: "entities" },
  { url: "/archive/", label: "Archive", section: "archive" },
  { url: "/search/", label: "Search", section: "search" },
];

/**
 * The page shell: head, header with navigation, main, footer. It shows nothing that changes from
 * one build to the next (no build date or article count), so a page whose own record did not
 * change comes out byte for byte the same and an incremental build can keep it.
 */
export function baseLayout(ctx: PageContext, page: LayoutOptions): string {
  const title = page.title ? `${page.title} · ${ctx.siteTitle}` : ctx.siteTitle;
  const current = (item: (typeof NAV)[number]) =>
    (item.section === "home" ? page.url === "/" : item.section === page.section) ? html` aria-current="page"` : "";
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trusted(page.csp ?? CSP)}">
<title>${title}</title>
${page.description && html`<meta name="description" content="${page.description}">`}
<link rel="canonical" href="${ctx.absolute(page.url)}">
<link rel="stylesheet" href="${ctx.link("/assets/site.css")}">
<link rel="icon" href="${ctx.link("/assets/favicon.svg")}" type="image/svg+xml">
${page.head}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="site-name" href="${ctx.prefix}">${ctx.siteTitle}</a>
    <nav aria-label="Sections">
      <ul class="nav-list">${NAV.map((item) => html`<li><a href="${ctx.link(item.url)}"${current(item)}>${item.label}</a></li>`)}</ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
${page.main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><a href="${ctx.link("/about/")}">About this site</a> · <a href="${ctx.link("/feed.xml")}">Atom feed</a> · <a href="${ctx.link("/feed.json")}">JSON feed</a> · <a href="${ctx.link("/data/stories.json")}">Data</a></p>
  </div>
</footer>
</body>
</html>
`.value;
}
