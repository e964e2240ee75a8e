/**
 * From a plan's resource address to the block in the configuration it came
 * from: the scanned root module, local modules by their `source`, and
 * downloaded modules through `.terraform/modules/modules.json` (written by
 * `terraform init` and `tofu init`). What cannot be found is left to the
 * address alone; nothing is fetched.
 */
import type { Range } from "../hcl/ast.js";
import type { Module, Resource } from "../model/types.js";
import { literalString } from "../model/query.js";
import { moduleSteps, resourceAddress } from "./address.js";

/** What the locator reads through: the engine's modules and files, inside the read boundary. */
export interface LocatorHost {
  /** The module in a directory (loaded once), or undefined when it has no configuration files. */
  loadModule(dir: string): Module | undefined;
  /** A directory joined with a relative path (`./modules/web`, `.terraform/modules/vpc`). */
  join(dir: string, relative: string): string;
  /** A file's text, or undefined. */
  readFile(path: string): string | undefined;
}

/** Where `terraform init` records the modules it installed, relative to the root module. */
export const MODULES_MANIFEST = ".terraform/modules/modules.json";

export class PlanLocator {
  /** Module directories by module call path (`module.app.module.db`), "" for the root. */
  private readonly dirs = new Map<string, string | undefined>();
  private manifest: ReadonlyMap<string, string> | undefined;

  constructor(
    private readonly rootDir: string,
    private readonly host: LocatorHost,
  ) {
    this.dirs.set("", rootDir);
  }

  /** The resource block a change is about, or undefined when the configuration does not hold it. */
  locate(change: { readonly moduleAddress: string; readonly mode: "managed" | "data"; readonly type: string; readonly name: string }): Resource | undefined {
    const steps = moduleSteps(change.moduleAddress);
    if (!steps) return undefined;
    const dir = this.dirOf(steps.map((s) => s.name));
    const module = dir === undefined ? undefined : this.host.loadModule(dir);
    return module?.resourcesByAddress.get(resourceAddress(change));
  }

  /**
   * The module call blocks of the configuration on the way to a resource
   * (outermost first), where they are in scanned files: a suppression on a
   * call covers what it calls.
   */
  callsTo(change: { readonly moduleAddress: string }): { readonly file: string; readonly range: Range }[] {
    const steps = moduleSteps(change.moduleAddress) ?? [];
    const out: { file: string; range: Range }[] = [];
    for (let i = 0; i < steps.length; i++) {
      const dir = this.dirOf(steps.slice(0, i).map((s) => s.name));
      const call = dir === undefined ? undefined : this.host.loadModule(dir)?.moduleCalls.get(steps[i].name);
      if (call) out.push({ file: call.file.filename, range: call.block.range });
    }
    return out;
  }

  /** The directory of the module reached through these calls from the root. */
  private dirOf(names: readonly string[]): string | undefined {
    const key = names.join(".");
    if (this.dirs.has(key)) return this.dirs.get(key);
    const parentDir = this.dirOf(names.slice(0, -1));
    let dir: string | undefined;
    if (parentDir !== undefined) {
      const call = this.host.loadModule(parentDir)?.moduleCalls.get(names[names.length - 1]);
      const source = call?.source ? literalString(call.source.expr) : undefined;
      // A local source is read where it is (as Terraform does); anything else where `init` put it.
      if (source !== undefined && /^\.\.?[\\/]/.test(source)) dir = this.host.join(parentDir, source);
      else if (call) dir = this.installed().get(key);
    }
    this.dirs.set(key, dir);
    return dir;
  }

  /** `modules.json`'s directories by key (`vpc`, `app.db`), joined to the root; empty when there is none. */
  private installed(): ReadonlyMap<string, string> {
    if (this.manifest) return this.manifest;
    const out = new Map<string, string>();
    const text = this.host.readFile(this.host.join(this.rootDir, MODULES_MANIFEST));
    let data: unknown;
    try {
      data = text === undefined ? undefined : JSON.parse(text);
    } catch {
      data = undefined; // a broken manifest only means the blocks are not found
    }
    const list = typeof data === "object" && data !== null ? (data as { Modules?: unknown }).Modules : undefined;
    if (Array.isArray(list)) {
      for (const entry of list) {
        if (typeof entry !== "object" || entry === null) continue;
        const { Key, Dir } = entry as { Key?: unknown; Dir?: unknown };
        // Only directories inside the root: the manifest is the scanned repository's, as untrusted as the rest.
        if (typeof Key === "string" && Key !== "" && typeof Dir === "string" && !/^(?:[\\/]|[A-Za-z]:)/.test(Dir) && !Dir.split(/[\\/]/).includes("..")) {
          out.set(Key, this.host.join(this.rootDir, Dir));
        }
      }
    }
    this.manifest = out;
    return out;
  }
}
