import type { Request, Response } from "express";
import multer from "multer";
import { HttpError } from "../http/http-error.js";

/** What a multipart upload may hold besides the one file: a few short text fields. */
const fieldLimits = { files: 1, fields: 5, fieldSize: 1024, parts: 8 } as const;

/** Thrown when the file is larger than `maxFileBytes`; the caller says which limit that was. */
export class FileTooLargeError extends Error {
  constructor(readonly maxFileBytes: number) {
    super(`The file is larger than ${maxFileBytes} bytes.`);
    this.name = "FileTooLargeError";
  }
}

/**
 * Reads a multipart/form-data body holding one file in the field `file` into memory (req.file, req.body), at most
 * `maxFileBytes` of it. Whatever is wrong with the body becomes a 4xx naming the problem: a broken body (a part
 * without headers, a NUL in a header, a missing boundary, a body cut short) is 400 `bad_request`, too many parts
 * or fields 400, a file over the limit a FileTooLargeError. Multer drains the rest of the body before it reports,
 * so the browser gets the answer rather than a reset connection.
 */
export function receiveFile(req: Request, res: Response, maxFileBytes: number): Promise<void> {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { ...fieldLimits, fileSize: maxFileBytes },
    // Browsers send file names as UTF-8; busboy would read them as Latin-1 and garble æøå.
    defParamCharset: "utf8",
  }).single("file");
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error === undefined || error === null) return resolve();
      reject(toUploadError(error, maxFileBytes));
    });
  });
}

function toUploadError(error: unknown, maxFileBytes: number): Error {
  if (error instanceof multer.MulterError) {
    if (error.code === "LIMIT_FILE_SIZE") return new FileTooLargeError(maxFileBytes);
    if (error.code === "LIMIT_UNEXPECTED_FILE") {
      return new HttpError("validation_failed", `${error.field ?? "file"}: send the file in the field \`file\`, and only one.`, error.field ?? "file");
    }
    return new HttpError("bad_request", `The upload has too many or too large parts (${error.code}).`, error.field);
  }
  // busboy's own errors (Malformed part header, Unexpected end of form, Multipart: Boundary not found, …) are
  // plain Errors: each means the body is not well-formed multipart.
  const detail = error instanceof Error ? error.message : String(error);
  return new HttpError("bad_request", `The body is not well-formed multipart/form-data (${detail}).`);
}
