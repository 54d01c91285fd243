import type { SiteData } from "../types.js";
import { withPrefix } from "./site-url.js";

// The machine-readable export (README, "Commands"): plain JSON arrays, every record with the URL of its
// page (path prefix applied) and each story with its articles' source paths, which tools such
// as the story scorer and the next build's id keeper (readPreviousStories) read back.

export function storiesExport(site: SiteData, prefix = "/"): string {
  const articlesById = new Map(site.articles.map((a) => [a.id, a]));
  return JSON.stringify(
    site.stories.map((story) => ({
      id: story.id,
      url: withPrefix(story.url, prefix),
      headline: story.headline,
      summary: story.summary,
      published: story.published,
      firstPublished: story.firstPublished,
      lastPublished: story.lastPublished,
      articles: story.sources.map((source) => ({
        id: source.articleId,
        path: source.path,
        url: withPrefix(source.url, prefix),
        title: source.title,
        outlet: source.outlet ?? null,
        published: source.published,
        originalUrl: source.originalUrl ?? null,
        wordCount: articlesById.get(source.articleId)?.wordCount ?? null,
      })),
      parties: story.parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, score: p.score, url: withPrefix(p.url, prefix) })),
      topics: story.topics.map((t) => ({ id: t.id, label: t.name, iptc: t.iptc, score: t.score, url: withPrefix(t.url, prefix) })),
      timeline: story.timeline,
      related: story.related.map((r) => ({ id: r.id, headline: r.name, why: r.why, score: r.score, url: withPrefix(r.url, prefix) })),
      formerIds: story.formerIds,
    })),
    null,
    1,
  );
}

export function entitiesExport(site: SiteData, prefix = "/"): string {
  return JSON.stringify(
    site.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      url: withPrefix(entity.url, prefix),
      aliases: entity.aliases,
      articleCount: entity.articleCount,
      mentionCount: entity.mentionCount,
      stories: entity.stories.map((s) => s.id),
      seenWith: entity.seenWith.map((e) => ({ id: e.id, name: e.name, kind: e.kind, count: e.count })),
      topics: entity.topics.map((t) => ({ id: t.id, label: t.name, iptc: t.iptc, count: t.count })),
      coverage: entity.coverage,
    })),
    null,
    1,
  );
}

export function topicsExport(site: SiteData, prefix = "/"): string {
  return JSON.stringify(
    site.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      iptc: topic.iptc,
      url: withPrefix(topic.url, prefix),
      parent: topic.parent ? { id: topic.parent.id, label: topic.parent.name, iptc: topic.parent.iptc } : null,
      children: topic.children.map((c) => ({ id: c.id, label: c.name, iptc: c.iptc, count: c.count })),
      stories: topic.stories.map((s) => s.id),
      parties: topic.parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, count: p.count })),
    })),
    null,
    1,
  );
}
