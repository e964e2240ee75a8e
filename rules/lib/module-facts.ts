/**
 * Module-level facts for the settings rules (Terraform version, provider
 * versions, lock file): where to report something that is missing from the
 * whole module, and which providers it uses.
 */
import type { Block, HclFile, Range } from "../../src/hcl/ast.js";
import type { Module } from "../../src/model/types.js";
import { blockHeaderRange, childBlocks } from "../../src/model/query.js";
import { fileOfNode } from "../../src/model/node-files.js";

/** A place to report something the module as a whole lacks. */
export interface ModuleAnchor {
  readonly file: HclFile;
  /** The anchored block (report at its header: `blockHeader(block)`). */
  readonly block: Block;
  /** `terraform` when the anchor is a terraform block, else the anchored block's type. */
  readonly what: string;
}

/**
 * Where to report a module-wide finding: the header of the `terraform` block
 * that `prefer` picks (else the first `terraform` block), or, when the module
 * has none, the header of the first block of its first file. Undefined for a
 * module without blocks.
 */
export function moduleAnchor(module: Module, prefer?: (block: Block) => boolean): ModuleAnchor | undefined {
  const blocks = module.terraform.blocks;
  const chosen = (prefer ? blocks.find(prefer) : undefined) ?? blocks[0];
  if (chosen) {
    const file = fileOfNode(module, chosen);
    if (file) return { file, block: chosen, what: "terraform" };
  }
  for (const file of module.files) {
    const first = file.body.items.find((i): i is Block => i.type === "Block");
    if (first) return { file, block: first, what: first.blockType };
  }
  return undefined;
}

/** Whether a terraform block has a nested block of this type (`required_providers`, `backend`). */
export function hasNestedBlock(block: Block, type: string): boolean {
  return childBlocks(block.body, type).length > 0;
}


/** Providers that need no `required_providers` entry: Terraform's built-in one. */
export const BUILTIN_PROVIDERS: ReadonlySet<string> = new Set(["terraform"]);

/** A provider the module uses, with the first place that uses it. */
export interface ProviderUse {
  readonly name: string;
  readonly file: HclFile;
  readonly range: Range;
  /** The block that uses it (a resource, data source or provider block). */
  readonly block: Block;
  /** How it is used: `used by aws_instance.web`, `configured by a provider block`. */
  readonly by: string;
}

/**
 * Providers the module uses (resources, data sources and provider blocks),
 * by local name, each with its first use in file and source order.
 */
export function usedProviders(module: Module): Map<string, ProviderUse> {
  const uses: ProviderUse[] = [];
  for (const r of module.resources) {
    uses.push({ name: r.providerName, file: r.file, range: blockHeaderRange(r.block), block: r.block, by: `used by ${r.address}` });
  }
  for (const p of module.providers) {
    uses.push({ name: p.name, file: p.file, range: blockHeaderRange(p.block), block: p.block, by: "configured by a provider block" });
  }
  const fileIndex = new Map(module.files.map((f, i) => [f.filename, i]));
  uses.sort((a, b) => (fileIndex.get(a.file.filename) ?? 0) - (fileIndex.get(b.file.filename) ?? 0) || a.range.start.offset - b.range.start.offset);
  const byName = new Map<string, ProviderUse>();
  for (const u of uses) {
    if (u.name !== "" && !BUILTIN_PROVIDERS.has(u.name) && !byName.has(u.name)) byName.set(u.name, u);
  }
  return byName;
}

/** Whether the module needs providers at all (and so a lock file): resources, providers, or module calls. */
export function needsProviders(module: Module): boolean {
  return (
    module.resources.some((r) => !BUILTIN_PROVIDERS.has(r.providerName)) ||
    module.providers.length > 0 ||
    [...module.terraform.requiredProviders.keys()].some((n) => !BUILTIN_PROVIDERS.has(n)) ||
    module.moduleCalls.size > 0
  );
}

/**
 * What makes a module a deployment, as its findings name it: the first of
 * the engine's deployment signs the module shows (`backend "gcs" in
 * backend.tf`), in the order the engine tests them. Undefined when it shows
 * none: then only the config's `roles` can have made it one.
 */
export function deploymentEvidence(module: Module, hasLockFile: boolean): string | undefined {
  const { backend, cloud } = module.terraform;
  if (backend) return `backend "${backend.labels[0]?.value ?? ""}" in ${fileNameOf(module, backend)}`;
  if (cloud) return `a cloud block in ${fileNameOf(module, cloud)}`;
  if (hasLockFile) return ".terraform.lock.hcl beside it";
  const [varFile] = module.varFiles;
  if (varFile) return `${baseName(varFile.filename)} beside it`;
  const [provider] = module.providers;
  if (provider) return `provider "${provider.name}" in ${baseName(provider.file.filename)}`;
  return undefined;
}

/** `This deployment (backend "gcs" in backend.tf)`, or `This deployment` when it shows no sign of one. */
export function thisDeployment(module: Module, hasLockFile: boolean): string {
  const evidence = deploymentEvidence(module, hasLockFile);
  return evidence ? `This deployment (${evidence})` : "This deployment";
}

function fileNameOf(module: Module, block: Block): string {
  const file = fileOfNode(module, block);
  return file ? baseName(file.filename) : "its terraform block";
}

function baseName(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
}
