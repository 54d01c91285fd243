// One article's extraction failed (a bug, a stack overflow on a pathological text): the failure
// becomes a diagnostic for that file, and the other articles are still extracted and built.
import type { Extraction } from "../cache/extraction-cache.js";
import { diagnostic } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../types.js";

/** Extraction threw on one article: what it said, for that file's diagnostic. */
export interface ExtractionFailure {
  failed: { message: string; stack?: string };
}

/** A thrown value as a failure record. */
export function failureOf(cause: unknown): ExtractionFailure {
  const error = cause instanceof Error ? cause : new Error(String(cause));
  return { failed: { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } };
}

export function isFailure(value: Extraction | ExtractionFailure): value is ExtractionFailure {
  return "failed" in value;
}

/** The error diagnostic of an article whose extraction failed. */
export function extractionFailedDiagnostic(file: string, message: string): Diagnostic {
  return diagnostic("extraction-failed", { file }, message);
}
