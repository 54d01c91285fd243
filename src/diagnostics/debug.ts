// The one debug channel: internals (stage parts, timings, index statistics) that only a developer
// asks for with DEBUG=1. Stages call it instead of writing to the terminal themselves; the CLI's
// reporter prints everything a user is meant to see.

/** Whether DEBUG is set (read at each call, so a test can switch it). */
export function debugEnabled(): boolean {
  return Boolean(process.env.DEBUG);
}

/** Writes `[digest] message` to stderr under DEBUG; the message is only built then. */
export function debug(message: () => string): void {
  if (debugEnabled()) process.stderr.write(`[digest] ${message()}\n`);
}
