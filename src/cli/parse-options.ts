import { parseArgs, type ParseArgsConfig } from "node:util";
import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";

/** node:util parseArgs, with its errors turned into a message that says what to do. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new DigestError({ ...problem("bad-option", (cause as Error).message, usage), cause });
  }
}
