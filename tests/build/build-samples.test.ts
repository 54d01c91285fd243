import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { brokenLinks, listFiles } from "../helpers/site-links.js";

// The whole pipeline on the two sample articles, through the real command line.
const SAMPLES = "tests/fixtures/samples";
describe("digest build on the sample content", () => {
  const root = mkdtempSync(join(tmpdir(), "digest-build-"));
  const out = join(root, "site");
  const prefixed = join(root, "prefixed");
  let result: ReturnType<typeof runCli>;
  let files: string[];

  beforeAll(() => {
    result = runCli(["build", "--content", SAMPLES, "--out", out]);
    files = result.status === 0 ? listFiles(out) : [];
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const json = (name: string) => JSON.parse(readFileSync(join(out, "data", name), "utf8"));
  const list = (value: unknown): Record<string, unknown>[] =>
    (Array.isArray(value) ? value : Object.values(value as object).find(Array.isArray)) as Record<string, unknown>[];

  it("succeeds and prints a summary", () => {
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Read 2 files: 2 articles built, 0 rejected, 0 ignored/);
    expect(result.stdout).toMatch(/1 stories?/);
  });

  it("writes a home page, the story page and both article pages", () => {
    expect(files).toContain("index.html");
    const stories = list(json("stories.json"));
    expect(stories).toHaveLength(1);
    const story = stories[0] as { url: string; articles: { path: string; url: string }[] };
    expect(story.articles.map((a) => a.path).sort()).toEqual(["000_1544b0afc51780d7.txt", "002_3e46861d0261ddd1.txt"]);
    expect(files).toContain(`${story.url.replace(/^\//, "")}index.html`);
    for (const article of story.articles) expect(files).toContain(`${article.url.replace(/^\//, "")}index.html`);
  });

  it("writes entity pages for the parties of the summit", () => {
    const entities = list(json("entities.json")) as { id: string; name: string; kind: string; url: string }[];
    const byName = new Map(entities.map((e) => [e.name, e]));
    for (const [name, kind] of [
      ["Japan", "country"],
      ["United States", "country"],
      ["Ukraine", "country"],
      ["Russia", "country"],
      ["China", "country"],
      ["Joe Biden", "person"],
      ["Fumio Kishida", "person"],
    ]) {
      const entity = byName.get(name as string);
      expect(entity, name).toBeDefined();
      expect(entity?.kind).toBe(kind);
      expect(files).toContain(`${entity?.url.replace(/^\//, "")}index.html`);
    }
  });

  it("writes topic pages with IPTC codes", () => {
    const topics = list(json("topics.json")) as { iptc: string; url: string }[];
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topic.iptc).toMatch(/^medtop:\d{8}$/);
      expect(files).toContain(`${topic.url.replace(/^\//, "")}index.html`);
    }
  });

  it("has no broken internal link", () => {
    expect(brokenLinks(out)).toEqual([]);
  });

  it("prefixes every link with --pathprefix", () => {
    const prefixedResult = runCli(["build", "--content", SAMPLES, "--out", prefixed, "--pathprefix", "/news/"]);
    expect(prefixedResult.status).toBe(0);
    expect(brokenLinks(prefixed, "/news/")).toEqual([]);
    const home = readFileSync(join(prefixed, "index.html"), "utf8");
    expect(home).toMatch(/href="\/news\/stories\//);
  });
});
