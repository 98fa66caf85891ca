import { apiRoutes, buildOpenApiDocument, metaApi } from "@afrapport/schema/api";
import { Router } from "express";
import { mountRoute } from "../http/route.js";

/** The API describing itself: its OpenAPI document, built from the contract once. */
export function openApiRoutes(): Router {
  const router = Router();
  let document: Record<string, unknown> | undefined;
  mountRoute(router, metaApi.openApi, () => ({ status: 200, body: (document ??= buildOpenApiDocument(apiRoutes)) }));
  return router;
}
