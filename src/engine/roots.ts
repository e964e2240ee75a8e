/**
 * Root or child module, as the rule catalog defines it: a root module has a
 * `backend`/`cloud` block or a provider configuration block and is not
 * called through a local `source` by another scanned module; a child is
 * called by another, or sits under a `modules/` folder with no backend.
 */
import * as path from "node:path";
import { literalString } from "../model/query.js";
import type { Module } from "../model/types.js";

/** Directories (host paths) that this module's calls with a local source (`./x`, `../x`) point at. */
export function localCallTargets(module: Module, dir: string): string[] {
  const out: string[] = [];
  for (const call of module.moduleCalls.values()) {
    const source = call.source ? literalString(call.source.expr) : undefined;
    if (source === undefined || !isLocalSource(source)) continue;
    out.push(path.join(dir, source));
  }
  return out;
}

/** Terraform treats only `./` and `../` prefixes as local paths. */
export function isLocalSource(source: string): boolean {
  return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\") || source.startsWith("..\\");
}

export interface RootFacts {
  /** Another scanned module calls this directory through a local source. */
  readonly called: boolean;
  /** The directory, relative to the working directory with `/` separators (for the `modules/` test). */
  readonly dir: string;
}

/** Whether a scanned module is a root module. */
export function isRootModule(module: Module, facts: RootFacts): boolean {
  if (facts.called) return false;
  const hasBackend = module.terraform.backend !== undefined || module.terraform.cloud !== undefined;
  if (!hasBackend && isUnderModulesFolder(facts.dir)) return false;
  return hasBackend || module.providers.length > 0;
}

/** `modules/web`, `infra/modules/vpc/x`: some parent folder is named `modules`. */
export function isUnderModulesFolder(dir: string): boolean {
  const segments = dir.split("/").filter((s) => s !== "" && s !== ".");
  return segments.slice(0, -1).includes("modules");
}
