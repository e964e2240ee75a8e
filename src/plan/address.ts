/**
 * Module instance addresses of a plan: `module.app["blue"].module.db[0]`
 * → the calls on the way (`app`, `db`) and their keys.
 */

/** One step of a module instance address. */
export interface ModuleStep {
  readonly name: string;
  /** The `count` index or `for_each` key of that call's instance, when it has one. */
  readonly key?: number | string;
}

/**
 * The steps of a module instance address ("" → []). Undefined when the text
 * is not one (the plan is read as it is; a malformed address is only not located).
 */
export function moduleSteps(address: string): ModuleStep[] | undefined {
  const steps: ModuleStep[] = [];
  let i = 0;
  while (i < address.length) {
    if (steps.length > 0) {
      if (address[i] !== ".") return undefined;
      i++;
    }
    if (!address.startsWith("module.", i)) return undefined;
    i += "module.".length;
    const name = /^[A-Za-z_][\w-]*/.exec(address.slice(i, i + 256))?.[0];
    if (!name) return undefined;
    i += name.length;
    if (address[i] !== "[") {
      steps.push({ name });
      continue;
    }
    const key = instanceKey(address, i);
    if (!key) return undefined;
    steps.push({ name, key: key.key });
    i = key.end;
  }
  return steps;
}

/** `[0]` or `["a.b"]` at `start` (a `[`): the key and the index after `]`. */
function instanceKey(text: string, start: number): { key: number | string; end: number } | undefined {
  if (text[start + 1] === '"') {
    let i = start + 2;
    let key = "";
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\" && i + 1 < text.length) {
        const next = text[i + 1];
        key += next === "n" ? "\n" : next === "t" ? "\t" : next;
        i += 2;
      } else key += text[i++];
    }
    return text[i + 1] === "]" ? { key, end: i + 2 } : undefined;
  }
  const m = /^\[(\d+)\]/.exec(text.slice(start, start + 24));
  return m ? { key: Number(m[1]), end: start + m[0].length } : undefined;
}

/** The module path of an address without instance keys: `module.app["blue"].module.db[0]` → `module.app.module.db`. */
export function moduleCallPath(steps: readonly ModuleStep[]): string {
  return steps.map((s) => `module.${s.name}`).join(".");
}

/** A resource's address inside its module, without an instance key: `aws_instance.web`, `data.aws_ami.x`. */
export function resourceAddress(change: { readonly mode: "managed" | "data"; readonly type: string; readonly name: string }): string {
  return `${change.mode === "data" ? "data." : ""}${change.type}.${change.name}`;
}
