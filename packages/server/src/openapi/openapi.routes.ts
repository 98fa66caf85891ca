import { metaApi } from "@afrapport/schema/api";
import { Router } from "express";
import { mountRoute } from "../http/route.js";
import { buildOpenApiDocument } from "./openapi-registry.js";

/** The API describing itself: its OpenAPI document, built from the contract. */
export function openApiRoutes(): Router {
  const router = Router();
  mountRoute(router, metaApi.openApi, () => ({ status: 200, body: buildOpenApiDocument() }));
  return router;
}
