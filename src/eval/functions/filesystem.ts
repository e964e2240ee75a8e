/**
 * Terraform's file functions, reading only inside the scanned root through
 * the scope's sandbox: a path that escapes it is unknown (the scope reports
 * a diagnostic), a missing file is an error as in Terraform.
 */
import { parseTemplateText } from "../../hcl/parser.js";
import type { CallContext, FileRead } from "../internal.js";
import { EvalError } from "../internal.js";
import type { Value } from "../value.js";
import { boolValue, stringValue, unknownValue } from "../values.js";
import { digest } from "./hash.js";
import type { FunctionTable } from "./registry.js";
import { obj, str } from "./registry.js";

/** Reads a file as text, or returns the unknown/error value to give instead. */
function read(call: CallContext, path: string, binaryOk: boolean): { text: string; path: string } | Value {
  const r: FileRead = call.ctx.scope.readFile(path, call.origin);
  if (r.ok) return { text: r.text, path: r.path };
  if (r.kind === "escape") return unknownValue("string", r.reason);
  if (r.kind === "binary" && binaryOk) return unknownValue("string", "file is not UTF-8 text");
  throw new EvalError(r.reason);
}

function isValue(x: { text: string; path: string } | Value): x is Value {
  return "kind" in x;
}

function fileDigest(algorithm: string, encoding: "hex" | "base64") {
  return {
    params: 1,
    returns: "string" as const,
    impl: ([p]: readonly Value[], call: CallContext): Value => {
      const r = read(call, str(p, "path"), true);
      return isValue(r) ? r : stringValue(digest(algorithm, r.text, encoding));
    },
  };
}

/** Go's filepath.Base. */
function basename(p: string): string {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** Go's filepath.Dir. */
function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  const dir = i < 0 ? "" : p.slice(0, i + 1);
  if (dir === "") return ".";
  const cleaned = dir.replace(/\/+$/, "");
  return cleaned === "" ? "/" : cleaned;
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

export const filesystemFunctions: FunctionTable = {
  file: {
    params: 1,
    returns: "string",
    impl: ([p], call) => {
      const r = read(call, str(p, "path"), false);
      return isValue(r) ? r : stringValue(r.text);
    },
  },
  fileexists: {
    params: 1,
    returns: "bool",
    impl: ([p], call) => {
      const exists = call.ctx.scope.fileExists(str(p, "path"), call.origin);
      return exists === undefined ? unknownValue("bool", "path outside the scanned root") : boolValue(exists);
    },
  },
  filebase64: {
    params: 1,
    returns: "string",
    impl: ([p], call) => {
      const r = read(call, str(p, "path"), true);
      return isValue(r) ? r : stringValue(Buffer.from(r.text, "utf8").toString("base64"));
    },
  },
  filemd5: fileDigest("md5", "hex"),
  filesha1: fileDigest("sha1", "hex"),
  filesha256: fileDigest("sha256", "hex"),
  filesha512: fileDigest("sha512", "hex"),
  filebase64sha256: fileDigest("sha256", "base64"),
  filebase64sha512: fileDigest("sha512", "base64"),
  templatefile: {
    params: 2,
    returns: "any",
    partial: true,
    impl: ([p, vars], call) => {
      if (p.kind === "unknown" || vars.kind === "unknown") return unknownValue("any", "argument not known");
      if (call.ctx.mode === "template") {
        call.ctx.scope.report({
          severity: "warning",
          summary: "Recursive templatefile call",
          detail: "templatefile cannot be called from inside a template, as in Terraform; the value is treated as unknown.",
          origin: call.origin,
        });
        throw new EvalError("cannot recursively call templatefile from inside templatefile");
      }
      const bindings = new Map<string, Value>();
      for (const [k, v] of obj(vars, "template variables").entries) {
        if (!IDENTIFIER.test(k)) throw new EvalError(`invalid template variable name "${k}"`);
        bindings.set(k, v);
      }
      const r = read(call, str(p, "path"), false);
      if (isValue(r)) return r;
      const parsed = parseTemplateText(r.text, r.path);
      if (parsed.diagnostics.some((d) => d.severity === "error")) throw new EvalError("template has syntax errors");
      return call.renderTemplate(parsed.expr, r.path, bindings);
    },
  },
  basename: { params: 1, returns: "string", impl: ([p]) => stringValue(basename(str(p))) },
  dirname: { params: 1, returns: "string", impl: ([p]) => stringValue(dirname(str(p))) },
};
