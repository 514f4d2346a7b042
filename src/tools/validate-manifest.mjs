/**
 * Offline checks of the add-in manifest (`npm run validate`). Microsoft's full validation (`npm run validate:online`)
 * calls an online service; this one works on a closed network and checks what that service cannot: that the files
 * the manifest points to exist and have the right size.
 *
 *   node src/tools/validate-manifest.mjs [manifest.xml] [--root <dir>] [--dist <dir>] [--no-info]
 *
 * - `office-addin-manifest info` must read the manifest.
 * - The XML is well-formed (src/tools/xml.mjs), the root is a TaskPaneApp of schema 1.1, its children come in the
 *   schema's order, Id is a GUID, Version has 1–4 numeric parts.
 * - The requirements let Office 2016 (ExcelApi 1.1) load the add-in; the host is Workbook.
 * - Every `resid` resolves to a resource of the right kind in <Resources>; resource ids are unique and at most 32
 *   characters; short strings at most 125 characters, long strings 250; ribbon labels hold no "&" (Excel 2016 drops
 *   such a group: OfficeDev/office-js-docs#279).
 * - Every URL is https.
 * - Every URL under the add-in's base address (the folder of DefaultSettings/SourceLocation) points to an existing
 *   file: by default assets/… in <root>/assets and the pages in their sources (src/taskpane/taskpane.html…); with
 *   --dist, everything in that build folder. Images are PNG files of the size their use asks for (IHDR): IconUrl
 *   32×32, HighResolutionIconUrl 64×64, a ribbon bt:Image its `size` attribute.
 *
 * Exit code 0 when valid, 1 with one line per problem, 2 when the file cannot be read.
 */
import { spawnSync } from "node:child_process";
import { existsSync, openSync, readFileSync, readSync, closeSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, URL } from "node:url";
import { Buffer } from "node:buffer";
import { childNamed, childrenNamed, localName, parseXml, walk, XmlError } from "./xml.mjs";

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

/** Children of a TaskPaneApp, in the order of the schema (OfficeApp's sequence, then TaskPaneApp's). */
const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

/** Which resource collection a `resid` must point into, by the referring element's local name. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Url: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 };

/** Where the pages live before the build (source mode); the build writes them at the base address. */
const SOURCE_PAGES = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
};

/** The views the pane opens with (?view=…), as App accepts them. */
const VIEWS = ["insert", "formulas", "check", "targets"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Width and height from a PNG file's IHDR chunk, or a reason why the file is not a PNG. */
export function pngSize(file) {
  const header = Buffer.alloc(24);
  const fd = openSync(file, "r");
  let read;
  try {
    read = readSync(fd, header, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (read < 24 || !header.subarray(0, 8).equals(signature)) return { error: "not a PNG file" };
  if (header.toString("ascii", 12, 16) !== "IHDR") return { error: "PNG without an IHDR chunk first" };
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

function runInfo(manifest) {
  const require = createRequire(import.meta.url);
  let cli;
  try {
    const pkg = require.resolve("office-addin-manifest/package.json");
    cli = join(dirname(pkg), require(pkg).bin["office-addin-manifest"]);
  } catch {
    return "office-addin-manifest is not installed (npm install)";
  }
  const run = spawnSync(process.execPath, [cli, "info", manifest], {
    encoding: "utf8",
    timeout: 60_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status === 0) return null;
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n").slice(0, 4).join(" / ");
  return `office-addin-manifest info failed${run.error ? ` (${run.error.message})` : ""}: ${output}`;
}

/**
 * Checks the manifest; returns { errors, warnings } as arrays of { line?, message }.
 * options: root (folder with assets/ and src/, default the manifest's folder), dist (a build folder), info (run
 * `office-addin-manifest info`, default true).
 */
export function validateManifest(manifest, { root = dirname(manifest), dist = null, info = true } = {}) {
  const errors = [];
  const warnings = [];
  const error = (message, node) => errors.push({ line: node?.line, message });
  const warn = (message, node) => warnings.push({ line: node?.line, message });

  const text = readFileSync(manifest, "utf8");
  if (info) {
    const failure = runInfo(manifest);
    if (failure) error(failure);
  }

  let doc;
  try {
    doc = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) {
      errors.push({ line: e.line, message: `not well-formed XML: ${e.message}` });
      return { errors, warnings };
    }
    throw e;
  }

  checkTopLevel(doc, error);
  checkRequirements(doc, error);
  checkNames(doc, error);
  const { resources, usedAs } = checkResources(doc, error, warn);
  const { urls, base } = manifestUrls(doc, resources, usedAs, error);
  checkUrls(urls, base, { root, dist }, error);
  return { errors, warnings };
}

/** The root element, its children's names and order, the values of Id, Version, DefaultLocale, Permissions, Hosts. */
function checkTopLevel(doc, error) {
  // ---- Root and top-level elements
  if (localName(doc.name) !== "OfficeApp") error(`the root element is <${doc.name}>, not <OfficeApp>`, doc);
  if (doc.attrs.xmlns !== NS_APP) error(`OfficeApp's namespace must be ${NS_APP}`, doc);
  if (doc.attrs["xsi:type"] !== "TaskPaneApp") error(`OfficeApp's xsi:type must be "TaskPaneApp"`, doc);

  let lastIndex = -1;
  for (const child of doc.children) {
    const index = TOP_LEVEL_ORDER.indexOf(localName(child.name));
    if (index < 0) error(`<${child.name}> is not a child of a TaskPaneApp`, child);
    else if (index < lastIndex)
      error(`<${child.name}> is out of the schema's order (${TOP_LEVEL_ORDER.join(", ")})`, child);
    else if (index === lastIndex) error(`<${child.name}> appears twice`, child);
    lastIndex = Math.max(lastIndex, index);
  }
  for (const name of REQUIRED) if (!childNamed(doc, name)) error(`<${name}> is missing`, doc);

  const id = childNamed(doc, "Id");
  if (id && !GUID.test(id.text.trim())) error(`Id "${id.text.trim()}" is not a GUID`, id);
  const version = childNamed(doc, "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text.trim()))
    error(`Version "${version.text.trim()}" must be n.n.n.n`, version);
  const locale = childNamed(doc, "DefaultLocale");
  if (locale && !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale.text.trim()))
    error(`DefaultLocale "${locale.text.trim()}" must look like vi-VN`, locale);
  const permissions = childNamed(doc, "Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.text.trim()))
    error(`Permissions "${permissions.text.trim()}" is not one of ${PERMISSIONS.join(", ")}`, permissions);

  const hosts = childNamed(doc, "Hosts");
  if (!hosts || !childrenNamed(hosts, "Host").some((h) => h.attrs.Name === "Workbook"))
    error('<Hosts> must list <Host Name="Workbook"/>', hosts ?? doc);
}

/** Office 2016 stops at ExcelApi 1.1: asking for more (or for any other set) keeps the add-in from loading there. */
function checkRequirements(doc, error) {
  const requirements = childNamed(doc, "Requirements");
  const sets = requirements && childNamed(requirements, "Sets");
  if (sets) {
    const defaultMin = sets.attrs.DefaultMinVersion ?? "1.1";
    for (const set of childrenNamed(sets, "Set")) {
      const min = set.attrs.MinVersion ?? defaultMin;
      if (set.attrs.Name !== "ExcelApi") {
        error(
          `requirement set ${set.attrs.Name} ${min}: Office 2016 could refuse the add-in; test it with isSetSupported in code instead`,
          set,
        );
      } else if (Number(min) > 1.1) {
        error(
          `ExcelApi ${min} keeps Office 2016 (ExcelApi 1.1) from loading the add-in; require 1.1 and test newer sets with isSetSupported`,
          set,
        );
      }
    }
  }
}

/** DisplayName and Description: a value each, within their lengths. */
function checkNames(doc, error) {
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const node = childNamed(doc, name);
    if (!node) continue;
    for (const value of [
      node.attrs.DefaultValue,
      ...childrenNamed(node, "Override").map((o) => o.attrs.Value),
    ]) {
      if (!value) error(`<${name}> needs a DefaultValue (and a Value on each Override)`, node);
      else if (value.length > max)
        error(`<${name}> "${value.slice(0, 30)}…" is longer than ${max} characters`, node);
    }
  }
}

/**
 * The resources of VersionOverrides (ids, values, lengths) and every resid pointing into them; returns the resources
 * by id ({ kind, node }) and the image sizes each is used at.
 */
function checkResources(doc, error, warn) {
  const overrides = childNamed(doc, "VersionOverrides");
  const resources = new Map(); // id → { kind, node }
  if (overrides) {
    if (overrides.attrs.xmlns !== NS_OVERRIDES)
      error(`VersionOverrides' namespace must be ${NS_OVERRIDES}`, overrides);
    if (overrides.attrs["xsi:type"] !== "VersionOverridesV1_0")
      error(`VersionOverrides' xsi:type must be "VersionOverridesV1_0"`, overrides);
    const resourcesNode = childNamed(overrides, "Resources");
    for (const group of resourcesNode?.children ?? []) {
      const kind = localName(group.name);
      for (const item of group.children) {
        const rid = item.attrs.id;
        if (!rid) {
          error(`<${item.name}> in <${group.name}> has no id`, item);
          continue;
        }
        if (rid.length > 32) error(`resource id "${rid}" is longer than 32 characters`, item);
        if (resources.has(rid)) error(`resource id "${rid}" is defined twice`, item);
        resources.set(rid, { kind, node: item });
        const values = [
          item.attrs.DefaultValue,
          ...childrenNamed(item, "Override").map((o) => o.attrs.Value),
        ];
        for (const value of values) {
          if (value === undefined || value === "")
            error(`resource "${rid}" needs a DefaultValue (and a Value on each Override)`, item);
          else if (MAX_LENGTH[kind] && value.length > MAX_LENGTH[kind])
            error(`resource "${rid}" is longer than ${MAX_LENGTH[kind]} characters`, item);
        }
      }
    }
    const usedAs = checkResids(overrides, resources, error);
    for (const [rid, { node }] of resources) {
      const referenced = [...walk(overrides)].some(({ node: n }) => n.attrs.resid === rid);
      if (!referenced) warn(`resource "${rid}" is never used`, node);
    }
    return { resources, usedAs };
  }
  return { resources, usedAs: new Map() };
}

/** Each resid under VersionOverrides: defined, of the kind its element takes; returns the sizes images are used at. */
function checkResids(overrides, resources, error) {
  const usedAs = new Map(); // id → Set of image sizes it is used at
  for (const { node, ancestors } of walk(overrides)) {
    const rid = node.attrs.resid;
    if (rid === undefined) continue;
    const resource = resources.get(rid);
    if (!resource) {
      error(`resid "${rid}" on <${node.name}> is not defined in <Resources>`, node);
      continue;
    }
    const parent = ancestors[ancestors.length - 1];
    const name = localName(node.name);
    // A Description directly under GetStarted or Supertip is a long string; Title, Label short ones.
    const expected = RESID_KIND[name];
    if (expected && resource.kind !== expected) {
      error(
        `resid "${rid}" on <${node.name}> must point into <bt:${expected}>, not <bt:${resource.kind}>`,
        node,
      );
    }
    if (name === "Image") {
      if (!usedAs.has(rid)) usedAs.set(rid, new Set());
      usedAs.get(rid).add(Number(node.attrs.size));
    }
    if (name === "Label" && resource.kind === "ShortStrings") {
      const values = [
        resource.node.attrs.DefaultValue,
        ...childrenNamed(resource.node, "Override").map((o) => o.attrs.Value),
      ];
      if (values.some((v) => v?.includes("&"))) {
        error(
          `ribbon label "${rid}" holds "&": Excel 2016 drops such a group (OfficeDev/office-js-docs#279); write it without "&"`,
          resource.node,
        );
      }
    }
    if (
      name === "SourceLocation" &&
      localName(parent?.name ?? "") === "Action" &&
      parent.attrs["xsi:type"] === "ShowTaskpane"
    ) {
      const view = new URL(resource.node.attrs.DefaultValue ?? "https://x/").searchParams.get("view");
      if (view !== null && !VIEWS.includes(view))
        error(`?view=${view} in "${rid}" is not one of ${VIEWS.join(", ")}`, resource.node);
    }
  }
  return usedAs;
}

/** Every URL of the manifest ({ url, node, expectSize }) and the add-in's base address (null when none). */
function manifestUrls(doc, resources, usedAs, error) {
  const sourceLocation = childNamed(childNamed(doc, "DefaultSettings") ?? doc, "SourceLocation");
  let base = null;
  try {
    base = new URL(".", sourceLocation?.attrs.DefaultValue).href;
  } catch {
    error("DefaultSettings/SourceLocation needs a DefaultValue URL", sourceLocation ?? doc);
  }

  const urls = []; // { url, node, expectSize }
  const addUrl = (url, node, expectSize = null) => urls.push({ url, node, expectSize });
  for (const [name, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
    ["SupportUrl", null],
  ]) {
    const node = childNamed(doc, name);
    if (!node) continue;
    addUrl(node.attrs.DefaultValue, node, size);
    for (const o of childrenNamed(node, "Override")) addUrl(o.attrs.Value, o, size);
  }
  if (sourceLocation) {
    addUrl(sourceLocation.attrs.DefaultValue, sourceLocation);
    for (const o of childrenNamed(sourceLocation, "Override")) addUrl(o.attrs.Value, o);
  }
  for (const domain of childrenNamed(childNamed(doc, "AppDomains") ?? { children: [] }, "AppDomain")) {
    addUrl(domain.text.trim(), domain);
  }
  for (const [rid, { kind, node }] of resources) {
    if (kind !== "Images" && kind !== "Urls") continue;
    const sizes = usedAs.get(rid) ?? new Set();
    if (sizes.size > 1)
      error(
        `image "${rid}" is used at several sizes (${[...sizes].join(", ")}); give each size its own image`,
        node,
      );
    const size = sizes.size === 1 ? [...sizes][0] : null;
    addUrl(node.attrs.DefaultValue, node, size);
    for (const o of childrenNamed(node, "Override")) addUrl(o.attrs.Value, o, size);
  }
  return { urls, base };
}

/** URLs: all https; those under the add-in's base address point to existing files (of the size their use asks). */
function checkUrls(urls, base, { root, dist }, error) {
  const checkedFiles = new Set();
  for (const { url, node, expectSize } of urls) {
    if (!url) continue;
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      error(`"${url}" is not a URL`, node);
      continue;
    }
    if (parsed.protocol !== "https:") {
      error(`"${url}" must use https (Office loads add-in content over https only)`, node);
      continue;
    }
    if (!base || !parsed.href.startsWith(base)) continue;
    const path = decodeURIComponent(parsed.pathname.slice(new URL(base).pathname.length));
    if (path === "") continue; // the base itself (an AppDomain)
    let file;
    if (dist) file = join(dist, path);
    else if (path.startsWith("assets/")) file = join(root, path);
    else if (SOURCE_PAGES[path]) file = join(root, SOURCE_PAGES[path]);
    else {
      error(
        `"${url}": no file is known to serve ${path} (assets/… or ${Object.keys(SOURCE_PAGES).join(", ")})`,
        node,
      );
      continue;
    }
    const shown = relative(process.cwd(), file) || file;
    if (!existsSync(file) || !statSync(file).isFile()) {
      error(`"${url}" points to ${shown}, which does not exist`, node);
      continue;
    }
    if (expectSize === null && !/\.png$/i.test(path)) continue;
    const key = `${file}@${expectSize}`;
    if (checkedFiles.has(key)) continue;
    checkedFiles.add(key);
    const png = pngSize(file);
    if (png.error) error(`${shown}: ${png.error}`, node);
    else if (expectSize !== null && (png.width !== expectSize || png.height !== expectSize)) {
      error(`${shown} is ${png.width}×${png.height}, its use asks for ${expectSize}×${expectSize}`, node);
    }
  }
}

function main(argv) {
  const args = [...argv];
  const options = { info: true };
  let manifest = null;
  while (args.length) {
    const arg = args.shift();
    if (arg === "--root") options.root = resolve(args.shift() ?? ".");
    else if (arg === "--dist") options.dist = resolve(args.shift() ?? "dist");
    else if (arg === "--no-info") options.info = false;
    else if (arg === "-h" || arg === "--help") {
      console.log(
        "node src/tools/validate-manifest.mjs [manifest.xml] [--root <dir>] [--dist <dir>] [--no-info]",
      );
      return 0;
    } else if (!manifest) manifest = resolve(arg);
    else {
      console.error(`Tham số thừa / unexpected argument: ${arg}`);
      return 2;
    }
  }
  manifest ??= resolve("manifest.xml");
  if (!existsSync(manifest)) {
    console.error(`Không tìm thấy tệp / file not found: ${manifest}`);
    return 2;
  }
  const shown = relative(process.cwd(), manifest) || manifest;
  const { errors, warnings } = validateManifest(manifest, options);
  const at = (p) => `${shown}${p.line ? `:${p.line}` : ""}`;
  for (const w of warnings) console.log(`cảnh báo / warning  ${at(w)}: ${w.message}`);
  for (const e of errors) console.error(`lỗi / error  ${at(e)}: ${e.message}`);
  if (errors.length) {
    console.error(
      `${shown}: ${errors.length} lỗi, manifest không hợp lệ / ${errors.length} error(s), the manifest is not valid.`,
    );
    return 1;
  }
  console.log(
    `${shown}: hợp lệ (kiểm tra ngoại tuyến) / valid (offline checks). Kiểm tra đầy đủ của Microsoft / Microsoft's full check: npm run validate:online`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
