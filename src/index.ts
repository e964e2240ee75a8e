/**
 * tfmould's public API.
 *
 * @packageDocumentation
 */
export type * from "./hcl/ast.js";
export type * from "./model/types.js";
export type * from "./eval/value.js";

/**
 * Parsing: `parse(source, filename)` reads native HCL, or Terraform JSON
 * syntax when the name ends in `.json`, into an `HclFile` — a syntax tree in
 * which every node has an exact `range` (1-based line, column in code
 * points, UTF-16 offset, end exclusive), the file's comments, and
 * HCL-worded diagnostics. It never throws on bad input.
 *
 * `toHclJson(file)` is a synchronous drop-in for `@cdktf/hcl2json`'s
 * `parse`: it returns the same object for a native-syntax file, and throws
 * where hcl2json rejects. `parseTemplateText` and `parseExpressionText`
 * parse a template or an expression on its own (hclsyntax's ParseTemplate
 * and ParseExpression).
 */
export { parse } from "./hcl/index.js";
export { toHclJson } from "./hcl/tohcljson.js";
export { parseTemplateText, parseExpressionText } from "./hcl/parser.js";
export type { ExpressionParseResult } from "./hcl/parser.js";

/**
 * Static evaluation: `evaluate(expr, scope, resource?)` gives a `Value` that
 * is known only where tfmould can be sure, with the origins it came from;
 * `createModuleScope` builds a module's scope (variables with Terraform's
 * precedence, lazy locals); `instantiateModules` follows local module calls.
 */
export { evaluate, evaluateInstances, createModuleScope, instantiateModules } from "./eval/index.js";
export { isKnown, asString, asBool, asNumber, toJs, primaryOrigin } from "./eval/index.js";
export type { Scope, ScopeOptions, ModuleInstance, InstantiateOptions, InstantiateResult, InstanceValue } from "./eval/index.js";

/**
 * Linting: `lint({ files } | { paths }, ...)` runs the rules over each module
 * (`paths` are walked for module directories as the command walks them) and
 * returns findings sorted by file, line, column and rule id, with inline
 * suppressions applied (suppressed findings are kept, marked `suppressed`),
 * notices about the run, the files linted and the `summary` the JSON report
 * prints (`summaryOf` recounts it after `applyBaseline`). It never writes
 * output or exits; an invalid config throws `ConfigError`.
 */
export { lint, summaryOf } from "./engine/index.js";
export type { LintOptions, LintSettings, LintResult, LintSummary, Finding, Notice, SuppressionInfo } from "./engine/index.js";

/**
 * Fixing: `lintAndFix(options)` lints as `lint` does, applies the fixes that
 * rules attach to findings that count (`fixRules` limits them to some
 * rules), lints again and repeats while anything changes (at most
 * `MAX_FIX_PASSES` passes), and returns the fixed texts by file with the
 * findings that are left. It writes nothing. `applyFixes(text, fixes)` is
 * the pure step underneath: one file's text and fixes in, the new text out;
 * fixes that overlap one applied are returned as `deferred`.
 */
export { lintAndFix, applyFixes, MAX_FIX_PASSES } from "./engine/index.js";
export type { FixOptions, LintFixResult, AppliedFixes } from "./engine/index.js";

/**
 * Baselines: `writeBaseline(findings)` gives the text of a baseline file;
 * `applyBaseline(findings, text)` marks the findings it knows as suppressed
 * (`{ kind: "external", reason: "baseline" }`). Matching uses line-independent
 * fingerprints (rule, file, address, attribute path).
 */
export { writeBaseline, applyBaseline, BaselineError } from "./engine/index.js";
export type { BaselineEntry, BaselineFile } from "./engine/index.js";

/**
 * Configuration: `loadConfig(path | startDir)` reads `.tfmould.json` (the
 * named file, or the nearest one walking up), validated against the JSON
 * Schema with every rule's options; `resolveConfig` applies command-line
 * overrides. Invalid configs throw `ConfigError` with a one-line message
 * naming the file, the JSON path and what was expected.
 */
export { loadConfig, resolveConfig, ConfigError } from "./config/index.js";

/**
 * Plugins: `loadPlugins(loadedConfig)` imports the plugins a config names
 * (paths relative to it, or packages installed beside it) and checks them;
 * pass the result to `lint({ plugins })`. It runs the plugins' code: call
 * it only for a config you trust. A plugin that cannot be loaded or has the
 * wrong shape throws `PluginError` (a `ConfigError`) naming it.
 */
export { loadPlugins, PluginError } from "./config/index.js";
export type { PluginOrigin } from "./config/index.js";
export type {
  TfmouldConfig,
  LoadedConfig,
  ResolvedConfig,
  ConfigOverrides,
  ConfigProblem,
  RuleLevel,
  RuleSetting,
} from "./config/index.js";

/**
 * The rule catalog, and `defineRule` and `definePlugin` for writing rules of
 * your own (a plugin module's default export; pass plugins to `lint({ plugins })`).
 */
export { rules } from "../rules/index.js";
export { defineRule, MODULE_ROLES } from "../rules/api/rule.js";
export { definePlugin } from "../rules/api/plugin.js";
export type { Plugin } from "../rules/api/plugin.js";
export type {
  Rule,
  ModuleRole,
  DeploymentCall,
  RuleContext,
  RuleDocs,
  RuleCategory,
  RuleOptionsSchema,
  RuleDefinition,
  OptionSchema,
  OptionSchemas,
  OptionValue,
  OptionsOf,
  StringSchema,
  ReportDescriptor,
  ReportTarget,
  RelatedLocation,
  Fix,
  Severity,
} from "../rules/api/rule.js";

/**
 * The Terraform model: `loadModule(dir, { host })` reads a directory (the
 * disk by default, or any `SourceHost` such as `MemoryHost`) and
 * `buildModule(files)` builds a `Module` from parsed files: resources and
 * data sources by address, module calls, variables, locals, outputs,
 * providers, `terraform` settings, typed meta-arguments, override files
 * merged as Terraform merges them, duplicates as diagnostics.
 * `fileOfNode(module, node)` tells which file a node came from (after
 * override merging, a resource body mixes files).
 */
export { buildModule, loadModule, DiskHost, MemoryHost, fileOfNode, isOverrideFile } from "./model/index.js";
export type { BuildModuleOptions, LoadModuleOptions, SourceHost } from "./model/index.js";

/**
 * Reports: `format(result, name, options)` turns a `LintResult` into text
 * in one of `FORMAT_NAMES`: stylish, json, sarif, github, gitlab, junit,
 * checkstyle or compact (see the README for each shape). `run(argv, io)` is the command itself, returning its exit code.
 */
export { format, summarize, FORMAT_NAMES, LineHashMemo } from "./report/index.js";
export type {
  FormatName,
  FormatOptions,
  GitlabIssue,
  GitlabSeverity,
  JsonReport,
  JsonFinding,
  JsonNotice,
  JsonRange,
  SarifLog,
  Summary,
} from "./report/index.js";
export { run, EXIT_OK, EXIT_FINDINGS, EXIT_ERROR } from "./cli/index.js";
export type { CliIO, OutputStream, ExitCode } from "./cli/index.js";
