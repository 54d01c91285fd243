import { html } from "../html.js";
import type { PageContext } from "./page-context.js";

/** `/sitemap.xml` (https://www.sitemaps.org/protocol.html). */
export function sitemapXml(ctx: PageContext, urls: readonly string[]): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map(
  (url) => html`  <url><loc>${ctx.absolute(url)}</loc></url>
`,
)}</urlset>
`.value;
}

/** `/robots.txt`: everything may be crawled; the sitemap is named when the origin is known. */
export function robotsTxt(ctx: PageContext): string {
  return `User-agent: *\nAllow: /\n${ctx.siteUrl ? `Sitemap: ${ctx.absolute("/sitemap.xml")}\n` : ""}`;
}
