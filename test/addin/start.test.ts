/**
 * `npm start` on a Linux machine without desktop Excel, in CI: it must not prompt (no certificate install), build,
 * serve the pane over https, and tell how to sideload into Excel on the web. `npm stop` has nothing to undo there.
 */
import { describe, expect, it } from "vitest";
import { runNode, tool } from "./helpers";

describe.runIf(process.platform === "linux")("npm start on Linux", () => {
  it("builds and serves the pane over https without prompting (CI=true)", async () => {
    const port = String(41000 + Math.floor(Math.random() * 1000));
    const result = await runNode([tool("start.mjs"), "--check", "--port", port], { timeout: 280_000 });
    expect(result.stderr).not.toMatch(/sudo|password/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`https://localhost:${port}/taskpane.html`);
    expect(result.stdout).toContain("Check: served fine");
  }, 300_000);

  it("explains sideloading into Excel on the web, Vietnamese first", async () => {
    const result = await runNode([tool("start.mjs"), "--hints"]);
    expect(result.code).toBe(0);
    const vi = result.stdout.indexOf("Tải lên phần bổ trợ của tôi");
    const en = result.stdout.indexOf("Home › Add-ins › Upload My Add-in");
    expect(vi).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(vi);
    expect(result.stdout).toContain("manifest.xml");
  });

  it("npm stop says how to stop and unload", async () => {
    const result = await runNode([tool("stop.mjs")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Ctrl+C");
  });
});
