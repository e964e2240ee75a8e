/**
 * The yaml library, loaded on first use: only `yamldecode`, `yamlencode` and
 * cloud-config user data need it, and importing it cost every run (and every
 * lint worker thread) about 0.1 s of start-up.
 */
import { createRequire } from "node:module";
import type * as YamlModule from "yaml";

type Yaml = typeof YamlModule;

let loaded: Yaml | undefined;

export function yaml(): Yaml {
  loaded ??= createRequire(import.meta.url)("yaml") as Yaml;
  return loaded;
}
