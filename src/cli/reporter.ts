// The only module in src/ that writes to the terminal for the user: everything else returns
// data. Developers' internals go through the one debug channel, src/diagnostics/debug.ts.
import { formatDiagnostic, sortDiagnostics } from "../diagnostics/format-diagnostic.js";
import type { Diagnostic } from "../types.js";

export const reporter = {
  out(text: string): void {
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  },
  error(text: string): void {
    process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
  },
  /** Every diagnostic, errors first, one a line. */
  diagnostics(list: readonly Diagnostic[]): void {
    for (const d of sortDiagnostics(list)) process.stderr.write(`${formatDiagnostic(d)}\n`);
  },
  /** A progress line that rewrites itself, only on a terminal. */
  progress(label: string, done: number, total: number, startedMs: number): void {
    if (!process.stderr.isTTY) return;
    const elapsed = (performance.now() - startedMs) / 1000;
    const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
    process.stderr.write(`\r${label} ${done}/${total}  ETA ${eta.toFixed(0)} s   `);
    if (done === total) process.stderr.write("\r\x1b[K");
  },
};
