// Control characters other than tab and line breaks, NUL, the two Unicode non-characters and
// lone surrogates are not allowed in XML (feeds) and mean nothing in HTML. Each is one UTF-16
// unit, as is U+FFFD, so replacing them keeps every offset into the text valid.
const CONTROL =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with each character that cannot appear in HTML or XML replaced by U+FFFD; `first` is the offset of the first (-1
 * if none).
 */
export function replaceControlCharacters(text: string): { text: string; count: number; first: number } {
  let count = 0;
  let first = -1;
  const replaced = text.replace(CONTROL, (_match, offset: number) => {
    if (first === -1) first = offset;
    count++;
    return "\uFFFD";
  });
  return { text: replaced, count, first };
}
