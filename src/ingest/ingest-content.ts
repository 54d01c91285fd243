import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { ParsedFileCache, type FileStamp, type ParsedSource } from "../cache/parsed-file-cache.js";
import { slugify, uniqueSlug, withSuffix } from "../text/slugify.js";
import type { Article, Diagnostic, SourceFile } from "../types.js";
import { findContentFiles, type ContentFile } from "./find-content-files.js";
import { parseArticle, type ParsedArticle } from "./parse-article.js";
import { readSourceFileSync } from "./read-source-file.js";
import { diagnostic } from "../diagnostics/catalogue.js";

export interface IngestResult {
  /** Valid articles, in source path order, with unique ids. */
  articles: Article[];
  /** Every problem found, all files read before any is reported. */
  diagnostics: Diagnostic[];
  /** Every file found in the content folder. */
  found: ContentFile[];
  /** Files not read as articles, with the reason (knowledge files are not listed here). */
  ignored: { path: string; reason: string }[];
  /** Article files rejected with at least one error. */
  rejected: { path: string; reason: string }[];
  /** Raw text of the site-level knowledge file, if there is one. */
  knowledge?: SourceFile;
  /** Article files not opened: unchanged since the previous build (by stat), their records from `parsedFiles`. */
  unread: number;
}

export interface IngestOptions {
  /** Records of files read by earlier builds, by stat: an unchanged file is not read again. */
  parsedFiles?: ParsedFileCache;
}

/**
 * Reads the whole content folder (`listed`: its files, when the caller has listed them already). Never throws for a bad
 * article: problems become diagnostics. Every file found ends up in exactly one of `articles`, `rejected`, `ignored` or
 * `knowledge`, so a build summary can reconcile (found = built + rejected + ignored [+ knowledge]).
 */
export async function ingestContent(
  contentDir: string,
  listed?: readonly ContentFile[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const found = listed ? [...listed] : await findContentFiles(contentDir);
  const cache = options.parsedFiles ?? ParsedFileCache.disabled();
  const diagnostics: Diagnostic[] = [];
  const ignored: IngestResult["ignored"] = [];
  const rejected: IngestResult["rejected"] = [];
  const sources: ParsedSource[] = [];
  let knowledge: SourceFile | undefined;
  let unread = 0;

  for (const entry of found) {
    if (entry.kind === "ignored") {
      const reason = entry.reason ?? "not an article";
      ignored.push({ path: entry.path, reason });
      diagnostics.push(diagnostic("ignored-file", { file: entry.path, line: 1, column: 1 }, reason, entry.hint));
      continue;
    }
    if (entry.absolutePathBytes) {
      // Read all the same; but other tools (and links to the source) will trip on the name.
      diagnostics.push(diagnostic("file-name-not-utf8", { file: entry.path, line: 1, column: 1 }));
    }
    // Stamped before the read: a write during the read leaves a stamp the next build does not match.
    const readAt = Date.now();
    const stamp = entry.kind === "article" ? stampOf(entry) : undefined;
    const known = stamp && cache.get(entry.path, stamp);
    if (known) {
      unread++;
      for (const diagnostic of known.readDiagnostics) diagnostics.push(diagnostic);
      sources.push(known);
      continue;
    }
    const read = readSourceFileSync(entry.path, entry.absolutePath, entry.absolutePathBytes);
    for (const diagnostic of read.diagnostics) diagnostics.push(diagnostic);
    if (!read.file) {
      rejected.push({ path: entry.path, reason: reasonOf(read.diagnostics) });
      continue;
    }
    if (entry.kind === "knowledge") knowledge = read.file;
    else {
      const source = parseSource(read.file, read.diagnostics);
      if (stamp) cache.set(source, stamp, readAt);
      sources.push(source);
    }
  }

  const parsed = articlesFromParsed(sources);
  return {
    articles: parsed.articles,
    diagnostics: [...diagnostics, ...parsed.diagnostics],
    found,
    ignored: [...ignored, ...parsed.duplicates, ...parsed.skipped],
    rejected: [...rejected, ...parsed.rejected],
    ...(knowledge ? { knowledge } : {}),
    unread,
  };
}

/** The file's stamp now; undefined when it cannot be had (then the file is read, which reports why). */
function stampOf(entry: ContentFile): FileStamp | undefined {
  try {
    const { size, mtimeMs, ino } = statSync(entry.absolutePathBytes ?? entry.absolutePath);
    return { size, mtimeMs, ino };
  } catch {
    return undefined;
  }
}

/**
 * What one article file is on its own: its text's duplicate key and its parse. Never throws: an
 * unexpected failure rejects the file, with a message to report it.
 */
export function parseSource(source: SourceFile, readDiagnostics: Diagnostic[] = []): ParsedSource {
  let parsed: ParsedArticle;
  try {
    parsed = parseArticle(source);
  } catch (cause) {
    parsed = { diagnostics: [internalError(source.path, cause)] };
  }
  return { path: source.path, sameText: sameTextKey(source.raw), readDiagnostics, parsed };
}

/**
 * Parses decoded sources into articles with unique ids. Identical files (the same text once
 * a byte-order mark and line endings are set aside) are kept once. Never throws: an unexpected
 * failure on one file rejects that file, with a message to report it.
 */
export function articlesFromSources(sources: readonly SourceFile[]): ReturnType<typeof articlesFromParsed> {
  return articlesFromParsed(sources.map((source) => parseSource(source)));
}

/** `articlesFromSources` over files already parsed one by one (read now, or known by stat). */
export function articlesFromParsed(sources: readonly ParsedSource[]): {
  articles: Article[];
  diagnostics: Diagnostic[];
  rejected: { path: string; reason: string }[];
  duplicates: { path: string; reason: string }[];
  /** Valid files deliberately left out (drafts). */
  skipped: { path: string; reason: string }[];
} {
  const diagnostics: Diagnostic[] = [];
  const duplicates: { path: string; reason: string }[] = [];
  const rejected: { path: string; reason: string }[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const articles: Article[] = [];
  const seenTexts = new Map<string, string>();
  const taken = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (const source of sources) {
    const sameKey = source.sameText;
    const earlier = seenTexts.get(sameKey);
    if (earlier) {
      diagnostics.push(diagnostic("duplicate-file", { file: source.path, line: 1, column: 1 }, earlier));
      duplicates.push({ path: source.path, reason: `identical to ${earlier}` });
      continue;
    }
    seenTexts.set(sameKey, source.path);
    const { parsed } = source;
    for (const diagnostic of parsed.diagnostics) diagnostics.push(diagnostic);
    if (parsed.ignoredReason) {
      skipped.push({ path: source.path, reason: parsed.ignoredReason });
      continue;
    }
    if (!parsed.article) {
      rejected.push({ path: source.path, reason: reasonOf(parsed.diagnostics) });
      continue;
    }
    const { slugHint, ...rest } = parsed.article;
    const stem = source.path.replace(/\.[^.]+$/, "");
    // slugify only ever yields [a-z0-9-]: an id is one safe path segment whatever the front matter says.
    const base = (slugHint && slugify(slugHint)) || slugify(rest.title, 60) || slugify(stem, 60) || "article";
    articles.push({ id: uniqueId(base, taken, nextSuffix), ...rest });
  }
  return { articles, diagnostics, rejected, duplicates, skipped };
}

/**
 * The same article saved twice may differ only in a BOM (already stripped), line endings or
 * trailing whitespace: the key is a hash of the text without them, kept with the file's record
 * so that a file known by its stat need not be read to be compared. (trimEnd removes exactly what
 * `\s+$` matched, without the regex's quadratic backtracking over long runs of inner whitespace.)
 */
function sameTextKey(raw: string): string {
  return createHash("sha1")
    .update((raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw).trimEnd())
    .digest("base64");
}

/**
 * `uniqueSlug` with a memo of the last suffix tried per base: the same as trying `-2`, `-3`, …
 * from the start each time (the taken set only grows), without the quadratic cost when a
 * thousand articles share one headline.
 */
function uniqueId(base: string, taken: Set<string>, nextSuffix: Map<string, number>): string {
  if (!taken.has(base)) return uniqueSlug(base, taken);
  let n = nextSuffix.get(base) ?? 2;
  while (taken.has(withSuffix(base, `-${n}`))) n++;
  nextSuffix.set(base, n + 1);
  const slug = withSuffix(base, `-${n}`);
  taken.add(slug);
  return slug;
}

/** The build summary's one-line reason: the first error, with where it is. */
function reasonOf(diagnostics: readonly Diagnostic[]): string {
  const first = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
  if (!first) return "invalid";
  return first.line !== undefined ? `line ${first.line}: ${first.message}` : first.message;
}

function internalError(file: string, cause: unknown): Diagnostic {
  return diagnostic(
    "internal-error",
    { file, line: 1, column: 1 },
    cause instanceof Error ? cause.message : String(cause),
  );
}
