/**
 * The host's browser bundle (webpack config "office-host" → test-output/office-host/office-host.js). The end-to-end tests
 * serve it in place of office.js, prefixed with `globalThis.__officeHostOptions = {…}` (HostOptions: API level and
 * the document); it installs `Office`, `Excel`, `OfficeExtension` and the test's handle `officeHost` on the page.
 */
import { installOfficeHost, type HostOptions } from "./host";

const g = globalThis as { __officeHostOptions?: HostOptions };
installOfficeHost(globalThis, g.__officeHostOptions ?? { apiVersion: 12 });
