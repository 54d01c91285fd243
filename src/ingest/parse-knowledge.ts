import yaml from "js-yaml";
import { z } from "zod";
import { entityOverridesSchema, type EntityOverrides } from "../extract/entities/entity-overrides.js";
import type { Diagnostic, SourceFile } from "../types.js";
import { withinYamlBounds } from "./yaml-bounds.js";
import { diagnostic } from "../diagnostics/catalogue.js";

/** Room for tens of thousands of names and aliases, not for an alias bomb. */
const MAX_KNOWLEDGE_NODES = 500_000;
const MAX_KNOWLEDGE_DEPTH = 16;

/**
 * Which entities get a page of their own (and feeds): those named in at least `minStories`
 * stories, as one of a story's parties (its ten most salient names) or an outlet it cites, or
 * named at all by twice as many. The others are plain text in their stories' parties and records
 * in data/entities.json without a URL: on a real archive most entities are named once, and their
 * pages were most of the site's size (issue 16). `minStories: 1` gives every entity a page.
 */
export const entityPagesSchema = z.object({ minStories: z.number().int().min(1).default(2) }).strict();
export type EntityPages = z.infer<typeof entityPagesSchema>;

/** The site-level knowledge file (`content/knowledge.yml`), validated; problems point at their line. */
export function parseKnowledge(file: SourceFile): {
  overrides?: EntityOverrides;
  entityPages?: EntityPages;
  diagnostics: Diagnostic[];
} {
  let data: unknown;
  try {
    data = yaml.load(file.raw, { filename: file.path });
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    return {
      diagnostics: [
        diagnostic(
          "yaml-syntax",
          { file: file.path, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
          "knowledge file",
          reason,
        ),
      ],
    };
  }
  if (!withinYamlBounds(data, MAX_KNOWLEDGE_NODES, MAX_KNOWLEDGE_DEPTH)) {
    return {
      diagnostics: [
        diagnostic(
          "knowledge-too-large",
          { file: file.path, line: 1, column: 1 },
          MAX_KNOWLEDGE_NODES,
          MAX_KNOWLEDGE_DEPTH,
        ),
      ],
    };
  }
  // `entityPages` is a site setting, not entity knowledge: kept out of the overrides, so
  // changing it does not invalidate the extraction cache (the overrides are part of its key).
  const { entityPages: pagesSetting, ...knowledge } = (data ?? {}) as Record<string, unknown>;
  const isObject = data === null || data === undefined || (typeof data === "object" && !Array.isArray(data));
  const parsed = entityOverridesSchema.safeParse(isObject ? knowledge : data);
  const pages = pagesSetting === undefined ? undefined : entityPagesSchema.safeParse(pagesSetting);
  if (parsed.success && (!pages || pages.success))
    return { overrides: parsed.data, ...(pages ? { entityPages: pages.data } : {}), diagnostics: [] };
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues),
    ...(pages && !pages.success
      ? pages.error.issues.map((issue) => ({ ...issue, path: ["entityPages", ...issue.path] }))
      : []),
  ];
  return {
    diagnostics: issues.map((issue) =>
      diagnostic(
        "knowledge-shape",
        { file: file.path, line: lineOfPath(file.raw, issue.path) ?? 1, column: 1 },
        issue.path.join("."),
        issue.message,
      ),
    ),
  };
}

/**
 * The line of a value by its path (`entities.0.kind`) in block-style YAML: each segment is
 * looked for below the line of the one before, more indented. Flow style (`[a, b]`) or a path
 * not found stops at the deepest line found, so a message still points near its cause.
 */
export function lineOfPath(raw: string, path: readonly PropertyKey[]): number | undefined {
  const lines = raw.split("\n");
  const indent = (line: string) => line.length - line.replace(/^[\s-]*/, "").length;
  let at = -1;
  let parentIndent = -1;
  for (const segment of path) {
    let found = -1;
    let seen = 0;
    for (let i = at + 1; i < lines.length; i++) {
      const line = lines[i] ?? "";
      if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
      const lead = line.length - line.trimStart().length;
      if (
        at >= 0 &&
        lead <= parentIndent &&
        !(typeof segment === "number" && lead === parentIndent && line.trimStart().startsWith("- "))
      )
        break;
      if (typeof segment === "number") {
        if (line.trimStart().startsWith("- ") && (at < 0 || lead >= parentIndent)) {
          if (seen++ === segment) {
            found = i;
            break;
          }
        }
      } else {
        const escaped = String(segment).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        if (new RegExp(`^[\\s-]*["']?${escaped}["']?\\s*:`).test(line)) {
          found = i;
          break;
        }
      }
    }
    if (found === -1) break;
    at = found;
    parentIndent =
      typeof segment === "number"
        ? indent(lines[found] ?? "") - 1
        : (lines[found] ?? "").length - (lines[found] ?? "").trimStart().length;
  }
  return at === -1 ? undefined : at + 1;
}
