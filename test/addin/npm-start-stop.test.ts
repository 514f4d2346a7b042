/**
 * `npm start` as a developer runs it: through npm and its shell. GET / answers with a page linking the pane and the
 * web page; SIGTERM to npm (what a terminal's close, a process manager or `kill` sends) leaves nothing serving: the
 * port is free and every process npm started is gone.
 */
import { spawn } from "node:child_process";
import https from "node:https";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers";

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false, timeout: 30_000 }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"]), body }),
        );
      })
      .on("error", reject);
  });
}

/** Whether something accepts connections on localhost:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "localhost", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Whether any process of process group `pgid` is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return condition();
}

describe.runIf(process.platform === "linux")("npm start / SIGTERM", () => {
  it("serves a landing page at / and stops everything it started on SIGTERM", async () => {
    const port = 42000 + Math.floor(Math.random() * 1000);
    // Its own process group, so that the test can see every process npm started (the shell, node).
    const npm = spawn("npm", ["start", "--", "--no-sideload", "--port", String(port)], {
      cwd: repoRoot,
      env: { ...process.env, CI: "true" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const pgid = npm.pid!;
    try {
      const served = await waitFor(() => output.includes("compiled successfully"), 240_000);
      expect(served, output).toBe(true);

      const landing = await get(`https://localhost:${port}/`);
      expect(landing.status).toBe(200);
      expect(landing.type).toContain("text/html");
      expect(landing.body).toContain('href="taskpane.html"');
      expect(landing.body).toContain('href="web/app.html"');
      expect(landing.body).not.toContain("Cannot GET");
      // Vietnamese first, English beside.
      expect(landing.body.indexOf("Ngăn làm việc")).toBeGreaterThan(0);
      expect(landing.body.indexOf("Ngăn làm việc")).toBeLessThan(landing.body.indexOf("Task pane"));
      // The pane itself is still served where the manifest points.
      expect((await get(`https://localhost:${port}/taskpane.html`)).body).toContain("phulucLoad(");

      process.kill(pgid, "SIGTERM"); // npm only, as a process manager would
      expect(await waitFor(async () => !(await listening(port)), 20_000)).toBe(true);
      expect(await waitFor(() => !groupAlive(pgid), 20_000), output).toBe(true);
    } finally {
      if (groupAlive(pgid)) process.kill(-pgid, "SIGKILL");
    }
  }, 300_000);
});
