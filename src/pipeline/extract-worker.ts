// Runs inside a worker thread: extracts the batches the pool sends, in order, and answers with
// only what extraction adds (the pool still holds the articles, so they need not travel back).
// The pool may start workers before the content is read: the extraction context (the knowledge
// file) comes as the first message, not with the worker's start.
import { parentPort } from "node:worker_threads";
import type { Extraction } from "../cache/extraction-cache.js";
import { extractArticle, type ExtractContext } from "../extract/extract-article.js";
import type { Article } from "../types.js";
import { failureOf, type ExtractionFailure } from "./extraction-failure.js";

export type WorkerMessage = { context: ExtractContext } | WorkerBatch;

export interface WorkerBatch {
  batch: number;
  articles: Article[];
}

/** A batch's results in order: an extraction, or why it failed for that article (the others are still extracted). */
export type WorkerReply = { batch: number; extractions: (Extraction | ExtractionFailure)[] };

let context: ExtractContext = {};

parentPort?.on("message", (message: WorkerMessage) => {
  if ("context" in message) {
    context = message.context;
    return;
  }
  const { batch, articles } = message;
  const extractions: (Extraction | ExtractionFailure)[] = [];
  for (const article of articles) {
    try {
      const { published, entities, events, topics, sentences, sentenceTerms, wordCount } = extractArticle(
        article,
        context,
      );
      extractions.push({ published, entities, events, topics, sentences, sentenceTerms, wordCount });
    } catch (cause) {
      extractions.push(failureOf(cause));
    }
  }
  parentPort?.postMessage({ batch, extractions } satisfies WorkerReply);
});
