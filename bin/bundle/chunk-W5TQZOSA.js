import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_BYTES,
  OUTSIDE_BOUNDARY,
  identityOf,
  importPlugins,
  lintModulesRecallingScans,
  readSource,
  resolvePath,
  resolvePlugins,
  rules,
  withPlugins
} from "./chunk-YFRCRCQY.js";

// src/cli/listings.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
function kindOf(entry) {
  return entry.isSymbolicLink() ? "link" : entry.isFile() ? "file" : "other";
}
var DirectoryListings = class _DirectoryListings {
  entriesByDir = /* @__PURE__ */ new Map();
  realDirs = /* @__PURE__ */ new Map();
  /** Records what `readdir` (with file types) returned for `dir`. */
  addListing(dir, entries) {
    const byName = /* @__PURE__ */ new Map();
    for (let i = 0; i < entries.length; i++) byName.set(entries[i].name, kindOf(entries[i]));
    this.entriesByDir.set(dir, byName);
  }
  toData() {
    return {
      listings: [...this.entriesByDir].map(([dir, entries]) => [dir, [...entries]]),
      realDirs: [...this.realDirs]
    };
  }
  static fromData(data) {
    const listings = new _DirectoryListings();
    for (const [dir, entries] of data.listings) listings.entriesByDir.set(dir, new Map(entries));
    for (const [dir, real] of data.realDirs) listings.realDirs.set(dir, real);
    return listings;
  }
  /** Records that the real path of directory `dir` is `real`. */
  addRealPath(dir, real) {
    this.realDirs.set(dir, real);
  }
  /** Every directory listed, with its entries. */
  all() {
    return this.entriesByDir.entries();
  }
  /** The entries of `dir` when it was listed. */
  listing(dir) {
    return this.entriesByDir.get(dir);
  }
  /**
   * The entry `path` names: its kind, null when its directory was listed
   * and holds no such name, undefined when nothing is known.
   */
  entry(path) {
    const slash = path.lastIndexOf(sep);
    if (slash === -1) return void 0;
    const name = path.slice(slash + 1);
    if (name === "" || name === "." || name === "..") return void 0;
    const entries = this.entriesByDir.get(slash === 0 ? sep : path.slice(0, slash));
    if (entries === void 0) return void 0;
    return entries.get(name) ?? null;
  }
  /**
   * The real path of `path` when discovery knows it: a directory it read, or
   * a plain file (not a link) inside one, whose real path follows from its
   * directory's. Every file of a scan is asked about (the read boundary).
   */
  realPath(path) {
    const dir = this.realDirs.get(path);
    if (dir !== void 0) return dir;
    if (this.entry(path) !== "file") return void 0;
    const slash = path.lastIndexOf(sep);
    const parent = slash === 0 ? sep : path.slice(0, slash);
    const realDir = this.realDirs.get(parent);
    if (realDir === void 0) return void 0;
    if (realDir === parent) return path;
    return realDir.endsWith(sep) ? realDir + path.slice(slash + 1) : realDir + path.slice(slash);
  }
};
function isFile(path, listings) {
  const entry = listings?.entry(path);
  if (entry === null || entry === "other") return false;
  if (entry === "file") return true;
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
function fileNames(dir, listings) {
  let entries;
  try {
    entries = listings?.listing(dir) ?? new Map(readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, kindOf(e)]));
  } catch {
    return [];
  }
  const names = [];
  entries.forEach((kind, name) => {
    if (kind === "file" || kind === "link" && isFile(join(dir, name), listings)) names.push(name);
  });
  return names.sort();
}
function realPathOf(path, listings) {
  const known = listings?.realPath(path);
  if (known !== void 0) return known;
  if (listings?.entry(path) === null) return void 0;
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}

// src/cli/host.ts
import { basename, join as join2, resolve } from "node:path";
var CliHost = class {
  constructor(listings, limits = {}) {
    this.listings = listings;
    this.limits = limits;
    this.hidden = new Set(limits.hidden ?? []);
    this.hiddenNames = new Set([...this.hidden].map((p) => basename(p)));
    this.hiddenNameList = [...this.hiddenNames];
  }
  listings;
  limits;
  hidden;
  /** The file names of `hidden`: only a path with one of them needs resolving to be compared. */
  hiddenNames;
  hiddenNameList;
  texts = /* @__PURE__ */ new Map();
  /** Why each file that could not be read was not, by absolute path. */
  failures = /* @__PURE__ */ new Map();
  /** Called after each distinct file is read (or found unreadable). */
  onRead;
  /** Runs `work` with `onRead` off: grouping reads files the lint reads again, and the progress line counts them then. */
  withoutProgress(work) {
    const onRead = this.onRead;
    this.onRead = void 0;
    try {
      return work();
    } finally {
      this.onRead = onRead;
    }
  }
  readFile = (path) => {
    const abs = resolvePath(path);
    if (this.hidden.has(abs)) return void 0;
    const cached = this.texts.get(abs);
    if (cached !== void 0) return cached;
    if (this.failures.has(abs)) return void 0;
    const read = this.limits.boundary && !this.limits.boundary.allows(abs, this.realPath) ? { reason: OUTSIDE_BOUNDARY } : readSource(abs, this.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    this.onRead?.();
    if ("reason" in read) {
      this.failures.set(abs, read.reason);
      return void 0;
    }
    this.texts.set(abs, read.text);
    return read.text;
  };
  /** Admits a config file the lookup found (see `ReadBoundary.admit`). */
  admit(path) {
    this.limits.boundary?.admit(path);
  }
  /** The limits as plain data, for a worker thread's host. */
  limitsData() {
    return {
      ...this.limits.boundary ? { boundary: this.limits.boundary.toData() } : {},
      ...this.limits.maxFileBytes !== void 0 ? { maxFileBytes: this.limits.maxFileBytes } : {},
      ...this.limits.hidden ? { hidden: this.limits.hidden } : {}
    };
  }
  fileIdentity = (path) => identityOf(path);
  whyUnreadable = (path) => this.failures.get(resolvePath(path));
  /** Keeps a text read elsewhere (by a lint worker) for `text`. */
  remember = (path, text) => {
    this.texts.set(resolvePath(path), text);
  };
  /** The text already read for a file, or a fresh read; for SARIF line hashes. */
  text = (path) => this.texts.get(resolvePath(path)) ?? this.readFile(path);
  listFiles = (dir) => {
    const names = fileNames(dir, this.listings);
    return this.hidden.size === 0 ? names : names.filter((name) => !(this.hiddenNames.has(name) && this.hidden.has(join2(resolve(dir), name))));
  };
  fileExists = (path) => !this.isHidden(path) && isFile(path, this.listings);
  realPath = (path) => this.isHidden(path) ? void 0 : realPathOf(path, this.listings);
  isHidden(path) {
    if (this.hidden.size === 0) return false;
    if (!/[./\\]$/.test(path) && !endsWithAny(path, this.hiddenNameList)) return false;
    const name = basename(path);
    if (name !== "." && name !== ".." && !this.hiddenNames.has(name)) return false;
    return this.hidden.has(resolvePath(path));
  }
};
function endsWithAny(path, names) {
  for (let i = 0; i < names.length; i++) if (path.endsWith(names[i])) return true;
  return false;
}

// src/report/paths.ts
import { isAbsolute, relative, resolve as resolve2, sep as sep2 } from "node:path";
var RUN_PATH = ".";
function workingDirectory(options) {
  return resolve2(options.cwd ?? process.cwd());
}
function relativeTo(base, file) {
  const rel = relative(base, file);
  const shown = rel === "" ? "." : isAbsolute(rel) ? file : rel;
  return sep2 === "/" ? shown : shown.split(sep2).join("/");
}
function displayPaths(options) {
  const cwd = workingDirectory(options);
  const root = options.root === void 0 ? cwd : resolve2(options.root);
  const seen = /* @__PURE__ */ new Map();
  return (file) => {
    let shown = seen.get(file);
    if (shown === void 0) {
      shown = relativeTo(cwd, resolve2(root, file));
      seen.set(file, shown);
    }
    return shown;
  };
}

// src/cli/plugins.ts
async function loadRunPlugins(configs, allowed) {
  if (!allowed) return { plugins: void 0, sources: [], rules, scope: [] };
  const sources = [];
  const filesByConfig = /* @__PURE__ */ new Map();
  const seenConfigs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  for (const config of configs) {
    if (config === void 0 || seenConfigs.has(config)) continue;
    seenConfigs.add(config);
    const resolved = resolvePlugins(config);
    if (config.file !== void 0) filesByConfig.set(config.file, resolved.map((s) => s.file));
    for (const source of resolved) {
      if (seenFiles.has(source.file)) continue;
      seenFiles.add(source.file);
      sources.push(source);
    }
  }
  const plugins = await importPlugins(sources);
  const nameOf = new Map(sources.map((s, i) => [s.file, plugins[i].name]));
  const scope = [...filesByConfig].map(([config, files]) => [config, files.map((f) => nameOf.get(f) ?? "")]);
  return { plugins, sources, rules: plugins.length > 0 ? withPlugins(rules, plugins) : rules, scope };
}
function scopeFunction(scope) {
  const byConfig = new Map(scope);
  return (configFile) => byConfig.get(configFile) ?? [];
}
function unloadedPluginsNote(config, allowed, cwd) {
  const plugins = config?.config.plugins ?? [];
  if (allowed || plugins.length === 0) return void 0;
  const file = config?.file !== void 0 ? relativeTo(cwd, config.file) : "the config";
  return `plugins not loaded: ${file} names ${plugins.map((p) => JSON.stringify(p)).join(", ")}, and a plugin runs its own code; pass --allow-plugins or name the config with --config to load them`;
}

// src/engine/read-log.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
var digestOf = (text) => oneShot ? oneShot("sha256", text, "base64url") : crypto.createHash("sha256").update(text).digest("base64url");
var NO_ANSWER = "-";
var Identities = class {
  /** Made when first needed: thousands of logs are checked, and few ask for identities. */
  seen;
  answer(identity) {
    if (identity === void 0) return NO_ANSWER;
    this.seen ??= /* @__PURE__ */ new Map();
    let n = this.seen.get(identity);
    if (n === void 0) this.seen.set(identity, n = this.seen.size);
    return `#${n}`;
  }
};
function answerOf(kind, path, host, identities) {
  switch (kind) {
    case "t": {
      const text = host.readFile(path);
      return text === void 0 ? NO_ANSWER : digestOf(text);
    }
    case "l":
      return digestOf(host.listFiles(path).join("\n"));
    case "e":
      return host.fileExists(path) ? "1" : "0";
    case "p":
      return host.realPath(path) ?? NO_ANSWER;
    case "i":
      return identities.answer(host.fileIdentity?.(path));
    case "w":
      return host.whyUnreadable?.(path) ?? NO_ANSWER;
  }
}
var RecordingHost = class {
  constructor(inner) {
    this.inner = inner;
  }
  inner;
  entries = [];
  asked = /* @__PURE__ */ new Set();
  identities = new Identities();
  /** The questions asked so far, in order. */
  log() {
    return [...this.entries];
  }
  note(kind, path, answer) {
    const key = `${kind}${path}`;
    if (this.asked.has(key)) return;
    this.asked.add(key);
    this.entries.push([kind, path, answer]);
  }
  readFile = (path) => {
    const text = this.inner.readFile(path);
    if (!this.asked.has(`t${path}`)) this.note("t", path, text === void 0 ? NO_ANSWER : digestOf(text));
    return text;
  };
  listFiles = (dir) => {
    const names = this.inner.listFiles(dir);
    if (!this.asked.has(`l${dir}`)) this.note("l", dir, digestOf(names.join("\n")));
    return names;
  };
  fileExists = (path) => {
    const exists = this.inner.fileExists(path);
    this.note("e", path, exists ? "1" : "0");
    return exists;
  };
  realPath = (path) => {
    const real = this.inner.realPath(path);
    this.note("p", path, real ?? NO_ANSWER);
    return real;
  };
  fileIdentity = (path) => {
    const identity = this.inner.fileIdentity?.(path);
    if (!this.asked.has(`i${path}`)) this.note("i", path, this.identities.answer(identity));
    return identity;
  };
  whyUnreadable = (path) => {
    const why = this.inner.whyUnreadable?.(path);
    this.note("w", path, why ?? NO_ANSWER);
    return why;
  };
};
function readLogHolds(log, host, knownDigest, memo = /* @__PURE__ */ new Map()) {
  const identities = new Identities();
  for (let i = 0; i < log.length; i++) {
    const entry = log[i];
    const kind = entry[0];
    const path = entry[1];
    const answer = entry[2];
    if (kind === "i") {
      if (answerOf(kind, path, host, identities) !== answer) return false;
      continue;
    }
    let held = memo.get(entry);
    if (held === void 0) {
      held = kind === "t" && answer !== NO_ANSWER && knownDigest?.(path) === answer || answerOf(kind, path, host, identities) === answer;
      memo.set(entry, held);
    }
    if (!held) return false;
  }
  return true;
}
function textsRead(log) {
  const out = [];
  for (const [kind, path, answer] of log) if (kind === "t" && answer !== NO_ANSWER) out.push([path, answer]);
  return out;
}

// src/cli/recorded-lint.ts
function lintRecorded(settings, paths) {
  const host = new RecordingHost(settings.host);
  const now = /* @__PURE__ */ new Date();
  const expiries = /* @__PURE__ */ new Set();
  const { callScans, ...rest } = settings;
  const options = { ...rest, host, paths, now, onExpiryDate: (at) => expiries.add(at) };
  const result = lintModulesRecallingScans(options, callScans);
  return { paths, log: host.log(), linted: now.getTime(), expiries: [...expiries], result };
}

export {
  RUN_PATH,
  workingDirectory,
  relativeTo,
  displayPaths,
  kindOf,
  DirectoryListings,
  isFile,
  realPathOf,
  CliHost,
  loadRunPlugins,
  scopeFunction,
  unloadedPluginsNote,
  digestOf,
  NO_ANSWER,
  readLogHolds,
  textsRead,
  lintRecorded
};
