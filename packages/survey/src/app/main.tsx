import "survey-core/survey-core.fontless.css";
import "../styles/afrapport.css";
import "../styles/print.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { startEarlyLoad } from "./early-load.js";

startEarlyLoad(window.location.pathname);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
