// Acronyms and the names they stand for. An acronym joins a name only on evidence: the text
// defines it ("the World Health Organization (WHO)"), in that article or, when every definition
// in the archive points to the same name, in any article; or, with no definition anywhere,
// exactly one name of the archive has those initials and is named beside it at least once.
// Otherwise it stays its own entity: "PC" is no police constable unless a text says so.
import { push } from "./push.js";
import type { ExtractedArticle } from "../types.js";
import { nameWords, type CatalogEntry } from "./entity-catalog.js";

const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
// Words an acronym usually skips ("Bank of England" -> BoE, "Food and Drug Administration" -> FDA).
const SKIPPED = new Set([
  "of",
  "the",
  "and",
  "for",
  "&",
  "de",
  "du",
  "des",
  "la",
  "le",
  "der",
  "von",
  "on",
  "in",
  "at",
  "to",
]);
const DEFINITION = /^\s*\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,7})\s*\)/;

const bare = (text: string): string => text.replace(/^the\s+/i, "");

/**
 * The acronym an entity is, if it is one: its name, or every mention's text when all are the same
 * acronym (extraction may have read "the WHO" as the band The Who). A leading "the" is dropped.
 */
export function acronymOf(name: string, texts: Iterable<string> = []): string | undefined {
  if (ACRONYM.test(bare(name))) return bare(name);
  const forms = new Set([...texts].map(bare));
  const [only] = forms;
  return forms.size === 1 && only !== undefined && ACRONYM.test(only) ? only : undefined;
}

/** Initials a name could be abbreviated to: of its significant words, and of all its words. */
export function initials(name: string): Set<string> {
  const words = nameWords(name).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const significant = words
    .filter((w) => !SKIPPED.has(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
  return new Set([all, significant].filter((s) => s.length >= 2));
}

/** Acronyms an article defines: acronym -> id of the entity whose mention the parenthesis follows. */
export function definedAcronyms(article: ExtractedArticle): Map<string, string> {
  const defined = new Map<string, string>();
  for (const e of article.entities) {
    for (const m of e.mentions) {
      const match = DEFINITION.exec(article.body.slice(m.end, m.end + 16));
      if (!match) continue;
      const acronym = match[1]!.toUpperCase();
      if (initials(e.name).has(acronym) || initials(m.text).has(acronym)) defined.set(acronym, e.id);
    }
  }
  return defined;
}

/**
 * Acronym id -> the id it stands for in the archive, where the archive is unambiguous. `defined`:
 * every article's definitions; `together`: pairs of ids named in one article.
 */
export function archiveAcronyms(
  catalog: ReadonlyMap<string, CatalogEntry>,
  defined: readonly Map<string, string>[],
  together: (a: string, b: string) => boolean,
  pinned: ReadonlySet<string>,
): Map<string, string> {
  const definitions = new Map<string, Set<string>>();
  for (const map of defined)
    for (const [acronym, id] of map) definitions.set(acronym, (definitions.get(acronym) ?? new Set()).add(id));
  const byInitials = new Map<string, string[]>();
  for (const entry of catalog.values()) {
    if (entry.kind === "person" || entry.words.length < 2) continue;
    for (const i of initials(entry.name)) push(byInitials, i, entry.id);
  }
  const target = new Map<string, string>();
  for (const entry of catalog.values()) {
    const acronym = acronymOf(entry.name, entry.texts);
    if (!acronym || pinned.has(entry.id)) continue;
    const key = acronym.toUpperCase();
    const named = definitions.get(key);
    const candidates = named
      ? [...named]
      : [...new Set(byInitials.get(key) ?? [])].filter((id) => id !== entry.id && together(entry.id, id));
    if (candidates.length === 1 && candidates[0] !== entry.id) target.set(entry.id, candidates[0]!);
  }
  return target;
}
