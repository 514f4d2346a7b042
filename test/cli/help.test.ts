/** `phuluc --help` in the reader's language: commander's own words too, not only our descriptions. */
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

async function help(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await run(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, text: lines.join("\n") };
}

describe("phuluc --help", () => {
  it("is Vietnamese throughout by default", async () => {
    const { code, text } = await help(["--help"]);
    expect(code).toBe(0);
    expect(text).toMatch(/^Cách dùng: phuluc /);
    expect(text).toContain("\nTùy chọn:\n");
    expect(text).toContain("\nCác lệnh:\n");
    expect(text).toMatch(/-h, --help +xem hướng dẫn của lệnh/);
    expect(text).toMatch(/help \[command\] +xem hướng dẫn của một lệnh/);
    expect(text).toContain('(chọn một trong: "vi", "en", mặc định: "vi")');
    expect(text).not.toMatch(/Usage:|Options:|Commands:|display help|default:|choices:/);
  });

  it("says a command's defaults in Vietnamese and leaves out a switch's default false", async () => {
    const { text } = await help(["check", "--help"]);
    expect(text).toMatch(/^Cách dùng: phuluc check /);
    expect(text).toMatch(/--json +in kết quả dạng JSON\n/);
    expect(text).not.toMatch(/default|false/);
  });

  it("stays English with --lang en", async () => {
    const { text } = await help(["--lang", "en", "new", "--help"]);
    expect(text).toMatch(/^Usage: phuluc new /);
    expect(text).toContain("\nArguments:\n");
    expect(text.replace(/\s+/g, " ")).toContain(`(choices: "xa", "huyen", "tinh", default: "huyen")`);
  });
});
