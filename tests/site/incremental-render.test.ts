// The incremental build in place: a page whose record did not change is kept without rendering,
// a file whose bytes did not change is not touched, and the result is byte for byte what a clean
// build of the same data writes.
import { DEFAULT_CACHE_DIR } from "../../src/cache/cache-folder.js";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LEGACY_MANIFEST_FILE, manifestPath, renderSite, type RenderResult } from "../../src/site/render-site.js";
import { PAGE_SIZE } from "../../src/site/site-pages.js";
import type { SiteData } from "../../src/types.js";
import { buildFixtureSite, withNewHeadline } from "./site-fixture.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "digest-incremental-"));
  dirs.push(dir);
  return join(dir, "site");
};

/** Builds `site` into `dir` (a new folder unless given: a clean build), in place of what is there. */
async function build(
  site: SiteData,
  options: { dir?: string; prefix?: string; partPages?: number } = {},
): Promise<{ dir: string; result: RenderResult }> {
  const dir = options.dir ?? newDir();
  const result = await renderSite(site, {
    outDir: dir,
    pathPrefix: options.prefix ?? "/",
    ...(options.partPages ? { partPages: options.partPages } : {}),
  });
  return { dir, result };
}

/**
 * Every file but Pagefind's index (its chunk names carry hashes of its own) and the manifest (it records inodes), with
 * its content.
 */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((path) => !path.startsWith("pagefind"));
  return new Map(files.sort().map((path) => [path, readFileSync(join(dir, path), "utf8")]));
}

/** Each file's inode and modification time: what "not touched" means. */
function identities(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const stats = statSync(join(e.parentPath, e.name));
      return [join(e.parentPath, e.name).slice(dir.length + 1), `${stats.ino}:${stats.mtimeMs}`];
    }),
  );
}

/**
 * The site with one more story, the newest, as a build after adding today's article makes it: on
 * the home page, Japan's and the conflict topic's lists, a new archive month, and Japan's count.
 */
function withNewestStory(site: SiteData): SiteData {
  const copy = structuredClone(site);
  const template = copy.stories.find((s) => s.id === "filler-1")!;
  const date = { date: "2024-04-02", precision: "day" } as const;
  copy.stories.unshift({
    ...structuredClone(template),
    id: "breaking",
    url: "/stories/breaking/",
    headline: "Breaking story",
    published: { ...template.published, ...date },
  });
  const card = {
    ...structuredClone(copy.storyCards.find((c) => c.id === "filler-1")!),
    id: "breaking",
    url: "/stories/breaking/",
    headline: "Breaking story",
  };
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

  it("touches no file of an unchanged site, and the site is what a clean build writes", async () => {
    const first = await build(site);
    const before = identities(first.dir);
    const second = await build(site, { dir: first.dir });
    expect(first.result.kept).toBe(0);
    expect(second.result.kept).toBeGreaterThan(50);
    // Nothing is rendered again, not even the whole-site pages (indexes, sitemap, about...); the
    // exports are made in memory and compared.
    expect(second.result.rendered).toBe(0);
    expect(second.result.exported).toBeGreaterThan(0);
    expect(second.result).toMatchObject({ written: 0, removed: 0 });
    expect(identities(second.dir)).toEqual(before);
    expect(snapshot(second.dir)).toEqual(snapshot((await build(site)).dir));
  });

  it("writes the same site when Eleventy renders the pages in parts", async () => {
    const whole = await build(site);
    const inParts = await build(site, { partPages: 7 });
    expect(inParts.result.rendered).toBe(whole.result.rendered);
    expect(inParts.result.rendered).toBeGreaterThan(7 * 3);
    expect(snapshot(inParts.dir)).toEqual(snapshot(whole.dir));
  });

  it("renders the pages that show a changed story, writes only those, and matches a clean build of the new data", async () => {
    const { dir } = await build(site);
    const before = identities(dir);
    const changed = withNewHeadline(site, "filler-3", "A changed headline");
    const incremental = await build(changed, { dir });
    const full = await build(changed);
    expect(snapshot(dir)).toEqual(snapshot(full.dir));
    expect(readFileSync(join(dir, "stories/filler-3/index.html"), "utf8")).toContain("A changed headline");
    expect(
      readFileSync(join(dir, "entities/japan/index.html"), "utf8") +
        readFileSync(join(dir, "entities/japan/page/1/index.html"), "utf8"),
    ).toContain("A changed headline");
    // The summit story and its articles do not show the filler story: not touched.
    const after = identities(dir);
    expect(after.get("articles/summit-plain/index.html")).toBe(before.get("articles/summit-plain/index.html"));
    const touched = [...after].filter(([path, id]) => before.get(path) !== id).map(([path]) => path);
    expect(touched).toContain("stories/filler-3/index.html");
    expect(touched.length).toBe(incremental.result.written);
    expect(incremental.result.written).toBeLessThan(full.result.written / 3);
  });

  it("publishes no manifest: it lives in the cache folder; an older build's, inside, is read once and deleted", async () => {
    const { dir } = await build(site);
    expect(readdirSync(dir).filter((name) => name.startsWith(".digest-manifest"))).toEqual([]);
    // Nor the search index's: it is part of the site's manifest.
    expect(readdirSync(join(dir, "pagefind")).filter((name) => name.startsWith(".digest"))).toEqual([]);
    expect(Object.keys(JSON.parse(readFileSync(manifestPath(dir, DEFAULT_CACHE_DIR), "utf8")) as object)).toContain(
      "search",
    );
    // A site built before the manifest moved: it is inside, published.
    renameSync(manifestPath(dir, DEFAULT_CACHE_DIR), join(dir, LEGACY_MANIFEST_FILE));
    const before = identities(dir);
    const again = await build(site, { dir });
    expect(again.result).toMatchObject({ rendered: 0, written: 0, removed: 1 });
    expect(existsSync(join(dir, LEGACY_MANIFEST_FILE))).toBe(false);
    expect(existsSync(manifestPath(dir, DEFAULT_CACHE_DIR))).toBe(true);
    before.delete(LEGACY_MANIFEST_FILE);
    expect(identities(dir)).toEqual(before);
    // The size report's sizes are the site's files, the manifest not among them.
    expect(Object.keys(again.result.fileSizes).sort()).toEqual(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort(),
    );
  });

  it("renders a page again when its file is missing from the previous output", async () => {
    const { dir } = await build(site);
    const count = snapshot(dir).size;
    rmSync(join(dir, "articles/summit-plain/index.html"));
    await build(site, { dir });
    expect(readFileSync(join(dir, "articles/summit-plain/index.html"), "utf8")).toContain("Kishida and Biden");
    expect(snapshot(dir).size).toBe(count);
  });

  it("keeps a previous file only if it is the file that build wrote: no hand edit, no symbolic link", async () => {
    const { dir } = await build(site);
    const edited = join(dir, "articles/summit-plain/index.html");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("</body>", "<script>alert(1)</script></body>"));
    const linked = join(dir, "articles/summit-hostile/index.html");
    rmSync(linked);
    symlinkSync("/etc/passwd", linked);
    // A shard of the search index edited too.
    const shardEntry = readdirSync(join(dir, "pagefind"), { recursive: true })
      .map(String)
      .find((path) => path.endsWith("pagefind-entry.json"))!;
    writeFileSync(join(dir, "pagefind", shardEntry), "{}");
    const second = await build(site, { dir });
    expect(second.result.kept).toBeGreaterThan(50);
    expect(readFileSync(edited, "utf8")).not.toContain("<script>alert(1)");
    expect(lstatSync(linked).isSymbolicLink()).toBe(false);
    expect(readFileSync(linked, "utf8")).not.toContain("root:");
    expect(readFileSync(join(dir, "pagefind", shardEntry), "utf8")).not.toBe("{}");
    expect(snapshot(dir)).toEqual(snapshot((await build(site)).dir));
  });

  it("removes what the site does not have, and never writes through a folder replaced by a link", async () => {
    const { dir } = await build(site);
    writeFileSync(join(dir, "stories", "notes.txt"), "hand-made");
    mkdirSync(join(dir, "extra", "deep"), { recursive: true });
    writeFileSync(join(dir, "extra", "deep", "x.html"), "x");
    // The articles folder replaced by a link to a folder outside the site.
    const outside = mkdtempSync(join(tmpdir(), "digest-outside-"));
    dirs.push(outside);
    cpSync(join(dir, "articles"), outside, { recursive: true });
    rmSync(join(dir, "articles"), { recursive: true });
    symlinkSync(outside, join(dir, "articles"));
    const outsideBefore = identities(outside);
    await build(site, { dir });
    expect(existsSync(join(dir, "stories", "notes.txt"))).toBe(false);
    expect(existsSync(join(dir, "extra"))).toBe(false);
    expect(lstatSync(join(dir, "articles")).isDirectory()).toBe(true);
    expect(identities(outside)).toEqual(outsideBefore);
    expect(snapshot(dir)).toEqual(snapshot((await build(site)).dir));
  });

  it("keeps no page another tool wrote over a manifest's files (the dev server, with another prefix)", async () => {
    const prefixed = await build(site, { prefix: "/repo/" });
    // `npm start` renders into the same folder without a prefix and leaves the manifest as it was.
    const unprefixed = await build(site);
    for (const path of snapshot(unprefixed.dir).keys())
      writeFileSync(join(prefixed.dir, path), readFileSync(join(unprefixed.dir, path)));
    const again = await build(site, { prefix: "/repo/", dir: prefixed.dir });
    expect(again.result.kept).toBe(0);
    expect(readFileSync(join(prefixed.dir, "index.html"), "utf8")).toContain('href="/repo/stories/');
  });

  it("keeps no page built with another path prefix, or without a manifest", async () => {
    const { dir } = await build(site);
    const prefixed = await build(site, { prefix: "/repo/", dir });
    expect(prefixed.result.kept).toBe(0);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain('href="/repo/stories/');
    rmSync(manifestPath(dir, DEFAULT_CACHE_DIR));
    const again = await build(site, { prefix: "/repo/", dir });
    expect(again.result.kept).toBe(0);
  });

  it("keeps every older numbered page untouched when a newer story is added (pages count from the oldest)", async () => {
    // Three older pages and a few stories on the first URL.
    const big = buildFixtureSite({ extraStories: 3 * PAGE_SIZE.stories + 5 });
    const { dir } = await build(big);
    const before = snapshot(dir);
    const beforeIds = identities(dir);
    const added = withNewestStory(big);
    await build(added, { dir });
    const full = await build(added);
    expect(snapshot(dir)).toEqual(snapshot(full.dir));
    const numbered = [...before.keys()].filter(
      (path) => /(^|\/)page\/\d+\/index\.html$/.test(path) && !/^(people|places|countries|organizations)\//.test(path),
    );
    // Home, Japan, the conflict topic and January: three older pages each, or two.
    expect(numbered).toEqual(
      expect.arrayContaining([
        "page/1/index.html",
        "page/3/index.html",
        "entities/japan/page/3/index.html",
        "archive/2024/01/page/2/index.html",
      ]),
    );
    const afterIds = identities(dir);
    for (const path of numbered) expect(afterIds.get(path), path).toBe(beforeIds.get(path));
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain("Breaking story");
    expect(readFileSync(join(dir, "entities/japan/index.html"), "utf8")).toContain("Breaking story");
    expect(existsSync(join(dir, "page/4/index.html"))).toBe(false);
  });

  it("refuses two files at one path, naming it, and leaves the site as it was", async () => {
    const { dir } = await build(site);
    const before = identities(dir);
    const twice = structuredClone(site);
    twice.articles.push({ ...twice.articles[0]!, id: "copy" });
    await expect(renderSite(twice, { outDir: dir })).rejects.toThrow(
      `Two files of the site would be written to ${twice.articles[0]!.url.slice(1)}index.html`,
    );
    expect(identities(dir)).toEqual(before);
  });
});
