/**
 * The one definition of "running under CI", shared by `npm start`, the tests and `npm run test:excel`: CI set to any
 * value but "false" or "0" (any letter case), as CI services set it ("true", "True", "1", "TRUE"). Under CI a
 * missing tool (LibreOffice, Chromium, desktop Excel) is a failure, never a silent skip.
 */
export function isCI(env = process.env) {
  const value = env.CI;
  return value !== undefined && value !== "" && !["false", "0"].includes(value.trim().toLowerCase());
}
