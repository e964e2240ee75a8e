/**
 * The files a run saw: what is kept of each after its tree is dropped (text
 * for range checks, suppressions, diagnostics), the config it belongs to,
 * which were linted, and the parse and structure errors that become
 * `syntax-error` findings.
 */
import type { Rule, Severity } from "../../rules/api/rule.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Diagnostic, HclFile, Range } from "../hcl/ast.js";
import { lineIndexOf, plainRange, shareLineIndex } from "../hcl/positions.js";
import type { Module, ModuleDiagnostic } from "../model/types.js";
import type { FileNames } from "./file-names.js";
import type { DraftFinding, FileTable } from "./findings.js";
import { isValidRange } from "./findings.js";
import type { FileSuppressions } from "./suppressions.js";
import { collectSuppressions } from "./suppressions.js";
import type { Notice } from "./types.js";

/** The rule id of parse and structure errors. */
export const SYNTAX_ERROR = "syntax-error";

/** What the run keeps of a file after its tree is dropped. */
export interface FileRecord {
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly display: string;
  readonly suppressions: FileSuppressions;
}

export class FileRecords implements FileTable {
  /** Every parsed file the run saw, by host path. */
  private readonly records = new Map<string, FileRecord>();
  /**
   * The config that applies to each parsed file: its own directory's when
   * that is linted, otherwise that of the first module that loaded it.
   */
  private readonly configs = new Map<string, ResolvedConfig>();
  private readonly linted = new Set<string>();
  private readonly structureErrors: { filename: string; diagnostic: Diagnostic; config: ResolvedConfig }[] = [];
  /** Modules whose diagnostics are registered (a module loaded again after it was dropped may repeat them; they are de-duplicated at the end). */
  private readonly modulesSeen = new WeakSet<Module>();

  constructor(private readonly names: FileNames) {}

  display(filename: string): string {
    return this.names.display(filename);
  }

  get(filename: string): FileRecord | undefined {
    return this.records.get(filename);
  }

  /** Keeps what the run needs of a file; `linted` when the file belongs to a module being linted (not only loaded by one). */
  register(file: HclFile, config: ResolvedConfig, linted: boolean): void {
    if (!this.records.has(file.filename)) {
      const display = this.display(file.filename);
      const record = {
        source: file.source,
        diagnostics: file.diagnostics,
        display,
        suppressions: collectSuppressions(file, display),
      };
      // Findings' ranges are checked against the record's lines: the parser's index of them, not a new one per file.
      this.records.set(file.filename, shareLineIndex(record, lineIndexOf(file)));
      this.configs.set(file.filename, config);
    }
    if (linted && !this.linted.has(file.filename)) {
      this.linted.add(file.filename);
      this.configs.set(file.filename, config);
    }
  }

  /**
   * The model's diagnostics become `syntax-error` findings: structural errors
   * (duplicates), and files that could not be read as UTF-8 text, which
   * Terraform cannot load either.
   */
  registerModuleDiagnostics(module: Module, config: ResolvedConfig, diagnostics: readonly ModuleDiagnostic[] = module.diagnostics): void {
    if (this.modulesSeen.has(module)) return;
    this.modulesSeen.add(module);
    for (const d of diagnostics) this.structureErrors.push({ filename: d.filename, diagnostic: d, config });
  }

  /** Display names of the linted files, sorted. */
  lintedFiles(): string[] {
    return [...this.linted].map((f) => this.display(f)).sort();
  }

  /** Every file's record, for suppressions. */
  all(): FileRecord[] {
    return [...this.records.values()];
  }

  /** The config of each file, by display name. */
  configsByDisplay(): Map<string, ResolvedConfig> {
    const out = new Map<string, ResolvedConfig>();
    for (const [filename, config] of this.configs) out.set(this.display(filename), config);
    return out;
  }

  /**
   * Parse errors of every file seen and the model's structural errors, as
   * `syntax-error` drafts; notices instead when the run has no such rule
   * (a custom rule list), since parse errors must not vanish.
   */
  syntaxErrors(rules: readonly Rule[], notices: Notice[]): DraftFinding[] {
    const all = [...this.structureErrors];
    for (const [filename, file] of this.records) {
      const config = this.configs.get(filename);
      if (!config) continue;
      for (const diagnostic of file.diagnostics) all.push({ filename, diagnostic, config });
    }
    const rule = rules.find((r) => r.id === SYNTAX_ERROR);
    const drafts: DraftFinding[] = [];
    for (const { filename, diagnostic, config } of all) {
      if (!rule) {
        notices.push(this.notice(filename, diagnostic));
        continue;
      }
      const setting = config.rules.get(SYNTAX_ERROR);
      if (!setting) continue;
      const display = this.display(filename);
      const range = isValidRange(diagnostic.range, this.records.get(filename)) ? diagnostic.range : startOfFile();
      const severity: Severity = diagnostic.severity === "warning" && setting.severity === rule.severity ? "warning" : setting.severity;
      drafts.push({
        ruleId: SYNTAX_ERROR,
        severity,
        message: diagnostic.detail ? `${diagnostic.summary}: ${diagnostic.detail}` : diagnostic.summary,
        file: display,
        range,
        address: "",
        attributePath: "",
        related: [],
        anchors: [{ file: display, range }],
      });
    }
    return drafts;
  }

  /** A diagnostic that is a problem of the run rather than a finding (evaluation limits, unreadable files). */
  notice(filename: string, d: Diagnostic): Notice {
    return {
      level: "warning",
      message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
      file: this.display(filename),
      ...(isValidRange(d.range) ? { range: plainRange(d.range) } : {}),
    };
  }
}

function startOfFile(): Range {
  const p = { line: 1, column: 1, offset: 0 };
  return { start: p, end: p };
}
