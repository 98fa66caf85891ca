import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import express, { Router, type Response } from "express";
import { IMMUTABLE, precompressedAssets } from "./precompressed.js";

/** Whether the built front end is there: its index.html. */
export function hasFrontEnd(staticDir: string): boolean {
  return existsSync(join(staticDir, "index.html"));
}

/** What the server says at start when there is no built front end, or undefined when there is one. */
export function missingFrontEndNotice(staticDir: string): string | undefined {
  if (hasFrontEnd(staticDir)) return undefined;
  return `No built front end at ${staticDir}: until it is there, every page answers 503 with a notice (the API works). Build it with pnpm build; the server need not be restarted.`;
}

/** Seconds a browser is asked to wait before it tries a page again while the front end is missing. */
export const FRONT_END_RETRY_SECONDS = 10;

/**
 * The page every page address gets while there is no built front end: 503, in Danish first and then English, with
 * no script and nothing from elsewhere, so it shows whatever else is broken.
 */
export const FRONT_END_MISSING_PAGE = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Afrapport er ikke klar</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; padding: 2rem 1rem; color: #1a1a1a; background: #fff; }
  main { max-width: 40rem; margin: 0 auto; }
  section + section { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid #ccc; }
  code { background: #f2f2f2; padding: 0 0.25em; }
</style>
</head>
<body>
<main>
<section>
<h1>Afrapport er ikke klar lige nu</h1>
<p>Siden kan ikke vises, fordi brugerfladen ikke er bygget endnu – den bygges måske netop nu. Prøv igen om lidt.</p>
<p>Er du den, der driver Afrapport: byg brugerfladen med <code>pnpm build</code>. Siderne virker, så snart den er der; serveren skal ikke startes igen.</p>
</section>
<section lang="en">
<h2>Afrapport is not ready right now</h2>
<p>This page cannot be shown because the user interface has not been built yet – it may be being built right now. Please try again shortly.</p>
<p>If you run Afrapport: build the user interface with <code>pnpm build</code>. The pages work as soon as it is there; the server need not be restarted.</p>
</section>
</main>
</body>
</html>
`;

function sendMissing(res: Response): void {
  res.status(503);
  res.setHeader("Retry-After", String(FRONT_END_RETRY_SECONDS));
  res.setHeader("Cache-Control", "no-store");
  res.type("html").send(FRONT_END_MISSING_PAGE);
}

/**
 * The built front end: its content-hashed files precompressed and cached for good, the rest as they are, and
 * index.html for every other GET (the single-page app handles its own routes). Whether it is there is asked on every page request, not once at start: a build of the same checkout
 * empties the folder and fills it again while the server runs. Meanwhile pages get FRONT_END_MISSING_PAGE; the API
 * is not affected.
 */
export function frontEndRoutes(staticDir: string): Router {
  const router = Router();
  const index = join(staticDir, "index.html");
  router.use(precompressedAssets(staticDir));
  router.use(
    express.static(staticDir, {
      index: false,
      cacheControl: false,
      // Vite names what it writes into assets/ after its content; anything else may change under its name.
      setHeaders: (res, path) => res.setHeader("Cache-Control", path.includes(`${sep}assets${sep}`) ? IMMUTABLE : "no-cache"),
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (!existsSync(index)) return sendMissing(res);
    res.setHeader("Cache-Control", "no-cache");
    // Gone between the check and the read (a build emptying the folder): the same page as when it was not there.
    res.sendFile(index, (error) => {
      if (error !== undefined && !res.headersSent) sendMissing(res);
    });
  });
  return router;
}
