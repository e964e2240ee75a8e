import type { Diagnostic, Expression, HclFile } from "./ast.js";

/** Parses HCL native syntax. Never throws. */
export function parseNative(source: string, filename: string): HclFile {
  const zero = { line: 1, column: 1, offset: 0 };
  const range = { start: zero, end: zero };
  return {
    filename,
    source,
    syntax: "native",
    body: { type: "Body", items: [], range },
    comments: [],
    diagnostics: [{ severity: "error", summary: "Not implemented", detail: "The parser is not written yet.", range }],
  };
}

/** Result of parsing a standalone expression or template. */
export interface ExpressionParseResult {
  readonly expr: Expression;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses `text` as the content of a quoted template (no surrounding quotes),
 * like `hclsyntax.ParseTemplate`. Ranges are relative to `text`. Never throws.
 */
export function parseTemplateText(text: string, filename: string): ExpressionParseResult {
  void filename;
  const zero = { line: 1, column: 1, offset: 0 };
  const range = { start: zero, end: zero };
  return {
    expr: { type: "Template", kind: "quoted", heredoc: undefined, parts: [{ type: "TemplateLiteral", value: text, range }], range },
    diagnostics: [],
  };
}

/** Parses `text` as one expression, like `hclsyntax.ParseExpression`. Never throws. */
export function parseExpressionText(text: string, filename: string): ExpressionParseResult {
  void filename;
  void text;
  const zero = { line: 1, column: 1, offset: 0 };
  const range = { start: zero, end: zero };
  return {
    expr: { type: "Invalid", range },
    diagnostics: [{ severity: "error", summary: "Not implemented", detail: "The parser is not written yet.", range }],
  };
}
