/** How much of a user's value a message echoes: enough to recognise it, never a whole paste. */
export const QUOTE_LENGTH = 60;

/**
 * A user's value quoted for a diagnostic: JSON-quoted (so spaces, quotes and line breaks show),
 * and cut to QUOTE_LENGTH characters with an ellipsis and its full length when longer, so that
 * a 5,000-character slug does not fill the terminal. Cut by code points: never half a surrogate pair.
 * Every message that quotes user text uses this.
 */
export function quoteForMessage(value: string, max = QUOTE_LENGTH): string {
  const chars = Array.from(value);
  if (chars.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(`${chars.slice(0, max).join("")}…`)} (${chars.length.toLocaleString("en-US")} characters)`;
}
