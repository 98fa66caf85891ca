import { reminderApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { getReminderSchedule, sendReminders, setReminderSchedule } from "./reminder.service.js";

/** Reminders: sent now by the secretariat, or scheduled a number of days before each respondent's deadline. */
export function reminderRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = reminderApi;

  mountRoute(router, api.send, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: unwrap(await sendReminders(deps.db, currentUser(res), params.id, body, deps.config, deps.now())),
  }));

  mountRoute(router, api.getSchedule, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await getReminderSchedule(deps.db, currentUser(res), params.id)),
  }));

  mountRoute(router, api.setSchedule, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await setReminderSchedule(deps.db, currentUser(res), params.id, body.daysBefore, deps.now())),
  }));

  return router;
}
