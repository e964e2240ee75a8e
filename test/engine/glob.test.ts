import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/engine/glob.js";

describe("exclude patterns", () => {
  const cases: [string, string, boolean][] = [
    ["*.tf", "main.tf", true],
    ["*.tf", "deep/dir/main.tf", true],
    ["*.tf", "main.tf.json", false],
    ["examples", "examples/basic/main.tf", true],
    ["examples", "modules/x/examples/main.tf", true],
    ["examples", "my-examples/main.tf", false],
    ["/examples", "modules/examples/main.tf", false],
    ["/examples", "examples/main.tf", true],
    ["modules/*/test", "modules/vpc/test/main.tf", true],
    ["modules/*/test", "modules/vpc/sub/test/main.tf", false],
    ["**/test/**", "a/b/test/c/main.tf", true],
    ["**/test/**", "test/main.tf", true],
    ["generated_?.tf", "generated_1.tf", true],
    ["generated_?.tf", "generated_12.tf", false],
    ["{dev,stage}/*.tf", "stage/main.tf", true],
    ["{dev,stage}/*.tf", "prod/main.tf", false],
    ["env-[ab]/", "env-a/main.tf", true],
    ["env-[!ab]", "env-a/main.tf", false],
    ["env-[!ab]", "env-c/main.tf", true],
    ["./legacy/*.tf", "legacy/old.tf", true],
    ["a.b+c(d)", "a.b+c(d)", true],
    ["a.b+c(d)", "aXb+c(d)", false],
  ];
  it.each(cases)("%s matches %s: %s", (pattern, path, expected) => {
    expect(globMatcher([pattern])(path)).toBe(expected);
  });

  it("matches when any pattern does", () => {
    const m = globMatcher(["*.tmp.tf", "vendor"]);
    expect(m("vendor/x/main.tf")).toBe(true);
    expect(m("a.tmp.tf")).toBe(true);
    expect(m("main.tf")).toBe(false);
    expect(globMatcher([])("main.tf")).toBe(false);
  });
});
