import type { Migration } from "kysely";
import * as initial from "./2026-11-23-initial.js";
import * as outboxAndOffers from "./2026-11-23-outbox-and-offers.js";
import * as reportWorkflow from "./2026-11-23-report-workflow.js";
import * as catalogue from "./2026-12-04-catalogue.js";
import * as signInThrottleAndSealedLinks from "./2026-12-10-sign-in-throttle-and-sealed-links.js";
import * as regionContacts from "./2026-12-12-region-contacts.js";
import * as userInvitations from "./2026-12-14-user-invitations.js";
import * as signInIdentities from "./2026-12-15-sign-in-identities.js";
import * as approvalPlans from "./2026-12-16-approval-plans.js";
import * as webhooks from "./2026-12-17-webhooks.js";
import * as coauthoring from "./2026-12-18-coauthoring.js";
import * as scheduledJobs from "./2026-12-19-scheduled-jobs.js";

/**
 * Every migration, by name. Names sort by date; Kysely runs them in that order. Listed statically rather than
 * read from the folder, so the server runs the same from source, from a build and from a bundle.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-23-initial": initial,
  "2026-11-23-outbox-and-offers": outboxAndOffers,
  "2026-11-23-report-workflow": reportWorkflow,
  "2026-12-04-catalogue": catalogue,
  "2026-12-10-sign-in-throttle-and-sealed-links": signInThrottleAndSealedLinks,
  "2026-12-12-region-contacts": regionContacts,
  "2026-12-14-user-invitations": userInvitations,
  "2026-12-15-sign-in-identities": signInIdentities,
  "2026-12-16-approval-plans": approvalPlans,
  "2026-12-17-webhooks": webhooks,
  "2026-12-18-coauthoring": coauthoring,
  "2026-12-19-scheduled-jobs": scheduledJobs,
};
