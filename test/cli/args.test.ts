import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { useColor } from "../../src/cli/color.js";

const RULES = new Set(["container-image-pinned", "no-provisioners"]);
const parse = (...argv: string[]) => parseCliArgs(argv, RULES);

describe("argument parsing", () => {
  it("has defaults", () => {
    expect(parse()).toMatchObject({
      paths: ["."],
      format: "stylish",
      varFiles: [],
      vars: {},
      rules: {},
      quiet: false,
      listRules: false,
      debug: false,
      dirsOfFiles: false,
    });
    expect(parse().color).toBeUndefined();
    expect(parse().strict).toBeUndefined();
  });

  it("reads every option", () => {
    const o = parse(
      "infra", "modules/x.tf",
      "--format", "sarif", "-o", "out/r.sarif", "--config", "c.json",
      "--var-file", "a.tfvars", "--var-file=b.tfvars", "--var", "region=eu-west-1", "--var", "tags={a=\"b=c\"}",
      "--rule", "no-provisioners=off", "--rule", "container-image-pinned=warning",
      "--strict", "--baseline", "b.json", "--write-baseline", "nb.json", "--max-warnings", "3", "--quiet", "--debug", "--dirs-of-files",
    );
    expect(o).toMatchObject({
      paths: ["infra", "modules/x.tf"],
      format: "sarif",
      outputFile: "out/r.sarif",
      config: "c.json",
      varFiles: ["a.tfvars", "b.tfvars"],
      vars: { region: "eu-west-1", tags: '{a="b=c"}' },
      rules: { "no-provisioners": "off", "container-image-pinned": "warning" },
      strict: true,
      baseline: "b.json",
      writeBaseline: "nb.json",
      maxWarnings: 3,
      quiet: true,
      debug: true,
      dirsOfFiles: true,
    });
  });

  it("reads --concurrency: a number, auto or off; auto by default", () => {
    expect(parse().concurrency).toBe("auto");
    expect(parse("--concurrency", "3").concurrency).toBe(3);
    expect(parse("--concurrency=off").concurrency).toBe("off");
    expect(parse("--concurrency", "auto").concurrency).toBe("auto");
  });

  it("lets the last of --color and --no-color win", () => {
    expect(parse("--color").color).toBe(true);
    expect(parse("--no-color").color).toBe(false);
    expect(parse("--color", "--no-color").color).toBe(false);
    expect(parse("--no-color", "--color").color).toBe(true);
  });

  it.each([
    [["--bogus"], "unknown option --bogus (see tfmould --help)"],
    [["-x"], "unknown option -x (see tfmould --help)"],
    [["--format"], "option --format needs a value"],
    [["--format", "xml"], '--format must be one of stylish, json, sarif, github, gitlab, junit, checkstyle, compact, got "xml"'],
    [["--strict=yes"], "option --strict does not take a value"],
    [["--max-warnings", "-1"], "option --max-warnings needs a value"],
    [["--max-warnings", "lots"], '--max-warnings expects a whole number of at least 0, got "lots"'],
    [["--max-warnings", "1.5"], '--max-warnings expects a whole number of at least 0, got "1.5"'],
    [["--var", "novalue"], '--var expects name=value, got "novalue"'],
    [["--var", "=x"], '--var expects name=value, got "=x"'],
    [["--var", "9lives=x"], '--var: "9lives" is not a valid variable name'],
    [["--rule", "no-such-rule=off"], '--rule: unknown rule "no-such-rule" (see tfmould --list-rules)'],
    [["--rule", "no-provisioners=fatal"], '--rule no-provisioners: level must be one of off, note, warning, error, got "fatal"'],
    [["--rule", "no-provisioners"], '--rule expects id=level, got "no-provisioners"'],
    [["--output-file="], "--output-file needs a non-empty path"],
    [["--concurrency", "0"], '--concurrency expects a number of threads (1-999), auto or off, got "0"'],
    [["--concurrency", "many"], '--concurrency expects a number of threads (1-999), auto or off, got "many"'],
  ])("rejects %j with one clear line", (argv, message) => {
    expect(() => parse(...argv)).toThrow(message);
  });
});

describe("colour decision", () => {
  it("follows the flag, then FORCE_COLOR, then NO_COLOR, then the terminal", () => {
    expect(useColor(true, { NO_COLOR: "1" }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: "1" }, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: "" }, true)).toBe(true);
    expect(useColor(undefined, {}, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
  });
});

describe("plugin options", () => {
  const known = new Set(["no-provisioners"]);
  it("--allow-plugins is off unless given", () => {
    expect(parseCliArgs([], known).allowPlugins).toBe(false);
    expect(parseCliArgs(["--allow-plugins"], known).allowPlugins).toBe(true);
  });
  it("--rule takes a plugin rule id (checked once plugins load) but not an unknown built-in one", () => {
    expect(parseCliArgs(["--rule", "acme/no-public-buckets=off"], known).rules).toEqual({ "acme/no-public-buckets": "off" });
    expect(() => parseCliArgs(["--rule", "no-such-rule=off"], known)).toThrow(/unknown rule "no-such-rule"/);
  });
});
