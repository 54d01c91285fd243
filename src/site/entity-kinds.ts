import type { EntityKind } from "../types.js";

export interface EntityKindInfo {
  kind: EntityKind;
  /** URL segment of the kind's index: `/people/`. */
  slug: string;
  /** Heading of the index. */
  label: string;
  /** One of them, for counts ("1 person"). */
  singular: string;
}

/** The entity kinds in the order the indexes show them: people first, as readers look them up most. */
export const ENTITY_KINDS: readonly EntityKindInfo[] = [
  { kind: "person", slug: "people", label: "People", singular: "person" },
  { kind: "country", slug: "countries", label: "Countries", singular: "country" },
  { kind: "organization", slug: "organizations", label: "Organizations", singular: "organization" },
  { kind: "place", slug: "places", label: "Places", singular: "place" },
  { kind: "outlet", slug: "outlets", label: "Outlets", singular: "outlet" },
];
