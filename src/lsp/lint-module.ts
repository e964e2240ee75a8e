/**
 * One lint of the module an editor document belongs to: the document's
 * directory on disk, read through the open buffers, exactly as `tfmould`
 * lints a module directory (the nearest `.tfmould.json`, its severities,
 * exclusions and suppressions); or, for a document that is not a file (an
 * untitled buffer), that one text alone.
 */
import { resolve } from "node:path";
import { lint, lintModules } from "../engine/lint.js";
import type { Finding, Notice } from "../engine/types.js";
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
}

/**
 * Lints the module directory `dir` with the open documents over the disk.
 * What may be read is what `tfmould <dir>` may read: the repository that
 * holds the directory.
 *
 * @throws ConfigError when the config that applies is invalid.
 */
export function lintDirectory(dir: string, open: OpenTexts): ModuleLint {
  const boundary = ReadBoundary.forScan([dir], dir);
  const host: SourceHost = new OverlayHost(new DiskHost({ boundary }), open, boundary);
  const result = lintModules({ paths: [dir], host, boundary, cwd: dir });
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
  return { findings, notices, textOf: (file) => host.readFile(file) };
}

/** Lints one text that has no file behind it, named `name` (which decides native or JSON syntax), with the rules' defaults. */
export function lintText(name: string, text: string): ModuleLint {
  const result = lint({ files: { [name]: text } });
  return {
    findings: result.findings.filter((f) => f.suppressed === undefined),
    notices: result.notices,
    textOf: (file) => (file === name ? text : undefined),
  };
}
