// Every problem the digest reports, in one place: its code (stable, machine-readable: `digest
// inspect --json` and `digest check` show it), a title for the list, the message (what is wrong,
// built from the values of one case) and the hint (what to do). Modelled on Astro's error
// catalogue (packages/astro/src/core/errors/errors-data.ts). Code reports a problem by its code
// (`diagnostic("bad-url", where, url)`, `new DigestError(problem("site-url", ...))`), never with
// a message of its own, so wording is reviewed here and every code has a hint
// (tests/diagnostics/catalogue.test.ts checks both).
import type { Diagnostic } from "../types.js";
import { quoteForMessage } from "./quote.js";

/** What is wrong with the previous build's story or thread list (`list`, default "story"). */
type PreviousListProblem = ({ unreadable: string } | { notJson: true } | { badIds: readonly unknown[] }) & {
  list?: "story" | "thread";
};

/** `error` rejects the file; `warning` keeps it; `fatal` stops the command (a `DigestError`). */
export type Severity = "error" | "warning" | "fatal";

export interface CatalogueEntry {
  severity: Severity;
  /** What the problem is, in general: one line, for a list of codes. */
  title: string;
  /** What is wrong in this case, from the values the code that found it passes. */
  message: (...params: never[]) => string;
  /** What to do about it; a function of the same values when the advice depends on them. */
  hint: string | ((...params: never[]) => string);
}

const TO_YAML = "replace the first line with --- and write the fields as YAML (title: My headline)";

export const CATALOGUE = {
  // --- Reading a file (src/ingest/read-source-file.ts, find-content-files.ts) ---
  "not-a-file": {
    severity: "error",
    title: "Not a regular file",
    message: (what: "a folder" | "a pipe, socket or device") => `not a regular file (${what}); it was not read`,
    hint: "give the path of an article file (.md or .txt)",
  },
  unreadable: {
    severity: "error",
    title: "The file cannot be read",
    message: (reason: string) => `cannot read the file (${reason})`,
    hint: (reason: string) =>
      /^(EACCES|EPERM)$/.test(reason)
        ? "make the file readable (chmod a+r)"
        : "check that the file exists and is a regular file",
  },
  "too-large": {
    severity: "error",
    title: "The file is larger than one article can be",
    message: (bytes: number, limit: number, atLeast: boolean) => {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return `file is ${atLeast ? "over " : ""}${mb(bytes)} MB, over the ${mb(limit)} MB limit for one article; it was not read`;
    },
    hint: "split it into separate articles or remove it from the content folder",
  },
  "binary-file": {
    severity: "error",
    title: "The file is binary, not text",
    message: (nul: boolean) =>
      nul ? "file is binary, not text (it holds NUL characters)" : "file is binary, not text",
    hint: (nul: boolean) =>
      nul
        ? "save the article as UTF-8 text (.md or .txt)"
        : "save the article as UTF-8 text (.md or .txt), or remove it from the content folder",
  },
  "not-utf8": {
    severity: "warning",
    title: "The file is not UTF-8",
    message: (line: number) => `file is not valid UTF-8 (first bad byte at line ${line}); read it as Windows-1252`,
    hint: "re-save the file as UTF-8 if any character looks wrong",
  },
  "empty-file": {
    severity: "error",
    title: "The file is empty",
    message: (whitespace: boolean) => (whitespace ? "file holds only whitespace" : "file is empty"),
    hint: "add the article's text or delete the file",
  },
  "control-characters": {
    severity: "warning",
    title: "Invisible control characters",
    message: (where: { count: number } | { field: string }) =>
      "field" in where
        ? `front matter "${where.field}" holds invisible control characters (written as YAML escapes); each is shown as \uFFFD`
        : `file holds ${where.count} invisible control character(s); each is shown as \uFFFD`,
    hint: (where: { count: number } | { field: string }) =>
      "field" in where
        ? "remove the escapes (\\x01, \\u0000, …): they cannot appear in HTML or feeds"
        : "remove them: they cannot appear in HTML or feeds",
  },
  "ignored-file": {
    severity: "warning",
    title: "A file of the content folder is not read",
    message: (reason: string, _hint?: string) => `not read: ${reason}`,
    hint: (_reason: string, hint?: string) => hint ?? "move it out of the content folder to silence this warning",
  },
  "file-name-not-utf8": {
    severity: "warning",
    title: "The file name is not UTF-8",
    message: () => "the file name is not valid UTF-8 (the bad bytes are shown as \\xNN); it was read all the same",
    hint: "rename it with UTF-8 characters (e.g. with convmv -f latin1 -t utf8)",
  },
  "duplicate-file": {
    severity: "warning",
    title: "Two files hold the same article",
    message: (earlier: string) => `identical to ${earlier}; kept once`,
    hint: "delete one of the two copies",
  },

  // --- Front matter (src/ingest/parse-front-matter.ts) ---
  "front-matter-code": {
    severity: "error",
    title: "Front matter written as code",
    message: (language?: string) =>
      language === undefined
        ? "front matter in a programming language is not supported: front matter is data, never code; write YAML"
        : `---${language} front matter is not supported: front matter is data, never code; write YAML`,
    hint: TO_YAML,
  },
  "front-matter-language": {
    severity: "error",
    title: "Front matter in a language other than YAML",
    message: (language: string) => `---${language} front matter is not supported; front matter is YAML`,
    hint: TO_YAML,
  },
  "front-matter-unclosed": {
    severity: "error",
    title: "Front matter that never closes",
    message: () => "front matter starts with --- but never closes",
    hint: "add a line holding only --- after the last front matter field (or remove the first ---)",
  },
  "front-matter-closing-line": {
    severity: "error",
    title: "Text on the front matter's closing line",
    message: (line: string) => `the front matter's closing line ${quoteForMessage(line)} holds more than ---`,
    hint: "put --- alone on the line that ends the front matter",
  },
  "front-matter-too-large": {
    severity: "error",
    title: "Front matter larger than metadata",
    message: (size: { kb: number; limitKb: number } | { nodes: number; depth: number }) =>
      "kb" in size
        ? `front matter is ${size.kb} KB, over the ${size.limitKb} KB limit`
        : `front matter expands to more than ${size.nodes} values or ${size.depth} levels (YAML aliases?)`,
    hint: (size: { kb: number; limitKb: number } | { nodes: number; depth: number }) =>
      "kb" in size
        ? "keep only metadata (title, date, outlet, url, tags) between the --- lines and move the text below them"
        : "write plain values without & anchors and * aliases",
  },
  "front-matter-blank-lines": {
    severity: "error",
    title: "A long run of blank lines in front matter",
    message: (lines: number, limit: number) =>
      `front matter holds ${lines} blank lines in a row, over the limit of ${limit}`,
    hint: "remove the blank lines between the --- lines",
  },
  "yaml-syntax": {
    severity: "error",
    title: "Invalid YAML",
    message: (what: "front matter" | "knowledge file", reason: string) => `${what} is not valid YAML: ${reason}`,
    hint: (what: "front matter" | "knowledge file") =>
      what === "front matter"
        ? "fix the YAML there (quote values that contain a colon or start with a special character) or remove the front matter"
        : 'fix the YAML; see README "Teaching it names" for the format',
  },
  "front-matter-shape": {
    severity: "error",
    title: "Front matter that is not fields",
    message: (described: string) => `front matter must be "field: value" lines, but it is ${described}`,
    hint: "write one field a line, e.g. `title: My headline`",
  },

  // --- The article's fields (src/ingest/parse-article.ts) ---
  "front-matter-type": {
    severity: "error",
    title: "A front matter field of the wrong type",
    message: (field: string, expected: string, _example: string, actual: string) =>
      `front matter "${field}" must be ${expected}${actual}`,
    hint: (field: string, _expected: string, example: string) => `write it as ${field}: ${example}, or remove the line`,
  },
  "empty-body": {
    severity: "error",
    title: "Front matter but no text",
    message: () => "article has front matter but no text",
    hint: "add the article's text below the closing ---",
  },
  "empty-date": {
    severity: "warning",
    title: "A date field that says there is no date",
    message: (value: unknown) =>
      `front matter "date" is ${typeof value === "string" ? quoteForMessage(value) : JSON.stringify(value)}, read as no date; the date is estimated from the text`,
    hint: "give the date as YYYY-MM-DD, or remove the field",
  },
  "bad-date": {
    severity: "error",
    title: "A date field that is not a date",
    message: (reason: string) => `front matter "date" is not a date: ${reason}`,
    hint: "write it as YYYY-MM-DD (e.g. 2024-03-12), or remove it to infer the date from the text",
  },
  "long-title": {
    severity: "warning",
    title: "A title too long for a headline",
    message: (length: number, limit: number) => `title is ${length} characters long; cut to ${limit}`,
    hint: "give a shorter `title:` in front matter",
  },
  "invisible-title": {
    severity: "warning",
    title: "A title of invisible characters only",
    message: (codePoints: string) => `title has no visible character (${codePoints}); the title comes from the text`,
    hint: "give a `title:` with words, or remove the field",
  },
  "bad-url": {
    severity: "warning",
    title: "A url that is not a web address",
    message: (url: string) => `url ${quoteForMessage(url)} is not an http(s) address; it is not linked`,
    hint: "give the article's original address, starting with https://",
  },
  "unknown-field": {
    severity: "warning",
    title: "A misspelt front matter field",
    message: (field: string, _meant: string) =>
      `front matter field ${quoteForMessage(field)} is not one the digest reads (kept as is)`,
    hint: (_field: string, meant: string) => `did you mean "${meant}"? Rename it to use it`,
  },
  "permalink-ignored": {
    severity: "warning",
    title: "A permalink field (URLs come from ids)",
    message: (permalink: unknown, escapes: boolean) =>
      escapes
        ? `front matter permalink ${quoteForMessage(String(permalink))} points outside the site's article folder; it is ignored`
        : "front matter `permalink` is ignored: page URLs come from the article's id",
    hint: "use `slug: my-article` to choose the last part of the article's URL",
  },
  "slug-changed": {
    severity: "warning",
    title: "A slug that is not a plain name",
    message: (slug: string, safe: string) =>
      safe
        ? `slug ${quoteForMessage(slug)} is not a plain name; used as ${quoteForMessage(safe)}`
        : `slug ${quoteForMessage(slug)} has no letters or digits; the URL comes from the title`,
    hint: "write the slug with lowercase letters, digits and dashes only, like us-japan-talks",
  },
  "list-as-string": {
    severity: "warning",
    title: "A list field written as one string",
    message: (field: string, _example: string) =>
      `front matter "${field}" is a string; read it as a comma-separated list`,
    hint: (field: string, example: string) => `write it as a YAML list: ${field}: ${example}`,
  },
  "bad-name": {
    severity: "warning",
    title: "Declared names without a letter or digit",
    message: (field: string, dropped: readonly string[]) =>
      `front matter ${field} without any letter or digit are dropped: ${dropped.map((v) => quoteForMessage(v)).join(", ")}`,
    hint: "give each entity's name",
  },
  "internal-error": {
    severity: "error",
    title: "The digest failed on one file",
    message: (reason: string) => `the digest failed on this file: ${reason}`,
    hint: "please report this with the file attached; remove the file to build the rest",
  },

  // --- The knowledge file (src/ingest/parse-knowledge.ts); its YAML errors are `yaml-syntax` ---
  "knowledge-too-large": {
    severity: "error",
    title: "A knowledge file that expands too far",
    message: (nodes: number, depth: number) =>
      `knowledge file expands to more than ${nodes} values or ${depth} levels (YAML aliases?)`,
    hint: "write plain lists without & anchors and * aliases",
  },
  "knowledge-shape": {
    severity: "error",
    title: "A knowledge file entry of the wrong form",
    message: (path: string, reason: string) => `knowledge file, at ${path || "top level"}: ${reason}`,
    hint: 'see README "Teaching it names" for the format',
  },

  // --- The previous build (src/ingest/read-previous-stories.ts) ---
  "previous-stories": {
    severity: "warning",
    title: "The previous build's story or thread list cannot be used",
    // `list`: which file, data/stories.json (the default) or data/threads.json; their ids keep URLs alike.
    message: (problem: PreviousListProblem) => {
      const noun = problem.list ?? "story";
      const nouns = noun === "story" ? "stories" : "threads";
      if ("unreadable" in problem) {
        return `the previous build's ${noun} list cannot be read (${problem.unreadable}); ${noun} ids are not kept from it, so some ${nouns} may get new URLs`;
      }
      if ("notJson" in problem) {
        return `the previous build's ${noun} list is not valid JSON (the file is damaged); ${noun} ids are not kept from it, so some ${nouns} may get new URLs`;
      }
      const ids = problem.badIds;
      const first = typeof ids[0] === "string" ? quoteForMessage(ids[0]) : (JSON.stringify(ids[0]) ?? String(ids[0]));
      const one = ids.length === 1;
      return `the previous build's ${noun} list holds ${one ? `a ${noun} id` : `${ids.length} ${noun} ids`} that ${one ? "is" : "are"} not a slug (${noun} id ${first}${one ? "" : ", …"}); ${one ? "it was" : "they were"} ignored, so ${one ? `that ${noun}` : `those ${nouns}`} may get new URLs`;
    },
    hint: (problem: PreviousListProblem) => {
      if ("unreadable" in problem) return "make the file readable, or delete it";
      if ("notJson" in problem)
        return "nothing to do: this build writes a new one (or delete the file to silence this)";
      return "nothing to do: the file was edited or damaged, and this build writes a new one";
    },
  },

  // --- Extraction (src/pipeline/) ---
  "extraction-failed": {
    severity: "error",
    title: "Extraction failed on one article",
    message: (reason: string) => `extracting entities, dates and topics failed: ${reason}`,
    hint: "this is a bug in the digest; build the other articles with --skip-invalid and report it with this file",
  },

  // --- Rendering the site (src/site/page-failures.ts); the file is the first behind the page ---
  "page-render": {
    severity: "error",
    title: "A page that could not be rendered",
    message: (page: FailedPage) => failedPageMessage(page),
    hint: (page: FailedPage) =>
      page.placeholder
        ? "edit or remove the file named, or run with --skip-invalid to build the rest with a placeholder in its place"
        : "a feed or data file has no placeholder and cannot be left out: edit or remove the file named",
  },
  "page-placeholder": {
    severity: "warning",
    title: "A page that could not be rendered, replaced by a placeholder (--skip-invalid)",
    message: (page: FailedPage) => failedPageMessage(page),
    hint: (page: FailedPage) =>
      page.search
        ? "the story's search entry leaves this article's text out"
        : "a placeholder page stands in its place; edit or remove the file named, and build again",
  },

  // --- digest check (src/cli/command-check.ts) ---
  undated: {
    severity: "warning",
    title: "An article with no date anywhere",
    message: () =>
      "publication date unknown: no `date:` in the front matter, no date in the file name, and none the text can be dated by (the site lists it under Undated)",
    hint: "add `date: YYYY-MM-DD` to the front matter (or start the file name with the date, 2024-03-11-title.md)",
  },

  // --- Fatal: the command stops (DigestError) ---
  "bad-option": {
    severity: "fatal",
    title: "An option the command does not have",
    message: (reason: string, _usage: string) => reason,
    hint: (_reason: string, usage: string) => `the options are:\n\n${usage}`,
  },
  "content-folder": {
    severity: "fatal",
    title: "The content folder cannot be read",
    message: (
      problem:
        { missing: string } | { tooLong: string; under: string } | { path: string; within?: string; why: string },
    ) => {
      if ("missing" in problem) return `The content folder ${problem.missing} does not exist.`;
      if ("tooLong" in problem)
        return `A path in the content folder ${problem.tooLong} is longer than the system allows (under ${problem.under}…).`;
      return `Cannot read ${problem.path}${problem.within === undefined ? " (the content folder)" : ` in the content folder ${problem.within}`}: ${problem.why}.`;
    },
    hint: (
      problem:
        { missing: string } | { tooLong: string; under: string } | { path: string; within?: string; why: string },
    ) => {
      if ("missing" in problem) return "Create it and put articles (.md or .txt) in it, or pass --content DIR.";
      if ("tooLong" in problem) return "Shorten the names of its folders or files.";
      return problem.why === "permission denied"
        ? "Give yourself read permission on it, or move it out of the content folder."
        : "Check the path, or pass --content DIR.";
    },
  },
  "output-folder": {
    severity: "fatal",
    title: "The output folder cannot be written",
    message: (given: string, problem: string, _todo: string) => `--out ${given}: ${problem}.`,
    hint: (_given: string, _problem: string, todo: string) => todo,
  },
  "output-folder-locked": {
    severity: "fatal",
    title: "Another build is writing the output folder",
    message: (outDir: string, lockPath: string) => `Another build is writing ${outDir} (it holds ${lockPath}).`,
    hint: "Wait for it to finish; if no build is running, the lock is released 30 seconds after its build stopped.",
  },
  "output-folder-lock-failed": {
    severity: "fatal",
    title: "The output folder cannot be locked",
    message: (outDir: string, reason: string, _parent: string) =>
      `Cannot lock the output folder ${outDir} (${reason}).`,
    hint: (_outDir: string, _reason: string, parent: string) => `Check that ${parent} is writable.`,
  },
  "output-folder-lock-lost": {
    severity: "fatal",
    title: "The build lost its lock on the output folder",
    message: (outDir: string, reason: string) =>
      `Lost the lock on ${outDir} (${reason}): another build may be writing it. Nothing was replaced.`,
    hint: "Build again.",
  },
  "extraction-stopped": {
    severity: "fatal",
    title: "An extraction worker died",
    message: (files: readonly string[], reason: string) =>
      `Extraction stopped while working on one of: ${files.join(", ")} (${reason}).`,
    hint: "Move them out of the content folder to find the one, and report it.",
  },
  "search-index": {
    severity: "fatal",
    title: "Pagefind could not build the search index",
    message: (problem: string) => `Pagefind ${problem}.`,
    hint: (problem: string) =>
      problem.startsWith("did not start")
        ? "Check that the pagefind package installed its binary (npm ci)."
        : "Build again; if it fails again, run with DEBUG=1 and report what it prints.",
  },
  "unsafe-permalink": {
    severity: "fatal",
    title: "A page URL that would leave the site",
    message: (url: string) =>
      `Unsafe page URL ${JSON.stringify(url)}: page URLs must be site-relative slugs like /stories/<id>/.`,
    hint: "Fix the id or slug that produced it (a front matter `slug` or `permalink` must not contain `..` or `/`).",
  },
  "duplicate-output-path": {
    severity: "fatal",
    title: "Two files of the site at one path",
    message: (path: string, second: string) =>
      `Two files of the site would be written to ${path} (the second is ${second}).`,
    hint: "Give the articles or entities behind them distinct ids or slugs; if they have, report it: page paths are made unique.",
  },
  "site-url": {
    severity: "fatal",
    title: "DIGEST_SITE_URL is not a web address",
    message: (setting: string, shown: string) => `${setting} is not a web address: ${shown}.`,
    hint: "Set it to the site's origin, like https://user.github.io, or unset it for site-relative URLs.",
  },
} satisfies Record<string, CatalogueEntry>;

/** A page (or a story's search entry) whose rendering threw, as its diagnostic tells it. */
export interface FailedPage {
  /** Site-relative URL of the page. */
  url: string;
  /** The story's search index entry rather than a page. */
  search: boolean;
  /** Content files behind the page besides the one the diagnostic names. */
  others: readonly string[];
  /** What the template threw. */
  reason: string;
  /** Whether a placeholder can stand in for it (HTML pages, search entries). */
  placeholder: boolean;
}

/** How many other files a failed page's message names before "and N more". */
const NAMED_FILES = 5;

function failedPageMessage(page: FailedPage): string {
  const what = page.search ? `the search index entry of ${page.url}` : `the page ${page.url}`;
  const { others } = page;
  const also =
    others.length === 0
      ? ""
      : ` (with ${others.slice(0, NAMED_FILES).join(", ")}${others.length > NAMED_FILES ? ` and ${others.length - NAMED_FILES} more` : ""})`;
  return `${what}${also} could not be rendered: ${page.reason}`;
}

type Catalogue = typeof CATALOGUE;
export type DiagnosticCode = keyof Catalogue;
/** The values a code's message is built from. */
export type ProblemParams<C extends DiagnosticCode> = Parameters<Catalogue[C]["message"]>;
/** Codes of problems in one file (a `Diagnostic`), as opposed to fatal ones. */
export type FileProblemCode = {
  [C in DiagnosticCode]: Catalogue[C]["severity"] extends "fatal" ? never : C;
}[DiagnosticCode];
/** Codes of problems that stop the command (a `DigestError`). */
export type FatalCode = Exclude<DiagnosticCode, FileProblemCode>;

/** A problem's code, message and hint, from the catalogue and the values of this case. */
export function problem<C extends DiagnosticCode>(
  code: C,
  ...params: ProblemParams<C>
): { code: C; message: string; hint: string } {
  const entry: CatalogueEntry = CATALOGUE[code];
  const text = (of: (...params: never[]) => string) => (of as (...params: unknown[]) => string)(...params);
  return { code, message: text(entry.message), hint: typeof entry.hint === "string" ? entry.hint : text(entry.hint) };
}

/** A problem in one file, at a place in it, as the record every command prints and `inspect` returns. */
export function diagnostic<C extends FileProblemCode>(
  code: C,
  where: { file: string; line?: number; column?: number },
  ...params: ProblemParams<C>
): Diagnostic {
  const { message, hint } = problem(code, ...params);
  return {
    severity: CATALOGUE[code].severity as Diagnostic["severity"],
    file: where.file,
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    code,
    message,
    hint,
  };
}
