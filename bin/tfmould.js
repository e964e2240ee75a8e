#!/usr/bin/env node
// The tfmould command. All the work is in src/cli (compiled to dist/);
// this file only connects it to the process.
import { run } from "../dist/src/cli/index.js";

// A reader that stops early (`tfmould | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
// exitCode rather than exit(): output piped to another program is flushed before the process ends.
process.exitCode = code;
