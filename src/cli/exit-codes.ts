/** The command's exit codes. */

/** Nothing at or above the failing level (warnings within `--max-warnings`). */
export const EXIT_OK = 0;
/** Findings: an error, or more warnings than `--max-warnings` allows. */
export const EXIT_FINDINGS = 1;
/** Usage, config or internal error. */
export const EXIT_ERROR = 2;

/** `tfmould lsp`: the editor ended the session without `shutdown` first (LSP's exit code 1). */
export const EXIT_LSP_NO_SHUTDOWN = 1;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FINDINGS | typeof EXIT_ERROR | typeof EXIT_LSP_NO_SHUTDOWN;
