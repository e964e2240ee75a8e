import { blockHeader } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { hasNestedBlock, moduleAnchor, needsProviders, ROOT_MODULE_NOTE, thisDeployment } from "../lib/module-facts.js";

export default defineRule({
  id: "dependency-lock-file",
  severity: "warning",
  category: "versioning",
  roles: ["deployment"],
  summary: "Deployments commit .terraform.lock.hcl",
  securitySeverity: 4.0,
  precision: "high",
  docs: {
    rationale: [
      "Version constraints say which provider releases are acceptable; the dependency lock file says which",
      "one was chosen, with the checksums of its packages. Without `.terraform.lock.hcl` in version control,",
      "every `terraform init` picks the newest release that matches the constraints, so two runs of the same",
      "commit can use different provider builds, and nothing checks that the downloaded binary is the one",
      "that was used before. The lock file is part of the build's inputs, like a `package-lock.json`.",
    ].join("\n"),
    remediation: [
      "Run `terraform init` in the deployment's directory and commit the `.terraform.lock.hcl` it writes. When the",
      "team or CI uses several platforms, record their checksums too:",
      "`terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`. Upgrade providers",
      "deliberately with `terraform init -upgrade` and commit the changed lock file.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: envs/prod/ has main.tf but no .terraform.lock.hcl beside it",
      "terraform {",
      '  backend "s3" {}',
      "",
      "  required_providers {",
      '    aws = { source = "hashicorp/aws", version = "~> 5.40" }',
      "  }",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: envs/prod/.terraform.lock.hcl is committed",
      'provider "registry.terraform.io/hashicorp/aws" {',
      '  version     = "5.40.0"',
      '  constraints = "~> 5.40"',
      "  hashes = [",
      '    "h1:...",',
      "  ]",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Only deployments (root modules that are applied) are checked: Terraform reads the lock file of the",
      "root module only and ignores one in a reusable module, and examples and tests are initialised",
      "afresh by whoever runs them.",
      "",
      ROOT_MODULE_NOTE,
      "",
      "A deployment without the file is reported once, at the header of its `terraform` block (the one",
      "with `required_providers` when there are several), or at the first block of its first file when",
      "there is no `terraform` block. A module that uses no provider at all (no resources, data sources,",
      "provider blocks, `required_providers` or module calls) needs no lock file and is not reported.",
      "Whether the file exists is decided by the engine from the files it was given (`.terraform/` is",
      "never scanned); the file's contents are not checked.",
    ].join("\n"),
  },
  check(ctx) {
    if (ctx.role !== "deployment" || ctx.hasLockFile || !needsProviders(ctx.module)) return;
    const anchor = moduleAnchor(ctx.module, (b) => hasNestedBlock(b, "required_providers"));
    if (!anchor) return;
    ctx.report({
      node: blockHeader(anchor.block),
      address: "terraform",
      attributePath: ".terraform.lock.hcl",
      message: `${thisDeployment(ctx.module, ctx.hasLockFile)} has no .terraform.lock.hcl, so each terraform init may pick other provider releases and nothing verifies their checksums; run terraform init and commit the lock file.`,
    });
  },
});
