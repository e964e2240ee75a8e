/**
 * Decimal formatting of numbers the way Go's big.Float and big.Int format
 * them for Terraform's `format` verbs (%e, %f, %g, %d, %x, ...). Digits come
 * from the number's shortest decimal form; a 5 at the rounding point is
 * settled the way Terraform's 512-bit value of that decimal settles it.
 */

/** value = 0.mant × 10^exp; `mant` has no leading or trailing zeros ("" for zero). */
interface Decimal {
  mant: string;
  exp: number;
}

/** The shortest decimal digits that read back as `n` (n ≥ 0, finite). */
export function toDecimal(n: number): Decimal {
  const s = n.toString();
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return { mant: "", exp: 0 };
  const intPart = m[1];
  const frac = m[2] ?? "";
  const e = Number(m[3] ?? 0);
  let digits = intPart + frac;
  let exp = intPart.length + e;
  const lead = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(lead);
  exp -= lead;
  digits = digits.replace(/0+$/, "");
  if (digits === "") return { mant: "", exp: 0 };
  return { mant: digits, exp };
}

/** Bits of mantissa cty gives a number parsed from decimal text. */
const CTY_PRECISION = 512;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * Where a decimal that ends in a 5 really lies once Terraform parsed it into
 * a 512-bit binary float: exactly on it ("even": round half to even), or
 * just above or below (rounding then goes that way, as Go's exact decimal
 * conversion does).
 */
function tieSide(d: Decimal): "even" | "above" | "below" {
  const q = d.exp - d.mant.length;
  if (q >= 0) return "even";
  const m = BigInt(d.mant);
  const den = 10n ** BigInt(-q);
  // Scale so that the quotient has exactly CTY_PRECISION bits, as the float's mantissa does.
  let e = CTY_PRECISION - (bitLength(m) - bitLength(den));
  while (bitLength((m << BigInt(Math.max(e, 0))) / den) > CTY_PRECISION) e--;
  while (bitLength((m << BigInt(Math.max(e, 0))) / den) < CTY_PRECISION) e++;
  const r = (m << BigInt(Math.max(e, 0))) % den;
  const twice = 2n * r;
  if (twice === den || r === 0n) return "even";
  // Round to nearest: the float is above the decimal when the remainder is over half.
  return twice > den ? "above" : "below";
}

/** Rounds to `nd` significant digits (Go's decimal rounding of the exact value). */
export function roundDecimal(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.mant.length) return d;
  const digit = d.mant.charCodeAt(nd) - 48;
  let up: boolean;
  if (digit === 5 && nd + 1 === d.mant.length) {
    const side = tieSide(d);
    up = side === "even" ? nd > 0 && (d.mant.charCodeAt(nd - 1) - 48) % 2 === 1 : side === "above";
  } else {
    up = digit >= 5;
  }
  if (!up) {
    const mant = d.mant.slice(0, nd).replace(/0+$/, "");
    return mant === "" ? { mant: "", exp: 0 } : { mant, exp: d.exp };
  }
  const digits = d.mant.slice(0, nd).split("").map(Number);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) {
    digits[i] = 0;
    i--;
  }
  if (i < 0) return { mant: "1", exp: d.exp + 1 };
  digits[i]++;
  return { mant: digits.slice(0, i + 1).join(""), exp: d.exp };
}

function digitAt(d: Decimal, i: number): string {
  return i >= 0 && i < d.mant.length ? d.mant[i] : "0";
}

/** %e: d.ddddde±dd with `prec` digits after the point. */
function fmtE(d: Decimal, prec: number, upper: boolean): string {
  let out = digitAt(d, 0);
  if (prec > 0) {
    out += ".";
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.mant === "" ? 0 : d.exp - 1;
  const abs = Math.abs(exp);
  out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + String(abs);
  return out;
}

/** %f: ddd.ddd with `prec` digits after the point. */
function fmtF(d: Decimal, prec: number): string {
  let out = "";
  if (d.exp > 0) {
    for (let i = 0; i < d.exp; i++) out += digitAt(d, i);
  } else {
    out = "0";
  }
  if (prec > 0) {
    out += ".";
    for (let i = 0; i < prec; i++) out += digitAt(d, d.exp + i);
  }
  return out;
}

/**
 * The digits of |n| for verb e, E, f, F, g or G with an optional precision
 * (undefined: 6 for e and f, shortest for g), without sign.
 */
export function formatFloat(n: number, verb: string, precision: number | undefined, sharp = false): string {
  const abs = Math.abs(n);
  if (!Number.isFinite(abs)) return "Inf";
  let d = toDecimal(abs);
  switch (verb) {
    case "e":
    case "E": {
      const prec = precision ?? 6;
      d = roundDecimal(d, prec + 1);
      return fmtE(d, prec, verb === "E");
    }
    case "f":
    case "F": {
      const prec = precision ?? 6;
      d = roundDecimal(d, d.exp + prec);
      return fmtF(d, prec);
    }
    default: {
      const shortest = precision === undefined;
      let prec = shortest ? d.mant.length : precision === 0 ? 1 : precision;
      if (!shortest) d = roundDecimal(d, prec);
      let eprec = prec;
      if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
      if (shortest) eprec = 6;
      const exp = d.exp - 1;
      if (sharp) {
        // %#g keeps trailing zeros.
        if (exp < -4 || exp >= prec) return fmtE(d, prec - 1, verb === "G");
        return fmtF(d, Math.max(prec - d.exp, 0));
      }
      if (d.mant === "") return "0";
      if (exp < -4 || exp >= eprec) {
        if (prec > d.mant.length) prec = d.mant.length;
        return fmtE(d, prec - 1, verb === "G");
      }
      if (prec > d.exp) prec = d.mant.length;
      return fmtF(d, Math.max(prec - d.exp, 0));
    }
  }
}

/** Digits of a whole number in base 2, 8, 10 or 16 (no sign), exactly even beyond 2^53. */
export function formatInteger(n: number, base: number, upper: boolean): string {
  const s = BigInt(Math.abs(n)).toString(base);
  return upper ? s.toUpperCase() : s;
}
