import type { SiteData } from "../types.js";
import { PAGE_KINDS, type PageKindName } from "./page-kinds.js";
import type { PageContext } from "./pages/page-context.js";
import { placeholderPage } from "./pages/placeholder-page.js";
import { renderGuarded, type PageFailures } from "./page-failures.js";

/**
 * The global data `siteRender`: what Eleventy renders this build and with what. A class, not a
 * plain object: Eleventy deep-copies plain objects of global data (and again for every page of a
 * pagination), and this one holds the whole site.
 */
export class RenderPlan {
  constructor(
    readonly ctx: PageContext,
    readonly site: SiteData,
    /** Records to render, by page kind: only those of pages whose inputs changed, and whole-site files. */
    readonly render: Record<PageKindName, unknown[]>,
    /** Where pages that fail to render are recorded (they get a placeholder, or an empty file). */
    readonly failures: PageFailures,
  ) {}
}

/** No record of any kind: a plan to fill. */
export function noRecords(): Record<PageKindName, unknown[]> {
  return Object.fromEntries(Object.keys(PAGE_KINDS).map((name) => [name, []])) as unknown as Record<
    PageKindName,
    unknown[]
  >;
}

interface PageData {
  siteRender: RenderPlan;
  record: unknown;
}

/**
 * An Eleventy JavaScript template for one page kind (a virtual template `<name>.11ty.js` that
 * the site plugin adds for every kind of the registry): it paginates over the kind's records in
 * the plan, one output file each. Plain functions render the markup: much cheaper per page than
 * Nunjucks templates with includes and filters.
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
