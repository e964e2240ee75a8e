/** Terraform's encoding functions: JSON, YAML, base64, URL and CSV. */
import { EvalError, MAX_STRING } from "../internal.js";
import { yaml } from "../yaml.js";
import type { Value } from "../value.js";
import { fromJs, objectValue, sizeExceeds, sortedKeys, stringValue, toJs, tupleValue, unknownValue } from "../values.js";
import type { JsValue } from "../values.js";
import { jsonEncode } from "./json.js";
import type { FunctionTable } from "./registry.js";
import { str } from "./registry.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeBase64(text: string): Buffer {
  const s = text.replace(/[\r\n]/g, "");
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new EvalError("invalid base64 data");
  return Buffer.from(s, "base64");
}

function utf8Text(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new EvalError("the result of decoding is not valid UTF-8");
  }
}

/** Go's url.QueryEscape. */
function queryEscape(s: string): string {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** Numbers as YAML text the way Terraform writes them (plain decimal). */
function yamlReady(v: Value): unknown {
  switch (v.kind) {
    case "tuple":
      return v.items.map(yamlReady);
    case "object": {
      const out = new Map<string, unknown>();
      for (const k of sortedKeys(v)) out.set(k, yamlReady(v.entries.get(k) as Value));
      return out;
    }
    default:
      return toJs(v);
  }
}

function yamlEncode(v: Value): string {
  const doc = new (yaml().Document)(yamlReady(v));
  return doc.toString({
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "QUOTE_DOUBLE",
    indentSeq: false,
    lineWidth: 0,
  });
}

function yamlDecode(text: string): Value {
  const docs = yaml().parseAllDocuments(text, { merge: true });
  if (!Array.isArray(docs)) throw new EvalError("invalid YAML");
  if (docs.length === 0) return fromJs(null);
  if (docs.length > 1) throw new EvalError("YAML with more than one document");
  const doc = docs[0];
  if (doc.errors.length > 0) throw new EvalError(`invalid YAML: ${doc.errors[0].message}`);
  return fromJs(doc.toJS({ maxAliasCount: 100 }));
}

/** RFC 4180 records, as Go's encoding/csv reads them (strict quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  const s = text.replace(/\r\n/g, "\n");
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < s.length && s[i] !== "," && s[i] !== "\n") throw new EvalError('extraneous " in CSV field');
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === '"') throw new EvalError('bare " in non-quoted CSV field');
    if (c === ",") {
      row.push(field);
      field = "";
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
      i++;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (quoted) throw new EvalError("unterminated quoted CSV field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Go's reader skips empty lines.
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

const TEXT_ENCODINGS: Readonly<Record<string, BufferEncoding>> = {
  "UTF-8": "utf8",
  "UTF-16LE": "utf16le",
  "US-ASCII": "ascii",
  "ISO-8859-1": "latin1",
};

export const encodingFunctions: FunctionTable = {
  jsonencode: {
    deep: true,
    params: 1,
    returns: "string",
    nullable: true,
    impl: ([v]) => {
      if (sizeExceeds(v, MAX_STRING)) throw new EvalError("result too large");
      const s = jsonEncode(v);
      if (s === undefined) throw new EvalError("value cannot be encoded as JSON");
      return stringValue(s);
    },
  },
  jsondecode: {
    params: 1,
    returns: "any",
    impl: ([s]) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(str(s)) as JsValue;
      } catch (e) {
        throw new EvalError(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
      return fromJs(parsed);
    },
  },
  yamlencode: {
    deep: true,
    params: 1,
    returns: "string",
    nullable: true,
    impl: ([v]) => {
      if (sizeExceeds(v, MAX_STRING / 2)) throw new EvalError("result too large");
      return stringValue(yamlEncode(v));
    },
  },
  yamldecode: { params: 1, returns: "any", impl: ([s]) => yamlDecode(str(s)) },
  base64encode: { params: 1, returns: "string", impl: ([s]) => stringValue(Buffer.from(str(s), "utf8").toString("base64")) },
  base64decode: { params: 1, returns: "string", impl: ([s]) => stringValue(utf8Text(decodeBase64(str(s)))) },
  textencodebase64: {
    params: 2,
    returns: "string",
    impl: ([s, enc]) => {
      const encoding = TEXT_ENCODINGS[str(enc).toUpperCase()];
      if (!encoding) return unknownValue("string", "text encoding not supported");
      return stringValue(Buffer.from(str(s), encoding).toString("base64"));
    },
  },
  textdecodebase64: {
    params: 2,
    returns: "string",
    impl: ([s, enc]) => {
      const encoding = TEXT_ENCODINGS[str(enc).toUpperCase()];
      if (!encoding) return unknownValue("string", "text encoding not supported");
      const bytes = decodeBase64(str(s));
      return stringValue(encoding === "utf8" ? utf8Text(bytes) : bytes.toString(encoding));
    },
  },
  urlencode: { params: 1, returns: "string", impl: ([s]) => stringValue(queryEscape(str(s))) },
  csvdecode: {
    params: 1,
    returns: "tuple",
    impl: ([s]) => {
      const text = str(s);
      if (text.length > MAX_STRING) throw new EvalError("input too large");
      const rows = parseCsv(text);
      if (rows.length === 0) throw new EvalError("missing header line");
      const [header, ...records] = rows;
      return tupleValue(
        records.map((r) => {
          if (r.length !== header.length) throw new EvalError("wrong number of fields in CSV record");
          return objectValue(new Map(header.map((h, i) => [h, stringValue(r[i])])));
        }),
      );
    },
  },
};

