import type { ArticleView } from "../../types.js";
import type { StoryRecord } from "../site-pages.js";
import { formatPartialDate, machineDate } from "../format-date.js";
import { html, trusted } from "../html.js";
import { storyJsonLd } from "../json-ld.js";
import { plural } from "../plural.js";
import { hostname, isWebUrl } from "../site-url.js";
import { articleAnchor } from "../../digest/site-urls.js";
import { renderArticleBody } from "../render-article-body.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { entityChip, topicChips } from "./entity-chip.js";
import { publishedTime } from "./published-time.js";

/** Cuts at the last space before `length` and marks the cut, as descriptions should stay short. */
export function truncateWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(" ", length);
  return `${text.slice(0, space === -1 ? length : space)}...`;
}

type Source = StoryRecord["sources"][number];

/** How a source is named in a small citation: its outlet, else its address's host, else "source". */
function sourceLabel(source: Source): string {
  if (source.outlet) return source.outlet;
  return isWebUrl(source.originalUrl) ? hostname(source.originalUrl) : "source";
}

/**
 * `/stories/<id>/`: headline, summary, timeline, sources, related stories, parties and topics;
 * and the text of a story's only source, which has no page of its own (`ArticleView.ownPage`).
 */
export function storyPage(ctx: PageContext, story: StoryRecord): string {
  const sourceOf = new Map(story.sources.map((s) => [s.articleId, s]));
  // The article a line came from, as a small link after it.
  const cite = (articleId: string | undefined) => {
    const source = articleId === undefined ? undefined : sourceOf.get(articleId);
    return source && html` <a class="cite" href="${ctx.link(source.url)}">${sourceLabel(source)}</a>`;
  };
  // About what search results and link previews show.
  const description = truncateWords(story.summary.join(" "), 200);
  const lead = story.topics[0];
  const head = html`<meta property="og:type" content="article">
<meta property="og:title" content="${story.headline}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${ctx.absolute(story.url)}">
<meta property="og:site_name" content="${ctx.siteTitle}">
<script type="application/ld+json">${trusted(storyJsonLd(story, ctx.prefix, ctx.siteUrl || undefined))}</script>`;
  const main = html`<article class="story">
  <header class="story-header">
    ${lead && html`<p class="kicker"><a href="${ctx.link(lead.url)}">${lead.name}</a></p>`}
    <h1>${story.headline}</h1>
    <p class="meta">${publishedTime(story.published)} · ${plural(story.sources.length, "source")}</p>
  </header>
  ${
    story.thread &&
    html`<nav class="thread-nav" aria-label="Thread">
    <p>Part of: <a href="${ctx.link(story.thread.url)}">${story.thread.name}</a> (${plural(story.thread.count, "story", "stories")})</p>
    ${(story.thread.previous || story.thread.next) && html`<p class="meta">${story.thread.previous && html`<a rel="prev" href="${ctx.link(story.thread.previous.url)}">Previous: ${story.thread.previous.name}</a>`}${story.thread.previous && story.thread.next && " · "}${story.thread.next && html`<a rel="next" href="${ctx.link(story.thread.next.url)}">Next: ${story.thread.next.name}</a>`}</p>`}
  </nav>`
  }
  ${
    // A story's only source is the story: its text, whose first lines the summary would repeat.
    story.soleArticle
      ? soleText(ctx, story.soleArticle)
      : story.summary.length > 0 &&
        html`<div class="summary">${story.summary.map((sentence, i) => html`<p>${sentence}${cite(story.summarySources[i])}</p>`)}</div>`
  }
  <div class="story-grid">
  <div class="story-main">
  ${
    story.timeline.length > 0 &&
    html`<section aria-labelledby="timeline">
    <h2 id="timeline">Timeline</h2>
    <ol class="timeline">
      ${story.timeline.map((entry) => html`<li><time datetime="${machineDate(entry.date)}">${formatPartialDate(entry.date)}</time> <span>${entry.text}</span>${cite(entry.sourceId)}</li>`)}
    </ol>
  </section>`
  }
  <section aria-labelledby="sources">
    <h2 id="sources">Sources</h2>
    <ul class="sources">
      ${story.sources.map((source) => {
        const original = isWebUrl(source.originalUrl) ? source.originalUrl : "";
        const copied = source.copyOf === undefined ? undefined : sourceOf.get(source.copyOf);
        const sole = story.soleArticle?.id === source.articleId;
        return html`<li${sole ? "" : html` id="${articleAnchor(source.articleId)}"`}>
        ${
          sole
            ? html`<span class="source-title">${source.title}</span>`
            : html`<a class="source-title" href="${ctx.link(source.url)}">${source.title}</a>`
        }
        <span class="meta">${source.outlet && html`<span>${source.outlet}</span> · `}${publishedTime(source.published)}${original && html` · <a href="${original}" rel="nofollow noopener noreferrer">original at ${hostname(original)}</a>`}${source.first && html` · <strong class="first">reported first</strong>`}${copied && html` · <span class="copy">near-copy of <a href="#${articleAnchor(copied.articleId)}">${sourceLabel(copied)}</a> (one wire text)</span>`}</span>
        ${source.adds.length > 0 && html`<details class="adds"><summary>Only in this source (${source.adds.length})</summary><ul>${source.adds.map((sentence) => html`<li>${sentence}</li>`)}</ul></details>`}
      </li>
      `;
      })}
    </ul>
  </section>
  ${
    story.related.length > 0 &&
    html`<section aria-labelledby="related">
    <h2 id="related">Related stories</h2>
    <ul class="related">
      ${story.related.map((rel) => html`<li><a href="${ctx.link(rel.url)}">${rel.name}</a> <span class="meta">${rel.why}</span></li>`)}
    </ul>
  </section>`
  }
  </div>
  <aside class="story-side" aria-label="Parties and topics">
    ${
      story.parties.length > 0 &&
      html`<h2>Parties</h2>
    <ul class="tags">
      ${story.parties.map((party) => html`<li>${entityChip(ctx, party)}</li>`)}
    </ul>`
    }
    ${
      story.topics.length > 0 &&
      html`<h2>Topics</h2>
    ${topicChips(ctx, story.topics)}`
    }
  </aside>
  </div>
</article>`;
  return baseLayout(ctx, { url: story.url, title: story.headline, description, head, main });
}

/**
 * The text of a story's only source, where its own page would show it (its address is this
 * section): body with names linked, byline, length and file.
 */
function soleText(ctx: PageContext, article: ArticleView) {
  return html`<section id="${articleAnchor(article.id)}" class="sole-source" aria-label="The article">
  <div class="body">
${trusted(renderArticleBody(article, ctx.prefix))}
  </div>
  <p class="meta">${article.authors.length > 0 && `By ${article.authors.join(", ")} · `}${plural(article.wordCount, "word")} · Source file: <code>${article.path}</code></p>
  </section>`;
}
