import { formatDanishNumber, parseDanishNumber } from "@afrapport/schema";

/**
 * The file types a file question can accept, as the secretariat thinks of them. Only types the server lets a
 * respondent upload (it checks extension and content: PDF, Word, ODT, Excel .xlsx, PNG, JPEG) – offering
 * another would promise a file the upload then refuses.
 */
export const fileTypeGroups = [
  { id: "pdf", extensions: [".pdf"] },
  { id: "word", extensions: [".doc", ".docx"] },
  { id: "odt", extensions: [".odt"] },
  { id: "excel", extensions: [".xlsx"] },
  { id: "images", extensions: [".png", ".jpg", ".jpeg"] },
] as const;
export type FileTypeGroup = (typeof fileTypeGroups)[number]["id"];

export interface AcceptedTypes {
  groups: Set<FileTypeGroup>;
  /** entries of `acceptedTypes` no group covers (kept as they are, e.g. "image/*" or ".txt") */
  other: string[];
}

/**
 * `acceptedTypes` ("".pdf,.doc,.docx,.odt") as ticked groups. A group is ticked when any of its extensions is
 * there (".docx" alone ticks Word), so the boxes always show what is allowed; writing back completes the group.
 */
export function readAcceptedTypes(acceptedTypes: unknown): AcceptedTypes {
  const entries = typeof acceptedTypes === "string" ? acceptedTypes.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "") : [];
  const groups = new Set<FileTypeGroup>();
  const other: string[] = [];
  for (const entry of entries) {
    const group = fileTypeGroups.find((candidate) => (candidate.extensions as readonly string[]).includes(entry.toLowerCase()));
    if (group) groups.add(group.id);
    else other.push(entry);
  }
  return { groups, other };
}

/** The `acceptedTypes` string, groups in their fixed order; undefined (any type) when nothing is ticked. */
export function writeAcceptedTypes(accepted: AcceptedTypes): string | undefined {
  const entries = [...fileTypeGroups.filter((group) => accepted.groups.has(group.id)).flatMap((group) => group.extensions), ...accepted.other];
  return entries.length === 0 ? undefined : entries.join(",");
}

export function toggleFileType(accepted: AcceptedTypes, group: FileTypeGroup, on: boolean): AcceptedTypes {
  const groups = new Set(accepted.groups);
  if (on) groups.add(group);
  else groups.delete(group);
  return { groups, other: accepted.other };
}

const bytesPerMb = 1024 * 1024;
/** The server refuses uploads above its own limit (MAX_UPLOAD_MB, at most 100). */
export const maxFileSizeMb = 100;

export type MaxSizeReading = { kind: "size"; bytes: number } | { kind: "empty" } | { kind: "invalid" } | { kind: "not-positive" } | { kind: "too-large" };

/**
 * The max size field, in MB written the Danish way ("4,5" is 4.5 MB), as the bytes SurveyJS's `maxSize` holds
 * (1 MB = 1024 × 1024 bytes, as the built-in questionnaires count 10 MB as 10485760).
 */
export function readMaxSizeMb(text: string): MaxSizeReading {
  const read = parseDanishNumber(text);
  if (read.kind === "empty") return { kind: "empty" };
  if (read.kind === "invalid") return { kind: "invalid" };
  if (read.value <= 0) return { kind: "not-positive" };
  if (read.value > maxFileSizeMb) return { kind: "too-large" };
  return { kind: "size", bytes: Math.round(read.value * bytesPerMb) };
}

/** `maxSize` in bytes as the field shows it: 10485760 → "10", 4718592 → "4,5"; empty when not set. */
export function formatMaxSizeMb(bytes: unknown): string {
  if (typeof bytes !== "number" || !Number.isFinite(bytes) || bytes <= 0) return "";
  return formatDanishNumber(Math.round((bytes / bytesPerMb) * 100) / 100);
}
