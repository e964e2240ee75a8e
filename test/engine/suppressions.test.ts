import { describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import unusedSuppression from "../../rules/unused-suppression/index.js";
import { lint } from "../../src/engine/index.js";
import type { FileFinding as Finding, LintOptions } from "../../src/engine/index.js";
import { parseSuppressionComment } from "../../src/engine/suppressions.js";
import { parse } from "../../src/hcl/index.js";
import { attributeRule, docs } from "./helpers.js";

const badRule = attributeRule("bad-attr", "bad");
const uglyRule = attributeRule("ugly-attr", "ugly");
/** Flags every block of type `flagme` at its header. */
const blockRule = defineRule({
  id: "block-rule",
  severity: "error",
  category: "mutation",
  summary: "blocks",
  docs,
  check(ctx) {
    const visit = (file: (typeof ctx.module.files)[number], items: (typeof file.body.items)[number][]): void => {
      for (const item of items) {
        if (item.type !== "Block") continue;
        if (item.blockType === "flagme") ctx.report({ node: { range: item.typeRange }, file, message: "flagged block" });
        visit(file, [...item.body.items]);
      }
    };
    for (const file of ctx.module.files) visit(file, [...file.body.items]);
  },
});
const rules = [badRule, uglyRule, blockRule, unusedSuppression];
const NOW = new Date("2026-06-01T00:00:00Z");

function run(source: string, extra: Partial<LintOptions> = {}): Finding[] {
  const result = lint({ files: { "main.tf": source }, rules, now: NOW, ...extra } as LintOptions & { plan?: undefined });
  expect(result.notices).toEqual([]);
  return [...result.findings];
}

/** `line:rule[:suppressed]` for each finding. */
function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line}:${f.ruleId}${f.suppressed ? ":suppressed" : ""}`);
}

describe("suppression comments", () => {
  it("above a block cover everything inside it, nested and dynamic blocks included", () => {
    const findings = run(`# tfmould-ignore: bad-attr, block-rule -- reviewed
resource "x" "a" {
  bad = 1
  nested {
    bad = 2
    flagme {}
  }
  dynamic "flagme" {
    for_each = [1]
    content { bad = 3 }
  }
}

resource "x" "b" {
  bad = 4
}
`);
    expect(summary(findings)).toEqual([
      "3:bad-attr:suppressed",
      "5:bad-attr:suppressed",
      "6:block-rule:suppressed",
      "10:bad-attr:suppressed",
      "15:bad-attr",
    ]);
    expect(findings[0].suppressed).toEqual({
      kind: "inSource",
      reason: "reviewed",
      commentRange: expect.objectContaining({ start: expect.objectContaining({ line: 1, column: 1 }) }),
    });
  });

  it("above an attribute cover only that attribute", () => {
    const findings = run(`resource "x" "a" {
  // tfmould-ignore: bad-attr -- fine here
  bad = [
    1,
  ]
  nested {
    bad = 2
  }
}
`);
    expect(summary(findings)).toEqual(["3:bad-attr:suppressed", "7:bad-attr"]);
  });

  it("at the end of a line cover the block or attribute that starts there", () => {
    const findings = run(`resource "x" "a" { # tfmould-ignore: bad-attr
  bad = 1
}
resource "x" "b" {
  ugly = 1 /* tfmould-ignore: ugly-attr -- legacy */
  bad  = 2
}
`);
    expect(summary(findings)).toEqual(["2:bad-attr:suppressed", "5:ugly-attr:suppressed", "6:bad-attr"]);
    expect(findings[1].suppressed?.reason).toBe("legacy");
  });

  it("may be stacked with other comments between them and the block, but not a blank line", () => {
    const findings = run(`# tfmould-ignore: bad-attr -- one
# a note about the resource
// tfmould-ignore: ugly-attr -- two
resource "x" "a" {
  bad  = 1
  ugly = 2
}

# tfmould-ignore: bad-attr

resource "x" "b" {
  bad = 3
}
`);
    const byLine = findings.map((f) => `${f.range.start.line}:${f.ruleId}:${f.suppressed ? "suppressed" : f.message}`);
    expect(byLine).toEqual([
      "5:bad-attr:suppressed",
      "6:ugly-attr:suppressed",
      "9:unused-suppression:this suppression is not directly above a block or attribute, so it covers nothing",
      "12:bad-attr:bad is set",
    ]);
  });

  it("`all` covers every rule", () => {
    const findings = run(`# tfmould-ignore: all -- generated code
resource "x" "a" {
  bad  = 1
  ugly = 2
}
`);
    expect(summary(findings)).toEqual(["3:bad-attr:suppressed", "4:ugly-attr:suppressed"]);
  });

  it("tfmould-ignore-file before the first block covers the whole file", () => {
    const findings = run(`# Module header
# tfmould-ignore-file: bad-attr -- vendored module

resource "x" "a" {
  bad  = 1
  ugly = 2
}
resource "x" "b" {
  bad = 3
}
`);
    expect(summary(findings)).toEqual(["5:bad-attr:suppressed", "6:ugly-attr", "9:bad-attr:suppressed"]);
  });

  it("tfmould-ignore-file after the first block is reported and has no effect", () => {
    const findings = run(`resource "x" "a" {
  bad = 1
}
# tfmould-ignore-file: bad-attr
`);
    expect(findings.map((f) => `${f.range.start.line}:${f.ruleId}:${f.suppressed ? "s" : f.message}`)).toEqual([
      "2:bad-attr:bad is set",
      "4:unused-suppression:tfmould-ignore-file must come before the first block of the file; this one has no effect",
    ]);
  });

  it("covers findings whose value was written elsewhere, at the place it is consumed", () => {
    const tracing = defineRule({
      id: "tracing",
      severity: "error",
      category: "versioning",
      summary: "tracing",
      docs,
      check(ctx) {
        const main = ctx.module.files.find((f) => f.filename === "main.tf");
        const vars = ctx.module.files.find((f) => f.filename === "variables.tf");
        const use = main?.body.items[0]?.type === "Block" ? main.body.items[0].body.items[0] : undefined;
        const def = vars?.body.items[0]?.type === "Block" ? vars.body.items[0].body.items[0] : undefined;
        if (!main || !use || !def || use.type !== "Attribute" || def.type !== "Attribute") return;
        ctx.report({
          node: use.expr,
          file: main,
          message: "unpinned",
          value: { kind: "string", value: "latest", origins: [{ file: "variables.tf", range: def.expr.range }] },
        });
      },
    });
    const result = lint({
      files: {
        "main.tf": `resource "x" "a" {\n  # tfmould-ignore: tracing -- accepted\n  image = var.image\n}\n`,
        "variables.tf": `variable "image" {\n  default = "latest"\n}\n`,
      },
      rules: [tracing, unusedSuppression],
      now: NOW,
      // A deployment: its variable defaults are the values it applies.
      config: { roles: { ".": "deployment" } },
    });
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.suppressed?.reason ?? "-"}`)).toEqual([
      "variables.tf:2:accepted",
    ]);
  });
});

describe("reported suppressions", () => {
  it("a suppression that hides nothing is an unused-suppression finding at its rule id", () => {
    const findings = run(`# tfmould-ignore: bad-attr, ugly-attr -- reason
resource "x" "a" {
  bad = 1
}
`);
    const unused = findings.filter((f) => f.ruleId === "unused-suppression");
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ severity: "warning", message: 'unused suppression of "ugly-attr": no such finding here' });
    expect(unused[0].range.start).toMatchObject({ line: 1, column: 29 });
    expect(unused[0].range.end).toMatchObject({ line: 1, column: 38 });
  });

  it("`all` that hides nothing is reported too", () => {
    const findings = run(`resource "x" "a" { # tfmould-ignore: all
  fine = 1
}
`);
    expect(findings.map((f) => f.message)).toEqual(["unused suppression of all rules: no such finding here"]);
  });

  it("an unknown rule id is reported where it is written", () => {
    const findings = run(`resource "x" "a" {
  bad = 1 # tfmould-ignore: bad-attr, no-such-rule
}
`);
    expect(findings.map((f) => `${f.range.start.line}:${f.range.start.column}:${f.ruleId}:${f.suppressed ? "s" : f.message}`)).toEqual([
      "2:9:bad-attr:s",
      '2:39:unused-suppression:unknown rule "no-such-rule" in suppression',
    ]);
  });

  it("an expired suppression stops working and says so; a current one works", () => {
    const findings = run(`# tfmould-ignore: bad-attr -- until 2026-05-31: migration
resource "x" "a" {
  bad = 1
}
# tfmould-ignore: bad-attr -- until 2026-06-01: last day still counts
resource "x" "b" {
  bad = 2
}
`);
    expect(findings.map((f) => `${f.range.start.line}:${f.ruleId}:${f.suppressed?.reason ?? f.message}`)).toEqual([
      '1:unused-suppression:suppression of "bad-attr" expired on 2026-05-31 and no longer applies',
      "3:bad-attr:bad is set",
      "7:bad-attr:last day still counts",
    ]);
    expect(findings[0].range.start.column).toBe(37);
    // The clock is injectable: a day later the second one expires too.
    const later = run(`# tfmould-ignore: bad-attr -- until 2026-06-01: x\nresource "x" "b" {\n  bad = 2\n}\n`, {
      now: new Date("2026-06-02T00:00:00Z"),
    });
    expect(later.map((f) => f.ruleId)).toEqual(["unused-suppression", "bad-attr"]);
  });

  it.each([
    ["# tfmould-ignore bad-attr", "malformed suppression: expected ':' after 'tfmould-ignore'", 3],
    ["# tfmould-ignore:", 'malformed suppression: no rule ids after \'tfmould-ignore:\' (use a rule id, or "all")', 3],
    ["# tfmould-ignore: -- just a reason", "malformed suppression: no rule ids after 'tfmould-ignore:' (use a rule id, or \"all\")", 3],
    ["# tfmould-ignore: Bad_Attr", 'malformed suppression: "Bad_Attr" is not a rule id', 19],
    ["# tfmould-ignore: bad-attr -- until 2026-02-30: x", 'malformed suppression: "2026-02-30" is not a date (expected until YYYY-MM-DD)', 37],
    ["# tfmould-ignore: bad-attr -- until tomorrow", 'malformed suppression: "tomorrow" is not a date (expected until YYYY-MM-DD)', 37],
    ["# tfmould-ignore: bad-attr -- until", "malformed suppression: expected a date after 'until' (YYYY-MM-DD)", 36],
  ])("a malformed comment is reported, located: %s", (comment, message, column) => {
    const findings = run(`${comment}\nresource "x" "a" {\n  bad = 1\n}\n`);
    expect(findings.map((f) => `${f.range.start.line}:${f.range.start.column}:${f.ruleId}:${f.suppressed ? "s" : f.message}`)).toEqual([
      `1:${column}:unused-suppression:${message}`,
      "3:9:bad-attr:bad is set",
    ]);
  });

  it("does not report suppressions of rules that are turned off", () => {
    const findings = run(`# tfmould-ignore: ugly-attr\nresource "x" "a" {\n  bad = 1\n}\n`, {
      config: { rules: { "ugly-attr": "off" } },
    });
    expect(summary(findings)).toEqual(["3:bad-attr"]);
  });

  it("reports nothing about suppressions when unused-suppression is off", () => {
    const findings = run(`# tfmould-ignore: ugly-attr, nope\nresource "x" "a" {\n  bad = 1\n}\n`, {
      config: { rules: { "unused-suppression": "off" } },
    });
    expect(summary(findings)).toEqual(["3:bad-attr"]);
  });

  it("hides unused-suppression findings only by naming the rule, never by `all` or by themselves", () => {
    const findings = run(`# tfmould-ignore-file: unused-suppression -- old comments are cleaned up later

# tfmould-ignore: ugly-attr
resource "x" "a" {
  bad = 1
}
# tfmould-ignore: all
resource "x" "b" {
  fine = 1
}
`);
    expect(summary(findings)).toEqual(["3:unused-suppression:suppressed", "5:bad-attr", "7:unused-suppression:suppressed"]);
  });

  it("reports a file-level suppression of unused-suppression that hides nothing", () => {
    const findings = run(`# tfmould-ignore-file: unused-suppression\nresource "x" "a" {\n  fine = 1\n}\n`);
    expect(findings.map((f) => f.message)).toEqual(['unused suppression of "unused-suppression": no such finding in this file']);
  });
});

describe("parseSuppressionComment", () => {
  const comment = (text: string) => {
    const file = parse(`${text}\n`, "x.tf");
    return parseSuppressionComment(file.comments[0], file.source);
  };

  it("ignores ordinary comments and look-alikes", () => {
    expect(comment("# just a note")).toBeUndefined();
    expect(comment("# tfmould-ignored: bad-attr")).toBeUndefined();
    expect(comment("# see tfmould-ignore: x")).toBeUndefined();
  });

  it("reads ids, reason and expiry from each comment style", () => {
    for (const text of [
      "# tfmould-ignore: a-rule,b-rule -- until 2027-01-31: the reason",
      "// tfmould-ignore: a-rule, b-rule -- until 2027-01-31 the reason",
      "/* tfmould-ignore:a-rule b-rule -- until 2027-01-31:   the reason */",
    ]) {
      const parsed = comment(text);
      expect(parsed?.kind).toBe("directive");
      if (parsed?.kind !== "directive") continue;
      expect(parsed.directive.scope).toBe("node");
      expect(parsed.directive.ids.map((i) => i.id)).toEqual(["a-rule", "b-rule"]);
      expect(parsed.directive.reason).toBe("the reason");
      expect(parsed.directive.until?.date).toBe("2027-01-31");
      expect(parsed.directive.until?.expiresAt).toBe(Date.UTC(2027, 1, 1));
    }
  });

  it("gives each id its exact range", () => {
    const parsed = comment("  #   tfmould-ignore-file:  x-y ,z");
    expect(parsed?.kind).toBe("directive");
    if (parsed?.kind !== "directive") return;
    expect(parsed.directive.scope).toBe("file");
    expect(parsed.directive.reason).toBe("");
    expect(parsed.directive.ids.map((i) => [i.id, i.range.start.column, i.range.end.column, i.range.start.offset])).toEqual([
      ["x-y", 29, 32, 28],
      ["z", 34, 35, 33],
    ]);
  });

  it("locates ids on later lines of a block comment", () => {
    const parsed = comment("/* tfmould-ignore:\n   a-rule\n*/");
    expect(parsed?.kind).toBe("directive");
    if (parsed?.kind !== "directive") return;
    expect(parsed.directive.ids[0].range.start).toMatchObject({ line: 2, column: 4 });
  });
});

describe("suppressions in .tf.json files", () => {
  /** Lints one `main.tf.json` built from `doc`: `line:column:rule[:suppressed(reason)]` per finding, and the source. */
  function runJson(doc: unknown): { findings: string[]; at: (text: string, from?: number) => string } {
    const source = JSON.stringify(doc, null, 2);
    const result = lint({ files: { "main.tf.json": source }, rules, now: NOW });
    expect(result.notices).toEqual([]);
    const lines = source.split("\n");
    /** `line:column` of the first occurrence of `text`, moved `from` characters on. */
    const at = (text: string, from = 0): string => {
      const i = lines.findIndex((l) => l.includes(text));
      return `${i + 1}:${lines[i].indexOf(text) + 1 + from}`;
    };
    return {
      findings: result.findings.map((f) => `${f.range.start.line}:${f.range.start.column}:${f.ruleId}${f.suppressed ? `:suppressed(${f.suppressed.reason})` : ""}`),
      at,
    };
  }
  const VALUE = '"bad": '.length;

  it('a "//" property inside a block\'s object covers that block, nested blocks included', () => {
    const { findings, at } = runJson({
      resource: {
        x: {
          a: { "//": "tfmould-ignore: bad-attr -- generated by cdktf", bad: 1, nested: [{ bad: 2 }] },
          b: { bad: 3 },
        },
      },
    });
    expect(findings).toEqual([
      `${at('"bad": 1', VALUE)}:bad-attr:suppressed(generated by cdktf)`,
      `${at('"bad": 2', VALUE)}:bad-attr:suppressed(generated by cdktf)`,
      `${at('"bad": 3', VALUE)}:bad-attr`,
    ]);
  });

  it("tfmould-ignore-file outside every block covers the file", () => {
    const { findings, at } = runJson({ "//": "tfmould-ignore-file: bad-attr -- fixture", resource: { x: { a: { bad: 1 } } } });
    expect(findings).toEqual([`${at('"bad": 1', VALUE)}:bad-attr:suppressed(fixture)`]);
  });

  it("an unused, misplaced or malformed one is reported at the rule id or at the property", () => {
    const { findings, at } = runJson({
      resource: {
        "//": "tfmould-ignore: bad-attr",
        x: { a: { "//": "tfmould-ignore: ugly-attr -- no ugly here", bad: 1 }, b: { "//": "tfmould-ignore bad-attr" } },
      },
    });
    expect(findings).toEqual([
      // Outside every block: it covers nothing.
      `${at('"//": "tfmould-ignore: bad-attr"')}:unused-suppression`,
      // Unused: at the rule id inside the string.
      `${at("ugly-attr")}:unused-suppression`,
      `${at('"bad": 1', VALUE)}:bad-attr`,
      // Malformed: at its text.
      `${at("tfmould-ignore bad-attr")}:unused-suppression`,
    ]);
  });
});

describe("a suppression comment's rule ids are bounded", () => {
  it("a repeated id makes the comment malformed: one finding, not one per repeat", () => {
    const text = `# tfmould-ignore: ${"no-provisioners, ".repeat(1000)}-- why\nresource "null_resource" "a" {\n  provisioner "local-exec" {\n    command = "echo"\n  }\n}\n`;
    const result = lint({ files: { "main.tf": text } });
    const unused = result.findings.filter((f) => f.ruleId === "unused-suppression");
    expect(unused).toHaveLength(1);
    expect(unused[0].message).toContain('"no-provisioners" is named twice');
  });

  it("more than 64 ids make the comment malformed", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `rule-${i}`).join(",");
    const result = lint({ files: { "main.tf": `# tfmould-ignore: ${ids}\nlocals {\n  a = 1\n}\n` } });
    const unused = result.findings.filter((f) => f.ruleId === "unused-suppression");
    expect(unused.map((f) => f.message)).toEqual(['malformed suppression: more than 64 rule ids (use "all")']);
  }, 5000);
});
