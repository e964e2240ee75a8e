/** Whether the arguments ask for the language server (`tfmould lsp`, `tfmould --lsp`); kept apart so that the command learns it without loading the server. */
export function isLspCommand(argv: readonly string[]): boolean {
  return argv[0] === "lsp" || argv.includes("--lsp");
}
