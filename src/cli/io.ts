/**
 * What the command may touch of its process: two output streams (and
 * standard input, which only the language server reads), the working
 * directory and the environment. Tests pass fakes.
 */

/** A stream to write text to; `isTTY` says whether a terminal is behind it. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, when known (progress line). */
  readonly columns?: number;
}

export interface CliIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Standard input, for `tfmould lsp`; absent where there is none to read. */
  readonly stdin?: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}
