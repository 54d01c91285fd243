// Issue 15 item 9: control characters written as YAML escapes (`title: "a\x01b"`) are made by the
// YAML parser, after the file's text was cleaned; one such article made feed.xml ill-formed.
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

/** Characters outside XML 1.0's `Char` production: any one makes a document ill-formed. */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("front matter strings with control characters written as YAML escapes", () => {
  let dir = "";
  let build: ReturnType<typeof runCli>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fm-escapes-"));
    const article = [
      "---",
      'title: "Border talks\\x01 resume in Geneva"',
      'outlet: "Wire\\x02 Service"',
      'authors: ["Ann\\x03 Lee"]',
      'tags: ["diplo\\x1bmacy"]',
      'entities: ["Ruri\\u0000tania"]',
      'mood: "calm\\x7f"',
      "date: 2024-03-11",
      "---",
      "Leaders of Ruritania and Freedonia met in Geneva on Monday to resume talks on their border.",
      "",
    ].join("\n");
    await mkdir(join(dir, "content"));
    await writeFile(join(dir, "content", "border-talks.md"), article);
    build = runCli(["build", "--content", join(dir, "content"), "--out", join(dir, "_site")], {
      env: { DIGEST_SITE_URL: "" },
    });
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("builds the article, with a warning naming each field", () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toMatch(/1 articles built/);
    for (const [line, field] of [
      [2, "title"],
      [3, "outlet"],
      [4, "authors"],
      [5, "tags"],
      [6, "entities"],
      [7, "mood"],
    ] as const) {
      expect(build.stdout + build.stderr).toContain(`border-talks.md:${line}:`);
      expect(build.stdout + build.stderr).toContain(`front matter "${field}" holds invisible control characters`);
    }
  });

  it("writes feeds, pages and data without a character XML forbids", () => {
    const out = join(dir, "_site");
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && /\.(xml|html|json)$/.test(e.name),
    );
    expect(files.some((e) => e.name === "feed.xml")).toBe(true);
    for (const entry of files) {
      const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
      expect(NOT_XML_CHAR.exec(text)?.[0], join(entry.parentPath, entry.name)).toBeUndefined();
    }
    const feed = readFileSync(join(out, "feed.xml"), "utf8");
    expect(feed).toContain("Border talks\uFFFD resume in Geneva");
  });
});
