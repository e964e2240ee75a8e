/**
 * Test helpers: expressions rendered as short native-like text, and a
 * syntax-neutral summary of a Module, so that a `.tf` module and its
 * `.tf.json` twin can be compared field by field.
 */
import type { Body, Expression, TemplatePart } from "../../src/hcl/ast.js";
import type { Module } from "../../src/model/types.js";

function renderParts(parts: readonly TemplatePart[]): string {
  return parts
    .map((p) => {
      switch (p.type) {
        case "TemplateLiteral":
          return p.value;
        case "TemplateInterpolation":
          return "${" + render(p.expr) + "}";
        case "TemplateIf":
          return `%{if ${render(p.condition)}}${renderParts(p.then)}${p.else ? "%{else}" + renderParts(p.else) : ""}%{endif}`;
        case "TemplateFor":
          return `%{for ${p.keyVar ? p.keyVar + ", " : ""}${p.valueVar} in ${render(p.collection)}}${renderParts(p.body)}%{endfor}`;
      }
    })
    .join("");
}

function renderKey(key: Expression): string {
  if (key.type === "Variable") return key.name;
  if (key.type === "Template" && key.parts.every((p) => p.type === "TemplateLiteral")) return renderParts(key.parts);
  return render(key);
}

/** Native-like text of an expression; a template of one interpolation renders as its expression (Terraform unwraps it). */
export function render(e: Expression | undefined): string {
  if (!e) return "<none>";
  switch (e.type) {
    case "Literal":
      return e.value === null ? "null" : String(e.value);
    case "Template":
      if (e.parts.length === 1 && e.parts[0].type === "TemplateInterpolation") return render(e.parts[0].expr);
      return JSON.stringify(renderParts(e.parts));
    case "Variable":
      return e.name;
    case "GetAttr":
      return `${render(e.object)}.${e.name}`;
    case "Index":
      return `${render(e.collection)}[${render(e.key)}]`;
    case "Splat":
      return (
        render(e.source) +
        (e.kind === "full" ? "[*]" : ".*") +
        e.steps.map((s) => (s.type === "GetAttr" ? `.${s.name}` : `[${render(s.key)}]`)).join("")
      );
    case "FunctionCall":
      return `${e.name}(${e.args.map(render).join(", ")}${e.expandFinal ? "..." : ""})`;
    case "Conditional":
      return `${render(e.condition)} ? ${render(e.trueExpr)} : ${render(e.falseExpr)}`;
    case "Binary":
      return `${render(e.left)} ${e.op} ${render(e.right)}`;
    case "Unary":
      return `${e.op}${render(e.operand)}`;
    case "Tuple":
      return `[${e.items.map(render).join(", ")}]`;
    case "Object":
      return `{${e.items.map((i) => `${renderKey(i.key)} = ${render(i.value)}`).join(", ")}}`;
    case "For":
      return `for(${render(e.collection)})`;
    case "Parentheses":
      return `(${render(e.expr)})`;
    case "Invalid":
      return "<invalid>";
  }
}

export type BodySummary = (string | { block: string; body: BodySummary })[];

export function summarizeBody(body: Body): BodySummary {
  return body.items.map((item) =>
    item.type === "Attribute"
      ? `${item.name} = ${render(item.expr)}`
      : { block: [item.blockType, ...item.labels.map((l) => l.value)].join(" "), body: summarizeBody(item.body) },
  );
}

/** Everything the model says, without ranges or syntax-specific node kinds. */
export function summarizeModule(m: Module): unknown {
  return {
    resources: m.resources.map((r) => ({
      address: r.address,
      kind: r.kind,
      providerName: r.providerName,
      count: render(r.count?.expr),
      forEach: render(r.forEach?.expr),
      dependsOn: render(r.dependsOn?.expr),
      provider: render(r.provider?.expr),
      lifecycle: r.lifecycle && {
        createBeforeDestroy: render(r.lifecycle.createBeforeDestroy?.expr),
        preventDestroy: render(r.lifecycle.preventDestroy?.expr),
        ignoreChanges:
          r.lifecycle.ignoreChanges &&
          (r.lifecycle.ignoreChanges.kind === "list"
            ? r.lifecycle.ignoreChanges.items.map((i) => `${i.root}:${i.path}`)
            : r.lifecycle.ignoreChanges.kind),
        replaceTriggeredBy: render(r.lifecycle.replaceTriggeredBy?.expr),
        preconditions: r.lifecycle.preconditions.map((b) => summarizeBody(b.body)),
        postconditions: r.lifecycle.postconditions.map((b) => summarizeBody(b.body)),
      },
      provisioners: r.provisioners.map((p) => ({
        type: p.provisionerType,
        when: p.when,
        onFailure: p.onFailure,
        connection: p.connection && render(p.connection.connectionType?.expr),
      })),
      connection: r.connection && render(r.connection.connectionType?.expr),
      body: summarizeBody(r.body),
    })),
    moduleCalls: [...m.moduleCalls.values()].map((c) => ({
      address: c.address,
      source: render(c.source?.expr),
      version: render(c.version?.expr),
      count: render(c.count?.expr),
      arguments: [...c.arguments].map(([k, a]) => `${k} = ${render(a.expr)}`),
    })),
    variables: [...m.variables.values()].map((v) => ({
      address: v.address,
      type: render(v.type?.expr),
      default: render(v.default?.expr),
      description: render(v.description?.expr),
      sensitive: render(v.sensitive?.expr),
      nullable: render(v.nullable?.expr),
      validations: v.validations.map((b) => summarizeBody(b.body)),
    })),
    locals: [...m.locals.values()].map((l) => `${l.address} = ${render(l.attribute.expr)}`),
    outputs: [...m.outputs.values()].map((o) => ({
      address: o.address,
      value: render(o.value?.expr),
      sensitive: render(o.sensitive?.expr),
      description: render(o.description?.expr),
    })),
    providers: m.providers.map((p) => `${p.address}: ${summarizeBody(p.body ?? p.block.body).join("; ")}`),
    terraform: {
      requiredVersion: render(m.terraform.requiredVersion?.expr),
      requiredProviders: [...m.terraform.requiredProviders.values()].map((p) => `${p.name} ${p.source ?? "-"} ${p.version ?? "-"}`),
      backend: m.terraform.backend && summarizeBody(m.terraform.backend.body),
      backendType: m.terraform.backend?.labels[0]?.value,
      cloud: m.terraform.cloud && summarizeBody(m.terraform.cloud.body),
    },
    otherBlocks: m.otherBlocks.map((o) => ({ kind: o.kind, body: summarizeBody(o.block.body) })),
    diagnostics: m.diagnostics.map((d) => d.summary),
  };
}
