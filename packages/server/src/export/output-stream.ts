/** Where a streamed export writes: an HTTP response, or any writable stream in the tests. */
export type ExportOutput = NodeJS.WritableStream & { writableNeedDrain?: boolean; destroyed?: boolean };

/**
 * Waits until `output` has passed on what it holds when it asked for a pause, so a slow download makes the export
 * wait rather than pile up in memory; throws when the output has been closed (the download was cancelled), so the
 * export stops reading.
 */
export async function drained(output: ExportOutput): Promise<void> {
  if (output.destroyed === true) throw new Error("The download was closed before the export was written.");
  if (output.writableNeedDrain !== true) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      output.off("drain", onDrain);
      output.off("close", onClose);
      output.off("error", onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error("The download was closed before the export was written."));
    const onError = (error: Error) => done(error);
    output.once("drain", onDrain);
    output.once("close", onClose);
    output.once("error", onError);
  });
}

/** Writes a piece of a text export, then waits as `drained` does. */
export async function writeText(output: ExportOutput, text: string): Promise<void> {
  if (output.destroyed === true) throw new Error("The download was closed before the export was written.");
  output.write(text);
  await drained(output);
}
