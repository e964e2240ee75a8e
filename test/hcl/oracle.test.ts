/**
 * The correctness oracle: for every fixture in fixtures/hcl/ (recursively),
 * `toHclJson(parseNative(...))` must equal what `@cdktf/hcl2json` (HashiCorp's
 * own parser compiled to WebAssembly) returns, and the two must agree on the
 * verdict: hcl2json rejects exactly when toHclJson throws, and hcl2json
 * reports a syntax error ("parse config") exactly when our parser reports an
 * error diagnostic. Files named `*.invalid.tf` must be rejected by both.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse as hcl2json } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { parseNative } from "../../src/hcl/parser.js";
import { toHclJson } from "../../src/hcl/tohcljson.js";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "fixtures/hcl");

/**
 * Fixtures where a difference from hcl2json is accepted, with the reason.
 * Only for cases where hcl2json itself is wrong or the nesting limit applies.
 */
const ALLOWED_DIFFERENCES = new Map<string, string>([]);

function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFixtures(path));
    else if (name.endsWith(".tf")) out.push(path);
  }
  return out;
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

async function theirs(source: string): Promise<Outcome> {
  try {
    return { ok: true, value: await hcl2json("main.tf", source) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

function ours(source: string): { outcome: Outcome; syntaxError: boolean } {
  const file = parseNative(source, "main.tf");
  const syntaxError = file.diagnostics.some((d) => d.severity === "error");
  try {
    return { outcome: { ok: true, value: toHclJson(file) }, syntaxError };
  } catch (e) {
    return { outcome: { ok: false, message: (e as Error).message }, syntaxError };
  }
}

const fixtures = listFixtures(FIXTURES);

describe("toHclJson agrees with @cdktf/hcl2json on every fixture", () => {
  it("has fixtures to compare", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(150);
  });

  for (const path of fixtures) {
    const name = relative(FIXTURES, path);
    const allowed = ALLOWED_DIFFERENCES.get(name);
    it.skipIf(allowed !== undefined)(name, async () => {
      const source = readFileSync(path, "utf8");
      const expected = await theirs(source);
      const actual = ours(source);
      if (name.endsWith(".invalid.tf")) {
        expect(expected.ok, "hcl2json should reject this fixture").toBe(false);
      }
      if (!expected.ok) {
        expect(actual.outcome, `hcl2json rejected it: ${expected.message}`).toMatchObject({ ok: false });
        expect(actual.syntaxError, `hcl2json: ${expected.message}`).toBe(expected.message.startsWith("parse config"));
        return;
      }
      expect(actual.syntaxError).toBe(false);
      expect(actual.outcome.ok ? undefined : actual.outcome.message).toBeUndefined();
      const value = actual.outcome.ok ? actual.outcome.value : undefined;
      // Strict: -0 and 0 differ, key sets must match exactly.
      if (!isDeepStrictEqual(value, expected.value)) expect(value).toStrictEqual(expected.value);
    });
  }
});
