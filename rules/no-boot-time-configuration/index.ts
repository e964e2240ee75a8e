import { fileOfNode } from "../../src/model/node-files.js";
import * as nodePath from "node:path";
import { getAttribute } from "../../src/model/query.js";
import type { Expression, HclFile } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { RelatedLocation, ReportDescriptor, RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import { attributeValue, objectItemKey } from "../lib/attributes.js";
import { blockInstances, hasInstances, nestedBodies, NO_BINDINGS } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
import { locateOrigin } from "../lib/origins.js";
import type { ScriptFinding } from "../lib/scripts.js";
import { decodeBase64Script, scanScript } from "../lib/scripts.js";
import { HOLE, mappedRange, mapTemplate, soleInterpolation } from "../lib/templates.js";
import { LineIndex } from "../../src/hcl/positions.js";

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
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of ctx.module.resources) {
      if (!hasInstances(ctx, resource)) continue;
      const scanner = new BootScripts(ctx, resource, report);
      if (resource.kind === "data") {
        if (resource.resourceType === "cloudinit_config" || resource.resourceType === "template_cloudinit_config") scanner.cloudinitParts();
        continue;
      }
      for (const site of SITES[resource.resourceType] ?? []) scanner.site(site);
      if (GOOGLE_METADATA_TYPES.has(resource.resourceType)) scanner.googleMetadata();
    }
  },
});

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
    const rendered = fileCall(node)?.name === "templatefile" ? "rendered line" : "line";
    const related = [...(place.related ?? []), ...this.fileLines(node, place, text, findings, decoded !== undefined)];
    const shown = findings.slice(0, 3).map((f) => `${rendered} ${f.line} ${f.reasons.join(" and ")}`);
    const more = findings.length > 3 ? `, and ${findings.length - 3} more line${findings.length === 4 ? "" : "s"}` : "";
    this.report({
      node,
      file: place.file,
      resource: this.resource,
      attributePath: path,
      related: related.length > 0 ? related : undefined,
      // Written outside this module (a caller's argument): the engine points at that literal.
      value: located || fileCall(node) ? undefined : value,
      // Written as a heredoc elsewhere (a caller's argument): the engine points at this line of it.
      valueLine: decoded === undefined ? findings[0].line : undefined,
      message: `${describeSite(this.resource.address, path, source)} installs or configures software at boot: ${shown.join("; ")}${more}; ${ADVICE}.`,
    });
  }

  /** `, from file("scripts/boot.sh")` when the script comes from a file function. */
  private describeSource(node: Expression, place: Place): string {
    const call = fileCall(node);
    if (!call) return "";
    const p = asString(this.ctx.evaluate(call.args[0], place.scopeResource, place.bindings));
    return p === undefined ? "" : `, from ${call.name}("${p}")`;
  }

  /**
   * Related locations for the offending lines of a script read with
   * `file()` / `filebase64()`, whose text is the file's text, resolved the
   * way Terraform resolves the path (against the root module's directory).
   */
  private fileLines(node: Expression, place: Place, text: string, findings: readonly ScriptFinding[], decoded: boolean): RelatedLocation[] {
    const call = fileCall(node);
    if (!call || call.name === "templatefile" || (call.name === "filebase64") !== decoded) return [];
    const p = asString(this.ctx.evaluate(call.args[0], place.scopeResource, place.bindings));
    const moduleRel = asString(this.ctx.evaluate(PATH_MODULE, undefined));
    if (p === undefined || moduleRel === undefined) return [];
    const moduleDir = this.ctx.module.dir;
    // path.module is the module directory relative to Terraform's working directory.
    const norm = nodePath.posix.normalize(moduleRel);
    const cwd = norm === "." ? moduleDir : moduleDir.endsWith(norm) ? moduleDir.slice(0, moduleDir.length - norm.length) : undefined;
    if (cwd === undefined) return [];
    const file = nodePath.isAbsolute(p) ? p : nodePath.join(cwd === "" ? "." : cwd, p);
    const lines = new LineIndex(text);
    return findings.slice(0, 10).map((f) => ({
      file: file.split(nodePath.sep).join("/"),
      range: lines.plainRange(f.start, f.end),
      message: f.reasons.join("; "),
    }));
  }
}

/** A synthetic `path.module` reference, for resolving paths the way `file()` does. */
const ZERO = { line: 1, column: 1, offset: 0 };
const PATH_MODULE: Expression = {
  type: "GetAttr",
  object: { type: "Variable", name: "path", range: { start: ZERO, end: ZERO } },
  name: "module",
  nameRange: { start: ZERO, end: ZERO },
  range: { start: ZERO, end: ZERO },
};

/** The file function an expression calls (through encoding wrappers), if any. */
function fileCall(expr: Expression): (Expression & { type: "FunctionCall" }) | undefined {
  let e = expr;
  while (e.type === "Parentheses" || (e.type === "FunctionCall" && WRAPPERS.has(e.name) && e.args.length >= 1)) e = e.type === "Parentheses" ? e.expr : e.args[0];
  return e.type === "FunctionCall" && ["file", "filebase64", "templatefile"].includes(e.name) && e.args.length >= 1 ? e : undefined;
}

/** `aws_instance.web's boot script (user_data)`, or `(user_data, from file("boot.sh"))`. */
function describeSite(address: string, path: string, source = ""): string {
  return `${address}'s boot script (${path}${source})`;
}
