import { slugify as transliterate } from "transliteration";

/**
 * A URL-safe slug for any script: Cyrillic, Arabic, CJK and accented Latin are transliterated
 * to ASCII (`Владимир Путин` -> `vladimir-putin`), so a slug is readable and never empty for text
 * that has letters. Only `[a-z0-9-]` survive, so a slug can never name a parent directory.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = transliterate(text, { lowercase: true, separator: "-", allowedChars: "a-zA-Z0-9" })
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so long headlines do not end mid-word.
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-$/, "");
}

/** Makes `base` unique against `taken` by appending `-2`, `-3`, … and records the result. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
