// Property-based tests (fast-check): whatever the input, ingest gives a record or a reported
// problem, never an unhandled exception, and never an id that names a path outside its folder.
import { resolve, sep } from "node:path";
import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { articlesFromSources } from "../../src/ingest/ingest-content.js";
import { parseArticle } from "../../src/ingest/parse-article.js";
import { decodeSourceBytes } from "../../src/ingest/read-source-file.js";
import { slugify } from "../../src/text/slugify.js";
import type { SourceFile } from "../../src/types.js";

const SAFE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OUT = resolve("/srv/site");
const RUNS = { numRuns: 300 };

const source = (path: string, raw: string): SourceFile => ({
  path,
  absolutePath: `/content/${path}`,
  raw,
  hash: String(raw.length),
});

/** Strings that look like what hostile or careless content holds: path tricks, YAML syntax, markup, any script. */
const nasty = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({
    unit: fc.constantFrom(
      "..",
      "/",
      "\\",
      ".",
      "%2e",
      "~",
      ":",
      "-",
      " ",
      "\n",
      "\r\n",
      "a",
      "é",
      "я",
      "東",
      "ع",
      "🔥",
      "\u0000",
      "\u202e",
      "<",
      ">",
      '"',
      "'",
      "&",
    ),
  }),
  fc.constantFrom(
    "../../etc/passwd",
    "..",
    "/",
    "C:\\Windows",
    "\\\\server\\share",
    "con",
    "%00",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
  ),
);

/** A front matter object with known fields holding values of any type, plus unknown ones. */
const frontMatter = fc.record(
  {
    title: fc.oneof(nasty, fc.jsonValue()),
    date: fc.oneof(
      nasty,
      fc.jsonValue(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    ),
    slug: fc.oneof(nasty, fc.jsonValue()),
    permalink: fc.oneof(nasty, fc.jsonValue()),
    tags: fc.oneof(nasty, fc.array(nasty), fc.jsonValue()),
    url: fc.oneof(nasty, fc.webUrl()),
    entities: fc.oneof(fc.array(nasty), fc.jsonValue()),
    draft: fc.oneof(fc.boolean(), nasty),
    extraField: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

function checkParsed(result: ReturnType<typeof parseArticle>, raw: string): void {
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  // Exactly one outcome: an article, a deliberate skip, or at least one error.
  expect(
    [result.article !== undefined, result.ignoredReason !== undefined, errors.length > 0].filter(Boolean),
  ).toHaveLength(1);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.hint?.length).toBeGreaterThan(0);
  }
  if (result.article) {
    expect(result.article.title.trim()).not.toBe("");
    expect(raw.endsWith(result.article.body)).toBe(true);
  }
}

describe("ingest properties", () => {
  it("any text, as markdown or plain text, gives an article or a reported problem", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom("a.md", "a.txt"), (raw, path) => {
        checkParsed(parseArticle(source(path, raw)), raw);
      }),
      RUNS,
    );
  });

  it("any text after a front matter opening line gives an article or a reported problem", () => {
    fc.assert(
      fc.property(nasty, nasty, (head, body) => {
        const raw = `---\n${head}\n---\n${body}`;
        checkParsed(parseArticle(source("a.md", raw)), raw);
      }),
      RUNS,
    );
  });

  it("any front matter values give an article or a reported problem, and a safe id", () => {
    fc.assert(
      fc.property(frontMatter, nasty, (data, body) => {
        const raw = `---\n${yaml.dump(data)}---\nSome text. ${body}\n`;
        const parsed = parseArticle(source("a.md", raw));
        checkParsed(parsed, raw);
        const { articles } = articlesFromSources([source("a.md", raw)]);
        for (const article of articles) {
          expect(article.id).toMatch(SAFE_ID);
          expect(resolve(OUT, "articles", article.id).startsWith(`${OUT}${sep}articles${sep}`)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("any bytes decode to text or a reported problem, never an exception", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = decodeSourceBytes("a.txt", "/c/a.txt", bytes);
        if (!result.file) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
        else expect(result.file.raw).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFE\uFFFF]/);
      }),
      RUNS,
    );
  });

  it("any set of sources gives distinct, safe ids", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nasty, nasty), { maxLength: 12 }), (pairs) => {
        const sources = pairs.map(([title, slug], i) =>
          source(`f${i}.md`, `---\n${yaml.dump({ title, slug })}---\nText number ${i}.\n`),
        );
        const { articles } = articlesFromSources(sources);
        const ids = articles.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(SAFE_ID);
      }),
      RUNS,
    );
  });
});

describe("ingest then extraction", () => {
  // News-like tokens in any order: abbreviations, dates, names, markdown, scripts, replacement characters.
  const newsish = fc.string({
    unit: fc.constantFrom(
      "a",
      "A",
      " ",
      ".",
      "\n",
      "U.S.",
      "March",
      "10",
      "2024",
      "last",
      "Mr",
      "'s",
      "—",
      "é",
      "東",
      "\uFFFD",
      "#",
      "*",
      "[",
      "]",
      "(",
      ")",
      "said",
      "according to",
      "Kishida",
      "Japan",
      ",",
      '"',
      "on",
      "April",
      "<script>",
      "javascript:",
    ),
    maxLength: 60,
  });

  it("never throws on an article ingest accepted", () => {
    fc.assert(
      fc.property(newsish, fc.constantFrom("a.txt", "a.md"), (body, path) => {
        for (const article of articlesFromSources([source(path, body)]).articles) extractArticle(article, {});
      }),
      { numRuns: 200 },
    );
  });
});

describe("slugify properties", () => {
  it("gives [a-z0-9-] only, within the length, stable when applied again", () => {
    fc.assert(
      fc.property(nasty, fc.integer({ min: 10, max: 120 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(max);
        expect(slugify(slug, max)).toBe(slug);
      }),
      RUNS,
    );
  });

  it("is never empty for text holding a letter, a digit or a symbol", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }).filter((t) => /[\p{L}\p{N}\p{S}]/u.test(t.normalize("NFKC"))),
        (text) => {
          expect(slugify(text)).not.toBe("");
        },
      ),
      RUNS,
    );
  });
});
