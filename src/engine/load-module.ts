/**
 * Stand-in for the model's `loadModule` until it lands: parses the
 * directory's configuration and variable files into a `Module` with no
 * items. Replaced by `src/model`'s loader.
 */
import * as path from "node:path";
import type { HclFile } from "../hcl/ast.js";
import { parse } from "../hcl/index.js";
import type { SourceHost } from "../model/host.js";
import type { Module } from "../model/types.js";

export function loadModule(dir: string, options: { host: SourceHost }): Module {
  const files: HclFile[] = [];
  const varFiles: HclFile[] = [];
  for (const name of options.host.listFiles(dir)) {
    const isConfig = name.endsWith(".tf") || name.endsWith(".tf.json");
    const isVars = name.endsWith(".tfvars") || name.endsWith(".tfvars.json");
    if (!isConfig && !isVars) continue;
    const filename = dir === "." ? name : path.join(dir, name);
    const text = options.host.readFile(filename);
    if (text === undefined) continue;
    (isConfig ? files : varFiles).push(parse(text, filename));
  }
  return {
    dir,
    files,
    varFiles,
    resources: [],
    resourcesByAddress: new Map(),
    moduleCalls: new Map(),
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    providers: [],
    terraform: { blocks: [], requiredVersion: undefined, requiredProviders: new Map(), backend: undefined, cloud: undefined },
    otherBlocks: [],
    diagnostics: [],
  };
}
