/**
 * Who tfmould is, for reports: its name, home and version.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The tool's name as reports show it. */
export const TOOL_NAME = "tfmould";

/** The project's home; rule documentation lives under `docs/rules/` there. */
export const REPOSITORY_URL = "https://github.com/tfmould/tfmould";

/** Link to a rule's documentation page. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/**
 * Where a rule's documentation is: its own `docsUrl`, else tfmould's page
 * for its own rules; undefined for a plugin's rule that gives none.
 */
export function ruleDocsLink(rule: { readonly id: string; readonly docsUrl?: string }): string | undefined {
  return rule.docsUrl ?? (rule.id.includes("/") ? undefined : ruleDocsUrl(rule.id));
}

let cachedVersion: string | undefined;

/**
 * The version in tfmould's own package.json. The file is found by walking up
 * from this module, because the compiled module sits one level deeper
 * (`dist/src/report`) than the source (`src/report`).
 */
export function toolVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === TOOL_NAME && typeof pkg.version === "string") return (cachedVersion = pkg.version);
    } catch {
      // No package.json here (or not ours): keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) return (cachedVersion = "0.0.0");
    dir = parent;
  }
}
