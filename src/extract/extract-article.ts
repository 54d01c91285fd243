import type { Article, ExtractedArticle } from "../types.js";
import { countSentenceTerms } from "../cluster/content-terms.js";
import { splitSentences } from "../text/split-sentences.js";
import { boundEntities } from "./article-bounds.js";
import { extractDates } from "./dates/extract-dates.js";
import { inferPublished } from "./dates/infer-published.js";
import { extractEntities } from "./entities/extract-entities.js";
import type { EntityOverrides } from "./entities/entity-overrides.js";
import { classifyTopics } from "./topics/classify-topics.js";

export interface ExtractContext {
  /** The site's knowledge file, validated. */
  overrides?: EntityOverrides;
}

/** Article -> Article + entities, dated events, topics, sentences. Pure: same input, same output. */
export function extractArticle(article: Article, context: ExtractContext = {}): ExtractedArticle {
  const published = article.published ?? inferPublished(article.body);
  const entities = boundEntities(
    extractEntities(article.body, {
      title: article.title,
      declared: article.declaredEntities,
      ...(context.overrides ? { overrides: context.overrides } : {}),
    }),
  );
  const events = extractDates(article.body, published);
  const topics = classifyTopics({
    title: article.title,
    body: article.body,
    tags: article.tags,
    declared: article.declaredTopics,
  });
  const text = article.titleSource === "first-line" ? article.body.slice(article.body.indexOf("\n") + 1) : article.body;
  const sentences = splitSentences(text).map((s) => s.text);
  const wordCount = countWords(text);
  const sentenceTerms = countSentenceTerms(sentences);
  return { ...article, published, entities, events, topics, sentences, sentenceTerms, wordCount };
}

const NON_ASCII_SPACE = /\s/;

/** Runs of non-whitespace (what `text.split(/\s+/).filter(Boolean).length` counts), without building the array. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : NON_ASCII_SPACE.test(text.charAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
