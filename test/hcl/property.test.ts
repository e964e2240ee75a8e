/**
 * Property test: for random valid HCL built from the grammar (test/hcl/hclgen.ts),
 * `toHclJson(parseNative(text))` equals what `@cdktf/hcl2json` returns, and
 * neither rejects. hcl2json is slow (a fraction of a MB/s), so inputs are small
 * and runs are few; the seed is fixed so CI is reproducible. Set HCLGEN_SEED
 * and HCLGEN_RUNS to explore further locally.
 */
import { parse as hcl2json } from "@cdktf/hcl2json";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNative } from "../../src/hcl/parser.js";
import { toHclJson } from "../../src/hcl/tohcljson.js";
import { hclAttributeDocument, hclDocument } from "./hclgen.js";

const SEED = Number(process.env.HCLGEN_SEED ?? 424242);
const RUNS = Number(process.env.HCLGEN_RUNS ?? 0);

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

async function theirs(text: string): Promise<Outcome> {
  try {
    return { ok: true, value: await hcl2json("gen.tf", text) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

function ours(text: string): Outcome {
  const file = parseNative(text, "gen.tf");
  const error = file.diagnostics.find((d) => d.severity === "error");
  if (error !== undefined) {
    return { ok: false, message: `${error.range.start.line}:${error.range.start.column}: ${error.summary}: ${error.detail}` };
  }
  try {
    return { ok: true, value: toHclJson(file) };
  } catch (e) {
    return { ok: false, message: `toHclJson threw: ${(e as Error).message}` };
  }
}

/** The property: both accept and give the same object. */
async function agree(text: string): Promise<void> {
  const expected = await theirs(text);
  // A generator bug, not a parser bug: say so plainly.
  expect(expected, "hcl2json rejected a generated document (fix the generator)").toMatchObject({ ok: true });
  const actual = ours(text);
  expect(actual, "tfmould rejected a document hcl2json accepts").toMatchObject({ ok: true });
  expect((actual as { value: unknown }).value).toStrictEqual((expected as { value: unknown }).value);
}

const options = (numRuns: number): fc.Parameters<[string]> => ({
  numRuns: RUNS > 0 ? RUNS : numRuns,
  seed: SEED,
  // Shrinking calls hcl2json for every candidate; bound it so a failure reports in time.
  interruptAfterTimeLimit: 40_000,
  markInterruptAsFailure: false,
});

describe("toHclJson agrees with hcl2json on generated HCL", () => {
  it("whole documents: attributes, nested blocks, comments, heredocs", async () => {
    await fc.assert(fc.asyncProperty(hclDocument(), agree), options(200));
  }, 60_000);

  it("single attributes with deeply nested expressions", async () => {
    await fc.assert(fc.asyncProperty(hclAttributeDocument(4), agree), options(150));
  }, 60_000);
});
