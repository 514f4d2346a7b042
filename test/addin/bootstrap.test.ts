// @vitest-environment jsdom
/** What the pane does before React (src/taskpane/bootstrap.ts): the view from the address, Office.js, plain messages. */
/// <reference types="office-js" />
import { describe, expect, it } from "vitest";
import { showStartProblem, viewFromSearch, waitForOffice } from "../../src/taskpane/bootstrap";

const HostType = { Excel: "Excel", Word: "Word" } as unknown as typeof Office.HostType;
const fakeOffice = (
  onReady: () => Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>,
) => ({ HostType, onReady }) as unknown as typeof Office;

describe("viewFromSearch", () => {
  it("reads the view the ribbon button asks for", () => {
    expect(viewFromSearch("?view=check")).toBe("check");
    expect(viewFromSearch("?view=insert&_host_Info=Excel$Win32")).toBe("insert");
  });
  it("ignores what is not a view", () => {
    expect(viewFromSearch("")).toBeUndefined();
    expect(viewFromSearch("?view=delete")).toBeUndefined();
  });
});

describe("waitForOffice", () => {
  it("starts inside Excel", async () => {
    const office = fakeOffice(() => Promise.resolve({ host: HostType.Excel, platform: null }));
    expect(await waitForOffice(office)).toEqual({ ok: true, host: "Excel" });
  });
  it("says when the page is open outside Excel", async () => {
    const office = fakeOffice(() => Promise.resolve({ host: null, platform: null }));
    expect(await waitForOffice(office)).toEqual({ ok: false, problem: "outside-excel" });
  });
  it("says when Office.js did not load", async () => {
    expect(await waitForOffice(undefined)).toEqual({ ok: false, problem: "no-office-js" });
  });
  it("does not wait for ever", async () => {
    const office = fakeOffice(() => new Promise(() => {}));
    expect(await waitForOffice(office, 20)).toEqual({ ok: false, problem: "office-timeout" });
  });
});

describe("showStartProblem", () => {
  it("replaces the pane with a plain message, Vietnamese first, pointing to the web page", () => {
    const container = document.createElement("div");
    container.innerHTML = "<p>Đang mở…</p>";
    showStartProblem(container, "outside-excel");
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.getAttribute("data-problem")).toBe("outside-excel");
    const text = container.textContent ?? "";
    expect(text).not.toContain("Đang mở");
    expect(text).toContain("Trang này chạy trong Excel");
    expect(text.indexOf("Đây là ngăn")).toBeLessThan(text.indexOf("This is the Excel add-in"));
    expect(text).toMatch(/\/web\/app\.html/);
  });
  it("shows the error's line when the pane crashed", () => {
    const container = document.createElement("div");
    showStartProblem(container, "crash", "TypeError: x is undefined");
    expect(container.querySelector("pre")?.textContent).toBe("TypeError: x is undefined");
  });
});
