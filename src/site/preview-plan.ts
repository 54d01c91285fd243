import { formatDiagnostic, sortDiagnostics } from "../diagnostics/format-diagnostic.js";
import type { SiteData } from "../types.js";
import { pageFailureDiagnostics, PageFailures } from "./page-failures.js";
import type { RenderPlan } from "./page-template.js";
import { pageContext } from "./pages/page-context.js";
import { selectAll } from "./select-pages.js";
import { renderVersion } from "./site-code-version.js";
import { buildSitePages } from "./site-pages.js";

export interface PreviewOptions {
  contentDir: string;
  pathPrefix?: string;
  siteUrl?: string;
  /** Where problems are reported. Default: standard error. */
  report?: (line: string) => void;
}

/**
 * The dev server's render plan: runs the pipeline on the content folder for every build and
 * prints its diagnostics. A build with a bad file keeps rendering the last good site (the
 * problems are printed; the reader of the preview keeps a working site), as does a pipeline
 * that throws.
 */
export function previewPlan(options: PreviewOptions): () => Promise<RenderPlan> {
  const report = options.report ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const ctx = pageContext({ prefix: options.pathPrefix ?? "/", siteUrl: options.siteUrl ?? "" });
  let lastGood: SiteData | undefined;
  return async () => {
    try {
      const { runPipeline } = await import("../pipeline/run-pipeline.js");
      const result = await runPipeline({ contentDir: options.contentDir, now: new Date() });
      for (const diagnostic of sortDiagnostics(result.diagnostics)) report(formatDiagnostic(diagnostic));
      if (result.hasErrors && lastGood) report(`[digest] ${result.report.rejected.length} file(s) rejected; still serving the last good site. Fix them and save again.`);
      else lastGood = result.site;
    } catch (error) {
      if (!lastGood) throw error;
      report(`[digest] ${(error as Error).message}\n[digest] Still serving the last good site.`);
    }
    const site = lastGood as SiteData;
    // A page that fails to render shows a placeholder in the preview, and its files are named here.
    const failures = new PageFailures((failure) => {
      for (const diagnostic of pageFailureDiagnostics([failure], true)) report(formatDiagnostic(diagnostic));
    });
    return { ctx, site, version: await renderVersion(ctx), render: selectAll(buildSitePages(site), site), failures };
  };
}
