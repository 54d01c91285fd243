// Articles with hand-placed entities for the resolve stage's tests: each name is found in the body
// for its mention's offsets, and its id is the one extraction would give it.
import { entityId } from "../../src/extract/entities/entity-id.js";
import type { EntityKind, ExtractedArticle } from "../../src/types.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

export function article(id: string, body: string, entities: [name: string, kind: EntityKind][]): ExtractedArticle {
  return fixtureArticle({
    id,
    title: id,
    body,
    date: "2005-01-10",
    entities: entities.map(([name, kind]) => ({ id: entityId(name), name, kind })),
  });
}

/** The entity ids of an article, sorted. */
export function ids(a: ExtractedArticle): string[] {
  return a.entities.map((e) => e.id).sort();
}
