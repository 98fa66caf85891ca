import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { runMailHousekeeping } from "../mail/mail-housekeeping.js";
import { runMaintenance } from "../maintenance.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { pruneWebhookEvents } from "../webhook/webhook-worker.js";
import type { ScheduledJob } from "./scheduler.js";

const HOUR = 3600_000;

/**
 * The hourly jobs every server process schedules (main.ts) and one of them runs per hour: housekeeping of the small
 * tables, the scheduled reminders and mail sending, and forgetting old webhook events. The webhook worker is not
 * among them: it polls every 10 seconds in every process on purpose, claiming each delivery for itself
 * (webhook.repository.ts claimDueDeliveries), so several processes share the sending.
 */
export function serverJobs(deps: { db: Kysely<Database>; links: MailLinks }): ScheduledJob[] {
  return [
    { name: "maintenance", periodMs: HOUR, run: (now) => runMaintenance(deps.db, now) },
    {
      name: "mail-housekeeping",
      periodMs: HOUR,
      run: async (now) => {
        await runMailHousekeeping({ db: deps.db, links: deps.links }, now);
      },
    },
    {
      name: "webhook-event-pruning",
      periodMs: HOUR,
      run: async (now) => {
        await pruneWebhookEvents(deps.db, now);
      },
    },
  ];
}
