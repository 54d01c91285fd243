// After clustering: a surname that several people of the archive share ("Bush": George W. Bush
// and Jeb Bush) is resolved by its story. When the story names exactly one of them in full, it
// is that one. Otherwise the story's other entities decide when they clearly point to one of
// them (the people, places and organisations each is named with across the archive, weighted by
// how rare they are); when they do not, it is the one bearer the archive names far more often
// than all the others together ("Blair" beside Tony Blair's 80 articles, a rugby player's 4, a
// police chief's 1), as a reader of the archive would take it; else the surname keeps a page of
// its own: a wrong merge would put one person's stories on another's page. This runs after
// grouping, so it decides pages, never which articles make one story.
import type { EntityOverrides } from "../extract/entities/entity-overrides.js";
import type { ArticleEntity, ExtractedArticle, Story } from "../types.js";
import { buildCatalog } from "./entity-catalog.js";
import { fullNamesBySurname, isLoneName, opensLikeName } from "./person-names.js";
import { pinnedIds } from "./pinned-ids.js";
import { rewriteEntities, type Resolved } from "./rewrite-entities.js";
import { fitsSex, titlesOfPeople } from "./titles.js";

/** How far the best-fitting person must lead the next one, as a ratio of context scores. */
const LEAD = 2;
/** The least context score that decides at all (about one rare entity shared with most of the person's articles). */
const MIN_SCORE = 1;
/** Articles the one prominent bearer of a surname needs, and how many times those of the others together. */
const PROMINENT_ARTICLES = 10;
const PROMINENT_RATIO = 5;

export interface RefineOptions {
  /** The site's knowledge file: what it names is never resolved into something else. */
  overrides?: EntityOverrides;
}

/** The articles (resolved by resolveEntities), with shared surnames resolved by their stories. */
export function refineWithStories(
  articles: readonly ExtractedArticle[],
  stories: readonly Story[],
  options: RefineOptions = {},
): ExtractedArticle[] {
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const catalog = buildCatalog(ordered);
  const pinned = pinnedIds(options.overrides);
  const bySurname = fullNamesBySurname(catalog);
  const shared = new Map<string, string[]>();
  // Given names alone ("Hillary"): the person of the story with that given name, never a guess over the archive.
  const givenNames = new Map<string, string>();
  for (const entry of catalog.values()) {
    if (!isLoneName(entry, entry.kind) || pinned.has(entry.id)) continue;
    const word = entry.words[0]!;
    const candidates = bySurname.get(word) ?? [];
    if (candidates.length > 1) shared.set(entry.id, candidates);
    else if (candidates.length === 0) givenNames.set(entry.id, word);
  }
  if (shared.size === 0 && givenNames.size === 0) return [...articles];

  // Each candidate's company over the archive: id -> (other id -> articles naming both).
  const wanted = new Set([...shared.values()].flat());
  const company = new Map<string, Map<string, number>>();
  for (const article of ordered) {
    const ids = [...new Set(article.entities.map((e) => e.id))];
    for (const c of ids) {
      if (!wanted.has(c)) continue;
      const counts = company.get(c) ?? new Map<string, number>();
      for (const other of ids) if (other !== c) counts.set(other, (counts.get(other) ?? 0) + 1);
      company.set(c, counts);
    }
  }
  // Each candidate's mentions over the archive: how often it is named, not only where.
  const mentions = new Map<string, number>();
  for (const article of ordered)
    for (const e of article.entities)
      if (wanted.has(e.id)) mentions.set(e.id, (mentions.get(e.id) ?? 0) + e.mentions.length);
  const weight = (id: string): Weight => ({
    articles: catalog.get(id)?.articles ?? 0,
    mentions: mentions.get(id) ?? 0,
  });
  const titles = titlesOfPeople(ordered, wanted);
  const idf = (id: string): number => Math.log((ordered.length + 1) / (catalog.get(id)?.articles ?? 1));

  // Per story: how often it names each entity (mentions over its articles).
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, Map<string, number>>();
  for (const story of stories) {
    const counts = new Map<string, number>();
    for (const id of story.articleIds)
      for (const e of articlesById.get(id)?.entities ?? [])
        counts.set(e.id, (counts.get(e.id) ?? 0) + Math.max(1, e.mentions.length));
    for (const id of story.articleIds) storyOf.set(id, counts);
  }

  const decided = new Map<string, string | undefined>();
  return articles.map((article) => {
    const counts = storyOf.get(article.id) ?? new Map(article.entities.map((e) => [e.id, e.mentions.length]));
    const context = new Set(counts.keys());
    const resolve = (e: ArticleEntity): Resolved | undefined => {
      const given = givenNames.get(e.id);
      if (given !== undefined) {
        const named = [...context].filter((id) => {
          const entry = catalog.get(id);
          const words = entry && entry.kind === "person" ? entry.words : [];
          // Written as a name is: "Melania Trump", not "Interlagos WHO IS MAX VERSTAPPEN".
          const written =
            entry !== undefined && entry.name.split(/\s+/).every((w) => /^\p{Lu}(?:[\p{Ll}'’-]|\.?$)/u.test(w));
          return words.length >= 2 && words.length <= 4 && words[0] === given && written && opensLikeName(words);
        });
        const to = dominant(named, counts);
        return to ? { id: to, kind: "person" } : undefined;
      }
      const candidates = shared.get(e.id);
      if (!candidates) return undefined;
      // "Mrs Obama": not the one the archive's titles make a man.
      const fit = candidates.filter((c) => fitsSex(e, article.body, c, titles));
      const inStory = candidates.filter((c) => context.has(c));
      // Two of them in the story ("Donald Trump", "Melania Trump"): the surname alone is the one
      // the story names far more often, as a reporter writes it; when the story names them alike
      // ("President Barack Obama, First Lady Michelle Obama" once each), the one the archive
      // names far more often, as a reader of the archive would take "the Obama administration".
      if (inStory.length > 0) {
        const to =
          dominant(inStory, counts) ??
          prominent(
            inStory.filter((c) => fit.includes(c)),
            weight,
            candidates,
          );
        return to ? { id: to, kind: "person" } : undefined;
      }
      const key = `${e.id}\n${fit.join(" ")}\n${[...context].sort().join(" ")}`;
      if (!decided.has(key))
        decided.set(
          key,
          byContext(candidates, context, e.id, company, idf, catalog) ?? prominent(fit, weight, candidates),
        );
      const to = decided.get(key);
      return to ? { id: to, kind: "person" } : undefined;
    };
    return rewriteEntities(article, resolve, catalog);
  });
}

/** The one of `ids` a story names at least LEAD times as often as any other; undefined when none leads so. */
function dominant(ids: readonly string[], counts: ReadonlyMap<string, number>): string | undefined {
  const ranked = [...ids].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  const [best, second] = ranked;
  if (best === undefined) return undefined;
  return second === undefined || (counts.get(best) ?? 0) >= LEAD * (counts.get(second) ?? 0) ? best : undefined;
}

function byContext(
  candidates: readonly string[],
  context: ReadonlySet<string>,
  self: string,
  company: ReadonlyMap<string, ReadonlyMap<string, number>>,
  idf: (id: string) => number,
  catalog: ReadonlyMap<string, { articles: number }>,
): string | undefined {
  const scores = candidates
    .map((c) => {
      const counts = company.get(c);
      const n = catalog.get(c)?.articles ?? 1;
      let score = 0;
      for (const id of context)
        if (id !== self && !candidates.includes(id)) score += (idf(id) * (counts?.get(id) ?? 0)) / n;
      return { c, score };
    })
    .sort((a, b) => b.score - a.score || (a.c < b.c ? -1 : 1));
  const [best, second] = scores;
  if (!best || best.score < MIN_SCORE || (second && best.score < LEAD * second.score)) return undefined;
  return best.c;
}

/** How much the archive names a person: articles, and mentions over them. */
interface Weight {
  articles: number;
  mentions: number;
}

/**
 * The one of `ids` the archive names far more often than all the other `candidates` together,
 * by articles or by mentions (Barack Obama in 15 articles and 193 mentions, Michelle Obama in 10
 * and 19: the same stories name both, but one again and again); undefined when none stands out so.
 */
function prominent(
  ids: readonly string[],
  weight: (id: string) => Weight,
  candidates: readonly string[] = ids,
): string | undefined {
  const ranked = [...ids].sort((a, b) => weight(b).mentions - weight(a).mentions || (a < b ? -1 : 1));
  const top = ranked[0];
  if (top === undefined || candidates.length < 2) return undefined;
  const rest = candidates.filter((c) => c !== top).map(weight);
  const others = rest.reduce(
    (sum, p) => ({ articles: sum.articles + p.articles, mentions: sum.mentions + p.mentions }),
    {
      articles: 0,
      mentions: 0,
    },
  );
  const own = weight(top);
  return own.articles >= PROMINENT_ARTICLES &&
    (own.articles >= PROMINENT_RATIO * others.articles || own.mentions >= PROMINENT_RATIO * others.mentions)
    ? top
    : undefined;
}
