import { feedTimestamp } from "../format-date.js";
import { html } from "../html.js";
import { feedId } from "../site-url.js";
import type { FeedSource } from "../site-pages.js";
import type { PageContext } from "./page-context.js";

/**
 * An Atom feed (RFC 4287) of a feed source; `html` escaping is what XML text and attributes need
 * too. One entry a line, unindented, its link without the attributes Atom assumes (rel
 * "alternate"; a type is advisory): a large archive has a feed per topic and entity.
 */
export function atomFeed(ctx: PageContext, feed: FeedSource): string {
  const first = feed.cards[0];
  const updated = first ? feedTimestamp(first.date?.date, feed.fallbackTime) : feed.fallbackTime;
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${feed.title} · ${ctx.siteTitle}</title>
  <link href="${ctx.absolute(feed.atomUrl)}" rel="self" type="application/atom+xml"/>
  <link href="${ctx.absolute(feed.pageUrl)}" rel="alternate" type="text/html"/>
  <id>${feedId(ctx.link(feed.pageUrl), ctx.siteUrl || undefined)}</id>
  <updated>${updated}</updated>
  <author><name>${ctx.siteTitle}</name></author>
${feed.cards.map(
  (
    card,
  ) => html`<entry><title>${card.headline}</title><link href="${ctx.absolute(card.url)}"/><id>${feedId(ctx.link(card.url), ctx.siteUrl || undefined)}</id><updated>${feedTimestamp(card.date?.date, feed.fallbackTime)}</updated><summary>${card.teaser}</summary>${feed.categories && card.topics.map((topic) => html`<category term="${topic.name}"/>`)}</entry>
`,
)}</feed>
`.value;
}
