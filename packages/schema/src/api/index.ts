// The one API contract of Afrapport (@afrapport/schema/api): every HTTP route with its input and output schemas,
// and the types inferred from them. The server mounts these routes, the OpenAPI document is built from them and
// the browser calls them; nothing here does I/O.
import type { RouteDef } from "./define-route.js";
import { campaignApi } from "./campaign.api.js";

export * from "./define-route.js";
export * from "./error-body.js";
export * from "./common.js";
export * from "./openapi-document.js";
export * from "./campaign.api.js";

/** Every route of the API, in one list: the OpenAPI document and the check that the server mounts each. */
export const apiRoutes: readonly RouteDef[] = [...Object.values(campaignApi)];
