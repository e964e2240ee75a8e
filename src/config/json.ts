/**
 * A strict JSON reader for `.tfmould.json` that says where things are:
 * syntax errors and duplicate keys come with a line and column, and every
 * value's position is kept by its JSON path so that schema errors can point
 * at the offending key. `JSON.parse` gives neither reliably.
 */
import { LineIndex } from "../hcl/positions.js";

/** A 1-based line and column (columns in code points). */
export interface JsonPosition {
  readonly line: number;
  readonly column: number;
}

export type JsonPathSegment = string | number;

export interface JsonReadResult {
  readonly value: unknown;
  /** Position of the key (or the value, for array items and the root) of each path, keyed by `pathKey`. */
  readonly positions: ReadonlyMap<string, JsonPosition>;
}

/** A syntax error or duplicate key, with its place. */
/** How deep a config may nest: far beyond any real one, far below the stack's limit. */
const MAX_DEPTH = 64;

export class JsonSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly position: JsonPosition,
  ) {
    super(`${position.line}:${position.column}: ${detail}`);
    this.name = "JsonSyntaxError";
  }
}

/** The map key for a path: segments joined by NUL (which cannot appear unescaped in JSON text). */
export function pathKey(path: readonly JsonPathSegment[]): string {
  return path.map((s) => (typeof s === "number" ? `#${s}` : `.${s}`)).join("\u0000");
}

/** Reads JSON text; throws `JsonSyntaxError` with a position on the first problem. */
export function readJson(text: string): JsonReadResult {
  return new Reader(text).readDocument();
}

class Reader {
  private pos = 0;
  private readonly positions = new Map<string, JsonPosition>();
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  readDocument(): JsonReadResult {
    this.skipSpace();
    const value = this.readValue([]);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
    return { value, positions: this.positions };
  }

  private readValue(path: JsonPathSegment[]): unknown {
    // A config is a few levels deep; a hostile one must not exhaust the stack (or quadratic path copies).
    if (path.length > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    if (!this.positions.has(pathKey(path))) this.positions.set(pathKey(path), this.positionAt(this.pos));
    const c = this.text[this.pos];
    if (c === "{") return this.readObject(path);
    if (c === "[") return this.readArray(path);
    if (c === '"') return this.readString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.readNumber();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(`expected a JSON value, found ${this.describeHere()}`);
  }

  private readObject(path: JsonPathSegment[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.pos++; // {
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(`expected a quoted property name, found ${this.describeHere()}`);
      const keyStart = this.pos;
      const key = this.readString();
      if (seen.has(key)) this.failAt(keyStart, `duplicate key "${key}"`);
      seen.add(key);
      const childPath = [...path, key];
      this.positions.set(pathKey(childPath), this.positionAt(keyStart));
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail(`expected ':' after the property name, found ${this.describeHere()}`);
      this.pos++;
      this.skipSpace();
      const value = this.readValue(childPath);
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "}") {
        this.pos++;
        return result;
      }
      this.fail(`expected ',' or '}' after a property value, found ${this.describeHere()}`);
    }
  }

  private readArray(path: JsonPathSegment[]): unknown[] {
    const result: unknown[] = [];
    this.pos++; // [
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.readValue([...path, result.length]));
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "]") {
        this.pos++;
        return result;
      }
      this.fail(`expected ',' or ']' after an array element, found ${this.describeHere()}`);
    }
  }

  private readString(): string {
    const start = this.pos;
    this.pos++; // opening quote
    let out = "";
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.failAt(start, "unterminated string");
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === "\\") {
        const e = this.text[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e !== undefined && e in simple) {
          out += simple[e];
          this.pos += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
          continue;
        }
        this.fail("invalid escape sequence in string");
      }
      if (c < " ") this.fail("control character in string (escape it)");
      out += c;
      this.pos++;
    }
  }

  private readNumber(): number {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match || match[0] === "-") this.fail("invalid number");
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.pos++;
      else break;
    }
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return "the end of the file";
    const cp = this.text.codePointAt(this.pos) ?? 0;
    return `'${String.fromCodePoint(cp)}'`;
  }

  private positionAt(offset: number): JsonPosition {
    const { line, column } = this.lines.pos(offset);
    return { line, column };
  }

  private fail(detail: string): never {
    return this.failAt(this.pos, detail);
  }

  private failAt(offset: number, detail: string): never {
    throw new JsonSyntaxError(detail, this.positionAt(offset));
  }
}
