// The titles a text writes before a person's name ("President Obama", "Mr Obama", "First Lady
// Michelle Obama") tell apart people who share a surname. The archive teaches which titles each
// person is given in front of the full name; a lone surname whose titles only one of its candidates takes, or whose "Mr"/"Mrs" only
// one of them can take, is that one. Titles that fit several ("President Bush" for a father and
// a son, both presidents) decide nothing.
import { TITLE_HEADS } from "../extract/entities/cue-words.js";
import type { ArticleEntity, ExtractedArticle } from "../types.js";

// "Sir" and "Dame" go before a given name ("Sir John"), never before a surname alone.
const BEFORE_GIVEN_NAMES = new Set(["sir", "dame"]);
const MALE = new Set([
  "mr",
  "lord",
  "king",
  "prince",
  "emperor",
  "father",
  "brother",
  "congressman",
  "chairman",
  "spokesman",
]);
const FEMALE = new Set([
  "mrs",
  "ms",
  "miss",
  "lady",
  "queen",
  "princess",
  "empress",
  "sister",
  "congresswoman",
  "chairwoman",
  "spokeswoman",
]);
/** How far the person most mentions point to must lead the next, as a ratio. */
const LEAD = 2;

/** The title written just before a mention, lower case without its dot ("mr" of "Mr. Obama"), if any. */
export function titleBefore(body: string, start: number): string | undefined {
  const match = /(\p{L}+)\.?\s+$/u.exec(body.slice(Math.max(0, start - 24), start));
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  if (BEFORE_GIVEN_NAMES.has(word)) return undefined;
  return TITLE_HEADS.has(word) || TITLE_HEADS.has(`${word}.`) || MALE.has(word) || FEMALE.has(word) ? word : undefined;
}

/** Titles given to people over the archive: id -> titles, for the ids wanted. */
export function titlesOfPeople(
  articles: readonly ExtractedArticle[],
  wanted: ReadonlySet<string>,
): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  if (wanted.size === 0) return titles;
  for (const article of articles)
    for (const e of article.entities) {
      if (!wanted.has(e.id)) continue;
      const set = titles.get(e.id) ?? new Set<string>();
      for (const m of e.mentions) {
        // The full name as written: a lone surname extraction joined to it may be another person's.
        if (!/\s/.test(m.text.trim())) continue;
        const title = titleBefore(article.body, m.start);
        if (title) set.add(title);
      }
      titles.set(e.id, set);
    }
  return titles;
}

type Gender = "male" | "female" | undefined;

function genderOf(titles: ReadonlySet<string> | undefined): Gender {
  if (!titles) return undefined;
  const male = [...titles].some((t) => MALE.has(t));
  const female = [...titles].some((t) => FEMALE.has(t));
  return male === female ? undefined : male ? "male" : "female";
}

/**
 * The one of `candidates` the titles before a lone surname's mentions point to: each titled
 * mention points to the candidates the archive gives that title, else (a "Mr", a "Mrs") to those
 * with titles that are not known as the other sex; a mention pointing to one candidate only votes for it. The
 * candidate with votes at least LEAD times the next one's; undefined when no title tells.
 */
export function byTitles(
  entity: ArticleEntity,
  body: string,
  candidates: readonly string[],
  titles: ReadonlyMap<string, ReadonlySet<string>>,
  /** Whether "Mr" or "Mrs" may decide by sex, when no candidate has that title itself. */
  bySex = true,
): string | undefined {
  const votes = new Map<string, number>();
  for (const m of entity.mentions) {
    const title = titleBefore(body, m.start);
    if (!title) continue;
    let fits = candidates.filter((c) => titles.get(c)?.has(title));
    if (bySex && fits.length === 0 && (MALE.has(title) || FEMALE.has(title))) {
      const other = MALE.has(title) ? "female" : "male";
      fits = candidates.filter((c) => genderOf(titles.get(c)) !== other);
    }
    if (fits.length === 1) votes.set(fits[0]!, (votes.get(fits[0]!) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (!best || (second && best[1] < LEAD * second[1])) return undefined;
  return best[0];
}

/**
 * Whether a person may be the one an entity's mentions name by their sex titles: no "Mrs" before
 * them when the archive's titles make the person a man, no "Mr" when a woman.
 */
export function fitsSex(
  entity: ArticleEntity,
  body: string,
  person: string,
  titles: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const sex = genderOf(titles.get(person));
  if (sex === undefined) return true;
  const other = sex === "male" ? FEMALE : MALE;
  return !entity.mentions.some((m) => other.has(titleBefore(body, m.start) ?? ""));
}

/** Whether a person has one of the titles written before an entity's mentions. */
export function takesTitleOf(
  entity: ArticleEntity,
  body: string,
  person: string,
  titles: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const own = titles.get(person);
  return own !== undefined && entity.mentions.some((m) => own.has(titleBefore(body, m.start) ?? ""));
}
