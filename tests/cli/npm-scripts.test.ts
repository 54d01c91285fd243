// The README's commands as a newcomer types them. npm does not put a package's own `bin` on the
// PATH of its scripts, so a script that calls `digest` by name fails in a fresh clone while
// `npx digest` works: the scripts are run here through npm itself, not through bin/ by path.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/run-cli.js";

const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
const scripts: Record<string, string> = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts;
const bins: Record<string, string> = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).bin;

/** Every `npm run NAME`, `npm start` and `npm test` the README names. */
function scriptsNamedInReadme(): string[] {
  const named = new Set<string>();
  for (const match of readme.matchAll(/\bnpm run ([\w:-]+)/g)) named.add(match[1]!);
  for (const match of readme.matchAll(/\bnpm (start|test)\b/g)) named.add(match[1]!);
  return [...named].sort();
}

function npm(args: string[]) {
  // PATH without node_modules/.bin of this project's test run, as in a newcomer's shell.
  const path = (process.env.PATH ?? "")
    .split(":")
    .filter((dir) => !dir.includes("node_modules"))
    .join(":");
  const result = spawnSync("npm", args, {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, PATH: path, npm_config_update_notifier: "false" },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("the README's npm scripts", () => {
  it("names scripts that exist", () => {
    const named = scriptsNamedInReadme();
    expect(named).toEqual(expect.arrayContaining(["build", "test", "start", "typecheck", "bench"]));
    for (const name of named) expect(scripts, `README names npm script "${name}"`).toHaveProperty(name);
  });

  it("never call this package's own bin by name (npm does not link it for its own scripts)", () => {
    for (const [name, command] of Object.entries(scripts)) {
      for (const bin of Object.keys(bins)) {
        expect(command, `script "${name}"`).not.toMatch(new RegExp(`(^|&&|;|\\|)\\s*${bin}\\b`));
      }
    }
  });

  it("build and start give Node the young generation's full size from the start, as the README says", () => {
    for (const name of ["build", "start"])
      expect(scripts[name], `script "${name}"`).toMatch(/^node --min-semi-space-size=16 bin\/digest\.js /);
  });

  it("npm run build builds a site, and npm run check checks the content", () => {
    const dir = mkdtempSync(join(tmpdir(), "npm-scripts-"));
    cpSync(join(projectRoot, "tests", "fixtures", "samples"), join(dir, "content"), { recursive: true });
    const out = join(dir, "site");
    const build = npm(["run", "build", "--", "--content", join(dir, "content"), "--out", out]);
    expect(build.output).not.toMatch(/not found/);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "data", "stories.json"))).toBe(true);

    const check = npm(["run", "check", "--", "--content", join(dir, "content")]);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/2 files: 2 valid articles/);
  });
});
