import { createHash } from "node:crypto";
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article, ExtractedArticle } from "../types.js";

/** What extraction adds to an article: the part worth caching (the rest is re-read cheaply). */
export type Extraction = Pick<ExtractedArticle, "published" | "entities" | "events" | "topics" | "sentences" | "wordCount">;

const STORE_PREFIX = "extract-";
const STORE_SUFFIX = ".ndjson";
// A line is `<64 hex key> <json>`; keeping lines as strings until asked keeps a 10,000-entry
// store at about its file size in memory instead of a tree of parsed objects.
const KEY_LENGTH = 64;

/**
 * Key of one article's extraction: the pipeline version, the extraction context (knowledge file as
 * validated) and every article field extraction can read. The id is left out: it depends on other
 * files (slug collisions), not on this one.
 */
export function extractionKey(article: Article, contextDigest: string): string {
  const { id: _id, ...input } = article;
  return createHash("sha256").update(contextDigest).update("\0").update(JSON.stringify(input)).digest("hex");
}

/** sha256 of the pipeline version and the extraction context, computed once per build. */
export function contextDigest(pipelineVersion: string, context: unknown): string {
  return createHash("sha256").update(pipelineVersion).update("\0").update(JSON.stringify(context ?? null)).digest("hex");
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
    const name = `${STORE_PREFIX}${pipelineVersion.slice(0, 16)}${STORE_SUFFIX}`;
    const file = join(dir, name);
    const lines = new Map<string, string>();
    let needsNewline = false;
    try {
      await mkdir(dir, { recursive: true });
      for (const other of await readdir(dir)) {
        if (other !== name && other.startsWith(STORE_PREFIX) && other.endsWith(STORE_SUFFIX)) {
          await rm(join(dir, other), { force: true });
        }
      }
      const text = await readFile(file, "utf8").catch(() => "");
      needsNewline = text.length > 0 && !text.endsWith("\n");
      for (const line of text.split("\n")) {
        if (line.length > KEY_LENGTH + 1 && line[KEY_LENGTH] === " ") lines.set(line.slice(0, KEY_LENGTH), line);
      }
    } catch {
      // An unwritable cache folder must not fail the build: run without a cache.
      return ExtractionCache.disabled();
    }
    const cache = new ExtractionCache(file, lines);
    cache.needsNewline = needsNewline;
    return cache;
  }

  get size(): number {
    return this.lines.size;
  }

  get(key: string): Extraction | undefined {
    const line = this.lines.get(key);
    if (line === undefined) return undefined;
    try {
      const value = JSON.parse(line.slice(KEY_LENGTH + 1)) as unknown;
      if (isExtraction(value)) {
        this.used.add(key);
        return value;
      }
    } catch {
      // Corrupt: fall through and forget it, so it is re-extracted and rewritten.
    }
    this.lines.delete(key);
    return undefined;
  }

  set(key: string, value: Extraction): void {
    if (!this.file) return;
    const line = `${key} ${JSON.stringify(value)}`;
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
    const unused = this.lines.size - this.used.size;
    if (unused <= Math.max(this.used.size, 64)) return;
    const kept = [...this.used].map((key) => this.lines.get(key)).filter((line): line is string => line !== undefined);
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, kept.length > 0 ? `${kept.join("\n")}\n` : "");
      await rename(temporary, this.file);
    } catch {
      await rm(temporary, { force: true });
    }
  }
}

// Guards against entries from an older shape that slipped past the version hash.
function isExtraction(value: unknown): value is Extraction {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.published === "object" &&
    record.published !== null &&
    Array.isArray(record.entities) &&
    Array.isArray(record.events) &&
    Array.isArray(record.topics) &&
    Array.isArray(record.sentences) &&
    typeof record.wordCount === "number"
  );
}
