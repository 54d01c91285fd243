import matter from "gray-matter";
import yaml from "js-yaml";
import type { Diagnostic, SourceFile } from "../types.js";
import { replaceControlCharacters } from "./control-characters.js";
import { withinYamlBounds } from "./yaml-bounds.js";
import { diagnostic, type FileProblemCode, type ProblemParams } from "../diagnostics/catalogue.js";
import { quoteForMessage } from "../diagnostics/quote.js";

/** Front matter larger than this is not metadata: it is rejected before YAML parsing. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/**
 * Front matter values are kept in `Article.extra` and serialised into pages and exports: their expanded size is
 * bounded.
 */
const MAX_FRONT_MATTER_NODES = 10_000;
const MAX_FRONT_MATTER_DEPTH = 32;
/**
 * gray-matter strips comment lines with `/^\s*#[^\n]+/gm`, which is quadratic in a run of blank
 * lines (64 KB of newlines: 8 s). No metadata needs this many blank lines in a row; refusing
 * more bounds that step to about 10^8 character steps whatever the front matter holds.
 */
const MAX_BLANK_LINES = 1000;

// js-yaml 4 exports its built-in types as `types`; @types/js-yaml 4.0.9 does not declare them.
const yamlTypes = (yaml as unknown as { types: Record<"merge" | "binary" | "omap" | "pairs" | "set", yaml.Type> })
  .types;

/**
 * js-yaml's safe (default) schema without implicit timestamps: an unquoted `date: 2024-02-30`
 * would arrive as a Date already rolled over to March 1 (and `2024-03-11T10:00:00+14:00` as the
 * previous day in UTC), so dates stay the text the user wrote and are validated as quoted dates are.
 */
export const FRONT_MATTER_SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [yamlTypes.merge],
  explicit: [yamlTypes.binary, yamlTypes.omap, yamlTypes.pairs, yamlTypes.set],
});

export type FrontMatterSplit =
  | {
      data: Record<string, unknown>;
      body: string;
      bodyLine: number;
      hasFrontMatter: boolean;
      /** Top-level fields whose values (or names) held control characters written as YAML escapes, now U+FFFD. */
      cleanedFields?: string[];
    }
  | { error: Diagnostic };

/** Languages gray-matter can be told to evaluate as code (`---js`, `---coffee`): front matter is data, never code. */
const CODE_LANGUAGES = new Set(["js", "javascript", "coffee", "coffeescript", "cson"]);
const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);
/**
 * What gray-matter would take for a language name after the opening `---`; other text there (`--- Breaking ---`) is
 * body text.
 */
const LANGUAGE_NAME = /^[A-Za-z][\w+.-]*$/;

/**
 * Raised by the engine that replaces gray-matter's JavaScript engines, so a `---js` block that slips past the language
 * check is never evaluated.
 */
class FrontMatterCodeError extends Error {}
const rejectCode = (): never => {
  throw new FrontMatterCodeError("front matter is code");
};

/**
 * Splits `---` front matter from the body with gray-matter. Its engines are replaced: the
 * JavaScript ones (which `eval` a `---js` block) by one that refuses, the YAML one by js-yaml's
 * safe schema with timestamps kept as text. Before gray-matter runs, the block is found the way
 * gray-matter finds it (`---` + optional language on line 1, up to the next line starting `---`)
 * to refuse an unclosed or oversized block unparsed. The body starts after the whole closing
 * line (gray-matter keeps trailing blanks of that line in `content`), so offsets index the text
 * after the closing `---` line. A YAML error points at its line and column in the file.
 */
export function splitFrontMatter(file: SourceFile): FrontMatterSplit {
  const raw = file.raw;
  const firstLineEnd = raw.indexOf("\n");
  if (!raw.startsWith("---") || raw[3] === "-" || firstLineEnd === -1)
    return { data: {}, body: raw, bodyLine: 1, hasFrontMatter: false };
  const language = raw.slice(3, firstLineEnd).trim();
  if (language !== "" && !LANGUAGE_NAME.test(language))
    return { data: {}, body: raw, bodyLine: 1, hasFrontMatter: false };
  if (CODE_LANGUAGES.has(language.toLowerCase())) {
    return error(file, 1, 1, "front-matter-code", language);
  }
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    return error(file, 1, 4, "front-matter-language", language);
  }
  // gray-matter's rule: the block ends at the next line that starts with ---.
  const closeAt = raw.indexOf("\n---", firstLineEnd);
  if (closeAt === -1) {
    return error(file, 1, 1, "front-matter-unclosed");
  }
  const closeLineEnd = raw.indexOf("\n", closeAt + 1);
  const closingLine = raw.slice(closeAt + 1, closeLineEnd === -1 ? raw.length : closeLineEnd);
  const closeLine = lineCount(raw.slice(0, closeAt + 1)) + 1;
  if (!/^---[ \t]*\r?$/.test(closingLine)) {
    return error(file, closeLine, 4, "front-matter-closing-line", closingLine);
  }
  if (closeAt - firstLineEnd > MAX_FRONT_MATTER_CHARS) {
    return error(file, 2, 1, "front-matter-too-large", {
      kb: Math.round((closeAt - firstLineEnd) / 1024),
      limitKb: MAX_FRONT_MATTER_CHARS / 1024,
    });
  }
  const blank = longestBlankRun(raw, firstLineEnd + 1, closeAt);
  if (blank.lines > MAX_BLANK_LINES) {
    return error(
      file,
      lineCount(raw.slice(0, blank.start)) + 1,
      1,
      "front-matter-blank-lines",
      blank.lines,
      MAX_BLANK_LINES,
    );
  }
  const bodyStart = closeLineEnd === -1 ? raw.length : closeLineEnd + 1;
  const body = raw.slice(bodyStart);
  const bodyLine = closeLineEnd === -1 ? closeLine : closeLine + 1;

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw, {
      language: "yaml",
      engines: {
        yaml: (text: string) => yaml.load(text, { schema: FRONT_MATTER_SCHEMA, filename: file.path }) as object,
        javascript: rejectCode,
        js: rejectCode,
        coffee: rejectCode,
      },
    });
  } catch (cause) {
    if (cause instanceof FrontMatterCodeError) return error(file, 1, 1, "front-matter-code");
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? (cause as Error).message ?? String(cause);
    // gray-matter hands the engine the text from the end of the opening `---` (its line 0 is the rest of line 1).
    const yamlText = raw.slice(firstLineEnd + 1, closeAt);
    const at = unclosedFlowStart(yamlText, (mark?.line ?? 1) - 1) ?? {
      line: (mark?.line ?? 1) - 1,
      column: mark?.column ?? 0,
    };
    // The YAML text starts on the file's second line.
    return error(file, at.line + 2, at.column + 1, "yaml-syntax", "front matter", reason);
  }
  const data: unknown = parsed.data;
  if (data === null || data === undefined) return { data: {}, body, bodyLine, hasFrontMatter: true };
  if (typeof data !== "object" || Array.isArray(data) || data instanceof Date) {
    return error(file, 2, 1, "front-matter-shape", describeValue(data));
  }
  if (!withinYamlBounds(data, MAX_FRONT_MATTER_NODES, MAX_FRONT_MATTER_DEPTH)) {
    return error(file, 2, 1, "front-matter-too-large", {
      nodes: MAX_FRONT_MATTER_NODES,
      depth: MAX_FRONT_MATTER_DEPTH,
    });
  }
  const cleaned = cleanStrings(data as Record<string, unknown>);
  return {
    data: cleaned.data,
    body,
    bodyLine,
    hasFrontMatter: true,
    ...(cleaned.fields.length ? { cleanedFields: cleaned.fields } : {}),
  };
}

/**
 * The raw text was cleaned of control characters when it was read, but YAML escapes
 * (`"a\x01b"`, `"\u0000"`) make new ones when parsed: every string (and field name) of the
 * front matter is cleaned the same way, and the top-level fields that held any are named.
 * Runs after the bounds check, so the walk is bounded; aliases are copied, not shared.
 */
function cleanStrings(data: Record<string, unknown>): { data: Record<string, unknown>; fields: string[] } {
  const fields: string[] = [];
  let dirty = false;
  const clean = (text: string): string => {
    const result = replaceControlCharacters(text);
    if (result.count > 0) dirty = true;
    return result.text;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return clean(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object" || node instanceof Date || ArrayBuffer.isView(node)) return node;
    const copy: Record<string, unknown> = {};
    // defineProperty, not assignment: a field named `__proto__` must stay a field, not replace the prototype.
    for (const [key, value] of Object.entries(node))
      Object.defineProperty(copy, clean(key), {
        value: walk(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    dirty = false;
    const name = clean(key);
    Object.defineProperty(result, name, { value: walk(value), enumerable: true, writable: true, configurable: true });
    if (dirty) fields.push(key);
  }
  return { data: result, fields };
}

/**
 * js-yaml notices an unclosed `[` or `{` only on a later line ("missed comma between flow
 * collection entries" at the next field); the mistake is where the bracket opened. The last
 * line at or before the error that opens more brackets than it closes (0-based line and column).
 */
function unclosedFlowStart(yamlText: string, errorLine: number): { line: number; column: number } | undefined {
  const lines = yamlText.split("\n");
  for (let line = Math.min(errorLine, lines.length - 1); line >= 0; line--) {
    const text = (lines[line] ?? "").replace(/#.*$|"[^"]*"|'[^']*'/g, (m) => " ".repeat(m.length));
    let depth = 0;
    let opened = -1;
    for (let column = 0; column < text.length; column++) {
      const char = text[column];
      if (char === "[" || char === "{") {
        if (depth === 0) opened = column;
        depth++;
      } else if ((char === "]" || char === "}") && depth > 0) depth--;
    }
    if (depth > 0 && line < errorLine) return { line, column: opened };
  }
  return undefined;
}

/** How a YAML value reads in a message: `a list`, `a number (42)`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a group of fields (a mapping)";
  if (typeof value === "string") return `the text ${quoteForMessage(value)}`;
  return `a ${typeof value} (${String(value)})`;
}

/** The longest run of whitespace-only lines in `text[from, to)`, and where it starts. Linear. */
function longestBlankRun(text: string, from: number, to: number): { lines: number; start: number } {
  let best = { lines: 0, start: from };
  let run = 0;
  let runStart = from;
  let lineStart = from;
  let blankLine = true;
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    if (char === 10) {
      if (blankLine) {
        if (run === 0) runStart = lineStart;
        if (++run > best.lines) best = { lines: run, start: runStart };
      } else run = 0;
      lineStart = i + 1;
      blankLine = true;
    } else if (char !== 32 && char !== 9 && char !== 13) blankLine = false;
  }
  return best;
}

function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

function error<C extends FileProblemCode>(
  file: SourceFile,
  line: number,
  column: number,
  code: C,
  ...params: ProblemParams<C>
): { error: Diagnostic } {
  return { error: diagnostic(code, { file: file.path, line, column }, ...params) };
}
