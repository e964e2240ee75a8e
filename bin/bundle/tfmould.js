import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
import {
  CliHost,
  DirectoryListings,
  NO_ANSWER,
  RUN_PATH,
  digestOf,
  displayPaths,
  isFile,
  kindOf,
  lintRecorded,
  loadRunPlugins,
  readLogHolds,
  realPathOf,
  relativeTo,
  scopeFunction,
  textsRead,
  unloadedPluginsNote,
  workingDirectory
} from "./chunk-W5TQZOSA.js";
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  REPOSITORY_URL,
  TOOL_NAME,
  UsageError,
  ruleDocsLink,
  toolVersion
} from "./chunk-4EHNIOEZ.js";
import {
  CONFIG_FILE_NAME,
  CallScanMemo,
  ConfigError,
  ConfigFileFinder,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_PLAN_BYTES,
  OverlayHost,
  PathError,
  PlanError,
  ReadBoundary,
  WARM_UP_MIN_MODULES,
  compareFindings,
  compareNotices,
  compareStrings,
  discover,
  excludeMatcher,
  fingerprintAll,
  groupModules,
  groupPaths,
  groupsAndCalls,
  isWithin,
  joinIdentical,
  lineBreakOf,
  lint,
  lintModules,
  lintModulesKnowingCalls,
  lintPathsOf,
  loadConfig,
  loadConfigFile,
  mergeResults,
  moduleRoleOf,
  namesCaller,
  parse,
  pluginNamespace,
  readPlanFile,
  readRegularFile,
  readSource,
  resolveConfig,
  rules,
  summaryOf
} from "./chunk-YFRCRCQY.js";

// src/cli/run.ts
import { lstatSync as lstatSync4, realpathSync as realpathSync2, statSync as statSync4 } from "node:fs";
import { basename as basename4, dirname as dirname8, isAbsolute as isAbsolute2, resolve as resolve10, sep as sep4 } from "node:path";

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "BaselineError";
  }
};
function writeBaseline(findings) {
  const entries = findings.filter((f) => f.suppressed?.kind !== "inSource").map((f) => ({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    file: f.file ?? "",
    address: f.address,
    attributePath: f.attributePath,
    message: f.message
  }));
  entries.sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.address, b.address) || compareStrings(a.attributePath, b.attributePath) || compareStrings(a.fingerprint, b.fingerprint)
  );
  const file = { version: BASELINE_VERSION, findings: entries };
  return `${JSON.stringify(file, null, 2)}
`;
}
function applyBaseline(findings, baselineText) {
  const baseline = parseBaseline(baselineText);
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  return findings.map(
    (f) => !f.suppressed && known.has(f.fingerprint) ? { ...f, suppressed: { kind: "external", reason: "baseline" } } : f
  );
}
function parseBaseline(text) {
  let value;
  try {
    value = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new BaselineError(`the baseline is not JSON (${error.message})`);
  }
  if (!isObject(value) || !Array.isArray(value.findings)) {
    throw new BaselineError('the baseline is not a tfmould baseline (expected an object with a "findings" array)');
  }
  if (value.version !== BASELINE_VERSION) {
    throw new BaselineError(`unsupported baseline version ${JSON.stringify(value.version)} (expected ${BASELINE_VERSION})`);
  }
  value.findings.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.fingerprint !== "string") {
      throw new BaselineError(`baseline findings[${i}]: expected an object with a string "fingerprint"`);
    }
  });
  return value;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/report/xml.ts
function forbidden(code) {
  return code < 32 && code !== 9 && code !== 10 && code !== 13 || code >= 55296 && code <= 57343 || code === 65534 || code === 65535;
}
var ATTRIBUTE_SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;
var TEXT_SPECIAL = /[&<>\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;
var ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
function replacement(ch) {
  const entity = ENTITY[ch];
  if (entity !== void 0) return entity;
  const code = ch.codePointAt(0);
  if (forbidden(code)) return `\\u{${code.toString(16)}}`;
  return `&#x${code.toString(16)};`;
}
function escapeWith(pattern, value) {
  pattern.lastIndex = 0;
  if (!pattern.test(value)) return value;
  pattern.lastIndex = 0;
  return value.replace(pattern, replacement);
}
function escapeAttribute(value) {
  return escapeWith(ATTRIBUTE_SPECIAL, value);
}
function escapeText(value) {
  return escapeWith(TEXT_SPECIAL, value);
}
var NAME = /^[A-Za-z_][\w.-]*$/;
function checkName(name) {
  if (!NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
  return name;
}
function startTag(name, attributes) {
  let tag = "<" + checkName(name);
  for (const [key, value] of attributes) {
    if (value !== void 0) tag += ` ${checkName(key)}="${escapeAttribute(String(value))}"`;
  }
  return tag;
}
var XmlWriter = class {
  lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  stack = [];
  indent() {
    return "  ".repeat(this.stack.length);
  }
  open(name, attributes = []) {
    this.lines.push(this.indent() + startTag(name, attributes) + ">");
    this.stack.push(name);
    return this;
  }
  close() {
    const name = this.stack.pop();
    if (name === void 0) throw new Error("XmlWriter: close without open");
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }
  /** An element with text content (not indented: the text is kept as it is), or empty when `text` is undefined or "". */
  leaf(name, attributes = [], text) {
    const tag = startTag(name, attributes);
    this.lines.push(this.indent() + (text ? `${tag}>${escapeText(text)}</${name}>` : `${tag}/>`));
    return this;
  }
  /** The document with a final newline. */
  toString() {
    if (this.stack.length) throw new Error(`XmlWriter: <${this.stack.join("><")}> not closed`);
    return this.lines.join("\n") + "\n";
  }
};

// src/report/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", note: "info" };
var CHECKSTYLE_VERSION = "4.3";
function formatCheckstyle(result, options = {}) {
  const shown = displayPaths(options);
  const byId = new Map((options.rules ?? rules).map((r) => [r.id, r]));
  const errors = /* @__PURE__ */ new Map();
  const add = (file, error) => {
    const list = errors.get(file);
    if (list) list.push(error);
    else errors.set(file, [error]);
  };
  for (const n of result.notices) {
    add(n.file === void 0 ? RUN_PATH : shown(n.file), [
      ["line", n.range?.start.line],
      ["column", n.range?.start.column],
      ["severity", n.level],
      ["message", n.message],
      ["source", TOOL_NAME]
    ]);
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    add(f.file === void 0 ? f.address : shown(f.file), [
      ["line", f.range?.start.line],
      ["column", f.range?.start.column],
      ["severity", SEVERITY[f.severity]],
      ["message", f.message],
      ["source", f.ruleId],
      ["link", ruleDocsLink(byId.get(f.ruleId) ?? { id: f.ruleId })]
    ]);
  }
  const xml = new XmlWriter().open("checkstyle", [["version", CHECKSTYLE_VERSION]]);
  for (const file of [...errors.keys()].sort(compareStrings)) {
    xml.open("file", [["name", file]]);
    for (const error of errors.get(file)) xml.leaf("error", error);
    xml.close();
  }
  return xml.close().toString();
}

// src/report/safe-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var UNSAFE_BUT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SGR = /\u001b\[[0-9;]*m/g;
function steersDisplay(text, options) {
  const shown = options.colour ? text.replace(SGR, "") : text;
  UNSAFE_BUT_NEWLINES.lastIndex = 0;
  return UNSAFE_BUT_NEWLINES.test(shown);
}
function codePointEscape(ch) {
  return `\\u{${ch.codePointAt(0).toString(16)}}`;
}
function jsonEscape(ch) {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function visible(text, options = {}) {
  const pattern = options.keepNewlines ? UNSAFE_BUT_NEWLINES : UNSAFE;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, codePointEscape);
}
function jsonSafe(json) {
  JSON_UNSAFE.lastIndex = 0;
  if (!JSON_UNSAFE.test(json)) return json;
  JSON_UNSAFE.lastIndex = 0;
  return json.replace(JSON_UNSAFE, jsonEscape);
}

// src/report/compact.ts
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
function compactPlace(file, range2) {
  if (file === void 0) return TOOL_NAME;
  return range2 ? `${file}:${range2.start.line}:${range2.start.column}` : file;
}
function compactLine(place, severity, message, source) {
  return `${place}: ${severity}: ${oneLine(message)}${source !== void 0 ? ` [${source}]` : ""}`;
}
function formatCompact(result, options = {}) {
  const shown = displayPaths(options);
  const lines = [];
  for (const n of result.notices) {
    const place = compactPlace(n.file === void 0 ? void 0 : shown(n.file), n.range);
    lines.push(visible(compactLine(place, n.level, n.message, n.file === void 0 ? void 0 : TOOL_NAME)));
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    lines.push(visible(compactLine(compactPlace(f.file === void 0 ? f.address : shown(f.file), f.range), f.severity, f.message, f.ruleId)));
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

// src/report/github.ts
var COMMAND_OF = { error: "error", warning: "warning", note: "notice" };
function escapeData(text) {
  return visible(text, { keepNewlines: true }).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, props, message) {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${list ? " " + list : ""}::${escapeData(message)}`;
}
function position(range2) {
  return [
    ["line", range2.start.line],
    ["endLine", range2.end.line],
    ["col", range2.start.column],
    ["endColumn", range2.end.column]
  ];
}
function formatGithub(result, options = {}) {
  const lines = [];
  const shown = displayPaths(options);
  for (const n of result.notices) {
    const props = [];
    if (n.file !== void 0) props.push(["file", shown(n.file)]);
    if (n.file !== void 0 && n.range) props.push(...position(n.range));
    props.push(["title", "tfmould"]);
    lines.push(command(n.level, props, n.message));
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (f.file === void 0) {
      const message = f.message.startsWith(f.address) ? f.message : `${f.address}: ${f.message}`;
      lines.push(command(COMMAND_OF[f.severity], [["title", f.ruleId]], message));
      continue;
    }
    const props = [["file", shown(f.file)], ...position(f.range), ["title", f.ruleId]];
    lines.push(command(COMMAND_OF[f.severity], props, f.message));
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

// src/report/gitlab.ts
var BLOCKER_FROM = 9;
var CRITICAL_FROM = 7;
function gitlabSeverity(severity, rule) {
  if (severity === "note") return "info";
  if (severity === "warning") return "minor";
  const security = rule?.securitySeverity ?? 0;
  return security >= BLOCKER_FROM ? "blocker" : security >= CRITICAL_FROM ? "critical" : "major";
}
function toGitlabIssues(result, options = {}) {
  const shown = displayPaths(options);
  const byId = new Map((options.rules ?? rules).map((r) => [r.id, r]));
  const issues = [];
  const noticePrints = fingerprintAll(
    result.notices.map((n) => ({ ruleId: TOOL_NAME, file: n.file ?? "", address: n.level, attributePath: n.message }))
  );
  result.notices.forEach((n, i) => {
    issues.push({
      description: oneLine(n.message),
      check_name: TOOL_NAME,
      fingerprint: noticePrints[i],
      // An error notice means part of the scan is missing (the command exits 2).
      severity: n.level === "error" ? "major" : "minor",
      location: { path: n.file === void 0 ? RUN_PATH : shown(n.file), lines: { begin: Math.max(1, n.range?.start.line ?? 1) } }
    });
  });
  for (const f of result.findings) {
    if (f.suppressed) continue;
    issues.push({
      description: oneLine(f.message),
      check_name: f.ruleId,
      fingerprint: f.fingerprint,
      severity: gitlabSeverity(f.severity, byId.get(f.ruleId)),
      // A finding at an address alone (a plan's resource in no scanned file) has the address for a path.
      location: { path: f.file === void 0 ? f.address : shown(f.file), lines: { begin: Math.max(1, f.range?.start.line ?? 1) } }
    });
  }
  return issues;
}
function formatGitlab(result, options = {}) {
  const issues = toGitlabIssues(result, options);
  if (issues.length === 0) return "[]\n";
  return `[
${issues.map((issue) => jsonSafe(JSON.stringify(issue))).join(",\n")}
]
`;
}

// src/report/summary.ts
function summarize(result) {
  const { errors, warnings, notes, suppressed, files } = summaryOf(result);
  let noticeErrors = 0;
  let noticeWarnings = 0;
  for (const n of result.notices) {
    if (n.level === "error") noticeErrors++;
    else noticeWarnings++;
  }
  return { errors, warnings, notes, suppressed, files, noticeErrors, noticeWarnings };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/json.ts
function jsonRange(r) {
  return {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column }
  };
}
function jsonFinding(f, shown) {
  const lead = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  const rest = {
    address: f.address,
    ...f.role ? { role: f.role } : {},
    ...f.instances ? { instances: f.instances } : {},
    related: f.related.map((r) => ({ file: shown(r.file), range: jsonRange(r.range), message: r.message })),
    ...f.suppressed ? { suppressed: { kind: f.suppressed.kind, reason: f.suppressed.reason } } : {}
  };
  return f.file !== void 0 ? { ...lead, file: shown(f.file), range: jsonRange(f.range), ...rest } : { ...lead, ...rest };
}
function jsonNotice(n, shown) {
  return {
    level: n.level,
    message: n.message,
    ...n.file !== void 0 ? { file: shown(n.file) } : {},
    ...n.range ? { range: jsonRange(n.range) } : {}
  };
}
function toJsonReport(result, options = {}) {
  const s = summarize(result);
  const shown = displayPaths(options);
  return {
    version: options.toolVersion ?? toolVersion(),
    findings: result.findings.map((f) => jsonFinding(f, shown)),
    notices: result.notices.map((n) => jsonNotice(n, shown)),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      suppressed: s.suppressed,
      files: s.files,
      notices: result.notices.length
    }
  };
}
function formatJson(result, options = {}) {
  return jsonSafe(JSON.stringify(toJsonReport(result, options), null, 2)) + "\n";
}

// src/report/junit.ts
var RUN_SUITE = "(run)";
var ALL_RULES = "all rules";
var RANK = { error: 0, warning: 1, note: 2 };
function summaryMessage(messages, noun) {
  const first = oneLine(messages[0]);
  return messages.length === 1 ? first : `${messages.length} ${noun}; the first: ${first}`;
}
function ruleCase(ruleId, findings, shown) {
  const line = (f) => compactLine(compactPlace(f.file === void 0 ? f.address : shown(f.file), f.range), f.severity, f.message, f.ruleId);
  const counting = findings.filter((f) => !f.suppressed);
  if (counting.length) {
    const worst = counting.reduce((a, b) => RANK[b.severity] < RANK[a.severity] ? b : a).severity;
    return {
      name: ruleId,
      outcome: { kind: "failure", type: worst, message: summaryMessage(counting.map((f) => f.message), "findings"), text: counting.map(line).join("\n") }
    };
  }
  const reasons = [...new Set(findings.map((f) => oneLine(f.suppressed?.reason ?? "")))];
  return {
    name: ruleId,
    outcome: { kind: "skipped", message: `suppressed: ${reasons.join("; ")}`, text: findings.map((f) => `${line(f)} (suppressed: ${oneLine(f.suppressed?.reason ?? "")})`).join("\n") }
  };
}
function noticeCase(notices, shown) {
  const text = notices.map((n) => compactLine(compactPlace(n.file === void 0 ? void 0 : shown(n.file), n.range), n.level, n.message)).join("\n");
  const errors = notices.filter((n) => n.level === "error");
  if (errors.length) return { name: TOOL_NAME, outcome: { kind: "error", type: "error", message: summaryMessage(errors.map((n) => n.message), "errors"), text } };
  return { name: TOOL_NAME, outcome: { kind: "skipped", message: summaryMessage(notices.map((n) => n.message), "warnings"), text } };
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function formatJunit(result, options = {}) {
  const shown = displayPaths(options);
  const linted = new Set(result.files.map(shown));
  const files = new Set(linted);
  const findings = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const file = f.file === void 0 ? f.address : shown(f.file);
    files.add(file);
    let rules2 = findings.get(file);
    if (!rules2) findings.set(file, rules2 = /* @__PURE__ */ new Map());
    push(rules2, f.ruleId, f);
  }
  const notices = /* @__PURE__ */ new Map();
  for (const n of result.notices) {
    const file = n.file === void 0 ? void 0 : shown(n.file);
    if (file !== void 0) files.add(file);
    push(notices, file, n);
  }
  const suites = [];
  const runNotices = notices.get(void 0);
  if (runNotices) suites.push({ name: RUN_SUITE, cases: [noticeCase(runNotices, shown)] });
  for (const file of [...files].sort(compareStrings)) {
    const cases = [];
    const own = notices.get(file);
    if (own) cases.push(noticeCase(own, shown));
    const rules2 = findings.get(file);
    if (rules2) for (const ruleId of [...rules2.keys()].sort(compareStrings)) cases.push(ruleCase(ruleId, rules2.get(ruleId), shown));
    if (linted.has(file) && !cases.some((c) => c.outcome?.kind === "failure" || c.outcome?.kind === "error")) cases.push({ name: ALL_RULES });
    suites.push({ name: file, file, cases });
  }
  const count = (cases, kind) => cases.filter((c) => c.outcome?.kind === kind).length;
  const counts = (cases) => [
    ["tests", cases.length],
    ["failures", count(cases, "failure")],
    ["errors", count(cases, "error")],
    ["skipped", count(cases, "skipped")]
  ];
  const xml = new XmlWriter().open("testsuites", [["name", TOOL_NAME], ...counts(suites.flatMap((s) => s.cases))]);
  for (const suite of suites) {
    xml.open("testsuite", [["name", suite.name], ...counts(suite.cases)]);
    for (const c of suite.cases) {
      const attributes = [
        ["name", c.name],
        ["classname", suite.name],
        ["file", suite.file]
      ];
      const o = c.outcome;
      if (!o) {
        xml.leaf("testcase", attributes);
        continue;
      }
      xml.open("testcase", attributes);
      if (o.kind === "skipped") xml.leaf("skipped", [["message", o.message]], o.text);
      else xml.leaf(o.kind, [["message", o.message], ["type", o.type]], o.text);
      xml.close();
    }
    xml.close();
  }
  return xml.close().toString();
}

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

// rules/docs.generated.ts
var RULE_DOCS = {
  "container-image-pinned": {
    flags: "A container image reference without a fixed version: no tag (which means `latest`), the `latest`\ntag, or a tag you list as moving (`mutableTags`). It looks wherever Terraform launches a container:\nDocker, Kubernetes, ECS and Batch task definitions, Lambda, App Runner, Cloud Run and Azure\ncontainer groups and apps.",
    rationale: 'An image reference without a tag means `latest`, and `latest` (like any tag a pipeline re-pushes)\nnames whatever was pushed last. Two tasks started a minute apart can run different code, a\nrollback to "the previous task definition" rolls back nothing, and a compromised registry\naccount changes production without touching the code. A version tag that is never re-pushed\n(see `ecr-tag-immutability`) or, better, an `@sha256:` digest makes the deployment the same\nevery time it is applied.',
    remediation: "Reference images by a version tag that your registry keeps immutable (`api:1.42.0`, `api:git-3f2a9c1`)\nor by digest (`api@sha256:…`, optionally with the tag for readers: `api:1.42.0@sha256:…`). Have the\nbuild pipeline write the new tag or digest into the code (a variable, a tfvars file) so that every\nrollout is a commit.",
    examples: '```hcl bad\n# Bad\nresource "aws_ecs_task_definition" "api" {\n  family = "api"\n  container_definitions = jsonencode([{\n    name  = "api"\n    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:latest" # ← container-image-pinned\n  }])\n}\n\nresource "kubernetes_deployment" "web" {\n  spec {\n    template {\n      spec {\n        container {\n          name  = "web"\n          image = "nginx" # ← container-image-pinned\n        }\n      }\n    }\n  }\n}\n```\n\n```hcl good\n# Good\nresource "aws_ecs_task_definition" "api" {\n  family = "api"\n  container_definitions = jsonencode([{\n    name  = "api"\n    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.42.0"\n  }])\n}\n\nresource "kubernetes_deployment" "web" {\n  spec {\n    template {\n      spec {\n        container {\n          name  = "web"\n          image = "nginx:1.27.3@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a"\n        }\n      }\n    }\n  }\n}\n```',
    options: '`mutableTags` adds tags that move and are reported like `latest`.\n\nWith `--strict` (`"strict": true` in `.tfmould.json`) every image must carry an `@sha256:` digest,\nwhatever its tag.',
    notes: 'References are parsed as Docker reads them: `[registry[:port]/]path[:tag][@digest]`, where the first\ncomponent is a registry only if it contains `.` or `:` or is `localhost`. So `registry:5000/app` has\nno tag, `app:5000` is tagged `5000`, and anything with `@sha256:` is pinned whatever its tag.\n\nWhere images are read:\n\n- `docker_container.image`, `docker_image.name` (skipped when the image is built here from a `build`\n  block), `docker_service` `task_spec.container_spec.image`;\n- `kubernetes_{pod,deployment,stateful_set,daemon_set,daemonset,job,cron_job,replication_controller}`\n  and their `_v1` forms: every `container` and `init_container` of the pod spec (`spec`,\n  `spec.template.spec`, `spec.job_template.spec.template.spec`);\n- `kubernetes_manifest.manifest`: every `image` in `containers`, `initContainers` and\n  `ephemeralContainers` lists at any depth;\n- `aws_ecs_task_definition.container_definitions` and `aws_batch_job_definition`\n  `container_properties` / `node_properties` / `ecs_properties` (JSON written with `jsonencode(...)`,\n  a heredoc or a string, also through locals and variables, or read from a file with `file(...)` or\n  `templatefile(...)`: every `image`), and\n  `eks_properties.pod_properties` containers;\n- `aws_lambda_function.image_uri`, `aws_apprunner_service`\n  `source_configuration.image_repository.image_identifier`;\n- `google_cloud_run_service`, `google_cloud_run_v2_service`, `google_cloud_run_v2_job` containers;\n- `azurerm_container_group` `container` / `init_container`, `azurerm_container_app` and\n  `azurerm_container_app_job` `template.container` / `template.init_container`.\n\nValues are evaluated: an image from a variable default, a `.tfvars` file, a local or a module\nargument is reported where it is written. A partly known image (`"nginx:${var.tag}"`) is reported\nonly when its known text already proves the problem (`"${var.registry}/app"` has no tag;\n`"${var.repo}:latest"` is latest); anything unknown (a resource attribute, an unset variable) is\nnot reported. Inside heredoc or string JSON the finding points at the `image` value itself. In\nJSON read through `file(...)` or `templatefile(...)`, it points at the `image` value in that file\n(the template\'s own text, for a template), with the argument that reads the file as a related\nlocation; an image that a template interpolates from a value written elsewhere (a variable\'s\ndefault) is reported at that value. A `tfmould-ignore` comment on the argument or its resource\nhides such a finding; files outside the scanned directory are not read.\n\nA resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not\nexist and is not reported. A value used by several resources is reported once, where it is written.\n\nOn a plan (`--plan`), the rule also reads the plan\'s planned values, so that an image a registry\nmodule, a data source or a pipeline variable decides (a tag read from SSM) is checked too; such a\nfinding points at the resource\'s block (or, for a module that was not downloaded, at its address)\nand is left out when the code already gave it. A value the plan leaves unknown or marks sensitive is\nnot judged.',
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "machine-image-pinned": {
    flags: 'A machine image chosen by "newest match": an `aws_ami` lookup with `most_recent = true` and a\nwildcard name, a public SSM image parameter, a Google image family, an Azure image reference with\nversion `latest`, and instances that boot such an image.',
    rationale: 'An image lookup that picks "the most recent" image (an AMI name filter with a wildcard, an SSM\n`latest` parameter, an Azure `latest` version, a Google image family) returns a different image as\nsoon as the vendor or your image pipeline publishes one. The next `terraform plan` then wants to\nreplace every instance, at a moment nobody chose, with an image nobody tested; or, if the change is\nignored, new instances silently differ from old ones. Immutable infrastructure ships one tested\nimage id, and rolling out a new one is a commit.',
    remediation: "Pass the exact image as data: an AMI id (`ami-0abc…`), a Google image name with its version\n(`projects/debian-cloud/global/images/debian-12-bookworm-v20240110`), an Azure image version\n(`2024.01.10`), or a gallery image version id. Let the image pipeline (Packer, EC2 Image Builder)\npublish the new id and open a pull request that changes it, so each rollout is reviewed and\nrepeatable.",
    examples: '```hcl bad\n# Bad: a new Ubuntu AMI replaces the fleet at the next apply\ndata "aws_ami" "ubuntu" {\n  most_recent = true\n  owners      = ["099720109477"]\n\n  filter {\n    name   = "name"\n    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"] # ← machine-image-pinned\n  }\n}\n\nresource "google_compute_instance" "web" {\n  boot_disk {\n    initialize_params {\n      image = "debian-cloud/debian-12" # ← machine-image-pinned\n    }\n  }\n}\n```\n\n```hcl good\n# Good: one image, changed by a commit\nvariable "web_ami_id" {\n  type    = string\n  default = "ami-0c7217cdde317cfec" # ubuntu-jammy-22.04-amd64-server-20240111\n}\n\nresource "google_compute_instance" "web" {\n  boot_disk {\n    initialize_params {\n      image = "projects/debian-cloud/global/images/debian-12-bookworm-v20240110"\n    }\n  }\n}\n```',
    notes: 'What is reported, and where:\n\n- `data "aws_ami"` with `most_recent = true` and a `filter` named `name` whose values contain `*` or\n  `?`: each such value. `most_recent` defaults to false (then a second match fails the plan instead\n  of floating), so only an explicit true counts.\n- `data "aws_ami"` with `most_recent = true` and a `name_regex` that matches many names (a\n  quantifier such as `.*` or `+`, a character class such as `[0-9]` or `\\d`, or an alternation;\n  an unescaped `.` alone is read as the dot it usually stands for): the regex. Only when no\n  `filter` names the image: a `name` filter is judged by itself (one finding, at its value), an\n  `image-id` filter pins the lookup, and a filter whose name is unknown keeps it silent.\n- `data "aws_ssm_parameter"` reading a public image parameter (`/aws/service/…` with `ami` or\n  `image` in its path) whose path contains `latest`, `recommended` or `current`: the name.\n- `ami` / `image_id` of `aws_instance`, `aws_spot_instance_request`, `aws_launch_template` and\n  `aws_launch_configuration` set to `resolve:ssm:<path>` with such a word and no `:<version>`.\n- Both SSM forms also when the path is only partly known: when its known parts already say\n  `latest`, `recommended` or `current` as a path segment\n  (`/aws/service/eks/optimized-ami/${var.k8s_version}/amazon-linux-2023/x86_64/standard/recommended/image_id`),\n  the unknown parts cannot pin it. A word that only an unknown part could complete is not\n  guessed, and an unknown part after the last `:` is taken as a version.\n- `source_image_reference` (Azure VMs and scale sets) and `storage_image_reference`\n  (`azurerm_virtual_machine`, `azurerm_virtual_machine_scale_set`) with `version = "latest"`; a\n  `storage_image_reference` with neither `version` nor `id` is reported at its header, since\n  Azure\'s API takes a missing version as `latest`.\n- `data "google_compute_image"` selecting by `family` (it resolves to the newest image of the family).\n- Google image arguments (`boot_disk.initialize_params.image`, instance template `disk.source_image`,\n  `google_compute_disk.image`) naming a family: `family/x`, `global/images/family/x`,\n  `projects/p/global/images/family/x`, or `project/name` where the name has no version or date\n  suffix (`debian-cloud/debian-12` is a family, `debian-cloud/debian-12-bookworm-v20240110` an image).\n  A bare name without a project is ambiguous (image or family) and is not reported.\n\nA resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not\nexist and is not reported. A value used by several resources is reported once, where it is written.\n\nA lookup (`data "aws_ami"`, `data "aws_ssm_parameter"`, `data "google_compute_image"`) is reported\nonly in a module instance that uses its answer: some argument of a resource that exists, of a module\ncall, or an output reads it (directly or through locals) and is not known without it. A node group\nmodule that looks up the newest EKS image unless its caller passes `ami_id`\n(`release_version = var.ami_id != "" ? null : local.latest_release`) floats for the callers that\nleave `ami_id` empty (the finding relates the call that keeps the default) and not for those that\nchoose an image. A lookup nothing reads that tfmould can see is still reported.\n\nUnknown values are never reported; values that come through variables, locals, `.tfvars` files or\nmodule arguments are reported where they are written. Inside `dynamic` blocks the iterator is bound\nwhen the `for_each` collection is known.',
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "module-source-pinned": {
    flags: "A `module` source that can change under the same code: a registry module without `version` (or, in a\ndeployment, with a range of versions), and a git or Mercurial source without a `ref` that names a\ntag or commit.",
    rationale: "A module call is code you did not write, fetched at `terraform init`. A git source without `ref`, or\nwith a branch as its `ref`, fetches whatever that branch holds today: the same commit of your\nconfiguration can plan completely different resources next week, and a push to someone else's\nrepository changes your infrastructure without a review on your side. A registry module without\n`version` takes the newest release; a version range takes any release in the range.",
    remediation: '- Git, GitHub, Bitbucket and Mercurial sources: add `?ref=<tag>` (for example `?ref=v3.2.1`), or\n  `?ref=<40-hex commit id>`, which cannot be moved at all. Branch names (`main`, `master`, `develop`,\n  `dev`, `trunk`, `HEAD`, ...) are not pins.\n- Registry sources: add `version = "3.2.1"` with one exact version. Upgrade by changing it in a\n  commit, after reading the changelog.',
    examples: '```hcl bad\n# Bad\nmodule "network" {\n  source = "git::https://github.com/acme/terraform-modules.git//network?ref=main" # ← module-source-pinned\n}\n\nmodule "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "~> 5.0" # ← module-source-pinned\n}\n```\n\n```hcl good\n# Good\nmodule "network" {\n  source = "git::https://github.com/acme/terraform-modules.git//network?ref=v2.4.0"\n}\n\nmodule "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n}\n```',
    notes: "Sources are classified as Terraform's installer reads them:\n\n- local paths (`./x`, `../x`) are never reported;\n- registry addresses `namespace/name/provider` and `host/namespace/name/provider` (with an optional\n  `//subdir`): no `version` is an error, reported at the module block header; in a deployment, a\n  `version` that admits more than one release (`~> 5.0`, `>= 5.0, < 6.0`) is a warning at the version.\n  The same holds in a local module that a scanned deployment calls (module versions are not in\n  the lock file, so the range floats for that deployment; the related location is the deployment's\n  call). Reusable modules on their own, examples and tests may give a range: the deployment that\n  uses them pins what is applied;\n- `git::…`, `github.com/…`, `bitbucket.org/…`, `git@host:…`, `ssh://`/`git://` and `https://….git`\n  sources, and `hg::…`: no `ref` (or `rev`) is an error at the source; a branch `ref` (`main`,\n  `master`, `develop`, `development`, `dev`, `trunk`, `HEAD`, `default`, `refs/heads/…`) is an error\n  at the ref;\n- with `--strict`, any git or Mercurial ref that is not a full commit id (40 or 64 hex digits) is an\n  error. Registry modules are never asked for a commit id.\n\nHTTP archives, S3 and GCS sources are not checked: their address names one object, whose content\ntfmould cannot see. Terraform requires `source` and `version` to be literals, so values play no\npart here.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "provider-version-pinned": {
    flags: "A provider the module uses without a `required_providers` entry, an entry without `source` or\n`version`, and, in a deployment, a version constraint with no upper bound.",
    rationale: "Providers turn the same configuration into API calls, and a new provider release can change defaults,\nrename arguments or plan replacements for resources that did not change. A provider with no version\nconstraint floats to the newest release at every `terraform init -upgrade` (and at every init\nwithout a lock file). A provider with no `source` is taken as `hashicorp/<name>`: right for\nHashiCorp's own providers, but the code then depends on a default that a reader has to know, and\nfor any other provider (`kubectl`, `datadog`) `terraform init` looks for a `hashicorp/` provider\nthat does not exist.\n\nDeployments (root modules that are applied) are what gets applied, so their constraints need an\nupper bound: `~> 5.40` lets in fixes, not the next major release. Reusable child modules should\nstate the oldest release they work with and leave the cap to the deployment, as Terraform's\nmodule guidance recommends.",
    remediation: "Declare every provider in `terraform { required_providers { ... } }` with both `source` and\n`version`. In a deployment use a capped constraint (`~> 5.40`, `>= 5.40, < 6.0`, or an exact\nversion); in a child module a lower bound (`>= 5.40`) is enough. Commit the lock file\n(`dependency-lock-file`) to fix the exact build.",
    examples: '```hcl bad\n# Bad (deployment): no version at all for aws, no cap for random, google undeclared\nterraform {\n  required_providers { # ← provider-version-pinned\n    aws    = { source = "hashicorp/aws" } # ← provider-version-pinned\n    random = { source = "hashicorp/random", version = ">= 3.0" } # ← provider-version-pinned\n  }\n}\n\nresource "google_storage_bucket" "logs" {\n  name     = "acme-logs"\n  location = "EU"\n}\n```\n\n```hcl good\n# Good\nterraform {\n  required_providers {\n    aws    = { source = "hashicorp/aws", version = "~> 5.40" }\n    random = { source = "hashicorp/random", version = "~> 3.6" }\n    google = { source = "hashicorp/google", version = "~> 6.0" }\n  }\n}\n```',
    notes: "A provider counts as used when a resource or data source belongs to it (by its type prefix or its\n`provider` argument) or when a `provider` block configures it. Terraform's built-in `terraform`\nprovider (`terraform_data`, `terraform_remote_state`) needs no entry. Every `required_providers`\nentry is also checked for `source` and `version`, used or not.\n\n- A used provider with no entry is reported at its first use (the block header), or at the\n  `required_providers` block when there is one. Several providers missing from one\n  `required_providers` block are one finding there, listing each provider with what uses it (each\n  use is a related location): they are one edit to one block.\n- An entry without `source` (including the legacy `aws = \"~> 5.0\"` string form) or without\n  `version` is reported at the entry's value.\n- In a deployment (a root module that is applied), a constraint without an upper bound (only `>=`,\n  `>` or `!=`, or `~> 5` with a single segment, which means `>= 5`) is reported at the constraint.\n  Reusable modules, examples and tests need a source and a version, but a lower bound is enough.\n- Terraform combines the version constraints of every module of a configuration. Outside a\n  deployment, a provider with no entry or no `version` is not reported when another module of the\n  same configuration constrains it: a scanned module that calls this one (at any depth), or a local\n  module this one calls (matched by source, or by local name). A deployment needs a cap: its own,\n  or one that a local module it calls (at any depth, whatever the call's `count`) puts on the same\n  provider source. A deployment with `aws = { version = \">= 5.0\" }` that calls `./modules/network`\n  holding `version = \"~> 5.40\"` is capped, as Terraform combines the two; a module's cap for\n  `gavinbunney/kubectl` does not cap a deployment that uses `kubectl` with no entry, which\n  Terraform reads as `hashicorp/kubectl`. Callers of a deployment and registry modules do not\n  count: the version a registry module's release holds may differ from what is scanned.\n- A call through the registry address of the repository being scanned counts as a call to this\n  checkout: the registry publishes `<namespace>/<name>/<provider>` from a repository named\n  `terraform-<provider>-<name>`, so an example calling `acme/vpc/aws` inside a folder named\n  `terraform-aws-vpc` (or `<owner>__terraform-aws-vpc`) takes the constraints of that folder (and\n  of the `//sub/directory` the source names, with the local modules it calls).\n\nA provider with no entry is reported with the source Terraform takes for it, `hashicorp/<name>`,\nas the one to write when that is a provider HashiCorp publishes (`aws`, `azurerm`, `google`,\n`kubernetes`, `random`, `null`, `local`, `time`, `tls`, `archive`, `external`, `http`, ...); for\nany other name the message says `<namespace>/<name>`, since only the author knows which\npublisher's provider the code was written for.\n\nTerraform requires these settings to be literals, so values play no part here.",
    roles: 'Deployments, reusable modules, examples and tests; only in a deployment must a version constraint\nhave an upper bound. Fixture folders hold snippets that are never loaded together, and only their\nsyntax is checked.\n\nA directory that is not under `examples/` and that no other scanned module calls through a local\n`source` is a deployment (a root module that is applied) when it has a `backend` or `cloud` block or\na `.terraform.lock.hcl` (a `backend \\"local\\"` under `tests/` does not count: a test harness keeps its\nstate beside it); outside `tests/`, when `.tfvars` files sit beside it; and outside `tests/`\nand `modules/`, when it is not a published module\'s top (a repository\'s top with variables), when it\nhas a `provider` configuration (see the rule catalog\'s\n[module roles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). The finding\'s message names the sign that\nmade the directory a deployment (`This deployment (backend "gcs" in backend.tf)`); a message that\nnames none means `.tfmould.json` made it one. Set `roles` in `.tfmould.json` when the layout says\notherwise: `{ "roles": { "stacks/**": "deployment", "tools/**": "fixture" } }` (the last matching\npattern wins); every rule uses the same answer.\n\nA directory that is never applied, such as one that exists only so that `terraform init` writes a\nshared `.terraform.lock.hcl` with the newest releases (a lock-file generator), is not a module\ntfmould can tell apart from the layout. Give it the `fixture` role in `.tfmould.json`, which keeps\nit to syntax checks: `{ "roles": { "tools/lockfile": "fixture" } }`.'
  },
  "terraform-version-pinned": {
    flags: "A deployment without `terraform { required_version = ... }`, or with a constraint that has no upper\nbound.",
    rationale: "Terraform's own behaviour changes between releases: new functions, different plan output, state\nformat upgrades that older releases cannot read back. A deployment applied by whatever Terraform\nhappens to be installed on a laptop or CI runner can produce a different plan from the same code,\nand one `apply` with a newer release can upgrade the state so that nobody else can use it.\n`required_version` with an upper bound makes every run use a release the code was tested with.",
    remediation: "Add `required_version` to the deployment's `terraform` block with an upper bound: `~> 1.9.0`\n(patch releases only), `~> 1.9` (minor releases), an exact version, or `>= 1.9.0, < 2.0.0`.\nRaise it deliberately, in a commit of its own, after testing the new release.",
    examples: '```hcl bad\n# Bad: any Terraform from 1.5 onwards, including future major releases\nterraform {\n  required_version = ">= 1.5.0" # ← terraform-version-pinned\n}\n```\n\n```hcl good\n# Good: 1.9.x only\nterraform {\n  required_version = "~> 1.9.0"\n}\n```',
    notes: "A missing `required_version` is reported once per module at the `terraform` block's header, or at\nthe first block of the first file when there is no `terraform` block. A constraint without an upper\nbound (`>=`, `>`, `!=` only, or `~> 1` with a single segment, which Terraform reads as `>= 1`) is\nreported at its value. `required_version` must be a literal in Terraform; a value tfmould cannot\nread as a constraint is left to Terraform to reject.",
    roles: 'Deployments only (root modules that are applied): a reusable module runs with whatever\nTerraform its caller uses, so a lower bound alone is right for it, and examples and tests are run\nwith the release under test.\n\nA directory that is not under `examples/` and that no other scanned module calls through a local\n`source` is a deployment (a root module that is applied) when it has a `backend` or `cloud` block or\na `.terraform.lock.hcl` (a `backend \\"local\\"` under `tests/` does not count: a test harness keeps its\nstate beside it); outside `tests/`, when `.tfvars` files sit beside it; and outside `tests/`\nand `modules/`, when it is not a published module\'s top (a repository\'s top with variables), when it\nhas a `provider` configuration (see the rule catalog\'s\n[module roles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). The finding\'s message names the sign that\nmade the directory a deployment (`This deployment (backend "gcs" in backend.tf)`); a message that\nnames none means `.tfmould.json` made it one. Set `roles` in `.tfmould.json` when the layout says\notherwise: `{ "roles": { "stacks/**": "deployment", "tools/**": "fixture" } }` (the last matching\npattern wins); every rule uses the same answer.'
  },
  "dependency-lock-file": {
    flags: "A deployment whose directory has no `.terraform.lock.hcl`. A deployment that uses no provider at all\nneeds none; the file's contents are not checked.",
    rationale: "Version constraints say which provider releases are acceptable; the dependency lock file says which\none was chosen, with the checksums of its packages. Without `.terraform.lock.hcl` in version control,\nevery `terraform init` picks the newest release that matches the constraints, so two runs of the same\ncommit can use different provider builds, and nothing checks that the downloaded binary is the one\nthat was used before. The lock file is part of the build's inputs, like a `package-lock.json`.",
    remediation: "Run `terraform init` in the deployment's directory and commit the `.terraform.lock.hcl` it writes. When the\nteam or CI uses several platforms, record their checksums too:\n`terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`. Upgrade providers\ndeliberately with `terraform init -upgrade` and commit the changed lock file.",
    examples: '```hcl bad\n# Bad: envs/prod/ has main.tf but no .terraform.lock.hcl beside it\nterraform { # ← dependency-lock-file\n  backend "s3" {}\n\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.40" }\n  }\n}\n```\n\n```hcl good file=main.tf\n# Good: the same envs/prod/main.tf ...\nterraform {\n  backend "s3" {}\n\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.40" }\n  }\n}\n```\n\n```hcl good file=.terraform.lock.hcl\n# ... with envs/prod/.terraform.lock.hcl committed beside it\nprovider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.40.0"\n  constraints = "~> 5.40"\n  hashes = [\n    "h1:...",\n  ]\n}\n```',
    notes: "A deployment without the file is reported once, at the header of its `terraform` block (the one\nwith `required_providers` when there are several), or at the first block of its first file when\nthere is no `terraform` block. A module that uses no provider at all (no resources, data sources,\nprovider blocks, `required_providers` or module calls) needs no lock file and is not reported.\nWhether the file exists is decided by the engine from the files it was given (`.terraform/` is\nnever scanned); the file's contents are not checked.",
    roles: 'Deployments only (root modules that are applied): Terraform reads the lock file of the\nroot module only and ignores one in a reusable module, and examples and tests are initialised\nafresh by whoever runs them.\n\nA directory that is not under `examples/` and that no other scanned module calls through a local\n`source` is a deployment (a root module that is applied) when it has a `backend` or `cloud` block or\na `.terraform.lock.hcl` (a `backend \\"local\\"` under `tests/` does not count: a test harness keeps its\nstate beside it); outside `tests/`, when `.tfvars` files sit beside it; and outside `tests/`\nand `modules/`, when it is not a published module\'s top (a repository\'s top with variables), when it\nhas a `provider` configuration (see the rule catalog\'s\n[module roles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). The finding\'s message names the sign that\nmade the directory a deployment (`This deployment (backend "gcs" in backend.tf)`); a message that\nnames none means `.tfmould.json` made it one. Set `roles` in `.tfmould.json` when the layout says\notherwise: `{ "roles": { "stacks/**": "deployment", "tools/**": "fixture" } }` (the last matching\npattern wins); every rule uses the same answer.'
  },
  "ecr-tag-immutability": {
    flags: 'A container registry repository that lets a push overwrite an existing tag: `aws_ecr_repository`\nwithout `image_tag_mutability = "IMMUTABLE"`, and Docker repositories of Google Artifact Registry\nwithout `docker_config { immutable_tags = true }`.',
    rationale: "Pinning `app:1.4.2` only pins something if `1.4.2` can never point at another image. In a mutable\nrepository anyone with push rights (or a CI job run twice) can push a different image under the same\ntag, and the next instance, task or pod that pulls it runs code nobody reviewed. Tag immutability\nmakes the registry reject the second push, so a tag is as good as a digest.",
    remediation: '- `aws_ecr_repository`: set `image_tag_mutability = "IMMUTABLE"` (or `"IMMUTABLE_WITH_EXCLUSION"`\n  when a few tags, such as `latest` for local development, must stay movable).\n- `google_artifact_registry_repository` with `format = "DOCKER"`: add\n  `docker_config { immutable_tags = true }`.\n\nBuild pipelines then push a new, unique tag (a version or the commit id) for every build.',
    examples: '```hcl bad\n# Bad: ECR repositories are MUTABLE unless told otherwise\nresource "aws_ecr_repository" "api" { # ← ecr-tag-immutability\n  name = "api"\n}\n\nresource "google_artifact_registry_repository" "images" { # ← ecr-tag-immutability\n  location      = "europe-west1"\n  repository_id = "images"\n  format        = "DOCKER"\n}\n```\n\n```hcl good\n# Good: a pushed tag can never be replaced\nresource "aws_ecr_repository" "api" {\n  name                 = "api"\n  image_tag_mutability = "IMMUTABLE"\n}\n\nresource "google_artifact_registry_repository" "images" {\n  location      = "europe-west1"\n  repository_id = "images"\n  format        = "DOCKER"\n\n  docker_config {\n    immutable_tags = true\n  }\n}\n```',
    notes: 'Provider defaults assumed (from the provider documentation and the service APIs):\n\n- `aws_ecr_repository.image_tag_mutability` defaults to `"MUTABLE"`, so a repository without it is\n  reported at its block header. `"IMMUTABLE"` and `"IMMUTABLE_WITH_EXCLUSION"` pass; `"MUTABLE"` and\n  `"MUTABLE_WITH_EXCLUSION"` are reported at the value, with a fix to `"IMMUTABLE"`.\n- `google_artifact_registry_repository`: `docker_config.immutable_tags` defaults to false. Only\n  repositories whose `format` is `"DOCKER"` (any case) are checked, and only in the standard mode: a\n  `REMOTE_REPOSITORY` caches an upstream registry and a `VIRTUAL_REPOSITORY` only aggregates others,\n  so neither accepts pushes.\n\nA resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not\nexist and is not reported. A value used by several resources is reported once, where it is written.\n\nAn unknown `format`, `mode`, `image_tag_mutability` or `immutable_tags` (an unset variable, a\nresource attribute) is not reported. Values that come through variables, locals, `.tfvars` files\nor module arguments are reported where they are written.\n\nOn a plan (`--plan`), the rule also reads the plan\'s planned values, so that a repository a registry\nmodule creates is checked too; such a finding points at the resource\'s block (or, for a module that\nwas not downloaded, at its address) and is left out when the code already gave it. A value the plan\nleaves unknown or marks sensitive is not judged. There, a repository without the argument carries\nthe provider\'s default `MUTABLE`.',
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "no-provisioners": {
    flags: "Every `provisioner` block (`remote-exec`, `file`, the configuration-management provisioners, and\n`local-exec` commands that reach a deployed machine or change live infrastructure) and every\n`connection` block.",
    rationale: "A provisioner changes a machine after Terraform created it: it logs in over SSH or WinRM\n(`remote-exec`, `file`) or runs a script beside Terraform (`local-exec`). What ends up running then\ndepends on the network, the package mirrors and the order things happened in on that day, none of\nwhich is in the plan. A failed provisioner leaves a tainted half-configured resource; a changed one\ndoes not run again on existing resources at all. HashiCorp calls provisioners a last resort.\n\nImmutable infrastructure does the configuration before deployment: bake it into the image (Packer,\na Dockerfile) and pass what differs per environment as data (user data, metadata, environment\nvariables, a parameter store). `connection` blocks exist only for provisioners, and they also mean\nthe machine accepts remote logins.",
    remediation: "- Move what `remote-exec` and `file` provisioners install or copy into the machine image, and deliver\n  per-instance settings through user data, instance metadata or a configuration service.\n- Replace `local-exec` with a provider resource that does the same thing declaratively, or run the\n  command in the pipeline before or after `terraform apply`.\n- Remove `connection` blocks once no provisioner needs them.",
    examples: '```hcl bad\n# Bad: the web server is installed after the instance exists\nresource "aws_instance" "web" {\n  ami           = var.base_ami\n  instance_type = "t3.small"\n\n  connection { # ← no-provisioners\n    type        = "ssh"\n    user        = "ubuntu"\n    host        = self.public_ip\n    private_key = file(var.ssh_key_path)\n  }\n\n  provisioner "remote-exec" { # ← no-provisioners\n    inline = ["sudo apt-get install -y nginx"]\n  }\n}\n```\n\n```hcl good\n# Good: the image already contains nginx (built by Packer); Terraform only launches it\nresource "aws_instance" "web" {\n  ami           = var.web_ami # built from packer/web.pkr.hcl\n  instance_type = "t3.small"\n}\n```',
    notes: "Every `provisioner` block of every managed resource (including `null_resource` and\n`terraform_data`) is reported at its block header: `remote-exec`, `file` and the legacy\nconfiguration-management provisioners (`chef`, `puppet`, `salt-masterless`, `habitat`) as errors.\nProvisioners with `when = destroy` are reported too. Every `connection` block, at resource level\nor inside a provisioner, is reported at its header with the rule's severity.\n\n`local-exec` runs on the machine that runs Terraform, so it is judged by its `command`. It is a\nwarning when the command provably reaches a deployed machine or changes live infrastructure:\n\n- remote logins and copies: `ssh`, `scp`, `sftp`, `gcloud compute ssh`/`scp`, `az ssh`;\n- configuration runs: `ansible`, `ansible-playbook`;\n- Kubernetes: `kubectl` (and `oc`) with any subcommand but the reading ones (`get`, `describe`,\n  `logs`, `wait`, `config`, `diff`, ...); `helm install`/`upgrade`/`uninstall`/`rollback`;\n- cloud CLIs whose operation changes resources: `aws <service> <operation>` with an operation\n  such as `create-*`, `update-*`, `delete-*`, `put-*`, `modify-*`, `start-*`, `send-*`, ...;\n  `aws s3 rm`/`mv`/`mb`/`rb`, and `aws s3 cp`/`sync` to an `s3://` destination; `gcloud ...` and\n  `az ...` with such a verb (`create`, `update`, `delete`, `deploy`, `add-*`, `set`, ...).\n  Operations that only write local files are not: `aws eks update-kubeconfig`, `aws configure`,\n  `gcloud config`/`auth`, `gcloud container clusters get-credentials`, `az login`,\n  `az aks get-credentials`;\n- database clients: `psql`, `mysql`, `mariadb`, `mongo`, `mongosh`, `sqlcmd`, `redis-cli`, `cqlsh`;\n- `terraform`/`tofu` `apply`, `destroy`, `import`, `state`, `taint`; `curl` with a `POST`, `PUT`,\n  `PATCH` or `DELETE` request, and `az rest` with such a `--method`.\n\nEach simple command of the text counts (lines, `;`, `&&`, `||`, pipes, `$(...)`), after `sudo`,\n`env`, `xargs`, `VAR=value` and similar prefixes, also behind a wrapper such as a retry function\n(`execute_with_backoff az network ... create`), but not as the text of `echo` or `printf`. A\n`local-exec` that only builds or packages on that\nmachine (`packer build`, `zip`, `docker build`, `sleep`, `echo`, writing a local file,\n`terraform fmt`) is not reported by default, and neither is one whose command is not recognised\nor cannot be known (`command = var.command`): the rule reports only what provably changes\nsomething, so that the findings are ones people act on. A shell script the command runs\n(`./scripts/set_tags.sh`, `bash scripts/x.sh`, or a path given to a shell `interpreter`, such as\n`format(\"%s/scripts/x.sh\", path.module)`) is read from the repository, as `file()` would read it,\nand judged by the commands in it; a script that cannot be read (missing, generated, outside the\nmodule's folder) is not guessed at. `docker build` and `docker push` publish an artefact and\ncount as packaging. `--strict` (`\"strict\": true`) reports every `local-exec`, as a\nwarning. Unknown parts of a partly known command are left out; a template's text is read as\nwritten when its holes differ per instance (`${each.key}`).\n\nWhat this rule checks does not depend on values, so it checks every resource that may exist: also one\nwhose `count`/`for_each` is unknown, or is 0 only by a reusable module's own variable default (as with\n`count = var.create ? 1 : 0` and `default = false` in a module analysed with no scanned caller: a caller\nmay switch it on). Only a literal `count = 0`, or a known empty collection where the values are the\napplied ones (a deployment, or a module through the caller that passes them), means no instances.\n\nNothing here depends on values, so unknown values play no part.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "no-ssh-access": {
    flags: "What lets a person log in to a machine: SSH key pairs on instances and launch templates, EKS remote\naccess, SSH keys in instance metadata, and firewall or security group rules that open port 22 (SSH)\nor 3389 (RDP).",
    rationale: "If people can log in to a machine, they will fix it by hand: a package upgraded here, a config file\nedited there. The machine then differs from its image and from its siblings, the next replacement\nsilently undoes the fix, and nobody can say what is actually running. Immutable infrastructure\nchanges machines only by replacing them, so routine SSH/RDP access (key pairs, port 22/3389 open\nin firewalls, SSH keys in metadata) is a sign the practice is not followed. Open to the whole\ninternet it is also a direct attack surface, so that case is an error.",
    remediation: "- Remove `key_name` from instances and launch templates, and `remote_access` from EKS node groups.\n- Remove ingress rules for TCP 22 and 3389 (or all protocols) from security groups, firewall rules\n  and network security groups.\n- Remove `ssh-keys` from Google instance and project metadata.\n- For break-glass debugging use an audited, identity-based channel that needs no open port: AWS\n  Systems Manager Session Manager, Google IAP TCP forwarding with OS Login, Azure Bastion. Fix what\n  you find in the image or the code, then replace the machine.",
    examples: '```hcl bad\n# Bad\nresource "aws_instance" "app" {\n  ami           = var.app_ami\n  instance_type = "t3.small"\n  key_name      = "ops" # ← no-ssh-access\n}\n\nresource "aws_security_group" "app" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"] # ← no-ssh-access\n  }\n}\n```\n\n```hcl good\n# Good: no key, no port 22; Session Manager for emergencies\nresource "aws_instance" "app" {\n  ami                  = var.app_ami\n  instance_type        = "t3.small"\n  iam_instance_profile = aws_iam_instance_profile.ssm.name\n}\n\nresource "aws_security_group" "app" {\n  ingress {\n    from_port       = 443\n    to_port         = 443\n    protocol        = "tcp"\n    security_groups = [aws_security_group.alb.id]\n  }\n}\n```',
    notes: "What is reported (a warning, or an error when the source is the whole internet: `0.0.0.0/0`, `::/0`\nor any other `/0`, `*`, `Internet`, `Any`):\n\n- `key_name` on `aws_instance`, `aws_spot_instance_request`, `aws_launch_template` and\n  `aws_launch_configuration`, when it is set: a known non-empty name, or a reference to a resource\n  or data source attribute (`aws_key_pair.ops.key_name`). A variable that may be null is not.\n  A resource whose `count`/`for_each` is 0 only by a reusable module's own default (a caller may\n  switch it on) is checked for a `key_name` written as a literal, which does not depend on values;\n  its other checks read values and wait for a caller.\n- `remote_access` blocks of `aws_eks_node_group`, at the block header; an error when\n  `ec2_ssh_key` is set without `source_security_group_ids`, since EKS then opens port 22 to\n  `0.0.0.0/0` (AWS EKS documentation).\n- Ingress covering TCP 22 or 3389 (port ranges count; protocol `-1`/`all`/`*` means every port):\n  `aws_security_group` `ingress` blocks (and the `ingress = [...]` attribute form),\n  `aws_security_group_rule` with `type = \"ingress\"`, `aws_vpc_security_group_ingress_rule`,\n  `google_compute_firewall` `allow` blocks (direction defaults to `INGRESS`; no `ports` means every\n  port; a rule with none of `source_ranges`, `source_tags`, `source_service_accounts` applies to\n  `0.0.0.0/0`; `disabled = true` rules are skipped), `azurerm_network_security_rule` and\n  `azurerm_network_security_group` `security_rule` blocks (`Inbound` and `Allow`, protocol `Tcp` or\n  `*`, `destination_port_range(s)`). The warning points at the port (or protocol); the error at the\n  world-open source. An AWS rule that admits only its own group (`self = true`, no other source)\n  over a port range or all protocols is traffic within a cluster, not remote access, and is skipped.\n- A rule that opens every port (AWS protocol `-1` or ports 0-65535, a Google `allow` without\n  ports, an Azure `*` port range) is not aimed at SSH or RDP: it is reported only when a source may\n  be the internet: a world-open range (an error, as above), a Google rule with no source at all,\n  a public range (`203.0.113.0/24`: people there can log in), or a source that cannot be known.\n  When every source is internal (private ranges: `10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`,\n  `100.64.0.0/10`, loopback, link-local, IPv6 `fc00::/7`; Azure `VirtualNetwork` and\n  `AzureLoadBalancer`; security groups, prefix lists, Google source tags and service accounts,\n  Azure application security groups), it is traffic between internal systems, not remote login\n  access, and is not reported. A network's own range that is known only at apply is internal too:\n  a VPC's or subnet's address range read from the resource or data source (`aws_vpc.main.cidr_block`,\n  `aws_subnet.app[*].cidr_block`, `data.aws_vpc.x.cidr_block`, `aws_default_vpc`, IPv6 blocks,\n  `google_compute_subnetwork.x.ip_cidr_range`, `azurerm_subnet.x.address_prefixes`), or a module\n  output named `vpc_cidr_block` (`module.vpc.vpc_cidr_block`), also when a caller passes it into a\n  module's variable. Any other value known only at apply (`aws_eip.x.public_ip`, another module\n  output) may be the internet and is reported. A rule aimed at 22 or 3389 is reported whatever its\n  source.\n- `ssh-keys` (and the legacy `sshKeys`) in the `metadata` of Google instances, instance templates\n  and `google_compute_project_metadata`, and `google_compute_project_metadata_item` with\n  `key = \"ssh-keys\"`.\n\nA resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not\nexist and is not reported. A value used by several resources is reported once, where it is written.\n\nUnknown ports, protocols and sources are not reported; values that come through variables, locals,\n`.tfvars` files, module arguments or a `dynamic` block's known `for_each` are reported where they\nare written.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "no-boot-time-configuration": {
    flags: "Boot scripts (user data, startup scripts, custom data, cloud-init parts) that install packages, pipe\ndownloads into a shell, run configuration agents or clone repositories, instead of only passing\nsettings to a ready-made image.",
    rationale: "A boot script that runs `apt-get install`, pipes `curl` into a shell, clones a repository or runs a\nconfiguration agent builds the machine at boot, every boot, from whatever the package mirrors and\nrepositories serve that minute. Two instances launched an hour apart can differ; a mirror outage\nstops scaling; the image that was tested is not what runs. Immutable infrastructure installs\nsoftware when the image is built, tests that image, and lets boot scripts only pass the few\nsettings that differ per instance (an environment name, an endpoint).",
    remediation: "Move package installs, downloads, `git clone` and configuration-management runs into the image\nbuild (Packer, EC2 Image Builder, a Dockerfile), and reference the resulting image. Keep the boot\nscript to writing settings and starting services that are already installed. For cloud-init, drop\n`packages`, `package_update` and `package_upgrade` and the install commands in `runcmd`.",
    examples: '```hcl bad\n# Bad: nginx is installed from the internet at every boot\nresource "aws_instance" "web" {\n  ami           = var.ubuntu_ami\n  instance_type = "t3.small"\n  user_data     = <<-EOT\n    #!/bin/bash\n    apt-get update\n    apt-get install -y nginx # ← no-boot-time-configuration\n    curl -fsSL https://example.com/agent.sh | bash # ← no-boot-time-configuration\n  EOT\n}\n```\n\n```hcl good\n# Good: nginx and the agent are in the image; the script only passes settings\nresource "aws_instance" "web" {\n  ami           = var.web_ami # built by packer/web.pkr.hcl\n  instance_type = "t3.small"\n  user_data     = <<-EOT\n    #!/bin/bash\n    echo "ENVIRONMENT=${var.environment}" >> /etc/web.env\n    systemctl restart nginx\n  EOT\n}\n```',
    notes: "Boot scripts read: `user_data` / `user_data_base64` of `aws_instance`, `aws_spot_instance_request`,\n`aws_launch_configuration` and `aws_launch_template`; `metadata_startup_script` and the `metadata`\nkeys `startup-script`, `user-data` and `windows-startup-script-*` of Google instances and instance\ntemplates; `custom_data` / `user_data` of Azure virtual machines and scale sets (`os_profile.custom_data`\nfor the legacy ones); and the `part` contents of `data \"cloudinit_config\"`.\n\nWhat is flagged, line by line: package installs and upgrades (`apt-get`/`apt install|upgrade`,\n`yum`/`dnf install|update|upgrade`, `apk add`, `zypper install`, `pip install`, `npm install -g`,\n`gem install`, `snap install`, `choco install`, `Install-WindowsFeature`, ...), downloads piped into\na shell (`curl … | sh`, `wget -O- … | bash`, `bash <(curl …)`, `iwr … | iex`), configuration agents\n(`ansible-pull`, `chef-client`, `puppet agent|apply`, `salt-call`) and `git clone`. Comment lines are\nskipped. Cloud-init YAML is read as YAML: `packages`, `package_update: true`, `package_upgrade: true`\n(and their `apt_*`/`repo_*` aliases), the `ansible`/`chef`/`puppet`/`salt_minion` modules, and the\ncommands in `runcmd` and `bootcmd`.\n\nA resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not\nexist and is not reported. A value used by several resources is reported once, where it is written.\n\nWhere findings point: when the script is written in the configuration (a heredoc or a quoted string,\nalso inside `base64encode(...)`, or in a local, variable default, `.tfvars` value or a caller's\nmodule argument it comes through), at the offending line itself (of a heredoc, when it was written\nas one), with the consuming argument as a related location. When it\ncomes from `file(...)`, `filebase64(...)` or `templatefile(...)` (also inside `base64encode`,\n`trimspace` and the like), at the first offending line of that file, with the argument that reads\nit (`used as user_data of aws_instance.web`) and the file's other offending lines as related\nlocations; the message names the lines of the file. For `templatefile`, a line is the template's\nown line: a line written by a `%{ for }` loop points at the loop's body, and a line that an\ninterpolated value wrote points at the `${...}` that holds it. A script that several arguments read\nis one finding (the other arguments related), however many instances of its module read it. Where the file's lines cannot be\nplaced (the template cannot be mapped to the text it renders), the finding stays at the argument\nand names the rendered lines. A `tfmould-ignore` comment on the argument or on its resource hides\nthe finding, though the finding is in the script. Base64 text is decoded when it holds a readable\nscript. Unknown parts of a script are never guessed at; files outside the scanned directory are not\nread.\n\nOn a plan (`--plan`), the rule also reads the plan's planned values, so that a boot script a\nregistry module or a data source supplies is checked too; such a finding points at the resource's\nblock (or, for a module that was not downloaded, at its address) and is left out when the code\nalready gave it. A value the plan leaves unknown or marks sensitive is not judged. A script a\nprovider keeps only as a hash in the plan cannot be read there.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "user-data-replace-on-change": {
    flags: "An `aws_instance` with user data that does not set `user_data_replace_on_change = true`.",
    rationale: "User data runs once, at the first boot. When it changes, the AWS provider by default stops the\ninstance, writes the new user data and starts it again: the instance keeps its disk and everything the\nold script did, the new script does not run, and the code no longer describes what is running.\n`user_data_replace_on_change = true` makes Terraform replace the instance instead, so every instance is\nalways the product of the boot script in the code.",
    remediation: "Set `user_data_replace_on_change = true` on every `aws_instance` that has `user_data` or\n`user_data_base64`. Keep state off the instance (separate EBS volumes, a database, object storage)\nso that replacing it loses nothing, and add `lifecycle { create_before_destroy = true }` where the\ninstance must stay available while it is replaced.",
    examples: '```hcl bad\n# Bad: a changed script is written to the running instance and never runs\nresource "aws_instance" "app" { # ← user-data-replace-on-change\n  ami           = var.app_ami\n  instance_type = "t3.small"\n  user_data     = templatefile("${path.module}/boot.sh", { env = var.env })\n}\n```\n\n```hcl good\n# Good: a changed script means a new instance\nresource "aws_instance" "app" {\n  ami                         = var.app_ami\n  instance_type               = "t3.small"\n  user_data                   = templatefile("${path.module}/boot.sh", { env = var.env })\n  user_data_replace_on_change = true\n}\n```',
    notes: "Provider default assumed: `user_data_replace_on_change` defaults to `false` (AWS provider\ndocumentation for `aws_instance`), so leaving it out is reported, at the resource's block header,\nwith a fix that adds `user_data_replace_on_change = true` after the user data argument. An explicit\n`false` (or `null`) is reported at the value.\n\nUser data counts as set when its value is known and not null or empty, or when it is unknown but\ncan only be a string: a template, `templatefile()`, `file()`, `base64encode()` and similar functions,\nor a resource attribute such as `data.cloudinit_config.x.rendered`. A bare variable with no default\ncould be null and is not reported; neither is an unknown `user_data_replace_on_change`.\n\nA resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not\nexist and is not reported. A value used by several resources is reported once, where it is written.\n\nOnly `aws_instance` has this argument. Launch templates are versioned and reach instances through\nAuto Scaling instance refresh (see `asg-instance-refresh`).\n\nOn a plan (`--plan`), the rule also reads the plan's planned values, so that an instance a registry\nmodule creates is checked too; such a finding points at the resource's block (or, for a module that\nwas not downloaded, at its address) and is left out when the code already gave it. A value the plan\nleaves unknown or marks sensitive is not judged.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "create-before-destroy": {
    flags: "Resources that other resources point at and that Terraform replaces rather than updates (launch\nconfigurations, certificates, API Gateway deployments, instance templates, ...) without `lifecycle {\ncreate_before_destroy = true }`.",
    rationale: "Immutable infrastructure changes things by replacing them. By default Terraform replaces a\nresource by destroying the old one first and creating the new one after. For a launch\nconfiguration, a certificate, an API Gateway deployment or an instance template that means a\nwindow in which whatever points at it (an Auto Scaling group, a listener, a stage, an instance\ngroup) points at nothing, or the destroy simply fails because the object is still in use.\n\nWith `create_before_destroy = true` the replacement exists before the old object goes away, the\ndependants are switched over, and only then is the old one destroyed: a routine, zero-downtime\nreplacement.",
    remediation: "Add `lifecycle { create_before_destroy = true }` to the resource. Where the type has a unique\n`name`, use `name_prefix` (or leave the name out) so the new copy can exist beside the old one:\nsee `create-before-destroy-name-conflict`.",
    examples: '```hcl bad\n# Bad: the certificate is destroyed while the listener still uses it\nresource "aws_acm_certificate" "site" { # ← create-before-destroy\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n}\n```\n\n```hcl good\n# Good: the new certificate exists before the old one is deleted\nresource "aws_acm_certificate" "site" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n```',
    notes: "Resource types checked: `aws_launch_configuration`, `aws_acm_certificate`,\n`aws_api_gateway_deployment`, `google_compute_instance_template`,\n`google_compute_region_instance_template`, `google_compute_ssl_certificate`.\n\n- No `lifecycle` block, or no `create_before_destroy` in it: reported at the resource's block\n  header (Terraform's default is `false`). When the resource has no `name`, a fix adds\n  `create_before_destroy = true` to its `lifecycle` block, or adds the block.\n- `create_before_destroy = false` (directly or through a variable or local): reported at the value.\n  When the `false` literal is written at the argument and the resource has no fixed `name`, a fix\n  replaces it with `true`.\n- A value that cannot be known statically is not reported.\n\nA launch configuration, instance template or SSL certificate with a `name` that has no random,\ntime-based or content-derived part (`\"${var.name}-${each.key}\"`) has the same name for the old\nand the new copy, so `create_before_destroy` alone would make the replacement fail on a name\nconflict (`create-before-destroy-name-conflict`). For these the message asks for `name_prefix`\ninstead of `name` (or a `random_id` or hash suffix in the name) together with the lifecycle\nsetting, and no fix is offered.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "create-before-destroy-name-conflict": {
    flags: "A resource with `create_before_destroy = true` and a fixed `name` that must be unique: the\nreplacement cannot be created while the old one still holds the name.",
    rationale: '`create_before_destroy = true` makes Terraform create the replacement before it destroys the\noriginal. For resource types whose names are unique in the account or project (launch templates,\nsecurity groups, target groups, IAM roles, instance templates, ...), the replacement asks for the\nsame fixed name while the original still holds it, and the apply fails half-way with a\n"name already exists" error. The replacement that immutable infrastructure depends on is then\nblocked exactly when it is needed.',
    remediation: "Use `name_prefix` instead of `name` (the provider appends a unique suffix), leave the name out\nso the provider generates one, or make a part of the name change with every replacement (a\n`random_id` with `keepers`, or a hash of the content that forces the replacement).",
    examples: '```hcl bad\n# Bad: the new template cannot be created while the old one is called "web"\nresource "aws_launch_template" "web" {\n  name          = "web" # ← create-before-destroy-name-conflict\n  image_id      = var.ami_id\n  instance_type = "t3.micro"\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n```\n\n```hcl good\n# Good: every copy gets a unique name\nresource "aws_launch_template" "web" {\n  name_prefix   = "web-"\n  image_id      = var.ami_id\n  instance_type = "t3.micro"\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n```',
    notes: "Resource types checked: `aws_launch_configuration`, `aws_launch_template`, `aws_security_group`,\n`aws_lb_target_group`, `aws_autoscaling_group`, `aws_iam_role`, `aws_iam_policy`,\n`aws_db_parameter_group`, `aws_db_option_group`, `google_compute_instance_template`,\n`google_compute_region_instance_template`, `google_compute_ssl_certificate`.\n\nOnly an explicit `create_before_destroy` that evaluates to `true` counts. The finding is at the\n`name` value (at the variable default, tfvars line or module argument when the name came through\none). A name is fine when:\n\n- it is not set, or `name_prefix` is used instead (the provider makes it unique);\n- it calls a function whose result changes with time, randomness or content (`uuid`, `timestamp`,\n  `md5`, `sha1`, `sha256`, `sha512`, `base64sha256`, `filemd5`, `filesha256`, ...), directly or\n  through a local;\n- it refers to a `random_*` or `time_*` resource (`random_id`, `random_pet`, `random_string`, ...);\n- its value cannot be known statically (a resource attribute, a variable without a value).\n\nA name built only from literals, known variables and locals, `count.index` and `each.key` is\nfixed for each instance and is reported.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "prevent-destroy-stateful": {
    flags: "A stateful resource (buckets, tables, file systems, disks, storage accounts, ...) with neither\n`lifecycle { prevent_destroy = true }` nor the provider's own deletion protection.",
    rationale: "Immutable infrastructure replaces compute freely, which only works when the data lives somewhere\nthat is never replaced by accident. Databases, buckets, disks and file systems are that somewhere.\nA changed argument that forces replacement, a renamed resource or a removed block turns into a\nplan that destroys the data store, and in a long plan the single `-/+` line is easy to miss.\n\n`lifecycle { prevent_destroy = true }` makes Terraform refuse any plan that would destroy the\nresource. Many types also have their own deletion protection, enforced by the cloud API itself,\nwhich also guards against deletion from the console or another tool.",
    remediation: 'Add `lifecycle { prevent_destroy = true }` to the resource, or enable the type\'s own deletion\nprotection where it has one (`deletion_protection = true` on DocumentDB and Neptune\nclusters, `deletion_protection_enabled = true` on DynamoDB tables and Filestore instances, an\n`azurerm_management_lock` with `lock_level = "CanNotDelete"` on Azure resources). When the\nresource must really go, remove the protection in a reviewed change of its own.',
    examples: '```hcl bad\n# Bad: a forced replacement silently deletes every object in the bucket\'s place\nresource "aws_s3_bucket" "uploads" { # ← prevent-destroy-stateful\n  bucket = "example-uploads"\n}\n```\n\n```hcl good\n# Good: Terraform refuses any plan that destroys the bucket\nresource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\n# Good: the database protects itself\nresource "aws_docdb_cluster" "catalog" {\n  cluster_identifier  = "catalog"\n  engine              = "docdb"\n  deletion_protection = true\n}\n```',
    options: "`extraStatefulTypes` adds resource types to check; for them only `prevent_destroy` counts\n(`aws_db_instance` and `aws_rds_cluster` stay with `database-deletion-protection`).",
    notes: "Stateful types and the protections that count besides `prevent_destroy` (provider defaults as\ndocumented on registry.terraform.io):\n\n| type | own protection | default |\n|---|---|---|\n| `aws_docdb_cluster`, `aws_neptune_cluster` | `deletion_protection` | false |\n| `aws_dynamodb_table` | `deletion_protection_enabled` | false |\n| `google_sql_database_instance` | `deletion_protection` (Terraform-side) or `settings.deletion_protection_enabled` (API-side) | true / false |\n| `google_bigtable_instance` | `deletion_protection` | true |\n| `google_filestore_instance` | `deletion_protection_enabled` | false |\n| `kubernetes_persistent_volume` (and `_v1`) | `spec.persistent_volume_reclaim_policy = \"Retain\"` keeps the storage | Retain |\n| `azurerm_managed_disk`, `azurerm_storage_account`, `azurerm_mssql_database`, `azurerm_postgresql_flexible_server`, `azurerm_mysql_flexible_server`, `azurerm_cosmosdb_account` | an `azurerm_management_lock` in the same module whose `scope` refers to the resource and whose `lock_level` is `CanNotDelete` or `ReadOnly` | none |\n| `aws_ebs_volume`, `aws_efs_file_system`, `aws_s3_bucket`, `aws_elasticache_replication_group`, `aws_opensearch_domain`, `aws_elasticsearch_domain`, `aws_redshift_cluster`, `google_compute_disk`, `google_storage_bucket`, `google_spanner_instance`, `kubernetes_persistent_volume_claim` (and `_v1`) | none: only `prevent_destroy` counts | |\n\n`force_destroy = false` on buckets is not counted as protection: it only makes the destroy fail\nwhile objects remain, and a replacement of an empty or emptied bucket still goes through.\n\nWhere the finding is: at `prevent_destroy = false` when that is written; else at the type's own\nprotection argument when it is written with a value that does not protect; else at the block\nheader. A value that cannot be known statically (`deletion_protection = var.protect` with no value)\nis never reported, for `prevent_destroy` and for the type's own protection alike. A lock whose\nscope is the resource group rather than the resource is not seen.\n\n`aws_db_instance` and `aws_rds_cluster` are left to `database-deletion-protection`, which reports\neach one that this rule would (no `deletion_protection = true`, whether or not `prevent_destroy`\nis set, since only the API-side flag also stops a delete from the console; read replicas exempt),\nso one unprotected database gives one finding, not two. Turning `database-deletion-protection`\noff therefore turns off the check of RDS databases. `aws_dynamodb_table` stays here: that rule\ngives it only a note, about its own flag, while this rule accepts `prevent_destroy` as well.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.",
    roles: "Deployments, and reusable modules that a deployment calls. `prevent_destroy` must be a literal, so the caller of a reusable module cannot set it:\na reusable module is not asked for it on its own. Stateful resources are reported where the user\ncan act: in deployments, and in local modules that a scanned deployment calls (the finding's\nrelated location is the deployment's `module` block). Examples and tests are not checked: they\nare destroyed after each run."
  },
  "lifecycle-ignore-changes": {
    flags: "`ignore_changes = all`, and `ignore_changes` entries that freeze what defines a machine or a\ncontainer: its image, its boot script, its launch template or its container definitions.",
    rationale: "`ignore_changes` tells Terraform to stop comparing an argument with the code. Used on an image\nor boot argument (`ami`, `image`, `launch_template`, `user_data`, `container_definitions`, ...),\nit means a new image in the code is never rolled out: the code says one thing, the running\nfleet another, and nobody notices until a rebuild brings up something unexpected.\n\n`ignore_changes = all` goes further and hides every difference between the code and the\nresource, so the code no longer describes what is deployed at all.",
    remediation: "Remove the image and boot arguments from `ignore_changes` and let changes to them replace or\nroll the resource, as immutable infrastructure intends. When another system really owns an\nargument (an autoscaler's `desired_capacity`, a tag set by a scanner), ignore that argument by\nname instead of `all`.",
    examples: '```hcl bad\n# Bad: new AMIs in the code never reach the instance\nresource "aws_instance" "web" {\n  ami           = data.aws_ami.web.id\n  instance_type = "t3.micro"\n\n  lifecycle {\n    ignore_changes = [ami, user_data] # ← lifecycle-ignore-changes ×2\n  }\n}\n```\n\n```hcl good\n# Good: only an argument another system owns is ignored\nresource "aws_instance" "web" {\n  ami           = data.aws_ami.web.id\n  instance_type = "t3.micro"\n\n  lifecycle {\n    ignore_changes = [tags["LastScannedAt"]]\n  }\n}\n```',
    options: "`extraAttributes` adds first names of attributes to report, e.g. `task_definition` for ECS services\nthat only Terraform deploys.",
    notes: '- `ignore_changes = all` (and the legacy `["*"]`) is an error, reported at `all`.\n- Except in the create-only pattern: `ignore_changes = all` together with a non-empty\n  `replace_triggered_by` (Terraform\'s documented way to apply a resource once, such as an\n  `azapi_update_resource` that sets a version, and to replace it when one of its triggers\n  changes). Nothing is changed in place there: a change that must roll out goes through the\n  triggers, by replacement, which is what immutable infrastructure asks for. It gets no finding\n  (not even a note: the pattern is deliberate and reporting it was noise). An empty\n  `replace_triggered_by = []` does not count.\n- Each list element whose first name is one of `ami`, `image`, `image_id`, `image_uri`,\n  `user_data`, `user_data_base64`, `launch_template`, `container_definitions`, `source_image_id`,\n  `source_image_reference`, `metadata_startup_script`, `boot_disk` is a warning, reported at that\n  element. Element paths count by their first name: `launch_template[0].version` and\n  `boot_disk[0].initialize_params` are reported, `tags["Name"]` is not.\n- `metadata["startup-script"]` and `metadata["user-data"]` are boot scripts and are reported too.\n- The check applies to every resource type, in every module.\n\nWhat this rule checks does not depend on values, so it checks every resource that may exist: also one\nwhose `count`/`for_each` is unknown, or is 0 only by a reusable module\'s own variable default (as with\n`count = var.create ? 1 : 0` and `default = false` in a module analysed with no scanned caller: a caller\nmay switch it on). Only a literal `count = 0`, or a known empty collection where the values are the\napplied ones (a deployment, or a module through the caller that passes them), means no instances.',
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "asg-instance-refresh": {
    flags: "An `aws_autoscaling_group` with a launch template but no `instance_refresh` block, unless the group\nis replaced whenever its template changes.",
    rationale: 'Baking a new image and pointing the launch template at it changes nothing that is running: an\nAuto Scaling group only uses the new template version for instances it launches later. Without\nan instance refresh the fleet runs a mix of old and new images for as long as the old instances\nlive, and the image in the code is not the image in production. Azure scale sets behave the same\nway with `upgrade_mode = "Manual"`, their default.',
    remediation: '- `aws_autoscaling_group`: add an `instance_refresh` block (`strategy = "Rolling"`, with\n  `preferences` such as `min_healthy_percentage`). A change to the launch template, the launch\n  configuration or the mixed instances policy then starts a rolling replacement. Alternatively\n  use the replace-the-group pattern: derive the group\'s `name` from the template\'s\n  `latest_version` (or from a launch configuration\'s name) with `create_before_destroy`, so\n  every new version creates a new group.\n- Azure scale sets: set `upgrade_mode = "Rolling"` with a `rolling_upgrade_policy` and a health\n  probe or the application health extension, or `"Automatic"`.',
    examples: '```hcl bad\n# Bad: a new template version only affects instances launched later\nresource "aws_autoscaling_group" "web" { # ← asg-instance-refresh\n  min_size            = 2\n  max_size            = 6\n  vpc_zone_identifier = var.subnet_ids\n\n  launch_template {\n    id      = aws_launch_template.web.id\n    version = aws_launch_template.web.latest_version\n  }\n}\n```\n\n```hcl good\n# Good: every new version is rolled out\nresource "aws_autoscaling_group" "web" {\n  min_size            = 2\n  max_size            = 6\n  vpc_zone_identifier = var.subnet_ids\n\n  launch_template {\n    id      = aws_launch_template.web.id\n    version = aws_launch_template.web.latest_version\n  }\n\n  instance_refresh {\n    strategy = "Rolling"\n    preferences {\n      min_healthy_percentage = 90\n    }\n  }\n}\n```',
    notes: "- `aws_autoscaling_group` is checked when it has a `launch_template` block or a\n  `mixed_instances_policy` (both also in `dynamic` form). A group that uses only a launch\n  configuration is left to `no-launch-configuration`. An `instance_refresh` block, literal or\n  `dynamic`, satisfies the rule.\n- The replace-the-group pattern is recognised when `name` or `name_prefix` refers, directly or\n  through locals, to any attribute of an `aws_launch_configuration` (launch configurations are\n  replaced on every change) or to `latest_version`/`default_version` of an `aws_launch_template`.\n  A name derived from a template's `name` or `id` is not enough: those stay the same across\n  versions, and the message says so.\n- `azurerm_linux_virtual_machine_scale_set` and `azurerm_windows_virtual_machine_scale_set`:\n  `upgrade_mode` absent (the provider default is `Manual`) is reported at the block header;\n  `\"Manual\"` at the value. A value that cannot be known statically is not reported.\n- Findings for missing settings are at the resource's block header.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "no-launch-configuration": {
    flags: "Every managed `aws_launch_configuration` resource.",
    rationale: "A launch configuration cannot be changed: every new image means a new launch configuration, a\ncreate-before-destroy dance around its unique name, and no history of what ran before. AWS has\ndeprecated launch configurations: new instance types and features only reach launch templates, and\naccounts created after 2023 cannot create launch configurations at all.\n\nA launch template is versioned. A new image is a new template version, the Auto Scaling group can\nroll it out with an instance refresh, and rolling back means pointing at the previous version.",
    remediation: "Replace the `aws_launch_configuration` with an `aws_launch_template` carrying the same image,\ninstance type, security groups, user data and block devices, and reference it from the group's\n`launch_template { id, version }` block instead of `launch_configuration`. Add an\n`instance_refresh` block to the group so new template versions reach the running instances.",
    examples: '```hcl bad\n# Bad: a deprecated, unversioned launch configuration\nresource "aws_launch_configuration" "web" { # ← no-launch-configuration\n  name_prefix   = "web-"\n  image_id      = var.ami_id\n  instance_type = "t3.micro"\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n```\n\n```hcl good\n# Good: a launch template; each change is a new version\nresource "aws_launch_template" "web" {\n  name_prefix   = "web-"\n  image_id      = var.ami_id\n  instance_type = "t3.micro"\n}\n\nresource "aws_autoscaling_group" "web" {\n  min_size            = 2\n  max_size            = 6\n  vpc_zone_identifier = var.subnet_ids\n\n  launch_template {\n    id      = aws_launch_template.web.id\n    version = aws_launch_template.web.latest_version\n  }\n\n  instance_refresh {\n    strategy = "Rolling"\n  }\n}\n```',
    notes: "Every managed `aws_launch_configuration` resource is reported at its block header, whatever its\narguments. The `aws_launch_configuration` data source is not reported: reading an existing one\ndoes not create more of them.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "separate-data-volumes": {
    flags: "Data volumes declared inside a virtual machine: `ebs_block_device` blocks of AWS instances and\n`storage_data_disk` blocks of the legacy Azure virtual machine.",
    rationale: "Compute should be disposable: replaced for a new image, a new instance type or a new user data\nscript without a second thought. A data volume declared inside the instance\n(`ebs_block_device` on `aws_instance`, `storage_data_disk` on `azurerm_virtual_machine`) is part\nof the instance resource: it is created and destroyed with it, so replacing the instance\nreplaces the data too, and the volume cannot be moved to the new instance.",
    remediation: "Declare the volume as its own resource and attach it: `aws_ebs_volume` +\n`aws_volume_attachment`, or `azurerm_managed_disk` + `azurerm_virtual_machine_data_disk_attachment`.\nThe volume then outlives any number of instance replacements; protect it with\n`prevent_destroy` (see `prevent-destroy-stateful`).",
    examples: '```hcl bad\n# Bad: the data volume is destroyed whenever the instance is replaced\nresource "aws_instance" "db" {\n  ami           = var.ami_id\n  instance_type = "r6i.large"\n\n  ebs_block_device { # ← separate-data-volumes\n    device_name = "/dev/sdf"\n    volume_size = 500\n  }\n}\n```\n\n```hcl good\n# Good: the volume lives apart from the instance\nresource "aws_instance" "db" {\n  ami           = var.ami_id\n  instance_type = "r6i.large"\n}\n\nresource "aws_ebs_volume" "data" {\n  availability_zone = aws_instance.db.availability_zone\n  size              = 500\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\nresource "aws_volume_attachment" "data" {\n  device_name = "/dev/sdf"\n  volume_id   = aws_ebs_volume.data.id\n  instance_id = aws_instance.db.id\n}\n```',
    notes: "- Every `ebs_block_device` block of `aws_instance` and `aws_spot_instance_request`, and every\n  `storage_data_disk` block of `azurerm_virtual_machine`, is reported at its header, including\n  `dynamic` blocks (at the `dynamic` header).\n- A `dynamic` block whose `for_each` is known to be empty or null generates no volume and is not\n  reported (the usual `default = []` of a reusable module). An unknown `for_each` is reported:\n  the inline volume is in the code either way.\n- A `storage_data_disk` with `create_option = \"Attach\"` attaches a disk that is already a\n  separate resource and is not reported; an unknown `create_option` is not reported either. In a\n  `dynamic` block it is evaluated for each element of a known `for_each`.\n- Launch templates' `block_device_mappings` are not reported: instances launched from a template\n  are meant to be disposable with their volumes.\n\nWhat this rule checks does not depend on values, so it checks every resource that may exist: also one\nwhose `count`/`for_each` is unknown, or is 0 only by a reusable module's own variable default (as with\n`count = var.create ? 1 : 0` and `default = false` in a module analysed with no scanned caller: a caller\nmay switch it on). Only a literal `count = 0`, or a known empty collection where the values are the\napplied ones (a deployment, or a module through the caller that passes them), means no instances.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "disposable-root-volume": {
    flags: "A root or boot disk set to outlive its instance: `delete_on_termination = false`, `auto_delete =\nfalse` and similar settings on the root device.",
    rationale: "In immutable infrastructure the root disk is a copy of the image and nothing more: it is\ncreated with the instance and thrown away with it. Keeping the root disk after the instance is\nterminated is a sign that state lives on it (logs, uploads, a database someone started by hand),\nstate that no replacement instance will have. It also leaves orphaned, billed disks behind every\nreplacement.",
    remediation: "Let the root disk go with the instance (`delete_on_termination = true`, `auto_delete = true`,\nwhich are the defaults) and move whatever must survive to a separate volume or a managed\nservice (see `separate-data-volumes`).",
    examples: '```hcl bad\n# Bad: the root volume outlives the instance\nresource "aws_instance" "web" {\n  ami           = var.ami_id\n  instance_type = "t3.micro"\n\n  root_block_device {\n    volume_size           = 20\n    delete_on_termination = false # ← disposable-root-volume\n  }\n}\n```\n\n```hcl good\n# Good: the root volume is disposable\nresource "aws_instance" "web" {\n  ami           = var.ami_id\n  instance_type = "t3.micro"\n\n  root_block_device {\n    volume_size = 20\n  }\n}\n```',
    notes: "What is reported, at the value (provider defaults from the provider documentation):\n\n- `root_block_device { delete_on_termination = false }` on `aws_instance`,\n  `aws_spot_instance_request` and `aws_launch_configuration` (default true);\n- `aws_launch_template` `block_device_mappings { ebs { delete_on_termination = false } }` for the\n  root device: a `device_name` of `/dev/xvda`, `/dev/sda1`, `/dev/sda`, `xvda` or `sda1`, or one\n  taken from an AMI's `root_device_name`. Other mappings, and mappings whose device name cannot\n  be known, are not reported (the template's default comes from the AMI);\n- `google_compute_instance` `boot_disk { auto_delete = false }` (default true);\n- `google_compute_instance_template` / `google_compute_region_instance_template`\n  `disk { boot = true, auto_delete = false }` (default true);\n- `azurerm_virtual_machine` with `delete_os_disk_on_termination` absent (reported at the block\n  header: the provider default is false) or `false`.\n\nNested blocks written as `dynamic` blocks are read through their `content`, once per element of\na known `for_each` (so `delete_on_termination = root_block_device.value.keep` is evaluated), and\nreported once per argument. Values that cannot be known statically are not reported. A fix is\noffered when a `false` literal is written right at the argument, and one adds a missing\n`delete_os_disk_on_termination = true`.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.\n\nOn a plan (`--plan`), the rule also reads the plan's planned values, so that a\n`delete_on_termination` (or `auto_delete`) that a registry module or a variable the pipeline passes\nswitches off is checked too; such a finding points at the resource's block (or, for a module that\nwas not downloaded, at its address) and is left out when the code already gave it. A value the plan\nleaves unknown or marks sensitive is not judged.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "database-deletion-protection": {
    flags: "A database without deletion protection, and an RDS database that skips its final snapshot.",
    rationale: "Databases are the state that disposable compute depends on. A database can be replaced by\naccident: a changed engine or identifier, a renamed resource, a module refactor. Deletion\nprotection makes the cloud API refuse to delete the database, whoever asks, until the\nprotection is deliberately turned off. A final snapshot means that even a deliberate delete\nleaves a copy to restore from; `skip_final_snapshot = true` throws that copy away.",
    remediation: "- `aws_db_instance`, `aws_rds_cluster`: set `deletion_protection = true`; keep\n  `skip_final_snapshot = false` (the default) and set `final_snapshot_identifier`.\n- `google_sql_database_instance`: remove `deletion_protection = false` (the default is true), and\n  consider `settings { deletion_protection_enabled = true }` for protection outside Terraform too.\n- `aws_dynamodb_table`: set `deletion_protection_enabled = true`.",
    examples: '```hcl bad\n# Bad: no deletion protection, and no snapshot when it is deleted\nresource "aws_db_instance" "main" { # ← database-deletion-protection\n  identifier          = "main"\n  engine              = "postgres"\n  instance_class      = "db.t4g.medium"\n  allocated_storage   = 50\n  skip_final_snapshot = true # ← database-deletion-protection\n}\n```\n\n```hcl good\n# Good\nresource "aws_db_instance" "main" {\n  identifier                = "main"\n  engine                    = "postgres"\n  instance_class            = "db.t4g.medium"\n  allocated_storage         = 50\n  deletion_protection       = true\n  final_snapshot_identifier = "main-final"\n}\n```',
    notes: "Provider defaults assumed (registry.terraform.io provider documentation):\n`aws_db_instance` and `aws_rds_cluster` `deletion_protection` false and `skip_final_snapshot`\nfalse; `google_sql_database_instance` `deletion_protection` true and\n`settings.deletion_protection_enabled` false; `aws_dynamodb_table` `deletion_protection_enabled`\nfalse.\n\n- Missing `deletion_protection` on RDS: warning at the block header; `false`: warning at the value.\n- `skip_final_snapshot = true` on RDS: error at the value.\n- Read replicas (`aws_db_instance` with `replicate_source_db` set to anything but null, an\n  unknown value included) are asked for neither: a replica is a copy of its source, AWS deletes\n  it without a final snapshot, and protecting the source protects the data. (A replica that is\n  later promoted loses `replicate_source_db` and is then checked like any instance.)\n- `google_sql_database_instance` with `deletion_protection = false`: warning at the value, unless\n  `settings { deletion_protection_enabled = true }` protects the instance at the API level.\n- `aws_dynamodb_table` without `deletion_protection_enabled = true`: a note.\n- Values that cannot be known statically are never reported. When the value came through a\n  variable, local or module argument, the finding points at that literal.\n- A fix is offered when a `false` literal is written right at the argument, and one adds a\n  missing `deletion_protection` (`deletion_protection_enabled`).\n- `aws_db_instance` and `aws_rds_cluster` are this rule's alone: `prevent-destroy-stateful` does not\n  report them, so an unprotected database is one finding. `lifecycle { prevent_destroy = true }`\n  does not count here: it stops Terraform, not a delete from the console or another tool.\n\nResources known to have no instances (`count = 0`, a `for_each` over an empty collection, as with\n`count = var.create ? 1 : 0`) are skipped: they describe nothing that will exist.\n\nOn a plan (`--plan`), the rule also reads the plan's planned values, so that protection that a\nregistry module, a data source or a pipeline variable switches off is checked too; such a finding\npoints at the resource's block (or, for a module that was not downloaded, at its address) and is\nleft out when the code already gave it. A value the plan leaves unknown or marks sensitive is not\njudged. An argument the plan leaves null counts as not set.",
    roles: "Deployments and reusable modules (see [module roles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)).\nExamples and tests are out of scope: CI creates and destroys them, and they switch protection off\non purpose so that it can. A module's finding decided by a literal an example writes\n(`deletion_protection = false` in its call) is not reported; an unsafe default of the module that\nan example leaves in place is, at the default."
  },
  "no-hardcoded-secrets": {
    flags: "A literal string where a secret belongs: an argument, object key, variable default or name/value\npair whose name says it is a secret (`password`, `token`, `secret_key`, ...), and arguments that are\nsecrets by their resource type (a secret version's value, a Kubernetes secret's data).",
    rationale: "A secret written in the code is copied into every clone, every fork, every CI log of a plan and\nthe state file, and it can only be rotated by a commit. Immutable infrastructure rebuilds\neverything from code, so the code is read and copied often; secrets have to come from a secret\nstore at run time instead, where they can be rotated without a rebuild and audited.",
    remediation: "Remove the literal and read the secret at run time: a data source of your secret store\n(`aws_secretsmanager_secret_version`, `google_secret_manager_secret_version`,\n`azurerm_key_vault_secret`, `vault_generic_secret`), a provider feature that manages it for you\n(`manage_master_user_password = true` on RDS), a generated value (`random_password`), or a\nvariable marked `sensitive = true` without a default, set from the environment\n(`TF_VAR_db_password`) or the CI system's secret store. Then rotate the secret: it is already in\nthe history.",
    examples: '```hcl bad\n# Bad\nresource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.medium"\n  username       = "app"\n  password       = "s3cr3t-Passw0rd" # ← no-hardcoded-secrets\n}\n```\n\n```hcl good\n# Good: RDS keeps the password in Secrets Manager\nresource "aws_db_instance" "main" {\n  engine                      = "postgres"\n  instance_class              = "db.t4g.medium"\n  username                    = "app"\n  manage_master_user_password = true\n}\n```',
    options: "`extraNames` adds name endings that mean a secret (e.g. `app_key`, `pwd`); `allowedNames` lists\nwhole names that are never treated as secrets.",
    notes: 'Secret names: a name is split into words (`_`, `-`, `.`, camelCase) and is secret when it ends\nwith one of: `password`, `passwd`, `secret`, `secret_key`, `access_key`, `private_key`, `token`, `api_key`, `client_secret` (run-together forms such as\n`apikey` count too). Matching is on the name\'s last part, so `password_length`, `secret_name`,\n`secret_id`, `secret_arn`, `token_type` and `kms_key_id` are not secrets (nor is any name ending in\n`_arn` or `_id`). Names that end like a secret but are identifiers or published values:\n`creation_token`, `client_token`, `client_request_token`, `idempotency_token`, `continuation_token`, `next_token`, `validation_token` (`validation_token` is the DNS TXT value\nthat proves a domain\'s ownership). A write-only argument (`password_wo`, `master_password_wo`,\nany `*_wo` whose stem is secret-named) is a secret like its stem; its `*_wo_version` is a counter.\nA name with the word `encrypted` (`encrypted_password`) holds ciphertext and is not a secret.\n\nWhere literals are looked for:\n\n- every argument of resources, data sources, provider blocks, module calls, the backend and\n  `cloud` blocks, at any nesting depth (`dynamic` blocks through their `content`);\n- the default of a variable whose name is secret;\n- object values inside any of these, and inside locals, whose key is secret\n  (`environment = { DB_PASSWORD = "..." }`, `jsonencode({ password = "..." })`). A local\'s own\n  name is not used: locals named like secrets usually hold the secret\'s name\n  (`db_secret_key = "prod-db-credentials"`);\n- name/value pairs whose name is secret (`env { name = "DB_PASSWORD" value = "..." }`,\n  `{ name = "API_TOKEN", value = "..." }` in container definitions), except when a `type` of\n  `PARAMETER_STORE` or `SECRETS_MANAGER` says the value names a parameter;\n- arguments that are secrets by their resource type: `aws_secretsmanager_secret_version`\n  `secret_string`/`secret_binary`/`secret_string_wo`, `google_secret_manager_secret_version`\n  `secret_data`/`secret_data_wo`, `azurerm_key_vault_secret` `value`/`value_wo`, `aws_ssm_parameter`\n  `value`/`value_wo` when `type = "SecureString"`,\n  GitHub Actions/Dependabot/Codespaces secrets\' `plaintext_value` (when the whole value is a\n  literal), and every value of `kubernetes_secret` (and `_v1`) `data` and `binary_data`.\n\nOnly literal, non-empty strings are reported: a quoted string or heredoc without interpolation,\nalso as a branch of a conditional or inside `sensitive()`, `tostring()`, `base64encode()`,\n`coalesce()`, `try()`. An all-capitals constant of several words whose first word is letters only\n(`restrict_create_platform_apikey = "NOT_RESTRICTED"`), or a one-word setting such as `ENABLED`,\n`DISABLED`, `NONE`, `ALL`, `DEFAULT`, is a setting, not a secret, unless the argument is a secret by\nits resource type; `AKIAIOSFODNN7EXAMPLE` and `INTHECLEAR` are not such constants. A reference\n(`var.password`), a template with interpolation or a function\nresult (`file(...)`, `random_password.x.result`) is not a literal. Literals that point at a secret\nstore are not secrets: ARNs, `{{resolve:...}}`, `@Microsoft.KeyVault(...)`, Key Vault secret\nURIs, `projects/*/secrets/*` and `vault:` paths; nor are stand-ins that say so (`mock_access_key`,\n`dummy`, `fake-token`, `placeholder`). `secret` inside a block whose type contains\n`secret` or ends in `_ref` (Cloud Run `secret_key_ref`) names a secret and is not reported, nor\nare the arguments of Cognito\'s `token_validity_units` block (time units), nor the values of\n`secret_env` in a `secret` block that names its `kms_key_name` (Cloud Build: they are ciphertext).\nValues in `.tfvars` files are not reported: they are run-time input. The finding never\nrepeats the secret.\n\nA literal is reported once, however many of these ways lead to it (a secret-named key of a\n`kubernetes_secret`\'s `data` is both), and its attribute path (which baselines match on) has\none form: `data.password` for `password = …`, `"password" = …` and `data["password"]` alike,\n`data["tls.key"]` for a key that is not an identifier.',
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "sensitive-secret-variables": {
    flags: "Variables whose name says they carry a secret and that are not marked `sensitive = true`, and\noutputs of a secret that nothing marks sensitive: neither the output itself, nor the variable or\nprovider attribute the value comes from.",
    rationale: "Plans and applies run in CI and their output is kept in logs, pull request comments and build\nartefacts. A variable that carries a secret without `sensitive = true` is printed there in clear\ntext wherever it is used, on every change. Marking it sensitive redacts it in the CLI output and\nmakes Terraform track the secret through every expression that uses it, outputs included.\n\nAn output needs `sensitive = true` of its own only when nothing marks the value it shows: a\nsecret from a literal, from a variable that is not marked, or from an attribute its provider does\nnot mark (`random_id.x.b64_url`, `random_string.x.result`).",
    remediation: "Add `sensitive = true` to the variable (every output that passes it on keeps the mark), or to\nthe output whose value nothing marks. For an output that exists only to hand a secret to a\nperson, prefer writing the secret to a secret store from Terraform and outputting its ARN or name\ninstead.",
    examples: '```hcl bad\n# Bad\nvariable "db_password" { # ← sensitive-secret-variables\n  type = string\n}\n\nresource "random_id" "admin" {\n  byte_length = 24\n}\n\noutput "admin_token" { # ← sensitive-secret-variables\n  value = random_id.admin.b64_url\n}\n```\n\n```hcl good\n# Good\nvariable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "random_password" "admin" {\n  length = 32\n}\n\n# The provider marks random_password.result sensitive, and the output keeps the mark.\noutput "admin_token" {\n  value = random_password.admin.result\n}\n```',
    options: "`extraNames` and `allowedNames` work as in\n[`no-hardcoded-secrets`](https://github.com/tfmould/tfmould/blob/main/docs/rules/no-hardcoded-secrets.md#options): more name endings that mean\na secret, and whole names that never do.",
    notes: "Secret-like names are matched as in `no-hardcoded-secrets` (the name's last words:\n`password`, `passwd`, `secret`, `secret_key`, `access_key`, `private_key`, `token`, `api_key`,\n`client_secret`; not `password_length`, `secret_name`, `token_type`, `validation_token`, ...). A\nwrite-only name (`db_password_wo`) is judged by its stem, and a name with the word `encrypted` is\nciphertext, not a secret.\n\n**Variables** with a secret-like name are reported unless declared `type = bool` or\n`type = number` (or without a type and with a bool or number default): those are switches and\nsizes (`create_password`, `password_length`-like names that happen to end in a secret word).\n\n**Outputs.** Since Terraform 0.15 a value read from a sensitive variable, or from an attribute\nthat the provider's schema marks sensitive, carries the mark through every expression (only\n`nonsensitive(...)` removes it): a child module's output keeps it, and Terraform refuses a root\nmodule's output of such a value unless it says `sensitive = true`. So an output is reported only\nfor a secret that nothing marks:\n\n- A reference with a secret-like name, or a known secret result attribute\n  (`random_password.*.result`, `tls_private_key.*.private_key_pem`, `*.private_key_openssh`,\n  `*.kube_config_raw`, `*.primary_connection_string`, `*.ses_smtp_password_v4`,\n  `aws_secretsmanager_secret_version.*.secret_string`, ...), read from a managed resource or a\n  data source, is taken as marked by its provider: tfmould has no provider schemas, and providers\n  mark such attributes (`azurerm_redis_cache.x.primary_access_key`, `aws_iam_access_key.x.secret`).\n  Not reported. The exceptions are the `external` and `terraform_remote_state` data sources,\n  whose results have no schema: `data.external.x.result.token` is reported.\n- A variable declared `sensitive = true` is marked: not reported.\n- A secret-named variable of the same module that is not marked is reported at the variable, once:\n  an output that only passes it on (directly, through locals or inside an expression) is not\n  reported as well, and is listed as a related location of the variable's finding. Marking the\n  variable fixes both (in a deployment, Terraform then asks for `sensitive = true` on the output).\n- A secret-named key of another variable (`var.smtp.password`), a local with a secret-like name\n  whose expression reads no secret, `each.value.password`: nothing marks them, reported.\n- Another module's output (`module.db.master_password`) is marked only if that module marks it:\n  reported, and the message says so.\n- An output with a secret-like name whose value reads none of the above (a literal,\n  `random_id.x.b64_url`, `random_string.x.result`) is reported for its name.\n\nNames with the word `encrypted` (PGP-encrypted results) are not secrets. `nonsensitive(...)` is a\ndeliberate decision and is not looked into. A resource's own name\n(`aws_secretsmanager_secret.db_password.arn`) does not count: only what is read from it. What is\nread last decides: an id, ARN, name or self link (`id`, `arn`, `name`, `self_link`, `*_id`,\n`*_arn`, as in `aws_db_instance.x.master_user_secret[0].secret_arn`) points at a secret and is\nnot one, and an output whose whole value is such a reference (`output \"secret\" { value =\nmodule.secret.secrets[var.name].id }`) is not a secret whatever its name; a DNS\n`validation_token` is published in a TXT record.\n\ntfmould assumes Terraform 0.15 or later, where these marks are always on.\n\nWithout `sensitive`: reported at the block header, with the secret's reference as a related\nlocation, and a fix that adds `sensitive = true`. `sensitive = false`: reported at the value,\nwith a fix when it is a literal. A variable of a deployment that an unmarked output passes on\ngets no fix: Terraform would then refuse the output until it is marked too.",
    roles: "Deployments, reusable modules, examples and tests (see [module\nroles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)). Fixture folders hold snippets that are never\nloaded together, and only their syntax is checked."
  },
  "syntax-error": {
    flags: "Every parse error of a `.tf`, `.tf.json` or `.tfvars` file, and every definition Terraform rejects\nwhen it loads the module: a resource, variable, output or module call defined twice.",
    rationale: "A file that does not parse cannot be planned: Terraform stops before it does anything. Worse for a\nlinter, the part of the file after the error cannot be checked, so other rules may miss real problems\nin it. tfmould reports each parse error where it is, keeps the part of the tree it could read, and\ngoes on checking every other file of the module.\n\nDefinitions Terraform rejects when it loads a module (two `resource` blocks with the same type and\nname, two variables or outputs with the same name, a duplicate `module` call) are reported under this\nrule as well: they are errors in the configuration's structure, not in its practice.",
    remediation: "Fix the file at the reported position; the message says what was expected there, in the wording of\nHCL's own diagnostics. For a duplicate definition, rename or remove one of the two blocks.\n`terraform validate` reports the same errors.",
    examples: '```hcl bad\n# Bad: instance_type has no value\nresource "aws_instance" "web" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = # ← syntax-error\n}\n```\n\n```hcl bad\n# Bad: the variable is declared twice\nvariable "region" {}\n\nvariable "region" { # ← syntax-error\n  default = "eu-west-1"\n}\n```\n\n```hcl good\n# Good\nresource "aws_instance" "web" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n}\n\nvariable "region" {\n  default = "eu-west-1"\n}\n```',
    notes: "One finding per diagnostic, with the diagnostic's range (never the whole file). An HCL warning is\nreported with the severity `warning` unless the rule's severity is configured. A configuration file\nthat cannot be read as UTF-8 text (binary, another encoding) is one finding at its first line, as\nTerraform cannot load it either.\nTurning the rule off hides parse errors but does not make the unreadable part of a file checkable.\n\nIn a fixture folder (`testdata/`, `fixtures/`: snippets that are never loaded together) each file\nis checked on its own: a block declared twice in one file is reported, the same block in two\nsnippet files is not.",
    roles: "Every module role (see [module roles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)), fixture folders\nincluded: each file of a fixture folder is checked on its own."
  },
  "unused-suppression": {
    flags: "A `tfmould-ignore` comment that hides nothing, has expired, names an unknown rule or is malformed.",
    rationale: "A suppression is a recorded decision to accept one finding. Once the code changes so that the finding\nis gone, a leftover comment silently accepts the next, unrelated problem of that rule in the same\nblock. Reporting suppressions that hide nothing keeps every exception current and deliberate; an expiry\ndate (`until`) turns temporary exceptions into reminders.",
    remediation: "Remove the comment (or the rule id from it) when nothing is left to hide. Fix the rule id when it is\nmisspelled. For an expired suppression, fix the finding it was hiding, or renew the date with a reason.\n\nThe forms tfmould reads, in a `#`, `//` or `/* */` comment:\n\n- `tfmould-ignore: <rule-id>[, <rule-id>...] -- <reason>` on its own line directly above a block or\n  attribute (other comment lines may sit between them, blank lines may not), or at the end of the\n  first line of a block or attribute. It covers that block or attribute and everything inside it:\n  nested and `dynamic` blocks, and every `count`/`for_each` instance. Above a `module` block it also\n  covers findings inside the module that its arguments cause (the finding then points at the argument).\n- `tfmould-ignore-file: <rule-id>[, ...] -- <reason>` before the first block covers the whole file.\n- In a `.tf.json` file, the same text goes in a `\"//\"` property (Terraform's JSON comment): inside a\n  block's object it covers that block; `tfmould-ignore-file` goes outside every block.\n- `all` in place of the ids covers every rule except this one.\n- `-- until YYYY-MM-DD: <reason>` makes it stop working after that day (UTC).",
    examples: '```hcl bad\n# Bad: the instance has no provisioner any more, so the comment hides nothing\n# tfmould-ignore: no-provisioners -- bootstrap until the image pipeline exists # ← unused-suppression\nresource "aws_instance" "web" {\n  ami = var.web_ami\n}\n```\n\n```hcl good\n# Good: the comment hides a real finding, says why, and expires\n# tfmould-ignore: no-ssh-access -- until 2027-01-31: break-glass access for the migration\nresource "aws_instance" "bastion" {\n  ami      = var.bastion_ami\n  key_name = "ops"\n}\n```',
    notes: "Reported at the rule id in the comment (or the whole comment, for a malformed one):\n\n- a rule id that hid no finding of that rule in what the comment covers;\n- a suppression whose `until` date has passed (it no longer hides anything, so the findings are back);\n- a rule id that no rule has;\n- a malformed comment: no `:` after `tfmould-ignore`, no rule ids, an id that is not kebab-case, or an\n  `until` that is not followed by a real date;\n- a `tfmould-ignore` followed by a blank line or the end of the file, and a `tfmould-ignore-file` after\n  the first block.\n\nA suppression of a rule that is turned off in the configuration is not reported: whether it would\nhide something cannot be known. `tfmould-ignore: all` hides every rule but this one; to hide these\nfindings, name `unused-suppression` explicitly (a comment never hides its own report).",
    roles: "Every module role (see [module roles](https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles)), fixture folders\nincluded: each file of a fixture folder is checked on its own."
  },
  "plan-in-place-update": {
    flags: "An `update` of a running virtual machine, in a saved plan, that changes more than its tags or labels.",
    rationale: "An `update` of a virtual machine changes the machine that is running: a new instance type, new\nsecurity groups, a new boot script applied to a disk that already booted. The machine is then a\nmix of what it was built from and what was changed since, which no image or pipeline describes,\nand the next machine built from the code will differ from it.\n\nImmutable infrastructure replaces instead: a new machine from a new image or template, the old\none removed when the new one serves. This rule reads what an actual plan is about to do, so it\nsees changes that come from variables set by the pipeline, data sources and remote modules.",
    remediation: "Run the machine from a launch template or instance template in a scale group, and roll changes\nout by replacing instances (an instance refresh, a rolling update). For a single machine, make\nthe changing attribute replace it: `user_data_replace_on_change = true`, or\n`lifecycle { replace_triggered_by = [...] }` on what it is built from.",
    examples: '```terraform\n# Bad: a new instance type is applied to the running machine (the plan shows `~ update in-place`)\nresource "aws_instance" "web" {\n  ami           = var.ami_id\n  instance_type = "t3.large" # was t3.small\n}\n```\n\n```terraform\n# Good: machines come from a versioned template and are replaced by the group\nresource "aws_launch_template" "web" {\n  name_prefix   = "web-"\n  image_id      = var.ami_id\n  instance_type = "t3.large"\n}\n\nresource "aws_autoscaling_group" "web" {\n  min_size            = 2\n  max_size            = 4\n  vpc_zone_identifier = var.subnet_ids\n  launch_template {\n    id      = aws_launch_template.web.id\n    version = aws_launch_template.web.latest_version\n  }\n  instance_refresh {\n    strategy = "Rolling"\n  }\n}\n```',
    options: "`ignoreAttributes` lists top-level attributes whose change is not reported, besides tags and labels\n(for example `monitoring`, which changes nothing the machine runs).",
    notes: 'Read from a saved plan (`--plan`, see "Checking a plan" in the README): every `update` action on\n`aws_instance`, `aws_spot_instance_request`, `google_compute_instance`,\n`azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine` and `azurerm_virtual_machine`\nwhose changes reach beyond `tags`, `tags_all`, `labels`, `effective_labels` and `terraform_labels`\n(and the `ignoreAttributes` option). The message lists the changed attribute paths with their\nvalues before and after; a value the plan marks sensitive is shown as "(sensitive)", one known\nonly after apply as "(known after apply)". The finding is at the resource\'s block when tfmould\nfinds it in the configuration, else at the resource address.',
    roles: "Every module role: a plan rule reads the plan, not a module, and reports each resource where its block is\n(in a deployment, a reusable module or a downloaded module) or at its address. It runs only when a plan is\ngiven (`--plan`, `lint({ plan })`); without one, a suppression of it is never reported unused."
  },
  "plan-replaces-stateful": {
    flags: "A replacement of a database, volume, bucket or other stateful resource, in a saved plan.",
    rationale: "Replacing a database, a volume, a bucket or a file system destroys it and creates an empty one:\nthe data goes with the old one. Often nobody asked for it: an engine or availability zone changed\nin a variable, a provider upgrade made an argument force a new resource, a module default moved.\nThe plan says so in one line among many; this rule makes it a failing check.",
    remediation: "Find the attribute that forces the replacement (the message names it, from the plan's\n`replace_paths`) and change it in a way the provider can apply in place, or migrate the data\ndeliberately (snapshot, restore, switch over) and apply the replacement on purpose with a\nsuppression that says why. Protect the resource: `lifecycle { prevent_destroy = true }` makes\nTerraform refuse such a plan, and the resource's own deletion protection makes the provider refuse it.",
    examples: '```terraform\n# Bad: changing the engine of an RDS instance replaces it (the plan shows `-/+ must be replaced`)\nresource "aws_db_instance" "main" {\n  engine         = "mysql" # was postgres\n  instance_class = "db.t3.medium"\n}\n```\n\n```terraform\n# Good: the database cannot be destroyed by a plan\nresource "aws_db_instance" "main" {\n  engine              = "postgres"\n  instance_class      = "db.t3.medium"\n  deletion_protection = true\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n```',
    notes: 'Read from a saved plan (`--plan`): a change whose actions are `delete` then `create`, or `create`\nthen `delete`, on a type of the `prevent-destroy-stateful` list (with `aws_db_instance` and\n`aws_rds_cluster`). The message names the attributes that force the replacement\n(`replace_paths`, with their values; sensitive ones as "(sensitive)") and the plan\'s `action_reason`.',
    roles: "Every module role: a plan rule reads the plan, not a module, and reports each resource where its block is\n(in a deployment, a reusable module or a downloaded module) or at its address. It runs only when a plan is\ngiven (`--plan`, `lint({ plan })`); without one, a suppression of it is never reported unused."
  },
  "plan-deletes-stateful": {
    flags: "A plan that destroys a database, volume, bucket or other stateful resource.",
    rationale: "A plan that destroys a database, a volume, a bucket or a file system deletes the data in it. It\nhappens without anyone deciding it: a block removed in a refactoring without a `moved` block, a\n`count` lowered, a `for_each` key renamed, a module call renamed. The plan shows it; this rule\nmakes it fail the pipeline until someone says it is wanted.",
    remediation: "When the resource was moved or renamed in the code, add a `moved` block from the old address to\nthe new one. When it should leave Terraform's management but keep existing, use a `removed` block\nwith `lifecycle { destroy = false }`. When the deletion is wanted, take a snapshot first and\nsuppress the finding on the resource's block with the reason.",
    examples: '```terraform\n# Bad: the bucket\'s block was renamed; the plan destroys aws_s3_bucket.logs\nresource "aws_s3_bucket" "access_logs" {\n  bucket = "acme-logs"\n}\n```\n\n```terraform\n# Good: the rename is a move, not a destroy and a create\nmoved {\n  from = aws_s3_bucket.logs\n  to   = aws_s3_bucket.access_logs\n}\n\nresource "aws_s3_bucket" "access_logs" {\n  bucket = "acme-logs"\n}\n```',
    notes: "Read from a saved plan (`--plan`): a change whose only action is `delete` on a type of the\n`prevent-destroy-stateful` list (with `aws_db_instance` and `aws_rds_cluster`); the message gives\nthe plan's `action_reason`. Replacements are `plan-replaces-stateful`'s. A resource removed from\nthe configuration has no block left: such a finding is at its address.",
    roles: "Every module role: a plan rule reads the plan, not a module, and reports each resource where its block is\n(in a deployment, a reusable module or a downloaded module) or at its address. It runs only when a plan is\ngiven (`--plan`, `lint({ plan })`); without one, a suppression of it is never reported unused."
  },
  "plan-destroy-before-create": {
    flags: "A replacement planned as destroy-then-create of a resource that others use.",
    rationale: "By default Terraform replaces a resource by destroying it first and creating the new one after.\nWhile it does, whatever points at it (a scale group at its launch template, a listener at its\ncertificate, a stage at its deployment) points at nothing: requests fail, machines cannot start,\nand when the create fails the gap lasts until someone repairs it by hand.",
    remediation: "Add `lifecycle { create_before_destroy = true }` to the replaced resource, and give it a name\nthat two copies can hold at once (`name_prefix`, or a name with a random or content-derived\npart; see `create-before-destroy-name-conflict`). The plan then shows `+/- create replacement\nand then destroy`.",
    examples: '```terraform\n# Bad: the certificate is destroyed before its replacement exists (`-/+ destroy and then create replacement`)\nresource "aws_acm_certificate" "web" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n}\n```\n\n```terraform\n# Good: the new certificate exists before the old one goes\nresource "aws_acm_certificate" "web" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n```',
    notes: "Read from a saved plan (`--plan`): a change whose actions are `delete` then `create` of a\nresource that another resource of the same module refers to (the references of the plan's\n`configuration` section, `depends_on` included) or whose type is on `create-before-destroy`'s\nlist. A plan without its `configuration` section is checked against the list only.",
    roles: "Every module role: a plan rule reads the plan, not a module, and reports each resource where its block is\n(in a deployment, a reusable module or a downloaded module) or at its address. It runs only when a plan is\ngiven (`--plan`, `lint({ plan })`); without one, a suppression of it is never reported unused."
  },
  "plan-drift": {
    flags: "Drift beyond tags on a machine, scale group, launch template or stateful resource: a change made outside Terraform.",
    rationale: "Drift is a change made outside the code: an instance type changed in the console, a security\ngroup added by hand during an incident, a scale group resized by a script. The code no longer\ndescribes what runs; the next apply silently reverts the change, or (with `ignore_changes`)\nkeeps a difference nobody reviewed. Terraform reports drift in the plan's `resource_drift`;\nthis rule makes it visible where it matters: machines, scale groups, launch templates and data.",
    remediation: "Find out who changed what and why. Put a change that should stay into the code (and the image\nor template the machines come from); let the apply revert one that should not. Take away the\nconsole and API rights that let it happen outside the pipeline.",
    examples: '```terraform\n# The code says t3.small; someone resized the instance in the console to t3.xlarge.\n# The plan\'s resource_drift shows instance_type "t3.small" → "t3.xlarge".\nresource "aws_instance" "web" {\n  ami           = var.ami_id\n  instance_type = "t3.small"\n}\n```\n\n```terraform\n# Good: the change is made in the code, reviewed, and rolled out by replacement\nresource "aws_instance" "web" {\n  ami                         = var.ami_id\n  instance_type               = "t3.xlarge"\n  user_data_replace_on_change = true\n}\n```',
    notes: 'Read from a saved plan\'s `resource_drift` (`--plan`; Terraform 1.2 and later, OpenTofu): a\nvirtual machine, scale group, launch template or stateful resource (the lists of the other\n`plan-*` rules) whose recorded and real values differ beyond `tags`, `tags_all`, `labels`,\n`effective_labels` and `terraform_labels`. The message lists the attributes with their values in\nthe state and now; sensitive ones as "(sensitive)". A resource deleted outside Terraform is\nreported too.',
    roles: "Every module role: a plan rule reads the plan, not a module, and reports each resource where its block is\n(in a deployment, a reusable module or a downloaded module) or at its address. It runs only when a plan is\ngiven (`--plan`, `lint({ plan })`); without one, a suppression of it is never reported unused."
  }
};

// rules/docs.ts
function docsOf(rule) {
  return rule.docs ?? (Object.hasOwn(RULE_DOCS, rule.id) ? RULE_DOCS[rule.id] : void 0);
}

// src/report/rule-help.ts
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function firstParagraph(markdown) {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? "";
  return para.replace(/\s*\n\s*/g, " ").trim();
}
function sections(rule) {
  const docs = docsOf(rule);
  if (!docs) return [];
  const out = [
    ["What it flags", docs.flags],
    ["Why", docs.rationale],
    ["How to fix", docs.remediation],
    ["Examples", docs.examples],
    ["Options", docs.options],
    ["Notes and heuristics", docs.notes],
    ["Applies to", docs.roles]
  ];
  return out.filter((s) => s[1] !== void 0 && s[1].trim() !== "");
}
function helpMarkdown(rule) {
  const parts = [`**${rule.summary}**`];
  for (const [title, body] of sections(rule)) parts.push(`## ${title}

${body.trim()}`);
  const link = ruleDocsLink(rule);
  if (link !== void 0) parts.push(`[Rule documentation](${link})`);
  return parts.join("\n\n") + "\n";
}
function helpText(rule) {
  const parts = [rule.summary];
  for (const [title, body] of sections(rule)) parts.push(`${title}:
${body.trim()}`);
  const link = ruleDocsLink(rule);
  if (link !== void 0) parts.push(`Documentation: ${link}`);
  return parts.join("\n\n") + "\n";
}
function fullDescription(rule) {
  return firstParagraph(docsOf(rule)?.rationale ?? "") || rule.summary;
}

// src/report/line-hash.ts
var WINDOW = 100;
var BASE = 37;
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var END_OF_INPUT = 65535;
var TWO_16 = 65536;
var TWO_32 = 4294967296;
var DROP = BigInt.asUintN(64, -(BigInt(BASE) ** BigInt(WINDOW)));
var DROP_HIGH = Number(DROP >> 32n);
var DROP_LOW = Number(DROP & 0xffffffffn);
var lineCapacity = 0;
var lineStarts = new Int32Array(0);
var lineHighs = new Uint32Array(0);
var lineLows = new Uint32Array(0);
function reserveLines(count) {
  if (count <= lineCapacity) return;
  lineCapacity = Math.max(count, lineCapacity * 2, 1024);
  lineStarts = new Int32Array(lineCapacity);
  lineHighs = new Uint32Array(lineCapacity);
  lineLows = new Uint32Array(lineCapacity);
}
function hashLines(text, last) {
  reserveLines(last);
  const starts = lineStarts;
  const highs = lineHighs;
  const lows = lineLows;
  let high = 0;
  let low = 0;
  let j = 0;
  starts[0] = 0;
  highs[0] = 0;
  lows[0] = 0;
  let started = 1;
  let done = 0;
  let finishAt = WINDOW;
  const end = text.length;
  for (let i = 0; ; i++) {
    let c;
    if (i < end) {
      c = text.charCodeAt(i);
      if (c <= SPACE) {
        if (c === SPACE || c === TAB) continue;
        if (c === CR) {
          c = LF;
          if (i + 1 < end && text.charCodeAt(i + 1) === LF) i++;
        }
      }
    } else if (finishAt === -1) {
      return done;
    } else c = i === end ? END_OF_INPUT : 0;
    if (j === finishAt) {
      const startHigh = highs[done];
      const startLow = lows[done];
      const x = (startLow & 65535) * DROP_LOW;
      const y = (startLow >>> 16) * DROP_LOW;
      const xLow = x >>> 0;
      const yLow = y % TWO_16;
      const productLowFull = xLow + yLow * TWO_16;
      const productLow = productLowFull >>> 0;
      const productHigh = (x - xLow) / TWO_32 + (y - yLow) / TWO_16 + (productLowFull - productLow) / TWO_32 + Math.imul(startHigh, DROP_LOW) + Math.imul(startLow, DROP_HIGH);
      const sumLow = low + productLow;
      const hashLow = sumLow >>> 0;
      highs[done] = high + productHigh + (sumLow - hashLow) / TWO_32 >>> 0;
      lows[done] = hashLow;
      done++;
      if (done === last) return done;
      finishAt = done < started ? starts[done] + WINDOW : -1;
    }
    const lowFull = BASE * low + c;
    const newLow = lowFull >>> 0;
    high = Math.imul(BASE, high) + (lowFull - newLow) / TWO_32 >>> 0;
    low = newLow;
    j++;
    if (c === LF && started < last) {
      starts[started] = j;
      highs[started] = high;
      lows[started] = low;
      if (finishAt === -1) finishAt = j + WINDOW;
      started++;
    }
  }
}
var primed = false;
function primeHashLines() {
  if (primed) return;
  primed = true;
  const sample = `a 	b\r
c\rd

 ${"e".repeat(120)}
`.repeat(50);
  hashLines(sample, 400);
}
var firstEntry = new Int32Array(TWO_16);
var entryHighs = [0];
var entryLows = [0];
var entryCounts = [0];
var entryNext = [0];
function hex(high, low) {
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
}
function findEntry(high, low) {
  let e = firstEntry[low & 65535];
  while (e !== 0 && (entryHighs[e] !== high || entryLows[e] !== low)) e = entryNext[e];
  return e;
}
function lineHashList(text, lines) {
  primeHashLines();
  const out = new Array(lines.length).fill(void 0);
  let first = 0;
  while (first < lines.length && lines[first] < 1) first++;
  if (first === lines.length) return out;
  const count = hashLines(text, Math.min(lines[lines.length - 1], text.length + 1));
  entryHighs.length = entryLows.length = entryCounts.length = entryNext.length = 1;
  for (let k2 = first; k2 < lines.length && lines[k2] <= count; k2++) {
    const high = lineHighs[lines[k2] - 1];
    const low = lineLows[lines[k2] - 1];
    if (findEntry(high, low) !== 0) continue;
    const e = entryHighs.length;
    entryHighs.push(high);
    entryLows.push(low);
    entryCounts.push(0);
    entryNext.push(firstEntry[low & 65535]);
    firstEntry[low & 65535] = e;
  }
  let k = first;
  const lastCounted = Math.min(lines[lines.length - 1], count);
  for (let line = 1; line <= lastCounted; line++) {
    const low = lineLows[line - 1];
    if (firstEntry[low & 65535] === 0) continue;
    const e = findEntry(lineHighs[line - 1], low);
    if (e === 0) continue;
    entryCounts[e]++;
    while (k < lines.length && lines[k] === line) out[k++] = `${hex(entryHighs[e], low)}:${entryCounts[e]}`;
  }
  for (let e = 1; e < entryLows.length; e++) firstEntry[entryLows[e] & 65535] = 0;
  return out;
}

// src/report/sarif-limits.ts
var SARIF_LIMITS = {
  /** Results per run. */
  resultsPerRun: 25e3,
  /** Locations (and related locations) per result. */
  locationsPerResult: 1e3,
  /** Tags per rule. */
  tagsPerRule: 20
};

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "tfmould/v1";
var PRACTICE_TAG = "immutable-infrastructure";
function sarifRegion(range2) {
  const startLine = Math.max(1, range2.start.line);
  const startColumn = Math.max(1, range2.start.column);
  let endLine = Math.max(startLine, range2.end.line);
  let endColumn = Math.max(1, range2.end.column);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (range2.end.line < startLine) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}
function encodePath(path) {
  return UNRESERVED_PATH.test(path) ? path : path.split("/").map(encodeURIComponent).join("/");
}
var UNRESERVED_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : href + "/";
}
var SarifWriter = class {
  constructor(options) {
    this.options = options;
    this.srcRoot = workingDirectory(options);
    this.root = options.root === void 0 ? this.srcRoot : resolve(options.root);
    this.limits = { ...SARIF_LIMITS, ...options.limits };
    this.byId = new Map((options.rules ?? rules).map((r) => [r.id, r]));
  }
  options;
  srcRoot;
  limits;
  notifications = [];
  byId;
  descriptors = [];
  /** Each plugin's component (`tool.extensions`), in the order its first rule was added. */
  extensions = [];
  ruleIndex = /* @__PURE__ */ new Map();
  artifacts = /* @__PURE__ */ new Map();
  root;
  warn(text) {
    this.notifications.push({ level: "warning", message: { text }, descriptor: { id: "sarif-limit" } });
  }
  /** The artifact location of a file, computed once per file (the same object is shared; it is never mutated). */
  artifact(file) {
    let location = this.artifacts.get(file);
    if (!location) {
      location = { uri: encodePath(relativeTo(this.srcRoot, resolve(this.root, file))), uriBaseId: SRCROOT };
      this.artifacts.set(file, location);
    }
    return location;
  }
  /** A resource address as a logical location, with the plan's file (code scanning needs a file) when the run names one. */
  addressLocation(address) {
    const logicalLocations = [{ fullyQualifiedName: address, kind: "resource" }];
    const plan = this.options.planFile;
    return plan !== void 0 ? { physicalLocation: { artifactLocation: this.artifact(plan) }, logicalLocations } : { logicalLocations };
  }
  location(file, range2, extra = {}) {
    const physicalLocation = { artifactLocation: this.artifact(file), region: sarifRegion(range2) };
    if (extra.id === void 0 && extra.message === void 0) return { physicalLocation };
    const location = extra.id !== void 0 ? { id: extra.id, physicalLocation } : { physicalLocation };
    if (extra.message !== void 0) location.message = { text: extra.message };
    return location;
  }
  /**
   * Adds the descriptor of a rule (once) and returns where it is: its index
   * in `driver.rules`, or for a plugin's rule in its plugin's extension.
   */
  addRule(id, severity) {
    const known = this.ruleIndex.get(id);
    if (known !== void 0) return known;
    const rule = this.byId.get(id);
    let tags = rule ? [rule.category, PRACTICE_TAG] : [PRACTICE_TAG];
    const security = rule?.securitySeverity !== void 0;
    if (security) tags.push("security");
    if (tags.length > this.limits.tagsPerRule) {
      this.warn(`Rule ${id} has ${tags.length} tags; only ${this.limits.tagsPerRule} are listed.`);
      tags = security ? [...tags.filter((t) => t !== "security").slice(0, this.limits.tagsPerRule - 1), "security"] : tags.slice(0, this.limits.tagsPerRule);
    }
    const summary = rule?.summary ?? id;
    const link = ruleDocsLink(rule ?? { id });
    const descriptor = {
      id,
      name: ruleName(id),
      shortDescription: { text: summary },
      fullDescription: { text: rule ? fullDescription(rule) : summary },
      help: rule ? { text: helpText(rule), markdown: helpMarkdown(rule) } : { text: summary },
      ...link !== void 0 ? { helpUri: link } : {},
      defaultConfiguration: { level: severity },
      properties: {
        tags,
        precision: rule?.precision ?? "high",
        ...rule?.securitySeverity !== void 0 ? { "security-severity": rule.securitySeverity.toFixed(1) } : {}
      }
    };
    const namespace = pluginNamespace(id);
    let ref;
    if (namespace === void 0) {
      ref = { index: this.descriptors.length };
      this.descriptors.push(descriptor);
    } else {
      let component = this.extensions.findIndex((e) => e.name === namespace);
      if (component === -1) component = this.extensions.push({ name: namespace, rules: [] }) - 1;
      const rules2 = this.extensions[component].rules;
      ref = { index: rules2.length, component: { name: namespace, index: component } };
      rules2.push(descriptor);
    }
    this.ruleIndex.set(id, ref);
    return ref;
  }
  rules() {
    return this.descriptors;
  }
  /** The plugins' components; undefined when no plugin rule is described. */
  extensionList() {
    return this.extensions.length > 0 ? this.extensions : void 0;
  }
  notice(n) {
    this.notifications.push({
      level: n.level,
      message: { text: n.message },
      ...n.file !== void 0 ? {
        locations: [
          n.range ? this.location(n.file, n.range) : { physicalLocation: { artifactLocation: this.artifact(n.file) } }
        ]
      } : {}
    });
  }
  fix(f) {
    if (!f.fix || f.fix.replacements.length === 0) return void 0;
    return [
      {
        description: { text: f.fix.description },
        artifactChanges: [
          {
            artifactLocation: this.artifact(f.fix.file),
            replacements: f.fix.replacements.map((r) => ({
              deletedRegion: sarifRegion(r.range),
              insertedContent: { text: r.text }
            }))
          }
        ]
      }
    ];
  }
  result(f, lineHash) {
    let related = f.related;
    if (related.length > this.limits.locationsPerResult) {
      this.warn(
        `A ${f.ruleId} result in ${f.file ?? f.address} has ${related.length} related locations; only the first ${this.limits.locationsPerResult} are listed.`
      );
      related = related.slice(0, this.limits.locationsPerResult);
    }
    const fixes = this.fix(f);
    const partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    if (lineHash !== void 0) partialFingerprints.primaryLocationLineHash = lineHash;
    const ref = this.addRule(f.ruleId, f.severity);
    const out = {
      ruleId: f.ruleId,
      ruleIndex: ref.index,
      level: f.severity,
      message: { text: f.message },
      locations: [f.file !== void 0 ? this.location(f.file, f.range) : this.addressLocation(f.address)],
      partialFingerprints
    };
    if (ref.component) out.rule = { id: f.ruleId, index: ref.index, toolComponent: ref.component };
    if (related.length) {
      out.relatedLocations = related.map((r, i) => this.location(r.file, r.range, { id: i + 1, message: r.message }));
    }
    if (f.suppressed) {
      const suppression = { kind: f.suppressed.kind, status: "accepted", justification: f.suppressed.reason };
      if (f.suppressed.kind === "inSource" && f.suppressed.commentRange && f.file !== void 0) {
        suppression.location = this.location(f.file, f.suppressed.commentRange);
      }
      out.suppressions = [suppression];
    }
    if (fixes) out.fixes = fixes;
    if (f.address || f.role) {
      const properties = {};
      if (f.address) properties.address = f.address;
      if (f.role) properties.moduleRole = f.role;
      if (f.instances) properties.instances = f.instances;
      out.properties = properties;
    }
    return out;
  }
  /** The findings that fit in one run: unsuppressed first, then by severity; original order kept. */
  keep(findings) {
    const max = this.limits.resultsPerRun;
    if (findings.length <= max) return findings;
    const rank = (f) => (f.suppressed ? 3 : 0) + (f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2);
    const order = findings.map((f, i) => i).sort((a, b) => rank(findings[a]) - rank(findings[b]) || a - b);
    const kept = new Set(order.slice(0, max));
    this.warn(
      `${findings.length} results exceed code scanning's limit of ${max} per run; ${findings.length - max} of lower severity were left out.`
    );
    return findings.filter((_, i) => kept.has(i));
  }
  /** `primaryLocationLineHash` for each finding, from the files' text when it can be read. */
  lineHashesFor(findings) {
    const hashes = new Array(findings.length).fill(void 0);
    const read = this.options.readSource;
    const memo = this.options.lineHashes;
    if (!read && !memo) return hashes;
    const byFile = /* @__PURE__ */ new Map();
    for (let i = 0; i < findings.length; i++) {
      const file = findings[i].file;
      if (file === void 0) continue;
      const indexes = byFile.get(file);
      if (indexes) indexes.push(i);
      else byFile.set(file, [i]);
    }
    const startLines = findings.map((f) => f.range !== void 0 ? sarifRegion(f.range).startLine : 0);
    for (const [file, indexes] of byFile) {
      if (memo && indexes.every((i) => (hashes[i] = memo.get(file, startLines[i])) !== void 0)) continue;
      const text = read?.(file);
      if (text === void 0) continue;
      indexes.sort((a, b) => startLines[a] - startLines[b]);
      const fileHashes = lineHashList(text, indexes.map((i) => startLines[i]));
      indexes.forEach((i, k) => {
        const hash = hashes[i] = fileHashes[k];
        if (hash !== void 0) memo?.set(file, startLines[i], hash);
      });
    }
    return hashes;
  }
  notificationsList() {
    return this.notifications;
  }
};
function buildLog(result, options, emit, results) {
  const sources = result.sources;
  const withPlan = result.planFile !== void 0 ? { ...options, planFile: result.planFile } : options;
  const w = new SarifWriter(withPlan.readSource === void 0 && sources ? { ...withPlan, readSource: (file) => sources[file] } : withPlan);
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
            rules: w.rules()
          },
          ...extensions ? { extensions } : {}
        },
        automationDetails: { id: options.automationId ?? `${TOOL_NAME}/` },
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: directoryUri(workingDirectory(options)),
            description: { text: "The directory tfmould was run in; result paths are relative to it." }
          }
        },
        columnKind: "unicodeCodePoints",
        results,
        invocations: [
          {
            executionSuccessful: !result.notices.some((n) => n.level === "error"),
            toolExecutionNotifications: w.notificationsList()
          }
        ]
      }
    ]
  };
}
var RESULTS_MARK = "\0tfmould:results\0";
function formatSarif(result, options = {}) {
  const texts = [];
  const mark = [RESULTS_MARK];
  const log = JSON.stringify(buildLog(result, options, (r) => texts.push(JSON.stringify(r)), mark));
  const placeholder = `"results":${JSON.stringify(mark)}`;
  const at = log.indexOf(placeholder);
  return `${jsonSafe(log.slice(0, at))}"results":[${jsonSafe(texts.join(","))}]${jsonSafe(log.slice(at + placeholder.length))}
`;
}

// src/report/stylish.ts
function ansi(open, close) {
  return (text) => `\x1B[${open}m${text}\x1B[${close}m`;
}
var plain = (text) => text;
var PLAIN = { file: plain, dim: plain, bold: plain, severity: { error: plain, warning: plain, note: plain } };
var COLOURED = {
  file: ansi(4, 24),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  severity: { error: ansi(31, 39), warning: ansi(33, 39), note: ansi(36, 39) }
};
var DEFAULT_WIDTH = 80;
var ADDRESS_GROUP = "\0";
var MIN_WIDTH = 40;
var MIN_MESSAGE_COLUMN = 40;
var MIN_TEXT_WIDTH = 24;
function oneLine2(text) {
  return visible(text.replace(/\s*[\r\n]+\s*/g, " "));
}
function widthOf(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 55296 || c > 56319) n++;
  }
  return n;
}
function widest(rows, cell) {
  let width = 0;
  for (const row of rows) width = Math.max(width, widthOf(cell(row)));
  return width;
}
var ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx)$/i;
var CLAUSE = /^, (?:so|which) /;
function splitFirstSentence(message) {
  let quote = "";
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    else if (depth === 0 && (message[i + 1] === " " && (c === "." || c === ";" || c === ":") || c === "," && CLAUSE.test(message.slice(i, i + 9)))) {
      const head = message.slice(0, i + 1);
      if (!head.includes(" ")) continue;
      if (c === "." && ABBREVIATION.test(message.slice(0, i))) continue;
      const rest = message.slice(i + 2).trimStart();
      if (rest === "") break;
      return { head, rest };
    }
  }
  return { head: message, rest: "" };
}
function addressInModule(address) {
  const local = address.replace(/^(?:module\.[^.[\s]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\])?\.)+/u, "");
  return local === address ? "" : local;
}
function withInstanceAddress(message, address) {
  const local = address.startsWith("module.") ? addressInModule(address) : "";
  if (local === "" || message.startsWith(address)) return { message, where: "" };
  if (message.startsWith(local) && !/^[\w.[-]/u.test(message.slice(local.length))) return { message: address + message.slice(local.length), where: "" };
  return { message, where: address };
}
var MAX_INSTANCES_SHOWN = 3;
function instancesNote(instances) {
  if (!instances || instances.length === 0) return "";
  if (instances.length === 1) return `(instance ${visible(instances[0])})`;
  const shown = instances.slice(0, MAX_INSTANCES_SHOWN).map((a) => visible(a)).join(", ");
  const more = instances.length - MAX_INSTANCES_SHOWN;
  return `(${instances.length} instances: ${shown}${more > 0 ? ` and ${more} more` : ""})`;
}
function callerLines(related, shown) {
  const callers = related.filter(namesCaller);
  const lines = callers.slice(0, MAX_INSTANCES_SHOWN).map((r) => `${shown(r.file)}:${r.range.start.line}:${r.range.start.column} ${oneLine2(r.message)}`);
  const more = callers.length - MAX_INSTANCES_SHOWN;
  if (more > 0) lines.push(`and ${plural(more, "more caller")}`);
  return lines;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(" ")) {
    const w = widthOf(word);
    if (line !== "" && lineWidth + 1 + w > width) {
      lines.push(line);
      line = word;
      lineWidth = w;
    } else if (line === "" && lineWidth === 0) {
      line = word;
      lineWidth = w;
    } else {
      line += " " + word;
      lineWidth += 1 + w;
    }
  }
  lines.push(line);
  return lines;
}
function padTo(text, width) {
  const w = widthOf(text);
  return w >= width ? text : text + " ".repeat(width - w);
}
function formatStylish(result, options = {}) {
  const p = options.color ? COLOURED : PLAIN;
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH) || DEFAULT_WIDTH);
  const paths = displayPaths(options);
  const shown = (file) => visible(paths(file));
  const groups = /* @__PURE__ */ new Map();
  const rowsOf = (file) => {
    let rows = groups.get(file);
    if (!rows) groups.set(file, rows = []);
    return rows;
  };
  for (const n of result.notices) {
    const file = n.file !== void 0 ? shown(n.file) : "";
    const line = n.range ? String(n.range.start.line) : "-";
    const column = n.range ? String(n.range.start.column) : "";
    rowsOf(file).push({ line, column, severity: n.level, head: oneLine2(n.message), rest: "", ruleId: "" });
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (f.file === void 0) {
      const { head: head2, rest: rest2 } = splitFirstSentence(oneLine2(f.message));
      rowsOf(ADDRESS_GROUP + visible(f.address)).push({ line: "-", column: "", severity: f.severity, head: head2, rest: rest2, ruleId: visible(f.ruleId) });
      continue;
    }
    const { message, where } = withInstanceAddress(oneLine2(f.message), visible(f.address));
    const { head, rest } = splitFirstSentence(message);
    rowsOf(shown(f.file)).push({
      line: String(f.range.start.line),
      column: String(f.range.start.column),
      severity: f.severity,
      head,
      rest: [where ? `(${where})` : "", rest, instancesNote(f.instances)].filter((t) => t !== "").join(" "),
      ruleId: visible(f.ruleId),
      callers: callerLines(f.related, shown)
    });
  }
  let ruleWidth = 0;
  for (const rows of groups.values()) ruleWidth = Math.max(ruleWidth, widest(rows, (r) => r.ruleId));
  const laidOut = [...groups].map(([file, rows]) => ({ file, rows, layout: layoutOf(rows, width, ruleWidth) }));
  const ruleLeads = laidOut.some(({ layout: l }) => l.beside < MIN_MESSAGE_COLUMN && l.widestHead > l.beside);
  const out = [];
  for (const { file, rows, layout } of laidOut) {
    const { lineWidth, columnWidth, sevWidth, indent, beside, widestHead } = layout;
    const textWidth = Math.max(width - indent, MIN_TEXT_WIDTH);
    const hanging = " ".repeat(indent);
    const headColumn = Math.min(widestHead, beside);
    out.push(file.startsWith(ADDRESS_GROUP) ? p.file(file.slice(ADDRESS_GROUP.length)) : p.file(file === "" ? "(run)" : file));
    for (const r of rows) {
      const lead = (
        // Positions line up on the colon: `  3:11` above ` 12:5 `.
        "  " + p.dim(r.line.padStart(lineWidth) + (r.column ? ":" + r.column.padEnd(columnWidth) : " ".repeat(columnWidth + 1))) + "  " + p.severity[r.severity](r.severity.padEnd(sevWidth)) + "  "
      );
      let first;
      let more;
      if (!r.ruleId || ruleLeads) {
        const lines = wrap(r.head, textWidth);
        if (r.ruleId) out.push(lead + p.dim(r.ruleId));
        [first, ...more] = r.ruleId ? ["", ...lines] : lines;
        if (!r.ruleId) out.push(lead + first);
      } else {
        [first, ...more] = wrap(r.head, headColumn);
        out.push(lead + padTo(first, headColumn) + "  " + p.dim(r.ruleId));
      }
      const paragraphs = more.length > 1 || more.length === 1 && first !== "" ? [[...more, r.rest].join(" ").trimEnd()] : [...more, r.rest];
      for (const text of paragraphs) if (text) for (const line of wrap(text, textWidth)) out.push(hanging + line);
      for (const text of r.callers ?? []) {
        const [head, ...tail2] = wrap(text, textWidth - 2);
        out.push(hanging + p.dim("↳ " + head));
        for (const line of tail2) out.push(hanging + "  " + p.dim(line));
      }
    }
    out.push("");
  }
  const s = summarize(result);
  const problems = s.errors + s.warnings + s.notes;
  const extras = [];
  if (s.suppressed) extras.push(`${s.suppressed} suppressed`);
  const noticeCount = s.noticeErrors + s.noticeWarnings;
  if (noticeCount) extras.push(`${plural(noticeCount, "file problem")}`);
  const tail = extras.length ? `; ${extras.join(", ")}` : "";
  if (problems === 0) {
    out.push(p.bold(`No problems in ${plural(s.files, "file")}${tail}.`));
  } else {
    const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}`;
    const style = s.errors ? p.severity.error : s.warnings ? p.severity.warning : p.severity.note;
    out.push(p.bold(style(`${s.errors ? "✖" : "⚠"} ${plural(problems, "problem")} (${counts})${tail}`)));
  }
  return out.join("\n") + "\n";
}
function layoutOf(rows, width, ruleWidth) {
  const lineWidth = widest(rows, (r) => r.line);
  const columnWidth = widest(rows, (r) => r.column);
  const sevWidth = widest(rows, (r) => r.severity);
  const indent = 2 + lineWidth + 1 + columnWidth + 2 + sevWidth + 2;
  const beside = width - indent - (ruleWidth > 0 ? 2 + ruleWidth : 0);
  const widestHead = widest(rows, (r) => r.ruleId ? r.head : "");
  return { lineWidth, columnWidth, sevWidth, indent, beside, widestHead };
}

// src/report/options.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github", "gitlab", "junit", "checkstyle", "compact"];

// src/report/line-hash-memo.ts
var LineHashMemo = class {
  byFile = /* @__PURE__ */ new Map();
  additions = 0;
  get(file, line) {
    return this.byFile.get(file)?.get(line);
  }
  set(file, line, hash) {
    let lines = this.byFile.get(file);
    if (!lines) this.byFile.set(file, lines = /* @__PURE__ */ new Map());
    if (lines.get(line) === hash) return;
    lines.set(line, hash);
    this.additions++;
  }
  /** The hashes known for a file, as `[line, hash]` pairs. */
  linesOf(file) {
    const lines = this.byFile.get(file);
    return lines ? [...lines] : [];
  }
  /** How many hashes `set` added or changed: whether there is anything new to keep. */
  get added() {
    return this.additions;
  }
};

// src/report/index.ts
function format(result, formatName, options = {}) {
  switch (formatName) {
    case "stylish":
      return formatStylish(result, options);
    case "json":
      return formatJson(result, options);
    case "sarif":
      return formatSarif(result, options);
    case "github":
      return formatGithub(result, options);
    case "gitlab":
      return formatGitlab(result, options);
    case "junit":
      return formatJunit(result, options);
    case "checkstyle":
      return formatCheckstyle(result, options);
    case "compact":
      return formatCompact(result, options);
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/shard.ts
import { createHash } from "node:crypto";
import { dirname, relative, resolve as resolve2, sep } from "node:path";

// src/cli/discover.ts
function discover2(paths, options) {
  try {
    return Promise.resolve(discover(paths, options));
  } catch (error) {
    return Promise.reject(error instanceof PathError ? new UsageError(error.message) : error);
  }
}

// src/cli/shard.ts
var SHARD_SLACK = 0.1;
function parseShard(text) {
  const m = /^([1-9]\d{0,3})\/([1-9]\d{0,3})$/.exec(text.trim());
  if (!m || Number(m[1]) > Number(m[2])) {
    throw new UsageError(`--shard expects i/n, the i-th of n parts with i from 1 to n (e.g. 2/4), got "${text}"`);
  }
  return { index: Number(m[1]), count: Number(m[2]) };
}
function shardAutomationId(shard, category) {
  return `tfmould/${category !== void 0 ? `${category}/` : ""}shard-${shard.index}-of-${shard.count}/`;
}
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function assignShards(units, count) {
  const total = units.reduce((n, u) => n + u.weight, 0);
  const cap = total / count * (1 + SHARD_SLACK);
  const hashes = units.map((u) => sha256(u.key));
  const order = units.map((_, i) => i).sort((a, b) => hashes[a] < hashes[b] ? -1 : hashes[a] > hashes[b] ? 1 : units[a].key < units[b].key ? -1 : 1);
  const loads = new Array(count).fill(0);
  const out = new Array(units.length).fill(0);
  for (const i of order) {
    const { key, weight } = units[i];
    const ranks = Array.from({ length: count }, (_, s) => ({ s, h: count === 1 ? "" : sha256(`${key}\0${s}`) }));
    ranks.sort((a, b) => a.h < b.h ? -1 : a.h > b.h ? 1 : a.s - b.s);
    let chosen = ranks.find((r) => loads[r.s] + weight <= cap)?.s;
    if (chosen === void 0) {
      chosen = ranks[0].s;
      for (const r of ranks) if (loads[r.s] < loads[chosen]) chosen = r.s;
    }
    loads[chosen] += weight;
    out[i] = chosen;
  }
  return out;
}
function portable(cwd, path) {
  const rel = relative(cwd, path);
  return rel === "" ? "." : sep === "/" ? rel : rel.split(sep).join("/");
}
function portableBytes(text) {
  let crlf = 0;
  for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2)) crlf++;
  return Buffer.byteLength(text, "utf8") - crlf;
}
function shardPart(whole, s) {
  const { cwd, shard } = s;
  const paths = lintPathsOf(whole);
  const host = new CliHost(s.listings, { boundary: s.boundary, ...s.options.maxFileBytes !== void 0 ? { maxFileBytes: s.options.maxFileBytes } : {} });
  const groups = paths.length > 0 ? groupPaths({ cwd, host, boundary: s.boundary, overrides: s.overrides, paths, ...s.config ? { config: s.config } : {} }) : [];
  const filesOf = /* @__PURE__ */ new Map();
  for (const m of whole.modules) {
    if (m.reportOnly) for (const f of m.reportOnly) filesOf.set(f, [f]);
    else filesOf.set(m.dir, m.files);
  }
  const bytes = (files) => files.reduce((n, f) => n + portableBytes(host.readFile(f) ?? ""), 0);
  const units = [...groups.map((g) => ({ paths: g, named: [] })), ...whole.namedButExcluded.map((f) => ({ paths: [], named: [f] }))];
  const placed = assignShards(
    units.map((u) => ({
      key: [...u.paths, ...u.named].map((p) => portable(cwd, p)).sort()[0],
      weight: Math.max(1, bytes([...u.paths.flatMap((p) => filesOf.get(p) ?? []), ...u.named]))
    })),
    shard.count
  );
  const mine = units.filter((_, i) => placed[i] === shard.index - 1);
  const keep = new Set(mine.flatMap((u) => u.paths));
  const named2 = new Set(mine.flatMap((u) => u.named));
  const discovery = {
    modules: whole.modules.map((m) => m.reportOnly ? { ...m, reportOnly: new Set([...m.reportOnly].filter((f) => keep.has(f))) } : m).filter((m) => m.reportOnly ? m.reportOnly.size > 0 : keep.has(m.dir)),
    namedButExcluded: whole.namedButExcluded.filter((f) => named2.has(f)),
    notices: whole.notices
  };
  const scan = scanSettings(whole, paths, s);
  const automationId = shardAutomationId(shard, s.options.sarifCategory);
  return {
    discovery,
    format: (result, name, options) => {
      const scanResult = { ...result, enabledRules: scan.enabledRules };
      if (name !== "json") return format(scanResult, name, { ...options, automationId });
      return shardJson(scanResult, options, {
        index: shard.index,
        count: shard.count,
        config: scan.config,
        rules: scan.enabledRules,
        files: result.files.map(displayPaths(options)),
        scanNotices: whole.notices.length
      });
    }
  };
}
function jsonRange2(r) {
  return { start: { line: r.start.line, column: r.start.column }, end: { line: r.end.line, column: r.end.column } };
}
function shardJson(result, options, shard) {
  const report = toJsonReport(result, options);
  const shown = displayPaths(options);
  const findings = report.findings.map((jf, i) => {
    const f = result.findings[i];
    const comment = f.suppressed?.commentRange;
    return {
      ...jf,
      ...jf.suppressed && comment ? { suppressed: { ...jf.suppressed, commentRange: jsonRange2(comment) } } : {},
      attributePath: f.attributePath,
      fingerprint: f.fingerprint,
      ...f.fix ? { fix: { description: f.fix.description, file: shown(f.fix.file), replacements: f.fix.replacements.map((r) => ({ range: jsonRange2(r.range), text: r.text })) } } : {}
    };
  });
  return jsonSafe(JSON.stringify({ ...report, findings, shard }, null, 2)) + "\n";
}
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function scanSettings(whole, paths, s) {
  const { cwd, options: o } = s;
  const used = [];
  const rank = new Map(rules.map((r, i) => [r.id, i]));
  const enabledRules = [];
  const run2 = (loaded) => {
    const rules2 = /* @__PURE__ */ new Map();
    for (const config of new Set(loaded)) {
      used.push(config);
      for (const [id, setting] of resolveConfig(config, s.overrides, { rules, cwd }).rules) if (!rules2.has(id)) rules2.set(id, { id, severity: setting.severity });
    }
    for (const rule of [...rules2.values()].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))) {
      if (!enabledRules.some((r) => r.id === rule.id)) enabledRules.push(rule);
    }
  };
  if (paths.length > 0) {
    const moduleDirs = new Set(whole.modules.filter((m) => !m.reportOnly).map((m) => m.dir));
    const dirs = [...new Set(paths.map((p) => moduleDirs.has(p) ? p : dirname(p)))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    run2(dirs.map((dir) => s.configs.configFor(dir)));
  } else if (whole.namedButExcluded.length === 0) run2([s.configs.configFor(cwd)]);
  const named2 = /* @__PURE__ */ new Set();
  for (const file of whole.namedButExcluded) {
    const loaded = s.configs.configFor(dirname(file));
    if (loaded) named2.add(loaded);
  }
  for (const loaded of named2) run2([loaded]);
  const configs = [...new Set(used)].map((l) => l ? { file: l.file !== void 0 ? portable(cwd, l.file) : null, config: l.config } : null);
  const read = (file) => {
    if (file === void 0) return null;
    const got = readRegularFile(resolve2(cwd, file), o.maxFileBytes);
    return "bytes" in got ? sha256(got.bytes.toString("utf8").replace(/\r\n/g, "\n")) : null;
  };
  const identity = {
    paths: o.paths.map((p) => portable(cwd, resolve2(cwd, p))),
    configs,
    rules: o.rules,
    strict: o.strict ?? null,
    vars: o.vars,
    varFiles: o.varFiles.map((f) => portable(cwd, resolve2(cwd, f))),
    baseline: o.baseline !== void 0 ? read(o.baseline) : null,
    quiet: o.quiet,
    dirsOfFiles: o.dirsOfFiles,
    maxFileBytes: o.maxFileBytes ?? null,
    errorOnUnmatchedPath: o.errorOnUnmatchedPath
  };
  return { enabledRules, config: sha256(stableJson(identity)).slice(0, 16) };
}

// src/cli/args.ts
var OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  rule: { type: "string", multiple: true },
  strict: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "list-rules": { type: "boolean" },
  "print-config": { type: "string" },
  debug: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  "dirs-of-files": { type: "boolean" },
  concurrency: { type: "string" },
  "max-file-size": { type: "string" },
  plan: { type: "string" },
  "max-plan-size": { type: "string" },
  "sarif-category": { type: "string" },
  "no-error-on-unmatched-path": { type: "boolean" },
  shard: { type: "string" },
  "allow-plugins": { type: "boolean" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-rule": { type: "string", multiple: true }
};
var LEVELS = ["off", "note", "warning", "error"];
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function usageErrorFrom(error) {
  const e = error;
  const quoted = /'([^']+)'/.exec(e.message ?? "")?.[1] ?? "";
  const long = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`unknown option ${quoted} (see tfmould --help)`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(e.message ?? "")) return new UsageError(`option ${long} does not take a value`);
      return new UsageError(`option ${long} needs a value`);
    default:
      return new UsageError(e.message ?? String(error));
  }
}
function sizeOption(option, text, max, limit) {
  if (text === void 0) return void 0;
  const m = /^([1-9]\d{0,9})([KM]i?B?)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`${option} expects a size such as 20MiB, 512KiB or a number of bytes, got "${text}"`);
  const unit = (m[2] ?? "").toUpperCase().startsWith("M") ? 1024 * 1024 : (m[2] ?? "").toUpperCase().startsWith("K") ? 1024 : 1;
  const bytes = Number(m[1]) * unit;
  if (bytes > max) throw new UsageError(`${option} must be ${limit}, got "${text}"`);
  return bytes;
}
function splitPair(text, option, what) {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(`${option} expects ${what}, got "${text}"`);
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}
function parseCliArgs(argv, knownRuleIds) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const v = parsed.values;
  const format2 = v.format ?? "stylish";
  if (!FORMAT_NAMES.includes(format2)) {
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, got "${format2}"`);
  }
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    const text = v["max-warnings"];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings expects a whole number of at least 0, got "${text}"`);
    maxWarnings = Number(text);
  }
  const vars = {};
  for (const item of v.var ?? []) {
    const [name, value] = splitPair(item, "--var", "name=value");
    if (!VARIABLE_NAME.test(name)) throw new UsageError(`--var: "${name}" is not a valid variable name`);
    vars[name] = value;
  }
  const rules2 = {};
  for (const item of v.rule ?? []) {
    const [id, level] = splitPair(item, "--rule", "id=level");
    if (!knownRuleIds.has(id) && !id.includes("/")) throw new UsageError(`--rule: unknown rule "${id}" (see tfmould --list-rules)`);
    if (!LEVELS.includes(level.trim())) {
      throw new UsageError(`--rule ${id}: level must be one of ${LEVELS.join(", ")}, got "${level}"`);
    }
    rules2[id] = level.trim();
  }
  for (const [name, value] of [
    ["--output-file", v["output-file"]],
    ["--config", v.config],
    ["--baseline", v.baseline],
    ["--write-baseline", v["write-baseline"]],
    ["--print-config", v["print-config"]],
    ["--cache-location", v["cache-location"]]
  ]) {
    if (value === "") throw new UsageError(`${name} needs a non-empty path`);
  }
  let concurrency = "auto";
  if (v.concurrency !== void 0) {
    const text = v.concurrency;
    if (text === "auto" || text === "off") concurrency = text;
    else if (/^[1-9]\d{0,2}$/.test(text)) concurrency = Number(text);
    else throw new UsageError(`--concurrency expects a number of threads (1-999), auto or off, got "${text}"`);
  }
  const maxFileBytes = sizeOption("--max-file-size", v["max-file-size"], 2 ** 31 - 1, "under 2 GiB");
  const maxPlanBytes = sizeOption("--max-plan-size", v["max-plan-size"], DEFAULT_MAX_PLAN_BYTES, "at most 512MiB");
  if (v.plan !== void 0 && v.shard !== void 0) {
    throw new UsageError("--plan checks one plan against its whole configuration: run it without --shard");
  }
  const sarifCategory = v["sarif-category"]?.replace(/\/+$/, "");
  if (sarifCategory !== void 0 && !/^[^\p{Cc}]{1,200}$/u.test(sarifCategory)) {
    throw new UsageError(`--sarif-category expects a name of 1 to 200 characters on one line, without control characters`);
  }
  if (v.shard !== void 0 && v["write-baseline"] !== void 0) {
    throw new UsageError("--write-baseline writes the whole scan's findings: run it without --shard");
  }
  if (v["cache-location"] !== void 0 && !v.cache) throw new UsageError("--cache-location names the cache of --cache: give --cache too");
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix writes the fixes and --fix-dry-run only shows them: give one of them");
  const fix = v.fix ? "write" : v["fix-dry-run"] ? "dry-run" : void 0;
  const fixRules = v["fix-rule"] ?? [];
  if (fixRules.length > 0 && fix === void 0) throw new UsageError("--fix-rule chooses the fixes of --fix or --fix-dry-run: give one of them");
  for (const id of fixRules) {
    if (!knownRuleIds.has(id) && !id.includes("/")) throw new UsageError(`--fix-rule: unknown rule "${id}" (see tfmould --list-rules)`);
  }
  if (fix !== void 0 && v.shard !== void 0) throw new UsageError("--fix lints again what it fixed, which a shard cannot: run it without --shard");
  let color;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "option" && token.name === "color") color = true;
    if (token.kind === "option" && token.name === "no-color") color = false;
  }
  return {
    paths: parsed.positionals.length ? parsed.positionals : ["."],
    format: format2,
    outputFile: v["output-file"],
    config: v.config,
    varFiles: v["var-file"] ?? [],
    vars,
    rules: rules2,
    strict: v.strict ? true : void 0,
    baseline: v.baseline,
    writeBaseline: v["write-baseline"],
    maxWarnings,
    quiet: v.quiet ?? false,
    color,
    listRules: v["list-rules"] ?? false,
    printConfig: v["print-config"],
    debug: v.debug ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
    dirsOfFiles: v["dirs-of-files"] ?? false,
    concurrency,
    ...maxFileBytes !== void 0 ? { maxFileBytes } : {},
    ...v.plan !== void 0 ? { plan: v.plan } : {},
    ...maxPlanBytes !== void 0 ? { maxPlanBytes } : {},
    ...sarifCategory !== void 0 ? { sarifCategory } : {},
    errorOnUnmatchedPath: !(v["no-error-on-unmatched-path"] ?? false),
    ...v.shard !== void 0 ? { shard: parseShard(v.shard) } : {},
    allowPlugins: v["allow-plugins"] ?? false,
    cache: v.cache ?? false,
    ...v["cache-location"] !== void 0 ? { cacheLocation: v["cache-location"] } : {},
    ...fix !== void 0 ? { fix } : {},
    fixRules
  };
}

// src/cli/atomic-write.ts
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  statfsSync,
  writeFileSync
} from "node:fs";
import { basename, dirname as dirname2, join, resolve as resolve3 } from "node:path";
import { randomBytes } from "node:crypto";
var OutputRefusedError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "OutputRefusedError";
  }
};
var PSEUDO_FILE_SYSTEMS = /* @__PURE__ */ new Map([
  [40864, "proc"],
  [1650812274, "sysfs"],
  [2613483, "cgroup"],
  [1667723888, "cgroup2"],
  [1684170528, "debugfs"],
  [1953653091, "tracefs"],
  [1935894131, "securityfs"],
  [3405662737, "bpf"],
  [1650812272, "configfs"],
  [1634035564, "pstore"],
  [3730735588, "efivarfs"],
  [1702057283, "fusectl"],
  [1112100429, "binfmt_misc"],
  [4185718668, "selinuxfs"],
  [1128357203, "smackfs"],
  [7377, "devpts"],
  [1853056627, "nsfs"],
  [427819522, "mqueue"]
]);
var MAX_LINK_HOPS = 40;
function statOf(path, follow) {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw error;
  }
}
function pseudoFileSystem(path) {
  if (process.platform !== "linux") return void 0;
  try {
    return PSEUDO_FILE_SYSTEMS.get(Number(statfsSync(path).type));
  } catch {
    return void 0;
  }
}
function refusePseudo(existing) {
  const kind = pseudoFileSystem(existing);
  if (kind !== void 0) throw new OutputRefusedError(`${existing} is on the ${kind} pseudo file system, which holds no ordinary files`);
}
function isDescriptorAlias(path) {
  if (process.platform !== "linux") return false;
  let at = path;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const link = statOf(at, false);
    if (!link?.isSymbolicLink()) return false;
    let dir;
    try {
      dir = realpathSync(dirname2(at));
    } catch {
      return false;
    }
    if (/^\/proc\/(?:self|thread-self|\d+)(?:\/task\/\d+)?\/fd$/.test(dir)) return true;
    at = resolve3(dir, readlinkSync(at));
  }
  return false;
}
function writeInPlace(path, text, regularAllowed) {
  const fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOCTTY ?? 0));
  try {
    if (!regularAllowed && fstatSync(fd).isFile()) throw new OutputRefusedError("it changed into a regular file while being opened");
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
function ensureDirectory(dir) {
  const missing = [];
  let at = dir;
  for (; ; ) {
    const st = statOf(at, true);
    if (st) {
      if (!st.isDirectory()) throw new OutputRefusedError(`${at} is not a directory`);
      break;
    }
    missing.push(at);
    const parent = dirname2(at);
    if (parent === at) break;
    at = parent;
  }
  refusePseudo(at);
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
}
function writeFileAtomic(file, text, mode) {
  const target = resolve3(file);
  const dir = dirname2(target);
  ensureDirectory(dir);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx", ...mode !== void 0 ? { mode } : {} });
    if (mode !== void 0) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
function writeOutputFile(file, text) {
  const target = resolve3(file);
  const entry = statOf(target, false);
  if (entry?.isSymbolicLink()) {
    const real = statOf(target, true);
    if (real && !real.isFile() && !real.isDirectory()) return writeInPlace(target, text, false);
    if (real?.isFile() && isDescriptorAlias(target)) return writeInPlace(target, text, true);
    throw new OutputRefusedError(
      real ? "it is a symbolic link; tfmould does not write through links (name the file it points to)" : "it is a symbolic link to nothing; tfmould does not write through links"
    );
  }
  if (entry?.isDirectory()) throw new OutputRefusedError("it is a directory");
  if (entry && !entry.isFile()) return writeInPlace(target, text, false);
  writeFileAtomic(target, text);
}

// src/cli/color.ts
function useColor(flag, env, toTerminal) {
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return toTerminal;
}

// src/cli/config-lookup.ts
import { dirname as dirname3, isAbsolute, resolve as resolve4, sep as sep2 } from "node:path";
var ConfigLookup = class {
  /**
   * `given` is the `--config` file, which then applies everywhere.
   * `listings` (discovery's) answer for the directories discovery read.
   */
  constructor(given, listings) {
    this.given = given;
    this.listings = listings;
  }
  given;
  listings;
  /** A directory discovery listed (thousands are looked in) says at once whether it holds a config file. */
  files = new ConfigFileFinder(
    (candidate) => {
      const listed = this.listings?.entry(candidate);
      const found = isFile(candidate, this.listings);
      if (listed === void 0 || listed === "link") this.looked.set(candidate, found);
      return found;
    },
    (dir) => this.listings?.listing(dir)?.has(CONFIG_FILE_NAME) === false
  );
  /** Candidates the listings did not answer for, looked for on the disk, and whether each was found (for `--cache`'s manifest). */
  looked = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  matchers = /* @__PURE__ */ new Map();
  /** The config files read so far. */
  configFiles() {
    return [...this.byFile.keys()];
  }
  /** The config for files in `dir`, or undefined when there is none. @throws ConfigError */
  configFor(dir) {
    if (this.given) return this.given;
    const file = this.files.nearest(isAbsolute(dir) ? dir : resolve4(dir));
    if (file === void 0) return void 0;
    let loaded = this.byFile.get(file);
    if (!loaded) this.byFile.set(file, loaded = loadConfigFile(file));
    return loaded;
  }
  /** Whether the config that applies to `file` excludes it. @throws ConfigError */
  isExcluded = (file) => {
    const loaded = this.configFor(directoryOf(file));
    const patterns = loaded?.config.exclude ?? [];
    if (!loaded || patterns.length === 0) return false;
    let matcher = this.matchers.get(loaded);
    if (!matcher) this.matchers.set(loaded, matcher = excludeMatcher({ patterns, baseDir: loaded.baseDir }));
    return matcher(file);
  };
};
function directoryOf(file) {
  const slash = file.lastIndexOf("/");
  return sep2 === "/" && slash > 0 && slash < file.length - 1 && file[slash - 1] !== "/" ? file.slice(0, slash) : dirname3(file);
}

// src/cli/help.ts
var HELP_TEXT = `Usage: tfmould [options] [paths...]
       tfmould merge <report.json>... [options]
       tfmould lsp                   (the language server, on stdin and stdout)

Lints Terraform for immutable-infrastructure practice. Paths are directories
(scanned recursively; each directory is one module) or files; default ".".

Output:
  -f, --format <name>       stylish (default), json, sarif, github, gitlab
                            (Code Quality), junit, checkstyle or compact
                            (file:line:col: severity: message [rule])
  -o, --output-file <file>  write the report to a file (atomically) instead of stdout
  -q, --quiet               report errors only
      --color, --no-color   force colours on or off (default: on for a terminal;
                            NO_COLOR and FORCE_COLOR are honoured)

Configuration:
  -c, --config <file>       use this .tfmould.json instead of searching upward
      --var-file <file>     a variables file (repeatable)
      --var <name=value>    a variable value (repeatable)
      --rule <id=level>     set a rule to off, note, warning or error (repeatable)
      --strict              require digests and commits, not tags and refs
      --print-config <path> print the configuration that applies to a path, and exit
      --allow-plugins       load the plugins named by configs found among the
                            scanned files (a plugin runs its own code; without
                            this only the --config file's plugins load)

Fixing:
      --fix                 apply the fixes rules offer to the files scanned
                            (atomically), then report what is left
      --fix-dry-run         print the fixes as a unified diff; change nothing
      --fix-rule <id>       apply only this rule's fixes (repeatable)

Plan:
      --plan <file>         also check a saved plan: the output of
                            terraform show -json PLANFILE (or tofu show -json);
                            the paths are the configuration it came from, the
                            first one its root module
      --max-plan-size <size>
                            the largest plan read, e.g. 200MiB (default 512MiB)

Baseline:
      --baseline <file>        accept the findings listed in a baseline file
      --write-baseline <file>  write the current findings to a baseline file

Exit status:
      --max-warnings <n>    fail when there are more than n warnings

Code scanning:
      --sarif-category <name>
                            SARIF run id tfmould/<name>/, to tell analyses of
                            the same commit apart (default tfmould/)

Sharding across CI jobs:
      --shard <i/n>         lint only the i-th of n parts of the scan (modules
                            that call each other stay together); the n parts'
                            findings are one run's. With --format json, the
                            reports join with: tfmould merge <report.json>...
                            (tfmould merge --help)

Cache:
      --cache               keep each group of modules' results, and reuse them
                            while none of the files the group read changed
      --cache-location <path>
                            the cache file, or a directory to keep it in
                            (default .tfmould-cache beside the config file, or
                            in the working directory)

Other:
      --no-error-on-unmatched-path
                            a path with no Terraform files is a notice, not an
                            error (exit 2)
      --dirs-of-files       lint the directory (module) of each file given
                            (used by the pre-commit hook)
      --concurrency <n>     threads to lint with: a number, auto (default: one
                            per two cores, at most 4, for scans of 400 files or
                            more) or off
      --max-file-size <size>
                            the largest file read, e.g. 32MiB (default 16MiB)
      --list-rules          list the rules with their default severity, and exit
                            (--format json for JSON)
      --debug               print stack traces of internal errors
  -v, --version             print the version, and exit
  -h, --help                print this help, and exit

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings,
2 usage, configuration or internal error.
`;

// src/cli/list-rules.ts
function rulesTable(rules2) {
  const rows = [["RULE", "SEVERITY", "CATEGORY", "SUMMARY"], ...rules2.map((r) => [r.id, r.severity, r.category, r.summary])];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => [r[0].padEnd(widths[0]), r[1].padEnd(widths[1]), r[2].padEnd(widths[2]), r[3]].join("  ")).join("\n") + "\n";
}
function rulesJson(rules2) {
  const list = rules2.map((r) => ({ id: r.id, severity: r.severity, category: r.category, summary: r.summary, docs: ruleDocsLink(r) ?? null }));
  return JSON.stringify(list, null, 2) + "\n";
}

// src/cli/print-config.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname4, resolve as resolve5 } from "node:path";
function printConfig(target, configFile, overrides, cwd, withPlugins = {}) {
  const rules2 = withPlugins.rules ?? rules;
  const abs = resolve5(cwd, target);
  let dir;
  try {
    dir = statSync2(abs).isDirectory() ? abs : dirname4(abs);
  } catch {
    throw new UsageError(`no such file or directory: ${target}`);
  }
  const loaded = configFile !== void 0 ? loadConfigFile(resolve5(cwd, configFile), { rules: rules2 }) : loadConfig(dir, { rules: rules2 });
  const resolved = resolveConfig(loaded, overrides, { cwd, rules: rules2 });
  const settings = {};
  for (const [id, setting] of resolved.rules) settings[id] = { severity: setting.severity, options: setting.options };
  const plugins = withPlugins.plugins ? { plugins: withPlugins.plugins } : {};
  const role = moduleRoleOf(dir, { cwd, overrides, ...plugins, ...loaded && configFile !== void 0 ? { config: loaded } : {} });
  const out = {
    configFile: resolved.file === void 0 ? null : relativeTo(cwd, resolved.file),
    // The module role a lint of the repository gives the directory; null when it has no configuration files.
    role: role ?? null,
    // The plugins the config names, and whether they were loaded (their rules are then under `rules`).
    plugins: loaded?.config.plugins ?? [],
    pluginsLoaded: withPlugins.plugins !== void 0,
    rules: settings,
    strict: resolved.strict,
    exclude: resolved.exclude,
    varFiles: resolved.varFiles.map((f) => relativeTo(cwd, f)),
    vars: resolved.vars,
    useEnvVars: resolved.useEnvVars
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// src/cli/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 400;
var WORKER_URL = new URL("./lint-worker.js", import.meta.url);
function threadCount(concurrency, files) {
  if (concurrency === "off") return 1;
  if (concurrency === "auto") return files < PARALLEL_MIN_FILES ? 1 : Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
  return Math.max(1, concurrency);
}
function workerSettings(s) {
  const listings = s.listings?.toData();
  return {
    cwd: s.cwd,
    overrides: s.overrides,
    configFile: s.configFile,
    ...listings ? { listings } : {},
    ...s.host.limitsData(),
    ...s.plugins ? { plugins: s.pluginSources ?? [] } : {},
    ...s.pluginScope ? { pluginScope: s.pluginScope } : {}
  };
}
function engineSettings(s) {
  return {
    cwd: s.cwd,
    host: s.host,
    overrides: s.overrides,
    ...s.boundary ? { boundary: s.boundary } : {},
    ...s.config ? { config: s.config } : {},
    ...s.plugins ? { plugins: s.plugins } : {},
    ...s.pluginScope ? { pluginScope: scopeFunction(s.pluginScope) } : {}
  };
}
async function lintInParallel(paths, threads, s) {
  const settings = engineSettings(s);
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return { results: [lintModules({ ...settings, paths })], threads: 1 };
  const workers = Array.from({ length: threads - 1 }, () => startWorker({ ...workerSettings(s), warmUp: paths.length >= WARM_UP_MIN_MODULES }, s));
  try {
    const onRead = s.host.onRead;
    const { groups, calls } = s.host.withoutProgress(() => groupsAndCalls({ ...settings, paths }));
    const units = workUnits(groups, threads, s.weightOf, paths);
    const lintUnit = (unit) => {
      const result = lintModulesKnowingCalls({ ...settings, paths: unit }, calls);
      for (const p of unit) for (let i = s.weightOf(p); i > 0; i--) onRead?.();
      return result;
    };
    if (units.length <= 1) return { results: units.map(lintUnit), threads: 1 };
    const graph = [...calls];
    const shared = await shareOut(units, workers, lintUnit, (next, first) => ({ units, first, next, calls: graph }), (reply) => reply.results ?? []);
    return { results: shared.outcomes, threads: shared.threads };
  } finally {
    for (const worker of workers) worker.stop();
  }
}
function groupWeight(paths, weightOf) {
  return paths.reduce((n, p) => n + Math.max(1, weightOf(p)), 0);
}
function workUnits(groups, threads, weightOf, order) {
  const weighted = groups.map((g) => ({ g, w: groupWeight(g, weightOf) })).sort((a, b) => b.w - a.w);
  const total = weighted.reduce((n, x) => n + x.w, 0);
  const least = Math.max(1, Math.floor(total / (threads * 16)));
  const units = [];
  for (const { g, w } of weighted) {
    const last = units[units.length - 1];
    if (last !== void 0 && last.w < least) {
      last.paths.push(...g);
      last.w += w;
    } else units.push({ paths: [...g], w });
  }
  const rank = new Map(order.map((p, i) => [p, i]));
  return units.map((u) => u.paths.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}
async function lintGroupsInParallel(groups, threads, s, callScans) {
  const settings = { ...engineSettings(s), callScans };
  const lintUnit = (group) => lintRecorded(settings, group);
  if (threads <= 1 || groups.length <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return groups.map(lintUnit);
  const order = groups.map((g, i) => ({ g, i, w: groupWeight(g, s.weightOf) })).sort((a, b) => b.w - a.w || a.i - b.i);
  const units = order.map((o) => o.g);
  const warmUp = units.reduce((n, u) => n + u.length, 0) >= WARM_UP_MIN_MODULES;
  const workers = Array.from({ length: Math.min(threads, units.length) - 1 }, () => startWorker({ ...workerSettings(s), warmUp }, s));
  try {
    const records = (await shareOut(units, workers, lintUnit, (next, first) => ({ units, first, next, record: true }), (reply) => reply.records ?? [])).outcomes;
    const back = new Array(groups.length);
    order.forEach((o, k) => back[o.i] = records[k]);
    return back;
  } finally {
    for (const worker of workers) worker.stop();
  }
}
async function shareOut(units, workers, lintUnit, share, outcomes) {
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const counter = new Int32Array(next);
  Atomics.store(counter, 0, workers.length + 1);
  const done = workers.map((w, k) => w.lint(share(next, k + 1)));
  const settled = Promise.allSettled(done);
  const out = new Array(units.length);
  for (let i = 0; i < units.length; i = Atomics.add(counter, 0, 1)) out[i] = lintUnit(units[i]);
  let threads = 1;
  for (const outcome of await settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    const linted = outcomes(outcome.value);
    if (linted.length > 0) threads++;
    for (const [i, value] of linted) out[i] = value;
  }
  return { outcomes: out, threads };
}
function startWorker(setup, s) {
  const worker = new Worker(WORKER_URL, { workerData: setup });
  let settle;
  let failure;
  let finished = false;
  const fail = (error) => {
    if (finished) return;
    finished = true;
    failure = error;
    settle?.reject(error);
  };
  worker.on("message", (reply) => {
    if (reply.kind === "read") {
      for (let i = 0; i < reply.files; i++) s.onWorkerRead?.();
      return;
    }
    finished = true;
    if (reply.kind === "error") {
      settle?.reject(reviveError(reply));
      return;
    }
    for (const [path, reason] of reply.failures) s.host.failures.set(path, reason);
    for (const [path, text] of reply.texts) s.host.remember(path, text);
    settle?.resolve(reply);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`a lint worker stopped with exit code ${code}`)));
  return {
    lint(share) {
      return new Promise((resolve11, reject) => {
        if (failure !== void 0) return reject(failure);
        settle = { resolve: resolve11, reject };
        worker.postMessage(share);
      });
    },
    stop() {
      finished = true;
      void worker.terminate();
    }
  };
}
function reviveError(reply) {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack !== void 0) error.stack = reply.stack;
  return error;
}

// src/cli/progress.ts
var PROGRESS_MIN_FILES = 200;
var Progress = class {
  constructor(stream, total, clock = Date.now) {
    this.stream = stream;
    this.total = total;
    this.clock = clock;
  }
  stream;
  total;
  clock;
  done = 0;
  lastDraw = 0;
  drawn = false;
  /** Whether a progress line is shown at all. */
  get enabled() {
    return this.stream.isTTY === true && this.total >= PROGRESS_MIN_FILES;
  }
  tick() {
    this.done++;
    if (!this.enabled) return;
    const now = this.clock();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\x1B[Ktfmould: ${Math.min(this.done, this.total)}/${this.total} files`);
  }
  finish() {
    if (this.drawn) this.stream.write("\r\x1B[K");
    this.drawn = false;
  }
};

// src/cli/merge-command.ts
import { parseArgs as parseArgs2 } from "node:util";
import { resolve as resolve6 } from "node:path";
var UNUSED_SUPPRESSION = "unused-suppression";
var MAX_REPORT_BYTES = 1024 * 1024 * 1024;
var MERGE_HELP = `Usage: tfmould merge <report.json>... [options]

Joins the JSON reports of the shards of one run (tfmould --shard i/n
--format json) into the report one unsharded run would print, and exits as
that run would. Run it in the directory the shards ran in, with the files
checked out (SARIF line hashes are computed from them).

  -f, --format <name>       stylish (default), json, sarif, github, gitlab,
                            junit, checkstyle or compact
  -o, --output-file <file>  write the report to a file (atomically) instead of stdout
  -q, --quiet               report errors only
      --max-warnings <n>    fail when there are more than n warnings
      --sarif-category <name>
                            SARIF run id tfmould/<name>/ (default tfmould/)
      --partial             allow missing shards: the report covers the shards
                            given; for one shard, its own report in another
                            format (SARIF run id tfmould/<name>/shard-i-of-n/)
      --color, --no-color   force colours on or off
  -h, --help                print this help, and exit
`;
var OPTIONS2 = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  "sarif-category": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" },
  partial: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function runMerge(argv, io) {
  let parsed;
  try {
    parsed = parseArgs2({ args: [...argv], options: OPTIONS2, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const e = error;
    const option = /'(-[^']*)'/.exec(e.message ?? "")?.[1] ?? "";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`merge: unknown option ${option} (see tfmould merge --help)`);
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`merge: option ${/--[\w-]+/.exec(option)?.[0] ?? option} needs a value`);
    throw new UsageError(`merge: ${(e.message ?? String(error)).split("\n")[0]}`);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(MERGE_HELP);
    return 0;
  }
  const name = v.format ?? "stylish";
  if (!FORMAT_NAMES.includes(name)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, got "${name}"`);
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(v["max-warnings"])) throw new UsageError(`--max-warnings expects a whole number of at least 0, got "${v["max-warnings"]}"`);
    maxWarnings = Number(v["max-warnings"]);
  }
  const category = v["sarif-category"]?.replace(/\/+$/, "");
  if (category !== void 0 && !/^[^\p{Cc}]{1,200}$/u.test(category)) {
    throw new UsageError(`--sarif-category expects a name of 1 to 200 characters on one line, without control characters`);
  }
  let colorFlag;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "option" && token.name === "color") colorFlag = true;
    if (token.kind === "option" && token.name === "no-color") colorFlag = false;
  }
  if (parsed.positionals.length === 0) throw new UsageError("merge: name the JSON reports of the shards (tfmould merge shard-1.json shard-2.json …)");
  const cwd = resolve6(io.cwd);
  const reports = parsed.positionals.map((file) => ({ file, report: readReport(file, cwd) }));
  checkReports(reports, v.partial === true);
  const merged = mergeShardReports(reports.map((r) => r.report));
  const findings = v.quiet ? merged.findings.filter((f) => f.severity === "error") : merged.findings;
  const kept = { ...merged, findings };
  const final = { ...kept, summary: summaryOf(kept) };
  const host = new CliHost(void 0, { boundary: ReadBoundary.forScan(["."], cwd) });
  const outputFile = v["output-file"];
  const color = outputFile === void 0 ? useColor(colorFlag, io.env, io.stdout.isTTY === true) : colorFlag === true;
  const text = format(final, name, {
    cwd,
    root: cwd,
    color: name === "stylish" && color,
    width: stylishWidth(io, outputFile === void 0),
    readSource: (file) => host.text(resolve6(cwd, file)),
    ...v.partial && reports.length === 1 ? { automationId: shardAutomationId(reports[0].report.shard, category) } : category !== void 0 ? { automationId: `tfmould/${category}/` } : {}
  });
  if (outputFile !== void 0) {
    if (reports.some((r) => resolve6(cwd, r.file) === resolve6(cwd, outputFile))) throw new UsageError(`refusing to write -o ${outputFile}: it is one of the reports being merged; name another file`);
    writeOutput(outputFile, text, cwd);
  } else io.stdout.write(text);
  const code = exitCode(final, maxWarnings);
  const warnings = summarize(final).warnings;
  if (code !== EXIT_ERROR && maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr.write(`tfmould: ${warnings} warning${warnings === 1 ? "" : "s"}, more than the maximum of ${maxWarnings} (--max-warnings)
`);
  }
  return code;
}
function readReport(file, cwd) {
  const read = readRegularFile(resolve6(cwd, file), MAX_REPORT_BYTES);
  if ("reason" in read) throw new UsageError(`merge: cannot read ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
  let value;
  try {
    value = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    throw new UsageError(`merge: ${file} is not JSON; merge takes the reports of tfmould --shard i/n --format json`);
  }
  const r = value;
  if (typeof r !== "object" || r === null || typeof r.version !== "string" || !Array.isArray(r.findings) || !Array.isArray(r.notices)) {
    throw new UsageError(`merge: ${file} is not a tfmould JSON report`);
  }
  const s = r.shard;
  if (typeof s !== "object" || s === null || typeof s.config !== "string" || !Number.isInteger(s.index) || !Number.isInteger(s.count) || !Array.isArray(s.rules) || !Array.isArray(s.files)) {
    throw new UsageError(`merge: ${file} is not the report of a sharded run (tfmould --shard i/n --format json)`);
  }
  return r;
}
function checkReports(reports, partial) {
  const shown = (file) => visible(file);
  const [first] = reports;
  for (const { file, report } of reports) {
    if (report.version !== first.report.version) {
      throw new UsageError(`merge: ${shown(first.file)} was written by tfmould ${visible(first.report.version)} and ${shown(file)} by tfmould ${visible(report.version)}; merge the shards of one run`);
    }
  }
  if (first.report.version !== toolVersion()) {
    throw new UsageError(`merge: the reports were written by tfmould ${visible(first.report.version)}, this is tfmould ${toolVersion()}; merge with the version that linted`);
  }
  for (const { file, report } of reports) {
    if (report.shard.config !== first.report.shard.config) {
      throw new UsageError(`merge: ${shown(first.file)} and ${shown(file)} were linted with different configs or options; merge the shards of one run`);
    }
    if (report.shard.count !== first.report.shard.count) {
      throw new UsageError(`merge: ${shown(first.file)} is a shard of ${first.report.shard.count} and ${shown(file)} a shard of ${report.shard.count}; merge the shards of one run`);
    }
  }
  const count = first.report.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { file, report } of reports) {
    const other = byIndex.get(report.shard.index);
    if (other !== void 0) throw new UsageError(`merge: ${shown(other)} and ${shown(file)} are both shard ${report.shard.index} of ${count}`);
    byIndex.set(report.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0 && !partial) throw new UsageError(`merge: shard ${missing.join(", ")} of ${count} ${missing.length === 1 ? "is" : "are"} missing; merge the reports of every shard`);
}
function range(r) {
  const pos = (p) => ({ line: p.line, column: p.column, offset: p.line * 2 ** 25 + p.column });
  return { start: pos(r.start), end: pos(r.end) };
}
function toFinding(f) {
  const { suppressed, fix, file, range: at, ...rest } = f;
  const comment = suppressed?.commentRange;
  const fields = {
    ...rest,
    related: f.related.map((r) => ({ ...r, range: range(r.range) })),
    ...fix ? { fix: { ...fix, replacements: fix.replacements.map((r) => ({ ...r, range: range(r.range) })) } } : {},
    ...suppressed ? { suppressed: { kind: suppressed.kind, reason: suppressed.reason, ...comment ? { commentRange: range(comment) } : {} } } : {}
  };
  return file !== void 0 && at !== void 0 ? { ...fields, file, range: range(at) } : fields;
}
function toNotice(n) {
  return { ...n, ...n.range ? { range: range(n.range) } : {} };
}
function mergeShardReports(reports) {
  const sorted = [...reports].sort((a, b) => a.shard.index - b.shard.index);
  const first = sorted[0];
  const scanNotices = first.notices.slice(0, first.shard.scanNotices).map(toNotice);
  const notices = [];
  const counts = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    const own = /* @__PURE__ */ new Map();
    for (const n of r.notices.slice(r.shard.scanNotices)) {
      const key = JSON.stringify([n.level, n.message, n.file ?? "", n.range ?? null]);
      const k = (own.get(key) ?? 0) + 1;
      own.set(key, k);
      if (k > (counts.get(key) ?? 0)) {
        counts.set(key, k);
        notices.push(toNotice(n));
      }
    }
  }
  notices.sort(compareNotices);
  const lintedBy = /* @__PURE__ */ new Map();
  for (const r of sorted) for (const file of new Set(r.shard.files)) lintedBy.set(file, (lintedBy.get(file) ?? 0) + 1);
  const keyOf2 = (f) => JSON.stringify([f.ruleId, f.file, f.range, f.message]);
  const unusedIn = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    for (const key of new Set(r.findings.filter((f) => f.ruleId === UNUSED_SUPPRESSION).map(keyOf2))) unusedIn.set(key, (unusedIn.get(key) ?? 0) + 1);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    for (const jf of r.findings) {
      const key = keyOf2(jf);
      if (jf.ruleId === UNUSED_SUPPRESSION && (unusedIn.get(key) ?? 0) < (lintedBy.get(jf.file ?? "") ?? 0)) continue;
      const entry = { finding: toFinding(jf), shard: r.shard.index };
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  const entries = [...groups.values()].map((group) => {
    const kept = group.reduce((k, e) => better(e.finding, k.finding) ? e : k);
    return { finding: joinIdentical(group.map((e) => e.finding), better), shard: kept.shard };
  }).sort((a, b) => compareFindings(a.finding, b.finding));
  const shardsOf = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const base = baseOf(e.finding.fingerprint);
    const set = shardsOf.get(base) ?? /* @__PURE__ */ new Set();
    set.add(e.shard);
    shardsOf.set(base, set);
  }
  const seen = /* @__PURE__ */ new Map();
  const findings = entries.map(({ finding }) => {
    const base = baseOf(finding.fingerprint);
    if ((shardsOf.get(base)?.size ?? 0) < 2) return finding;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...finding, fingerprint: `${base}:${n}` };
  });
  const merged = {
    findings,
    notices: [...scanNotices, ...notices],
    files: [...new Set(sorted.flatMap((r) => r.shard.files))].sort(),
    enabledRules: first.shard.rules.map((r) => ({ id: r.id, severity: r.severity }))
  };
  return { ...merged, summary: summaryOf(merged) };
}
function baseOf(fingerprint) {
  const colon = fingerprint.lastIndexOf(":");
  return colon === -1 ? fingerprint : fingerprint.slice(0, colon);
}
function better(a, b) {
  if (!a.suppressed !== !b.suppressed) return !a.suppressed;
  if (a.address.length !== b.address.length) return a.address.length < b.address.length;
  if (a.address !== b.address) return a.address < b.address;
  return relatedKey(a) < relatedKey(b);
}
function relatedKey(f) {
  return f.related.map((r) => `${r.file}\0${String(r.range.start.line).padStart(9, "0")}`).join("");
}

// src/cli/lsp-args.ts
function isLspCommand(argv) {
  return argv[0] === "lsp" || argv.includes("--lsp");
}

// src/cli/cache-file.ts
import { crc32 } from "node:zlib";
import { lstatSync as lstatSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname5, join as join2, resolve as resolve7, sep as sep3 } from "node:path";
var CACHE_FILE_NAME = ".tfmould-cache";
var FORMAT = 9;
var FORMAT_KEY = "tfmould-cache";
var MAGIC = `{"${FORMAT_KEY}":`;
var checksumOf = (bytes) => crc32(bytes).toString(16);
var MAX_CACHE_BYTES = 512 * 1024 * 1024;
var SIGNATURE_LENGTH = 5;
function signatureAt(numbers, i) {
  return numbers.slice(i * SIGNATURE_LENGTH, (i + 1) * SIGNATURE_LENGTH);
}
function expiryPassed(expiries, then, now) {
  return expiries.some((at) => at <= now !== at <= then);
}
function cachePath(location, cwd, configFile) {
  if (location === void 0) return join2(configFile !== void 0 ? dirname5(configFile) : cwd, CACHE_FILE_NAME);
  const abs = resolve7(cwd, location);
  if (location.endsWith("/") || location.endsWith(sep3) || isDirectory(abs)) return join2(abs, CACHE_FILE_NAME);
  return abs;
}
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return false;
  }
}
function refusal(file) {
  let st;
  try {
    st = lstatSync2(file);
  } catch {
    return void 0;
  }
  if (st.isSymbolicLink()) return "it is a symbolic link; tfmould does not read or write a cache through links";
  if (st.isDirectory()) return "it is a directory";
  if (!st.isFile()) return "it is not a regular file";
  return void 0;
}
function readCache(file, header) {
  const refused = refusal(file);
  if (refused !== void 0) return { kind: "ignored", notice: `ignoring the cache ${file}: ${refused}`, writable: false };
  const read = readRegularFile(file, MAX_CACHE_BYTES);
  if ("reason" in read) {
    return read.reason === "does not exist" ? { kind: "none" } : { kind: "ignored", notice: `ignoring the cache ${file}: ${read.reason}`, writable: true };
  }
  const bytes = read.bytes;
  if (bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    return { kind: "ignored", notice: `ignoring ${file}: it is not a tfmould cache, and is left as it is (name another with --cache-location)`, writable: false };
  }
  const ignored = (why) => ({ kind: "ignored", notice: `ignoring the cache ${file}: ${why}; linting everything`, writable: true });
  const ends = [];
  for (let at = 0; ends.length < 4; at = ends[ends.length - 1] + 1) {
    const newline = bytes.indexOf(10, at);
    if (newline < 0) return ignored("it is truncated or not a tfmould cache");
    ends.push(newline);
  }
  let head;
  try {
    head = JSON.parse(bytes.toString("latin1", 0, ends[0]));
  } catch {
    return ignored("it is corrupt or not a tfmould cache");
  }
  if (!isObject2(head) || head[FORMAT_KEY] !== FORMAT || typeof head.version !== "string" || !isObject2(head.checksums)) {
    return ignored("it is not a tfmould cache of this version");
  }
  if (head.version !== header.version) return ignored(`it was written by tfmould ${head.version}, this is ${header.version}`);
  if (head.tree !== header.tree) return ignored("it was written for another directory");
  const { manifest: manifestSum, index: indexSum, results: resultsSum, report: reportSum } = head.checksums;
  if (typeof head.settings !== "string" || [manifestSum, indexSum, resultsSum, reportSum].some((sum) => typeof sum !== "string")) {
    return ignored("it is not a tfmould cache of this version");
  }
  const manifestBytes = bytes.subarray(ends[0] + 1, ends[1]);
  const indexBytes = bytes.subarray(ends[1] + 1, ends[2]);
  const resultsBytes = bytes.subarray(ends[2] + 1, ends[3]);
  const reportBytes = bytes.subarray(ends[3] + 1);
  const sums = [checksumOf(manifestBytes), checksumOf(indexBytes), checksumOf(resultsBytes), checksumOf(reportBytes)];
  if (sums[0] !== manifestSum || sums[1] !== indexSum || sums[2] !== resultsSum || sums[3] !== reportSum) return ignored("it is truncated or corrupt");
  let manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString("latin1"));
  } catch {
    return ignored("it is corrupt");
  }
  if (manifest !== null && !isManifest(manifest)) return ignored("it is corrupt");
  let index = null;
  const indexOnce = () => {
    if (index !== null) return index;
    try {
      return index = storedIndex(JSON.parse(indexBytes.toString("latin1")));
    } catch {
      return index = void 0;
    }
  };
  return {
    kind: "read",
    settings: head.settings,
    ...manifest !== null ? { manifest } : {},
    index: () => {
      const read2 = indexOnce();
      return read2 && { groups: read2.groups, known: read2.known, ...read2.report !== void 0 ? { reportKey: read2.report.key } : {} };
    },
    entries: () => {
      const read2 = indexOnce();
      return read2 && storedResults(resultsBytes, read2.groups);
    },
    report: () => {
      const report = indexOnce()?.report;
      return report && { ...report, bytes: reportBytes };
    },
    reportBytes: () => reportBytes,
    withManifest: (target, replaced) => {
      const refused2 = refusal(target);
      if (refused2 !== void 0) throw new Error(refused2);
      writeParts(target, { version: header.version, tree: header.tree, settings: head.settings }, [Buffer.from(asciiJson(replaced), "latin1"), indexBytes, resultsBytes, reportBytes]);
    }
  };
}
var KINDS = ["t", "l", "e", "p", "i", "w"];
function storedIndex(parsed) {
  if (!isObject2(parsed)) return void 0;
  const paths = parsed.paths;
  if (!Array.isArray(paths) || !everyItem(paths, isString)) return void 0;
  const pathAt = (i) => typeof i === "number" ? paths[i] : void 0;
  const questions = questionsFrom(parsed.questions, pathAt);
  if (questions === void 0) return void 0;
  const known = knownFrom(parsed.known, questions);
  if (known === void 0) return void 0;
  const report = parsed.report;
  if (report !== void 0 && !isStoredReport(report)) return void 0;
  const stored = parsed.groups;
  if (!Array.isArray(stored) || !everyItem(stored, isStoredGroup)) return void 0;
  const groups = [];
  const seen = /* @__PURE__ */ new Set();
  for (const g of stored) {
    const groupPaths2 = pathsOf(g.paths, pathAt);
    const dirs = pathsOf(g.dirs, pathAt);
    const log = new Array(g.log.length);
    for (let k = 0; k < log.length; k++) {
      const index = g.log[k];
      const question = typeof index === "number" ? questions[index] : void 0;
      if (question === void 0) return void 0;
      log[k] = question;
    }
    if (groupPaths2 === void 0 || dirs === void 0) return void 0;
    for (const p of groupPaths2) {
      if (seen.has(p)) return void 0;
      seen.add(p);
    }
    groups.push({ paths: groupPaths2, dirs, log, linted: g.linted, expiries: g.expiries });
  }
  return { groups, known, ...report !== void 0 ? { report } : {} };
}
function pathsOf(indices, pathAt) {
  const out = [];
  for (const i of indices) {
    const path = pathAt(i);
    if (path === void 0) return void 0;
    out.push(path);
  }
  return out;
}
function storedResults(bytes, groups) {
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("latin1"));
  } catch {
    return void 0;
  }
  if (!isObject2(parsed)) return void 0;
  const { ruleSets, results } = parsed;
  if (!Array.isArray(ruleSets) || !everyItem(ruleSets, isRuleSet)) return void 0;
  if (!Array.isArray(results) || results.length !== groups.length || !everyItem(results, isStoredResult)) return void 0;
  const entries = [];
  for (let i = 0; i < groups.length; i++) {
    const stored = results[i];
    const lineHashes = lineHashesFrom(stored.lineHashes);
    const enabledRules = ruleSets[stored.result.enabledRules];
    if (lineHashes === void 0 || enabledRules === void 0) return void 0;
    const { findings, notices, files } = stored.result;
    const result = { findings, notices, files, enabledRules, summary: summaryOf(stored.result) };
    entries.push({ ...groups[i], lineHashes, result });
  }
  return entries;
}
function questionsFrom(stored, pathAt) {
  if (!isObject2(stored)) return void 0;
  const { kinds, paths, answers } = stored;
  if (typeof kinds !== "string" || !Array.isArray(paths) || !Array.isArray(answers)) return void 0;
  if (paths.length !== kinds.length || answers.length !== kinds.length) return void 0;
  const questions = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const path = pathAt(paths[i]);
    const stated = answers[i];
    const answer = typeof stated === "string" ? stated : pathAt(stated);
    if (!KINDS.includes(kind) || path === void 0 || answer === void 0) return void 0;
    questions.push([kind, path, answer]);
  }
  return questions;
}
function knownFrom(stored, questions) {
  if (!isObject2(stored)) return void 0;
  const { questions: read, signatures } = stored;
  if (!Array.isArray(read) || !Array.isArray(signatures) || signatures.length !== read.length * SIGNATURE_LENGTH) return void 0;
  if (!everyItem(signatures, isFiniteNumber)) return void 0;
  const known = /* @__PURE__ */ new Map();
  for (let i = 0; i < read.length; i++) {
    const question = typeof read[i] === "number" ? questions[read[i]] : void 0;
    if (question === void 0 || question[0] !== "t") return void 0;
    known.set(question[1], [signatureAt(signatures, i), question[2]]);
  }
  return known;
}
function lineHashesFrom(stored) {
  if (stored.length % 3 !== 0) return void 0;
  const hashes = [];
  for (let i = 0; i < stored.length; i += 3) {
    const file = stored[i];
    const line = stored[i + 1];
    const hash = stored[i + 2];
    if (typeof file !== "string" || typeof hash !== "string" || !Number.isSafeInteger(line) || line < 1) return void 0;
    hashes.push([file, line, hash]);
  }
  return hashes;
}
var Tables = class {
  paths = [];
  pathIndex = /* @__PURE__ */ new Map();
  kinds = [];
  questionPaths = [];
  answers = [];
  /** Questions read from a cache are shared objects; those of a fresh run are told apart by what they ask and answer. */
  byObject = /* @__PURE__ */ new Map();
  /**
   * By path, then kind and answer: the path strings are the host's own, whose
   * hashes are known already, where a key joining the three would be a new
   * string to build and hash for each of the run's hundred thousand questions.
   */
  byPath = /* @__PURE__ */ new Map();
  path(path) {
    let i = this.pathIndex.get(path);
    if (i === void 0) this.pathIndex.set(path, i = this.paths.push(path) - 1);
    return i;
  }
  question(question) {
    let i = this.byObject.get(question);
    if (i !== void 0) return i;
    const [kind, path, answer] = question;
    let asked = this.byPath.get(path);
    if (asked === void 0) this.byPath.set(path, asked = []);
    for (let k = 0; k < asked.length; k += 3) {
      if (asked[k] === kind && asked[k + 1] === answer) {
        i = asked[k + 2];
        this.byObject.set(question, i);
        return i;
      }
    }
    i = this.kinds.push(kind) - 1;
    asked.push(kind, answer, i);
    this.questionPaths.push(this.path(path));
    this.answers.push(kind === "p" && answer !== NO_ANSWER ? this.path(answer) : answer);
    this.byObject.set(question, i);
    return i;
  }
  questions() {
    return { kinds: this.kinds.join(""), paths: this.questionPaths, answers: this.answers };
  }
};
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function statSignature(path) {
  const st = statusOf(path);
  return st && { signature: [st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs], changedMs: st.ctimeMs };
}
function hasSignature(path, signature) {
  const st = statusOf(path);
  return st !== void 0 && matchesSignature(st, signature);
}
function matchesSignature(st, signature) {
  return st.dev === signature[0] && st.ino === signature[1] && st.size === signature[2] && st.mtimeMs === signature[3] && st.ctimeMs === signature[4];
}
function statusOf(path) {
  try {
    return statSync3(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function writeCache(file, header, entries, known, report, manifest) {
  const refused = refusal(file);
  if (refused !== void 0) throw new Error(refused);
  const ruleSets = [];
  const indexOf = (rules2) => {
    let i = ruleSets.findIndex((known2) => sameRules(known2, rules2));
    if (i < 0) i = ruleSets.push(rules2) - 1;
    return i;
  };
  const tables = new Tables();
  const groups = entries.map(
    (e) => ({
      paths: e.paths.map((p) => tables.path(p)),
      dirs: e.dirs.map((d) => tables.path(d)),
      log: e.log.map((q) => tables.question(q)),
      linted: e.linted,
      expiries: e.expiries
    })
  );
  const results = entries.map(
    (e) => ({
      result: { findings: e.result.findings, notices: e.result.notices, files: e.result.files, enabledRules: indexOf(e.result.enabledRules) },
      lineHashes: e.lineHashes.flat()
    })
  );
  const knownQuestions = [];
  const signatures = [];
  for (const [path, [signature, digest]] of known) {
    knownQuestions.push(tables.question(["t", path, digest]));
    signatures.push(...signature);
  }
  const kept = report && { key: report.key, code: report.code, warnings: report.warnings };
  const index = Buffer.from(
    asciiJson({ paths: tables.paths, questions: tables.questions(), known: { questions: knownQuestions, signatures }, groups, ...kept ? { report: kept } : {} }),
    "latin1"
  );
  const resultsPart = Buffer.from(asciiJson({ ruleSets, results }), "latin1");
  const reportPart = report?.bytes ?? Buffer.alloc(0);
  writeParts(file, header, [Buffer.from(asciiJson(manifest ?? null), "latin1"), index, resultsPart, reportPart]);
}
function sameRules(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].severity !== b[i].severity) return false;
  return true;
}
function writeParts(file, header, parts) {
  const [manifest, index, results, report] = parts;
  const checksums = { manifest: checksumOf(manifest), index: checksumOf(index), results: checksumOf(results), report: checksumOf(report) };
  const head = Buffer.from(asciiJson({ [FORMAT_KEY]: FORMAT, version: header.version, tree: header.tree, settings: header.settings, checksums }), "latin1");
  const newline = Buffer.from("\n", "latin1");
  writeFileAtomic(file, Buffer.concat([head, newline, manifest, newline, index, newline, results, newline, report]));
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isString = (v) => typeof v === "string";
var isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
var isFiniteNumber = (v) => typeof v === "number" && Number.isFinite(v);
var arrayOf = (item) => (v) => Array.isArray(v) && everyItem(v, item);
function everyItem(items, check) {
  for (let i = 0; i < items.length; i++) if (!check(items[i])) return false;
  return true;
}
var optional = (check) => (v) => v === void 0 || check(v);
var oneOf = (...values) => (v) => typeof v === "string" && values.includes(v);
var shape = (fields) => {
  const keys = Object.keys(fields);
  const checks = keys.map((k) => fields[k]);
  return (v) => {
    if (!isObject2(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i](v[keys[i]])) return false;
    return true;
  };
};
var isSeverity = oneOf("error", "warning", "note");
var isPos = shape({ line: isCount, column: isCount, offset: isCount });
var isRange = shape({ start: isPos, end: isPos });
var isRelated = shape({ file: isString, range: isRange, message: isString });
var isFix = shape({ description: isString, file: isString, replacements: arrayOf(shape({ range: isRange, text: isString })) });
var isSuppression = shape({ kind: oneOf("inSource", "external"), reason: isString, commentRange: optional(isRange) });
var isFinding = shape({
  ruleId: isString,
  severity: isSeverity,
  message: isString,
  file: isString,
  range: isRange,
  address: isString,
  attributePath: isString,
  related: arrayOf(isRelated),
  fix: optional(isFix),
  role: optional(oneOf("deployment", "module", "example", "test", "fixture")),
  suppressed: optional(isSuppression),
  fingerprint: isString
});
var isNotice = shape({ level: oneOf("error", "warning"), message: isString, file: optional(isString), range: optional(isRange) });
var isRuleSet = arrayOf(shape({ id: isString, severity: isSeverity }));
var isResult = shape({
  findings: arrayOf(isFinding),
  notices: arrayOf(isNotice),
  files: arrayOf(isString),
  enabledRules: isCount
});
var isStoredGroup = shape({
  paths: Array.isArray,
  dirs: Array.isArray,
  log: Array.isArray,
  linted: (v) => typeof v === "number" && Number.isFinite(v),
  expiries: arrayOf((v) => typeof v === "number")
});
var isStoredResult = shape({ result: isResult, lineHashes: Array.isArray });
var isStoredReport = shape({ key: isString, code: isCount, warnings: isCount });
var isFiniteArray = arrayOf(isFiniteNumber);
var isQuestion = (v) => Array.isArray(v) && v.length === 3 && typeof v[0] === "string" && /^[tlepiw]$/.test(v[0]) && isString(v[1]) && isString(v[2]);
var isManifest = shape({
  key: isString,
  code: isCount,
  warnings: isCount,
  made: isFiniteNumber,
  expiries: isFiniteArray,
  roots: arrayOf((v) => Array.isArray(v) && v.length === 3 && isString(v[0]) && isString(v[1]) && typeof v[2] === "boolean"),
  dirs: arrayOf(isString),
  dirSignatures: isFiniteArray,
  listed: arrayOf((v) => Array.isArray(v) && v.length === 2 && isString(v[0]) && isString(v[1])),
  files: arrayOf(isString),
  fileSignatures: isFiniteArray,
  asked: arrayOf(isQuestion)
});

// src/cli/cached-lint.ts
import { basename as basename3, dirname as dirname7, resolve as resolve8 } from "node:path";

// src/cli/run-manifest.ts
import { readdirSync } from "node:fs";
import { basename as basename2, dirname as dirname6 } from "node:path";
function listingText(entries, hidden) {
  const parts = [];
  for (const [name, kind] of entries) if (!hidden.has(name)) parts.push(`${kind[0]}${name}`);
  return parts.sort().join("/");
}
function manifestOf(s) {
  const listings = s.listings;
  const expiries = /* @__PURE__ */ new Set();
  const asked = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Set();
  for (const group of s.groups) {
    for (const at of group.expiries) expiries.add(at);
    for (const question of group.log) {
      const kind = question[0];
      const path = question[1];
      if (kind === "t") {
        if (question[2] === NO_ANSWER) {
          if (listings.entry(path) !== null) asked.set(`${kind}${path}`, question);
        } else if (s.known.get(path)?.[1] === question[2]) read.add(path);
        else return void 0;
      } else if (kind === "e" || kind === "p") {
        const entry = listings.entry(path);
        if (entry === "link") return void 0;
        if (entry === void 0 || kind === "p" && entry === "other" && listings.realPath(dirname6(path)) === void 0) asked.set(`${kind}${path}`, question);
      } else if (kind === "l") {
        if (listings.listing(path) === void 0 && listings.entry(path) !== null) asked.set(`${kind}${path}`, question);
      } else return void 0;
    }
  }
  for (const [candidate, found] of s.looked) asked.set(`e${candidate}`, ["e", candidate, found ? "1" : "0"]);
  const files = [];
  const fileSignatures = [];
  for (const file of [...read, ...s.configs]) {
    const known = s.known.get(file)?.[0] ?? trusted(file, s.trustedBeforeMs);
    if (known === void 0) return void 0;
    files.push(file);
    fileSignatures.push(...known);
  }
  const roots = [];
  for (const path of s.paths) {
    const directory = listings.listing(path) !== void 0;
    const real = listings.realPath(directory ? path : dirname6(path));
    if (real === void 0) return void 0;
    roots.push([path, real, directory]);
  }
  const writtenDirs = new Set(s.written.map((f) => dirname6(f)));
  const hiddenNames = new Set(s.hidden.map((f) => basename2(f)));
  const dirs = [];
  const dirSignatures = [];
  const listed = [];
  for (const [dir, entries] of listings.all()) {
    for (const kind of entries.values()) if (kind === "link") return void 0;
    if (writtenDirs.has(dir)) {
      listed.push([dir, listingText(entries, hiddenNames)]);
      continue;
    }
    const signature = trusted(dir, s.trustedBeforeMs);
    if (signature === void 0) return void 0;
    dirs.push(dir);
    dirSignatures.push(...signature);
  }
  const parts = { roots, dirs, dirSignatures, listed, files, fileSignatures, asked: [...asked.values()] };
  return { key: s.key, code: s.code, warnings: s.warnings, made: s.made, expiries: [...expiries], ...parts };
}
function manifestKey(parts) {
  return digestOf(JSON.stringify(parts));
}
function trusted(path, trustedBeforeMs) {
  const status = statSignature(path);
  return status !== void 0 && status.changedMs < trustedBeforeMs ? status.signature : void 0;
}
function manifestHolds(manifest, key, now, host, hidden) {
  if (manifest.key !== key) return false;
  if (expiryPassed(manifest.expiries, manifest.made, now)) return false;
  for (const [path, real, directory] of manifest.roots) {
    const st = statusOf(path);
    if (st === void 0 || st.isDirectory() !== directory) return false;
    if (realPathOf(directory ? path : dirname6(path)) !== real) return false;
  }
  if (!allHave(manifest.files, manifest.fileSignatures)) return false;
  if (!allHave(manifest.dirs, manifest.dirSignatures)) return false;
  const hiddenNames = new Set(hidden.map((f) => basename2(f)));
  for (const [dir, entries] of manifest.listed) {
    let listed;
    try {
      listed = listingText(
        readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, kindOf(e)]),
        hiddenNames
      );
    } catch {
      return false;
    }
    if (listed !== entries) return false;
  }
  return readLogHolds(manifest.asked, host);
}
function allHave(paths, signatures) {
  for (let i = 0; i < paths.length; i++) if (!hasSignature(paths[i], signatureAt(signatures, i))) return false;
  return true;
}

// src/cli/cached-lint.ts
var STATUS_MARGIN_MS = 2e3;
var LogChecks = class {
  memo = /* @__PURE__ */ new Map();
  /** Files whose status was what it was when their digest was taken, with that status and digest. */
  unchanged = /* @__PURE__ */ new Map();
  /** `readLogHolds`' `knownDigest` over the files a cache knows: the digest of a file whose status vouches for it. */
  knownDigestIn(known) {
    return (path) => {
      const file = known.get(path);
      if (file === void 0 || !hasSignature(path, file[0])) return void 0;
      this.unchanged.set(path, file);
      return file[1];
    };
  }
};
function keepManifest(s, report, parts) {
  const index = s.read.kind === "read" ? s.read.index() : void 0;
  if (s.read.kind !== "read" || index === void 0) return;
  const trustedBeforeMs = trustedBefore();
  const manifest = manifestOf({
    ...parts,
    groups: index.groups,
    // Every text the groups read was read or vouched for again by this run: their status now, when old enough, vouches for them.
    known: knownFiles(index.groups, trustedBeforeMs, s.checks?.unchanged),
    trustedBeforeMs,
    made: Date.now(),
    code: report.code,
    warnings: report.warnings
  });
  if (manifest === void 0) return;
  try {
    s.read.withManifest(s.file, manifest);
  } catch (error) {
    s.say(`could not write the cache ${s.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function trustedBefore() {
  return Date.now() - STATUS_MARGIN_MS;
}
function settingsDigest(s) {
  const tfVars = Object.entries(s.env).filter(([name]) => name.startsWith("TF_VAR_")).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const settings = {
    overrides: s.overrides,
    config: s.config ?? null,
    boundary: s.boundary?.toData() ?? null,
    maxFileBytes: s.maxFileBytes ?? null,
    tfVars,
    rules: s.ruleIds,
    plugins: s.plugins
  };
  return digestOf(JSON.stringify(settings));
}
function reportKey(parts) {
  return digestOf(JSON.stringify(parts));
}
function reportAgain(paths, key, s) {
  const current = readFor(s.read, s.header);
  const read = current?.index();
  if (current === void 0 || read === void 0 || read.reportKey !== key) return void 0;
  const wanted = new Set(paths);
  let covered = 0;
  for (const group of read.groups) {
    for (const p of group.paths) if (!wanted.has(p)) return void 0;
    covered += group.paths.length;
  }
  if (covered !== wanted.size) return void 0;
  const checks = s.checks ?? new LogChecks();
  const knownDigest = checks.knownDigestIn(read.known);
  const now = Date.now();
  for (const group of read.groups) if (!stillHolds(group, s.host, s.cwd, now, knownDigest, checks.memo)) return void 0;
  return current.report();
}
function readFor(read, header) {
  return read.kind === "read" && read.settings === header.settings ? read : void 0;
}
async function lintWithCache(paths, s) {
  const trustedBeforeMs = trustedBefore();
  const current = readFor(s.read, s.header);
  const index = current?.index();
  const stored = current === void 0 ? [] : current.entries();
  const read = current !== void 0 && (index === void 0 || stored === void 0) ? { kind: "ignored", notice: `ignoring the cache ${s.file}: it is corrupt; linting everything`, writable: true } : s.read;
  const cached = stored ?? [];
  if (read.kind === "ignored") s.say(read.notice);
  const wanted = new Set(paths);
  const now = Date.now();
  const before = index !== void 0 && stored !== void 0 ? index.known : /* @__PURE__ */ new Map();
  const checks = s.checks ?? new LogChecks();
  const knownDigest = checks.knownDigestIn(before);
  let kept = cached.filter((e) => e.paths.every((p) => wanted.has(p)) && stillHolds(e, s.host, s.cwd, now, knownDigest, checks.memo));
  let groups = [];
  const callScans = new CallScanMemo();
  for (; ; ) {
    const covered = new Set(kept.flatMap((e) => e.paths));
    const fresh = paths.filter((p) => !covered.has(p));
    if (fresh.length === 0) break;
    groups = s.host.withoutProgress(() => groupModules({ ...engineSettings(s), paths: fresh }, callScans));
    const reached = new Set(groups.flatMap((g) => g.dirs));
    const joined = kept.filter((e) => e.dirs.some((d) => reached.has(d)));
    if (joined.length === 0) break;
    kept = kept.filter((e) => !joined.includes(e));
  }
  const files = groups.reduce((n, g) => n + groupWeight(g.paths, s.weightOf), 0);
  const records = groups.length === 0 ? [] : await lintGroupsInParallel(groups.map((g) => g.paths), s.threadsFor(files), s, callScans);
  const dirsOf = new Map(groups.map((g) => [g.paths[0], g.dirs]));
  const linted = records.map((r) => ({ ...r, dirs: dirsOf.get(r.paths[0]) ?? [], lineHashes: [] }));
  const rank = new Map(paths.map((p, i) => [p, i]));
  const entries = [...kept, ...linted].sort((a, b) => (rank.get(a.paths[0]) ?? 0) - (rank.get(b.paths[0]) ?? 0));
  const lineHashes = new LineHashMemo();
  for (const e of kept) {
    for (let i = 0; i < e.lineHashes.length; i++) {
      const known = e.lineHashes[i];
      lineHashes.set(known[0], known[1], known[2]);
    }
  }
  const loaded = lineHashes.added;
  const save = (run2) => {
    const report = run2?.report;
    const same = linted.length === 0 && kept.length === cached.length && checks.unchanged.size === before.size && lineHashes.added === loaded && (report === void 0 || read.kind === "read" && index?.reportKey === report.key);
    if (same && run2?.refresh !== true || read.kind === "ignored" && !read.writable) return;
    const known = knownFiles(entries, trustedBeforeMs, checks.unchanged);
    const manifest = run2?.manifest && manifestOf({ ...run2.manifest, groups: entries, known, trustedBeforeMs, made: now, code: run2.report.code, warnings: run2.report.warnings });
    if (same && manifest === void 0) return;
    try {
      const withHashes = entries.map((e) => ({ ...e, lineHashes: lineHashesOf(e.result, lineHashes) }));
      writeCache(s.file, s.header, withHashes, known, report, manifest);
    } catch (error) {
      s.say(`could not write the cache ${s.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { results: entries.map((e) => e.result), use: { reused: kept.length, linted: linted.length }, lineHashes, save };
}
function lineHashesOf(result, memo) {
  const files = /* @__PURE__ */ new Set();
  for (const f of result.findings) if (f.file !== void 0) files.add(f.file);
  return [...files].flatMap((file) => memo.linesOf(file).map(([line, hash]) => [file, line, hash]));
}
function knownFiles(entries, trustedBeforeMs, unchanged = /* @__PURE__ */ new Map()) {
  const known = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const [path, digest] of textsRead(entry.log)) {
      if (known.has(path)) continue;
      const vouched = unchanged.get(path);
      if (vouched !== void 0 && vouched[1] === digest) {
        known.set(path, vouched);
        continue;
      }
      const stat = statSignature(path);
      if (stat !== void 0 && stat.changedMs < trustedBeforeMs) known.set(path, [stat.signature, digest]);
    }
  }
  return known;
}
function stillHolds(entry, host, cwd, now, knownDigest, memo) {
  if (expiryPassed(entry.expiries, entry.linted, now)) return false;
  const log = entry.log;
  for (let i = 0; i < log.length; i++) {
    const question = log[i];
    if (question[0] !== "t" || !question[1].endsWith(CONFIG_FILE_NAME)) continue;
    const path = question[1];
    if (basename3(path) === CONFIG_FILE_NAME && entry.paths.some((p) => isWithin(dirname7(path), resolve8(cwd, p)))) host.admit(path);
  }
  return readLogHolds(entry.log, host, knownDigest, memo);
}

// src/cli/run.ts
import { createHash as createHash2 } from "node:crypto";

// src/engine/apply-fixes.ts
function splits(text, offset) {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13 && after === 10) return true;
  return before >= 55296 && before <= 56319 && after >= 56320 && after <= 57343;
}
function editsOf(fix, text, lineBreak) {
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  const edits = [];
  for (const r of fix.replacements) {
    const start = r.range.start.offset;
    const end = r.range.end.offset;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < bom || end < start || end > text.length) return void 0;
    if (splits(text, start) || splits(text, end)) return void 0;
    edits.push({ start, end, text: r.text.replace(/\r?\n/g, lineBreak) });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return void 0;
  return edits.length > 0 ? edits : void 0;
}
function keyOf(edits) {
  return edits.map((e) => `${e.start}:${e.end}:${e.text}`).join("\0");
}
function applyFixes(text, fixes) {
  const lineBreak = lineBreakOf(text);
  const candidates = [];
  const invalid = [];
  const seen = /* @__PURE__ */ new Set();
  for (const fix of fixes) {
    const edits = editsOf(fix, text, lineBreak);
    if (!edits) {
      invalid.push(fix);
      continue;
    }
    const key = keyOf(edits);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ fix, edits });
  }
  candidates.sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[a.edits.length - 1].end - b.edits[b.edits.length - 1].end);
  const applied = [];
  const deferred = [];
  const taken = [];
  let lastEnd = -1;
  for (const { fix, edits } of candidates) {
    if (edits[0].start <= lastEnd) {
      deferred.push(fix);
      continue;
    }
    taken.push(...edits);
    applied.push(fix);
    lastEnd = edits[edits.length - 1].end;
  }
  if (taken.length === 0) return { output: text, applied, deferred, invalid };
  const parts = [];
  let at = 0;
  for (const edit of taken) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return { output: parts.join(""), applied, deferred, invalid };
}

// src/engine/fix-passes.ts
var MAX_FIX_PASSES = 10;
function fixesOf(findings, selection = {}) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.fix || f.suppressed || f.fix.replacements.length === 0) continue;
    if (selection.rules && !selection.rules.has(f.ruleId)) continue;
    if (selection.fileAllowed && !selection.fileAllowed(f.fix.file)) continue;
    const list = byFile.get(f.fix.file) ?? [];
    list.push(f.fix);
    byFile.set(f.fix.file, list);
  }
  return byFile;
}
function fixPasses(first, read, relint, selection = {}) {
  const before = /* @__PURE__ */ new Map();
  const current = /* @__PURE__ */ new Map();
  let result = first;
  let applied = 0;
  let passes = 0;
  const reverted = /* @__PURE__ */ new Set();
  const allowed = (file) => !reverted.has(file) && (selection.fileAllowed?.(file) ?? true);
  while (passes < MAX_FIX_PASSES) {
    let changedThisPass = false;
    for (const [file, fixes] of fixesOf(result.findings, { ...selection, fileAllowed: allowed })) {
      const text = current.get(file) ?? read(file);
      if (text === void 0) continue;
      const out = applyFixes(text, fixes);
      if (out.output === text) continue;
      if (parseErrors(out.output, file) > parseErrors(text, file)) {
        reverted.add(file);
        continue;
      }
      if (!before.has(file)) before.set(file, text);
      current.set(file, out.output);
      applied += out.applied.length;
      changedThisPass = true;
    }
    if (!changedThisPass) break;
    passes++;
    result = relint(current);
  }
  const changed = /* @__PURE__ */ new Map();
  for (const [file, after] of current) {
    const was = before.get(file);
    if (after !== was) changed.set(file, { before: was, after });
  }
  return { result, changed, applied, passes, reverted: [...reverted].sort() };
}
function parseErrors(text, file) {
  return parse(text, file).diagnostics.filter((d) => d.severity === "error").length;
}

// src/report/unified-diff.ts
var CONTEXT = 3;
function splitLines(text) {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}
function editScript(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const middle = myers(x0, y0);
  return [
    ...a.slice(0, head).map((line) => ({ kind: " ", line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: " ", line }))
  ];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      next[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const frontier = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && frontier[offset + k - 1] < frontier[offset + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : frontier[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (down) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: " ", line: a[--x] });
    y--;
  }
  return ops.reverse();
}
function rangeText(start, count) {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}
function lineText(op) {
  return op.line.endsWith("\n") ? `${op.kind}${op.line}` : `${op.kind}${op.line}
\\ No newline at end of file
`;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  const out = [`--- a/${file}
`, `+++ b/${file}
`];
  let i = 0;
  let oldLine = 0;
  let newLine = 0;
  const positions = ops.map((op) => {
    const at = { old: oldLine, new: newLine };
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
    return at;
  });
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let kept = end;
      while (kept < ops.length && ops[kept].kind === " ") kept++;
      if (kept < ops.length && kept - end <= 2 * CONTEXT) {
        end = kept;
        continue;
      }
      end = Math.min(ops.length, end + CONTEXT);
      break;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${rangeText(positions[start].old, oldCount)} +${rangeText(positions[start].new, newCount)} @@
`);
    for (const op of hunk) out.push(lineText(op));
    i = end;
  }
  return out.join("");
}

// src/cli/fix-files.ts
import { lstatSync as lstatSync3 } from "node:fs";
import { resolve as resolve9 } from "node:path";
var FixTargets = class {
  constructor(cwd, scanned, boundary) {
    this.cwd = cwd;
    this.scanned = scanned;
    this.boundary = boundary;
  }
  cwd;
  scanned;
  boundary;
  /** Whether a file (as findings name it) was scanned, so its fixes may be applied. */
  allows = (file) => this.scanned.has(resolve9(this.cwd, file));
  /**
   * Writes each fixed text, checking the file again just before; returns the
   * files not written, with the reason. A failure leaves that file as it was.
   */
  write(files, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
    const unwritten = [];
    for (const f of files) {
      const reason = this.writeOne(f, maxFileBytes);
      if (reason !== void 0) unwritten.push({ file: f.file, reason });
    }
    return unwritten;
  }
  writeOne(f, maxFileBytes) {
    const abs = resolve9(this.cwd, f.file);
    if (!this.allows(f.file)) return "it is not one of the files scanned";
    let st;
    try {
      st = lstatSync3(abs);
    } catch {
      return "it no longer exists";
    }
    if (st.isSymbolicLink()) return "it is a symbolic link; tfmould does not write through links";
    if (!st.isFile()) return "it is not a regular file";
    if (!this.boundary.allows(abs)) return "its real path is outside the scanned repository";
    const now = readSource(abs, maxFileBytes);
    if ("reason" in now || now.text !== f.before) return "it changed since it was read; run --fix again";
    try {
      writeFileAtomic(abs, f.after, st.mode & 4095);
    } catch (error) {
      const code = error.code;
      return `it could not be written${typeof code === "string" ? ` (${code})` : ""}`;
    }
    return void 0;
  }
};

// src/cli/fix-command.ts
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : word.endsWith("x") ? "es" : "s"}`;
}
function terminalSafe(diff) {
  return diff.split("	").map((part) => visible(part, { keepNewlines: true })).join("	");
}
function runFixes(o, io, run2) {
  const counted = (r) => run2.baseline === void 0 ? r : { ...r, findings: applyBaseline(r.findings, run2.baseline) };
  const targets = new FixTargets(run2.cwd, run2.scanned, run2.boundary);
  let latest = run2.first;
  const passes = fixPasses(
    counted(run2.first),
    run2.read,
    (texts) => counted(latest = run2.relint(texts)),
    { ...o.fixRules.length > 0 ? { rules: new Set(o.fixRules) } : {}, fileAllowed: targets.allows }
  );
  const changed = [...passes.changed].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([file, t]) => ({ file, ...t }));
  const notices = passes.reverted.map((file) => ({
    level: "warning",
    file,
    message: "Fixes were not applied to this file: the fixed text would not parse (please report this as a tfmould bug)"
  }));
  const say2 = (line) => io.stderr.write(`tfmould: ${visible(line)}
`);
  if (o.fix === "dry-run") {
    const diff = changed.map((c) => unifiedDiff(c.file, c.before, c.after)).join("");
    say2(`--fix-dry-run: ${plural2(passes.applied, "fix")} in ${plural2(changed.length, "file")}; nothing written`);
    return { result: { ...latest, notices: [...latest.notices, ...notices] }, diff: io.stdout.isTTY === true ? terminalSafe(diff) : diff };
  }
  const unwritten = targets.write(changed, o.maxFileBytes);
  if (unwritten.length > 0) {
    const refused = new Set(unwritten.map((u) => u.file));
    latest = run2.relint(new Map(changed.filter((c) => !refused.has(c.file)).map((c) => [c.file, c.after])));
    for (const u of unwritten) notices.push({ level: "error", file: u.file, message: `Fixes were not written to this file: ${u.reason}` });
  }
  const written = changed.length - unwritten.length;
  say2(`--fix: ${plural2(passes.applied, "fix")} applied${written === changed.length ? "" : ` (${plural2(unwritten.length, "file")} not written)`}; ${plural2(written, "file")} written`);
  return { result: { ...latest, notices: [...latest.notices, ...notices] }, diff: "" };
}

// src/cli/run.ts
var PREFIX = "tfmould: ";
function errorLine(error) {
  return error instanceof Error ? error.message : String(error);
}
function say(io, line) {
  io.stderr.write(`${PREFIX}${visible(line)}
`);
}
async function run(argv, io) {
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "merge") return await runMerge(argv.slice(1), io);
    if (isLspCommand(argv)) return await (await import("./lsp-command-UPUOYKOE.js")).runLsp(argv, io);
    return await runParsed(parseCliArgs(argv, new Set(rules.map((r) => r.id))), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError || error instanceof PlanError) {
      say(io, errorLine(error));
    } else {
      say(io, `internal error: ${errorLine(error)}`);
      io.stderr.write(debug && error instanceof Error && error.stack ? `${visible(error.stack, { keepNewlines: true })}
` : "Run with --debug for the stack trace.\n");
    }
    return EXIT_ERROR;
  }
}
function overridesOf(o) {
  return {
    ...Object.keys(o.rules).length ? { rules: o.rules } : {},
    ...o.strict ? { strict: true } : {},
    ...o.varFiles.length ? { varFiles: o.varFiles } : {},
    ...Object.keys(o.vars).length ? { vars: o.vars } : {}
  };
}
async function runParsed(o, io) {
  const cwd = resolve10(io.cwd);
  if (o.help) {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (o.version) {
    io.stdout.write(`${toolVersion()}
`);
    return EXIT_OK;
  }
  if (o.listRules) {
    if (o.format !== "stylish" && o.format !== "json") throw new UsageError(`--list-rules prints stylish (a table) or json, not ${o.format}`);
    const { rules: rules2 } = await pluginsOfConfigAt(cwd, o, io, cwd);
    io.stdout.write(o.format === "json" ? rulesJson(rules2) : rulesTable(rules2));
    return EXIT_OK;
  }
  if (o.printConfig !== void 0) {
    const { rules: rules2, plugins } = await pluginsOfConfigAt(printConfigDir(o.printConfig, cwd), o, io, cwd);
    io.stdout.write(jsonSafe(printConfig(o.printConfig, o.config, overridesOf(o), cwd, { rules: rules2, ...plugins ? { plugins } : {} })));
    return EXIT_OK;
  }
  const configFile = o.config !== void 0 ? resolve10(cwd, o.config) : void 0;
  let config = configFile !== void 0 ? loadConfigFile(configFile) : void 0;
  const plan = o.plan !== void 0 ? readPlanFile(resolve10(cwd, o.plan), { name: o.plan, ...o.maxPlanBytes !== void 0 ? { maxBytes: o.maxPlanBytes } : {} }) : void 0;
  const planFile = o.plan;
  for (const file of o.varFiles) checkVarFile(file, cwd, o.maxFileBytes);
  const listings = new DirectoryListings();
  const configs = new ConfigLookup(config, listings);
  const boundary = ReadBoundary.forScan(o.paths, cwd, [...o.varFiles, ...o.config !== void 0 ? [o.config] : [], ...o.baseline !== void 0 ? [o.baseline] : []]);
  const cacheFile = o.cache ? cachePath(o.cacheLocation, cwd, configFile ?? configs.configFor(cwd)?.file) : void 0;
  if (cacheFile !== void 0) refuseCacheOverOutputs(o, cwd, cacheFile);
  const cacheRead = cacheFile !== void 0 && plan === void 0 ? readCache(cacheFile, { version: toolVersion(), tree: cwd }) : void 0;
  const limits = { boundary, ...o.maxFileBytes !== void 0 ? { maxFileBytes: o.maxFileBytes } : {}, ...cacheFile !== void 0 ? { hidden: [cacheFile] } : {} };
  const baseline = o.baseline !== void 0 ? readBaseline(o.baseline, cwd, o.maxFileBytes) : void 0;
  const color = o.format === "stylish" && (o.outputFile === void 0 ? useColor(o.color, io.env, io.stdout.isTTY === true) : o.color === true);
  const width = stylishWidth(io, o.outputFile === void 0);
  const keepsReport = cacheFile !== void 0 && o.fix === void 0 && o.writeBaseline === void 0 && o.shard === void 0 && plan === void 0;
  const keyOfManifest = keepsReport ? manifestKey({ header: cacheHeader(o, cwd, config, boundary, io, WITHOUT_PLUGINS), options: reportOptions(o), color, width, baseline }) : void 0;
  const manifest = cacheRead?.kind === "read" ? cacheRead.manifest : void 0;
  if (keyOfManifest !== void 0 && cacheRead?.kind === "read" && manifest !== void 0 && mayWriteAgain(o, cwd) && fitToShow(cacheRead.reportBytes(), color)) {
    if (manifestHolds(manifest, keyOfManifest, Date.now(), new CliHost(void 0, limits), limits.hidden ?? [])) {
      if (o.debug) say(io, "cache: the report given again, no file or directory it depends on changed");
      return reportGivenAgain({ key: keyOfManifest, bytes: cacheRead.reportBytes(), code: manifest.code, warnings: manifest.warnings }, o, io, cwd);
    }
  }
  const discovered = await discover2(o.paths, { cwd, dirsOfFiles: o.dirsOfFiles, isExcluded: configs.isExcluded, listings, boundary });
  const whole = withUnmatchedPaths(discovered, o, cwd);
  const part = o.shard ? shardPart(whole, { cwd, options: o, shard: o.shard, overrides: overridesOf(o), ...config ? { config } : {}, configs, listings, boundary }) : void 0;
  const discovery = part?.discovery ?? whole;
  const host = new CliHost(listings, limits);
  const total = discovery.modules.reduce((n, m) => n + m.files.length, 0) + discovery.namedButExcluded.length;
  const progress = new Progress(io.stderr, total);
  host.onRead = () => progress.tick();
  const run2 = await loadRunPlugins(
    config ? [config] : [...discovery.modules.map((m) => configs.configFor(m.dir)), ...discovery.namedButExcluded.map((f) => configs.configFor(dirname8(f)))],
    config !== void 0 || o.allowPlugins
  );
  if (configFile !== void 0 && run2.rules !== rules) config = loadConfigFile(configFile, { rules: run2.rules });
  const pluginSettings = run2.plugins ? { plugins: run2.plugins, ...config ? {} : { pluginScope: scopeFunction(run2.scope) } } : {};
  const settings = { cwd, host, boundary, overrides: overridesOf(o), ...pluginSettings };
  const groupsOfExcluded = groupByConfig(discovery.namedButExcluded, configs);
  const manifestParts = keyOfManifest !== void 0 && run2.sources.length === 0 && discovery.notices.length === 0 && discovery.namedButExcluded.length === 0 && part === void 0 ? {
    key: keyOfManifest,
    listings,
    paths: o.paths.map((p) => resolve10(cwd, p)),
    configs: configs.configFiles(),
    looked: configs.looked,
    written: [...cacheFile !== void 0 ? [cacheFile] : [], ...o.outputFile !== void 0 ? [resolve10(cwd, o.outputFile)] : []],
    hidden: limits.hidden ?? []
  } : void 0;
  const results = [];
  let cachedLint;
  let keyOfReport;
  try {
    const paths = lintPathsOf(discovery);
    if (plan !== void 0) {
      results.push(lintModules({ ...settings, ...config ? { config } : {}, paths, plan, planFile, planRoot: o.paths[0] ?? "." }));
    } else if (paths.length > 0 || discovery.namedButExcluded.length === 0) {
      const filesUnder = new Map(discovery.modules.map((m) => [m.dir, m.files.length]));
      const parallel = {
        ...settings,
        ...config ? { config, configFile: resolve10(cwd, o.config) } : {},
        ...run2.plugins ? { plugins: run2.plugins, pluginSources: run2.sources, ...config ? {} : { pluginScope: run2.scope } } : {},
        weightOf: (p) => filesUnder.get(p) ?? 1,
        onWorkerRead: () => progress.tick(),
        listings
      };
      const plural3 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
      if (cacheFile !== void 0 && cacheRead !== void 0) {
        const header = cacheHeader(o, cwd, config, boundary, io, run2);
        const read = cacheRead;
        const checks = new LogChecks();
        if (keepsReport && discovery.namedButExcluded.length === 0 && part === void 0) {
          keyOfReport = reportKey({ header, options: reportOptions(o), color, width, paths, notices: discovery.notices, baseline });
          const again = reportAgain(paths, keyOfReport, { read, header, host, cwd, checks });
          if (again !== void 0 && mayWriteAgain(o, cwd) && fitToShow(again.bytes, color)) {
            if (manifestParts !== void 0) keepManifest({ read, file: cacheFile, say: (line) => say(io, line), checks }, again, manifestParts);
            const groups = read.kind === "read" ? read.index()?.groups.length ?? 0 : 0;
            if (o.debug) say(io, `cache: ${plural3(groups, "group")} reused, 0 groups linted, the report given again`);
            return reportGivenAgain(again, o, io, cwd);
          }
        }
        const cached = cachedLint = await lintWithCache(paths, {
          ...parallel,
          file: cacheFile,
          read,
          header,
          checks,
          threadsFor: (files) => threadCount(o.concurrency, files),
          say: (line) => say(io, line)
        });
        if (o.debug) say(io, `cache: ${plural3(cached.use.reused, "group")} reused, ${plural3(cached.use.linted, "group")} linted`);
        results.push(...cached.results);
      } else {
        const linted = await lintInParallel(paths, threadCount(o.concurrency, total), parallel);
        if (o.debug) say(io, `linted ${plural3(total, "file")} on ${plural3(linted.threads, "thread")}`);
        results.push(...linted.results);
      }
    }
    for (const [loaded, files] of groupsOfExcluded) {
      results.push(lint({ ...settings, paths: files, config: unexcluded(loaded) }));
    }
  } finally {
    progress.finish();
  }
  let result = mergeResults(results);
  refuseOutputsOverInputs(o, cwd, [
    ...discovery.modules.flatMap((m) => m.files),
    ...discovery.namedButExcluded,
    ...result.files,
    ...o.varFiles,
    ...o.config !== void 0 ? [o.config] : [],
    ...o.plan !== void 0 ? [o.plan] : [],
    ...discovery.modules.flatMap((m) => configs.configFor(m.dir)?.file ?? [])
  ], host.realPath, (path) => listings.entry(path) === "file");
  if (o.fix !== void 0) {
    host.onRead = void 0;
    const relint = (texts) => {
      const reading = new OverlayHost(host, new Map([...texts].map(([file, text2]) => [resolve10(cwd, file), text2])), true);
      const again = { ...settings, host: reading, ...config ? { config } : {} };
      const paths = lintPathsOf(discovery);
      const parts = [];
      if (paths.length > 0 || discovery.namedButExcluded.length === 0) parts.push(lintModules({ ...again, paths }));
      for (const [loaded, files] of groupsOfExcluded) parts.push(lintModules({ ...again, paths: files, config: unexcluded(loaded) }));
      return mergeResults(parts);
    };
    const scanned = /* @__PURE__ */ new Set([...discovery.modules.flatMap((m) => m.reportOnly ? [...m.reportOnly] : m.files), ...discovery.namedButExcluded]);
    const fixed = runFixes(o, io, { cwd, boundary, scanned, first: result, baseline, read: (file) => host.text(resolve10(cwd, file)), relint });
    result = fixed.result;
    if (o.fix === "dry-run") io.stdout.write(fixed.diff);
  }
  let findings = result.findings;
  if (baseline !== void 0) findings = applyBaseline(findings, baseline);
  if (o.writeBaseline !== void 0) {
    const text2 = writeBaseline(findings);
    writeOutput(o.writeBaseline, text2, cwd);
    findings = applyBaseline(findings, text2);
    const accepted = findings.filter((f) => f.suppressed?.kind === "external").length;
    say(io, `wrote a baseline of ${accepted} finding${accepted === 1 ? "" : "s"} to ${o.writeBaseline}`);
  }
  if (o.quiet) findings = findings.filter((f) => f.severity === "error");
  const reasons = reasonsByFile(host, cwd);
  const notices = [...discovery.notices, ...result.notices.map((n) => withReason(n, reasons))];
  findings = findings.map((f) => withReason(f, reasons));
  const kept = { ...result, findings, notices };
  const final = { ...kept, summary: summaryOf(kept) };
  const text = (part?.format ?? format)(final, o.format, {
    cwd,
    root: cwd,
    color,
    width,
    readSource: (file) => host.text(resolve10(cwd, file)),
    // Fixed files are not the texts the cache's hashes were taken of.
    ...cachedLint !== void 0 && o.fix === void 0 ? { lineHashes: cachedLint.lineHashes } : {},
    rules: run2.rules,
    ...o.sarifCategory !== void 0 ? { automationId: `tfmould/${o.sarifCategory}/` } : {}
  });
  const code = exitCode(final, o.maxWarnings);
  const warnings = summarize(final).warnings;
  const bytes = Buffer.from(text, "utf8");
  const refresh = manifest === void 0 || manifest.key === keyOfManifest;
  cachedLint?.save(keyOfReport !== void 0 ? { report: { key: keyOfReport, bytes, code, warnings }, ...manifestParts ? { manifest: manifestParts } : {}, refresh } : void 0);
  if (o.outputFile !== void 0) writeOutput(o.outputFile, bytes, cwd);
  else if (o.fix !== "dry-run") io.stdout.write(text);
  return reportedCode(code, warnings, o, io);
}
function reportedCode(code, warnings, o, io) {
  if (code !== EXIT_ERROR && o.maxWarnings !== void 0 && warnings > o.maxWarnings) {
    say(io, `${warnings} warning${warnings === 1 ? "" : "s"}, more than the maximum of ${o.maxWarnings} (--max-warnings)`);
  }
  return code;
}
function reportGivenAgain(kept, o, io, cwd) {
  if (o.outputFile !== void 0) writeOutput(o.outputFile, kept.bytes, cwd);
  else io.stdout.write(kept.bytes.toString("utf8"));
  return reportedCode(kept.code, kept.warnings, o, io);
}
function fitToShow(bytes, color) {
  return !steersDisplay(bytes.toString("utf8"), { colour: color });
}
function mayWriteAgain(o, cwd) {
  if (o.outputFile === void 0) return true;
  const target = resolve10(cwd, o.outputFile);
  let st;
  try {
    st = lstatSync4(target, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (st === void 0) return true;
  if (!st.isFile() || st.nlink !== 1) return false;
  return o.baseline === void 0 || realPathOf2(resolve10(cwd, o.baseline)) !== realPathOf2(target);
}
function printConfigDir(target, cwd) {
  const abs = resolve10(cwd, target);
  try {
    return statSync4(abs).isDirectory() ? abs : dirname8(abs);
  } catch {
    throw new UsageError(`no such file or directory: ${target}`);
  }
}
async function pluginsOfConfigAt(dir, o, io, cwd) {
  const config = o.config !== void 0 ? loadConfigFile(resolve10(cwd, o.config)) : loadConfig(dir);
  const allowed = o.config !== void 0 || o.allowPlugins;
  const note = unloadedPluginsNote(config, allowed, cwd);
  if (note !== void 0) say(io, note);
  return loadRunPlugins([config], allowed);
}
var WITHOUT_PLUGINS = { plugins: void 0, sources: [], rules, scope: [] };
function cacheHeader(o, cwd, config, boundary, io, plugins) {
  return {
    version: toolVersion(),
    tree: cwd,
    settings: settingsDigest({
      overrides: overridesOf(o),
      ...config ? { config } : {},
      boundary,
      ...o.maxFileBytes !== void 0 ? { maxFileBytes: o.maxFileBytes } : {},
      env: { ...process.env, ...io.env },
      ruleIds: plugins.rules.map((r) => r.id),
      plugins: (plugins.plugins ? plugins.sources : []).map((p) => {
        const read = readRegularFile(p.file);
        return [p.file, "reason" in read ? read.reason : createHash2("sha256").update(read.bytes).digest("base64url")];
      })
    })
  };
}
function resolverFrom(cwd) {
  const dirs = /* @__PURE__ */ new Map();
  const resolved = (p) => {
    if (isAbsolute2(p)) return p;
    const slash = p.lastIndexOf("/");
    const name = p.slice(slash + 1);
    if (slash < 0 || name === "" || name === "." || name === ".." || name.includes("\\")) return resolve10(cwd, p);
    const part = p.slice(0, slash);
    let dir = dirs.get(part);
    if (dir === void 0) dirs.set(part, dir = resolved(part));
    return dir.endsWith(sep4) ? dir + name : dir + sep4 + name;
  };
  return resolved;
}
function named(p, name) {
  return (p.endsWith(name) || p.endsWith("/") || p.endsWith(sep4)) && basename4(p) === name;
}
function refuseCacheOverOutputs(o, cwd, cacheFile) {
  for (const [option, file] of [
    ["-o", o.outputFile],
    ["--write-baseline", o.writeBaseline],
    ["--baseline", o.baseline],
    ["--config", o.config]
  ]) {
    if (file !== void 0 && resolve10(cwd, file) === cacheFile) throw new UsageError(`the cache ${cacheFile} and ${option} name the same file; name another with --cache-location`);
  }
}
function checkVarFile(file, cwd, maxBytes) {
  const read = readSource(resolve10(cwd, file), maxBytes);
  if ("reason" in read) throw new UsageError(`cannot read the variable file ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
}
function withUnmatchedPaths(discovery, o, cwd) {
  const named2 = new Set(discovery.namedButExcluded);
  const files = new Set(discovery.modules.flatMap((m) => m.files));
  let realDirs;
  const matched = (p) => {
    const abs = resolve10(cwd, p);
    if (!isDirectory2(abs)) return files.has(abs) || named2.has(abs) || o.dirsOfFiles && discovery.modules.some((m) => m.dir === dirname8(abs));
    if (discovery.modules.some((m) => isWithin(abs, m.dir)) || discovery.namedButExcluded.some((f) => isWithin(abs, f))) return true;
    const real = realPathOf2(abs);
    realDirs ??= discovery.modules.map((m) => realPathOf2(m.dir));
    return real !== void 0 && realDirs.some((d) => d !== void 0 && isWithin(real, d));
  };
  const unmatched = o.paths.filter((p) => !matched(p));
  if (unmatched.length === 0) return discovery;
  if (o.errorOnUnmatchedPath) throw new UsageError(`no Terraform files in ${unmatched[0]}`);
  const notices = unmatched.map((p) => resolve10(cwd, p)).filter((abs) => isDirectory2(abs)).map((abs) => ({ level: "warning", message: "No Terraform files here; nothing linted", file: abs }));
  return { ...discovery, notices: [...discovery.notices, ...notices] };
}
function isDirectory2(path) {
  try {
    return statSync4(path).isDirectory();
  } catch {
    return false;
  }
}
function realPathOf2(path) {
  try {
    return realpathSync2(path);
  } catch {
    return void 0;
  }
}
function stylishWidth(io, toStdout) {
  const columns = io.stdout.columns;
  if (toStdout && io.stdout.isTTY === true && columns !== void 0 && columns > 0) return columns;
  const env = io.env.COLUMNS;
  if (env !== void 0 && /^\d{1,4}$/.test(env.trim()) && Number(env) > 0) return Number(env);
  return 80;
}
function exitCode(result, maxWarnings) {
  if (result.notices.some((n) => n.level === "error")) return EXIT_ERROR;
  const s = summarize(result);
  if (s.errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== void 0 && s.warnings > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
function withReason(item, reasonFor) {
  const reason = item.file === void 0 ? void 0 : reasonFor(item.file);
  return reason === void 0 || item.message.includes(reason) ? item : { ...item, message: `${item.message} (${reason})` };
}
function reasonsByFile(host, cwd) {
  if (host.failures.size === 0) return () => void 0;
  const names = new Set([...host.failures.keys()].map((file) => basename4(file)));
  return (file) => {
    const name = basename4(file);
    if (name !== "" && name !== "." && name !== ".." && !names.has(name)) return void 0;
    return host.failures.get(resolve10(cwd, file));
  };
}
function unexcluded(loaded) {
  return { ...loaded, config: { ...loaded.config, exclude: [] } };
}
function groupByConfig(files, configs) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const loaded = configs.configFor(dirname8(file));
    if (!loaded) continue;
    const list = out.get(loaded) ?? [];
    list.push(file);
    out.set(loaded, list);
  }
  return out;
}
function readBaseline(file, cwd, maxBytes) {
  const read = readRegularFile(resolve10(cwd, file), maxBytes);
  if ("reason" in read) throw new UsageError(`cannot read the baseline ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
  return read.bytes.toString("utf8");
}
function fileSystemReason(error) {
  const message = errorLine(error);
  const code = error.code;
  if (error instanceof OutputRefusedError || typeof code !== "string") return message;
  const bare = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
  return `${bare.replace(/, \w+(?: '.*')?$/u, "")} (${code})`;
}
function writeOutput(file, text, cwd) {
  try {
    writeOutputFile(resolve10(cwd, file), text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${fileSystemReason(error)}`);
  }
}
function refuseOutputsOverInputs(o, cwd, inputs, realPath, isPlainFile) {
  const targets = [];
  if (o.writeBaseline !== void 0) targets.push(["--write-baseline", o.writeBaseline, []]);
  if (o.outputFile !== void 0) targets.push(["-o", o.outputFile, o.baseline !== void 0 ? [o.baseline] : []]);
  if (o.outputFile !== void 0 && o.writeBaseline !== void 0 && resolve10(cwd, o.outputFile) === resolve10(cwd, o.writeBaseline)) {
    throw new UsageError(`-o and --write-baseline name the same file ${o.outputFile}`);
  }
  const absolute = resolverFrom(cwd);
  let inputPaths;
  for (const [option, file, alsoRead] of targets) {
    const target = resolve10(cwd, file);
    let st;
    try {
      st = statSync4(target);
    } catch {
      continue;
    }
    if (!st.isFile()) continue;
    inputPaths ??= new Set(inputs.map(absolute));
    const paths = alsoRead.length === 0 ? inputPaths : /* @__PURE__ */ new Set([...inputPaths, ...alsoRead.map(absolute)]);
    const realTarget = st.nlink === 1 ? realPathOf2(target) : void 0;
    const targetName = realTarget !== void 0 ? basename4(realTarget) : "";
    const same = paths.has(target) || (realTarget !== void 0 ? (
      // A plain file's real name ends as its own name does: only those, and links, can be the target.
      [...paths].some((p) => (named(p, targetName) || !isPlainFile(p)) && realPath(p) === realTarget)
    ) : [...paths].some((p) => {
      try {
        const other = statSync4(p);
        return other.ino === st.ino && other.dev === st.dev;
      } catch {
        return false;
      }
    }));
    if (same) throw new UsageError(`refusing to write ${option} ${file}: it is one of the files being linted; name another file`);
  }
}
function reportOptions(o) {
  const { concurrency, debug, ...reported } = o;
  void concurrency;
  void debug;
  return reported;
}
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  exitCode,
  run
};
