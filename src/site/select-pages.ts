import type { SiteData } from "../types.js";
import { PAGE_KINDS, type PageKindName } from "./page-kinds.js";
import { recordHash } from "./record-hash.js";
import type { SitePages } from "./site-pages.js";

/** What an output folder was built from: one hash per incremental file, under one version. */
export interface PageManifest {
  /** The site code and page context the files were rendered with; another version reuses nothing. */
  version: string;
  /** Output path -> hash of the record it was rendered from. */
  pages: Record<string, string>;
  /** Output path -> hash of the file as written (see previous-output.ts); a page without one is never reused. */
  files?: Record<string, string>;
}

export interface KeptPage {
  kind: PageKindName;
  record: unknown;
  path: string;
}

export interface PageSelection {
  /** Records to render, by kind. */
  render: Record<PageKindName, unknown[]>;
  /** Files whose record is unchanged since the previous build: reuse them. */
  kept: KeptPage[];
  /** The manifest of the site being built. */
  manifest: PageManifest;
}

const KIND_NAMES = Object.keys(PAGE_KINDS) as PageKindName[];

export function emptySelection(): Record<PageKindName, unknown[]> {
  return Object.fromEntries(KIND_NAMES.map((name) => [name, []])) as unknown as Record<PageKindName, unknown[]>;
}

/** Every record of every kind: a full build (the dev server, which keeps no manifest). */
export function selectAll(pages: SitePages, site: SiteData): Record<PageKindName, unknown[]> {
  const render = emptySelection();
  for (const name of KIND_NAMES) render[name] = [...PAGE_KINDS[name].records(pages, site)];
  return render;
}

/**
 * Decides which files to render: all of them, except incremental files whose record hashes as
 * in the previous build's manifest (same version). A page's record holds everything the page
 * shows, so an equal hash means an equal file.
 */
export function selectPages(pages: SitePages, site: SiteData, version: string, previous?: PageManifest): PageSelection {
  const render = emptySelection();
  const kept: KeptPage[] = [];
  const manifest: PageManifest = { version, pages: {} };
  const reusable = previous?.version === version ? previous.pages : undefined;
  for (const name of KIND_NAMES) {
    const kind = PAGE_KINDS[name];
    for (const record of kind.records(pages, site)) {
      if (!kind.incremental) {
        render[name].push(record);
        continue;
      }
      const path = kind.outputPath(record);
      const hash = `${name}:${recordHash(record)}`;
      manifest.pages[path] = hash;
      if (reusable?.[path] === hash) kept.push({ kind: name, record, path });
      else render[name].push(record);
    }
  }
  return { render, kept, manifest };
}
