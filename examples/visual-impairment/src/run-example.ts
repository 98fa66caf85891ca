import type { FigureRef, JointReport, ReportItem } from "@afrapport/schema";
import {
  announcementApi,
  campaignApi,
  questionnaireApi,
  reportApi,
  respondApi,
  respondentApi,
  type Finding,
  type PublishPreview,
} from "@afrapport/schema/api";
import { apiClient } from "./api-client.js";
import { bornUngeSynshandicap, kommuneskema, questionnaireKey } from "./born-unge-synshandicap.js";
import { startLocalServer } from "./local-server.js";
import { answers, type MunicipalityAnswers } from "./responses.js";
import { addTranslations, danishOnly } from "./translations.js";

const regionCode = "1082"; // Region Midtjylland

export interface ExampleResult {
  /** what validateQuestionnaire found on the Danish-only save, and after the translation */
  findings: { danishOnly: Finding[]; translated: Finding[] };
  /** the draft's revisions when it was published: created, Danish, translated */
  revisions: number;
  preview: PublishPreview;
  /** the published version's id, e.g. born-unge-synshandicap/kommune-2015@1.0.0 */
  versionId: string;
  invited: number;
  /** the answers the municipalities submitted, as sent */
  sent: MunicipalityAnswers[];
  /** as the API sends it: each figure with a reference to its sources, fetched on demand */
  report: JointReport<FigureRef>;
  totals: { perYear: Record<string, number>; children: number; offers: number; cooperation: Record<string, number>; texts: number };
  summary: string;
}

/**
 * The whole round through the HTTP API: a secretariat of Region Midtjylland creates the announcement and drafts its
 * municipality questionnaire, saves it in Danish, reads the findings, adds the English they ask for, publishes
 * 1.0.0 after reading the preview, opens a campaign on it and invites the region's municipalities; three of them
 * answer through their invite links; the secretariat reads the joint report.
 */
export async function runExample(): Promise<ExampleResult> {
  const server = await startLocalServer(regionCode);
  try {
    const secretariat = apiClient(server.baseUrl);
    await secretariat.signIn(server.secretariat.email, server.secretariat.password);

    const { announcement } = await secretariat.call(announcementApi.create, { body: bornUngeSynshandicap });
    const created = await secretariat.call(questionnaireApi.createDraft, {
      body: { announcementId: announcement.id, key: questionnaireKey, audience: "municipality", title: { da: kommuneskema.title.da } },
    });

    const danish = danishOnly(kommuneskema);
    const first = await secretariat.call(questionnaireApi.saveDraft, {
      params: { draftId: created.draft.id },
      body: { baseRevision: created.draft.revision, content: danish },
    });
    const translated = await secretariat.call(questionnaireApi.saveDraft, {
      params: { draftId: created.draft.id },
      body: { baseRevision: first.draft.revision, content: addTranslations(danish, first.draft.findings, kommuneskema) },
    });
    const { draft } = await secretariat.call(questionnaireApi.getDraft, { params: { draftId: created.draft.id } });
    if (draft.findings.length > 0) throw new Error(`Findings left: ${draft.findings.map((f) => `${f.path}: ${f.message}`).join("; ")}`);
    const { revisions } = await secretariat.call(questionnaireApi.revisions, { params: { draftId: draft.id } });

    const preview = await secretariat.call(questionnaireApi.publishPreview, { params: { draftId: draft.id } });
    const { version } = await secretariat.call(questionnaireApi.publish, {
      params: { draftId: draft.id },
      body: { version: preview.proposedVersion, baseRevision: draft.revision },
    });

    const { campaign } = await secretariat.call(campaignApi.create, {
      body: {
        announcementId: announcement.id,
        title: "Børn og unge med svært synshandicap – afrapportering 2016",
        regionCode,
        deadline: new Date(Date.now() + 28 * 24 * 3600 * 1000).toISOString(),
        municipalityQuestionnaire: { key: questionnaireKey, version: version.questionnaire.version },
      },
    });
    const { invited } = await secretariat.call(respondentApi.inviteMunicipalities, { params: { id: campaign.id } });
    await secretariat.call(campaignApi.changeStatus, { params: { id: campaign.id }, body: { status: "open" } });

    for (const municipality of answers) {
      const invite = invited.find((entry) => entry.respondent.kommuneCode === municipality.kommuneCode);
      if (invite === undefined) throw new Error(`Municipality ${municipality.kommuneCode} was not invited`);
      // A respondent has only the link: no account, no session.
      const respondent = apiClient(server.baseUrl);
      const token = invite.link.token;
      const opened = await respondent.call(respondApi.open, { params: { token } });
      const saved = await respondent.call(respondApi.saveAnswers, { params: { token }, body: { baseRevision: opened.response.revision, answers: municipality.draft } });
      await respondent.call(respondApi.submit, { params: { token }, body: { baseRevision: saved.revision, answers: municipality.submitted } });
    }

    const report = (await secretariat.call(reportApi.get, { params: { id: campaign.id } })).municipality;
    const totals = totalsOf(report);
    const result = {
      findings: { danishOnly: first.draft.findings, translated: translated.draft.findings },
      revisions: revisions.length,
      preview,
      versionId: version.id,
      invited: invited.length,
      sent: answers,
      report,
      totals,
    };
    return { ...result, summary: summarize(result, campaign.regionName?.en ?? regionCode) };
  } finally {
    await server.close();
  }
}

function items(report: JointReport<FigureRef>): ReportItem<FigureRef>[] {
  return report.sections.flatMap((section) => section.items);
}

function totalsOf(report: JointReport<FigureRef>): ExampleResult["totals"] {
  const totals: ExampleResult["totals"] = { perYear: {}, children: 0, offers: 0, cooperation: {}, texts: 0 };
  for (const item of items(report)) {
    if (item.kind === "sumPerYear") {
      item.years.forEach((year, i) => (totals.perYear[year] = item.yearTotals[i]?.value ?? 0));
      totals.children = item.total.value;
    }
    if (item.kind === "offerList") totals.offers = item.offerCount.value;
    if (item.kind === "choiceCounts" && item.layout === "choices") {
      for (const choice of item.choices) totals.cooperation[String(choice.value)] = choice.count.value;
    }
    if (item.kind === "texts") totals.texts = item.texts.length;
  }
  return totals;
}

const number = new Intl.NumberFormat("da-DK");

function summarize(result: Omit<ExampleResult, "summary">, regionName: string): string {
  const { report, totals } = result;
  const missingEnglish = result.findings.danishOnly.filter((f) => f.code === "missing-en").length;
  const lines = [
    `${bornUngeSynshandicap.title.en} – ${report.questionnaire.title.en}`,
    `Saved in Danish first: ${missingEnglish} English texts missing; translated, no findings left after ${result.revisions} revisions.`,
    `Published ${result.versionId} (the preview proposed ${result.preview.proposedVersion}).`,
    `Campaign in ${regionName}: ${result.invited} municipalities invited; ${report.respondentCount.value} answered: ${report.responses.map((r) => r.respondentName).join(", ")}.`,
    "",
    `Children per year: ${Object.entries(totals.perYear).map(([year, count]) => `${year}: ${number.format(count)}`).join(", ")}; in all ${number.format(totals.children)}.`,
  ];
  for (const item of items(report)) {
    if (item.kind === "offerList") {
      lines.push(`Offers named (${item.offers.length}):`);
      for (const offer of item.offers) lines.push(`  - ${offer.name} (${offer.operatorText?.en ?? offer.operator}), named by ${offer.namedByCount.value}`);
    }
    if (item.kind === "choiceCounts" && item.layout === "choices") {
      lines.push(`${item.title.en}`);
      for (const choice of item.choices) lines.push(`  - ${choice.text.en}: ${choice.count.value}`);
    }
    if (item.kind === "texts") {
      lines.push(`Future organisation (${item.texts.length}):`);
      for (const { respondent, text } of item.texts) lines.push(`  - ${respondent.respondentName}: ${text}`);
    }
  }
  if (report.notes.length > 0) lines.push(`Notes: ${report.notes.map((note) => note.message.en).join(" ")}`);
  return lines.join("\n");
}
