// The in-place commit's journal: carried out in full by the next build after a kill at any step,
// and never followed when it names a folder this tool would not have staged in, or a path
// outside the site.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { commitChanges, JOURNAL_FILE, manifestPath, rollForward, STAGED_MANIFEST } from "../../src/site/site-commit.js";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A site with two pages and a staging folder beside it holding a new version of one and a new page. */
function halfCommitted(): { out: string; staging: string } {
  const root = mkdtempSync(join(tmpdir(), "digest-commit-"));
  roots.push(root);
  const out = join(root, "site");
  const staging = join(root, ".site.building-1-abcdef");
  for (const [dir, files] of [
    [out, { "index.html": "old home", "stale/index.html": "stale" }],
    [staging, { "index.html": "new home", "new/index.html": "new page" }],
  ] as const) {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return { out, staging };
}

const isStaging = (out: string) => (path: string) =>
  dirname(path) === dirname(out) && basename(path).startsWith(`.${basename(out)}.building-`);

describe("rolling a commit forward from its journal", () => {
  it("completes the moves and deletions, whichever were done before the kill", () => {
    const { out, staging } = halfCommitted();
    // Killed after the first move: the home page is new already, the rest is not done.
    writeFileSync(join(out, "index.html"), readFileSync(join(staging, "index.html")));
    rmSync(join(staging, "index.html"));
    writeFileSync(
      join(out, JOURNAL_FILE),
      JSON.stringify({ staging, write: ["index.html", "new/index.html"], remove: ["stale/index.html"] }),
    );
    expect(rollForward(out, isStaging(out))).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new home");
    expect(readFileSync(join(out, "new/index.html"), "utf8")).toBe("new page");
    expect(existsSync(join(out, "stale"))).toBe(false);
    expect(existsSync(join(out, JOURNAL_FILE))).toBe(false);
  });

  it("does nothing without a journal", () => {
    const { out } = halfCommitted();
    expect(rollForward(out, isStaging(out))).toBe(false);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("old home");
  });

  it("deletes, without following, a journal that names another folder or a path outside the site", () => {
    for (const journal of [
      { staging: "/etc", write: ["passwd"], remove: [] },
      { write: ["index.html"], remove: ["../../victim"] },
      { write: ["/etc/passwd"], remove: [] },
      "not json",
    ]) {
      const { out, staging } = halfCommitted();
      const victim = join(dirname(out), "victim");
      writeFileSync(victim, "keep me");
      writeFileSync(
        join(out, JOURNAL_FILE),
        typeof journal === "string" ? journal : JSON.stringify({ staging, ...journal }),
      );
      expect(rollForward(out, isStaging(out))).toBe(false);
      expect(readFileSync(victim, "utf8")).toBe("keep me");
      expect(readFileSync(join(out, "index.html"), "utf8")).toBe("old home");
      expect(existsSync(join(out, JOURNAL_FILE))).toBe(false);
    }
  });

  it("replaces a folder that became a symbolic link instead of writing through it", () => {
    const { out, staging } = halfCommitted();
    const elsewhere = mkdtempSync(join(tmpdir(), "digest-elsewhere-"));
    roots.push(elsewhere);
    symlinkSync(elsewhere, join(out, "new"));
    writeFileSync(join(out, JOURNAL_FILE), JSON.stringify({ staging, write: ["new/index.html"], remove: [] }));
    expect(rollForward(out, isStaging(out))).toBe(true);
    expect(readFileSync(join(out, "new/index.html"), "utf8")).toBe("new page");
    expect(existsSync(join(elsewhere, "index.html"))).toBe(false);
  });

  it("moves the site's manifest into the cache folder, out of the published site, after every file", () => {
    const { out, staging } = halfCommitted();
    const cache = join(dirname(out), "cache");
    writeFileSync(join(staging, STAGED_MANIFEST), "new manifest");
    // Killed after the pages moved, before the manifest did.
    writeFileSync(join(out, "index.html"), "new home");
    rmSync(join(staging, "index.html"));
    writeFileSync(
      join(out, JOURNAL_FILE),
      JSON.stringify({
        staging,
        write: ["index.html", "new/index.html"],
        remove: [],
        manifest: manifestPath(out, cache),
      }),
    );
    expect(rollForward(out, isStaging(out))).toBe(true);
    expect(dirname(manifestPath(out, cache))).toBe(join(cache, "sites"));
    expect(readFileSync(manifestPath(out, cache), "utf8")).toBe("new manifest");
    expect(existsSync(join(out, STAGED_MANIFEST))).toBe(false);
    expect(readFileSync(join(out, "new/index.html"), "utf8")).toBe("new page");
  });

  it("moves the manifest to a cache folder on another file system (tmpfs here), by a copy", () => {
    const { out, staging } = halfCommitted();
    // /dev/shm is a file system of its own on Linux; elsewhere this is a plain move.
    const cache = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "digest-cache-"));
    roots.push(cache);
    writeFileSync(join(staging, STAGED_MANIFEST), "new manifest");
    commitChanges(out, { staging, write: ["index.html"], remove: [], manifest: manifestPath(out, cache) });
    expect(readFileSync(manifestPath(out, cache), "utf8")).toBe("new manifest");
    expect(existsSync(join(staging, STAGED_MANIFEST))).toBe(false);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new home");
  });

  it("keeps one manifest for each output folder in a cache folder", () => {
    expect(manifestPath("/sites/a", "/cache")).not.toBe(manifestPath("/sites/b", "/cache"));
    expect(manifestPath("/sites/a", "/cache")).toBe(manifestPath("/sites/x/../a", "/cache"));
  });

  it("refuses a journal whose manifest path is not absolute", () => {
    const { out, staging } = halfCommitted();
    writeFileSync(
      join(out, JOURNAL_FILE),
      JSON.stringify({ staging, write: ["index.html"], remove: [], manifest: "../../victim" }),
    );
    expect(rollForward(out, isStaging(out))).toBe(false);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("old home");
  });

  it("commits without a manifest when the build has none to write", () => {
    const { out, staging } = halfCommitted();
    commitChanges(out, { staging, write: ["index.html"], remove: [] });
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new home");
    expect(existsSync(join(dirname(out), "cache"))).toBe(false);
    expect(existsSync(join(out, JOURNAL_FILE))).toBe(false);
  });
});
