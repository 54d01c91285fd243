import matter from "gray-matter";
import { DateTime } from "luxon";
import { parseDateField } from "../extract/dates/parse-date-field.js";
import type { Article, Diagnostic, PublishedDate, SourceFile } from "../types.js";
import { deriveTitle } from "./derive-title.js";
import { frontMatterSchema, KNOWN_FIELDS, type FrontMatter } from "./front-matter-schema.js";

export interface ParsedArticle {
  /** The article without its id (ids are assigned once all articles are known, so they are unique). */
  article?: Omit<Article, "id"> & { slugHint?: string };
  diagnostics: Diagnostic[];
}

/** Interprets one source file: front matter (markdown) or none (plain text), title, date, outlet. */
export function parseArticle(file: SourceFile): ParsedArticle {
  const diagnostics: Diagnostic[] = [];
  const isMarkdown = !file.path.toLowerCase().endsWith(".txt");
  const split = isMarkdown ? splitFrontMatter(file) : { data: {}, body: file.raw, bodyLine: 1 };
  if ("error" in split) return { diagnostics: [split.error] };

  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      diagnostics.push({
        severity: "error",
        file: file.path,
        line: fieldLine(file.raw, field),
        column: 1,
        code: "front-matter-type",
        message: `front matter field "${field}" ${issue.message.toLowerCase()}`,
        hint: `see README "Front matter" for the expected form of "${field}"`,
      });
    }
    return { diagnostics };
  }
  const fm = parsed.data;
  const body = split.body;
  if (body.trim() === "") {
    diagnostics.push({ severity: "error", file: file.path, line: split.bodyLine, code: "empty-body", message: "article has front matter but no text", hint: "add the article's text below the closing ---" });
    return { diagnostics };
  }

  const published = publishedFromFrontMatter(fm, file, diagnostics) ?? publishedFromFilename(file.path);
  const derived = deriveTitle(body);
  const title = fm.title?.trim() ? fm.title.trim() : derived.title;
  const url = checkUrl(fm.url, file, diagnostics);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm)) if (!KNOWN_FIELDS.has(key)) extra[key] = value;
  if (fm.permalink !== undefined) {
    diagnostics.push({ severity: "warning", file: file.path, line: fieldLine(file.raw, "permalink"), column: 1, code: "permalink-ignored", message: "front matter `permalink` is ignored: page URLs come from the article's id", hint: "use `slug: my-article` to choose the URL's last part" });
  }

  return {
    article: {
      sourcePath: file.path,
      hash: file.hash,
      title,
      titleSource: fm.title?.trim() ? "front-matter" : derived.source,
      ...(published ? { published } : {}),
      ...(outletOf(fm) ? { outlet: outletOf(fm) } : {}),
      ...(url ? { url } : {}),
      authors: list(fm.authors ?? fm.author, "authors", file, diagnostics),
      body,
      bodyLine: split.bodyLine,
      tags: list(fm.tags, "tags", file, diagnostics),
      declaredEntities: [...list(fm.entities, "entities", file, diagnostics), ...list(fm.people, "people", file, diagnostics)],
      declaredTopics: list(fm.topics, "topics", file, diagnostics),
      ...(fm.story ? { pinnedStory: fm.story } : {}),
      ...(fm.slug ? { slugHint: fm.slug } : {}),
      extra,
    },
    diagnostics,
  };
}

type Split = { data: Record<string, unknown>; body: string; bodyLine: number } | { error: Diagnostic };

function splitFrontMatter(file: SourceFile): Split {
  const raw = file.raw;
  if (!/^---[ \t]*\r?\n/.test(raw)) return { data: {}, body: raw, bodyLine: 1 };
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(raw.slice(3));
  if (!close) {
    return { error: { severity: "error", file: file.path, line: 1, column: 1, code: "front-matter-unclosed", message: "front matter starts with --- but never closes", hint: "add a line holding only --- after the last front matter field" } };
  }
  const bodyStart = 3 + close.index + close[0].length;
  const bodyLine = raw.slice(0, bodyStart).split("\n").length;
  try {
    // gray-matter caches by content; pass a copy of the options object so each call parses afresh.
    const data = matter(raw.slice(0, bodyStart), {}).data as Record<string, unknown>;
    return { data: data ?? {}, body: raw.slice(bodyStart), bodyLine };
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    return {
      error: {
        severity: "error",
        file: file.path,
        line: mark?.line !== undefined ? mark.line + 1 : 1,
        column: (mark?.column ?? 0) + 1,
        code: "yaml-syntax",
        message: `front matter is not valid YAML: ${reason}`,
        hint: "fix the YAML (quote values that contain a colon) or remove the front matter",
      },
    };
  }
}

function publishedFromFrontMatter(fm: FrontMatter, file: SourceFile, diagnostics: Diagnostic[]): PublishedDate | undefined {
  if (fm.date === undefined || fm.date === null || fm.date === "") return undefined;
  const result = parseDateField(fm.date);
  if (result.ok) return result.date;
  diagnostics.push({ severity: "error", file: file.path, line: fieldLine(file.raw, "date"), column: 1, code: "bad-date", message: `front matter date ${JSON.stringify(fm.date)} is not a date: ${result.message}`, hint: "write it as YYYY-MM-DD (e.g. 2024-03-12), or remove it to infer the date from the text" });
  return undefined;
}

/** `2024-03-12-some-title.md` (the Jekyll and Eleventy convention). */
export function publishedFromFilename(path: string): PublishedDate | undefined {
  const name = path.split("/").pop() ?? "";
  const m = /^(\d{4})-(\d{2})-(\d{2})(?=[-_.\s])/.exec(name);
  if (!m) return undefined;
  const date = DateTime.fromISO(`${m[1]}-${m[2]}-${m[3]}`, { zone: "utc" });
  if (!date.isValid) return undefined;
  return { date: date.toISODate() ?? "", precision: "day", source: "filename" };
}

function outletOf(fm: FrontMatter): string | undefined {
  return (fm.outlet ?? fm.publisher ?? fm.source)?.trim() || undefined;
}

function checkUrl(url: string | undefined, file: SourceFile, diagnostics: Diagnostic[]): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed.href;
  } catch {
    // fall through to the warning below
  }
  diagnostics.push({ severity: "warning", file: file.path, line: fieldLine(file.raw, "url"), column: 1, code: "bad-url", message: `url ${JSON.stringify(url)} is not an http(s) address; it is not linked`, hint: "give the article's original address, starting with https://" });
  return undefined;
}

/** A list field; a plain string is accepted as a comma-separated list, with a warning. */
function list(value: string | string[] | undefined, field: string, file: SourceFile, diagnostics: Diagnostic[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map((v) => v.trim()).filter(Boolean);
  diagnostics.push({ severity: "warning", file: file.path, line: fieldLine(file.raw, field), column: 1, code: "list-as-string", message: `front matter "${field}" is a string; read it as a comma-separated list`, hint: `write it as a YAML list: ${field}: [a, b]` });
  return value.split(",").map((v) => v.trim()).filter(Boolean);
}

/** The 1-based line of a top-level front matter field, for messages. */
export function fieldLine(raw: string, field: string): number | undefined {
  if (!field) return undefined;
  const lines = raw.split("\n");
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const index = lines.findIndex((line) => new RegExp(`^${escaped}\\s*:`).test(line));
  return index === -1 ? undefined : index + 1;
}
