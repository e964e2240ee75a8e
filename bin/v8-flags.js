// The V8 settings the command makes before any of its code is hot. A run of
// the command is a short, cold process, and V8's optimising compiler (on its
// own thread, but CPU all the same) spends more compiling than the compiled
// code gives back before the process ends. Each setting was measured against
// V8's default on the 23-repository corpus (5 to 11 alternating runs):
// - Inlining only small functions (30 bytes of bytecode, near V8's own
//   small-function limit of 27, instead of 460): on Node 20, 0.78-0.80x the
//   CPU and 0.87-0.89x the wall time there, 0.79x the CPU on the AWS
//   security-group modules, 0.85x on eks, 0.94x on a 16-file module, 0.89x
//   for a re-run from the cache; on Node 22, 0.81x the CPU and 0.88x the
//   wall time on the corpus.
// - Optimising a function after 16 rounds of its profiler's budget instead
//   of 3, so that only what stays hot is compiled: on Node 20, a further
//   0.94x the CPU at the same wall time on the corpus, 0.96x on aztfmod's
//   CAF, 0.90x on eks, 0.98x on the security-group modules, 0.99x on a
//   16-file module and on a re-run from the cache; 8 and 32 rounds gained
//   less. V8 11.8 (Node 21) counts invocations instead and has no such
//   flag; its nearest (`--invocation-count-for-turbofan`, 12,000 instead of
//   3,000) gave 0.92x the CPU on Node 22 but 1.035x the wall time, so it is
//   not set.
// Set this early, every optimised function is compiled under them, and they
// hold for the lint worker threads too.

/** Each flag, its value, and the last V8 version (major, minor) that knows it, if it is not in every one. */
const SETTINGS = [
  { flag: "max-inlined-bytecode-size", value: 30 },
  { flag: "ticks-before-optimization", value: 16, knownUpTo: [11, 3] },
];

/**
 * The flags to give `v8.setFlagsFromString`, as `--name=value`: each setting
 * this V8 knows (an unknown flag is printed as an error on every run) and
 * that node's own command line does not already give.
 *
 * @param {string} v8Version `process.versions.v8`
 * @param {readonly string[]} execArgv `process.execArgv`
 * @returns {string[]}
 */
export function tuningFlags(v8Version, execArgv) {
  const [major, minor] = v8Version.split(".").map(Number);
  const known = (upTo) => upTo === undefined || major < upTo[0] || (major === upTo[0] && minor <= upTo[1]);
  return SETTINGS.filter(({ flag, knownUpTo }) => {
    const given = new RegExp(`^--${flag.replaceAll("-", "[-_]")}(?![-_a-z])`);
    return known(knownUpTo) && !execArgv.some((a) => given.test(a));
  }).map(({ flag, value }) => `--${flag}=${value}`);
}
