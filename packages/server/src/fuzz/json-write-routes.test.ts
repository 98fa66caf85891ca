import { describe, expect, it } from "vitest";
import { jsonWriteRoutes } from "./json-write-routes.js";

describe("jsonWriteRoutes", () => {
  it("takes every write with a JSON body or none, and leaves reads and uploads out", () => {
    const routes = jsonWriteRoutes({
      paths: {
        "/api/things": {
          get: { responses: {} },
          post: { requestBody: { content: { "application/json": { schema: { type: "object" } } } }, security: [{ sessionCookie: [], csrfToken: [] }] },
        },
        "/api/things/{id}/files": { post: { requestBody: { content: { "multipart/form-data": { schema: {} } } } } },
        "/api/things/{id}/parts/{partId}": {
          delete: { parameters: [{ name: "id", in: "path" }, { name: "partId", in: "path" }, { name: "why", in: "query", schema: { type: "string" } }], security: [] },
        },
      },
    });
    expect(routes).toEqual([
      { method: "post", path: "/api/things", pathParams: [], queryParams: [], body: { type: "object" }, session: true },
      {
        method: "delete",
        path: "/api/things/:id/parts/:partId",
        pathParams: ["id", "partId"],
        queryParams: [{ name: "why", schema: { type: "string" } }],
        body: undefined,
        session: false,
      },
    ]);
  });
});
