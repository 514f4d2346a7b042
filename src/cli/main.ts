/**
 * The `phuluc` command line. `run` takes the arguments and two writers and returns the exit code, so tests can
 * drive it in-process; src/cli/phuluc.ts is the thin executable around it.
 *
 * Exit codes: 0 done (fix: also when it only listed the changes; `phuluc` alone prints the help); 1 findings of
 * severity error (check: a table with no figures is one) or files kept out of the totals (tong-hop); 2 an input could
 * not be used, or the output could not or must not be written (an existing file is never replaced without a yes on
 * a terminal or --ghi-de), one line on stderr; 3 a fault of the tool itself (see phuluc.ts).
 */
import { Command, CommanderError, Help, Option } from "commander";
import { t, type Lang, type MessageKey } from "../core/i18n/messages";
import { templates } from "../core/templates";
import { runTemplates } from "./commands/templates";
import { runNew } from "./commands/new";
import { runFill, type FillOptions } from "./commands/fill";
import { runConfirm, type ConfirmOptions } from "./commands/xac-nhan";
import { runDemo } from "./commands/demo";
import { runFix, type FixCommandOptions } from "./commands/fix";
import { FIXABLE_CODES } from "../core/fixes";
import { runCheck, type CheckCommandOptions } from "./commands/check";
import { runTongHop, type TongHopOptions } from "./commands/tong-hop";
import { UserError, type Context, type Output } from "./context";
import { collect } from "./readings";
import { protectionRefusal } from "./workbook-files";

export type { Output } from "./context";

function languageOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "vi";
  const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "vi";
}

/** The arguments without the --lang option and its value. */
function withoutLanguage(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang") i++;
    else if (!argv[i].startsWith("--lang=")) rest.push(argv[i]);
  }
  return rest;
}

/** Commander's help with its English words (Usage:, Options:, default:, choices:) said in the reader's language. */
function helpIn(ctx: Context): Partial<Help> {
  const titles: Record<string, string> = {
    "Usage:": ctx.say("cli.help.usage"),
    "Options:": ctx.say("cli.help.options"),
    "Commands:": ctx.say("cli.help.commands"),
    "Arguments:": ctx.say("cli.help.arguments"),
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription(this: Help, option: Option): string {
      return Help.prototype.optionDescription
        .call(this, option)
        .replace(/ \(default: false\)$/, "")
        .replace(/\(default: /g, `(${ctx.say("cli.help.default")}: `)
        .replace(/\(choices: /g, `(${ctx.say("cli.help.choices")}: `)
        .replace(/, default: /g, `, ${ctx.say("cli.help.default")}: `);
    },
  };
}

export async function run(argv: string[], io: Output): Promise<number> {
  const lang = languageOf(argv);
  const ctx: Context = { lang, io, say: (key, params) => t(lang, key, params) };
  let exitCode = 0;
  const program = rootCommand(ctx);
  const done = (code: number) => {
    exitCode = code;
  };
  for (const add of commands) add(program, ctx, done);
  // `phuluc` alone (or with only --lang): the help, as the reader asked for nothing else; not a usage error.
  if (withoutLanguage(argv).length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (thrown) {
    const error = protectionRefusal(thrown) ?? thrown;
    if (error instanceof UserError) {
      io.err(ctx.say(error.key, error.params));
      return 2;
    }
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      if (error.exitCode === 0) return 0;
      io.err(usageMessage(ctx, error));
      return 2;
    }
    throw error;
  }
}

/** `phuluc` itself: its --lang option, its help in the reader's language, its output through `io`. */
function rootCommand(ctx: Context): Command {
  const { io } = ctx;
  return (
    new Command("phuluc")
      .description(ctx.say("cli.description"))
      .addOption(new Option("--lang <lang>", ctx.say("cli.opt.lang")).choices(["vi", "en"]).default("vi"))
      // The help in the reader's language: commander's own headings and notes, and the help option and command.
      .configureHelp(helpIn(ctx))
      .helpOption("-h, --help", ctx.say("cli.help.opt.help"))
      .helpCommand("help [command]", ctx.say("cli.help.command"))
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.out(s.replace(/\n$/, "")),
        writeErr: (s) => io.err(s.replace(/\n$/, "")),
        // Usage errors are said in the reader's language once parsing has failed (see usageMessage).
        outputError: () => undefined,
      })
  );
}

/** Each command of `phuluc`, in the order its help lists them; `done` takes the command's exit code. */
type AddCommand = (program: Command, ctx: Context, done: (code: number) => void) => void;

const templatesCommand: AddCommand = (program, ctx, done) => {
  program
    .command("templates")
    .description(ctx.say("cli.templates.description"))
    .action(() => {
      done(runTemplates(ctx));
    });
};

const newCommand: AddCommand = (program, ctx, done) => {
  program
    .command("new")
    .description(ctx.say("cli.new.description"))
    .argument("<template-id...>", templates.map((tpl) => tpl.id).join(", "))
    .requiredOption("--year <N>", ctx.say("cli.new.opt.year"))
    .option("--unit <unit>", ctx.say("cli.new.opt.unit"))
    .addOption(
      new Option("--level <level>", "xa | huyen | tinh").choices(["xa", "huyen", "tinh"]).default("huyen"),
    )
    .requiredOption("-o, --output <file>", ctx.say("cli.opt.output"))
    .option("--ghi-de", ctx.say("cli.opt.ghi-de"), false)
    .action(
      async (
        ids: string[],
        opts: { year: string; unit?: string; level: "xa" | "huyen" | "tinh"; output: string; ghiDe: boolean },
      ) => {
        done(await runNew(ctx, ids, opts));
      },
    );
};

const fillCommand: AddCommand = (program, ctx, done) => {
  program
    .command("fill")
    .description(ctx.say("cli.fill.description"))
    .argument("<in.xlsx>")
    .requiredOption("-o, --output <file>", ctx.say("cli.opt.output"))
    .option("--overwrite", ctx.say("cli.fill.opt.overwrite"), false)
    .option("--all", ctx.say("cli.fill.opt.all"), false)
    .option("--ghi-de", ctx.say("cli.opt.ghi-de"), false)
    .option("--year <N>", ctx.say("cli.opt.year-table"))
    .option("--column <spec>", ctx.say("cli.opt.column"), collect, [])
    .action(async (input: string, opts: FillOptions) => {
      done(await runFill(ctx, input, opts));
    });
};

const fixCommand: AddCommand = (program, ctx, done) => {
  program
    .command("fix")
    .description(ctx.say("cli.fix.description"))
    .argument("<in.xlsx>")
    .requiredOption("-o, --output <file>", ctx.say("cli.opt.output"))
    .option("--only <kinds>", ctx.say("cli.fix.opt.only", { kinds: FIXABLE_CODES.join(", ") }))
    .option("--yes", ctx.say("cli.fix.opt.yes"), false)
    .option("--ghi-de", ctx.say("cli.opt.ghi-de"), false)
    .option("--year <N>", ctx.say("cli.opt.year-table"))
    .option("--column <spec>", ctx.say("cli.opt.column"), collect, [])
    .action(async (input: string, opts: FixCommandOptions) => {
      done(await runFix(ctx, input, opts));
    });
};

const confirmCommand: AddCommand = (program, ctx, done) => {
  program
    .command("xac-nhan")
    .description(ctx.say("cli.xac-nhan.description"))
    .argument("<in.xlsx>")
    .requiredOption("-o, --output <file>", ctx.say("cli.opt.output"))
    .option("--year <N>", ctx.say("cli.opt.year-table"))
    .option("--column <spec>", ctx.say("cli.opt.column"), collect, [])
    .option("--ghi-de", ctx.say("cli.opt.ghi-de"), false)
    .action(async (input: string, opts: ConfirmOptions) => {
      done(await runConfirm(ctx, input, opts));
    });
};

const checkCommand: AddCommand = (program, ctx, done) => {
  program
    .command("check")
    .description(ctx.say("cli.check.description"))
    .argument("<file-or-folder...>")
    .option("--year <N>", ctx.say("cli.check.opt.year"))
    .addOption(new Option("--level <level>", ctx.say("cli.check.opt.level")).choices(["xa", "huyen", "tinh"]))
    .option("--json", ctx.say("cli.check.opt.json"), false)
    .option("--all", ctx.say("cli.check.opt.all"), false)
    .option("--column <spec>", ctx.say("cli.opt.column"), collect, [])
    .action(async (inputs: string[], opts: CheckCommandOptions) => {
      done(await runCheck(ctx, inputs, opts));
    });
};

const tongHopCommand: AddCommand = (program, ctx, done) => {
  program
    .command("tong-hop")
    .description(ctx.say("cli.tong-hop.description"))
    .argument("<file-or-folder...>")
    .requiredOption("-o, --output <file>", ctx.say("cli.opt.output"))
    .option("--year <N>", ctx.say("cli.tong-hop.opt.year"))
    .option("--ghi-de", ctx.say("cli.opt.ghi-de"), false)
    .action(async (inputs: string[], opts: TongHopOptions) => {
      done(await runTongHop(ctx, inputs, opts));
    });
};

const demoCommand: AddCommand = (program, ctx, done) => {
  program
    .command("demo")
    .description(ctx.say("cli.demo.description"))
    .option("--year <N>", ctx.say("cli.new.opt.year"))
    .option("-o, --output <file>", ctx.say("cli.opt.output"))
    .option("--ghi-de", ctx.say("cli.opt.ghi-de"), false)
    .action(async (opts: { year?: string; output?: string; ghiDe: boolean }) => {
      done(await runDemo(ctx, opts));
    });
};

const commands: readonly AddCommand[] = [
  templatesCommand,
  newCommand,
  fillCommand,
  fixCommand,
  confirmCommand,
  checkCommand,
  tongHopCommand,
  demoCommand,
];

const usageKeys: Record<string, MessageKey> = {
  "commander.missingMandatoryOptionValue": "error.usage.missing-option",
  "commander.missingArgument": "error.usage.missing-argument",
  "commander.optionMissingArgument": "error.usage.option-value",
  "commander.invalidArgument": "error.usage.invalid-value",
  "commander.unknownOption": "error.usage.unknown-option",
  "commander.unknownCommand": "error.usage.unknown-command",
  "commander.excessArguments": "error.usage.excess-arguments",
};

/** Commander's usage errors, in the reader's language: the quoted names in its message are the parameters. */
function usageMessage(ctx: Context, error: CommanderError): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const choices = /Allowed choices are (.*?)\.?$/.exec(error.message)?.[1] ?? "";
  const key = usageKeys[error.code];
  if (!key) return ctx.say("error.usage", { detail: error.message.replace(/^error: /, "") });
  return ctx.say(key, {
    item: quoted[0] ?? "",
    value: quoted[1] ?? "",
    choices,
    commands: "templates, new, fill, fix, check, xac-nhan, tong-hop, demo",
  });
}
