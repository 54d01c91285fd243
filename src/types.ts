// The records that flow through the pipeline, one stage to the next:
//   SourceFile -> Article -> ExtractedArticle -> Story -> SiteData
// Every field carries a one-line doc; stages never add fields to another stage's record.
import type { DiagnosticCode } from "./diagnostics/catalogue.js";
import type { EntityKind } from "./entity-kinds.js";

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
  /** A stable machine-readable code from the catalogue (src/diagnostics/catalogue.ts), e.g. `yaml-syntax`. */
  code: DiagnosticCode;
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
  /**
   * The text after the front matter, as in the file except that page furniture (see `furniture`)
   * is blanked to spaces, line breaks kept: offsets index this and the file's text alike.
   */
  body: string;
  /**
   * Page furniture found in the text (sign-up prompts, share buttons, credits…), blanked in `body`; absent when none.
   */
  furniture?: Furniture[];
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

export type { EntityKind };

/** What a piece of page furniture is. */
export type FurnitureKind =
  "signup" | "share" | "credit" | "caption" | "related" | "cookie" | "advertisement" | "media";

/** A span of page furniture in an article's text (UTF-16 offsets into `Article.body`, end exclusive). */
export interface Furniture {
  start: number;
  end: number;
  kind: FurnitureKind;
}

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
  /** Set when nothing in the article supports `kind`: the extractor's default for an unknown
   * name (a person). Over an archive, any article's evidence outweighs such guesses. */
  kindGuessed?: true;
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
  /**
   * The sentences' content words with their counts (`term count …`, see countSentenceTerms), made
   * once by extraction and cached with it; absent on records made otherwise (tests, tools).
   */
  sentenceTerms?: string;
  /** Number of words in the body. */
  wordCount: number;
  /**
   * The extraction cache's key for the article (extractionKey: the pipeline version, the
   * extraction context and every field extraction reads): equal keys, equal title, body and
   * extraction. Set by the extract stage, for keys of later caches; absent on records made
   * otherwise (tests, tools).
   */
  extractionKey?: string;
}

/** A group of articles about one event (the cluster stage's output). */
export interface Story {
  /** Stable id (slug), kept when articles are added; pinned by front matter `story:`. */
  id: string;
  /** Ids of its articles, oldest first. */
  articleIds: string[];
  /** Ids this story absorbed on an earlier build (their URLs redirect here). */
  formerIds: string[];
}

/** Stories of one ongoing subject over weeks or months (the thread stage's output). */
export interface Thread {
  /** Stable id (slug), kept when stories are added, like a story's. */
  id: string;
  /** Its key parties ("Northwind Bank, Acme"), or its earliest story's headline. */
  title: string;
  /** Ids of its stories, oldest first; always two or more. */
  storyIds: string[];
  /** Ids this thread absorbed on an earlier build (their URLs redirect here). */
  formerIds: string[];
}

// ---------------------------------------------------------------------------------------------
// Site data: the digest stage's view models. Templates only format these; they compute nothing.
// URLs are site-relative (`/stories/<id>/`); the site stage applies the path prefix.

/** A link to another record, enough to render it in a list. */
export interface Ref {
  id: string;
  /** Display text. */
  name: string;
  /** Site-relative URL of its page. */
  url: string;
}

/**
 * An entity as other records cite it. `url` is absent when the entity has no page of its own
 * (named in fewer stories than the knowledge file's `entityPages.minStories`): it is then shown
 * as plain text, never as a link.
 */
export interface EntityRef extends Omit<Ref, "url"> {
  kind: EntityKind;
  url?: string;
}

export interface TopicRef extends Ref {
  /** IPTC qcode. */
  iptc: string;
}

/** A story as it appears in lists (home, topic, entity, archive pages). */
export interface StoryCard {
  id: string;
  url: string;
  headline: string;
  /** First sentence(s) of the summary. */
  teaser: string;
  /** The story's date for ordering and display (its latest article's publication date). */
  date: PublishedDate;
  /** Number of articles. */
  sourceCount: number;
  /** Distinct outlet names. */
  outlets: string[];
  /** Top parties (max 5). */
  parties: EntityRef[];
  /** Top topics (max 3). */
  topics: TopicRef[];
}

export interface StorySource {
  articleId: string;
  /** Site-relative URL where the article is read: its page, or its story page's section when it is the only source. */
  url: string;
  title: string;
  outlet?: string;
  published: PublishedDate;
  /** The original article's address (http/https only). */
  originalUrl?: string;
  /** Source file path relative to the content folder. */
  path: string;
  /** The article whose text this one nearly copies (a wire report run by several outlets), the earliest of them. */
  copyOf?: string;
  /** Whether it reported first: published before every other source (known only when the dates allow). */
  first?: boolean;
  /** Its sentences with facts (numbers, names, dates) that no other source of the story reports. */
  adds: string[];
}

export interface TimelineEntry {
  /** Partial date (`2023-12`, `2024-04-10`). */
  date: PartialDate;
  /** The sentence that mentions it, from the first article that does. */
  text: string;
  /** The article `text` came from. */
  sourceId: string;
  /** The articles that mention this date. */
  articleIds: string[];
}

export interface RelatedStory extends Ref {
  /** Why it is related, for readers: `with Japan, United States` (shared parties), else `on diplomacy` (topics). */
  why: string;
  score: number;
}

export interface StoryView {
  id: string;
  url: string;
  headline: string;
  /** 2–4 sentences drawn from all its articles, no fact twice. */
  summary: string[];
  /** The article each summary sentence came from, in the same order. */
  summarySources: string[];
  /** The story's publication estimate (narrowed across its articles). */
  published: PublishedDate;
  firstPublished: PartialDate;
  lastPublished: PartialDate;
  sources: StorySource[];
  timeline: TimelineEntry[];
  /** Ranked by importance. */
  parties: (EntityRef & { score: number })[];
  topics: (TopicRef & { score: number })[];
  related: RelatedStory[];
  /** Retired ids that redirect here. */
  formerIds: string[];
  /** The thread it is part of, with its neighbours there; absent when it stands alone. */
  thread?: StoryThreadRef;
}

/** Where a story sits in its thread. */
export interface StoryThreadRef extends Ref {
  /** How many stories the thread holds. */
  count: number;
  /** The story before and after it in the thread (oldest first). */
  previous?: Ref;
  next?: Ref;
}

/** A story as its thread lists it: a headline, a date and one line. */
export interface ThreadEntry {
  id: string;
  url: string;
  headline: string;
  /** The story's date (as its card shows it). */
  date: PublishedDate;
  /** The first sentence of its summary. */
  line: string;
}

export interface ThreadView {
  id: string;
  url: string;
  title: string;
  /** Oldest first: the thread's timeline. */
  stories: ThreadEntry[];
  /** Retired ids that redirect here. */
  formerIds: string[];
}

export interface ArticleView {
  id: string;
  url: string;
  title: string;
  outlet?: string;
  published: PublishedDate;
  originalUrl?: string;
  /** Source path relative to the content folder. */
  path: string;
  /** Whether it has a page of its own; else it is its story's only source and its text is on the story page (`url`). */
  ownPage: boolean;
  /** Whether `body` is markdown (else plain text, one paragraph a line). */
  markdown: boolean;
  /** The body text to render (a headline first line already removed). */
  body: string;
  /** Entity mentions to link, offsets into `body` above, non-overlapping, in order. */
  links: { start: number; end: number; url: string }[];
  storyId: string;
  storyUrl: string;
  entities: EntityRef[];
  topics: TopicRef[];
  authors: string[];
  wordCount: number;
}

export interface EntityView {
  id: string;
  /** Absent when the entity has no page (see `EntityRef.url`): it is then only in the data export. */
  url?: string;
  name: string;
  kind: EntityKind;
  /** Other names it appears under. */
  aliases: string[];
  articleCount: number;
  mentionCount: number;
  /** Newest first. */
  stories: StoryCard[];
  /**
   * Entities seen in the same stories most often. This and `topics` and `coverage` are what its
   * page and its data shard show: empty for an entity without a page, which has neither.
   */
  seenWith: (EntityRef & { count: number })[];
  topics: (TopicRef & { count: number })[];
  /** Articles per month (`2024-03`), oldest first, for the coverage chart. */
  coverage: { month: string; count: number }[];
}

export interface TopicView {
  id: string;
  url: string;
  label: string;
  iptc: string;
  /** IPTC definition. */
  definition?: string;
  parent?: TopicRef;
  children: (TopicRef & { count: number })[];
  /** Newest first. */
  stories: StoryCard[];
  parties: (EntityRef & { count: number })[];
}

export interface ArchiveMonth {
  /** `2024-03`. */
  month: string;
  url: string;
  stories: StoryCard[];
}

/** What the build read and why some files are not on the site. */
export interface BuildReport {
  filesFound: number;
  articlesBuilt: number;
  rejected: { path: string; reason: string }[];
  ignored: { path: string; reason: string }[];
  diagnostics: Diagnostic[];
}

/** Everything the site stage renders. */
export interface SiteData {
  /** When the site was built (ISO), passed in, never read inside a stage. */
  generatedAt: string;
  /** Newest first. */
  stories: StoryView[];
  /** Latest first, as cards for lists. */
  storyCards: StoryCard[];
  articles: ArticleView[];
  /** By kind then by article count. */
  entities: EntityView[];
  topics: TopicView[];
  /** Newest month first. */
  archive: ArchiveMonth[];
  /** Threads, the one with the newest story first. */
  threads: ThreadView[];
  /** Retired story URLs and where they now point. */
  redirects: { from: string; to: string }[];
  report: BuildReport;
}
