// The knowledge file (content/knowledge.yml) overrides every resolution rule: an entity it names,
// merges into or renames is never resolved into another one.
import { entityId } from "../extract/entities/entity-id.js";
import type { EntityOverrides } from "../extract/entities/entity-overrides.js";

/** Ids of every entity the knowledge file names. */
export function pinnedIds(overrides: EntityOverrides | undefined): Set<string> {
  const pinned = new Set<string>();
  if (!overrides) return pinned;
  const names = [
    ...overrides.entities.flatMap((e) => [e.name, ...e.aliases]),
    ...Object.entries(overrides.merge).flat(),
    ...Object.entries(overrides.rename).flat(),
  ];
  for (const name of names) pinned.add(entityId(name));
  return pinned;
}
