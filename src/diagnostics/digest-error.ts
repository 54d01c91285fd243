import type { FatalCode } from "./catalogue.js";

export interface DigestErrorOptions {
  /** The catalogue's code (src/diagnostics/catalogue.ts); `problem(code, ...)` gives it with the message and hint. */
  code: FatalCode;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
  /** The file or folder it is about, when there is one; with line and column when known (1-based). */
  file?: string;
  line?: number;
  column?: number;
  /** The error that caused it (shown with the stack under DEBUG). */
  cause?: unknown;
}

/**
 * The base of every error that stops a command: it names the input and says what to do. The CLI
 * prints it as one diagnostic line (`path:line:col  error  message  hint`), never its class name
 * or stack unless DEBUG is set.
 */
export class DigestError extends Error {
  readonly code: FatalCode;
  readonly hint: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(options: DigestErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DigestError";
    this.code = options.code;
    this.hint = options.hint;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }
}

/** The content folder does not exist or cannot be read. */
export class ContentFolderError extends DigestError {
  override name = "ContentFolderError";
}

/** The build produced no site (bad input, or rendering failed); the previous site is untouched. */
export class BuildFailedError extends DigestError {
  override name = "BuildFailedError";
}
