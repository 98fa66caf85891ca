import { z } from "zod";
import { defineRoute } from "./define-route.js";

// About the API itself.

export const metaApi = {
  openApi: defineRoute({
    method: "get",
    path: "/api/openapi.json",
    summary: "This API's OpenAPI 3.1 description",
    tags: ["meta"],
    auth: "none",
    // The document is JSON Schema built from this contract; describing it again in zod would say nothing more.
    responses: { 200: { description: "The OpenAPI document", schema: z.record(z.string(), z.unknown()) } },
  }),
};
