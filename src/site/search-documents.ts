// What the search index is made of: one document per story, holding the full text of each of its
// articles under a heading of its own. Not its summary: its sentences are the articles' own, and
// the words that weigh them are the whole archive's, so one article added somewhere changed the
// summaries of stories all over the index, and a third of the index was made again (issue 13).
// Wire copies of one event are near-duplicates; a result per article would fill the first
// screen with the same story. One result per story, with the matching articles as its
// sub-results (Pagefind makes a sub-result of every heading with an id), groups them, and costs
// Pagefind a twentieth of the documents, which is most of its indexing time on large sites. A
// story's only source has no page of its own (its text is on the story page), so its heading
// has no id: the result is the story.
//
// The articles' text is indexed without its links to entity pages: Pagefind indexes words, not
// where they link, and an entity that gains a page (a second story names it) links its name in
// every article naming it. With the links, the document hash changed for all of those, and one
// added article re-indexed six shards of 32 at 10,000 articles (issue 13).
import { bodyForHash } from "../digest/body-key.js";
import { oneShotHash } from "../one-shot-hash.js";
import { articleAnchor } from "../digest/site-urls.js";
import type { ArticleView, SiteData, StoryView } from "../types.js";
import { formatPublished } from "./format-date.js";
import { html, trusted } from "./html.js";
import { renderGuarded, type PageFailures } from "./page-failures.js";
import { renderArticleBody } from "./render-article-body.js";

/** One document for the search index. */
export interface SearchDocument {
  /** Where Pagefind reads it, relative to the site: the story page's path, so results link there. */
  path: string;
  /** Articles in it: the index's size, which sets its number of shards. */
  size: number;
  /** Changes exactly when the document's text, title or filters would. */
  hash: string;
  /** The document, made only for the shards indexed this time. */
  html(): string;
}

/**
 * One search document per story, in the digest's story order. A document that fails to render
 * (an article body that breaks the renderer breaks its page too) is recorded in `failures` and
 * indexed without the articles' text; without `failures` the error is thrown.
 */
export function searchDocuments(site: SiteData, failures?: PageFailures): SearchDocument[] {
  const articlesById = new Map(site.articles.map((article) => [article.id, article]));
  return site.stories.map((story) => {
    const articles = story.sources.flatMap((source) => articlesById.get(source.articleId) ?? []);
    return {
      path: `${story.url.replace(/^\/+/, "")}index.html`,
      size: articles.length,
      hash: documentHash(story, articles),
      html: () => {
        const path = `${story.url.replace(/^\/+/, "")}index.html`;
        // An article body that breaks the renderer (it breaks the article's page too) leaves only
        // that article's text out of the story's document, so the story is still found.
        const body = (article: ArticleView) =>
          renderGuarded(
            { kind: "search", path: () => path, articles: () => [article.path], fallback: () => "" },
            () => searchBody(article),
            failures,
          );
        const whole = {
          kind: "search",
          path: () => path,
          articles: () => story.sources.map((source) => source.path),
          fallback: () => searchDocumentHtml(story, articles, () => ""),
        };
        return renderGuarded(whole, () => searchDocumentHtml(story, articles, body), failures);
      },
    };
  });
}

/** Everything the document is made of (searchDocumentHtml), and nothing else: related stories, ranking scores, links. */
function documentHash(story: StoryView, articles: readonly ArticleView[]): string {
  const parts = [
    JSON.stringify([story.url, story.headline, story.parties.map((p) => p.name), story.topics.map((t) => t.name)]),
  ];
  for (const article of articles)
    parts.push(
      "\0",
      JSON.stringify([
        article.id,
        article.ownPage,
        article.title,
        article.outlet ?? null,
        article.published,
        article.markdown,
        bodyForHash(article),
        article.entities.map((entity) => entity.name),
        article.topics.map((topic) => topic.name),
      ]),
    );
  return oneShotHash("sha1", parts.join(""), "base64url");
}

/** An article's text as the index reads it: rendered as on its page, without links to entity pages. */
const searchBody = (article: ArticleView) =>
  renderArticleBody({ body: article.body, markdown: article.markdown, links: [] });

/**
 * A filter value as the index stores it. Pagefind (1.5) decodes character references in filter
 * values more than once, so no escaping gives back the name as written ("AT&amp;T Wire" would come
 * back as "AT&T Wire"), and its own UI inserted them as markup: an outlet named
 * `<meta http-equiv="refresh" …>` redirected everyone who searched (issue 15). Percent-encoded,
 * a value holds no character either can use; the search page's script
 * (templates/assets/search.js) shows it decoded, as text.
 */
export const filterValue = (name: string) => encodeURIComponent(name.replace(LONE_SURROGATE, "\uFFFD"));
/** encodeURIComponent throws on half a surrogate pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The story's search document. Filters sit in an ignored block (Pagefind still reads filters
 * there, but does not index their text as words of the story). Each article's byline (outlet,
 * date) is text of its section: the excerpts of a story's articles, alike in wire copies, tell by
 * it whose each one is. A story's only source has no heading where its title is the headline
 * again: an excerpt is the indexed text around the words matched, and "Parties warned over 'grey
 * vote' Parties warned over 'grey vote' BBC News" left a result a third of its 30 words to say.
 */
export function searchDocumentHtml(
  story: StoryView,
  articles: readonly ArticleView[],
  body: (article: ArticleView) => string = searchBody,
): string {
  const values = <T>(lists: readonly (readonly T[])[]) => [...new Set(lists.flat())];
  const outlets = values(articles.map((article) => (article.outlet ? [article.outlet] : [])));
  const entities = values([
    story.parties.map((party) => party.name),
    ...articles.map((article) => article.entities.map((entity) => entity.name)),
  ]);
  const topics = values([
    story.topics.map((topic) => topic.name),
    ...articles.map((article) => article.topics.map((topic) => topic.name)),
  ]);
  const filter = (name: string, list: readonly string[]) =>
    list.map((value) => html`<span data-pagefind-filter="${name}">${filterValue(value)}</span>`);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${story.headline}</title></head>
<body><main data-pagefind-body>
<h1 data-pagefind-meta="title">${story.headline}</h1>
<div data-pagefind-ignore>${filter("outlet", outlets)}${filter("entity", entities)}${filter("topic", topics)}</div>
${articles.map(
  (article) => html`<section>
${
  // An article with a page of its own is a sub-result, named by its heading.
  article.ownPage
    ? html`<h2 id="${articleAnchor(article.id)}">${article.title}</h2>`
    : article.title !== story.headline
      ? html`<h2>${article.title}</h2>`
      : ""
}
<p>${article.outlet && `${article.outlet} · `}${formatPublished(article.published)}</p>
${trusted(body(article))}
</section>`,
)}
</main></body></html>
`.value;
}
