import { createHash } from "node:crypto";
import { oneShotHash } from "../one-shot-hash.js";
import { appendFile } from "node:fs/promises";
import { openKeyedLines, pickLines, rewriteStore, storeWritten } from "./keyed-lines.js";
import { LineMemo } from "./line-memo.js";
import type { Article, ExtractedArticle } from "../types.js";

/** What extraction adds to an article: the part worth caching (the rest is re-read cheaply). */
export type Extraction = Pick<
  ExtractedArticle,
  "published" | "entities" | "events" | "topics" | "sentences" | "sentenceTerms" | "wordCount"
>;

const STORE_PREFIX = "extract-";
// A line is `<64 hex key> <json>`; keeping lines as strings until asked keeps a 10,000-entry
// store at about its file size in memory instead of a tree of parsed objects.
const KEY_LENGTH = 64;

/** Entries as parsed, with their sentences, kept between the builds of one process (see LineMemo). */
const parsed = new LineMemo<Extraction>();

/**
 * Key of one article's extraction: the pipeline version, the extraction context (knowledge file as
 * validated) and every article field extraction can read. The id is left out: it depends on other
 * files (slug collisions), not on this one.
 */
export function extractionKey(article: Article, contextDigest: string): string {
  const { id: _id, ...input } = article;
  return oneShotHash("sha256", `${contextDigest}\0${JSON.stringify(input)}`, "hex");
}

/** sha256 of the pipeline version and the extraction context, computed once per build. */
export function contextDigest(pipelineVersion: string, context: unknown): string {
  return createHash("sha256")
    .update(pipelineVersion)
    .update("\0")
    .update(JSON.stringify(context ?? null))
    .digest("hex");
}

/**
 * Per-article extraction results in one append-only NDJSON file per pipeline version under `dir`
 * (`.cache/digest/` by default). A truncated or corrupt line is a miss, never an error; files of
 * other versions are deleted on open, and entries no build used are dropped when they outnumber
 * the used ones.
 */
export class ExtractionCache {
  private readonly used = new Set<string>();
  private pending: string[] = [];
  private needsNewline = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly lines: Map<string, string>,
  ) {}

  /** A cache that stores nothing (for `--no-cache`). */
  static disabled(): ExtractionCache {
    return new ExtractionCache(undefined, new Map());
  }

  static async open(dir: string, pipelineVersion: string): Promise<ExtractionCache> {
    try {
      const { file, lines, unterminated } = await openKeyedLines(dir, STORE_PREFIX, pipelineVersion, KEY_LENGTH);
      const cache = new ExtractionCache(file, lines);
      cache.needsNewline = unterminated;
      return cache;
    } catch {
      // An unwritable cache folder must not fail the build: run without a cache.
      return ExtractionCache.disabled();
    }
  }

  get size(): number {
    return this.lines.size;
  }

  /**
   * The cached extraction, or undefined. `body` is the article's body: sentences stored as
   * offsets into it (see `set`) are cut from it again; without it such an entry is a miss.
   */
  get(key: string, body?: string): Extraction | undefined {
    const line = this.lines.get(key);
    if (line === undefined) return undefined;
    // The key covers the article's body, so an entry's sentences, cut from the body, are the same every time.
    const extraction =
      body === undefined ? parseEntry(line, body) : parsed.get(key, line, () => parseEntry(line, body));
    if (extraction) {
      this.used.add(key);
      return extraction;
    }
    this.lines.delete(key);
    return undefined;
  }

  /**
   * Stores an extraction. Given the article's body, sentences found in it in order are stored as
   * [start, end] offsets instead of text: they were over half of every entry, so the store is about
   * half the size to read and parse, and sentences cut from the body on load share its memory.
   */
  set(key: string, value: Extraction, body?: string): void {
    if (!this.file) return;
    const spans = body === undefined ? undefined : sentenceSpans(value.sentences, body);
    const stored: StoredExtraction = spans ? { ...value, sentences: [], sentenceSpans: spans } : value;
    const line = `${key} ${JSON.stringify(stored)}`;
    this.lines.set(key, line);
    this.used.add(key);
    this.pending.push(line);
  }

  /** Appends what `set` added since the last flush; called per batch so an interrupted build keeps its work. */
  async flush(): Promise<void> {
    if (!this.file || this.pending.length === 0) return;
    const text = `${this.needsNewline ? "\n" : ""}${this.pending.join("\n")}\n`;
    this.pending = [];
    this.needsNewline = false;
    try {
      await appendFile(this.file, text);
    } catch {
      // Best effort, like open().
    }
  }

  /** Flushes, then rewrites the store without unused entries when they are the majority. */
  async close(): Promise<void> {
    await this.flush();
    if (!this.file) return;
    parsed.retain(this.used);
    const unused = this.lines.size - this.used.size;
    if (unused <= Math.max(this.used.size, 64)) {
      await storeWritten(this.file, this.lines, this.lines.size);
      return;
    }
    await rewriteStore(this.file, pickLines(this.lines, this.used));
  }
}

/** A line's extraction with its sentences; undefined when it is corrupt or of another shape. */
function parseEntry(line: string, body: string | undefined): Extraction | undefined {
  try {
    const value = JSON.parse(line.slice(KEY_LENGTH + 1)) as unknown;
    return isExtraction(value) ? withSentences(value, body) : undefined;
  } catch {
    return undefined;
  }
}

// Guards against entries from an older shape that slipped past the version hash.
/** An extraction as stored: sentences either as text, or as offsets into the article's body. */
type StoredExtraction = Extraction & { sentenceSpans?: number[] };

/**
 * Offsets [start, end, start, end, …] of each sentence in `body`, searched in order; undefined when one is not found
 * verbatim.
 */
function sentenceSpans(sentences: readonly string[], body: string): number[] | undefined {
  const spans: number[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const start = body.indexOf(sentence, from);
    if (start === -1) return undefined;
    from = start + sentence.length;
    spans.push(start, from);
  }
  return spans;
}

/** The stored extraction with its sentences as text; undefined when they cannot be rebuilt. */
function withSentences(stored: StoredExtraction, body: string | undefined): Extraction | undefined {
  const { sentenceSpans: spans, ...extraction } = stored;
  if (spans === undefined) return extraction;
  if (body === undefined || !Array.isArray(spans) || spans.length % 2 !== 0) return undefined;
  const sentences: string[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k];
    const end = spans[k + 1];
    if (typeof start !== "number" || typeof end !== "number" || start < 0 || end < start || end > body.length)
      return undefined;
    sentences.push(body.slice(start, end));
  }
  return { ...extraction, sentences };
}

function isExtraction(value: unknown): value is StoredExtraction {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.published === "object" &&
    record.published !== null &&
    Array.isArray(record.entities) &&
    Array.isArray(record.events) &&
    Array.isArray(record.topics) &&
    Array.isArray(record.sentences) &&
    (record.sentenceTerms === undefined || typeof record.sentenceTerms === "string") &&
    typeof record.wordCount === "number"
  );
}
