import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { readPreviousStories } from "../ingest/read-previous-stories.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { renderSite } from "../site/render-site.js";
import { parseOptions } from "./parse-options.js";
import { reporter } from "./reporter.js";

const USAGE = `Usage: digest build [--content DIR] [--out DIR] [--pathprefix /repo/] [--skip-invalid] [--verbose]

Reads every article in the content folder, groups them into stories and writes the static site.
The site is written to a temporary folder and swapped in at the end: a failed build leaves the
previous site untouched.

Options:
  --content DIR        the folder of articles (default: content)
  --out DIR            where the site goes (default: _site)
  --pathprefix PATH    serve the site under PATH, e.g. /my-repo/ for GitHub Pages project sites
                       (default: $DIGEST_PATH_PREFIX or /)
  --skip-invalid       build the valid articles and list the rejected ones instead of failing
  --verbose            print per-stage timings
  -h, --help`;

export async function runBuild(args: string[]): Promise<number> {
  const { values } = parseOptions(
    args,
    {
      content: { type: "string", default: "content" },
      out: { type: "string", default: "_site" },
      pathprefix: { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
    USAGE,
  );
  if (values.help) {
    reporter.out(USAGE);
    return 0;
  }
  const started = performance.now();
  const contentDir = resolve(values.content);
  const outDir = resolve(values.out);
  const pathPrefix = normalisePrefix(values.pathprefix ?? process.env.DIGEST_PATH_PREFIX ?? "/");

  const result = await runPipeline({
    contentDir,
    now: new Date(),
    previous: await readPreviousStories(outDir),
    onProgress: (done, total) => reporter.progress("extracting", done, total, started),
  });
  reporter.diagnostics(result.diagnostics);
  const { report } = result;
  if (result.hasErrors && !values["skip-invalid"]) {
    reporter.error(
      `\nBuild failed: ${report.rejected.length} of ${report.filesFound} files have errors (listed above). ` +
        `Nothing was written; ${values.out} is unchanged. Fix them, or run with --skip-invalid to build the rest.`,
    );
    return 1;
  }

  const renderStarted = performance.now();
  const staging = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  let rendered;
  try {
    rendered = await renderSite(result.site, { outDir: staging, pathPrefix, quiet: !values.verbose });
    await swapInto(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  result.timings.render = performance.now() - renderStarted;

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const warnings = result.diagnostics.filter((d) => d.severity === "warning").length;
  reporter.out(
    [
      `Read ${report.filesFound} files: ${report.articlesBuilt} articles built, ${report.rejected.length} rejected, ${report.ignored.length} ignored.`,
      ...report.rejected.map((r) => `  rejected ${r.path}: ${r.reason}`),
      ...report.ignored.map((r) => `  ignored  ${r.path}: ${r.reason}`),
      `${result.site.stories.length} stories, ${result.site.entities.length} entities, ${result.site.topics.length} topics; ${rendered.pages} pages in ${values.out}/ (${seconds} s, ${warnings} warnings).`,
    ].join("\n"),
  );
  if (values.verbose) {
    reporter.out(Object.entries(result.timings).map(([stage, ms]) => `  ${stage.padEnd(8)} ${(ms / 1000).toFixed(2)} s`).join("\n"));
  }
  return 0;
}

/** Replace outDir by staging in two renames, so readers never see a half-written site. */
async function swapInto(staging: string, outDir: string): Promise<void> {
  const retired = `${staging}.old`;
  let hadPrevious = true;
  try {
    await rename(outDir, retired);
  } catch {
    hadPrevious = false;
  }
  await rename(staging, outDir);
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}

function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
