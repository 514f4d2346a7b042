/**
 * The folders' order, kept by the build: a lint rule (`folder-order/imports`) that lets a file import only from
 * folders below its own. A small rule of our own rather than a plugin: it resolves each relative import against the
 * importing file, so `../check` and `../../check/types` are the same folder wherever they are written, and it says
 * which order was broken.
 *
 * Tiers, bottom first; a folder imports from lower tiers only (never upward, never sideways within its tier):
 *
 *   text · findings · i18n · model, catalog · tables, port · formulas, settings · templates · targets · check ·
 *   fixes, consolidate · actions · demo · the adapters (src/excel, src/xlsx) · the pane and the ribbon commands ·
 *   the web page and the command line · the tools
 *
 * src/README.md draws the same map. Imports of packages are not this rule's business (the core's purity is kept by
 * `no-restricted-imports` in eslint.config.mjs); files outside these folders (tests, configuration) are not judged.
 */
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Tiers of folders (or single files), bottom first, as paths from the repository root. */
export const TIERS = [
  ["src/core/text"],
  ["src/core/findings"],
  ["src/core/i18n"],
  ["src/core/model", "src/core/catalog"],
  ["src/core/tables", "src/core/port.ts"],
  ["src/core/formulas", "src/core/settings.ts"],
  ["src/core/templates"],
  ["src/core/targets"],
  ["src/core/check"],
  ["src/core/fixes", "src/core/consolidate"],
  ["src/core/actions"],
  ["src/core/demo"],
  ["src/excel", "src/xlsx"],
  ["src/taskpane", "src/commands"],
  ["src/web", "src/cli"],
  ["src/tools"],
];

const SOURCE = /\.(m?[jt]sx?|d\.m?ts)$/;

/** The tier and folder of a path from the repository root, or undefined outside the ordered folders. */
function placeOf(relative) {
  const bare = relative.replace(SOURCE, "");
  for (let tier = 0; tier < TIERS.length; tier++) {
    for (const entry of TIERS[tier]) {
      const name = entry.replace(SOURCE, "");
      if (bare === name || relative.startsWith(`${name}/`)) return { tier, folder: entry };
    }
  }
  return undefined;
}

function relativeToRoot(file) {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

const ORDER = TIERS.map((tier) =>
  tier.map((e) => e.replace(/^src\/(core\/)?/, "").replace(SOURCE, "")).join(", "),
).join(" < ");

const rule = {
  meta: {
    type: "problem",
    docs: {
      description: "a file imports only from the folders below its own (src/README.md: the folders' order)",
    },
    schema: [],
    messages: {
      upward:
        "{{from}} may not import {{to}}: {{to}} sits above it in the folders' order ({{order}}). Move what both need down, or the code up.",
      sideways:
        "{{from}} may not import {{to}}: they sit side by side in the folders' order ({{order}}). Move what both need down.",
    },
  },
  create(context) {
    const file = relativeToRoot(context.filename);
    const here = placeOf(file);
    if (!here) return {};
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = relativeToRoot(path.resolve(path.dirname(context.filename), source));
      const there = placeOf(target);
      if (!there || there.folder === here.folder || there.tier < here.tier) return;
      context.report({
        node,
        messageId: there.tier > here.tier ? "upward" : "sideways",
        data: { from: here.folder, to: there.folder, order: ORDER },
      });
    };
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source.value : undefined),
      // typescript-eslint names the module `source` (older versions `argument.literal`, now deprecated).
      TSImportType: (node) =>
        check(node, "source" in node ? node.source?.value : node.argument?.literal?.value),
    };
  },
};

export default { rules: { imports: rule } };
