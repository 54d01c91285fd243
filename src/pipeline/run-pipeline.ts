import { clusterStories } from "../cluster/cluster-stories.js";
import { buildSiteData } from "../digest/build-site-data.js";
import { extractArticle, type ExtractContext } from "../extract/extract-article.js";
import { ingestContent } from "../ingest/ingest-content.js";
import { parseKnowledge } from "../ingest/parse-knowledge.js";
import type { PreviousStory } from "../ingest/read-previous-stories.js";
import type { BuildReport, Diagnostic, ExtractedArticle, SiteData, Story } from "../types.js";

export interface PipelineOptions {
  /** The folder of articles. */
  contentDir: string;
  /** The build's time (stages never read the clock themselves). */
  now: Date;
  /** Stories of the previous build, for stable ids. */
  previous?: PreviousStory[];
  /** Called after each article is extracted, for progress display. */
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineResult {
  site: SiteData;
  articles: ExtractedArticle[];
  stories: Story[];
  diagnostics: Diagnostic[];
  report: BuildReport;
  /** Whether any file was rejected with an error (the CLI fails unless --skip-invalid). */
  hasErrors: boolean;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/** content/ -> ingest -> extract -> cluster -> digest. Rendering is the site stage's job. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    return result;
  };

  const ingestStarted = performance.now();
  const ingested = await ingestContent(options.contentDir);
  timings.ingest = performance.now() - ingestStarted;
  const diagnostics = [...ingested.diagnostics];
  const context: ExtractContext = {};
  if (ingested.knowledge) {
    const knowledge = parseKnowledge(ingested.knowledge);
    diagnostics.push(...knowledge.diagnostics);
    if (knowledge.overrides) context.overrides = knowledge.overrides;
  }

  const articles = time("extract", () =>
    ingested.articles.map((article, index) => {
      const extracted = extractArticle(article, context);
      options.onProgress?.(index + 1, ingested.articles.length);
      return extracted;
    }),
  );
  const stories = time("cluster", () => clusterStories(articles, options.previous ? { previous: options.previous } : {}));
  const report: BuildReport = {
    filesFound: ingested.found.length,
    articlesBuilt: articles.length,
    rejected: ingested.rejected,
    ignored: ingested.ignored,
    diagnostics,
  };
  const site = time("digest", () => buildSiteData(articles, stories, report, options.now.toISOString()));
  return {
    site,
    articles,
    stories,
    diagnostics,
    report,
    hasErrors: diagnostics.some((d) => d.severity === "error"),
    timings,
  };
}
