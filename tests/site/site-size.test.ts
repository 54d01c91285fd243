import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  formatBytes,
  measureSite,
  siteSizeOf,
  sizeLine,
  sizeWarnings,
  type SizeLimits,
} from "../../src/site/site-size.js";

// The size guard on a small made-up site, with limits scaled down instead of 800 MB of files.
describe("site size and its guard", () => {
  const dir = mkdtempSync(join(tmpdir(), "digest-size-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "index.html"), "x".repeat(1000));
  mkdirSync(join(dir, "entities", "a"), { recursive: true });
  for (let i = 0; i < 5; i++) writeFileSync(join(dir, "entities", `e${i}.json`), "y".repeat(2000));
  writeFileSync(join(dir, "entities", "a", "index.html"), "z".repeat(500));
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "stories.json"), "[]");
  // A path over tar's 100-byte name field costs a long-name record of its own.
  const long = `entities/${"a-long-entity-name-".repeat(5)}`;
  mkdirSync(join(dir, long));
  writeFileSync(join(dir, long, "index.html"), "w".repeat(700));
  /** What `tar` itself writes for the folder, as actions/upload-pages-artifact runs it. */
  const tarBytes = () => {
    const tar = spawnSync("tar", ["--directory", dir, "-cf", "-", "."], { maxBuffer: 1 << 26 });
    expect(tar.status, String(tar.stderr)).toBe(0);
    return tar.stdout.length;
  };

  it("counts the bytes of the tar GitHub Pages receives, and files per top-level part", async () => {
    const size = await measureSite(dir, { filesPerFolder: 1000 });
    expect(size.files).toBe(9);
    expect(size.bytes).toBe(tarBytes());
    expect(size.parts[0]).toMatchObject({ path: "entities", files: 7 });
    // Each entities/ file: a header and its data in whole blocks (2000 -> 2048, 500 -> 512, 700 ->
    // 1024, the long path's file and folder a long-name record each); each folder (entities/, entities/a/, the long one) a header.
    const longRecord = (name: string) => 512 + Math.ceil((Buffer.byteLength(name) + 1) / 512) * 512;
    expect(size.parts[0]!.bytes).toBe(
      5 * (512 + 2048) +
        (512 + 512) +
        (longRecord(`./${long}/index.html`) + 512 + 1024) +
        (longRecord(`./${long}/`) + 512) +
        2 * 512,
    );
    expect(size.parts.map((p) => p.path).sort()).toEqual(["(root files)", "data", "entities"]);
    expect(size.crowded).toEqual([]);
    expect(sizeLine(size, 2)).toMatch(
      new RegExp(
        `^Site size: ${formatBytes(size.bytes).replace(".", "\\.")} in 9 files \\(the artifact GitHub Pages receives\\); .* and 4\\.5 files per article\\.$`,
      ),
    );
  });

  it("says nothing below 80% of the limit and up to the files-per-folder limit", async () => {
    const size = await measureSite(dir, { filesPerFolder: 5 });
    expect(sizeWarnings(size, { siteBytes: Math.ceil(size.bytes / 0.79), warnShare: 0.8, filesPerFolder: 5 })).toEqual(
      [],
    );
  });

  it("warns past 80% of the limit with the largest folders, and on a folder with too many files", async () => {
    const limits: SizeLimits = { siteBytes: Math.floor(tarBytes() / 0.85), warnShare: 0.8, filesPerFolder: 4 };
    const size = await measureSite(dir, limits);
    const warnings = sizeWarnings(size, limits);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^Warning: the site is .*, 85% of the .* a GitHub Pages site may publish\. Largest folders: entities\/ .* \(7 files\), /,
    );
    expect(warnings[0]).toMatch(/minStories/);
    expect(warnings[1]).toBe(
      "Warning: 1 folder holds more than 4 files: entities/ (5 files). Hosts and tools slow down on such folders.",
    );
  });

  it("gives the same figures from the file sizes a build recorded, without walking the files", async () => {
    const recorded = {
      "index.html": 1000,
      ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`entities/e${i}.json`, 2000])),
      "entities/a/index.html": 500,
      [`${long}/index.html`]: 700,
      "data/stories.json": 2,
    };
    for (const filesPerFolder of [1000, 4]) {
      const walked = await measureSite(dir, { filesPerFolder });
      expect(siteSizeOf(recorded, { filesPerFolder })).toEqual(walked);
    }
    // The recorded sizes are what counts: no file is read or stat'ed (1,000 bytes -> 1,536 is a block more).
    const bigger = siteSizeOf({ ...recorded, "index.html": 1500 });
    expect(bigger.parts.find((p) => p.path === "(root files)")!.bytes).toBe(512 + 1536);
  });

  it("formats sizes in decimal units", () => {
    expect([formatBytes(512), formatBytes(38_200), formatBytes(172_400_000), formatBytes(1_200_000_000)]).toEqual([
      "512 B",
      "38.2 KB",
      "172.4 MB",
      "1.20 GB",
    ]);
  });
});
