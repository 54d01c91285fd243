// The sharded search index, one document per story: a rebuild indexes only the shards holding a
// changed, added or removed story, links the others from the previous build, and ends up with
// the same bundles a full index of the new site holds.
import { DEFAULT_CACHE_DIR } from "../../src/cache/cache-folder.js";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { pageContext } from "../../src/site/pages/page-context.js";
import { PreviousOutput } from "../../src/site/previous-output.js";
import { manifestPath, renderSite, type SiteManifest } from "../../src/site/render-site.js";
import { filterValue, searchDocuments } from "../../src/site/search-documents.js";
import { renderVersion } from "../../src/site/site-code-version.js";
import { runPagefind, SHARDS_FILE } from "../../src/site/run-pagefind.js";
import { shardFolder, shardOf } from "../../src/site/search-shard.js";
import type { SiteData } from "../../src/types.js";
import { indexFragments } from "./search-index-content.js";
import { buildFixtureSite, withNewHeadline } from "./site-fixture.js";

const SHARDS = 8;

/** A page fragment as Pagefind stores it (gzip, after a signature). */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs)
    for (const path of [dir, manifestPath(dir, DEFAULT_CACHE_DIR)]) rmSync(path, { recursive: true, force: true });
});

async function render(site: SiteData, previousDir?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "digest-search-"));
  dirs.push(dir);
  await renderSite(site, { outDir: dir, ...(previousDir ? { previousDir } : {}) });
  return dir;
}

/** Indexes a site's search documents into `dir` with a fixed shard count. */
function index(dir: string, site: SiteData, options: { shards?: number; previousDir?: string } = {}) {
  return runPagefind(dir, {
    documents: searchDocuments(site),
    version: "test",
    shards: SHARDS,
    ...options,
  });
}

/** The shard of a story's search document. */
const shardOfStory = (id: string, shards = SHARDS) => shardOf(`stories/${id}/index.html`, shards);

/**
 * What the search index holds, per shard: its page count and its page fragments (URL, title,
 * text, filters of each page; named by a hash of their content). Pagefind's filter and meta files
 * vary from run to run for the same pages (hash-map order), so they are not compared byte for byte.
 */
function indexContent(dir: string): Map<string, string> {
  const root = join(dir, "pagefind");
  const content = new Map<string, string>();
  for (const shard of readdirSync(root).filter((name) => name.startsWith("shard-"))) {
    const entry = JSON.parse(readFileSync(join(root, shard, "pagefind-entry.json"), "utf8")) as {
      languages: { en?: { page_count: number } };
    };
    content.set(`${shard} pages`, String(entry.languages.en?.page_count));
  }
  for (const [fragment, hash] of indexFragments(dir)) content.set(fragment, hash);
  return content;
}

const RUNTIME = ["pagefind.js", "pagefind-worker.js", "wasm.en.pagefind"];

/** The bundles holding Pagefind's runtime; each must hold all of it. */
function runtimeBundles(dir: string): string[] {
  const root = join(dir, "pagefind");
  return readdirSync(root)
    .filter((name) => name.startsWith("shard-"))
    .sort()
    .filter((shard) => {
      const present = RUNTIME.filter((file) => existsSync(join(root, shard, file)));
      if (present.length > 0 && present.length < RUNTIME.length)
        throw new Error(`${shard} has part of the runtime: ${present.join(", ")}`);
      return present.length === RUNTIME.length;
    });
}

describe("runPagefind in shards", () => {
  const site = buildFixtureSite({ extraStories: 25 });
  const nonEmpty = new Set(site.stories.map((story) => shardOfStory(story.id))).size;
  let before: string;

  beforeAll(async () => {
    before = await render(site);
    expect(await index(before, site)).toMatchObject({
      documents: site.stories.length,
      shards: SHARDS,
      reindexed: nonEmpty,
      reused: 0,
      documentsIndexed: site.stories.length,
    });
  });

  it("writes one bundle per non-empty shard, lists them, and keeps one copy of the runtime and none of Pagefind's UIs", () => {
    const { bundles } = JSON.parse(readFileSync(join(before, "pagefind", SHARDS_FILE), "utf8")) as {
      bundles: string[];
    };
    expect(bundles).toHaveLength(nonEmpty);
    expect(bundles).toEqual([...bundles].sort());
    expect(runtimeBundles(before)).toEqual([bundles[0]]);
    for (const bundle of bundles) {
      const files = readdirSync(join(before, "pagefind", bundle));
      // What a merged index loads; the first one, the primary, adds the runtime. No UI: the search
      // page has its own (templates/assets/search.js).
      expect(files).toEqual(expect.arrayContaining(["pagefind-entry.json", "index", "fragment", "filter"]));
      expect(files.filter((file) => /-ui\.(js|css)$/.test(file))).toEqual([]);
    }
    expect(readdirSync(join(before, "pagefind")).filter((file) => /-ui\.(js|css)$/.test(file))).toEqual([]);
  });

  it("holds one document per story, at the story's URL, with each article's text under its own anchor", () => {
    const fragments = readdirSync(join(before, "pagefind"))
      .filter((name) => name.startsWith("shard-"))
      .flatMap((shard) =>
        readdirSync(join(before, "pagefind", shard, "fragment")).map(
          (name) =>
            JSON.parse(
              gunzipSync(readFileSync(join(before, "pagefind", shard, "fragment", name)))
                .toString("utf8")
                .replace(/^pagefind_dcd/, ""),
            ) as Fragment,
        ),
      );
    expect(fragments.map((f) => f.url).sort()).toEqual(site.stories.map((story) => story.url).sort());
    const summit = fragments.find((f) => f.url === "/stories/us-japan-summit/")!;
    expect(summit.meta.title).toBe("Japan and US to boost missile production for Ukraine, Kishida to visit");
    // Both articles' text, the plain one and the markdown one (syntax gone, hostile markup as text).
    expect(summit.content).toContain("Japan plans to co-produce missiles.");
    expect(summit.content).toContain("Raw <script>");
    expect(summit.content).toContain("Heading");
    expect(summit.content).not.toContain("# Heading");
    expect(summit.anchors.map((a) => a.id)).toEqual(["article-summit-plain", "article-summit-hostile"]);
    expect(summit.filters.outlet).toEqual(expect.arrayContaining(["Nikkei"].map(filterValue)));
    expect(summit.filters.entity).toEqual(
      expect.arrayContaining(["Fumio Kishida", "Joe Biden", "Japan"].map(filterValue)),
    );
    expect(summit.filters.topic?.length).toBeGreaterThan(0);
    // Each article's byline is part of its section.
    expect(summit.content).toContain("Nikkei · March 2024");
  });

  it("re-indexes only the shard of a changed story, links the rest, and matches a full index", async () => {
    const changed = withNewHeadline(site, "filler-3", "A changed headline");
    const after = await render(changed, before);
    const result = await index(after, changed, { previousDir: before });
    expect(result).toMatchObject({ shards: SHARDS, reindexed: 1, reused: nonEmpty - 1 });
    expect(result.documentsIndexed).toBeLessThan(result.documents / 2);
    // Kept shards are hard links to the previous build's files, not copies.
    const kept = [...Array(SHARDS).keys()].find(
      (shard) => shard !== shardOfStory("filler-3") && existsSync(join(before, "pagefind", shardFolder(shard))),
    )!;
    const entry = (dir: string) => statSync(join(dir, "pagefind", shardFolder(kept), "pagefind-entry.json")).ino;
    expect(entry(after)).toBe(entry(before));
    // The same documents in the same shards as indexing the new site from scratch.
    const full = await render(changed);
    await index(full, changed);
    expect(indexContent(after)).toEqual(indexContent(full));
  });

  it("re-indexes nothing when only what the index leaves out changed (related stories, ranking scores)", async () => {
    const changed = structuredClone(site);
    for (const story of changed.stories) {
      story.related = [];
      for (const party of story.parties) party.score /= 2;
    }
    const after = await render(changed, before);
    expect(await index(after, changed, { previousDir: before })).toMatchObject({ reindexed: 0, reused: nonEmpty });
  });

  it("re-indexes the story's shard when an article of it changes", async () => {
    const changed = structuredClone(site);
    const article = changed.articles.find((a) => a.id === "summit-plain")!;
    article.body = article.body.replace("co-produce missiles", "co-produce shells");
    const after = await render(changed, before);
    expect(await index(after, changed, { previousDir: before })).toMatchObject({
      reindexed: 1,
      documentsIndexed: expect.any(Number),
    });
    expect(
      readdirSync(join(after, "pagefind", shardFolder(shardOfStory("us-japan-summit")), "fragment")).length,
    ).toBeGreaterThan(0);
  });

  it("re-indexes the shards of added and removed stories", async () => {
    const bigger = buildFixtureSite({ extraStories: 27 });
    const grown = await render(bigger, before);
    const added = new Set(["filler-26", "filler-27"].map((id) => shardOfStory(id)));
    expect(await index(grown, bigger, { previousDir: before })).toMatchObject({ reindexed: added.size });
    const shrunk = await render(site, grown);
    expect(await index(shrunk, site, { previousDir: grown })).toMatchObject({ reindexed: added.size });
    expect(indexContent(shrunk)).toEqual(indexContent(before));
  });

  it("rebuilds in place: nothing when nothing changed, one shard for one changed story", async () => {
    const dir = await render(site);
    await index(dir, site);
    expect(await index(dir, site)).toMatchObject({ reindexed: 0, reused: nonEmpty, documentsIndexed: 0 });
    const changed = withNewHeadline(site, "us-japan-summit", "Summit moved");
    expect(await index(dir, changed)).toMatchObject({
      reindexed: 1,
      reused: nonEmpty - 1,
      documentsIndexed: expect.any(Number),
    });
  });

  it("keeps the runtime in the first bundle alone when the first shard empties and fills again", async () => {
    const all = searchDocuments(site);
    const first = Math.min(...all.map((doc) => shardOf(doc.path, SHARDS)));
    const without = all.filter((doc) => shardOf(doc.path, SHARDS) !== first);
    const bundles = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, "pagefind", SHARDS_FILE), "utf8")) as { bundles: string[] }).bundles;
    const run = async (documents: typeof all, previousDir?: string, dir?: string) => {
      const out = dir ?? mkdtempSync(join(tmpdir(), "digest-search-"));
      if (!dir) dirs.push(out);
      const result = await runPagefind(out, {
        documents,
        version: "test",
        shards: SHARDS,
        ...(previousDir ? { previousDir } : {}),
      });
      expect(runtimeBundles(out)).toEqual([bundles(out)[0]]);
      return { out, result };
    };
    const full = await run(all);
    expect(bundles(full.out)[0]).toBe(shardFolder(first));
    // The next shard becomes the first: unchanged, but without a runtime, so it is indexed again.
    const shrunk = await run(without, full.out);
    expect(shrunk.result).toMatchObject({ reindexed: 1, reused: nonEmpty - 2 });
    // The first shard is back: the one after it keeps its index and loses its runtime.
    const grown = await run(all, shrunk.out);
    expect(grown.result).toMatchObject({ reindexed: 1, reused: nonEmpty - 1 });
    expect(indexContent(grown.out)).toEqual(indexContent(full.out));
    // The same in place.
    expect((await run(without, undefined, grown.out)).result).toMatchObject({ reindexed: 1 });
    expect((await run(all, undefined, grown.out)).result).toMatchObject({ reindexed: 1 });
  });

  it("indexes everything again when the shard count or the version changes, and leaves no stale shard behind", async () => {
    const dir = await render(site);
    await index(dir, site);
    expect(await index(dir, site, { shards: 2 })).toMatchObject({ shards: 2, reindexed: 2, reused: 0 });
    expect(
      readdirSync(join(dir, "pagefind"))
        .filter((name) => name.startsWith("shard-"))
        .sort(),
    ).toEqual(["shard-00", "shard-01"]);
    const other = await runPagefind(dir, {
      documents: searchDocuments(site),
      version: "other",
      shards: 2,
    });
    expect(other).toMatchObject({ reindexed: 2, reused: 0 });
  });

  it("indexes a document whose path a glob cannot spell (sent as content instead)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-search-"));
    dirs.push(dir);
    const [summit] = searchDocuments(site);
    const odd = { ...summit!, path: "stories/odd,{name}[1]/index.html" };
    expect(await runPagefind(dir, { documents: [summit!, odd] })).toMatchObject({
      shards: 1,
      reindexed: 1,
      documentsIndexed: 2,
    });
    const entry = JSON.parse(readFileSync(join(dir, "pagefind", "shard-00", "pagefind-entry.json"), "utf8")) as {
      languages: { en: { page_count: number } };
    };
    expect(entry.languages.en.page_count).toBe(2);
  });

  it("uses one shard for a small site by default", async () => {
    const dir = await render(site);
    // renderSite indexed it already: one bundle, kept by a second run given the site's manifest,
    // which holds what the index was made from (the index itself publishes no manifest).
    expect(JSON.parse(readFileSync(join(dir, "pagefind", SHARDS_FILE), "utf8"))).toEqual({ bundles: ["shard-00"] });
    expect(existsSync(join(dir, "pagefind", ".digest-search.json"))).toBe(false);
    const version = await renderVersion(pageContext());
    const manifest = JSON.parse(readFileSync(manifestPath(dir, DEFAULT_CACHE_DIR), "utf8")) as SiteManifest;
    const previous = new PreviousOutput(dir, manifest.files);
    const staging = mkdtempSync(join(tmpdir(), "digest-search-staging-"));
    dirs.push(staging);
    const keepInPlace = { dir, intact: (path: string, hash: string) => previous.intact(path, hash) };
    const documents = searchDocuments(site);
    expect(
      await runPagefind(staging, { documents, version, keepInPlace: { ...keepInPlace, manifest: manifest.search } }),
    ).toMatchObject({ shards: 1, reindexed: 0, reused: 1 });
    // Without it, everything is indexed again.
    rmSync(join(staging, "pagefind"), { recursive: true, force: true });
    expect(await runPagefind(staging, { documents, version, keepInPlace })).toMatchObject({ reindexed: 1, reused: 0 });
  });

  it("reports a Pagefind that cannot start as a search-index error saying what to do, and leaves no documents behind", async () => {
    // Pagefind runs on a worker thread (pagefind-shards.ts): its failure must still reach the build.
    const dir = mkdtempSync(join(tmpdir(), "digest-search-broken-"));
    dirs.push(dir);
    const saved = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = join(dir, "no-such-pagefind");
    try {
      const error = await index(join(dir, "site"), site).then(
        () => undefined,
        (e: unknown) => e as { name: string; message: string; hint: string },
      );
      expect(error?.name).toBe("SearchIndexError");
      expect(error?.message).toBe("Pagefind backend closed.");
      expect(error?.hint).toContain("Build again");
    } finally {
      if (saved === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
      else process.env.PAGEFIND_EXTENDED_BINARY_PATH = saved;
    }
    expect(readdirSync(dir).sort()).toEqual(["site"]);
  });
});
