/** Recognizing indicators by name lives with the catalogs (src/core/catalog/recognize.ts). */
export * from "../catalog/recognize";
