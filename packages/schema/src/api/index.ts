// The one API contract of Afrapport (@afrapport/schema/api): every HTTP route with its input and output schemas,
// and the types inferred from them. The server mounts these routes, the OpenAPI document is built from them and
// the browser calls them; nothing here does I/O.
import type { RouteDef } from "./define-route.js";
import { campaignApi } from "./campaign.api.js";
import { authApi } from "./auth.api.js";
import { oidcApi } from "./oidc.api.js";
import { userApi } from "./user.api.js";
import { auditApi } from "./audit.api.js";
import { metaApi } from "./meta.api.js";
import { respondentApi } from "./respondent.api.js";
import { responseApi } from "./response.api.js";
import { attachmentApi } from "./attachment.api.js";
import { respondApi } from "./respond.api.js";
import { reportApi } from "./report.api.js";
import { exportApi } from "./export.api.js";
import { summaryApi } from "./summary.api.js";
import { snapshotApi } from "./snapshot.api.js";
import { approvalApi } from "./approval.api.js";
import { commentApi } from "./comment.api.js";
import { outboxApi } from "./outbox.api.js";
import { reminderApi } from "./reminder.api.js";
import { namedOfferApi } from "./named-offer.api.js";
import { nationalApi } from "./national.api.js";
import { announcementApi } from "./announcement.api.js";
import { questionnaireApi } from "./questionnaire.api.js";
import { prefillApi } from "./prefill.api.js";
import { contactApi } from "./contact.api.js";
import { webhookApi } from "./webhook.api.js";
import { userInvitationApi } from "./user-invitation.api.js";
import { reviewerApi } from "./reviewer.api.js";
import { draftCommentApi } from "./draft-comment.api.js";

export * from "./define-route.js";
export * from "./error-body.js";
export * from "./common.js";
export * from "./openapi-document.js";
export * from "./campaign.api.js";
export * from "./auth.api.js";
export * from "./oidc.api.js";
export * from "./user.api.js";
export * from "./audit.api.js";
export * from "./meta.api.js";
export * from "./respondent.api.js";
export * from "./response.api.js";
export * from "./attachment.api.js";
export * from "./respond.api.js";
export * from "./report.api.js";
export * from "./export.api.js";
export * from "./summary.api.js";
export * from "./snapshot.api.js";
export * from "./approval.api.js";
export * from "./comment.api.js";
export * from "./outbox.api.js";
export * from "./reminder.api.js";
export * from "./named-offer.api.js";
export * from "./national.api.js";
export * from "./announcement.api.js";
export * from "./questionnaire.api.js";
export * from "./prefill.api.js";
export * from "./contact.api.js";
export * from "./webhook.api.js";
export * from "./user-invitation.api.js";
export * from "./reviewer.api.js";
export * from "./draft-comment.api.js";

/** Every route of the API, in one list: the OpenAPI document and the check that the server mounts each. */
export const apiRoutes: readonly RouteDef[] = [
  ...Object.values(campaignApi),
  ...Object.values(authApi),
  ...Object.values(oidcApi),
  ...Object.values(userApi),
  ...Object.values(auditApi),
  ...Object.values(metaApi),
  ...Object.values(respondentApi),
  ...Object.values(responseApi),
  ...Object.values(attachmentApi),
  ...Object.values(respondApi),
  ...Object.values(reportApi),
  ...Object.values(exportApi),
  ...Object.values(summaryApi),
  ...Object.values(snapshotApi),
  ...Object.values(approvalApi),
  ...Object.values(commentApi),
  ...Object.values(outboxApi),
  ...Object.values(reminderApi),
  ...Object.values(namedOfferApi),
  ...Object.values(nationalApi),
  ...Object.values(announcementApi),
  ...Object.values(questionnaireApi),
  ...Object.values(prefillApi),
  ...Object.values(contactApi),
  ...Object.values(webhookApi),
  ...Object.values(userInvitationApi),
  ...Object.values(reviewerApi),
  ...Object.values(draftCommentApi),
];
