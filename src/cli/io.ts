/**
 * What the command may touch of its process: two output streams, the
 * working directory and the environment. Tests pass fakes.
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
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}
