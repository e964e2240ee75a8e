#!/usr/bin/env node
// The tfmould command. All the work is in src/cli; this file only connects
// it to the process. It runs the committed bundle (bin/bundle/, `npm run
// bundle`), which needs nothing installed or built (the pre-commit hook and
// the GitHub Action run it from a plain checkout) and starts faster than
// the compiled sources' two hundred modules; or the compiled sources
// (dist/, `npm run compile`) when they were built after it, as in
// development. In a package, whose files all carry one time, the bundle.
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// A run of the command is a short, cold process, and V8's optimising
// compiler (on its own thread, but CPU all the same) spends more compiling
// than the compiled code gives back before the process ends. Two settings,
// each measured against V8's default on the 23-repository corpus (5 to 11
// alternating runs):
// - Inlining only small functions (30 bytes of bytecode, near V8's own
//   small-function limit of 27, instead of 460): 0.78-0.80x the CPU and
//   0.87-0.89x the wall time there, 0.79x the CPU on the AWS security-group
//   modules, 0.85x on eks, 0.94x on a 16-file module, 0.89x for a re-run
//   from the cache.
// - Optimising a function after 16 rounds of its profiler's budget instead
//   of 3, so that only what stays hot is compiled: a further 0.94x the CPU
//   at the same wall time on the corpus, 0.96x on aztfmod's CAF, 0.90x on
//   eks, 0.98x on the security-group modules, 0.99x on a 16-file module and
//   on a re-run from the cache; 8 and 32 rounds gained less.
// They are set before any code is hot, so every optimised function is
// compiled under them, and they hold for the lint worker threads too. A
// value given on node's own command line is left as it is.
for (const [flag, value] of [
  ["max-inlined-bytecode-size", 30],
  ["ticks-before-optimization", 16],
]) {
  const given = new RegExp(`^--${flag.replaceAll("-", "[-_]")}(?![-_a-z])`);
  if (!process.execArgv.some((a) => given.test(a))) setFlagsFromString(`--${flag}=${value}`);
}

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
