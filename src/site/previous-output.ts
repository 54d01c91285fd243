// The previous build's files, as found in the output folder. They are not trusted: a file edited
// by hand, replaced by a symbolic link, or written by another tool (the dev server used to write
// into the same folder) must not stay in the new site as if this build had made it. A file stays
// only when it is a regular file, reached without following any link, with the size,
// modification time and inode the previous build recorded when it wrote it: any write, a
// replacement or a link changes one of them. Checking costs one lstat, not a read, so an
// unchanged site of tens of thousands of files is checked in a few tens of milliseconds.
import { oneShotHash } from "../one-shot-hash.js";
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** The hash of a file as written, kept in the manifests of the site and of the search index. */
export const contentHash = (data: Buffer | string): string => oneShotHash("sha256", data, "base64url");

/** A file as a build wrote it: content hash, size, modification time (ms), inode. A rename keeps all four. */
export type FileRecord = [hash: string, size: number, mtimeMs: number, ino: number];

/** The record of a file just written, from its bytes' hash and its lstat. */
export const fileRecord = (hash: string, stats: Stats): FileRecord => [hash, stats.size, stats.mtimeMs, stats.ino];

export class PreviousOutput {
  readonly #real: string | undefined;
  readonly #records: Readonly<Record<string, FileRecord>>;
  /** Real path of each folder checked, by relative path. */
  readonly #folders = new Map<string, string | undefined>();
  /** Subfolders of each folder listed, by real path. */
  readonly #listed = new Map<string, Set<string>>();
  /** Folders made in another output (reuse). */
  readonly #made = new Set<string>();

  /** `records`: what the previous build wrote, by path relative to `root` (its manifest). */
  constructor(root: string, records: Readonly<Record<string, FileRecord>> = {}) {
    this.#records = records;
    try {
      this.#real = realpathSync(root);
    } catch {
      this.#real = undefined;
    }
  }

  /**
   * The real path of a folder of the previous output, when no link leads to or out of it: its parent's (checked the
   * same way, once per folder) with a name that is a folder itself, not a link. Each parent is listed once, with the
   * kind of each entry (a link is no folder), rather than one lstat per folder of the site: every story and article
   * page has a folder of its own, tens of thousands at 10,000 articles.
   */
  #folder(relativeDir: string): string | undefined {
    if (relativeDir === "." || relativeDir === "") return this.#real;
    if (!this.#folders.has(relativeDir)) {
      const parent = this.#folder(dirname(relativeDir));
      const name = basename(relativeDir);
      this.#folders.set(
        relativeDir,
        parent !== undefined && this.#subfolders(parent).has(name) ? join(parent, name) : undefined,
      );
    }
    return this.#folders.get(relativeDir);
  }

  /** The names of the folders (not links to one) in a folder of the previous output, listed once. */
  #subfolders(real: string): ReadonlySet<string> {
    let names = this.#listed.get(real);
    if (!names) {
      names = new Set();
      try {
        for (const entry of readdirSync(real, { withFileTypes: true })) if (entry.isDirectory()) names.add(entry.name);
      } catch {
        // Gone, or not a folder: nothing in it is kept.
      }
      this.#listed.set(real, names);
    }
    return names;
  }

  /** What the previous build recorded for `path`, if anything. */
  record(path: string): FileRecord | undefined {
    return Object.hasOwn(this.#records, path) ? this.#records[path] : undefined;
  }

  /**
   * Whether `path` is still the file the previous build wrote (and, with `hash`, has that
   * content): then it may stay where it is, untouched.
   */
  intact(path: string, hash?: string): boolean {
    const record = this.record(path);
    if (!record || !this.#real || (hash !== undefined && record[0] !== hash)) return false;
    const folder = this.#folder(dirname(path));
    if (!folder) return false;
    let stats: Stats;
    try {
      stats = lstatSync(join(folder, basename(path)));
    } catch {
      return false;
    }
    return stats.isFile() && stats.size === record[1] && stats.mtimeMs === record[2] && stats.ino === record[3];
  }

  /**
   * Puts the previous output's `path` at the same path under `toRoot` when its bytes hash to
   * `hash` (a hard link where possible, else a copy of the bytes checked); false when they do
   * not. For a previous output without a manifest of this kind (the search index's own, whose
   * files are linked into another folder by tests and tools).
   * Synchronous: thousands of tiny metadata operations are several times faster without the
   * thread pool's round trips, and nothing else runs meanwhile.
   */
  reuse(path: string, toRoot: string, hash: string | undefined): boolean {
    if (!hash || !this.#real) return false;
    const folder = this.#folder(dirname(path));
    if (!folder) return false;
    const source = join(folder, basename(path));
    let fd: number;
    try {
      fd = openSync(source, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      return false;
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return false;
      const bytes = readFileSync(fd);
      if (contentHash(bytes) !== hash) return false;
      const target = join(toRoot, path);
      const dir = dirname(target);
      if (!this.#made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.#made.add(dir);
      }
      // Never write through a link into an older build: replace whatever is there.
      rmSync(target, { force: true });
      try {
        linkSync(source, target);
        // The name may have changed since it was opened: the link must be the file checked.
        const linked = lstatSync(target);
        if (linked.isFile() && linked.ino === stats.ino && linked.dev === stats.dev) return true;
        rmSync(target, { force: true });
      } catch {
        // Another file system, or links not allowed: copy the bytes that were checked.
      }
      writeFileSync(target, bytes);
      return true;
    } finally {
      closeSync(fd);
    }
  }
}
