// The public API of @afrapport/server: build the app around a database, or run it as `pnpm start`.
export { createApp, DEFAULT_STATIC_DIR } from "./app.js";
export { attachLiveEndpoint, type LiveEndpoint } from "./coauthor/live-socket.js";
export { frontEndRoutes } from "./http/front-end.js";
export type { AppDeps, ResolvedAppDeps } from "./app-deps.js";
export { loadConfig, parseDatabaseUrl, type Config, type ConfigResult } from "./config.js";
export { openDatabase, type DatabaseHandle, type DatabaseLocation, type DialectName } from "./db/database.js";
export { migrateToLatest } from "./db/migrate.js";
export { prepareDatabase } from "./prepare-database.js";
export { seedBuiltInCatalogue } from "./catalogue/built-in-catalogue.js";
export type * from "./db/tables.js";
export { HttpError, errorStatus, type ErrorCode } from "./http/http-error.js";
export { toCsv, sendCsv, type CsvCell } from "./http/csv.js";
export { apiRoutes, buildOpenApiDocument } from "@afrapport/schema/api";
export { requireUser, currentUser, type SessionUser } from "./auth/current-user.js";
export { recordAudit } from "./audit/audit.service.js";
export { consumeRateLimit } from "./rate-limit/rate-limit.js";
export { runCli } from "./cli.js";
export { seedDemo, type DemoSeedResult } from "./demo/demo-seed.js";
