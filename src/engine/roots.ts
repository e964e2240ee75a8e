/**
 * Module roles, as the rule catalog defines them ("Module roles"): what
 * each scanned module directory is for, decided from the config's `roles`,
 * the layout and the call graph between scanned directories.
 */
import type { ModuleRole } from "../../rules/api/rule.js";
import { isLocalSource, localSourceDir } from "../eval/modules.js";
import { literalString } from "../model/query.js";
import type { Module } from "../model/types.js";

/** Directories (host paths) that this module's calls with a local source (`./x`, `../x`) point at. */
export function localCallTargets(module: Module, dir: string): string[] {
  const out: string[] = [];
  for (const call of module.moduleCalls.values()) {
    const source = call.source ? literalString(call.source.expr) : undefined;
    if (source === undefined || !isLocalSource(source)) continue;
    out.push(localSourceDir(dir, source));
  }
  return out;
}

/** What the engine knows about a module directory besides its code. */
export interface RoleFacts {
  /** Another scanned module calls this directory through a local source. */
  readonly called: boolean;
  /**
   * The directory, `/`-separated, relative to the repository that holds it
   * (else to the working directory): what the layout tests read.
   */
  readonly dir: string;
  /** `.terraform.lock.hcl` beside the module. */
  readonly hasLockFile?: boolean;
  /** A `.tfvars` or `.tfvars.json` file beside the module. */
  readonly hasVarFiles?: boolean;
  /** The directory is a repository's top (it holds `.git`, or is the scanned root). */
  readonly isRepositoryRoot?: boolean;
  /** The role the config's `roles` gives the directory, which wins over everything else. */
  readonly configured?: ModuleRole;
}

/**
 * The role of a scanned module directory, the first that applies of:
 * 1. the config's `roles` setting;
 * 2. `fixture`: inside a `testdata/` folder, or a folder named `fixtures`
 *    (`fixture`, `__fixtures__`) itself, whose files are snippets;
 * 3. `example`: under a folder named `examples`, `example`, `_examples` or
 *    `examples_*`;
 * 4. `module`: another scanned module calls it through a local source;
 * 5. `deployment`: a `backend` (other than `local`) or `cloud` block, or a `.terraform.lock.hcl`;
 * 6. `test`: under a folder named `test`, `tests`, `testing`, `e2e`,
 *    `terratest` or a name with `test` as a `-`/`_` word (`unit-test-fixture`,
 *    `integration_tests`), Terratest and kitchen layouts (`test/fixtures/x/`) included;
 * 7. `deployment`: a `backend "local"` block, or variable files (`*.tfvars`) beside it;
 * 8. `module`: under a `modules/` folder, or a repository's top with
 *    variables (a published module);
 * 9. `deployment`: a provider configuration block;
 * 10. `module` otherwise.
 */
export function moduleRole(module: Module, facts: RoleFacts): ModuleRole {
  if (facts.configured) return facts.configured;
  const segments = facts.dir.split("/").filter((s) => s !== "" && s !== ".");
  if (isFixtureDir(segments)) return "fixture";
  if (segments.some(isExampleSegment)) return "example";
  if (facts.called) return "module";
  // A local backend keeps state beside the code: what a test harness does,
  // so under a test folder it does not make the directory a deployment.
  const backend = module.terraform.backend;
  const localBackend = backend !== undefined && backend.labels[0]?.value === "local";
  if ((backend !== undefined && !localBackend) || module.terraform.cloud !== undefined || facts.hasLockFile) return "deployment";
  if (segments.some(isTestSegment)) return "test";
  if (localBackend || facts.hasVarFiles) return "deployment";
  if (isUnderModulesFolder(facts.dir)) return "module";
  if (facts.isRepositoryRoot && module.variables.size > 0) return "module";
  return module.providers.length > 0 ? "deployment" : "module";
}

/** Whether a scanned module is a root module that is applied: a deployment (`moduleRole`). */
export function isRootModule(module: Module, facts: RoleFacts): boolean {
  return moduleRole(module, facts) === "deployment";
}

/** `modules/web`, `infra/modules/vpc/x`: some parent folder is named `modules`. */
export function isUnderModulesFolder(dir: string): boolean {
  const segments = dir.split("/").filter((s) => s !== "" && s !== ".");
  return segments.slice(0, -1).includes("modules");
}

const FIXTURE_FOLDERS = new Set(["fixtures", "fixture", "__fixtures__"]);

/** `testdata/...` at any depth, or a snippet folder named `fixtures` itself (not `test/fixtures/x/`, a kitchen root). */
function isFixtureDir(segments: readonly string[]): boolean {
  if (segments.some((s) => s.toLowerCase() === "testdata")) return true;
  const last = segments[segments.length - 1];
  return last !== undefined && FIXTURE_FOLDERS.has(last.toLowerCase());
}

function isExampleSegment(segment: string): boolean {
  return /^_?examples?([-_.].*)?$/i.test(segment);
}

function isTestSegment(segment: string): boolean {
  return /^(testing|terratest|e2e)$/i.test(segment) || /(^|[-_.])tests?([-_.]|$)/i.test(segment);
}
