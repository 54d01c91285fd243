import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { articlesFromSources, ingestContent, type IngestResult } from "../../src/ingest/ingest-content.js";
import type { SourceFile } from "../../src/types.js";
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

  it.each(Object.entries(EXPECTED.rejected))(
    "rejects %s with an error coded %s, its reason and position",
    (path, code) => {
      const errors = result.diagnostics.filter((d) => d.file === path && d.severity === "error");
      expect(errors.map((d) => d.code)).toContain(code);
      expect(result.rejected.find((r) => r.path === path)?.reason).toMatch(/^line \d+: ./);
    },
  );

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
    expect(result.articles.find((a) => a.sourcePath === "valid-crlf.md")).toMatchObject({
      title: "Line endings from Windows",
      published: { date: "2024-03-05" },
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ file: "valid-windows-1252.txt", code: "not-utf8", severity: "warning" }),
    );
  });

  it("keeps unknown fields as extra data", () => {
    expect(result.articles.find((a) => a.sourcePath === "valid-unknown-fields.md")?.extra).toEqual({
      mood: "angry",
      editor_notes: "check the figures",
      tittle: "a typo of title",
    });
  });

  it("reports the malformed YAML at the line of the unclosed bracket", () => {
    expect(result.diagnostics.find((d) => d.file === "invalid-malformed-yaml.md")).toMatchObject({
      line: 3,
      column: 7,
    });
  });
});

describe("articlesFromSources ids", () => {
  const source = (path: string, title: string, body = "Text of the article."): SourceFile => ({
    path,
    absolutePath: `/c/${path}`,
    raw: `---\ntitle: "${title}"\n---\n${body} ${path}\n`,
    hash: path,
  });

  it("numbers shared headlines -2, -3, … and skips numbers another headline already took", () => {
    const sources = [
      source("a.md", "Talks resume"),
      source("b.md", "Talks resume 3"),
      source("c.md", "Talks resume"),
      source("d.md", "Talks resume"),
      source("e.md", "Talks resume"),
      source("f.md", "Talks resume 2"),
    ];
    expect(articlesFromSources(sources).articles.map((a) => a.id)).toEqual([
      "talks-resume",
      "talks-resume-3",
      "talks-resume-2",
      "talks-resume-4",
      "talks-resume-5",
      "talks-resume-2-2",
    ]);
  });

  it("gives 10,000 articles sharing a headline distinct ids in order", () => {
    const sources = Array.from({ length: 10_000 }, (_, n) =>
      source(`s${String(n).padStart(5, "0")}.md`, "Same headline"),
    );
    const ids = articlesFromSources(sources).articles.map((a) => a.id);
    expect(ids.slice(0, 3)).toEqual(["same-headline", "same-headline-2", "same-headline-3"]);
    expect(ids.at(-1)).toBe("same-headline-10000");
    expect(new Set(ids).size).toBe(10_000);
  });

  it("keeps texts differing only in line endings and trailing whitespace once, and different texts apart", () => {
    const raw = "Plain text line one.\nLine two.";
    const sources: SourceFile[] = [
      { path: "a.txt", absolutePath: "/c/a.txt", raw, hash: "1" },
      { path: "b.txt", absolutePath: "/c/b.txt", raw: `${raw.replace(/\n/g, "\r\n")}\r\n \t\n`, hash: "2" },
      { path: "c.txt", absolutePath: "/c/c.txt", raw: `${raw} More.`, hash: "3" },
      { path: "d.txt", absolutePath: "/c/d.txt", raw: `  ${raw}`, hash: "4" },
    ];
    const result = articlesFromSources(sources);
    expect(result.articles.map((a) => a.sourcePath)).toEqual(["a.txt", "c.txt", "d.txt"]);
    expect(result.duplicates).toEqual([{ path: "b.txt", reason: "identical to a.txt" }]);
  });
});

describe("ingestContent with file names that are not UTF-8", () => {
  it("reads the file by its raw bytes and shows the bad bytes as \\xNN", async () => {
    const { mkdtemp, mkdir, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const root = await mkdtemp(join(tmpdir(), "digest-latin1-"));
    try {
      // Built as Buffers: a string path would be re-encoded as UTF-8 by Node.
      const folder = Buffer.concat([Buffer.from(join(root, "caf")), Buffer.from([0xe9])]);
      await mkdir(folder);
      const file = Buffer.concat([folder, Buffer.from("/r"), Buffer.from([0xe9]), Buffer.from("sum")]);
      await writeFile(Buffer.concat([file, Buffer.from(".md")]), "---\ntitle: Latin-1 named\n---\nA body of text.\n");
      await writeFile(
        Buffer.concat([file, Buffer.from("2.md")]),
        "---\ntitle: Latin-1 named too\n---\nAnother body.\n",
      );
      const result = await ingestContent(root);
      expect(result.rejected).toEqual([]);
      expect(result.articles.map((a) => a.sourcePath).sort()).toEqual([
        "caf\\xE9/r\\xE9sum.md",
        "caf\\xE9/r\\xE9sum2.md",
      ]);
      const warnings = result.diagnostics.filter((d) => d.code === "file-name-not-utf8");
      expect(warnings.map((d) => d.file).sort()).toEqual(["caf\\xE9/r\\xE9sum.md", "caf\\xE9/r\\xE9sum2.md"]);
      expect(warnings[0]?.message).toMatch(/not valid UTF-8/);
      expect(warnings[0]?.hint).toMatch(/rename/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
