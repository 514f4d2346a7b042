/**
 * The manifest and its offline validator (`npm run validate`, src/tools/validate-manifest.mjs): the real manifest
 * passes, and broken copies fail with a message that names the problem.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runNode, tempDir, tool } from "./helpers";

const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

/** Validates a copy of the manifest changed by `edit` (the icons and pages still come from the repository). */
async function validateEdited(edit: (xml: string) => string, options: { info?: boolean } = {}) {
  const edited = edit(manifest);
  expect(edited, "the edit must change the manifest").not.toBe(manifest);
  const dir = tempDir();
  const file = path.join(dir, "manifest.xml");
  writeFileSync(file, edited);
  const args = [tool("validate-manifest.mjs"), file, "--root", repoRoot];
  if (options.info === false) args.push("--no-info");
  return runNode(args);
}

describe("manifest.xml", () => {
  it("passes the offline validation, office-addin-manifest info included", async () => {
    const result = await runNode([tool("validate-manifest.mjs"), manifestPath]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/hợp lệ .* valid/);
  });

  it("lets Office 2016 load it and opens the pane on the view each button names", () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('DefaultValue="https://localhost:3000/taskpane.html?view=insert"');
    expect(manifest).toContain('DefaultValue="https://localhost:3000/taskpane.html?view=check"');
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it("fails on a resid that no resource defines", async () => {
    const result = await validateEdited(
      (xml) => xml.replace('<Description resid="PL.Check.Tip"/>', '<Description resid="PL.Check.Tipp"/>'),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('resid "PL.Check.Tipp" on <Description> is not defined in <Resources>');
  });

  it("fails on a resid of the wrong kind", async () => {
    const result = await validateEdited(
      (xml) => xml.replace('<Label resid="PL.Check.Label"/>', '<Label resid="PL.Check.Tip"/>'),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("must point into <bt:ShortStrings>");
  });

  it("fails on an http URL", async () => {
    const result = await validateEdited(
      (xml) =>
        xml.replace(
          '<SupportUrl DefaultValue="https://localhost:3000/',
          '<SupportUrl DefaultValue="http://localhost:3000/',
        ),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"http://localhost:3000/assets/help.html" must use https');
  });

  it("fails on an icon that is not in assets/", async () => {
    const result = await validateEdited(
      (xml) => xml.replace("assets/insert-80.png", "assets/insert-81.png"),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /"https:\/\/localhost:3000\/assets\/insert-81\.png" points to .*insert-81\.png, which does not exist/,
    );
  });

  it("fails on an icon of the wrong size", async () => {
    const result = await validateEdited(
      (xml) => xml.replace("assets/insert-80.png", "assets/insert-32.png"),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/insert-32\.png is 32×32, its use asks for 80×80/);
  });

  it("fails on XML that is not well-formed, and so does office-addin-manifest info", async () => {
    const result = await validateEdited((xml) => xml.replace("</DefaultSettings>", ""));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not well-formed XML");
    expect(result.stderr).toContain("office-addin-manifest info failed");
  });

  it("fails when the requirements would keep Office 2016 out", async () => {
    const result = await validateEdited(
      (xml) =>
        xml.replace('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>'),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ExcelApi 1.7 keeps Office 2016");
  });

  it("fails on a ribbon label with an ampersand", async () => {
    const result = await validateEdited(
      (xml) => xml.replace('DefaultValue="Phụ lục TTTT">', 'DefaultValue="Phụ lục TT&amp;TT">'),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ribbon label "PL.Group.Label" holds "&"');
  });

  it("fails on elements out of the schema's order", async () => {
    const result = await validateEdited(
      (xml) =>
        xml
          .replace("  <Permissions>ReadWriteDocument</Permissions>\n", "")
          .replace(
            "  <DefaultSettings>",
            "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
          ),
      { info: false },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("out of the schema's order");
  });
});

describe("icons", () => {
  it("are exactly what src/tools/make-icons.mjs draws", async () => {
    const dir = tempDir();
    const result = await runNode([tool("make-icons.mjs"), dir]);
    expect(result.code).toBe(0);
    const drawn = readdirSync(dir).sort();
    expect(drawn).toEqual(
      expect.arrayContaining(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "icon-128.png"]),
    );
    for (const name of drawn) {
      expect(
        readFileSync(path.join(dir, name)).equals(readFileSync(path.join(repoRoot, "assets", name))),
        name,
      ).toBe(true);
    }
  });

  it("the validator reads PNG sizes from IHDR, not from file names", async () => {
    const dir = tempDir();
    copyFileSync(path.join(repoRoot, "assets/icon-64.png"), path.join(dir, "icon-32.png"));
    const result = await runNode([
      "--input-type=module",
      "-e",
      `import { pngSize } from ${JSON.stringify(tool("validate-manifest.mjs"))};
       console.log(JSON.stringify(pngSize(${JSON.stringify(path.join(dir, "icon-32.png"))})));`,
    ]);
    expect(JSON.parse(result.stdout)).toEqual({ width: 64, height: 64 });
  });
});
