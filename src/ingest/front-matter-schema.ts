import { z } from "zod";

/** A line of text; YAML reads `outlet: 1843` or `slug: 2024` as numbers, which are meant as text. */
const text = z.union([z.string(), z.number()]).transform(String);
const stringList = z.array(z.union([z.string(), z.number()]).transform(String));
/** A list, or a string read as a comma-separated list (with a warning). */
const listOrString = z.union([stringList, z.string()]);

/**
 * The front matter fields the pipeline reads. Every field is optional: a plain `.txt` has none.
 * Unknown fields are allowed and kept (`Article.extra`); they are not errors.
 */
export const frontMatterSchema = z
  .object({
    title: text.optional(),
    /** A date (YAML date, ISO string, `2024-03`) — parsed by the dates stage's field parser. */
    date: z.unknown().optional(),
    outlet: text.optional(),
    source: text.optional(),
    publisher: text.optional(),
    url: z.string().optional(),
    author: listOrString.optional(),
    authors: listOrString.optional(),
    tags: listOrString.optional(),
    topics: listOrString.optional(),
    entities: listOrString.optional(),
    people: listOrString.optional(),
    story: text.optional(),
    slug: text.optional(),
    permalink: z.unknown().optional(),
    draft: z.boolean().optional(),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Fields the pipeline interprets; anything else lands in `Article.extra`. */
export const KNOWN_FIELDS = new Set(Object.keys(frontMatterSchema.shape));

/** Fields that take a list of names or a comma-separated line (`listOrString`). */
export const LIST_FIELDS = new Set(["author", "authors", "tags", "topics", "entities", "people"]);

const LIST = "a list of names, like [defence, diplomacy]";

/** What each field should hold, in words, for messages when it holds something else. */
export const EXPECTED_FORM: Record<string, string> = {
  title: "a line of text",
  outlet: "a name, like Reuters",
  source: "a name, like Reuters",
  publisher: "a name, like Reuters",
  url: "an address, like https://example.com/article",
  author: "a name or a list of names",
  authors: "a list of names, like [Jane Doe]",
  tags: LIST,
  topics: "a list of IPTC topics, like [medtop:16000000]",
  entities: LIST,
  people: LIST,
  story: "a story id, like us-japan-summit",
  slug: "a short name of letters, digits and dashes, like us-japan-talks",
  draft: "true or false",
};
