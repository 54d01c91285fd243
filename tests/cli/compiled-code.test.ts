// The command, the extraction workers and Eleventy's configuration run the JavaScript compiled
// into dist/ (by `prepare` on `npm install`), so start-up is Node's alone; tsx is only the
// fallback for an edit not compiled yet. Here a copy of the project is compiled with tsx taken
// out of its node_modules: any path that still reached for tsx would fail to resolve it.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledIsCurrentAt, sourcesHash } from "../../bin/load-code.js";
import { projectRoot } from "../helpers/run-cli.js";

describe("whether dist/ is current", () => {
  const stampAt = (root: string, started: number, sources = sourcesHash(root)) => {
    mkdirSync(join(root, "dist"), { recursive: true });
    writeFileSync(join(root, "dist", ".compiled"), JSON.stringify({ started, sources }));
  };
  const at = (root: string, path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
  const stamped = (root: string) =>
    JSON.parse(readFileSync(join(root, "dist", ".compiled"), "utf8")) as { started: number };

  it("is current while src/ is what was compiled, whatever its files' times say", () => {
    const root = mkdtempSync(join(tmpdir(), "compiled-current-"));
    mkdirSync(join(root, "src", "cli"), { recursive: true });
    writeFileSync(join(root, "src", "cli", "main.ts"), "export {};\n");
    writeFileSync(join(root, "src", "cli", "other.ts"), "export {};\n");
    for (const path of ["src/cli/main.ts", "src/cli/other.ts", "src/cli", "src"]) at(root, path, 1_000);
    expect(compiledIsCurrentAt(root), "no dist/ yet").toBe(false);

    stampAt(root, 2_000_000);
    expect(compiledIsCurrentAt(root)).toBe(true);

    // Unpacked or checked out again: newer times, same text. Hashed once, then known by time.
    at(root, "src/cli/main.ts", 3_000);
    expect(compiledIsCurrentAt(root)).toBe(true);
    expect(stamped(root).started).toBeGreaterThan(3_000_000);

    writeFileSync(join(root, "src", "cli", "main.ts"), "export const edited = 1;\n");
    expect(compiledIsCurrentAt(root), "an edit").toBe(false);
    writeFileSync(join(root, "src", "cli", "main.ts"), "export {};\n");
    expect(compiledIsCurrentAt(root), "the edit undone").toBe(true);
    rmSync(join(root, "src", "cli", "other.ts"));
    expect(compiledIsCurrentAt(root), "a module deleted").toBe(false);

    stampAt(root, 2_000_000, "another compile");
    expect(compiledIsCurrentAt(root)).toBe(false);
    writeFileSync(join(root, "dist", ".compiled"), "{"); // a compile that never finished
    expect(compiledIsCurrentAt(root)).toBe(false);
  });
});

describe("the compiled project", () => {
  let root: string;
  const node = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ...env },
      maxBuffer: 1 << 26,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stdout: result.stdout };
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "compiled-project-"));
    for (const path of [
      "bin",
      "src",
      "scripts",
      "templates",
      "package.json",
      "tsconfig.json",
      "tsconfig.build.json",
      ".eleventy.js",
    ]) {
      cpSync(join(projectRoot, path), join(root, path), { recursive: true });
    }
    // Every installed package but tsx.
    mkdirSync(join(root, "node_modules"));
    for (const name of readdirSync(join(projectRoot, "node_modules"))) {
      if (name !== "tsx") symlinkSync(join(projectRoot, "node_modules", name), join(root, "node_modules", name));
    }
    const compile = node(["scripts/compile.mjs"]);
    expect(compile.status, compile.output).toBe(0);
  }, 180_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("compiles src/ into dist/ with the data files the code reads", () => {
    expect(existsSync(join(root, "dist", "cli", "main.js"))).toBe(true);
    expect(existsSync(join(root, "dist", "extract", "entities", "data", "package-gazetteer.json"))).toBe(true);
    expect(existsSync(join(root, "dist", ".compiled"))).toBe(true);
  });

  it("builds a site through the command and Eleventy's configuration without tsx", () => {
    const out = join(root, "site");
    const build = node([
      "bin/digest.js",
      "build",
      "--content",
      join(projectRoot, "tests", "fixtures", "samples"),
      "--out",
      out,
    ]);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  it("extracts on worker threads without tsx", () => {
    const script = `
      import { ingestContent } from "./dist/ingest/ingest-content.js";
      import { ExtractionPool } from "./dist/pipeline/extract-in-workers.js";
      const { articles } = await ingestContent(${JSON.stringify(join(projectRoot, "tests", "fixtures", "samples"))});
      const counts = [];
      await new ExtractionPool(1).extract(articles, {}, { onBatch: (_, extractions) => { for (const e of extractions) counts.push(e.entities.length); } });
      console.log(JSON.stringify(counts));`;
    // A file, not `--input-type=module -e`: workers inherit the parent's flags.
    writeFileSync(join(root, "extract-on-workers.mjs"), script);
    const run = node(["extract-on-workers.mjs"]);
    expect(run.status, run.output).toBe(0);
    const counts = JSON.parse(run.stdout) as number[];
    expect(counts).toHaveLength(2);
    for (const count of counts) expect(count).toBeGreaterThan(0);
  });

  it("leaves dist/ alone when run --if-stale (as `prepare`) on a current compile, and compiles a stale one", () => {
    const compiled = join(root, "dist", "cli", "main.js");
    const before = statSync(compiled);
    const again = node(["scripts/compile.mjs", "--if-stale"]);
    expect(again.status, again.output).toBe(0);
    const after = statSync(compiled);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    writeFileSync(join(root, "src", "cli", "compiled-marker.ts"), "export const marker = 1;\n");
    try {
      const stale = node(["scripts/compile.mjs", "--if-stale"]);
      expect(stale.status, stale.output).toBe(0);
      expect(existsSync(join(root, "dist", "cli", "compiled-marker.js"))).toBe(true);
    } finally {
      rmSync(join(root, "src", "cli", "compiled-marker.ts"));
      expect(node(["scripts/compile.mjs"]).status).toBe(0);
    }
  }, 180_000);

  it("runs src/ through tsx once src/ was edited after the compile (here: fails, as tsx is missing)", () => {
    writeFileSync(
      join(root, "src", "cli", "main.ts"),
      `${readFileSync(join(root, "src", "cli", "main.ts"), "utf8")}\n// edited\n`,
    );
    const help = node(["bin/digest.js", "--help"]);
    expect(help.status).not.toBe(0);
    expect(help.output).toMatch(/tsx/);
  });
});
