// The incremental build: a page whose record did not change is reused from the previous output,
// and the result is byte for byte what a full build of the same data writes.
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MANIFEST_FILE, renderSite, type RenderResult } from "../../src/site/render-site.js";
import { PAGE_SIZE } from "../../src/site/site-pages.js";
import type { SiteData } from "../../src/types.js";
import { buildFixtureSite, withNewHeadline } from "./site-fixture.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function build(site: SiteData, options: { previousDir?: string; prefix?: string } = {}): Promise<{ dir: string; result: RenderResult }> {
  const dir = mkdtempSync(join(tmpdir(), "digest-incremental-"));
  dirs.push(dir);
  const result = await renderSite(site, { outDir: dir, quiet: true, pathPrefix: options.prefix ?? "/", ...(options.previousDir ? { previousDir: options.previousDir } : {}) });
  return { dir, result };
}

/** Every file but Pagefind's index (its chunk names carry hashes of its own), with its content. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((path) => !path.startsWith("pagefind"));
  return new Map(files.sort().map((path) => [path, readFileSync(join(dir, path), "utf8")]));
}


/**
 * The site with one more story, the newest, as a build after adding today's article makes it: on
 * the home page, Japan's and the conflict topic's lists, a new archive month, and Japan's count.
 */
function withNewestStory(site: SiteData): SiteData {
  const copy = structuredClone(site);
  const template = copy.stories.find((s) => s.id === "filler-1")!;
  const date = { date: "2024-04-02", precision: "day" } as const;
  copy.stories.unshift({ ...structuredClone(template), id: "breaking", url: "/stories/breaking/", headline: "Breaking story", published: { ...template.published, ...date } });
  const card = { ...structuredClone(copy.storyCards.find((c) => c.id === "filler-1")!), id: "breaking", url: "/stories/breaking/", headline: "Breaking story" };
  card.date = { ...card.date, ...date };
  copy.storyCards.unshift(card);
  const japan = copy.entities.find((e) => e.id === "japan")!;
  japan.stories.unshift(card);
  japan.articleCount += 1;
  copy.topics.find((t) => t.stories.some((c) => c.id === "filler-1"))!.stories.unshift(card);
  copy.archive.unshift({ month: "2024-04", url: "/archive/2024/04/", stories: [card] });
  return copy;
}

describe("incremental render", () => {
  // Lists longer than a page, so they have numbered pages.
  const site = buildFixtureSite({ extraStories: PAGE_SIZE.stories + 5 });

  it("reuses every page of an unchanged site and writes the same files as a full build", async () => {
    const first = await build(site);
    const second = await build(site, { previousDir: first.dir });
    expect(first.result.kept).toBe(0);
    expect(second.result.kept).toBeGreaterThan(50);
    // Only whole-site files (indexes, exports, sitemap, about...) are rendered again.
    expect(second.result.rendered).toBeLessThan(20);
    expect(snapshot(second.dir)).toEqual(snapshot(first.dir));
    // Kept pages are hard links to the previous build's files, not copies.
    expect(statSync(join(second.dir, "stories/us-japan-summit/index.html")).ino).toBe(statSync(join(first.dir, "stories/us-japan-summit/index.html")).ino);
  });

  it("renders the pages that show a changed story, and matches a full build of the new data", async () => {
    const first = await build(site);
    const changed = withNewHeadline(site, "filler-3", "A changed headline");
    const incremental = await build(changed, { previousDir: first.dir });
    const full = await build(changed);
    expect(snapshot(incremental.dir)).toEqual(snapshot(full.dir));
    expect(readFileSync(join(incremental.dir, "stories/filler-3/index.html"), "utf8")).toContain("A changed headline");
    expect(readFileSync(join(incremental.dir, "entities/japan/index.html"), "utf8") + readFileSync(join(incremental.dir, "entities/japan/page/1/index.html"), "utf8")).toContain("A changed headline");
    // The summit story and its articles do not show the filler story: they are kept.
    expect(statSync(join(incremental.dir, "articles/summit-plain/index.html")).ino).toBe(statSync(join(first.dir, "articles/summit-plain/index.html")).ino);
    expect(incremental.result.rendered).toBeLessThan(full.result.rendered);
  });

  it("renders a page again when its file is missing from the previous output", async () => {
    const first = await build(site);
    rmSync(join(first.dir, "articles/summit-plain/index.html"));
    const second = await build(site, { previousDir: first.dir });
    expect(readFileSync(join(second.dir, "articles/summit-plain/index.html"), "utf8")).toContain("Kishida and Biden");
    expect(snapshot(second.dir).size).toBe(snapshot(first.dir).size + 1);
  });

  it("reuses a previous file only if it is the file that build wrote: no hand edit, no symbolic link", async () => {
    const first = await build(site);
    const edited = join(first.dir, "articles/summit-plain/index.html");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("</body>", "<script>alert(1)</script></body>"));
    const linked = join(first.dir, "articles/filler-1-a/index.html");
    rmSync(linked);
    symlinkSync("/etc/passwd", linked);
    // A shard of the search index edited too.
    const shardEntry = readdirSync(join(first.dir, "pagefind"), { recursive: true }).map(String).find((path) => path.endsWith("pagefind-entry.json"))!;
    writeFileSync(join(first.dir, "pagefind", shardEntry), "{}");
    const second = await build(site, { previousDir: first.dir });
    expect(second.result.kept).toBeGreaterThan(50);
    expect(readFileSync(join(second.dir, "articles/summit-plain/index.html"), "utf8")).not.toContain("<script>alert(1)");
    expect(lstatSync(join(second.dir, "articles/filler-1-a/index.html")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(second.dir, "articles/filler-1-a/index.html"), "utf8")).not.toContain("root:");
    expect(readFileSync(join(second.dir, "pagefind", shardEntry), "utf8")).not.toBe("{}");
    const full = await build(site);
    expect(snapshot(second.dir)).toEqual(snapshot(full.dir));
  });

  it("reuses no page another tool wrote over a manifest's files (the dev server, with another prefix)", async () => {
    const prefixed = await build(site, { prefix: "/repo/" });
    // `npm start` renders into the same folder without a prefix and leaves the manifest as it was.
    const unprefixed = await build(site);
    for (const path of snapshot(unprefixed.dir).keys()) if (path !== MANIFEST_FILE) writeFileSync(join(prefixed.dir, path), readFileSync(join(unprefixed.dir, path)));
    const again = await build(site, { prefix: "/repo/", previousDir: prefixed.dir });
    expect(again.result.kept).toBe(0);
    expect(readFileSync(join(again.dir, "index.html"), "utf8")).toContain('href="/repo/stories/');
  });

  it("reuses nothing built with another path prefix, or without a manifest", async () => {
    const first = await build(site);
    const prefixed = await build(site, { prefix: "/repo/", previousDir: first.dir });
    expect(prefixed.result.kept).toBe(0);
    expect(readFileSync(join(prefixed.dir, "index.html"), "utf8")).toContain('href="/repo/stories/');
    rmSync(join(first.dir, MANIFEST_FILE));
    const again = await build(site, { previousDir: first.dir });
    expect(again.result.kept).toBe(0);
  });

  it("keeps every older numbered page byte for byte when a newer story is added (pages count from the oldest)", async () => {
    // Three older pages and a few stories on the first URL.
    const big = buildFixtureSite({ extraStories: 3 * PAGE_SIZE.stories + 5 });
    const first = await build(big);
    const added = withNewestStory(big);
    const incremental = await build(added, { previousDir: first.dir });
    const full = await build(added);
    expect(snapshot(incremental.dir)).toEqual(snapshot(full.dir));
    const before = snapshot(first.dir);
    const numbered = [...before.keys()].filter((path) => /(^|\/)page\/\d+\/index\.html$/.test(path) && !/^(people|places|countries|organizations)\//.test(path));
    // Home, Japan, the conflict topic and January: three older pages each, or two.
    expect(numbered).toEqual(expect.arrayContaining(["page/1/index.html", "page/3/index.html", "entities/japan/page/3/index.html", "archive/2024/01/page/2/index.html"]));
    for (const path of numbered) {
      expect(readFileSync(join(incremental.dir, path), "utf8"), path).toBe(before.get(path));
      expect(statSync(join(incremental.dir, path)).ino, path).toBe(statSync(join(first.dir, path)).ino);
    }
    expect(readFileSync(join(incremental.dir, "index.html"), "utf8")).toContain("Breaking story");
    expect(readFileSync(join(incremental.dir, "entities/japan/index.html"), "utf8")).toContain("Breaking story");
    expect(existsSync(join(incremental.dir, "page/4/index.html"))).toBe(false);
  });
});
