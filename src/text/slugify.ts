// The one slug function: every path segment the site writes (article, story, entity and topic
// ids) is spelled here, so every one is URL-safe and at most MAX_SEGMENT_BYTES long.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { slugify as Slugify } from "transliteration";

/**
 * The longest slug: short enough for a readable URL, far below the 255 bytes a file name may
 * have (an entity made of forty names once gave a folder name over 255 bytes, ENAMETOOLONG, and
 * nothing was built). Slugs are ASCII, so characters are bytes.
 */
export const MAX_SEGMENT_BYTES = 80;

/** Hex digits of the hash that ends a slug cut for distinctness: 8 (32 bits) tell apart any names one site holds. */
const HASH_DIGITS = 8;

/** Windows cannot create files or folders with these names (any extension): a page folder must not be one. */
const RESERVED_NAMES = new Set([
  "con",
  "prn",
  "aux",
  "nul",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
]);

/** How many code points the fallback spells out: enough to tell names apart, short enough for a URL. */
const FALLBACK_CODE_POINTS = 6;

const ASCII = /^[\x00-\x7f]*$/;
const require = createRequire(import.meta.url);
// The transliteration tables cost ~80 ms to load, and only text outside ASCII needs them: loaded
// on first use. For ASCII the slug is the lower-cased text with every run of other characters a
// dash, which is what the package gives too (tests/text/slugify.test.ts checks the two agree).
let transliterate: typeof Slugify | undefined;

export interface SlugOptions {
  /**
   * How a slug longer than the limit is cut. `word` (default): at a word boundary, readable, for
   * ids made unique by `uniqueSlug` (headlines). `hash`: the start and a short hash of the whole,
   * so names that share their first 70 characters still get distinct slugs (entity ids).
   */
  cut?: "word" | "hash";
}

/**
 * A URL-safe slug for any script: Cyrillic, Arabic, CJK and accented Latin are transliterated
 * to ASCII (`Владимир Путин` -> `vladimir-putin`), so a slug is readable. Only `[a-z0-9-]`
 * survive, so a slug can never name a parent directory. Text with letters, digits or symbols
 * the transliteration tables do not cover (emoji, rare scripts) still gets a slug, spelled from
 * its code points (`u1f525`): a name is never left without a URL. Text of punctuation alone
 * (`../../`) gives `""`, so callers can fall back to something better. At most `maxLength`
 * characters, and never more than MAX_SEGMENT_BYTES.
 */
export function slugify(text: string, maxLength = MAX_SEGMENT_BYTES, options: SlugOptions = {}): string {
  const limit = Math.min(maxLength, MAX_SEGMENT_BYTES);
  let slug = spell(text);
  if (slug.length > limit) slug = options.cut === "hash" ? hashCut(slug, limit) : wordCut(slug, limit);
  return RESERVED_NAMES.has(slug) ? `${slug}-page` : slug;
}

function spell(text: string): string {
  if (ASCII.test(text)) {
    const slug = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return slug === "" ? codePointSlug(text) : slug;
  }
  // NFKC first: full-width and mathematical letters (`Ａｂｃ`, `𝔘𝔫𝔦`) are plain letters in disguise.
  const normalised = text.normalize("NFKC");
  transliterate ??= (require("transliteration") as { slugify: typeof Slugify }).slugify;
  const slug = transliterate(normalised, { lowercase: true, separator: "-", allowedChars: "a-zA-Z0-9" })
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug === "" ? codePointSlug(normalised) : slug;
}

/** Cut at a word boundary so long headlines do not end mid-word. */
function wordCut(slug: string, limit: number): string {
  const cut = slug.slice(0, limit);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > limit / 2 ? cut.slice(0, lastDash) : cut).replace(/-$/, "");
}

/** The start of `slug` (cut at a word boundary) and a hash of all of it: `limit` characters at most. */
function hashCut(slug: string, limit: number): string {
  const hash = createHash("sha256").update(slug).digest("hex").slice(0, HASH_DIGITS);
  return `${wordCut(slug, limit - HASH_DIGITS - 1)}-${hash}`;
}

function codePointSlug(text: string): string {
  const meaningful = [...text].filter((char) => /[\p{L}\p{N}\p{S}]/u.test(char));
  return meaningful
    .slice(0, FALLBACK_CODE_POINTS)
    .map((char) => `u${(char.codePointAt(0) ?? 0).toString(16)}`)
    .join("-");
}

/**
 * Makes `base` unique against `taken` by appending `-2`, `-3`, … and records the result; never longer than
 * MAX_SEGMENT_BYTES.
 */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = withSuffix(base, `-${n}`);
  taken.add(slug);
  return slug;
}

/** `base` + `suffix`, the base shortened when both would pass MAX_SEGMENT_BYTES. */
export function withSuffix(base: string, suffix: string): string {
  const room = MAX_SEGMENT_BYTES - suffix.length;
  return `${base.length > room ? base.slice(0, room).replace(/-+$/, "") : base}${suffix}`;
}
