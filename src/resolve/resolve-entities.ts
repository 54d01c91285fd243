// The resolve stage: ExtractedArticle[] -> the same articles with their entities resolved over the
// whole archive, so that one real-world thing has one id everywhere (one page, one party in
// clustering). Extraction sees one article and is cached per article; resolution sees them all
// and runs at every build (it is a few passes over the entity lists, no text parsing).
// Rules, in order of the evidence they need:
//   1. name variants: "Lib Dems" = "Liberal Democrats" (name-variants.ts);
//   2. acronyms the text defines, or the archive makes unambiguous (acronyms.ts);
//   3. a person's name with a description in front ("Conservative Michael Howard") is that person;
//      a short form ("B O'Driscoll", "George Bush") is the one full name of the archive it fits;
//   4. an organisation named by the last word of its name ("the Cubs"): as a lone surname is;
//   5. a lone surname: the full name of the same article, else of the archive when only one
//      person there has that surname (person-names.ts); a surname several people share goes to
//      the one its titles point to ("President Obama", titles.ts), or waits for the stories
//      (refine-with-stories.ts).
// The knowledge file overrides all of them (pinned-ids.ts).
import { push } from "./push.js";
import { isEnglishWord, isFirstName } from "../extract/entities/gazetteer.js";
import type { EntityOverrides } from "../extract/entities/entity-overrides.js";
import type { ArticleEntity, ExtractedArticle } from "../types.js";
import { archiveAcronyms, acronymOf, definedAcronyms } from "./acronyms.js";
import { buildCatalog, nameWords, namedTogether, type CatalogEntry } from "./entity-catalog.js";
import { isKnownName, nameVariants } from "./name-variants.js";
import {
  describedPeople,
  fullNamesBySurname,
  isLoneName,
  opensLikeName,
  opensWithDescription,
  guessedLoneName,
  shortPersonForms,
  surnameShaped,
} from "./person-names.js";
import { loneOrganizationWord, organizationsByLastWord } from "./organization-names.js";
import { pinnedIds } from "./pinned-ids.js";
import { rewriteEntities, type Resolved } from "./rewrite-entities.js";
import { byTitles, takesTitleOf, titlesOfPeople } from "./titles.js";

export interface ResolveOptions {
  /** The site's knowledge file, validated: what it names is never resolved into something else. */
  overrides?: EntityOverrides;
}

/** Follows a map of id -> id to its end (chains such as acronym -> short form -> full form), or to just before `stopAt`. */
export function follow(map: ReadonlyMap<string, string>, id: string, stopAt?: string): string {
  const first = map.get(id);
  if (first === undefined || first === stopAt) return id;
  if (!map.has(first)) return first === id ? id : first;
  const seen = new Set<string>([id]);
  let at = id;
  for (let next = map.get(at); next !== undefined && !seen.has(next) && next !== stopAt; next = map.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

const byId = (a: ExtractedArticle, b: ExtractedArticle): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every article, entities resolved over the archive, in the order given. */
export function resolveEntities(
  articles: readonly ExtractedArticle[],
  options: ResolveOptions = {},
): ExtractedArticle[] {
  // Sorted, so that the result does not depend on the order files were read in.
  const ordered = [...articles].sort(byId);
  const catalog = buildCatalog(ordered);
  const pinned = pinnedIds(options.overrides);

  const variants = nameVariants(catalog, pinned);
  const archive = new Map<string, string>(
    [...variants].filter(([from, to]) => from !== to.id).map(([from, to]) => [from, to.id]),
  );
  for (const [from, to] of describedPeople(catalog)) if (!archive.has(from) && !pinned.has(from)) archive.set(from, to);
  const shortForms = shortPersonForms(catalog);
  for (const [from, form] of shortForms) if (!archive.has(from) && !pinned.has(from)) archive.set(from, form.to);
  // The kind a variant group takes (its designated member's): id -> kind.
  const kinds = new Map([...variants.values()].map((to) => [to.id, to.kind]));
  const defined = ordered.map(definedAcronyms);
  for (const [from, to] of archiveAcronyms(
    catalog,
    defined,
    (a, b) => namedTogether(catalog.get(a)!, catalog.get(b)!),
    pinned,
  ))
    if (!archive.has(from)) archive.set(from, to);
  // Full names by surname, one per person: a short form ("B O'Driscoll") counts as the name it stands for.
  const bySurname = new Map(
    [...fullNamesBySurname(catalog)].map(([surname, list]) => [
      surname,
      [...new Set(list.map((id) => follow(archive, id)))],
    ]),
  );
  const byLastWord = organizationsByLastWord(catalog.values());
  // People titles may choose between: named as a person is, not a run extraction took for one ("During Obama").
  const plausible = new Set(
    [...bySurname.values()]
      .filter((list) => list.length > 1)
      .flat()
      .filter((id) => {
        const entry = catalog.get(id)!;
        const first = entry.words[0]!;
        return entry.articles >= 2 || isFirstName(first) || !isEnglishWord(first);
      }),
  );
  const titles = titlesOfPeople(ordered, plausible);

  const resolvedById = new Map(
    ordered.map((article, i) => {
      // A short form that leaves a middle out, beside the full form in one article, is another person there.
      const apart = new Set<string>();
      for (const e of article.entities) {
        const form = shortForms.get(e.id);
        // Not a longer form of the short one ("Republican Donald Trump"): that is the same person.
        if (form?.middleLeftOut && article.entities.some((o) => o !== e && follow(archive, o.id, e.id) === form.to))
          apart.add(e.id);
      }
      const canonical = (id: string): string => (apart.has(id) ? id : follow(archive, id));
      const local = localResolution(article, defined[i]!, catalog, pinned, canonical);
      const withKind = (id: string, kind = kinds.get(id)): Resolved => (kind ? { id, kind } : { id });
      const resolve = (e: ArticleEntity): Resolved | undefined => {
        if (pinned.has(e.id) || apart.has(e.id)) return undefined;
        const here = local.get(e.id);
        const entry = catalog.get(e.id);
        const candidates = isLoneName(entry, e.kind) ? (bySurname.get(entry.words[0]!) ?? []) : [];
        // A surname several people of the archive share: the one the titles before it point to.
        // Beside a full name of the article only when that is one of them and the titles say it
        // is not ("President Obama" is Barack Obama, in an article that names only Michelle Obama in full).
        const people = candidates.length > 1 ? candidates.filter((c) => plausible.has(c)) : [];
        if (here) {
          const there = canonical(here.id);
          const titled =
            people.includes(there) && !takesTitleOf(e, article.body, there, titles)
              ? byTitles(e, article.body, people, titles, false)
              : undefined;
          return titled ? withKind(titled, "person") : withKind(there, here.kind);
        }
        if (candidates.length === 1) return withKind(candidates[0]!, "person");
        const titled = people.length > 1 ? byTitles(e, article.body, people, titles) : undefined;
        if (titled) return withKind(titled, "person");
        const word = loneOrganizationWord(entry, e.kind);
        const organizations = word === undefined ? [] : (byLastWord.get(word) ?? []);
        if (organizations.length === 1 && organizations[0] !== e.id)
          return withKind(follow(archive, organizations[0]!));
        const to = follow(archive, e.id);
        if (to === e.id && !kinds.has(to) && guessedLoneName(entry)) return withKind(to, "organization");
        return to === e.id && !kinds.has(to) ? undefined : withKind(to);
      };
      return [article.id, rewriteEntities(article, resolve, catalog)] as const;
    }),
  );
  return articles.map((a) => resolvedById.get(a.id) ?? a);
}

/** Last words of a company's name that say it is one (dots dropped, as nameWords does). */
const COMPANY_FORMS = new Set([
  "inc",
  "corp",
  "corporation",
  "co",
  "company",
  "ltd",
  "plc",
  "llc",
  "ag",
  "sa",
  "nv",
  "bv",
  "gmbh",
  "spa",
  "group",
  "holdings",
  "industries",
  "international",
]);

/**
 * A company named by the first words of its name ("Jones Medical" and "Jones" after "Jones
 * Medical Industries Inc"): an entity of the article whose words open exactly one company's
 * name there, a name that ends in a company's form (Inc, Group, International). Other heads say
 * less: "Croydon" is no short form of "Croydon University Hospital". Not a person written
 * with a given name first, nor a known place ("Chicago" beside "Chicago Board of Trade"), nor an
 * entity already settled (the surname of a person the article names in full).
 */
function leadingWordsOfOrganizations(
  article: ExtractedArticle,
  settled: ReadonlyMap<string, Resolved>,
  pinned: ReadonlySet<string>,
): Map<string, string> {
  const organizations = article.entities
    .filter((e) => e.kind === "organization")
    .map((e) => ({ id: e.id, words: nameWords(e.name) }))
    .filter((o) => o.words.length >= 2 && COMPANY_FORMS.has(o.words[o.words.length - 1]!));
  const out = new Map<string, string>();
  if (organizations.length === 0) return out;
  for (const e of article.entities) {
    if (pinned.has(e.id) || settled.has(e.id) || e.kind === "place" || e.kind === "country" || isKnownName(e.name))
      continue;
    const words = nameWords(e.name);
    if (words.length === 0 || (e.kind === "person" && isFirstName(words[0]!))) continue;
    const opens = organizations.filter(
      (o) => o.id !== e.id && o.words.length > words.length && words.every((w, i) => o.words[i] === w),
    );
    if (opens.length === 1) out.set(e.id, opens[0]!.id);
  }
  return out;
}

/** Where an entity's first mention starts (Infinity without mentions). */
const firstStart = (e: ArticleEntity): number => e.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);

/** What the article itself settles: the acronyms it defines, and surnames of people it names in full. */
function localResolution(
  article: ExtractedArticle,
  defined: ReadonlyMap<string, string>,
  catalog: ReadonlyMap<string, CatalogEntry>,
  pinned: ReadonlySet<string>,
  /** The id a name of the article stands for over the archive (a short form: its full name's). */
  canonical: (id: string) => string = (id) => id,
): Map<string, Resolved> {
  const local = new Map<string, Resolved>();
  if (defined.size > 0) {
    for (const e of article.entities) {
      const acronym = acronymOf(
        e.name,
        e.mentions.map((m) => m.text),
      )?.toUpperCase();
      const to = acronym ? defined.get(acronym) : undefined;
      if (to && to !== e.id && !pinned.has(e.id)) local.set(e.id, { id: to });
    }
  }
  // Full names by surname. Within one article a name that the archive would not trust as a full
  // name ("Frank Bruno": no given name compromise knows) counts when the article writes it before
  // the lone surname: reporters introduce a person in full, then shorten.
  const fullNames = new Map<string, { id: string; from: number; trusted: boolean }[]>();
  for (const e of article.entities) {
    if (e.kind !== "person") continue;
    const words = nameWords(e.name);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    const trusted = opensLikeName(words);
    // Untrusted: two words apart ("Frank Bruno"; not one hyphenated word, "Boxing-Bruno"), not a
    // run with a description inside ("House Speaker Paul D Ryan").
    const plain = words.length === 2 && /\s/.test(e.name.trim()) && !opensWithDescription(words);
    if (trusted || plain) push(fullNames, surname, { id: e.id, from: firstStart(e), trusted });
  }
  for (const e of article.entities) {
    if (pinned.has(e.id) || local.has(e.id)) continue;
    // A lone surname; or a word the gazetteer read as something else that the article names a
    // person by ("Hamilton" taken for Bermuda's capital beside "Lewis Hamilton").
    const texts = new Set(e.mentions.map((m) => m.text));
    const [text] = texts;
    // Its own name counts too unless the gazetteer knows it as a place ("Washington" beside George Washington).
    const misread =
      texts.size === 1 && text !== undefined && surnameShaped(text) && (text !== e.name || !isKnownName(text));
    const word = isLoneName(catalog.get(e.id), e.kind)
      ? nameWords(e.name)[0]!
      : misread
        ? text.toLowerCase()
        : undefined;
    const all = word === undefined ? [] : (fullNames.get(word) ?? []);
    const same = all.some((f) => f.trusted) ? all.filter((f) => f.trusted) : all.filter((f) => f.from < firstStart(e));
    // "Paul O'Connell" and "P O'Connell" in one article are one person for its "O'Connell".
    const people = [...new Set(same.map((f) => canonical(f.id)))];
    if (people.length === 1 && people[0] !== e.id && canonical(e.id) === e.id)
      local.set(e.id, { id: people[0]!, kind: "person" });
  }
  const here = organizationsByLastWord(
    article.entities.map((e) => catalog.get(e.id)).filter((e): e is CatalogEntry => e !== undefined),
  );
  for (const e of article.entities) {
    if (pinned.has(e.id) || local.has(e.id)) continue;
    const word = loneOrganizationWord(catalog.get(e.id), e.kind);
    const same = word === undefined ? [] : (here.get(word) ?? []);
    if (same.length === 1 && same[0] !== e.id) local.set(e.id, { id: same[0]! });
  }
  for (const [from, to] of leadingWordsOfOrganizations(article, local, pinned))
    local.set(from, { id: to, kind: "organization" });
  return local;
}
