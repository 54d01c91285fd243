// The output folder of `digest build`: which folders a build may replace, the lock that keeps two
// builds (or two containers sharing a volume) out of each other's way, and the commit that puts
// a finished site in place of the previous one without ever leaving a half-written site.
//
// A build writes its new and changed files into a staging folder beside the output
// (`.NAME.building-ID`), then commits them in place with a journal (site-commit.ts). A build
// killed during the commit (kill -9, power loss) leaves the journal, and the next build rolls the
// commit forward before it reads anything (so story ids and their redirects come from a whole
// site). Once the journal is carried out the build has succeeded: deleting the staging folder is
// clean-up, and a failure there is a warning, retried by the next build.
import { randomBytes } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { rm } from "node:fs/promises";
import { homedir, hostname } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type Lockfile from "proper-lockfile";
import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";
import { faultPoint } from "./fault-point.js";
import { commitChanges, rollForward, type SiteChanges } from "./site-commit.js";

export { faultPoint } from "./fault-point.js";

/** Written into every site this tool builds: a folder holding it may be replaced by a build. */
export const SITE_MARKER = ".digest-site";
export const SITE_MARKER_TEXT =
  "This folder is a site written by news-digest (`digest build`): the next build replaces it whole.\n";
/** Files that only this tool writes: sites built before the marker existed hold one of them. */
const OLDER_SITE_FILES = [".digest-manifest.json", join("pagefind", ".digest-search.json")];

/** `--out` names a folder a build must not replace, or the build cannot take it. */
export class OutputFolderError extends DigestError {
  override name = "OutputFolderError";
}

/** Writes the marker that says "a build may replace this folder" (the staging folder, the dev server's output). */
export function writeSiteMarker(dir: string): void {
  writeFileSync(join(dir, SITE_MARKER), SITE_MARKER_TEXT);
}

/**
 * A folder this tool wrote: it has the marker, or (sites built before the marker existed) one of its own bookkeeping
 * files.
 */
export function isDigestSite(dir: string): boolean {
  return [SITE_MARKER, ...OLDER_SITE_FILES].some((file) => existsSync(join(dir, file)));
}

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
function realPath(path: string): string {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch {
      if (dirname(at) === at) return resolve(path);
      missing.push(basename(at));
      at = dirname(at);
    }
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output folder whose replacement would lose data, before any work is done. Paths are
 * compared as the file system resolves them (symbolic links followed), never by their spelling.
 */
export function checkOutputFolder(
  outDir: string,
  options: { contentDir: string; projectRoot: string; given?: string },
): void {
  const given = options.given ?? outDir;
  const refuse = (what: string, todo: string) => {
    throw new OutputFolderError(problem("output-folder", given, what, todo));
  };
  const stats = lstatOrUndefined(outDir);
  if (stats?.isSymbolicLink()) {
    refuse(
      `is a symbolic link (to ${realPath(outDir)}); a build replaces the output folder whole and would replace the link by a folder`,
      "Pass the folder itself with --out, or a new folder.",
    );
  }
  if (stats && !stats.isDirectory())
    refuse("is a file, not a folder; a build would delete it", "Pass --out a new folder, like _site.");
  const out = realPath(outDir);
  const content = realPath(options.contentDir);
  const folderOf = (problem: string) =>
    refuse(`${problem}; a build replaces the output folder whole`, "Pass --out with a folder of its own, like _site.");
  if (dirname(out) === out) folderOf("is the root of the file system");
  if (inside(content, out)) folderOf(`holds the content folder ${content}`);
  if (inside(out, content)) folderOf(`is inside the content folder ${content}`);
  if (inside(realPath(process.cwd()), out)) folderOf("holds the current folder");
  if (inside(realPath(homedir()), out)) folderOf("holds your home folder");
  if (inside(realPath(options.projectRoot), out)) folderOf("holds this project's own code");
  if (!stats) return;
  if (statSync(out).dev !== statSync(dirname(out)).dev) {
    refuse(
      "is a mount point; a build replaces the output folder by renaming a new one into its place, which a mount point does not allow",
      `Pass --out a folder inside it, like --out ${join(given, "site")}.`,
    );
  }
  const entries = readdirSync(out);
  if (entries.length > 0 && !isDigestSite(out)) {
    refuse(
      `holds files this tool did not write (${entries
        .slice(0, 3)
        .map((name) => JSON.stringify(name))
        .join(
          ", ",
        )}${entries.length > 3 ? ` and ${entries.length - 3} more` : ""}; no ${SITE_MARKER} file), which a build would delete`,
      "Pass --out an empty or new folder. To replace this folder, delete it yourself first.",
    );
  }
}

/** Build-only files beside the output: staging folders, search documents, the lock; retired sites of older builds. */
const siblingPrefix = (outDir: string) => `.${basename(outDir)}.`;
const LEFTOVER = /^(building|old|search)-/;

/**
 * Whether anything of a build is beside outDir: its lock (a build under way), or what a stopped
 * build left (a staging folder, a retired site, search documents). Only a build that takes the
 * lock may decide about those, so a build with nothing else to do does not skip then.
 */
export function buildTracesBeside(outDir: string): boolean {
  const prefix = siblingPrefix(resolve(outDir));
  try {
    return readdirSync(dirname(resolve(outDir))).some((name) => name.startsWith(prefix));
  } catch {
    return true;
  }
}
/** Builds before this one named retired sites `.NAME.building-PID.old`. */
const OLDER_RETIRED = /^building-\d+\.old$/;
/** A staging folder of a build of outDir (a journal naming any other path is not followed). */
const isStagingOf = (outDir: string) => (path: string) =>
  dirname(path) === dirname(outDir) &&
  /^building-[\w-]+$/.test(basename(path).slice(siblingPrefix(outDir).length)) &&
  basename(path).startsWith(siblingPrefix(outDir));

/** Who holds a lock, written inside it: a build on this machine whose process is gone left it. */
interface LockOwner {
  host: string;
  pid: number;
}
/**
 * Beside the lock, not in it: a write inside would change the lock's time, which proper-lockfile reads as a takeover.
 */
const ownerFile = (lockPath: string) => `${lockPath}-owner.json`;

/**
 * proper-lockfile: an atomic mkdir, kept fresh by touching it every few seconds and taken over
 * once it is stale (30 s untouched). Unlike a process id that works between containers and
 * machines sharing a volume (Node has no flock, and flock on network file systems is not always
 * honoured). A lock left by a build killed on this same machine (same host name, process gone)
 * is taken at once rather than after 30 seconds.
 */
/** proper-lockfile (with graceful-fs), loaded by the first lock taken: a build with nothing to do takes none. */
let lockfile: typeof Lockfile | undefined;

async function takeLock(
  outDir: string,
  lockPath: string,
  onCompromised: (error: Error) => void,
): Promise<() => Promise<void>> {
  lockfile ??= (await import("proper-lockfile")).default;
  const options = { realpath: false, lockfilePath: lockPath, stale: 30_000, update: 5_000, onCompromised };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(outDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED" || !leftByDeadProcess(lockPath)) throw error;
    rmSync(lockPath, { recursive: true, force: true });
    release = await lockfile.lock(outDir, options);
  }
  const owner: LockOwner = { host: hostname(), pid: process.pid };
  writeFileSync(ownerFile(lockPath), JSON.stringify(owner));
  return async () => {
    rmSync(ownerFile(lockPath), { force: true });
    await release();
  };
}

function leftByDeadProcess(lockPath: string): boolean {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(lockPath), "utf8")) as Partial<LockOwner>;
    if (owner.host !== hostname() || typeof owner.pid !== "number") return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export type CommitPhase = "building" | "committed";

/** A build's hold on its output folder, from start to commit. */
export class OutputFolder {
  /** Where this build writes its site. */
  readonly staging: string;
  /** Problems that did not stop the build (a leftover that could not be deleted), for the summary. */
  readonly warnings: string[] = [];
  phase: CommitPhase = "building";
  #release: (() => Promise<void>) | undefined;
  #compromised: Error | undefined;
  readonly #lockPath: string;

  private constructor(readonly outDir: string) {
    this.staging = join(
      dirname(outDir),
      `${siblingPrefix(outDir)}building-${process.pid}-${randomBytes(3).toString("hex")}`,
    );
    this.#lockPath = join(dirname(outDir), `${siblingPrefix(outDir)}lock`);
  }

  /**
   * Takes the output folder for one build: the lock first, then puts back a site a killed build
   * retired, then removes what killed builds left (anything of ours beside the output is stale
   * while we hold the lock).
   */
  static async open(outDir: string): Promise<OutputFolder> {
    const folder = new OutputFolder(resolve(outDir));
    const parent = dirname(folder.outDir);
    mkdirSync(parent, { recursive: true });
    const lockPath = folder.#lockPath;
    try {
      folder.#release = await takeLock(folder.outDir, lockPath, (error) => {
        folder.#compromised = error;
      });
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === "ELOCKED") {
        throw new OutputFolderError({ ...problem("output-folder-locked", outDir, lockPath), cause });
      }
      throw new OutputFolderError({
        ...problem("output-folder-lock-failed", outDir, (cause as Error).message, parent),
        cause,
      });
    }
    folder.#recover();
    return folder;
  }

  #leftovers(): string[] {
    const prefix = siblingPrefix(this.outDir);
    return readdirSync(dirname(this.outDir))
      .filter((name) => name.startsWith(prefix) && LEFTOVER.test(name.slice(prefix.length)))
      .map((name) => join(dirname(this.outDir), name));
  }

  #recover(): void {
    const prefix = siblingPrefix(this.outDir);
    if (existsSync(this.outDir) && rollForward(this.outDir, isStagingOf(this.outDir))) {
      this.warnings.push(
        `A build was stopped while it put its site in place in ${this.outDir}; its changes were completed first.`,
      );
    }
    const leftovers = this.#leftovers();
    // Builds before the in-place commit swapped whole folders: one killed between the two
    // renames left the previous site retired and none in place.
    if (!existsSync(this.outDir)) {
      const retired = leftovers.filter((path) => {
        const rest = basename(path).slice(prefix.length);
        return rest.startsWith("old-") || OLDER_RETIRED.test(rest);
      });
      const newest = retired.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
      if (newest) {
        renameSync(newest, this.outDir);
        this.warnings.push(`A build was stopped while it replaced ${this.outDir}; the site it replaced was put back.`);
      }
    }
    for (const path of this.#leftovers()) this.#remove(path, "left by a build that was stopped");
  }

  #remove(path: string, why: string): void {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch (error) {
      this.warnings.push(
        `Could not delete ${path} (${why}): ${(error as Error).message}. Delete it by hand; builds work meanwhile.`,
      );
    }
  }

  /** Puts the build's changes in place (site-commit.ts); then the staging folder goes. */
  async commit(changes: SiteChanges): Promise<void> {
    if (this.#compromised) {
      throw new OutputFolderError(problem("output-folder-lock-lost", this.outDir, this.#compromised.message));
    }
    commitChanges(this.outDir, changes);
    this.phase = "committed";
    try {
      faultPoint("delete-staging");
      // Ctrl-C from here on finds the new site in place (phase "committed") and says so.
      await rm(this.staging, { recursive: true, force: true });
    } catch (error) {
      this.warnings.push(
        `The new site is in place, but this build's working folder could not be deleted: ${this.staging} (${(error as Error).message}). Delete it by hand; the next build tries again.`,
      );
    }
  }

  /**
   * After a failure or an interruption: the staging folder goes (before the commit the previous site stays).
   * Synchronous, for signal handlers.
   */
  abandon(): void {
    // After the commit it holds only what was left of the moves: a stop during its deletion.
    this.#remove(
      this.staging,
      this.phase === "building" ? "the unfinished site of this build" : "this build's working folder",
    );
  }

  /** For a process about to exit on a signal: the staging folder and the lock go at once. */
  releaseSync(): void {
    this.abandon();
    if (!this.#release) return;
    this.#release = undefined;
    rmSync(ownerFile(this.#lockPath), { force: true });
    try {
      lockfile?.unlockSync(this.outDir, { realpath: false, lockfilePath: this.#lockPath });
    } catch {
      // Not held any more (compromised, or released on exit by proper-lockfile itself).
    }
  }

  async release(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    await release?.().catch(() => undefined);
  }
}
