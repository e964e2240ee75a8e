/**
 * The HCL syntax tree shared by the native-syntax parser (`src/hcl/parser.ts`)
 * and the Terraform JSON syntax reader (`src/hcl/json/`). Every node has a
 * `range`; every node kind is told apart by its `type` field.
 *
 * @packageDocumentation
 */

/** A position in a source string. */
export interface Pos {
  /** 1-based line number. Lines end at `\n`, `\r\n` or a lone `\r`. */
  readonly line: number;
  /** 1-based column, counted in Unicode code points from the start of the line. */
  readonly column: number;
  /** 0-based offset in UTF-16 code units into the source string. */
  readonly offset: number;
}

/** A half-open span of source text: `start` is included, `end` is not. */
export interface Range {
  readonly start: Pos;
  readonly end: Pos;
}

/** A problem found while reading a file. Worded like HCL's own diagnostics. */
export interface Diagnostic {
  readonly severity: "error" | "warning";
  /** Short, like HCL's: "Invalid expression", "Unclosed configuration block". */
  readonly summary: string;
  /** One or two sentences saying what was expected. */
  readonly detail: string;
  readonly range: Range;
}

/** A comment, kept with its range (suppressions are written in comments). */
export interface Comment {
  readonly type: "Comment";
  /** `#` and `//` are line comments; `/*` is a block comment. */
  readonly style: "#" | "//" | "/*";
  /** The comment's text without its markers (and without the trailing newline). */
  readonly text: string;
  readonly range: Range;
}

/** A parsed file: never undefined, even for input that does not parse. */
export interface HclFile {
  readonly filename: string;
  readonly source: string;
  /** Which syntax the file was read as. */
  readonly syntax: "native" | "json";
  readonly body: Body;
  readonly comments: readonly Comment[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The contents of a file or of a block, in source order. */
export interface Body {
  readonly type: "Body";
  readonly items: readonly BodyItem[];
  readonly range: Range;
}

export type BodyItem = Attribute | Block;

/** `name = expression` */
export interface Attribute {
  readonly type: "Attribute";
  readonly name: string;
  readonly nameRange: Range;
  readonly expr: Expression;
  /** From the first character of the name to the end of the expression. */
  readonly range: Range;
}

/** A block label: `"quoted"` or `bare`. */
export interface BlockLabel {
  readonly value: string;
  readonly quoted: boolean;
  readonly range: Range;
}

/** `type "label" label { body }` */
export interface Block {
  readonly type: "Block";
  readonly blockType: string;
  readonly typeRange: Range;
  readonly labels: readonly BlockLabel[];
  readonly body: Body;
  /** The `{` token. */
  readonly openBraceRange: Range;
  /** The `}` token (zero-width at the end of input when it is missing). */
  readonly closeBraceRange: Range;
  /** From the block type to the closing brace, inclusive. */
  readonly range: Range;
}

// ---------------------------------------------------------------------------
// Expressions

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | FunctionCallExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | TupleExpr
  | ObjectExpr
  | ForExpr
  | ParenthesesExpr
  | InvalidExpr;

/** `true`, `false`, `null` and numbers. */
export interface LiteralExpr {
  readonly type: "Literal";
  readonly value: null | boolean | number;
  /** The literal as written (`1e3`, `true`). */
  readonly raw: string;
  readonly range: Range;
}

/**
 * A literal run of template text, with escapes already decoded, `~` strip
 * markers and `<<-` heredoc indentation already applied (exactly as HCL
 * applies them), and NFC-normalised like HCL's string values. The value may
 * be empty when stripping removed everything.
 */
export interface TemplateLiteral {
  readonly type: "TemplateLiteral";
  readonly value: string;
  readonly range: Range;
}

/**
 * `${ expr }`, with `~` strip markers on either side. The flags record what
 * was written; the neighbouring literals are already stripped, so consumers
 * must not strip again (HCL strips only the adjacent literal token, which in
 * a heredoc is one line).
 */
export interface TemplateInterpolation {
  readonly type: "TemplateInterpolation";
  readonly expr: Expression;
  readonly stripLeft: boolean;
  readonly stripRight: boolean;
  readonly range: Range;
}

/** `%{ if cond }…%{ else }…%{ endif }` */
export interface TemplateIf {
  readonly type: "TemplateIf";
  readonly condition: Expression;
  readonly then: readonly TemplatePart[];
  readonly else: readonly TemplatePart[] | undefined;
  readonly range: Range;
}

/** `%{ for k, v in coll }…%{ endfor }` */
export interface TemplateFor {
  readonly type: "TemplateFor";
  readonly keyVar: string | undefined;
  readonly valueVar: string;
  readonly collection: Expression;
  readonly body: readonly TemplatePart[];
  readonly range: Range;
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

/**
 * A quoted string or heredoc. A string with no interpolation or directive is
 * a template with one `TemplateLiteral` part (or none, for `""`).
 */
export interface TemplateExpr {
  readonly type: "Template";
  readonly kind: "quoted" | "heredoc";
  /** Heredoc details: the marker (`EOT`) and whether it was `<<-` (indent stripped). */
  readonly heredoc: { readonly marker: string; readonly stripIndent: boolean } | undefined;
  readonly parts: readonly TemplatePart[];
  readonly range: Range;
}

/** A root name: `var`, `local`, `aws_instance`, `count`, `each`, a for-variable. */
export interface VariableExpr {
  readonly type: "Variable";
  readonly name: string;
  readonly range: Range;
}

/** `object.name` */
export interface GetAttrExpr {
  readonly type: "GetAttr";
  readonly object: Expression;
  readonly name: string;
  readonly nameRange: Range;
  readonly range: Range;
}

/** `collection[key]`, or the legacy `collection.0` (`legacy: true`). */
export interface IndexExpr {
  readonly type: "Index";
  readonly collection: Expression;
  readonly key: Expression;
  readonly legacy: boolean;
  readonly range: Range;
}

/** A step applied to every element after a splat: `.name` or `[key]`. */
export type SplatStep =
  | { readonly type: "GetAttr"; readonly name: string; readonly range: Range }
  | { readonly type: "Index"; readonly key: Expression; readonly range: Range };

/** `source.*.a.b` (`kind: "attr"`) or `source[*].a[0]` (`kind: "full"`). */
export interface SplatExpr {
  readonly type: "Splat";
  readonly kind: "attr" | "full";
  readonly source: Expression;
  readonly steps: readonly SplatStep[];
  /**
   * A second splat inside this one, applied to each element after `steps`:
   * `a[*].b[*].c` is steps `.b` then a nested full splat with steps `.c`.
   * Absent unless the source has a splat after a full splat.
   */
  readonly nested?: NestedSplat;
  readonly range: Range;
}

/** A splat inside a full splat's steps (see {@link SplatExpr.nested}). */
export interface NestedSplat {
  readonly kind: "attr" | "full";
  readonly steps: readonly SplatStep[];
  readonly nested?: NestedSplat;
  /** From the splat marker (`[*]` or `.*`) to the end of its last step. */
  readonly range: Range;
}

/** `name(args)`; `name` may be namespaced: `provider::aws::arn_parse`. */
export interface FunctionCallExpr {
  readonly type: "FunctionCall";
  readonly name: string;
  readonly nameRange: Range;
  readonly args: readonly Expression[];
  /** The last argument is followed by `...` and expands into arguments. */
  readonly expandFinal: boolean;
  readonly range: Range;
}

/** `condition ? trueExpr : falseExpr` */
export interface ConditionalExpr {
  readonly type: "Conditional";
  readonly condition: Expression;
  readonly trueExpr: Expression;
  readonly falseExpr: Expression;
  readonly range: Range;
}

export type BinaryOperator =
  | "||"
  | "&&"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "+"
  | "-"
  | "*"
  | "/"
  | "%";

export interface BinaryExpr {
  readonly type: "Binary";
  readonly op: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
  readonly opRange: Range;
  readonly range: Range;
}

export interface UnaryExpr {
  readonly type: "Unary";
  readonly op: "!" | "-";
  readonly operand: Expression;
  readonly range: Range;
}

/** `[a, b, c]` */
export interface TupleExpr {
  readonly type: "Tuple";
  readonly items: readonly Expression[];
  readonly range: Range;
}

/**
 * One `key = value` or `key: value` of an object. A bare identifier key
 * (`name = 1`) is a `VariableExpr` and means the string `"name"`; a
 * parenthesised key (`(name) = 1`) is a `ParenthesesExpr` and is evaluated.
 */
export interface ObjectItem {
  readonly type: "ObjectItem";
  readonly key: Expression;
  readonly value: Expression;
  readonly separator: "=" | ":";
  readonly range: Range;
}

/** `{ a = 1, b = 2 }` */
export interface ObjectExpr {
  readonly type: "Object";
  readonly items: readonly ObjectItem[];
  readonly range: Range;
}

/**
 * `[for k, v in coll : value if cond]` (`kind: "tuple"`) or
 * `{for k, v in coll : key => value... if cond}` (`kind: "object"`).
 */
export interface ForExpr {
  readonly type: "For";
  readonly kind: "tuple" | "object";
  readonly keyVar: string | undefined;
  readonly valueVar: string;
  readonly collection: Expression;
  /** Only in the object form. */
  readonly keyExpr: Expression | undefined;
  readonly valueExpr: Expression;
  readonly condition: Expression | undefined;
  /** The object form's `...` grouping mode. */
  readonly grouping: boolean;
  readonly range: Range;
}

/** `( expr )` */
export interface ParenthesesExpr {
  readonly type: "Parentheses";
  readonly expr: Expression;
  readonly range: Range;
}

/** Stands in where an expression could not be parsed; a diagnostic says why. */
export interface InvalidExpr {
  readonly type: "Invalid";
  readonly range: Range;
}

/** Any node of the tree. */
export type Node = Body | Attribute | Block | Expression | TemplatePart | ObjectItem | Comment;
