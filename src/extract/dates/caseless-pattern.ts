// A case-insensitive pattern rewritten without the `i` flag: every ASCII letter outside a
// character class becomes a two-letter class ("ago" -> "[aA][gG][oO]"). Why: V8 takes ~50 ms
// to compile each of chrono's two "N units ago/later" patterns with `i` (big alternations
// under a {0,10} repeat) and ~5 ms without; that was a tenth of `digest inspect`'s start-up.
// The rewrite matches exactly the same strings: without the `u` flag, `i` only pairs ASCII
// letters with each other (a non-ASCII character never folds to an ASCII one) and leaves \w, \W,
// \b, \s and \d alone. Patterns the rewrite cannot treat that simply are returned unchanged.

/** The same language without `i`, or undefined when `pattern` is not a plain `i` pattern this rewrite handles. */
export function caselessPattern(pattern: RegExp): RegExp | undefined {
  if (pattern.flags.replace(/[gy]/g, "") !== "i") return undefined;
  const src = pattern.source;
  // Escapes whose meaning involves letters (\u \x \c \k \p), and named groups / lookbehinds: not handled.
  if (/\\[uxckpP]|\(\?</.test(src)) return undefined;
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === "\\") {
      out += ch + src.charAt(i + 1);
      i++;
      continue;
    }
    const letter = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");
    if (inClass) {
      // A letter inside a class ("[a-z]") would need its other case added too: leave such patterns alone.
      if (letter) return undefined;
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
    } else {
      out += letter ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
    }
  }
  return new RegExp(out, pattern.flags.replace("i", ""));
}
