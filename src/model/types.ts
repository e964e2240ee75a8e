/**
 * The typed Terraform model of one module (one directory). Every item keeps
 * the syntax `Block` it came from, so a rule can always reach raw syntax and
 * exact ranges.
 *
 * @packageDocumentation
 */
import type { Attribute, Block, Body, Diagnostic, Expression, HclFile, Range } from "../hcl/ast.js";

/** A traversal written as a reference, e.g. `tags["Name"]` in `ignore_changes`. */
export interface TraversalRef {
  /** Dotted path with indexes, as written: `tags["Name"]`, `root_block_device[0].size`. */
  readonly path: string;
  /** The first name of the path: `tags`. */
  readonly root: string;
  readonly expr: Expression;
  readonly range: Range;
}

/** `lifecycle { ... }` of a resource or data source. */
export interface Lifecycle {
  readonly block: Block;
  readonly createBeforeDestroy: Attribute | undefined;
  readonly preventDestroy: Attribute | undefined;
  /** `ignore_changes`: `all` (also the legacy `"*"` string), a list of references, or absent. */
  readonly ignoreChanges:
    | { readonly kind: "all"; readonly attribute: Attribute }
    | { readonly kind: "list"; readonly attribute: Attribute; readonly items: readonly TraversalRef[] }
    | { readonly kind: "expression"; readonly attribute: Attribute }
    | undefined;
  readonly replaceTriggeredBy: Attribute | undefined;
  readonly preconditions: readonly Block[];
  readonly postconditions: readonly Block[];
}

/** `connection { ... }` */
export interface Connection {
  readonly block: Block;
  /** `ssh` or `winrm` when written as a literal, else undefined. */
  readonly connectionType: Attribute | undefined;
}

/** `provisioner "type" { ... }`, in source order. */
export interface Provisioner {
  readonly block: Block;
  /** `local-exec`, `remote-exec`, `file`, ... */
  readonly provisionerType: string;
  /** `when = destroy` → "destroy"; absent → "create". */
  readonly when: "create" | "destroy";
  /** `on_failure = continue` → "continue"; absent → "fail". */
  readonly onFailure: "continue" | "fail";
  readonly connection: Connection | undefined;
}

/** Meta-arguments shared by resources, data sources and module calls. */
export interface MetaArguments {
  readonly count: Attribute | undefined;
  readonly forEach: Attribute | undefined;
  readonly dependsOn: Attribute | undefined;
  readonly provider: Attribute | undefined;
}

/** A `resource` or `data` block. */
export interface Resource extends MetaArguments {
  readonly kind: "resource" | "data";
  /** `aws_instance`. */
  readonly resourceType: string;
  /** `web`. */
  readonly name: string;
  /** `aws_instance.web` or `data.aws_ami.ubuntu`. */
  readonly address: string;
  /** The provider's local name taken from the type or the `provider` argument: `aws`. */
  readonly providerName: string;
  readonly block: Block;
  readonly file: HclFile;
  /** The resource's own body, after override files were merged into it. */
  readonly body: Body;
  readonly lifecycle: Lifecycle | undefined;
  readonly provisioners: readonly Provisioner[];
  /** A resource-level `connection` block. */
  readonly connection: Connection | undefined;
  /** Override files whose blocks were merged into this one, in merge order (absent or empty: none). */
  readonly overrideFiles?: readonly HclFile[];
}

/** A `module "name" { source = ... }` call. */
export interface ModuleCall extends MetaArguments {
  readonly name: string;
  /** `module.name` */
  readonly address: string;
  readonly source: Attribute | undefined;
  readonly version: Attribute | undefined;
  /** Every argument other than the meta-arguments, `source` and `version`. */
  readonly arguments: ReadonlyMap<string, Attribute>;
  readonly block: Block;
  readonly file: HclFile;
  /** The body after override files were merged into it. */
  readonly body?: Body;
  /** Override files whose blocks were merged into this one, in merge order. */
  readonly overrideFiles?: readonly HclFile[];
}

/** `variable "name" { ... }` */
export interface Variable {
  readonly name: string;
  /** `var.name` */
  readonly address: string;
  readonly type: Attribute | undefined;
  readonly default: Attribute | undefined;
  readonly description: Attribute | undefined;
  readonly sensitive: Attribute | undefined;
  readonly nullable: Attribute | undefined;
  readonly validations: readonly Block[];
  readonly block: Block;
  readonly file: HclFile;
  /** The body after override files were merged into it. */
  readonly body?: Body;
  /** Override files whose blocks were merged into this one, in merge order. */
  readonly overrideFiles?: readonly HclFile[];
}

/** One `name = expr` of a `locals` block. */
export interface Local {
  readonly name: string;
  /** `local.name` */
  readonly address: string;
  readonly attribute: Attribute;
  readonly file: HclFile;
}

/** `output "name" { ... }` */
export interface Output {
  readonly name: string;
  /** `output.name` */
  readonly address: string;
  readonly value: Attribute | undefined;
  readonly sensitive: Attribute | undefined;
  readonly description: Attribute | undefined;
  readonly block: Block;
  readonly file: HclFile;
  /** The body after override files were merged into it. */
  readonly body?: Body;
  /** Override files whose blocks were merged into this one, in merge order. */
  readonly overrideFiles?: readonly HclFile[];
}

/** `provider "aws" { alias = "west" ... }` */
export interface ProviderConfig {
  /** Local name: `aws`. */
  readonly name: string;
  readonly alias: string | undefined;
  /** `aws` or `aws.west`. */
  readonly address: string;
  readonly block: Block;
  readonly file: HclFile;
  /** The body after override files were merged into it. */
  readonly body?: Body;
  /** Override files whose blocks were merged into this one, in merge order. */
  readonly overrideFiles?: readonly HclFile[];
}

/** One entry of `required_providers`. */
export interface RequiredProvider {
  readonly name: string;
  /** `hashicorp/aws`, when given as a literal. */
  readonly source: string | undefined;
  /** The version constraint, when given as a literal. */
  readonly version: string | undefined;
  /** The `name = ...` attribute inside `required_providers`. */
  readonly attribute: Attribute;
  readonly versionRange: Range | undefined;
}

/** Everything the `terraform { }` blocks of the module say. */
export interface TerraformSettings {
  readonly blocks: readonly Block[];
  readonly requiredVersion: Attribute | undefined;
  /**
   * Every `required_version` in effect: Terraform requires all of them. An
   * override file's replaces all earlier ones. `requiredVersion` is the first.
   */
  readonly requiredVersions?: readonly Attribute[];
  readonly requiredProviders: ReadonlyMap<string, RequiredProvider>;
  readonly backend: Block | undefined;
  readonly cloud: Block | undefined;
}

/** `moved`, `import`, `removed` and `check` blocks, kept as written. */
export interface OtherBlock {
  readonly kind: "moved" | "import" | "removed" | "check";
  readonly block: Block;
  readonly file: HclFile;
}

/** One Terraform module: the configuration files of one directory. */
export interface Module {
  /** The directory, as given to `loadModule` (or "" for `buildModule`). */
  readonly dir: string;
  /** Every file of the module, `.tf` and `.tf.json`, overrides included, sorted by name. */
  readonly files: readonly HclFile[];
  /** `.tfvars` / `.tfvars.json` files found beside the configuration. */
  readonly varFiles: readonly HclFile[];
  /** Managed resources and data sources, in file then source order. */
  readonly resources: readonly Resource[];
  /** The same, by address (`aws_instance.web`, `data.aws_ami.x`). */
  readonly resourcesByAddress: ReadonlyMap<string, Resource>;
  readonly moduleCalls: ReadonlyMap<string, ModuleCall>;
  readonly variables: ReadonlyMap<string, Variable>;
  readonly locals: ReadonlyMap<string, Local>;
  readonly outputs: ReadonlyMap<string, Output>;
  readonly providers: readonly ProviderConfig[];
  readonly terraform: TerraformSettings;
  readonly otherBlocks: readonly OtherBlock[];
  /** Duplicate definitions and other structural problems; parse diagnostics stay on each file. */
  readonly diagnostics: readonly ModuleDiagnostic[];
}

export interface ModuleDiagnostic extends Diagnostic {
  readonly filename: string;
}
