/**
 * `tfmould lsp` (or `tfmould --lsp`): the language server on stdin and
 * stdout, until the editor ends the session. Editors' LSP clients add
 * options of their own when they start a server; those that only say how to
 * connect (`--stdio`, `--clientProcessId`) are accepted, since stdio is the
 * only way this server speaks.
 */
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { startLanguageServer } from "../lsp/index.js";
import { UsageError } from "./errors.js";
import { EXIT_LSP_NO_SHUTDOWN, EXIT_OK } from "./exit-codes.js";
import type { ExitCode } from "./exit-codes.js";
import type { CliIO } from "./io.js";

export const LSP_HELP = `Usage: tfmould lsp
       tfmould --lsp

Starts the tfmould language server: it speaks the Language Server Protocol
on standard input and output and lints the Terraform files the editor has
open (unsaved changes included), with the same configuration, severities
and suppressions as the command. See the README for editor set-up.

Options:
      --allow-plugins       load the plugins that the configs of linted modules
                            name (a plugin runs its own code: only for
                            repositories you trust); without it their rules do
                            not run, and each file says so
      --stdio               accepted for editors that pass it (stdio is the only transport)
  -h, --help                print this help, and exit
`;

/** Runs the server until the editor says `exit` or closes the connection. */
export async function runLsp(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const rest = argv[0] === "lsp" ? argv.slice(1) : argv.filter((a) => a !== "--lsp");
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { stdio: { type: "boolean" }, clientProcessId: { type: "string" }, "allow-plugins": { type: "boolean" }, help: { type: "boolean", short: "h" }, debug: { type: "boolean" } },
      allowPositionals: false,
      strict: true,
    });
  } catch {
    throw new UsageError(`tfmould lsp takes no options but --allow-plugins and --stdio, got: ${rest.join(" ")} (see tfmould lsp --help)`);
  }
  if (parsed.values.help) {
    io.stdout.write(LSP_HELP);
    return EXIT_OK;
  }
  const output = io.stdout;
  if (io.stdin === undefined || !(output instanceof Writable)) {
    throw new UsageError("the language server speaks over standard input and output, which are not available here");
  }
  const code = await startLanguageServer(io.stdin, output, { allowPlugins: parsed.values["allow-plugins"] === true });
  return code === 0 ? EXIT_OK : EXIT_LSP_NO_SHUTDOWN;
}
