// Applies a resolution to one article: each entity takes the id and name of the entity it
// resolves to, and entities that become one ("Blair" and "Tony Blair") join their mentions.
import { push } from "./push.js";
import type { ArticleEntity, EntityKind, ExtractedArticle } from "../types.js";
import type { CatalogEntry } from "./entity-catalog.js";

/** What an entity resolves to: an id of the catalog, and the kind to give it when the rule knows one. */
export interface Resolved {
  id: string;
  kind?: EntityKind;
}

/** The article with its entities resolved; the same object when nothing changes. */
export function rewriteEntities(
  article: ExtractedArticle,
  resolve: (entity: ArticleEntity) => Resolved | undefined,
  catalog: ReadonlyMap<string, CatalogEntry>,
): ExtractedArticle {
  let changed = false;
  const byId = new Map<string, ArticleEntity[]>();
  for (const e of article.entities) {
    const to = resolve(e);
    let entity = e;
    if (to && (to.id !== e.id || (to.kind !== undefined && to.kind !== e.kind)) && catalog.has(to.id)) {
      changed = true;
      entity = { ...e, id: to.id, name: catalog.get(to.id)!.name, kind: to.kind ?? e.kind };
      // A kind the archive gave is no longer the extractor's guess.
      if (entity.kind !== e.kind) delete entity.kindGuessed;
    }
    push(byId, entity.id, entity);
  }
  if (!changed) return article;
  const entities = [...byId.values()].map((parts) => {
    if (parts.length === 1) return parts[0]!;
    // The kind of the part with most mentions; salience of the most salient part (the article is
    // as much about "Tony Blair" as its most prominent name for him says).
    const main = [...parts].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    const named = parts.find((p) => catalog.get(p.id)?.name === p.name) ?? main;
    const merged: ArticleEntity = {
      id: main.id,
      name: named.name,
      kind: main.kind,
      mentions: parts.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start || a.end - b.end),
      salience: Math.max(...parts.map((p) => p.salience)),
    };
    if (parts.every((p) => p.kindGuessed || p.kind !== main.kind)) merged.kindGuessed = true;
    return merged;
  });
  entities.sort(
    (a, b) =>
      b.salience - a.salience ||
      (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) ||
      (a.id < b.id ? -1 : 1),
  );
  return { ...article, entities };
}
