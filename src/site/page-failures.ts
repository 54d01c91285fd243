// A page whose template throws must not take the whole build with it, nor fail it with a message
// that names a template instead of the articles (issue 12: one article stopped a build and the
// error named `article.11ty.js`). Each page is rendered under a guard: a failure is recorded with
// the articles behind the page, every other page still renders (so a build reports all failures
// at once), and the failed page gets a placeholder at the same URL. A placeholder rather than no
// page: every other page, feed, the sitemap, the data export and the search index (made from the
// site's data, in parallel) already link to that URL, and a placeholder keeps every one of those
// links working without a second rendering pass that knows which pages failed.
import { diagnostic } from "../diagnostics/catalogue.js";
import { debug } from "../diagnostics/debug.js";
import type { Diagnostic, SiteData } from "../types.js";

/** A page that could not be rendered. */
export interface PageFailure {
  /** The page kind (`story`, `article`, …), or `search` for a story's search index document. */
  kind: string;
  /** Site-relative URL of the page (`/stories/x/`), or of the file (`/feed.xml`). */
  url: string;
  /** Output path relative to the site root (`stories/x/index.html`). */
  path: string;
  /** Content files behind the page, relative to the content folder. */
  articles: string[];
  /** What the template threw. */
  message: string;
  /**
   * Whether a placeholder took the page's place (HTML pages, search documents); false leaves the file unusable (feeds,
   * exports).
   */
  placeholder: boolean;
}

/**
 * Where a build's render failures go. A class instance, not a plain array: Eleventy deep-copies
 * plain objects and arrays of global data, and the plan reaches templates as global data.
 */
export class PageFailures {
  readonly list: PageFailure[] = [];
  constructor(private readonly onFailure?: (failure: PageFailure) => void) {}
  add(failure: PageFailure): void {
    this.list.push(failure);
    this.onFailure?.(failure);
  }
}

/** What the guard needs to know about the page it renders; asked only when rendering failed. */
export interface GuardedPage {
  kind: string;
  /** Output path relative to the site root (`stories/x/index.html`). */
  path: () => string;
  /** The content files behind the page. */
  articles: () => string[];
  /**
   * What to write instead, given the page's URL and path; absent or undefined, the file is left empty (and the build
   * must fail).
   */
  fallback?: (url: string, path: string) => string | undefined;
}

/** `stories/x/index.html` -> `/stories/x/`; other files keep their name (`/feed.xml`). */
export function urlOfPath(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * Renders one page; when `render` throws, records the failure in `failures` and returns the
 * page's fallback. Without `failures` (a caller that renders pages by itself) the error is thrown.
 */
export function renderGuarded(page: GuardedPage, render: () => string, failures: PageFailures | undefined): string {
  try {
    return render();
  } catch (error) {
    if (!failures) throw error;
    const path = page.path();
    const url = urlOfPath(path);
    let articles: string[];
    try {
      articles = page.articles();
    } catch {
      articles = [];
    }
    // The report gives the message; where in the code it broke is for a developer, under DEBUG.
    debug(
      () =>
        `${page.kind} ${url} failed to render: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    const replacement = page.fallback?.(url, path);
    failures.add({
      kind: page.kind,
      url,
      path,
      articles,
      message: describe(error),
      placeholder: replacement !== undefined,
    });
    return replacement ?? "";
  }
}

/** An error's message, with its kind when the message alone does not say (`RangeError: Invalid string length`). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name && error.name !== "Error" ? `${error.name}: ${error.message}` : error.message;
}

/** The content files of the stories a list page or feed shows (cards carry story ids). */
export function storyArticles(site: Pick<SiteData, "stories">, cards: readonly { id: string }[]): string[] {
  const wanted = new Set(cards.map((card) => card.id));
  return site.stories
    .filter((story) => wanted.has(story.id))
    .flatMap((story) => story.sources.map((source) => source.path));
}

/** "2 pages and 1 search index entry": what failed, in words. */
export function countFailures(failures: readonly PageFailure[]): string {
  const search = failures.filter((failure) => failure.kind === "search").length;
  const pages = failures.length - search;
  const parts = [
    pages > 0 ? `${pages} ${pages === 1 ? "page" : "pages"}` : "",
    search > 0 ? `${search} search index ${search === 1 ? "entry" : "entries"}` : "",
  ];
  return parts.filter(Boolean).join(" and ");
}

/**
 * The failures as diagnostics, one per page: the first content file is the diagnostic's path (an
 * article page has exactly one), the message gives the page and the other files. Errors, or with
 * `--skip-invalid` warnings for pages a placeholder replaced.
 */
export function pageFailureDiagnostics(failures: readonly PageFailure[], skipInvalid: boolean): Diagnostic[] {
  return failures.map((failure) => {
    const [first, ...others] = failure.articles;
    const page = {
      url: failure.url,
      search: failure.kind === "search",
      others,
      reason: failure.message,
      placeholder: failure.placeholder,
    };
    const where = { file: first ?? failure.url };
    return skipInvalid && failure.placeholder
      ? diagnostic("page-placeholder", where, page)
      : diagnostic("page-render", where, page);
  });
}
