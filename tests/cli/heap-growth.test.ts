// The command line bounds how far V8 lets the heap grow between full collections (heap-growth.ts):
// without it a 10,000-article build peaked at 1.85 GB for 340 MB of live data. The peak itself is
// measured by `npm run bench`; here, that every command sets the bound before it runs.
import { afterEach, describe, expect, it, vi } from "vitest";

const setFlagsFromString = vi.fn();
vi.mock("node:v8", async (importOriginal) => ({
  ...(await importOriginal<typeof import("node:v8")>()),
  setFlagsFromString,
}));

const { main } = await import("../../src/cli/main.js");
const { reporter } = await import("../../src/cli/reporter.js");
const { HEAP_GROWING_PERCENT } = await import("../../src/cli/heap-growth.js");

afterEach(() => {
  vi.restoreAllMocks();
  setFlagsFromString.mockClear();
});

describe("the command line's heap policy", () => {
  it.each([["--help"], ["build", "--help"], ["nonsense"]])("is set before `digest %s` runs", async (...argv) => {
    vi.spyOn(reporter, "out").mockImplementation(() => undefined);
    vi.spyOn(reporter, "error").mockImplementation(() => undefined);
    await main(argv);
    expect(setFlagsFromString).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });
});
