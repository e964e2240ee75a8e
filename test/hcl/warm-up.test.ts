/**
 * The parser's warm-up samples (`src/hcl/warm-up.ts`): the embedded copy is
 * the fixtures' current text, and the samples take the scanner through every
 * kind of token it produces, which is what a warm-up is for.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../docs/generate.js";
import { WARM_UP_SAMPLES_FILE, warmUpSampleFiles, warmUpSamplesModule } from "../../docs/generate-warm-up.js";
import { scan } from "../../src/hcl/lexer.js";
import { LineIndex } from "../../src/hcl/positions.js";
import { T } from "../../src/hcl/tokens.js";
import { WARM_UP_SAMPLES } from "../../src/hcl/warm-up-samples.generated.js";
import { warmUpParser } from "../../src/hcl/warm-up.js";

const root = repositoryRoot();

describe("warm-up samples", () => {
  it("are the fixtures' current text (run `npm run warm-up-samples` after changing fixtures/hcl)", () => {
    expect(readFileSync(path.join(root, WARM_UP_SAMPLES_FILE), "utf8")).toBe(warmUpSamplesModule(root));
  });

  it("leave out the generated heredoc and template cases, and keep the error fixtures", () => {
    const files = warmUpSampleFiles(root);
    expect(files.some((f) => f.startsWith("parser/"))).toBe(false);
    // Error recovery is among the branches a large tree takes; the measured gain needed these.
    expect(files.filter((f) => f.startsWith("errors/")).length).toBeGreaterThan(50);
    expect(WARM_UP_SAMPLES.map(([name]) => name)).toEqual(files);
  });

  it("take the scanner through every kind of token", () => {
    const seen = new Set<number>();
    for (const [, text] of WARM_UP_SAMPLES) {
      const { tokens } = scan(text, 0, "main", new LineIndex(text));
      for (let i = 0; i < tokens.count; i++) seen.add(tokens.types[i]);
    }
    const missing = Object.entries(T)
      .filter(([, type]) => !seen.has(type))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("parse without throwing, once per process", () => {
    expect(() => warmUpParser()).not.toThrow();
    expect(() => warmUpParser()).not.toThrow();
  });
});
