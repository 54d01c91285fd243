// Issue 15, items 3, 4, 5 and 12: what `digest build` may replace, how it puts a new site in place
// (failures and kills at each moment of the commit), the lock between builds, stopping a build
// started through npx, and what a failed or killed build leaves behind. Through the real command.
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lockfile from "proper-lockfile";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDigestSite, SITE_MARKER } from "../../src/site/output-folder.js";
import { JOURNAL_FILE } from "../../src/site/site-commit.js";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(PROJECT, "bin", "digest.js");
const ARTICLE =
  "---\ntitle: Harbour reopens after storm\ndate: 2024-03-11\noutlet: Port News\n---\nThe harbour reopened on " +
  "Monday after the storm damaged the pier.\n";

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  onSpawn?: (child: ReturnType<typeof spawn>) => void,
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: PROJECT, env: { ...process.env, DIGEST_SITE_URL: "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    onSpawn?.(child);
  });
}

const digest = (args: string[], env?: Record<string, string>, onSpawn?: (child: ReturnType<typeof spawn>) => void) =>
  run(process.execPath, [BIN, ...args], env, onSpawn);

/** Every file under dir with its bytes, paths relative and sorted. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = entry.isFile()
      ? readFileSync(path, "base64")
      : entry.isDirectory()
        ? "dir"
        : "other";
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

/** Entries beside the output folder (a build must leave none). */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name !== "site");

let root: string;
let content: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "digest-out-"));
  content = join(root, "content");
  mkdirSync(content);
  writeFileSync(join(content, "harbour.md"), ARTICLE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder under root for one test, with `site` built into it when asked. */
async function workspace(name: string, built = false): Promise<{ dir: string; out: string }> {
  const dir = join(root, name);
  mkdirSync(dir);
  const out = join(dir, "site");
  if (built) {
    const first = await digest(["build", "--content", content, "--out", out]);
    expect(first.code, first.stderr).toBe(0);
  }
  return { dir, out };
}

describe("--out is compared by real path and by what it holds", () => {
  it("refuses a folder of other files, and says what to do", async () => {
    const { out } = await workspace("docs");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    const result = await digest(["build", "--content", content, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('holds files this tool did not write ("notes.txt"');
    expect(result.stderr).toContain("Pass --out an empty or new folder");
    expect(result.stderr).not.toMatch(/^\w*Error: /m);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine");
  });

  it("refuses a folder of the project, such as its templates", async () => {
    const before = snapshot(join(PROJECT, "templates"));
    const result = await digest(["build", "--content", content, "--out", "templates"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--out templates: holds files this tool did not write");
    expect(snapshot(join(PROJECT, "templates"))).toEqual(before);
  });

  it("refuses a regular file", async () => {
    const { dir } = await workspace("file");
    const file = join(dir, "report.pdf");
    writeFileSync(file, "%PDF");
    const result = await digest(["build", "--content", content, "--out", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is a file, not a folder");
    expect(readFileSync(file, "utf8")).toBe("%PDF");
  });

  it("refuses a symbolic link, even to a site, and keeps the link", async () => {
    const { dir, out } = await workspace("link", true);
    const link = join(dir, "published");
    symlinkSync(out, link);
    const result = await digest(["build", "--content", content, "--out", link]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is a symbolic link");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("refuses a content folder that is the output folder under another name", async () => {
    const { dir, out } = await workspace("content-link");
    mkdirSync(out);
    writeFileSync(join(out, SITE_MARKER), "");
    writeFileSync(join(out, "harbour.md"), ARTICLE);
    const alias = join(dir, "articles");
    symlinkSync(out, alias);
    const result = await digest(["build", "--content", alias, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("holds the content folder");
    expect(readFileSync(join(out, "harbour.md"), "utf8")).toBe(ARTICLE);
  });

  it("refuses a mount point before doing any work, naming the folder", async () => {
    const result = await digest(["build", "--content", content, "--out", "/proc"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--out /proc: is a mount point");
    expect(result.stderr).toContain("Pass --out a folder inside it");
    expect(result.stderr).not.toContain("EBUSY");
  });

  it("takes a site built before the marker existed as one of its own", async () => {
    const { out } = await workspace("older");
    mkdirSync(out);
    expect(isDigestSite(out)).toBe(false);
    writeFileSync(join(out, ".digest-manifest.json"), "{}");
    expect(isDigestSite(out)).toBe(true);
  });
});

/**
 * The site as published, but for the manifest (it records inodes) and Pagefind's files (its
 * filter and meta files differ from one run to the next for the same pages).
 */
const published = (dir: string) =>
  Object.fromEntries(
    Object.entries(snapshot(dir)).filter(([path]) => path !== ".digest-manifest.json" && !path.startsWith("pagefind/")),
  );

describe("the commit never leaves a half-written site, nor a failure where there is none", () => {
  it("succeeds, with a warning, when its working folder cannot be deleted; the next build removes it", async () => {
    const { dir, out } = await workspace("undeletable", true);
    const failed = await digest(["build", "--content", content, "--out", out], {
      DIGEST_TEST_FAULT: "delete-staging:throw",
    });
    expect(failed.code, failed.stderr).toBe(0);
    expect(failed.stdout).toMatch(
      /warning: The new site is in place, but this build's working folder could not be deleted: .*\.site\.building-/,
    );
    expect(existsSync(join(out, SITE_MARKER))).toBe(true);
    expect(leftovers(dir)).toHaveLength(1);
    const next = await digest(["build", "--content", content, "--out", out]);
    expect(next.code, next.stderr).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });

  it("says the new site is in place when interrupted after the commit", async () => {
    const { dir, out } = await workspace("interrupted-delete", true);
    const result = await digest(["build", "--content", content, "--out", out], {
      DIGEST_TEST_FAULT: "delete-staging:sigint",
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain("after the new site was put in place");
    expect(result.stderr).not.toContain("unchanged");
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, JOURNAL_FILE))).toBe(false);
    // No lock: the next build can start, and deletes the working folder left.
    expect(leftovers(dir)).toEqual([]);
  });

  // A kill (kill -9, a power cut) at each moment of the commit: before the journal the previous
  // site is whole; from the journal on, the next build completes the new one before it reads
  // anything, even a build that then fails on its own content.
  for (const [point, whole] of [
    ["before-commit", "previous"],
    ["commit-journal", "new"],
    ["commit-renames", "new"],
    // Every file moved, the manifest (in the cache folder) not yet.
    ["commit-manifest", "new"],
  ] as const) {
    it(`leaves the ${whole} site whole after a kill at ${point}`, async () => {
      const { dir, out } = await workspace(`killed-${point}`, true);
      const before = published(out);
      const more = join(dir, "more");
      mkdirSync(more);
      writeFileSync(join(more, "harbour.md"), ARTICLE);
      writeFileSync(
        join(more, "ferry.md"),
        ARTICLE.replace("Harbour reopens after storm", "Ferry timetable changes").replace(
          "harbour reopened",
          "ferry timetable changed",
        ),
      );
      // What the build would have made: the same build, not stopped, from a copy of the previous site.
      const reference = join(dir, "reference");
      cpSync(out, reference, { recursive: true });
      const built = await digest(["build", "--content", more, "--out", reference]);
      expect(built.code, built.stderr).toBe(0);

      const killed = await digest(["build", "--content", more, "--out", out], { DIGEST_TEST_FAULT: `${point}:kill` });
      expect(killed.signal).toBe("SIGKILL");
      expect(existsSync(join(out, JOURNAL_FILE))).toBe(whole === "new");
      const badContent = join(dir, "bad");
      mkdirSync(badContent);
      writeFileSync(join(badContent, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
      const next = await digest(["build", "--content", badContent, "--out", out]);
      expect(next.code).toBe(1);
      expect(published(out)).toEqual(whole === "new" ? published(reference) : before);
      expect(Object.keys(published(out)).some((path) => path.startsWith("articles/ferry"))).toBe(whole === "new");
      expect(leftovers(dir).filter((name) => !["bad", "more", "reference"].includes(name))).toEqual([]);
    });
  }

  it("leaves no staging folder when rendering fails", async () => {
    const { dir, out } = await workspace("render-fails", true);
    const before = snapshot(out);
    const failed = await digest(["build", "--content", content, "--out", out], {
      DIGEST_TEST_FAULT: "before-commit:throw",
    });
    expect(failed.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("puts back a site that a build before the in-place commit left retired between its two renames", async () => {
    const { dir, out } = await workspace("older-swap", true);
    const before = snapshot(out);
    renameSync(out, join(dir, ".site.old-1234-abcdef"));
    const next = await digest(["build", "--content", join(dir, "missing"), "--out", out]);
    expect(next.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
  });
});

describe("builds share an output folder through a lock, not process ids", () => {
  it("refuses to start while another build (another container, say) holds the lock, and touches nothing of it", async () => {
    const { dir, out } = await workspace("locked", true);
    // Another build's staging folder, from a process id that may well exist in no container here.
    const theirs = join(dir, ".site.building-999999-abcdef");
    mkdirSync(theirs);
    writeFileSync(join(theirs, "index.html"), "theirs");
    const release = await lockfile.lock(out, { realpath: false, lockfilePath: join(dir, ".site.lock") });
    try {
      const result = await digest(["build", "--content", content, "--out", out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("Another build is writing");
      expect(readFileSync(join(theirs, "index.html"), "utf8")).toBe("theirs");
    } finally {
      await release();
    }
    // With the lock free, what is left beside the output is stale: the next build removes it.
    const next = await digest(["build", "--content", content, "--out", out]);
    expect(next.code, next.stderr).toBe(0);
    expect(existsSync(theirs)).toBe(false);
  });

  it("removes the search documents of a build killed while indexing", async () => {
    const { dir, out } = await workspace("killed-indexing", true);
    mkdirSync(join(dir, ".site.building-1-aaaaaa.search-bbbbbb", "stories"), { recursive: true });
    const next = await digest(["build", "--content", content, "--out", out]);
    expect(next.code, next.stderr).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("the README's command can be stopped", () => {
  it("stops the build when npx is sent SIGTERM, leaving the previous site", async () => {
    const { dir, out } = await workspace("npx", true);
    const before = snapshot(out);
    // New content: a build that went on would change the site.
    const more = join(dir, "content");
    mkdirSync(more);
    writeFileSync(join(more, "harbour.md"), ARTICLE);
    writeFileSync(join(more, "ferry.md"), ARTICLE.replace("Harbour reopens after storm", "Ferry timetable changes"));
    const lock = join(dir, ".site.lock");
    let sawLock = false;
    await run("npx", ["--no-install", "digest", "build", "--content", more, "--out", out], {}, (child) => {
      const poll = setInterval(() => {
        if (existsSync(lock)) {
          sawLock = true;
          clearInterval(poll);
          child.kill("SIGTERM");
        }
      }, 20);
      child.on("close", () => clearInterval(poll));
    });
    expect(sawLock).toBe(true);
    // The build (npx's grandchild) holds the lock until it ends: wait for that, then look.
    await new Promise<void>((resolvePromise) => {
      const poll = setInterval(() => {
        if (!existsSync(lock)) {
          clearInterval(poll);
          resolvePromise();
        }
      }, 50);
    });
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(dir)).toEqual(["content"]);
  });
});
