import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/ingest/parse-front-matter.js";
import type { SourceFile } from "../../src/types.js";

const file = (raw: string): SourceFile => ({ path: "a.md", absolutePath: "/c/a.md", raw, hash: "h" });
const errorOf = (raw: string) => {
  const split = splitFrontMatter(file(raw));
  return "error" in split ? split.error : undefined;
};

describe("splitFrontMatter", () => {
  it("splits fields from the body and says where the body starts", () => {
    expect(splitFrontMatter(file("---\ntitle: A\ndate: 2024-03-10\n---\nBody\n"))).toEqual({
      // Timestamps stay the text written: the date field parser validates them (no Date rolled over from February 30).
      data: { title: "A", date: "2024-03-10" },
      body: "Body\n",
      bodyLine: 5,
      hasFrontMatter: true,
    });
  });

  it.each([
    ["no front matter", "Just text\n", { data: {}, body: "Just text\n", bodyLine: 1, hasFrontMatter: false }],
    ["an empty block", "---\n---\nBody", { data: {}, body: "Body", bodyLine: 3, hasFrontMatter: true }],
    [
      "CRLF line endings",
      "---\r\ntitle: A\r\n---\r\nBody\r\n",
      { data: { title: "A" }, body: "Body\r\n", bodyLine: 4, hasFrontMatter: true },
    ],
    [
      "a closing line at the very end",
      "---\ntitle: A\n---",
      { data: { title: "A" }, body: "", bodyLine: 3, hasFrontMatter: true },
    ],
  ])("reads %s", (_name, raw, expected) => {
    expect(splitFrontMatter(file(raw))).toEqual(expected);
  });

  it.each([
    ["an unclosed [ at the line it opens", "---\ntitle: ok\ntags: [a, b\nauthor: x\n---\nBody\n", "yaml-syntax", 3, 7],
    ["a colon in an unquoted value", "---\ntitle: Breaking: news here\n---\nBody\n", "yaml-syntax", 2, 16],
    ["a field given twice", "---\ntitle: a\noutlet: b\ntitle: c\n---\nBody\n", "yaml-syntax", 4, 1],
    ["bad indentation", "---\ntitle: a\n  outlet: b\n---\nBody\n", "yaml-syntax", 3, 9],
    ["a list instead of fields", "---\n- a\n- b\n---\nBody\n", "front-matter-shape", 2, 1],
    ["a lone value instead of fields", "---\njust some words\n---\nBody\n", "front-matter-shape", 2, 1],
    ["no closing line", "---\ntitle: a\nBody\n", "front-matter-unclosed", 1, 1],
  ])("reports %s with its line and column", (_name, raw, code, line, column) => {
    expect(errorOf(raw)).toMatchObject({
      severity: "error",
      code,
      line,
      column,
      file: "a.md",
      hint: expect.any(String),
    });
  });

  it("refuses an alias bomb before anything walks it", () => {
    const levels = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 8; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? "*a" : `*l${i - 1}`)
          .join(",")}]`,
      );
    expect(errorOf(`---\n${levels.join("\n")}\n---\nBody\n`)).toMatchObject({
      code: "front-matter-too-large",
      line: 2,
    });
  });

  it("refuses front matter over 64 KB", () => {
    expect(errorOf(`---\nnotes: "${"x".repeat(70_000)}"\n---\nBody\n`)).toMatchObject({
      code: "front-matter-too-large",
    });
  });

  describe("front matter written as code (gray-matter's ---js engines are replaced)", () => {
    const dir = mkdtempSync(join(tmpdir(), "fm-js-"));
    const marker = join(dir, "ran");
    // Each block, evaluated by gray-matter's JavaScript engine, writes a file and sets a global.
    const code =
      `{ title: (require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x"), globalThis.frontMatterRan = 1, ` +
      `"x") }`;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("the test's block is live code: gray-matter with its default engines runs it", () => {
      const probe = join(dir, "probe");
      matter(`---js\n${code.replace(marker, probe).replace("frontMatterRan", "frontMatterProbe")}\n---\nBody\n`, {
        language: "yaml",
      });
      expect(existsSync(probe)).toBe(true);
      expect((globalThis as { frontMatterProbe?: number }).frontMatterProbe).toBe(1);
    });

    it.each(["js", "javascript", "JS", "js  ", "coffee"])("rejects ---%s at line 1 without running it", (language) => {
      const split = splitFrontMatter(file(`---${language}\n${code}\n---\nBody\n`));
      expect(split).toEqual({
        error: expect.objectContaining({
          severity: "error",
          code: "front-matter-code",
          line: 1,
          column: 1,
          file: "a.md",
        }),
      });
      if ("error" in split)
        expect(split.error.message).toContain(
          "front matter is not supported: front matter is data, never code; write YAML",
        );
      expect(existsSync(marker)).toBe(false);
      expect((globalThis as { frontMatterRan?: number }).frontMatterRan).toBeUndefined();
    });

    it("names the language in the message", () => {
      expect(errorOf(`---js\n${code}\n---\nBody\n`)?.message).toBe(
        "---js front matter is not supported: front matter is data, never code; write YAML",
      );
    });
  });

  it.each(["toml", "json"])("rejects ---%s front matter as not YAML, at line 1", (language) => {
    expect(errorOf(`---${language}\ntitle = "x"\n---\nBody\n`)).toMatchObject({
      code: "front-matter-language",
      line: 1,
    });
  });

  it.each([
    ["---yaml", { title: "A" }],
    ["---yml", { title: "A" }],
    ["---   ", { title: "A" }],
  ])("reads %j as YAML front matter", (opening, data) => {
    expect(splitFrontMatter(file(`${opening}\ntitle: A\n---\nBody\n`))).toEqual({
      data,
      body: "Body\n",
      bodyLine: 4,
      hasFrontMatter: true,
    });
  });

  it("keeps a first line of dashes and words (not a language name) as body text", () => {
    const raw = "--- Breaking news ---\nText.\n";
    expect(splitFrontMatter(file(raw))).toEqual({ data: {}, body: raw, bodyLine: 1, hasFrontMatter: false });
  });

  it("starts the body after the whole closing line, trailing blanks included", () => {
    expect(splitFrontMatter(file("---\ntitle: A\n---  \nBody\n"))).toMatchObject({ body: "Body\n", bodyLine: 4 });
  });

  it("reports a closing line that holds more than ---", () => {
    expect(errorOf("---\ntitle: A\n---x\nBody\n")).toMatchObject({ code: "front-matter-closing-line", line: 3 });
  });

  it("reports a YAML error under ---yaml at its line and column", () => {
    expect(errorOf("---yaml\ntitle: ok\ntitle: again\n---\nBody\n")).toMatchObject({
      code: "yaml-syntax",
      line: 3,
      column: 1,
    });
  });

  it("refuses a run of over 1,000 blank lines (gray-matter's comment stripping is quadratic in them)", () => {
    expect(errorOf(`---\ntitle: A\n${"\n".repeat(1500)}tags: [a]\n---\nBody\n`)).toMatchObject({
      code: "front-matter-blank-lines",
      line: 3,
    });
    expect(splitFrontMatter(file(`---\ntitle: A\n${"\n".repeat(900)}tags: [a]\n---\nBody\n`))).toMatchObject({
      data: { title: "A", tags: ["a"] },
    });
  });

  it("keeps unquoted dates and times as the text written", () => {
    const split = splitFrontMatter(file("---\ndate: 2024-02-30\nupdated: 2024-03-11T10:00:00+14:00\n---\nBody\n"));
    expect(split).toMatchObject({ data: { date: "2024-02-30", updated: "2024-03-11T10:00:00+14:00" } });
  });

  it("cleans control characters written as YAML escapes, in values and names, and names the fields", () => {
    const split = splitFrontMatter(
      file('---\ntitle: "a\\x01b"\ntags: ["c\\u0000d", ok]\nnested: { "k\\x7f": "\\x1bv" }\nplain: fine\n---\nBody\n'),
    );
    expect(split).toEqual({
      data: { title: "a\uFFFDb", tags: ["c\uFFFDd", "ok"], nested: { "k\uFFFD": "\uFFFDv" }, plain: "fine" },
      body: "Body\n",
      bodyLine: 7,
      hasFrontMatter: true,
      cleanedFields: ["title", "tags", "nested"],
    });
  });

  it("keeps a __proto__ field as data, not as the object's prototype", () => {
    const split = splitFrontMatter(file("---\n__proto__: { polluted: yes }\n---\nBody\n"));
    expect("data" in split && Object.getPrototypeOf(split.data)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
