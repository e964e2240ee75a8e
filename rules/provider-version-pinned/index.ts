import { blockHeader, childBlocks } from "../../src/model/query.js";
import type { Module } from "../../src/model/types.js";
import { providerSourceKey } from "../../src/model/required-providers.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor } from "../api/rule.js";
import { BUILTIN_PROVIDERS, hasNestedBlock, ROOT_MODULE_NOTE, thisDeployment, usedProviders } from "../lib/module-facts.js";
import { hasUpperBound, parseVersionConstraint } from "../lib/version-constraints.js";

export default defineRule({
  id: "provider-version-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Every provider a module uses has a source and a version constraint (capped in deployments)",
  precision: "very-high",
  docs: {
    rationale: [
      "Providers turn the same configuration into API calls, and a new provider release can change defaults,",
      "rename arguments or plan replacements for resources that did not change. A provider with no version",
      "constraint floats to the newest release at every `terraform init -upgrade` (and at every init",
      "without a lock file). A provider with no `source` is taken as `hashicorp/<name>`: right for",
      "HashiCorp's own providers, but the code then depends on a default that a reader has to know, and",
      "for any other provider (`kubectl`, `datadog`) `terraform init` looks for a `hashicorp/` provider",
      "that does not exist.",
      "",
      "Deployments (root modules that are applied) are what gets applied, so their constraints need an",
      "upper bound: `~> 5.40` lets in fixes, not the next major release. Reusable child modules should",
      "state the oldest release they work with and leave the cap to the deployment, as Terraform's",
      "module guidance recommends.",
    ].join("\n"),
    remediation: [
      "Declare every provider in `terraform { required_providers { ... } }` with both `source` and",
      '`version`. In a deployment use a capped constraint (`~> 5.40`, `>= 5.40, < 6.0`, or an exact',
      "version); in a child module a lower bound (`>= 5.40`) is enough. Commit the lock file",
      "(`dependency-lock-file`) to fix the exact build.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad (deployment): no version at all for aws, no cap for random, google undeclared",
      "terraform {",
      "  required_providers {",
      '    aws    = { source = "hashicorp/aws" }',
      '    random = { source = "hashicorp/random", version = ">= 3.0" }',
      "  }",
      "}",
      "",
      'resource "google_storage_bucket" "logs" {',
      '  name     = "acme-logs"',
      '  location = "EU"',
      "}",
      "```",
      "",
      "```hcl",
      "# Good",
      "terraform {",
      "  required_providers {",
      '    aws    = { source = "hashicorp/aws", version = "~> 5.40" }',
      '    random = { source = "hashicorp/random", version = "~> 3.6" }',
      '    google = { source = "hashicorp/google", version = "~> 6.0" }',
      "  }",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "A provider counts as used when a resource or data source belongs to it (by its type prefix or its",
      "`provider` argument) or when a `provider` block configures it. Terraform's built-in `terraform`",
      "provider (`terraform_data`, `terraform_remote_state`) needs no entry. Every `required_providers`",
      "entry is also checked for `source` and `version`, used or not.",
      "",
      "- A used provider with no entry is reported at its first use (the block header), or at the",
      "  `required_providers` block when there is one.",
      "- An entry without `source` (including the legacy `aws = \"~> 5.0\"` string form) or without",
      "  `version` is reported at the entry's value.",
      "- In a deployment (a root module that is applied), a constraint without an upper bound (only `>=`,",
      "  `>` or `!=`, or `~> 5` with a single segment, which means `>= 5`) is reported at the constraint.",
      "  Reusable modules, examples and tests need a source and a version, but a lower bound is enough.",
      "- Terraform combines the version constraints of every module of a configuration. Outside a",
      "  deployment, a provider with no entry or no `version` is not reported when another module of the",
      "  same configuration constrains it: a scanned module that calls this one (at any depth), or a local",
      "  module this one calls (matched by source, or by local name). A deployment still needs its own",
      "  capped constraint.",
      "- A call through the registry address of the repository being scanned counts as a call to this",
      "  checkout: the registry publishes `<namespace>/<name>/<provider>` from a repository named",
      "  `terraform-<provider>-<name>`, so an example calling `acme/vpc/aws` inside a folder named",
      "  `terraform-aws-vpc` (or `<owner>__terraform-aws-vpc`) takes the constraints of that folder (and",
      "  of the `//sub/directory` the source names, with the local modules it calls).",
      "",
      "A provider with no entry is reported with the source Terraform takes for it, `hashicorp/<name>`,",
      "as the one to write when that is a provider HashiCorp publishes (`aws`, `azurerm`, `google`,",
      "`kubernetes`, `random`, `null`, `local`, `time`, `tls`, `archive`, `external`, `http`, ...); for",
      "any other name the message says `<namespace>/<name>`, since only the author knows which",
      "publisher's provider the code was written for.",
      "",
      ROOT_MODULE_NOTE,
      "",
      "A directory that is never applied, such as one that exists only so that `terraform init` writes a",
      "shared `.terraform.lock.hcl` with the newest releases (a lock-file generator), is not a module",
      "tfmould can tell apart from the layout. Give it the `fixture` role in `.tfmould.json`, which keeps",
      "it to syntax checks: `{ \"roles\": { \"tools/lockfile\": \"fixture\" } }`.",
      "",
      "Terraform requires these settings to be literals, so values play no part here.",
    ].join("\n"),
  },
  check(ctx) {
    // A deployment must cap its own providers: what its modules constrain is a lower bound at most.
    const around = ctx.role === "deployment" ? new Set<string>() : ctx.providersConstrainedAround;
    for (const { descriptor, missing } of findingsOf(ctx.module, ctx.role === "deployment", ctx.hasLockFile)) {
      // Terraform combines every module's constraints: another module of the configuration pinning it is enough.
      if (missing && (around.has(`source:${missing.source}`) || around.has(`name:${missing.name}`))) continue;
      ctx.report(descriptor);
    }
  },
});

/**
 * What the rule reports for a module: it reads syntax only, so every
 * instance of a module (root or not) gets the same reports; they are
 * computed once per module and role.
 */
const findingsByModule = new WeakMap<Module, { root?: readonly ModuleFinding[]; child?: readonly ModuleFinding[] }>();

/** A report, and for a provider with no entry or no version, which provider: another module may constrain it. */
interface ModuleFinding {
  readonly descriptor: ReportDescriptor;
  readonly missing?: { readonly name: string; readonly source: string };
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
    out.push({
      missing: { name, source: providerSourceKey(name, undefined) },
      descriptor: {
        node: atRequired ? blockHeader(rpHeader) : blockHeader(use.block),
        address: `provider.${name}`,
        attributePath: `required_providers.${name}`,
        related: atRequired ? [{ file: use.file.filename, range: use.range, message: `provider "${name}" ${use.by.replace(/^used by \S+/, "used here")}` }] : undefined,
        message: `Provider "${name}" (${use.by}) has no required_providers entry, so Terraform takes it as "hashicorp/${name}"${isHashicorpProvider(name) ? "" : " (a provider HashiCorp does not publish)"} with any version; add ${name} = { source = "${suggestedSource(name)}", version = "${isRoot ? "~> X.Y" : ">= X.Y"}" } to terraform { required_providers }.`,
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
