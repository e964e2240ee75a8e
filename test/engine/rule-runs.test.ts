import { describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import type { Rule } from "../../rules/api/rule.js";
import unusedSuppression from "../../rules/unused-suppression/index.js";
import { lint } from "../../src/engine/index.js";
import { getAttribute } from "../../src/model/query.js";
import { docs } from "./helpers.js";

// The engine replays a rule's reports on another instance of a module when
// everything the rule read there is identical; these check that the findings
// are those of running the rule everywhere, and that it really is run less.

/** A rule that flags `image = "latest"` on the resources named in `names`, counting its runs. */
function latestOn(id: string, names: readonly string[]): { rule: Rule; runs: () => number } {
  let runs = 0;
  const rule = defineRule({
    id,
    severity: "error",
    category: "versioning",
    summary: "no latest",
    docs,
    check(ctx) {
      runs++;
      for (const resource of ctx.module.resources) {
        if (!names.includes(resource.name)) continue;
        const attr = getAttribute(resource.body, "image");
        if (!attr) continue;
        const value = ctx.evaluate(attr.expr, resource);
        if (value.kind === "string" && value.value === "latest") {
          ctx.report({ node: attr.expr, resource, value, message: `${resource.address} uses latest`, attributePath: "image" });
        }
      }
    },
  });
  return { rule, runs: () => runs };
}

const child = `variable "name" {}
variable "image" {}

resource "x" "literal" {
  image = "latest"
}

resource "x" "from_caller" {
  image = var.image
}

resource "x" "named" {
  image = var.name == "b" ? "latest" : "v1"
}
`;

const files = {
  "main.tf": `provider "aws" {}

variable "image" {
  default = "latest"
}

module "fleet" {
  source   = "./modules/app"
  for_each = toset(["a", "b", "c"])
  name     = each.key
  image    = var.image
}

module "one" {
  source = "./modules/app"
  name   = "one"
}

# tfmould-ignore: literal-latest -- module two is being retired
module "two" {
  source = "./modules/app"
  name   = "two"
}
`,
  "modules/app/main.tf": child,
};

/** The top module as an example: its variable defaults are the values it applies (a reusable module's would be its callers' choice). */
const config = { roles: { ".": "example" } } as const;

function shown(result: ReturnType<typeof lint>) {
  return result.findings.map((f) => `${f.ruleId} ${f.file}:${f.range?.start.line} ${f.address}${f.suppressed ? " (suppressed)" : ""}`);
}

describe("rule runs replayed between module instances", () => {
  it("runs a rule once when it reads nothing that differs, and keeps each instance's suppressions", () => {
    const literal = latestOn("literal-latest", ["literal"]);
    const result = lint({ files, rules: [literal.rule, unusedSuppression], config });
    // One run on the root module, and one for the six instances of the child
    // (three of fleet, one, two, and the child on its own).
    expect(literal.runs()).toBe(2);
    // Module two's comment suppressed its instance's finding, so it is not unused.
    expect(shown(result)).toEqual(["literal-latest modules/app/main.tf:5 x.literal"]);
    expect(result.notices).toEqual([]);
  });

  it("runs again where a variable it read differs, directly or through a condition", () => {
    const fromCaller = latestOn("from-caller", ["from_caller"]);
    const named = latestOn("named", ["named"]);
    const result = lint({ files, rules: [fromCaller.rule, named.rule], config });
    // Besides the root module: image is identical in the three fleet
    // instances, and unset (identically) in one, two and the child alone.
    expect(fromCaller.runs()).toBe(1 + 2);
    // name: different in every instance, and unknown in the child alone.
    expect(named.runs()).toBe(1 + 6);
    expect(shown(result)).toEqual([
      // The root variable's default is where the fleet's image comes from.
      "from-caller main.tf:4 module.fleet[\"a\"].x.from_caller",
      "named modules/app/main.tf:13 module.fleet[\"b\"].x.named",
    ]);
  });

  it("never replays one rule's run for another, even with the same id", () => {
    const one = latestOn("same-id", ["literal"]);
    const other = defineRule({
      ...one.rule,
      check(ctx) {
        for (const resource of ctx.module.resources) ctx.report({ node: resource.block, resource, message: `${resource.address} is other` });
      },
    });
    const result = lint({ files, rules: [one.rule, other], config });
    expect(result.notices).toEqual([]);
    expect(new Set(result.findings.map((f) => f.message))).toEqual(
      new Set(["x.literal uses latest", "x.literal is other", "x.from_caller is other", "x.named is other"]),
    );
  });

  it("does not replay runs in an instance whose values depend on evaluation order", () => {
    const cyclic = latestOn("cyclic", ["looped"]);
    lint({
      files: {
        "main.tf": 'provider "aws" {}\nmodule "a" {\n  source = "./child"\n}\nmodule "b" {\n  source = "./child"\n}\n',
        "child/main.tf": 'locals {\n  p = local.q\n  q = local.p\n}\nresource "x" "looped" {\n  image = local.p\n}\n',
      },
      rules: [cyclic.rule],
    });
    // The root module, a, b and the child alone.
    expect(cyclic.runs()).toBe(4);
  });
});

describe("rules that say which resources they check", () => {
  /** A rule checking resources of type `y` (plus those named in its `extraTypes` option), recording the modules it runs on. */
  function concerned(concerns: (resource: { resourceType: string }, extra: readonly string[]) => boolean) {
    const ranOn: string[] = [];
    const rule = defineRule({
      id: "concerned",
      severity: "warning",
      category: "mutation",
      summary: "checks y",
      docs,
      optionsSchema: { type: "object", properties: { extraTypes: { type: "array", items: { type: "string" } } }, additionalProperties: false },
      concerns: (resource, options) => concerns(resource, options.extraTypes ?? []),
      check(ctx) {
        ranOn.push(ctx.module.dir);
        for (const resource of ctx.module.resources) {
          if (concerns(resource, ctx.options.extraTypes ?? [])) ctx.report({ node: resource.block, resource, message: `${resource.address} checked` });
        }
      },
    });
    return { rule, ranOn };
  }
  const tree = {
    "main.tf": 'provider "aws" {}\nresource "x" "a" {}\nmodule "with_y" {\n  source = "./with-y"\n}\nmodule "with_z" {\n  source = "./with-z"\n}\n',
    "with-y/main.tf": 'resource "y" "b" {\n  count = 0\n}\n',
    "with-z/main.tf": 'resource "z" "c" {}\n',
  };

  it("runs a rule only on the modules that hold one of them, asking with the run's options", () => {
    const byType = concerned((r, extra) => r.resourceType === "y" || extra.includes(r.resourceType));
    lint({ files: tree, rules: [byType.rule] });
    // A resource with no instances still counts: the rule decides what it means.
    expect(new Set(byType.ranOn)).toEqual(new Set(["with-y"]));

    const withExtra = concerned((r, extra) => r.resourceType === "y" || extra.includes(r.resourceType));
    const result = lint({ files: tree, rules: [withExtra.rule], config: { rules: { concerned: { severity: "warning", options: { extraTypes: ["z"] } } } } });
    expect(new Set(withExtra.ranOn)).toEqual(new Set(["with-y", "with-z"]));
    expect(result.findings.map((f) => f.message)).toContain("z.c checked");
  });

  it("runs the rule where its test throws, which then fails as a run would", () => {
    const throwing = concerned(() => {
      throw new Error("no test");
    });
    const result = lint({ files: tree, rules: [throwing.rule] });
    expect(new Set(throwing.ranOn)).toEqual(new Set(["", "with-y", "with-z"]));
    expect(result.notices.map((n) => n.message)).toContain('internal error: rule "concerned" on main.tf failed: no test');
  });
});
