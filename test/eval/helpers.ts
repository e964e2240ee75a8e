/** Test helpers: modules in memory, and evaluation of one expression written as a local. */
import { loadModule, MemoryHost } from "../../src/model/index.js";
import type { Module } from "../../src/model/types.js";
import { createModuleScope } from "../../src/eval/index.js";
import type { Scope, ScopeOptions, Value } from "../../src/eval/index.js";
import { toJs } from "../../src/eval/index.js";

export const ROOT = "proj";

/** Files keyed by path relative to the project root. */
export function hostWith(files: Readonly<Record<string, string>>): MemoryHost {
  const host = new MemoryHost();
  for (const [path, text] of Object.entries(files)) host.set(`${ROOT}/${path}`, text);
  return host;
}

export function moduleScope(
  files: Readonly<Record<string, string>>,
  options: Partial<ScopeOptions> = {},
): { module: Module; scope: Scope; host: MemoryHost } {
  const host = hostWith(files);
  const module = loadModule(ROOT, { host });
  const scope = createModuleScope(module, { host, rootDir: ROOT, isRoot: true, ...options });
  return { module, scope, host };
}

/** Evaluates `text` as the value of a local in a module with `files` beside it. */
export function evalLocal(text: string, files: Readonly<Record<string, string>> = {}, options: Partial<ScopeOptions> = {}): Value {
  const { scope } = moduleScope({ ...files, "expr.tf": `locals {\n  v = ${text}\n}\n` }, options);
  return scope.local("v");
}

/** The plain JS of a known value; `"<unknown>"` when it is not known. */
export function js(text: string, files: Readonly<Record<string, string>> = {}, options: Partial<ScopeOptions> = {}): unknown {
  const v = evalLocal(text, files, options);
  const out = toJs(v);
  return out === undefined ? "<unknown>" : out;
}

/** Evaluates `text` as a local and returns the value with the scope's diagnostics. */
export function evalWithDiagnostics(
  text: string,
  files: Readonly<Record<string, string>> = {},
  options: Partial<ScopeOptions> = {},
): { value: Value; diagnostics: ReturnType<Scope["diagnostics"]> } {
  const { scope } = moduleScope({ ...files, "expr.tf": `locals {\n  v = ${text}\n}\n` }, options);
  const value = scope.local("v");
  return { value, diagnostics: scope.diagnostics() };
}
