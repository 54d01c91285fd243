import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file under dir, relative, forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
    );
}

/**
 * Internal links (href/src) of every HTML page that do not resolve to a file of the built site.
 * `prefix` is the path prefix the site was built with ("/" or "/repo/").
 */
export function brokenLinks(siteDir: string, prefix = "/"): string[] {
  const broken: string[] = [];
  for (const page of listFiles(siteDir).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(join(siteDir, page), "utf8");
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = (match[1] ?? "").replace(/&amp;/g, "&");
      if (/^(?:[a-z]+:|\/\/|#|data:)/i.test(raw)) continue;
      const path = decodeURIComponent(raw.split(/[?#]/)[0] ?? "");
      let target: string;
      if (path.startsWith("/")) {
        if (!path.startsWith(prefix)) {
          broken.push(`${page}: ${raw} (outside the path prefix ${prefix})`);
          continue;
        }
        target = join(siteDir, path.slice(prefix.length));
      } else {
        target = join(siteDir, page, "..", path);
      }
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, "index.html") : target;
      if (!existsSync(file)) broken.push(`${page}: ${raw}`);
      else {
        // A link into a page (an article read on its story's page) needs the element it names.
        const fragment = raw.split("#")[1];
        if (fragment && file.endsWith(".html") && !readFileSync(file, "utf8").includes(` id="${fragment}"`))
          broken.push(`${page}: ${raw} (no element with id ${fragment})`);
      }
    }
  }
  return broken;
}
