// Site-level entity knowledge a user edits without code (content/knowledge.yml):
//   entities: [{ name: "Fumio Kishida", kind: person, aliases: ["Kishida"] }]   # add / retype / alias
//   merge:  { "PM Kishida": "Fumio Kishida" }      # a name found in text -> the entity it is
//   rename: { "Joe Biden": "President Joe Biden" } # an entity's display name
//   ignore: ["Read also"]                          # never an entity
import { z } from "zod";
import { ENTITY_KIND_NAMES } from "../../entity-kinds.js";

const nonEmpty = z.string().trim().min(1);

export const entityOverridesSchema = z
  .object({
    entities: z
      .array(
        z.object({
          name: nonEmpty,
          kind: z.enum(ENTITY_KIND_NAMES),
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
