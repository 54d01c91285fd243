// Site-level entity knowledge a user edits without code (content/knowledge.yml):
//   entities: [{ name: "Fumio Kishida", kind: person, aliases: ["Kishida"] }]   # add / retype / alias
//   merge:  { "PM Kishida": "Fumio Kishida" }      # a name found in text -> the entity it is
//   rename: { "Joe Biden": "President Joe Biden" } # an entity's display name
//   ignore: ["Read also"]                          # never an entity
import { z } from "zod";
import type { EntityKind } from "../../types.js";
import { keyOf } from "./gazetteer.js";

const nonEmpty = z.string().trim().min(1);

export const entityOverridesSchema = z
  .object({
    entities: z
      .array(
        z.object({
          name: nonEmpty,
          kind: z.enum(["person", "country", "place", "organization", "outlet"]),
          aliases: z.array(nonEmpty).default([]),
        }),
      )
      .default([]),
    merge: z.record(nonEmpty, nonEmpty).default({}),
    rename: z.record(nonEmpty, nonEmpty).default({}),
    ignore: z.array(nonEmpty).default([]),
  })
  .strict();

export type EntityOverrides = z.infer<typeof entityOverridesSchema>;

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
