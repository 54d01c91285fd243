import { describe, expect, it } from "vitest";
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
      data: { title: "A", date: new Date("2024-03-10T00:00:00Z") },
      body: "Body\n",
      bodyLine: 5,
      hasFrontMatter: true,
    });
  });

  it.each([
    ["no front matter", "Just text\n", { data: {}, body: "Just text\n", bodyLine: 1, hasFrontMatter: false }],
    ["an empty block", "---\n---\nBody", { data: {}, body: "Body", bodyLine: 3, hasFrontMatter: true }],
    ["CRLF line endings", "---\r\ntitle: A\r\n---\r\nBody\r\n", { data: { title: "A" }, body: "Body\r\n", bodyLine: 4, hasFrontMatter: true }],
    ["a closing line at the very end", "---\ntitle: A\n---", { data: { title: "A" }, body: "", bodyLine: 3, hasFrontMatter: true }],
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
    expect(errorOf(raw)).toMatchObject({ severity: "error", code, line, column, file: "a.md", hint: expect.any(String) });
  });

  it("refuses an alias bomb before anything walks it", () => {
    const levels = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 8; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? "*a" : `*l${i - 1}`).join(",")}]`);
    expect(errorOf(`---\n${levels.join("\n")}\n---\nBody\n`)).toMatchObject({ code: "front-matter-too-large", line: 2 });
  });

  it("refuses front matter over 64 KB", () => {
    expect(errorOf(`---\nnotes: "${"x".repeat(70_000)}"\n---\nBody\n`)).toMatchObject({ code: "front-matter-too-large" });
  });

  it("never evaluates JavaScript front matter (gray-matter's ---js)", () => {
    const raw = "---js\n{ title: (globalThis.pwned = 1, 'x') }\n---\nBody\n";
    const split = splitFrontMatter(file(raw));
    expect(split).toMatchObject({ hasFrontMatter: false, body: raw });
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it("keeps a __proto__ field as data, not as the object's prototype", () => {
    const split = splitFrontMatter(file("---\n__proto__: { polluted: yes }\n---\nBody\n"));
    expect("data" in split && Object.getPrototypeOf(split.data)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
