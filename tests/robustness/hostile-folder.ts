import { cp, mkdir, mkdtemp, open, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The committed text fixtures: one file per case of issue 7. */
export const FIXTURES = fileURLToPath(new URL("../fixtures/hostile-content/", import.meta.url));

/** Size of the enormous file: ten times the per-article limit. */
export const ENORMOUS_BYTES = 50 * 1024 * 1024;

/** The headline of the Windows-1252 file, as it must read once decoded. */
export const WINDOWS_1252_TITLE = "Café owners protest “unfair” rents";

/**
 * A temporary content folder with every case: the committed fixtures plus the files that
 * cannot be committed as text, generated here. Returns the folder (under a fresh temp dir,
 * whose other entries tests may use for output).
 */
export async function makeHostileFolder(): Promise<{ root: string; content: string }> {
  const root = await mkdtemp(join(tmpdir(), "digest-hostile-"));
  const content = join(root, "content");
  await mkdir(content);
  await cp(FIXTURES, content, { recursive: true });
  const write = (name: string, data: string | Uint8Array) => writeFile(join(content, name), data);

  // PNG header and a few chunks: NUL bytes in the first kilobyte.
  await write(
    "invalid-binary.md",
    Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      ...Array(64).fill(0),
    ]),
  );
  await write(
    "scan.pdf",
    Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\0\0\0", "latin1"),
  );
  // Windows-1252: é is 0xE9, curly quotes are 0x93/0x94 (invalid as UTF-8).
  await write(
    "valid-windows-1252.txt",
    Buffer.from(
      `Caf\xe9 owners protest \x93unfair\x94 rents\n\nOwners of caf\xe9s marched on Monday against rent rises.\n`,
      "latin1",
    ),
  );
  await write(
    "valid-bom.md",
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("---\ntitle: Byte order mark first\n---\nA file saved by an editor that writes a BOM.\n"),
    ]),
  );
  await write(
    "valid-utf16.txt",
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Ferry service resumes\n\nThe island ferry resumed service on Sunday.\n", "utf16le"),
    ]),
  );
  await write(
    "valid-crlf.md",
    "---\r\ntitle: Line endings from Windows\r\ndate: 2024-03-05\r\n---\r\nThe text was saved with CRLF line " +
      "endings.\r\n",
  );
  // The same article as valid-plain-text.txt, saved with CRLF: still the same article.
  await write(
    "zz-crlf-copy-of-plain-text.txt",
    "Storm closes schools across the region\r\n\r\nHeavy snow closed hundreds of schools on Thursday, the " +
      "education office said.\r\n",
  );
  await writeEnormous(join(content, "invalid-enormous.txt"));
  await symlink("/etc/passwd", join(content, "link-outside.md"));
  return { root, content };
}

/** 50 MB of plausible text, written in 1 MB chunks (the test process never holds it whole). */
async function writeEnormous(path: string): Promise<void> {
  const line = "Endless text about nothing in particular, repeated to fill the file.\n";
  const chunk = Buffer.from(line.repeat(Math.ceil((1024 * 1024) / line.length))).subarray(0, 1024 * 1024);
  const handle = await open(path, "w");
  try {
    for (let written = 0; written < ENORMOUS_BYTES; written += chunk.length) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

/** What each file must become: an article page, a rejection, or an ignored entry. */
export const EXPECTED = {
  built: [
    "valid-arabic.md",
    "valid-bom.md",
    "valid-crlf.md",
    "valid-cyrillic.md",
    "valid-emoji-title.md",
    "valid-japanese.md",
    "valid-peace-talks-2.md",
    "valid-peace-talks.md",
    "valid-permalink-escape.md",
    "valid-plain-text.txt",
    "valid-slug-escape.md",
    "valid-tags-as-string.md",
    "valid-unknown-fields.md",
    "valid-utf16.txt",
    "valid-windows-1252.txt",
    "valid-xss.md",
  ],
  rejected: {
    "invalid-alias-bomb.md": "front-matter-too-large",
    "invalid-binary.md": "binary-file",
    "invalid-date-is-no-date.md": "bad-date",
    "invalid-empty.txt": "empty-file",
    "invalid-enormous.txt": "too-large",
    "invalid-front-matter-only.md": "empty-body",
    "invalid-malformed-yaml.md": "yaml-syntax",
    "invalid-unclosed-front-matter.md": "front-matter-unclosed",
    "invalid-whitespace-only.txt": "empty-file",
    "invalid-wrong-field-types.md": "front-matter-type",
  } as Record<string, string>,
  /** Read, not as an article: the site-level knowledge file. */
  knowledge: ["knowledge.yml"],
  ignored: [
    "README.md",
    "draft-left-out.md",
    "link-outside.md",
    "notes.pdf",
    "scan.pdf",
    "zz-copy-of-plain-text.txt",
    "zz-crlf-copy-of-plain-text.txt",
  ],
};
