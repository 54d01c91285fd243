import { DateTime } from "luxon";
import { parseDateField } from "../extract/dates/parse-date-field.js";
import { slugify } from "../text/slugify.js";
import type { Article, Diagnostic, PublishedDate, SourceFile } from "../types.js";
import { codePoints, hasVisibleCharacter } from "../text/visible-text.js";
import { deriveTitle } from "./derive-title.js";
import { findFurniture, maskFurniture } from "./find-furniture.js";
import {
  EXPECTED_FORM,
  frontMatterSchema,
  KNOWN_FIELDS,
  LIST_FIELDS,
  type FrontMatter,
} from "./front-matter-schema.js";
import { describeValue, splitFrontMatter } from "./parse-front-matter.js";
import { suggestField } from "./suggest-field.js";
import { diagnostic } from "../diagnostics/catalogue.js";

/** Longer titles are cut (with a warning): a title is a line in lists, tabs and feeds, not a paragraph. */
export const MAX_TITLE_CHARS = 300;

export interface ParsedArticle {
  /**
   * The article without its id (ids are assigned once all articles are known, so they are
   * unique). Absent when any diagnostic is an error: an error rejects the file.
   */
  article?: Omit<Article, "id"> & { slugHint?: string };
  /** Why a valid file is deliberately left out (`draft: true`); `article` is absent then. */
  ignoredReason?: string;
  diagnostics: Diagnostic[];
}

/** Interprets one source file: front matter (markdown) or none (plain text), title, date, outlet. Never throws. */
export function parseArticle(file: SourceFile): ParsedArticle {
  const diagnostics: Diagnostic[] = [];
  const isMarkdown = !file.path.toLowerCase().endsWith(".txt");
  const split = isMarkdown ? splitFrontMatter(file) : { data: {}, body: file.raw, bodyLine: 1, hasFrontMatter: false };
  if ("error" in split) return { diagnostics: [split.error] };
  for (const field of split.cleanedFields ?? []) {
    diagnostics.push(
      diagnostic(
        "control-characters",
        { file: file.path, ...fieldPosition(file.raw, field) },
        { field: oneLine(field) },
      ),
    );
  }

  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (seen.has(field)) continue;
      seen.add(field);
      const expected = EXPECTED_FORM[field] ?? "a different kind of value";
      diagnostics.push(
        diagnostic(
          "front-matter-type",
          { file: file.path, ...fieldPosition(file.raw, field) },
          field,
          expected,
          example(field),
          whatIsWrong(field, split.data[field]),
        ),
      );
    }
    return { diagnostics };
  }
  const fm = parsed.data;
  if (fm.draft === true)
    return { ignoredReason: "draft: true in front matter (remove it to publish the article)", diagnostics };
  const furniture = findFurniture(split.body);
  const body = maskFurniture(split.body, furniture);
  if (split.body.trim() === "") {
    diagnostics.push(diagnostic("empty-body", { file: file.path, line: split.bodyLine, column: 1 }));
    return { diagnostics };
  }

  const published = publishedFromFrontMatter(fm, file, diagnostics) ?? publishedFromFilename(file.path);
  const derived = deriveTitle(body);
  const fmTitle = visibleTitle(oneLine(fm.title ?? ""), file, diagnostics);
  const title =
    boundedTitle(fmTitle || (hasVisibleCharacter(derived.title) ? derived.title : ""), file, diagnostics) ||
    fallbackTitle(file.path);
  const url = checkUrl(fm.url, file, diagnostics);
  const extra = unknownFields(split.data, file, diagnostics);
  checkPermalink(fm.permalink, file, diagnostics);
  const slugHint = checkSlug(fm.slug, file, diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };

  const outlet = outletOf(fm);
  return {
    article: {
      sourcePath: file.path,
      hash: file.hash,
      title,
      titleSource: fmTitle ? "front-matter" : derived.source,
      ...(published ? { published } : {}),
      ...(outlet ? { outlet } : {}),
      ...(url ? { url } : {}),
      authors: list(fm.authors ?? fm.author, fm.authors !== undefined ? "authors" : "author", file, diagnostics, false),
      body,
      ...(furniture.length ? { furniture } : {}),
      bodyLine: split.bodyLine,
      tags: list(fm.tags, "tags", file, diagnostics),
      declaredEntities: names(
        [...list(fm.entities, "entities", file, diagnostics), ...list(fm.people, "people", file, diagnostics)],
        "entities",
        file,
        diagnostics,
      ),
      declaredTopics: list(fm.topics, "topics", file, diagnostics),
      ...(fm.story?.trim() ? { pinnedStory: fm.story.trim() } : {}),
      ...(slugHint ? { slugHint } : {}),
      extra,
    },
    diagnostics,
  };
}

/** Placeholders that mean "no value" in data exported from other tools. */
const NO_DATE = /^(?:none|null|nil|n\/?a|unknown|undated|tbd|-+|\?+)$/i;

function publishedFromFrontMatter(
  fm: FrontMatter,
  file: SourceFile,
  diagnostics: Diagnostic[],
): PublishedDate | undefined {
  if (fm.date === undefined || fm.date === null || fm.date === "") return undefined;
  if (typeof fm.date === "string" && NO_DATE.test(fm.date.trim())) {
    // Exports from spreadsheets and scrapers write their null as text ("None", "N/A"): the
    // field says "no date", so the date is estimated from the text, as if it were absent.
    diagnostics.push(diagnostic("empty-date", { file: file.path, ...fieldPosition(file.raw, "date") }, fm.date));
    return undefined;
  }
  const result = parseDateField(fm.date);
  if (result.ok) return result.date;
  diagnostics.push(diagnostic("bad-date", { file: file.path, ...fieldPosition(file.raw, "date") }, result.message));
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
  const outlet = oneLine(fm.outlet ?? fm.publisher ?? fm.source ?? "");
  // An outlet of invisible characters would show as an empty name beside every article of it.
  return hasVisibleCharacter(outlet) ? outlet : undefined;
}

/** YAML block scalars carry newlines and tabs; a title or name is one line of single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A front-matter title of invisible characters only is no title (with a warning): the text or file name gives one. */
function visibleTitle(title: string, file: SourceFile, diagnostics: Diagnostic[]): string {
  if (title === "" || hasVisibleCharacter(title)) return title;
  diagnostics.push(
    diagnostic("invisible-title", { file: file.path, ...fieldPosition(file.raw, "title") }, codePoints(title)),
  );
  return "";
}

function boundedTitle(title: string, file: SourceFile, diagnostics: Diagnostic[]): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  diagnostics.push(
    diagnostic("long-title", { file: file.path, ...fieldPosition(file.raw, "title") }, title.length, MAX_TITLE_CHARS),
  );
  return `${title.slice(0, MAX_TITLE_CHARS - 1).replace(/\s+\S*$/, "")}…`;
}

/** A body of symbols only (no words for a headline) is titled after its file name. */
function fallbackTitle(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.[^.]+$/, "") || path;
}

function checkUrl(url: string | undefined, file: SourceFile, diagnostics: Diagnostic[]): string | undefined {
  if (!url?.trim()) return undefined;
  try {
    const parsed = new URL(url.trim());
    if ((parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname) return parsed.href;
  } catch {
    // fall through to the warning below
  }
  diagnostics.push(diagnostic("bad-url", { file: file.path, ...fieldPosition(file.raw, "url") }, url));
  return undefined;
}

/** Unknown fields are kept for templates and export; a near-miss of a known one (`tittle`) is worth a warning. */
function unknownFields(
  data: Record<string, unknown>,
  file: SourceFile,
  diagnostics: Diagnostic[],
): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  // From the YAML data, not the schema's output: zod drops a `__proto__` key, and nothing may disappear silently.
  for (const [key, value] of Object.entries(data)) {
    if (KNOWN_FIELDS.has(key)) continue;
    // defineProperty, not assignment: a field named `__proto__` must stay a field, not replace the prototype.
    Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
    const meant = suggestField(key, KNOWN_FIELDS);
    if (meant) {
      diagnostics.push(diagnostic("unknown-field", { file: file.path, ...fieldPosition(file.raw, key) }, key, meant));
    }
  }
  return extra;
}

function checkPermalink(permalink: unknown, file: SourceFile, diagnostics: Diagnostic[]): void {
  if (permalink === undefined || permalink === null) return;
  // A leading / is the site's root to Eleventy; `..` segments, drive letters and UNC paths leave it.
  const escapes =
    typeof permalink === "string" && (/(^|[\\/])\.\.([\\/]|$)/.test(permalink) || /^([a-z]:|\\\\)/i.test(permalink));
  diagnostics.push(
    diagnostic("permalink-ignored", { file: file.path, ...fieldPosition(file.raw, "permalink") }, permalink, escapes),
  );
}

/**
 * `slug:` becomes one path segment of `[a-z0-9-]`; anything else in it (`../`, `/`, spaces) is dropped with a warning.
 */
function checkSlug(slug: string | undefined, file: SourceFile, diagnostics: Diagnostic[]): string | undefined {
  if (slug === undefined || slug.trim() === "") return undefined;
  const safe = slugify(slug);
  if (safe !== slug.trim()) {
    diagnostics.push(diagnostic("slug-changed", { file: file.path, ...fieldPosition(file.raw, "slug") }, slug, safe));
  }
  return safe || undefined;
}

/** A list field; a plain string is accepted as a comma-separated list, with a warning. */
function list(
  value: string | string[] | undefined,
  field: string,
  file: SourceFile,
  diagnostics: Diagnostic[],
  warnOnString = true,
): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(oneLine).filter(Boolean);
  if (warnOnString) {
    diagnostics.push(
      diagnostic("list-as-string", { file: file.path, ...fieldPosition(file.raw, field) }, field, example(field)),
    );
  }
  return value.split(",").map(oneLine).filter(Boolean);
}

/**
 * Declared entity names become entity pages: a name without a letter or digit (`..`, `/`) would have no URL of its own.
 */
function names(values: string[], field: string, file: SourceFile, diagnostics: Diagnostic[]): string[] {
  const kept = values.filter((name) => /[\p{L}\p{N}]/u.test(name));
  if (kept.length < values.length) {
    diagnostics.push(
      diagnostic(
        "bad-name",
        { file: file.path, ...fieldPosition(file.raw, field) },
        field,
        values.filter((v) => !kept.includes(v)),
      ),
    );
  }
  return kept;
}

function example(field: string): string {
  const form = EXPECTED_FORM[field] ?? "";
  return /like (.+)$/.exec(form)?.[1] ?? (field === "draft" ? "true" : "…");
}

/** The 1-based line of a top-level front matter field, for messages. */
export function fieldLine(raw: string, field: string): number | undefined {
  return fieldPosition(raw, field).line;
}

/**
 * Line and column of a top-level front matter field's value (or of the field name when the value is on later lines).
 */
export function fieldPosition(raw: string, field: string): { line?: number; column?: number } {
  if (!field) return { line: 2, column: 1 };
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^(["']?)${escaped}\\1\\s*:[ \\t]*`);
  let start = 0;
  // Only the front matter block is searched: a body line "date: tomorrow" is text, not a field.
  for (let line = 1; start <= raw.length; line++) {
    const end = raw.indexOf("\n", start);
    const text = raw.slice(start, end === -1 ? raw.length : end).replace(/\r$/, "");
    if (line > 1 && /^---[ \t]*$/.test(text)) break;
    const match = pattern.exec(text);
    if (match) return { line, column: match[0].length < text.length ? match[0].length + 1 : 1 };
    if (end === -1) break;
    start = end + 1;
  }
  return { line: 2, column: 1 };
}

/**
 * The end of a front-matter type error: what the value is, or for a list field holding a list,
 * which item is not a name ("but it is a list" said nothing about what to fix).
 */
function whatIsWrong(field: string, value: unknown): string {
  if (Array.isArray(value) && LIST_FIELDS.has(field)) {
    const bad = value.findIndex((item) => typeof item !== "string" && typeof item !== "number");
    if (bad >= 0) return `, or a comma-separated line of them; item ${bad + 1} is ${describeValue(value[bad])}`;
  }
  return `, but it is ${describeValue(value)}`;
}
