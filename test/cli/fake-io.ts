/** An in-memory `CliIO` for running the command inside a test. */
import type { CliIO } from "../../src/cli/io.js";

export interface FakeIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIO(cwd: string, options: { env?: Record<string, string>; stdoutTTY?: boolean; stderrTTY?: boolean } = {}): FakeIO {
  let out = "";
  let err = "";
  return {
    stdout: { write: (t: string) => (out += t), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (t: string) => (err += t), isTTY: options.stderrTTY ?? false },
    cwd,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
