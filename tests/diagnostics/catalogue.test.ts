import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFatal } from "../../src/cli/main.js";
import {
  CATALOGUE,
  diagnostic,
  problem,
  type DiagnosticCode,
  type ProblemParams,
} from "../../src/diagnostics/catalogue.js";
import { DigestError } from "../../src/diagnostics/digest-error.js";
import { projectRoot } from "../helpers/run-cli.js";

/**
 * One case of every code, with the values its reporter passes. Typed by the catalogue: a new
 * code does not compile until it has a case here, and each case is checked below.
 */
const CASES: { [C in DiagnosticCode]: ProblemParams<C> } = {
  "not-a-file": ["a folder"],
  unreadable: ["EACCES"],
  "too-large": [3 * 1024 * 1024, 1024 * 1024, false],
  "binary-file": [true],
  "not-utf8": [3],
  "empty-file": [false],
  "control-characters": [{ count: 2 }],
  "ignored-file": ['unsupported file type ".pdf"'],
  "file-name-not-utf8": [],
  "duplicate-file": ["a.md"],
  "front-matter-code": ["js"],
  "front-matter-language": ["toml"],
  "front-matter-unclosed": [],
  "front-matter-closing-line": ["--- x"],
  "front-matter-too-large": [{ kb: 80, limitKb: 64 }],
  "front-matter-blank-lines": [1200, 1000],
  "yaml-syntax": ["front matter", "bad indentation"],
  "front-matter-shape": ["a list"],
  "front-matter-type": ["tags", "a list of names", "[a, b]", ", but it is a number (3)"],
  "empty-body": [],
  "empty-date": ["N/A"],
  "bad-date": ["2024-02-30 is not a day"],
  "long-title": [420, 300],
  "invisible-title": ["U+200B U+200C"],
  "bad-url": ["example.com"],
  "unknown-field": ["tittle", "title"],
  "permalink-ignored": ["/x/", false],
  "slug-changed": ["a b", "a-b"],
  "list-as-string": ["tags", "[a, b]"],
  "bad-name": ["entities", ["..", "/"]],
  "internal-error": ["oops"],
  "knowledge-too-large": [500_000, 16],
  "knowledge-shape": ["entities.0.kind", "Invalid option"],
  "previous-stories": [{ notJson: true }],
  "extraction-failed": ["Maximum call stack size exceeded"],
  "page-render": [
    { url: "/articles/x/", search: false, others: [], reason: "RangeError: Invalid string length", placeholder: true },
  ],
  "page-placeholder": [
    {
      url: "/stories/x/",
      search: true,
      others: ["b.md"],
      reason: "RangeError: Invalid string length",
      placeholder: true,
    },
  ],
  undated: [],
  "bad-option": ["Unknown option '--x'", "Usage: digest check"],
  "content-folder": [{ missing: "content" }],
  "output-folder": ["_site", "is a file, not a folder", "Pass --out a new folder, like _site."],
  "output-folder-locked": ["_site", "_site.lock"],
  "output-folder-lock-failed": ["_site", "EACCES", "/"],
  "output-folder-lock-lost": ["_site", "lock file removed"],
  "extraction-stopped": [["a.md", "b.md"], "worker exited"],
  "search-index": ["did not start: no binary"],
  "unsafe-permalink": ["/../x/"],
  "duplicate-output-path": ["stories/x/index.html", "a story page"],
  "site-url": ["DIGEST_SITE_URL", '"user.github.io"'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const src = join(projectRoot, "src");
const catalogueFile = join(src, "diagnostics", "catalogue.ts");
const sources = sourceFiles(src)
  .filter((file) => file !== catalogueFile)
  .map((file) => ({ file: relative(projectRoot, file), text: readFileSync(file, "utf8") }));

/**
 * The codes src/ reports: the first argument of `diagnostic(...)`, `problem(...)` and front matter's `error(file, line,
 * column, ...)`.
 */
function codesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  // Across line breaks: a formatter may put each argument on a line of its own.
  const call = /\b(?:diagnostic|problem)\(\s*"([^"]+)"|\berror\(\s*file,[^"]*?"([^"]+)"/g;
  for (const { file, text } of sources)
    for (const match of text.matchAll(call)) used.set((match[1] ?? match[2]) as string, file);
  return used;
}

describe("the diagnostics catalogue", () => {
  it("has a case for every code, and every case gives a message and a different hint", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(CATALOGUE).sort());
    for (const code of Object.keys(CATALOGUE) as DiagnosticCode[]) {
      const entry = CATALOGUE[code];
      const { message, hint } = (
        problem as (code: DiagnosticCode, ...params: unknown[]) => { message: string; hint: string }
      )(code, ...CASES[code]);
      expect(entry.title.trim(), code).not.toBe("");
      expect(message.trim(), code).not.toBe("");
      expect(hint.trim(), `${code} has no hint`).not.toBe("");
      expect(hint, `${code}: the hint repeats the message`).not.toBe(message);
    }
  });

  it("holds every code src/ reports, and src/ reports every code it holds", () => {
    const used = codesUsed();
    for (const [code, file] of used) expect(Object.keys(CATALOGUE), `${file} reports "${code}"`).toContain(code);
    for (const code of Object.keys(CATALOGUE)) expect([...used.keys()], `"${code}" is never reported`).toContain(code);
  });

  it("is the only place that writes a code into a diagnostic (no diagnostic is built by hand)", () => {
    for (const { file, text } of sources) expect(text, file).not.toMatch(/\bcode: "[a-z-]+"/);
  });

  it("builds a file's diagnostic with the code's severity, its place, message and hint", () => {
    expect(diagnostic("bad-url", { file: "a.md", line: 3, column: 6 }, "example.com")).toEqual({
      severity: "warning",
      file: "a.md",
      line: 3,
      column: 6,
      code: "bad-url",
      message: 'url "example.com" is not an http(s) address; it is not linked',
      hint: "give the article's original address, starting with https://",
    });
    expect(diagnostic("extraction-failed", { file: "a.md" }, "boom")).not.toHaveProperty("line");
    expect(diagnostic("empty-file", { file: "a.md", line: 1, column: 1 }, false).severity).toBe("error");
  });

  it("chooses the hint by the case when the advice depends on it", () => {
    expect(problem("unreadable", "EACCES").hint).toBe("make the file readable (chmod a+r)");
    expect(problem("unreadable", "ENOENT").hint).toBe("check that the file exists and is a regular file");
    expect(problem("yaml-syntax", "knowledge file", "x").hint).toContain("Teaching it names");
  });
});

describe("DigestError", () => {
  it("takes its code, message, hint, place and cause in one options object", () => {
    const cause = new Error("EACCES");
    const error = new DigestError({
      ...problem("output-folder-lock-failed", "_site", "EACCES", "/srv"),
      file: "_site",
      cause,
    });
    expect(error).toMatchObject({
      code: "output-folder-lock-failed",
      message: "Cannot lock the output folder _site (EACCES).",
      hint: "Check that /srv is writable.",
      file: "_site",
      cause,
    });
    expect(error.line).toBeUndefined();
  });

  it("prints as path:line:column  error  message  hint, or without a place when it has none", () => {
    const located = new DigestError({
      ...problem("search-index", "could not write its index: disk full"),
      file: "_site/search",
      line: 2,
      column: 5,
    });
    expect(formatFatal(located)).toBe(
      "_site/search:2:5  error  Pagefind could not write its index: disk full.  Build again; if it fails again, " +
        "run with DEBUG=1 and report what it prints.",
    );
    expect(formatFatal(new DigestError(problem("content-folder", { missing: "content" })))).toBe(
      "error  The content folder content does not exist.  Create it and put articles (.md or .txt) in it, or pass " +
        "--content DIR.",
    );
  });

  it("names an unexpected error as a bug, with what it said", () => {
    expect(formatFatal(new TypeError("x is undefined"))).toBe(
      "error  x is undefined  This is a bug in digest: run again with DEBUG=1 and report what it prints.",
    );
  });
});
