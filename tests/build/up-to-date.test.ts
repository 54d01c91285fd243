// The up-to-date check of `digest build` (issue 13): with nothing changed since the last successful
// build no stage runs and the site is not touched; any change to what the site is made from (an
// article edited, touched, added, deleted or renamed, the knowledge file, an option, the site
// folder, the day) makes a real build, whose site is the one a clean build with the same story-id
// history writes. A build that fails leaves no record behind.
//
// The builds run in this process (the command's own entry point, runBuild) so that the pipeline
// can be watched; the working folder is a temporary one, which holds the build cache.
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
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildRecordFile } from "../../src/cache/build-fingerprint.js";
import { buildCacheDir } from "../../src/cache/cache-folder.js";
import { runBuild } from "../../src/cli/command-build.js";
import * as pipeline from "../../src/pipeline/run-pipeline.js";

vi.mock("../../src/pipeline/run-pipeline.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/pipeline/run-pipeline.js")>();
  return { ...actual, runPipeline: vi.fn(actual.runPipeline) };
});
const runPipeline = vi.mocked(pipeline.runPipeline);

/** Files written an hour ago (and a second later for each change): older than any racy window. */
const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;
let tick = 0;

const article = (title: string, outlet: string, date: string, body: string) =>
  `---\ntitle: ${title}\ndate: ${date}\noutlet: ${outlet}\n---\n${body}\n`;
const ARTICLES: Record<string, string> = {
  "harbour.md": article(
    "Harbour reopens after storm",
    "Port News",
    "2024-03-11",
    "The harbour at Kingsport reopened on Monday after the storm damaged the pier. Mayor Alice Brennan said repairs would cost two million pounds.",
  ),
  "pier.md": article(
    "Kingsport pier repairs begin",
    "Coast Daily",
    "2024-03-12",
    "Repairs to the Kingsport pier began on Tuesday, a day after the harbour reopened. Alice Brennan, the town's mayor, thanked the crews.",
  ),
  "cup.md": article(
    "Rivertown wins cup final",
    "Sports Wire",
    "2024-04-02",
    "Rivertown beat Hillford 2-1 in the cup final at Central Stadium. Striker Tom Okafor scored twice.",
  ),
  "okafor.md": article(
    "Okafor double seals cup for Rivertown",
    "Port News",
    "2024-04-02",
    "Tom Okafor scored both goals as Rivertown won the cup against Hillford at Central Stadium.",
  ),
};

let root: string;
let content: string;
let out: string;
const startFolder = process.cwd();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "digest-up-to-date-"));
  // The build cache (and the record of the last build) goes under the working folder.
  process.chdir(root);
});
afterAll(() => {
  process.chdir(startFolder);
  rmSync(root, { recursive: true, force: true });
});

/** Writes a content file, its time set in the past (a file written just now is not trusted by its stat). */
function writeContent(name: string, text: string): void {
  writeFileSync(join(content, name), text);
  age(name);
}
function age(name: string): void {
  tick++;
  utimesSync(join(content, name), HOUR_AGO + tick, HOUR_AGO + tick);
}

/** One `digest build` in this process: exit code, what it printed, whether the pipeline ran. */
async function build(outDir: string, ...options: string[]) {
  const printed: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(capture);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(capture);
  runPipeline.mockClear();
  try {
    const code = await runBuild(["--content", content, "--out", outDir, "--verbose", ...options]);
    return { code, text: printed.join(""), ran: runPipeline.mock.calls.length > 0 };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** Every entry of a folder with its stat and bytes: "untouched" means equal. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stats = lstatSync(path);
    entries[path.slice(dir.length + 1)] =
      `${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino} ${entry.isFile() ? readFileSync(path, "base64") : "folder"}`;
  }
  return entries;
}

/** The published site: every file but Pagefind's (not byte-stable between runs). */
function published(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path === "pagefind" || path.startsWith("pagefind/")) continue;
    files[path] = entry.isFile() ? readFileSync(join(dir, path), "base64") : "folder";
  }
  return files;
}

/** A clean build (no cache, no site but the story-id history `history` holds) with the same options. */
async function cleanBuild(history: string | undefined, ...options: string[]) {
  const clean = join(root, `clean-${tick++}`);
  mkdirSync(join(clean, "data"), { recursive: true });
  writeFileSync(join(clean, ".digest-site"), "");
  if (history)
    for (const name of ["stories.json", "threads.json"]) cpSync(join(history, name), join(clean, "data", name));
  const result = await build(clean, "--no-cache", ...options);
  expect(result.code, result.text).toBe(0);
  return clean;
}

const record = () => buildRecordFile(buildCacheDir(content), out);

/** The story-id history the next build of `out` reads, copied aside for a clean build; none when there is none. */
function copyHistory(): string | undefined {
  if (!existsSync(join(out, "data", "stories.json"))) return undefined;
  const history = mkdtempSync(join(root, "history-"));
  for (const name of ["stories.json", "threads.json"]) cpSync(join(out, "data", name), join(history, name));
  return history;
}

describe("digest build when nothing changed", () => {
  beforeEach(async () => {
    tick = 0;
    content = join(root, "content");
    out = join(root, "site");
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    mkdirSync(content);
    for (const [name, text] of Object.entries(ARTICLES)) writeContent(name, text);
    const first = await build(out);
    expect(first.code, first.text).toBe(0);
    expect(first.ran).toBe(true);
    expect(existsSync(record()), first.text).toBe(true);
  });

  it("runs no stage, touches nothing, and prints the last summary with a line saying so", async () => {
    const before = snapshot(out);
    const last = await build(out);
    expect(last.code).toBe(0);
    expect(last.ran).toBe(false);
    expect(last.text).toMatch(/^Read 4 files: 4 articles built, 0 rejected, 0 ignored\.$/m);
    expect(last.text).toMatch(
      /^\d+ stories, \d+ entities, \d+ topics; \d+ pages in .*site\/ \([\d.]+ s, 0 warnings\)\.$/m,
    );
    expect(last.text).toMatch(/^Up to date: nothing the site is made from changed since the last build/m);
    expect(last.text).toMatch(/^Site size: /m);
    expect(last.text).toMatch(/no stage ran/);
    expect(snapshot(out)).toEqual(before);
  });

  it("prints the same summary as the build it repeats", async () => {
    rmSync(record());
    const full = await build(out);
    expect(full.ran).toBe(true);
    const fast = await build(out);
    expect(fast.ran).toBe(false);
    const summary = (text: string) =>
      text
        .split("\n")
        .filter((line) => !line.startsWith("  ") && !line.startsWith("Up to date"))
        .join("\n")
        .replace(/\([\d.]+ s,/, "(… s,");
    expect(summary(fast.text)).toBe(summary(full.text));
  });

  const changes: [string, () => void, string[]?][] = [
    [
      "an article edited",
      () => writeContent("cup.md", ARTICLES["cup.md"]!.replace("twice", "twice in the second half")),
    ],
    ["an article touched, its text the same", () => age("pier.md")],
    [
      "an article rewritten with the same size and time (its change time moves)",
      () => {
        const path = join(content, "okafor.md");
        const { mtime } = lstatSync(path);
        writeFileSync(path, readFileSync(path, "utf8"));
        utimesSync(path, mtime, mtime);
      },
    ],
    [
      "an article added",
      () =>
        writeContent(
          "final.md",
          article(
            "Hillford manager blames referee",
            "Coast Daily",
            "2024-04-03",
            "Hillford manager Sara Lind blamed the referee after the cup final against Rivertown.",
          ),
        ),
    ],
    ["an article deleted", () => rmSync(join(content, "okafor.md"))],
    ["an article renamed", () => renameSync(join(content, "pier.md"), join(content, "pier-repairs.md"))],
    ["a file that is not an article added (the summary lists it)", () => writeContent("notes.pdf", "not an article")],
    ["the knowledge file added", () => writeContent("knowledge.yml", "entityPages:\n  minStories: 1\n")],
    ["an output-changing option given", () => undefined, ["--pathprefix", "/news/"]],
  ];
  for (const [what, change, options = []] of changes) {
    it(`builds for real after ${what}, writing what a clean build writes`, async () => {
      const history = copyHistory();
      change();
      const again = await build(out, ...options);
      expect(again.code, again.text).toBe(0);
      expect(again.ran, again.text).toBe(true);
      expect(again.text).not.toMatch(/Up to date/);
      expect(published(out)).toEqual(published(await cleanBuild(history, ...options)));
      // The site is what a build reading the history it wrote writes (ids are a fixed point): the
      // build after it may skip.
      expect(published(out)).toEqual(published(await cleanBuild(copyHistory(), ...options)));
      // And now it is up to date with the change.
      const last = await build(out, ...options);
      expect(last.ran, last.text).toBe(false);
    });
  }

  it("builds for real when the knowledge file changes", async () => {
    writeContent("knowledge.yml", "entityPages:\n  minStories: 1\n");
    await build(out);
    expect((await build(out)).ran).toBe(false);
    const history = copyHistory();
    writeContent("knowledge.yml", "entityPages:\n  minStories: 2\n");
    const again = await build(out);
    expect(again.ran).toBe(true);
    expect(published(out)).toEqual(published(await cleanBuild(history)));
  });

  it("builds for real when an option that changes the site is dropped again, or --skip-invalid is given", async () => {
    expect((await build(out, "--pathprefix", "/news/")).ran).toBe(true);
    expect((await build(out)).ran).toBe(true);
    expect((await build(out, "--skip-invalid")).ran).toBe(true);
    expect((await build(out, "--skip-invalid")).ran).toBe(false);
  });

  it("leaves a stopped build's traces beside the site to a real build, which removes them", async () => {
    const leftover = join(root, ".site.building-1-aaaaaa");
    mkdirSync(leftover);
    const again = await build(out);
    expect(again.ran, again.text).toBe(true);
    expect(existsSync(leftover)).toBe(false);
    expect((await build(out)).ran).toBe(false);
  });

  it("builds in full with --no-cache", async () => {
    const full = await build(out, "--no-cache");
    expect(full.ran).toBe(true);
    expect(full.text).not.toMatch(/Up to date/);
  });

  const siteChanges: [string, () => void][] = [
    ["the site folder deleted", () => rmSync(out, { recursive: true })],
    ["a page deleted from the site", () => rmSync(join(out, "index.html"))],
    ["a page edited in the site", () => writeFileSync(join(out, "about", "index.html"), "<p>edited</p>")],
    ["a file added to the site", () => writeFileSync(join(out, "stray.html"), "<p>stray</p>")],
    ["the story-id history edited", () => writeFileSync(join(out, "data", "threads.json"), "[]")],
  ];
  for (const [what, change] of siteChanges) {
    it(`builds for real after ${what}, writing what a clean build writes`, async () => {
      change();
      const history = copyHistory();
      const again = await build(out);
      expect(again.code, again.text).toBe(0);
      expect(again.ran, again.text).toBe(true);
      expect(published(out)).toEqual(published(await cleanBuild(history)));
    });
  }

  it("builds for real on another day: the pages carry the build's day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 24 * 3600 * 1000);
      const tomorrow = await build(out);
      expect(tomorrow.ran).toBe(true);
      expect((await build(out)).ran).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not trust a content file changed within the racy window: it builds, and records nothing", async () => {
    writeFileSync(join(content, "cup.md"), ARTICLES["cup.md"]!.replace("twice", "two goals"));
    rmSync(record());
    expect((await build(out)).ran).toBe(true);
    expect(existsSync(record())).toBe(false);
    expect((await build(out)).ran).toBe(true);
  });

  it("leaves no record after a build that fails on a bad file, and builds for real once it is fixed", async () => {
    writeContent("broken.md", "---\ntitle: [unclosed\n---\nText.\n");
    const failed = await build(out);
    expect(failed.code, failed.text).toBe(1);
    expect(existsSync(record())).toBe(false);
    // The content is back as the recorded build saw it; without a record the build still runs.
    rmSync(join(content, "broken.md"));
    const fixed = await build(out);
    expect(fixed.code).toBe(0);
    expect(fixed.ran).toBe(true);
  });

  it("leaves no record after a build stopped by a failure before its commit", async () => {
    writeContent("cup.md", ARTICLES["cup.md"]!.replace("twice", "twice again"));
    vi.stubEnv("DIGEST_TEST_FAULT", "before-commit:throw");
    try {
      await expect(build(out)).rejects.toThrow(/injected fault/);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(existsSync(record())).toBe(false);
    expect((await build(out)).ran).toBe(true);
  });
});
