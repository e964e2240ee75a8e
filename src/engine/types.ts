/**
 * What the engine returns: findings and the notices about files it could not
 * read or parse. The report layer formats these; nothing here does I/O.
 */
import type { Range } from "../hcl/ast.js";
import type { Fix, ModuleRole, RelatedLocation, Severity } from "../../rules/api/rule.js";

export type { Fix, ModuleRole, RelatedLocation, Severity };

/** Why a finding does not count. */
export interface SuppressionInfo {
  /** `inSource`: a `tfmould-ignore` comment; `external`: the baseline file. */
  readonly kind: "inSource" | "external";
  /** The text after `--` in the comment, or "baseline". */
  readonly reason: string;
  /** The range of the comment that suppressed it (inSource only). */
  readonly commentRange?: Range;
}

/** What every finding has, wherever it is. */
interface FindingFields {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** `aws_instance.web`, `module.web.aws_instance.this`, `var.password`; "" when none applies. */
  readonly address: string;
  /** Attribute path inside the addressed block (`image`, `lifecycle.ignore_changes[0]`), "" when none. */
  readonly attributePath: string;
  readonly related: readonly RelatedLocation[];
  readonly fix?: Fix;
  /**
   * The role (see the rule catalog's "Module roles") of the module directory
   * that holds the primary location, where a user edits: an example's
   * argument that decides a finding in the module it calls is the
   * example's. Else the role of the module the rule ran on; absent when the
   * engine did not lint that directory.
   */
  readonly role?: ModuleRole;
  /**
   * Every module instance address that gave this same finding, when there
   * are several: one module's code reached through several instances with
   * the same values is one finding, whose `address` is the outermost of
   * them. Sorted; absent when one instance gave it.
   */
  readonly instances?: readonly string[];
  /** Set when an ignore comment or the baseline hides the finding; it then does not count. */
  readonly suppressed?: SuppressionInfo;
  /** Stable across line moves: rule, file, address and attribute path (see `fingerprint`). */
  readonly fingerprint: string;
}

/** A finding at a place in a file: every finding made from source, and a plan's finding whose block was found. */
export interface FileFinding extends FindingFields {
  /** Path of the file as the engine was given it (relative to the scan root, `/` separators). */
  readonly file: string;
  readonly range: Range;
}

/**
 * A finding that only a resource address names: a plan's resource whose
 * block is in none of the scanned files (a remote module that was not
 * downloaded, a plan without the configuration it came from). `address` is
 * never "" here; SARIF gives it as a logical location.
 */
export interface AddressFinding extends FindingFields {
  readonly file?: undefined;
  readonly range?: undefined;
}

/** A finding: at a place in a file, or at a resource address only (tell them apart by `file`). */
export type Finding = FileFinding | AddressFinding;

/** A problem of the run itself rather than of the code: unreadable file, bad config, a crashing rule. */
export interface Notice {
  readonly level: "error" | "warning";
  readonly message: string;
  readonly file?: string;
  readonly range?: Range;
}

/** The counts of a result, as the JSON report's `summary` gives them. */
export interface LintSummary {
  /** Findings that count (not suppressed), by severity. */
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** Findings hidden by an ignore comment or the baseline; they never count. */
  readonly suppressed: number;
  /** Files linted. */
  readonly files: number;
  /** Notices about the run. */
  readonly notices: number;
}

/**
 * What a lint returns. `F` is `FileFinding` for a lint without a plan: only a
 * plan's resources can be found at an address alone.
 */
export interface LintResult<F extends Finding = Finding> {
  /** Sorted by file, line, column, rule id; address-only findings last, by address. */
  readonly findings: readonly F[];
  readonly notices: readonly Notice[];
  /** Files linted (configuration and variable files), relative paths. */
  readonly files: readonly string[];
  /** The rules that were enabled, with their effective severity. */
  readonly enabledRules: readonly { readonly id: string; readonly severity: Severity }[];
  /**
   * The counts of `findings`, `notices` and `files`. A caller that changes
   * the findings (`applyBaseline`, a filter) recomputes it with `summaryOf`.
   */
  readonly summary: LintSummary;
  /**
   * The plan file the run checked (`lint({ plan, planFile })`, `--plan`),
   * relative to the working directory: SARIF names it as the file of a
   * finding at an address alone, since code scanning needs a file.
   */
  readonly planFile?: string;
  /**
   * The text of each file with a finding, by `Finding.file`: what SARIF's
   * `primaryLocationLineHash` is computed from when `format` is given no
   * `readSource`. Set by `lint`; absent when nothing could be read.
   */
  readonly sources?: Readonly<Record<string, string>>;
}
