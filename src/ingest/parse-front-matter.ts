import yaml from "js-yaml";
import type { Diagnostic, SourceFile } from "../types.js";
import { withinYamlBounds } from "./yaml-bounds.js";

/** Front matter larger than this is not metadata: it is rejected before YAML parsing. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Front matter values are kept in `Article.extra` and serialised into pages and exports: their expanded size is bounded. */
const MAX_FRONT_MATTER_NODES = 10_000;
const MAX_FRONT_MATTER_DEPTH = 32;

export type FrontMatterSplit =
  | { data: Record<string, unknown>; body: string; bodyLine: number; hasFrontMatter: boolean }
  | { error: Diagnostic };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(\r?\n|$)/;

/**
 * Splits `---` YAML front matter from the body. Parsed with js-yaml's default (safe) schema
 * directly, not gray-matter: gray-matter also evaluates `---js` front matter as JavaScript and
 * caches by content. A YAML error points at its line and column in the file.
 */
export function splitFrontMatter(file: SourceFile): FrontMatterSplit {
  const raw = file.raw;
  const opening = OPENING.exec(raw);
  if (!opening) return { data: {}, body: raw, bodyLine: 1, hasFrontMatter: false };
  // Search from the opening line's newline, so an empty block (`---\n---\n`) closes too.
  const searchFrom = opening[0].length - 1 - (opening[0].endsWith("\r\n") ? 1 : 0);
  const close = CLOSING.exec(raw.slice(searchFrom));
  if (!close) {
    return error(file, 1, 1, "front-matter-unclosed", "front matter starts with --- but never closes", "add a line holding only --- after the last front matter field (or remove the first ---)");
  }
  const yamlText = raw.slice(opening[0].length, Math.max(opening[0].length, searchFrom + close.index));
  const bodyStart = searchFrom + close.index + close[0].length;
  const bodyLine = lineCount(raw.slice(0, bodyStart)) + 1;
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return error(file, 2, 1, "front-matter-too-large", `front matter is ${Math.round(yamlText.length / 1024)} KB, over the ${MAX_FRONT_MATTER_CHARS / 1024} KB limit`, "keep only metadata (title, date, outlet, url, tags) between the --- lines and move the text below them");
  }
  let data: unknown;
  try {
    data = yaml.load(yamlText, { filename: file.path });
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? (cause as Error).message ?? String(cause);
    const at = unclosedFlowStart(yamlText, mark?.line ?? 0) ?? { line: mark?.line ?? 0, column: mark?.column ?? 0 };
    // The YAML text starts on the file's second line.
    return error(file, at.line + 2, at.column + 1, "yaml-syntax", `front matter is not valid YAML: ${reason}`, "fix the YAML there (quote values that contain a colon or start with a special character) or remove the front matter");
  }
  if (data === null || data === undefined) return { data: {}, body: raw.slice(bodyStart), bodyLine, hasFrontMatter: true };
  if (typeof data !== "object" || Array.isArray(data) || data instanceof Date) {
    return error(file, 2, 1, "front-matter-shape", `front matter must be "field: value" lines, but it is ${describeValue(data)}`, "write one field a line, e.g. `title: My headline`");
  }
  if (!withinYamlBounds(data, MAX_FRONT_MATTER_NODES, MAX_FRONT_MATTER_DEPTH)) {
    return error(file, 2, 1, "front-matter-too-large", `front matter expands to more than ${MAX_FRONT_MATTER_NODES} values or ${MAX_FRONT_MATTER_DEPTH} levels (YAML aliases?)`, "write plain values without & anchors and * aliases");
  }
  return { data: data as Record<string, unknown>, body: raw.slice(bodyStart), bodyLine, hasFrontMatter: true };
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
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `a ${typeof value} (${String(value)})`;
}

function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

function error(file: SourceFile, line: number, column: number, code: string, message: string, hint: string): { error: Diagnostic } {
  return { error: { severity: "error", file: file.path, line, column, code, message, hint } };
}
