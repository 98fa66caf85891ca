import type { Locale } from "@afrapport/schema";
import type { DownloadFileEvent, Model, QuestionFileModel, UploadFilesEvent, ClearFilesEvent } from "survey-core";
import { formatBytes } from "../format.js";
import type { Messages } from "../i18n/messages.js";
import { attachmentContent, attachmentId, checkFile, describeTypes, effectiveMaxBytes, parseAcceptedTypes } from "./file-check.js";
import type { ApiFailure, RespondApi } from "./respond-api.js";

/** One file on its way to the server, for the progress display. */
export interface UploadProgress {
  key: string;
  question: string;
  name: string;
  sent: number;
  total: number;
  state: "uploading" | "done" | "failed";
}

export interface FileHandlerDeps {
  api: Pick<RespondApi, "uploadAttachment" | "downloadAttachment" | "deleteAttachment">;
  /** read at call time, so a language switch is honoured */
  messages(): Messages;
  locale(): Locale;
  onProgress(progress: UploadProgress): void;
}

let uploadCounter = 0;

/** Each file question's own `maxSize`, remembered when the handlers take the check over from SurveyJS. */
const questionMaxSize = new WeakMap<QuestionFileModel, number>();

/**
 * Connects the survey's file questions to the attachments endpoint: files are checked here first (type and
 * size, with a Danish message), uploaded one by one with progress, and the answer keeps `attachment:<id>`, not
 * the file. Returns a function that detaches the handlers.
 */
export function attachFileHandlers(model: Model, deps: FileHandlerDeps): () => void {
  // The size limit is checked here, not by SurveyJS (whose message writes "10.00 MB"), so it reads in Danish.
  const limits = new Map<string, number>();
  for (const question of model.getAllQuestions()) {
    if (question.getType() !== "file") continue;
    const file = question as QuestionFileModel;
    file.storeDataAsText = false;
    file.waitForUpload = true;
    if (!questionMaxSize.has(file)) questionMaxSize.set(file, file.maxSize);
    limits.set(file.name, effectiveMaxBytes(questionMaxSize.get(file)));
    file.maxSize = 0;
  }
  const objectUrls = new Map<string, string>();

  const upload = (_sender: Model, options: UploadFilesEvent) => {
    void uploadAll(options, limits.get(options.name) ?? effectiveMaxBytes(undefined), deps).then(({ uploaded, errors }) => options.callback(uploaded, errors.length > 0 ? errors : undefined));
  };

  const download = (_sender: Model, options: DownloadFileEvent) => {
    const id = attachmentId(options.content);
    if (id === undefined) {
      options.callback("success", options.content);
      return;
    }
    const known = objectUrls.get(id);
    if (known !== undefined) {
      options.callback("success", known);
      return;
    }
    void deps.api.downloadAttachment(id).then((result) => {
      if (!result.ok) {
        options.callback("error", deps.messages().downloadFailed);
        return;
      }
      const url = URL.createObjectURL(result.value);
      objectUrls.set(id, url);
      options.callback("success", url);
    });
  };

  const clear = (_sender: Model, options: ClearFilesEvent) => {
    const all: unknown[] = Array.isArray(options.value) ? options.value : options.value ? [options.value] : [];
    const targets = all.filter((f) => options.fileName === null || options.fileName === undefined || (isRecord(f) && f.name === options.fileName));
    const ids = targets.map((f) => (isRecord(f) ? attachmentId(f.content) : undefined)).filter((id): id is string => id !== undefined);
    void Promise.all(ids.map((id) => deps.api.deleteAttachment(id))).then((results) => {
      // 404: already gone (a colleague removed it) — the answer may drop it too
      const failed = results.some((r) => !r.ok && !(r.failure.kind === "http" && r.failure.status === 404));
      if (failed) options.callback("error", deps.messages().deleteFailed);
      else {
        for (const id of ids) {
          const url = objectUrls.get(id);
          if (url !== undefined) URL.revokeObjectURL(url);
          objectUrls.delete(id);
        }
        options.callback("success", options.value);
      }
    });
  };

  model.onUploadFiles.add(upload);
  model.onDownloadFile.add(download);
  model.onClearFiles.add(clear);
  return () => {
    model.onUploadFiles.remove(upload);
    model.onDownloadFile.remove(download);
    model.onClearFiles.remove(clear);
    for (const url of objectUrls.values()) URL.revokeObjectURL(url);
  };
}

async function uploadAll(options: UploadFilesEvent, maxBytes: number, deps: FileHandlerDeps): Promise<{ uploaded: { file: File; content: string }[]; errors: string[] }> {
  const question = options.question as QuestionFileModel;
  const t = deps.messages();
  const locale = deps.locale();
  const accepted = parseAcceptedTypes(question.acceptedTypes);
  const uploaded: { file: File; content: string }[] = [];
  const errors: string[] = [];
  for (const file of options.files) {
    const problem = checkFile(file, { maxBytes, accepted });
    if (problem !== undefined) {
      if (problem.kind === "tooLarge") errors.push(t.uploadTooLarge(file.name, formatBytes(file.size, locale), formatBytes(problem.maxBytes, locale)));
      else if (problem.kind === "wrongType") errors.push(t.uploadWrongType(file.name, describeTypes(problem.allowed)));
      else errors.push(t.uploadEmpty(file.name));
      continue;
    }
    uploadCounter += 1;
    const key = `upload-${uploadCounter}`;
    const report = (sent: number, state: UploadProgress["state"]) =>
      deps.onProgress({ key, question: options.name, name: file.name, sent, total: file.size, state });
    report(0, "uploading");
    const result = await deps.api.uploadAttachment(options.name, file, (sent) => report(sent, "uploading"));
    if (result.ok) {
      report(file.size, "done");
      uploaded.push({ file, content: attachmentContent(result.value.id) });
    } else {
      report(0, "failed");
      errors.push(uploadFailureText(result.failure, file.name, deps.messages(), deps.locale()));
    }
  }
  return { uploaded, errors };
}

/** The server's refusal of an upload, in the person's language (413 too large or no room left, 415 wrong type, …). */
export function uploadFailureText(failure: ApiFailure, name: string, t: Messages, locale: Locale = "da"): string {
  if (failure.kind === "network") return t.uploadOffline(name);
  if (failure.status === 413 && failure.code === "quota_exceeded") {
    const quota = isRecord(failure.body) && isRecord(failure.body.quota) ? failure.body.quota : {};
    if (quota.scope === "campaign") return t.uploadQuotaCampaign(name);
    if (typeof quota.limitBytes === "number") return t.uploadQuotaResponse(name, formatBytes(quota.limitBytes, locale));
  }
  if (failure.status === 413) return t.uploadServerTooLarge(name);
  if (failure.status === 415) return t.uploadServerWrongType(name);
  return t.uploadFailed(name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
