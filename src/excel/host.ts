/// <reference types="office-js" />
/**
 * The parts of the common Office API (`Office.context`) the adapter uses: requirement-set checks and the document's
 * settings bag (its records: store.ts). Injectable so tests need no global `Office`.
 */
import { PortError } from "./errors";

export interface OfficeHost {
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** `Office.context.document.settings`: a property bag saved inside the workbook. */
  settings: Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;
}

/** The host of the running add-in, from the global `Office`. */
export function officeHost(): OfficeHost {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.context?.document?.settings) throw new PortError("unknown", "Office.js is not loaded");
  return {
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    settings: office.context.document.settings,
  };
}

/**
 * Whether the host supports ExcelApi `version` ("1.7"). The one feature check of the adapter; a host that cannot
 * answer (no requirements object) supports only 1.1.
 */
export function supports(host: Pick<OfficeHost, "isSetSupported">, version: string): boolean {
  if (version === "1.1") return true;
  try {
    return host.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
