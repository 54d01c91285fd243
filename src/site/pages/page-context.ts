import { absoluteUrl, withPrefix } from "../site-url.js";

/** What every page renderer needs besides its own record: where the site lives and its name. */
export interface PageContext {
  /** Path prefix, `/` or `/repo/`. */
  prefix: string;
  /** The site's origin (`https://user.github.io`), or "" for site-relative links only. */
  siteUrl: string;
  siteTitle: string;
  siteDescription: string;
  /** A site-relative URL with the path prefix applied (`/x/` -> `/repo/x/`). */
  link(url: string): string;
  /** A site-relative URL made absolute when the origin is known (feeds, canonical, Open Graph). */
  absolute(url: string): string;
}

export interface PageContextOptions {
  prefix?: string;
  siteUrl?: string;
  siteTitle?: string;
}

export const DEFAULT_SITE_TITLE = "News Digest";
const DESCRIPTION = "Stories grouped from many outlets, by topic, person, country and organization.";

/**
 * Links are prefixed by string concatenation once per link rather than through Eleventy's `url`
 * filter, which parses every URL (`new URL`) and cost about a second per thousand articles.
 */
export function pageContext(options: PageContextOptions = {}): PageContext {
  const prefix = options.prefix ?? "/";
  const siteUrl = options.siteUrl ?? "";
  return {
    prefix,
    siteUrl,
    siteTitle: options.siteTitle ?? DEFAULT_SITE_TITLE,
    siteDescription: DESCRIPTION,
    link: (url) => withPrefix(url, prefix),
    absolute: (url) => absoluteUrl(withPrefix(url, prefix), siteUrl || undefined),
  };
}
