// What one article may produce. A real article stays far below each bound; a pasted list, a
// table or a paste that repeats itself does not, and without bounds one such file made a
// 151 MB story page, ran out of memory or stalled a build for minutes (issue 15). Past a bound
// the rest is dropped: the article is still built, with the first (or most salient) items.

/**
 * Dated expressions per article. A long chronology ("Ukraine war: a timeline") dates a few
 * hundred events; 1,000 is past any article written to be read. Date parsing stops there too
 * (it is most of the date stage's time, about 50 ms per 1,000 expressions).
 */
export const MAX_DATED_EXPRESSIONS = 1000;

/**
 * Entity mentions per article. A 10,000-word long read names about 600 things; 5,000 mentions
 * keep every mention of any real article and the links of its page bounded.
 */
export const MAX_MENTIONS = 5000;

/**
 * Entities per article, the most salient kept. A long list article (an honours list, a squad
 * list) names a few hundred people; each entity may get pages of its own, so a bound here bounds
 * the pages one file can add to a site.
 */
export const MAX_ENTITIES = 500;

/**
 * Date parsing reads at most this many characters at once: text past it is parsed piece by
 * piece, cut at line or sentence ends, so that parsing can stop at MAX_DATED_EXPRESSIONS. Every
 * real article (the longest long reads are about 60 KB) is parsed whole, as before.
 */
export const DATE_PARSE_CHUNK_CHARS = 100_000;

/**
 * `entities` (most salient first) within MAX_ENTITIES, and their mentions within MAX_MENTIONS:
 * the mentions that come first in the text are kept, so an article's page links its first
 * mentions of everything. The input is not changed.
 */
export function boundEntities<E extends { mentions: { start: number }[] }>(entities: readonly E[]): E[] {
  const kept = entities.slice(0, MAX_ENTITIES);
  let total = 0;
  for (const entity of kept) total += entity.mentions.length;
  if (total <= MAX_MENTIONS) return kept;
  const starts: number[] = [];
  for (const entity of kept) for (const mention of entity.mentions) starts.push(mention.start);
  starts.sort((a, b) => a - b);
  const last = starts[MAX_MENTIONS - 1] as number;
  return kept.map((entity) => ({ ...entity, mentions: entity.mentions.filter((mention) => mention.start <= last) }));
}
