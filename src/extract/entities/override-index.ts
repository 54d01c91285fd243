// The site's entity overrides (entity-overrides.ts) indexed for lookup while extracting. Kept apart
// from the schema so extraction never loads zod: validating the knowledge file is ingest's job,
// and zod is ~0.1 s of every extraction worker's start-up.
import type { EntityKind } from "../../types.js";
import type { EntityOverrides } from "./entity-overrides.js";
import { keyOf } from "./gazetteer.js";

/** Overrides made ready for lookup by token key. */
export interface OverrideIndex {
  /** Names and aliases of `entities` -> canonical name and kind. */
  names: Map<string, { canonical: string; kind: EntityKind }>;
  /** Keys of names never to output. */
  ignore: Set<string>;
  /** Lower-case name -> the canonical name it merges into. */
  merge: Map<string, string>;
  /** Lower-case canonical name -> display name. */
  rename: Map<string, string>;
}

const cache = new WeakMap<EntityOverrides, OverrideIndex>();

/** Indexes overrides once per object (the same object serves a whole archive). */
export function indexOverrides(overrides: EntityOverrides): OverrideIndex {
  const hit = cache.get(overrides);
  if (hit) return hit;
  const index: OverrideIndex = { names: new Map(), ignore: new Set(), merge: new Map(), rename: new Map() };
  for (const e of overrides.entities) {
    for (const n of [e.name, ...e.aliases]) index.names.set(keyOf(n), { canonical: e.name, kind: e.kind });
  }
  for (const n of overrides.ignore) index.ignore.add(keyOf(n));
  for (const [from, to] of Object.entries(overrides.merge)) index.merge.set(from.toLowerCase(), to);
  for (const [from, to] of Object.entries(overrides.rename)) index.rename.set(from.toLowerCase(), to);
  cache.set(overrides, index);
  return index;
}
