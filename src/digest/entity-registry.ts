import { tieOrder } from "../entity-kinds.js";
import { opensWithGivenName } from "../resolve/entity-catalog.js";
import type { EntityKind, EntityRef, ExtractedArticle } from "../types.js";
import { pageAliases } from "../resolve/aliases.js";
import { entityUrl } from "./site-urls.js";

/** One entity merged over every article that names it. */
export interface MergedEntity extends EntityRef {
  aliases: string[];
  articleIds: string[];
  mentionCount: number;
}

function majority<T>(counts: Map<T, number>, tieBreak: (a: T, b: T) => number): T {
  // Most entities come with one kind and one name: nothing to sort.
  if (counts.size === 1) return counts.keys().next().value as T;
  return [...counts].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]![0];
}

/**
 * Entities by id over the whole corpus. The same id may come with different kinds or names from
 * different articles (a city read as a government, a short name): the majority wins, and the
 * other names become aliases as far as they are names of it (src/resolve/aliases.ts).
 */
export function mergeEntities(articles: readonly ExtractedArticle[]): Map<string, MergedEntity> {
  const kinds = new Map<string, Map<EntityKind, number>>();
  // Kinds some article found evidence for: they outvote the extractor's guesses (kindGuessed).
  const evidenced = new Map<string, Map<EntityKind, number>>();
  const names = new Map<string, Map<string, number>>();
  const texts = new Map<string, Set<string>>();
  const articleIds = new Map<string, string[]>();
  const mentions = new Map<string, number>();
  for (const article of articles) {
    for (const e of article.entities) {
      const k = kinds.get(e.id) ?? new Map<EntityKind, number>();
      k.set(e.kind, (k.get(e.kind) ?? 0) + 1);
      kinds.set(e.id, k);
      if (!e.kindGuessed) {
        const sure = evidenced.get(e.id) ?? new Map<EntityKind, number>();
        sure.set(e.kind, (sure.get(e.kind) ?? 0) + 1);
        evidenced.set(e.id, sure);
      }
      const n = names.get(e.id) ?? new Map<string, number>();
      n.set(e.name, (n.get(e.name) ?? 0) + 1);
      names.set(e.id, n);
      const t = texts.get(e.id) ?? new Set<string>();
      for (const m of e.mentions) t.add(m.text);
      texts.set(e.id, t);
      const list = articleIds.get(e.id) ?? [];
      if (list[list.length - 1] !== article.id) list.push(article.id);
      articleIds.set(e.id, list);
      mentions.set(e.id, (mentions.get(e.id) ?? 0) + e.mentions.length);
    }
  }
  const merged = new Map<string, MergedEntity>();
  const named = [...kinds.keys()].sort().map((id) => {
    // Equal counts: the fuller name ("Fumio Kishida" over "Kishida").
    const name = majority(names.get(id)!, (a, b) => b.length - a.length || (a < b ? -1 : 1));
    const all = kinds.get(id)!;
    const givenName = opensWithGivenName(name);
    return {
      id,
      kind: majority(evidenced.get(id) ?? all, (a, b) => tieOrder(a, b, all, givenName)),
      name,
      forms: [...names.get(id)!.keys(), ...texts.get(id)!],
      articles: articleIds.get(id)!.length,
    };
  });
  const aliasesOf = pageAliases(named);
  for (const { id, kind, name } of named) {
    merged.set(id, {
      id,
      name,
      kind,
      url: entityUrl(id),
      aliases: aliasesOf.get(id) ?? [],
      articleIds: articleIds.get(id)!,
      mentionCount: mentions.get(id)!,
    });
  }
  return merged;
}

/** The reference to show for an entity id. */
export function entityRef(entity: MergedEntity): EntityRef {
  return { id: entity.id, name: entity.name, kind: entity.kind, url: entity.url };
}
