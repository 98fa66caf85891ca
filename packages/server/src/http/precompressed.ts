import { existsSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { NextFunction, Request, Response } from "express";

/** Cache-Control for a file whose name carries its content's hash: it never changes under that name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** Where Vite writes the content-hashed files. */
const HASHED_PREFIX = "/assets/";

type Coding = "br" | "gzip";
const suffix: Record<Coding, string> = { br: ".br", gzip: ".gz" };

/**
 * The encodings a request accepts, best first: brotli before gzip whatever order the header lists them in (both are
 * precompressed at their best, brotli smaller), each unless refused with q=0. `identity` is always acceptable.
 */
export function acceptedCodings(header: string | undefined): Coding[] {
  if (header === undefined) return [];
  const quality = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)).find((match) => match !== null);
    quality.set(name.trim(), q === undefined || q === null ? 1 : Number(q[1]));
  }
  const wildcard = quality.get("*");
  const accepts = (coding: Coding) => (quality.get(coding) ?? (coding === "gzip" ? quality.get("x-gzip") : undefined) ?? wildcard ?? 0) > 0;
  return (["br", "gzip"] as const).filter(accepts);
}

/**
 * Serves a content-hashed file as the build precompressed it (`.br`, `.gz` beside it) when the browser accepts that
 * encoding, so no byte is compressed per request; anything else falls through to the plain static files.
 */
export function precompressedAssets(staticDir: string) {
  const root = normalize(staticDir + sep);
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !req.path.startsWith(HASHED_PREFIX)) return next();
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next();
    }
    if (!path.startsWith(root)) return next();
    res.setHeader("Vary", "Accept-Encoding");
    const coding = acceptedCodings(req.headers["accept-encoding"]).find((candidate) => existsSync(path + suffix[candidate]));
    if (coding === undefined) return next();
    // Set before sendFile: it keeps a Content-Type already there, so the type is the original file's, not .br's.
    res.type(extname(path));
    res.setHeader("Content-Encoding", coding);
    res.setHeader("Cache-Control", IMMUTABLE);
    res.sendFile(path + suffix[coding], { cacheControl: false, dotfiles: "deny" }, (error) => {
      if (error === undefined) return;
      // Gone between the check and the read (a build emptying the folder): the plain file, or what follows it.
      res.removeHeader("Content-Encoding");
      res.removeHeader("Content-Type");
      if (!res.headersSent) next();
    });
  };
}
