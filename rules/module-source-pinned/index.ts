import type { Range } from "../../src/hcl/ast.js";
import { blockHeader, literalString } from "../../src/model/query.js";
import type { Module, ModuleCall } from "../../src/model/types.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { ReportTarget } from "../api/rule.js";
import { isBranchRef, isCommitRef, parseModuleSource } from "../lib/module-sources.js";
import { lineIndexOf } from "../../src/hcl/positions.js";
import { isExactVersion, parseVersionConstraint } from "../../src/model/version-constraints.js";

export default defineRule({
  id: "module-source-pinned",
  severity: "error",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Module sources point at a fixed version: a tag or commit for git, one exact version for registries",
  securitySeverity: 5.0,
  precision: "very-high",
  check(ctx) {
    for (const call of ctx.module.moduleCalls.values()) {
      const sourceAttr = call.source;
      if (!sourceAttr) continue;
      const sourceText = literalString(sourceAttr.expr) ?? asString(ctx.evaluate(sourceAttr.expr));
      if (sourceText === undefined) continue;
      const source = parseModuleSource(sourceText);
      const base = { address: call.address };
      switch (source.kind) {
        case "local":
        case "other":
          break;
        case "registry": {
          if (!call.version) {
            ctx.report({
              ...base,
              node: blockHeader(call.block),
              attributePath: "version",
              message: `${call.address} uses the registry module "${sourceText}" without a version, so terraform init takes its newest release; add version = "<exact version>".`,
            });
            break;
          }
          const versionText = literalString(call.version.expr) ?? asString(ctx.evaluate(call.version.expr));
          if (versionText === undefined) break;
          const parsed = parseVersionConstraint(versionText);
          // One exact version is what a deployment applies, through its own calls and those of the local
          // modules it calls; a reusable module on its own, an example or a test may accept a range.
          const viaDeployment = ctx.deploymentCall;
          if (!parsed.ok || isExactVersion(parsed.terms) || (ctx.role !== "deployment" && viaDeployment === undefined)) break;
          ctx.report({
            ...base,
            node: call.version.expr,
            attributePath: "version",
            severity: "warning",
            message: `${call.address} accepts any release of "${sourceText}" matching "${versionText}", so a new release changes what is deployed without a commit; pin one exact version.`,
            ...(viaDeployment
              ? { related: [{ file: viaDeployment.file, range: viaDeployment.range, message: `called by the deployment ${viaDeployment.deployment}` }] }
              : {}),
          });
          break;
        }
        case "git":
        case "hg": {
          const param = source.kind === "git" ? "ref" : "rev";
          if (source.ref === undefined) {
            ctx.report({
              ...base,
              node: sourceAttr.expr,
              attributePath: "source",
              message: `${call.address} takes "${sourceText}" from the default branch, which moves with every push; add ?${param}=<tag or commit id>.`,
            });
          } else if (isBranchRef(source.ref)) {
            ctx.report({
              ...base,
              node: refTarget(ctx.module, call, source.ref) ?? sourceAttr.expr,
              attributePath: "source",
              message: `${call.address} pins its source to the branch "${source.ref}", which moves with every push; use a tag or a commit id instead.`,
            });
          } else if (ctx.strict && !isCommitRef(source.ref)) {
            ctx.report({
              ...base,
              node: refTarget(ctx.module, call, source.ref) ?? sourceAttr.expr,
              attributePath: "source",
              message: `${call.address} pins its source to "${source.ref}", which is not a commit id and can be moved; strict mode requires a full commit id.`,
            });
          }
          break;
        }
      }
    }
  },
});

/** The range of the ref's value inside the source string, when it is written there plainly. */
function refTarget(module: Module, call: ModuleCall, ref: string): ReportTarget | undefined {
  const expr = call.source?.expr;
  if (!expr || expr.type !== "Template" || expr.kind !== "quoted") return undefined;
  const file = fileOfNode(module, expr) ?? call.file;
  const raw = file.source.slice(expr.range.start.offset, expr.range.end.offset);
  const m = new RegExp(`[?&](?:ref|rev)=(${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?=$|[&"])`).exec(raw);
  if (!m) return undefined;
  const start = expr.range.start.offset + m.index + m[0].length - m[1].length;
  const range: Range = lineIndexOf(file).plainRange(start, start + m[1].length);
  return { range, of: expr };
}
