import type { Diagnostic } from "../types.js";

/** `path:line:column  severity  message  hint`, the form editors and terminals link to. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? (d.column ?? 1) : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const hint = d.hint ? `  ${d.hint}` : "";
  return `${where}  ${d.severity}  ${d.message}${hint}`;
}

/** Errors first, then by file and line, so output is stable whatever order files were read in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === "error" ? 0 : 1);
  return [...list].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
