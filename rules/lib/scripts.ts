/**
 * Boot-script scanning: finds the lines of a user-data or startup script
 * that install or configure software at boot (package managers, downloads
 * piped into a shell, configuration agents, `git clone`) and the cloud-init
 * keys that do the same (`packages`, `package_update`, `package_upgrade`,
 * agent modules, and shell commands in `runcmd` / `bootcmd`).
 *
 * Works on offsets into the script text, so a caller that knows where each
 * character of the script came from can point at the exact source line.
 */
import type { Node as YamlNode } from "yaml";
import { yaml } from "../../src/eval/yaml.js";

/** One offending line of a script. */
export interface ScriptFinding {
  /** Offset of the line's first non-blank character in the script. */
  readonly start: number;
  /** Offset just after the line's last non-blank character. */
  readonly end: number;
  /** 1-based line number in the script. */
  readonly line: number;
  /** What the line does, e.g. "installs packages (`apt-get install`)". */
  readonly reasons: readonly string[];
}

interface Pattern {
  readonly regex: RegExp;
  readonly reason: (m: RegExpExecArray) => string;
}

/** A command name standing alone: not part of a longer word, path or option. */
const cmd = (name: string): string => `(?<![\\w./-])(${name})(?![\\w-])`;
/**
 * The rest of one simple command: no pipe, list or newline in between, and
 * at most 256 characters. The bound keeps a scan linear: a script may repeat
 * a command word many thousand times on one line, and an unbounded gap would
 * rescan the rest of the line from each of them.
 */
const sameCommand = "[^|;&\\n]{0,256}?";

const PACKAGE_MANAGERS: readonly Pattern[] = [
  [`(?:apt-get|apt|aptitude)`, `(?:install|upgrade|dist-upgrade|full-upgrade)`],
  [`(?:yum|dnf|microdnf|tdnf)`, `(?:install|update|upgrade|groupinstall|localinstall|reinstall)`],
  [`apk`, `(?:add|upgrade)`],
  [`zypper`, `(?:install|in|update|up|dist-upgrade|dup|patch)`],
  [`(?:pip|pip3|pip[23]\\.\\d+|pipx)`, `install`],
  [`gem`, `install`],
  [`snap`, `install`],
  [`amazon-linux-extras`, `install`],
  [`(?:choco|chocolatey|winget)`, `(?:install|upgrade)`],
  [`pacman`, `-S\\w*`],
].map(([tool, verb]) => ({
  regex: new RegExp(`${cmd(tool)}${sameCommand}\\s(${verb})(?![\\w-])`, "gi"),
  reason: (m: RegExpExecArray) => `installs packages at boot (\`${m[1]} ${m[2]}\`)`,
}));

const OTHER_INSTALLERS: readonly Pattern[] = [
  {
    regex: new RegExp(`${cmd("python3?")}\\s+-m\\s+pip${sameCommand}\\sinstall(?![\\w-])`, "gi"),
    reason: () => "installs packages at boot (`python -m pip install`)",
  },
  {
    // Two lookaheads rather than two gaps in a row: the verb and the flag come in either order, and
    // nested gaps would try every split of the command between them.
    regex: new RegExp(
      `${cmd("npm")}(?=${sameCommand}\\s(?:install|i|add)(?![\\w-]))(?=${sameCommand}(?:\\s-g|\\s--global)(?![\\w-]))`,
      "gi",
    ),
    reason: () => "installs global npm packages at boot (`npm install -g`)",
  },
  {
    regex: new RegExp(`${cmd("yarn")}\\s+global\\s+add(?![\\w-])`, "gi"),
    reason: () => "installs global packages at boot (`yarn global add`)",
  },
  {
    regex: /\b(?:Install-WindowsFeature|Add-WindowsFeature|Install-Package|Install-Module)\b/gi,
    reason: (m) => `installs software at boot (\`${m[0]}\`)`,
  },
];

const PIPE_TO_SHELL: readonly Pattern[] = [
  {
    regex: new RegExp(
      `${cmd("(?:curl|wget)")}[^|\\n]{0,512}\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:env\\s+)?(?:sh|bash|zsh|ksh|dash|python3?|perl|ruby)(?![\\w-])`,
      "gi",
    ),
    reason: (m) => `pipes a download into a shell (\`${m[1]} … | ${/(\w+)$/.exec(m[0])?.[1] ?? "sh"}\`)`,
  },
  {
    regex: /(?<![\w./-])(?:sh|bash|zsh)\s+(?:-\w+\s+)*(?:<\(|"\$\(|'\$\(|\$\()\s*(?:curl|wget)\b/gi,
    reason: () => "runs a downloaded script in a shell (`bash <(curl …)`)",
  },
  {
    regex: /\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|\n]{0,512}\|\s*(?:iex|Invoke-Expression)\b/gi,
    reason: () => "runs a downloaded script (`Invoke-WebRequest … | Invoke-Expression`)",
  },
  {
    regex: /\b(?:iex|Invoke-Expression)\b[^\n]{0,512}\.DownloadString\s*\(/gi,
    reason: () => "runs a downloaded script (`Invoke-Expression … DownloadString`)",
  },
];

const CONFIG_AGENTS: readonly Pattern[] = [
  [`ansible-pull`, ``],
  [`(?:chef-client|chef-solo|cinc-client)`, ``],
  [`puppet`, `${sameCommand}\\s(agent|apply)(?![\\w-])`],
  [`salt-call`, ``],
].map(([tool, rest]) => ({
  regex: new RegExp(`${cmd(tool)}${rest}`, "gi"),
  reason: (m: RegExpExecArray) => `runs a configuration agent at boot (\`${m[1]}${m[2] ? ` ${m[2]}` : ""}\`)`,
}));

const GIT_CLONE: readonly Pattern[] = [
  {
    regex: new RegExp(`${cmd("git")}${sameCommand}\\sclone(?![\\w-])`, "gi"),
    reason: () => "fetches code at boot (`git clone`)",
  },
];

const SHELL_PATTERNS: readonly Pattern[] = [...PIPE_TO_SHELL, ...CONFIG_AGENTS, ...PACKAGE_MANAGERS, ...OTHER_INSTALLERS, ...GIT_CLONE];

/** A line of text with its offsets: `start`..`end` excludes the line break. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly number: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      lines.push({ start, end: i, number: n++ });
      if (c === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, number: n });
  return lines;
}

function trimmed(text: string, line: Line): { start: number; end: number } {
  let s = line.start;
  let e = line.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Collects findings keyed by line, merging reasons found on the same line. */
class FindingSet {
  private readonly byLine = new Map<number, { line: Line; reasons: string[] }>();
  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  lineAt(offset: number): Line {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  add(offset: number, reason: string): void {
    const line = this.lineAt(offset);
    const entry = this.byLine.get(line.number) ?? { line, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    this.byLine.set(line.number, entry);
  }

  result(): ScriptFinding[] {
    return [...this.byLine.values()]
      .sort((a, b) => a.line.number - b.line.number)
      .map(({ line, reasons }) => ({ ...trimmed(this.text, line), line: line.number, reasons }));
  }
}

/** Whether a line is a shell/PowerShell comment (a shebang is not code either). */
function isComment(text: string, line: Line): boolean {
  const t = text.slice(line.start, line.end).trimStart();
  return t.startsWith("#") || t.startsWith("REM ") || t.startsWith("::");
}

function scanShellRange(text: string, from: number, to: number, set: FindingSet): void {
  const region = text.slice(from, to);
  const lines = splitLines(region);
  for (const line of lines) {
    if (isComment(region, line)) continue;
    const body = region.slice(line.start, line.end);
    for (const p of SHELL_PATTERNS) {
      p.regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.regex.exec(body)) !== null) {
        set.add(from + line.start + m.index, p.reason(m));
        if (m[0].length === 0) p.regex.lastIndex++;
      }
    }
  }
}

/** Whether the script is cloud-init YAML (`#cloud-config` on its first line). */
export function isCloudConfig(text: string): boolean {
  return /^\s*#cloud-config\b/.test(text);
}

const TRUE_KEYS: ReadonlyMap<string, string> = new Map([
  ["package_update", "updates the package index at boot (cloud-init `package_update: true`)"],
  ["package_upgrade", "upgrades packages at boot (cloud-init `package_upgrade: true`)"],
  ["apt_update", "updates the package index at boot (cloud-init `apt_update: true`)"],
  ["apt_upgrade", "upgrades packages at boot (cloud-init `apt_upgrade: true`)"],
  ["repo_update", "updates the package index at boot (cloud-init `repo_update: true`)"],
  ["repo_upgrade", "upgrades packages at boot (cloud-init `repo_upgrade`)"],
]);

const AGENT_MODULES: ReadonlyMap<string, string> = new Map([
  ["ansible", "runs Ansible at boot (cloud-init `ansible` module)"],
  ["chef", "runs Chef at boot (cloud-init `chef` module)"],
  ["puppet", "runs Puppet at boot (cloud-init `puppet` module)"],
  ["salt_minion", "runs a Salt minion at boot (cloud-init `salt_minion` module)"],
]);

function isTruthy(node: unknown): boolean {
  if (!yaml().isScalar(node)) return node !== null && node !== undefined;
  const v = node.value;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return !/^(false|no|off|none|)$/i.test(v.trim());
  return v !== null;
}

function scanCloudConfig(text: string, set: FindingSet): boolean {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text, { strict: false, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const keyStart = (pair.key as YamlNode | null)?.range?.[0];
    if (key === undefined || keyStart === undefined) continue;
    const value = pair.value as YamlNode | null;
    if (key === "packages") {
      if (isSeq(value) && value.items.length > 0) set.add(keyStart, "installs packages at boot (cloud-init `packages`)");
    } else if (TRUE_KEYS.has(key)) {
      if (isTruthy(value)) set.add(keyStart, TRUE_KEYS.get(key) ?? key);
    } else if (AGENT_MODULES.has(key)) {
      set.add(keyStart, AGENT_MODULES.get(key) ?? key);
    } else if (key === "runcmd" || key === "bootcmd") {
      if (!isSeq(value)) continue;
      for (const item of value.items as (YamlNode | null)[]) {
        const r = item?.range;
        // Scan the item as written: a flow list `[apt-get, install, nginx]`
        // and a block scalar read the same way a shell line does.
        if (r) scanShellRange(text, r[0], r[1], set);
      }
    }
  }
  return true;
}

/**
 * Finds the offending lines of a boot script. Cloud-init YAML (a
 * `#cloud-config` first line, or `cloudConfig` when the caller knows the
 * content type) is read as YAML (keys and `runcmd` / `bootcmd` commands);
 * anything else, or YAML that does not parse, is read line by line as a
 * shell or PowerShell script.
 */
export function scanScript(text: string, options: { readonly cloudConfig?: boolean } = {}): readonly ScriptFinding[] {
  const scanned = options.cloudConfig ? scannedAsCloudConfig : scannedByContent;
  let findings = scanned.get(text);
  if (!findings) {
    const set = new FindingSet(text, splitLines(text));
    if (!((options.cloudConfig || isCloudConfig(text)) && scanCloudConfig(text, set))) scanShellRange(text, 0, text.length, set);
    findings = set.result();
    // A bound on memory, not an eviction policy: the scripts of one module's instances come together.
    if (scanned.size >= MAX_REMEMBERED_SCRIPTS) scanned.clear();
    scanned.set(text, findings);
  }
  return findings;
}

/**
 * Findings of scripts already scanned, by text: every instance of a module
 * usually renders the same boot script. Kept apart by whether the caller
 * said the text is cloud-init.
 */
const scannedByContent = new Map<string, readonly ScriptFinding[]>();
const scannedAsCloudConfig = new Map<string, readonly ScriptFinding[]>();
const MAX_REMEMBERED_SCRIPTS = 256;

/** Decodes base64 text that holds a readable script, else undefined. */
export function decodeBase64Script(text: string): string | undefined {
  const t = text.replace(/\s+/g, "");
  if (t.length < 8 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) return undefined;
  const decoded = Buffer.from(t, "base64").toString("utf8");
  // Mostly printable text, or it is not a script (gzip, binary).
  const printable = decoded.replace(/[^\t\n\r\x20-\x7e\u00a0-\uffff]/g, "").length;
  return decoded.length > 0 && printable / decoded.length > 0.95 && !decoded.includes("\ufffd") ? decoded : undefined;
}
