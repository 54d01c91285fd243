import type { StoryRecord } from "./site-pages.js";
import { absoluteUrl, isWebUrl, withPrefix } from "./site-url.js";

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and the JavaScript
 * line separators are written as \u escapes, so no string in it can close the script element
 * (`</script>`) or open a comment, whatever the article says.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * schema.org `NewsArticle` for a story page (https://schema.org/NewsArticle). No description
 * (the page's description and og:description carry it: a third copy of the summary was a third
 * of a story page's head) and no date the story does not have.
 */
export function storyJsonLd(story: StoryRecord, prefix: string, siteUrl?: string): string {
  const pageUrl = absoluteUrl(withPrefix(story.url, prefix), siteUrl);
  const outlets = [...new Set(story.sources.map((s) => s.outlet).filter((o): o is string => !!o))];
  const about = story.parties
    .flatMap((p) => (p.url ? [{ ...p, url: p.url }] : []))
    .slice(0, 8)
    .map((p) => ({
      "@type": p.kind === "person" ? "Person" : p.kind === "country" || p.kind === "place" ? "Place" : "Organization",
      name: p.name,
      url: absoluteUrl(withPrefix(p.url, prefix), siteUrl),
    }));
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    url: pageUrl,
    ...(story.firstPublished ? { datePublished: story.firstPublished } : {}),
    ...(story.lastPublished ? { dateModified: story.lastPublished } : {}),
    // The parties the archive has a page for, each with it: a name the archive has nothing more
    // on adds little to the page's own text and was a tenth of a story page (issue 16).
    ...(about.length > 0 ? { about } : {}),
    keywords: story.topics.map((t) => t.name).join(", "),
    isBasedOn: story.sources.map((s) => ({
      "@type": "NewsArticle",
      headline: s.title,
      ...(s.outlet ? { publisher: { "@type": "Organization", name: s.outlet } } : {}),
      ...(isWebUrl(s.originalUrl) ? { url: s.originalUrl } : {}),
    })),
    ...(outlets.length ? { sourceOrganization: outlets.map((name) => ({ "@type": "Organization", name })) } : {}),
  };
  return scriptSafeJson(data);
}
