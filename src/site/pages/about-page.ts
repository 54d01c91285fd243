import type { BuildReport } from "../../types.js";
import { formatPartialDate } from "../format-date.js";
import { html } from "../html.js";
import { plural } from "../plural.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";

/** `/about/`: how the site is made, when it was built, its data and feeds, and the IPTC attribution. */
export function aboutPage(ctx: PageContext, report: BuildReport, generatedAt: string): string {
  const leftOut = report.rejected.length > 0 || report.ignored.length > 0;
  const main = html`<div class="prose">
<h1 class="page-title">About this site</h1>
<p class="lede">${ctx.siteTitle} groups news articles about the same event into stories, so you can read what several outlets said side by side and follow people, countries, organizations and topics over time.</p>
<h2>How it is made</h2>
<p>Every page is generated from a folder of articles. Names, dates and topics are found in the text by rules; a publication date marked “estimated from the text” was inferred from what the article says, not stated by the outlet. Each story links to its sources and to the original articles.</p>
<p>This build, on ${formatPartialDate(generatedAt.slice(0, 10))}, read ${plural(report.filesFound, "file")} and published ${plural(report.articlesBuilt, "article")}${leftOut && html`; see the <a href="${ctx.link("/report/")}">build report</a> for the files left out`}.</p>
<h2>Data and feeds</h2>
<p>Follow the latest stories with the Atom or JSON feed, and any topic, person, country or organization with the Atom feed on its page. The whole digest is available as JSON: <a href="${ctx.link("/data/stories.json")}">stories</a>, <a href="${ctx.link("/data/entities.json")}">entities</a>, <a href="${ctx.link("/data/topics.json")}">topics</a>.</p>
<h2>Credits</h2>
<p>Topics use the IPTC Media Topics vocabulary: IPTC Media Topics, © IPTC (<a href="https://iptc.org">https://iptc.org</a>), licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>
<p>Search by <a href="https://pagefind.app">Pagefind</a>. Site generated with <a href="https://www.11ty.dev">Eleventy</a>.</p>
</div>`;
  return baseLayout(ctx, { url: "/about/", title: "About", description: ctx.siteDescription, main });
}
