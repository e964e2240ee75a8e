/**
 * What every formatter is given besides the lint result.
 */
import type { Rule } from "../../rules/api/rule.js";
import type { LineHashMemo } from "./line-hash-memo.js";

/** The output formats. */
export type FormatName = "stylish" | "json" | "sarif" | "github" | "gitlab" | "junit" | "checkstyle" | "compact";

/** Every format name, in the order `--help` lists them. */
export const FORMAT_NAMES: readonly FormatName[] = ["stylish", "json", "sarif", "github", "gitlab", "junit", "checkstyle", "compact"];

export interface FormatOptions {
  /**
   * Directory that `Finding.file` paths are relative to (the directory the
   * engine was run from). Defaults to `cwd`.
   */
  readonly root?: string;
  /**
   * Working directory: every format but SARIF shows paths relative to it,
   * and SARIF uses it as `%SRCROOT%`. Defaults to `process.cwd()`.
   */
  readonly cwd?: string;
  /** stylish: use ANSI colours. Default false. */
  readonly color?: boolean;
  /**
   * sarif: the text of a file as it is on disk (path as in `Finding.file`),
   * to compute `primaryLocationLineHash`; undefined when it cannot be read.
   * Without it, the result's `sources` (which `lint` fills) are used, and
   * for a file in neither that fingerprint is left for the upload to compute.
   */
  readonly readSource?: (file: string) => string | undefined;
  /**
   * sarif: `primaryLocationLineHash` values known from an earlier run over
   * the same texts, used instead of reading the file; the hashes this report
   * works out are added to it.
   */
  readonly lineHashes?: LineHashMemo;
  /** Rule metadata to describe rules with (SARIF), and to rank findings by (GitLab). Defaults to tfmould's rule registry. */
  readonly rules?: readonly Rule[];
  /** sarif: `runs[0].automationDetails.id` (`category/run-id`). Default `tfmould/`. */
  readonly automationId?: string;
  /** The version to report. Defaults to tfmould's package version. */
  readonly toolVersion?: string;
}
