import { runBuild } from "./command-build.js";
import { runCheck } from "./command-check.js";
import { runInspect } from "./command-inspect.js";
import { reporter } from "./reporter.js";

const USAGE = `digest — turn a folder of news articles into a cross-linked static news site

Usage:
  digest build   [--content DIR] [--out DIR] [--pathprefix /repo/] [--skip-invalid] [--verbose]
  digest inspect <file…|-> --json
  digest check   [--content DIR]

Commands:
  build     read every article, group them into stories and write the site (default: content/ -> _site/)
  inspect   print what the pipeline extracts from the given files as one JSON array
  check     validate the content folder and list every problem; exit 1 if there is any error

Run "digest <command> --help" for the options of one command.`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return await runBuild(rest);
      case "inspect":
        return await runInspect(rest);
      case "check":
        return await runCheck(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        reporter.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        reporter.error(`Unknown command "${command}". Expected build, inspect or check.\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    reporter.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    if (process.env.DEBUG && error instanceof Error) reporter.error(error.stack ?? "");
    return 1;
  }
}
