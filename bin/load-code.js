// Which code the command, the preview server and Eleventy's configuration run: the JavaScript in
// dist/ (built by `npm install` through `prepare`, or `npm run compile`), so start-up is Node's
// alone; or, when dist/ is missing or older than any file in src/ (an edit not compiled yet), the
// TypeScript in src/ through tsx, so that what runs is always what src/ says.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
let current;

/**
 * Whether dist/ was compiled from src/ as it is now (decided once per process).
 * DIGEST_RUN_SOURCE=1 runs src/ whatever dist/ holds.
 */
export function compiledIsCurrent() {
  current ??= process.env.DIGEST_RUN_SOURCE !== "1" && compiledIsCurrentAt(root);
  return current;
}

/** Whether `<projectRoot>/dist` holds a finished compile newer than every file and folder of its src/. */
export function compiledIsCurrentAt(projectRoot) {
  let started;
  try {
    started = JSON.parse(readFileSync(join(projectRoot, "dist", ".compiled"), "utf8")).started;
  } catch {
    return false;
  }
  if (typeof started !== "number") return false;
  // Folders too: a deleted or renamed module changes its folder's time, not any file's.
  const src = join(projectRoot, "src");
  if (mtimeOf(src) >= started) return false;
  let entries;
  try {
    entries = readdirSync(src, { recursive: true, withFileTypes: true });
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (mtimeOf(join(entry.parentPath, entry.name)) >= started) return false;
  }
  return true;
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
