import { buildCatalog } from "../resolve/entity-catalog.js";
import type { EntityRef, ExtractedArticle } from "../types.js";
import { pageAliases } from "../resolve/aliases.js";
import { entityUrl } from "./site-urls.js";

/** One entity merged over every article that names it. */
export interface MergedEntity extends EntityRef {
  aliases: string[];
  articleIds: string[];
  mentionCount: number;
}

/**
 * Entities by id over the whole corpus. The same id may come with different kinds or names from
 * different articles (a city read as a government, a short name): the majority wins, as in
 * resolution's catalog, and the other names become aliases as far as they are names of it
 * (src/resolve/aliases.ts).
 */
export function mergeEntities(articles: readonly ExtractedArticle[]): Map<string, MergedEntity> {
  const catalog = buildCatalog(articles);
  const mentions = new Map<string, number>();
  for (const article of articles)
    for (const e of article.entities) mentions.set(e.id, (mentions.get(e.id) ?? 0) + e.mentions.length);
  const aliasesOf = pageAliases(
    [...catalog.values()].map(({ id, kind, name, names, texts, articles }) => ({
      id,
      kind,
      name,
      forms: [...names.keys(), ...texts],
      articles,
    })),
  );
  const merged = new Map<string, MergedEntity>();
  for (const { id, kind, name, inArticles } of catalog.values()) {
    merged.set(id, {
      id,
      name,
      kind,
      url: entityUrl(id),
      aliases: aliasesOf.get(id) ?? [],
      articleIds: inArticles.map((index) => articles[index]!.id),
      mentionCount: mentions.get(id)!,
    });
  }
  return merged;
}

/** The reference to show for an entity id. */
export function entityRef(entity: MergedEntity): EntityRef {
  return { id: entity.id, name: entity.name, kind: entity.kind, url: entity.url };
}
