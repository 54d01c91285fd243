import { slugify as transliterate } from "transliteration";

/** Windows cannot create files or folders with these names (any extension): a page folder must not be one. */
const RESERVED_NAMES = new Set(["con", "prn", "aux", "nul", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/** How many code points the fallback spells out: enough to tell names apart, short enough for a URL. */
const FALLBACK_CODE_POINTS = 6;

/**
 * A URL-safe slug for any script: Cyrillic, Arabic, CJK and accented Latin are transliterated
 * to ASCII (`Владимир Путин` -> `vladimir-putin`), so a slug is readable. Only `[a-z0-9-]`
 * survive, so a slug can never name a parent directory. Text with letters, digits or symbols
 * the transliteration tables do not cover (emoji, rare scripts) still gets a slug, spelled from
 * its code points (`u1f525`): a name is never left without a URL. Text of punctuation alone
 * (`../../`) gives `""`, so callers can fall back to something better.
 */
export function slugify(text: string, maxLength = 80): string {
  // NFKC first: full-width and mathematical letters (`Ａｂｃ`, `𝔘𝔫𝔦`) are plain letters in disguise.
  const normalised = text.normalize("NFKC");
  let slug = transliterate(normalised, { lowercase: true, separator: "-", allowedChars: "a-zA-Z0-9" })
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  if (slug === "") slug = codePointSlug(normalised);
  if (slug.length > maxLength) {
    // Cut at a word boundary so long headlines do not end mid-word.
    const cut = slug.slice(0, maxLength);
    const lastDash = cut.lastIndexOf("-");
    slug = (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-$/, "");
  }
  return RESERVED_NAMES.has(slug) ? `${slug}-page` : slug;
}

function codePointSlug(text: string): string {
  const meaningful = [...text].filter((char) => /[\p{L}\p{N}\p{S}]/u.test(char));
  return meaningful
    .slice(0, FALLBACK_CODE_POINTS)
    .map((char) => `u${(char.codePointAt(0) ?? 0).toString(16)}`)
    .join("-");
}

/** Makes `base` unique against `taken` by appending `-2`, `-3`, … and records the result. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
