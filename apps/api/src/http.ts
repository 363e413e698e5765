import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".ico": "image/x-icon", ".woff2": "font/woff2",
};

/**
 * Serves the built explorer: files under dist, and index.html for any other path so deep
 * links (/?team=...&focus=...) reach the app. Paths cannot climb out of dist.
 */
export function staticFiles(root: string): (pathname: string) => Response {
  const base = resolve(root);
  return (pathname) => {
    const index = join(base, "index.html");
    if (!existsSync(index)) {
      return new Response("The explorer is not built yet: run `npm run build` (npm start does it for you).\nThe API is at /graphql.\n", {
        status: 503, headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const candidate = resolve(base, `.${normalize(decodeURIComponent(pathname))}`);
    const file = candidate.startsWith(base) && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
    const immutable = file.includes(`${join(base, "assets")}`);
    return new Response(readFileSync(file), {
      headers: {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      },
    });
  };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/**
 * Pages (the explorer, GraphiQL) may not be shown inside another site's frame: a page on
 * another origin could frame them and trick a click into a mutation (clickjacking), which
 * the Origin checks of guard.ts cannot see, since the framed page's requests are same-origin.
 */
export function forbidFraming(response: Response): Response {
  if (response.headers.get("content-type")?.startsWith("text/html")) {
    response.headers.set("x-frame-options", "DENY");
    response.headers.set("content-security-policy", "frame-ancestors 'none'");
  }
  return response;
}
