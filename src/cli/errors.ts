/**
 * Errors the command reports as one line on stderr with exit code 2 (no
 * stack trace): bad usage, and failures it expects, like a missing path.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
