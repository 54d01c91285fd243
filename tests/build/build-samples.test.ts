import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  // The same samples with a knowledge file that gives every entity a page (one story is enough).
  const pagedContent = join(root, "content-paged");
  const paged = join(root, "paged");
  let pagedFiles: string[];

  beforeAll(() => {
    result = runCli(["build", "--content", SAMPLES, "--out", out]);
    files = result.status === 0 ? listFiles(out) : [];
    mkdirSync(pagedContent);
    for (const name of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, name), join(pagedContent, name));
    writeFileSync(join(pagedContent, "knowledge.yml"), "entityPages:\n  minStories: 1\n");
    const pagedResult = runCli(["build", "--content", pagedContent, "--out", paged]);
    expect(pagedResult.stderr).toBe("");
    pagedFiles = listFiles(paged);
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
    expect(result.stdout).toMatch(
      /^Site size: [\d.]+ KB in \d+ files \(the artifact GitHub Pages receives\); [\d.]+ KB and [\d.]+ files per article\.$/m,
    );
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

  it("gives no entity a page by default, one story being less than the two entityPages.minStories asks for", () => {
    const entities = list(json("entities.json")) as {
      id: string;
      name: string;
      url: string | null;
      shard: string | null;
      stories: string[];
    }[];
    expect(entities.find((e) => e.name === "Fumio Kishida")).toMatchObject({
      url: null,
      shard: null,
      stories: [expect.any(String)],
    });
    expect(entities.every((e) => e.url === null)).toBe(true);
    expect(files.filter((f) => f.startsWith("entities/") && f !== "entities/index.html")).toEqual([]);
    // The story names its parties as plain text, not as links.
    const story = list(json("stories.json"))[0] as { url: string; shard: string };
    const [full] = JSON.parse(readFileSync(join(out, story.shard), "utf8")) as {
      parties: { name: string; url: string | null }[];
    }[];
    expect(full!.parties.every((p) => p.url === null)).toBe(true);
    const page = readFileSync(join(out, story.url, "index.html"), "utf8");
    expect(page).toMatch(/<li><span>Fumio Kishida<\/span><\/li>/);
    expect(page).not.toMatch(/href="[^"]*\/entities\/[^"]/);
  });

  it("splits the data export into an index and shards, every URL in it resolving", () => {
    for (const dir of [out, paged]) {
      for (const name of ["stories.json", "entities.json", "topics.json"]) {
        const records = list(JSON.parse(readFileSync(join(dir, "data", name), "utf8")));
        for (const record of records) {
          for (const url of [record.url, record.shard]) {
            if (url === null || url === undefined) continue;
            const file = String(url).endsWith("/") ? `${String(url)}index.html` : String(url);
            expect(listFiles(dir), `${name} ${String(record.id)}`).toContain(file.replace(/^\//, ""));
          }
        }
      }
    }
    // The index finds and cites a story; a month's shard holds the full story records (summary,
    // parties, topics, timeline); an entity's shard its seen-with list.
    const story = list(JSON.parse(readFileSync(join(paged, "data", "stories.json"), "utf8")))[0] as Record<
      string,
      unknown
    > & { id: string; shard: string };
    expect(Object.keys(story)).toEqual([
      "id",
      "url",
      "headline",
      "published",
      "firstPublished",
      "lastPublished",
      "articles",
      "formerIds",
      "shard",
    ]);
    expect(story.shard).toBe("/data/stories/2024-03.json");
    const month = JSON.parse(readFileSync(join(paged, story.shard), "utf8")) as {
      id: string;
      summary: string[];
      parties: { id: string }[];
      topics: { iptc: string }[];
      timeline: unknown[];
    }[];
    expect(month.map((s) => s.id)).toEqual([story.id]);
    expect(month[0]!.summary.length).toBeGreaterThan(0);
    expect(month[0]!.parties.map((p) => p.id)).toContain("japan");
    expect(month[0]!.topics.length).toBeGreaterThan(0);
    expect(month[0]!.timeline.length).toBeGreaterThan(0);
    const japan = (
      list(JSON.parse(readFileSync(join(paged, "data", "entities.json"), "utf8"))) as { id: string; shard: string }[]
    ).find((e) => e.id === "japan")!;
    const shard = JSON.parse(readFileSync(join(paged, japan.shard), "utf8")) as {
      id: string;
      seenWith: { id: string }[];
    }[];
    expect(shard.find((e) => e.id === "japan")?.seenWith.map((e) => e.id)).toContain("united-states");
  });

  it("writes entity pages for the parties of the summit when the knowledge file asks for one story", () => {
    const entities = list(JSON.parse(readFileSync(join(paged, "data", "entities.json"), "utf8"))) as {
      id: string;
      name: string;
      kind: string;
      url: string;
    }[];
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
      expect(pagedFiles).toContain(`${entity?.url.replace(/^\//, "")}index.html`);
    }
    expect(brokenLinks(paged)).toEqual([]);
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
    // With a size limit small enough for the samples to pass 80% of it (the guard's test hook).
    const prefixedResult = runCli(["build", "--content", SAMPLES, "--out", prefixed, "--pathprefix", "/news/"], {
      env: { DIGEST_SITE_LIMIT: "200000" },
    });
    expect(prefixedResult.status).toBe(0);
    expect(prefixedResult.stderr).toMatch(
      /^Warning: the site is [\d.]+ KB, \d+% of the 200\.0 KB a GitHub Pages site may publish\. Largest folders: \w+\/ [\d.]+ KB \(\d+ files\)/m,
    );
    expect(brokenLinks(prefixed, "/news/")).toEqual([]);
    const home = readFileSync(join(prefixed, "index.html"), "utf8");
    expect(home).toMatch(/href="\/news\/stories\//);
  });
});
