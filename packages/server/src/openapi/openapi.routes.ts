import { Router } from "express";
import { z } from "zod";
import { buildOpenApiDocument, registerRoute } from "./openapi-registry.js";

export function openApiRoutes(): Router {
  const router = Router();
  registerRoute({
    method: "get",
    path: "/api/openapi.json",
    summary: "This API's OpenAPI 3.1 description",
    tags: ["meta"],
    auth: "none",
    responses: { 200: { description: "The OpenAPI document", schema: z.record(z.string(), z.unknown()) } },
  });
  router.get("/openapi.json", (_req, res) => {
    res.json(buildOpenApiDocument());
  });
  return router;
}
