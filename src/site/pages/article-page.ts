import type { ArticleView } from "../../types.js";
import { html, trusted } from "../html.js";
import { plural } from "../plural.js";
import { renderArticleBody } from "../render-article-body.js";
import { hostname, isWebUrl } from "../site-url.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { publishedTime } from "./published-time.js";
import { entityChip, topicChips } from "./entity-chip.js";

/** `/articles/<id>/`: the full text with entity mentions linked, its story, the pages of its names and topics, its source. */
export function articlePage(ctx: PageContext, article: ArticleView): string {
  const original = isWebUrl(article.originalUrl) ? article.originalUrl : "";
  // The names that have a page, where a reader can go next: a name without one is plain text
  // the article has just given, and was a third of this list's bytes (issue 16).
  const paged = article.entities.filter((entity) => entity.url);
  const main = html`<article class="article">
  <header class="story-header">
    <p class="kicker"><a href="${ctx.link(article.storyUrl)}">Part of a story</a></p>
    <h1>${article.title}</h1>
    <p class="meta">
      ${article.outlet && html`<span>${article.outlet}</span> · `}${publishedTime(article.published)}${article.authors.length ? ` · By ${article.authors.join(", ")}` : ""}
      · ${plural(article.wordCount, "word")}
    </p>
    ${original && html`<p class="meta"><a href="${original}" rel="nofollow noopener noreferrer">Read the original at ${hostname(original)}</a></p>`}
  </header>
  <div class="body">
${trusted(renderArticleBody(article, ctx.prefix))}
  </div>
  <footer class="article-footer">
    <p><a href="${ctx.link(article.storyUrl)}">See the whole story and its other sources →</a></p>
    ${
      paged.length > 0 &&
      html`<h2>Named in this article</h2>
    <ul class="tags">${paged.map((entity) => html`<li>${entityChip(ctx, entity)}</li>`)}</ul>`
    }
    ${
      article.topics.length > 0 &&
      html`<h2>Topics</h2>
    ${topicChips(ctx, article.topics)}`
    }
    <p class="meta">Source file: <code>${article.path}</code></p>
  </footer>
</article>`;
  return baseLayout(ctx, { url: article.url, title: article.title, main });
}
