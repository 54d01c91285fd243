/** The base of every error the pipeline throws: it names the input and says what to do. */
export class DigestError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DigestError";
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
