import { runExample } from "./run-example.js";

console.log(runExample().summary);
