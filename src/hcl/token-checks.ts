/**
 * Diagnostics about tokens rather than grammar: characters and operators that
 * never belong in HCL (hclsyntax's checkInvalidTokens), and spelling
 * suggestions for misspelt keywords.
 */
import type { Diagnostic } from "./ast.js";
import type { LineIndex } from "./positions.js";
import { T } from "./tokens.js";
import type { TokenList } from "./tokens.js";

/** A close spelling among `options` (Levenshtein distance under 3), as HCL's nameSuggestion. */
export function suggest(given: string, options: readonly string[]): string | undefined {
  for (const option of options) {
    if (levenshtein(given, option) < 3) return option;
  }
  return undefined;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Lexer diagnostics for tokens that never belong in HCL, as hclsyntax's checkInvalidTokens. */
export function checkInvalidTokens(src: string, tokens: TokenList, lines: LineIndex, diags: Diagnostic[]): void {
  let toldBitwise = 0;
  let toldBacktick = 0;
  let toldApostrophe = 0;
  let toldSemicolon = 0;
  const { types, starts, ends, count } = tokens;
  const add = (i: number, summary: string, detail: string): void => {
    diags.push({ severity: "error", summary, detail, range: lines.range(starts[i], ends[i]) });
  };
  for (let i = 0; i < count; i++) {
    const t = types[i];
    if (t < T.BitAnd && t !== T.QuotedNewline) continue;
    switch (t) {
      case T.BitAnd:
      case T.BitOr:
      case T.Caret:
      case T.Tilde:
        if (toldBitwise < 4) {
          const suggestion =
            t === T.BitAnd
              ? ' Did you mean boolean AND ("&&")?'
              : t === T.BitOr
                ? ' Did you mean boolean OR ("||")?'
                : t === T.Tilde
                  ? ' Did you mean boolean NOT ("!")?'
                  : "";
          add(i, "Unsupported operator", `Bitwise operators are not supported.${suggestion}`);
          toldBitwise++;
        }
        break;
      case T.Backtick:
        if (toldBacktick % 2 === 0) {
          add(i, "Invalid character", 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".');
        }
        if (toldBacktick <= 2) toldBacktick++;
        break;
      case T.Apostrophe:
        if (toldApostrophe % 2 === 0) add(i, "Invalid character", 'Single quotes are not valid. Use double quotes (") to enclose strings.');
        if (toldApostrophe <= 2) toldApostrophe++;
        break;
      case T.Semicolon:
        if (toldSemicolon < 1) {
          add(
            i,
            "Invalid character",
            'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
          );
          toldSemicolon++;
        }
        break;
      case T.Invalid: {
        const ch = src.slice(starts[i], ends[i]);
        if (ch === "\u201c" || ch === "\u201d") {
          add(
            i,
            "Invalid character",
            '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
          );
        } else {
          add(i, "Invalid character", "This character is not used within the language.");
        }
        break;
      }
      case T.QuotedNewline:
        add(
          i,
          "Invalid multi-line string",
          'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
        );
        break;
    }
  }
}
