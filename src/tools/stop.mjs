/**
 * `npm stop`: where desktop Excel is (Windows, macOS), `office-addin-debugging stop manifest.xml` removes the
 * sideloaded add-in and stops a dev server it started. Elsewhere there is nothing to undo on this machine: say how
 * to stop the server and remove the add-in from Excel on the web.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

if (process.platform === "win32" || process.platform === "darwin") {
  const cli = join(dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
  const run = spawnSync(process.execPath, [cli, "stop", join(root, "manifest.xml"), "desktop"], {
    cwd: root,
    stdio: "inherit",
  });
  process.exitCode = run.status ?? 1;
} else {
  console.log(
    [
      "Trên máy này không có Excel cài sẵn để gỡ phần bổ trợ:",
      "   - Dừng máy chủ phát triển bằng Ctrl+C trong cửa sổ đang chạy npm start.",
      "   - Excel trên web giữ phần bổ trợ đã tải lên cho tới khi xóa bộ nhớ đệm (cache) của trình duyệt.",
      "",
      "No desktop Excel on this machine to remove the add-in from:",
      "   - Stop the development server with Ctrl+C in the window running npm start.",
      "   - Excel on the web keeps an uploaded add-in until the browser's cache is cleared.",
    ].join("\n"),
  );
}
