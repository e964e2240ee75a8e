/**
 * `buildModule`: the syntax trees of one directory → a typed `Module`.
 *
 * Files are taken as Terraform loads them: primary files in lexical order,
 * then override files (`override.tf`, `*_override.tf`, and the `.tf.json`
 * forms) merged into what the primary files defined. Duplicate and misplaced
 * definitions become module diagnostics worded like Terraform's; nothing
 * here throws on odd input.
 */
import type { Attribute, Block, Body, HclFile } from "../hcl/ast.js";
import { declRange, duplicateArguments, formatPlace, moduleError } from "./diagnostics.js";
import { compareFileNames, isConfigFile, isOverrideFile, isVarFile } from "./files.js";
import { mergeBodies } from "./merge.js";
import { keyword, readConnection, readLifecycle, readProvisioners } from "./meta.js";
import { childBlocks, getAttribute, literalString } from "./query.js";
import { requiredProvidersOf } from "./required-providers.js";
import { fileHoldingNode } from "./node-files.js";
import type {
  Local,
  Module,
  ModuleCall,
  ModuleDiagnostic,
  OtherBlock,
  Output,
  ProviderConfig,
  RequiredProvider,
  Resource,
  TerraformSettings,
  Variable,
} from "./types.js";

/** Options of `buildModule`. */
export interface BuildModuleOptions {
  /** The module's directory, recorded as `Module.dir` (default ""). */
  readonly dir?: string;
}

/** Labels each top-level block type takes, by name. */
const BLOCK_LABELS: Readonly<Record<string, readonly string[]>> = {
  terraform: [],
  locals: [],
  moved: [],
  import: [],
  removed: [],
  variable: ["name"],
  output: ["name"],
  module: ["name"],
  provider: ["name"],
  check: ["name"],
  resource: ["type", "name"],
  data: ["type", "name"],
  ephemeral: ["type", "name"],
  // Terraform 1.14: `action "type" "name"` blocks, invoked from lifecycle action triggers.
  action: ["type", "name"],
};

/** A top-level definition as first declared, with the override blocks merged into it so far. */
interface Draft {
  readonly block: Block;
  readonly file: HclFile;
  body: Body;
  readonly overrideFiles: HclFile[];
}

interface ResourceDraft extends Draft {
  readonly kind: "resource" | "data";
  readonly resourceType: string;
  readonly name: string;
  readonly address: string;
}

interface ProviderDraft extends Draft {
  readonly name: string;
  readonly alias: string | undefined;
}

interface LocalDraft {
  attribute: Attribute;
  file: HclFile;
}

interface Placed {
  readonly block: Block;
  readonly file: HclFile;
}

const RESOURCE_OVERRIDE = {
  skipArguments: new Set(["depends_on"]),
  argumentWiseBlocks: new Set(["lifecycle"]),
};
const ATTRIBUTES_ONLY = { mergeBlocks: false };
const OUTPUT_OVERRIDE = { mergeBlocks: false, skipArguments: new Set(["depends_on"]) };
const MODULE_OVERRIDE = { skipArguments: new Set(["depends_on"]) };

const MODULE_META = new Set(["source", "version", "count", "for_each", "depends_on", "providers", "provider"]);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

class ModuleBuilder {
  readonly diagnostics: ModuleDiagnostic[] = [];
  private readonly resources = new Map<string, ResourceDraft>();
  private readonly variables = new Map<string, Draft>();
  private readonly outputs = new Map<string, Draft>();
  private readonly moduleCalls = new Map<string, Draft>();
  private readonly providers = new Map<string, ProviderDraft>();
  private readonly locals = new Map<string, LocalDraft>();
  private readonly checks = new Map<string, Placed>();
  private readonly otherBlocks: OtherBlock[] = [];
  private readonly terraformBlocks: Block[] = [];
  private requiredVersions: Attribute[] = [];
  private readonly requiredProviders = new Map<string, RequiredProvider>();
  private requiredProvidersBlock: Placed | undefined;
  private backend: Placed | undefined;
  private cloud: Placed | undefined;

  private error(file: HclFile, range: Block["range"], summary: string, detail: string): void {
    this.diagnostics.push(moduleError(file, range, summary, detail));
  }

  /**
   * Start offsets of the file's own parse diagnostics. The native parser
   * already reports an argument set twice ("Attribute redefined"); the model
   * does not say it a second time.
   */
  private parseDiagnosticStarts(file: HclFile): Set<number> {
    let starts = this.diagnosticStarts.get(file);
    if (!starts) {
      starts = new Set(file.diagnostics.map((d) => d.range.start.offset));
      this.diagnosticStarts.set(file, starts);
    }
    return starts;
  }

  private readonly diagnosticStarts = new Map<HclFile, Set<number>>();

  private hasParseErrors(file: HclFile): boolean {
    return file.diagnostics.some((d) => d.severity === "error");
  }

  /** The top-level blocks of a file whose header is valid; reports the others. */
  private blocksOf(file: HclFile): Block[] {
    const out: Block[] = [];
    for (const item of file.body.items) {
      if (item.type === "Attribute") {
        this.error(file, item.nameRange, "Unsupported argument", `An argument named "${item.name}" is not expected here.`);
        continue;
      }
      const labels = BLOCK_LABELS[item.blockType];
      if (!labels) {
        this.error(file, item.typeRange, "Unsupported block type", `Blocks of type "${item.blockType}" are not expected here.`);
        continue;
      }
      if (!this.labelsOk(file, item, labels)) continue;
      // The native parser reports an argument set twice itself, and misses one only after an error it could not recover from.
      if (item.blockType !== "locals" && (file.syntax !== "native" || this.hasParseErrors(file))) {
        const reported = this.parseDiagnosticStarts(file);
        for (const d of duplicateArguments(file, item.body)) {
          if (!reported.has(d.range.start.offset)) this.diagnostics.push(d);
        }
      }
      out.push(item);
    }
    return out;
  }

  private labelsOk(file: HclFile, block: Block, names: readonly string[]): boolean {
    const type = block.blockType;
    if (block.labels.length < names.length) {
      const missing = names[block.labels.length];
      this.error(
        file,
        declRange(block),
        `Missing ${missing} for ${type}`,
        `All ${type} blocks must have ${plural(names.length, "label")} (${names.join(", ")}).`,
      );
      return false;
    }
    if (block.labels.length > names.length) {
      const extra = block.labels[names.length];
      this.error(
        file,
        extra.range,
        `Extraneous label for ${type}`,
        names.length === 0
          ? `No labels are expected for ${type} blocks.`
          : `Only ${plural(names.length, "label")} (${names.join(", ")}) ${names.length === 1 ? "is" : "are"} expected for ${type} blocks.`,
      );
      return false;
    }
    return true;
  }

  addPrimary(file: HclFile): void {
    for (const block of this.blocksOf(file)) {
      switch (block.blockType) {
        case "resource":
        case "data":
          this.addResource(file, block, block.blockType);
          break;
        case "variable":
          this.addNamed(this.variables, file, block, "Duplicate variable declaration", (name, at) =>
            `A variable named "${name}" was already declared at ${at}. Variable names must be unique within a module.`,
          );
          break;
        case "output":
          this.addNamed(this.outputs, file, block, "Duplicate output definition", (name, at) =>
            `An output named "${name}" was already defined at ${at}. Output names must be unique within a module.`,
          );
          break;
        case "module":
          this.addNamed(this.moduleCalls, file, block, "Duplicate module call", (name, at) =>
            `A module call named "${name}" was already defined at ${at}. Module calls must have unique names within a module.`,
          );
          break;
        case "provider":
          this.addProvider(file, block);
          break;
        case "locals":
          this.addLocals(file, block);
          break;
        case "terraform":
          this.addTerraform(file, block);
          break;
        case "check":
          this.addCheck(file, block);
          break;
        case "moved":
        case "import":
        case "removed":
          this.otherBlocks.push({ kind: block.blockType, block, file });
          break;
      }
    }
  }

  private addResource(file: HclFile, block: Block, kind: "resource" | "data", scopedIn?: string): void {
    const [type, name] = [block.labels[0].value, block.labels[1].value];
    const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
    const existing = this.resources.get(address);
    if (existing) {
      const within = scopedIn ? ", including within check blocks" : "";
      this.error(
        file,
        declRange(block),
        `Duplicate ${kind} "${type}" configuration`,
        `A ${type} ${kind === "data" ? "data resource" : "resource"} named "${name}" was already declared at ${formatPlace(existing.file, declRange(existing.block))}. Resource names must be unique per type in each module${within}.`,
      );
      return;
    }
    this.resources.set(address, { kind, resourceType: type, name, address, block, file, body: block.body, overrideFiles: [] });
  }

  private addNamed(
    map: Map<string, Draft>,
    file: HclFile,
    block: Block,
    summary: string,
    detail: (name: string, at: string) => string,
  ): void {
    const name = block.labels[0].value;
    const existing = map.get(name);
    if (existing) {
      this.error(file, declRange(block), summary, detail(name, formatPlace(existing.file, declRange(existing.block))));
    }
    // Terraform keeps the later declaration.
    map.set(name, { block, file, body: block.body, overrideFiles: [] });
  }

  private providerAlias(body: Body): string | undefined {
    const alias = getAttribute(body, "alias");
    return alias ? (literalString(alias.expr) ?? keyword(alias.expr)) : undefined;
  }

  private addProvider(file: HclFile, block: Block): void {
    const name = block.labels[0].value;
    const alias = this.providerAlias(block.body);
    const key = alias === undefined ? name : `${name}.${alias}`;
    const existing = this.providers.get(key);
    if (existing) {
      const at = formatPlace(existing.file, declRange(existing.block));
      this.error(
        file,
        declRange(block),
        "Duplicate provider configuration",
        alias === undefined
          ? `A default (non-aliased) provider configuration for "${name}" was already given at ${at}. If multiple configurations are required, set the "alias" argument for alternative configurations.`
          : `A provider configuration for "${name}" with alias "${alias}" was already given at ${at}. Each configuration for the same provider must have a distinct alias.`,
      );
      return;
    }
    this.providers.set(key, { name, alias, block, file, body: block.body, overrideFiles: [] });
  }

  private addLocals(file: HclFile, block: Block): void {
    for (const item of block.body.items) {
      if (item.type === "Block") {
        this.error(file, item.typeRange, "Unsupported block type", `Blocks of type "${item.blockType}" are not expected here.`);
        continue;
      }
      const existing = this.locals.get(item.name);
      if (existing && !(existing.file === file && this.parseDiagnosticStarts(file).has(item.nameRange.start.offset))) {
        this.error(
          file,
          item.nameRange,
          "Duplicate local value definition",
          `A local value named "${item.name}" was already defined at ${formatPlace(existing.file, existing.attribute.range)}. Local value names must be unique within a module.`,
        );
      }
      this.locals.set(item.name, { attribute: item, file });
    }
  }

  private addCheck(file: HclFile, block: Block): void {
    const name = block.labels[0].value;
    for (const data of childBlocks(block.body, "data")) {
      if (data.labels.length === 2) this.addResource(file, data, "data", name);
    }
    const existing = this.checks.get(name);
    if (existing) {
      this.error(
        file,
        declRange(block),
        `Duplicate check "${name}" configuration`,
        `A check block named "${name}" was already declared at ${formatPlace(existing.file, declRange(existing.block))}. Check blocks must be unique within each module.`,
      );
      return;
    }
    this.checks.set(name, { block, file });
    this.otherBlocks.push({ kind: "check", block, file });
  }

  private addTerraform(file: HclFile, block: Block): void {
    this.terraformBlocks.push(block);
    const version = getAttribute(block.body, "required_version");
    if (version) this.requiredVersions.push(version);
    for (const rp of childBlocks(block.body, "required_providers")) {
      if (this.requiredProvidersBlock) {
        this.error(
          file,
          declRange(rp),
          "Duplicate required providers configuration",
          `A module may have only one required providers configuration. The required providers were previously configured at ${formatPlace(this.requiredProvidersBlock.file, declRange(this.requiredProvidersBlock.block))}.`,
        );
      } else {
        this.requiredProvidersBlock = { block: rp, file };
      }
      // Kept anyway (the first entry of a name wins) so that rules still see every provider.
      for (const entry of requiredProvidersOf(rp.body)) {
        if (!this.requiredProviders.has(entry.name)) this.requiredProviders.set(entry.name, entry);
      }
    }
    for (const backend of childBlocks(block.body, "backend")) {
      if (this.backend) {
        this.error(
          file,
          declRange(backend),
          "Duplicate backend configuration",
          `A module may have only one backend configuration. The backend was previously configured at ${formatPlace(this.backend.file, declRange(this.backend.block))}.`,
        );
      } else {
        this.backend = { block: backend, file };
      }
    }
    for (const cloud of childBlocks(block.body, "cloud")) {
      if (this.cloud) {
        this.error(
          file,
          declRange(cloud),
          "Duplicate HCP Terraform configurations",
          `A module may have only one 'cloud' block configuring HCP Terraform or Terraform Enterprise. The 'cloud' block was previously configured at ${formatPlace(this.cloud.file, declRange(this.cloud.block))}.`,
        );
      } else {
        this.cloud = { block: cloud, file };
      }
    }
  }

  /** Checks, once all primary files are in, what only the whole module can tell. */
  finishPrimaries(): void {
    if (this.backend && this.cloud) {
      this.error(
        this.backend.file,
        declRange(this.backend.block),
        "Both a backend and cloud configuration are present",
        `A module may declare either one 'cloud' block OR one 'backend' block configuring a state backend. The 'cloud' block is configured at ${formatPlace(this.cloud.file, declRange(this.cloud.block))}; a backend is configured at ${formatPlace(this.backend.file, declRange(this.backend.block))}. Remove the backend block to configure HCP Terraform or Terraform Enterprise.`,
      );
    }
  }

  addOverride(file: HclFile): void {
    const fileVersions: Attribute[] = [];
    const backends: Block[] = [];
    const clouds: Block[] = [];
    for (const block of this.blocksOf(file)) {
      switch (block.blockType) {
        case "resource":
        case "data":
          this.overrideResource(file, block, block.blockType);
          break;
        case "variable":
          this.overrideNamed(this.variables, file, block, ATTRIBUTES_ONLY, "Missing base variable declaration to override", (n) =>
            `There is no variable named "${n}". An override file can only override a variable that was already declared in a primary configuration file.`,
          );
          break;
        case "output":
          this.dependsOnOverride(file, block);
          this.overrideNamed(this.outputs, file, block, OUTPUT_OVERRIDE, "Missing base output definition to override", (n) =>
            `There is no output named "${n}". An override file can only override an output that was already defined in a primary configuration file.`,
          );
          break;
        case "module":
          this.dependsOnOverride(file, block);
          this.overrideNamed(this.moduleCalls, file, block, MODULE_OVERRIDE, "Missing module call to override", (n) =>
            `There is no module call named "${n}". An override file can only override a module call that was defined in a primary configuration file.`,
          );
          break;
        case "provider":
          this.overrideProvider(file, block);
          break;
        case "locals":
          this.overrideLocals(file, block);
          break;
        case "terraform": {
          this.terraformBlocks.push(block);
          const version = getAttribute(block.body, "required_version");
          if (version) fileVersions.push(version);
          for (const rp of childBlocks(block.body, "required_providers")) {
            for (const entry of requiredProvidersOf(rp.body)) this.requiredProviders.set(entry.name, entry);
          }
          backends.push(...childBlocks(block.body, "backend"));
          clouds.push(...childBlocks(block.body, "cloud"));
          break;
        }
        case "moved":
        case "import":
          this.error(
            file,
            declRange(block),
            `Cannot override '${block.blockType}' blocks`,
            block.blockType === "moved"
              ? "Records of moved objects can appear only in normal files, not in override files."
              : "Import blocks can appear only in normal files, not in override files.",
          );
          break;
        // Terraform ignores `removed` and `check` blocks in override files.
      }
    }
    // Each override file's version constraints replace all earlier ones.
    if (fileVersions.length > 0) this.requiredVersions = fileVersions;
    if (backends.length > 1) {
      this.error(
        file,
        declRange(backends[1]),
        "Duplicate backend configuration",
        `Each override file may have only one backend configuration. A backend was previously configured at ${formatPlace(file, declRange(backends[0]))}.`,
      );
    } else if (backends.length === 1) {
      this.backend = { block: backends[0], file };
      this.cloud = undefined;
    }
    if (clouds.length > 1) {
      this.error(
        file,
        declRange(clouds[1]),
        "Duplicate HCP Terraform configurations",
        `A module may have only one 'cloud' block configuring HCP Terraform or Terraform Enterprise. The 'cloud' block was previously configured at ${formatPlace(file, declRange(clouds[0]))}.`,
      );
    } else if (clouds.length === 1) {
      this.cloud = { block: clouds[0], file };
      this.backend = undefined;
    }
  }

  private dependsOnOverride(file: HclFile, block: Block): void {
    const dependsOn = getAttribute(block.body, "depends_on");
    if (dependsOn) {
      this.error(file, dependsOn.range, "Unsupported override", "The depends_on argument may not be overridden.");
    }
  }

  private overrideResource(file: HclFile, block: Block, kind: "resource" | "data"): void {
    const [type, name] = [block.labels[0].value, block.labels[1].value];
    const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
    const existing = this.resources.get(address);
    if (!existing) {
      this.error(
        file,
        declRange(block),
        kind === "data" ? "Missing data resource to override" : "Missing resource to override",
        kind === "data"
          ? `There is no ${type} data resource named "${name}". An override file can only override a data block defined in a primary configuration file.`
          : `There is no ${type} resource named "${name}". An override file can only override a resource block defined in a primary configuration file.`,
      );
      return;
    }
    this.dependsOnOverride(file, block);
    existing.body = mergeBodies(existing.body, block.body, RESOURCE_OVERRIDE);
    existing.overrideFiles.push(file);
  }

  private overrideNamed(
    map: Map<string, Draft>,
    file: HclFile,
    block: Block,
    options: Parameters<typeof mergeBodies>[2],
    summary: string,
    detail: (name: string) => string,
  ): void {
    const name = block.labels[0].value;
    const existing = map.get(name);
    if (!existing) {
      this.error(file, declRange(block), summary, detail(name));
      return;
    }
    existing.body = mergeBodies(existing.body, block.body, options);
    existing.overrideFiles.push(file);
  }

  private overrideProvider(file: HclFile, block: Block): void {
    const name = block.labels[0].value;
    const alias = this.providerAlias(block.body);
    const key = alias === undefined ? name : `${name}.${alias}`;
    const existing = this.providers.get(key);
    if (existing) {
      existing.body = mergeBodies(existing.body, block.body);
      existing.overrideFiles.push(file);
    } else if (alias === undefined) {
      // An absent default configuration is an empty one, which the override then fills.
      this.providers.set(key, { name, alias, block, file, body: block.body, overrideFiles: [] });
    } else {
      this.error(
        file,
        declRange(block),
        "Missing base provider configuration for override",
        `There is no ${name} provider configuration with the alias "${alias}". An override file can only override an aliased provider configuration that was already defined in a primary configuration file.`,
      );
    }
  }

  private overrideLocals(file: HclFile, block: Block): void {
    for (const item of block.body.items) {
      if (item.type !== "Attribute") continue;
      const existing = this.locals.get(item.name);
      if (!existing) {
        this.error(
          file,
          item.nameRange,
          "Missing base local value definition to override",
          `There is no local value named "${item.name}". An override file can only override a local value that was already defined in a primary configuration file.`,
        );
        continue;
      }
      existing.attribute = item;
      existing.file = file;
    }
  }

  private resource(d: ResourceDraft): Resource {
    const body = d.body;
    const provider = getAttribute(body, "provider");
    const lifecycles = childBlocks(body, "lifecycle");
    const connections = childBlocks(body, "connection");
    for (const [blocks, what] of [
      [lifecycles, "lifecycle"],
      [connections, "connection"],
    ] as const) {
      // After override merging, the blocks may come from any of the resource's files.
      const files = [d.file, ...d.overrideFiles];
      for (const extra of blocks.slice(1)) {
        this.error(
          fileHoldingNode(files, extra) ?? d.file,
          declRange(extra),
          `Duplicate ${what} block`,
          `This resource already has a ${what} block at ${formatPlace(fileHoldingNode(files, blocks[0]) ?? d.file, declRange(blocks[0]))}.`,
        );
      }
    }
    return {
      kind: d.kind,
      resourceType: d.resourceType,
      name: d.name,
      address: d.address,
      providerName: providerNameOf(d.resourceType, provider),
      block: d.block,
      file: d.file,
      body,
      count: getAttribute(body, "count"),
      forEach: getAttribute(body, "for_each"),
      dependsOn: getAttribute(body, "depends_on"),
      provider,
      lifecycle: readLifecycle(lifecycles[0]),
      provisioners: readProvisioners(body),
      connection: readConnection(connections[0]),
      overrideFiles: d.overrideFiles,
    };
  }

  build(dir: string, files: HclFile[], varFiles: HclFile[]): Module {
    // Filled from one array literal, so that every module's lists have the same elements kind: arrays
    // made by `map` differ between empty and not, and code optimised for one kind was thrown away on the next.
    const resources: Resource[] = [];
    const resourcesByAddress = new Map<string, Resource>();
    for (const d of this.resources.values()) {
      const resource = this.resource(d);
      resources.push(resource);
      resourcesByAddress.set(resource.address, resource);
    }
    const moduleCalls = new Map<string, ModuleCall>();
    for (const [name, d] of this.moduleCalls) {
      const args = new Map<string, Attribute>();
      for (const item of d.body.items) {
        if (item.type === "Attribute" && !MODULE_META.has(item.name)) args.set(item.name, item);
      }
      moduleCalls.set(name, {
        name,
        address: `module.${name}`,
        source: getAttribute(d.body, "source"),
        version: getAttribute(d.body, "version"),
        arguments: args,
        count: getAttribute(d.body, "count"),
        forEach: getAttribute(d.body, "for_each"),
        dependsOn: getAttribute(d.body, "depends_on"),
        provider: getAttribute(d.body, "provider"),
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles,
      });
    }
    const variables = new Map<string, Variable>();
    for (const [name, d] of this.variables) {
      variables.set(name, {
        name,
        address: `var.${name}`,
        type: getAttribute(d.body, "type"),
        default: getAttribute(d.body, "default"),
        description: getAttribute(d.body, "description"),
        sensitive: getAttribute(d.body, "sensitive"),
        nullable: getAttribute(d.body, "nullable"),
        validations: childBlocks(d.body, "validation"),
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles,
      });
    }
    const outputs = new Map<string, Output>();
    for (const [name, d] of this.outputs) {
      outputs.set(name, {
        name,
        address: `output.${name}`,
        value: getAttribute(d.body, "value"),
        sensitive: getAttribute(d.body, "sensitive"),
        description: getAttribute(d.body, "description"),
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles,
      });
    }
    const locals = new Map<string, Local>();
    for (const [name, d] of this.locals) {
      locals.set(name, { name, address: `local.${name}`, attribute: d.attribute, file: d.file });
    }
    const providers: ProviderConfig[] = [];
    for (const d of this.providers.values()) {
      providers.push({
        name: d.name,
        alias: d.alias,
        address: d.alias === undefined ? d.name : `${d.name}.${d.alias}`,
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles,
      });
    }
    const terraform: TerraformSettings = {
      blocks: this.terraformBlocks,
      requiredVersion: this.requiredVersions[0],
      requiredVersions: this.requiredVersions,
      requiredProviders: this.requiredProviders,
      backend: this.backend?.block,
      cloud: this.cloud?.block,
    };
    return {
      dir,
      files,
      varFiles,
      resources,
      resourcesByAddress,
      moduleCalls,
      variables,
      locals,
      outputs,
      providers,
      terraform,
      otherBlocks: this.otherBlocks,
      diagnostics: this.diagnostics,
    };
  }
}

/** The provider local name of a resource: from its `provider` argument, else the type's prefix. */
function providerNameOf(resourceType: string, provider: Attribute | undefined): string {
  if (provider) {
    let e = provider.expr;
    while (e.type === "GetAttr") e = e.object;
    if (e.type === "Variable") return e.name;
    const s = literalString(provider.expr);
    if (s) return s.split(".")[0];
  }
  const cut = resourceType.indexOf("_");
  return cut < 0 ? resourceType : resourceType.slice(0, cut);
}

/**
 * Builds the model of one module from its parsed files. Configuration files
 * (`.tf`, `.tf.json`) are ordered as Terraform loads them, primary files
 * first; `.tfvars` / `.tfvars.json` files go to `varFiles`. Never throws.
 */
export function buildModule(files: readonly HclFile[], options: BuildModuleOptions = {}): Module {
  const byName = (a: HclFile, b: HclFile): number => compareFileNames(a.filename, b.filename);
  const configs = files.filter((f) => isConfigFile(f.filename) || !isVarFile(f.filename));
  const primaries = configs.filter((f) => !isOverrideFile(f.filename)).sort(byName);
  const overrides = configs.filter((f) => isOverrideFile(f.filename)).sort(byName);
  const varFiles = files.filter((f) => isVarFile(f.filename)).sort(byName);

  const builder = new ModuleBuilder();
  for (const f of primaries) builder.addPrimary(f);
  builder.finishPrimaries();
  for (const f of overrides) builder.addOverride(f);
  return builder.build(options.dir ?? "", [...primaries, ...overrides], varFiles);
}
