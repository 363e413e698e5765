import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".ico": "image/x-icon", ".woff2": "font/woff2",
};

/**
 * Serves the built explorer: files under dist, and index.html for a page: a path without a
 * file extension asked for by a browser (Accept: text/html), so deep links and the explorer's
 * routes work on reload. Anything else that is not a file is 404: a scraper, a script or a
 * missing asset gets no HTML. Paths cannot climb out of dist.
 */
export function staticFiles(root: string): (pathname: string, accept?: string | null) => Response {
  const base = resolve(root);
  return (pathname, accept) => {
    const index = join(base, "index.html");
    if (!existsSync(index)) {
      return new Response("The explorer is not built yet: run `npm run build` (npm start does it for you).\nThe API is at /graphql.\n", {
        status: 503, headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const candidate = resolve(base, `.${normalize(decodeURIComponent(pathname))}`);
    const found = candidate.startsWith(base) && existsSync(candidate) && statSync(candidate).isFile();
    if (!found && !isPage(pathname, accept)) {
      return new Response(`Not found: ${pathname}. The API is at /graphql; health at /healthz, /livez and /readyz; metrics at /metrics.\n`, {
        status: 404, headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const file = found ? candidate : index;
    const immutable = file.includes(`${join(base, "assets")}`);
    return new Response(readFileSync(file), {
      headers: {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      },
    });
  };
}

/** A page of the explorer: "/" or a path without a file extension, asked for as HTML. */
function isPage(pathname: string, accept: string | null | undefined): boolean {
  if (pathname === "/") return true;
  return !extname(pathname) && (accept ?? "").toLowerCase().includes("text/html");
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
