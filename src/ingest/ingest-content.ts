import { slugify, uniqueSlug } from "../text/slugify.js";
import type { Article, Diagnostic, SourceFile } from "../types.js";
import { findContentFiles, type ContentFile } from "./find-content-files.js";
import { parseArticle } from "./parse-article.js";
import { readSourceFile } from "./read-source-file.js";

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
}

/** Reads the whole content folder. Never throws for a bad article: problems become diagnostics. */
export async function ingestContent(contentDir: string): Promise<IngestResult> {
  const found = await findContentFiles(contentDir);
  const diagnostics: Diagnostic[] = [];
  const ignored: IngestResult["ignored"] = [];
  const rejected: IngestResult["rejected"] = [];
  const sources: SourceFile[] = [];
  let knowledge: SourceFile | undefined;

  for (const entry of found) {
    if (entry.kind === "ignored") {
      ignored.push({ path: entry.path, reason: entry.reason ?? "not an article" });
      diagnostics.push({ severity: "warning", file: entry.path, code: "ignored-file", message: `not read: ${entry.reason}` });
      continue;
    }
    const read = await readSourceFile(entry.path, entry.absolutePath);
    diagnostics.push(...read.diagnostics);
    if (!read.file) {
      rejected.push({ path: entry.path, reason: read.diagnostics[0]?.message ?? "unreadable" });
      continue;
    }
    if (entry.kind === "knowledge") knowledge = read.file;
    else sources.push(read.file);
  }

  const parsed = articlesFromSources(sources);
  return {
    articles: parsed.articles,
    diagnostics: [...diagnostics, ...parsed.diagnostics],
    found,
    ignored: [...ignored, ...parsed.duplicates],
    rejected: [...rejected, ...parsed.rejected],
    ...(knowledge ? { knowledge } : {}),
  };
}

/** Parses decoded sources into articles with unique ids; identical files are kept once. */
export function articlesFromSources(sources: readonly SourceFile[]): {
  articles: Article[];
  diagnostics: Diagnostic[];
  rejected: { path: string; reason: string }[];
  duplicates: { path: string; reason: string }[];
} {
  const diagnostics: Diagnostic[] = [];
  const duplicates: { path: string; reason: string }[] = [];
  const rejected: { path: string; reason: string }[] = [];
  const articles: Article[] = [];
  const seenHashes = new Map<string, string>();
  const taken = new Set<string>();
  for (const source of sources) {
    const earlier = seenHashes.get(source.hash);
    if (earlier) {
      diagnostics.push({ severity: "warning", file: source.path, code: "duplicate-file", message: `identical to ${earlier}; kept once`, hint: "delete one of the two copies" });
      duplicates.push({ path: source.path, reason: `identical to ${earlier}` });
      continue;
    }
    seenHashes.set(source.hash, source.path);
    const parsed = parseArticle(source);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.article) {
      rejected.push({ path: source.path, reason: parsed.diagnostics.find((d) => d.severity === "error")?.message ?? "invalid" });
      continue;
    }
    const { slugHint, ...rest } = parsed.article;
    const stem = source.path.replace(/\.[^.]+$/, "");
    const base = slugify(slugHint ?? "") || slugify(rest.title, 60) || slugify(stem) || "article";
    articles.push({ id: uniqueSlug(base, taken), ...rest });
  }
  return { articles, diagnostics, rejected, duplicates };
}
