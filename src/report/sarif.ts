/**
 * The `sarif` format: SARIF 2.1.0 with one run, shaped for GitHub code
 * scanning (fingerprints, rule help, security severity, suppressions, fixes)
 * and valid against the official schema.
 */
import { pathToFileURL } from "node:url";
import type { Range } from "../hcl/ast.js";
import type { Finding, LintResult, Notice, Severity } from "../engine/types.js";
import type { Rule } from "../../rules/api/rule.js";
import { rules as registry } from "../../rules/index.js";
import type { FormatOptions } from "./options.js";
import { resolve } from "node:path";
import { relativeTo, workingDirectory } from "./paths.js";
import { fullDescription, helpMarkdown, helpText, ruleName } from "./rule-help.js";
import { lineHashList } from "./line-hash.js";
import { jsonSafe } from "./safe-text.js";
import { SARIF_LIMITS } from "./sarif-limits.js";
import type { SarifLimits } from "./sarif-limits.js";
import type {
  SarifAddressLocation,
  SarifArtifactLocation,
  SarifFix,
  SarifLocation,
  SarifLog,
  SarifNotification,
  SarifRegion,
  SarifReportingDescriptor,
  SarifResult,
  SarifSuppression,
  SarifToolComponentReference,
} from "./sarif-types.js";
import { REPOSITORY_URL, TOOL_NAME, ruleDocsLink, toolVersion } from "./tool.js";
import { pluginNamespace } from "../config/plugins.js";

/** Where a rule's descriptor is: `driver.rules[index]`, or a plugin's `extensions[component.index].rules[index]`. */
interface RuleRef {
  readonly index: number;
  readonly component?: SarifToolComponentReference;
}

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
/** Key of our own line-independent fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = "tfmould/v1";
/** Tag on every rule, so all of tfmould's alerts can be filtered together. */
export const PRACTICE_TAG = "immutable-infrastructure";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface SarifOptions extends FormatOptions {
  /** Override GitHub's limits (tests use small ones). */
  readonly limits?: Partial<SarifLimits>;
  /** The plan's file, for results at an address alone (from the result's `planFile`). */
  readonly planFile?: string;
}

/** A region that satisfies SARIF and code scanning: lines and columns ≥ 1, end not before start. */
export function sarifRegion(range: Range): SarifRegion {
  const startLine = Math.max(1, range.start.line);
  const startColumn = Math.max(1, range.start.column);
  let endLine = Math.max(startLine, range.end.line);
  let endColumn = Math.max(1, range.end.column);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (range.end.line < startLine) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

/** A relative URI reference for a path with `/` separators: each segment percent-encoded. */
export function encodePath(path: string): string {
  // Most paths hold only characters encodeURIComponent leaves as they are: nothing to split and join.
  return UNRESERVED_PATH.test(path) ? path : path.split("/").map(encodeURIComponent).join("/");
}

/** Paths of `/` and the characters encodeURIComponent never escapes. */
const UNRESERVED_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : href + "/";
}

class SarifWriter {
  private readonly srcRoot: string;
  private readonly limits: SarifLimits;
  private readonly notifications: SarifNotification[] = [];
  private readonly byId: Map<string, Rule>;
  private readonly descriptors: SarifReportingDescriptor[] = [];
  /** Each plugin's component (`tool.extensions`), in the order its first rule was added. */
  private readonly extensions: { name: string; rules: SarifReportingDescriptor[] }[] = [];
  private readonly ruleIndex = new Map<string, RuleRef>();
  private readonly artifacts = new Map<string, SarifArtifactLocation>();
  private readonly root: string;

  constructor(private readonly options: SarifOptions) {
    this.srcRoot = workingDirectory(options);
    this.root = options.root === undefined ? this.srcRoot : resolve(options.root);
    this.limits = { ...SARIF_LIMITS, ...options.limits };
    this.byId = new Map((options.rules ?? registry).map((r) => [r.id, r]));
  }

  private warn(text: string): void {
    this.notifications.push({ level: "warning", message: { text }, descriptor: { id: "sarif-limit" } });
  }

  /** The artifact location of a file, computed once per file (the same object is shared; it is never mutated). */
  artifact(file: string): SarifArtifactLocation {
    let location = this.artifacts.get(file);
    if (!location) {
      location = { uri: encodePath(relativeTo(this.srcRoot, resolve(this.root, file))), uriBaseId: SRCROOT };
      this.artifacts.set(file, location);
    }
    return location;
  }

  /** A resource address as a logical location, with the plan's file (code scanning needs a file) when the run names one. */
  addressLocation(address: string): SarifAddressLocation {
    const logicalLocations = [{ fullyQualifiedName: address, kind: "resource" as const }];
    const plan = this.options.planFile;
    return plan !== undefined ? { physicalLocation: { artifactLocation: this.artifact(plan) }, logicalLocations } : { logicalLocations };
  }

  location(file: string, range: Range, extra: { id?: number; message?: string } = {}): SarifLocation {
    const physicalLocation = { artifactLocation: this.artifact(file), region: sarifRegion(range) };
    // Built without spreads (results have thousands of locations); key order as declared.
    if (extra.id === undefined && extra.message === undefined) return { physicalLocation };
    const location: Mutable<SarifLocation> = extra.id !== undefined ? { id: extra.id, physicalLocation } : { physicalLocation };
    if (extra.message !== undefined) location.message = { text: extra.message };
    return location;
  }

  /**
   * Adds the descriptor of a rule (once) and returns where it is: its index
   * in `driver.rules`, or for a plugin's rule in its plugin's extension.
   */
  addRule(id: string, severity: Severity): RuleRef {
    const known = this.ruleIndex.get(id);
    if (known !== undefined) return known;
    const rule = this.byId.get(id);
    let tags = rule ? [rule.category, PRACTICE_TAG] : [PRACTICE_TAG];
    const security = rule?.securitySeverity !== undefined;
    if (security) tags.push("security");
    if (tags.length > this.limits.tagsPerRule) {
      this.warn(`Rule ${id} has ${tags.length} tags; only ${this.limits.tagsPerRule} are listed.`);
      // "security" must survive: without it code scanning ignores security-severity.
      tags = security
        ? [...tags.filter((t) => t !== "security").slice(0, this.limits.tagsPerRule - 1), "security"]
        : tags.slice(0, this.limits.tagsPerRule);
    }
    const summary = rule?.summary ?? id;
    const link = ruleDocsLink(rule ?? { id });
    const descriptor: SarifReportingDescriptor = {
      id,
      name: ruleName(id),
      shortDescription: { text: summary },
      fullDescription: { text: rule ? fullDescription(rule) : summary },
      help: rule ? { text: helpText(rule), markdown: helpMarkdown(rule) } : { text: summary },
      ...(link !== undefined ? { helpUri: link } : {}),
      defaultConfiguration: { level: severity },
      properties: {
        tags,
        precision: rule?.precision ?? "high",
        ...(rule?.securitySeverity !== undefined ? { "security-severity": rule.securitySeverity.toFixed(1) } : {}),
      },
    };
    const namespace = pluginNamespace(id);
    let ref: RuleRef;
    if (namespace === undefined) {
      ref = { index: this.descriptors.length };
      this.descriptors.push(descriptor);
    } else {
      let component = this.extensions.findIndex((e) => e.name === namespace);
      if (component === -1) component = this.extensions.push({ name: namespace, rules: [] }) - 1;
      const rules = this.extensions[component].rules;
      ref = { index: rules.length, component: { name: namespace, index: component } };
      rules.push(descriptor);
    }
    this.ruleIndex.set(id, ref);
    return ref;
  }

  rules(): readonly SarifReportingDescriptor[] {
    return this.descriptors;
  }

  /** The plugins' components; undefined when no plugin rule is described. */
  extensionList(): readonly { readonly name: string; readonly rules: readonly SarifReportingDescriptor[] }[] | undefined {
    return this.extensions.length > 0 ? this.extensions : undefined;
  }

  notice(n: Notice): void {
    this.notifications.push({
      level: n.level,
      message: { text: n.message },
      ...(n.file !== undefined
        ? {
            locations: [
              n.range
                ? this.location(n.file, n.range)
                : { physicalLocation: { artifactLocation: this.artifact(n.file) } },
            ],
          }
        : {}),
    });
  }

  fix(f: Finding): SarifFix[] | undefined {
    if (!f.fix || f.fix.replacements.length === 0) return undefined;
    return [
      {
        description: { text: f.fix.description },
        artifactChanges: [
          {
            artifactLocation: this.artifact(f.fix.file),
            replacements: f.fix.replacements.map((r) => ({
              deletedRegion: sarifRegion(r.range),
              insertedContent: { text: r.text },
            })),
          },
        ],
      },
    ];
  }

  result(f: Finding, lineHash: string | undefined): SarifResult {
    let related = f.related;
    if (related.length > this.limits.locationsPerResult) {
      this.warn(
        `A ${f.ruleId} result in ${f.file ?? f.address} has ${related.length} related locations; only the first ${this.limits.locationsPerResult} are listed.`,
      );
      related = related.slice(0, this.limits.locationsPerResult);
    }
    const fixes = this.fix(f);
    const partialFingerprints: Record<string, string> = { [FINGERPRINT_KEY]: f.fingerprint };
    if (lineHash !== undefined) partialFingerprints.primaryLocationLineHash = lineHash;
    // Built without spreads, as `location` is; optional keys in the declared order.
    const ref = this.addRule(f.ruleId, f.severity);
    const out: Mutable<SarifResult> = {
      ruleId: f.ruleId,
      ruleIndex: ref.index,
      level: f.severity,
      message: { text: f.message },
      locations: [f.file !== undefined ? this.location(f.file, f.range) : this.addressLocation(f.address)],
      partialFingerprints,
    };
    if (ref.component) out.rule = { id: f.ruleId, index: ref.index, toolComponent: ref.component };
    if (related.length) {
      out.relatedLocations = related.map((r, i) => this.location(r.file, r.range, { id: i + 1, message: r.message }));
    }
    if (f.suppressed) {
      const suppression: Mutable<SarifSuppression> = { kind: f.suppressed.kind, status: "accepted", justification: f.suppressed.reason };
      if (f.suppressed.kind === "inSource" && f.suppressed.commentRange && f.file !== undefined) {
        suppression.location = this.location(f.file, f.suppressed.commentRange);
      }
      out.suppressions = [suppression];
    }
    if (fixes) out.fixes = fixes;
    // `moduleRole`: the role of the module directory of the primary location (deployment, module, example, test, fixture);
    // `instances`: the module instance addresses that gave the finding (see `joinIdentical`).
    if (f.address || f.role) {
      // Keys added in this order, without spreads (one object per result of thousands).
      const properties: Mutable<NonNullable<SarifResult["properties"]>> = {};
      if (f.address) properties.address = f.address;
      if (f.role) properties.moduleRole = f.role;
      if (f.instances) properties.instances = f.instances;
      out.properties = properties;
    }
    return out;
  }

  /** The findings that fit in one run: unsuppressed first, then by severity; original order kept. */
  keep(findings: readonly Finding[]): readonly Finding[] {
    const max = this.limits.resultsPerRun;
    if (findings.length <= max) return findings;
    const rank = (f: Finding): number => (f.suppressed ? 3 : 0) + (f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2);
    const order = findings.map((f, i) => i).sort((a, b) => rank(findings[a]) - rank(findings[b]) || a - b);
    const kept = new Set(order.slice(0, max));
    this.warn(
      `${findings.length} results exceed code scanning's limit of ${max} per run; ${findings.length - max} of lower severity were left out.`,
    );
    return findings.filter((_, i) => kept.has(i));
  }

  /** `primaryLocationLineHash` for each finding, from the files' text when it can be read. */
  lineHashesFor(findings: readonly Finding[]): (string | undefined)[] {
    const hashes = new Array<string | undefined>(findings.length).fill(undefined);
    const read = this.options.readSource;
    const memo = this.options.lineHashes;
    if (!read && !memo) return hashes;
    // Findings (their indexes) by file, each file's text read and hashed once.
    const byFile = new Map<string, number[]>();
    for (let i = 0; i < findings.length; i++) {
      const file = findings[i].file;
      if (file === undefined) continue; // no lines to hash at an address alone
      const indexes = byFile.get(file);
      if (indexes) indexes.push(i);
      else byFile.set(file, [i]);
    }
    const startLines = findings.map((f) => (f.range !== undefined ? sarifRegion(f.range).startLine : 0));
    for (const [file, indexes] of byFile) {
      if (memo && indexes.every((i) => (hashes[i] = memo.get(file, startLines[i])) !== undefined)) continue;
      const text = read?.(file);
      if (text === undefined) continue;
      indexes.sort((a, b) => startLines[a] - startLines[b]);
      const fileHashes = lineHashList(text, indexes.map((i) => startLines[i]));
      indexes.forEach((i, k) => {
        const hash = (hashes[i] = fileHashes[k]);
        if (hash !== undefined) memo?.set(file, startLines[i], hash);
      });
    }
    return hashes;
  }

  notificationsList(): readonly SarifNotification[] {
    return this.notifications;
  }
}

/**
 * Builds the log. Each result is handed to `emit` as soon as it is built;
 * the log lists `results` in their place.
 */
function buildLog(
  result: LintResult,
  options: SarifOptions,
  emit: (r: SarifResult) => void,
  results: readonly SarifResult[],
): SarifLog {
  // An in-memory lint carries the texts of its files: line hashes need no disk.
  const sources = result.sources;
  const withPlan: SarifOptions = result.planFile !== undefined ? { ...options, planFile: result.planFile } : options;
  const w = new SarifWriter(withPlan.readSource === undefined && sources ? { ...withPlan, readSource: (file) => sources[file] } : withPlan);
  // Every enabled rule is described, in the engine's order; rules that only
  // appear in findings (engine findings) are appended as results need them.
  for (const r of result.enabledRules) w.addRule(r.id, r.severity);
  for (const n of result.notices) w.notice(n);
  const findings = w.keep(result.findings);
  const hashes = w.lineHashesFor(findings);
  for (let i = 0; i < findings.length; i++) emit(w.result(findings[i], hashes[i]));
  const version = options.toolVersion ?? toolVersion();
  const extensions = w.extensionList();
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            semanticVersion: version,
            informationUri: REPOSITORY_URL,
            rules: w.rules(),
          },
          ...(extensions ? { extensions } : {}),
        },
        automationDetails: { id: options.automationId ?? `${TOOL_NAME}/` },
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: directoryUri(workingDirectory(options)),
            description: { text: "The directory tfmould was run in; result paths are relative to it." },
          },
        },
        columnKind: "unicodeCodePoints",
        results,
        invocations: [
          {
            executionSuccessful: !result.notices.some((n) => n.level === "error"),
            toolExecutionNotifications: w.notificationsList(),
          },
        ],
      },
    ],
  };
}

/** Builds the SARIF log object (what `formatSarif` serialises). */
export function toSarif(result: LintResult, options: SarifOptions = {}): SarifLog {
  const results: SarifResult[] = [];
  return buildLog(result, options, (r) => results.push(r), results);
}

/** Stands in for the results while the rest of the log is serialised. */
const RESULTS_MARK = "\u0000tfmould:results\u0000";

/**
 * `--format sarif`: the SARIF log as compact JSON with a final newline
 * (compact because code scanning limits the upload's size).
 *
 * The same text as `JSON.stringify(toSarif(…))`, but each result is
 * serialised as soon as it is built and the texts are spliced into the log:
 * tens of thousands of result objects then die young instead of all living
 * until the end, which is what made the garbage collector expensive here.
 */
export function formatSarif(result: LintResult, options: SarifOptions = {}): string {
  const texts: string[] = [];
  const mark = [RESULTS_MARK as unknown as SarifResult];
  const log = JSON.stringify(buildLog(result, options, (r) => texts.push(JSON.stringify(r)), mark));
  // A string inside the log cannot hold this: its quotes would be escaped.
  const placeholder = `"results":${JSON.stringify(mark)}`;
  const at = log.indexOf(placeholder);
  // Escaped like --format json: the log may be printed to a terminal too.
  // Escaping works character by character, so the joined texts are escaped in one pass.
  return `${jsonSafe(log.slice(0, at))}"results":[${jsonSafe(texts.join(","))}]${jsonSafe(log.slice(at + placeholder.length))}\n`;
}
