import { blockHeader, childBlocks } from "../../src/model/query.js";
import type { Module } from "../../src/model/types.js";
import { providerSourceKey } from "../../src/model/required-providers.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor } from "../api/rule.js";
import { BUILTIN_PROVIDERS, hasNestedBlock, thisDeployment, usedProviders } from "../lib/module-facts.js";
import { hasUpperBound, parseVersionConstraint } from "../../src/model/version-constraints.js";
import { compareStrings } from "../../src/util/compare.js";

export default defineRule({
  id: "provider-version-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Every provider a module uses has a source and a version constraint (capped in deployments)",
  precision: "very-high",
  check(ctx) {
    const isDeployment = ctx.role === "deployment";
    const unlisted: Unlisted[] = [];
    for (const finding of findingsOf(ctx.module, isDeployment, ctx.hasLockFile)) {
      const { descriptor, missing, uncapped } = finding;
      // Terraform combines every module's constraints. A deployment needs a cap, and a cap in a local module
      // it calls holds for the whole configuration; elsewhere, another module's lower bound is enough.
      if (isDeployment) {
        const source = missing?.source ?? uncapped;
        if (source !== undefined && ctx.providersCappedBelow.has(`source:${source}`)) continue;
      } else if (missing) {
        const around = ctx.providersConstrainedAround;
        if (around.has(`source:${missing.source}`) || around.has(`name:${missing.name}`)) continue;
      }
      if (finding.unlisted) unlisted.push({ descriptor, ...finding.unlisted });
      else ctx.report(descriptor);
    }
    // Several providers missing from one required_providers block are one thing to fix there.
    if (unlisted.length === 1) ctx.report(unlisted[0].descriptor);
    else if (unlisted.length > 1) ctx.report(joinUnlisted(unlisted));
  },
});

/** A provider with no entry, reported at the module's required_providers block, with the parts of a joined message. */
type Unlisted = NonNullable<ModuleFinding["unlisted"]> & { readonly descriptor: ReportDescriptor };

/** One report for the providers with no entry in the module's required_providers block. */
function joinUnlisted(findings: readonly Unlisted[]): ReportDescriptor {
  const first = findings[0].descriptor;
  const about = findings.map((f) => f.about).sort(compareStrings);
  const source = findings.every((f) => f.hashicorp) ? "hashicorp/<name>" : "<namespace>/<name>";
  const version = findings[0].version;
  return {
    node: first.node,
    address: "terraform",
    attributePath: "required_providers",
    related: findings.flatMap((f) => f.descriptor.related ?? []),
    message: `${findings.length} providers have no required_providers entry, so Terraform takes each as "hashicorp/<name>" with any version: ${about.join(", ")}; add each to terraform { required_providers } as <name> = { source = "${source}", version = "${version}" }.`,
  };
}

/**
 * What the rule reports for a module: it reads syntax only, so every
 * instance of a module (root or not) gets the same reports; they are
 * computed once per module and role.
 */
const findingsByModule = new WeakMap<Module, { root?: readonly ModuleFinding[]; child?: readonly ModuleFinding[] }>();

/**
 * A report, and which provider it is about when another module may settle
 * it: one with no entry or no version (another module may constrain it), or
 * a deployment's constraint with no upper bound (a called module may cap it).
 */
interface ModuleFinding {
  readonly descriptor: ReportDescriptor;
  readonly missing?: { readonly name: string; readonly source: string };
  /** The provider's source key (`providerSourceKey`). */
  readonly uncapped?: string;
  /** Set for a provider with no entry, reported at the module's required_providers block: the parts of a joined message. */
  readonly unlisted?: {
    /** `"archive" (used by data.archive_file.bundle)`. */
    readonly about: string;
    readonly hashicorp: boolean;
    /** The version constraint to suggest. */
    readonly version: string;
  };
}

function findingsOf(module: Module, isRoot: boolean, hasLockFile: boolean): readonly ModuleFinding[] {
  let known = findingsByModule.get(module);
  if (!known) findingsByModule.set(module, (known = {}));
  const role = isRoot ? "root" : "child";
  // Whether the directory has a lock file is a fact of the directory, as the module is: it cannot vary under one key.
  return (known[role] ??= computeFindings(module, isRoot, hasLockFile));
}

function computeFindings(module: Module, isRoot: boolean, hasLockFile: boolean): ModuleFinding[] {
  const out: ModuleFinding[] = [];
  const required = module.terraform.requiredProviders;
  const used = usedProviders(module);
  const rpBlock = module.terraform.blocks.find((b) => hasNestedBlock(b, "required_providers"));
  const rpFile = rpBlock ? fileOfNode(module, rpBlock) : undefined;
  const rpHeader = rpBlock ? childBlocks(rpBlock.body, "required_providers")[0] : undefined;

  for (const [name, use] of used) {
    if (required.has(name)) continue;
    const atRequired = rpFile && rpHeader;
    const notHashicorp = isHashicorpProvider(name) ? "" : " (a provider HashiCorp does not publish)";
    const version = isRoot ? "~> X.Y" : ">= X.Y";
    const entry = `${name} = { source = "${suggestedSource(name)}", version = "${version}" }`;
    out.push({
      missing: { name, source: providerSourceKey(name, undefined) },
      ...(atRequired ? { unlisted: { about: `"${name}"${notHashicorp} (${use.by})`, hashicorp: isHashicorpProvider(name), version } } : {}),
      descriptor: {
        node: atRequired ? blockHeader(rpHeader) : blockHeader(use.block),
        address: `provider.${name}`,
        attributePath: `required_providers.${name}`,
        related: atRequired ? [{ file: use.file.filename, range: use.range, message: `provider "${name}" ${use.by.replace(/^used by \S+/, "used here")}` }] : undefined,
        message: `Provider "${name}" (${use.by}) has no required_providers entry, so Terraform takes it as "hashicorp/${name}"${notHashicorp} with any version; add ${entry} to terraform { required_providers }.`,
      },
    });
  }

  for (const [name, entry] of required) {
    if (BUILTIN_PROVIDERS.has(name)) continue;
    // The engine finds the file of each entry (several terraform blocks may declare providers).
    const base = { address: `provider.${name}`, attributePath: `required_providers.${name}` };
    const { source, version } = entry;
    if (source === undefined) {
      out.push({
        descriptor: {
          ...base,
          node: entry.attribute.expr,
          message: `Provider "${name}" has no source in required_providers, so Terraform assumes "hashicorp/${name}"${isHashicorpProvider(name) ? "" : " (a provider HashiCorp does not publish)"}; write the source explicitly, e.g. ${name} = { source = "${suggestedSource(name)}", version = "…" }.`,
        },
      });
    }
    if (version === undefined) {
      out.push({
        missing: { name, source: providerSourceKey(name, source) },
        descriptor: {
          ...base,
          node: entry.attribute.expr,
          message: `Provider "${name}" has no version constraint, so every terraform init -upgrade takes its newest release; add version = "${isRoot ? "~> X.Y" : ">= X.Y"}".`,
        },
      });
      continue;
    }
    if (!isRoot) continue;
    const parsed = parseVersionConstraint(version);
    if (!parsed.ok || hasUpperBound(parsed.terms)) continue;
    out.push({
      uncapped: providerSourceKey(name, source),
      descriptor: {
        ...base,
        node: entry.versionRange ? { range: entry.versionRange, of: entry.attribute } : entry.attribute.expr,
        attributePath: `required_providers.${name}.version`,
        message: `Provider "${name}" version "${version}" has no upper bound in ${thisDeployment(module, hasLockFile).replace(/^This/, "this")}, so its next major release is taken as soon as it is published; cap it, e.g. "~> ${capFrom(parsed.terms[0]?.version)}".`,
      },
    });
  }
  return out;
}

/** `5.40.1` → `5.40`; anything odd → `X.Y`. */
function capFrom(version: string | undefined): string {
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  return m ? `${m[1]}.${m[2]}` : version && /^\d+$/.test(version) ? `${version}.0` : "X.Y";
}

/**
 * Providers HashiCorp publishes under `hashicorp/`: for these, the source
 * Terraform takes for a name with no entry is the one to write down.
 */
const HASHICORP_PROVIDERS: ReadonlySet<string> = new Set([
  "ad", "archive", "aws", "awscc", "azuread", "azurerm", "azurestack", "boundary", "cloudinit", "consul",
  "dns", "external", "google", "google-beta", "googleworkspace", "hcp", "helm", "http", "kubernetes",
  "local", "nomad", "null", "random", "template", "tfe", "time", "tls", "vault", "vsphere",
]);

function isHashicorpProvider(name: string): boolean {
  return HASHICORP_PROVIDERS.has(name);
}

/** The source to suggest for a local name: HashiCorp's provider, or a placeholder for the author to fill. */
function suggestedSource(name: string): string {
  return isHashicorpProvider(name) ? `hashicorp/${name}` : `<namespace>/${name}`;
}
