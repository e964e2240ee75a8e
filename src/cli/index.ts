/**
 * The command-line interface: `run(argv, io)` returns the exit code.
 */
export { run, exitCode } from "./run.js";
export { EXIT_OK, EXIT_FINDINGS, EXIT_ERROR } from "./exit-codes.js";
export type { ExitCode } from "./exit-codes.js";
export type { CliIO, OutputStream } from "./io.js";
