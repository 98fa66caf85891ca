// The editors of P7, made by its server and signed in by the benchmark.
export const editorPassword = "bench-editor-pass-123";
export const editorEmail = (i: number) => `redaktoer-${i + 1}@bench.afrapport.dk`;
