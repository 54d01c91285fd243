import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pipelineVersion } from "../cache/pipeline-version.js";
import type { ExtractedArticle } from "../types.js";
import type { SourceProvenance } from "./story-provenance.js";
import type { PreparedSummary } from "./story-summary.js";

/**
 * What a story's view needs that depends on its own articles alone, and is the costly part to compute: its summary
 * candidates (sentences cleaned and counted, before any weighing against the site) and its sources' provenance.
 */
export interface StoryPrep {
  summary: PreparedSummary;
  provenance: [string, SourceProvenance][];
}

const STORE_PREFIX = "stories-";
const STORE_SUFFIX = ".ndjson";
// A line is `<64 hex key> <json>`; lines stay strings until asked for (see ExtractionCache).
const KEY_LENGTH = 64;

/** The digest's entry point in src/: its import closure versions the store (see pipelineVersion). */
export function storyPrepEntry(): string {
  return fileURLToPath(new URL("../../src/digest/story-prep.ts", import.meta.url));
}

/**
 * Key of one story's prep: every field of its articles, in order, that the summary candidates and the provenance
 * read (the articles' ids included: the prep names them).
 */
export function storyPrepKey(articles: readonly ExtractedArticle[]): string {
  const input = articles.map((a) => [
    a.id,
    a.title,
    a.titleSource ?? null,
    a.published,
    a.sentences,
    a.entities.map((e) => [e.id, e.kind, e.mentions.map((m) => m.text)]),
    a.events.map((e) => [e.date, e.sentence]),
  ]);
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}

/**
 * Story preps of the previous build, by key, in one NDJSON file per digest version in the cache folder
 * (`.cache/digest/`). Read once at the start of the digest stage, written again at its end with exactly the entries
 * this build used, and only when that set changed. A corrupt line is a miss, an unwritable folder no cache: never an
 * error.
 */
export class StoryCache {
  private readonly used = new Map<string, string>();
  private changed = false;
  /** Stories whose prep came from the store, and stories prepared again, since open. */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | undefined,
    private readonly lines: Map<string, string>,
  ) {}

  /** A cache that keeps nothing. */
  static disabled(): StoryCache {
    return new StoryCache(undefined, new Map());
  }

  /** The store in `dir` for this version of the digest code (`version`: by default its source hash). */
  static open(dir: string, version: string = pipelineVersion(storyPrepEntry()).hash): StoryCache {
    const name = `${STORE_PREFIX}${version.slice(0, 16)}${STORE_SUFFIX}`;
    const file = join(dir, name);
    const lines = new Map<string, string>();
    try {
      mkdirSync(dir, { recursive: true });
      for (const other of readdirSync(dir)) {
        if (other !== name && other.startsWith(STORE_PREFIX) && other.endsWith(STORE_SUFFIX)) {
          rmSync(join(dir, other), { force: true });
        }
      }
      let text = "";
      try {
        text = readFileSync(file, "utf8");
      } catch {
        // No store yet.
      }
      for (const line of text.split("\n")) {
        if (line.length > KEY_LENGTH + 1 && line[KEY_LENGTH] === " ") lines.set(line.slice(0, KEY_LENGTH), line);
      }
    } catch {
      return StoryCache.disabled();
    }
    return new StoryCache(file, lines);
  }

  get size(): number {
    return this.lines.size;
  }

  /** The prep stored under `key`, or undefined. */
  get(key: string): StoryPrep | undefined {
    const line = this.lines.get(key);
    if (line === undefined) {
      this.misses++;
      return undefined;
    }
    try {
      const value = JSON.parse(line.slice(KEY_LENGTH + 1)) as unknown;
      if (isStoryPrep(value)) {
        this.used.set(key, line);
        this.hits++;
        return value;
      }
    } catch {
      // A corrupt line: a miss.
    }
    this.lines.delete(key);
    this.changed = true;
    this.misses++;
    return undefined;
  }

  set(key: string, value: StoryPrep): void {
    if (!this.file) return;
    const line = `${key} ${JSON.stringify(value)}`;
    this.lines.set(key, line);
    this.used.set(key, line);
    this.changed = true;
  }

  /** Writes the entries this build used, when they differ from the store read (temporary file, then rename). */
  save(): void {
    if (!this.file) return;
    if (!this.changed && this.used.size === this.lines.size) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, this.used.size > 0 ? `${[...this.used.values()].join("\n")}\n` : "");
      renameSync(temporary, this.file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

// Guards against entries of another shape that slipped past the version hash.
function isStoryPrep(value: unknown): value is StoryPrep {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  const summary = record.summary as Record<string, unknown> | null | undefined;
  return (
    typeof summary === "object" &&
    summary !== null &&
    typeof summary.vocabulary === "string" &&
    Array.isArray(summary.candidates) &&
    Array.isArray(record.provenance)
  );
}
