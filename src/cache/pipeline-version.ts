import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Bumped by hand when the cache's stored shape changes (not when extraction changes: the source
 * hash below covers that by itself).
 */
export const CACHE_FORMAT = 2;

/** Files beside a module that code may read at run time (vocabularies, lexicons). */
const DATA_EXTENSIONS = new Set([".json", ".yml", ".yaml", ".txt", ".tsv", ".csv"]);

// `import x from "y"`, `export { x } from "y"` (statements start a line), `import "y"`, `import("y")`,
// `require("y")` (createRequire, for JSON-heavy packages).
// Specifiers are restricted to path characters so that strings in data modules do not match.
const IMPORT_PATTERN =
  /(?:^\s*(?:import|export)\b[^;]*?\bfrom\s*|^\s*import\s*|\b(?:import|require)\s*\(\s*)["']([\w@./:-]+)["']/gm;

/** A statement that imports or re-exports types only (`import type { X } from`; not `import type from`, a default import named `type`). */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s+(?!from\b)/;

export interface PipelineVersion {
  /** sha256 over everything below, hex. */
  hash: string;
  /** Source and data files hashed, relative to the root (sorted), for debugging stale caches. */
  files: string[];
  /** `name@version` of every package the extraction code imports. */
  packages: string[];
}

const memo = new Map<string, PipelineVersion>();

/**
 * The version of the code behind one entry module: its import closure within the project, the
 * data files beside those modules, and the installed versions of the packages they import.
 * Editing any extraction rule, lexicon or upgrading compromise changes it; editing the site does not.
 * Memoised per process: a running process executes the code it loaded, not what is on disk now.
 */
export function pipelineVersion(entryFile: string, root: string = projectRoot(entryFile)): PipelineVersion {
  const key = `${resolve(entryFile)}\0${resolve(root)}`;
  const known = memo.get(key) ?? computePipelineVersion(entryFile, root);
  memo.set(key, known);
  return known;
}

/** `pipelineVersion` without the memo: reads the files now. */
export function computePipelineVersion(entryFile: string, root: string = projectRoot(entryFile)): PipelineVersion {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(entryFile)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    if (!/\.[cm]?[tj]s$/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT_PATTERN)) {
      // `import type` and `export type` are erased from the JavaScript: the module is never loaded,
      // and editing it (types.ts, the records' types, changes often) must not discard every cache.
      if (TYPE_ONLY.test(match[0])) continue;
      const specifier = match[1] as string;
      if (specifier.startsWith(".")) {
        const target = resolveRelative(dirname(file), specifier);
        if (target) pending.push(target);
      } else if (!specifier.startsWith("node:") && !builtinModules.includes(specifier)) {
        packages.add(packageName(specifier));
      }
    }
  }
  const files = new Set(modules);
  for (const folder of new Set([...modules].map((file) => dirname(file)))) {
    for (const name of readdirSync(folder)) {
      if (DATA_EXTENSIONS.has(extname(name).toLowerCase())) files.add(join(folder, name));
    }
  }
  const sortedFiles = [...files].sort();
  const hash = createHash("sha256").update(`format ${CACHE_FORMAT}\n`);
  for (const file of sortedFiles)
    hash
      .update(`${relativeTo(root, file)}\n`)
      .update(readFileSync(file))
      .update("\n");
  const packageList = [...packages].sort().map((name) => `${name}@${installedVersion(root, name)}`);
  for (const entry of packageList) hash.update(`${entry}\n`);
  return { hash: hash.digest("hex"), files: sortedFiles.map((file) => relativeTo(root, file)), packages: packageList };
}

/**
 * The project's own extraction entry point, in src/ whether this runs from src/ or from the
 * compiled dist/ (same layout): the cache key is the sources' hash either way, so a build run
 * through tsx and one run compiled share the cache.
 */
export function extractionEntry(): string {
  return fileURLToPath(new URL("../../src/extract/extract-article.ts", import.meta.url));
}

/** The ingest stage's entry point in src/ (see extractionEntry): its version keys the files known by stat. */
export function ingestEntry(): string {
  return fileURLToPath(new URL("../../src/ingest/ingest-content.ts", import.meta.url));
}

// Sources import `./x.js` and tsx maps it to `./x.ts`; mirror that mapping.
function resolveRelative(folder: string, specifier: string): string | undefined {
  const base = resolve(folder, specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, ".ts"),
    base.replace(/\.mjs$/, ".mts"),
    `${base}.ts`,
    join(base, "index.ts"),
  ];
  return candidates.find((candidate) => isFile(candidate));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}

function installedVersion(root: string, name: string): string {
  // Walk up like Node's resolver so hoisted and nested installs both count.
  for (let folder = root; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, "node_modules", name, "package.json"), "utf8")) as {
        version?: string;
      };
      return manifest.version ?? "unknown";
    } catch {
      if (dirname(folder) === folder) return "missing";
    }
  }
}

function projectRoot(file: string): string {
  for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
    if (isFile(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) return dirname(resolve(file));
  }
}

function relativeTo(root: string, file: string): string {
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}
