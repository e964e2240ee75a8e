/**
 * What Terraform's JSON syntax means in each kind of body: which properties
 * are nested blocks (and how many labels they take) and which arguments are
 * not string templates. Taken from Terraform's "JSON Configuration Syntax"
 * page and the block types of the Terraform language.
 *
 * Provider schemas are not available, so inside a resource, data source,
 * provider or nested block an unknown property is read as a nested block
 * when it *looks like one* (see `looksLikeNestedBlock`), else as an argument.
 */
import type { JsonObject, JsonValue } from "./values.js";

/**
 * How an argument's JSON value is read:
 * - `template`: strings are string templates (the default everywhere Terraform evaluates expressions);
 * - `literal`: strings are taken as written;
 * - `expression`: a string holds native expression syntax (`"aws.west"`, `"list(string)"`);
 * - `expressionList`: an array of such strings (`depends_on`);
 * - `expressionMap`: an object whose keys and values are such strings (a module's `providers`);
 * - `ignoreChanges`: the string `"all"` or an array of reference strings.
 */
export type ArgumentMode = "template" | "literal" | "expression" | "expressionList" | "expressionMap" | "ignoreChanges";

export interface BodySchema {
  /** Known nested block types. */
  readonly blocks: Readonly<Record<string, BlockSchema>>;
  /** Arguments read in a mode other than `defaultMode`; also never taken for nested blocks. */
  readonly arguments: Readonly<Record<string, ArgumentMode>>;
  readonly defaultMode: "template" | "literal";
  /** Whether an unknown property may be a nested block (bodies whose schema comes from a provider). */
  readonly guessBlocks: boolean;
}

export interface BlockSchema {
  readonly labels: number;
  /** A getter, because block schemas nest recursively. */
  readonly body: () => BodySchema;
}

const block = (labels: number, body: () => BodySchema): BlockSchema => ({ labels, body });

/** A block body with no nested blocks, whose arguments are read in `mode`. */
const flat = (mode: "template" | "literal", args: Record<string, ArgumentMode> = {}): BodySchema => ({
  blocks: {},
  arguments: args,
  defaultMode: mode,
  guessBlocks: false,
});

const CONDITION = flat("template");

const CONNECTION = flat("template", { type: "literal" });

const PROVISIONER: BodySchema = {
  blocks: { connection: block(0, () => CONNECTION) },
  arguments: { when: "expression", on_failure: "expression" },
  defaultMode: "template",
  guessBlocks: false,
};

const LIFECYCLE: BodySchema = {
  blocks: { precondition: block(0, () => CONDITION), postcondition: block(0, () => CONDITION) },
  arguments: { ignore_changes: "ignoreChanges", replace_triggered_by: "expressionList", destroy: "literal" },
  defaultMode: "template",
  guessBlocks: false,
};

const DYNAMIC: BodySchema = {
  blocks: { content: block(0, () => NESTED) },
  arguments: { for_each: "template", iterator: "expression", labels: "template" },
  defaultMode: "template",
  guessBlocks: false,
};

/** A nested block of a provider's schema: any property may be a further nested block. */
const NESTED: BodySchema = {
  blocks: { dynamic: block(1, () => DYNAMIC) },
  arguments: {},
  defaultMode: "template",
  guessBlocks: true,
};

const RESOURCE: BodySchema = {
  blocks: {
    lifecycle: block(0, () => LIFECYCLE),
    provisioner: block(1, () => PROVISIONER),
    connection: block(0, () => CONNECTION),
    dynamic: block(1, () => DYNAMIC),
  },
  arguments: { count: "template", for_each: "template", provider: "expression", depends_on: "expressionList" },
  defaultMode: "template",
  guessBlocks: true,
};

const VARIABLE: BodySchema = {
  blocks: { validation: block(0, () => CONDITION) },
  arguments: { type: "expression", default: "literal", description: "literal", sensitive: "literal", nullable: "literal", ephemeral: "literal" },
  defaultMode: "template",
  guessBlocks: false,
};

const OUTPUT: BodySchema = {
  blocks: { precondition: block(0, () => CONDITION) },
  arguments: { description: "literal", sensitive: "literal", ephemeral: "literal", depends_on: "expressionList" },
  defaultMode: "template",
  guessBlocks: false,
};

const MODULE: BodySchema = {
  blocks: {},
  arguments: { source: "literal", version: "literal", providers: "expressionMap", depends_on: "expressionList" },
  defaultMode: "template",
  guessBlocks: false,
};

const PROVIDER: BodySchema = {
  blocks: { dynamic: block(1, () => DYNAMIC) },
  arguments: { alias: "literal", version: "literal" },
  defaultMode: "template",
  guessBlocks: true,
};

const LITERAL = flat("literal");

const TERRAFORM: BodySchema = {
  blocks: {
    backend: block(1, () => LITERAL),
    cloud: block(0, () => ({ ...LITERAL, blocks: { workspaces: block(0, () => LITERAL) } })),
    required_providers: block(0, () => LITERAL),
    provider_meta: block(1, () => LITERAL),
  },
  arguments: { experiments: "expressionList" },
  defaultMode: "literal",
  guessBlocks: false,
};

const MOVED = flat("template", { from: "expression", to: "expression" });

const IMPORT = flat("template", { to: "expression", provider: "expression" });

const REMOVED: BodySchema = {
  blocks: {
    lifecycle: block(0, () => LIFECYCLE),
    provisioner: block(1, () => PROVISIONER),
    connection: block(0, () => CONNECTION),
  },
  arguments: { from: "expression" },
  defaultMode: "template",
  guessBlocks: false,
};

const CHECK: BodySchema = {
  blocks: { data: block(2, () => RESOURCE), assert: block(0, () => CONDITION) },
  arguments: {},
  defaultMode: "template",
  guessBlocks: false,
};

/** The top level of a `.tf.json` file. Unknown properties become arguments (the model reports them). */
export const CONFIG_FILE: BodySchema = {
  blocks: {
    terraform: block(0, () => TERRAFORM),
    provider: block(1, () => PROVIDER),
    variable: block(1, () => VARIABLE),
    locals: block(0, () => flat("template")),
    output: block(1, () => OUTPUT),
    module: block(1, () => MODULE),
    resource: block(2, () => RESOURCE),
    data: block(2, () => RESOURCE),
    ephemeral: block(2, () => RESOURCE),
    moved: block(0, () => MOVED),
    import: block(0, () => IMPORT),
    removed: block(0, () => REMOVED),
    check: block(1, () => CHECK),
  },
  arguments: {},
  defaultMode: "template",
  guessBlocks: false,
};

/**
 * Names that providers commonly use for map- or object-typed arguments, which
 * are never taken for nested blocks even though their value is a JSON object
 * of lower-case keys: `"tags": {"name": "web"}` stays an argument.
 */
const MAP_ARGUMENTS = new Set([
  "tags",
  "tags_all",
  "labels",
  "effective_labels",
  "terraform_labels",
  "resource_labels",
  "user_labels",
  "node_labels",
  "annotations",
  "triggers",
  "triggers_replace",
  "keepers",
  "input",
  "variables",
  "environment_variables",
  "app_settings",
  "parameters",
  "data",
  "binary_data",
  "string_data",
]);

/** Attribute and block names in provider schemas are lower-case snake case. */
const SCHEMA_NAME = /^[a-z0-9_]+$/;

function looksLikeBody(o: JsonObject): boolean {
  return o.properties.every((p) => p.key.value === "//" || SCHEMA_NAME.test(p.key.value));
}

/**
 * The nested-block heuristic for bodies whose schema comes from a provider:
 * a property is a nested block when its value is an object, or a non-empty
 * array of objects, whose every key is a lower-case snake_case name (as all
 * provider schema names are), and its own name is not a well-known map
 * argument (`tags`, `labels`, `triggers`, ...). An object with a key such as
 * `"Name"` or `"kubernetes.io/role"` can only be a map, so it stays an argument.
 */
export function looksLikeNestedBlock(name: string, value: JsonValue): boolean {
  if (MAP_ARGUMENTS.has(name) || !SCHEMA_NAME.test(name)) return false;
  if (value.kind === "object") return looksLikeBody(value);
  if (value.kind === "array") return value.items.length > 0 && value.items.every((v) => v.kind === "object" && looksLikeBody(v));
  return false;
}
