/**
 * Whether a data source's result is put to use in a module instance: a
 * lookup whose answer every argument discards does not decide what runs.
 */
import type { Attribute, Body, Expression } from "../../src/hcl/ast.js";
import type { Module, Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { isKnown } from "../../src/eval/values.js";
import type { RuleContext } from "../api/rule.js";
import { hasInstances } from "./instances.js";
import type { Reference } from "./references.js";
import { referencesIn } from "./references.js";

/** An argument that reads a data source (directly or through locals), and what holds it. */
interface Reader {
  readonly attribute: Attribute;
  /** The resource or data source whose argument it is (absent for a module call's argument or an output). */
  readonly resource?: Resource;
  /** Inside a nested block: its value there depends on the block's own iteration, which is not worked out. */
  readonly nested: boolean;
}

/** Per module, the readers of each data source (by address), found once. */
const readersByModule = new WeakMap<Module, Map<string, readonly Reader[]>>();

/**
 * How this instance uses what `dataSource` returns: undefined when it does
 * not, else the values that take it (an argument of a resource that
 * exists, of a module call, or an output that reads it and is not fully
 * known here), for `ReportDescriptor.decidedBy`. A data source's
 * attributes are known only at apply, so an argument that reads one and is
 * known anyway has dropped its answer (a condition took the other branch:
 * `release_version = var.ami_id != "" ? null : local.ssm_release`). When
 * nothing in the module reads it at all, it counts as used (by no value):
 * a reader tfmould cannot see (a `depends_on`, a script) may well.
 */
export function dataSourceUse(ctx: RuleContext, dataSource: Resource): readonly Value[] | undefined {
  const readers = readersOf(ctx.module, dataSource.address);
  if (readers.length === 0) return [];
  const takers: Value[] = [];
  let nested = false;
  for (const reader of readers) {
    if (reader.resource && !hasInstances(ctx, reader.resource)) continue;
    if (reader.nested) {
      nested = true;
      continue;
    }
    const value = ctx.evaluate(reader.attribute.expr, reader.resource);
    if (!isKnown(value)) takers.push(value);
  }
  return takers.length > 0 || nested ? takers : undefined;
}

function readersOf(module: Module, address: string): readonly Reader[] {
  let byAddress = readersByModule.get(module);
  if (!byAddress) readersByModule.set(module, (byAddress = new Map()));
  let readers = byAddress.get(address);
  if (!readers) byAddress.set(address, (readers = findReaders(module, address)));
  return readers;
}

function findReaders(module: Module, address: string): Reader[] {
  const out: Reader[] = [];
  const reads = (expr: Expression): boolean => referencesIn(expr, module).some((ref) => referenceAddress(ref) === address);
  const visit = (body: Body, resource: Resource | undefined, nested: boolean): void => {
    for (const item of body.items) {
      if (item.type === "Attribute") {
        if (item.name !== "depends_on" && reads(item.expr)) out.push({ attribute: item, ...(resource ? { resource } : {}), nested });
      } else if (item.blockType !== "lifecycle") {
        visit(item.body, resource, true);
      }
    }
  };
  for (const resource of module.resources) {
    if (resource.address !== address) visit(resource.body, resource, false);
  }
  for (const call of module.moduleCalls.values()) {
    for (const attribute of call.arguments.values()) if (reads(attribute.expr)) out.push({ attribute, nested: false });
  }
  for (const output of module.outputs.values()) {
    if (output.value && reads(output.value.expr)) out.push({ attribute: output.value, nested: false });
  }
  return out;
}

/** `data.<type>.<name>` for a reference to a data source, else undefined. */
function referenceAddress(ref: Reference): string | undefined {
  const [type, name] = ref.steps;
  if (ref.root !== "data" || type?.kind !== "attr" || name?.kind !== "attr") return undefined;
  return `data.${type.name}.${name.name}`;
}
