/** Tiny files of every type, by their magic bytes, for the tests. */
export const samples = {
  pdf: Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "latin1"),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
  doc: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  docx: zipWith(["[Content_Types].xml", "word/document.xml"]),
  xlsx: zipWith(["[Content_Types].xml", "xl/workbook.xml"]),
  odt: Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.alloc(26),
    Buffer.from("mimetypeapplication/vnd.oasis.opendocument.text", "latin1"),
  ]),
  html: Buffer.from("<!doctype html><script>alert(1)</script>"),
  exe: Buffer.from([0x4d, 0x5a, 0x90, 0x00]),
};

/** A minimal byte string that looks like a ZIP package holding the named entries. */
export function zipWith(names: string[]): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), ...names.map((n) => Buffer.from(n, "latin1"))]);
}

