// Reusing files from the previous build's output. The previous output is not trusted: a file
// edited by hand, replaced by a symbolic link, or written by another tool (the dev server writes
// into the same folder without a manifest) must not reach the new site. A file is reused only
// when it is a regular file, reached without following any link, whose bytes hash to what the
// previous build's manifest recorded when it wrote the file.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The hash of a file as written, kept in the manifests of the pages and of the search index. */
export const contentHash = (data: Buffer | string): string => createHash("sha256").update(data).digest("base64url");

export class PreviousOutput {
  readonly #root: string;
  readonly #real: string | undefined;
  /** Real path of each folder checked, by relative path. */
  readonly #folders = new Map<string, string | undefined>();
  /** Folders made in the new output. */
  readonly #made = new Set<string>();

  constructor(root: string) {
    this.#root = root;
    try {
      this.#real = realpathSync(root);
    } catch {
      this.#real = undefined;
    }
  }

  /** The real path of a folder of the previous output, when no link leads to or out of it. */
  #folder(relativeDir: string): string | undefined {
    if (!this.#folders.has(relativeDir)) {
      let real: string | undefined;
      try {
        real = realpathSync(join(this.#root, relativeDir));
      } catch {
        real = undefined;
      }
      this.#folders.set(relativeDir, real === join(this.#real ?? "\0", relativeDir) ? real : undefined);
    }
    return this.#folders.get(relativeDir);
  }

  /**
   * Puts the previous output's `path` at the same path under `toRoot` when it is what `hash` says
   * (a hard link where possible, else a copy of the bytes checked); false when it is not.
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
