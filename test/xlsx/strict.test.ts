/**
 * The strict structural checker (test/support/strict.ts) finds each class of problem Excel repairs: proven on the
 * district workbook with newer parts (a table, a calculation chain, shared strings, properties listing its sheets),
 * which has none, broken one way at a time as a careless writer would break it.
 */
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { parts } from "../support/package";
import { newerCells, withNewerParts } from "../support/newer-parts";
import { edit, enrich, richCells } from "../support/rich-workbook";
import { addedProblems, PROBLEM_CLASSES, strictProblems, type ProblemClass } from "../support/strict";

let base: Uint8Array;

beforeAll(async () => {
  base = withNewerParts(enrich(await richCells(newerCells)));
}, 120_000);

const FORECAST = "xl/worksheets/sheet1.xml";
const NOTES = "xl/worksheets/sheet3.xml";

/** The base workbook with one part edited. */
function broken(changes: [part: string, change: (xml: string) => string][]): Uint8Array {
  const all = parts(base);
  for (const [part, change] of changes) edit(all, part, change);
  return zipSync(all);
}

const replace = (from: string | RegExp, to: string) => (xml: string) => xml.replace(from, to);

const CASES: [ProblemClass, [string, (xml: string) => string][], string][] = [
  [
    "not-well-formed",
    [[NOTES, replace("<f>SUM(B2:B3)</f>", "<f>SUM(B2:B3)&B1<0</f>")]],
    `${NOTES}: not-well-formed: the XML does not parse`,
  ],
  [
    "content-type",
    [["[Content_Types].xml", replace(/<Override PartName="\/xl\/worksheets\/sheet2.xml"[^>]*\/>/, "")]],
    "[Content_Types].xml: content-type: xl/worksheets/sheet2.xml (a worksheet) is typed application/xml",
  ],
  [
    "relationship",
    [
      [
        `xl/worksheets/_rels/sheet1.xml.rels`,
        replace(
          "</Relationships>",
          '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table9.xml"/></Relationships>',
        ),
      ],
    ],
    "xl/worksheets/_rels/sheet1.xml.rels: relationship: rIdX points at xl/tables/table9.xml, which is not there",
  ],
  [
    "child-order",
    [
      [
        FORECAST,
        (xml) => {
          const dv = /<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(xml)?.[0] as string;
          return xml.replace(dv, "").replace("<conditionalFormatting", `${dv}<conditionalFormatting`);
        },
      ],
    ],
    `${FORECAST}: child-order: <conditionalFormatting> after <dataValidations> in <worksheet>`,
  ],
  [
    "row-order",
    [
      [
        NOTES,
        (xml) => {
          const [r1, r2] = [/<row r="1"[\s\S]*?<\/row>/, /<row r="2"[\s\S]*?<\/row>/].map(
            (p) => p.exec(xml)?.[0] as string,
          );
          return xml.replace(r1, "\u0000").replace(r2, r1).replace("\u0000", r2);
        },
      ],
    ],
    `${NOTES}: row-order: row 1 after row 2`,
  ],
  [
    "cell-order",
    [
      [
        NOTES,
        replace(
          '<c r="A2" t="s"><v>84</v></c><c r="B2"><v>3</v></c>',
          '<c r="B2"><v>3</v></c><c r="A2" t="s"><v>84</v></c>',
        ),
      ],
    ],
    `${NOTES}: cell-order: A2 after B2`,
  ],
  [
    "cell-order",
    [[NOTES, replace('<c r="B2"><v>3</v></c>', '<c r="B2"><v>3</v></c><c r="B2"><v>4</v></c>')]],
    `${NOTES}: cell-order: B2 twice`,
  ],
  [
    "cell-row",
    [[NOTES, replace('<c r="B2"><v>3</v></c>', '<c r="B5"><v>3</v></c>')]],
    `${NOTES}: cell-row: B5 in row 2`,
  ],
  [
    "cell-value",
    [[NOTES, replace('<c r="B2"><v>3</v></c>', '<c r="B2"><v>3,5</v></c>')]],
    `${NOTES}: cell-value: B2 t="n" holds «3,5», not a number`,
  ],
  [
    "cell-value",
    [[NOTES, replace('<c r="B2"><v>3</v></c>', '<c r="B2" t="inlineStr"><v>3</v></c>')]],
    `${NOTES}: cell-value: B2 t="inlineStr" has no <is>`,
  ],
  [
    "shared-string",
    [[NOTES, replace('<c r="A2" t="s"><v>84</v></c>', '<c r="A2" t="s"><v>98</v></c>')]],
    `${NOTES}: shared-string: A2 names string 98 of 98`,
  ],
  [
    "style-index",
    [[NOTES, replace('<c r="D2" s="3">', '<c r="D2" s="5">')]],
    `${NOTES}: style-index: D2 s=5 of 5 cellXfs`,
  ],
  [
    "shared-formula",
    [[NOTES, replace('<c r="B3"><v>5</v></c>', '<c r="B3"><f t="shared" si="4"/><v>5</v></c>')]],
    `${NOTES}: shared-formula: B3 points at shared formula 4, which has no master`,
  ],
  [
    "array-formula",
    [
      [
        NOTES,
        replace(
          '<c r="B2"><v>3</v></c><c r="D2" s="3"><v>85</v></c>',
          '<c r="B2"><f t="array" ref="B2:B3">A2:A3</f><v>3</v></c><c r="D2" s="3"><v>85</v></c>',
        ),
      ],
      [NOTES, replace('<c r="B3"><v>5</v></c>', '<c r="B3"><f>1+1</f><v>2</v></c>')],
    ],
    `${NOTES}: array-formula: B3 holds a formula inside B2's array`,
  ],
  [
    "count",
    [[FORECAST, replace('<tableParts count="1">', '<tableParts count="2">')]],
    `${FORECAST}: count: <tableParts count="2"> holds 1`,
  ],
  [
    "count",
    [["xl/styles.xml", replace('<cellXfs count="5"', '<cellXfs count="6"')]],
    'xl/styles.xml: count: <cellXfs count="6"> holds 5',
  ],
  [
    "merge",
    [
      [
        NOTES,
        replace(
          "</sheetData>",
          '</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
        ),
      ],
    ],
    `${NOTES}: merge: merge B2:C3 overlaps another`,
  ],
  [
    "merge",
    [
      [
        FORECAST,
        replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="L66:M67"/></mergeCells>'),
      ],
    ],
    `${FORECAST}: merge: a merge overlaps the table xl/tables/table1.xml`,
  ],
  [
    "dimension",
    [[NOTES, replace('<dimension ref="A1:D6"/>', '<dimension ref="A1:D3"/>')]],
    `${NOTES}: dimension: <dimension ref="A1:D3"> does not cover A1:D6`,
  ],
  [
    "sheet-name",
    [["xl/workbook.xml", replace('name="Rất ẩn"', 'name="Những chỉ tiêu ẩn, không in ra khi nộp"')]],
    "xl/workbook.xml: sheet-name: «Những chỉ tiêu ẩn, không in ra khi nộp» has 38 characters (1–31)",
  ],
  [
    "sheet-name",
    [["xl/workbook.xml", replace('name="Rất ẩn"', 'name="GHI CHÚ"')]],
    "xl/workbook.xml: sheet-name: «GHI CHÚ» twice (names are compared ignoring case)",
  ],
  [
    "defined-name",
    [
      [
        "xl/workbook.xml",
        replace("localSheetId=\"1\">'Kế hoạch 2022'!$5:$6", "localSheetId=\"5\">'Kế hoạch 2022'!$5:$6"),
      ],
    ],
    "xl/workbook.xml: defined-name: _xlnm.Print_Titles is scoped to sheet 5 of 5",
  ],
  [
    "defined-name",
    [["xl/workbook.xml", replace("'Ghi chú'!$B$2:$B$3", "'Ghi chú 2'!$B$2:$B$3")]],
    "xl/workbook.xml: defined-name: SoLieu refers to a sheet «Ghi chú 2» the workbook does not have",
  ],
  [
    "book-view",
    [
      [
        "xl/workbook.xml",
        replace("<sheets>", '<bookViews><workbookView activeTab="3"/></bookViews><sheets>'),
      ],
    ],
    "xl/workbook.xml: book-view: the active tab «Ẩn» is hidden",
  ],
  [
    "table",
    [["xl/tables/table1.xml", replace('name="Điểm"', 'name="Điểm số"')]],
    `xl/tables/table1.xml: table: header L64 of ${FORECAST} reads «Điểm», the column is «Điểm số»`,
  ],
  [
    "table",
    [["xl/tables/table1.xml", replace('name="Điểm"', 'name="Điểm&#10;số"')]],
    "xl/tables/table1.xml: table: column name «Điểm\\nsố» holds a line break or tab as such",
  ],
  [
    "structured-ref",
    [[FORECAST, replace("<f>&quot;Điểm &quot;&amp;L65</f>", "<f>SUM(BangXa[Điểm số])</f>")]],
    `${FORECAST}: structured-ref: K68 names column «điểm số» of bangxa, which it lacks`,
  ],
  [
    "app-props",
    [["docProps/app.xml", replace("<vt:i4>5</vt:i4>", "<vt:i4>6</vt:i4>")]],
    "docProps/app.xml: app-props: the headings count 6 titles, 5 are listed",
  ],
  [
    "calc-chain",
    [["xl/calcChain.xml", replace('<c r="D1" i="3"/>', '<c r="D2" i="3"/>')]],
    "xl/calcChain.xml: calc-chain: Ghi chú!D2 holds no formula",
  ],
];

describe("the strict checker", () => {
  it("finds nothing in the district workbook with newer parts", () => {
    expect(strictProblems(base)).toEqual([]);
  });

  it("covers every class with a broken part", () => {
    expect(new Set(CASES.map(([kind]) => kind))).toEqual(new Set(PROBLEM_CLASSES));
  });

  it.each(CASES.map(([kind, changes, line]) => [kind, line, changes] as const))(
    "%s: %s",
    (kind, line, changes) => {
      const bad = broken(changes);
      expect(strictProblems(bad)).toContain(line);
      expect(line).toContain(`: ${kind}: `);
      expect(addedProblems(base, bad)).toContain(line);
    },
  );
});
