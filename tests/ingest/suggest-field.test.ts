import { describe, expect, it } from "vitest";
import { suggestField } from "../../src/ingest/suggest-field.js";

const KNOWN = ["title", "date", "tags", "url", "authors", "outlet", "slug"];

describe("suggestField", () => {
  it.each([
    ["Title", "title"],
    ["tittle", "title"],
    ["tag", "tags"],
    ["autors", "authors"],
    ["URL", "url"],
    ["Date", "date"],
  ])("%s -> %s", (field, meant) => {
    expect(suggestField(field, KNOWN)).toBe(meant);
  });

  it.each(["mood", "region", "editor_notes", "title", "summary", "lang"])("leaves %s alone", (field) => {
    expect(suggestField(field, KNOWN)).toBeUndefined();
  });
});
