import type { ArticleView, ExtractedArticle, StorySource, TopicRef } from "../types.js";
import { BODY_KEY } from "./body-key.js";
import { entityRef, type MergedEntity } from "./entity-registry.js";
import { articleHome, storyUrl, topicUrl } from "./site-urls.js";

/** How an article is cited wherever it is shown: its page, headline, outlet, date, original address and source file. */
export function articleCitation(
  article: ExtractedArticle,
  storyId: string,
  soleSource: boolean,
): Omit<StorySource, "articleId" | "copyOf" | "first" | "adds"> {
  return {
    url: articleHome(article.id, storyId, soleSource),
    title: article.title,
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    published: article.published,
    ...(article.url !== undefined ? { originalUrl: article.url } : {}),
    path: article.sourcePath,
  };
}

/**
 * The article's view, for its page or, as its story's only source, its story's page: its body
 * without the headline line, with entity mentions to link.
 */
export function buildArticleView(
  article: ExtractedArticle,
  storyId: string,
  soleSource: boolean,
  entities: ReadonlyMap<string, MergedEntity>,
): ArticleView {
  // A headline taken from the first line is shown as the title, so the body starts after it.
  let cut = 0;
  if (article.titleSource === "first-line") {
    const newline = article.body.indexOf("\n");
    cut = newline < 0 ? article.body.length : newline + 1;
    while (cut < article.body.length && /\s/.test(article.body[cut]!)) cut++;
  }
  const body = article.body.slice(cut);
  const mentions = article.entities
    .filter((e) => entities.has(e.id))
    .flatMap((e) => {
      // Only entities with a page of their own are linked (see `EntityRef.url`).
      const url = entities.get(e.id)!.url;
      return url ? e.mentions.map((m) => ({ start: m.start - cut, end: m.end - cut, url })) : [];
    })
    .filter((m) => m.start >= 0 && m.end <= body.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Each entity is linked at its first mention only, as reference works do: the page names it
  // again and again, and a link on every mention was a fifth of an article page's bytes.
  const links: ArticleView["links"] = [];
  const linked = new Set<string>();
  for (const m of mentions) {
    if (linked.has(m.url) || (links.length > 0 && m.start < links[links.length - 1]!.end)) continue;
    links.push(m);
    linked.add(m.url);
  }
  const topics: TopicRef[] = article.topics.map((t) => ({
    id: t.id,
    name: t.label,
    url: topicUrl(t.id),
    iptc: t.iptc,
  }));
  return {
    id: article.id,
    ...articleCitation(article, storyId, soleSource),
    ownPage: !soleSource,
    markdown: /\.(md|markdown)$/i.test(article.sourcePath),
    body,
    links,
    storyId,
    storyUrl: storyUrl(storyId),
    entities: article.entities.filter((e) => entities.has(e.id)).map((e) => entityRef(entities.get(e.id)!)),
    topics,
    authors: article.authors,
    wordCount: article.wordCount,
    ...(article.extractionKey !== undefined ? { [BODY_KEY]: article.extractionKey } : {}),
  };
}
