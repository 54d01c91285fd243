import yaml from "js-yaml";
import { entityOverridesSchema, type EntityOverrides } from "../extract/entities/entity-overrides.js";
import type { Diagnostic, SourceFile } from "../types.js";
import { withinYamlBounds } from "./yaml-bounds.js";

/** Room for tens of thousands of names and aliases, not for an alias bomb. */
const MAX_KNOWLEDGE_NODES = 500_000;
const MAX_KNOWLEDGE_DEPTH = 16;

/** The site-level knowledge file (`content/knowledge.yml`), validated; problems point at their line. */
export function parseKnowledge(file: SourceFile): { overrides?: EntityOverrides; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = yaml.load(file.raw, { filename: file.path });
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    return {
      diagnostics: [{ severity: "error", file: file.path, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, code: "yaml-syntax", message: `knowledge file is not valid YAML: ${reason}`, hint: "fix the YAML; see README \"Teaching it names\" for the format" }],
    };
  }
  if (!withinYamlBounds(data, MAX_KNOWLEDGE_NODES, MAX_KNOWLEDGE_DEPTH)) {
    return {
      diagnostics: [{ severity: "error", file: file.path, line: 1, column: 1, code: "knowledge-too-large", message: `knowledge file expands to more than ${MAX_KNOWLEDGE_NODES} values or ${MAX_KNOWLEDGE_DEPTH} levels (YAML aliases?)`, hint: "write plain lists without & anchors and * aliases" }],
    };
  }
  const parsed = entityOverridesSchema.safeParse(data ?? {});
  if (parsed.success) return { overrides: parsed.data, diagnostics: [] };
  return {
    diagnostics: parsed.error.issues.map((issue) => ({
      severity: "error" as const,
      file: file.path,
      line: lineOfKey(file.raw, String(issue.path[0] ?? "")),
      column: 1,
      code: "knowledge-shape",
      message: `knowledge file, at ${issue.path.join(".") || "top level"}: ${issue.message}`,
      hint: "see README \"Teaching it names\" for the format",
    })),
  };
}

function lineOfKey(raw: string, key: string): number | undefined {
  if (!key) return undefined;
  const index = raw.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
