/**
 * Override-file merging of bodies, as Terraform does it: an argument in the
 * override replaces the argument of the same name; any nested block type in
 * the override (a `dynamic "x"` counts as type `x`) replaces every block of
 * that type in the base. Nested block contents are never merged, except
 * where a caller says so (a resource's `lifecycle`).
 *
 * The merged body is new, but its items are the original nodes, so each
 * keeps the ranges of the file it was written in.
 */
import type { Attribute, Block, Body, BodyItem } from "../hcl/ast.js";

/** The block type a nested block stands for: a `dynamic "x"` block stands for `x`. */
export function effectiveBlockType(block: Block): string {
  return block.blockType === "dynamic" && block.labels.length > 0 ? block.labels[0].value : block.blockType;
}

export interface MergeOptions {
  /** Arguments of the override that are not merged (e.g. `depends_on`, reported instead). */
  readonly skipArguments?: ReadonlySet<string>;
  /** Whether the override's nested blocks replace the base's (false: the base's stay, the override's are dropped). */
  readonly mergeBlocks?: boolean;
  /**
   * Block types merged argument by argument instead of replaced (a resource's
   * `lifecycle`): the base's first block of the type gets the override's
   * arguments; the base's nested blocks inside it stay.
   */
  readonly argumentWiseBlocks?: ReadonlySet<string>;
}

/** Replaces or appends `override`'s arguments into `items`, in place. */
function mergeArguments(items: BodyItem[], overrideAttrs: readonly Attribute[]): void {
  for (const attr of overrideAttrs) {
    let at = -1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.type === "Attribute" && item.name === attr.name) {
        if (at < 0) at = i;
        else {
          items.splice(i, 1);
          i--;
        }
      }
    }
    if (at >= 0) items[at] = attr;
    else items.push(attr);
  }
}

export function mergeBodies(base: Body, override: Body, options: MergeOptions = {}): Body {
  const skip = options.skipArguments ?? new Set<string>();
  const argumentWise = options.argumentWiseBlocks ?? new Set<string>();
  const mergeBlocks = options.mergeBlocks ?? true;
  const items: BodyItem[] = [...base.items];

  mergeArguments(
    items,
    override.items.filter((i): i is Attribute => i.type === "Attribute" && !skip.has(i.name)),
  );

  if (mergeBlocks) {
    const overrideBlocks = override.items.filter((i): i is Block => i.type === "Block");
    const replaced = new Set<string>();
    const appended: Block[] = [];
    for (const block of overrideBlocks) {
      const type = effectiveBlockType(block);
      if (argumentWise.has(type) && block.blockType === type) {
        const at = items.findIndex((i) => i.type === "Block" && i.blockType === type);
        if (at >= 0) {
          const baseBlock = items[at] as Block;
          const attrs = block.body.items.filter((i): i is Attribute => i.type === "Attribute");
          const bodyItems = [...baseBlock.body.items];
          mergeArguments(bodyItems, attrs);
          items[at] = { ...baseBlock, body: { ...baseBlock.body, items: bodyItems } };
          continue;
        }
      }
      replaced.add(type);
      appended.push(block);
    }
    const kept = items.filter((i) => i.type !== "Block" || !replaced.has(effectiveBlockType(i)));
    return { type: "Body", items: [...kept, ...appended], range: base.range };
  }
  return { type: "Body", items, range: base.range };
}
