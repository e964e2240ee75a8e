#!/usr/bin/env node
// The tfmould command. All the work is in src/cli; this file only connects
// it to the process. It runs the committed bundle (bin/bundle/, `npm run
// bundle`), which needs nothing installed or built (the pre-commit hook and
// the GitHub Action run it from a plain checkout) and starts faster than
// the compiled sources' two hundred modules; or the compiled sources
// (dist/, `npm run compile`) when they were built after it, as in
// development. In a package, whose files all carry one time, the bundle.
// What a checkout needs to run it is this file, v8-flags.js and bundle/
// (the bench's packaged command and the action's and the bundle's
// end-to-end tests copy those).
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { tuningFlags } from "./v8-flags.js";

// V8 settings for a short, cold process (the reasons and figures are in
// v8-flags.js), made before any code is hot. A value given on node's own
// command line is left as it is.
for (const flag of tuningFlags(process.versions.v8, process.execArgv)) setFlagsFromString(flag);

const compiled = new URL("../dist/src/cli/index.js", import.meta.url);
const bundled = new URL("./bundle/tfmould.js", import.meta.url);
const builtAt = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
const compiledAt = builtAt(compiled);
const bundledAt = builtAt(bundled);
const newer = compiledAt !== undefined && (bundledAt === undefined || compiledAt > bundledAt) ? compiled : bundled;
const { run } = await import(newer.href);

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
  // Only the language server reads stdin; the stream is made when first asked for.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
});
// exitCode rather than exit(): output piped to another program is flushed before the process ends.
process.exitCode = code;
