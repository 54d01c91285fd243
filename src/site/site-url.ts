import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";

/** A site-relative URL from the digest stage that would write outside its page folder. */
export class UnsafePermalinkError extends DigestError {
  override name = "UnsafePermalinkError";
}

// Site-relative page URLs are `/segment/segment/` made of slug characters only: nothing that
// can climb out of the output folder (`..`), smuggle a scheme, or need escaping in a path.
const SAFE_PAGE_URL = /^\/(?:[A-Za-z0-9][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9][A-Za-z0-9._~-]*\.(?:html|xml|json|txt))?$/;

/** Returns `url` when it is a safe site-relative page URL; throws (naming it) otherwise. */
export function safePermalink(url: string): string {
  if (
    typeof url !== "string" ||
    !SAFE_PAGE_URL.test(url) ||
    url.split("/").some((part) => part === ".." || part === ".")
  ) {
    throw new UnsafePermalinkError(problem("unsafe-permalink", url));
  }
  return url;
}

/** Joins a path prefix (`/repo/`) and a site-relative URL (`/stories/x/`) -> `/repo/stories/x/`. */
export function withPrefix(url: string, prefix = "/"): string {
  if (!url.startsWith("/")) return url;
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  return base + url.slice(1);
}

/** An absolute URL when the site's origin is known (feeds, sitemap, Open Graph), else the path. */
export function absoluteUrl(prefixedPath: string, siteUrl: string | undefined): string {
  if (!siteUrl || /^https?:\/\//i.test(prefixedPath)) return prefixedPath;
  return new URL(prefixedPath, siteUrl).href;
}

/** Only http(s) addresses become links; anything else (`javascript:`, `data:`) is shown as text. */
export function isWebUrl(url: unknown): url is string {
  // Without a colon there is no scheme, and `new URL` throws: answer before it does. Article
  // bodies link every entity mention with a site-relative URL, and a thrown error per link cost
  // a third of rendering the bodies.
  if (typeof url !== "string" || !url.includes(":")) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A permanent Atom id: the absolute URL when the origin is known; otherwise a tag URI
 * (RFC 4151), because Atom ids must be absolute IRIs and a bare path is not one.
 */
export function feedId(prefixedPath: string, siteUrl: string | undefined): string {
  return siteUrl ? absoluteUrl(prefixedPath, siteUrl) : `tag:news-digest,2024:${prefixedPath}`;
}

/** The host of an original article's address, shown beside the outlet (`www.` dropped). */
export function hostname(url: string | undefined): string {
  if (!isWebUrl(url)) return "";
  return new URL(url).hostname.replace(/^www\./, "");
}

/** An address setting (`DIGEST_SITE_URL`) that is not an http(s) origin. */
export class SiteUrlError extends DigestError {
  override name = "SiteUrlError";
}

/** Returns the site's origin as given when it is an http(s) URL; throws, naming the setting, otherwise. */
export function checkSiteUrl(value: string, setting = "DIGEST_SITE_URL"): string {
  const valid = value === "" || isWebUrl(value);
  if (valid) return value;
  const text = String(value);
  const shown = text.length > 80 ? `${JSON.stringify(text.slice(0, 80))}…` : JSON.stringify(text);
  throw new SiteUrlError(problem("site-url", setting, shown));
}
