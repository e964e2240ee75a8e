/**
 * The model layer: parsed files of one directory → a typed `Module`.
 */
export { buildModule, type BuildModuleOptions } from "./build.js";
export { loadModule, type LoadModuleOptions } from "./load.js";
export { DiskHost } from "./disk-host.js";
export { MemoryHost } from "./memory-host.js";
export { fileOfNode } from "./node-files.js";
export { isOverrideFile } from "./files.js";
export type * from "./types.js";
export type { SourceHost } from "./host.js";
