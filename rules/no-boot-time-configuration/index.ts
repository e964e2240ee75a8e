import { fileOfNode } from "../../src/model/node-files.js";
import { getAttribute } from "../../src/model/query.js";
import type { Expression, HclFile, Range } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { RelatedLocation, ReportDescriptor, RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import { attributeValue, objectItemKey } from "../lib/attributes.js";
import { blockInstances, existingResources, nestedBodies, NO_BINDINGS } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
import { locateOrigin } from "../lib/origins.js";
import { decodeBase64Script, scanScript } from "../lib/scripts.js";
import type { FileCall } from "../lib/file-reads.js";
import { fileCallOf, mapTemplateFile, readFileOf, shownPath } from "../lib/file-reads.js";
import { HOLE, mappedRange, mapTemplate, soleInterpolation } from "../lib/templates.js";
import { lineIndexOf } from "../../src/hcl/positions.js";

/** A boot-script argument: where it is (block path) and its name. */
interface ScriptSite {
  readonly path: readonly string[];
  readonly attr: string;
}

const AWS_USER_DATA: readonly ScriptSite[] = [
  { path: [], attr: "user_data" },
  { path: [], attr: "user_data_base64" },
];
const AZURE_VM: readonly ScriptSite[] = [
  { path: [], attr: "custom_data" },
  { path: [], attr: "user_data" },
];

const SITES: Readonly<Record<string, readonly ScriptSite[]>> = {
  aws_instance: AWS_USER_DATA,
  aws_spot_instance_request: AWS_USER_DATA,
  aws_launch_configuration: AWS_USER_DATA,
  aws_launch_template: [{ path: [], attr: "user_data" }],
  google_compute_instance: [{ path: [], attr: "metadata_startup_script" }],
  google_compute_instance_template: [{ path: [], attr: "metadata_startup_script" }],
  google_compute_region_instance_template: [{ path: [], attr: "metadata_startup_script" }],
  google_compute_instance_from_template: [{ path: [], attr: "metadata_startup_script" }],
  azurerm_linux_virtual_machine: AZURE_VM,
  azurerm_windows_virtual_machine: AZURE_VM,
  azurerm_linux_virtual_machine_scale_set: AZURE_VM,
  azurerm_windows_virtual_machine_scale_set: AZURE_VM,
  azurerm_orchestrated_virtual_machine_scale_set: [
    { path: [], attr: "user_data_base64" },
    { path: ["os_profile"], attr: "custom_data" },
  ],
  azurerm_virtual_machine: [{ path: ["os_profile"], attr: "custom_data" }],
  azurerm_virtual_machine_scale_set: [{ path: ["os_profile"], attr: "custom_data" }],
};

/** Google resources whose `metadata` map can hold startup scripts, and those keys. */
const GOOGLE_METADATA_TYPES = new Set([
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_instance_from_template",
]);
const STARTUP_KEYS = new Set(["startup-script", "user-data", "windows-startup-script-ps1", "windows-startup-script-cmd", "windows-startup-script-bat"]);

/** Functions that pass a script through unchanged in content (encodings, whitespace). */
const WRAPPERS = new Set(["base64encode", "base64gzip", "textencodebase64", "chomp", "trimspace"]);

/** Where the expression being scanned was written, and how to evaluate it there. */
interface Place {
  readonly file: HclFile;
  /** The resource whose `count`/`each` apply; undefined in a local, variable or tfvars file. */
  readonly scopeResource: Resource | undefined;
  readonly bindings: Bindings;
  /** The consuming argument, when the script was written elsewhere. */
  readonly related: readonly RelatedLocation[] | undefined;
  /** The script is cloud-init YAML even without a `#cloud-config` line (cloudinit_config parts). */
  readonly cloudConfig: boolean;
}

const ADVICE = "bake it into the image (Packer, a Dockerfile) and keep only per-instance settings in the boot script";

export default defineRule({
  id: "no-boot-time-configuration",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Boot scripts pass settings; they do not install or configure software",
  securitySeverity: 3.0,
  precision: "high",
  concerns: readsScripts,
  check(ctx) {
    const scripts = new ScriptFileReports(dedupingReporter(ctx));
    const report = (d: ReportDescriptor): void => scripts.report(d);
    for (const resource of existingResources(ctx, readsScripts)) {
      const scanner = new BootScripts(ctx, resource, report);
      if (resource.kind === "data") {
        if (CLOUDINIT_TYPES.has(resource.resourceType)) scanner.cloudinitParts();
        continue;
      }
      for (const site of SITES[resource.resourceType] ?? []) scanner.site(site);
      if (GOOGLE_METADATA_TYPES.has(resource.resourceType)) scanner.googleMetadata();
    }
    scripts.flush();
  },
});

/** Data sources that assemble cloud-init parts. */
const CLOUDINIT_TYPES: ReadonlySet<string> = new Set(["cloudinit_config", "template_cloudinit_config"]);

/** Whether the rule reads boot scripts from a resource or data source. */
function readsScripts(resource: Resource): boolean {
  const type = resource.resourceType;
  if (resource.kind === "data") return CLOUDINIT_TYPES.has(type);
  return SITES[type] !== undefined || GOOGLE_METADATA_TYPES.has(type);
}

/**
 * Reports that point into a script file (`readAt`), merged by that place:
 * one script read by several arguments is one thing to fix, reported once
 * (for the first reader) with every other reader related. Other reports
 * pass straight through.
 */
class ScriptFileReports {
  private readonly held = new Map<string, { descriptor: ReportDescriptor; readers: RelatedLocation[] }>();

  constructor(private readonly deliver: (d: ReportDescriptor) => void) {}

  report(d: ReportDescriptor): void {
    const at = d.readAt;
    if (!at) return this.deliver(d);
    const key = `${at.file}\u0000${at.range.start.offset}\u0000${at.range.end.offset}`;
    const known = this.held.get(key);
    const file = d.file === undefined ? undefined : typeof d.file === "string" ? d.file : d.file.filename;
    if (!known) this.held.set(key, { descriptor: d, readers: [] });
    else if (file !== undefined) known.readers.push({ file, range: d.node.range, message: at.message });
  }

  flush(): void {
    for (const { descriptor, readers } of this.held.values()) {
      this.deliver(readers.length === 0 ? descriptor : { ...descriptor, related: [...readers, ...(descriptor.related ?? [])] });
    }
    this.held.clear();
  }
}

class BootScripts {
  constructor(
    private readonly ctx: RuleContext,
    private readonly resource: Resource,
    private readonly report: (d: ReportDescriptor) => void,
  ) {}

  /** The place of an expression written in this resource: override files may have put it in another file. */
  private at(node: object): Place {
    const file = fileOfNode(this.ctx.module, node) ?? this.resource.file;
    return { file, scopeResource: this.resource, bindings: NO_BINDINGS, related: undefined, cloudConfig: false };
  }

  site(site: ScriptSite): void {
    for (const { body, bindings } of nestedBodies(this.ctx, this.resource, site.path)) {
      const attr = getAttribute(body, site.attr);
      if (attr) this.expression(attr.expr, { ...this.at(attr), bindings }, [...site.path, site.attr].join("."), new Set());
    }
  }

  googleMetadata(): void {
    const metadata = getAttribute(this.resource.body, "metadata");
    if (!metadata) return;
    if (metadata.expr.type === "Object") {
      for (const item of metadata.expr.items) {
        const key = objectItemKey(this.ctx, item, this.resource);
        if (key !== undefined && STARTUP_KEYS.has(key)) this.expression(item.value, this.at(item.value), `metadata.${key}`, new Set());
      }
      return;
    }
    const value = this.ctx.evaluate(metadata.expr, this.resource);
    if (value.kind !== "object") return;
    for (const [key, entry] of value.entries) {
      if (STARTUP_KEYS.has(key)) this.value(entry, metadata.expr, this.at(metadata), `metadata.${key}`, new Set());
    }
  }

  cloudinitParts(): void {
    for (const { block, bindings } of blockInstances(this.ctx, this.resource, this.resource.body, "part")) {
      const content = getAttribute(block.body, "content");
      if (!content) continue;
      const type = attributeValue(this.ctx, this.resource, block.body, "content_type", bindings);
      const cloudConfig = type !== undefined && asString(type.value)?.toLowerCase() === "text/cloud-config";
      this.expression(content.expr, { ...this.at(content), bindings, cloudConfig }, "part.content", new Set());
    }
  }

  /** Scans a script expression written at `place`. `seen` stops cycles through origins. */
  private expression(expr: Expression, place: Place, path: string, seen: Set<string>): void {
    const key = `${place.file.filename}:${expr.range.start.offset}:${expr.range.end.offset}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (expr.type === "Parentheses") return this.expression(expr.expr, place, path, seen);
    if (expr.type === "FunctionCall" && WRAPPERS.has(expr.name) && expr.args.length >= 1) return this.expression(expr.args[0], place, path, seen);
    if (expr.type === "Template" && this.template(expr, place, path, seen)) return;
    this.value(this.ctx.evaluate(expr, place.scopeResource, place.bindings), expr, place, path, seen);
  }

  /** Scans a template line by line at its source; false when it cannot be mapped. */
  private template(expr: Expression & { type: "Template" }, place: Place, path: string, seen: Set<string>): boolean {
    const mapped = mapTemplate(place.file, expr, (e, b) => this.ctx.evaluate(e, place.scopeResource, new Map([...place.bindings, ...b])));
    // Base64 text has no lines to point at: read it as a value, decoded.
    if (!mapped || (!mapped.text.includes(HOLE) && decodeBase64Script(mapped.text) !== undefined)) return false;
    const deferred = new Map<string, { expr: Expression; bindings: Bindings }>();
    for (const finding of scanScript(mapped.text, { cloudConfig: place.cloudConfig })) {
      // A line that one interpolation produced entirely was written wherever that value comes from.
      const sole = soleInterpolation(mapped, finding.start, finding.end);
      if (sole) {
        const k = `${sole.expr.range.start.offset}`;
        if (!deferred.has(k)) deferred.set(k, { expr: sole.expr, bindings: new Map([...place.bindings, ...sole.bindings]) });
        continue;
      }
      this.report({
        node: { range: mappedRange(mapped, finding.start, finding.end), of: expr },
        file: place.file,
        resource: this.resource,
        attributePath: path,
        related: place.related,
        message: `${describeSite(this.resource.address, path)} ${finding.reasons.join("; ")}; ${ADVICE}.`,
      });
    }
    for (const d of deferred.values()) this.expression(d.expr, { ...place, bindings: d.bindings }, path, seen);
    return true;
  }

  /** Scans a script known only as a value: follow it to where it was written, or report at `node`. */
  private value(value: Value, node: Expression, place: Place, path: string, seen: Set<string>): void {
    if (value.kind !== "string") return;
    const located = locateOrigin(this.ctx, value);
    const isNode = located && located.file.filename === place.file.filename && located.expr.range.start.offset === node.range.start.offset && located.expr.range.end.offset === node.range.end.offset;
    if (located && !isNode && (located.expr.type === "Template" || located.expr.type === "FunctionCall" || located.expr.type === "Parentheses")) {
      const related = place.related ?? [{ file: place.file.filename, range: node.range, message: `used as ${path} of ${this.resource.address}` }];
      this.expression(located.expr, { file: located.file, scopeResource: undefined, bindings: NO_BINDINGS, related, cloudConfig: place.cloudConfig }, path, seen);
      return;
    }
    const decoded = decodeBase64Script(value.value);
    const text = decoded ?? value.value;
    const findings = scanScript(text, { cloudConfig: place.cloudConfig });
    if (findings.length === 0) return;
    const source = this.describeSource(node, place);
    const call = fileCall(node);
    if (call && this.scriptFile(node, call, place, path, text, source)) return;
    const rendered = call?.name === "templatefile" ? "rendered line" : "line";
    this.report({
      node,
      file: place.file,
      resource: this.resource,
      attributePath: path,
      related: place.related,
      // Written outside this module (a caller's argument): the engine points at that literal.
      value: located || call ? undefined : value,
      // Written as a heredoc elsewhere (a caller's argument): the engine points at this line of it.
      valueLine: decoded === undefined ? findings[0].line : undefined,
      message: `${describeSite(this.resource.address, path, source)} installs or configures software at boot: ${describeLines(findings.map((f) => ({ line: f.line, reasons: f.reasons })), rendered)}; ${ADVICE}.`,
    });
  }

  /**
   * Reports a script read through `file()`, `filebase64()` or
   * `templatefile()` at its first offending line in that file (a template's
   * line, for a line an interpolation wrote: the line of that `${…}`), with
   * the consuming argument and the other offending lines related. False when
   * the lines cannot be placed: the file cannot be read here, or its text is
   * not the text that was scanned.
   */
  private scriptFile(node: Expression, call: FileCall, place: Place, path: string, text: string, from: string): boolean {
    const at = { resource: place.scopeResource, bindings: place.bindings };
    const read = readFileOf(this.ctx, call, at);
    if (!read) return false;
    let lines: readonly ScriptLine[];
    if (call.name === "templatefile") {
      const mapped = mapTemplateFile(this.ctx, call, at, read)?.mapped;
      if (!mapped) return false;
      lines = scanScript(mapped.text, { cloudConfig: place.cloudConfig }).map((f) => ({ range: mappedRange(mapped, f.start, f.end), reasons: f.reasons }));
    } else {
      // The scanned text is the file's text, or a part of it (`trimspace`, `chomp`).
      const offset = read.source.indexOf(text);
      if (offset < 0) return false;
      const index = lineIndexOf(read);
      lines = scanScript(text, { cloudConfig: place.cloudConfig }).map((f) => ({ range: index.plainRange(offset + f.start, offset + f.end), reasons: f.reasons }));
    }
    const [first, ...others] = lines;
    if (!first) return false;
    const file = read.filename;
    this.report({
      node,
      file: place.file,
      resource: this.resource,
      attributePath: path,
      readAt: { file, range: first.range, message: `used as ${path} of ${this.resource.address}` },
      related: [
        ...(place.related ?? []),
        ...others.slice(0, MAX_RELATED_LINES).map((l) => ({ file, range: l.range, message: l.reasons.join("; ") })),
      ],
      message: `${describeSite(this.resource.address, path, from)} installs or configures software at boot: ${describeLines(lines.map((l) => ({ line: l.range.start.line, reasons: l.reasons })), "line")}; ${ADVICE}.`,
    });
    return true;
  }

  /** `, from file("scripts/boot.sh")` when the script comes from a file function (see `shownPath`). */
  private describeSource(node: Expression, place: Place): string {
    const call = fileCall(node);
    const p = call && shownPath(this.ctx, call, { resource: place.scopeResource, bindings: place.bindings });
    return call && p !== undefined ? `, from ${call.name}("${p}")` : "";
  }
}

/** An offending line of a script file: where it is in that file, and what it does. */
interface ScriptLine {
  readonly range: Range;
  readonly reasons: readonly string[];
}

/** The other offending lines of a script file listed as related locations, at most. */
const MAX_RELATED_LINES = 10;

/** `line 3 installs packages …; line 4 …, and 2 more lines`: the first three lines of a script that do something at boot. */
function describeLines(lines: readonly { line: number; reasons: readonly string[] }[], word: string): string {
  const shown = lines.slice(0, 3).map((l) => `${word} ${l.line} ${l.reasons.join(" and ")}`);
  const more = lines.length > 3 ? `, and ${lines.length - 3} more line${lines.length === 4 ? "" : "s"}` : "";
  return `${shown.join("; ")}${more}`;
}

/** The file function an expression calls (through encoding wrappers), if any. */
function fileCall(expr: Expression): FileCall | undefined {
  return fileCallOf(expr, WRAPPERS);
}

/** `aws_instance.web's boot script (user_data)`, or `(user_data, from file("boot.sh"))`. */
function describeSite(address: string, path: string, source = ""): string {
  return `${address}'s boot script (${path}${source})`;
}
