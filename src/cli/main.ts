import { debugEnabled } from "../diagnostics/debug.js";
import { DigestError } from "../diagnostics/digest-error.js";
import { formatDiagnostic } from "../diagnostics/format-diagnostic.js";
import { boundHeapGrowth } from "./heap-growth.js";
import { reporter } from "./reporter.js";

const USAGE = `digest — turn a folder of news articles into a cross-linked static news site

Usage:
  digest build   [--content DIR] [--out DIR] [--pathprefix /repo/] [--skip-invalid] [--verbose]
  digest inspect <file…|-> --json
  digest check   [--content DIR]
  digest serve   [--content DIR] [--out DIR] [--pathprefix /repo/] [--port N]

Commands:
  build     read every article, group them into stories and write the site (default: content/ -> _site/)
  inspect   print what the pipeline extracts from the given files as one JSON array
  check     validate the content folder and list every problem; exit 1 if there is any error
  serve     build, serve the site locally and rebuild on every change (npm start)

Run "digest <command> --help" for the options of one command.`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  boundHeapGrowth();
  try {
    switch (command) {
      // Each command is imported only when it runs: `inspect` is called in batches by scripts,
      // and loading the site stage (Eleventy) for it would only slow every call down.
      case "build":
        return await (await import("./command-build.js")).runBuild(rest);
      case "inspect":
        return await (await import("./command-inspect.js")).runInspect(rest);
      case "check":
        return await (await import("./command-check.js")).runCheck(rest);
      case "serve":
        return await (await import("./command-serve.js")).runServe(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        reporter.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        reporter.error(`Unknown command "${command}". Expected build, inspect, check or serve.\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    reporter.error(formatFatal(error));
    if (debugEnabled() && error instanceof Error) reporter.error(error.stack ?? "");
    return 1;
  }
}

/**
 * A fatal error as one diagnostic line (`path:line:col  error  message  hint`, without the
 * position when it is about no file): what is wrong and what to do. Never a class name or a
 * stack (DEBUG=1 adds the stack); an error the code did not expect says so and names its cause.
 */
export function formatFatal(error: unknown): string {
  if (error instanceof DigestError) {
    const { code, message, hint, file, line, column } = error;
    if (file === undefined) return `error  ${message}  ${hint}`;
    return formatDiagnostic({
      file,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
      severity: "error",
      code,
      message,
      hint,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return `error  ${message}  This is a bug in digest: run again with DEBUG=1 and report what it prints.`;
}
