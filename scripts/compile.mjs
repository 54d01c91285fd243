#!/usr/bin/env node
// `npm run compile`, also run by `prepare` on every `npm install` / `npm ci` (and when npm installs
// this package from git or a folder), with --if-stale: src/*.ts -> dist/*.js with the data files the code reads beside it, then
// a stamp: when the compile started and a hash of the sources it compiled. bin/load-code.js runs
// dist/ only while src/ is what was compiled, and the TypeScript through tsx otherwise, so an edit
// is never run stale.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLOCK_SLACK_MS, compiledIsCurrentAt, sourcesHash } from "../bin/load-code.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const dist = join(root, "dist");
// Compiled beside dist/ and swapped in at the end: a build running meanwhile loads some modules
// late (the site stage, the workers), and must find them all the while.
const fresh = join(root, `dist.${process.pid}.tmp`);
const old = join(root, `dist.${process.pid}.old`);
// Files the code reads at run time beside its modules (JSON imports tsc emits itself; files read
// with readFileSync, like the package gazetteer, and the worker boot file it does not).
const COPIED = new Set([".json", ".yml", ".yaml", ".txt", ".tsv", ".csv", ".mjs"]);

// `prepare` passes --if-stale: npm runs it on every install, and `npx digest` in a clone installs
// the project itself into npx's cache, which runs it again, in this folder, while a build may be
// running from dist/. With dist/ compiled from src/ as it is, it leaves dist/ alone.
if (process.argv.includes("--if-stale") && compiledIsCurrentAt(root)) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  // An install without devDependencies: no compiler, and nothing is lost but start-up time.
  process.stderr.write("digest: typescript is not installed, so dist/ is not built; `digest` runs src/ through tsx\n");
  process.exit(0);
}

// Earlier by the clock slack: a file edited just as the compile starts must count as newer.
const started = Date.now() - CLOCK_SLACK_MS;
// Hashed before compiling: an edit made while tsc runs then shows as a difference.
const sources = sourcesHash(root);
rmSync(fresh, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", fresh], {
  stdio: "inherit",
});
if (result.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COPIED.has(extname(entry.name).toLowerCase())) continue;
  const from = join(entry.parentPath, entry.name);
  const to = join(fresh, from.slice(src.length));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
writeFileSync(join(fresh, ".compiled"), `${JSON.stringify({ started, sources })}\n`);
if (existsSync(dist)) renameSync(dist, old);
renameSync(fresh, dist);
rmSync(old, { recursive: true, force: true });
