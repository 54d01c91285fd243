// Which code the command, the preview server and Eleventy's configuration run: the JavaScript in
// dist/ (built by `npm install` through `prepare`, or `npm run compile`), so start-up is Node's
// alone; or, when dist/ is missing or was compiled from other sources (an edit not compiled yet),
// the TypeScript in src/ through tsx, so that what runs is always what src/ says.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/** How far a file's modification time may lag the process's clock (coarse file-system timestamps). */
export const CLOCK_SLACK_MS = 2000;
let current;

/**
 * Whether dist/ was compiled from src/ as it is now (decided once per process).
 * DIGEST_RUN_SOURCE=1 runs src/ whatever dist/ holds.
 */
export function compiledIsCurrent() {
  current ??= process.env.DIGEST_RUN_SOURCE !== "1" && compiledIsCurrentAt(root);
  return current;
}

/**
 * Whether `<projectRoot>/dist` holds a finished compile of its src/ as it is now. Quick when no
 * file or folder of src/ changed since the compile started; otherwise (an edit, a branch switched
 * back and forth, or a package manager that set every time to the time it unpacked) the sources'
 * hash decides, and a match is remembered by moving the stamp's time on, so it is hashed once.
 */
export function compiledIsCurrentAt(projectRoot) {
  const stampFile = join(projectRoot, "dist", ".compiled");
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return false;
  }
  if (typeof stamp?.started !== "number" || typeof stamp.sources !== "string") return false;
  const src = join(projectRoot, "src");
  const entries = listSources(src);
  if (mtimeOf(src) < stamp.started && entries.every((path) => mtimeOf(path) < stamp.started)) return true;
  // A file system's clock runs coarse (times a few ms behind the process's): an edit just after
  // this check could carry a time before it. The stamp moves on to a little earlier instead.
  const checked = Date.now() - CLOCK_SLACK_MS;
  if (sourcesHash(projectRoot) !== stamp.sources) return false;
  try {
    const temporary = `${stampFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ ...stamp, started: checked })}\n`);
    renameSync(temporary, stampFile);
  } catch {
    // A read-only install: hashed again next time, nothing worse.
  }
  return true;
}

/** sha1 over every file of `<projectRoot>/src`, by path: what a compile was made from. */
export function sourcesHash(projectRoot) {
  const src = join(projectRoot, "src");
  const hash = createHash("sha1");
  for (const path of listSources(src).sort()) {
    let bytes;
    try {
      if (!statSync(path).isFile()) continue;
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    hash.update(relative(src, path)).update("\0").update(bytes).update("\0");
  }
  return hash.digest("hex");
}

function listSources(src) {
  try {
    return readdirSync(src, { recursive: true, withFileTypes: true }).map((entry) =>
      join(entry.parentPath, entry.name),
    );
  } catch {
    return [];
  }
}

/** A path's modification time; 0 when it is gone (nothing there can be newer than dist/). */
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Imports `src/<path>.ts` as compiled (`dist/<path>.js`) when current, else through tsx. */
export async function loadCode(path) {
  if (compiledIsCurrent()) return import(pathToFileURL(join(root, "dist", `${path}.js`)).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(root, "src", `${path}.ts`)).href);
}
