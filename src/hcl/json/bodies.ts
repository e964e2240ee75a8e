/**
 * Terraform's reading of JSON objects as block bodies: properties become
 * arguments or nested blocks by the schema in `schema.ts`; label levels are
 * nested objects (or arrays of them, to keep order); `"//"` properties are
 * comments.
 */
import type { Attribute, Block, BlockLabel, Body, BodyItem, Comment, Expression } from "../ast.js";
import {
  convertValue,
  expressionList,
  expressionMap,
  expressionValue,
  rangeOf,
  type ConvertContext,
} from "./expressions.js";
import { looksLikeNestedBlock, type ArgumentMode, type BodySchema } from "./schema.js";
import type { JsonObject, JsonProperty, JsonString, JsonValue } from "./values.js";

export interface BodyContext extends ConvertContext {
  readonly comments: Comment[];
}

/** Blocks nested deeper than this are read as arguments: no real configuration comes near it. */
const MAX_BLOCK_DEPTH = 64;

const COMMENT_KEY = "//";

function noteComment(ctx: BodyContext, p: JsonProperty): void {
  ctx.comments.push({
    type: "Comment",
    style: "//",
    text: p.value.kind === "string" ? p.value.value : ctx.source.slice(p.value.start, p.value.end),
    range: ctx.index.plainRange(p.key.start, p.value.end),
  });
}

function incorrectType(ctx: BodyContext, v: JsonValue, detail: string): void {
  // A value that did not parse already has its diagnostic.
  if (v.kind === "invalid") return;
  ctx.diagnostics.push({ severity: "error", summary: "Incorrect JSON value type", detail, range: rangeOf(ctx, v) });
}

export function argumentExpression(ctx: BodyContext, v: JsonValue, mode: ArgumentMode): Expression {
  switch (mode) {
    case "template":
    case "literal":
      return convertValue(ctx, v, mode);
    case "expression":
      return expressionValue(ctx, v);
    case "expressionList":
      return expressionList(ctx, v);
    case "expressionMap":
      return expressionMap(ctx, v);
    case "ignoreChanges":
      return v.kind === "string" ? expressionValue(ctx, v) : expressionList(ctx, v);
  }
}

export function attribute(ctx: BodyContext, p: JsonProperty, mode: ArgumentMode): Attribute {
  return {
    type: "Attribute",
    name: p.key.value,
    nameRange: rangeOf(ctx, p.key),
    expr: argumentExpression(ctx, p.value, mode),
    range: ctx.index.plainRange(p.key.start, p.value.end),
  };
}

/** Reads an object as a block body. */
export function readBody(ctx: BodyContext, obj: JsonObject, schema: BodySchema, depth: number): Body {
  const items: BodyItem[] = [];
  for (const p of obj.properties) {
    const name = p.key.value;
    if (name === COMMENT_KEY) {
      noteComment(ctx, p);
      continue;
    }
    const known = schema.blocks[name];
    const mode = schema.arguments[name];
    if (known && depth < MAX_BLOCK_DEPTH) {
      unpackBlocks(ctx, p, known.labels, known.body(), depth + 1, items);
    } else if (mode) {
      items.push(attribute(ctx, p, mode));
    } else if (schema.guessBlocks && depth < MAX_BLOCK_DEPTH && looksLikeNestedBlock(name, p.value)) {
      unpackBlocks(ctx, p, 0, guessedBlockSchema(schema), depth + 1, items);
    } else {
      items.push(attribute(ctx, p, schema.defaultMode));
    }
  }
  return { type: "Body", items, range: rangeOf(ctx, obj) };
}

/** The schema of a guessed nested block: itself a provider-schema body. */
function guessedBlockSchema(parent: BodySchema): BodySchema {
  const dynamic = parent.blocks["dynamic"];
  return {
    blocks: dynamic ? { dynamic } : {},
    arguments: {},
    defaultMode: parent.defaultMode,
    guessBlocks: true,
  };
}

/**
 * Turns one property naming a block type into blocks: one level of object
 * (or array of objects) per label, then an object (or array of objects) per
 * body. A `null` value means no block.
 */
function unpackBlocks(
  ctx: BodyContext,
  p: JsonProperty,
  labelCount: number,
  schema: BodySchema,
  depth: number,
  out: BodyItem[],
): void {
  const typeName = p.key.value;
  const visit = (v: JsonValue, labels: BlockLabel[]): void => {
    if (v.kind === "keyword" && v.value === null) return;
    if (labels.length < labelCount) {
      const levels = labelLevels(ctx, v, typeName);
      const allObjects = v.kind === "object" || (v.kind === "array" && v.items.every((i) => i.kind === "object"));
      if (levels.length === 0 && allObjects) {
        ctx.diagnostics.push({
          severity: "error",
          summary: "Missing block label",
          detail: `At least one object property is required, whose name represents the ${typeName} block's label.`,
          range: rangeOf(ctx, v),
        });
      }
      for (const level of levels) {
        visit(level.value, [...labels, { value: level.key.value, quoted: true, range: rangeOf(ctx, level.key) }]);
      }
      return;
    }
    const bodies = v.kind === "array" ? v.items : [v];
    for (const b of bodies) {
      if (b.kind !== "object") {
        incorrectType(
          ctx,
          b,
          `Either a JSON object or a JSON array is required, representing the contents of one or more "${typeName}" blocks.`,
        );
        continue;
      }
      out.push(makeBlock(ctx, p.key, labels, b, schema, depth));
    }
  };
  visit(p.value, []);
}

/** The label properties of one label level: an object, or an array of objects. */
function labelLevels(ctx: BodyContext, v: JsonValue, typeName: string): JsonProperty[] {
  const objects = v.kind === "array" ? v.items : [v];
  const out: JsonProperty[] = [];
  for (const o of objects) {
    if (o.kind !== "object") {
      incorrectType(ctx, o, `A JSON object is required here, whose property names are the labels of "${typeName}" blocks.`);
      continue;
    }
    for (const p of o.properties) {
      if (p.key.value === COMMENT_KEY) noteComment(ctx, p);
      else out.push(p);
    }
  }
  return out;
}

function makeBlock(
  ctx: BodyContext,
  typeKey: JsonString,
  labels: BlockLabel[],
  obj: JsonObject,
  schema: BodySchema,
  depth: number,
): Block {
  const body = readBody(ctx, obj, schema, depth);
  return {
    type: "Block",
    blockType: typeKey.value,
    typeRange: rangeOf(ctx, typeKey),
    labels,
    body,
    openBraceRange: ctx.index.plainRange(obj.start, obj.start + 1),
    closeBraceRange: ctx.index.plainRange(obj.closeStart, obj.end),
    range: ctx.index.plainRange(typeKey.start, obj.end),
  };
}
