/**
 * A grammar-based generator of random, valid HCL native syntax for property
 * tests. Every document it produces is meant to be accepted by HashiCorp's
 * parser (and by hcl2json's conversion), so a rejection by either side is a
 * disagreement worth reporting.
 *
 * The generator works on text directly: each production is a fast-check
 * arbitrary of strings, built per (depth, context) and memoised so the
 * arbitrary graph stays small. Shrinking works through the underlying choices.
 *
 * Constraints that keep the output valid (each is a rule of HCL or of
 * hcl2json's conversion, not a taste):
 * - attribute names are unique within a body (duplicates are an error);
 * - attribute names and block types come from disjoint pools (hcl2json keeps
 *   only the attribute when both share a name);
 * - a block type always has the same number of labels (hcl2json cannot
 *   convert `t "a" {}` next to `t "a" "b" {}`);
 * - heredocs appear only where the newline after their closing marker is
 *   allowed: as an attribute value, a tuple element, a call argument or in
 *   parentheses;
 * - `$` and `%` in template text are never followed by `{` unless escaped;
 * - identifiers never collide with keywords (`for`, `in`, `if`, `true`,
 *   `false`, `null`, directive words).
 */
import fc from "fast-check";

/** Where an expression is being generated. */
interface Ctx {
  /** Newlines may appear here (inside brackets, parentheses, object braces). */
  readonly multiline: boolean;
  /** A heredoc may appear here. */
  readonly heredoc: boolean;
}

const ONE_LINE: Ctx = { multiline: false, heredoc: false };
/** An attribute's value: brackets may span lines and heredocs are allowed. */
const TOP: Ctx = { multiline: true, heredoc: true };

/** The context inside brackets opened in `ctx`: heredocs only where asked and only if lines may break. */
const inside = (ctx: Ctx, heredoc: boolean): Ctx =>
  ctx.multiline ? { multiline: true, heredoc } : ONE_LINE;

// ---------------------------------------------------------------------------
// Lexical pools

const ROOT_NAMES = [
  "var",
  "local",
  "module",
  "data",
  "each",
  "count",
  "self",
  "path",
  "aws_instance",
  "x",
  "foo_bar",
  "kebab-name",
  "_under",
  "café",
  "名前",
];
const ATTR_NAMES = ["id", "name", "value", "key", "tags", "arn", "a-b", "x1", "ünï", "index", "web", "list"];
const FUNC_NAMES = [
  "max",
  "join",
  "merge",
  "lookup",
  "format",
  "upper",
  "concat",
  "length",
  "jsonencode",
  "provider::aws::arn_parse",
  "core::min",
];
const ITER_NAMES = ["k", "v", "item", "i", "each_value", "ε"];
const BODY_ATTR_NAMES = [
  "a",
  "b",
  "c",
  "name",
  "value",
  "count",
  "for_each",
  "tags",
  "description",
  "enabled",
  "kebab-attr",
  "ключ",
  "x_1",
  "source",
];
/** Block types by number of labels, so a type never changes its label count. */
const BLOCK_TYPES: readonly (readonly string[])[] = [
  ["locals", "lifecycle", "settings", "nested", "ingress", "terraform"],
  ["variable", "output", "provider", "module", "dynamic"],
  ["resource", "data", "thing2"],
  ["thing3"],
];
const LABEL_VALUES = ["web", "aws_instance", "main", "x", "with space", "", "é", "a-b", "🚀"];
const COMMENT_TEXTS = ["note", "TODO: fix", "ünïcödé 🚀", "", "a = 1 # nested marker", "// inner", "${not}"];
const HEREDOC_MARKERS = ["EOT", "EOF", "END", "POLICY", "X"];

/** Plain template text tokens: safe in quoted strings and heredocs alike. */
const TEXT_TOKENS = [
  "hello",
  "world",
  " ",
  "  ",
  "a-b",
  "x=1",
  "100% sure",
  "$5",
  "$ ",
  "% ",
  "#hash",
  "//slash",
  "/* c */",
  "[]()",
  "}",
  "{",
  "~",
  "é",
  "日本",
  "🚀",
  "👨‍👩‍👧",
  "e\u0301",
  "'",
  "EOTX",
  ":",
  ",",
];
/** Escapes only valid in quoted strings. */
const QUOTED_ESCAPES = ["\\n", "\\t", "\\r", '\\"', "\\\\", "\\u00e9", "\\u2603", "\\U0001F600"];
/** Escapes of the template introducers, valid in both. */
const TEMPLATE_ESCAPES = ["$${", "%%{", "$${x}", "%%{ if }"];
/** Heredoc-only text: quotes and backslashes are plain characters there. */
const HEREDOC_TOKENS = ['"quoted"', "back\\slash", "\\n", "\t"];

// ---------------------------------------------------------------------------
// Small pieces

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const numberLit: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 1000 }).map(String),
  fc.nat({ max: 2 ** 31 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 9999 })).map(([a, b]) => `${a}.${b}`),
  fc
    .tuple(fc.nat({ max: 99 }), pick(["e", "E"]), pick(["", "+", "-"]), fc.nat({ max: 20 }))
    .map(([a, e, s, x]) => `${a}${e}${s}${x}`),
  pick(["0", "007", "1.50", "12345678901234567890", "0.000001", "1e300", "9007199254740993"]),
);

const literal: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: numberLit },
  { weight: 1, arbitrary: pick(["true", "false", "null"]) },
);

const lineComment: fc.Arbitrary<string> = fc
  .tuple(pick(["#", "//"]), pick(COMMENT_TEXTS))
  .map(([m, t]) => `${m} ${t}`);
const blockComment: fc.Arbitrary<string> = pick(COMMENT_TEXTS).map((t) => `/* ${t.replace(/\*\//g, "")} */`);

/** Some horizontal space, sometimes with an inline block comment in it. */
const gap: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(" ") },
  { weight: 1, arbitrary: fc.constant("  ") },
  { weight: 1, arbitrary: blockComment.map((c) => ` ${c} `) },
);

/** A quoted block label or a bare identifier label. */
const label: fc.Arbitrary<string> = fc.oneof(
  pick(LABEL_VALUES).map((v) => JSON.stringify(v)),
  pick(["web", "main", "x", "aws_instance", "é"]),
  pick(['"tab\\there"', '"quote\\"in"', '"\\u00e9"']),
);

// ---------------------------------------------------------------------------
// Templates

/** Literal text of a quoted template: never a raw newline, quote or backslash. */
const quotedText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: pick(TEXT_TOKENS) }, { weight: 1, arbitrary: pick(QUOTED_ESCAPES) }, {
    weight: 1,
    arbitrary: pick(TEMPLATE_ESCAPES),
  }), { minLength: 1, maxLength: 4 })
  .map((xs) => xs.join(""));

/** Literal text on one heredoc line. */
const heredocText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: pick(TEXT_TOKENS) },
      { weight: 1, arbitrary: pick(HEREDOC_TOKENS) },
      { weight: 1, arbitrary: pick(TEMPLATE_ESCAPES) },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((xs) => xs.join(""));

const strip = fc.boolean().map((b) => (b ? "~" : ""));
const pad = pick(["", " ", "  "]);

function interpolation(depth: number): fc.Arbitrary<string> {
  return fc
    .tuple(strip, pad, expr(depth, ONE_LINE), pad, strip)
    // hcl2json folds a literal interpolation into the text and rejects `null` there.
    .map(([l, p1, e, p2, r]) => `\${${l}${p1 || (l ? " " : "")}${e === "null" ? "(null)" : e}${p2 || (r ? " " : "")}${r}}`);
}

function directiveOpen(kw: string, rest: string): fc.Arbitrary<string> {
  return fc.tuple(strip, strip).map(([l, r]) => `%{${l} ${kw}${rest} ${r}}`);
}

/**
 * A sequence of template parts on one line. `text` is the literal-text
 * arbitrary of the enclosing template kind.
 */
function templateParts(depth: number, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const key = `tparts:${depth}:${text === quotedText ? "q" : "h"}`;
  return memo(key, () => {
    const part: fc.Arbitrary<string> =
      depth <= 0
        ? text
        : fc.oneof(
            { weight: 4, arbitrary: text },
            { weight: 3, arbitrary: interpolation(depth - 1) },
            { weight: 1, arbitrary: templateIf(depth - 1, text) },
            { weight: 1, arbitrary: templateFor(depth - 1, text) },
          );
    return fc.array(part, { minLength: 0, maxLength: 4 }).map((xs) => xs.join(""));
  });
}

function templateIf(depth: number, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      expr(depth, ONE_LINE),
      templateParts(depth, text),
      fc.option(templateParts(depth, text), { nil: undefined }),
      strip,
      strip,
      strip,
      strip,
    )
    .chain(([cond, thenPart, elsePart, a, b, c, d]) =>
      fc.constant(
        `%{${a} if ${cond} ${b}}${thenPart}` +
          (elsePart === undefined ? "" : `%{${c} else ${d}}${elsePart}`) +
          `%{${c} endif ${b}}`,
      ),
    );
}

function templateFor(depth: number, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(pick(ITER_NAMES), { nil: undefined }),
      pick(ITER_NAMES),
      term(depth, ONE_LINE),
      templateParts(depth, text),
      directiveOpen("endfor", ""),
    )
    .chain(([k, v, coll, body, close]) => {
      const vars = k !== undefined && k !== v ? `${k}, ${v}` : v;
      return directiveOpen("for", ` ${vars} in ${coll}`).map((open) => `${open}${body}${close}`);
    });
}

function quotedTemplate(depth: number): fc.Arbitrary<string> {
  return templateParts(depth, quotedText).map((s) => `"${s}"`);
}

/** `<<EOT` or `<<-EOT`, with lines of text, interpolations and directives. */
function heredoc(depth: number): fc.Arbitrary<string> {
  const line = fc.tuple(pick(["", " ", "  ", "    ", "\t"]), templateParts(depth, heredocText)).map(
    ([indent, body]) => indent + body,
  );
  // A directive whose tags sit on their own lines, the common Terraform layout.
  const forBlock = fc
    .tuple(pick(ITER_NAMES), term(Math.max(0, depth - 1), ONE_LINE), line, strip)
    .map(([v, coll, body, s]) => `%{ for ${v} in ${coll} ${s}}\n${body}\n%{ endfor ${s}}`);
  const ifBlock = fc
    .tuple(expr(Math.max(0, depth - 1), ONE_LINE), line, line, strip)
    .map(([c, a, b, s]) => `%{ if ${c} ${s}}\n${a}\n%{ else ${s}}\n${b}\n%{ endif ${s}}`);
  const lines = fc.array(
    depth > 0
      ? fc.oneof({ weight: 6, arbitrary: line }, { weight: 1, arbitrary: forBlock }, { weight: 1, arbitrary: ifBlock })
      : line,
    { minLength: 0, maxLength: 4 },
  );
  return fc
    .tuple(pick(HEREDOC_MARKERS), fc.boolean(), lines, pick(["", "  ", "    "]))
    .map(([marker, dash, ls, closeIndent]) => {
      const content = ls.map((l) => `${l}\n`).join("");
      return `<<${dash ? "-" : ""}${marker}\n${content}${dash ? closeIndent : ""}${marker}\n`;
    });
}

// ---------------------------------------------------------------------------
// Expressions

const memoTable = new Map<string, fc.Arbitrary<string>>();
function memo(key: string, make: () => fc.Arbitrary<string>): fc.Arbitrary<string> {
  let a = memoTable.get(key);
  if (a === undefined) {
    // A placeholder first, so a recursive request for the same key while
    // building resolves lazily instead of looping.
    memoTable.set(key, fc.constant("0").chain(() => memoTable.get(key) as fc.Arbitrary<string>));
    a = make();
    memoTable.set(key, a);
  }
  return a;
}
const ctxKey = (c: Ctx): string => `${c.multiline ? "m" : "s"}${c.heredoc ? "h" : ""}`;

/** `,` or `,\n` between items of a bracketed list. */
function sep(ctx: Ctx): fc.Arbitrary<string> {
  return ctx.multiline
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constant(", ") },
        { weight: 1, arbitrary: fc.constant(",\n  ") },
        { weight: 1, arbitrary: lineComment.map((c) => `, ${c}\n  `) },
      )
    : fc.constant(", ");
}

/** Opening and closing padding inside brackets. */
function edges(ctx: Ctx): fc.Arbitrary<readonly [string, string]> {
  return ctx.multiline
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constant(["", ""] as const) },
        { weight: 1, arbitrary: fc.constant(["\n  ", "\n"] as const) },
      )
    : fc.constant(["", ""] as const);
}

/** A root name and a chain of traversal steps. */
function traversal(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  return fc
    .tuple(pick(ROOT_NAMES), fc.array(step(depth, ctx), { minLength: 0, maxLength: 3 }))
    .map(([root, steps]) => root + joinSteps(steps));
}

/**
 * Joins traversal steps, dropping a legacy `.N` index that directly follows
 * another (HCL reads `.0.1` as the number `0.1`) and a `.*` inside an
 * attribute-only splat (HCL rejects `a.*.b.*`; a `[` step ends that splat).
 */
function joinSteps(steps: readonly string[]): string {
  let out = "";
  let prevLegacy = false;
  let inAttrSplat = false;
  for (const s of steps) {
    const legacy = /^\.\d/.test(s);
    if (legacy && prevLegacy) continue;
    if (s.startsWith(".*")) {
      if (inAttrSplat) continue;
      inAttrSplat = true;
    } else if (s.startsWith("[")) {
      inAttrSplat = false;
    }
    out += s;
    prevLegacy = legacy;
  }
  return out;
}

function step(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  const simple = fc.oneof(
    { weight: 5, arbitrary: pick(ATTR_NAMES).map((n) => `.${n}`) },
    { weight: 1, arbitrary: fc.nat({ max: 12 }).map((n) => `.${n}`) },
  );
  if (depth <= 0) return simple;
  return fc.oneof(
    { weight: 4, arbitrary: simple },
    { weight: 2, arbitrary: expr(depth - 1, inside(ctx, false)).map((k) => `[${k}]`) },
    {
      weight: 1,
      arbitrary: fc
        .array(pick(ATTR_NAMES), { minLength: 0, maxLength: 2 })
        .map((ns) => `.*${ns.map((n) => `.${n}`).join("")}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(pick(ATTR_NAMES).map((n) => `.${n}`), fc.nat({ max: 3 }).map((n) => `[${n}]`)), {
          maxLength: 2,
        })
        .map((ss) => `[*]${ss.join("")}`),
    },
  );
}

function tuple(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  const inner = inside(ctx, true);
  return fc
    .tuple(
      fc.array(expr(depth - 1, inner), { minLength: 0, maxLength: 4 }),
      fc.array(sep(ctx), { minLength: 4, maxLength: 4 }),
      fc.boolean(),
      edges(ctx),
    )
    .map(([items, seps, trailing, [open, close]]) => {
      if (items.length === 0) return "[]";
      let s = "[" + open;
      items.forEach((it, i) => {
        s += it;
        if (i < items.length - 1) s += endsWithNewline(it) ? "," + " " : seps[i];
      });
      if (trailing || endsWithNewline(items[items.length - 1])) s += ",";
      return s + close + "]";
    });
}

const endsWithNewline = (s: string): boolean => s.endsWith("\n");

function objectKey(depth: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: pick(ATTR_NAMES) },
    { weight: 2, arbitrary: pick(LABEL_VALUES).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: quotedTemplate(Math.max(0, depth - 1)) },
    { weight: 1, arbitrary: expr(Math.max(0, depth - 1), ONE_LINE).map((e) => `(${e})`) },
    { weight: 1, arbitrary: pick(["1", "true", "var.name", "in", "if"]) },
  );
}

function object(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  const item = fc
    .tuple(objectKey(depth), pick([" = ", " : ", "= ", ": ", "="]), expr(depth - 1, inside(ctx, false)))
    .map(([k, s, v]) => `${k}${s}${v}`);
  const layout = ctx.multiline ? pick(["inline", "lines", "lines-commas"]) : fc.constant("inline");
  return fc
    .tuple(fc.array(item, { minLength: 0, maxLength: 4 }), layout, fc.boolean())
    .map(([items, lay, trailing]) => {
      if (items.length === 0) return "{}";
      if (lay === "inline") return `{ ${items.join(", ")}${trailing ? "," : ""} }`;
      const comma = lay === "lines-commas" ? "," : "";
      return `{\n${items.map((it) => `  ${it}${comma}\n`).join("")}}`;
    });
}

function call(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  const inner = inside(ctx, true);
  return fc
    .tuple(
      pick(FUNC_NAMES),
      fc.array(expr(depth - 1, inner), { minLength: 0, maxLength: 3 }),
      fc.array(sep(ctx), { minLength: 3, maxLength: 3 }),
      pick(["", ",", "..."]),
      edges(ctx),
    )
    .map(([name, args, seps, end, [open, close]]) => {
      if (args.length === 0) return `${name}()`;
      let s = `${name}(${open}`;
      args.forEach((a, i) => {
        s += a;
        if (i < args.length - 1) s += endsWithNewline(a) ? ", " : seps[i];
      });
      const last = args[args.length - 1];
      // `...` must be followed directly by `)`; after a heredoc it starts the next line.
      if (end === "...") s += "...";
      else if (end === "," || endsWithNewline(last)) s += ",";
      return s + (endsWithNewline(last) && end === "..." ? "" : close) + ")";
    });
}

function forExpr(depth: number): fc.Arbitrary<string> {
  const d = depth - 1;
  const intro = fc
    .tuple(fc.option(pick(ITER_NAMES), { nil: undefined }), pick(ITER_NAMES), term(d, ONE_LINE))
    .map(([k, v, coll]) => `for ${k !== undefined && k !== v ? `${k}, ${v}` : v} in ${coll} :`);
  const cond = fc.option(expr(d, ONE_LINE).map((c) => ` if ${c}`), { nil: "" });
  const tupleFor = fc
    .tuple(intro, expr(d, ONE_LINE), cond)
    .map(([i, v, c]) => `[${i} ${v}${c}]`);
  const objectFor = fc
    .tuple(intro, term(d, ONE_LINE), term(d, ONE_LINE), fc.boolean(), cond)
    .map(([i, k, v, g, c]) => `{ ${i} ${k} => ${v}${g ? "..." : ""}${c} }`);
  return fc.oneof(tupleFor, objectFor);
}

/**
 * An expression term: something that can be an operand, a splat source or a
 * for-expression part without parentheses.
 */
export function term(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  return memo(`term:${depth}:${ctxKey(ctx)}`, () => {
    const leaves = fc.oneof(
      { weight: 3, arbitrary: literal },
      { weight: 2, arbitrary: quotedTemplate(0) },
      { weight: 4, arbitrary: traversal(0, ctx) },
    );
    if (depth <= 0) return leaves;
    const postfix = fc
      .tuple(
        fc.oneof(
          call(depth, ctx),
          tuple(depth, ctx),
          object(depth, ctx),
          expr(depth - 1, inside(ctx, true)).map((e) => `(${e})`),
        ),
        fc.array(step(depth - 1, ctx), { minLength: 1, maxLength: 2 }),
      )
      .map(([base, steps]) => (endsWithNewline(base) ? base : base + joinSteps(steps)));
    const parts: { weight: number; arbitrary: fc.Arbitrary<string> }[] = [
      { weight: 4, arbitrary: leaves },
      { weight: 3, arbitrary: traversal(depth, ctx) },
      { weight: 2, arbitrary: quotedTemplate(depth) },
      { weight: 2, arbitrary: tuple(depth, ctx) },
      { weight: 2, arbitrary: object(depth, ctx) },
      { weight: 2, arbitrary: call(depth, ctx) },
      { weight: 1, arbitrary: forExpr(depth) },
      { weight: 1, arbitrary: postfix },
      { weight: 1, arbitrary: expr(depth - 1, inside(ctx, true)).map((e) => `(${e})`) },
    ];
    if (ctx.heredoc) parts.push({ weight: 1, arbitrary: heredoc(depth - 1) });
    return fc.oneof(...parts);
  });
}

/**
 * hcl2json evaluates a unary operator applied directly to a literal and
 * rejects the file when that fails (`!null`, `-true`), so the operator is
 * chosen to suit a literal operand.
 */
function unaryText(op: string, operand: string): string {
  if (operand === "null") return `${op}(null)`;
  if (operand === "true" || operand === "false") op = "!";
  else if (/^[0-9]/.test(operand) && /^[0-9.eE+-]+$/.test(operand)) op = "-";
  return /^[-!]/.test(operand) ? `${op} ${operand}` : `${op}${operand}`;
}

const BINARY_OPS = ["||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%"];

/** Any expression: a term, an operation, or a conditional. */
export function expr(depth: number, ctx: Ctx): fc.Arbitrary<string> {
  return memo(`expr:${depth}:${ctxKey(ctx)}`, () => {
    const t = term(depth, ctx);
    if (depth <= 0) return t;
    // Operands of operators never hold a heredoc: its newline would end the attribute.
    const operand = term(depth - 1, { multiline: ctx.multiline, heredoc: false });
    const unary = fc.tuple(pick(["-", "!"]), operand).map(([op, e]) => unaryText(op, e));
    const binary = fc
      .tuple(operand, fc.array(fc.tuple(pick(BINARY_OPS), gap, operand), { minLength: 1, maxLength: 3 }))
      .map(([first, rest]) => first + rest.map(([op, g, e]) => ` ${op}${g}${e}`).join(""));
    const sub = expr(depth - 1, { multiline: ctx.multiline, heredoc: false });
    const conditional = fc.tuple(sub, sub, sub).map(([c, a, b]) => `${c} ? ${a} : ${b}`);
    return fc.oneof(
      { weight: 6, arbitrary: t },
      { weight: 1, arbitrary: unary },
      { weight: 2, arbitrary: binary },
      { weight: 1, arbitrary: conditional },
    );
  });
}

// ---------------------------------------------------------------------------
// Bodies

/** Options for {@link hclDocument}. */
export interface HclGenOptions {
  /** Expression nesting depth (default 3). */
  readonly exprDepth?: number;
  /** Block nesting depth (default 2). */
  readonly blockDepth?: number;
  /** Most items per body (default 5). */
  readonly maxItems?: number;
}

function attribute(name: string, depth: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      pick([" = ", "=", "  = ", " =\t"]),
      expr(depth, TOP),
      fc.option(fc.oneof(lineComment, blockComment), { nil: undefined, freq: 4 }),
    )
    .map(([eq, value, comment]) => {
      if (endsWithNewline(value)) return `${name}${eq}${value}`;
      return `${name}${eq}${value}${comment === undefined ? "" : " " + comment}\n`;
    });
}

function oneLineBlock(exprDepth: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      pick([0, 1, 2]),
      fc.array(label, { minLength: 2, maxLength: 2 }),
      fc.option(fc.tuple(pick(BODY_ATTR_NAMES), expr(Math.min(exprDepth, 2), ONE_LINE)), { nil: undefined }),
    )
    .chain(([n, labels, attr]) =>
      pick(BLOCK_TYPES[n]).map((type) => {
        const head = [type, ...labels.slice(0, n)].join(" ");
        return attr === undefined ? `${head} {}\n` : `${head} { ${attr[0]} = ${attr[1]} }\n`;
      }),
    );
}

function body(blockDepth: number, opts: Required<HclGenOptions>, indent: string): fc.Arbitrary<string> {
  const item = (name: string): fc.Arbitrary<string> => {
    const choices: { weight: number; arbitrary: fc.Arbitrary<string> }[] = [
      { weight: 5, arbitrary: attribute(name, opts.exprDepth) },
      { weight: 1, arbitrary: lineComment.map((c) => `${c}\n`) },
      { weight: 1, arbitrary: fc.constant("\n") },
    ];
    if (blockDepth > 0) {
      choices.push({ weight: 2, arbitrary: block(blockDepth - 1, opts) });
      choices.push({ weight: 1, arbitrary: oneLineBlock(opts.exprDepth) });
    }
    return fc.oneof(...choices);
  };
  return fc
    .uniqueArray(pick(BODY_ATTR_NAMES), { minLength: 0, maxLength: opts.maxItems })
    .chain((names) => (names.length === 0 ? fc.constant([] as string[]) : fc.tuple(...names.map(item))))
    .map((items) => items.map((it) => indentLines(it, indent)).join(""));
}

/**
 * Indents the first line of an item and the structural lines after it, but
 * never the inside of a heredoc (indentation there is content).
 */
function indentLines(item: string, indent: string): string {
  if (indent === "" || item.includes("<<")) return indent + item;
  return item
    .split("\n")
    .map((l, i, all) => (l === "" && i === all.length - 1 ? l : indent + l))
    .join("\n");
}

function block(blockDepth: number, opts: Required<HclGenOptions>): fc.Arbitrary<string> {
  return fc
    .tuple(
      pick([0, 1, 2, 3]),
      fc.array(label, { minLength: 3, maxLength: 3 }),
      fc.option(fc.oneof(lineComment, blockComment), { nil: undefined, freq: 5 }),
    )
    .chain(([n, labels, comment]) =>
      fc.tuple(pick(BLOCK_TYPES[n]), body(blockDepth, opts, "  ")).map(([type, inner]) => {
        const head = [type, ...labels.slice(0, n)].join(" ");
        const after = comment === undefined ? "" : " " + comment;
        return `${head} {${after}\n${inner}}\n`;
      }),
    );
}

/** A whole HCL document: a body of attributes, blocks and comments. */
export function hclDocument(options: HclGenOptions = {}): fc.Arbitrary<string> {
  const opts: Required<HclGenOptions> = {
    exprDepth: options.exprDepth ?? 3,
    blockDepth: options.blockDepth ?? 2,
    maxItems: options.maxItems ?? 5,
  };
  return fc
    .tuple(body(opts.blockDepth, opts, ""), pick(["lf", "lf", "lf", "crlf", "bom"]), fc.boolean())
    .map(([text, style, finalNewline]) => {
      let out = finalNewline || text.includes("<<") ? text : text.replace(/\n$/, "");
      if (style === "crlf") out = out.replace(/\n/g, "\r\n");
      if (style === "bom") out = "\uFEFF" + out;
      return out;
    });
}

/** A single expression in an attribute: `value = <expr>\n`. */
export function hclAttributeDocument(depth = 3): fc.Arbitrary<string> {
  return attribute("value", depth);
}
