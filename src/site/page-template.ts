import type { SiteData } from "../types.js";
import { PAGE_KINDS, type PageKindName } from "./page-kinds.js";
import type { PageContext } from "./pages/page-context.js";
import { placeholderPage } from "./pages/placeholder-page.js";
import { renderGuarded, type PageFailures } from "./page-failures.js";
import type { SearchIndexResult } from "./run-pagefind.js";

/** The global data `siteRender`: what to render this build and with what. */
export interface RenderPlan {
  ctx: PageContext;
  site: SiteData;
  /** The site code and page context: what the output is made with besides the records. */
  version: string;
  /** Records to render, by page kind (the incremental build leaves unchanged pages out). */
  render: Record<PageKindName, unknown[]>;
  /** The search index, already being built (digest build); absent, the site plugin builds it after rendering (dev server). */
  searchIndex?: Promise<SearchIndexResult>;
  /** The previous build's output, whose unchanged search index shards are reused. Default: the output folder itself. */
  previousDir?: string;
  /** Where pages that fail to render are recorded (they get a placeholder); absent, a failure throws. */
  failures?: PageFailures;
}

interface PageData {
  siteRender: RenderPlan;
  record: unknown;
}

/**
 * An Eleventy JavaScript template for one page kind (a virtual template `<name>.11ty.js` that
 * the site plugin adds for every kind of the registry): it paginates
 * over the kind's selected records, one output file each. Plain functions render the markup:
 * much cheaper per page than Nunjucks templates with includes and filters.
 */
export function pageTemplate(name: PageKindName) {
  const kind = PAGE_KINDS[name];
  return {
    data: {
      pagination: { data: `siteRender.render.${name}`, size: 1, alias: "record" },
      permalink: (data: PageData) => `/${kind.outputPath(data.record)}`,
      eleventyExcludeFromCollections: true,
    },
    render: (data: PageData) => {
      const { ctx, site, failures } = data.siteRender;
      const page = {
        kind: name,
        path: () => kind.outputPath(data.record),
        articles: () => kind.sources?.(data.record, site) ?? [],
        // A page that fails gets a placeholder at its URL, which every link to it already uses;
        // a feed or export has none that would be valid (page-failures.ts).
        fallback: (url: string, path: string) => (path.endsWith(".html") ? placeholderPage(ctx, url) : undefined),
      };
      return renderGuarded(page, () => kind.render(ctx, data.record, site), failures);
    },
  };
}
