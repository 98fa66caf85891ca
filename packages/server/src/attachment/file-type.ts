/**
 * The file types a respondent may attach, recognised by extension AND content (magic bytes), so a renamed
 * executable or an HTML page called "aftale.pdf" is refused. The stored content type is ours, never the client's.
 */
export interface FileType {
  id: "pdf" | "docx" | "doc" | "odt" | "xlsx" | "png" | "jpeg";
  contentType: string;
  extensions: readonly string[];
}

export const allowedFileTypes: readonly FileType[] = [
  { id: "pdf", contentType: "application/pdf", extensions: [".pdf"] },
  { id: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: [".docx"] },
  { id: "doc", contentType: "application/msword", extensions: [".doc"] },
  { id: "odt", contentType: "application/vnd.oasis.opendocument.text", extensions: [".odt"] },
  { id: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: [".xlsx"] },
  { id: "png", contentType: "image/png", extensions: [".png"] },
  { id: "jpeg", contentType: "image/jpeg", extensions: [".jpg", ".jpeg"] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function includesAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/** What the content is, by its first bytes (and, for the ZIP-based formats, the names inside); undefined if none. */
export function sniffFileType(bytes: Uint8Array): FileType["id"] | undefined {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument: the first entry is an uncompressed "mimetype" file holding the type (ODF 1.2, part 3, 3.3).
    if (startsWith(bytes, ascii("mimetype"), 30) && startsWith(bytes, ascii("application/vnd.oasis.opendocument.text"), 38)) return "odt";
    // Office Open XML: a package with [Content_Types].xml and the main part's folder.
    if (includesAscii(bytes, "[Content_Types].xml")) {
      if (includesAscii(bytes, "word/")) return "docx";
      if (includesAscii(bytes, "xl/")) return "xlsx";
    }
  }
  return undefined;
}

export type FileTypeCheck = { ok: true; type: FileType } | { ok: false; message: string };

/** Accepts a file only when its extension is allowed and its content is of that very type. */
export function checkFileType(fileName: string, bytes: Uint8Array): FileTypeCheck {
  const dot = fileName.lastIndexOf(".");
  const extension = dot < 0 ? "" : fileName.slice(dot).toLowerCase();
  const byExtension = allowedFileTypes.find((type) => type.extensions.includes(extension));
  const allowed = allowedFileTypes.flatMap((type) => type.extensions).join(", ");
  if (byExtension === undefined) return { ok: false, message: `file: the type ${extension === "" ? "(no extension)" : extension} is not allowed; allowed are ${allowed}.` };
  const sniffed = sniffFileType(bytes);
  if (sniffed !== byExtension.id) {
    return { ok: false, message: `file: the content is not a ${byExtension.id.toUpperCase()} file, though the name ends in ${extension}.` };
  }
  return { ok: true, type: byExtension };
}

/** A file name safe to store and show: no folders, no control characters, NFC, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 200 - extension.length) + extension;
}
