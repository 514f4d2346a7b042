/**
 * The web page's entry (dist/web/app.html): the pane over .xlsx files opened in the browser. No Office.js here.
 * ExcelJS is not imported from this chunk: WebApp loads it with the first file (see workbook-io.ts).
 */
import { createRoot } from "react-dom/client";
import { WebApp } from "./WebApp";

const container = document.getElementById("app");
if (container) createRoot(container).render(<WebApp />);
