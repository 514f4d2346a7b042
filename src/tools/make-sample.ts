/**
 * Writes assets/samples/dan-tu-word.xlsx, the workbook the README's "Làm thử từ đầu" step 2 fills: seed 001's two appendix
 * tables as an official has them after pasting them from Word into a Vietnamese-locale Excel (the web page's
 * "Mở tệp mẫu" sample, src/web/sample.ts, built the same way and by the same writer). `npm run sample` rebuilds it;
 * the file is committed so a newcomer needs nothing but `npx phuluc fill`. The writer dates nothing, so rebuilding
 * an unchanged sample gives the same bytes.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { samplePlans } from "../web/sample";
import { XlsxDocument } from "../xlsx/package";

function main(): void {
  const out = path.resolve(process.argv[2] ?? "assets/samples/dan-tu-word.xlsx");
  const plans = samplePlans();
  writeFileSync(out, XlsxDocument.fromPlans(plans).save());
  console.log(`${out}: ${plans.map((plan) => plan.name).join(", ")}`);
}

main();
