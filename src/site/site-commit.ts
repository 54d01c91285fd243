// Puts a build's changes into the output folder in place, so that the files that did not change
// are never touched (a rebuild after adding one article moves a few dozen files, not 27,000).
//
// The build writes its new and changed files into a staging folder beside the output (same file
// system: the output folder is never a mount point), then commits:
//   1. a journal listing every move and deletion is written into the output folder (written to
//      a temporary name, flushed, renamed: it exists whole or not at all). This is the commit
//      point: before it the previous site is untouched; after it the build's site will be there.
//   2. stale files are deleted, emptied folders removed, and the staged files renamed over the
//      old ones (each rename atomic), the site's manifest last;
//   3. the journal is deleted.
// The site's manifest (what each file was made from, for the next build: render-site.ts) is not
// published: it lives in the build's cache folder, one file per output folder
// (`.cache/digest/sites/`; issue 16: 1 MB on 1,000 articles, counted against the site's size
// budget). Not beside the output folder: a build writes nothing outside its output folder but
// its cache, and a site published from the repository (`--out docs`) would carry the file in
// git. It is moved last, once every file is in place. A manifest older than the files (a build
// killed before the move) is safe: a file is kept only if it is still the very file the manifest
// records (size, time, inode), and a missing one (another cache folder) means every page is
// rendered.
// A build killed during 2 leaves the journal: the next build (or `npm start`) first rolls the
// commit forward from it, before it reads anything, so the site is the new one, whole. A build
// stopped before 1 leaves only its staging folder, which the next build deletes. The steps of 2
// run synchronously, so Ctrl-C (handled between event-loop turns) cannot stop them half-way.
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";
import { faultPoint } from "./fault-point.js";

/** The journal of a commit under way, inside the output folder. */
export const JOURNAL_FILE = ".digest-commit.json";

/** The site's manifest as the build stages it, at the root of its staging folder (never a page's path). */
export const STAGED_MANIFEST = ".digest-manifest.json";

/** Where the manifest of the site in outDir lives: in the cache folder, outside what is published. */
export function manifestPath(outDir: string, cacheDir: string): string {
  const key = createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16);
  return join(resolve(cacheDir), "sites", `${key}.manifest.json`);
}

export interface SiteChanges {
  /** The folder holding the new and changed files at their paths, beside the output folder. */
  staging: string;
  /** Paths (relative to the site) to move from staging into the output folder, in order. */
  write: string[];
  /**
   * Paths of the output folder to delete: files of the previous site this one does not have, and anything else found
   * there.
   */
  remove: string[];
  /** Where the new manifest staged as STAGED_MANIFEST goes (manifestPath), after every file; none when unchanged. */
  manifest?: string;
}

/** A relative path that stays inside the folder it is joined to. */
const safeRelative = (path: string) =>
  typeof path === "string" &&
  path !== "" &&
  !isAbsolute(path) &&
  normalize(path) === path &&
  !path.split(sep).includes("..");

/**
 * Makes `relDir` a real folder under root, replacing a file or a symbolic link in its way (never writing through a
 * link).
 */
function ensureFolder(root: string, relDir: string, made: Set<string>): void {
  if (relDir === "." || relDir === "" || made.has(relDir)) return;
  ensureFolder(root, dirname(relDir), made);
  const path = join(root, relDir);
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    stats = undefined;
  }
  if (stats && !stats.isDirectory()) rmSync(path, { force: true });
  if (!stats || !stats.isDirectory()) mkdirSync(path);
  made.add(relDir);
}

/** Removes the folders that deleting `paths` emptied, deepest first. */
function pruneFolders(root: string, paths: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of paths)
    for (let dir = dirname(path); dir !== "." && dir !== ""; dir = dirname(dir)) folders.add(dir);
  const deepestFirst = [...folders].sort((a, b) => b.split(sep).length - a.split(sep).length);
  for (const dir of deepestFirst) {
    try {
      rmdirSync(join(root, dir));
    } catch {
      // Not empty (it holds pages of the new site), or gone already.
    }
  }
}

/** Carries out a journal's moves and deletions; every step may already have been done (a roll-forward). */
function apply(outDir: string, changes: SiteChanges): void {
  for (const path of changes.remove) rmSync(join(outDir, path), { recursive: true, force: true });
  pruneFolders(outDir, changes.remove);
  const made = new Set<string>();
  const half = Math.floor(changes.write.length / 2);
  changes.write.forEach((path, i) => {
    if (i === half) faultPoint("commit-renames");
    ensureFolder(outDir, dirname(path), made);
    try {
      renameSync(join(changes.staging, path), join(outDir, path));
    } catch (error) {
      // Moved before a kill: the roll-forward finds it in place already.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  });
  if (changes.manifest) {
    faultPoint("commit-manifest");
    moveFile(join(changes.staging, STAGED_MANIFEST), changes.manifest);
  }
  rmSync(join(outDir, JOURNAL_FILE), { force: true });
}

/**
 * Moves a file to `to` (its folder made), across file systems too (the cache folder may be on
 * another one than the output's staging): by rename, else by a copy under a temporary name
 * renamed into place. Already moved (a roll-forward): nothing to do.
 */
function moveFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    if (code !== "EXDEV") throw error;
    const temporary = `${to}.${process.pid}.tmp`;
    copyFileSync(from, temporary);
    renameSync(temporary, to);
    rmSync(from, { force: true });
  }
}

/** Commits a build's changes into outDir (created if missing), as described above. */
export function commitChanges(outDir: string, changes: SiteChanges): void {
  mkdirSync(outDir, { recursive: true });
  const journal = join(outDir, JOURNAL_FILE);
  const temporary = `${journal}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, JSON.stringify(changes));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, journal);
  faultPoint("commit-journal");
  apply(outDir, changes);
}

/**
 * Finishes a commit that a killed build left half-done (its journal is in outDir); false when
 * there is none. `isStaging` says whether the journal's staging folder is one this tool makes
 * beside outDir: a journal pointing anywhere else is not followed, only deleted.
 */
export function rollForward(outDir: string, isStaging: (path: string) => boolean): boolean {
  const journal = join(outDir, JOURNAL_FILE);
  rmSync(`${journal}.tmp`, { force: true });
  let text: string;
  try {
    text = readFileSync(journal, "utf8");
  } catch {
    return false;
  }
  let changes: Partial<SiteChanges> | undefined;
  try {
    changes = JSON.parse(text) as Partial<SiteChanges>;
  } catch {
    changes = undefined;
  }
  const valid =
    changes !== undefined &&
    typeof changes.staging === "string" &&
    isStaging(changes.staging) &&
    Array.isArray(changes.write) &&
    Array.isArray(changes.remove) &&
    changes.write.every(safeRelative) &&
    changes.remove.every(safeRelative) &&
    (changes.manifest === undefined || (typeof changes.manifest === "string" && isAbsolute(changes.manifest)));
  // Written whole before any step (see commitChanges): one that does not parse was not ours.
  if (!valid) {
    rmSync(journal, { force: true });
    return false;
  }
  apply(outDir, changes as SiteChanges);
  return true;
}
