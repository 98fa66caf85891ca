import { TextRun } from "docx";

/** Runs of one text with its line breaks ("\n") as Word line breaks. */
export function textRuns(text: string, style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split("\n").map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...style }));
}
