import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findContentFiles } from "../../src/ingest/find-content-files.js";

describe("findContentFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "digest-find-"));
    await mkdir(join(dir, "sub"));
    await mkdir(join(dir, "linked-dir-target"));
    for (const name of [
      "b.md",
      "a.txt",
      "sub/c.markdown",
      "paper.pdf",
      "Notes.DOCX",
      ".DS_Store",
      "_draft.md",
      "README.md",
      "knowledge.yml",
      "sub/knowledge.yml",
      "line\nbreak.md",
      "linked-dir-target/x.md",
    ]) {
      await writeFile(join(dir, name), "Text.\n");
    }
    await symlink("/etc/passwd", join(dir, "passwd.md"));
    await symlink(join(dir, "linked-dir-target"), join(dir, "linked-dir"));
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists every entry with its kind, sorted by path; nothing is skipped without a reason", async () => {
    const files = await findContentFiles(dir);
    const kinds = Object.fromEntries(files.map((f) => [f.path, f.kind]));
    expect(kinds).toEqual({
      ".DS_Store": "ignored",
      "Notes.DOCX": "ignored",
      "README.md": "ignored",
      "_draft.md": "ignored",
      "a.txt": "article",
      "b.md": "article",
      "knowledge.yml": "knowledge",
      "line\\x0abreak.md": "ignored",
      "linked-dir": "ignored",
      "linked-dir-target/x.md": "article",
      "paper.pdf": "ignored",
      "passwd.md": "ignored",
      "pipe.md": "ignored",
      "sub/c.markdown": "article",
      "sub/knowledge.yml": "ignored",
    });
    expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
    for (const f of files.filter((x) => x.kind === "ignored")) {
      expect(f.reason, f.path).toBeTruthy();
      expect(f.hint, f.path).toBeTruthy();
    }
  });

  it.each([
    ["paper.pdf", 'unsupported file type ".pdf"'],
    ["passwd.md", "symbolic links are not followed"],
    ["linked-dir", "symbolic links are not followed"],
    ["pipe.md", "not a regular file"],
    ["line\\x0abreak.md", "control characters"],
  ])("says why %s is not read", async (path, reason) => {
    const file = (await findContentFiles(dir)).find((f) => f.path === path);
    expect(file?.reason).toContain(reason);
  });

  it("names a missing content folder and what to do", async () => {
    await expect(findContentFiles(join(dir, "nope"))).rejects.toMatchObject({
      code: "content-folder",
      message: expect.stringMatching(/^The content folder .*nope does not exist\.$/),
      hint: expect.stringContaining("--content DIR"),
    });
  });
});
