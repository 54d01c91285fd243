// The fingerprint behind `digest build`'s up-to-date check (src/cache/build-fingerprint.ts): what
// changes it and what does not. The command's behaviour is tested in tests/build/up-to-date.test.ts.
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildRecordFile,
  clearBuildRecord,
  fingerprintInputs,
  fingerprintOutput,
  MAX_BUILD_RECORDS,
  readBuildRecord,
  writeBuildRecord,
} from "../../src/cache/build-fingerprint.js";
import { findContentFiles } from "../../src/ingest/find-content-files.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { renderSite } from "../../src/site/render-site.js";

const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;
let root: string;
let project: string;
let content: string;

function write(path: string, text: string, seconds = HOUR_AGO): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, seconds, seconds);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "build-fingerprint-"));
  project = join(root, "project");
  content = join(root, "content");
  for (const file of [
    "src/cli/main.ts",
    "dist/cli/main.js",
    "templates/assets/site.css",
    "bin/digest.js",
    ".eleventy.js",
    "package.json",
    "node_modules/.package-lock.json",
  ])
    write(join(project, file), `// ${file}\n`);
  write(join(content, "a.md"), "---\ntitle: A\n---\nText.\n");
  write(join(content, "knowledge.yml"), "entityPages:\n  minStories: 1\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const NOON = new Date("2026-03-04T12:00:00Z");
async function inputs(settings: Record<string, unknown> = { pathPrefix: "/" }, now = NOON) {
  return fingerprintInputs({ contentFiles: await findContentFiles(content), projectRoot: project, settings, now });
}

describe("the inputs' fingerprint", () => {
  it("is the same while nothing changes, and trusts files written well before it", async () => {
    const first = await inputs();
    expect(first.racy).toBe(false);
    expect(first.contentFiles).toBe(2);
    expect(first.codeFiles).toBeGreaterThanOrEqual(7);
    expect((await inputs()).hash).toBe(first.hash);
  });

  it.each([
    ["an article edited", () => write(join(content, "a.md"), "---\ntitle: A\n---\nOther text.\n")],
    ["an article touched", () => utimesSync(join(content, "a.md"), HOUR_AGO + 5, HOUR_AGO + 5)],
    ["an article added", () => write(join(content, "b.md"), "---\ntitle: B\n---\nText.\n")],
    ["an ignored file added", () => write(join(content, "notes.pdf"), "pdf")],
    ["the knowledge file edited", () => write(join(content, "knowledge.yml"), "entityPages:\n  minStories: 2\n")],
    ["a source file edited", () => write(join(project, "src/cli/main.ts"), "// edited\n")],
    ["a source file added", () => write(join(project, "src/cli/other.ts"), "// new\n")],
    ["the compiled code edited", () => write(join(project, "dist/cli/main.js"), "// recompiled\n")],
    ["a template or asset edited", () => write(join(project, "templates/assets/site.css"), "body{}\n")],
    ["the Eleventy configuration edited", () => write(join(project, ".eleventy.js"), "// edited\n")],
    ["a dependency installed", () => write(join(project, "node_modules/.package-lock.json"), "{}\n")],
    ["package.json edited", () => write(join(project, "package.json"), "{}\n")],
  ])("changes with %s", async (_what, change) => {
    const before = await inputs();
    change();
    expect((await inputs()).hash).not.toBe(before.hash);
  });

  it("does not change when a hard link to a code file is made (shared node_modules), but does for a content file", async () => {
    const before = await inputs();
    linkSync(join(project, "node_modules/.package-lock.json"), join(root, "another-worktree-lock.json"));
    const linked = await inputs();
    expect(linked.hash).toBe(before.hash);
    linkSync(join(content, "a.md"), join(root, "a-backup.md"));
    expect((await inputs()).hash).not.toBe(linked.hash);
  });

  it("neither changes nor turns racy when the compile stamp is rewritten just now (bin/load-code.js moves it on)", async () => {
    write(join(project, "dist/.compiled"), '{"started":1,"sources":"a"}\n');
    const before = await inputs();
    write(join(project, "dist/.compiled"), '{"started":2,"sources":"a"}\n', Date.now() / 1000);
    write(join(project, "dist/.compiled.123.tmp"), "{}\n", Date.now() / 1000);
    const after = await inputs();
    expect(after.racy).toBe(false);
    expect(after.hash).toBe(before.hash);
    write(join(project, "dist/cli/main.js"), "// recompiled just now\n", Date.now() / 1000);
    expect((await inputs()).racy, "the compiled code itself is stamped").toBe(true);
  });

  it("changes with the options that change the site, and with the day, not the time of day", async () => {
    const base = await inputs({ pathPrefix: "/" });
    expect((await inputs({ pathPrefix: "/news/" })).hash).not.toBe(base.hash);
    expect((await inputs({ pathPrefix: "/" }, new Date("2026-03-04T00:00:01Z"))).hash).toBe(base.hash);
    expect((await inputs({ pathPrefix: "/" }, new Date("2026-03-04T23:59:59Z"))).hash).toBe(base.hash);
    expect((await inputs({ pathPrefix: "/" }, new Date("2026-03-05T00:00:00Z"))).hash).not.toBe(base.hash);
  });

  it("does not trust a content file written just now, nor one that cannot be stat'ed", async () => {
    write(join(content, "b.md"), "---\ntitle: B\n---\nText.\n", Date.now() / 1000);
    expect((await inputs()).racy).toBe(true);
    const files = await findContentFiles(content);
    rmSync(join(content, "b.md"));
    expect(fingerprintInputs({ contentFiles: files, projectRoot: project, settings: {}, now: NOON }).racy).toBe(true);
  });
});

describe("the site's fingerprint", () => {
  it("sees the folder missing, a file added, edited or deleted, and nothing else", () => {
    const site = join(root, "site");
    expect(fingerprintOutput(site, join(root, "cache")).hash).toBe("missing");
    write(join(site, "index.html"), "<p>home</p>");
    write(join(site, "stories/a/index.html"), "<p>a</p>");
    const first = fingerprintOutput(site, join(root, "cache"));
    expect(first.files).toBe(2);
    expect(fingerprintOutput(site, join(root, "cache")).hash).toBe(first.hash);
    readFileSync(join(site, "index.html"));
    expect(fingerprintOutput(site, join(root, "cache")).hash).toBe(first.hash);
    write(join(site, "stories/a/index.html"), "<p>b</p>");
    const edited = fingerprintOutput(site, join(root, "cache"));
    expect(edited.hash).not.toBe(first.hash);
    rmSync(join(site, "stories/a/index.html"));
    const deleted = fingerprintOutput(site, join(root, "cache"));
    expect(deleted.hash).not.toBe(edited.hash);
    mkdirSync(join(site, "stories/b"));
    expect(fingerprintOutput(site, join(root, "cache")).hash).not.toBe(deleted.hash);
  });
});

describe("the record of the last build", () => {
  it("is read back for its own output folder only, and is gone once cleared", () => {
    const file = buildRecordFile(join(root, "cache"), join(root, "site"));
    expect(readBuildRecord(file, join(root, "site"))).toBeUndefined();
    writeBuildRecord(file, { outDir: join(root, "site"), inputs: "i", output: "o", summary: { pages: 3 } });
    expect(readBuildRecord(file, join(root, "site"))).toMatchObject({
      inputs: "i",
      output: "o",
      summary: { pages: 3 },
    });
    expect(readBuildRecord(file, join(root, "other"))).toBeUndefined();
    expect(buildRecordFile(join(root, "cache"), join(root, "other"))).not.toBe(file);
    writeFileSync(file, "{ damaged");
    expect(readBuildRecord(file, join(root, "site"))).toBeUndefined();
    clearBuildRecord(file);
    clearBuildRecord(file);
    expect(readdirSync(join(file, ".."))).toEqual([]);
  });
});

describe("the records of many output folders", () => {
  it("keeps the most recently written, up to MAX_BUILD_RECORDS", () => {
    const cache = join(root, "cache");
    const files: string[] = [];
    for (let i = 0; i <= MAX_BUILD_RECORDS; i++) {
      const outDir = join(root, `site-${i}`);
      const file = buildRecordFile(cache, outDir);
      writeBuildRecord(file, { outDir, inputs: "i", output: "o", summary: {} });
      utimesSync(file, HOUR_AGO + i, HOUR_AGO + i);
      files.push(file);
    }
    // The write past the limit removed the oldest; writing a record again keeps the count.
    writeBuildRecord(files[MAX_BUILD_RECORDS]!, {
      outDir: join(root, `site-${MAX_BUILD_RECORDS}`),
      inputs: "i",
      output: "o",
      summary: {},
    });
    const kept = readdirSync(join(files[0]!, ".."));
    expect(kept).toHaveLength(MAX_BUILD_RECORDS);
    expect(existsSync(files[0]!)).toBe(false);
    expect(existsSync(files[1]!)).toBe(true);
    expect(existsSync(files[MAX_BUILD_RECORDS]!)).toBe(true);
  });
});

// The check compares the build's UTC day, not its instant: that holds only while no page carries
// more of the clock than its day. Two builds at either end of one day must write the same site.
describe("what the site takes from the clock", () => {
  it("is the day alone: builds at 00:00:01 and 23:59:59 UTC write the same files", async () => {
    write(
      join(content, "b.md"),
      "---\ntitle: Harbour reopens\noutlet: Port News\n---\nThe harbour at Kingsport reopened after the storm.\n",
    );
    const sites: Record<string, string>[] = [];
    for (const now of ["2026-03-04T00:00:01Z", "2026-03-04T23:59:59Z"]) {
      const { site } = await runPipeline({ contentDir: content, now: new Date(now), cache: false, workers: 0 });
      const out = join(root, `site-${sites.length}`);
      await renderSite(site, { outDir: out, siteUrl: "" });
      const files: Record<string, string> = {};
      for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
        const path = join(entry.parentPath, entry.name).slice(out.length + 1);
        if (!entry.isFile() || path.startsWith("pagefind/")) continue;
        files[path] = readFileSync(join(out, path), "base64");
      }
      sites.push(files);
    }
    expect(Object.keys(sites[0]!).length).toBeGreaterThan(5);
    expect(sites[1]).toEqual(sites[0]);
  });
});
