/**
 * `defineRule` types `ctx.options` from the rule's `optionsSchema`. The
 * type-level assertions are checked by `tsc --noEmit` (CI's type check);
 * the runtime part checks the config layer hands `check` what the types promise.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import { lint } from "../../src/engine/index.js";

const docs = { rationale: "r", remediation: "m", examples: "e" };
const seen: unknown[] = [];
const received: unknown[] = [];

const typed = defineRule({
  id: "typed-options",
  severity: "warning",
  category: "state",
  summary: "typed options",
  docs,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      tags: { type: "array", items: { type: "string" }, default: ["latest"] },
      limit: { type: "integer", minimum: 1 },
      mode: { type: "string", enum: ["fast", "slow"] },
      loud: { type: "boolean", default: false },
    },
  },
  check(ctx) {
    expectTypeOf(ctx.options.tags).toEqualTypeOf<readonly string[]>();
    expectTypeOf(ctx.options.limit).toEqualTypeOf<number | undefined>();
    expectTypeOf(ctx.options.mode).toEqualTypeOf<"fast" | "slow" | undefined>();
    expectTypeOf(ctx.options.loud).toEqualTypeOf<boolean>();
    // @ts-expect-error: an option the schema does not declare
    seen.push(ctx.options.missing);
    received.push(ctx.options);
  },
});

const plain = defineRule({
  id: "plain-options",
  severity: "warning",
  category: "state",
  summary: "no options",
  docs,
  check(ctx) {
    // @ts-expect-error: a rule without a schema has no options
    seen.push(ctx.options.anything);
  },
});

describe("typed rule options", () => {
  it("hands check the validated options with defaults filled in", () => {
    received.length = 0;
    lint({
      files: { "main.tf": 'locals {\n  a = 1\n}\n' },
      rules: [typed, plain],
      config: { rules: { "typed-options": { severity: "warning", options: { limit: 3, mode: "slow" } } } },
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toEqual({ tags: ["latest"], limit: 3, mode: "slow", loud: false });
  });
});
