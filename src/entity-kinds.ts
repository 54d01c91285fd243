// Every kind of entity, defined once: the record type, the knowledge file's schema, the order of
// the site's indexes and their sections all derive from this list. People, places and
// organizations are the parties of news; the last four are names that are none of these (a
// competition, a phone, a film, an act of parliament), kept apart so they never pose as people.

interface KindShape {
  kind: string;
  /** URL segment of the kind's index: `/people/`. */
  slug: string;
  /** Heading of the index. */
  label: string;
  /** One of them, for counts ("1 person"). */
  singular: string;
}

/** The entity kinds in the order the indexes show them: people first, as readers look them up most. */
export const ENTITY_KINDS = [
  { kind: "person", slug: "people", label: "People", singular: "person" },
  { kind: "country", slug: "countries", label: "Countries", singular: "country" },
  { kind: "organization", slug: "organizations", label: "Organizations", singular: "organization" },
  { kind: "place", slug: "places", label: "Places", singular: "place" },
  { kind: "outlet", slug: "outlets", label: "Outlets", singular: "outlet" },
  { kind: "event", slug: "events", label: "Events and competitions", singular: "event" },
  { kind: "product", slug: "products", label: "Products and brands", singular: "product" },
  { kind: "work", slug: "works", label: "Works", singular: "work" },
  { kind: "law", slug: "laws", label: "Laws and treaties", singular: "law" },
] as const satisfies readonly KindShape[];

export type EntityKind = (typeof ENTITY_KINDS)[number]["kind"];

/** One kind with the words the site uses for it. */
export interface EntityKindInfo extends KindShape {
  kind: EntityKind;
}

/** The kind names, in index order (for schemas: `z.enum(ENTITY_KIND_NAMES)`). */
export const ENTITY_KIND_NAMES = ENTITY_KINDS.map((info) => info.kind) as [EntityKind, ...EntityKind[]];

/** Position of a kind in the indexes' order; also the tie-break when two kinds are equally likely. */
export function kindOrder(kind: EntityKind): number {
  return ENTITY_KIND_NAMES.indexOf(kind);
}

/**
 * Which of two kinds the articles gave a name as often as each other (counting those with
 * evidence) the archive takes: the kind more articles gave it at all (`all`), then any kind
 * before a person, then the indexes' order. Extraction calls a name a person on the weakest
 * cues ("Orange said"), so a tie with evidence of another kind ("phone firm Orange") is most
 * often no person; unless the name opens with a given name (`givenName`: "Tony Blair" read
 * once as a place). On BBC dev: 17 "people" tied so, none of them a person (companies, clubs, works).
 */
export function tieOrder(
  a: EntityKind,
  b: EntityKind,
  all: ReadonlyMap<EntityKind, number>,
  givenName: boolean,
): number {
  const person = givenName ? 0 : (a === "person" ? 1 : 0) - (b === "person" ? 1 : 0);
  return (all.get(b) ?? 0) - (all.get(a) ?? 0) || person || kindOrder(a) - kindOrder(b);
}
