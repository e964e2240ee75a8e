/**
 * Work an attacker can ask of the evaluator is bounded by the step budget
 * of one evaluation and of one module instance: loops that evaluate no
 * expression are charged too, and exhaustion gives unknown values and a
 * notice, never a guess.
 */
import { describe, expect, it } from "vitest";
import { evaluate, instantiateModules } from "../../src/eval/index.js";
import { loadModule } from "../../src/model/index.js";
import type { Value } from "../../src/eval/index.js";
import { evalWithDiagnostics, hostWith, moduleScope, ROOT } from "../eval/helpers.js";

/**
 * A bound on each test that only catches a runaway evaluation (the budgets
 * work in steps, not time): generous, since CI machines are shared and slow.
 */
const BOUND_MS = 30_000;

const BUDGET = "Evaluation budget exceeded";

describe("template for loops", () => {
  it("three nested 1,000-iteration loops of plain text stop at the step budget", () => {
    const loop = "%{ for a in range(1000) }%{ for b in range(1000) }%{ for c in range(1000) }x%{ endfor }%{ endfor }%{ endfor }";
    const { value, diagnostics } = evalWithDiagnostics(`"${loop}"`);
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toEqual([BUDGET]);
  }, BOUND_MS);

  it("one million iterations give the budget's notice, not a string", () => {
    const { value, diagnostics } = evalWithDiagnostics(`"%{ for a in range(1000) }%{ for b in range(1000) }x%{ endfor }%{ endfor }"`);
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toEqual([BUDGET]);
  }, BOUND_MS);

  it("a loop inside templatefile is charged the same way", () => {
    const { value, diagnostics } = evalWithDiagnostics(`templatefile("t.tpl", {})`, {
      "t.tpl": "%{ for a in range(1000) }%{ for b in range(1000) }x%{ endfor }%{ endfor }",
    });
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toEqual([BUDGET]);
  }, BOUND_MS);
});

describe("the budget of a module instance", () => {
  const flatten = "toset(flatten([for a in range(1000) : [for b in range(1000) : b]]))";

  it("five resources with a for_each over a 1000×1000 flatten: unknown, with a notice, in bounded time", () => {
    const resources = [1, 2, 3, 4, 5].map((i) => `resource "null_resource" "r${i}" {\n  for_each = ${flatten}\n}\n`).join("");
    const { module, scope } = moduleScope({ "main.tf": resources });
    const values: Value[] = [];
    // Rules ask for the same values again and again; an exhausted evaluation is not remembered.
    for (let pass = 0; pass < 4; pass++) {
      for (const r of module.resources.values()) values.push(evaluate(r.forEach!.expr, scope));
    }
    expect(values.every((v) => v.kind === "unknown")).toBe(true);
    const details = scope.diagnostics().map((d) => d.detail);
    expect(details.filter((d) => d.includes("module"))).toHaveLength(1);
  }, BOUND_MS);

  it("many cheap expressions add up: the instance runs out, and what follows is unknown", () => {
    // Each local takes about 300,000 steps: under the budget of one evaluation.
    const locals = Array.from({ length: 8 }, (_, i) => `  l${i} = length([for a in range(300) : [for b in range(300) : b + ${i}]])`).join("\n");
    const { scope } = moduleScope({ "main.tf": `locals {\n${locals}\n  small = 1 + 1\n}\n` });
    const values = Array.from({ length: 8 }, (_, i) => scope.local(`l${i}`));
    expect(values[0]).toMatchObject({ kind: "number", value: 300 });
    expect(values[7].kind).toBe("unknown");
    expect(scope.local("small").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual([BUDGET]);
  }, BOUND_MS);
});

describe("work inside function calls and splats", () => {
  const big = `join("", [for i in range(1000) : "${"x".repeat(4000)}"])`;
  const many = "flatten([for i in range(100) : [for j in range(1000) : { a = j }]])";
  const some = "flatten([for i in range(20) : [for j in range(1000) : i * 1000 + j]])";

  it.each([
    ["a string function on a 4 MB string, 1,000 times", "big", `[for i in range(1000) : length(upper(local.big))]`],
    ["sort of 20,000 strings, 1,000 times", "names", `[for i in range(1000) : length(sort(local.names))]`],
    ["a splat over 100,000 objects, 1,000 times", "many", `[for i in range(1000) : length(local.many[*].a)]`],
  ])("%s: charged for the size of what it takes and gives", (_, input, text) => {
    const { scope } = moduleScope({
      "main.tf": `locals {\n  big = ${big}\n  many = ${many}\n  some = ${some}\n  names = formatlist("n%d", local.some)\n  v = ${text}\n}\n`,
    });
    expect(scope.local(input).kind).not.toBe("unknown");
    expect(scope.local("v").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual([BUDGET]);
  }, BOUND_MS);
});

describe("the budget of a scanned module and its module instances", () => {
  it("instances of a module call share one budget: past it, every instance's values are unknown, with one notice", () => {
    // Each instance's local takes about 100,000 steps, under an instance's own budget.
    const host = hostWith({
      "main.tf": `module "m" {\n  source = "./m"\n  for_each = toset([for i in range(40) : tostring(i)])\n  n = each.key\n}\n`,
      "m/main.tf": `variable "n" {}\nlocals {\n  v = length([for a in range(100) : [for b in range(300) : "\${var.n}"]])\n}\n`,
    });
    const root = loadModule(ROOT, { host });
    const { instances } = instantiateModules(root, { host, rootDir: ROOT, maxSteps: 1_000_000 });
    const children = instances.filter((i) => i.modulePath !== "");
    expect(children).toHaveLength(40);
    const values = children.map((i) => i.scope.local("v"));
    expect(values[0]).toMatchObject({ kind: "number", value: 100 });
    expect(values[39].kind).toBe("unknown");
    const notices = instances.flatMap((i) => i.scope.diagnostics().map((d) => d.detail));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/modules it calls/);
  }, BOUND_MS);
});
