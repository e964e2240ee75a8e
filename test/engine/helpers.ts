/** Tiny rules and inputs for engine tests (the catalog rules are tested through fixtures). */
import type { Attribute, Block, Body, HclFile } from "../../src/hcl/ast.js";
import type { Rule, RuleContext } from "../../rules/api/rule.js";
import { defineRule } from "../../rules/api/rule.js";

export const docs = { rationale: "Because.", remediation: "Change it.", examples: "```hcl\n```" };

/** Every attribute of every block, at any depth, with the file it is in. */
export function* attributes(ctx: RuleContext): Generator<{ attr: Attribute; file: HclFile; block: Block | undefined }> {
  for (const file of ctx.module.files) yield* attributesOfBody(file.body, file, undefined);
}

function* attributesOfBody(
  body: Body,
  file: HclFile,
  block: Block | undefined,
): Generator<{ attr: Attribute; file: HclFile; block: Block | undefined }> {
  for (const item of body.items) {
    if (item.type === "Attribute") yield { attr: item, file, block };
    else yield* attributesOfBody(item.body, file, item);
  }
}

/** A rule that flags every attribute with a given name, at its value. */
export function attributeRule(id: string, name: string, extra: Partial<Rule> = {}): Rule {
  return defineRule({
    id,
    severity: "warning",
    category: "mutation",
    summary: `flags ${name}`,
    docs,
    check(ctx) {
      for (const { attr, file } of attributes(ctx)) {
        if (attr.name === name) {
          ctx.report({ node: attr.expr, file, message: `${name} is set`, address: "thing.x", attributePath: name });
        }
      }
    },
    ...extra,
  });
}

/** Pretty-printed Terraform JSON syntax. */
export function tfJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A rule that reports nothing and lets a test see each module instance it runs on. */
export function spyRule(see: (ctx: RuleContext) => void): Rule {
  return defineRule({ id: "spy", severity: "note", category: "state", summary: "spy", docs, check: see });
}
