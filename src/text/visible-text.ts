// Text can be made entirely of characters that take no room on a page: zero-width spaces and
// joiners, a byte-order mark, bidirectional controls (all Unicode format characters, Cf), spaces,
// controls, combining marks with nothing to combine with, and the blank letters some scripts
// have (Hangul fillers, the blank Braille pattern). A headline of those is a link no one can see
// or click, and a `<title>` that names nothing.
const VISIBLE = /[^\s\p{Cf}\p{Z}\p{Cc}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Whether `text` has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** The first few code points of text as `U+200B U+200C`, to name characters that cannot be shown. */
export function codePoints(text: string, max = 4): string {
  const points = [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return points.length > max ? `${points.slice(0, max).join(" ")} …` : points.join(" ");
}
