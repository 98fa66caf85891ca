import { runExample } from "./run-example.js";

console.log((await runExample()).summary);
