import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAME,
  CliHost,
  ConfigError,
  DirectoryListings,
  PathError,
  ReadBoundary,
  compareFindings,
  compareNotices,
  compareStrings,
  discover,
  excludeMatcher,
  groupPaths,
  isFile,
  isWithin,
  lint,
  lintModules,
  lintPathsOf,
  loadConfig,
  loadConfigFile,
  mergeResults,
  moduleRoleOf,
  readRegularFile,
  readSource,
  resolveConfig,
  rules,
  summaryOf
} from "./chunk.js";

// src/cli/run.ts
import { realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname6, resolve as resolve8 } from "node:path";

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
    file: f.file,
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

// src/report/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function workingDirectory(options) {
  return resolve(options.cwd ?? process.cwd());
}
function relativeTo(base, file) {
  const rel = relative(base, file);
  const shown = rel === "" ? "." : isAbsolute(rel) ? file : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}
function displayPaths(options) {
  const cwd = workingDirectory(options);
  const root = options.root === void 0 ? cwd : resolve(options.root);
  const seen = /* @__PURE__ */ new Map();
  return (file) => {
    let shown = seen.get(file);
    if (shown === void 0) {
      shown = relativeTo(cwd, resolve(root, file));
      seen.set(file, shown);
    }
    return shown;
  };
}

// src/report/safe-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var UNSAFE_BUT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
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
    const props = [["file", shown(f.file)], ...position(f.range), ["title", f.ruleId]];
    lines.push(command(COMMAND_OF[f.severity], props, f.message));
  }
  return lines.length ? lines.join("\n") + "\n" : "";
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

// src/report/tool.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var TOOL_NAME = "tfmould";
var REPOSITORY_URL = "https://github.com/tfmould/tfmould";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
var cachedVersion;
function toolVersion() {
  if (cachedVersion !== void 0) return cachedVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name === TOOL_NAME && typeof pkg.version === "string") return cachedVersion = pkg.version;
    } catch {
    }
    const parent = dirname(dir);
    if (parent === dir) return cachedVersion = "0.0.0";
    dir = parent;
  }
}

// src/report/json.ts
function jsonRange(r) {
  return {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column }
  };
}
function jsonFinding(f, shown) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: shown(f.file),
    range: jsonRange(f.range),
    address: f.address,
    ...f.role ? { role: f.role } : {},
    related: f.related.map((r) => ({ file: shown(r.file), range: jsonRange(r.range), message: r.message })),
    ...f.suppressed ? { suppressed: { kind: f.suppressed.kind, reason: f.suppressed.reason } } : {}
  };
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

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
import { resolve as resolve2 } from "node:path";

// src/report/rule-help.ts
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function firstParagraph(markdown) {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? "";
  return para.replace(/\s*\n\s*/g, " ").trim();
}
function sections(rule) {
  const out = [
    ["Why", rule.docs.rationale],
    ["How to fix", rule.docs.remediation],
    ["Examples", rule.docs.examples]
  ];
  if (rule.docs.notes) out.push(["Notes", rule.docs.notes]);
  return out.filter(([, body]) => body.trim() !== "");
}
function helpMarkdown(rule) {
  const parts = [`**${rule.summary}**`];
  for (const [title, body] of sections(rule)) parts.push(`## ${title}

${body.trim()}`);
  parts.push(`[Rule documentation](${ruleDocsUrl(rule.id)})`);
  return parts.join("\n\n") + "\n";
}
function helpText(rule) {
  const parts = [rule.summary];
  for (const [title, body] of sections(rule)) parts.push(`${title}:
${body.trim()}`);
  parts.push(`Documentation: ${ruleDocsUrl(rule.id)}`);
  return parts.join("\n\n") + "\n";
}
function fullDescription(rule) {
  return firstParagraph(rule.docs.rationale) || rule.summary;
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
  return path.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : href + "/";
}
var SarifWriter = class {
  constructor(options) {
    this.options = options;
    this.srcRoot = workingDirectory(options);
    this.root = options.root === void 0 ? this.srcRoot : resolve2(options.root);
    this.limits = { ...SARIF_LIMITS, ...options.limits };
    this.byId = new Map((options.rules ?? rules).map((r) => [r.id, r]));
  }
  options;
  srcRoot;
  limits;
  notifications = [];
  byId;
  descriptors = [];
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
      location = { uri: encodePath(relativeTo(this.srcRoot, resolve2(this.root, file))), uriBaseId: SRCROOT };
      this.artifacts.set(file, location);
    }
    return location;
  }
  location(file, range2, extra = {}) {
    const physicalLocation = { artifactLocation: this.artifact(file), region: sarifRegion(range2) };
    if (extra.id === void 0 && extra.message === void 0) return { physicalLocation };
    const location = extra.id !== void 0 ? { id: extra.id, physicalLocation } : { physicalLocation };
    if (extra.message !== void 0) location.message = { text: extra.message };
    return location;
  }
  /** Adds the descriptor of a rule (once) and returns its index in `driver.rules`. */
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
    const descriptor = {
      id,
      name: ruleName(id),
      shortDescription: { text: summary },
      fullDescription: { text: rule ? fullDescription(rule) : summary },
      help: rule ? { text: helpText(rule), markdown: helpMarkdown(rule) } : { text: summary },
      helpUri: ruleDocsUrl(id),
      defaultConfiguration: { level: severity },
      properties: {
        tags,
        precision: rule?.precision ?? "high",
        ...rule?.securitySeverity !== void 0 ? { "security-severity": rule.securitySeverity.toFixed(1) } : {}
      }
    };
    const index = this.descriptors.length;
    this.descriptors.push(descriptor);
    this.ruleIndex.set(id, index);
    return index;
  }
  rules() {
    return this.descriptors;
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
        `A ${f.ruleId} result in ${f.file} has ${related.length} related locations; only the first ${this.limits.locationsPerResult} are listed.`
      );
      related = related.slice(0, this.limits.locationsPerResult);
    }
    const fixes = this.fix(f);
    const partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    if (lineHash !== void 0) partialFingerprints.primaryLocationLineHash = lineHash;
    const out = {
      ruleId: f.ruleId,
      ruleIndex: this.addRule(f.ruleId, f.severity),
      level: f.severity,
      message: { text: f.message },
      locations: [this.location(f.file, f.range)],
      partialFingerprints
    };
    if (related.length) {
      out.relatedLocations = related.map((r, i) => this.location(r.file, r.range, { id: i + 1, message: r.message }));
    }
    if (f.suppressed) {
      const suppression = { kind: f.suppressed.kind, status: "accepted", justification: f.suppressed.reason };
      if (f.suppressed.kind === "inSource" && f.suppressed.commentRange) {
        suppression.location = this.location(f.file, f.suppressed.commentRange);
      }
      out.suppressions = [suppression];
    }
    if (fixes) out.fixes = fixes;
    if (f.address || f.role) out.properties = { ...f.address ? { address: f.address } : {}, ...f.role ? { moduleRole: f.role } : {} };
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
    if (!read) return hashes;
    const byFile = /* @__PURE__ */ new Map();
    for (let i = 0; i < findings.length; i++) {
      const indexes = byFile.get(findings[i].file);
      if (indexes) indexes.push(i);
      else byFile.set(findings[i].file, [i]);
    }
    const startLines = findings.map((f) => sarifRegion(f.range).startLine);
    for (const [file, indexes] of byFile) {
      const text = read(file);
      if (text === void 0) continue;
      indexes.sort((a, b) => startLines[a] - startLines[b]);
      const fileHashes = lineHashList(text, indexes.map((i) => startLines[i]));
      indexes.forEach((i, k) => hashes[i] = fileHashes[k]);
    }
    return hashes;
  }
  notificationsList() {
    return this.notifications;
  }
};
function buildLog(result, options, emit, results) {
  const sources = result.sources;
  const w = new SarifWriter(options.readSource === void 0 && sources ? { ...options, readSource: (file) => sources[file] } : options);
  for (const r of result.enabledRules) w.addRule(r.id, r.severity);
  for (const n of result.notices) w.notice(n);
  const findings = w.keep(result.findings);
  const hashes = w.lineHashesFor(findings);
  for (let i = 0; i < findings.length; i++) emit(w.result(findings[i], hashes[i]));
  const version = options.toolVersion ?? toolVersion();
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
          }
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
  return `${jsonSafe(log.slice(0, at))}"results":[${texts.map(jsonSafe).join(",")}]${jsonSafe(log.slice(at + placeholder.length))}
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
var MIN_WIDTH = 40;
var MIN_MESSAGE_COLUMN = 40;
var MIN_TEXT_WIDTH = 24;
function oneLine(text) {
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
  if (local === "") return { message, where: "" };
  if (message.startsWith(local) && !/^[\w.[-]/u.test(message.slice(local.length))) return { message: address + message.slice(local.length), where: "" };
  return { message, where: address };
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
    rowsOf(file).push({ line, column, severity: n.level, head: oneLine(n.message), rest: "", ruleId: "" });
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const { message, where } = withInstanceAddress(oneLine(f.message), visible(f.address));
    const { head, rest } = splitFirstSentence(message);
    rowsOf(shown(f.file)).push({
      line: String(f.range.start.line),
      column: String(f.range.start.column),
      severity: f.severity,
      head,
      rest: where ? `(${where})${rest ? " " + rest : ""}` : rest,
      ruleId: visible(f.ruleId)
    });
  }
  let ruleWidth = 0;
  for (const rows of groups.values()) ruleWidth = Math.max(ruleWidth, widest(rows, (r) => r.ruleId));
  const out = [];
  for (const [file, rows] of groups) {
    const lineWidth = widest(rows, (r) => r.line);
    const columnWidth = widest(rows, (r) => r.column);
    const sevWidth = widest(rows, (r) => r.severity);
    const indent = 2 + lineWidth + 1 + columnWidth + 2 + sevWidth + 2;
    const textWidth = Math.max(width - indent, MIN_TEXT_WIDTH);
    const hanging = " ".repeat(indent);
    const beside = width - indent - (ruleWidth > 0 ? 2 + ruleWidth : 0);
    const widestHead = widest(rows, (r) => r.ruleId ? r.head : "");
    const headColumn = Math.min(widestHead, beside);
    const ruleLeads = beside < MIN_MESSAGE_COLUMN && widestHead > beside;
    out.push(p.file(file === "" ? "(run)" : file));
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

// src/report/options.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github"];

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
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/errors.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/cli/shard.ts
import { createHash } from "node:crypto";
import { dirname as dirname2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

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
  const rel = relative2(cwd, path);
  return rel === "" ? "." : sep2 === "/" ? rel : rel.split(sep2).join("/");
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
  const named = new Set(mine.flatMap((u) => u.named));
  const discovery = {
    modules: whole.modules.map((m) => m.reportOnly ? { ...m, reportOnly: new Set([...m.reportOnly].filter((f) => keep.has(f))) } : m).filter((m) => m.reportOnly ? m.reportOnly.size > 0 : keep.has(m.dir)),
    namedButExcluded: whole.namedButExcluded.filter((f) => named.has(f)),
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
    const dirs = [...new Set(paths.map((p) => moduleDirs.has(p) ? p : dirname2(p)))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    run2(dirs.map((dir) => s.configs.configFor(dir)));
  } else if (whole.namedButExcluded.length === 0) run2([s.configs.configFor(cwd)]);
  const named = /* @__PURE__ */ new Set();
  for (const file of whole.namedButExcluded) {
    const loaded = s.configs.configFor(dirname2(file));
    if (loaded) named.add(loaded);
  }
  for (const loaded of named) run2([loaded]);
  const configs = [...new Set(used)].map((l) => l ? { file: l.file !== void 0 ? portable(cwd, l.file) : null, config: l.config } : null);
  const read = (file) => {
    if (file === void 0) return null;
    const got = readRegularFile(resolve3(cwd, file), o.maxFileBytes);
    return "bytes" in got ? sha256(got.bytes.toString("utf8").replace(/\r\n/g, "\n")) : null;
  };
  const identity = {
    paths: o.paths.map((p) => portable(cwd, resolve3(cwd, p))),
    configs,
    rules: o.rules,
    strict: o.strict ?? null,
    vars: o.vars,
    varFiles: o.varFiles.map((f) => portable(cwd, resolve3(cwd, f))),
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
  "sarif-category": { type: "string" },
  "no-error-on-unmatched-path": { type: "boolean" },
  shard: { type: "string" }
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
    if (!knownRuleIds.has(id)) throw new UsageError(`--rule: unknown rule "${id}" (see tfmould --list-rules)`);
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
    ["--print-config", v["print-config"]]
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
  let maxFileBytes;
  if (v["max-file-size"] !== void 0) {
    const m = /^([1-9]\d{0,9})([KM]i?B?)?$/i.exec(v["max-file-size"].trim());
    if (!m) throw new UsageError(`--max-file-size expects a size such as 20MiB, 512KiB or a number of bytes, got "${v["max-file-size"]}"`);
    const unit = (m[2] ?? "").toUpperCase().startsWith("M") ? 1024 * 1024 : (m[2] ?? "").toUpperCase().startsWith("K") ? 1024 : 1;
    maxFileBytes = Number(m[1]) * unit;
    if (maxFileBytes > 2 ** 31 - 1) throw new UsageError(`--max-file-size must be under 2 GiB, got "${v["max-file-size"]}"`);
  }
  const sarifCategory = v["sarif-category"]?.replace(/\/+$/, "");
  if (sarifCategory !== void 0 && !/^[^\p{Cc}]{1,200}$/u.test(sarifCategory)) {
    throw new UsageError(`--sarif-category expects a name of 1 to 200 characters on one line, without control characters`);
  }
  if (v.shard !== void 0 && v["write-baseline"] !== void 0) {
    throw new UsageError("--write-baseline writes the whole scan's findings: run it without --shard");
  }
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
    ...sarifCategory !== void 0 ? { sarifCategory } : {},
    errorOnUnmatchedPath: !(v["no-error-on-unmatched-path"] ?? false),
    ...v.shard !== void 0 ? { shard: parseShard(v.shard) } : {}
  };
}

// src/cli/atomic-write.ts
import {
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
import { basename, dirname as dirname3, join as join2, resolve as resolve4 } from "node:path";
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
      dir = realpathSync(dirname3(at));
    } catch {
      return false;
    }
    if (/^\/proc\/(?:self|thread-self|\d+)(?:\/task\/\d+)?\/fd$/.test(dir)) return true;
    at = resolve4(dir, readlinkSync(at));
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
    const parent = dirname3(at);
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
function writeFileAtomic(file, text) {
  const target = resolve4(file);
  const dir = dirname3(target);
  ensureDirectory(dir);
  const temp = join2(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
function writeOutputFile(file, text) {
  const target = resolve4(file);
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
import { dirname as dirname4, join as join3, resolve as resolve5 } from "node:path";
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
  fileByDir = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  matchers = /* @__PURE__ */ new Map();
  /** The config for files in `dir`, or undefined when there is none. @throws ConfigError */
  configFor(dir) {
    if (this.given) return this.given;
    const file = this.configFileFor(resolve5(dir));
    if (file === void 0) return void 0;
    let loaded = this.byFile.get(file);
    if (!loaded) this.byFile.set(file, loaded = loadConfigFile(file));
    return loaded;
  }
  /** The nearest config file in `dir` (absolute) or above it, as `findConfigFile` finds it. */
  configFileFor(dir) {
    if (this.fileByDir.has(dir)) return this.fileByDir.get(dir);
    const candidate = join3(dir, CONFIG_FILE_NAME);
    const parent = dirname4(dir);
    const file = isFile(candidate, this.listings) ? candidate : parent === dir ? void 0 : this.configFileFor(parent);
    this.fileByDir.set(dir, file);
    return file;
  }
  /** Whether the config that applies to `file` excludes it. @throws ConfigError */
  isExcluded = (file) => {
    const loaded = this.configFor(dirname4(file));
    const patterns = loaded?.config.exclude ?? [];
    if (!loaded || patterns.length === 0) return false;
    let matcher = this.matchers.get(loaded);
    if (!matcher) this.matchers.set(loaded, matcher = excludeMatcher({ patterns, baseDir: loaded.baseDir }));
    return matcher(file);
  };
};

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

// src/cli/help.ts
var HELP_TEXT = `Usage: tfmould [options] [paths...]
       tfmould merge <report.json>... [options]

Lints Terraform for immutable-infrastructure practice. Paths are directories
(scanned recursively; each directory is one module) or files; default ".".

Output:
  -f, --format <name>       stylish (default), json, sarif or github
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
  const list = rules2.map((r) => ({ id: r.id, severity: r.severity, category: r.category, summary: r.summary, docs: ruleDocsUrl(r.id) }));
  return JSON.stringify(list, null, 2) + "\n";
}

// src/cli/print-config.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname5, resolve as resolve6 } from "node:path";
function printConfig(target, configFile, overrides, cwd) {
  const abs = resolve6(cwd, target);
  let dir;
  try {
    dir = statSync2(abs).isDirectory() ? abs : dirname5(abs);
  } catch {
    throw new UsageError(`no such file or directory: ${target}`);
  }
  const loaded = configFile !== void 0 ? loadConfigFile(resolve6(cwd, configFile)) : loadConfig(dir);
  const resolved = resolveConfig(loaded, overrides, { cwd });
  const rules2 = {};
  for (const [id, setting] of resolved.rules) rules2[id] = { severity: setting.severity, options: setting.options };
  const role = moduleRoleOf(dir, { cwd, overrides, ...loaded && configFile !== void 0 ? { config: loaded } : {} });
  const out = {
    configFile: resolved.file === void 0 ? null : relativeTo(cwd, resolved.file),
    // The module role a lint of the repository gives the directory; null when it has no configuration files.
    role: role ?? null,
    rules: rules2,
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
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 400;
var WORKER_URL = new URL("./lint-worker.js", import.meta.url);
function threadCount(concurrency, files) {
  if (concurrency === "off") return 1;
  if (concurrency === "auto") return files < PARALLEL_MIN_FILES ? 1 : Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
  return Math.max(1, concurrency);
}
async function lintInParallel(paths, threads, s) {
  const settings = { cwd: s.cwd, host: s.host, overrides: s.overrides, ...s.boundary ? { boundary: s.boundary } : {}, ...s.config ? { config: s.config } : {} };
  const inProcess = (share) => lintModules({ ...settings, paths: share });
  if (threads <= 1 || !existsSync(fileURLToPath2(WORKER_URL))) return [inProcess(paths)];
  const onRead = s.host.onRead;
  s.host.onRead = void 0;
  const groups = groupPaths({ ...settings, paths });
  s.host.onRead = onRead;
  const shares = deal(groups, threads, s.weightOf, paths);
  if (shares.length <= 1) return [inProcess(paths)];
  const listings = s.listings?.toData();
  const workers = shares.slice(1).map((share) => runWorker({ paths: share, cwd: s.cwd, overrides: s.overrides, configFile: s.configFile, ...listings ? { listings } : {}, ...s.host.limitsData() }, s));
  const settled = Promise.allSettled(workers);
  const own = inProcess(shares[0]);
  for (const p of shares[0]) for (let i = s.weightOf(p); i > 0; i--) onRead?.();
  const results = [own];
  for (const outcome of await settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    results.push(outcome.value);
  }
  return results;
}
function deal(groups, count, weightOf, order) {
  const weighted = groups.map((g) => ({ g, w: g.reduce((n, p) => n + Math.max(1, weightOf(p)), 0) })).sort((a, b) => b.w - a.w);
  const shares = Array.from({ length: Math.min(count, groups.length) }, () => ({ paths: [], w: 0 }));
  for (const { g, w } of weighted) {
    let lightest = shares[0];
    for (const share of shares) if (share.w < lightest.w) lightest = share;
    lightest.paths.push(...g);
    lightest.w += w;
  }
  const rank = new Map(order.map((p, i) => [p, i]));
  return shares.filter((s) => s.paths.length > 0).map((s) => s.paths.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}
function runWorker(job, s) {
  return new Promise((resolve9, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    let done = false;
    worker.on("message", (reply) => {
      if (reply.kind === "read") {
        for (let i = 0; i < reply.files; i++) s.onWorkerRead?.();
        return;
      }
      done = true;
      if (reply.kind === "error") {
        reject(reviveError(reply));
        return;
      }
      for (const [path, reason] of reply.failures) s.host.failures.set(path, reason);
      for (const [path, text] of reply.texts) s.host.remember(path, text);
      resolve9(reply.result);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!done) reject(new Error(`a lint worker stopped with exit code ${code}`));
    });
  });
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
import { resolve as resolve7 } from "node:path";
var UNUSED_SUPPRESSION = "unused-suppression";
var MAX_REPORT_BYTES = 1024 * 1024 * 1024;
var MERGE_HELP = `Usage: tfmould merge <report.json>... [options]

Joins the JSON reports of the shards of one run (tfmould --shard i/n
--format json) into the report one unsharded run would print, and exits as
that run would. Run it in the directory the shards ran in, with the files
checked out (SARIF line hashes are computed from them).

  -f, --format <name>       stylish (default), json, sarif or github
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
  const cwd = resolve7(io.cwd);
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
    readSource: (file) => host.text(resolve7(cwd, file)),
    ...v.partial && reports.length === 1 ? { automationId: shardAutomationId(reports[0].report.shard, category) } : category !== void 0 ? { automationId: `tfmould/${category}/` } : {}
  });
  if (outputFile !== void 0) {
    if (reports.some((r) => resolve7(cwd, r.file) === resolve7(cwd, outputFile))) throw new UsageError(`refusing to write -o ${outputFile}: it is one of the reports being merged; name another file`);
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
  const read = readRegularFile(resolve7(cwd, file), MAX_REPORT_BYTES);
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
  const { suppressed, fix, ...rest } = f;
  const comment = suppressed?.commentRange;
  return {
    ...rest,
    range: range(f.range),
    related: f.related.map((r) => ({ ...r, range: range(r.range) })),
    ...fix ? { fix: { ...fix, replacements: fix.replacements.map((r) => ({ ...r, range: range(r.range) })) } } : {},
    ...suppressed ? { suppressed: { kind: suppressed.kind, reason: suppressed.reason, ...comment ? { commentRange: range(comment) } : {} } } : {}
  };
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
  const keyOf = (f) => JSON.stringify([f.ruleId, f.file, f.range, f.message]);
  const unusedIn = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    for (const key of new Set(r.findings.filter((f) => f.ruleId === UNUSED_SUPPRESSION).map(keyOf))) unusedIn.set(key, (unusedIn.get(key) ?? 0) + 1);
  }
  const best = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    for (const jf of r.findings) {
      const key = keyOf(jf);
      if (jf.ruleId === UNUSED_SUPPRESSION && (unusedIn.get(key) ?? 0) < (lintedBy.get(jf.file) ?? 0)) continue;
      const f = toFinding(jf);
      const current = best.get(key)?.finding;
      if (!current || better(f, current)) best.set(key, { finding: f, shard: r.shard.index });
    }
  }
  const entries = [...best.values()].sort((a, b) => compareFindings(a.finding, b.finding));
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
    return await runParsed(parseCliArgs(argv, new Set(rules.map((r) => r.id))), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError) {
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
  const cwd = resolve8(io.cwd);
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
    io.stdout.write(o.format === "json" ? rulesJson(rules) : rulesTable(rules));
    return EXIT_OK;
  }
  if (o.printConfig !== void 0) {
    io.stdout.write(jsonSafe(printConfig(o.printConfig, o.config, overridesOf(o), cwd)));
    return EXIT_OK;
  }
  const config = o.config !== void 0 ? loadConfigFile(resolve8(cwd, o.config)) : void 0;
  for (const file of o.varFiles) checkVarFile(file, cwd, o.maxFileBytes);
  const listings = new DirectoryListings();
  const configs = new ConfigLookup(config, listings);
  const boundary = ReadBoundary.forScan(o.paths, cwd, [...o.varFiles, ...o.config !== void 0 ? [o.config] : [], ...o.baseline !== void 0 ? [o.baseline] : []]);
  const discovered = await discover2(o.paths, { cwd, dirsOfFiles: o.dirsOfFiles, isExcluded: configs.isExcluded, listings, boundary });
  const whole = withUnmatchedPaths(discovered, o, cwd);
  const part = o.shard ? shardPart(whole, { cwd, options: o, shard: o.shard, overrides: overridesOf(o), ...config ? { config } : {}, configs, listings, boundary }) : void 0;
  const discovery = part?.discovery ?? whole;
  const host = new CliHost(listings, { boundary, ...o.maxFileBytes !== void 0 ? { maxFileBytes: o.maxFileBytes } : {} });
  const total = discovery.modules.reduce((n, m) => n + m.files.length, 0) + discovery.namedButExcluded.length;
  const progress = new Progress(io.stderr, total);
  host.onRead = () => progress.tick();
  const settings = { cwd, host, boundary, overrides: overridesOf(o) };
  const results = [];
  try {
    const paths = lintPathsOf(discovery);
    if (paths.length > 0 || discovery.namedButExcluded.length === 0) {
      const filesUnder = new Map(discovery.modules.map((m) => [m.dir, m.files.length]));
      const shares = await lintInParallel(paths, threadCount(o.concurrency, total), {
        ...settings,
        ...config ? { config, configFile: resolve8(cwd, o.config) } : {},
        weightOf: (p) => filesUnder.get(p) ?? 1,
        onWorkerRead: () => progress.tick(),
        listings
      });
      const plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
      if (o.debug) say(io, `linted ${plural2(total, "file")} on ${plural2(shares.length, "thread")}`);
      results.push(...shares);
    }
    for (const [loaded, files] of groupByConfig(discovery.namedButExcluded, configs)) {
      const unexcluded = { ...loaded, config: { ...loaded.config, exclude: [] } };
      results.push(lint({ ...settings, paths: files, config: unexcluded }));
    }
  } finally {
    progress.finish();
  }
  const result = mergeResults(results);
  refuseOutputsOverInputs(o, cwd, [
    ...discovery.modules.flatMap((m) => m.files),
    ...discovery.namedButExcluded,
    ...result.files,
    ...o.varFiles,
    ...o.config !== void 0 ? [o.config] : [],
    ...discovery.modules.flatMap((m) => configs.configFor(m.dir)?.file ?? [])
  ]);
  let findings = result.findings;
  if (o.baseline !== void 0) findings = applyBaseline(findings, readBaseline(o.baseline, cwd, o.maxFileBytes));
  if (o.writeBaseline !== void 0) {
    const text2 = writeBaseline(findings);
    writeOutput(o.writeBaseline, text2, cwd);
    findings = applyBaseline(findings, text2);
    const accepted = findings.filter((f) => f.suppressed?.kind === "external").length;
    say(io, `wrote a baseline of ${accepted} finding${accepted === 1 ? "" : "s"} to ${o.writeBaseline}`);
  }
  if (o.quiet) findings = findings.filter((f) => f.severity === "error");
  const notices = [...discovery.notices, ...result.notices.map((n) => withReason(n, host, cwd))];
  findings = findings.map((f) => withReason(f, host, cwd));
  const kept = { ...result, findings, notices };
  const final = { ...kept, summary: summaryOf(kept) };
  const color = o.outputFile === void 0 ? useColor(o.color, io.env, io.stdout.isTTY === true) : o.color === true;
  const text = (part?.format ?? format)(final, o.format, {
    cwd,
    root: cwd,
    color: o.format === "stylish" && color,
    width: stylishWidth(io, o.outputFile === void 0),
    readSource: (file) => host.text(resolve8(cwd, file)),
    ...o.sarifCategory !== void 0 ? { automationId: `tfmould/${o.sarifCategory}/` } : {}
  });
  if (o.outputFile !== void 0) writeOutput(o.outputFile, text, cwd);
  else io.stdout.write(text);
  const code = exitCode(final, o.maxWarnings);
  const warnings = summarize(final).warnings;
  if (code !== EXIT_ERROR && o.maxWarnings !== void 0 && warnings > o.maxWarnings) {
    say(io, `${warnings} warning${warnings === 1 ? "" : "s"}, more than the maximum of ${o.maxWarnings} (--max-warnings)`);
  }
  return code;
}
function checkVarFile(file, cwd, maxBytes) {
  const read = readSource(resolve8(cwd, file), maxBytes);
  if ("reason" in read) throw new UsageError(`cannot read the variable file ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
}
function withUnmatchedPaths(discovery, o, cwd) {
  const named = new Set(discovery.namedButExcluded);
  const files = new Set(discovery.modules.flatMap((m) => m.files));
  let realDirs;
  const matched = (p) => {
    const abs = resolve8(cwd, p);
    if (!isDirectory(abs)) return files.has(abs) || named.has(abs) || o.dirsOfFiles && discovery.modules.some((m) => m.dir === dirname6(abs));
    if (discovery.modules.some((m) => isWithin(abs, m.dir)) || discovery.namedButExcluded.some((f) => isWithin(abs, f))) return true;
    const real = realPathOf(abs);
    realDirs ??= discovery.modules.map((m) => realPathOf(m.dir));
    return real !== void 0 && realDirs.some((d) => d !== void 0 && isWithin(real, d));
  };
  const unmatched = o.paths.filter((p) => !matched(p));
  if (unmatched.length === 0) return discovery;
  if (o.errorOnUnmatchedPath) throw new UsageError(`no Terraform files in ${unmatched[0]}`);
  const notices = unmatched.map((p) => resolve8(cwd, p)).filter((abs) => isDirectory(abs)).map((abs) => ({ level: "warning", message: "No Terraform files here; nothing linted", file: abs }));
  return { ...discovery, notices: [...discovery.notices, ...notices] };
}
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return false;
  }
}
function realPathOf(path) {
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
function withReason(item, host, cwd) {
  if (item.file === void 0 || host.failures.size === 0) return item;
  const reason = host.failures.get(resolve8(cwd, item.file));
  return reason === void 0 || item.message.includes(reason) ? item : { ...item, message: `${item.message} (${reason})` };
}
function groupByConfig(files, configs) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const loaded = configs.configFor(dirname6(file));
    if (!loaded) continue;
    const list = out.get(loaded) ?? [];
    list.push(file);
    out.set(loaded, list);
  }
  return out;
}
function readBaseline(file, cwd, maxBytes) {
  const read = readRegularFile(resolve8(cwd, file), maxBytes);
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
    writeOutputFile(resolve8(cwd, file), text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${fileSystemReason(error)}`);
  }
}
function refuseOutputsOverInputs(o, cwd, inputs) {
  const targets = [];
  if (o.writeBaseline !== void 0) targets.push(["--write-baseline", o.writeBaseline, inputs]);
  if (o.outputFile !== void 0) targets.push(["-o", o.outputFile, o.baseline !== void 0 ? [...inputs, o.baseline] : inputs]);
  if (o.outputFile !== void 0 && o.writeBaseline !== void 0 && resolve8(cwd, o.outputFile) === resolve8(cwd, o.writeBaseline)) {
    throw new UsageError(`-o and --write-baseline name the same file ${o.outputFile}`);
  }
  for (const [option, file, read] of targets) {
    const target = resolve8(cwd, file);
    let st;
    try {
      st = statSync3(target);
    } catch {
      continue;
    }
    if (!st.isFile()) continue;
    const paths = read.map((p) => resolve8(cwd, p));
    const same = paths.includes(target) || paths.some((p) => {
      try {
        const other = statSync3(p);
        return other.ino === st.ino && other.dev === st.dev;
      } catch {
        return false;
      }
    });
    if (same) throw new UsageError(`refusing to write ${option} ${file}: it is one of the files being linted; name another file`);
  }
}
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  exitCode,
  run
};
