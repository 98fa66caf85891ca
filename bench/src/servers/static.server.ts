// A built page served as Afrapport serves its own front end (precompressed, content-hashed files cached for good),
// so P3 compares the pages and not the serving. The folder is the first argument.
import express from "express";
import { frontEndRoutes } from "@afrapport/server";
import { serveInChild } from "./serve-in-child.js";

const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: static.server.ts <folder>");
const app = express();
app.use(frontEndRoutes(dir));
await serveInChild(app);
