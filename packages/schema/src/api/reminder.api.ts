// Stub: to be filled with this feature's routes (issue 9 conversion in progress).
import type { RouteDef } from "./define-route.js";

export const reminderApi: Record<string, RouteDef> = {};
