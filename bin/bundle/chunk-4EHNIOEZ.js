import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);

// src/cli/errors.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
var EXIT_LSP_NO_SHUTDOWN = 1;

// src/report/tool.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var TOOL_NAME = "tfmould";
var REPOSITORY_URL = "https://github.com/tfmould/tfmould";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
function ruleDocsLink(rule) {
  return rule.docsUrl ?? (rule.id.includes("/") ? void 0 : ruleDocsUrl(rule.id));
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

export {
  TOOL_NAME,
  REPOSITORY_URL,
  ruleDocsLink,
  toolVersion,
  UsageError,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_ERROR,
  EXIT_LSP_NO_SHUTDOWN
};
