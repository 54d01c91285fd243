import { html } from "../html.js";
import { safePermalink } from "../site-url.js";
import type { PageContext } from "./page-context.js";

/** A retired story URL: a tiny page that sends readers (and crawlers, via canonical) to the new one. */
export function redirectPage(ctx: PageContext, redirect: { from: string; to: string }): string {
  const target = ctx.link(safePermalink(redirect.to));
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; object-src 'none'; base-uri 'none'">
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
<title>Moved · ${ctx.siteTitle}</title>
<link rel="canonical" href="${ctx.absolute(redirect.to)}">
<link rel="stylesheet" href="${ctx.link("/assets/site.css")}">
</head>
<body>
<main id="main" class="wrap">
<h1 class="page-title">This story has moved</h1>
<p><a href="${target}">Go to its new page</a>.</p>
</main>
</body>
</html>
`.value;
}
