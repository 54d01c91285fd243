import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { ingestContent, type IngestResult } from "../../src/ingest/ingest-content.js";
import { EXPECTED, makeHostileFolder, WINDOWS_1252_TITLE } from "../robustness/hostile-folder.js";

describe("ingestContent over a folder holding every bad case", () => {
  let root: string;
  let result: IngestResult;
  beforeAll(async () => {
    const folder = await makeHostileFolder();
    root = folder.root;
    result = await ingestContent(folder.content);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("accounts for every file: found = articles + rejected + ignored + knowledge", () => {
    expect(result.articles.map((a) => a.sourcePath)).toEqual(EXPECTED.built);
    expect(result.rejected.map((r) => r.path).sort()).toEqual(Object.keys(EXPECTED.rejected).sort());
    expect(result.ignored.map((r) => r.path).sort()).toEqual(EXPECTED.ignored);
    expect(result.knowledge?.path).toBe("knowledge.yml");
    expect(result.found.length).toBe(result.articles.length + result.rejected.length + result.ignored.length + 1);
  });

  it.each(Object.entries(EXPECTED.rejected))("rejects %s with an error coded %s, its reason and position", (path, code) => {
    const errors = result.diagnostics.filter((d) => d.file === path && d.severity === "error");
    expect(errors.map((d) => d.code)).toContain(code);
    expect(result.rejected.find((r) => r.path === path)?.reason).toMatch(/^line \d+: ./);
  });

  it("gives every diagnostic a line, a column and what to do", () => {
    for (const d of result.diagnostics) {
      expect(formatDiagnostic(d), d.code).toMatch(/^[^\s:]+:\d+:\d+ {2}(error|warning) {2}\S.* {2}\S/);
    }
  });

  it("has an error for every rejected file and none for a built one", () => {
    const withErrors = new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    expect([...withErrors].sort()).toEqual(Object.keys(EXPECTED.rejected).sort());
  });

  it("keeps identical articles once, whatever their line endings", () => {
    expect(result.ignored.filter((r) => r.reason === "identical to valid-plain-text.txt").map((r) => r.path)).toEqual([
      "zz-copy-of-plain-text.txt",
      "zz-crlf-copy-of-plain-text.txt",
    ]);
  });

  it("gives every article a distinct id of one safe path segment", () => {
    const ids = result.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const byPath = Object.fromEntries(result.articles.map((a) => [a.sourcePath, a.id]));
    expect(byPath).toMatchObject({
      "valid-peace-talks-2.md": "peace-talks",
      "valid-peace-talks.md": "peace-talks-2",
      "valid-cyrillic.md": "vladimir-putin-vstretilsya-s-ministrami",
      "valid-arabic.md": "mhmd-bn-slmn-ystqbl-wfd",
      "valid-japanese.md": expect.stringMatching(/^an-tian-wen-xiong-/),
      "valid-emoji-title.md": "u1f525-u1f525-u1f525",
      "valid-slug-escape.md": "escaped-slug",
      "valid-permalink-escape.md": "permalink-that-leaves-the-site",
    });
  });

  it("decodes Windows-1252, UTF-16 and BOM files, and reads CRLF front matter", () => {
    const title = (path: string) => result.articles.find((a) => a.sourcePath === path)?.title;
    expect(title("valid-windows-1252.txt")).toBe(WINDOWS_1252_TITLE);
    expect(title("valid-utf16.txt")).toBe("Ferry service resumes");
    expect(title("valid-bom.md")).toBe("Byte order mark first");
    expect(result.articles.find((a) => a.sourcePath === "valid-crlf.md")).toMatchObject({ title: "Line endings from Windows", published: { date: "2024-03-05" } });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ file: "valid-windows-1252.txt", code: "not-utf8", severity: "warning" }));
  });

  it("keeps unknown fields as extra data", () => {
    expect(result.articles.find((a) => a.sourcePath === "valid-unknown-fields.md")?.extra).toEqual({ mood: "angry", editor_notes: "check the figures", tittle: "a typo of title" });
  });

  it("reports the malformed YAML at the line of the unclosed bracket", () => {
    expect(result.diagnostics.find((d) => d.file === "invalid-malformed-yaml.md")).toMatchObject({ line: 3, column: 7 });
  });
});
