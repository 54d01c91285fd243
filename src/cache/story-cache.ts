import { openKeyedLines, rewriteStore } from "./keyed-lines.js";
import { LineMemo } from "./line-memo.js";
import { fileURLToPath } from "node:url";
import type { StoryPrep, StoryPrepStore } from "../digest/story-prep.js";
import { pipelineVersion } from "./pipeline-version.js";

const STORE_PREFIX = "stories-";
// A line is `<64 hex key> <json>`; lines stay strings until asked for (see ExtractionCache).
const KEY_LENGTH = 64;

/** Entries as parsed, kept between the builds of one process (see LineMemo). */
const parsed = new LineMemo<StoryPrep>();

/** The digest's story prep in src/ (see extractionEntry): its import closure versions the store. */
export function storyPrepEntry(): string {
  return fileURLToPath(new URL("../../src/digest/story-prep.ts", import.meta.url));
}

/**
 * The digest's story preps (see `StoryPrep`) of the previous build, by `storyPrepKey`, in one NDJSON file per
 * version of the digest code under `dir` (`.cache/digest/`). Written again after the digest stage with exactly the
 * entries that build used, and only when that set changed. A corrupt line is a miss, an unwritable folder no cache:
 * never an error. Files of other versions are deleted on open.
 */
export class StoryCache implements StoryPrepStore {
  private readonly used = new Map<string, string>();
  private changed = false;
  /** Stories whose prep came from the store, and stories prepared again, since open. */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | undefined,
    private readonly lines: Map<string, string>,
  ) {}

  /** A cache that keeps nothing (for `--no-cache`). */
  static disabled(): StoryCache {
    return new StoryCache(undefined, new Map());
  }

  /** The store in `dir` for this version of the digest code (`version`: by default its source hash). */
  static async open(dir: string, version: string = pipelineVersion(storyPrepEntry()).hash): Promise<StoryCache> {
    try {
      const { file, lines } = await openKeyedLines(dir, STORE_PREFIX, version, KEY_LENGTH);
      return new StoryCache(file, lines);
    } catch {
      return StoryCache.disabled();
    }
  }

  get size(): number {
    return this.lines.size;
  }

  /** The prep stored under `key`, or undefined. */
  get(key: string): StoryPrep | undefined {
    const line = this.lines.get(key);
    if (line !== undefined) {
      const value = parsed.get(key, line, () => parseEntry(line));
      if (value) {
        this.used.set(key, line);
        this.hits++;
        return value;
      }
      this.lines.delete(key);
      this.changed = true;
    }
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

  /** Writes the entries used since open, when they differ from the store read (temporary file, then rename). */
  async save(): Promise<void> {
    if (!this.file) return;
    parsed.retain(this.used);
    if (!this.changed && this.used.size === this.lines.size) return;
    await rewriteStore(this.file, this.used);
  }
}

/** A line's story prep; undefined when it is corrupt or of another shape. */
function parseEntry(line: string): StoryPrep | undefined {
  try {
    const value = JSON.parse(line.slice(KEY_LENGTH + 1)) as unknown;
    return isStoryPrep(value) ? value : undefined;
  } catch {
    return undefined;
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
