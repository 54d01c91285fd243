import { kindOrder } from "../entity-kinds.js";
import type { EntityRef, EntityView, ExtractedArticle, PublishedDate, StoryCard, TopicRef } from "../types.js";
import { entityRef, type MergedEntity } from "./entity-registry.js";
import { monthOf } from "./story-card.js";
import { topicUrl } from "./site-urls.js";
import { grown } from "../grown.js";

const MAX_SEEN_WITH = 10;
const MAX_TOPICS = 10;
// Co-occurrence is counted over each story's most prominent entities only, so a story naming
// hundreds of entities costs a bounded number of pairs.
const ENTITIES_PER_STORY = 15;

export interface StoryEntities {
  card: StoryCard;
  /** Entity ids of the story, most prominent first. */
  entityIds: string[];
}

/**
 * Whether two entities may be one under two names: an alias of the other, or a person's surname page beside the full
 * name.
 */
function sameName(a: MergedEntity, b: MergedEntity): boolean {
  if (a.name === b.name || a.aliases.includes(b.name) || b.aliases.includes(a.name)) return true;
  if (a.kind !== "person" || b.kind !== "person") return false;
  const surname = (name: string): string => name.split(/\s+/).pop() ?? "";
  return (!/\s/.test(a.name) && surname(b.name) === a.name) || (!/\s/.test(b.name) && surname(a.name) === b.name);
}

/** Whether an entity seen `count` times beside another comes before one seen `otherCount` times. */
function before(count: number, id: string, otherCount: number, otherId: string): boolean {
  return count > otherCount || (count === otherCount && id < otherId);
}

/** An entity's view: what every entity has, its page's URL if it has one, and what only a page shows. */
function viewOf(
  entity: MergedEntity,
  stories: StoryCard[],
  details: Pick<EntityView, "seenWith" | "topics" | "coverage">,
): EntityView {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    articleCount: entity.articleIds.length,
    mentionCount: entity.mentionCount,
    stories,
    ...(entity.url !== undefined ? { url: entity.url } : {}),
    ...details,
  };
}

/** One view per entity: its stories newest first, who it is seen with, its topics, its coverage by month. */
export function buildEntityViews(
  entities: ReadonlyMap<string, MergedEntity>,
  articlesById: ReadonlyMap<string, ExtractedArticle>,
  stories: readonly StoryEntities[],
  /** The date an article counts under (its story may know it more precisely than the article). */
  dateOf: (article: ExtractedArticle) => PublishedDate = (article) => article.published,
): EntityView[] {
  const storiesOf = new Map<string, StoryCard[]>();
  const together = new Map<string, Map<string, number>>();
  for (const { card, entityIds } of stories) {
    for (const id of entityIds) {
      const list = storiesOf.get(id);
      if (list) list.push(card);
      else storiesOf.set(id, [card]);
    }
    const top = entityIds.slice(0, ENTITIES_PER_STORY);
    for (const a of top) {
      // Only a page shows whom an entity is seen with (see below).
      if (entities.get(a)?.url === undefined) continue;
      const counts = together.get(a) ?? new Map<string, number>();
      for (const b of top) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
      together.set(a, counts);
    }
  }
  const views: EntityView[] = [];
  // Each article's topics and month as numbers, worked out once: every entity with a page that
  // names it counts them, in arrays rather than maps (a tenth of a rebuild at 10,000 articles).
  const facts = new ArticleFacts(dateOf);
  for (const entity of entities.values()) {
    // Most entities of an archive have no page (50,000 of 50,500 at 10,000 articles): their
    // details would be shown nowhere, and making them was a tenth of a rebuild (issue 13).
    // Cards arrive newest first, so each list is already in that order.
    const stories = storiesOf.get(entity.id) ?? [];
    if (entity.url === undefined) {
      views.push(viewOf(entity, stories, { seenWith: [], topics: [], coverage: [] }));
      continue;
    }
    const { topics, months } = facts.count(entity.articleIds, articlesById);
    // Most often first, then by id, the first MAX_SEEN_WITH kept as they come (a total order, so
    // the same list as sorting them all); never the entity itself under another name (a surname
    // page the archive could not resolve), tested only for those that would make the list.
    const best: [MergedEntity, number][] = [];
    for (const [id, count] of together.get(entity.id) ?? []) {
      const last = best[best.length - 1];
      if (best.length === MAX_SEEN_WITH && !before(count, id, last![1], last![0].id)) continue;
      const other = entities.get(id);
      if (!other || sameName(entity, other)) continue;
      let k = best.length;
      while (k > 0 && before(count, id, best[k - 1]![1], best[k - 1]![0].id)) k--;
      best.splice(k, 0, [other, count]);
      if (best.length > MAX_SEEN_WITH) best.pop();
    }
    const seenWith: (EntityRef & { count: number })[] = best.map(([other, count]) => ({ ...entityRef(other), count }));
    views.push(
      viewOf(entity, stories, {
        seenWith,
        topics: topics.sort((a, b) => b.count - a.count || (a.iptc < b.iptc ? -1 : 1)).slice(0, MAX_TOPICS),
        coverage: months.sort((a, b) => (a.month < b.month ? -1 : 1)),
      }),
    );
  }
  return views.sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1),
  );
}

/**
 * The topics and months of the articles that name an entity, counted: each article's topics and
 * month are numbered once, and an entity's counts are kept in arrays by those numbers.
 */
class ArticleFacts {
  private readonly known = new Map<ExtractedArticle, { topics: number[]; month: number }>();
  private readonly topicIndex = new Map<string, number>();
  private readonly monthIndex = new Map<string, number>();
  private readonly monthNames: string[] = [];
  private topicCounts: Int32Array = new Int32Array(64);
  private monthCounts: Int32Array = new Int32Array(64);

  constructor(private readonly dateOf: (article: ExtractedArticle) => PublishedDate) {}

  private of(article: ExtractedArticle): { topics: number[]; month: number } {
    let facts = this.known.get(article);
    if (!facts) {
      const month = monthOf(this.dateOf(article));
      facts = {
        topics: article.topics.map((t) => index(this.topicIndex, t.iptc)),
        month: month === undefined ? -1 : index(this.monthIndex, month, this.monthNames),
      };
      this.known.set(article, facts);
    }
    return facts;
  }

  /** The topics (each as the first article naming it gives it) and months of these articles, with how many name each. */
  count(
    articleIds: readonly string[],
    articlesById: ReadonlyMap<string, ExtractedArticle>,
  ): { topics: (TopicRef & { count: number })[]; months: { month: string; count: number }[] } {
    const topics: (TopicRef & { count: number })[] = [];
    const topicAt: number[] = [];
    const monthAt: number[] = [];
    for (const articleId of articleIds) {
      const article = articlesById.get(articleId);
      if (!article) continue;
      const { topics: numbers, month } = this.of(article);
      if (this.topicIndex.size > this.topicCounts.length)
        this.topicCounts = grown(this.topicCounts, this.topicIndex.size);
      if (this.monthIndex.size > this.monthCounts.length)
        this.monthCounts = grown(this.monthCounts, this.monthIndex.size);
      numbers.forEach((number, k) => {
        if (this.topicCounts[number]!++ === 0) {
          const t = article.topics[k]!;
          topicAt.push(number);
          topics.push({ id: t.id, name: t.label, url: topicUrl(t.id), iptc: t.iptc, count: 0 });
        }
      });
      if (month >= 0 && this.monthCounts[month]!++ === 0) monthAt.push(month);
    }
    topicAt.forEach((number, k) => {
      topics[k]!.count = this.topicCounts[number]!;
      this.topicCounts[number] = 0;
    });
    const months = monthAt.map((number) => {
      const count = this.monthCounts[number]!;
      this.monthCounts[number] = 0;
      return { month: this.monthNames[number]!, count };
    });
    return { topics, months };
  }
}

/** The number of `key` in `numbers`, given at first sight (and `key` recorded in `names`). */
function index(numbers: Map<string, number>, key: string, names?: string[]): number {
  let number = numbers.get(key);
  if (number === undefined) {
    number = numbers.size;
    numbers.set(key, number);
    names?.push(key);
  }
  return number;
}
