import { describe, expect, it } from "vitest";
import { MAX_EXCLUDE_PATTERN_LENGTH, excludePatternProblem, globMatcher } from "../../src/config/glob.js";

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
    ["./legacy", "legacy/old.tf", true],
    ["./legacy", "modules/legacy/old.tf", false],
    ["legacy/", "modules/legacy/old.tf", true],
    ["legacy\\*.tf", "legacy/old.tf", true],
    // `.` and `+` are plain characters; parentheses group (extglob syntax), so a literal one is written `[(]`
    ["a.b+c(d)", "a.b+cd", true],
    ["a.b+c(d)", "aXb+cd", false],
    ["a.b+c[(]d[)]", "a.b+c(d)", true],
    // extglobs, as bash has them
    ["@(dev|stage)", "stage/main.tf", true],
    ["@(dev|stage)", "prod/main.tf", false],
    ["env/!(prod)", "env/dev/main.tf", true],
    ["env/!(prod)", "env/prod/main.tf", false],
    ["!(*.tf)", "README.tfvars", true],
    ["+(a)b.tf", "aaab.tf", true],
    ["?(x-)main.tf", "x-main.tf", true],
    ["?(x-)main.tf", "main.tf", true],
    ["(a)", "a/main.tf", true],
    // a leading `!` is not a negation of the whole pattern
    ["!legacy", "main.tf", false],
    ["!legacy", "!legacy/main.tf", true],
    // dot files and directories are ordinary names
    ["*", ".hidden.tf", true],
    ["**/*.tf", ".hidden/x.tf", true],
    [".cache", "a/.cache/x.tf", true],
    ["**", "any/thing.tf", true],
    ["[[:digit:]]*.tf", "1-main.tf", true],
    ["[[:digit:]]*.tf", "main.tf", false],
    ["", "main.tf", false],
    ["/", "main.tf", false],
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

  it("never throws and never hangs on hostile patterns; those match nothing", () => {
    const hostile = [
      "*".repeat(10_000),
      "a".repeat(10_000),
      "!(".repeat(3_000) + "a" + ")".repeat(3_000),
      "@(".repeat(300) + "a" + ")".repeat(300),
      "{".repeat(5_000) + "}".repeat(5_000),
      "[".repeat(10_000),
      "(".repeat(10_000),
      "*a*a*a*a*a*a*a*ab",
      "**/a/".repeat(20) + "b",
      "@(a/b|c)",
    ];
    const longName = "a".repeat(255);
    const started = Date.now();
    for (const pattern of hostile) {
      const matches = globMatcher([pattern, "keep.tf"]);
      expect(matches(`${longName}/${longName}`), pattern.slice(0, 20)).toBe(false);
      expect(matches("keep.tf")).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("matches segment by segment, so costs add up along a path instead of multiplying", () => {
    const name = "a".repeat(255);
    const started = Date.now();
    expect(globMatcher(["*a*a*a/*a*a*ab"])(`${name}/${name}`)).toBe(false);
    expect(globMatcher(["**/*a*a*a/**/*a*a*ab"])(Array(6).fill(name).join("/"))).toBe(false);
    expect(globMatcher(["/" + "**/a/".repeat(30) + "b"])("a/".repeat(100) + "c")).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("expands `{}` groups that contain `/`", () => {
    const m = globMatcher(["{modules/legacy,old}/*.tf"]);
    expect(m("modules/legacy/main.tf")).toBe(true);
    expect(m("old/main.tf")).toBe(true);
    expect(m("modules/old/main.tf")).toBe(false);
    expect(globMatcher(["a/{b,c/{d,e}}/x.tf"])("a/c/e/x.tf")).toBe(true);
  });

  it("says why a pattern is refused", () => {
    expect(excludePatternProblem("x".repeat(MAX_EXCLUDE_PATTERN_LENGTH + 1))).toMatch(/longer than/);
    expect(excludePatternProblem("*a*a*a*a")).toMatch(/in one path segment/);
    expect(excludePatternProblem("@(a/b|c)")).toMatch(/inside/);
    expect(excludePatternProblem("{a/x,b}".repeat(7))).toMatch(/alternatives/);
    for (const ok of ["examples/**", "*.tf", "**/test/**", "@(dev|stage)/*-*.tf", "!(prod)", "*a*a*a/*a*a*a/*a*a*a/*a*a*a"]) {
      expect(excludePatternProblem(ok), ok).toBeUndefined();
    }
  });
});
