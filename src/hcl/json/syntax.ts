/**
 * Reads JSON text into a `JsonValue` tree with offsets. Iterative (an
 * explicit stack, no recursion), so 10,000 levels of nesting cost nothing
 * special. It never throws: every problem is a diagnostic worded like HCL's
 * JSON parser, and it recovers by skipping to the end of the broken object
 * or array so that later mistakes are reported too.
 */
import type { Diagnostic } from "../ast.js";
import type { LineIndex } from "../positions.js";
import { Scanner, type Token } from "./scanner.js";
import type { JsonArray, JsonInvalid, JsonObject, JsonString, JsonValue } from "./values.js";

export interface JsonSyntaxResult {
  /** The top-level value; undefined only when the input holds no value at all. */
  readonly value: JsonValue | undefined;
  readonly diagnostics: Diagnostic[];
}

type ObjectState = "key" | "keyAfterComma" | "colon" | "value" | "after";
type ArrayState = "value" | "valueAfterComma" | "after";

type Frame =
  | { kind: "object"; node: JsonObject; state: ObjectState; key: JsonString | undefined; lastComma: Token | undefined }
  | { kind: "array"; node: JsonArray; state: ArrayState; lastComma: Token | undefined };

const VALUE_START = new Set(["{", "[", "string", "number", "keyword"]);

export function parseJsonSyntax(source: string, index: LineIndex): JsonSyntaxResult {
  const scanner = new Scanner(source);
  const diagnostics: Diagnostic[] = [];
  const stack: Frame[] = [];
  let root: JsonValue | undefined;
  let pending: Token | undefined;

  const error = (summary: string, detail: string, start: number, end: number): void => {
    diagnostics.push({ severity: "error", summary, detail, range: index.plainRange(start, end) });
  };

  const attach = (value: JsonValue): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
    } else if (top.kind === "object") {
      if (top.key) top.node.properties.push({ key: top.key, value });
      top.key = undefined;
      top.state = "after";
    } else {
      top.node.items.push(value);
      top.state = "after";
    }
  };

  const close = (closeStart: number, closeEnd: number): void => {
    const frame = stack.pop();
    if (!frame) return;
    frame.node.end = closeEnd;
    if (frame.kind === "object") frame.node.closeStart = closeStart;
    attach(frame.node);
  };

  const invalidAt = (start: number, end: number): JsonInvalid => ({ kind: "invalid", start, end });

  /** A primitive value, or a container pushed on the stack (returns undefined). */
  const beginValue = (tok: Token): JsonValue | undefined => {
    if (tok.problem) error(tok.problem.summary, tok.problem.detail, tok.problem.start, tok.problem.end);
    switch (tok.type) {
      case "{":
        stack.push({
          kind: "object",
          node: { kind: "object", start: tok.start, end: tok.end, properties: [], closeStart: tok.end },
          state: "key",
          key: undefined,
          lastComma: undefined,
        });
        return undefined;
      case "[":
        stack.push({ kind: "array", node: { kind: "array", start: tok.start, end: tok.end, items: [] }, state: "value", lastComma: undefined });
        return undefined;
      case "string":
        return { kind: "string", start: tok.start, end: tok.end, value: tok.text, escaped: tok.escaped, closed: tok.closed };
      case "number":
        if (tok.problem) return invalidAt(tok.start, tok.end);
        return { kind: "number", start: tok.start, end: tok.end, value: Number(tok.text), raw: tok.text };
      case "keyword":
        if (tok.problem) return invalidAt(tok.start, tok.end);
        return { kind: "keyword", start: tok.start, end: tok.end, value: tok.text === "null" ? null : tok.text === "true", raw: tok.text };
      default:
        return invalidAt(tok.start, tok.end);
    }
  };

  const startValue = (tok: Token): void => {
    const v = beginValue(tok);
    if (v) attach(v);
  };

  /**
   * Skips to the token that closes the innermost open container and closes
   * it there. At the end of input, closes everything.
   */
  const recover = (from: Token): void => {
    let depth = 0;
    let tok = from;
    while (true) {
      if (tok.type === "eof") {
        unclosedAtEof(tok);
        return;
      }
      if (tok.type === "{" || tok.type === "[") depth++;
      else if (tok.type === "}" || tok.type === "]") {
        if (depth === 0) {
          close(tok.start, tok.end);
          return;
        }
        depth--;
      }
      tok = scanner.next();
    }
  };

  let reportedUnclosed = false;
  const unclosedAtEof = (eof: Token): void => {
    const top = stack[stack.length - 1];
    if (top && !reportedUnclosed) {
      reportedUnclosed = true;
      if (top.kind === "object") error("Unclosed object", "No closing brace was found for this JSON object.", top.node.start, top.node.start + 1);
      else error("Unclosed array", "No closing bracket was found for this JSON array.", top.node.start, top.node.start + 1);
    }
    while (stack.length > 0) {
      const t = stack[stack.length - 1];
      if (t.kind === "object" && t.key) t.node.properties.push({ key: t.key, value: invalidAt(eof.start, eof.start) });
      if (t.kind === "object") t.key = undefined;
      close(eof.start, eof.start);
    }
  };

  const invalidValueStart = (tok: Token): void => {
    error(
      "Invalid start of value",
      "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.",
      tok.start,
      tok.end,
    );
  };

  while (true) {
    const tok = pending ?? scanner.next();
    pending = undefined;
    const top = stack[stack.length - 1];

    if (!top) {
      if (root !== undefined) {
        if (tok.type !== "eof") error("Extraneous data after value", "Extra characters appear after the JSON value.", tok.start, tok.end);
        break;
      }
      if (tok.type === "eof") {
        error("Missing value", "The JSON data ends prematurely.", tok.start, tok.end);
        break;
      }
      if (!VALUE_START.has(tok.type)) {
        invalidValueStart(tok);
        // Keep looking for a value: a stray character before the object should not hide it.
        continue;
      }
      startValue(tok);
      continue;
    }

    if (tok.type === "eof") {
      unclosedAtEof(tok);
      continue;
    }

    if (top.kind === "object") {
      switch (top.state) {
        case "key":
        case "keyAfterComma":
          if (tok.type === "}") {
            if (top.state === "keyAfterComma" && top.lastComma) {
              error(
                "Trailing comma in object",
                "JSON does not permit a trailing comma after the final property in an object.",
                top.lastComma.start,
                top.lastComma.end,
              );
            }
            close(tok.start, tok.end);
          } else if (tok.type === "string") {
            if (tok.problem) error(tok.problem.summary, tok.problem.detail, tok.problem.start, tok.problem.end);
            top.key = { kind: "string", start: tok.start, end: tok.end, value: tok.text, escaped: tok.escaped, closed: tok.closed };
            top.state = "colon";
          } else if (VALUE_START.has(tok.type)) {
            error("Invalid object property name", "A JSON object property name must be a string.", tok.start, tok.end);
            recover(tok);
          } else {
            error("Invalid object property name", "A JSON object property name must be a string.", tok.start, tok.end);
            recover(tok);
          }
          break;
        case "colon":
          if (tok.type === ":") {
            top.state = "value";
          } else if (tok.type === "=") {
            error("Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.", tok.start, tok.end);
            top.state = "value";
          } else if (tok.type === "," || tok.type === "}") {
            error("Missing object value", "A JSON object attribute must have a value, introduced by a colon.", tok.start, tok.end);
            attach(invalidAt(tok.start, tok.start));
            pending = tok;
          } else if (VALUE_START.has(tok.type)) {
            error("Missing property value colon", "A colon must appear between an object property's name and its value.", tok.start, tok.end);
            top.state = "value";
            pending = tok;
          } else {
            error("Missing property value colon", "A colon must appear between an object property's name and its value.", tok.start, tok.end);
            recover(tok);
          }
          break;
        case "value":
          if (VALUE_START.has(tok.type)) {
            startValue(tok);
          } else if (tok.type === "," || tok.type === "}") {
            error("Missing JSON value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.", tok.start, tok.end);
            attach(invalidAt(tok.start, tok.start));
            pending = tok;
          } else {
            invalidValueStart(tok);
            top.key = undefined;
            recover(tok);
          }
          break;
        case "after":
          if (tok.type === ",") {
            top.state = "keyAfterComma";
            top.lastComma = tok;
          } else if (tok.type === "}") {
            close(tok.start, tok.end);
          } else if (tok.type === "]") {
            error("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", tok.start, tok.end);
            close(tok.start, tok.end);
          } else if (tok.type === "string") {
            error("Missing property separator comma", "A comma must appear between each property definition in an object.", tok.start, tok.end);
            top.state = "key";
            pending = tok;
          } else {
            error("Missing property separator comma", "A comma must appear between each property definition in an object.", tok.start, tok.end);
            recover(tok);
          }
          break;
      }
      continue;
    }

    // Array frame.
    switch (top.state) {
      case "value":
      case "valueAfterComma":
        if (tok.type === "]") {
          if (top.state === "valueAfterComma" && top.lastComma) {
            error(
              "Trailing comma in array",
              "JSON does not permit a trailing comma after the final value in an array.",
              top.lastComma.start,
              top.lastComma.end,
            );
          }
          close(tok.start, tok.end);
        } else if (VALUE_START.has(tok.type)) {
          startValue(tok);
        } else if (tok.type === ",") {
          error("Missing array element value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.", tok.start, tok.end);
          attach(invalidAt(tok.start, tok.start));
          pending = tok;
        } else {
          invalidValueStart(tok);
          recover(tok);
        }
        break;
      case "after":
        if (tok.type === ",") {
          top.state = "valueAfterComma";
          top.lastComma = tok;
        } else if (tok.type === "]") {
          close(tok.start, tok.end);
        } else if (tok.type === "}") {
          error("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", tok.start, tok.end);
          close(tok.start, tok.end);
        } else if (tok.type === ":") {
          error("Invalid array value", "A colon is not used to introduce values in a JSON array.", tok.start, tok.end);
          recover(tok);
        } else if (VALUE_START.has(tok.type)) {
          error("Missing array separator comma", "A comma must appear between each value in an array.", tok.start, tok.end);
          startValue(tok);
        } else {
          error("Missing array separator comma", "A comma must appear between each value in an array.", tok.start, tok.end);
          recover(tok);
        }
        break;
    }
  }

  return { value: root, diagnostics };
}
