// `npm run bench:paste [-- --bytes N] [--json] [--keep]`: one article must not stall a build
// (issue 15 item 7). For each kind of pasted text that once took minutes (no line breaks, CR-only
// line endings, capitalised words, one repeated sentence, a one-line list of dates), a 1 MB file
// is built alone (`digest build --no-cache` on a folder holding only it) and inspected
// (`digest inspect`). Reported: wall time and CPU time of each command, and the build's own
// extraction time. Target: <= 2 s each on top of start-up. CPU time is the fairer figure on a
// shared machine; the wall time is what a user waits.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PASTE_KINDS, pasteText } from "./paste-corpus.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIGEST = join(ROOT, "bin", "digest.js");

const { values } = parseArgs({
  options: {
    bytes: { type: "string", default: "1000000" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const bytes = Number(values.bytes);

interface Timed {
  wall: number;
  cpu: number;
  code: number | null;
  stderr: string;
}

/** Runs the CLI and measures it: wall clock here, CPU (user + system of the child) from `time`'s own accounting. */
function run(args: string[]): Timed {
  const started = performance.now();
  const child = spawnSync("/usr/bin/env", ["time", "-f", "%U %S", process.execPath, DIGEST, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const wall = (performance.now() - started) / 1000;
  const last = child.stderr.trim().split("\n").pop() ?? "";
  const [user = NaN, system = NaN] = last.split(" ").map(Number);
  return { wall, cpu: user + system, code: child.status, stderr: child.stderr };
}

const root = await mkdtemp(join(tmpdir(), "paste-bench-"));
const rows: Record<string, unknown>[] = [];
try {
  // Start-up alone: a build and an inspect of one short article.
  await mkdir(join(root, "tiny"));
  await writeFile(join(root, "tiny", "tiny.txt"), "A short article\n\nJapan and the United States met on April 10.\n");
  const tinyBuild = run(["build", "--content", join(root, "tiny"), "--out", join(root, "tiny-site"), "--no-cache"]);
  const tinyInspect = run(["inspect", join(root, "tiny", "tiny.txt"), "--json"]);
  rows.push({ kind: "start-up (one short article)", build: tinyBuild, inspect: tinyInspect });
  for (const kind of PASTE_KINDS) {
    const dir = join(root, kind);
    await mkdir(dir);
    const file = join(dir, `${kind}.txt`);
    await writeFile(file, `A pasted article\n\n${pasteText(kind, bytes)}\n`);
    const build = run(["build", "--content", dir, "--out", join(root, `${kind}-site`), "--no-cache", "--verbose"]);
    const inspect = run(["inspect", file, "--json"]);
    if (build.code !== 0 || inspect.code !== 0)
      console.error(`${kind}: build exit ${build.code}, inspect exit ${inspect.code}\n${build.stderr.slice(-2000)}`);
    rows.push({ kind, build, inspect });
  }
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
  else console.error(`kept ${root}`);
}

const seconds = (t: unknown): string => {
  const { wall, cpu } = t as Timed;
  return `${wall.toFixed(2)} s (cpu ${cpu.toFixed(2)} s)`;
};
if (values.json) {
  for (const row of rows)
    console.log(
      JSON.stringify({
        bytes,
        kind: row.kind,
        build: { wall: (row.build as Timed).wall, cpu: (row.build as Timed).cpu },
        inspect: { wall: (row.inspect as Timed).wall, cpu: (row.inspect as Timed).cpu },
      }),
    );
} else {
  console.log(`${bytes.toLocaleString("en")} bytes per paste; each figure: wall (CPU)`);
  console.log(`${"kind".padEnd(30)} ${"digest build".padEnd(26)} digest inspect`);
  for (const row of rows)
    console.log(`${String(row.kind).padEnd(30)} ${seconds(row.build).padEnd(26)} ${seconds(row.inspect)}`);
}
