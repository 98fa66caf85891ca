/** The server's default upload limit (MAX_UPLOAD_MB); a question's own `maxSize` may be lower. */
export const maxUploadBytes = 20 * 1024 * 1024;

export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

export type FileProblem = { kind: "tooLarge"; maxBytes: number } | { kind: "wrongType"; allowed: string[] } | { kind: "empty" };

/**
 * The accepted types of a SurveyJS file question (`acceptedTypes`, the HTML `accept` syntax: ".pdf,.docx",
 * "application/pdf", "image/*"), as a list; empty means any type.
 */
export function parseAcceptedTypes(accepted: string | undefined | null): string[] {
  return (accepted ?? "")
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== "");
}

/** The effective size limit: the question's `maxSize` when it sets one below the server's limit. */
export function effectiveMaxBytes(questionMaxSize: number | undefined): number {
  return questionMaxSize !== undefined && questionMaxSize > 0 ? Math.min(questionMaxSize, maxUploadBytes) : maxUploadBytes;
}

function typeMatches(file: FileFacts, accepted: string): boolean {
  const name = file.name.toLowerCase();
  const mime = file.type.toLowerCase();
  if (accepted.startsWith(".")) return name.endsWith(accepted);
  if (accepted.endsWith("/*")) return mime.startsWith(accepted.slice(0, -1));
  return mime === accepted;
}

/** Checks a file before uploading it, so a person learns at once rather than after a long upload. */
export function checkFile(file: FileFacts, rules: { maxBytes: number; accepted: string[] }): FileProblem | undefined {
  if (rules.accepted.length > 0 && !rules.accepted.some((a) => typeMatches(file, a))) {
    return { kind: "wrongType", allowed: rules.accepted };
  }
  if (file.size === 0) return { kind: "empty" };
  if (file.size > rules.maxBytes) return { kind: "tooLarge", maxBytes: rules.maxBytes };
  return undefined;
}

/** ".pdf,.docx,application/pdf" → "PDF, DOCX" for people: extensions in capitals, MIME types left out when an extension says it. */
export function describeTypes(accepted: string[]): string {
  const extensions = accepted.filter((a) => a.startsWith(".")).map((a) => a.slice(1).toUpperCase());
  const others = accepted.filter((a) => !a.startsWith("."));
  return [...new Set([...extensions, ...(extensions.length > 0 ? [] : others)])].join(", ");
}

/** The attachment id in a file answer's `content` ("attachment:<id>"), or undefined for anything else. */
export function attachmentId(content: unknown): string | undefined {
  if (typeof content !== "string" || !content.startsWith("attachment:")) return undefined;
  const id = content.slice("attachment:".length);
  return id === "" ? undefined : id;
}

export function attachmentContent(id: string): string {
  return `attachment:${id}`;
}
