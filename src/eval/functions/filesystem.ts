/**
 * Terraform's file functions, reading only inside the scanned root through
 * the scope's sandbox: a path that escapes it is unknown (the scope reports
 * a diagnostic), a missing file is an error as in Terraform.
 */
import { parseTemplateText } from "../../hcl/parser.js";
import type { CallContext, FileRead } from "../internal.js";
import { EvalError, STEP_CHARS, STEP_PATTERN_CHARS, chargeSteps } from "../internal.js";
import type { Value } from "../value.js";
import { boolValue, setValue, stringValue, stripOrigins, unknownValue } from "../values.js";
import { digest } from "./hash.js";
import type { Pattern } from "./regex.js";
import { compilePattern, hasMatch } from "./regex.js";
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

/** The variables a template sees, from a map argument. */
function templateVariables(vars: Value): Map<string, Value> {
  const bindings = new Map<string, Value>();
  for (const [k, v] of obj(vars, "template variables").entries) {
    if (!IDENTIFIER.test(k)) throw new EvalError(`invalid template variable name "${k}"`);
    bindings.set(k, v);
  }
  return bindings;
}

/**
 * A glob for one path segment (`*`, `?`, `[...]`, `{a,b}`) as an RE2
 * pattern: the pattern comes from the scanned repository, and a
 * backtracking engine took minutes over `*a*a*a*a*a*a*a*a`, where RE2 is
 * linear in the name.
 */
function globPattern(glob: string): Pattern {
  let out = "";
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) throw new EvalError("unterminated [ in fileset pattern");
      const body = glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
      out += `[${body}]`;
      i = end;
    } else if (c === "{") {
      inBraces = true;
      out += "(?:";
    } else if (c === "}" && inBraces) {
      inBraces = false;
      out += ")";
    } else if (c === "," && inBraces) out += "|";
    else if (c === "\\" && i + 1 < glob.length) out += "\\" + glob[++i];
    else out += /[.+^$()|\]\\/{}]/.test(c) ? "\\" + c : c;
  }
  return compilePattern(`^${out}$`);
}

/** A relative directory as Terraform prints it in fileset results. */
function cleanRelative(dir: string): string {
  return dir.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}

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
      const bindings = templateVariables(vars);
      const r = read(call, str(p, "path"), false);
      if (isValue(r)) return r;
      const parsed = parseTemplateText(r.text, r.path);
      if (parsed.diagnostics.some((d) => d.severity === "error")) throw new EvalError("template has syntax errors");
      return call.renderTemplate(parsed.expr, r.path, bindings);
    },
  },
  fileset: {
    params: 2,
    returns: "tuple",
    impl: ([p, pat], call) => {
      const base = str(p, "path");
      const pattern = str(pat, "pattern");
      const slash = pattern.lastIndexOf("/");
      const dirPart = slash < 0 ? "" : pattern.slice(0, slash);
      const filePart = pattern.slice(slash + 1);
      // Only a literal directory can be listed through the host; wildcard directories stay unknown.
      if (/[*?[{\\]/.test(dirPart) || filePart.includes("**")) return unknownValue("tuple", "fileset pattern with wildcard directories");
      const names = call.ctx.scope.listFiles(dirPart === "" ? base : `${base}/${dirPart}`, call.origin);
      if (names === undefined) return unknownValue("tuple", "path outside the scanned root");
      // Compiling is linear in the pattern, each match in the name (RE2): charged like a regex search, first.
      let work = Math.ceil(filePart.length / STEP_PATTERN_CHARS);
      for (const n of names) work += Math.ceil((n.length + 1) / STEP_CHARS);
      if (!chargeSteps(call.ctx, work, call.origin)) return unknownValue("tuple", "evaluation budget exceeded");
      const glob = globPattern(filePart);
      const prefix = dirPart === "" ? "" : `${cleanRelative(dirPart)}/`;
      return setValue(names.filter((n) => hasMatch(glob, n)).map((n) => stringValue(prefix + n)));
    },
  },
  templatestring: {
    params: 2,
    returns: "any",
    partial: true,
    impl: ([t, vars], call) => {
      if (t.kind === "unknown" || vars.kind === "unknown") return unknownValue("any", "argument not known");
      const bindings = templateVariables(vars);
      const parsed = parseTemplateText(str(t, "template"), call.origin.file);
      if (parsed.diagnostics.some((d) => d.severity === "error")) throw new EvalError("template has syntax errors");
      // Ranges inside the string are not positions in any file: the result gets the call's origins.
      return stripOrigins(call.renderTemplate(parsed.expr, call.origin.file, bindings));
    },
  },
  basename: { params: 1, returns: "string", impl: ([p]) => stringValue(basename(str(p))) },
  dirname: { params: 1, returns: "string", impl: ([p]) => stringValue(dirname(str(p))) },
};
