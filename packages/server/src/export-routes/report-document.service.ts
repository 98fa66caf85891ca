import { findRegion, type Locale } from "@afrapport/schema";
import { announcementInfo } from "../catalogue/catalogue.service.js";
import type { SnapshotApprovalStep } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { campaignDecisions } from "../approval/approval-decisions.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import type { ApprovalStep, ReportDocumentInput } from "../export/report-document-input.js";
import { snapshotOf } from "../snapshot/snapshot.service.js";
import { campaignJointReports } from "../report/report.service.js";
import { currentSummaryTexts } from "../summary/summary.service.js";
import { decisionLabels, reportFileName } from "./export-names.js";

export interface ReportDocument {
  input: ReportDocumentInput;
  fileName: (extension: "docx" | "html") => string;
}

function approvalSteps(steps: readonly Omit<SnapshotApprovalStep, "position">[], locale: Locale): ApprovalStep[] {
  return steps.map((step) => ({
    step: step.step,
    date: step.date,
    decision: decisionLabels[locale][step.decision],
    ...(step.note === null ? {} : { note: step.note }),
  }));
}

/**
 * What the report documents (DOCX, HTML) are rendered from: the live draft (the joint reports over the submitted
 * responses, the current summaries, the decisions so far), or with `snapshotId` the report frozen at a decision.
 */
export async function reportDocument(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  options: { locale: Locale; snapshotId?: string | undefined },
  now: Date,
): Promise<Result<ReportDocument>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const { locale } = options;

  if (options.snapshotId !== undefined) {
    const snapshot = await snapshotOf(db, campaignId, options.snapshotId);
    if (!snapshot.ok) return snapshot;
    const { campaign: facts, report, summaries, decision } = snapshot.value;
    return ok({
      input: {
        campaign: {
          title: facts.title,
          regionName: facts.regionName?.[locale] ?? facts.regionCode,
          announcementTitle: facts.announcementTitle ?? { da: facts.announcementId, en: facts.announcementId },
          deadline: facts.deadline,
          status: facts.status,
        },
        report: report.municipality,
        ...(report.offer === null ? {} : { offerReport: report.offer }),
        summaries,
        locale,
        generatedAt: new Date(snapshot.value.createdAt),
        approval: approvalSteps(facts.approval, locale),
      },
      fileName: (extension) => reportFileName(facts.title, locale, extension, decision === null ? undefined : { step: decision.stepName, date: decision.date }),
    });
  }

  // The joint reports and the summaries as the live draft shows them, without the draft's fingerprint (a hash of
  // the whole report, which the document has no use for).
  const reports = await campaignJointReports(db, user, campaign.id, {});
  if (!reports.ok) return reports;
  const summaries = await currentSummaryTexts(db, campaign);
  const decisions = await campaignDecisions(db, campaignId);
  const announcement = await announcementInfo(db, campaign.announcement_id);
  return ok({
    input: {
      campaign: {
        title: campaign.title,
        regionName: findRegion(campaign.region_code)?.name[locale] ?? campaign.region_code,
        announcementTitle: announcement?.title ?? { da: campaign.announcement_id, en: campaign.announcement_id },
        deadline: campaign.deadline,
        status: campaign.status,
      },
      report: reports.value.municipality,
      ...(reports.value.offer === null ? {} : { offerReport: reports.value.offer }),
      summaries,
      locale,
      generatedAt: now,
      approval: approvalSteps(
        decisions.map((d) => ({ step: d.stepName, date: d.date, decision: d.decision, note: d.note })),
        locale,
      ),
    },
    fileName: (extension) => reportFileName(campaign.title, locale, extension),
  });
}
