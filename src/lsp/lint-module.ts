/**
 * One lint of the module an editor document belongs to: the document's
 * directory on disk, read through the open buffers, exactly as `tfmould`
 * lints a module directory (the nearest `.tfmould.json`, its severities,
 * exclusions and suppressions); or, for a document that is not a file (an
 * untitled buffer), that one text alone.
 */
import { resolve } from "node:path";
import type { Plugin } from "../../rules/api/plugin.js";
import type { Rule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import { withPlugins } from "../config/index.js";
import { lint, lintModules } from "../engine/lint.js";
import type { FileFinding as Finding, Notice } from "../engine/types.js";
import { DiskHost } from "../model/disk-host.js";
import { ReadBoundary } from "../model/file-access.js";
import type { SourceHost } from "../model/host.js";
import type { OpenTexts } from "./overlay-host.js";
import { OverlayHost } from "./overlay-host.js";

/** What one lint found, with every file named by its absolute path (or its name, in memory). */
export interface ModuleLint {
  /** Findings that count: those an ignore comment hides are left out, as the command leaves them out of its exit code. */
  readonly findings: readonly Finding[];
  readonly notices: readonly Notice[];
  /** The text of a file as this lint read it, for positions and edits. */
  readonly textOf: (file: string) => string | undefined;
  /** The rules that ran: the catalog, then the plugins' rules. */
  readonly rules: readonly Rule[];
}

/**
 * Lints the module directory `dir` with the open documents over the disk.
 * What may be read is what `tfmould <dir>` may read: the repository that
 * holds the directory.
 *
 * @throws ConfigError when the config that applies is invalid (PluginError when a plugin is).
 */
export function lintDirectory(dir: string, open: OpenTexts, plugins?: readonly Plugin[]): ModuleLint {
  const { host, boundary } = directoryHost(dir, open);
  const result = lintModules({ paths: [dir], host, boundary, cwd: dir, ...(plugins && plugins.length > 0 ? { plugins } : {}) });
  const abs = (file: string): string => resolve(dir, file);
  const findings = result.findings
    .filter((f) => f.suppressed === undefined)
    .map((f) => ({
      ...f,
      file: abs(f.file),
      related: f.related.map((r) => ({ ...r, file: abs(r.file) })),
      ...(f.fix ? { fix: { ...f.fix, file: abs(f.fix.file) } } : {}),
    }));
  const notices = result.notices.map((n) => (n.file === undefined ? n : { ...n, file: abs(n.file) }));
  const rules = plugins && plugins.length > 0 ? withPlugins(catalog, plugins) : catalog;
  return { findings, notices, textOf: (file) => host.readFile(file), rules };
}

/** What a lint of `dir` reads through: the open buffers over the disk, within the repository that holds `dir`. */
export function directoryHost(dir: string, open: OpenTexts): { host: SourceHost; boundary: ReadBoundary } {
  const boundary = ReadBoundary.forScan([dir], dir);
  return { host: new OverlayHost(new DiskHost({ boundary }), open, boundary), boundary };
}

/** Lints one text that has no file behind it, named `name` (which decides native or JSON syntax), with the rules' defaults. */
export function lintText(name: string, text: string): ModuleLint {
  const result = lint({ files: { [name]: text } });
  return {
    findings: result.findings.filter((f) => f.suppressed === undefined),
    notices: result.notices,
    textOf: (file) => (file === name ? text : undefined),
    rules: catalog,
  };
}
