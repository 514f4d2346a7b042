/// <reference types="office-js" />
/**
 * The function file's script (commands.html). Both ribbon buttons open the task pane (ShowTaskpane), so no function
 * is associated today; a future ExecuteFunction button gets its handler here, under the manifest's FunctionName.
 * Compiled to ES5: Excel may load this page in the Internet Explorer webview.
 */

type CommandHandler = (event: Office.AddinCommands.Event) => void;

/** FunctionName (manifest) → handler. Each handler must call event.completed(). */
export const commandHandlers: Record<string, CommandHandler> = {};

// `typeof` rather than globalThis, which Internet Explorer lacks.
const office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office;
if (office) {
  office.onReady(() => {
    // Office.actions exists in current Office.js; old hosts without it have no function commands to run either.
    const actions = office.actions as Office.Actions | undefined;
    if (!actions) return;
    Object.keys(commandHandlers).forEach((name) => actions.associate(name, commandHandlers[name]));
  });
}
