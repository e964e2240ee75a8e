import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { boolValue, nullValue, numberValue, stringValue, unknownValue } from "../../src/eval/values.js";
import type { Resource } from "../../src/model/types.js";
import { defineRule } from "../../rules/api/rule.js";
import type { RuleContext } from "../../rules/api/rule.js";
import { blockInstances } from "../../rules/lib/instances.js";
import { argumentBool, argumentString, lifecycleFlag, readBool } from "../../rules/lib/attributes.js";
import { flipBoolFix } from "../../rules/lib/reporting.js";

/** Runs `probe` on every resource of a one-file module and returns what it collected. */
function probe<T>(source: string, fn: (ctx: RuleContext, resource: Resource) => T): Record<string, T> {
  const out: Record<string, T> = {};
  const rule = defineRule({
    id: "probe",
    severity: "note",
    category: "lifecycle",
    summary: "probe",
    docs: { rationale: "", remediation: "", examples: "" },
    check(ctx) {
      for (const r of ctx.module.resources) out[r.address] = fn(ctx, r);
    },
  });
  const result = lint({ files: { "main.tf": source }, rules: [rule] });
  expect(result.notices).toEqual([]);
  return out;
}

describe("argumentBool and argumentString", () => {
  it("convert like Terraform does for bool and string arguments", () => {
    expect(argumentBool(boolValue(false))).toBe(false);
    expect(argumentBool(stringValue("true"))).toBe(true);
    expect(argumentBool(stringValue("yes"))).toBeUndefined();
    expect(argumentBool(nullValue())).toBeNull();
    expect(argumentBool(unknownValue("bool", "unset variable"))).toBeUndefined();
    expect(argumentString(numberValue(3))).toBe("3");
    expect(argumentString(boolValue(true))).toBe("true");
    expect(argumentString(nullValue())).toBeNull();
  });

  it("are the evaluator's conversions, with null kept apart from unknown", () => {
    // go-cty converts "1" and "0" to bool too, and never writes a number with an exponent.
    expect(argumentBool(stringValue("1"))).toBe(true);
    expect(argumentBool(stringValue("0"))).toBe(false);
    expect(argumentBool(stringValue("True"))).toBeUndefined();
    expect(argumentString(numberValue(1e21))).toBe("1000000000000000000000");
  });
});

describe("readBool and lifecycleFlag", () => {
  const source = `
variable "unset" {
  type = bool
}

variable "off" {
  default = false
}

resource "aws_db_instance" "absent" {}

resource "aws_db_instance" "null" {
  deletion_protection = null
}

resource "aws_db_instance" "string" {
  deletion_protection = "true"
}

resource "aws_db_instance" "unknown" {
  deletion_protection = var.unset
}

resource "aws_db_instance" "variable" {
  deletion_protection = var.off

  lifecycle {
    prevent_destroy = true
  }
}
`;

  it("tells absent (or null), known and unknown apart", () => {
    const states = probe(source, (ctx, r) => {
      const s = readBool(ctx, r.body, "deletion_protection", r);
      return s.state === "known" ? s.value : s.state;
    });
    expect(states).toEqual({
      "aws_db_instance.absent": "absent",
      "aws_db_instance.null": "absent",
      "aws_db_instance.string": true,
      "aws_db_instance.unknown": "unknown",
      "aws_db_instance.variable": false,
    });
  });

  it("reads lifecycle flags, absent when there is no lifecycle block", () => {
    const flags = probe(source, (ctx, r) => lifecycleFlag(ctx, r, "preventDestroy").state);
    expect(flags["aws_db_instance.absent"]).toBe("absent");
    expect(flags["aws_db_instance.variable"]).toBe("known");
  });

  it("offers a fix only for a literal written at the argument", () => {
    const fixes = probe(source, (ctx, r) => {
      const s = readBool(ctx, r.body, "deletion_protection", r);
      return s.state === "known" ? flipBoolFix(ctx, r, s.attribute.expr, true, "fix") : undefined;
    });
    expect(fixes["aws_db_instance.variable"]).toBeUndefined();
    const literal = probe('resource "aws_rds_cluster" "c" {\n  deletion_protection = false\n}\n', (ctx, r) => {
      const s = readBool(ctx, r.body, "deletion_protection", r);
      return s.state === "known" ? flipBoolFix(ctx, r, s.attribute.expr, true, "fix") : undefined;
    });
    const fix = literal["aws_rds_cluster.c"];
    expect(fix?.file).toBe("main.tf");
    expect(fix?.replacements).toEqual([
      { range: expect.objectContaining({ start: expect.objectContaining({ line: 2, column: 25 }) }), text: "true" },
    ]);
  });
});

describe("blockInstances", () => {
  const source = `
variable "volumes" {
  default = [{ keep = false }, { keep = true }]
}

variable "none" {
  default = []
}

variable "unset" {}

resource "aws_instance" "literal" {
  root_block_device {
    delete_on_termination = false
  }
}

resource "aws_instance" "known" {
  dynamic "root_block_device" {
    for_each = var.volumes
    iterator = vol
    content {
      delete_on_termination = vol.value.keep
    }
  }
}

resource "aws_instance" "empty" {
  dynamic "root_block_device" {
    for_each = var.none
    content {
      delete_on_termination = false
    }
  }
}

resource "aws_instance" "unknown" {
  dynamic "root_block_device" {
    for_each = var.unset
    content {
      delete_on_termination = root_block_device.value.keep
    }
  }
}
`;

  it("expands a dynamic block with a known for_each, binding its iterator", () => {
    const values = probe(source, (ctx, r) =>
      blockInstances(ctx, r, r.body, "root_block_device").map((i) => {
        const s = readBool(ctx, i.block.body, "delete_on_termination", r, i.bindings);
        return s.state === "known" ? s.value : s.state;
      }),
    );
    expect(values).toEqual({
      "aws_instance.literal": [false],
      "aws_instance.known": [false, true],
      "aws_instance.empty": [],
      "aws_instance.unknown": ["unknown"],
    });
  });

  it("binds the element's key: the index for lists", () => {
    const keys = probe(source, (ctx, r) =>
      blockInstances(ctx, r, r.body, "root_block_device").map((i) => i.bindings?.get("vol")),
    );
    const known = keys["aws_instance.known"];
    expect(known.map((v) => (v?.kind === "object" ? v.entries.get("key") : undefined))).toEqual([
      expect.objectContaining({ kind: "number", value: 0 }),
      expect.objectContaining({ kind: "number", value: 1 }),
    ]);
  });

  it("iterates a map in Terraform's order (keys sorted), as a `for` expression does", () => {
    const keys = probe(
      `resource "aws_instance" "map" {
  dynamic "ebs_block_device" {
    for_each = { zeta = 1, alpha = 2, mid = 3 }
    content {
      volume_size = ebs_block_device.value
    }
  }
}
`,
      (ctx, r) =>
        blockInstances(ctx, r, r.body, "ebs_block_device").map((i) => {
          const it = i.bindings.get("ebs_block_device");
          const key = it?.kind === "object" ? it.entries.get("key") : undefined;
          return key?.kind === "string" ? key.value : undefined;
        }),
    );
    expect(keys["aws_instance.map"]).toEqual(["alpha", "mid", "zeta"]);
  });
});
