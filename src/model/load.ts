/**
 * `loadModule`: reads one directory through a `SourceHost` and builds its model.
 */
import type { HclFile } from "../hcl/ast.js";
import { parse } from "../hcl/index.js";
import { buildModule } from "./build.js";
import { DiskHost } from "./disk-host.js";
import { baseName, compareFileNames, isConfigFile, isIgnoredFile, isVarFile } from "./files.js";
import type { SourceHost } from "./host.js";
import { joinName } from "../util/paths.js";
import type { Module, ModuleDiagnostic } from "./types.js";

/** Options of `loadModule`. */
export interface LoadModuleOptions {
  /** Where files are read from (default: the disk). */
  readonly host?: SourceHost;
}

const NOWHERE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Paths of the configuration and variable files `loadModule` reads in `dir`,
 * in the order it reads them. Hidden files and editor backups are left out,
 * as Terraform leaves them out.
 */
export function moduleFileNames(dir: string, host: SourceHost): string[] {
  return host
    .listFiles(dir)
    .filter((n) => !isIgnoredFile(n) && (isConfigFile(n) || isVarFile(n)))
    .sort(compareFileNames)
    .map((name) => (dir === "" ? name : joinName(dir, name)));
}

/**
 * Reads the module in `dir`: its `.tf` and `.tf.json` files in lexical order
 * (override files last) and its `.tfvars` / `.tfvars.json` files as
 * `varFiles`. Hidden files and editor backups are skipped, as Terraform
 * skips them. A file that cannot be read as UTF-8 text is a module
 * diagnostic. Never throws.
 */
export function loadModule(dir: string, options: LoadModuleOptions = {}): Module {
  const host = options.host ?? new DiskHost();
  const files: HclFile[] = [];
  // One unreadable file under several names (links) is one problem, reported at its first name.
  const unreadable = new Map<string, string[]>();
  for (const path of moduleFileNames(dir, host)) {
    const text = host.readFile(path);
    if (text !== undefined) {
      files.push(parse(text, path));
      continue;
    }
    const identity = host.fileIdentity?.(path) ?? path;
    const names = unreadable.get(identity);
    if (names) names.push(path);
    else unreadable.set(identity, [path]);
  }
  const problems = [...unreadable.values()].map(([path, ...aliases]): ModuleDiagnostic => {
    const also = aliases.length > 0 ? ` The same file is also named ${aliases.map((a) => `"${baseName(a)}"`).join(", ")}.` : "";
    return {
      severity: "error",
      summary: "Failed to read file",
      detail: `The file "${baseName(path)}" could not be read: ${host.whyUnreadable?.(path) ?? "it is not UTF-8 text"}.${also}`,
      range: NOWHERE,
      filename: path,
    };
  });
  const module = buildModule(files, { dir });
  return problems.length === 0 ? module : { ...module, diagnostics: [...problems, ...module.diagnostics] };
}
