import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import express, { Router, type Response } from "express";

/** Where `vite build --config web/vite.config.ts` puts the explorer: dist/web, beside this module's dist/src/web. */
export const WEB_DIST = fileURLToPath(new URL("../../web/", import.meta.url));

/**
 * The explorer page (built from web/ into dist/web) and GraphiQL, served by the gateway's HTTP
 * server at `/` and `/graphiql`. The gateway mounts this router before its own routes
 * (src/http/server.ts); /graphql, /healthz and /readyz are not this router's: it answers only for
 * `/`, `/graphiql` and the files of the build, and passes everything else on.
 */
export function webRouter(dir: string = WEB_DIST): Router {
  const router = Router();
  const notBuilt = (res: Response) =>
    res
      .status(503)
      .type("text/plain")
      .send("The explorer is not built. Run `npm run build` (it runs `vite build --config web/vite.config.ts`), then restart.\n");
  const page = (file: string) => (_req: unknown, res: Response) => {
    const path = `${dir}${file}`;
    if (!existsSync(path)) return notBuilt(res);
    // Pages always revalidate, so a new build's asset names are picked up at once.
    res.setHeader("cache-control", "no-cache");
    res.sendFile(path);
  };

  router.get(["/", "/index.html"], page("index.html"));
  router.get(["/graphiql", "/graphiql/", "/graphiql.html"], page("graphiql.html"));
  // Built assets carry a content hash in their names: cache them for a year.
  router.use(
    "/assets",
    express.static(`${dir}assets`, { immutable: true, maxAge: "365d", index: false, fallthrough: true, redirect: false }),
  );
  return router;
}
