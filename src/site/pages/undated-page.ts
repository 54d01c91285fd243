import type { SiteData } from "../../types.js";
import { formatPublished } from "../format-date.js";
import { html } from "../html.js";
import type { ListPage } from "../site-pages.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { pagerNav } from "./story-list.js";

/** Where the list of undated articles lives, beside the archive's months. */
export const UNDATED_URL = "/archive/undated/";

/** An article whose text gives no publication date, as the Undated list shows it. */
export interface UndatedEntry {
  url: string;
  title: string;
  outlet?: string;
  /** Source path relative to the content folder: where to add `date:`. */
  path: string;
  storyUrl: string;
  storyHeadline: string;
  /** The story's date when its dated members give it one ("" when the story is undated too). */
  storyDate: string;
}

/**
 * Articles whose date is unknown (no front matter, no dated file name, nothing in the text that ties it to the
 * time of writing), in the site's article order. They appear in no month of the archive, so they are listed here.
 */
export function undatedEntries(site: Pick<SiteData, "articles" | "stories">): UndatedEntry[] {
  const stories = new Map(site.stories.map((s) => [s.id, s]));
  return site.articles
    .filter((a) => a.published.source === "unknown" || !a.published.date)
    .map((a) => {
      const story = stories.get(a.storyId);
      const storyDate =
        story && story.published.source !== "unknown" && story.published.date ? formatPublished(story.published) : "";
      return {
        url: a.url,
        title: a.title,
        ...(a.outlet ? { outlet: a.outlet } : {}),
        path: a.path,
        storyUrl: a.storyUrl,
        storyHeadline: story?.headline ?? a.title,
        storyDate,
      };
    });
}

/** `/archive/undated/`: the articles with no known date, each with its story. */
export function undatedPage(ctx: PageContext, pager: ListPage<UndatedEntry>): string {
  const items = pager.items.map(
    (a) =>
      html`<li><a href="${ctx.link(a.url)}">${a.title}</a> <span class="meta">${a.outlet ? `${a.outlet} · ` : ""}date unknown · story: <a href="${ctx.link(a.storyUrl)}">${a.storyHeadline}</a>${a.storyDate ? ` (${a.storyDate})` : ""}</span></li>`,
  );
  const main = html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${ctx.link("/archive/")}">Archive</a></li><li aria-current="page">Undated</li></ol></nav>
<h1 class="page-title">Undated</h1>
<p class="lead">Articles whose publication date is unknown: nothing in the file or its text ties it to a day. Add <code>date:</code> to an article's front matter (or a date to its file name) to file it in its month.</p>
${items.length ? html`<ul class="undated">${items}</ul>` : html`<p class="empty">Every article has a date.</p>`}
${pagerNav(ctx, pager)}`;
  const title = pager.number !== undefined ? `Undated, page ${pager.number}` : "Undated";
  return baseLayout(ctx, { url: pager.url, title, section: "archive", main });
}
