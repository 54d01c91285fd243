import { afterEach, describe, expect, it, vi } from "vitest";
import { debug, debugEnabled } from "../../src/diagnostics/debug.js";

describe("the debug channel", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("writes [digest] lines to stderr only under DEBUG, building the message only then", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const message = vi.fn(() => "render 1.00 s");
    vi.stubEnv("DEBUG", "");
    debug(message);
    expect(debugEnabled()).toBe(false);
    expect(message).not.toHaveBeenCalled();
    vi.stubEnv("DEBUG", "1");
    debug(message);
    expect(write).toHaveBeenCalledWith("[digest] render 1.00 s\n");
    write.mockRestore();
  });
});
