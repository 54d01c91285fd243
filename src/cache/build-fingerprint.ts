// The up-to-date check of `digest build`, as make, ninja or Hugo's server make it: a fingerprint
// of everything the site is made from, recorded by a build that succeeded, and compared by the
// next one before it does anything else. When nothing changed, no stage runs, nothing is written,
// and the build prints the summary the last build recorded.
//
// What the output depends on, and how each part is checked (by stat: size, modification and
// change times, inode; never by reading a file):
// - every file of the content folder, articles and the knowledge file (the listing the pipeline
//   reads, ignored files included: the summary names them);
// - the code: src/, dist/, templates/, bin/, the Eleventy configuration, the package manifests
//   and the installed dependencies' lock (node_modules/.package-lock.json), Node's version, the
//   time zone, and whether the TypeScript runs instead of dist/ (DIGEST_RUN_SOURCE);
// - the options that change the output (content and output folders, path prefix, site URL,
//   --skip-invalid) and the clock: pages carry the build's UTC day (the about page, a feed's
//   undated entries), so another day is another build;
// - the output folder as the last build left it: every entry in it, and its manifest (in the cache folder), stat'ed. That covers the
//   story-id history the build reads (data/stories.json, data/threads.json), the manifest, a
//   commit journal left by a killed build, and a page deleted or edited by hand.
// The content and code are stat'ed before the build reads them and the output after it is
// committed. A file changed while the build ran has another stamp the next time; a file changed
// within RACY_MS of its stat could be changed again within the same clock tick of its file system
// with the same stamp, so a build that saw one records nothing (as git treats "racy" entries).
import { createHash } from "node:crypto";
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Dirent,
  type Stats,
} from "node:fs";
import { join, resolve } from "node:path";
import { manifestPath } from "../site/site-commit.js";
import { RACY_MS } from "./parsed-file-cache.js";

/** Bumped when what the fingerprint covers or the record's shape changes. */
export const FINGERPRINT_FORMAT = 1;

/** Folders and files of the project whose stat is part of the code's version. */
const CODE_FOLDERS = ["src", "dist", "templates", "bin"];
const CODE_FILES = [
  ".eleventy.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  join("node_modules", ".package-lock.json"),
];
/**
 * dist/'s compile stamp (and the temporary file it is written through): bin/load-code.js moves
 * its time on whenever it finds src/ unchanged by hash, which any command may do at any moment,
 * so stamping it would make every build look racy. What it vouches for, src/, is stamped itself.
 */
const COMPILE_STAMP = /^dist[\\/]\.compiled(?:\.\d+\.tmp)?$/;

/** A file of the content folder as the pipeline lists it (src/ingest/find-content-files.ts). */
export interface ListedFile {
  path: string;
  absolutePath: string;
  absolutePathBytes?: Buffer;
  kind: string;
}

export interface InputFingerprint {
  /** sha256 over the content, the code, the settings and the day, hex. */
  hash: string;
  /** A file was changed too recently to be trusted by its stat, or could not be stat'ed: record nothing. */
  racy: boolean;
  /** Files stat'ed: content and code. */
  contentFiles: number;
  codeFiles: number;
}

/**
 * The stat fields that change whenever a file is written, replaced or touched. The change time
 * also moves when a file's times are set back after a write; but it moves too when a hard link
 * to the file is made or removed, which is how worktrees and package managers share
 * node_modules: the code's files are stamped without it.
 */
function stampOf(stats: Stats, withChangeTime = true): string {
  const type = stats.isFile() ? "f" : stats.isDirectory() ? "d" : stats.isSymbolicLink() ? "l" : "o";
  return `${type} ${stats.size} ${stats.mtimeMs} ${withChangeTime ? stats.ctimeMs : "-"} ${stats.ino} ${stats.mode}`;
}

/**
 * Everything the site is made from but the output folder, stat'ed now. `settings` holds the
 * options that change the output (values JSON can hold); `now` is the build's clock, whose UTC
 * day the pages carry.
 */
export function fingerprintInputs(options: {
  contentFiles: readonly ListedFile[];
  projectRoot: string;
  settings: Record<string, unknown>;
  now: Date;
}): InputFingerprint {
  const hash = createHash("sha256").update(`digest build fingerprint ${FINGERPRINT_FORMAT}\n`);
  const statAt = Date.now();
  let racy = false;
  // A write after this stat gives the file the clock's time then: another mtime, unless the
  // file's is within a tick of now (a change of times alone moves the ctime, also stamped).
  const add = (label: string, path: string | Buffer, content: boolean) => {
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      hash.update(`${label}\0missing\n`);
      if (content) racy = true;
      return;
    }
    if (stats.mtimeMs >= statAt - RACY_MS) racy = true;
    hash.update(`${label}\0${stampOf(stats, content)}\n`);
  };

  hash.update(
    `${JSON.stringify({
      settings: options.settings,
      day: options.now.toISOString().slice(0, 10),
      node: process.version,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      tz: process.env.TZ ?? null,
      runSource: process.env.DIGEST_RUN_SOURCE ?? null,
    })}\n`,
  );

  hash.update("content\n");
  for (const file of options.contentFiles)
    add(`${file.kind}\0${file.path}`, file.absolutePathBytes ?? file.absolutePath, true);

  hash.update("code\n");
  const root = resolve(options.projectRoot);
  const code: string[] = [...CODE_FILES];
  for (const folder of CODE_FOLDERS) {
    try {
      for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true }))
        if (!entry.isDirectory()) {
          const path = join(entry.parentPath, entry.name).slice(root.length + 1);
          if (!COMPILE_STAMP.test(path)) code.push(path);
        }
    } catch {
      hash.update(`${folder}\0missing\n`);
    }
  }
  code.sort();
  for (const path of code) add(path, join(root, path), false);
  return { hash: hash.digest("hex"), racy, contentFiles: options.contentFiles.length, codeFiles: code.length };
}

/**
 * The output folder as it is now: every entry under it, sorted by path, with its type, and each
 * file's stat (a folder's names are its entries, listed). A folder that is not there has a
 * fingerprint of its own ("missing"), never a site's.
 */
export function fingerprintOutput(outDir: string, cacheDir: string): { hash: string; files: number } {
  const root = resolve(outDir);
  let rootStats: Stats;
  try {
    rootStats = lstatSync(root);
  } catch {
    return { hash: "missing", files: 0 };
  }
  if (!rootStats.isDirectory()) return { hash: "not a folder", files: 0 };
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return { hash: "unreadable", files: 0 };
  }
  const lines: string[] = [];
  let files = 0;
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      lines.push(`${path.slice(root.length + 1)}\0d`);
      continue;
    }
    files++;
    const stats = lstatSync(path, { throwIfNoEntry: false });
    lines.push(`${path.slice(root.length + 1)}\0${stats ? stampOf(stats) : "gone"}`);
  }
  // The site's manifest, kept in the cache folder (site-commit.ts): which pages the next build may keep.
  const manifest = lstatSync(manifestPath(root, cacheDir), { throwIfNoEntry: false });
  lines.push(`../manifest\0${manifest ? stampOf(manifest) : "missing"}`);
  lines.sort();
  const hash = createHash("sha256").update(`output ${FINGERPRINT_FORMAT}\n.\0${rootStats.ino}\n`);
  hash.update(lines.join("\n"));
  return { hash: hash.digest("hex"), files };
}

/** What a successful build recorded: its fingerprint and what its summary said. */
export interface BuildRecord<Summary> {
  format: number;
  outDir: string;
  inputs: string;
  output: string;
  summary: Summary;
}

/**
 * Where the record of the last successful build into outDir is kept: the build cache folder
 * (`.cache/digest/builds/`), one small file per output folder, so that nothing is added to
 * the site or beside it.
 */
export function buildRecordFile(cacheDir: string, outDir: string): string {
  const key = createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16);
  return join(cacheDir, "builds", `${key}.json`);
}

/** The record in `file` for outDir, if one is there and whole; never throws. */
export function readBuildRecord<Summary>(file: string, outDir: string): BuildRecord<Summary> | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as Partial<BuildRecord<Summary>>;
    const valid =
      record.format === FINGERPRINT_FORMAT &&
      record.outDir === resolve(outDir) &&
      typeof record.inputs === "string" &&
      typeof record.output === "string" &&
      typeof record.summary === "object" &&
      record.summary !== null;
    return valid ? (record as BuildRecord<Summary>) : undefined;
  } catch {
    return undefined;
  }
}

/** Records kept in one cache folder (one per output folder built from there): the oldest go past this. */
export const MAX_BUILD_RECORDS = 64;

/**
 * Records a successful build (written whole under a temporary name, then renamed); best effort.
 * Past MAX_BUILD_RECORDS the records least recently written go (a test suite builds into many
 * temporary folders): an output folder without one is only built in full once more.
 */
export function writeBuildRecord<Summary>(file: string, record: Omit<BuildRecord<Summary>, "format">): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const folder = join(file, "..");
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, JSON.stringify({ format: FINGERPRINT_FORMAT, ...record }));
    renameSync(temporary, file);
    const records = readdirSync(folder).filter((name) => name.endsWith(".json"));
    if (records.length > MAX_BUILD_RECORDS) {
      const byAge = records
        .map((name) => ({ name, mtimeMs: lstatSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
        .sort((a, b) => b.mtimeMs - a.mtimeMs);
      for (const { name } of byAge.slice(MAX_BUILD_RECORDS)) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // An unwritable cache folder: the next build runs in full, nothing worse.
    rmSync(temporary, { force: true });
  }
}

/**
 * Forgets the last build's record: done before a build changes anything, so that a build that
 * fails or is stopped leaves none. Best effort: a record that could not be deleted still names
 * the output as that build left it, which any commit changes.
 */
export function clearBuildRecord(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // An unwritable cache folder (see above).
  }
}
