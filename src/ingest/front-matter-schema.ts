import { z } from "zod";

const stringList = z.array(z.union([z.string(), z.number()]).transform(String));

/**
 * The front matter fields the pipeline reads. Every field is optional: a plain `.txt` has none.
 * Unknown fields are allowed and kept (`Article.extra`); they are not errors.
 */
export const frontMatterSchema = z
  .object({
    title: z.union([z.string(), z.number()]).transform(String).optional(),
    /** A date (YAML date, ISO string, `2024-03`) — parsed by the dates stage's field parser. */
    date: z.unknown().optional(),
    outlet: z.string().optional(),
    source: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    author: z.union([z.string(), stringList]).optional(),
    authors: z.union([z.string(), stringList]).optional(),
    tags: z.union([stringList, z.string()]).optional(),
    topics: z.union([stringList, z.string()]).optional(),
    entities: z.union([stringList, z.string()]).optional(),
    people: z.union([stringList, z.string()]).optional(),
    story: z.union([z.string(), z.number()]).transform(String).optional(),
    slug: z.union([z.string(), z.number()]).transform(String).optional(),
    permalink: z.unknown().optional(),
    draft: z.boolean().optional(),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Fields the pipeline interprets; anything else lands in `Article.extra`. */
export const KNOWN_FIELDS = new Set(Object.keys(frontMatterSchema.shape));
