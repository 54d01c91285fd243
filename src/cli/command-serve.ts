// `digest serve` (what `npm start` runs): builds the site once, serves it with Eleventy's dev
// server, and on every change in the content folder runs the same incremental build as
// `digest build` in this process (its modules loaded and warm), then reloads the browser. A save
// thus writes only the pages it changed, and a build that fails on a bad file leaves the last
// good site served (the build never writes a site with errors).
import { watch, type FSWatcher } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { keepParsedLines } from "../cache/line-memo.js";
import { warmExtractors } from "../pipeline/extract-articles.js";
import { checkSiteUrl } from "../site/site-url.js";
import { parseOptions } from "./parse-options.js";
import { buildOnce, normalisePrefix, type RenderStage } from "./command-build.js";
import { reporter } from "./reporter.js";

const USAGE = `Usage: digest serve [--content DIR] [--out DIR] [--pathprefix /repo/] [--port N] [--verbose]

Builds the site, serves it on http://localhost:PORT/ and rebuilds it whenever a file in the
content folder changes; the browser reloads by itself. A change with errors is reported and the
last good site stays served.

Options:
  --content DIR        the folder of articles (default: $DIGEST_CONTENT or content)
  --out DIR            where the site goes (default: $DIGEST_OUT or _site)
  --pathprefix PATH    serve the site under PATH (default: $DIGEST_PATH_PREFIX or /)
  --port N             the port (default 8080; the next free one when taken)
  --verbose            print each build's per-stage timings, as digest build --verbose does
  -h, --help`;

/** Changes arriving within this time are built together (an editor writes a file in several steps). */
const SETTLE_MS = 30;

interface DevServer {
  serve(port: number): void;
  reloadFiles(files: string[], useDomDiffingForHtml?: boolean): void;
  close(): Promise<void>;
}

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseOptions(
    args,
    {
      content: { type: "string", default: process.env.DIGEST_CONTENT ?? "content" },
      out: { type: "string", default: process.env.DIGEST_OUT ?? "_site" },
      pathprefix: { type: "string" },
      port: { type: "string", default: "8080" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
    USAGE,
  );
  if (values.help) {
    reporter.out(USAGE);
    return 0;
  }
  const contentDir = resolve(values.content);
  const outDir = resolve(values.out);
  const pathPrefix = normalisePrefix(values.pathprefix ?? process.env.DIGEST_PATH_PREFIX ?? "/");
  checkSiteUrl(process.env.DIGEST_SITE_URL ?? "");
  // Every rebuild reads the caches again: what their lines parse to is kept from one to the next.
  keepParsedLines();
  const stage: RenderStage = {};
  const build = async (): Promise<string[]> => {
    const started = performance.now();
    const { code, written } = await buildOnce({
      contentDir,
      outDir,
      pathPrefix,
      label: values.out,
      stage,
      verbose: values.verbose,
    });
    if (code !== 0) reporter.error(`[digest] Still serving the last good site; fix the file(s) above and save again.`);
    else
      reporter.out(
        `[digest] rebuilt in ${((performance.now() - started) / 1000).toFixed(2)} s; ${written.length} files changed.`,
      );
    return written;
  };

  await build();
  // Idle until the first save: the extractors, which this build did not run when every article
  // came from the cache, are readied, so that the first article saved is extracted as fast as
  // the later ones (0.05 instead of 0.17-0.19 s at 1,000 articles).
  void warmExtractors();
  // Eleventy's dev server (live reload, path prefix), without an Eleventy build behind it.
  const require = createRequire(import.meta.url);
  const { default: EleventyDevServer } = (await import(require.resolve("@11ty/eleventy-dev-server"))) as {
    default: { getServer(name: string, dir: string, options: object): DevServer };
  };
  const server = EleventyDevServer.getServer("news-digest", outDir, { pathPrefix, domDiff: false });
  server.serve(Number(values.port));

  // One build at a time; changes during a build make one more after it.
  let running: Promise<void> | undefined;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = (): void => {
    if (running) {
      pending = true;
      return;
    }
    running = build()
      .then((written) => {
        if (written.length > 0)
          server.reloadFiles(
            written.map((path) => resolve(outDir, path)),
            false,
          );
      })
      .catch((error: unknown) =>
        reporter.error(`[digest] ${(error as Error).message}\n[digest] Still serving the last good site.`),
      )
      .finally(() => {
        running = undefined;
        if (pending) {
          pending = false;
          rebuild();
        }
      });
  };
  const watcher: FSWatcher = watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  });

  return new Promise((resolvePromise) => {
    const stop = () => {
      watcher.close();
      clearTimeout(timer);
      // A build under way stops as `digest build` does on Ctrl-C: its staging folder goes, the site stays.
      stage.renderer?.stopSearchIndexing();
      stage.output?.releaseSync();
      void server.close().finally(() => resolvePromise(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
