/**
 * Warming the parser up before a large run.
 *
 * A command-line run is a cold process: V8 optimises the scanner and the
 * parser with the type feedback of the files seen so far. Every later file
 * that takes a branch not taken before (an operator met for the first time, a
 * heredoc, CRLF line ends, an error's recovery) throws that optimised code
 * away, and the scanner, the hottest function, runs unoptimised until it has
 * been compiled again. On a large and varied tree this happens again and
 * again: parsing the 23-repository corpus cold took twice as long as after a
 * warm-up over these samples, which costs about 30 ms. Samples that take
 * every branch first give V8 the whole picture before it optimises.
 *
 * On a small run the warm-up costs more than it saves, so the engine asks
 * for it only when it has many modules to parse (`lint.ts`).
 */
import { parseNative } from "./parser.js";
import { WARM_UP_SAMPLES } from "./warm-up-samples.generated.js";

let warmedUp = false;

/** Parses the warm-up samples, once per process; the results are dropped. */
export function warmUpParser(): void {
  if (warmedUp) return;
  warmedUp = true;
  for (const [name, text] of WARM_UP_SAMPLES) parseNative(text, name);
}
