import { appendFile, mkdir, readdir, rm } from "node:fs/promises";
import { pickLines, readStoreLines, rewriteStore, storeWritten } from "./keyed-lines.js";
import { join } from "node:path";
import type { Diagnostic } from "../types.js";
import type { ParsedArticle } from "../ingest/parse-article.js";
import { LineMemo } from "./line-memo.js";

/** What ingest makes of one article file before looking at the others: kept by the file's stat. */
export interface ParsedSource {
  /** Path relative to the content folder. */
  path: string;
  /** Hash of the text as duplicates are compared (see `sameTextKey`). */
  sameText: string;
  /** Warnings from reading the file (encoding, control characters). */
  readDiagnostics: Diagnostic[];
  parsed: ParsedArticle;
}

/** The part of a file's stat that says it was not written since: size, modification time, inode. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * A file modified within this long before it was read may be written again within the same
 * clock tick of its file system (whole seconds on some), leaving size and time as they were: such
 * a file is not trusted by its stamp and is read again next time (as git treats "racy" entries).
 */
export const RACY_MS = 2000;

const STORE_PREFIX = "files-";
const STORE_SUFFIX = ".ndjson";

/** Lines as parsed, kept between the builds of one process (see LineMemo). */
const parsedLines = new LineMemo<StoredLine>();

interface StoredLine extends FileStamp {
  record: ParsedSource;
}

/**
 * Ingest by stat: each article file's parsed record, under its path, with the stamp the file had
 * when it was read. A file whose stamp is unchanged is not opened again. One append-only NDJSON
 * file per ingest-code version under the cache folder (a later line for a path replaces an
 * earlier one); rewritten without stale lines when they are the majority. A corrupt line is a
 * miss, never an error.
 */
export class ParsedFileCache {
  private readonly used = new Set<string>();
  private pending: string[] = [];
  private needsNewline = false;
  /** Lines of the file replaced by a later line for their path. */
  private readonly staleLines: number;

  private constructor(
    private readonly file: string | undefined,
    private readonly lines: Map<string, string>,
    /** Lines in the file: one per path in `lines`, the rest replaced by a later line for their path. */
    private readonly count: number,
  ) {
    this.staleLines = count - lines.size;
  }

  /** A cache that keeps nothing (for `--no-cache`): every file is read. */
  static disabled(): ParsedFileCache {
    return new ParsedFileCache(undefined, new Map(), 0);
  }

  static async open(dir: string, version: string): Promise<ParsedFileCache> {
    const name = `${STORE_PREFIX}${version.slice(0, 16)}${STORE_SUFFIX}`;
    const file = join(dir, name);
    try {
      await mkdir(dir, { recursive: true });
      for (const other of await readdir(dir)) {
        if (other !== name && other.startsWith(STORE_PREFIX) && other.endsWith(STORE_SUFFIX))
          await rm(join(dir, other), { force: true });
      }
    } catch {
      // An unwritable cache folder must not fail the build: read every file.
      return ParsedFileCache.disabled();
    }
    const { lines, count, unterminated } = await readStoreLines(file, (line) => splitLine(line)?.path);
    const cache = new ParsedFileCache(file, lines, count);
    cache.needsNewline = unterminated;
    return cache;
  }

  get size(): number {
    return this.lines.size;
  }

  /** The record of `path` when the file's stamp is the one it was read with; else undefined. */
  get(path: string, stamp: FileStamp): ParsedSource | undefined {
    const line = this.lines.get(path);
    if (line === undefined) return undefined;
    const stored = parsedLines.get(path, line, () => parseLine(line));
    if (
      stored &&
      stored.size === stamp.size &&
      stored.mtimeMs === stamp.mtimeMs &&
      stored.ino === stamp.ino &&
      stored.record?.path === path &&
      stored.record.parsed
    ) {
      this.used.add(path);
      return stored.record;
    }
    return undefined;
  }

  /**
   * Keeps `record`, read from a file with `stamp` as stat gave it before the read, at `readAt`
   * (ms since the epoch). A file modified just before it was read is left out (see RACY_MS).
   */
  set(record: ParsedSource, stamp: FileStamp, readAt: number): void {
    if (!this.file || stamp.mtimeMs >= readAt - RACY_MS) return;
    const line = lineOf(record.path, { size: stamp.size, mtimeMs: stamp.mtimeMs, ino: stamp.ino, record });
    this.lines.set(record.path, line);
    this.used.add(record.path);
    this.pending.push(line);
  }

  /** Writes what `set` added; rewrites the store when lines for gone or replaced files are the majority. */
  async close(): Promise<void> {
    if (!this.file) return;
    parsedLines.retain(this.used);
    const stale = this.staleLines + this.pending.length + (this.lines.size - this.used.size);
    try {
      if (stale > Math.max(this.used.size, 64)) {
        await rewriteStore(this.file, pickLines(this.lines, this.used));
      } else if (this.pending.length > 0) {
        await appendFile(this.file, `${this.needsNewline ? "\n" : ""}${this.pending.join("\n")}\n`);
        await storeWritten(this.file, this.lines, this.count + this.pending.length);
      }
    } catch {
      // Best effort: a cache that cannot be written only costs the next build its reads.
    }
    this.pending = [];
    this.needsNewline = false;
  }
}

/**
 * A line is `<path as a JSON string> <JSON of StoredLine>`: the path is read without parsing
 * the record (its text and extraction-ready body) until a build asks for it.
 */
function lineOf(path: string, stored: StoredLine): string {
  return `${JSON.stringify(path)} ${JSON.stringify(stored)}`;
}

/** A line's stored record; undefined for a corrupt line. */
function parseLine(line: string): StoredLine | undefined {
  try {
    return (JSON.parse(splitLine(line)?.json ?? "null") as StoredLine | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored line's record part and path; undefined for a line that is not one. */
function splitLine(line: string): { path: string; json: string } | undefined {
  if (!line.startsWith('"')) return undefined;
  let end = 1;
  while (end < line.length && line[end] !== '"') end += line[end] === "\\" ? 2 : 1;
  if (line[end + 1] !== " ") return undefined;
  try {
    const path = JSON.parse(line.slice(0, end + 1)) as unknown;
    return typeof path === "string" ? { path, json: line.slice(end + 2) } : undefined;
  } catch {
    return undefined;
  }
}
