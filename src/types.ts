// The records that flow through the pipeline, one stage to the next:
//   SourceFile -> Article -> ExtractedArticle -> Story -> SiteData
// Every field carries a one-line doc; stages never add fields to another stage's record.

/** Calendar precision of a date string: `2024`, `2024-03`, `2024-03-10`. */
export type Precision = "year" | "month" | "day";

/** A date as precise as the evidence allows: `2024`, `2024-03` or `2024-03-10`. */
export type PartialDate = string;

/** Where a value came from, so every record is traceable. */
export type PublishedSource = "front-matter" | "filename" | "text" | "unknown";

export type TitleSource = "front-matter" | "first-line" | "lead";

/** An estimate of when an article was published. */
export interface PublishedDate {
  /** The date at the precision the evidence gives (`2024-03-12`, `2024-03`, `2024`). */
  date: PartialDate;
  /** How precise `date` is. */
  precision: Precision;
  /** How it was found. */
  source: PublishedSource;
  /** Earliest possible day (ISO `YYYY-MM-DD`), when inferred from text. */
  earliest?: string;
  /** Latest possible day (ISO `YYYY-MM-DD`), when inferred from text. */
  latest?: string;
  /** A short human-readable account of the evidence, e.g. `after "March 10" (reported); before "April 10" (ahead)`. */
  evidence?: string;
}

/** A file found in the content folder, read but not yet interpreted. */
export interface SourceFile {
  /** Path relative to the content folder, with forward slashes. */
  path: string;
  /** Absolute path on disk. */
  absolutePath: string;
  /** The decoded text of the whole file (BOM stripped, line endings as in the file). */
  raw: string;
  /** sha256 of the raw bytes, hex. */
  hash: string;
}

/** A problem with an input, reported with its position and what to do. */
export interface Diagnostic {
  /** `error` rejects the file; `warning` keeps it. */
  severity: "error" | "warning";
  /** Path relative to the content folder (or as given on the command line). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** A stable machine-readable code, e.g. `yaml-syntax`, `empty-file`. */
  code: string;
}

/** One ingested article: the source file interpreted, before any extraction. */
export interface Article {
  /** Stable slug, unique within the site. */
  id: string;
  /** Path relative to the content folder (forward slashes). */
  sourcePath: string;
  /** sha256 of the source bytes. */
  hash: string;
  /** The headline. */
  title: string;
  /** How the title was found. */
  titleSource: TitleSource;
  /** Publication date; `undefined` until inferred when neither front matter nor filename gives it. */
  published?: PublishedDate;
  /** The publishing outlet's name, from front matter. */
  outlet?: string;
  /** The original URL (http or https only). */
  url?: string;
  /** Author names from front matter. */
  authors: string[];
  /** The text after the front matter, exactly as in the file (offsets index this). */
  body: string;
  /** 1-based line in the file where `body` starts (for diagnostics). */
  bodyLine: number;
  /** Tags from front matter (free text; mapped to topics where they match). */
  tags: string[];
  /** Entities named in front matter (`entities:` or `people:`), added to extraction. */
  declaredEntities: string[];
  /** Topics named in front matter (`topics:`), IPTC qcodes or labels. */
  declaredTopics: string[];
  /** A story id pinned by hand in front matter (`story:`), overriding the grouping. */
  pinnedStory?: string;
  /** Front matter fields the pipeline does not use, kept verbatim for templates and export. */
  extra: Record<string, unknown>;
}

export type EntityKind = "person" | "country" | "place" | "organization" | "outlet";

/** One occurrence of an entity in an article's body. */
export interface Mention {
  /** The text as it appears (`Kishida`, `Japan's` minus the `'s`). */
  text: string;
  /** Start offset (UTF-16 code units) into `Article.body`. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** Whether the mention cites the entity as a source ("according to Yomiuri"). */
  role?: "party" | "source";
}

/** An entity found in one article, with all its mentions there. */
export interface ArticleEntity {
  /** Stable slug of the canonical name (`united-states`, `fumio-kishida`). */
  id: string;
  /** The canonical display name (`United States`, `Fumio Kishida`). */
  name: string;
  /** What kind of thing it is. */
  kind: EntityKind;
  /** Every mention in the body, in text order. */
  mentions: Mention[];
  /** How strongly the article is about this entity (mentions, position, headline), 0..1. */
  salience: number;
}

/** A dated expression in the text, resolved against the publication date. */
export interface DatedEvent {
  /** The date at the precision the text gives (`2023`, `2023-12`, `2024-04-10`). */
  date: PartialDate;
  /** The expression as written (`April 10`, `last December`). */
  text: string;
  /** Start offset into `Article.body`. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** The sentence that contains it, trimmed (used for timelines). */
  sentence: string;
}

/** An IPTC Media Topic assigned to an article. */
export interface ArticleTopic {
  /** Slug of the label (`conflict-war-and-peace`). */
  id: string;
  /** The IPTC English label. */
  label: string;
  /** The IPTC qcode, `medtop:NNNNNNNN`. */
  iptc: string;
  /** Confidence, 0..1, best first in lists. */
  score: number;
}

/** An article after extraction. */
export interface ExtractedArticle extends Article {
  /** Publication date, always set after extraction (source `unknown` when nothing tells). */
  published: PublishedDate;
  /** Entities in the article, most salient first. */
  entities: ArticleEntity[];
  /** Dated expressions in text order. */
  events: DatedEvent[];
  /** Topics, best first. */
  topics: ArticleTopic[];
  /** Sentences of the body (plain text), for summaries. */
  sentences: string[];
  /** Number of words in the body. */
  wordCount: number;
}

/** A group of articles about one event. */
export interface Story {
  /** Stable id (slug), kept when articles are added. */
  id: string;
  /** The best of its sources' titles. */
  headline: string;
  /** Ids of its articles, oldest first. */
  articleIds: string[];
  /** Earliest publication date among its articles (partial date). */
  firstPublished: PartialDate;
  /** Latest publication date among its articles (partial date). */
  lastPublished: PartialDate;
}
