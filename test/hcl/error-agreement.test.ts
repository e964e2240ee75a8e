/**
 * Differential test of syntax errors: seeded mutations of the repository's
 * own fixtures (fixtures/hcl/ and fixtures/rules/), each parsed by our parser
 * and by `@cdktf/hcl2json` (HashiCorp's hclsyntax). The two must always agree
 * on the verdict, and on nearly every input both reject they must report the
 * same set of errors (line, column, summary): users get one finding per
 * error, so an error hclsyntax does not report is noise.
 *
 * To look at a failure in a larger sample, run the same comparison on any
 * folder: `npm run compile && node dist/bench/error-agreement.js <dir> --show 20`.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { agreement, compareErrors, emptyStats, formatStats, record } from "../../bench/error-agreement.js";
import type { Comparison } from "../../bench/error-agreement.js";
import { listFixtures, mutate, prng } from "./mutate.js";

const ROOT = join(import.meta.dirname, "../..");
const SEED = 0x5eed_e44;
const CASES = 400;
/** The share of inputs both reject whose error sets must be equal, in percent (all of them, at the time of writing). */
const MIN_AGREEMENT = 100;

const show = (s: string): string => JSON.stringify(s.length > 300 ? s.slice(0, 300) + "…" : s);

describe("syntax errors agree with hclsyntax on mutated fixtures", () => {
  const files = [...listFixtures(join(ROOT, "fixtures/hcl")), ...listFixtures(join(ROOT, "fixtures/rules"))];

  it("has fixtures to mutate", () => {
    expect(files.length).toBeGreaterThanOrEqual(500);
  });

  it(`agrees on the verdict of all ${CASES} inputs and on the errors of ${MIN_AGREEMENT}% (or more) of those both reject`, async () => {
    const rnd = prng(SEED);
    const stats = emptyStats();
    const verdicts: string[] = [];
    const errorSets: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const path = files[Math.floor(rnd() * files.length)];
      const { text, steps } = mutate(readFileSync(path, "utf8"), rnd);
      const c: Comparison = await compareErrors(text);
      record(stats, c);
      const where = `${relative(ROOT, path)} (${steps.join("+")})`;
      if (c.kind === "only-we-reject" || c.kind === "only-they-reject" || c.kind === "they-fail-otherwise") {
        verdicts.push(`${where}: ${JSON.stringify(c).slice(0, 300)}\n  input: ${show(text)}`);
      } else if (c.kind === "different-errors") {
        errorSets.push(`${where}: ours only ${JSON.stringify(c.oursOnly)}, theirs only ${JSON.stringify(c.theirsOnly)}\n  input: ${show(text)}`);
      }
    }
    expect(stats.cases).toBe(CASES);
    expect(verdicts, verdicts.join("\n")).toEqual([]);
    // Enough inputs both reject for the percentage to mean something.
    expect(stats.bothReject).toBeGreaterThan(CASES / 2);
    expect(agreement(stats), `${formatStats(stats)}\n\n${errorSets.slice(0, 10).join("\n")}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, 60_000);
});
