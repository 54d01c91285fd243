// A tiny static file server for browser tests: serves a built site under its path prefix, the
// way GitHub Pages serves a project site under /<repo>/.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>/repo/`. */
  base: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, prefix = "/"): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file: string | undefined;
    if (path.startsWith(prefix)) {
      const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, "");
      const candidate = join(dir, relative);
      if (candidate.startsWith(dir) && existsSync(candidate)) {
        file = statSync(candidate).isDirectory() ? join(candidate, "index.html") : candidate;
        if (!existsSync(file)) file = undefined;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(dir, "404.html");
    response.writeHead(status, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
