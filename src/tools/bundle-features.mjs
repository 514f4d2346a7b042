/**
 * What a built bundle needs of the engine that runs it, read from its syntax tree (acorn): the syntax newer than
 * ES2016 it uses, and the newer built-ins it names. taskpane.html's engine probe (src/taskpane/ie-fallback.js) must
 * test exactly these; test/addin/build.test.ts compares the two on every production build.
 *
 * ES2015–2016 syntax (classes, arrows, let/const, template literals, generators, **) is not listed: every engine
 * that has optional chaining (ES2020) has it.
 * Built-ins are found by name (a global such as WeakRef, or a method name such as .allSettled), so a method of our own
 * with a built-in's name is found too: the caller decides which names are ours.
 *
 *   node src/tools/bundle-features.mjs dist/js/taskpane.*.js
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";

/** Globals added after ES2017 (or by the web platform since Safari 13 / Chromium 80) that a bundle may name. */
const NEW_GLOBALS = [
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
  "globalThis",
  "queueMicrotask",
  "structuredClone",
  "ResizeObserver",
  "BigInt",
];
/** Methods added after ES2017, by name. */
const NEW_METHODS = [
  "allSettled",
  "any",
  "matchAll",
  "replaceAll",
  "fromEntries",
  "flat",
  "flatMap",
  "at",
  "findLast",
  "findLastIndex",
  "hasOwn",
  "toSorted",
  "toReversed",
  "toSpliced",
  "groupBy",
];

/** { syntax: sorted feature ids, builtins: sorted names ("WeakRef", ".allSettled") } of a script's source. */
export function bundleFeatures(code) {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
  const syntax = new Set();
  const builtins = new Set();
  const visit = (node, parent) => {
    switch (node.type) {
      case "FunctionExpression":
      case "FunctionDeclaration":
      case "ArrowFunctionExpression":
        if (node.async && node.generator) syntax.add("async-generators");
        else if (node.async) syntax.add("async-functions");
        break;
      case "ForOfStatement":
        if (node.await) syntax.add("for-await-of");
        break;
      case "SpreadElement":
        if (parent && parent.type === "ObjectExpression") syntax.add("object-rest-spread");
        break;
      case "RestElement":
        if (parent && parent.type === "ObjectPattern") syntax.add("object-rest-spread");
        break;
      case "CatchClause":
        if (!node.param) syntax.add("optional-catch-binding");
        break;
      case "ChainExpression":
        syntax.add("optional-chaining");
        break;
      case "LogicalExpression":
        if (node.operator === "??") syntax.add("nullish-coalescing");
        break;
      case "AssignmentExpression":
        if (node.operator === "??=" || node.operator === "||=" || node.operator === "&&=")
          syntax.add("logical-assignment");
        break;
      case "ImportExpression":
        syntax.add("dynamic-import");
        break;
      case "PropertyDefinition":
        syntax.add("class-fields");
        break;
      case "PrivateIdentifier":
        syntax.add("private-members");
        break;
      case "StaticBlock":
        syntax.add("class-static-block");
        break;
      case "Literal":
        if (node.bigint !== undefined) syntax.add("bigint");
        if (typeof node.value === "number" && /_/.test(node.raw)) syntax.add("numeric-separators");
        if (node.regex) {
          const { pattern, flags } = node.regex;
          if (/\(\?<[=!]/.test(pattern)) syntax.add("regexp-lookbehind");
          if (/\(\?<[A-Za-z_$]/.test(pattern) || /\\k</.test(pattern)) syntax.add("regexp-named-groups");
          if (/\\[pP]\{/.test(pattern) && /[uv]/.test(flags)) syntax.add("regexp-unicode-property-escapes");
          if (flags.includes("s")) syntax.add("regexp-dotall");
          if (flags.includes("d")) syntax.add("regexp-match-indices");
          if (flags.includes("v")) syntax.add("regexp-v-flag");
        }
        break;
      case "Identifier":
        if (NEW_GLOBALS.includes(node.name)) builtins.add(node.name);
        break;
      case "MemberExpression":
        if (!node.computed && node.property.type === "Identifier" && NEW_METHODS.includes(node.property.name))
          builtins.add(`.${node.property.name}`);
        break;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child.type === "string") visit(child, node);
      } else if (value && typeof value.type === "string") visit(value, node);
    }
  };
  visit(ast, null);
  return { syntax: [...syntax].sort(), builtins: [...builtins].sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    console.log(file, JSON.stringify(bundleFeatures(readFileSync(file, "utf8")), null, 2));
  }
}
