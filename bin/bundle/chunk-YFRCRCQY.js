import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path9, { windows } = {}) => {
      const segs = path9.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token2) => {
      if (token2.isPrefix !== true) {
        token2.depth = token2.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token2 = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token2.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token2.isBrace = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token2.isBrace = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token2.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token2);
          token2 = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token2.isGlob = true;
            isExtglob = token2.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token2.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token2.isGlobstar = true;
          isGlob = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token2.isBracket = true;
              isGlob = token2.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token2.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token2.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token2.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token2);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token2) => {
        state.output += token2.output != null ? token2.output : token2.value;
        consume(token2.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token2.prev = prev;
        token2.parens = state.parens;
        token2.output = state.output;
        token2.startIndex = state.index;
        token2.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token2.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token2);
      };
      const extglobClose = (token2) => {
        const literal2 = input.slice(token2.startIndex, state.index + 1);
        const body = input.slice(token2.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token2.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token2.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token2.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token2.close + (opts.capture ? ")" : "");
        let rest;
        if (token2.type === "negate") {
          let extglobStar = star;
          if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token2.close = `)$))${extglobStar}`;
          }
          if (token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token2.close = `)${expression})${extglobStar})`;
          }
          if (token2.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token2 = { type: "star", value, output: star };
        if (opts.bash === true) {
          token2.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token2.output = nodot + token2.output;
          }
          push(token2);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token2.output = value;
          push(token2);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token2);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token2 of state.tokens) {
          state.output += token2.output != null ? token2.output : token2.value;
          if (token2.suffix) {
            state.output += token2.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject5 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject5(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix5 });
        const result = { glob, state, regex, posix: posix5, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix5 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan2(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/config/schema.json
var require_schema = __commonJS({
  "src/config/schema.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      title: "tfmould configuration (.tfmould.json)",
      description: "Rule levels and options, strict mode, excluded paths and variable values for tfmould. The engine inserts every rule's id and options schema under `rules` before validating.",
      type: "object",
      additionalProperties: false,
      properties: {
        $schema: {
          description: "Path or URL of this schema, for editors.",
          type: "string"
        },
        rules: {
          description: 'Per-rule level ("off", "note", "warning", "error") or { severity, options }.',
          type: "object",
          additionalProperties: false,
          properties: {},
          patternProperties: {
            "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$": { $ref: "#/definitions/pluginRuleSetting" }
          }
        },
        plugins: {
          description: 'Rules of your own: ES modules whose default export is { name, rules }, each a path relative to the directory of this file ("./lint/rules.js") or an installed package name. Their rules are named <plugin name>/<rule>. Loading a plugin runs its code, so tfmould loads them only for a config named with --config, or with --allow-plugins.',
          type: "array",
          uniqueItems: true,
          items: { type: "string", minLength: 1 }
        },
        strict: {
          description: "Digests over tags, commits over refs.",
          type: "boolean"
        },
        exclude: {
          description: "Glob patterns, relative to the directory of this file, of paths not to lint.",
          type: "array",
          items: { type: "string", minLength: 1 }
        },
        roles: {
          description: 'Module roles by glob pattern, relative to the directory of this file (matched as exclude patterns are; the last matching pattern wins): { "stacks/**": "deployment" }. A role decides which rules apply: deployment (a root module that is applied), module (reusable), example, test, fixture (syntax only).',
          type: "object",
          propertyNames: { minLength: 1 },
          additionalProperties: { $ref: "#/definitions/role" }
        },
        varFiles: {
          description: "Variable files (.tfvars, .tfvars.json) applied after the automatic ones, relative to the directory of this file.",
          type: "array",
          items: { type: "string", minLength: 1 }
        },
        vars: {
          description: "Variable values, like --var; they take precedence over every variable file.",
          type: "object",
          propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
          additionalProperties: true
        },
        useEnvVars: {
          description: "Read TF_VAR_<name> environment variables, as Terraform does.",
          type: "boolean"
        }
      },
      definitions: {
        role: {
          description: "deployment: a root module that is applied; module: a reusable module; example and test: roots that show or test a module; fixture: snippets, syntax only.",
          enum: ["deployment", "module", "example", "test", "fixture"]
        },
        level: {
          description: '"off" disables the rule; the others set its severity.',
          enum: ["off", "note", "warning", "error"]
        },
        pluginRuleSetting: {
          description: "A plugin rule's level or { severity, options }; its options are checked against the rule's schema when the plugin is loaded.",
          if: { type: "string" },
          then: { $ref: "#/definitions/level" },
          else: {
            type: "object",
            additionalProperties: false,
            properties: {
              severity: { $ref: "#/definitions/level" },
              options: { type: "object" }
            }
          }
        },
        ruleSetting: {
          if: { type: "string" },
          then: { $ref: "#/definitions/level" },
          else: {
            type: "object",
            additionalProperties: false,
            properties: {
              severity: { $ref: "#/definitions/level" },
              options: { type: "object", additionalProperties: false, properties: {} }
            }
          }
        }
      }
    };
  }
});

// src/model/file-access.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import * as nodePath from "node:path";

// src/util/paths.ts
import * as path from "node:path";
var POSIX = path.sep === "/";
var DOT_OR_DOUBLE_SLASH = /\/\.\.?(?:\/|$)|\/\//;
function isPlainAbsolute(p) {
  return POSIX && p.charCodeAt(0) === 47 && !DOT_OR_DOUBLE_SLASH.test(p);
}
function isNormalAbsolute(p) {
  return isPlainAbsolute(p) && (p.length === 1 || p.charCodeAt(p.length - 1) !== 47);
}
function resolvePath(p) {
  return isNormalAbsolute(p) ? p : path.resolve(p);
}
function joinName(dir, name) {
  if (name !== "" && name !== "." && name !== ".." && !name.includes("/") && isNormalAbsolute(dir)) {
    return dir.length === 1 ? `/${name}` : `${dir}/${name}`;
  }
  return path.join(dir, name);
}
function relativePath(from, to) {
  if (!isNormalAbsolute(from) || !isNormalAbsolute(to)) return path.relative(from, to);
  if (from === to) return "";
  if (from === "/") return to.slice(1);
  if (to.startsWith(from) && to.charCodeAt(from.length) === 47) return to.slice(from.length + 1);
  let common = 0;
  const n = Math.min(from.length, to.length);
  for (let i = 1; i <= n; i++) {
    const a = i < from.length ? from.charCodeAt(i) : 47;
    const b = i < to.length ? to.charCodeAt(i) : 47;
    if (a !== b) break;
    if (a === 47) common = i;
  }
  let ups = common >= from.length ? 0 : 1;
  for (let i = common + 1; i < from.length; i++) if (from.charCodeAt(i) === 47) ups++;
  const down = common >= to.length ? "" : to.slice(common + 1);
  const up = "../".repeat(ups);
  return down === "" ? up.slice(0, -1) : up + down;
}

// src/model/file-access.ts
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
function readRegularFile(path9, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let fd;
  try {
    fd = openSync(path9, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { reason: describeError(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: stat.isDirectory() ? "is a directory" : "not a regular file" };
    if (stat.size > maxBytes) return { reason: tooLarge(maxBytes) };
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { reason: tooLarge(maxBytes) };
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: describeError(error) };
  } finally {
    closeSync(fd);
  }
}
function tooLarge(maxBytes) {
  return `larger than the ${formatBytes(maxBytes)} limit (--max-file-size)`;
}
function formatBytes(n) {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var BINARY_PROBE = 8e3;
function readSource(file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const read2 = readRegularFile(file, maxBytes);
  if ("reason" in read2) return read2;
  const bytes = read2.bytes;
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < BINARY_PROBE) return { reason: "binary file (contains NUL bytes)" };
  if (isAscii(bytes)) return { text: bytes.toString("latin1") };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { reason: "not UTF-8 text" };
  }
}
function describeError(error) {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOENT":
    case "ENOTDIR":
      return "does not exist";
    case "ELOOP":
      return "symbolic link loop";
    case "EAGAIN":
      return "not a regular file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
function identityOf(path9) {
  try {
    const stat = statSync(path9, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return void 0;
  }
}
function isWithin(outer, inner) {
  if (isPlainAbsolute(outer) && isPlainAbsolute(inner)) {
    const o = outer.length > 1 && outer.endsWith("/") ? outer.slice(0, -1) : outer;
    const i = inner.length > 1 && inner.endsWith("/") ? inner.slice(0, -1) : inner;
    return o === "/" || i === o || i.length > o.length && i.charCodeAt(o.length) === 47 && i.startsWith(o);
  }
  const rel = nodePath.relative(outer, inner);
  return rel === "" || !rel.startsWith(`..${nodePath.sep}`) && rel !== ".." && !nodePath.isAbsolute(rel);
}
function realPath(path9) {
  try {
    return realpathSync(path9);
  } catch {
    return void 0;
  }
}
function repositoryRoot(path9) {
  const real = realPath(path9);
  if (real === void 0) return void 0;
  let dir = isDirectory(real) ? real : nodePath.dirname(real);
  for (; ; ) {
    if (realPath(nodePath.join(dir, ".git")) !== void 0) return dir;
    const parent = nodePath.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function isDirectory(path9) {
  try {
    return statSync(path9).isDirectory();
  } catch {
    return false;
  }
}
var ReadBoundary = class _ReadBoundary {
  /** Real paths of the roots. */
  roots;
  named;
  constructor(roots, named) {
    this.roots = roots;
    this.named = named;
  }
  /**
   * The boundary for scanning `paths` (resolved against `cwd`): for each, the
   * repository that holds it, or the path itself (its directory, for a file)
   * when no repository does. `named` are files the user gave on the command
   * line (`--var-file`, `--config`, `--baseline`): readable wherever they are.
   */
  static forScan(paths, cwd, named = []) {
    const roots = /* @__PURE__ */ new Set();
    for (const given of paths) {
      const abs = nodePath.resolve(cwd, given);
      const real = realPath(abs);
      if (real === void 0) continue;
      roots.add(repositoryRoot(real) ?? (isDirectory(real) ? real : nodePath.dirname(real)));
    }
    const namedReal = /* @__PURE__ */ new Set();
    for (const file of [...named, ...paths]) {
      const real = realPath(nodePath.resolve(cwd, file));
      if (real !== void 0) namedReal.add(real);
    }
    return new _ReadBoundary([...roots], namedReal);
  }
  /**
   * Admits one more file, by its real path: a `.tfmould.json` that the
   * config lookup found above the repository is the user's own, like a
   * named one (what it names is still confined).
   */
  admit(path9) {
    const real = realPath(path9);
    if (real !== void 0) this.named.add(real);
  }
  /** The boundary as plain data, for a worker thread. */
  toData() {
    return { roots: [...this.roots], named: [...this.named] };
  }
  static fromData(data) {
    return new _ReadBoundary(data.roots, new Set(data.named));
  }
  /**
   * Whether a path may be read: its real path is named, or inside a root. A
   * path that does not exist may be (there is nothing to leak). `resolve`
   * works out real paths (a host that knows many already can answer faster).
   */
  allows(path9, resolve11 = realPath) {
    const real = resolve11(path9);
    if (real === void 0) return true;
    return this.allowsReal(real);
  }
  /** `allows` for a path already resolved with realpath. */
  allowsReal(real) {
    return this.named.has(real) || this.roots.some((root) => isWithin(root, real));
  }
  /** The root that holds a path, for relative messages and for `file()`'s limit; `resolve` as for `allows`. */
  rootOf(path9, resolve11 = realPath) {
    const real = resolve11(path9) ?? nodePath.resolve(path9);
    return this.roots.find((root) => isWithin(root, real));
  }
};
var OUTSIDE_BOUNDARY = "outside the scanned repository; tfmould reads only the repository it scans and the files named on the command line";

// src/hcl/positions.ts
var HAS_SURROGATE = /[\uD800-\uDFFF]/;
var SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
var BEYOND = 2147483647;
var LONE_CR = /\r(?!\n)/;
var ORIGIN = { line: 1, column: 1, offset: 0 };
var LineIndex = class {
  /** The text the index describes. */
  source;
  /** Offset at which each line starts, then two sentinels larger than any offset. */
  starts;
  lines;
  /** Offsets of low surrogates that complete a pair (they add no column), ascending. */
  astral;
  lastLine = 0;
  baseLine;
  baseColumn;
  baseOffset;
  /**
   * @param source the text
   * @param base where offset 0 of `source` sits (for text embedded in a larger file)
   */
  constructor(source, base = ORIGIN) {
    this.source = source;
    this.baseLine = base.line;
    this.baseColumn = base.column;
    this.baseOffset = base.offset;
    const starts = findLineStarts(source);
    this.lines = starts.length;
    this.starts = new Int32Array(starts.length + 2);
    this.starts.set(starts);
    this.starts[starts.length] = BEYOND;
    this.starts[starts.length + 1] = BEYOND;
    this.astral = [];
    if (HAS_SURROGATE.test(source)) {
      SURROGATE_PAIR.lastIndex = 0;
      let m;
      while ((m = SURROGATE_PAIR.exec(source)) !== null) this.astral.push(m.index + 1);
    }
  }
  /** Number of lines (a file without line breaks has one; a final line break starts an empty last line). */
  get lineCount() {
    return this.lines;
  }
  /**
   * Offset (relative to the source) of the first character of a 1-based
   * line; a line past the last starts at the end of the text.
   */
  lineStart(line) {
    if (line > this.lines) return this.source.length;
    return line >= 1 ? this.starts[line - 1] : 0;
  }
  /** The position of an offset; offsets outside the text are clamped to it. */
  pos(offset) {
    if (offset < 0) offset = 0;
    else if (offset > this.source.length) offset = this.source.length;
    const starts = this.starts;
    let line = this.lastLine;
    if (offset < starts[line] || offset >= starts[line + 1]) {
      if (offset >= starts[line + 1] && offset < starts[line + 2]) line++;
      else line = this.search(offset);
      this.lastLine = line;
    }
    const start = starts[line];
    let column = offset - start + 1;
    if (this.astral.length > 0) column -= this.countAstral(start, offset);
    if (line === 0) {
      return { line: this.baseLine, column: column + this.baseColumn - 1, offset: offset + this.baseOffset };
    }
    return { line: line + this.baseLine, column, offset: offset + this.baseOffset };
  }
  /** The offset a position at `offset` of this text has (texts embedded in a file start later). */
  offsetOf(offset) {
    return offset + this.baseOffset;
  }
  /** A range between two offsets; its positions are worked out when read (see {@link SourceRange}). */
  range(start, end) {
    return new SourceRange(this, start, end);
  }
  /** A range between two offsets as a plain object, its positions worked out now. */
  plainRange(start, end) {
    return { start: this.pos(start), end: this.pos(end) };
  }
  /** Whether this index describes all of `source`, from line 1, column 1, offset 0. */
  describesWhole(source) {
    return this.source === source && this.baseOffset === 0 && this.baseLine === 1 && this.baseColumn === 1;
  }
  /** 0-based index of the line holding `offset`. */
  search(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = this.lines - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** How many pair-completing low surrogates lie in [from, to). */
  countAstral(from, to) {
    const a = this.astral;
    return lowerBound(a, to) - lowerBound(a, from);
  }
};
var indexes = /* @__PURE__ */ new WeakMap();
function lineIndexOf(file) {
  const known = existingLineIndexOf(file);
  if (known !== void 0) return known;
  const built = new LineIndex(file.source);
  indexes.set(file, built);
  return built;
}
function existingLineIndexOf(file) {
  const known = indexes.get(file);
  if (known !== void 0 && known.source === file.source) return known;
  const range = file.body?.range;
  const lines = range === void 0 ? void 0 : SourceRange.linesOf(range);
  return lines !== void 0 && lines.describesWhole(file.source) ? lines : void 0;
}
function shareLineIndex(file, lines) {
  if (lines.describesWhole(file.source)) indexes.set(file, lines);
  return file;
}
function lowerBound(a, x) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function findLineStarts(source) {
  const starts = [0];
  let i = source.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = source.indexOf("\n", i + 1);
  }
  if (!LONE_CR.test(source)) return starts;
  const all = [0];
  const n = source.length;
  for (let j = 0; j < n; j++) {
    const c = source.charCodeAt(j);
    if (c === 10) all.push(j + 1);
    else if (c === 13) {
      if (source.charCodeAt(j + 1) === 10) j++;
      all.push(j + 1);
    }
  }
  return all;
}
var SourceRange = class _SourceRange {
  #lines;
  #from;
  #to;
  constructor(lines, from, to) {
    this.#lines = lines;
    this.#from = from;
    this.#to = to;
  }
  get start() {
    return this.#lines.pos(this.#from);
  }
  get end() {
    return this.#lines.pos(this.#to);
  }
  toJSON() {
    return { start: this.start, end: this.end };
  }
  /** The index a `SourceRange` reads its positions from (its parser's, for a parsed node); undefined for a plain range. */
  static linesOf(range) {
    return range instanceof _SourceRange ? range.#lines : void 0;
  }
  /** `range.start.offset`, without working out the position for a `SourceRange`. */
  static startOffset(range) {
    return range instanceof _SourceRange ? range.#lines.offsetOf(range.#from) : range.start.offset;
  }
  /** `range.end.offset`, without working out the position for a `SourceRange`. */
  static endOffset(range) {
    return range instanceof _SourceRange ? range.#lines.offsetOf(range.#to) : range.end.offset;
  }
  /** From the start of `a` to offset `to` of `lines`. */
  static until(a, lines, to) {
    if (a instanceof _SourceRange && a.#lines === lines) return new _SourceRange(lines, a.#from, to);
    return { start: a.start, end: lines.pos(to) };
  }
  /** From offset `from` of `lines` to the end of `b`. */
  static after(lines, from, b) {
    if (b instanceof _SourceRange && b.#lines === lines) return new _SourceRange(lines, from, b.#to);
    return { start: lines.pos(from), end: b.end };
  }
  /**
   * From the start of `a` to the end of `b`: a `SourceRange` when both are
   * ranges of the same text, else a plain range.
   */
  static span(a, b) {
    if (a instanceof _SourceRange && b instanceof _SourceRange && a.#lines === b.#lines) return new _SourceRange(a.#lines, a.#from, b.#to);
    return { start: a.start, end: b.end };
  }
};
function plainRange(range) {
  const { start, end } = range;
  return { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
}

// src/model/node-files.ts
function hasRange(v) {
  if (typeof v !== "object" || v === null || !("range" in v)) return false;
  const r = v.range;
  return typeof r === "object" && r !== null && "start" in r && "end" in r;
}
function contains(outer, target) {
  return SourceRange.startOffset(outer) <= target.from && target.to <= SourceRange.endOffset(outer);
}
function lastItemStartingBefore(items, offset) {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (SourceRange.startOffset(items[mid].range) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
function reaches(root, target) {
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === target.node) return true;
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (hasRange(item) && contains(item.range, target)) stack.push(item);
      continue;
    }
    for (const key in v) {
      const child = v[key];
      if (child === target.node) return true;
      if (Array.isArray(child)) stack.push(child);
      else if (hasRange(child) && contains(child.range, target)) stack.push(child);
    }
  }
  return false;
}
function fileHolds(file, target) {
  const node = target.node;
  if (node === file.body) return true;
  const items = file.body.items;
  for (let i = lastItemStartingBefore(items, target.from); i >= 0; i--) {
    const item = items[i];
    if (contains(item.range, target) && reaches(item, target)) return true;
    if (file.syntax === "native") break;
  }
  return file.comments.some((c) => c === node);
}
var answers = /* @__PURE__ */ new WeakMap();
function fileOfNode(module, node) {
  if (!hasRange(node)) return void 0;
  let known = answers.get(module);
  if (!known) answers.set(module, known = { found: /* @__PURE__ */ new Map(), missing: /* @__PURE__ */ new WeakSet() });
  const cached = known.found.get(node);
  if (cached !== void 0 || known.missing.has(node)) return cached;
  const file = searchFileOf(module, node);
  if (file) known.found.set(node, file);
  else known.missing.add(node);
  return file;
}
function searchFileOf(module, node) {
  return fileHoldingNode(module.files, node) ?? fileHoldingNode(module.varFiles, node);
}
function fileHoldingNode(files, node) {
  if (!hasRange(node)) return void 0;
  const target = { node, from: SourceRange.startOffset(node.range), to: SourceRange.endOffset(node.range) };
  const lines = SourceRange.linesOf(node.range);
  if (lines !== void 0) {
    const own = files.find((file) => existingLineIndexOf(file) === lines);
    if (own && fileHolds(own, target)) return own;
  }
  for (const file of files) if (fileHolds(file, target)) return file;
  return void 0;
}

// src/eval/values.ts
var MAX_ORIGINS = 8;
var NO_ORIGINS = [];
function sameOrigin(a, b) {
  return a.file === b.file && SourceRange.startOffset(a.range) === SourceRange.startOffset(b.range) && SourceRange.endOffset(a.range) === SourceRange.endOffset(b.range);
}
function selectingOrigins(origins) {
  if (origins.length === 0 || origins.every((o) => o.selects)) return origins;
  return origins.map((o) => o.selects ? o : { file: o.file, range: o.range, selects: true });
}
function choosingOrigins(origins) {
  return origins.some((o) => o.selects) ? origins.filter((o) => o.selects) : NO_ORIGINS;
}
function partOrigins(origins) {
  if (!origins.some((o) => o.selects)) return origins;
  return origins.map((o) => o.selects ? { file: o.file, range: o.range } : o);
}
function joinOrigins(...lists) {
  let nonEmpty = 0;
  let only;
  for (const list2 of lists) {
    if (list2 !== void 0 && list2.length > 0) {
      nonEmpty++;
      only = list2;
    }
  }
  if (only === void 0) return NO_ORIGINS;
  if (nonEmpty === 1 && only.length <= MAX_ORIGINS) return only;
  const out = [];
  for (const list2 of lists) {
    if (!list2) continue;
    for (const o of list2) {
      if (out.length >= MAX_ORIGINS) return out;
      if (!includesOrigin(out, o)) out.push(o);
    }
  }
  return out;
}
function interleaveOrigins(...lists) {
  const longest = Math.max(0, ...lists.map((l) => l.length));
  const fits = lists.reduce((n, l) => n + l.length, 0) <= MAX_ORIGINS;
  if (fits || lists.filter((l) => l.length > 0).length <= 1) return joinOrigins(...lists);
  const out = [];
  for (let i = 0; i < longest; i++) {
    for (const list2 of lists) {
      const o = list2[i];
      if (o === void 0 || includesOrigin(out, o)) continue;
      out.push(o);
      if (out.length >= MAX_ORIGINS) return out;
    }
  }
  return out;
}
function includesOrigin(list2, o) {
  for (const x of list2) if (sameOrigin(x, o)) return true;
  return false;
}
function nullValue(origins = NO_ORIGINS) {
  return { kind: "null", origins };
}
function boolValue(value, origins = NO_ORIGINS) {
  return { kind: "bool", value, origins };
}
function numberValue(value, origins = NO_ORIGINS) {
  return { kind: "number", value, origins };
}
function stringValue(value, origins = NO_ORIGINS) {
  return { kind: "string", value, origins };
}
function tupleValue(items, origins = NO_ORIGINS) {
  return { kind: "tuple", items, origins };
}
function objectValue(entries, origins = NO_ORIGINS) {
  return { kind: "object", entries, origins };
}
function setValue(items, origins = NO_ORIGINS) {
  if (!items.every(isKnown)) return unknownValue("tuple", "set with unknown elements", origins);
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const item of items) {
    const key = valueKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  unique.sort(compareForSet);
  return { kind: "tuple", items: unique, origins, set: true };
}
function compareForSet(a, b) {
  if (a.kind === "string" && b.kind === "string") return compareStrings(a.value, b.value);
  if (a.kind === "number" && b.kind === "number") return a.value - b.value;
  if (a.kind === "bool" && b.kind === "bool") return Number(a.value) - Number(b.value);
  if (a.kind !== b.kind) return compareStrings(a.kind, b.kind);
  return compareStrings(JSON.stringify(toJs(a)), JSON.stringify(toJs(b)));
}
function compareStrings(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 55296 && x <= 57343;
    const sy = y >= 55296 && y <= 57343;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}
function sortedKeys(v) {
  return [...v.entries.keys()].sort(compareStrings);
}
function unknownValue(type, reason, origins = NO_ORIGINS, pieces) {
  if (pieces && type === "string") return { kind: "unknown", type, origins, reason, pieces: normalizePieces(pieces) };
  return { kind: "unknown", type, origins, reason };
}
function normalizePieces(pieces) {
  const out = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.known) {
      if (p.text === "") continue;
      if (last && last.known) out[out.length - 1] = { known: true, text: last.text + p.text };
      else out.push(p);
    } else if (!last || last.known) {
      out.push(p);
    }
  }
  return out;
}
function withOrigins(v, origins) {
  return { ...v, origins };
}
function addOrigins(v, extra) {
  if (extra.length === 0) return v;
  return { ...v, origins: joinOrigins(v.origins, extra) };
}
var ALWAYS_SET_ATTRIBUTES = /* @__PURE__ */ new Set(["id", "arn", "image_id", "self_link"]);
function namesIdentifier(v) {
  const reference = v.reference;
  if (reference === void 0 || reference.startsWith("module.")) return false;
  const last = /\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(reference)?.[1];
  return last !== void 0 && ALWAYS_SET_ATTRIBUTES.has(last);
}
function isEmptyOrNull(v) {
  return v.kind === "null" || v.kind === "string" && v.value === "";
}
function typeOf(v) {
  return v.kind === "unknown" ? v.type : v.kind;
}
var TOO_LARGE = "value too large";
var shapes = /* @__PURE__ */ new WeakMap();
var LEAF = { nodes: 1, known: true, oversized: false };
var UNKNOWN_LEAF = { nodes: 1, known: false, oversized: false };
var OVERSIZED_LEAF = { nodes: 1, known: false, oversized: true };
function shapeOf(v) {
  if (v.kind === "unknown") return v.reason === TOO_LARGE ? OVERSIZED_LEAF : UNKNOWN_LEAF;
  if (v.kind !== "tuple" && v.kind !== "object") return LEAF;
  const key = v.kind === "tuple" ? v.items : v.entries;
  const found = shapes.get(key);
  if (found) return found;
  let nodes = 1;
  let known = true;
  let oversized = false;
  for (const item of v.kind === "tuple" ? v.items : v.entries.values()) {
    const s = shapeOf(item);
    nodes += s.nodes;
    known &&= s.known;
    oversized ||= s.oversized;
  }
  const shape = { nodes, known, oversized };
  shapes.set(key, shape);
  return shape;
}
function nodeCount(v) {
  return shapeOf(v).nodes;
}
function tooLarge2(v, limit) {
  const s = shapeOf(v);
  return s.oversized ? "inherited" : s.nodes > limit ? "new" : false;
}
function isKnown(v) {
  return shapeOf(v).known;
}
function numberToString(n) {
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";
  if (Object.is(n, -0)) return "0";
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? "");
  const exp = Number(m[4]);
  if (exp >= 0) {
    const intLen = exp + 1;
    if (digits.length <= intLen) return sign + digits + "0".repeat(intLen - digits.length);
    return sign + digits.slice(0, intLen) + "." + digits.slice(intLen);
  }
  return sign + "0." + "0".repeat(-exp - 1) + digits;
}
function asString(v) {
  switch (v.kind) {
    case "string":
      return v.value;
    case "number":
      return numberToString(v.value);
    case "bool":
      return v.value ? "true" : "false";
    default:
      return void 0;
  }
}
function asBool(v) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string") {
    if (v.value === "true" || v.value === "1") return true;
    if (v.value === "false" || v.value === "0") return false;
  }
  return void 0;
}
var NUMBER_SYNTAX = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function parseNumber(s) {
  if (!NUMBER_SYNTAX.test(s)) return void 0;
  const n = Number(s);
  return Number.isFinite(n) ? n : void 0;
}
function asNumber(v) {
  if (v.kind === "number") return v.value;
  if (v.kind === "string") return parseNumber(v.value);
  return void 0;
}
function toJs(v) {
  switch (v.kind) {
    case "null":
      return null;
    case "bool":
    case "number":
    case "string":
      return v.value;
    case "tuple": {
      const out = [];
      for (const item of v.items) {
        const js = toJs(item);
        if (js === void 0) return void 0;
        out.push(js);
      }
      return out;
    }
    case "object": {
      const out = {};
      for (const key of sortedKeys(v)) {
        const js = toJs(v.entries.get(key));
        if (js === void 0) return void 0;
        Object.defineProperty(out, key, { value: js, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "unknown":
      return void 0;
  }
}
function fromJs(js, origins = NO_ORIGINS) {
  if (js === null || js === void 0) return nullValue(origins);
  if (typeof js === "boolean") return boolValue(js, origins);
  if (typeof js === "number") return numberValue(js, origins);
  if (typeof js === "bigint") return numberValue(Number(js), origins);
  if (typeof js === "string") return stringValue(js, origins);
  if (Array.isArray(js)) return tupleValue(js.map((x) => fromJs(x, origins)), origins);
  if (js instanceof Map) {
    const entries = /* @__PURE__ */ new Map();
    for (const [k, x] of js) entries.set(String(k), fromJs(x, origins));
    return objectValue(entries, origins);
  }
  if (js instanceof Date) return stringValue(js.toISOString(), origins);
  if (typeof js === "object") {
    const entries = /* @__PURE__ */ new Map();
    for (const [k, x] of Object.entries(js)) entries.set(k, fromJs(x, origins));
    return objectValue(entries, origins);
  }
  return unknownValue("any", "value that Terraform cannot represent", origins);
}
function valuesEqual(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown") {
    if (a.kind !== "unknown" && b.kind === "unknown" && b.type !== "any" && b.type !== a.kind) return false;
    if (b.kind !== "unknown" && a.kind === "unknown" && a.type !== "any" && a.type !== b.kind) return false;
    if (a.kind === "unknown" && isEmptyOrNull(b) && namesIdentifier(a) || b.kind === "unknown" && isEmptyOrNull(a) && namesIdentifier(b)) return false;
    return void 0;
  }
  if (a.kind !== b.kind) return false;
  if (a.kind === "tuple" && a.items === b.items && Boolean(a.set) === Boolean(b.set)) return isKnown(a) ? true : void 0;
  if (a.kind === "object" && a.entries === b.entries) return isKnown(a) ? true : void 0;
  switch (a.kind) {
    case "null":
      return true;
    case "bool":
    case "number":
    case "string":
      return a.value === b.value;
    case "tuple": {
      const bt = b;
      if (a.items.length !== bt.items.length) return false;
      if (Boolean(a.set) !== Boolean(bt.set)) return false;
      let result = true;
      for (let i = 0; i < a.items.length; i++) {
        const eq = valuesEqual(a.items[i], bt.items[i]);
        if (eq === false) return false;
        if (eq === void 0) result = void 0;
      }
      return result;
    }
    case "object": {
      const bo = b;
      if (a.entries.size !== bo.entries.size) return false;
      let result = true;
      for (const [k, x] of a.entries) {
        const y = bo.entries.get(k);
        if (y === void 0) return false;
        const eq = valuesEqual(x, y);
        if (eq === false) return false;
        if (eq === void 0) result = void 0;
      }
      return result;
    }
  }
}
function errorValue(reason, origins = NO_ORIGINS) {
  return { kind: "unknown", type: "any", origins, reason, error: true };
}
function isError(v) {
  return v.kind === "unknown" && v.error === true;
}
function firstError(values) {
  return values.find(isError);
}
function stripOrigins(v) {
  switch (v.kind) {
    case "tuple":
      return { ...v, items: v.items.map(stripOrigins), origins: NO_ORIGINS };
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(k, stripOrigins(x));
      return { ...v, entries, origins: NO_ORIGINS };
    }
    default:
      return { ...v, origins: NO_ORIGINS };
  }
}
function sizeExceeds(v, limit) {
  let total = 0;
  const stack = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    switch (x.kind) {
      case "string":
        total += x.value.length + 2;
        break;
      case "tuple":
        total += 2 + x.items.length;
        stack.push(...x.items);
        break;
      case "object":
        total += 2;
        for (const [k, item] of x.entries) {
          total += k.length + 4;
          stack.push(item);
        }
        break;
      default:
        total += 5;
    }
    if (total > limit) return true;
  }
  return false;
}
function valueKey(v) {
  switch (v.kind) {
    case "null":
      return "n";
    case "bool":
      return v.value ? "T" : "F";
    case "number":
      return "#" + String(v.value);
    case "string":
      return JSON.stringify(v.value);
    case "tuple":
      return (v.set ? "{" : "[") + v.items.map(valueKey).join(",") + "]";
    case "object":
      return "(" + sortedKeys(v).map((k) => JSON.stringify(k) + ":" + valueKey(v.entries.get(k))).join(",") + ")";
    case "unknown":
      return "?";
  }
}
function identicalValues(a, b) {
  if (a === b) return true;
  if (a.kind !== b.kind || !identicalOrigins(a.origins, b.origins)) return false;
  switch (a.kind) {
    case "null":
      return true;
    case "bool":
    case "string":
      return a.value === b.value;
    case "number":
      return Object.is(a.value, b.value);
    case "tuple": {
      const bt = b;
      if (a.items.length !== bt.items.length || Boolean(a.set) !== Boolean(bt.set)) return false;
      for (let i = 0; i < a.items.length; i++) if (!identicalValues(a.items[i], bt.items[i])) return false;
      return true;
    }
    case "object": {
      const bo = b;
      if (a.entries.size !== bo.entries.size) return false;
      const others = bo.entries.entries();
      for (const [k, x] of a.entries) {
        const [k2, y] = others.next().value;
        if (k !== k2 || !identicalValues(x, y)) return false;
      }
      return true;
    }
    case "unknown": {
      const bu = b;
      return a.type === bu.type && a.reason === bu.reason && Boolean(a.error) === Boolean(bu.error) && identicalPieces(a.pieces, bu.pieces);
    }
  }
}
function identicalOrigins(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameOrigin(a[i], b[i]) || a[i].selects !== b[i].selects) return false;
  return true;
}
function identicalPieces(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.known !== y.known || x.known && y.known && x.text !== y.text) return false;
  }
  return true;
}

// src/model/query.ts
function getAttribute(body, name) {
  let found;
  for (const item of body.items) {
    if (item.type === "Attribute" && item.name === name) found = item;
  }
  return found;
}
function blockHeaderRange(block2) {
  const last = block2.labels.length > 0 ? block2.labels[block2.labels.length - 1].range : block2.typeRange;
  if (last.start.line !== block2.typeRange.start.line) return last;
  return { start: block2.typeRange.start, end: last.end };
}
function blockHeader(block2) {
  return { range: blockHeaderRange(block2), of: block2 };
}
function literalString(expr) {
  if (expr.type === "Template" && expr.parts.every((p) => p.type === "TemplateLiteral")) {
    return expr.parts.map((p) => p.type === "TemplateLiteral" ? p.value : "").join("");
  }
  return void 0;
}
function getBlocks(body, blockType) {
  const out = [];
  for (const item of body.items) {
    if (item.type !== "Block") continue;
    if (item.blockType === blockType) {
      out.push({ blockType, body: item.body, headerRange: blockHeaderRange(item), block: item, dynamic: void 0 });
    } else if (item.blockType === "dynamic" && item.labels.length === 1 && item.labels[0].value === blockType) {
      const content = item.body.items.find((i) => i.type === "Block" && i.blockType === "content");
      const iteratorAttr = getAttribute(item.body, "iterator");
      const iterator = iteratorAttr && iteratorAttr.expr.type === "Variable" ? iteratorAttr.expr.name : blockType;
      out.push({
        blockType,
        body: content ? content.body : { type: "Body", items: [], range: item.body.range },
        headerRange: blockHeaderRange(item),
        block: item,
        dynamic: { forEach: getAttribute(item.body, "for_each"), iterator }
      });
    }
  }
  return out;
}
function childBlocks(body, blockType) {
  return body.items.filter((i) => i.type === "Block" && i.blockType === blockType);
}

// rules/api/rule.ts
var MODULE_ROLES = ["deployment", "module", "example", "test", "fixture"];
function defineRule(rule) {
  return rule.check ? rule : { ...rule, check: () => void 0 };
}

// src/eval/internal.ts
var MAX_DEPTH = 400;
var MAX_STEPS = 5e5;
var MAX_INSTANCE_STEPS = 1e6;
var MAX_TREE_STEPS = 1e7;
var STEP_CHARS = 64;
var STEP_PATTERN_CHARS = 1;
var STEP_TEXT = 256;
var STEP_VALUES = 8;
var MAX_STRING = 10 * 1024 * 1024;
var MAX_COLLECTION = 1e5;
var MAX_NODES = 1e6;
var MAX_RANGE = 1024;
function newTreeBudget(max = MAX_TREE_STEPS) {
  return { steps: 0, max, exhausted: false };
}
function newInstanceBudget(tree) {
  return { steps: 0, limit: 0, exhausted: false, tree };
}
var STEP_CHUNK = 1e3;
function draw(instance) {
  const tree = instance.tree;
  while (instance.limit < instance.steps && instance.limit < MAX_INSTANCE_STEPS) {
    if (tree.steps >= tree.max) return;
    const take = Math.min(STEP_CHUNK, MAX_INSTANCE_STEPS - instance.limit);
    tree.steps += take;
    instance.limit += take;
  }
}
function newBudget(instance) {
  return { steps: 0, depth: 0, exhausted: false, incomplete: false, instance };
}
function chargeSteps(ctx, n, at) {
  const budget = ctx.budget;
  if (budget.exhausted) return false;
  const instance = budget.instance;
  budget.steps += n;
  instance.steps += n;
  if (instance.steps > instance.limit) draw(instance);
  if (budget.steps <= MAX_STEPS && instance.steps <= instance.limit) return true;
  budget.exhausted = true;
  ctx.scope.markOrderDependent();
  if (instance.exhausted) return false;
  const tree = instance.tree;
  let detail;
  if (instance.steps > instance.limit && instance.limit >= MAX_INSTANCE_STEPS) {
    instance.exhausted = true;
    detail = `Evaluating this module took more than ${MAX_INSTANCE_STEPS} steps; this value and every later one in the module are treated as unknown.`;
  } else if (instance.steps > instance.limit) {
    instance.exhausted = true;
    if (!tree.exhausted) detail = `Evaluating this module and the modules it calls took more than ${tree.max} steps; this value and every later one in them are treated as unknown.`;
    tree.exhausted = true;
  } else {
    detail = `Evaluating this expression took more than ${MAX_STEPS} steps; the rest of it is treated as unknown.`;
  }
  if (detail !== void 0) ctx.scope.report({ severity: "warning", summary: "Evaluation budget exceeded", detail, origin: at });
  return false;
}
function remainingSteps(budget) {
  if (budget.exhausted) return 0;
  const instance = budget.instance;
  const fromTree = instance.limit - instance.steps + Math.max(0, instance.tree.max - instance.tree.steps);
  return Math.max(0, Math.min(MAX_STEPS - budget.steps, MAX_INSTANCE_STEPS - instance.steps, fromTree));
}
function markIncomplete(ctx) {
  ctx.budget.incomplete = true;
  ctx.scope.markOrderDependent();
}
var EvalError = class extends Error {
};

// src/eval/functions/conversion.ts
function unifyElements(items) {
  const kinds = new Set(items.filter((v) => v.kind !== "null" && v.kind !== "unknown").map((v) => v.kind));
  if (kinds.size <= 1) return [...items];
  const primitive = [...kinds].every((k) => k === "string" || k === "number" || k === "bool");
  if (primitive && kinds.has("string")) {
    return items.map((v) => v.kind === "number" || v.kind === "bool" ? stringValue(asString(v), v.origins) : v);
  }
  if (primitive) throw new EvalError("elements must all be of the same type");
  if ([...kinds].every((k) => k === "tuple" || k === "object")) return [...items];
  throw new EvalError("elements must all be of the same type");
}
function toStringValue(v) {
  if (v.kind === "null" || v.kind === "string") return v;
  if (v.kind === "number" || v.kind === "bool") return stringValue(asString(v));
  throw new EvalError(`cannot convert a ${v.kind === "tuple" ? "list" : "map"} to a string`);
}
function toNumberValue(v) {
  if (v.kind === "null" || v.kind === "number") return v;
  if (v.kind === "string") {
    const n = parseNumber(v.value);
    if (n === void 0) throw new EvalError(`cannot convert "${v.value}" to a number`);
    return numberValue(n);
  }
  throw new EvalError(`cannot convert a ${v.kind} to a number`);
}
function toBoolValue(v) {
  if (v.kind === "null" || v.kind === "bool") return v;
  if (v.kind === "string") {
    if (v.value === "true" || v.value === "1") return boolValue(true);
    if (v.value === "false" || v.value === "0") return boolValue(false);
    throw new EvalError(`cannot convert "${v.value}" to a bool`);
  }
  throw new EvalError(`cannot convert a ${v.kind} to a bool`);
}
var conversionFunctions = {
  tostring: { params: 1, returns: "string", nullable: true, impl: ([v]) => toStringValue(v) },
  tonumber: { params: 1, returns: "number", nullable: true, impl: ([v]) => toNumberValue(v) },
  tobool: { params: 1, returns: "bool", nullable: true, impl: ([v]) => toBoolValue(v) },
  tolist: {
    deep: true,
    params: 1,
    returns: "tuple",
    nullable: true,
    impl: ([v]) => {
      if (v.kind === "null") return nullValue();
      if (v.kind !== "tuple") throw new EvalError("cannot convert to a list");
      return tupleValue(unifyElements(v.items));
    }
  },
  toset: {
    deep: true,
    params: 1,
    returns: "tuple",
    nullable: true,
    impl: ([v]) => {
      if (v.kind === "null") return nullValue();
      if (v.kind !== "tuple") throw new EvalError("cannot convert to a set");
      return setValue(unifyElements(v.items));
    }
  },
  tomap: {
    deep: true,
    params: 1,
    returns: "object",
    nullable: true,
    impl: ([v]) => {
      if (v.kind === "null") return nullValue();
      if (v.kind !== "object") throw new EvalError("cannot convert to a map");
      const keys = [...v.entries.keys()];
      const unified = unifyElements([...v.entries.values()]);
      return objectValue(new Map(keys.map((k, i) => [k, unified[i]])));
    }
  },
  sensitive: { cheap: true, params: 1, returns: "any", nullable: true, partial: true, impl: ([v]) => v },
  nonsensitive: { cheap: true, params: 1, returns: "any", nullable: true, partial: true, impl: ([v]) => v }
};

// src/eval/functions/registry.ts
function str(v, what = "argument") {
  const s = asString(v);
  if (s === void 0) throw new EvalError(`${what} must be a string`);
  return s;
}
function num(v, what = "argument") {
  const n = asNumber(v);
  if (n === void 0) throw new EvalError(`${what} must be a number`);
  return n;
}
function int(v, what = "argument") {
  const n = num(v, what);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number`);
  return n;
}
function list(v, what = "argument") {
  if (v.kind !== "tuple") throw new EvalError(`${what} must be a list`);
  return v;
}
function obj(v, what = "argument") {
  if (v.kind !== "object") throw new EvalError(`${what} must be a map`);
  return v;
}
function checkSize(n, call) {
  if (n > MAX_COLLECTION) {
    call.ctx.scope.report({
      severity: "warning",
      summary: "Collection too large",
      detail: `This function call would build more than ${MAX_COLLECTION} elements; its value is treated as unknown.`,
      origin: call.origin
    });
    throw new EvalError("collection too large");
  }
}
function graphemes(s) {
  if (/^[\x00-\x7f]*$/.test(s) && !s.includes("\r\n")) return s.split("");
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(s), (seg) => seg.segment);
}
var segmenter;

// src/eval/functions/collections.ts
function settledBy(l, decisive) {
  if (l.kind === "unknown") return unknownValue("bool", "argument not known");
  let unknown = false;
  for (const item of list(l).items) {
    if (item.kind === "unknown") {
      unknown = true;
      continue;
    }
    const b = asBool(item);
    if (b === void 0) throw new EvalError("elements must be bools");
    if (b === decisive) return boolValue(decisive);
  }
  return unknown ? unknownValue("bool", "element not known") : boolValue(!decisive);
}
function unknownIn(args) {
  return args.some((a) => a.kind === "unknown");
}
function isSetArg(v) {
  return v.kind === "tuple" && v.set === true;
}
function flattenInto(items, out) {
  for (const item of items) {
    if (item.kind === "unknown") return false;
    if (item.kind === "tuple") {
      if (!flattenInto(item.items, out)) return false;
    } else {
      out.push(item);
    }
  }
  return true;
}
function containsValue(items, v) {
  let result = false;
  for (const item of items) {
    const eq = valuesEqual(item, v);
    if (eq === true) return true;
    if (eq === void 0) result = void 0;
  }
  return result;
}
function rangeValues(args, call) {
  const nums = args.map((a) => num(a));
  let start = 0;
  let limit;
  let step;
  if (nums.length === 1) {
    limit = nums[0];
    step = 1;
  } else {
    start = nums[0];
    limit = nums[1];
    step = nums.length === 3 ? nums[2] : start > limit ? -1 : 1;
  }
  if (step === 0) throw new EvalError("step must not be zero");
  const count = Math.max(0, Math.ceil((limit - start) / step));
  if (count > MAX_RANGE) {
    call.ctx.scope.report({
      severity: "warning",
      summary: "range() result too large",
      detail: `range() would give ${count} values; Terraform allows at most ${MAX_RANGE}.`,
      origin: call.origin
    });
    throw new EvalError(`more than ${MAX_RANGE} values`);
  }
  const out = [];
  for (let i = 0; i < count; i++) out.push(numberValue(start + i * step));
  return tupleValue(out);
}
function setOperation(args, op) {
  const lists = args.map((a) => list(a, "set"));
  let acc = [...lists[0].items];
  for (const l of lists.slice(1)) {
    const keys = new Set(l.items.map(valueKey));
    if (op === "union") acc = acc.concat(l.items);
    else if (op === "intersection") acc = acc.filter((x) => keys.has(valueKey(x)));
    else acc = acc.filter((x) => !keys.has(valueKey(x)));
  }
  return setValue(unifyElements(acc));
}
var collectionFunctions = {
  length: {
    params: 1,
    returns: "number",
    partial: true,
    impl: ([v]) => {
      switch (v.kind) {
        case "string":
          return numberValue(graphemes(v.value).length);
        case "tuple":
          return numberValue(v.items.length);
        case "object":
          return numberValue(v.entries.size);
        case "unknown":
          return unknownValue("number", v.reason ?? "argument not known");
        default:
          throw new EvalError(`cannot take the length of a ${v.kind}`);
      }
    }
  },
  alltrue: {
    params: 1,
    returns: "bool",
    partial: true,
    impl: ([l]) => settledBy(l, false)
  },
  anytrue: {
    params: 1,
    returns: "bool",
    partial: true,
    impl: ([l]) => settledBy(l, true)
  },
  chunklist: {
    params: 2,
    returns: "tuple",
    impl: ([l, size], call) => {
      const items = list(l).items;
      const n = int(size, "chunk size");
      if (n < 0) throw new EvalError("chunk size must not be negative");
      if (n === 0) return tupleValue([tupleValue(items)]);
      checkSize(items.length / n, call);
      const out = [];
      for (let i = 0; i < items.length; i += n) out.push(tupleValue(items.slice(i, i + n)));
      return tupleValue(out);
    }
  },
  coalesce: {
    params: 0,
    variadic: true,
    returns: "any",
    partial: true,
    nullable: true,
    impl: (args) => {
      const anyString = args.some((a) => a.kind === "string" || a.kind === "unknown" && a.type === "string");
      for (const a of args) {
        if (a.kind === "unknown") return unknownValue(anyString ? "string" : a.type, a.reason ?? "argument not known", a.origins);
        if (a.kind === "null" || a.kind === "string" && a.value === "") continue;
        if (anyString && (a.kind === "number" || a.kind === "bool")) return stringValue(asString(a), a.origins);
        return a;
      }
      throw new EvalError("no non-null, non-empty-string arguments");
    }
  },
  coalescelist: {
    params: 0,
    variadic: true,
    returns: "tuple",
    partial: true,
    nullable: true,
    impl: (args) => {
      for (const a of args) {
        if (a.kind === "unknown") return unknownValue("tuple", a.reason ?? "argument not known", a.origins);
        if (a.kind === "null") continue;
        if (list(a).items.length > 0) return a;
      }
      throw new EvalError("no non-null, non-empty list arguments");
    }
  },
  compact: {
    params: 1,
    returns: "tuple",
    impl: ([l]) => tupleValue(
      list(l).items.filter((item) => {
        if (item.kind === "null") return false;
        const s = asString(item);
        if (s === void 0) throw new EvalError("elements must be strings");
        return s !== "";
      })
    )
  },
  concat: {
    params: 0,
    variadic: true,
    returns: "tuple",
    partial: true,
    impl: (args, call) => {
      if (unknownIn(args)) return unknownValue("tuple", "argument not known");
      const items = [];
      for (const a of args) items.push(...list(a).items);
      checkSize(items.length, call);
      return tupleValue(items);
    }
  },
  contains: {
    deep: true,
    params: 2,
    returns: "bool",
    partial: true,
    impl: ([l, v]) => {
      if (l.kind === "unknown") return unknownValue("bool", "argument not known");
      const found = containsValue(list(l).items, v);
      return found === void 0 ? unknownValue("bool", "element not known") : boolValue(found);
    }
  },
  distinct: {
    deep: true,
    params: 1,
    returns: "tuple",
    impl: ([l]) => {
      const seen = /* @__PURE__ */ new Set();
      const out = [];
      for (const item of list(l).items) {
        const key = valueKey(item);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(item);
      }
      return tupleValue(out);
    }
  },
  element: {
    cheap: true,
    params: 2,
    returns: "any",
    partial: true,
    impl: ([l, i]) => {
      if (l.kind === "unknown" || i.kind === "unknown") return unknownValue("any", "argument not known");
      const items = list(l).items;
      if (isSetArg(l)) throw new EvalError("cannot use element on a set");
      const n = int(i, "index");
      if (items.length === 0) throw new EvalError("cannot use element function with an empty list");
      if (n < 0) throw new EvalError("cannot use element function with a negative index");
      return items[n % items.length];
    }
  },
  flatten: {
    deep: true,
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([l], call) => {
      if (l.kind === "unknown") return unknownValue("tuple", "argument not known");
      const out = [];
      if (!flattenInto(list(l).items, out)) return unknownValue("tuple", "element not known");
      checkSize(out.length, call);
      return tupleValue(out);
    }
  },
  index: {
    deep: true,
    params: 2,
    returns: "number",
    impl: ([l, v]) => {
      const items = list(l).items;
      for (let i = 0; i < items.length; i++) if (valuesEqual(items[i], v) === true) return numberValue(i);
      throw new EvalError("item not found");
    }
  },
  keys: {
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([m]) => {
      if (m.kind === "unknown") return unknownValue("tuple", "argument not known");
      return tupleValue(sortedKeys(obj(m)).map((k) => stringValue(k)));
    }
  },
  values: {
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([m]) => {
      if (m.kind === "unknown") return unknownValue("tuple", "argument not known");
      const o = obj(m);
      return tupleValue(sortedKeys(o).map((k) => o.entries.get(k)));
    }
  },
  lookup: {
    cheap: true,
    params: 2,
    optional: 1,
    returns: "any",
    partial: true,
    nullable: true,
    impl: ([m, k, d]) => {
      if (m.kind === "null" || k.kind === "null") throw new EvalError("lookup does not accept null arguments");
      if (m.kind === "unknown" || k.kind === "unknown") return unknownValue("any", "argument not known");
      const found = obj(m).entries.get(str(k, "key"));
      if (found !== void 0) return addOrigins(found, selectingOrigins(k.origins));
      if (d === void 0) throw new EvalError(`no key "${str(k)}" in map and no default`);
      return d;
    }
  },
  matchkeys: {
    deep: true,
    params: 3,
    returns: "tuple",
    impl: ([vals, ks, search2]) => {
      const v = list(vals).items;
      const k = list(ks).items;
      if (v.length !== k.length) throw new EvalError("values and keys must have the same length");
      const wanted = new Set(list(search2).items.map(valueKey));
      return tupleValue(v.filter((_, i) => wanted.has(valueKey(k[i]))));
    }
  },
  merge: {
    params: 0,
    variadic: true,
    returns: "object",
    partial: true,
    nullable: true,
    impl: (args) => {
      if (unknownIn(args)) return unknownValue("object", "argument not known");
      const entries = /* @__PURE__ */ new Map();
      for (const a of args) {
        if (a.kind === "null") continue;
        for (const [k, v] of obj(a, "merge argument").entries) {
          entries.delete(k);
          entries.set(k, v);
        }
      }
      return objectValue(entries);
    }
  },
  one: {
    cheap: true,
    params: 1,
    returns: "any",
    partial: true,
    impl: ([l]) => {
      if (l.kind === "unknown") return unknownValue("any", "argument not known");
      const items = list(l).items;
      if (items.length === 0) return nullValue();
      if (items.length > 1) throw new EvalError("must be a list, set, or tuple value with either zero or one elements");
      return items[0];
    }
  },
  range: { params: 1, optional: 2, returns: "tuple", impl: (args, call) => rangeValues(args, call) },
  reverse: {
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([l]) => {
      if (l.kind === "unknown") return unknownValue("tuple", "argument not known");
      if (isSetArg(l)) throw new EvalError("cannot reverse a set");
      return tupleValue([...list(l).items].reverse());
    }
  },
  setintersection: { deep: true, params: 1, variadic: true, returns: "tuple", impl: (args) => setOperation(args, "intersection") },
  setsubtract: { deep: true, params: 2, returns: "tuple", impl: (args) => setOperation(args, "subtract") },
  setunion: { deep: true, params: 1, variadic: true, returns: "tuple", impl: (args) => setOperation(args, "union") },
  setproduct: {
    params: 1,
    variadic: true,
    returns: "tuple",
    impl: (args, call) => {
      const lists = args.map((a) => list(a).items);
      const total = lists.reduce((n, l) => n * l.length, 1);
      checkSize(total, call);
      let acc = [[]];
      for (const l of lists) {
        const next = [];
        for (const prefix of acc) for (const item of l) next.push([...prefix, item]);
        acc = next;
      }
      const rows = acc.map((r) => tupleValue(r));
      return args.every(isSetArg) ? setValue(rows) : tupleValue(rows);
    }
  },
  slice: {
    params: 3,
    returns: "tuple",
    partial: true,
    impl: ([l, s, e]) => {
      if (l.kind === "unknown" || s.kind === "unknown" || e.kind === "unknown") return unknownValue("tuple", "argument not known");
      const items = list(l).items;
      const start = int(s, "start index");
      const end = int(e, "end index");
      if (start < 0 || end > items.length || start > end) throw new EvalError("slice indexes out of range");
      return tupleValue(items.slice(start, end));
    }
  },
  sort: {
    params: 1,
    returns: "tuple",
    impl: ([l]) => {
      const strs = list(l).items.map((item) => {
        const s = asString(item);
        if (s === void 0) throw new EvalError("elements must be strings");
        return s;
      });
      return tupleValue(strs.sort(compareStrings).map((s) => stringValue(s)));
    }
  },
  sum: {
    params: 1,
    returns: "number",
    impl: ([l]) => {
      const items = list(l).items;
      if (items.length === 0) throw new EvalError("cannot sum an empty list");
      return numberValue(items.reduce((acc, item) => acc + num(item, "element"), 0));
    }
  },
  transpose: {
    params: 1,
    returns: "object",
    impl: ([m]) => {
      const out = /* @__PURE__ */ new Map();
      const o = obj(m);
      for (const k of sortedKeys(o)) {
        for (const item of list(o.entries.get(k), "map value").items) {
          const s = str(item, "element");
          const l = out.get(s);
          if (l) l.push(k);
          else out.set(s, [k]);
        }
      }
      return objectValue(new Map([...out].map(([k, l]) => [k, tupleValue(l.map((x) => stringValue(x)))])));
    }
  },
  zipmap: {
    params: 2,
    returns: "object",
    partial: true,
    impl: ([ks, vs]) => {
      if (ks.kind === "unknown" || vs.kind === "unknown" || !isKnown(ks)) return unknownValue("object", "argument not known");
      const k = list(ks).items;
      const v = list(vs).items;
      if (k.length !== v.length) throw new EvalError("keys and values must have the same length");
      const entries = /* @__PURE__ */ new Map();
      k.forEach((key, i) => entries.set(str(key, "key"), v[i]));
      return objectValue(entries);
    }
  }
};

// src/eval/yaml.ts
var loaded;
function yaml() {
  loaded ??= __require("./vendor-yaml.cjs");
  return loaded;
}

// src/eval/functions/json.ts
function jsonQuote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 34:
        out += '\\"';
        continue;
      case 92:
        out += "\\\\";
        continue;
      case 10:
        out += "\\n";
        continue;
      case 13:
        out += "\\r";
        continue;
      case 9:
        out += "\\t";
        continue;
      case 8:
        out += "\\b";
        continue;
      case 12:
        out += "\\f";
        continue;
      case 60:
      case 62:
      case 38:
      case 8232:
      case 8233:
        out += "\\u" + c.toString(16).padStart(4, "0");
        continue;
    }
    if (c < 32) {
      out += "\\u" + c.toString(16).padStart(4, "0");
    } else if (c >= 55296 && c <= 56319) {
      const next = s.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        out += s[i] + s[i + 1];
        i++;
      } else {
        out += "�";
      }
    } else if (c >= 56320 && c <= 57343) {
      out += "�";
    } else {
      out += s[i];
    }
  }
  return out + '"';
}
function jsonEncode(v) {
  switch (v.kind) {
    case "null":
      return "null";
    case "bool":
      return v.value ? "true" : "false";
    case "number":
      return Number.isFinite(v.value) ? numberToString(v.value) : void 0;
    case "string":
      return jsonQuote(v.value);
    case "tuple": {
      const parts = [];
      for (const item of v.items) {
        const s = jsonEncode(item);
        if (s === void 0) return void 0;
        parts.push(s);
      }
      return "[" + parts.join(",") + "]";
    }
    case "object": {
      const parts = [];
      for (const key of sortedKeys(v)) {
        const s = jsonEncode(v.entries.get(key));
        if (s === void 0) return void 0;
        parts.push(jsonQuote(key) + ":" + s);
      }
      return "{" + parts.join(",") + "}";
    }
    case "unknown":
      return void 0;
  }
}

// src/eval/functions/encoding.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeBase64(text) {
  const s = text.replace(/[\r\n]/g, "");
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new EvalError("invalid base64 data");
  return Buffer.from(s, "base64");
}
function utf8Text(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new EvalError("the result of decoding is not valid UTF-8");
  }
}
function queryEscape(s) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function yamlReady(v) {
  switch (v.kind) {
    case "tuple":
      return v.items.map(yamlReady);
    case "object": {
      const out = /* @__PURE__ */ new Map();
      for (const k of sortedKeys(v)) out.set(k, yamlReady(v.entries.get(k)));
      return out;
    }
    default:
      return toJs(v);
  }
}
function yamlEncode(v) {
  const doc = new (yaml()).Document(yamlReady(v));
  return doc.toString({
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "QUOTE_DOUBLE",
    indentSeq: false,
    lineWidth: 0
  });
}
function yamlDecode(text) {
  const docs = yaml().parseAllDocuments(text, { merge: true });
  if (!Array.isArray(docs)) throw new EvalError("invalid YAML");
  if (docs.length === 0) return fromJs(null);
  if (docs.length > 1) throw new EvalError("YAML with more than one document");
  const doc = docs[0];
  if (doc.errors.length > 0) throw new EvalError(`invalid YAML: ${doc.errors[0].message}`);
  return fromJs(doc.toJS({ maxAliasCount: 100 }));
}
function parseCsv(text) {
  const rows = [];
  let row = [];
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
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}
var TEXT_ENCODINGS = {
  "UTF-8": "utf8",
  "UTF-16LE": "utf16le",
  "US-ASCII": "ascii",
  "ISO-8859-1": "latin1"
};
var encodingFunctions = {
  jsonencode: {
    deep: true,
    params: 1,
    returns: "string",
    nullable: true,
    impl: ([v]) => {
      if (sizeExceeds(v, MAX_STRING)) throw new EvalError("result too large");
      const s = jsonEncode(v);
      if (s === void 0) throw new EvalError("value cannot be encoded as JSON");
      return stringValue(s);
    }
  },
  jsondecode: {
    params: 1,
    returns: "any",
    impl: ([s]) => {
      let parsed;
      try {
        parsed = JSON.parse(str(s));
      } catch (e) {
        throw new EvalError(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
      return fromJs(parsed);
    }
  },
  yamlencode: {
    deep: true,
    params: 1,
    returns: "string",
    nullable: true,
    impl: ([v]) => {
      if (sizeExceeds(v, MAX_STRING / 2)) throw new EvalError("result too large");
      return stringValue(yamlEncode(v));
    }
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
    }
  },
  textdecodebase64: {
    params: 2,
    returns: "string",
    impl: ([s, enc]) => {
      const encoding = TEXT_ENCODINGS[str(enc).toUpperCase()];
      if (!encoding) return unknownValue("string", "text encoding not supported");
      const bytes = decodeBase64(str(s));
      return stringValue(encoding === "utf8" ? utf8Text(bytes) : bytes.toString(encoding));
    }
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
        })
      );
    }
  }
};

// src/hcl/tokens.ts
var T = {
  EOF: 0,
  Newline: 1,
  Comment: 2,
  Ident: 3,
  Number: 4,
  OQuote: 5,
  CQuote: 6,
  OHeredoc: 7,
  CHeredoc: 8,
  /** Literal text of a quoted string; may hold backslash escapes. */
  QuotedLit: 9,
  /** Literal text of a heredoc or bare template; no backslash escapes. */
  StringLit: 10,
  /** A line break inside a quoted string (an error). */
  QuotedNewline: 11,
  TemplateInterp: 12,
  TemplateControl: 13,
  TemplateSeqEnd: 14,
  OBrace: 15,
  CBrace: 16,
  OBrack: 17,
  CBrack: 18,
  OParen: 19,
  CParen: 20,
  Dot: 21,
  Comma: 22,
  Star: 23,
  Slash: 24,
  Percent: 25,
  Plus: 26,
  Minus: 27,
  Equal: 28,
  Lt: 29,
  Gt: 30,
  Bang: 31,
  Question: 32,
  Colon: 33,
  BitAnd: 34,
  BitOr: 35,
  Tilde: 36,
  Caret: 37,
  Semicolon: 38,
  Backtick: 39,
  Apostrophe: 40,
  EqualOp: 41,
  NotEqual: 42,
  GtEq: 43,
  LtEq: 44,
  And: 45,
  Or: 46,
  DoubleColon: 47,
  Ellipsis: 48,
  FatArrow: 49,
  Invalid: 50
};
var TOKEN_NAMES = Object.keys(T);

// src/hcl/unicode.ts
function isSpace(c) {
  if (c <= 255) {
    return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160;
  }
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function trimLeftSpace(s) {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}
function trimRightSpace(s) {
  let j = s.length;
  while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}

// src/hcl/unicode9.ts
var ID_START_9 = [
  170,
  170,
  181,
  181,
  186,
  186,
  192,
  214,
  216,
  246,
  248,
  705,
  710,
  721,
  736,
  740,
  748,
  748,
  750,
  750,
  880,
  884,
  886,
  887,
  890,
  893,
  895,
  895,
  902,
  902,
  904,
  906,
  908,
  908,
  910,
  929,
  931,
  1013,
  1015,
  1153,
  1162,
  1327,
  1329,
  1366,
  1369,
  1369,
  1377,
  1415,
  1488,
  1514,
  1520,
  1522,
  1568,
  1610,
  1646,
  1647,
  1649,
  1747,
  1749,
  1749,
  1765,
  1766,
  1774,
  1775,
  1786,
  1788,
  1791,
  1791,
  1808,
  1808,
  1810,
  1839,
  1869,
  1957,
  1969,
  1969,
  1994,
  2026,
  2036,
  2037,
  2042,
  2042,
  2048,
  2069,
  2074,
  2074,
  2084,
  2084,
  2088,
  2088,
  2112,
  2136,
  2208,
  2228,
  2230,
  2237,
  2308,
  2361,
  2365,
  2365,
  2384,
  2384,
  2392,
  2401,
  2417,
  2432,
  2437,
  2444,
  2447,
  2448,
  2451,
  2472,
  2474,
  2480,
  2482,
  2482,
  2486,
  2489,
  2493,
  2493,
  2510,
  2510,
  2524,
  2525,
  2527,
  2529,
  2544,
  2545,
  2565,
  2570,
  2575,
  2576,
  2579,
  2600,
  2602,
  2608,
  2610,
  2611,
  2613,
  2614,
  2616,
  2617,
  2649,
  2652,
  2654,
  2654,
  2674,
  2676,
  2693,
  2701,
  2703,
  2705,
  2707,
  2728,
  2730,
  2736,
  2738,
  2739,
  2741,
  2745,
  2749,
  2749,
  2768,
  2768,
  2784,
  2785,
  2809,
  2809,
  2821,
  2828,
  2831,
  2832,
  2835,
  2856,
  2858,
  2864,
  2866,
  2867,
  2869,
  2873,
  2877,
  2877,
  2908,
  2909,
  2911,
  2913,
  2929,
  2929,
  2947,
  2947,
  2949,
  2954,
  2958,
  2960,
  2962,
  2965,
  2969,
  2970,
  2972,
  2972,
  2974,
  2975,
  2979,
  2980,
  2984,
  2986,
  2990,
  3001,
  3024,
  3024,
  3077,
  3084,
  3086,
  3088,
  3090,
  3112,
  3114,
  3129,
  3133,
  3133,
  3160,
  3162,
  3168,
  3169,
  3200,
  3200,
  3205,
  3212,
  3214,
  3216,
  3218,
  3240,
  3242,
  3251,
  3253,
  3257,
  3261,
  3261,
  3294,
  3294,
  3296,
  3297,
  3313,
  3314,
  3333,
  3340,
  3342,
  3344,
  3346,
  3386,
  3389,
  3389,
  3406,
  3406,
  3412,
  3414,
  3423,
  3425,
  3450,
  3455,
  3461,
  3478,
  3482,
  3505,
  3507,
  3515,
  3517,
  3517,
  3520,
  3526,
  3585,
  3632,
  3634,
  3635,
  3648,
  3654,
  3713,
  3714,
  3716,
  3716,
  3719,
  3720,
  3722,
  3722,
  3725,
  3725,
  3732,
  3735,
  3737,
  3743,
  3745,
  3747,
  3749,
  3749,
  3751,
  3751,
  3754,
  3755,
  3757,
  3760,
  3762,
  3763,
  3773,
  3773,
  3776,
  3780,
  3782,
  3782,
  3804,
  3807,
  3840,
  3840,
  3904,
  3911,
  3913,
  3948,
  3976,
  3980,
  4096,
  4138,
  4159,
  4159,
  4176,
  4181,
  4186,
  4189,
  4193,
  4193,
  4197,
  4198,
  4206,
  4208,
  4213,
  4225,
  4238,
  4238,
  4256,
  4293,
  4295,
  4295,
  4301,
  4301,
  4304,
  4346,
  4348,
  4680,
  4682,
  4685,
  4688,
  4694,
  4696,
  4696,
  4698,
  4701,
  4704,
  4744,
  4746,
  4749,
  4752,
  4784,
  4786,
  4789,
  4792,
  4798,
  4800,
  4800,
  4802,
  4805,
  4808,
  4822,
  4824,
  4880,
  4882,
  4885,
  4888,
  4954,
  4992,
  5007,
  5024,
  5109,
  5112,
  5117,
  5121,
  5740,
  5743,
  5759,
  5761,
  5786,
  5792,
  5866,
  5870,
  5880,
  5888,
  5900,
  5902,
  5905,
  5920,
  5937,
  5952,
  5969,
  5984,
  5996,
  5998,
  6e3,
  6016,
  6067,
  6103,
  6103,
  6108,
  6108,
  6176,
  6263,
  6272,
  6312,
  6314,
  6314,
  6320,
  6389,
  6400,
  6430,
  6480,
  6509,
  6512,
  6516,
  6528,
  6571,
  6576,
  6601,
  6656,
  6678,
  6688,
  6740,
  6823,
  6823,
  6917,
  6963,
  6981,
  6987,
  7043,
  7072,
  7086,
  7087,
  7098,
  7141,
  7168,
  7203,
  7245,
  7247,
  7258,
  7293,
  7296,
  7304,
  7401,
  7404,
  7406,
  7409,
  7413,
  7414,
  7424,
  7615,
  7680,
  7957,
  7960,
  7965,
  7968,
  8005,
  8008,
  8013,
  8016,
  8023,
  8025,
  8025,
  8027,
  8027,
  8029,
  8029,
  8031,
  8061,
  8064,
  8116,
  8118,
  8124,
  8126,
  8126,
  8130,
  8132,
  8134,
  8140,
  8144,
  8147,
  8150,
  8155,
  8160,
  8172,
  8178,
  8180,
  8182,
  8188,
  8305,
  8305,
  8319,
  8319,
  8336,
  8348,
  8450,
  8450,
  8455,
  8455,
  8458,
  8467,
  8469,
  8469,
  8472,
  8477,
  8484,
  8484,
  8486,
  8486,
  8488,
  8488,
  8490,
  8505,
  8508,
  8511,
  8517,
  8521,
  8526,
  8526,
  8544,
  8584,
  11264,
  11310,
  11312,
  11358,
  11360,
  11492,
  11499,
  11502,
  11506,
  11507,
  11520,
  11557,
  11559,
  11559,
  11565,
  11565,
  11568,
  11623,
  11631,
  11631,
  11648,
  11670,
  11680,
  11686,
  11688,
  11694,
  11696,
  11702,
  11704,
  11710,
  11712,
  11718,
  11720,
  11726,
  11728,
  11734,
  11736,
  11742,
  12293,
  12295,
  12321,
  12329,
  12337,
  12341,
  12344,
  12348,
  12353,
  12438,
  12443,
  12447,
  12449,
  12538,
  12540,
  12543,
  12549,
  12589,
  12593,
  12686,
  12704,
  12730,
  12784,
  12799,
  13312,
  19893,
  19968,
  40917,
  40960,
  42124,
  42192,
  42237,
  42240,
  42508,
  42512,
  42527,
  42538,
  42539,
  42560,
  42606,
  42623,
  42653,
  42656,
  42735,
  42775,
  42783,
  42786,
  42888,
  42891,
  42926,
  42928,
  42935,
  42999,
  43009,
  43011,
  43013,
  43015,
  43018,
  43020,
  43042,
  43072,
  43123,
  43138,
  43187,
  43250,
  43255,
  43259,
  43259,
  43261,
  43261,
  43274,
  43301,
  43312,
  43334,
  43360,
  43388,
  43396,
  43442,
  43471,
  43471,
  43488,
  43492,
  43494,
  43503,
  43514,
  43518,
  43520,
  43560,
  43584,
  43586,
  43588,
  43595,
  43616,
  43638,
  43642,
  43642,
  43646,
  43695,
  43697,
  43697,
  43701,
  43702,
  43705,
  43709,
  43712,
  43712,
  43714,
  43714,
  43739,
  43741,
  43744,
  43754,
  43762,
  43764,
  43777,
  43782,
  43785,
  43790,
  43793,
  43798,
  43808,
  43814,
  43816,
  43822,
  43824,
  43866,
  43868,
  43877,
  43888,
  44002,
  44032,
  55203,
  55216,
  55238,
  55243,
  55291,
  63744,
  64109,
  64112,
  64217,
  64256,
  64262,
  64275,
  64279,
  64285,
  64285,
  64287,
  64296,
  64298,
  64310,
  64312,
  64316,
  64318,
  64318,
  64320,
  64321,
  64323,
  64324,
  64326,
  64433,
  64467,
  64829,
  64848,
  64911,
  64914,
  64967,
  65008,
  65019,
  65136,
  65140,
  65142,
  65276,
  65313,
  65338,
  65345,
  65370,
  65382,
  65470,
  65474,
  65479,
  65482,
  65487,
  65490,
  65495,
  65498,
  65500,
  65536,
  65547,
  65549,
  65574,
  65576,
  65594,
  65596,
  65597,
  65599,
  65613,
  65616,
  65629,
  65664,
  65786,
  65856,
  65908,
  66176,
  66204,
  66208,
  66256,
  66304,
  66335,
  66352,
  66378,
  66384,
  66421,
  66432,
  66461,
  66464,
  66499,
  66504,
  66511,
  66513,
  66517,
  66560,
  66717,
  66736,
  66771,
  66776,
  66811,
  66816,
  66855,
  66864,
  66915,
  67072,
  67382,
  67392,
  67413,
  67424,
  67431,
  67584,
  67589,
  67592,
  67592,
  67594,
  67637,
  67639,
  67640,
  67644,
  67644,
  67647,
  67669,
  67680,
  67702,
  67712,
  67742,
  67808,
  67826,
  67828,
  67829,
  67840,
  67861,
  67872,
  67897,
  67968,
  68023,
  68030,
  68031,
  68096,
  68096,
  68112,
  68115,
  68117,
  68119,
  68121,
  68147,
  68192,
  68220,
  68224,
  68252,
  68288,
  68295,
  68297,
  68324,
  68352,
  68405,
  68416,
  68437,
  68448,
  68466,
  68480,
  68497,
  68608,
  68680,
  68736,
  68786,
  68800,
  68850,
  69635,
  69687,
  69763,
  69807,
  69840,
  69864,
  69891,
  69926,
  69968,
  70002,
  70006,
  70006,
  70019,
  70066,
  70081,
  70084,
  70106,
  70106,
  70108,
  70108,
  70144,
  70161,
  70163,
  70187,
  70272,
  70278,
  70280,
  70280,
  70282,
  70285,
  70287,
  70301,
  70303,
  70312,
  70320,
  70366,
  70405,
  70412,
  70415,
  70416,
  70419,
  70440,
  70442,
  70448,
  70450,
  70451,
  70453,
  70457,
  70461,
  70461,
  70480,
  70480,
  70493,
  70497,
  70656,
  70708,
  70727,
  70730,
  70784,
  70831,
  70852,
  70853,
  70855,
  70855,
  71040,
  71086,
  71128,
  71131,
  71168,
  71215,
  71236,
  71236,
  71296,
  71338,
  71424,
  71449,
  71840,
  71903,
  71935,
  71935,
  72384,
  72440,
  72704,
  72712,
  72714,
  72750,
  72768,
  72768,
  72818,
  72847,
  73728,
  74649,
  74752,
  74862,
  74880,
  75075,
  77824,
  78894,
  82944,
  83526,
  92160,
  92728,
  92736,
  92766,
  92880,
  92909,
  92928,
  92975,
  92992,
  92995,
  93027,
  93047,
  93053,
  93071,
  93952,
  94020,
  94032,
  94032,
  94099,
  94111,
  94176,
  94176,
  94208,
  100332,
  100352,
  101106,
  110592,
  110593,
  113664,
  113770,
  113776,
  113788,
  113792,
  113800,
  113808,
  113817,
  119808,
  119892,
  119894,
  119964,
  119966,
  119967,
  119970,
  119970,
  119973,
  119974,
  119977,
  119980,
  119982,
  119993,
  119995,
  119995,
  119997,
  120003,
  120005,
  120069,
  120071,
  120074,
  120077,
  120084,
  120086,
  120092,
  120094,
  120121,
  120123,
  120126,
  120128,
  120132,
  120134,
  120134,
  120138,
  120144,
  120146,
  120485,
  120488,
  120512,
  120514,
  120538,
  120540,
  120570,
  120572,
  120596,
  120598,
  120628,
  120630,
  120654,
  120656,
  120686,
  120688,
  120712,
  120714,
  120744,
  120746,
  120770,
  120772,
  120779,
  124928,
  125124,
  125184,
  125251,
  126464,
  126467,
  126469,
  126495,
  126497,
  126498,
  126500,
  126500,
  126503,
  126503,
  126505,
  126514,
  126516,
  126519,
  126521,
  126521,
  126523,
  126523,
  126530,
  126530,
  126535,
  126535,
  126537,
  126537,
  126539,
  126539,
  126541,
  126543,
  126545,
  126546,
  126548,
  126548,
  126551,
  126551,
  126553,
  126553,
  126555,
  126555,
  126557,
  126557,
  126559,
  126559,
  126561,
  126562,
  126564,
  126564,
  126567,
  126570,
  126572,
  126578,
  126580,
  126583,
  126585,
  126588,
  126590,
  126590,
  126592,
  126601,
  126603,
  126619,
  126625,
  126627,
  126629,
  126633,
  126635,
  126651,
  131072,
  173782,
  173824,
  177972,
  177984,
  178205,
  178208,
  183969,
  194560,
  195101
];
var ID_CONTINUE_9 = [
  170,
  170,
  181,
  181,
  183,
  183,
  186,
  186,
  192,
  214,
  216,
  246,
  248,
  705,
  710,
  721,
  736,
  740,
  748,
  748,
  750,
  750,
  768,
  884,
  886,
  887,
  890,
  893,
  895,
  895,
  902,
  906,
  908,
  908,
  910,
  929,
  931,
  1013,
  1015,
  1153,
  1155,
  1159,
  1162,
  1327,
  1329,
  1366,
  1369,
  1369,
  1377,
  1415,
  1425,
  1469,
  1471,
  1471,
  1473,
  1474,
  1476,
  1477,
  1479,
  1479,
  1488,
  1514,
  1520,
  1522,
  1552,
  1562,
  1568,
  1641,
  1646,
  1747,
  1749,
  1756,
  1759,
  1768,
  1770,
  1788,
  1791,
  1791,
  1808,
  1866,
  1869,
  1969,
  1984,
  2037,
  2042,
  2042,
  2048,
  2093,
  2112,
  2139,
  2208,
  2228,
  2230,
  2237,
  2260,
  2273,
  2275,
  2403,
  2406,
  2415,
  2417,
  2435,
  2437,
  2444,
  2447,
  2448,
  2451,
  2472,
  2474,
  2480,
  2482,
  2482,
  2486,
  2489,
  2492,
  2500,
  2503,
  2504,
  2507,
  2510,
  2519,
  2519,
  2524,
  2525,
  2527,
  2531,
  2534,
  2545,
  2561,
  2563,
  2565,
  2570,
  2575,
  2576,
  2579,
  2600,
  2602,
  2608,
  2610,
  2611,
  2613,
  2614,
  2616,
  2617,
  2620,
  2620,
  2622,
  2626,
  2631,
  2632,
  2635,
  2637,
  2641,
  2641,
  2649,
  2652,
  2654,
  2654,
  2662,
  2677,
  2689,
  2691,
  2693,
  2701,
  2703,
  2705,
  2707,
  2728,
  2730,
  2736,
  2738,
  2739,
  2741,
  2745,
  2748,
  2757,
  2759,
  2761,
  2763,
  2765,
  2768,
  2768,
  2784,
  2787,
  2790,
  2799,
  2809,
  2809,
  2817,
  2819,
  2821,
  2828,
  2831,
  2832,
  2835,
  2856,
  2858,
  2864,
  2866,
  2867,
  2869,
  2873,
  2876,
  2884,
  2887,
  2888,
  2891,
  2893,
  2902,
  2903,
  2908,
  2909,
  2911,
  2915,
  2918,
  2927,
  2929,
  2929,
  2946,
  2947,
  2949,
  2954,
  2958,
  2960,
  2962,
  2965,
  2969,
  2970,
  2972,
  2972,
  2974,
  2975,
  2979,
  2980,
  2984,
  2986,
  2990,
  3001,
  3006,
  3010,
  3014,
  3016,
  3018,
  3021,
  3024,
  3024,
  3031,
  3031,
  3046,
  3055,
  3072,
  3075,
  3077,
  3084,
  3086,
  3088,
  3090,
  3112,
  3114,
  3129,
  3133,
  3140,
  3142,
  3144,
  3146,
  3149,
  3157,
  3158,
  3160,
  3162,
  3168,
  3171,
  3174,
  3183,
  3200,
  3203,
  3205,
  3212,
  3214,
  3216,
  3218,
  3240,
  3242,
  3251,
  3253,
  3257,
  3260,
  3268,
  3270,
  3272,
  3274,
  3277,
  3285,
  3286,
  3294,
  3294,
  3296,
  3299,
  3302,
  3311,
  3313,
  3314,
  3329,
  3331,
  3333,
  3340,
  3342,
  3344,
  3346,
  3386,
  3389,
  3396,
  3398,
  3400,
  3402,
  3406,
  3412,
  3415,
  3423,
  3427,
  3430,
  3439,
  3450,
  3455,
  3458,
  3459,
  3461,
  3478,
  3482,
  3505,
  3507,
  3515,
  3517,
  3517,
  3520,
  3526,
  3530,
  3530,
  3535,
  3540,
  3542,
  3542,
  3544,
  3551,
  3558,
  3567,
  3570,
  3571,
  3585,
  3642,
  3648,
  3662,
  3664,
  3673,
  3713,
  3714,
  3716,
  3716,
  3719,
  3720,
  3722,
  3722,
  3725,
  3725,
  3732,
  3735,
  3737,
  3743,
  3745,
  3747,
  3749,
  3749,
  3751,
  3751,
  3754,
  3755,
  3757,
  3769,
  3771,
  3773,
  3776,
  3780,
  3782,
  3782,
  3784,
  3789,
  3792,
  3801,
  3804,
  3807,
  3840,
  3840,
  3864,
  3865,
  3872,
  3881,
  3893,
  3893,
  3895,
  3895,
  3897,
  3897,
  3902,
  3911,
  3913,
  3948,
  3953,
  3972,
  3974,
  3991,
  3993,
  4028,
  4038,
  4038,
  4096,
  4169,
  4176,
  4253,
  4256,
  4293,
  4295,
  4295,
  4301,
  4301,
  4304,
  4346,
  4348,
  4680,
  4682,
  4685,
  4688,
  4694,
  4696,
  4696,
  4698,
  4701,
  4704,
  4744,
  4746,
  4749,
  4752,
  4784,
  4786,
  4789,
  4792,
  4798,
  4800,
  4800,
  4802,
  4805,
  4808,
  4822,
  4824,
  4880,
  4882,
  4885,
  4888,
  4954,
  4957,
  4959,
  4969,
  4977,
  4992,
  5007,
  5024,
  5109,
  5112,
  5117,
  5121,
  5740,
  5743,
  5759,
  5761,
  5786,
  5792,
  5866,
  5870,
  5880,
  5888,
  5900,
  5902,
  5908,
  5920,
  5940,
  5952,
  5971,
  5984,
  5996,
  5998,
  6e3,
  6002,
  6003,
  6016,
  6099,
  6103,
  6103,
  6108,
  6109,
  6112,
  6121,
  6155,
  6157,
  6160,
  6169,
  6176,
  6263,
  6272,
  6314,
  6320,
  6389,
  6400,
  6430,
  6432,
  6443,
  6448,
  6459,
  6470,
  6509,
  6512,
  6516,
  6528,
  6571,
  6576,
  6601,
  6608,
  6618,
  6656,
  6683,
  6688,
  6750,
  6752,
  6780,
  6783,
  6793,
  6800,
  6809,
  6823,
  6823,
  6832,
  6845,
  6912,
  6987,
  6992,
  7001,
  7019,
  7027,
  7040,
  7155,
  7168,
  7223,
  7232,
  7241,
  7245,
  7293,
  7296,
  7304,
  7376,
  7378,
  7380,
  7414,
  7416,
  7417,
  7424,
  7669,
  7675,
  7957,
  7960,
  7965,
  7968,
  8005,
  8008,
  8013,
  8016,
  8023,
  8025,
  8025,
  8027,
  8027,
  8029,
  8029,
  8031,
  8061,
  8064,
  8116,
  8118,
  8124,
  8126,
  8126,
  8130,
  8132,
  8134,
  8140,
  8144,
  8147,
  8150,
  8155,
  8160,
  8172,
  8178,
  8180,
  8182,
  8188,
  8255,
  8256,
  8276,
  8276,
  8305,
  8305,
  8319,
  8319,
  8336,
  8348,
  8400,
  8412,
  8417,
  8417,
  8421,
  8432,
  8450,
  8450,
  8455,
  8455,
  8458,
  8467,
  8469,
  8469,
  8472,
  8477,
  8484,
  8484,
  8486,
  8486,
  8488,
  8488,
  8490,
  8505,
  8508,
  8511,
  8517,
  8521,
  8526,
  8526,
  8544,
  8584,
  11264,
  11310,
  11312,
  11358,
  11360,
  11492,
  11499,
  11507,
  11520,
  11557,
  11559,
  11559,
  11565,
  11565,
  11568,
  11623,
  11631,
  11631,
  11647,
  11670,
  11680,
  11686,
  11688,
  11694,
  11696,
  11702,
  11704,
  11710,
  11712,
  11718,
  11720,
  11726,
  11728,
  11734,
  11736,
  11742,
  11744,
  11775,
  12293,
  12295,
  12321,
  12335,
  12337,
  12341,
  12344,
  12348,
  12353,
  12438,
  12441,
  12447,
  12449,
  12538,
  12540,
  12543,
  12549,
  12589,
  12593,
  12686,
  12704,
  12730,
  12784,
  12799,
  13312,
  19893,
  19968,
  40917,
  40960,
  42124,
  42192,
  42237,
  42240,
  42508,
  42512,
  42539,
  42560,
  42607,
  42612,
  42621,
  42623,
  42737,
  42775,
  42783,
  42786,
  42888,
  42891,
  42926,
  42928,
  42935,
  42999,
  43047,
  43072,
  43123,
  43136,
  43205,
  43216,
  43225,
  43232,
  43255,
  43259,
  43259,
  43261,
  43261,
  43264,
  43309,
  43312,
  43347,
  43360,
  43388,
  43392,
  43456,
  43471,
  43481,
  43488,
  43518,
  43520,
  43574,
  43584,
  43597,
  43600,
  43609,
  43616,
  43638,
  43642,
  43714,
  43739,
  43741,
  43744,
  43759,
  43762,
  43766,
  43777,
  43782,
  43785,
  43790,
  43793,
  43798,
  43808,
  43814,
  43816,
  43822,
  43824,
  43866,
  43868,
  43877,
  43888,
  44010,
  44012,
  44013,
  44016,
  44025,
  44032,
  55203,
  55216,
  55238,
  55243,
  55291,
  63744,
  64109,
  64112,
  64217,
  64256,
  64262,
  64275,
  64279,
  64285,
  64296,
  64298,
  64310,
  64312,
  64316,
  64318,
  64318,
  64320,
  64321,
  64323,
  64324,
  64326,
  64433,
  64467,
  64829,
  64848,
  64911,
  64914,
  64967,
  65008,
  65019,
  65024,
  65039,
  65056,
  65071,
  65075,
  65076,
  65101,
  65103,
  65136,
  65140,
  65142,
  65276,
  65296,
  65305,
  65313,
  65338,
  65343,
  65343,
  65345,
  65370,
  65382,
  65470,
  65474,
  65479,
  65482,
  65487,
  65490,
  65495,
  65498,
  65500,
  65536,
  65547,
  65549,
  65574,
  65576,
  65594,
  65596,
  65597,
  65599,
  65613,
  65616,
  65629,
  65664,
  65786,
  65856,
  65908,
  66045,
  66045,
  66176,
  66204,
  66208,
  66256,
  66272,
  66272,
  66304,
  66335,
  66352,
  66378,
  66384,
  66426,
  66432,
  66461,
  66464,
  66499,
  66504,
  66511,
  66513,
  66517,
  66560,
  66717,
  66720,
  66729,
  66736,
  66771,
  66776,
  66811,
  66816,
  66855,
  66864,
  66915,
  67072,
  67382,
  67392,
  67413,
  67424,
  67431,
  67584,
  67589,
  67592,
  67592,
  67594,
  67637,
  67639,
  67640,
  67644,
  67644,
  67647,
  67669,
  67680,
  67702,
  67712,
  67742,
  67808,
  67826,
  67828,
  67829,
  67840,
  67861,
  67872,
  67897,
  67968,
  68023,
  68030,
  68031,
  68096,
  68099,
  68101,
  68102,
  68108,
  68115,
  68117,
  68119,
  68121,
  68147,
  68152,
  68154,
  68159,
  68159,
  68192,
  68220,
  68224,
  68252,
  68288,
  68295,
  68297,
  68326,
  68352,
  68405,
  68416,
  68437,
  68448,
  68466,
  68480,
  68497,
  68608,
  68680,
  68736,
  68786,
  68800,
  68850,
  69632,
  69702,
  69734,
  69743,
  69759,
  69818,
  69840,
  69864,
  69872,
  69881,
  69888,
  69940,
  69942,
  69951,
  69968,
  70003,
  70006,
  70006,
  70016,
  70084,
  70090,
  70092,
  70096,
  70106,
  70108,
  70108,
  70144,
  70161,
  70163,
  70199,
  70206,
  70206,
  70272,
  70278,
  70280,
  70280,
  70282,
  70285,
  70287,
  70301,
  70303,
  70312,
  70320,
  70378,
  70384,
  70393,
  70400,
  70403,
  70405,
  70412,
  70415,
  70416,
  70419,
  70440,
  70442,
  70448,
  70450,
  70451,
  70453,
  70457,
  70460,
  70468,
  70471,
  70472,
  70475,
  70477,
  70480,
  70480,
  70487,
  70487,
  70493,
  70499,
  70502,
  70508,
  70512,
  70516,
  70656,
  70730,
  70736,
  70745,
  70784,
  70853,
  70855,
  70855,
  70864,
  70873,
  71040,
  71093,
  71096,
  71104,
  71128,
  71133,
  71168,
  71232,
  71236,
  71236,
  71248,
  71257,
  71296,
  71351,
  71360,
  71369,
  71424,
  71449,
  71453,
  71467,
  71472,
  71481,
  71840,
  71913,
  71935,
  71935,
  72384,
  72440,
  72704,
  72712,
  72714,
  72758,
  72760,
  72768,
  72784,
  72793,
  72818,
  72847,
  72850,
  72871,
  72873,
  72886,
  73728,
  74649,
  74752,
  74862,
  74880,
  75075,
  77824,
  78894,
  82944,
  83526,
  92160,
  92728,
  92736,
  92766,
  92768,
  92777,
  92880,
  92909,
  92912,
  92916,
  92928,
  92982,
  92992,
  92995,
  93008,
  93017,
  93027,
  93047,
  93053,
  93071,
  93952,
  94020,
  94032,
  94078,
  94095,
  94111,
  94176,
  94176,
  94208,
  100332,
  100352,
  101106,
  110592,
  110593,
  113664,
  113770,
  113776,
  113788,
  113792,
  113800,
  113808,
  113817,
  113821,
  113822,
  119141,
  119145,
  119149,
  119154,
  119163,
  119170,
  119173,
  119179,
  119210,
  119213,
  119362,
  119364,
  119808,
  119892,
  119894,
  119964,
  119966,
  119967,
  119970,
  119970,
  119973,
  119974,
  119977,
  119980,
  119982,
  119993,
  119995,
  119995,
  119997,
  120003,
  120005,
  120069,
  120071,
  120074,
  120077,
  120084,
  120086,
  120092,
  120094,
  120121,
  120123,
  120126,
  120128,
  120132,
  120134,
  120134,
  120138,
  120144,
  120146,
  120485,
  120488,
  120512,
  120514,
  120538,
  120540,
  120570,
  120572,
  120596,
  120598,
  120628,
  120630,
  120654,
  120656,
  120686,
  120688,
  120712,
  120714,
  120744,
  120746,
  120770,
  120772,
  120779,
  120782,
  120831,
  121344,
  121398,
  121403,
  121452,
  121461,
  121461,
  121476,
  121476,
  121499,
  121503,
  121505,
  121519,
  122880,
  122886,
  122888,
  122904,
  122907,
  122913,
  122915,
  122916,
  122918,
  122922,
  124928,
  125124,
  125136,
  125142,
  125184,
  125258,
  125264,
  125273,
  126464,
  126467,
  126469,
  126495,
  126497,
  126498,
  126500,
  126500,
  126503,
  126503,
  126505,
  126514,
  126516,
  126519,
  126521,
  126521,
  126523,
  126523,
  126530,
  126530,
  126535,
  126535,
  126537,
  126537,
  126539,
  126539,
  126541,
  126543,
  126545,
  126546,
  126548,
  126548,
  126551,
  126551,
  126553,
  126553,
  126555,
  126555,
  126557,
  126557,
  126559,
  126559,
  126561,
  126562,
  126564,
  126564,
  126567,
  126570,
  126572,
  126578,
  126580,
  126583,
  126585,
  126588,
  126590,
  126590,
  126592,
  126601,
  126603,
  126619,
  126625,
  126627,
  126629,
  126633,
  126635,
  126651,
  131072,
  173782,
  173824,
  177972,
  177984,
  178205,
  178208,
  183969,
  194560,
  195101,
  917760,
  917999
];
function inRanges(ranges, cp) {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
function isIdStart9(cp) {
  return inRanges(ID_START_9, cp);
}
function isIdContinue9(cp) {
  return inRanges(ID_CONTINUE_9, cp);
}

// src/hcl/lexer.ts
var MAIN = 0;
var STRING = 1;
var HEREDOC = 2;
var BARE = 3;
var TokenBuffer = class {
  types;
  starts;
  ends;
  count = 0;
  /** Set when a token that never belongs in HCL was pushed (see checkInvalidTokens). */
  suspicious = false;
  constructor(capacity) {
    this.types = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(type, start, end) {
    if (type >= T.BitAnd && (type <= T.Apostrophe || type === T.Invalid)) this.suspicious = true;
    else if (type === T.QuotedNewline) this.suspicious = true;
    if (this.count === this.types.length) this.grow();
    const i = this.count++;
    this.types[i] = type;
    this.starts[i] = start;
    this.ends[i] = end;
  }
  grow() {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
  }
};
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function codePointAt(src, i) {
  return src.codePointAt(i) ?? 0;
}
function cpLength(cp) {
  return cp > 65535 ? 2 : 1;
}
function identStartLength(src, i) {
  const c = src.charCodeAt(i);
  if (isAsciiLetter(c) || c === 95) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const cp = codePointAt(src, i);
  return isIdStart9(cp) ? cpLength(cp) : 0;
}
function scanIdentRest(src, i, n) {
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isAsciiLetter(c) || isDigit(c) || c === 95 || c === 45) {
      i++;
      continue;
    }
    if (c < 128) break;
    const cp = codePointAt(src, i);
    if (!isIdContinue9(cp)) break;
    i += cpLength(cp);
  }
  return i;
}
function scanNumber(src, i) {
  let q = i + 1;
  let good = q;
  for (; ; ) {
    const c = src.charCodeAt(q);
    if (isDigit(c)) {
      q++;
      good = q;
    } else if (c === 46) {
      q++;
    } else if (c === 101 || c === 69) {
      let r = q + 1;
      const s = src.charCodeAt(r);
      if (s === 43 || s === 45) r++;
      if (!isDigit(src.charCodeAt(r))) break;
      q = r + 1;
      good = q;
    } else {
      break;
    }
  }
  return good;
}
function isMarkerLine(src, from, to, marker) {
  while (from < to && isSpace(src.charCodeAt(from))) from++;
  while (to > from && isSpace(src.charCodeAt(to - 1))) to--;
  return to - from === marker.length && src.startsWith(marker, from);
}
function makeComment(src, lines, style, from, to) {
  let textEnd = to;
  let textStart = from + style.length;
  if (style === "/*") {
    textEnd = to - 2;
  } else {
    if (src.charCodeAt(textEnd - 1) === 10) textEnd--;
    if (src.charCodeAt(textEnd - 1) === 13) textEnd--;
    if (textEnd < textStart) textStart = textEnd;
  }
  return { type: "Comment", style, text: src.slice(textStart, textEnd), range: lines.range(from, style === "/*" ? to : textEnd) };
}
function sequenceLength(src, p) {
  return src.charCodeAt(p + 2) === 126 ? 3 : 2;
}
function escapeLength(src, p, c) {
  if (src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 123) return src.charCodeAt(p + 3) === 126 ? 4 : 3;
  return 1;
}
function heredocIntroducerEnd(src, p, n, markerAt) {
  let q = p + 2;
  if (src.charCodeAt(q) === 45) q++;
  const idLen = identStartLength(src, q);
  if (idLen === 0) return -1;
  const idEnd = scanIdentRest(src, q + idLen, n);
  const s = src.charCodeAt(idEnd);
  let end;
  if (s === 10) end = idEnd + 1;
  else if (s === 13 && src.charCodeAt(idEnd + 1) === 10) end = idEnd + 2;
  else return -1;
  markerAt[0] = q;
  markerAt[1] = idEnd;
  return end;
}
var spareBuffer;
var MAX_SPARE_TOKENS = 1 << 20;
function recycleTokens(tokens) {
  if (tokens instanceof TokenBuffer && tokens.types.length <= MAX_SPARE_TOKENS) spareBuffer = tokens;
}
function scan(src, start, mode, lines) {
  const n = src.length;
  let out;
  if (spareBuffer !== void 0) {
    out = spareBuffer;
    spareBuffer = void 0;
    out.count = 0;
    out.suspicious = false;
  } else {
    out = new TokenBuffer(Math.max(64, (n >> 2) + 16));
  }
  const comments = [];
  const modes = [mode === "main" ? MAIN : BARE];
  let current = modes[0];
  let braces = 0;
  const retBraces = [];
  const heredocs = [];
  const markerAt = [0, 0];
  let p = start;
  while (p < n) {
    const c = src.charCodeAt(p);
    if (current === MAIN) {
      switch (c) {
        case 32:
        case 9: {
          p++;
          let s = src.charCodeAt(p);
          while (s === 32 || s === 9) s = src.charCodeAt(++p);
          continue;
        }
        case 10:
          out.push(T.Newline, p, ++p);
          continue;
        case 13:
          if (src.charCodeAt(p + 1) === 10) {
            out.push(T.Newline, p, p += 2);
          } else {
            out.push(T.Invalid, p, ++p);
          }
          continue;
        case 35: {
          const nl = src.indexOf("\n", p + 1);
          const end = nl < 0 ? n : nl + 1;
          out.push(T.Comment, p, end);
          comments.push(makeComment(src, lines, "#", p, end));
          p = end;
          continue;
        }
        case 47: {
          const next = src.charCodeAt(p + 1);
          if (next === 47) {
            const nl = src.indexOf("\n", p + 2);
            const end = nl < 0 ? n : nl + 1;
            out.push(T.Comment, p, end);
            comments.push(makeComment(src, lines, "//", p, end));
            p = end;
            continue;
          }
          if (next === 42) {
            const close = src.indexOf("*/", p + 2);
            if (close >= 0) {
              out.push(T.Comment, p, close + 2);
              comments.push(makeComment(src, lines, "/*", p, close + 2));
              p = close + 2;
              continue;
            }
          }
          out.push(T.Slash, p, ++p);
          continue;
        }
        case 61: {
          const next = src.charCodeAt(p + 1);
          if (next === 61) out.push(T.EqualOp, p, p += 2);
          else if (next === 62) out.push(T.FatArrow, p, p += 2);
          else out.push(T.Equal, p, ++p);
          continue;
        }
        case 33:
          if (src.charCodeAt(p + 1) === 61) out.push(T.NotEqual, p, p += 2);
          else out.push(T.Bang, p, ++p);
          continue;
        case 62:
          if (src.charCodeAt(p + 1) === 61) out.push(T.GtEq, p, p += 2);
          else out.push(T.Gt, p, ++p);
          continue;
        case 60: {
          const next = src.charCodeAt(p + 1);
          if (next === 61) {
            out.push(T.LtEq, p, p += 2);
            continue;
          }
          if (next === 60) {
            const end = heredocIntroducerEnd(src, p, n, markerAt);
            if (end >= 0) {
              out.push(T.OHeredoc, p, end);
              heredocs.push({ marker: src.slice(markerAt[0], markerAt[1]), startOfLine: true });
              p = end;
              modes.push(HEREDOC);
              current = HEREDOC;
              continue;
            }
          }
          out.push(T.Lt, p, ++p);
          continue;
        }
        case 38:
          if (src.charCodeAt(p + 1) === 38) out.push(T.And, p, p += 2);
          else out.push(T.BitAnd, p, ++p);
          continue;
        case 124:
          if (src.charCodeAt(p + 1) === 124) out.push(T.Or, p, p += 2);
          else out.push(T.BitOr, p, ++p);
          continue;
        case 58:
          if (src.charCodeAt(p + 1) === 58) out.push(T.DoubleColon, p, p += 2);
          else out.push(T.Colon, p, ++p);
          continue;
        case 46:
          if (src.charCodeAt(p + 1) === 46 && src.charCodeAt(p + 2) === 46) out.push(T.Ellipsis, p, p += 3);
          else out.push(T.Dot, p, ++p);
          continue;
        case 123:
          out.push(T.OBrace, p, ++p);
          braces++;
          continue;
        case 125:
          if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
            out.push(T.TemplateSeqEnd, p, ++p);
            braces--;
            retBraces.pop();
            if (modes.length > 1) modes.pop();
            current = modes[modes.length - 1];
          } else {
            out.push(T.CBrace, p, ++p);
            braces--;
          }
          continue;
        case 126:
          if (src.charCodeAt(p + 1) === 125) {
            out.push(T.TemplateSeqEnd, p, p += 2);
            if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
              retBraces.pop();
              if (modes.length > 1) modes.pop();
              current = modes[modes.length - 1];
            }
            braces--;
          } else {
            out.push(T.Tilde, p, ++p);
          }
          continue;
        case 34:
          out.push(T.OQuote, p, ++p);
          modes.push(STRING);
          current = STRING;
          continue;
        case 91:
          out.push(T.OBrack, p, ++p);
          continue;
        case 93:
          out.push(T.CBrack, p, ++p);
          continue;
        case 40:
          out.push(T.OParen, p, ++p);
          continue;
        case 41:
          out.push(T.CParen, p, ++p);
          continue;
        case 44:
          out.push(T.Comma, p, ++p);
          continue;
        case 42:
          out.push(T.Star, p, ++p);
          continue;
        case 37:
          out.push(T.Percent, p, ++p);
          continue;
        case 43:
          out.push(T.Plus, p, ++p);
          continue;
        case 45:
          out.push(T.Minus, p, ++p);
          continue;
        case 63:
          out.push(T.Question, p, ++p);
          continue;
        case 94:
          out.push(T.Caret, p, ++p);
          continue;
        case 59:
          out.push(T.Semicolon, p, ++p);
          continue;
        case 96:
          out.push(T.Backtick, p, ++p);
          continue;
        case 39:
          out.push(T.Apostrophe, p, ++p);
          continue;
        default: {
          if (isAsciiLetter(c) || c === 95) {
            const end = scanIdentRest(src, p + 1, n);
            out.push(T.Ident, p, end);
            p = end;
            continue;
          }
          if (isDigit(c)) {
            const end = scanNumber(src, p);
            out.push(T.Number, p, end);
            p = end;
            continue;
          }
          const idLen = identStartLength(src, p);
          if (idLen > 0) {
            const end = scanIdentRest(src, p + idLen, n);
            out.push(T.Ident, p, end);
            p = end;
            continue;
          }
          const len = c < 128 ? 1 : cpLength(codePointAt(src, p));
          out.push(T.Invalid, p, p += len);
          continue;
        }
      }
    }
    if (current === STRING) {
      if (c === 34) {
        out.push(T.CQuote, p, ++p);
        if (modes.length > 1) modes.pop();
        current = modes[modes.length - 1];
        continue;
      }
      if (c === 36 || c === 37) {
        if (src.charCodeAt(p + 1) === 123) {
          out.push(c === 36 ? T.TemplateInterp : T.TemplateControl, p, p += sequenceLength(src, p));
          retBraces.push(++braces);
          modes.push(MAIN);
          current = MAIN;
        } else if (p + 1 < n) {
          out.push(T.QuotedLit, p, p += escapeLength(src, p, c));
        } else {
          out.push(T.Invalid, p, ++p);
        }
        continue;
      }
      if (c === 10 || c === 13) {
        let q3 = p + 1;
        let s = src.charCodeAt(q3);
        while (s === 10 || s === 13) s = src.charCodeAt(++q3);
        out.push(T.QuotedNewline, p, q3);
        p = q3;
        continue;
      }
      if (c === 92 && (p + 1 >= n || src.charCodeAt(p + 1) === 10 || src.charCodeAt(p + 1) === 13)) {
        out.push(T.Invalid, p, ++p);
        continue;
      }
      let q2 = p;
      while (q2 < n) {
        const s = src.charCodeAt(q2);
        if (s === 92) {
          const e = src.charCodeAt(q2 + 1);
          if (q2 + 1 >= n || e === 10 || e === 13) break;
          q2 += e >= 55296 && e <= 56319 ? 1 + cpLength(codePointAt(src, q2 + 1)) : 2;
          continue;
        }
        if (s === 34 || s === 36 || s === 37 || s === 10 || s === 13) break;
        q2++;
      }
      out.push(T.QuotedLit, p, q2);
      p = q2;
      continue;
    }
    if (current === HEREDOC) {
      const doc = heredocs[heredocs.length - 1];
      if (c === 36 || c === 37) {
        doc.startOfLine = false;
        if (src.charCodeAt(p + 1) === 123) {
          out.push(c === 36 ? T.TemplateInterp : T.TemplateControl, p, p += sequenceLength(src, p));
          retBraces.push(++braces);
          modes.push(MAIN);
          current = MAIN;
        } else if (p + 1 < n) {
          out.push(T.StringLit, p, p += escapeLength(src, p, c));
        } else {
          out.push(T.Invalid, p, ++p);
        }
        continue;
      }
      let q2 = p;
      let s = c;
      while (q2 < n && s !== 36 && s !== 37 && s !== 10 && s !== 13) s = src.charCodeAt(++q2);
      let eol = -1;
      if (s === 10) eol = q2 + 1;
      else if (s === 13 && src.charCodeAt(q2 + 1) === 10) eol = q2 + 2;
      if (eol >= 0) {
        if (doc.startOfLine && isMarkerLine(src, p, q2, doc.marker)) {
          out.push(T.CHeredoc, p, q2);
          out.push(T.Newline, q2, eol);
          heredocs.pop();
          if (modes.length > 1) modes.pop();
          current = modes[modes.length - 1];
        } else {
          doc.startOfLine = true;
          out.push(T.StringLit, p, eol);
        }
        p = eol;
      } else if (q2 > p) {
        doc.startOfLine = false;
        out.push(T.StringLit, p, q2);
        p = q2;
      } else {
        doc.startOfLine = false;
        out.push(T.Invalid, p, n);
        p = n;
      }
      continue;
    }
    if (c === 36 || c === 37) {
      if (src.charCodeAt(p + 1) === 123) {
        out.push(c === 36 ? T.TemplateInterp : T.TemplateControl, p, p += sequenceLength(src, p));
        retBraces.push(++braces);
        modes.push(MAIN);
        current = MAIN;
      } else {
        out.push(T.StringLit, p, p += escapeLength(src, p, c));
      }
      continue;
    }
    let q = p;
    while (q < n) {
      const s = src.charCodeAt(q);
      if (s === 36 || s === 37) break;
      if (s === 10) {
        q++;
        break;
      }
      if (s === 13 && src.charCodeAt(q + 1) === 10) {
        q += 2;
        break;
      }
      q++;
    }
    out.push(T.StringLit, p, q);
    p = q;
  }
  out.push(T.EOF, n, n);
  return { tokens: out, comments, suspicious: out.suspicious };
}

// src/hcl/token-checks.ts
function suggest(given, options) {
  for (const option of options) {
    if (levenshtein(given, option) < 3) return option;
  }
  return void 0;
}
function levenshtein(a, b) {
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
function checkInvalidTokens(src, tokens, lines, diags) {
  let toldBitwise = 0;
  let toldBacktick = 0;
  let toldApostrophe = 0;
  let toldSemicolon = 0;
  const { types, starts, ends, count } = tokens;
  const add = (i, summary, detail) => {
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
          const suggestion = t === T.BitAnd ? ' Did you mean boolean AND ("&&")?' : t === T.BitOr ? ' Did you mean boolean OR ("||")?' : t === T.Tilde ? ' Did you mean boolean NOT ("!")?' : "";
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
            'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'
          );
          toldSemicolon++;
        }
        break;
      case T.Invalid: {
        const ch = src.slice(starts[i], ends[i]);
        if (ch === "“" || ch === "”") {
          add(
            i,
            "Invalid character",
            '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'
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
          'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.'
        );
        break;
    }
  }
}

// src/hcl/limits.ts
var MAX_NESTING = 500;

// src/hcl/literals.ts
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function goQuote(s) {
  return JSON.stringify(s);
}
function decodeLiteral(text, quoted, report) {
  return (!quoted || text.indexOf("\\") < 0) && text.indexOf("{") < 0 ? text : decodeMarked(text, quoted, report);
}
function decodeMarked(text, quoted, report) {
  let out = "";
  let i = 0;
  let runStart = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92 && quoted) {
      out += text.slice(runStart, i);
      i = escape(i);
      runStart = i;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
      out += text.slice(runStart, i) + text[i] + "{";
      i += 3;
      runStart = i;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c) {
      i += 2;
      continue;
    }
    i++;
  }
  return out + text.slice(runStart);
  function escape(at) {
    if (at + 1 >= n) {
      report(
        "Invalid escape sequence",
        "Backslash must be followed by an escape sequence selector character.",
        at,
        at + 1
      );
      out += "\\";
      return at + 1;
    }
    const sel = text.charCodeAt(at + 1);
    switch (sel) {
      case 110:
        out += "\n";
        return at + 2;
      case 114:
        out += "\r";
        return at + 2;
      case 116:
        out += "	";
        return at + 2;
      case 34:
        out += '"';
        return at + 2;
      case 92:
        out += "\\";
        return at + 2;
      case 117:
      case 85: {
        const want = sel === 117 ? 4 : 8;
        let j = at + 2;
        let value = 0;
        while (j < n && j - (at + 2) < want) {
          const h = hexValue(text.charCodeAt(j));
          if (h < 0) break;
          value = value * 16 + h;
          j++;
        }
        if (j - (at + 2) !== want) {
          report(
            "Invalid escape sequence",
            sel === 117 ? "The \\u escape sequence must be followed by four hexadecimal digits." : "The \\U escape sequence must be followed by eight hexadecimal digits.",
            at,
            j
          );
          out += text.slice(at, j);
          return j;
        }
        if (value >= 55296 && value <= 57343 || value > 1114111) {
          report(
            "Invalid escape sequence",
            `Cannot encode character U+${value.toString(16).padStart(4, "0")} in UTF-8.`,
            at,
            j
          );
          out += text.slice(at, j);
          return j;
        }
        out += String.fromCodePoint(value);
        return j;
      }
      default: {
        const cp = text.codePointAt(at + 1) ?? sel;
        const ch = String.fromCodePoint(cp);
        report(
          "Invalid escape sequence",
          `The symbol ${goQuote(ch)} is not a valid escape sequence selector.`,
          at,
          at + 1 + ch.length
        );
        out += ch;
        return at + 1 + ch.length;
      }
    }
  }
}

// src/hcl/template.ts
function exact(items) {
  return items.length === 0 ? items : items.slice();
}
var PLAIN_BMP = /^[^\r\n\uD800-\uDFFF]*$/;
var EXTENDER = new RegExp("^(?:\\p{M}|\\u200D|\\p{Emoji_Modifier})", "u");
function flushHeredoc(toks, lines) {
  const MAX = Number.MAX_SAFE_INTEGER;
  let minSpaces = MAX;
  let newline = true;
  const adjust = [];
  for (const tok of toks) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (tok.k === "lit") {
        const trimmed2 = trimLeftSpace(tok.val);
        if (trimmed2.length === 0 && tok.val.endsWith("\n")) {
          spaces = MAX;
        } else {
          spaces = tok.val.length - trimmed2.length;
          adjust.push(tok);
        }
      } else if (tok.k === "end") {
        break;
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (tok.k === "lit" && tok.val.endsWith("\n")) newline = true;
  }
  if (minSpaces === 0 || minSpaces === MAX) return;
  for (const lit of adjust) {
    let cut = Math.min(minSpaces, lit.val.length);
    while (cut < lit.val.length && EXTENDER.test(lit.val.slice(cut, cut + 2))) cut += lit.val.codePointAt(cut) > 65535 ? 2 : 1;
    const removed = lit.val.slice(0, cut);
    lit.val = lit.val.slice(cut);
    lit.start += cut;
    const start = lit.range.start;
    const moved = PLAIN_BMP.test(removed) ? { line: start.line, column: start.column + cut, offset: start.offset + cut } : lines.pos(lit.start);
    lit.range = { start: moved, end: lit.range.end };
  }
}
function meldLiterals(toks) {
  const out = [];
  for (const tok of toks) {
    const prev = out[out.length - 1];
    if (tok.k === "lit" && prev !== void 0 && prev.k === "lit") {
      prev.val += tok.val;
      prev.end = tok.end;
      prev.range = { start: prev.range.start, end: tok.range.end };
    } else {
      out.push(tok);
    }
  }
  return out;
}
var TemplateTreeBuilder = class {
  constructor(toks, lines, filename, report) {
    this.toks = toks;
    this.lines = lines;
    this.filename = filename;
    this.report = report;
  }
  toks;
  lines;
  filename;
  report;
  pos = 0;
  depth = 0;
  buildRoot() {
    const parts = [];
    while (this.peek().k !== "end") {
      const part = this.parseItem();
      if (part !== void 0) parts.push(part);
    }
    return exact(parts);
  }
  peek() {
    return this.toks[this.pos];
  }
  next() {
    const tok = this.toks[this.pos];
    if (tok.k !== "end") this.pos++;
    return tok;
  }
  range(start, end) {
    return this.lines.range(start, end);
  }
  where(start, end) {
    return formatRange(this.filename, this.range(start, end));
  }
  parseItem() {
    const tok = this.next();
    switch (tok.k) {
      case "lit":
        return literal(tok, tok.range);
      case "interp":
        return {
          type: "TemplateInterpolation",
          expr: tok.expr,
          stripLeft: tok.stripLeft,
          stripRight: tok.stripRight,
          range: tok.range
        };
      case "if":
      case "for": {
        if (this.depth >= MAX_NESTING) {
          this.report(
            "Nesting too deep",
            `This is nested more than ${MAX_NESTING} levels deep; tfmould does not read deeper nesting.`,
            tok.start,
            tok.end
          );
          this.skipDirective();
          return void 0;
        }
        this.depth++;
        const part = tok.k === "if" ? this.parseIf(tok) : this.parseFor(tok);
        this.depth--;
        return part;
      }
      case "end":
        this.report("Unexpected end of template", "The control directives within this template are unbalanced.", tok.start, tok.end);
        return void 0;
      default:
        this.report(`Unexpected ${tok.k} directive`, "The control directives within this template are unbalanced.", tok.start, tok.end);
        return void 0;
    }
  }
  /** Skips the body of a directive that was just opened, up to its matching endif/endfor. */
  skipDirective() {
    let open = 1;
    for (; ; ) {
      const tok = this.next();
      if (tok.k === "end") return;
      if (tok.k === "if" || tok.k === "for") open++;
      else if (tok.k === "endif" || tok.k === "endfor") open--;
      if (open === 0) return;
    }
  }
  parseIf(open) {
    const thenParts = [];
    let elseParts;
    for (; ; ) {
      const tok = this.peek();
      if (tok.k === "end") {
        this.report(
          "Unexpected end of template",
          `The if directive at ${this.where(open.start, open.end)} is missing its corresponding endif directive.`,
          tok.start,
          tok.end
        );
        return this.makeIf(open, thenParts, elseParts, tok.range.start);
      }
      if (tok.k === "else" || tok.k === "endif" || tok.k === "endfor") {
        this.next();
        if (tok.k === "endif") return this.makeIf(open, thenParts, elseParts, tok.range.end);
        if (tok.k === "else" && elseParts === void 0) {
          elseParts = [];
          continue;
        }
        if (tok.k === "else") {
          this.report(
            "Unexpected else directive",
            `Already in the else clause for the if started at ${this.where(open.start, open.end)}.`,
            tok.start,
            tok.end
          );
        } else {
          this.report(
            `Unexpected ${tok.k} directive`,
            `Expecting an endif directive for the if started at ${this.where(open.start, open.end)}.`,
            tok.start,
            tok.end
          );
        }
        return void 0;
      }
      const part = this.parseItem();
      if (part !== void 0) (elseParts ?? thenParts).push(part);
    }
  }
  makeIf(open, thenParts, elseParts, end) {
    return {
      type: "TemplateIf",
      condition: open.cond,
      then: exact(thenParts),
      else: elseParts === void 0 ? void 0 : exact(elseParts),
      range: { start: open.range.start, end }
    };
  }
  parseFor(open) {
    const body = [];
    for (; ; ) {
      const tok = this.peek();
      if (tok.k === "end") {
        this.report(
          "Unexpected end of template",
          `The for directive at ${this.where(open.start, open.end)} is missing its corresponding endfor directive.`,
          tok.start,
          tok.end
        );
        return this.makeFor(open, body, tok.range.start);
      }
      if (tok.k === "else" || tok.k === "endif" || tok.k === "endfor") {
        this.next();
        if (tok.k === "endfor") return this.makeFor(open, body, tok.range.end);
        if (tok.k === "else") {
          this.report("Unexpected else directive", "An else clause is not expected for a for directive.", tok.start, tok.end);
        } else {
          this.report(
            `Unexpected ${tok.k} directive`,
            `Expecting an endfor directive corresponding to the for directive at ${this.where(open.start, open.end)}.`,
            tok.start,
            tok.end
          );
        }
        return void 0;
      }
      const part = this.parseItem();
      if (part !== void 0) body.push(part);
    }
  }
  makeFor(open, body, end) {
    return {
      type: "TemplateFor",
      keyVar: open.keyVar,
      valueVar: open.valVar,
      collection: open.coll,
      body: exact(body),
      range: { start: open.range.start, end }
    };
  }
};
var MAY_NEED_NFC = /[\u0300-\uffff]/;
function literal(tok, range) {
  const value = MAY_NEED_NFC.test(tok.val) ? tok.val.normalize("NFC") : tok.val;
  return { type: "TemplateLiteral", value, range };
}
function formatRange(filename, r) {
  if (r.start.line === r.end.line) return `${filename}:${r.start.line},${r.start.column}-${r.end.column}`;
  return `${filename}:${r.start.line},${r.start.column}-${r.end.line},${r.end.column}`;
}

// src/hcl/parser.ts
var BINARY_LEVEL = new Int8Array(64).fill(-1);
BINARY_LEVEL[T.Or] = 0;
BINARY_LEVEL[T.And] = 1;
BINARY_LEVEL[T.EqualOp] = 2;
BINARY_LEVEL[T.NotEqual] = 2;
BINARY_LEVEL[T.Gt] = 3;
BINARY_LEVEL[T.GtEq] = 3;
BINARY_LEVEL[T.Lt] = 3;
BINARY_LEVEL[T.LtEq] = 3;
BINARY_LEVEL[T.Plus] = 4;
BINARY_LEVEL[T.Minus] = 4;
BINARY_LEVEL[T.Star] = 5;
BINARY_LEVEL[T.Slash] = 5;
BINARY_LEVEL[T.Percent] = 5;
var BINARY_OP = {
  [T.Or]: "||",
  [T.And]: "&&",
  [T.EqualOp]: "==",
  [T.NotEqual]: "!=",
  [T.Gt]: ">",
  [T.GtEq]: ">=",
  [T.Lt]: "<",
  [T.LtEq]: "<=",
  [T.Plus]: "+",
  [T.Minus]: "-",
  [T.Star]: "*",
  [T.Slash]: "/",
  [T.Percent]: "%"
};
var VALID_NUMBER = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
function oppositeBracket(t) {
  switch (t) {
    case T.OBrace:
      return T.CBrace;
    case T.OBrack:
      return T.CBrack;
    case T.OParen:
      return T.CParen;
    case T.OQuote:
      return T.CQuote;
    case T.OHeredoc:
      return T.CHeredoc;
    case T.CBrace:
      return T.OBrace;
    case T.CBrack:
      return T.OBrack;
    case T.CParen:
      return T.OParen;
    case T.CQuote:
      return T.OQuote;
    case T.CHeredoc:
      return T.OHeredoc;
    case T.TemplateControl:
    case T.TemplateInterp:
      return T.TemplateSeqEnd;
    case T.TemplateSeqEnd:
      return T.TemplateInterp;
    default:
      return -1;
  }
}
var Parser = class {
  constructor(src, tokens, lines, filename) {
    this.src = src;
    this.lines = lines;
    this.filename = filename;
    this.types = tokens.types;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.count = tokens.count;
  }
  src;
  lines;
  filename;
  diags = [];
  types;
  starts;
  ends;
  count;
  idx = 0;
  newlines = [true];
  includeNewlines = true;
  /** Cache of the last peek: from which index, in which newline mode, and the answer. */
  peekFrom = -1;
  peekNewlines = false;
  peekAt = 0;
  /**
   * hclsyntax's recovery mode: set by the first recovery and never cleared,
   * so every "bad token" error after it is suppressed, as HCL suppresses them.
   */
  recovery = false;
  /**
   * Errors found so far, reported or not: hclsyntax decides how to go on by
   * whether a sub-parse failed, so the count must not depend on {@link muted}.
   */
  errors = 0;
  /**
   * Set where hclsyntax stops reading the file (a bad token in the top-level
   * body). We read on to keep the rest of the tree, but report nothing more:
   * HCL reports nothing past that point, and every extra finding is noise.
   */
  muted = false;
  depth = 0;
  // -------------------------------------------------------------------------
  // Token access (hclsyntax's peeker)
  /** Index of the next significant token; comments are skipped, or stand for a newline when newlines count. */
  peekIndex() {
    const include = this.includeNewlines;
    if (this.peekFrom === this.idx && this.peekNewlines === include) return this.peekAt;
    const types = this.types;
    let at = this.count - 1;
    for (let i = this.idx; i < this.count; i++) {
      const t = types[i];
      if (t === T.Comment) {
        if (include && this.src.charCodeAt(this.ends[i] - 1) === 10) {
          at = i;
          break;
        }
        continue;
      }
      if (t === T.Newline && !include) continue;
      at = i;
      break;
    }
    this.peekFrom = this.idx;
    this.peekNewlines = include;
    this.peekAt = at;
    return at;
  }
  typeAt(i) {
    const t = this.types[i];
    return t === T.Comment ? T.Newline : t;
  }
  peekType() {
    return this.typeAt(this.peekIndex());
  }
  read() {
    const i = this.peekIndex();
    this.idx = i + 1;
    return i;
  }
  /** The last token read (or the next one, before anything is read). */
  prevIndex() {
    return this.idx === 0 ? this.peekIndex() : this.idx - 1;
  }
  pushNewlines(include) {
    this.newlines.push(include);
    this.includeNewlines = include;
  }
  popNewlines() {
    if (this.newlines.length > 1) this.newlines.pop();
    this.includeNewlines = this.newlines[this.newlines.length - 1];
  }
  text(i) {
    return this.src.slice(this.starts[i], this.ends[i]);
  }
  range(start, end) {
    return this.lines.range(start, end);
  }
  tokRange(i) {
    return this.lines.range(this.starts[i], this.ends[i]);
  }
  pos(offset) {
    return this.lines.pos(offset);
  }
  error(summary, detail, start, end) {
    this.errorIn(summary, detail, this.range(start, end));
  }
  errorIn(summary, detail, range) {
    this.errors++;
    if (!this.muted) this.diags.push({ severity: "error", summary, detail, range });
  }
  errorAt(summary, detail, tok) {
    this.error(summary, detail, this.starts[tok], this.ends[tok]);
  }
  mark() {
    return this.errors;
  }
  failedSince(mark) {
    return this.errors > mark;
  }
  /** Skips to just after the token of type `end`, counting nested brackets of its kind. */
  recover(end) {
    const start = oppositeBracket(end);
    this.recovery = true;
    let nest = 0;
    for (; ; ) {
      const tok = this.read();
      let ty = this.typeAt(tok);
      if (end === T.TemplateSeqEnd && ty === T.TemplateControl) ty = T.TemplateInterp;
      if (ty === start) {
        nest++;
      } else if (ty === end) {
        if (nest < 1) return tok;
        nest--;
      } else if (ty === T.EOF) {
        return tok;
      }
    }
  }
  /** Skips to the end of the next construct opened by `start` (e.g. the next `( … )`). */
  recoverOver(start) {
    for (; ; ) {
      const t = this.typeAt(this.read());
      if (t === start || t === T.EOF) break;
    }
    this.recover(oppositeBracket(start));
  }
  /** Skips to the next newline outside any brackets, or the end of the file. */
  recoverAfterBodyItem() {
    this.recovery = true;
    const open = [];
    for (; ; ) {
      const t = this.typeAt(this.read());
      switch (t) {
        case T.Newline:
          if (open.length === 0) return;
          break;
        case T.EOF:
          return;
        case T.OBrace:
        case T.OBrack:
        case T.OParen:
        case T.OQuote:
        case T.OHeredoc:
        case T.TemplateInterp:
        case T.TemplateControl:
          open.push(t);
          break;
        case T.CBrace:
        case T.CBrack:
        case T.CParen:
        case T.CQuote:
        case T.CHeredoc: {
          const opener = oppositeBracket(t);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          if (open.length > 0) open.pop();
          break;
        }
        case T.TemplateSeqEnd:
          while (open.length > 0 && open[open.length - 1] !== T.TemplateInterp && open[open.length - 1] !== T.TemplateControl) open.pop();
          if (open.length > 0) open.pop();
          break;
      }
    }
  }
  /** Enters one nesting level; false (with a diagnostic at `blame`, or the next token) when too deep. */
  enter(blame = -1) {
    if (this.depth >= MAX_NESTING) {
      if (!this.recovery) {
        const at = blame >= 0 ? blame : this.peekIndex();
        this.errorAt(
          "Nesting too deep",
          `This is nested more than ${MAX_NESTING} levels deep; tfmould does not read deeper nesting.`,
          at
        );
      }
      this.recovery = true;
      return false;
    }
    this.depth++;
    return true;
  }
  leave() {
    this.depth--;
  }
  // -------------------------------------------------------------------------
  // Bodies
  parseFile(bodyStart) {
    const items = this.parseBodyItems(T.EOF, -1);
    return { type: "Body", items: exact(items), range: this.range(bodyStart, this.src.length) };
  }
  /**
   * Parses body items up to the token `end` (EOF or `}`), which is consumed.
   * `open` is the opening brace for "Unclosed configuration block".
   */
  parseBodyItems(end, open) {
    const items = [];
    let attrs;
    for (; ; ) {
      const next = this.peekType();
      if (next === end) {
        this.read();
        break;
      }
      if (next === T.Newline) {
        this.read();
        continue;
      }
      if (next === T.Ident) {
        const item = this.parseBodyItem();
        if (item === void 0) continue;
        if (item.type === "Attribute") {
          const existing = this.findAttribute(items, attrs, item.name);
          if (existing !== void 0) {
            this.errorIn(
              "Attribute redefined",
              `The argument "${item.name}" was already set at ${formatRange(this.filename, existing.nameRange)}. Each argument may be set only once.`,
              item.nameRange
            );
          } else if (attrs !== void 0) {
            attrs.set(item.name, item);
          } else if (items.length >= 16) {
            attrs = /* @__PURE__ */ new Map();
            for (const earlier of items) if (earlier.type === "Attribute" && !attrs.has(earlier.name)) attrs.set(earlier.name, earlier);
            attrs.set(item.name, item);
          }
        }
        items.push(item);
        continue;
      }
      const bad = this.read();
      const badType = this.typeAt(bad);
      if (!this.recovery) this.reportBadBodyToken(bad, end, open);
      if (badType === T.EOF) {
        this.recovery = true;
        break;
      }
      if (end === T.EOF) {
        this.muted = true;
        this.recovery = true;
        this.idx = bad;
        this.recoverAfterBodyItem();
        continue;
      }
      this.recover(end);
      break;
    }
    return items;
  }
  reportBadBodyToken(bad, end, open) {
    switch (this.typeAt(bad)) {
      case T.OQuote:
        this.errorAt("Invalid argument name", "Argument names must not be quoted.", bad);
        return;
      case T.EOF:
        if (end === T.CBrace) {
          this.errorAt(
            "Unclosed configuration block",
            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
            open
          );
        } else {
          this.errorAt("Unclosed configuration body", "Found end of file before the end of this configuration body.", bad);
        }
        return;
      default:
        this.errorAt("Argument or block definition required", "An argument or block definition is required here.", bad);
    }
  }
  /** The first attribute named `name` among `items` (looked up in `index` when there is one). */
  findAttribute(items, index, name) {
    if (index !== void 0) return index.get(name);
    for (const item of items) if (item.type === "Attribute" && item.name === name) return item;
    return void 0;
  }
  parseBodyItem() {
    const ident = this.read();
    const next = this.peekType();
    if (next === T.Equal) return this.finishAttribute(ident, false);
    if (next === T.OQuote || next === T.OBrace || next === T.Ident) return this.finishBlock(ident);
    this.recoverAfterBodyItem();
    this.errorAt(
      "Argument or block definition required",
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      ident
    );
    return void 0;
  }
  finishAttribute(ident, singleLine) {
    const nameRange = this.tokRange(ident);
    this.read();
    const mark = this.mark();
    const expr = this.parseExpression();
    let endTok = this.prevIndex();
    if (this.recovery && this.failedSince(mark)) {
      this.recoverAfterBodyItem();
    } else if (!singleLine) {
      const end = this.peekIndex();
      const endType = this.typeAt(end);
      if (endType !== T.Newline && endType !== T.EOF) {
        if (!this.recovery) {
          if (endType === T.Comma) {
            this.errorAt(
              "Unexpected comma after argument",
              "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
              end
            );
          } else {
            this.errorAt("Missing newline after argument", "An argument definition must end with a newline.", end);
          }
        }
        endTok = this.prevIndex();
        this.recoverAfterBodyItem();
      } else {
        this.read();
      }
    }
    return {
      type: "Attribute",
      name: this.text(ident),
      nameRange,
      expr,
      range: this.range(this.starts[ident], Math.max(this.ends[endTok], this.ends[ident]))
    };
  }
  finishBlock(ident) {
    const typeRange = this.tokRange(ident);
    const labels = [];
    let oBrace = -1;
    for (; ; ) {
      const tok = this.peekIndex();
      const t = this.typeAt(tok);
      if (t === T.OBrace) {
        oBrace = this.read();
        break;
      }
      if (t === T.OQuote) {
        labels.push(this.parseQuotedLabel());
        continue;
      }
      if (t === T.Ident) {
        this.read();
        labels.push({ value: this.text(tok), quoted: false, range: this.tokRange(tok) });
        continue;
      }
      if (t === T.Equal) {
        this.errorAt(
          "Invalid block definition",
          'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
          tok
        );
      } else if (t === T.Newline) {
        this.errorAt(
          "Invalid block definition",
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
          tok
        );
      } else if (!this.recovery) {
        this.errorAt(
          "Invalid block definition",
          'Either a quoted string block label or an opening brace ("{") is expected here.',
          tok
        );
      }
      this.recoverAfterBodyItem();
      const empty = { start: typeRange.end, end: typeRange.end };
      return {
        type: "Block",
        blockType: this.text(ident),
        typeRange,
        labels,
        body: { type: "Body", items: [], range: empty },
        openBraceRange: empty,
        closeBraceRange: empty,
        range: typeRange
      };
    }
    const openBraceRange = this.tokRange(oBrace);
    let items;
    const first = this.peekType();
    if (!this.enter(oBrace)) {
      this.recover(T.CBrace);
      items = [];
    } else {
      if (first === T.Newline || first === T.EOF || first === T.CBrace) {
        items = this.parseBodyItems(T.CBrace, oBrace);
      } else {
        items = this.parseSingleAttrBody(oBrace);
      }
      this.leave();
    }
    const cBrace = this.prevIndex();
    const closeBraceRange = this.tokRange(cBrace);
    const eol = this.peekIndex();
    const eolType = this.typeAt(eol);
    if (eolType === T.Newline || eolType === T.EOF) {
      this.read();
    } else {
      if (!this.recovery) {
        this.errorAt("Missing newline after block definition", "A block definition must end with a newline.", eol);
      }
      this.recoverAfterBodyItem();
    }
    return {
      type: "Block",
      blockType: this.text(ident),
      typeRange,
      labels: exact(labels),
      body: { type: "Body", items: exact(items), range: SourceRange.span(openBraceRange, closeBraceRange) },
      openBraceRange,
      closeBraceRange,
      range: SourceRange.span(typeRange, closeBraceRange)
    };
  }
  /** `name { arg = value }` on one line: exactly one attribute, then the closing brace. */
  parseSingleAttrBody(oBrace) {
    const items = [];
    const ident = this.read();
    const identType = this.typeAt(ident);
    const next = this.peekIndex();
    const nextType = this.typeAt(next);
    if (identType !== T.Ident) {
      this.recoverAfterBodyItem();
      this.errorAt("Argument or block definition required", "An argument or block definition is required here.", ident);
    } else if (nextType === T.Equal) {
      items.push(this.finishAttribute(ident, true));
    } else if (nextType === T.OQuote || nextType === T.OBrace || nextType === T.Ident) {
      this.recoverAfterBodyItem();
      this.error(
        "Argument definition required",
        `A single-line block definition can contain only a single argument. If you meant to define argument "${this.text(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
        this.starts[ident],
        this.ends[next]
      );
    } else {
      this.recoverAfterBodyItem();
      this.errorAt(
        "Argument or block definition required",
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
        ident
      );
    }
    const close = this.peekIndex();
    switch (this.typeAt(close)) {
      case T.CBrace:
        this.read();
        break;
      case T.Comma:
        this.errorAt(
          "Invalid single-argument block definition",
          "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
          close
        );
        this.recover(T.CBrace);
        break;
      case T.Newline:
        this.errorAt(
          "Invalid single-argument block definition",
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
          close
        );
        this.recover(T.CBrace);
        break;
      default:
        if (!this.recovery) {
          if (this.typeAt(close) === T.EOF) {
            this.errorAt(
              "Unclosed configuration block",
              "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
              oBrace
            );
          } else {
            this.errorAt(
              "Invalid single-argument block definition",
              "A single-line block definition must end with a closing brace immediately after its single argument definition.",
              close
            );
          }
        }
        this.recover(T.CBrace);
    }
    return items;
  }
  /** A quoted block label: no template sequences allowed. */
  parseQuotedLabel() {
    const open = this.read();
    let value = "";
    let endTok = open;
    for (; ; ) {
      const tok = this.read();
      const t = this.typeAt(tok);
      if (t === T.CQuote) {
        endTok = tok;
        break;
      }
      if (t === T.QuotedLit) {
        value += this.decode(tok, true);
        continue;
      }
      if (t === T.TemplateInterp || t === T.TemplateControl) {
        const which = t === T.TemplateControl ? "%" : "$";
        this.error(
          "Invalid string literal",
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          this.starts[tok],
          this.ends[tok]
        );
        value += `${which}{ ... }`;
        this.recover(T.TemplateSeqEnd);
        continue;
      }
      if (t === T.EOF) {
        this.errorAt("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", tok);
        endTok = tok;
        break;
      }
      this.errorAt("Invalid string literal", "This item is not valid in a string literal.", tok);
      this.recover(T.CQuote);
      endTok = tok;
      break;
    }
    return { value, quoted: true, range: this.range(this.starts[open], this.ends[endTok]) };
  }
  /** Decodes a literal token's escapes, reporting bad ones. */
  decode(tok, quoted) {
    this.decodeBase = this.starts[tok];
    return decodeLiteral(this.text(tok), quoted, this.reportLiteralError);
  }
  /** Where the literal being decoded starts: its error offsets are relative to it. */
  decodeBase = 0;
  reportLiteralError = (summary, detail, from, to) => {
    this.error(summary, detail, this.decodeBase + from, this.decodeBase + to);
  };
  reportTemplateError = (summary, detail, from, to) => {
    this.error(summary, detail, from, to);
  };
  // -------------------------------------------------------------------------
  // Expressions
  parseExpression() {
    if (!this.enter()) {
      const at = this.peekIndex();
      return { type: "Invalid", range: this.tokRange(at) };
    }
    const expr = this.parseTernary();
    this.leave();
    return expr;
  }
  parseTernary() {
    const startTok = this.peekIndex();
    const mark = this.mark();
    const cond = this.parseBinary(0);
    if (this.recovery && this.failedSince(mark)) return cond;
    if (this.peekType() !== T.Question) return cond;
    this.read();
    const trueMark = this.mark();
    const trueExpr = this.parseExpression();
    if (this.recovery && this.failedSince(trueMark)) return cond;
    const colon = this.peekIndex();
    if (this.typeAt(colon) !== T.Colon) {
      this.errorAt(
        "Missing false expression in conditional",
        "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
        colon
      );
      return cond;
    }
    this.read();
    const falseMark = this.mark();
    const falseExpr = this.parseExpression();
    if (this.recovery && this.failedSince(falseMark)) return cond;
    return {
      type: "Conditional",
      condition: cond,
      trueExpr,
      falseExpr,
      range: SourceRange.after(this.lines, this.starts[startTok], falseExpr.range)
    };
  }
  /** Binary operators by precedence climbing; same-level operators associate to the left. */
  parseBinary(minLevel) {
    const mark = this.mark();
    let lhs = this.parseExpressionWithTraversals();
    if (this.recovery && this.failedSince(mark)) return lhs;
    for (; ; ) {
      const opTok = this.peekIndex();
      const opType = this.typeAt(opTok);
      const level = BINARY_LEVEL[opType];
      if (level < minLevel) return lhs;
      this.read();
      const rhsMark = this.mark();
      const rhs = this.parseBinary(level + 1);
      lhs = {
        type: "Binary",
        op: BINARY_OP[opType],
        left: lhs,
        right: rhs,
        opRange: this.tokRange(opTok),
        range: SourceRange.span(lhs.range, rhs.range)
      };
      if (this.recovery && this.failedSince(rhsMark)) return lhs;
    }
  }
  parseExpressionWithTraversals() {
    const term = this.parseTerm();
    return this.parseTraversals(term);
  }
  parseTraversals(from) {
    let ret = from;
    for (; ; ) {
      const next = this.peekType();
      if (next === T.Dot) {
        const dot = this.read();
        const attrTok = this.peekIndex();
        const attrType = this.typeAt(attrTok);
        if (attrType === T.Ident) {
          this.read();
          const nameRange = this.tokRange(attrTok);
          ret = { type: "GetAttr", object: ret, name: this.text(attrTok), nameRange, range: SourceRange.span(ret.range, nameRange) };
          continue;
        }
        if (attrType === T.Number) {
          this.read();
          ret = this.legacyIndex(ret, attrTok);
          continue;
        }
        if (attrType === T.Star) {
          ret = this.attrSplat(ret);
          continue;
        }
        this.errorAt("Invalid attribute name", "An attribute name is required after a dot.", attrTok);
        ret = { type: "Invalid", range: SourceRange.until(ret.range, this.lines, this.ends[dot]) };
        this.recovery = true;
        continue;
      }
      if (next === T.OBrack) {
        const open = this.read();
        if (this.peekType() === T.Star) {
          ret = this.fullSplat(ret);
          continue;
        }
        const step = this.indexStep(open);
        if (step.step.type === "Index") {
          ret = { type: "Index", collection: ret, key: step.step.key, legacy: false, range: SourceRange.until(ret.range, this.lines, step.end) };
        }
        continue;
      }
      return ret;
    }
  }
  /** `collection.0`, the legacy index syntax. */
  legacyIndex(collection, numTok) {
    const key = this.legacyKey(numTok, "Use the proper index syntax instead, like");
    return { type: "Index", collection, key, legacy: true, range: SourceRange.until(collection.range, this.lines, this.ends[numTok]) };
  }
  /** `source.*.a.b`: only attribute (and legacy index) steps apply to each element. */
  attrSplat(source) {
    const marker = this.read();
    const inner = this.attrSplatSteps(marker);
    const end = inner.end < 0 ? this.ends[marker] : inner.end;
    return { type: "Splat", kind: "attr", source, steps: exact(inner.steps), range: SourceRange.until(source.range, this.lines, end) };
  }
  /** `source[*]…`: every following traversal step applies to each element. */
  fullSplat(source) {
    const tail = this.fullSplatTail();
    const splat = {
      type: "Splat",
      kind: "full",
      source,
      steps: exact(tail.steps),
      ...tail.nested === void 0 ? {} : { nested: tail.nested },
      range: SourceRange.until(source.range, this.lines, tail.end)
    };
    return splat;
  }
  /**
   * After `[` of `[*]` (the peeker at `*`): the splat marker and every
   * following traversal step. A later splat becomes `nested`.
   */
  fullSplatTail() {
    this.read();
    let close = this.read();
    if (this.typeAt(close) !== T.CBrack && !this.recovery) {
      close = this.recover(T.CBrack);
      this.errorAt(
        "Missing close bracket on splat index",
        'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
        close
      );
    }
    const steps = [];
    let end = this.ends[close];
    if (!this.enter()) return { steps, nested: void 0, end };
    let nested;
    for (; ; ) {
      const next = this.peekType();
      if (next === T.Dot) {
        const dot = this.read();
        const tok = this.peekIndex();
        const t = this.typeAt(tok);
        if (t === T.Ident) {
          this.read();
          steps.push({ type: "GetAttr", name: this.text(tok), range: this.range(this.starts[dot], this.ends[tok]) });
          end = this.ends[tok];
          continue;
        }
        if (t === T.Number) {
          this.read();
          steps.push({ type: "Index", key: this.legacyKey(tok, "Use the proper index syntax instead, like"), range: this.range(this.starts[dot], this.ends[tok]) });
          end = this.ends[tok];
          continue;
        }
        if (t === T.Star) {
          const marker = this.read();
          const inner = this.attrSplatSteps(marker);
          end = inner.end < 0 ? this.ends[marker] : inner.end;
          const more = this.fullSplatRest(inner.steps, end);
          nested = { kind: "attr", steps: exact(inner.steps), ...more.nested === void 0 ? {} : { nested: more.nested }, range: this.range(this.starts[dot], more.end) };
          end = more.end;
          break;
        }
        this.errorAt("Invalid attribute name", "An attribute name is required after a dot.", tok);
        this.recovery = true;
        break;
      }
      if (next === T.OBrack) {
        const bracket = this.read();
        if (this.peekType() === T.Star) {
          const inner = this.fullSplatTail();
          nested = { kind: "full", steps: exact(inner.steps), ...inner.nested === void 0 ? {} : { nested: inner.nested }, range: this.range(this.starts[bracket], inner.end) };
          end = inner.end;
          break;
        }
        const step = this.indexStep(bracket);
        steps.push(step.step);
        end = step.end;
        continue;
      }
      break;
    }
    this.leave();
    return { steps, nested, end };
  }
  /** Index steps (and a further splat) after an attribute-only splat nested in a full splat. */
  fullSplatRest(steps, end) {
    for (; ; ) {
      if (this.peekType() !== T.OBrack) return { nested: void 0, end };
      const bracket = this.read();
      if (this.peekType() === T.Star) {
        const inner = this.fullSplatTail();
        const nested = { kind: "full", steps: exact(inner.steps), ...inner.nested === void 0 ? {} : { nested: inner.nested }, range: this.range(this.starts[bracket], inner.end) };
        return { nested, end: inner.end };
      }
      const step = this.indexStep(bracket);
      steps.push(step.step);
      end = step.end;
    }
  }
  /** `[key]` after its `[` was read. */
  indexStep(open) {
    const openAt = this.starts[open];
    this.pushNewlines(false);
    const mark = this.mark();
    const key = this.parseExpression();
    let close;
    if (this.recovery && this.failedSince(mark)) {
      close = this.recover(T.CBrack);
    } else {
      close = this.read();
      if (this.typeAt(close) !== T.CBrack && !this.recovery) {
        close = this.recover(T.CBrack);
        this.errorAt("Missing close bracket on index", 'The index operator must end with a closing bracket ("]").', close);
      }
    }
    this.popNewlines();
    return { step: { type: "Index", key, range: this.range(openAt, this.ends[close]) }, end: this.ends[close] };
  }
  /**
   * The steps of an attribute-only splat (after `.*`): `.name` and legacy `.0`.
   * hclsyntax blames a bad step on the splat's star (`marker`), not the step.
   */
  attrSplatSteps(marker) {
    const steps = [];
    let end = -1;
    while (this.peekType() === T.Dot) {
      const dot = this.read();
      const tok = this.peekIndex();
      const t = this.typeAt(tok);
      if (t === T.Number) {
        this.read();
        const key = this.legacyKey(tok, "Use the proper index syntax with a full splat expression [*] instead, like", marker);
        steps.push({ type: "Index", key, range: this.range(this.starts[dot], this.ends[tok]) });
        end = this.ends[tok];
        continue;
      }
      if (t !== T.Ident) {
        if (!this.recovery) {
          if (t === T.Star) {
            this.errorAt(
              "Nested splat expression not allowed",
              "A splat expression (*) cannot be used inside another attribute-only splat expression.",
              tok
            );
          } else {
            this.errorAt("Invalid attribute name", "An attribute name is required after a dot.", marker);
          }
        }
        this.recovery = true;
        break;
      }
      this.read();
      steps.push({ type: "GetAttr", name: this.text(tok), range: this.range(this.starts[dot], this.ends[tok]) });
      end = this.ends[tok];
    }
    return { steps, end };
  }
  /** The key of a legacy index `.0`; a token like `0.1` (two chained indexes) is an error, reported at `blame`. */
  legacyKey(numTok, advice, blame = numTok) {
    const raw = this.text(numTok);
    const dotAt = raw.indexOf(".");
    if (dotAt >= 0) {
      this.errorAt(
        "Invalid legacy index syntax",
        `When using the legacy index syntax, chaining two indexes together is not permitted. ${advice} [${raw.slice(0, dotAt)}][${raw.slice(dotAt + 1)}].`,
        blame
      );
      return { type: "Invalid", range: this.tokRange(numTok) };
    }
    return this.numberLiteral(numTok);
  }
  numberLiteral(tok) {
    const raw = this.text(tok);
    const range = this.tokRange(tok);
    if (!VALID_NUMBER.test(raw)) {
      this.errorAt("Invalid number literal", "Failed to recognize the value of this number literal.", tok);
      return { type: "Invalid", range };
    }
    return { type: "Literal", value: Number(raw), raw, range };
  }
  parseTerm() {
    const start = this.peekIndex();
    switch (this.typeAt(start)) {
      case T.OParen: {
        this.read();
        const openAt = this.starts[start];
        this.pushNewlines(false);
        const mark = this.mark();
        const expr = this.parseExpression();
        if (this.failedSince(mark)) {
          this.recover(T.CParen);
          this.popNewlines();
          return expr;
        }
        const close = this.peekIndex();
        if (this.typeAt(close) !== T.CParen) {
          this.error(
            "Unbalanced parentheses",
            "Expected a closing parenthesis to terminate the expression.",
            this.starts[close],
            this.ends[close]
          );
          this.recovery = true;
        }
        const cParen = this.read();
        this.popNewlines();
        return { type: "Parentheses", expr, range: this.range(openAt, this.ends[cParen]) };
      }
      case T.Number:
        this.read();
        return this.numberLiteral(start);
      case T.Ident: {
        this.read();
        const after = this.peekType();
        if (after === T.OParen || after === T.DoubleColon) return this.finishFunctionCall(start);
        const name = this.text(start);
        const range = this.tokRange(start);
        switch (name) {
          case "true":
            return { type: "Literal", value: true, raw: name, range };
          case "false":
            return { type: "Literal", value: false, raw: name, range };
          case "null":
            return { type: "Literal", value: null, raw: name, range };
          default:
            return { type: "Variable", name, range };
        }
      }
      case T.OQuote:
      case T.OHeredoc:
        return this.parseTemplateExpr();
      case T.Minus:
      case T.Bang: {
        this.read();
        if (!this.enter()) return { type: "Invalid", range: this.tokRange(start) };
        const operand = this.parseExpressionWithTraversals();
        this.leave();
        return {
          type: "Unary",
          op: this.typeAt(start) === T.Minus ? "-" : "!",
          operand,
          range: SourceRange.after(this.lines, this.starts[start], operand.range)
        };
      }
      case T.OBrack:
        return this.parseTuple();
      case T.OBrace:
        return this.parseObject();
      default: {
        if (!this.recovery) {
          if (this.typeAt(start) === T.EOF) {
            this.errorAt("Missing expression", "Expected the start of an expression, but found the end of the file.", start);
          } else {
            this.errorAt("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", start);
          }
        }
        this.recovery = true;
        return { type: "Invalid", range: this.tokRange(start) };
      }
    }
  }
  finishFunctionCall(nameTok) {
    let open = this.read();
    let name = this.text(nameTok);
    let nameEnd = this.ends[nameTok];
    while (this.typeAt(open) === T.DoubleColon) {
      const next = this.read();
      if (this.typeAt(next) !== T.Ident) {
        this.errorAt("Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.", next);
        this.recoverOver(T.OParen);
        return { type: "Invalid", range: this.range(this.starts[nameTok], this.ends[next]) };
      }
      name += "::" + this.text(next);
      nameEnd = this.ends[next];
      open = this.read();
    }
    const nameRange = this.range(this.starts[nameTok], nameEnd);
    if (this.typeAt(open) !== T.OParen) {
      this.errorAt("Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.", open);
      this.recoverOver(T.OParen);
      return { type: "Invalid", range: this.range(this.starts[nameTok], this.ends[open]) };
    }
    const args = [];
    let expandFinal = false;
    let close = -1;
    this.pushNewlines(false);
    for (; ; ) {
      if (this.peekType() === T.CParen) {
        close = this.read();
        break;
      }
      const mark = this.mark();
      const arg = this.parseExpression();
      args.push(arg);
      if (this.recovery && this.failedSince(mark)) {
        const recovered = this.recover(T.CParen);
        if (this.typeAt(recovered) === T.CParen) close = recovered;
        break;
      }
      const sep8 = this.read();
      const sepType = this.typeAt(sep8);
      if (sepType === T.CParen) {
        close = sep8;
        break;
      }
      if (sepType === T.Ellipsis) {
        expandFinal = true;
        if (this.peekType() !== T.CParen) {
          if (!this.recovery) {
            this.errorAt(
              "Missing closing parenthesis",
              "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
              sep8
            );
          }
          close = this.recover(T.CParen);
        } else {
          close = this.read();
        }
        break;
      }
      if (sepType !== T.Comma) {
        if (sepType === T.EOF) {
          this.error(
            "Unterminated function call",
            "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
            this.starts[nameTok],
            this.ends[open]
          );
        } else {
          this.errorAt("Missing argument separator", "A comma is required to separate each function argument from the next.", sep8);
        }
        close = this.recover(T.CParen);
        break;
      }
      if (this.peekType() === T.CParen) {
        close = this.read();
        break;
      }
    }
    this.popNewlines();
    const endOffset = close >= 0 ? this.ends[close] : this.ends[this.prevIndex()];
    const call = {
      type: "FunctionCall",
      name,
      nameRange,
      args: exact(args),
      expandFinal,
      range: SourceRange.until(nameRange, this.lines, endOffset)
    };
    return call;
  }
  parseTuple() {
    const open = this.read();
    const openAt = this.starts[open];
    this.pushNewlines(false);
    try {
      if (this.isKeyword(this.peekIndex(), "for")) return this.finishFor(open, false);
      const items = [];
      let close;
      for (; ; ) {
        if (this.peekType() === T.CBrack) {
          close = this.read();
          break;
        }
        const mark = this.mark();
        items.push(this.parseExpression());
        if (this.recovery && this.failedSince(mark)) {
          close = this.recover(T.CBrack);
          break;
        }
        const next = this.peekIndex();
        const nextType = this.typeAt(next);
        if (nextType === T.CBrack) {
          close = this.read();
          break;
        }
        if (nextType !== T.Comma) {
          if (!this.recovery) {
            if (nextType === T.EOF) {
              this.errorAt(
                "Unterminated tuple constructor expression",
                "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
                open
              );
            } else {
              this.errorAt("Missing item separator", "Expected a comma to mark the beginning of the next item.", next);
            }
          }
          close = this.recover(T.CBrack);
          break;
        }
        this.read();
      }
      return { type: "Tuple", items: exact(items), range: this.range(openAt, this.ends[close]) };
    } finally {
      this.popNewlines();
    }
  }
  parseObject() {
    const open = this.read();
    const openAt = this.starts[open];
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.peekIndex(), "for");
    this.popNewlines();
    if (isFor) {
      this.pushNewlines(false);
      try {
        return this.finishFor(open, true);
      } finally {
        this.popNewlines();
      }
    }
    this.pushNewlines(true);
    const items = [];
    let close;
    try {
      for (; ; ) {
        const first = this.peekType();
        if (first === T.Newline) {
          this.read();
          continue;
        }
        if (first === T.CBrace) {
          close = this.read();
          break;
        }
        const keyMark = this.mark();
        const key = this.parseExpression();
        if (this.recovery && this.failedSince(keyMark)) {
          close = this.recover(T.CBrace);
          break;
        }
        const sep8 = this.peekIndex();
        const sepType = this.typeAt(sep8);
        if (sepType !== T.Equal && sepType !== T.Colon) {
          if (!this.recovery) {
            switch (sepType) {
              case T.Newline:
              case T.Comma:
                this.errorAt("Missing attribute value", 'Expected an attribute value, introduced by an equals sign ("=").', sep8);
                break;
              case T.Ident:
                this.errorAt(
                  "Missing key/value separator",
                  'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
                  sep8
                );
                break;
              case T.EOF:
                this.errorAt(
                  "Unterminated object constructor expression",
                  "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                  open
                );
                break;
              default:
                this.errorAt("Missing key/value separator", 'Expected an equals sign ("=") to mark the beginning of the attribute value.', sep8);
            }
          }
          close = this.recover(T.CBrace);
          break;
        }
        this.read();
        const valueMark = this.mark();
        const value = this.parseExpression();
        const item = {
          type: "ObjectItem",
          key,
          value,
          separator: sepType === T.Equal ? "=" : ":",
          range: SourceRange.span(key.range, value.range)
        };
        if (this.recovery && this.failedSince(valueMark)) {
          items.push(item);
          close = this.recover(T.CBrace);
          break;
        }
        items.push(item);
        const next = this.peekIndex();
        const nextType = this.typeAt(next);
        if (nextType === T.CBrace) {
          close = this.read();
          break;
        }
        if (nextType !== T.Comma && nextType !== T.Newline) {
          if (!this.recovery) {
            if (nextType === T.EOF) {
              this.errorAt(
                "Unterminated object constructor expression",
                "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                open
              );
            } else {
              this.errorAt("Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.", next);
            }
          }
          close = this.recover(T.CBrace);
          break;
        }
        this.read();
      }
    } finally {
      this.popNewlines();
    }
    return { type: "Object", items: exact(items), range: this.range(openAt, this.ends[close]) };
  }
  isKeyword(tok, word) {
    return this.typeAt(tok) === T.Ident && this.ends[tok] - this.starts[tok] === word.length && this.text(tok) === word;
  }
  /** The rest of `[for …]` or `{for …}` after the opening bracket. */
  finishFor(open, makeObject) {
    this.pushNewlines(false);
    try {
      this.read();
      const closeType = makeObject ? T.CBrace : T.CBrack;
      const openAt = this.starts[open];
      const fail = (detail) => {
        const at = this.peekIndex();
        if (!this.recovery) this.errorAt("Invalid 'for' expression", detail, at);
        const close2 = this.recover(closeType);
        return { type: "Invalid", range: this.range(openAt, this.ends[close2]) };
      };
      if (this.peekType() !== T.Ident) return fail("For expression requires variable name after 'for'.");
      let valueVar = this.text(this.read());
      let keyVar;
      if (this.peekType() === T.Comma) {
        keyVar = valueVar;
        this.read();
        if (this.peekType() !== T.Ident) return fail("For expression requires value variable name after comma.");
        valueVar = this.text(this.read());
      }
      if (!this.isKeyword(this.peekIndex(), "in")) return fail("For expression requires the 'in' keyword after its name declarations.");
      this.read();
      const collMark = this.mark();
      const collection = this.parseExpression();
      if (this.recovery && this.failedSince(collMark)) {
        const close2 = this.recover(closeType);
        return { type: "Invalid", range: this.range(openAt, this.ends[close2]) };
      }
      if (this.peekType() !== T.Colon) return fail("For expression requires a colon after the collection expression.");
      this.read();
      const valueMark = this.mark();
      let valueExpr = this.parseExpression();
      let keyExpr;
      if (this.peekType() === T.FatArrow) {
        this.read();
        keyExpr = valueExpr;
        valueExpr = this.parseExpression();
      }
      if (this.recovery && this.failedSince(valueMark)) {
        const close2 = this.recover(closeType);
        return { type: "Invalid", range: this.range(openAt, this.ends[close2]) };
      }
      let grouping = false;
      let ellipsis = -1;
      if (this.peekType() === T.Ellipsis) {
        ellipsis = this.read();
        grouping = true;
      }
      let condition;
      if (this.isKeyword(this.peekIndex(), "if")) {
        this.read();
        const condMark = this.mark();
        condition = this.parseExpression();
        if (this.recovery && this.failedSince(condMark)) {
          const close2 = this.recover(closeType);
          return { type: "Invalid", range: this.range(openAt, this.ends[close2]) };
        }
      }
      let close;
      if (this.peekType() === closeType) {
        close = this.read();
      } else {
        if (!this.recovery) this.errorAt("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", this.peekIndex());
        close = this.recover(closeType);
      }
      if (!makeObject) {
        if (keyExpr !== void 0) {
          this.errorIn("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpr.range);
        }
        if (grouping) {
          this.errorAt("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis);
        }
      } else if (keyExpr === void 0) {
        this.errorIn("Invalid 'for' expression", "Key expression is required when building an object.", valueExpr.range);
      }
      const expr = {
        type: "For",
        kind: makeObject ? "object" : "tuple",
        keyVar,
        valueVar,
        collection,
        keyExpr: makeObject ? keyExpr : void 0,
        valueExpr,
        condition,
        grouping,
        range: this.range(openAt, this.ends[close])
      };
      return expr;
    } finally {
      this.popNewlines();
    }
  }
  // -------------------------------------------------------------------------
  // Templates
  parseTemplateExpr() {
    const open = this.read();
    const openAt = this.starts[open];
    const isHeredoc = this.typeAt(open) === T.OHeredoc;
    let heredoc;
    let flush = false;
    if (isHeredoc) {
      const intro = this.text(open);
      flush = intro.charCodeAt(2) === 45;
      let marker = intro.slice(flush ? 3 : 2);
      marker = marker.slice(0, marker.endsWith("\r\n") ? -2 : -1);
      heredoc = { marker, stripIndent: flush };
    }
    const simple = isHeredoc ? void 0 : this.simpleQuotedParts();
    const parts = simple ?? this.parseTemplateParts(isHeredoc ? T.CHeredoc : T.CQuote, flush);
    const last = this.prevIndex();
    return {
      type: "Template",
      kind: isHeredoc ? "heredoc" : "quoted",
      heredoc,
      parts,
      range: this.range(openAt, Math.max(this.ends[last], this.ends[open]))
    };
  }
  /**
   * Fast path for the commonest strings, `""` and `"text"` (one literal
   * token, no sequences): their parts, with the closing quote consumed.
   */
  simpleQuotedParts() {
    const i = this.idx;
    const types = this.types;
    if (types[i] === T.CQuote) {
      this.idx = i + 1;
      return [];
    }
    if (types[i] !== T.QuotedLit || types[i + 1] !== T.CQuote) return void 0;
    this.idx = i + 2;
    let value = this.decode(i, true);
    if (MAY_NEED_NFC.test(value)) value = value.normalize("NFC");
    return [{ type: "TemplateLiteral", value, range: this.tokRange(i) }];
  }
  /** Parses template content up to the token `end` (consumed), into parts. */
  parseTemplateParts(end, flush) {
    const flat2 = [];
    const startTok = this.peekIndex();
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    let endTok;
    for (; ; ) {
      const next = this.read();
      const t = this.typeAt(next);
      if (t === end) {
        endTok = next;
        break;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (t === T.StringLit || t === T.QuotedLit) {
        let val = this.decode(next, t === T.QuotedLit);
        if (ltrim) val = trimLeftSpace(val);
        flat2.push({ k: "lit", val, start: this.starts[next], end: this.ends[next], range: this.tokRange(next) });
        nextCanTrimPrev = true;
        continue;
      }
      if (t === T.TemplateInterp) {
        const stripLeft = this.ends[next] - this.starts[next] === 3;
        if (canTrimPrev && stripLeft) this.trimPrevious(flat2);
        this.pushNewlines(false);
        const expr = this.parseExpression();
        const close = this.peekIndex();
        let stripRight = false;
        if (this.typeAt(close) !== T.TemplateSeqEnd) {
          if (!this.recovery) this.reportUnclosedInterp(close, end, startTok);
          this.recover(T.TemplateSeqEnd);
        } else {
          this.read();
          if (this.ends[close] - this.starts[close] === 2) {
            ltrimNext = true;
            stripRight = true;
          }
        }
        this.popNewlines();
        const from = this.starts[next];
        const to = Math.max(this.ends[this.prevIndex()], this.ends[next]);
        flat2.push({ k: "interp", expr, stripLeft, stripRight, start: from, end: to, range: this.range(from, to) });
        continue;
      }
      if (t === T.TemplateControl) {
        if (canTrimPrev && this.ends[next] - this.starts[next] === 3) this.trimPrevious(flat2);
        this.pushNewlines(false);
        const directive = this.parseDirective(next);
        if (directive === void 0) {
          this.popNewlines();
          continue;
        }
        const close = this.peekIndex();
        if (this.typeAt(close) !== T.TemplateSeqEnd) {
          if (!this.recovery) {
            this.error(
              `Extra characters in ${directive.keyword} marker`,
              "Expected a closing brace to end the sequence, but found extra characters.",
              this.starts[close],
              this.ends[close]
            );
          }
          this.recover(T.TemplateSeqEnd);
        } else {
          this.read();
          if (this.ends[close] - this.starts[close] === 2) ltrimNext = true;
        }
        this.popNewlines();
        flat2.push(directive.token);
        continue;
      }
      if (!this.recovery) {
        this.errorAt("Unterminated template string", "No closing marker was found for the string.", next);
      }
      this.idx = next;
      endTok = this.recover(end);
      break;
    }
    flat2.push({ k: "end", start: this.starts[endTok], end: this.ends[endTok], range: this.tokRange(endTok) });
    if (flush) flushHeredoc(flat2, this.lines);
    const melded = meldLiterals(flat2);
    const builder = new TemplateTreeBuilder(melded, this.lines, this.filename, this.reportTemplateError);
    return builder.buildRoot();
  }
  trimPrevious(flat2) {
    const prev = flat2[flat2.length - 1];
    if (prev !== void 0 && prev.k === "lit") prev.val = trimRightSpace(prev.val);
  }
  reportUnclosedInterp(close, end, startTok) {
    const t = this.typeAt(close);
    if (t === T.EOF) {
      this.errorAt(
        "Unclosed template interpolation sequence",
        "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
        startTok
      );
    } else if (t === T.Colon) {
      this.errorAt(
        "Extra characters after interpolation expression",
        'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
        close
      );
    } else if ((t === T.CQuote || t === T.OQuote) && end === T.CQuote) {
      this.errorAt(
        "Unclosed template interpolation sequence",
        "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
        startTok
      );
    } else {
      this.errorAt(
        "Extra characters after interpolation expression",
        'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
        close
      );
    }
  }
  /** The inside of a `%{ … }` directive, up to (not including) its closing brace. */
  parseDirective(open) {
    const kw = this.peekIndex();
    if (this.typeAt(kw) !== T.Ident) {
      if (!this.recovery) {
        this.errorAt(
          "Invalid template directive",
          'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
          kw
        );
      }
      this.recover(T.TemplateSeqEnd);
      return void 0;
    }
    this.read();
    const keyword2 = this.text(kw);
    const start = this.starts[open];
    const endHere = () => this.ends[this.peekIndex()];
    switch (keyword2) {
      case "if": {
        const cond = this.parseExpression();
        return { token: { k: "if", cond, start, end: endHere(), range: this.range(start, endHere()) }, keyword: keyword2 };
      }
      case "else":
      case "endif":
      case "endfor":
        return { token: { k: keyword2, start, end: endHere(), range: this.range(start, endHere()) }, keyword: keyword2 };
      case "for": {
        const failFor = (detail) => {
          if (!this.recovery) this.errorAt("Invalid 'for' directive", detail, this.peekIndex());
          this.recover(T.TemplateSeqEnd);
          return void 0;
        };
        if (this.peekType() !== T.Ident) return failFor("For directive requires variable name after 'for'.");
        let valVar = this.text(this.read());
        let keyVar;
        if (this.peekType() === T.Comma) {
          keyVar = valVar;
          this.read();
          if (this.peekType() !== T.Ident) return failFor("For directive requires value variable name after comma.");
          valVar = this.text(this.read());
        }
        if (!this.isKeyword(this.peekIndex(), "in")) return failFor("For directive requires 'in' keyword after names.");
        this.read();
        const coll = this.parseExpression();
        return { token: { k: "for", keyVar, valVar, coll, start, end: endHere(), range: this.range(start, endHere()) }, keyword: keyword2 };
      }
      default: {
        if (!this.recovery) {
          const suggestion = suggest(keyword2, ["if", "for", "else", "endif", "endfor"]);
          this.errorAt(
            "Invalid template control keyword",
            `"${keyword2}" is not a valid template control keyword.${suggestion === void 0 ? "" : ` Did you mean "${suggestion}"?`}`,
            kw
          );
        }
        this.recover(T.TemplateSeqEnd);
        return void 0;
      }
    }
  }
  /** The whole input as a bare template (hclsyntax's ParseTemplate). */
  parseBareTemplate() {
    const parts = this.parseTemplateParts(T.EOF, false);
    return {
      type: "Template",
      kind: "quoted",
      heredoc: void 0,
      parts,
      range: this.range(0, this.src.length)
    };
  }
  /** The whole input as one expression (hclsyntax's ParseExpression). */
  parseWholeExpression() {
    this.pushNewlines(false);
    const expr = this.parseExpression();
    const next = this.peekIndex();
    if (this.typeAt(next) !== T.EOF && !this.recovery) {
      this.errorAt("Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.", next);
    }
    this.popNewlines();
    return expr;
  }
};
function setup(source, filename, mode, base) {
  const lines = new LineIndex(source, base);
  const bodyStart = mode === "main" && source.charCodeAt(0) === 65279 ? 1 : 0;
  const { tokens, comments, suspicious } = scan(source, bodyStart, mode, lines);
  const parser = new Parser(source, tokens, lines, filename);
  const lexDiags = [];
  if (suspicious) checkInvalidTokens(source, tokens, lines, lexDiags);
  return { parser, comments, lexDiags, bodyStart, tokens, lines };
}
function parseNative(source, filename) {
  const { parser, comments, lexDiags, bodyStart, tokens } = setup(source, filename, "main");
  const body = parser.parseFile(bodyStart);
  recycleTokens(tokens);
  const file = {
    filename,
    source,
    syntax: "native",
    body,
    comments,
    diagnostics: [...lexDiags, ...parser.diags]
  };
  return file;
}
function parseTemplateText(text, filename, start) {
  const { parser, lexDiags, tokens } = setup(text, filename, "template", start);
  const expr = parser.parseBareTemplate();
  recycleTokens(tokens);
  return { expr, diagnostics: [...lexDiags, ...parser.diags] };
}
function parseExpressionText(text, filename, start) {
  const { parser, lexDiags, tokens } = setup(text, filename, "main", start);
  const expr = parser.parseWholeExpression();
  recycleTokens(tokens);
  return { expr, diagnostics: [...lexDiags, ...parser.diags] };
}

// src/eval/functions/hash.ts
import { createHash } from "node:crypto";
function digest(algorithm, text, encoding) {
  return createHash(algorithm).update(Buffer.from(text, "utf8")).digest(encoding);
}
var NAMESPACES = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
function uuidv5(namespace, name) {
  const ns = NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(ns)) {
    throw new EvalError(`uuidv5 namespace must be dns, url, oid, x500 or a UUID`);
  }
  const bytes = createHash("sha1").update(Buffer.from(ns.replace(/-/g, ""), "hex")).update(Buffer.from(name, "utf8")).digest().subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var hashFunctions = {
  md5: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("md5", str(s), "hex")) },
  sha1: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha1", str(s), "hex")) },
  sha256: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha256", str(s), "hex")) },
  sha512: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha512", str(s), "hex")) },
  base64sha256: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha256", str(s), "base64")) },
  base64sha512: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha512", str(s), "base64")) },
  uuidv5: { params: 2, returns: "string", impl: ([ns, name]) => stringValue(uuidv5(str(ns), str(name))) }
};

// src/eval/functions/regex.ts
var loaded2;
function re2() {
  loaded2 ??= __require("./vendor-re2js.cjs");
  return loaded2;
}
var compiled = /* @__PURE__ */ new Map();
var CACHED_LENGTH = 4096;
var CACHED_PATTERNS = 256;
function compilePattern(source) {
  const found = compiled.get(source);
  if (found) return found;
  const pattern = compile(source);
  if (source.length <= CACHED_LENGTH) {
    if (compiled.size >= CACHED_PATTERNS) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern;
}
function compile(source) {
  const { RE2JS, RE2JSException } = re2();
  let re;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    if (e instanceof RE2JSException) throw new EvalError(e.message);
    throw e;
  }
  const names = Array.from({ length: re.groupCount() }, () => "");
  for (const [name, index] of Object.entries(re.namedGroups())) names[index - 1] = name;
  return { re, names };
}
function hasMatch(pattern, input) {
  return pattern.re.test(input);
}
function findMatches(pattern, input, all, limit = Infinity) {
  const m = pattern.re.matcher(input);
  const groupCount = pattern.names.length;
  const out = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= input.length && out.length < limit) {
    if (!m.find(pos)) break;
    const start = m.start();
    const end = m.end();
    let accept = true;
    if (end === pos) {
      if (start === prevEnd) accept = false;
      const cp = input.codePointAt(pos);
      pos += cp !== void 0 && cp > 65535 ? 2 : 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (!accept) continue;
    const groups = [];
    for (let g = 1; g <= groupCount; g++) groups.push(m.group(g));
    out.push({ start, end, text: input.slice(start, end), groups });
    if (!all) break;
  }
  return out;
}
function expandReplacement(template, match, names) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    let name;
    let len = 0;
    const braced = /^\$\{([A-Za-z0-9_]+)\}/.exec(template.slice(i));
    if (braced) {
      name = braced[1];
      len = braced[0].length;
    } else {
      const bare = /^\$([A-Za-z0-9_]+)/.exec(template.slice(i));
      if (bare) {
        name = bare[1];
        len = bare[0].length;
      }
    }
    if (name === void 0) {
      out += "$";
      i++;
      continue;
    }
    i += len;
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n === 0) out += match.text;
      else out += match.groups[n - 1] ?? "";
    } else {
      const idx = names.indexOf(name);
      if (idx >= 0) out += match.groups[idx] ?? "";
    }
  }
  return out;
}
function replaceAll(pattern, input, matches, template, maxLength) {
  let out = "";
  let last = 0;
  for (const m of matches) {
    out += input.slice(last, m.start);
    out += expandReplacement(template, m, pattern.names);
    last = m.end;
    if (out.length > maxLength) throw new EvalError("result too large");
  }
  return out + input.slice(last);
}

// src/eval/functions/filesystem.ts
function read(call, path9, binaryOk) {
  const r = call.ctx.scope.readFile(path9, call.origin);
  if (r.ok) return { text: r.text, path: r.path };
  if (r.kind === "escape") return unknownValue("string", r.reason);
  if (r.kind === "binary" && binaryOk) return unknownValue("string", "file is not UTF-8 text");
  throw new EvalError(r.reason);
}
function isValue(x) {
  return "kind" in x;
}
function fileDigest(algorithm, encoding) {
  return {
    params: 1,
    returns: "string",
    impl: ([p], call) => {
      const r = read(call, str(p, "path"), true);
      return isValue(r) ? r : stringValue(digest(algorithm, r.text, encoding));
    }
  };
}
function basename(p) {
  if (p === "") return ".";
  const trimmed2 = p.replace(/\/+$/, "");
  if (trimmed2 === "") return "/";
  return trimmed2.slice(trimmed2.lastIndexOf("/") + 1);
}
function dirname2(p) {
  const i = p.lastIndexOf("/");
  const dir = i < 0 ? "" : p.slice(0, i + 1);
  if (dir === "") return ".";
  const cleaned = dir.replace(/\/+$/, "");
  return cleaned === "" ? "/" : cleaned;
}
var IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
function templateVariables(vars) {
  const bindings = /* @__PURE__ */ new Map();
  for (const [k, v] of obj(vars, "template variables").entries) {
    if (!IDENTIFIER.test(k)) throw new EvalError(`invalid template variable name "${k}"`);
    bindings.set(k, v);
  }
  return bindings;
}
function globPattern(glob) {
  let out = "";
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) throw new EvalError("unterminated [ in fileset pattern");
      const body = glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
      out += `[${body}]`;
      i = end;
    } else if (c === "{") {
      inBraces = true;
      out += "(?:";
    } else if (c === "}" && inBraces) {
      inBraces = false;
      out += ")";
    } else if (c === "," && inBraces) out += "|";
    else if (c === "\\" && i + 1 < glob.length) out += "\\" + glob[++i];
    else out += /[.+^$()|\]\\/{}]/.test(c) ? "\\" + c : c;
  }
  return compilePattern(`^${out}$`);
}
function cleanRelative(dir) {
  return dir.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
var filesystemFunctions = {
  file: {
    params: 1,
    returns: "string",
    impl: ([p], call) => {
      const r = read(call, str(p, "path"), false);
      return isValue(r) ? r : stringValue(r.text);
    }
  },
  fileexists: {
    params: 1,
    returns: "bool",
    impl: ([p], call) => {
      const exists = call.ctx.scope.fileExists(str(p, "path"), call.origin);
      return exists === void 0 ? unknownValue("bool", "path outside the scanned root") : boolValue(exists);
    }
  },
  filebase64: {
    params: 1,
    returns: "string",
    impl: ([p], call) => {
      const r = read(call, str(p, "path"), true);
      return isValue(r) ? r : stringValue(Buffer.from(r.text, "utf8").toString("base64"));
    }
  },
  filemd5: fileDigest("md5", "hex"),
  filesha1: fileDigest("sha1", "hex"),
  filesha256: fileDigest("sha256", "hex"),
  filesha512: fileDigest("sha512", "hex"),
  filebase64sha256: fileDigest("sha256", "base64"),
  filebase64sha512: fileDigest("sha512", "base64"),
  templatefile: {
    params: 2,
    returns: "any",
    partial: true,
    impl: ([p, vars], call) => {
      if (p.kind === "unknown" || vars.kind === "unknown") return unknownValue("any", "argument not known");
      if (call.ctx.mode === "template") {
        call.ctx.scope.report({
          severity: "warning",
          summary: "Recursive templatefile call",
          detail: "templatefile cannot be called from inside a template, as in Terraform; the value is treated as unknown.",
          origin: call.origin
        });
        throw new EvalError("cannot recursively call templatefile from inside templatefile");
      }
      const bindings = templateVariables(vars);
      const r = read(call, str(p, "path"), false);
      if (isValue(r)) return r;
      const parsed = parseTemplateText(r.text, r.path);
      if (parsed.diagnostics.some((d) => d.severity === "error")) throw new EvalError("template has syntax errors");
      return call.renderTemplate(parsed.expr, r.path, bindings);
    }
  },
  fileset: {
    params: 2,
    returns: "tuple",
    impl: ([p, pat], call) => {
      const base = str(p, "path");
      const pattern = str(pat, "pattern");
      const slash = pattern.lastIndexOf("/");
      const dirPart = slash < 0 ? "" : pattern.slice(0, slash);
      const filePart = pattern.slice(slash + 1);
      if (/[*?[{\\]/.test(dirPart) || filePart.includes("**")) return unknownValue("tuple", "fileset pattern with wildcard directories");
      const names = call.ctx.scope.listFiles(dirPart === "" ? base : `${base}/${dirPart}`, call.origin);
      if (names === void 0) return unknownValue("tuple", "path outside the scanned root");
      let work = Math.ceil(filePart.length / STEP_PATTERN_CHARS);
      for (const n of names) work += Math.ceil((n.length + 1) / STEP_CHARS);
      if (!chargeSteps(call.ctx, work, call.origin)) return unknownValue("tuple", "evaluation budget exceeded");
      const glob = globPattern(filePart);
      const prefix = dirPart === "" ? "" : `${cleanRelative(dirPart)}/`;
      return setValue(names.filter((n) => hasMatch(glob, n)).map((n) => stringValue(prefix + n)));
    }
  },
  templatestring: {
    params: 2,
    returns: "any",
    partial: true,
    impl: ([t, vars], call) => {
      if (t.kind === "unknown" || vars.kind === "unknown") return unknownValue("any", "argument not known");
      const bindings = templateVariables(vars);
      const parsed = parseTemplateText(str(t, "template"), call.origin.file);
      if (parsed.diagnostics.some((d) => d.severity === "error")) throw new EvalError("template has syntax errors");
      return stripOrigins(call.renderTemplate(parsed.expr, call.origin.file, bindings));
    }
  },
  basename: { params: 1, returns: "string", impl: ([p]) => stringValue(basename(str(p))) },
  dirname: { params: 1, returns: "string", impl: ([p]) => stringValue(dirname2(str(p))) }
};

// src/eval/functions/network.ts
function parseIPv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  let acc = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return void 0;
    const n = Number(p);
    if (n > 255) return void 0;
    acc = acc << 8n | BigInt(n);
  }
  return acc;
}
function parseIPv6(s) {
  let text = s;
  const lastColon = text.lastIndexOf(":");
  if (lastColon < 0) return void 0;
  if (text.slice(lastColon + 1).includes(".")) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === void 0) return void 0;
    text = text.slice(0, lastColon + 1) + (v4 >> 16n).toString(16) + ":" + (v4 & 0xffffn).toString(16);
  }
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const parseGroups = (h) => {
    if (h === "") return [];
    const out = [];
    for (const g of h.split(":")) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return void 0;
      out.push(BigInt(parseInt(g, 16)));
    }
    return out;
  };
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return void 0;
  let groups;
  if (halves.length === 2) {
    if (head.length + tail.length > 7) return void 0;
    groups = [...head, ...Array(8 - head.length - tail.length).fill(0n), ...tail];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return void 0;
  return groups.reduce((acc, g) => acc << 16n | g, 0n);
}
function parseCidr(s) {
  const slash = s.indexOf("/");
  if (slash < 0) throw new EvalError(`invalid CIDR address "${s}"`);
  const ip = s.slice(0, slash);
  const lenText = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lenText)) throw new EvalError(`invalid CIDR address "${s}"`);
  const prefix = Number(lenText);
  const v4 = ip.includes(":") ? void 0 : parseIPv4(ip);
  const v6 = v4 === void 0 ? parseIPv6(ip) : void 0;
  const bits = v4 !== void 0 ? 32 : 128;
  const addr = v4 ?? v6;
  if (addr === void 0 || prefix > bits) throw new EvalError(`invalid CIDR address "${s}"`);
  return { addr: addr & mask(prefix, bits), prefix, bits };
}
function mask(prefix, bits) {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ (1n << BigInt(bits - prefix)) - 1n;
}
function formatIPv4(a) {
  return [24n, 16n, 8n, 0n].map((s) => String(a >> s & 0xffn)).join(".");
}
function formatIPv6(a) {
  if (a >> 32n === 0xffffn) return formatIPv4(a & 0xffffffffn);
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number(a >> BigInt(i * 16) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return hex.slice(0, bestStart).join(":") + "::" + hex.slice(bestStart + bestLen).join(":");
}
function formatAddr(a, bits) {
  return bits === 32 ? formatIPv4(a) : formatIPv6(a);
}
function subnet(net, newbits, netnum) {
  const prefix = net.prefix + newbits;
  if (newbits < 0) throw new EvalError("newbits must not be negative");
  if (prefix > net.bits) throw new EvalError(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) {
    throw new EvalError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  }
  return { addr: net.addr | netnum << BigInt(net.bits - prefix), prefix, bits: net.bits };
}
function cidrString(n) {
  return `${formatAddr(n.addr, n.bits)}/${n.prefix}`;
}
function lastAddress(n) {
  return n.addr | (1n << BigInt(n.bits - n.prefix)) - 1n;
}
function subnets(net, lengths) {
  const space = 1n << BigInt(net.bits);
  const wrap = (a) => (a % space + space) % space;
  let current = { addr: wrap(net.addr - 1n) & mask(net.prefix, net.bits), prefix: net.prefix, bits: net.bits };
  const out = [];
  for (const extra of lengths) {
    if (extra < 1) throw new EvalError("must extend prefix by at least one bit");
    if (extra > 32) throw new EvalError("may not extend prefix by more than 32 bits");
    const length = net.prefix + extra;
    if (length > net.bits) throw new EvalError(`would extend prefix to ${length} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
    const m = mask(length, net.bits);
    const currentSubnet = { addr: lastAddress(current) & m, prefix: length, bits: net.bits };
    const last = wrap(lastAddress(currentSubnet) + 1n);
    const next = { addr: last & m, prefix: length, bits: net.bits };
    if (last === 0n || (next.addr & mask(net.prefix, net.bits)) !== net.addr) {
      throw new EvalError(`not enough remaining address space for a subnet with a prefix of ${length} bits after ${cidrString(current)}`);
    }
    current = next;
    out.push(stringValue(cidrString(current)));
  }
  return out;
}
var networkFunctions = {
  cidrsubnet: {
    params: 3,
    returns: "string",
    impl: ([p, nb, nn]) => stringValue(cidrString(subnet(parseCidr(str(p)), int(nb, "newbits"), BigInt(int(nn, "netnum")))))
  },
  cidrhost: {
    params: 2,
    returns: "string",
    impl: ([p, h]) => {
      const net = parseCidr(str(p));
      const hostnum = BigInt(int(h, "hostnum"));
      const size = 1n << BigInt(net.bits - net.prefix);
      const offset = hostnum < 0n ? size + hostnum : hostnum;
      if (offset < 0n || offset >= size) throw new EvalError(`prefix of ${net.prefix} does not accommodate a host numbered ${hostnum}`);
      return stringValue(formatAddr(net.addr + offset, net.bits));
    }
  },
  cidrnetmask: {
    params: 1,
    returns: "string",
    impl: ([p]) => {
      const net = parseCidr(str(p));
      if (net.bits !== 32) throw new EvalError("only IPv4 networks have a netmask");
      return stringValue(formatIPv4(mask(net.prefix, 32)));
    }
  },
  cidrsubnets: {
    params: 1,
    variadic: true,
    returns: "tuple",
    impl: ([p, ...rest]) => tupleValue(subnets(parseCidr(str(p)), rest.map((r) => int(r, "newbits"))))
  }
};

// src/eval/functions/numeric.ts
var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function parseInteger(text, base) {
  let s = text;
  let negative = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = s.startsWith("-");
    s = s.slice(1);
  }
  if (s === "") throw new EvalError(`cannot parse "${text}" as a base ${base} integer`);
  let acc = 0n;
  const b = BigInt(base);
  for (const ch of s) {
    let d = DIGITS.indexOf(base <= 36 ? ch.toLowerCase() : ch);
    if (ch === "_") d = -1;
    if (d < 0 || d >= base) throw new EvalError(`cannot parse "${text}" as a base ${base} integer`);
    acc = acc * b + BigInt(d);
  }
  return Number(negative ? -acc : acc);
}
var numericFunctions = {
  abs: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.abs(num(n))) },
  ceil: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.ceil(num(n))) },
  floor: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.floor(num(n))) },
  log: {
    params: 2,
    returns: "number",
    impl: ([n, b]) => {
      const r = Math.log(num(n)) / Math.log(num(b));
      if (Number.isNaN(r)) throw new EvalError("logarithm is not defined for these arguments");
      return numberValue(r);
    }
  },
  pow: { params: 2, returns: "number", impl: ([a, b]) => numberValue(Math.pow(num(a), num(b))) },
  signum: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.sign(num(n)) || 0) },
  max: {
    params: 1,
    variadic: true,
    returns: "number",
    impl: (args) => numberValue(Math.max(...args.map((a) => num(a))))
  },
  min: {
    params: 1,
    variadic: true,
    returns: "number",
    impl: (args) => numberValue(Math.min(...args.map((a) => num(a))))
  },
  parseint: {
    params: 2,
    returns: "number",
    impl: ([s, b]) => {
      const base = int(b, "base");
      if (base < 2 || base > 62) throw new EvalError("base must be a whole number between 2 and 62");
      return numberValue(parseInteger(str(s), base));
    }
  }
};

// src/eval/functions/numfmt.ts
function toDecimal(n) {
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
var CTY_PRECISION = 512;
function bitLength(n) {
  return n === 0n ? 0 : n.toString(2).length;
}
function tieSide(d) {
  const q = d.exp - d.mant.length;
  if (q >= 0) return "even";
  const m = BigInt(d.mant);
  const den = 10n ** BigInt(-q);
  let e = CTY_PRECISION - (bitLength(m) - bitLength(den));
  while (bitLength((m << BigInt(Math.max(e, 0))) / den) > CTY_PRECISION) e--;
  while (bitLength((m << BigInt(Math.max(e, 0))) / den) < CTY_PRECISION) e++;
  const r = (m << BigInt(Math.max(e, 0))) % den;
  const twice = 2n * r;
  if (twice === den || r === 0n) return "even";
  return twice > den ? "above" : "below";
}
function roundDecimal(d, nd) {
  if (nd < 0 || nd >= d.mant.length) return d;
  const digit = d.mant.charCodeAt(nd) - 48;
  let up;
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
function digitAt(d, i) {
  return i >= 0 && i < d.mant.length ? d.mant[i] : "0";
}
function fmtE(d, prec, upper) {
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
function fmtF(d, prec) {
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
function formatFloat(n, verb, precision, sharp = false) {
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
      const shortest = precision === void 0;
      let prec = shortest ? d.mant.length : precision === 0 ? 1 : precision;
      if (!shortest) d = roundDecimal(d, prec);
      let eprec = prec;
      if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
      if (shortest) eprec = 6;
      const exp = d.exp - 1;
      if (sharp) {
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
function formatInteger(n, base, upper) {
  const s = BigInt(Math.abs(n)).toString(base);
  return upper ? s.toUpperCase() : s;
}

// src/eval/functions/format.ts
var MAX_WIDTH = 1e5;
function parseFormat(spec, argCount) {
  const tokens = [];
  let text = "";
  let next = 0;
  let i = 0;
  let used = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c !== "%") {
      text += c;
      i++;
      continue;
    }
    i++;
    if (spec[i] === "%") {
      text += "%";
      i++;
      continue;
    }
    let flags = "";
    while (i < spec.length && "+-# 0".includes(spec[i])) flags += spec[i++];
    if (spec[i] === "[") {
      const close = spec.indexOf("]", i);
      const n = close < 0 ? NaN : Number(spec.slice(i + 1, close));
      if (!Number.isInteger(n) || n < 1) throw new EvalError("invalid argument index in format string");
      next = n - 1;
      i = close + 1;
    }
    let width;
    let digits = "";
    while (i < spec.length && spec[i] >= "0" && spec[i] <= "9") digits += spec[i++];
    if (digits) width = Number(digits);
    let precision;
    if (spec[i] === ".") {
      i++;
      digits = "";
      while (i < spec.length && spec[i] >= "0" && spec[i] <= "9") digits += spec[i++];
      precision = digits ? Number(digits) : 0;
    }
    if ((width ?? 0) > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH) throw new EvalError("width or precision too large");
    if (i >= spec.length) throw new EvalError("format string ends in the middle of a verb");
    const verb = String.fromCodePoint(spec.codePointAt(i) ?? 0);
    i += verb.length;
    if (!"vtbdoxXeEfgGsq".includes(verb)) throw new EvalError(`unsupported format verb %${verb}`);
    if (text) tokens.push({ text });
    text = "";
    if (next >= argCount) throw new EvalError(`not enough arguments for format string (verb %${verb} wants argument ${next + 1})`);
    tokens.push({ verb: { flags, width, precision, verb }, argIndex: next });
    used = Math.max(used, next + 1);
    next++;
  }
  if (text) tokens.push({ text });
  if (used < argCount) throw new EvalError(`too many arguments; only ${used} used by format string`);
  return tokens;
}
function pad(s, v, zeroAllowed) {
  if (v.width === void 0) return s;
  const len = graphemes(s).length;
  if (len >= v.width) return s;
  const fill = v.width - len;
  if (v.flags.includes("-")) return s + " ".repeat(fill);
  if (zeroAllowed && v.flags.includes("0")) return "0".repeat(fill) + s;
  return " ".repeat(fill) + s;
}
function padNumber(negative, body, v, zeroPad) {
  let sign = "";
  if (negative) sign = "-";
  else if (v.flags.includes("+")) sign = "+";
  else if (v.flags.includes(" ")) sign = " ";
  const width = v.width ?? 0;
  const fill = Math.max(0, width - sign.length - body.length);
  if (zeroPad && v.flags.includes("0")) return sign + "0".repeat(fill) + body;
  if (v.flags.includes("-")) return sign + body + " ".repeat(fill);
  return " ".repeat(fill) + sign + body;
}
function formatNumber(n, v) {
  switch (v.verb) {
    case "b":
    case "d":
    case "o":
    case "x":
    case "X": {
      if (!Number.isInteger(n)) throw new EvalError(`%${v.verb} needs a whole number`);
      const base = v.verb === "b" ? 2 : v.verb === "o" ? 8 : v.verb === "d" ? 10 : 16;
      let digits = formatInteger(n, base, v.verb === "X");
      if (v.precision !== void 0) {
        if (v.precision === 0 && n === 0) digits = "";
        digits = digits.padStart(v.precision, "0");
      }
      let prefix = "";
      if (v.flags.includes("#")) {
        if (v.verb === "b") prefix = "0b";
        else if (v.verb === "o") prefix = digits.startsWith("0") ? "" : "0";
        else if (v.verb === "x") prefix = "0x";
        else if (v.verb === "X") prefix = "0X";
      }
      return padNumber(n < 0, prefix + digits, v, v.precision === void 0 && !v.flags.includes("-"));
    }
    default: {
      const body = formatFloat(n, v.verb, v.precision, v.flags.includes("#"));
      return padNumber(n < 0, body, v, Number.isFinite(n));
    }
  }
}
function formatArg(arg, v) {
  if (sizeExceeds(arg, MAX_STRING)) throw new EvalError("argument too large to format");
  if (v.verb === "v" && v.flags.includes("#")) {
    const json = jsonEncode(arg);
    return json === void 0 ? void 0 : pad(json, v, false);
  }
  if (arg.kind === "unknown") return void 0;
  if (arg.kind === "null") {
    if (v.verb === "v") return pad("null", v, false);
    throw new EvalError(`null value cannot be formatted with %${v.verb}`);
  }
  let verb = v.verb;
  if (verb === "v") {
    if (arg.kind === "string") verb = "s";
    else if (arg.kind === "number") verb = "g";
    else if (arg.kind === "bool") verb = "t";
    else {
      if (!isKnown(arg)) return void 0;
      return pad(jsonEncode(arg) ?? "", v, false);
    }
  }
  const vv = { ...v, verb };
  switch (verb) {
    case "t": {
      const b = asBool(arg);
      if (b === void 0) throw new EvalError("%t needs a bool");
      return pad(b ? "true" : "false", vv, false);
    }
    case "s":
    case "q": {
      let s = asString(arg);
      if (s === void 0) throw new EvalError(`%${verb} needs a string`);
      if (vv.precision !== void 0) s = graphemes(s).slice(0, vv.precision).join("");
      if (verb === "q") s = jsonQuote(s);
      return pad(s, vv, true);
    }
    case "x":
    case "X":
      if (arg.kind === "string") {
        let hex = Buffer.from(arg.value, "utf8").toString("hex");
        if (verb === "X") hex = hex.toUpperCase();
        return pad(hex, vv, true);
      }
      break;
    default:
      break;
  }
  const n = asNumber(arg);
  if (n === void 0) throw new EvalError(`%${verb} needs a number`);
  return formatNumber(n, vv);
}
function formatValue(spec, args) {
  const tokens = parseFormat(spec, args.length);
  const pieces = [];
  let length = 0;
  let known = true;
  for (const t of tokens) {
    if ("text" in t) {
      pieces.push({ known: true, text: t.text });
      length += t.text.length;
      continue;
    }
    const s = formatArg(args[t.argIndex], t.verb);
    if (s === void 0) {
      known = false;
      pieces.push({ known: false });
    } else {
      pieces.push({ known: true, text: s });
      length += s.length;
    }
    if (length > MAX_STRING) throw new EvalError("result too large");
  }
  if (known) return stringValue(pieces.map((p) => p.known ? p.text : "").join(""));
  return unknownValue("string", "format argument not known", [], normalizePieces(pieces));
}
var formatFunctions = {
  format: {
    deep: true,
    params: 1,
    variadic: true,
    returns: "string",
    partial: true,
    nullable: true,
    impl: (args) => {
      const spec = args[0];
      if (spec.kind === "null") throw new EvalError("format string is null");
      if (spec.kind === "unknown") return unknownValue("string", "format string not known");
      return formatValue(str(spec, "format string"), args.slice(1));
    }
  },
  formatlist: {
    deep: true,
    params: 1,
    variadic: true,
    returns: "tuple",
    nullable: true,
    impl: (args, call) => {
      const spec = str(args[0], "format string");
      const rest = args.slice(1);
      let n;
      for (const a of rest) {
        if (a.kind !== "tuple") continue;
        if (n !== void 0 && n !== a.items.length) throw new EvalError("all list arguments must have the same length");
        n = a.items.length;
      }
      if (n === void 0) n = 1;
      checkSize(n, call);
      const out = [];
      for (let i = 0; i < n; i++) {
        const row = rest.map((a) => a.kind === "tuple" ? list(a).items[i] : a);
        out.push(formatValue(spec, row));
      }
      return tupleValue(out);
    }
  }
};

// src/eval/functions/strings.ts
function search(call, pattern, text, all, limit = Infinity) {
  if (!chargeSteps(call.ctx, Math.ceil(text.length / STEP_CHARS), call.origin)) return void 0;
  const matches = findMatches(pattern, text, all, Math.min(limit, remainingSteps(call.ctx.budget) + 1));
  return chargeSteps(call.ctx, matches.length, call.origin) ? matches : void 0;
}
function compileCharged(call, source) {
  return chargeSteps(call.ctx, Math.ceil(source.length / STEP_PATTERN_CHARS), call.origin) ? compilePattern(source) : void 0;
}
var OUT_OF_STEPS = "evaluation budget exceeded";
function matchResult(p, m) {
  if (p.names.length === 0) return stringValue(m.text);
  const named = p.names.filter((n) => n !== "").length;
  if (named > 0 && named !== p.names.length) throw new EvalError("pattern cannot mix named and unnamed capture groups");
  const vals = m.groups.map((g) => g === null ? nullValue() : stringValue(g));
  if (named === 0) return tupleValue(vals);
  return objectValue(new Map(p.names.map((n, i) => [n, vals[i]])));
}
function isSpaceSeparator(ch) {
  if (/^[A-Za-z0-9_]$/.test(ch)) return false;
  if (/^[\x20-\x7e\t\n\r\f\v]$/.test(ch)) return true;
  if (/^[\p{L}\p{N}]$/u.test(ch)) return false;
  return /^\s$/u.test(ch);
}
function trimCutset(s, cutset, left, right) {
  const cut = new Set(Array.from(cutset));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && cut.has(cps[a])) a++;
  if (right) while (b > a && cut.has(cps[b - 1])) b--;
  return cps.slice(a, b).join("");
}
function joinPieces(sep8, items) {
  const pieces = [];
  let length = 0;
  let known = true;
  items.forEach((item, i) => {
    if (i > 0) pieces.push({ known: true, text: sep8 });
    if (item.kind === "unknown") {
      known = false;
      if (item.pieces) pieces.push(...item.pieces);
      else pieces.push({ known: false });
      return;
    }
    const s = asString(item);
    if (s === void 0) throw new EvalError("join: elements must be strings");
    length += s.length + sep8.length;
    if (length > MAX_STRING) throw new EvalError("result too large");
    pieces.push({ known: true, text: s });
  });
  if (known) return stringValue(pieces.map((p) => p.known ? p.text : "").join(""));
  return unknownValue("string", "element not known", [], normalizePieces(pieces));
}
var GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
var stringFunctions = {
  ...formatFunctions,
  chomp: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).replace(/[\r\n]+$/, "")) },
  endswith: { params: 2, returns: "bool", impl: ([s, suffix]) => boolValue(str(s).endsWith(str(suffix))) },
  startswith: { params: 2, returns: "bool", impl: ([s, prefix]) => boolValue(str(s).startsWith(str(prefix))) },
  strcontains: { params: 2, returns: "bool", impl: ([s, sub]) => boolValue(str(s).includes(str(sub))) },
  indent: {
    params: 2,
    returns: "string",
    impl: ([n, s]) => {
      const spaces = int(n, "indent width");
      if (spaces > MAX_STRING) throw new EvalError("indent too large");
      const text = str(s);
      const lines = text.split("\n").length;
      if (spaces * lines + text.length > MAX_STRING) throw new EvalError("result too large");
      return stringValue(text.replaceAll("\n", "\n" + " ".repeat(Math.max(0, spaces))));
    }
  },
  join: {
    params: 1,
    variadic: true,
    returns: "string",
    partial: true,
    impl: (args) => {
      const [sep8, ...lists] = args;
      if (sep8.kind === "unknown" || lists.some((l) => l.kind === "unknown")) return unknownValue("string", "argument not known");
      if (lists.length === 0) throw new EvalError("join needs at least one list");
      const items = [];
      for (const l of lists) {
        for (const item of list(l, "join list").items) {
          if (item.kind === "null") throw new EvalError("join: element is null");
          items.push(item);
        }
      }
      return joinPieces(str(sep8, "separator"), items);
    }
  },
  lower: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).toLowerCase()) },
  upper: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).toUpperCase()) },
  title: {
    params: 1,
    returns: "string",
    impl: ([s]) => {
      let prev = " ";
      let out = "";
      for (const ch of str(s)) {
        out += isSpaceSeparator(prev) ? ch.toUpperCase() : ch;
        prev = ch;
      }
      return stringValue(out);
    }
  },
  split: {
    params: 2,
    returns: "tuple",
    impl: ([sep8, s], call) => {
      const sp = str(sep8, "separator");
      const text = str(s);
      const parts = sp === "" ? Array.from(text) : text.split(sp);
      checkSize(parts.length, call);
      return tupleValue(parts.map((p) => stringValue(p)));
    }
  },
  strrev: { params: 1, returns: "string", impl: ([s]) => stringValue(graphemes(str(s)).reverse().join("")) },
  substr: {
    params: 3,
    returns: "string",
    impl: ([s, o, l]) => {
      const g = graphemes(str(s));
      let offset = int(o, "offset");
      const length = int(l, "length");
      if (offset < 0) offset = Math.max(0, offset + g.length);
      if (offset >= g.length) return stringValue("");
      return stringValue((length < 0 ? g.slice(offset) : g.slice(offset, offset + length)).join(""));
    }
  },
  trim: { params: 2, returns: "string", impl: ([s, cut]) => stringValue(trimCutset(str(s), str(cut), true, true)) },
  trimprefix: {
    params: 2,
    returns: "string",
    impl: ([s, p]) => {
      const text = str(s);
      const prefix = str(p);
      return stringValue(text.startsWith(prefix) ? text.slice(prefix.length) : text);
    }
  },
  trimsuffix: {
    params: 2,
    returns: "string",
    impl: ([s, p]) => {
      const text = str(s);
      const suffix = str(p);
      return stringValue(suffix !== "" && text.endsWith(suffix) ? text.slice(0, text.length - suffix.length) : text);
    }
  },
  trimspace: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).replace(GO_SPACE, "")) },
  replace: {
    params: 3,
    returns: "string",
    impl: ([s, sub, rep], call) => {
      const text = str(s);
      const needle = str(sub, "substring");
      const replacement = str(rep, "replacement");
      if (needle.length > 1 && needle.startsWith("/") && needle.endsWith("/")) {
        const p = compileCharged(call, needle.slice(1, -1));
        const matches = p && search(call, p, text, true);
        return p && matches ? stringValue(replaceAll(p, text, matches, replacement, MAX_STRING)) : unknownValue("string", OUT_OF_STEPS);
      }
      if (needle === "") {
        const cps = Array.from(text);
        if ((cps.length + 1) * replacement.length + text.length > MAX_STRING) throw new EvalError("result too large");
        return stringValue(replacement + cps.map((c) => c + replacement).join(""));
      }
      const count = text.split(needle).length - 1;
      if (text.length + count * (replacement.length - needle.length) > MAX_STRING) throw new EvalError("result too large");
      return stringValue(text.replaceAll(needle, () => replacement));
    }
  },
  regex: {
    params: 2,
    returns: "any",
    impl: ([pat, s], call) => {
      const p = compileCharged(call, str(pat, "pattern"));
      const matches = p && search(call, p, str(s), false);
      if (!p || !matches) return unknownValue("any", OUT_OF_STEPS);
      const [m] = matches;
      if (!m) throw new EvalError("pattern did not match any part of the given string");
      return matchResult(p, m);
    }
  },
  regexall: {
    params: 2,
    returns: "tuple",
    impl: ([pat, s], call) => {
      const p = compileCharged(call, str(pat, "pattern"));
      const matches = p && search(call, p, str(s), true, MAX_COLLECTION + 1);
      if (!p || !matches) return unknownValue("tuple", OUT_OF_STEPS);
      checkSize(matches.length, call);
      return tupleValue(matches.map((m) => matchResult(p, m)));
    }
  }
};

// src/eval/functions/time.ts
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
function parseTimestamp(s) {
  const m = RFC3339.exec(s);
  if (!m) throw new EvalError(`"${s}" is not a valid RFC 3339 timestamp`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    throw new EvalError(`"${s}" is not a valid RFC 3339 timestamp`);
  }
  const offset = m[8] ? 0 : (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) throw new EvalError(`"${s}" is not a valid date`);
  const nanos = m[7] ? Number(m[7].padEnd(9, "0")) : 0;
  return { ms: local - offset * 6e4 + Math.floor(nanos / 1e6), nanos, offset, utc: m[8] !== void 0 || offset === 0 };
}
var DURATION_UNITS = {
  ns: 1e-6,
  us: 1e-3,
  "µs": 1e-3,
  "μs": 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5
};
function parseDuration(s) {
  let rest = s;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") throw new EvalError(`invalid duration "${s}"`);
  let total = 0;
  while (rest !== "") {
    const m = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!m) throw new EvalError(`invalid duration "${s}"`);
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}
function pad2(n, width = 2) {
  return String(n).padStart(width, "0");
}
function fields(t) {
  return new Date(t.ms + t.offset * 6e4);
}
function offsetText(offset, colon) {
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return sign + pad2(Math.floor(abs / 60)) + (colon ? ":" : "") + pad2(abs % 60);
}
function formatRfc3339(t) {
  const d = fields(t);
  const date = `${pad2(d.getUTCFullYear(), 4)}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return `${date}T${time}${t.offset === 0 ? "Z" : offsetText(t.offset, true)}`;
}
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function formatDate(spec, t) {
  const d = fields(t);
  const hour12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const tokens = {
    YYYY: () => pad2(d.getUTCFullYear(), 4),
    YY: () => pad2(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad2(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    DD: () => pad2(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    EEEE: () => DAYS[d.getUTCDay()],
    EEE: () => DAYS[d.getUTCDay()].slice(0, 3),
    hh: () => pad2(d.getUTCHours()),
    h: () => String(d.getUTCHours()),
    HH: () => pad2(hour12),
    H: () => String(hour12),
    AA: () => d.getUTCHours() < 12 ? "AM" : "PM",
    aa: () => d.getUTCHours() < 12 ? "am" : "pm",
    mm: () => pad2(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad2(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    ZZZZZ: () => t.offset === 0 ? "Z" : offsetText(t.offset, true),
    ZZZZ: () => offsetText(t.offset, false),
    ZZZ: () => t.utc ? "UTC" : offsetText(t.offset, false),
    Z: () => t.offset === 0 ? "Z" : offsetText(t.offset, true)
  };
  let out = "";
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (; ; ) {
        if (j >= spec.length) throw new EvalError("unterminated literal in date format");
        if (spec[j] === "'") {
          if (spec[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += spec[j];
        j++;
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < spec.length && spec[j] === c) j++;
      const run = spec.slice(i, j);
      const format = tokens[run];
      if (!format) throw new EvalError(`invalid date format sequence "${run}"`);
      out += format();
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
var timeFunctions = {
  timeadd: {
    params: 2,
    returns: "string",
    impl: ([ts, dur]) => {
      const t = parseTimestamp(str(ts, "timestamp"));
      const ms = parseDuration(str(dur, "duration"));
      return stringValue(formatRfc3339({ ...t, ms: t.ms + Math.trunc(ms) }));
    }
  },
  timecmp: {
    params: 2,
    returns: "number",
    impl: ([a, b]) => {
      const x = parseTimestamp(str(a, "timestamp"));
      const y = parseTimestamp(str(b, "timestamp"));
      const diff = x.ms - y.ms || x.nanos % 1e6 - y.nanos % 1e6;
      return numberValue(Math.sign(diff));
    }
  },
  formatdate: {
    params: 2,
    returns: "string",
    impl: ([spec, ts]) => stringValue(formatDate(str(spec, "format"), parseTimestamp(str(ts, "timestamp"))))
  }
};

// src/eval/functions/index.ts
var FUNCTIONS = new Map(
  Object.entries({
    ...stringFunctions,
    ...collectionFunctions,
    ...conversionFunctions,
    ...encodingFunctions,
    ...numericFunctions,
    ...networkFunctions,
    ...hashFunctions,
    ...filesystemFunctions,
    ...timeFunctions
  })
);
var IMPURE_FUNCTIONS = /* @__PURE__ */ new Set([
  "timestamp",
  "plantimestamp",
  "uuid",
  "bcrypt",
  "rsadecrypt",
  "abspath",
  "pathexpand",
  "ephemeralasnull"
]);
function callFunction(name, args, call) {
  const def = FUNCTIONS.get(name);
  if (!def) {
    const reason = IMPURE_FUNCTIONS.has(name) ? `${name}() is not known before apply` : `function ${name}() is not evaluated by tfmould`;
    const err2 = firstError(args);
    return err2 ?? unknownValue("any", reason, [call.origin]);
  }
  const max = def.variadic ? Infinity : def.params + (def.optional ?? 0);
  if (args.length < def.params || args.length > max) {
    return errorValue(`${name}() takes ${describeArity(def)} arguments, got ${args.length}`, [call.origin]);
  }
  const err = firstError(args);
  if (err) return err;
  if (!def.nullable && args.some((a) => a.kind === "null")) {
    return errorValue(`${name}() does not accept null arguments`, [call.origin]);
  }
  if (!def.partial && !args.every(isKnown)) {
    const reason = args.find((a) => a.kind === "unknown")?.kind === "unknown" ? "argument not known" : "argument not fully known";
    return unknownValue(def.returns, reason, joinOrigins([call.origin], ...args.map((a) => a.origins)));
  }
  if (!def.cheap) {
    let work = 0;
    for (const a of args) work += workOf(a, def.deep === true);
    if (!chargeSteps(call.ctx, work, call.origin)) return unknownValue(def.returns, OUT_OF_STEPS2, [call.origin]);
  }
  let result;
  try {
    result = def.impl(args, call);
  } catch (e) {
    if (e instanceof EvalError) return errorValue(`${name}(): ${e.message}`, [call.origin]);
    markIncomplete(call.ctx);
    return unknownValue("any", `${name}() failed: ${e instanceof Error ? e.message : String(e)}`, [call.origin]);
  }
  const oversized = result.kind === "string" && result.value.length > MAX_STRING || result.kind === "tuple" && result.items.length > MAX_COLLECTION;
  if (!def.cheap && !oversized && !chargeSteps(call.ctx, workOf(result, false), call.origin)) {
    return unknownValue(def.returns, OUT_OF_STEPS2, [call.origin]);
  }
  return finish(result, args, call);
}
var OUT_OF_STEPS2 = "evaluation budget exceeded";
function workOf(v, deep) {
  switch (v.kind) {
    case "string":
      return Math.ceil(v.value.length / STEP_TEXT);
    case "tuple":
      return Math.ceil((deep ? nodeCount(v) : v.items.length) / STEP_VALUES);
    case "object":
      return Math.ceil((deep ? nodeCount(v) : v.entries.size) / STEP_VALUES);
    default:
      return 0;
  }
}
function describeArity(def) {
  if (def.variadic) return `at least ${def.params}`;
  if (def.optional) return `${def.params} to ${def.params + def.optional}`;
  return String(def.params);
}
function finish(result, args, call) {
  const origins = joinOrigins([call.origin], ...args.map((a) => a.origins));
  if (result.kind === "string" && result.value.length > MAX_STRING) return tooLarge3("string", call, origins);
  if (result.kind === "tuple" && result.items.length > MAX_COLLECTION) return tooLarge3("tuple", call, origins);
  if (result.origins.length > 0) return { ...result, origins: joinOrigins(result.origins, [call.origin]) };
  return fillOrigins(result, origins);
}
function fillOrigins(v, origins) {
  if (v.origins.length > 0) return v;
  switch (v.kind) {
    case "tuple":
      return { ...v, items: v.items.map((x) => fillOrigins(x, origins)), origins };
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(k, fillOrigins(x, origins));
      return { ...v, entries, origins };
    }
    default:
      return { ...v, origins };
  }
}
function tooLarge3(type, call, origins) {
  call.ctx.scope.report({
    severity: "warning",
    summary: type === "string" ? "String too large" : "Collection too large",
    detail: type === "string" ? `This function call builds a string longer than ${MAX_STRING} characters; its value is treated as unknown.` : `This function call builds more than ${MAX_COLLECTION} elements; its value is treated as unknown.`,
    origin: call.origin
  });
  return unknownValue(type, "too large", origins);
}

// src/eval/expr.ts
function here(ctx, expr) {
  return { file: ctx.file, range: expr.range };
}
function evalExpr(ctx, expr) {
  const budget = ctx.budget;
  if (budget.exhausted || budget.steps >= MAX_STEPS || budget.instance.steps >= budget.instance.limit) {
    if (!chargeSteps(ctx, 1, here(ctx, expr))) return unknownValue("any", "evaluation budget exceeded", [here(ctx, expr)]);
  } else {
    budget.steps++;
    budget.instance.steps++;
  }
  if (budget.depth >= MAX_DEPTH) {
    markIncomplete(ctx);
    ctx.scope.report({
      severity: "warning",
      summary: "Expression nested too deeply",
      detail: `Evaluation went more than ${MAX_DEPTH} levels deep (nested expressions or chains of locals); the value is treated as unknown.`,
      origin: here(ctx, expr)
    });
    return unknownValue("any", "nested too deeply", [here(ctx, expr)]);
  }
  budget.depth++;
  try {
    const v = evalNode(ctx, expr);
    if (budget.exhausted) return unknownValue("any", "evaluation budget exceeded", [here(ctx, expr)]);
    if (v.kind !== "tuple" && v.kind !== "object") return v;
    const large = tooLarge2(v, MAX_NODES);
    return large === false ? v : tooManyNodes(ctx, expr, v, large === "new");
  } catch (e) {
    markIncomplete(ctx);
    return unknownValue("any", `evaluation failed: ${e instanceof Error ? e.message : String(e)}`, [here(ctx, expr)]);
  } finally {
    budget.depth--;
  }
}
function tooManyNodes(ctx, expr, v, report) {
  const at = here(ctx, expr);
  if (report) {
    ctx.scope.report({
      severity: "warning",
      summary: "Value too large",
      detail: `This value holds more than ${MAX_NODES} values (counting each repeated part every time it appears); it is treated as unknown.`,
      origin: at
    });
  }
  return unknownValue(typeOf(v), TOO_LARGE, [at]);
}
function evalNode(ctx, expr) {
  switch (expr.type) {
    case "Literal":
      if (expr.value === null) return nullValue([here(ctx, expr)]);
      if (typeof expr.value === "boolean") return boolValue(expr.value, [here(ctx, expr)]);
      return numberValue(expr.value, [here(ctx, expr)]);
    case "Template":
      return evalTemplate(ctx, expr);
    case "Variable":
      return evalVariable(ctx, expr);
    case "GetAttr":
      return evalGetAttr(ctx, expr);
    case "Index":
      return evalIndex(ctx, expr);
    case "Splat":
      return evalSplat(ctx, expr);
    case "FunctionCall":
      return evalCall(ctx, expr);
    case "Conditional":
      return evalConditional(ctx, expr);
    case "Binary":
      return evalBinary(ctx, expr);
    case "Unary":
      return evalUnary(ctx, expr);
    case "Tuple": {
      const items = expr.items.map((e) => evalExpr(ctx, e));
      return firstError(items) ?? tupleValue(items, [here(ctx, expr)]);
    }
    case "Object":
      return evalObject(ctx, expr);
    case "For":
      return evalFor(ctx, expr);
    case "Parentheses":
      return evalExpr(ctx, expr.expr);
    case "Invalid":
      return errorValue("invalid expression", [here(ctx, expr)]);
  }
  return unknownValue("any", "unsupported expression", [here(ctx, expr)]);
}
function lookupBinding(ctx, name) {
  return ctx.bindings.get(name) ?? (ctx.mode === "module" ? ctx.scope.extraBindings.get(name) : void 0);
}
function evalVariable(ctx, expr) {
  const at = here(ctx, expr);
  const bound = lookupBinding(ctx, expr.name);
  if (bound) return addOrigins(bound, [at]);
  if (ctx.mode !== "module") return errorValue(`unknown name "${expr.name}"`, [at]);
  switch (expr.name) {
    case "path":
      return pathObject(ctx, at);
    case "terraform":
      return objectValue(/* @__PURE__ */ new Map([["workspace", stringValue("default", [at])]]), [at]);
    case "count":
    case "each":
      return unknownValue("object", `${expr.name} is not known here`, [at]);
    default: {
      const unknown = unknownValue("any", referenceReason(expr.name), [at]);
      return expr.name === "self" || expr.name === "var" || expr.name === "local" ? unknown : { ...unknown, reference: expr.name };
    }
  }
}
function referenceReason(root) {
  switch (root) {
    case "module":
      return "module output";
    case "data":
      return "data source attribute";
    case "self":
      return "self reference";
    case "var":
    case "local":
      return `bare "${root}" reference`;
    default:
      return "resource attribute";
  }
}
function pathObject(ctx, at) {
  const p = ctx.scope.paths;
  return objectValue(
    /* @__PURE__ */ new Map([
      ["module", stringValue(p.module, [at])],
      ["root", stringValue(p.root, [at])],
      ["cwd", stringValue(p.cwd, [at])]
    ]),
    [at]
  );
}
function evalGetAttr(ctx, expr) {
  const at = here(ctx, expr);
  const obj2 = expr.object;
  if (obj2.type === "GetAttr" && obj2.object.type === "Variable" && obj2.object.name === "module" && ctx.mode === "module" && !lookupBinding(ctx, "module")) {
    const output = ctx.scope.moduleOutputIn(obj2.name, expr.name);
    if (output !== void 0) return addOrigins(output, [at]);
  }
  if (obj2.type === "Variable" && ctx.mode === "module" && !lookupBinding(ctx, obj2.name)) {
    switch (obj2.name) {
      case "var":
        return addOrigins(ctx.scope.variableIn(expr.name, ctx.budget), [at]);
      case "local":
        return addOrigins(ctx.scope.localIn(expr.name, ctx.budget), [at]);
      case "module": {
        const outputs = addOrigins(ctx.scope.moduleIn(expr.name), [at]);
        return outputs.kind === "unknown" && !outputs.error ? { ...outputs, reference: `module.${expr.name}` } : outputs;
      }
      case "count":
        return expr.name === "index" ? unknownValue("number", "count.index outside a resource with a known count", [at]) : errorValue(`unsupported attribute count.${expr.name}`, [at]);
      case "each":
        return expr.name === "key" || expr.name === "value" ? unknownValue(expr.name === "key" ? "string" : "any", `each.${expr.name} outside a resource with a known for_each`, [at]) : errorValue(`unsupported attribute each.${expr.name}`, [at]);
      case "terraform":
        return expr.name === "workspace" ? stringValue("default", [at]) : unknownValue("any", `terraform.${expr.name}`, [at]);
      default:
        break;
    }
  }
  return getAttr(evalExpr(ctx, obj2), expr.name, at);
}
function withReference(v, from, step) {
  return from.reference === void 0 ? v : { ...v, reference: from.reference + step };
}
function sharedReference(v, items) {
  const [first] = items;
  if (first?.kind !== "unknown" || first.reference === void 0) return v;
  const reference = first.reference;
  return items.every((item) => item.kind === "unknown" && item.reference === reference) ? { ...v, reference } : v;
}
function getAttr(v, name, at) {
  switch (v.kind) {
    case "object": {
      const item = v.entries.get(name);
      if (item === void 0) return errorValue(`object has no attribute "${name}"`, joinOrigins([at], v.origins));
      return addOrigins(item, joinOrigins([at], choosingOrigins(v.origins)));
    }
    case "unknown":
      return v.error ? v : withReference(unknownValue("any", v.reason ?? "unknown value", joinOrigins(v.origins, [at])), v, `.${name}`);
    case "null":
      return errorValue(`attempt to get attribute "${name}" from a null value`, [at]);
    default:
      return errorValue(`cannot get attribute "${name}" of a ${v.kind}`, [at]);
  }
}
function evalIndex(ctx, expr) {
  const coll = evalExpr(ctx, expr.collection);
  const key = evalExpr(ctx, expr.key);
  return indexValue(coll, key, here(ctx, expr));
}
function indexValue(coll, key, at) {
  if (isError(coll)) return coll;
  if (isError(key)) return key;
  if (key.kind === "null") return errorValue("index is null", [at]);
  switch (coll.kind) {
    case "unknown":
      return withReference(unknownValue("any", coll.reason ?? "unknown collection", joinOrigins(coll.origins, [at])), coll, "[…]");
    case "null":
      return errorValue("cannot index a null value", [at]);
    case "tuple": {
      if (coll.set) return errorValue("elements of a set cannot be accessed by index", [at]);
      if (key.kind === "unknown") return sharedReference(unknownValue("any", "unknown index", [at]), coll.items);
      const n = asNumber(key);
      if (n === void 0 || !Number.isInteger(n)) return errorValue("index must be a whole number", [at]);
      if (n < 0 || n >= coll.items.length) return errorValue(`index ${n} out of range for a list of ${coll.items.length}`, [at]);
      return addOrigins(coll.items[n], joinOrigins([at], choosingOrigins(coll.origins)));
    }
    case "object": {
      if (key.kind === "unknown") return sharedReference(unknownValue("any", "unknown key", [at]), [...coll.entries.values()]);
      const k = asString(key);
      if (k === void 0) return errorValue("key must be a string", [at]);
      const item = coll.entries.get(k);
      if (item === void 0) return errorValue(`no element with key "${k}"`, [at]);
      return addOrigins(item, joinOrigins([at], choosingOrigins(coll.origins), selectingOrigins(key.origins)));
    }
    default:
      return errorValue(`cannot index a ${coll.kind}`, [at]);
  }
}
function evalSplat(ctx, expr) {
  const at = here(ctx, expr);
  const src = evalExpr(ctx, expr.source);
  if (isError(src)) return src;
  if (src.kind === "unknown") {
    const steps = expr.steps.map((s) => s.type === "GetAttr" ? `.${s.name}` : "[…]").join("");
    return withReference(unknownValue("tuple", src.reason ?? "unknown collection", joinOrigins(src.origins, [at])), src, `[*]${steps}`);
  }
  if (src.kind === "null") return tupleValue([], [at]);
  const elems = src.kind === "tuple" ? src.items : [src];
  if (!chargeSteps(ctx, elems.length, at)) return unknownValue("tuple", "evaluation budget exceeded", [at]);
  const out = [];
  for (const elem of elems) {
    let v = elem;
    for (const step of expr.steps) {
      const stepAt = { file: ctx.file, range: step.range };
      v = step.type === "GetAttr" ? getAttr(v, step.name, stepAt) : indexValue(v, evalExpr(ctx, step.key), stepAt);
    }
    if (isError(v)) return v;
    out.push(v);
  }
  return tupleValue(out, [at]);
}
function evalTemplate(ctx, expr) {
  const at = here(ctx, expr);
  const only = expr.parts.length === 1 ? expr.parts[0] : void 0;
  if (only && only.type === "TemplateInterpolation") {
    return addOrigins(evalExpr(ctx, only.expr), [at]);
  }
  const out = new TemplateOutput();
  renderParts(ctx, expr.parts, out);
  return out.result(ctx, at);
}
var TemplateOutput = class {
  pieces = [];
  origins = [];
  length = 0;
  error;
  reason;
  text(s) {
    this.length += s.length;
    if (this.length <= MAX_STRING) this.pieces.push({ known: true, text: s });
  }
  /** Whether rendering should stop: an error, or more text than a string may hold. */
  get done() {
    return this.error !== void 0 || this.length > MAX_STRING;
  }
  hole(reason) {
    this.reason ??= reason;
    this.pieces.push({ known: false });
  }
  result(ctx, at) {
    if (this.error) return this.error;
    const origins = joinOrigins([at], ...this.origins);
    if (this.length > MAX_STRING) {
      ctx.scope.report({
        severity: "warning",
        summary: "String too large",
        detail: `This template builds a string longer than ${MAX_STRING} characters; its value is treated as unknown.`,
        origin: at
      });
      return unknownValue("string", "string too large", origins);
    }
    if (this.pieces.every((p) => p.known)) {
      return stringValue(this.pieces.map((p) => p.known ? p.text : "").join(""), origins);
    }
    return unknownValue("string", this.reason ?? "template with unknown parts", origins, this.pieces);
  }
};
function renderParts(ctx, parts, out) {
  for (let i = 0; i < parts.length && !out.done; i++) {
    const part = parts[i];
    switch (part.type) {
      case "TemplateLiteral":
        out.text(part.value);
        break;
      case "TemplateInterpolation":
        interpolate(ctx, evalExpr(ctx, part.expr), out);
        break;
      case "TemplateIf": {
        const cond = evalExpr(ctx, part.condition);
        if (isError(cond)) {
          out.error = cond;
          break;
        }
        const b = asBool(cond);
        if (b === void 0) {
          if (cond.kind === "unknown") out.hole(cond.reason);
          else out.error = errorValue("template condition is not a bool", [here(ctx, part.condition)]);
          break;
        }
        out.origins.push(partOrigins(cond.origins));
        renderParts(ctx, b ? part.then : part.else ?? [], out);
        break;
      }
      case "TemplateFor": {
        const coll = evalExpr(ctx, part.collection);
        const entries = iterate(coll);
        if (entries === "error") {
          out.error = isError(coll) ? coll : errorValue("cannot iterate over this value", [here(ctx, part.collection)]);
          break;
        }
        if (entries === "unknown") {
          out.hole(coll.kind === "unknown" ? coll.reason : void 0);
          break;
        }
        for (const [k, v] of entries) {
          if (!chargeSteps(ctx, 1, here(ctx, part))) break;
          const bindings = new Map(ctx.bindings);
          if (part.keyVar !== void 0) bindings.set(part.keyVar, k);
          bindings.set(part.valueVar, v);
          renderParts({ ...ctx, bindings }, part.body, out);
          if (out.done) break;
        }
        break;
      }
    }
  }
}
function interpolate(ctx, v, out) {
  if (isError(v)) {
    out.error = v;
    return;
  }
  out.origins.push(partOrigins(v.origins));
  if (v.kind === "unknown") {
    if (v.type === "tuple" || v.type === "object") {
      out.error = errorValue("cannot include a collection in a string template", v.origins);
      return;
    }
    if (v.pieces) {
      for (const p of v.pieces) {
        if (p.known) out.text(p.text);
        else out.hole(v.reason);
      }
    } else {
      out.hole(v.reason);
    }
    return;
  }
  if (v.kind === "null") {
    out.error = errorValue("template interpolation of a null value", v.origins);
    return;
  }
  const s = asString(v);
  if (s === void 0) {
    out.error = errorValue(`cannot include a ${v.kind === "tuple" ? "list" : "map"} in a string template`, v.origins);
    return;
  }
  out.text(s);
}
function iterate(coll) {
  switch (coll.kind) {
    case "tuple":
      return coll.items.map((v, i) => [coll.set ? v : numberValue(i, v.origins), v]);
    case "object":
      return sortedKeys(coll).map((k) => {
        const v = coll.entries.get(k);
        return [stringValue(k, v.origins), v];
      });
    case "unknown":
      return coll.error ? "error" : "unknown";
    default:
      return "error";
  }
}
function evalConditional(ctx, expr) {
  const at = here(ctx, expr);
  const cond = evalExpr(ctx, expr.condition);
  if (isError(cond)) return cond;
  const b = asBool(cond);
  if (b !== void 0) {
    const chose = selectingOrigins(cond.origins);
    const chosen = evalExpr(ctx, b ? expr.trueExpr : expr.falseExpr);
    const origins = interleaveOrigins(chosen.origins, joinOrigins([at], chose));
    if (chosen.kind !== "number" && chosen.kind !== "bool") return withOrigins(chosen, origins);
    const other = evalExpr(ctx, b ? expr.falseExpr : expr.trueExpr);
    if (other.kind === "string" || other.kind === "unknown" && other.type === "string") {
      return stringValue(asString(chosen), origins);
    }
    if (other.kind !== "null" && other.kind !== "unknown" && other.kind !== chosen.kind) {
      return errorValue("inconsistent conditional result types", [at]);
    }
    return withOrigins(chosen, origins);
  }
  if (cond.kind !== "unknown") return errorValue("condition is not a bool", [here(ctx, expr.condition)]);
  const t = evalExpr(ctx, expr.trueExpr);
  const f = evalExpr(ctx, expr.falseExpr);
  if (isKnown(t) && isKnown(f) && chargeSteps(ctx, equalityWork(t, f), at) && valuesEqual(t, f) === true) {
    return addOrigins(t, joinOrigins(f.origins, [at]));
  }
  const tt = typeOf(t);
  const type = tt === typeOf(f) ? tt : "any";
  return unknownValue(type === "null" ? "any" : type, cond.reason ?? "unknown condition", joinOrigins([at], cond.origins));
}
function equalityWork(a, b) {
  return Math.ceil(Math.min(nodeCount(a), nodeCount(b)) / STEP_VALUES);
}
function toBoolOperand(v) {
  if (v.kind === "unknown") return v.error ? "error" : "unknown";
  const b = asBool(v);
  return b === void 0 ? "error" : b;
}
function toNumberOperand(v) {
  if (v.kind === "unknown") return v.error || v.type !== "any" && v.type !== "number" && v.type !== "string" ? "error" : "unknown";
  const n = asNumber(v);
  return n === void 0 ? "error" : n;
}
function evalBinary(ctx, expr) {
  const at = here(ctx, expr);
  const left = evalExpr(ctx, expr.left);
  const right = evalExpr(ctx, expr.right);
  const err = firstError([left, right]);
  if (err) return err;
  const origins = interleaveOrigins(left.origins, right.origins, [at]);
  switch (expr.op) {
    case "&&":
    case "||": {
      const l = toBoolOperand(left);
      const r = toBoolOperand(right);
      if (l === "error" || r === "error") return errorValue(`operands of ${expr.op} must be bools`, origins);
      const decisive = expr.op === "||";
      if (l === decisive) return boolValue(decisive, joinOrigins(left.origins, [at]));
      if (r === decisive) return boolValue(decisive, joinOrigins(right.origins, [at]));
      if (l === "unknown" || r === "unknown") return unknownValue("bool", "unknown operand", origins);
      return boolValue(!decisive, origins);
    }
    case "==":
    case "!=": {
      if (!chargeSteps(ctx, equalityWork(left, right), at)) {
        return unknownValue("bool", "evaluation budget exceeded", origins);
      }
      const eq = valuesEqual(left, right);
      if (eq === void 0) return unknownValue("bool", "unknown operand", origins);
      return boolValue(expr.op === "==" ? eq : !eq, origins);
    }
    default: {
      const l = toNumberOperand(left);
      const r = toNumberOperand(right);
      if (l === "error" || r === "error") return errorValue(`operands of ${expr.op} must be numbers`, origins);
      const comparison = expr.op === "<" || expr.op === "<=" || expr.op === ">" || expr.op === ">=";
      if (l === "unknown" || r === "unknown") return unknownValue(comparison ? "bool" : "number", "unknown operand", origins);
      switch (expr.op) {
        case "<":
          return boolValue(l < r, origins);
        case "<=":
          return boolValue(l <= r, origins);
        case ">":
          return boolValue(l > r, origins);
        case ">=":
          return boolValue(l >= r, origins);
        case "+":
          return numberValue(l + r, origins);
        case "-":
          return numberValue(l - r, origins);
        case "*":
          return numberValue(l * r, origins);
        case "/":
          if (r === 0) return errorValue("division by zero", origins);
          return numberValue(l / r, origins);
        case "%":
          if (r === 0) return errorValue("modulo by zero", origins);
          return numberValue(l % r, origins);
      }
    }
  }
}
function evalUnary(ctx, expr) {
  const at = here(ctx, expr);
  const v = evalExpr(ctx, expr.operand);
  if (isError(v)) return v;
  const origins = joinOrigins(v.origins, [at]);
  if (expr.op === "!") {
    const b = toBoolOperand(v);
    if (b === "error") return errorValue("operand of ! must be a bool", origins);
    return b === "unknown" ? unknownValue("bool", "unknown operand", origins) : boolValue(!b, origins);
  }
  const n = toNumberOperand(v);
  if (n === "error") return errorValue("operand of - must be a number", origins);
  return n === "unknown" ? unknownValue("number", "unknown operand", origins) : numberValue(-n, origins);
}
function evalObject(ctx, expr) {
  const at = here(ctx, expr);
  const entries = /* @__PURE__ */ new Map();
  let unknownKey;
  for (const item of expr.items) {
    const key = item.key.type === "Variable" ? stringValue(item.key.name, [here(ctx, item.key)]) : evalExpr(ctx, item.key);
    const value = evalExpr(ctx, item.value);
    if (isError(key)) return key;
    if (isError(value)) return value;
    if (key.kind === "unknown") {
      unknownKey = key;
      continue;
    }
    const k = asString(key);
    if (k === void 0) return errorValue("object key must be a string", [here(ctx, item.key)]);
    entries.set(k, value);
  }
  if (unknownKey) return unknownValue("object", "object with an unknown key", [at]);
  return objectValue(entries, [at]);
}
function evalFor(ctx, expr) {
  const at = here(ctx, expr);
  const type = expr.kind === "tuple" ? "tuple" : "object";
  const coll = evalExpr(ctx, expr.collection);
  const entries = iterate(coll);
  if (entries === "error") return isError(coll) ? coll : errorValue("cannot iterate over this value", [here(ctx, expr.collection)]);
  if (entries === "unknown") return unknownValue(type, coll.kind === "unknown" ? coll.reason ?? "unknown collection" : "unknown collection", [at]);
  const items = [];
  const objEntries = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  let unknownResult;
  for (const [k, v] of entries) {
    if (ctx.budget.exhausted) return unknownValue(type, "evaluation budget exceeded", [at]);
    const bindings = new Map(ctx.bindings);
    if (expr.keyVar !== void 0) bindings.set(expr.keyVar, k);
    bindings.set(expr.valueVar, v);
    const inner = { ...ctx, bindings };
    if (expr.condition) {
      const c = evalExpr(inner, expr.condition);
      if (isError(c)) return c;
      if (c.kind === "unknown") {
        unknownResult ??= c.reason ?? "unknown condition";
        continue;
      }
      const b = asBool(c);
      if (b === void 0) return errorValue("for condition is not a bool", [here(ctx, expr.condition)]);
      if (!b) continue;
    }
    const value = evalExpr(inner, expr.valueExpr);
    if (isError(value)) return value;
    if (expr.kind === "tuple") {
      items.push(value);
      continue;
    }
    const key = expr.keyExpr ? evalExpr(inner, expr.keyExpr) : errorValue("missing key", [at]);
    if (isError(key)) return key;
    if (key.kind === "unknown") {
      unknownResult ??= key.reason ?? "unknown key";
      continue;
    }
    const ks = asString(key);
    if (ks === void 0) return errorValue("for key must be a string", [at]);
    if (expr.grouping) {
      const g = groups.get(ks);
      if (g) g.push(value);
      else groups.set(ks, [value]);
    } else {
      if (objEntries.has(ks)) return errorValue(`duplicate object key "${ks}"`, [at]);
      objEntries.set(ks, value);
    }
  }
  if (unknownResult !== void 0) return unknownValue(type, unknownResult, [at]);
  if (expr.kind === "tuple") return tupleValue(items, [at]);
  if (expr.grouping) {
    for (const [k, g] of groups) objEntries.set(k, tupleValue(g, [at]));
  }
  return objectValue(objEntries, [at]);
}
function evalCall(ctx, expr) {
  const at = here(ctx, expr);
  if (ctx.mode === "constant") return errorValue("function calls are not allowed here", [at]);
  const name = expr.name.startsWith("core::") ? expr.name.slice("core::".length) : expr.name;
  if (name === "try") return evalTry(ctx, expr, at);
  if (name === "can") return evalCan(ctx, expr, at);
  let args = expr.args.map((a) => evalExpr(ctx, a));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (isError(last)) return last;
    if (last.kind === "unknown") return unknownValue("any", last.reason ?? "unknown expanded argument", [at]);
    if (last.kind !== "tuple") return errorValue("the expanded argument must be a list, set or tuple", [at]);
    args = [...args.slice(0, -1), ...last.items];
  }
  const call = {
    ctx,
    origin: at,
    renderTemplate: (template, file, vars) => evalExpr({ scope: ctx.scope, file, bindings: vars, budget: ctx.budget, mode: "template" }, template)
  };
  return callFunction(name, args, call);
}
function evalTry(ctx, expr, at) {
  if (expr.args.length === 0) return errorValue("try needs at least one argument", [at]);
  for (const arg of expr.args) {
    const v = evalExpr(ctx, arg);
    if (isError(v)) continue;
    if (!isKnown(v)) return unknownValue(typeOf(v), v.kind === "unknown" ? v.reason ?? "unknown value" : "partly unknown value", joinOrigins(v.origins, [at]));
    return addOrigins(v, [at]);
  }
  return errorValue("no argument of try could be evaluated", [at]);
}
function evalCan(ctx, expr, at) {
  if (expr.args.length !== 1) return errorValue("can takes one argument", [at]);
  const v = evalExpr(ctx, expr.args[0]);
  if (isError(v)) return boolValue(false, [at]);
  if (!isKnown(v)) return unknownValue("bool", "unknown argument", [at]);
  return boolValue(true, [at]);
}

// rules/lib/instances.ts
var NO_BINDINGS = /* @__PURE__ */ new Map();
function blockInstances(ctx, resource, body, blockType, outer = NO_BINDINGS) {
  const out = [];
  for (const block2 of getBlocks(body, blockType)) {
    if (!block2.dynamic) {
      out.push({ block: block2, bindings: outer });
      continue;
    }
    const forEach = block2.dynamic.forEach;
    const entries = forEach ? iterate(ctx.evaluate(forEach.expr, resource, outer)) : "unknown";
    if (!Array.isArray(entries)) {
      out.push({ block: block2, bindings: outer });
      continue;
    }
    for (const [key, value] of entries) {
      const inner = new Map(outer);
      inner.set(block2.dynamic.iterator, objectValue(/* @__PURE__ */ new Map([["key", key], ["value", value]]), value.origins));
      out.push({ block: block2, bindings: inner });
    }
  }
  return out;
}
function nestedBodies(ctx, resource, path9) {
  let level = [{ body: resource.body, bindings: NO_BINDINGS }];
  for (const type of path9) {
    level = level.flatMap((l) => blockInstances(ctx, resource, l.body, type, l.bindings)).map((instance) => ({ body: instance.block.body, bindings: instance.bindings }));
  }
  return level;
}
function noInstancesBy(ctx, resource) {
  if (resource.count) {
    const n = ctx.evaluate(resource.count.expr);
    if (n.kind === "number" && n.value <= 0) return n;
  }
  if (resource.forEach) {
    const collection = ctx.evaluate(resource.forEach.expr);
    const entries = iterate(collection);
    if (Array.isArray(entries) && entries.length === 0) return collection;
  }
  return void 0;
}
function hasInstances(ctx, resource) {
  return noInstancesBy(ctx, resource) === void 0;
}
function mayHaveInstances(ctx, resource) {
  const none = noInstancesBy(ctx, resource);
  return none === void 0 || ctx.isCallersChoice(none);
}
function existingResources(ctx, concerns13) {
  return ctx.module.resources.filter((r) => concerns13(r) && hasInstances(ctx, r));
}
function managedResources(ctx, concerns13) {
  return ctx.module.resources.filter((r) => r.kind === "resource" && concerns13(r) && hasInstances(ctx, r));
}
function possibleResources(ctx, concerns13) {
  return ctx.module.resources.filter((r) => r.kind === "resource" && concerns13(r) && mayHaveInstances(ctx, r));
}

// src/hcl/walk.ts
function templatePartExpressions(parts) {
  const out = [];
  for (const part of parts) {
    if (part.type === "TemplateInterpolation") out.push(part.expr);
    else if (part.type === "TemplateIf") out.push(part.condition, ...templatePartExpressions(part.then), ...templatePartExpressions(part.else ?? []));
    else if (part.type === "TemplateFor") out.push(part.collection, ...templatePartExpressions(part.body));
  }
  return out;
}
function childExpressions(expr) {
  switch (expr.type) {
    case "Template":
      return templatePartExpressions(expr.parts);
    case "GetAttr":
      return [expr.object];
    case "Index":
      return [expr.collection, expr.key];
    case "Splat":
      return [expr.source, ...expr.steps.flatMap((s) => s.type === "Index" ? [s.key] : [])];
    case "FunctionCall":
      return [...expr.args];
    case "Conditional":
      return [expr.condition, expr.trueExpr, expr.falseExpr];
    case "Binary":
      return [expr.left, expr.right];
    case "Unary":
      return [expr.operand];
    case "Tuple":
      return [...expr.items];
    case "Object":
      return expr.items.flatMap((i) => [i.key, i.value]);
    case "For":
      return [expr.collection, ...expr.keyExpr ? [expr.keyExpr] : [], expr.valueExpr, ...expr.condition ? [expr.condition] : []];
    case "Parentheses":
      return [expr.expr];
    default:
      return [];
  }
}

// rules/lib/references.ts
function literalKey(expr) {
  if (expr.type === "Literal" && typeof expr.value === "number") return String(expr.value);
  return literalString(expr);
}
function asReference(expr) {
  const backwards = [];
  let current = expr;
  for (; ; ) {
    if (current.type === "GetAttr") {
      backwards.push({ kind: "attr", name: current.name });
      current = current.object;
    } else if (current.type === "Index") {
      backwards.push({ kind: "index", key: literalKey(current.key) });
      current = current.collection;
    } else if (current.type === "Splat") {
      for (let i = current.steps.length - 1; i >= 0; i--) {
        const s = current.steps[i];
        backwards.push(s.type === "GetAttr" ? { kind: "attr", name: s.name } : { kind: "index", key: literalKey(s.key) });
      }
      backwards.push({ kind: "splat" });
      current = current.source;
    } else if (current.type === "Variable") {
      return { root: current.name, steps: backwards.reverse(), expr };
    } else {
      return void 0;
    }
  }
}
function localToFollow(ref, module, seen) {
  const first = ref.steps[0];
  if (ref.root !== "local" || first?.kind !== "attr" || seen.has(first.name)) return void 0;
  seen.add(first.name);
  const local = module.locals.get(`local.${first.name}`) ?? module.locals.get(first.name);
  return local?.attribute.expr;
}
function referencesIn(expr, module) {
  const out = [];
  const seenLocals = /* @__PURE__ */ new Set();
  const visit = (e) => {
    const ref = asReference(e);
    if (ref) {
      out.push(ref);
      collectIndexKeys(e).forEach(visit);
      const local = module ? localToFollow(ref, module, seenLocals) : void 0;
      if (local) visit(local);
      return;
    }
    if (e.type === "For") {
      const bound = /* @__PURE__ */ new Set([e.valueVar, ...e.keyVar ? [e.keyVar] : []]);
      const inner = [...e.keyExpr ? [e.keyExpr] : [], e.valueExpr, ...e.condition ? [e.condition] : []];
      visit(e.collection);
      for (const x of inner) {
        for (const r of referencesIn(x, module)) if (!bound.has(r.root)) out.push(r);
      }
      return;
    }
    childExpressions(e).forEach(visit);
  };
  visit(expr);
  return out;
}
function collectIndexKeys(expr) {
  const keys = [];
  let current = expr;
  for (; ; ) {
    if (current.type === "GetAttr") current = current.object;
    else if (current.type === "Index") {
      if (current.key.type !== "Template" && current.key.type !== "Literal") keys.push(current.key);
      current = current.collection;
    } else if (current.type === "Splat") {
      for (const s of current.steps) if (s.type === "Index") keys.push(s.key);
      current = current.source;
    } else return keys;
  }
}
function functionsCalledIn(expr, module) {
  const out = /* @__PURE__ */ new Set();
  const seenLocals = /* @__PURE__ */ new Set();
  const visit = (e) => {
    if (e.type === "FunctionCall") out.add(e.name);
    const ref = asReference(e);
    const local = module && ref ? localToFollow(ref, module, seenLocals) : void 0;
    if (local) visit(local);
    childExpressions(e).forEach(visit);
  };
  visit(expr);
  return out;
}
var NAMED_VALUE_ROOTS = /* @__PURE__ */ new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);
function resourceReference(ref) {
  if (ref.root === "data" || NAMED_VALUE_ROOTS.has(ref.root)) return void 0;
  const [nameStep, ...rest] = ref.steps;
  if (!nameStep || nameStep.kind !== "attr") return void 0;
  const attr = rest.find((s) => s.kind === "attr");
  return { type: ref.root, name: nameStep.name, attribute: attr?.name };
}
function traversalRoot(expr) {
  let depth = 0;
  let e = expr;
  for (; ; ) {
    if (e.type === "GetAttr") e = e.object;
    else if (e.type === "Index") e = e.collection;
    else if (e.type === "Parentheses") e = e.expr;
    else break;
    depth++;
  }
  return e.type === "Variable" ? { root: e.name, depth } : void 0;
}
function isResourceReference(expr, bindings = NO_BINDINGS) {
  const t = traversalRoot(expr);
  if (!t || NAMED_VALUE_ROOTS.has(t.root) || bindings.has(t.root)) return false;
  return t.root === "data" ? t.depth >= 3 : t.depth >= 2;
}

// rules/lib/attributes.ts
function argumentBool(value) {
  return value.kind === "null" ? null : asBool(value);
}
function argumentString(value) {
  return value.kind === "null" ? null : asString(value);
}
function readArgument(ctx, attribute2, resource, convert, bindings) {
  if (!attribute2) return { state: "absent" };
  const evaluated = ctx.evaluate(attribute2.expr, resource, bindings);
  const converted = convert(evaluated);
  if (converted === null) return { state: "absent" };
  if (converted === void 0) return { state: "unknown", attribute: attribute2, evaluated };
  return { state: "known", value: converted, attribute: attribute2, evaluated };
}
function readBool(ctx, body, name, resource, bindings) {
  return readArgument(ctx, getAttribute(body, name), resource, argumentBool, bindings);
}
function readString(ctx, body, name, resource, bindings) {
  return readArgument(ctx, getAttribute(body, name), resource, argumentString, bindings);
}
function lifecycleFlag(ctx, resource, flag) {
  const attribute2 = resource.lifecycle ? resource.lifecycle[flag] : void 0;
  return readArgument(ctx, attribute2, resource, argumentBool);
}
function attributeValue(ctx, resource, body, name, bindings = NO_BINDINGS) {
  const attr = getAttribute(body, name);
  return attr ? { attr, value: ctx.evaluate(attr.expr, resource, bindings) } : void 0;
}
function objectItemKey(ctx, item, resource, bindings) {
  return item.key.type === "Variable" ? item.key.name : asString(ctx.evaluate(item.key, resource, bindings));
}
function listItems(ctx, resource, attr, bindings = NO_BINDINGS) {
  if (attr.expr.type === "Tuple") {
    return attr.expr.items.map((item) => ({ node: item, value: ctx.evaluate(item, resource, bindings) }));
  }
  const value = ctx.evaluate(attr.expr, resource, bindings);
  if (value.kind === "tuple") return value.items.map((item) => ({ node: attr.expr, value: item }));
  if (value.kind === "unknown" || value.kind === "null") return [];
  return [{ node: attr.expr, value }];
}
var NEVER_NULL_FUNCTIONS = /* @__PURE__ */ new Set([
  "templatefile",
  "file",
  "filebase64",
  "base64encode",
  "base64gzip",
  "textencodebase64",
  "jsonencode",
  "yamlencode",
  "join",
  "format",
  "trimspace",
  "chomp",
  "replace",
  "templatestring"
]);
function isDefinitelySet(expr, value, bindings = NO_BINDINGS) {
  if (value.kind === "null") return false;
  if (value.kind === "string") return value.value !== "";
  if (value.kind !== "unknown") return true;
  if (value.pieces?.some((p) => p.known && p.text !== "")) return true;
  let e = expr;
  while (e.type === "Parentheses") e = e.expr;
  if (e.type === "Template" && e.parts.some((p) => p.type === "TemplateLiteral" && p.value !== "")) return true;
  if (e.type === "FunctionCall" && NEVER_NULL_FUNCTIONS.has(e.name)) return true;
  return isResourceReference(e, bindings);
}

// rules/lib/origins.ts
function sameRange(a, b) {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}
function findInExpression(expr, range) {
  if (expr.range.start.offset > range.start.offset || expr.range.end.offset < range.end.offset) return void 0;
  if (sameRange(expr.range, range)) {
    for (const child of childExpressions(expr)) {
      const inner = findInExpression(child, range);
      if (inner) return inner;
    }
    return expr;
  }
  for (const child of childExpressions(expr)) {
    const found = findInExpression(child, range);
    if (found) return found;
  }
  return void 0;
}
function findInBody(body, range) {
  for (const item of body.items) {
    if (item.range.start.offset > range.start.offset || item.range.end.offset < range.end.offset) continue;
    const found = item.type === "Attribute" ? findInExpression(item.expr, range) : findInBody(item.body, range);
    if (found) return found;
  }
  return void 0;
}
function findExpressionAt(file, range) {
  return findInBody(file.body, range);
}
function liesWithin(inner, outer) {
  return inner.file === outer.file && inner.range.start.offset >= outer.range.start.offset && inner.range.end.offset <= outer.range.end.offset;
}
function locateOrigin(ctx, value) {
  const origin = value.origins[0];
  if (!origin) return void 0;
  for (const file of [...ctx.module.files, ...ctx.module.varFiles]) {
    if (file.filename !== origin.file) continue;
    const expr = findExpressionAt(file, origin.range);
    if (expr) return { file, expr };
  }
  return void 0;
}
function writtenAt(ctx, located, expr) {
  if (located.expr === expr) return true;
  return located.file.filename === fileOfNode(ctx.module, expr)?.filename && sameRange(located.expr.range, expr.range);
}

// src/model/attribute-path.ts
var PATH_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function attributePathStep(path9, key) {
  if (PATH_IDENTIFIER.test(key)) return path9 ? `${path9}.${key}` : key;
  return `${path9}[${JSON.stringify(key)}]`;
}
function normalAttributePath(path9) {
  return path9.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (whole, inner, offset) => {
    let key;
    try {
      key = JSON.parse(`"${inner}"`);
    } catch {
      return whole;
    }
    return typeof key === "string" && PATH_IDENTIFIER.test(key) ? `${offset === 0 ? "" : "."}${key}` : whole;
  });
}

// rules/lib/reporting.ts
function dedupingReporter(ctx) {
  const seen = /* @__PURE__ */ new Set();
  return (d) => {
    const file = fileOfNode(ctx.module, d.node.of ?? d.node)?.filename ?? (typeof d.file === "string" ? d.file : d.file?.filename ?? d.resource?.file.filename ?? "");
    const origin = d.value?.origins[0];
    const elsewhere = origin !== void 0 && !liesWithin(origin, { file, range: d.node.range });
    const key = elsewhere ? ["origin", origin.file, origin.range.start.offset, origin.range.end.offset].join("\0") : [file, d.node.range.start.offset, d.node.range.end.offset, d.message, d.address ?? d.resource?.address ?? ""].join("\0");
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(d);
  };
}
function flipBoolFix(ctx, resource, expr, to, description) {
  if (expr.type !== "Literal" || typeof expr.value !== "boolean" || expr.value === to) return void 0;
  return {
    description,
    file: (fileOfNode(ctx.module, expr) ?? resource.file).filename,
    replacements: [{ range: expr.range, text: String(to) }]
  };
}

// rules/lib/container-images.ts
function isRegistryComponent(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function parseImageRef(text) {
  const ref = text.trim();
  if (ref === "" || /\s/.test(ref)) return void 0;
  let rest = ref;
  let digest2;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest2 = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest2 === "") return void 0;
  }
  let registry;
  const slash = rest.indexOf("/");
  if (slash >= 0 && isRegistryComponent(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return void 0;
  }
  if (rest === "" || rest.split("/").some((c) => c === "")) return void 0;
  return { registry, repository: rest, tag, digest: digest2 };
}
function isSha256Digest(digest2) {
  return digest2 !== void 0 && /^sha256:[0-9a-f]{64}$/i.test(digest2);
}
var DEFAULT_MUTABLE_TAGS = ["latest"];
function judgeImageRef(ref, options) {
  if (ref.digest !== void 0) {
    return options.strict && !isSha256Digest(ref.digest) ? { kind: "no-digest", tag: ref.tag } : void 0;
  }
  if (ref.tag === void 0) return { kind: "no-tag" };
  if (options.mutableTags.some((t) => t.toLowerCase() === ref.tag?.toLowerCase())) return { kind: "mutable-tag", tag: ref.tag };
  if (options.strict) return { kind: "no-digest", tag: ref.tag };
  return void 0;
}
function judgePartialImageRef(pieces, options) {
  let lastHole = -1;
  pieces.forEach((p, i) => {
    if (!p.known) lastHole = i;
  });
  if (lastHole < 0) {
    const ref = parseImageRef(pieces.map((p) => p.known ? p.text : "").join(""));
    return ref ? judgeImageRef(ref, options) : void 0;
  }
  const suffix = pieces.slice(lastHole + 1).map((p) => p.known ? p.text : "").join("");
  if (suffix.includes("@")) {
    const digest2 = suffix.slice(suffix.indexOf("@") + 1);
    return options.strict && !isSha256Digest(digest2) && !digest2.includes("/") ? { kind: "no-digest", tag: void 0 } : void 0;
  }
  const slash = suffix.lastIndexOf("/");
  const last = slash >= 0 ? suffix.slice(slash + 1) : void 0;
  let tag;
  if (last !== void 0) {
    if (last === "") return void 0;
    const colon = last.indexOf(":");
    tag = colon >= 0 ? last.slice(colon + 1) : void 0;
    if (tag === "") return void 0;
  } else {
    const colon = suffix.lastIndexOf(":");
    if (colon < 0) return void 0;
    tag = suffix.slice(colon + 1);
    if (tag === "") return void 0;
  }
  if (tag === void 0) return { kind: "no-tag" };
  if (options.mutableTags.some((t) => t.toLowerCase() === tag?.toLowerCase())) return { kind: "mutable-tag", tag };
  return options.strict ? { kind: "no-digest", tag } : void 0;
}
function describeImageProblem(image, problem) {
  switch (problem.kind) {
    case "no-tag":
      return `Image "${image}" has no tag, so it means "latest" and changes whenever a new image is pushed; pin a version tag or an @sha256 digest.`;
    case "mutable-tag":
      return `Image "${image}" uses the floating tag "${problem.tag}"; pin a version tag or an @sha256 digest.`;
    case "no-digest":
      return `Image "${image}" is not pinned by digest${problem.tag ? ` (tag "${problem.tag}" can be re-pushed)` : ""}; strict mode requires an @sha256 digest.`;
  }
}

// rules/lib/file-reads.ts
import * as nodePath2 from "node:path";

// rules/lib/templates.ts
var HOLE = "";
function rawTokenAt(raw, i, quoted) {
  if (raw.startsWith("$${", i)) return { text: "${", length: 3 };
  if (raw.startsWith("%%{", i)) return { text: "%{", length: 3 };
  if (quoted && raw[i] === "\\") {
    const e = raw[i + 1];
    const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
    if (e !== void 0 && e in simple) return { text: simple[e], length: 2 };
    if (e === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      return { text: String.fromCodePoint(parseInt(raw.slice(i + 2, i + 6), 16)), length: 6 };
    }
    if (e === "U" && /^[0-9a-fA-F]{8}$/.test(raw.slice(i + 2, i + 10))) {
      const cp = parseInt(raw.slice(i + 2, i + 10), 16);
      return { text: cp <= 1114111 ? String.fromCodePoint(cp) : "�", length: 10 };
    }
  }
  const c = raw.charCodeAt(i);
  const len = c >= 55296 && c <= 56319 && i + 1 < raw.length ? 2 : 1;
  return { text: raw.slice(i, i + len), length: len };
}
function alignLiteral(source, range, value, quoted) {
  const raw = source.slice(range.start.offset, range.end.offset);
  const spans = [];
  let j = 0;
  let i = 0;
  while (i < raw.length && j < value.length) {
    const tok = rawTokenAt(raw, i, quoted);
    if (value.startsWith(tok.text, j)) {
      for (let k = 0; k < tok.text.length; k++) spans.push({ start: range.start.offset + i, end: range.start.offset + i + tok.length });
      j += tok.text.length;
    }
    i += tok.length;
  }
  return j === value.length ? spans : void 0;
}
var aligned = /* @__PURE__ */ new WeakMap();
function alignedLiteral(source, part, quoted) {
  const known = aligned.get(part);
  if (known && known.source === source && known.quoted === quoted) return known.spans;
  const spans = alignLiteral(source, part.range, part.value, quoted);
  aligned.set(part, { source, quoted, spans });
  return spans;
}
function mapTemplate(file, template, evaluate2, escapes = template.kind === "quoted") {
  const quoted = escapes;
  let text = "";
  const spans = [];
  let failed = false;
  const hole = (range) => {
    text += HOLE;
    spans.push({ start: range.start.offset, end: range.end.offset });
  };
  const walk = (parts, bindings) => {
    for (const part of parts) {
      if (failed) return;
      switch (part.type) {
        case "TemplateLiteral": {
          const s = alignedLiteral(file.source, part, quoted);
          if (!s) {
            failed = true;
            return;
          }
          text += part.value;
          for (const span of s) spans.push(span);
          break;
        }
        case "TemplateInterpolation": {
          const v = evaluate2(part.expr, bindings);
          const s = asString(v);
          const span = { start: part.range.start.offset, end: part.range.end.offset, interpolation: { expr: part.expr, bindings } };
          if (s === void 0) {
            text += HOLE;
            spans.push(span);
          } else {
            text += s;
            for (let k = 0; k < s.length; k++) spans.push(span);
          }
          break;
        }
        case "TemplateIf": {
          const c = asBool(evaluate2(part.condition, bindings));
          if (c === void 0) hole(part.range);
          else walk(c ? part.then : part.else ?? [], bindings);
          break;
        }
        case "TemplateFor": {
          const coll = evaluate2(part.collection, bindings);
          const entries = iterate(coll);
          if (!Array.isArray(entries)) {
            hole(part.range);
            break;
          }
          for (const [key, value] of entries) {
            const inner = new Map(bindings);
            if (part.keyVar) inner.set(part.keyVar, key);
            inner.set(part.valueVar, value);
            walk(part.body, inner);
          }
          break;
        }
      }
    }
  };
  walk(template.parts, /* @__PURE__ */ new Map());
  return failed ? void 0 : { text, spans, file };
}
function soleInterpolation(mapped, start, end) {
  if (end <= start) return void 0;
  const first = mapped.spans[start];
  if (!first.interpolation) return void 0;
  for (let i = start + 1; i < end; i++) if (mapped.spans[i] !== first) return void 0;
  return first.interpolation;
}
function mappedRange(mapped, start, end) {
  const first = mapped.spans[start];
  const last = mapped.spans[Math.max(start, end - 1)];
  return lineIndexOf(mapped.file).plainRange(first.start, Math.max(first.start, last.end));
}

// rules/lib/file-reads.ts
var FILE_FUNCTIONS = /* @__PURE__ */ new Set(["file", "filebase64", "templatefile"]);
function fileCallOf(expr, passThrough) {
  let e = expr;
  while (e.type === "Parentheses" || e.type === "FunctionCall" && passThrough.has(e.name) && e.args.length >= 1) e = e.type === "Parentheses" ? e.expr : e.args[0];
  return e.type === "FunctionCall" && FILE_FUNCTIONS.has(e.name) && e.args.length >= 1 ? e : void 0;
}
function readFileOf(ctx, call, at) {
  const p = asString(ctx.evaluate(call.args[0], at.resource, at.bindings));
  const cwd = asString(ctx.evaluate(PATH_CWD, void 0));
  const text = asString(ctx.evaluate(fileReadOf(call), at.resource, at.bindings));
  if (p === void 0 || cwd === void 0 || text === void 0) return void 0;
  const filename = nodePath2.isAbsolute(p) ? p : nodePath2.join(cwd, p);
  return { filename: filename.split(nodePath2.sep).join("/"), source: text };
}
function mapTemplateFile(ctx, call, at, read2) {
  const vars = call.args[1] ? ctx.evaluate(call.args[1], at.resource, at.bindings) : void 0;
  if (vars?.kind !== "object") return void 0;
  const parsed = parseTemplateText(read2.source, read2.filename);
  if (parsed.expr.type !== "Template" || parsed.diagnostics.some((d) => d.severity === "error")) return void 0;
  const names = new Map(vars.entries);
  const evaluate2 = (e, b) => ctx.evaluate(e, void 0, new Map([...names, ...b]));
  const mapped = mapTemplate(read2, parsed.expr, evaluate2, false);
  return mapped && { mapped, evaluate: evaluate2 };
}
function mapPlainFile(read2) {
  const spans = Array.from({ length: read2.source.length }, (_, i) => ({ start: i, end: i + 1 }));
  return { text: read2.source, spans, file: read2 };
}
function shownPath(ctx, call, at) {
  const p = asString(ctx.evaluate(call.args[0], at.resource, at.bindings));
  if (p === void 0) return void 0;
  const moduleDir = asString(ctx.evaluate(PATH_MODULE, void 0));
  return moduleDir === void 0 || nodePath2.posix.isAbsolute(p) ? p : nodePath2.posix.relative(moduleDir, nodePath2.posix.normalize(p));
}
var ZERO = { line: 1, column: 1, offset: 0 };
var NOWHERE = { start: ZERO, end: ZERO };
function pathReference(name) {
  return { type: "GetAttr", object: { type: "Variable", name: "path", range: NOWHERE }, name, nameRange: NOWHERE, range: NOWHERE };
}
var PATH_MODULE = pathReference("module");
var PATH_CWD = pathReference("cwd");
var fileReads = /* @__PURE__ */ new WeakMap();
function fileReadOf(call) {
  let read2 = fileReads.get(call);
  if (!read2) fileReads.set(call, read2 = { type: "FunctionCall", name: "file", nameRange: call.nameRange, args: [call.args[0]], expandFinal: false, range: call.range });
  return read2;
}

// rules/container-image-pinned/index.ts
var K8S_POD_SPEC = {
  pod: ["spec"],
  deployment: ["spec", "template", "spec"],
  stateful_set: ["spec", "template", "spec"],
  daemon_set: ["spec", "template", "spec"],
  daemonset: ["spec", "template", "spec"],
  job: ["spec", "template", "spec"],
  replication_controller: ["spec", "template", "spec"],
  cron_job: ["spec", "job_template", "spec", "template", "spec"]
};
function stringSites(type) {
  const k8s = /^kubernetes_(.+?)(_v1)?$/.exec(type);
  if (k8s && K8S_POD_SPEC[k8s[1]]) {
    const spec = K8S_POD_SPEC[k8s[1]];
    const sites = ["container", "init_container"].map((c) => ({ path: [...spec, c], attr: "image" }));
    if (k8s[1] === "replication_controller") sites.push(...["container", "init_container"].map((c) => ({ path: ["spec", "template", c], attr: "image" })));
    return sites;
  }
  switch (type) {
    case "docker_container":
      return [{ path: [], attr: "image" }];
    case "docker_image":
      return [{ path: [], attr: "name" }];
    case "docker_service":
      return [{ path: ["task_spec", "container_spec"], attr: "image" }];
    case "aws_lambda_function":
      return [{ path: [], attr: "image_uri" }];
    case "aws_apprunner_service":
      return [{ path: ["source_configuration", "image_repository"], attr: "image_identifier" }];
    case "aws_batch_job_definition":
      return ["containers", "init_containers"].map((c) => ({ path: ["eks_properties", "pod_properties", c], attr: "image" }));
    case "google_cloud_run_service":
      return [{ path: ["template", "spec", "containers"], attr: "image" }];
    case "google_cloud_run_v2_service":
      return [{ path: ["template", "containers"], attr: "image" }];
    case "google_cloud_run_v2_job":
      return [{ path: ["template", "template", "containers"], attr: "image" }];
    case "azurerm_container_group":
      return ["container", "init_container"].map((c) => ({ path: [c], attr: "image" }));
    case "azurerm_container_app":
    case "azurerm_container_app_job":
      return ["container", "init_container"].map((c) => ({ path: ["template", c], attr: "image" }));
    default:
      return [];
  }
}
var JSON_SITES = {
  aws_ecs_task_definition: ["container_definitions"],
  aws_batch_job_definition: ["container_properties", "node_properties", "ecs_properties"]
};
var NO_PASS_THROUGH = /* @__PURE__ */ new Set();
var MANIFEST_CONTAINER_KEYS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
var container_image_pinned_default = defineRule({
  id: "container-image-pinned",
  severity: "error",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Container images are pinned to a version tag or digest, never latest or untagged",
  securitySeverity: 6.5,
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      mutableTags: {
        type: "array",
        description: 'Tags that float like "latest" in your registries (e.g. "stable", "main", "prod"); compared case-insensitively.',
        items: { type: "string", minLength: 1 },
        uniqueItems: true
      }
    },
    additionalProperties: false
  },
  concerns: readsImages,
  check(ctx) {
    const report = dedupingReporter(ctx);
    const extra = ctx.options.mutableTags ?? [];
    const options = { strict: ctx.strict, mutableTags: [...DEFAULT_MUTABLE_TAGS, ...extra] };
    for (const resource of managedResources(ctx, readsImages)) {
      const sink = (image, problem, where) => report({
        node: where.node,
        file: where.file,
        resource,
        attributePath: where.path,
        value: where.value,
        related: where.related,
        readAt: where.readAt,
        message: `${resource.address}: ${describeImageProblem(image, problem)}`
      });
      if (resource.resourceType === "docker_image" && getBlocks(resource.body, "build").length > 0) continue;
      for (const site of stringSites(resource.resourceType)) {
        for (const { body, bindings } of nestedBodies(ctx, resource, site.path)) {
          const image = attributeValue(ctx, resource, body, site.attr, bindings);
          if (!image) continue;
          judgeValue(
            image.value,
            options,
            (text, problem) => sink(text, problem, {
              node: image.attr.expr,
              value: tagOrigin(ctx, resource, fileOfNode(ctx.module, image.attr) ?? resource.file, image.attr.expr, bindings, problem) ?? image.value,
              path: [...site.path, site.attr].join(".")
            })
          );
        }
      }
      for (const name of JSON_SITES[resource.resourceType] ?? []) {
        const attr = getAttribute(resource.body, name);
        if (attr) new JsonImages(ctx, resource, options, sink, name, "json", { attribute: attr }).expression(attr.expr, NO_BINDINGS);
      }
      if (resource.resourceType === "kubernetes_manifest") {
        const attr = getAttribute(resource.body, "manifest");
        if (attr) new JsonImages(ctx, resource, options, sink, "manifest", "manifest", { attribute: attr }).expression(attr.expr, NO_BINDINGS);
      }
    }
  }
});
function readsImages(resource) {
  const type = resource.resourceType;
  return stringSites(type).length > 0 || JSON_SITES[type] !== void 0 || type === "kubernetes_manifest";
}
function render(pieces) {
  return pieces.map((p) => p.known ? p.text : "${…}").join("");
}
function judgeValue(value, options, found) {
  if (value.kind === "string") {
    const ref = parseImageRef(value.value);
    const problem = ref ? judgeImageRef(ref, options) : void 0;
    if (problem) found(value.value, problem);
  } else if (value.kind === "unknown" && value.pieces) {
    const problem = judgePartialImageRef(value.pieces, options);
    if (problem) found(render(value.pieces), problem);
  }
}
function tagOrigin(ctx, resource, file, expr, bindings, problem) {
  if (problem.kind !== "mutable-tag" || expr.type !== "Template") return void 0;
  const mapped = mapTemplate(file, expr, (e, b) => ctx.evaluate(e, resource, new Map([...bindings, ...b])));
  if (!mapped || !mapped.text.endsWith(problem.tag)) return void 0;
  const sole = soleInterpolation(mapped, mapped.text.length - problem.tag.length, mapped.text.length);
  if (!sole) return void 0;
  const value = ctx.evaluate(sole.expr, resource, new Map([...bindings, ...sole.bindings]));
  return value.kind === "string" ? value : void 0;
}
function piecesOf(text) {
  const out = [];
  text.split(HOLE).forEach((t, i) => {
    if (i > 0) out.push({ known: false });
    if (t !== "") out.push({ known: true, text: t });
  });
  return out;
}
var IMAGE_IN_JSON = /"image"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
var JsonImages = class _JsonImages {
  constructor(ctx, resource, options, sink, path9, mode, written) {
    this.ctx = ctx;
    this.resource = resource;
    this.options = options;
    this.sink = sink;
    this.path = path9;
    this.mode = mode;
    const elsewhere = "file" in written ? written : void 0;
    this.file = elsewhere?.file ?? fileOfNode(ctx.module, written.attribute) ?? resource.file;
    this.related = elsewhere?.related;
    this.scopeResource = elsewhere ? void 0 : resource;
  }
  ctx;
  resource;
  options;
  sink;
  path;
  mode;
  /** The file being walked: the resource's, or the one a value was written in. */
  file;
  /** The resource whose `count`/`each` apply: none once we walk another block's expression. */
  scopeResource;
  related;
  /** Walks an expression; `inContainers` (manifest mode) says we are inside a container list. */
  expression(expr, bindings, inContainers = false) {
    switch (expr.type) {
      case "Parentheses":
        return this.expression(expr.expr, bindings, inContainers);
      case "FunctionCall":
        if ((expr.name === "jsonencode" || expr.name === "tolist" || expr.name === "tomap") && expr.args.length === 1) {
          return this.expression(expr.args[0], bindings, inContainers);
        }
        if (this.mode === "json" && this.fileText(expr, bindings)) return;
        return this.evaluated(expr, bindings, inContainers);
      case "Tuple":
        for (const item of expr.items) this.expression(item, bindings, inContainers);
        return;
      case "Object":
        for (const item of expr.items) this.objectItem(item, bindings, inContainers);
        return;
      case "Template":
        if (this.templateText(expr, this.file, bindings, this.related)) return;
        return this.evaluated(expr, bindings, inContainers);
      default:
        return this.evaluated(expr, bindings, inContainers);
    }
  }
  objectItem(item, bindings, inContainers) {
    const key = objectItemKey(this.ctx, item, this.scopeResource, bindings);
    if (key === void 0) return;
    if (key === "image" && (this.mode === "json" || inContainers)) {
      const value = this.ctx.evaluate(item.value, this.scopeResource, bindings);
      judgeValue(
        value,
        this.options,
        (image, problem) => this.sink(image, problem, {
          node: item.value,
          file: this.file,
          value: tagOrigin(this.ctx, this.scopeResource, this.file, item.value, bindings, problem) ?? value,
          path: `${this.path}.image`,
          related: this.related
        })
      );
      return;
    }
    const containers = this.mode === "manifest" && MANIFEST_CONTAINER_KEYS.has(key);
    this.expression(item.value, bindings, this.mode === "manifest" ? containers : inContainers);
  }
  /** An expression we cannot walk as syntax: evaluate it and walk the value. */
  evaluated(expr, bindings, inContainers) {
    const value = this.ctx.evaluate(expr, this.scopeResource, bindings);
    if (value.kind === "string" && this.mode === "json") {
      this.jsonString(value, expr);
      return;
    }
    this.value(value, expr, inContainers);
  }
  value(value, node, inContainers) {
    if (value.kind === "tuple") {
      for (const item of value.items) this.value(item, node, inContainers);
    } else if (value.kind === "object") {
      for (const [key, entry] of value.entries) {
        if (key === "image" && (this.mode === "json" || inContainers)) {
          judgeValue(
            entry,
            this.options,
            (image, problem) => this.sink(image, problem, { node, file: this.file, value: entry, path: `${this.path}.image`, related: this.related })
          );
        } else {
          this.value(entry, node, this.mode === "manifest" ? MANIFEST_CONTAINER_KEYS.has(key) : inContainers);
        }
      }
    }
  }
  /**
   * A JSON string value: when it was written in this module (a heredoc in a
   * local, a `jsonencode(...)` in a variable default), walk what was written
   * there so findings point inside it; else parse the text.
   */
  jsonString(value, node) {
    const located = locateOrigin(this.ctx, value);
    const here2 = located !== void 0 && liesWithin({ file: located.file.filename, range: located.expr.range }, { file: this.file.filename, range: node.range });
    if (located && !here2) {
      const related = this.related ?? [{ file: this.file.filename, range: node.range, message: `used as ${this.path} of ${this.resource.address}` }];
      const walker = new _JsonImages(this.ctx, this.resource, this.options, this.sink, this.path, this.mode, { file: located.file, related });
      if (located.expr.type === "Template" && walker.templateText(located.expr, located.file, NO_BINDINGS, related)) return;
      if (located.expr.type === "FunctionCall" && located.expr.name === "jsonencode" && located.expr.args.length === 1) {
        walker.expression(located.expr.args[0], NO_BINDINGS);
        return;
      }
    }
    let parsed;
    try {
      parsed = JSON.parse(value.value);
    } catch {
      return;
    }
    this.value(fromJs(parsed, value.origins), node, false);
  }
  /**
   * Container definitions read from a file (`file()`, `templatefile()`):
   * each image is reported at its `"image": "…"` in that file (for a
   * template, the template's text), with the argument that reads it related;
   * an image an interpolation wrote is reported where its value was written
   * when that is elsewhere (a variable's default). False when the file
   * cannot be read or mapped here.
   */
  fileText(expr, bindings) {
    const call = fileCallOf(expr, NO_PASS_THROUGH);
    if (!call || call.name === "filebase64") return false;
    const at = { resource: this.scopeResource, bindings };
    const read2 = readFileOf(this.ctx, call, at);
    if (!read2) return false;
    const template = call.name === "templatefile" ? mapTemplateFile(this.ctx, call, at, read2) : void 0;
    if (call.name === "templatefile" && !template) return false;
    const mapped = template?.mapped ?? mapPlainFile(read2);
    const node = { file: this.file.filename, range: expr.range };
    const readAt = (range) => ({ file: read2.filename, range, message: `used as ${this.path} of ${this.resource.address}` });
    this.scanImages(mapped, template?.evaluate, (range, value) => {
      const elsewhere = value !== void 0 && value.kind !== "unknown" && value.origins[0] !== void 0 && !liesWithin(value.origins[0], node);
      return elsewhere ? { node: expr, file: this.file, value, related: this.related } : { node: expr, file: this.file, related: this.related, readAt: readAt(range) };
    });
    return true;
  }
  /**
   * Scans the JSON text a template produces for `"image": "…"` and reports
   * each at its place in the template. Returns false when the template
   * cannot be mapped to its source.
   */
  templateText(template, file, bindings, related) {
    const evaluate2 = (e, b) => this.ctx.evaluate(e, this.scopeResource, new Map([...bindings, ...b]));
    const mapped = mapTemplate(file, template, evaluate2);
    if (!mapped) return false;
    this.scanImages(mapped, evaluate2, (range, value) => ({ node: { range }, file, value: value && value.kind !== "unknown" ? value : void 0, related }));
    return true;
  }
  /**
   * Finds each `"image": "…"` of a mapped JSON text and judges it; `where`
   * says where to report one, from its range in the source and, for an image
   * one interpolation wrote entirely, that interpolation's value.
   */
  scanImages(mapped, evaluate2, where) {
    IMAGE_IN_JSON.lastIndex = 0;
    let m;
    while ((m = IMAGE_IN_JSON.exec(mapped.text)) !== null) {
      let content;
      try {
        content = JSON.parse(`"${m[1]}"`);
      } catch {
        continue;
      }
      const end = m.index + m[0].length;
      const start = end - m[1].length - 2;
      const pieces = piecesOf(content);
      const sole = soleInterpolation(mapped, start + 1, end - 1);
      const value = sole && evaluate2 ? evaluate2(sole.expr, sole.bindings) : void 0;
      const judged = pieces.every((p) => p.known) ? { kind: "string", value: content, origins: [] } : { kind: "unknown", type: "string", pieces, origins: [] };
      judgeValue(judged, this.options, (image, problem) => this.sink(image, problem, { ...where(mappedRange(mapped, start, end), value), path: `${this.path}.image` }));
    }
  }
};

// rules/lib/data-reads.ts
var readersByModule = /* @__PURE__ */ new WeakMap();
function dataSourceUse(ctx, dataSource) {
  const readers = readersOf(ctx.module, dataSource.address);
  if (readers.length === 0) return [];
  const takers = [];
  let nested = false;
  for (const reader of readers) {
    if (reader.resource && !hasInstances(ctx, reader.resource)) continue;
    if (reader.nested) {
      nested = true;
      continue;
    }
    const value = ctx.evaluate(reader.attribute.expr, reader.resource);
    if (!isKnown(value)) takers.push(value);
  }
  return takers.length > 0 || nested ? takers : void 0;
}
function readersOf(module, address) {
  let byAddress = readersByModule.get(module);
  if (!byAddress) readersByModule.set(module, byAddress = /* @__PURE__ */ new Map());
  let readers = byAddress.get(address);
  if (!readers) byAddress.set(address, readers = findReaders(module, address));
  return readers;
}
function findReaders(module, address) {
  const out = [];
  const reads = (expr) => referencesIn(expr, module).some((ref) => referenceAddress(ref) === address);
  const visit = (body, resource, nested) => {
    for (const item of body.items) {
      if (item.type === "Attribute") {
        if (item.name !== "depends_on" && reads(item.expr)) out.push({ attribute: item, ...resource ? { resource } : {}, nested });
      } else if (item.blockType !== "lifecycle") {
        visit(item.body, resource, true);
      }
    }
  };
  for (const resource of module.resources) {
    if (resource.address !== address) visit(resource.body, resource, false);
  }
  for (const call of module.moduleCalls.values()) {
    for (const attribute2 of call.arguments.values()) if (reads(attribute2.expr)) out.push({ attribute: attribute2, nested: false });
  }
  for (const output of module.outputs.values()) {
    if (output.value && reads(output.value.expr)) out.push({ attribute: output.value, nested: false });
  }
  return out;
}
function referenceAddress(ref) {
  const [type, name] = ref.steps;
  if (ref.root !== "data" || type?.kind !== "attr" || name?.kind !== "attr") return void 0;
  return `data.${type.name}.${name.name}`;
}

// rules/lib/machine-images.ts
function hasVersionSuffix(name) {
  return /-v\d{6,}(?:-|$)/.test(name) || /-\d{8}(?:-|$)/.test(name) || /-\d{10,}$/.test(name) || /-v\d+(?:[.-]\d+)*$/.test(name) || /(?:-\d+){3,}$/.test(name);
}
function classifyGoogleImage(text) {
  const s = text.trim().replace(/^https?:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\//, "");
  if (s === "") return void 0;
  let m = /^(?:projects\/([^/]+)\/)?(?:global\/images\/)?family\/([^/]+)$/.exec(s);
  if (m && (s.startsWith("family/") || s.includes("global/images/family/"))) {
    return { kind: "family", family: m[2], project: m[1], explicit: true };
  }
  m = /^(?:projects\/[^/]+\/)?global\/images\/([^/]+)$/.exec(s);
  if (m) return { kind: "image", name: m[1] };
  m = /^([^/]+)\/([^/]+)$/.exec(s);
  if (m) {
    return hasVersionSuffix(m[2]) ? { kind: "image", name: m[2] } : { kind: "family", family: m[2], project: m[1], explicit: false };
  }
  if (!s.includes("/")) return { kind: "ambiguous", name: s };
  return void 0;
}
var FLOATING_SEGMENT = /(?:^|[/_-])(latest|recommended|current)(?:$|[/_-])/i;
function floatingSsmWord(path9) {
  if (/:(?:\d+|\$\{…\})$/.test(path9)) return void 0;
  const m = FLOATING_SEGMENT.exec(path9);
  return m ? m[1].toLowerCase() : void 0;
}
function isPublicImageParameter(path9) {
  return /^\/aws\/service\//.test(path9) && /ami|image/i.test(path9);
}
function hasWildcard(pattern) {
  return /[*?]/.test(pattern);
}
function regexMatchesMany(regex) {
  if (/\\[dDwWsS]/.test(regex)) return true;
  const unescaped = regex.replace(/\\./g, "");
  return /[*+?{[|]/.test(unescaped);
}

// rules/machine-image-pinned/index.ts
var AWS_AMI_ARGUMENTS = {
  aws_instance: "ami",
  aws_spot_instance_request: "ami",
  aws_launch_template: "image_id",
  aws_launch_configuration: "image_id"
};
var GOOGLE_IMAGE_PATHS = {
  google_compute_instance: { path: ["boot_disk", "initialize_params"], attr: "image" },
  google_compute_instance_from_template: { path: ["boot_disk", "initialize_params"], attr: "image" },
  google_compute_instance_template: { path: ["disk"], attr: "source_image" },
  google_compute_region_instance_template: { path: ["disk"], attr: "source_image" },
  google_compute_disk: { path: [], attr: "image" }
};
var AZURE_IMAGE_BLOCKS = ["source_image_reference", "storage_image_reference"];
var IMAGE_LOOKUPS = /* @__PURE__ */ new Set(["aws_ami", "aws_ssm_parameter", "google_compute_image"]);
function readsImage(resource) {
  const type = resource.resourceType;
  if (resource.kind === "data") return IMAGE_LOOKUPS.has(type);
  return AWS_AMI_ARGUMENTS[type] !== void 0 || GOOGLE_IMAGE_PATHS[type] !== void 0 || AZURE_IMAGE_BLOCKS.some((b) => getBlocks(resource.body, b).length > 0);
}
var machine_image_pinned_default = defineRule({
  id: "machine-image-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Virtual machines boot one chosen image, not whatever image is newest",
  securitySeverity: 3,
  precision: "high",
  concerns: readsImage,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of existingResources(ctx, readsImage)) {
      if (resource.kind === "data") {
        let use = null;
        const reportIfUsed = (d) => {
          if (use === null) use = dataSourceUse(ctx, resource);
          if (use) report({ ...d, decidedBy: use });
        };
        if (resource.resourceType === "aws_ami") checkAmiLookup(ctx, resource, reportIfUsed);
        else if (resource.resourceType === "aws_ssm_parameter") checkSsmParameter(ctx, resource, reportIfUsed);
        else if (resource.resourceType === "google_compute_image") checkGoogleImageLookup(ctx, resource, reportIfUsed);
        continue;
      }
      const amiArg = AWS_AMI_ARGUMENTS[resource.resourceType];
      if (amiArg) checkResolveSsm(ctx, resource, amiArg, report);
      const google = GOOGLE_IMAGE_PATHS[resource.resourceType];
      if (google) checkGoogleImageArgument(ctx, resource, google.path, google.attr, report);
      for (const type of AZURE_IMAGE_BLOCKS) {
        for (const { block: block2, bindings } of blockInstances(ctx, resource, resource.body, type)) {
          checkAzureImageReference(ctx, resource, type, block2.body, blockHeader(block2.block), bindings, report);
        }
      }
    }
  }
});
function checkAmiLookup(ctx, resource, report) {
  const mostRecent = attributeValue(ctx, resource, resource.body, "most_recent");
  if (!mostRecent || asBool(mostRecent.value) !== true) return;
  const filters = blockInstances(ctx, resource, resource.body, "filter");
  const namesImage = filters.some(({ block: block2, bindings }) => {
    const name = attributeValue(ctx, resource, block2.body, "name", bindings);
    const text = name ? asString(name.value) : void 0;
    return text === void 0 || text === "name" || text === "image-id";
  });
  const regex = namesImage ? void 0 : attributeValue(ctx, resource, resource.body, "name_regex");
  const regexText = regex ? asString(regex.value) : void 0;
  if (regex && regexText !== void 0 && regexMatchesMany(regexText)) {
    report({
      node: regex.attr.expr,
      resource,
      attributePath: "name_regex",
      value: regex.value,
      message: `${resource.address} takes the most recent AMI whose name matches the regular expression "${regexText}", so a newly published image replaces your instances at the next apply; pin the AMI id (or an exact name) and change it in a commit.`
    });
  }
  for (const { block: block2, bindings } of filters) {
    const name = attributeValue(ctx, resource, block2.body, "name", bindings);
    if (!name || asString(name.value) !== "name") continue;
    const values = getAttribute(block2.body, "values");
    if (!values) continue;
    for (const { node, value } of listItems(ctx, resource, values, bindings)) {
      const pattern = asString(value);
      if (pattern === void 0 || !hasWildcard(pattern)) continue;
      report({
        node,
        resource,
        attributePath: "filter.values",
        value,
        message: `${resource.address} takes the most recent AMI whose name matches "${pattern}", so a newly published image replaces your instances at the next apply; pin the AMI id (or an exact name) and change it in a commit.`
      });
    }
  }
}
function checkSsmParameter(ctx, resource, report) {
  const name = attributeValue(ctx, resource, resource.body, "name");
  if (!name) return;
  const path9 = asString(name.value) ?? partlyKnownPath(name.value);
  if (path9 === void 0 || !isPublicImageParameter(path9)) return;
  const word = floatingSsmWord(path9);
  if (!word) return;
  report({
    node: name.attr.expr,
    resource,
    attributePath: "name",
    value: name.value,
    message: `${resource.address} reads the public parameter "${path9}", which AWS moves to each new image ("${word}"); pin the AMI id it resolves to today and change it in a commit.`
  });
}
function partlyKnownPath(value) {
  if (value.kind !== "unknown" || !value.pieces) return void 0;
  return value.pieces.map((p) => p.known ? p.text : "${…}").join("");
}
function checkResolveSsm(ctx, resource, arg, report) {
  const ami = attributeValue(ctx, resource, resource.body, arg);
  const text = ami ? asString(ami.value) ?? partlyKnownPath(ami.value) : void 0;
  if (!ami || text === void 0 || !text.startsWith("resolve:ssm:")) return;
  const word = floatingSsmWord(text.slice("resolve:ssm:".length));
  if (!word) return;
  report({
    node: ami.attr.expr,
    resource,
    attributePath: arg,
    value: ami.value,
    message: `${resource.address} resolves ${arg} from "${text}" at launch time, which points at a new image whenever one is published ("${word}"); use the AMI id itself, or a parameter version (":<n>").`
  });
}
function checkGoogleImageLookup(ctx, resource, report) {
  const family = attributeValue(ctx, resource, resource.body, "family");
  const text = family ? asString(family.value) : void 0;
  if (!family || text === void 0 || text === "") return;
  const name = attributeValue(ctx, resource, resource.body, "name");
  if (name && name.value.kind !== "null") return;
  report({
    node: family.attr.expr,
    resource,
    attributePath: "family",
    value: family.value,
    message: `${resource.address} looks up the newest image of the family "${text}", so a new image replaces your instances at the next apply; select one image by name (with its version) instead.`
  });
}
function checkGoogleImageArgument(ctx, resource, path9, attrName, report) {
  for (const { body, bindings } of nestedBodies(ctx, resource, path9)) {
    const image = attributeValue(ctx, resource, body, attrName, bindings);
    const text = image ? asString(image.value) : void 0;
    if (!image || text === void 0) continue;
    const ref = classifyGoogleImage(text);
    if (!ref || ref.kind !== "family") continue;
    report({
      node: image.attr.expr,
      resource,
      attributePath: [...path9, attrName].join("."),
      value: image.value,
      message: `${resource.address} boots "${text}", which names the image family "${ref.family}" and resolves to its newest image; name one image with its version (projects/${ref.project ?? "<project>"}/global/images/<image>).`
    });
  }
}
function checkAzureImageReference(ctx, resource, type, body, header, bindings, report) {
  const version = attributeValue(ctx, resource, body, "version", bindings);
  if (!version) {
    if (type !== "storage_image_reference" || attributeValue(ctx, resource, body, "id", bindings)) return;
    report({
      node: header,
      resource,
      attributePath: `${type}.version`,
      message: `${resource.address} has a ${type} without a version, which Azure takes as "latest", so each new marketplace image changes what new machines boot; set version to one image version.`
    });
    return;
  }
  const text = asString(version.value);
  if (text === void 0 || text.toLowerCase() !== "latest") return;
  report({
    node: version.attr.expr,
    resource,
    attributePath: `${type}.version`,
    value: version.value,
    message: `${resource.address} boots the "latest" version of its marketplace image, so machines created later run a different image than those created before; set version to one image version (e.g. "2024.01.10").`
  });
}

// rules/lib/module-sources.ts
var REGISTRY_PART = /^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$/;
function splitSubdirAndQuery(address) {
  let rest = address;
  let queryText = "";
  const q = rest.indexOf("?");
  if (q >= 0) {
    queryText = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  const schemeEnd = rest.indexOf("://");
  const searchFrom = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const dbl = rest.indexOf("//", searchFrom);
  let subdir;
  if (dbl >= 0) {
    subdir = rest.slice(dbl + 2);
    rest = rest.slice(0, dbl);
  }
  return { base: rest, subdir, query: new URLSearchParams(queryText) };
}
function parseRegistry(address) {
  const { base, subdir, query } = splitSubdirAndQuery(address);
  if ([...query.keys()].length > 0) return void 0;
  const parts = base.split("/");
  let host = "registry.terraform.io";
  if (parts.length === 4) {
    const h = parts.shift() ?? "";
    if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(h) || !(h.includes(".") || h.startsWith("localhost"))) return void 0;
    host = h.toLowerCase();
  }
  if (parts.length !== 3 || !parts.every((p) => REGISTRY_PART.test(p))) return void 0;
  return { kind: "registry", host, namespace: parts[0], name: parts[1], provider: parts[2], subdir };
}
function parseModuleSource(source) {
  const s = source.trim();
  if (s.startsWith("./") || s.startsWith("../") || s === "." || s === "..") return { kind: "local", path: s };
  if (s.startsWith("/") || /^[A-Za-z]:[\\/]/.test(s)) return { kind: "local", path: s };
  const forced = /^([A-Za-z0-9]+)::(.*)$/.exec(s);
  if (forced) {
    const getter = forced[1].toLowerCase();
    if (getter === "git" || getter === "hg") return vcsSource(getter, forced[2]);
    return { kind: "other", scheme: getter };
  }
  if (/^[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+:/.test(s)) return vcsSource("git", s);
  if (/^(github\.com|bitbucket\.org)\//i.test(s)) return vcsSource("git", s);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(s);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name === "git" || name === "ssh" || /\.git($|\/\/|\?)/.test(s)) return vcsSource("git", s);
    return { kind: "other", scheme: name };
  }
  const registry = parseRegistry(s);
  if (registry) return registry;
  return { kind: "other", scheme: "unknown" };
}
function vcsSource(kind, address) {
  const { base, subdir, query } = splitSubdirAndQuery(address);
  const ref = kind === "git" ? query.get("ref") : query.get("rev") ?? query.get("ref");
  return { kind, url: base, ref: ref === null || ref === "" ? void 0 : ref, subdir };
}
var BRANCH_REFS = ["main", "master", "develop", "development", "dev", "trunk", "head", "default"];
function isBranchRef(ref) {
  const r = ref.replace(/^refs\/heads\//, "").toLowerCase();
  return ref.startsWith("refs/heads/") || BRANCH_REFS.includes(r);
}
function isCommitRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) || /^[0-9a-f]{64}$/i.test(ref);
}

// src/model/version-constraints.ts
var TERM = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function parseVersionConstraint(text) {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.every((p) => p === "")) return { ok: false, error: "empty constraint" };
  const terms = [];
  for (const part of parts) {
    const m = TERM.exec(part);
    if (!m) return { ok: false, error: `"${part}" is not a version constraint` };
    const version = m[2];
    const core = version.split(/[-+]/)[0];
    terms.push({ operator: m[1] ?? "=", version, segments: core.split(".").length });
  }
  return { ok: true, terms };
}
function hasUpperBound(terms) {
  return terms.some(
    (t) => t.operator === "=" || t.operator === "<" || t.operator === "<=" || t.operator === "~>" && t.segments >= 2
  );
}
function isExactVersion(terms) {
  return terms.some((t) => t.operator === "=");
}

// rules/module-source-pinned/index.ts
var module_source_pinned_default = defineRule({
  id: "module-source-pinned",
  severity: "error",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Module sources point at a fixed version: a tag or commit for git, one exact version for registries",
  securitySeverity: 5,
  precision: "very-high",
  check(ctx) {
    for (const call of ctx.module.moduleCalls.values()) {
      const sourceAttr = call.source;
      if (!sourceAttr) continue;
      const sourceText = literalString(sourceAttr.expr) ?? asString(ctx.evaluate(sourceAttr.expr));
      if (sourceText === void 0) continue;
      const source = parseModuleSource(sourceText);
      const base = { address: call.address };
      switch (source.kind) {
        case "local":
        case "other":
          break;
        case "registry": {
          if (!call.version) {
            ctx.report({
              ...base,
              node: blockHeader(call.block),
              attributePath: "version",
              message: `${call.address} uses the registry module "${sourceText}" without a version, so terraform init takes its newest release; add version = "<exact version>".`
            });
            break;
          }
          const versionText = literalString(call.version.expr) ?? asString(ctx.evaluate(call.version.expr));
          if (versionText === void 0) break;
          const parsed = parseVersionConstraint(versionText);
          const viaDeployment = ctx.deploymentCall;
          if (!parsed.ok || isExactVersion(parsed.terms) || ctx.role !== "deployment" && viaDeployment === void 0) break;
          ctx.report({
            ...base,
            node: call.version.expr,
            attributePath: "version",
            severity: "warning",
            message: `${call.address} accepts any release of "${sourceText}" matching "${versionText}", so a new release changes what is deployed without a commit; pin one exact version.`,
            ...viaDeployment ? { related: [{ file: viaDeployment.file, range: viaDeployment.range, message: `called by the deployment ${viaDeployment.deployment}` }] } : {}
          });
          break;
        }
        case "git":
        case "hg": {
          const param = source.kind === "git" ? "ref" : "rev";
          if (source.ref === void 0) {
            ctx.report({
              ...base,
              node: sourceAttr.expr,
              attributePath: "source",
              message: `${call.address} takes "${sourceText}" from the default branch, which moves with every push; add ?${param}=<tag or commit id>.`
            });
          } else if (isBranchRef(source.ref)) {
            ctx.report({
              ...base,
              node: refTarget(ctx.module, call, source.ref) ?? sourceAttr.expr,
              attributePath: "source",
              message: `${call.address} pins its source to the branch "${source.ref}", which moves with every push; use a tag or a commit id instead.`
            });
          } else if (ctx.strict && !isCommitRef(source.ref)) {
            ctx.report({
              ...base,
              node: refTarget(ctx.module, call, source.ref) ?? sourceAttr.expr,
              attributePath: "source",
              message: `${call.address} pins its source to "${source.ref}", which is not a commit id and can be moved; strict mode requires a full commit id.`
            });
          }
          break;
        }
      }
    }
  }
});
function refTarget(module, call, ref) {
  const expr = call.source?.expr;
  if (!expr || expr.type !== "Template" || expr.kind !== "quoted") return void 0;
  const file = fileOfNode(module, expr) ?? call.file;
  const raw = file.source.slice(expr.range.start.offset, expr.range.end.offset);
  const m = new RegExp(`[?&](?:ref|rev)=(${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?=$|[&"])`).exec(raw);
  if (!m) return void 0;
  const start = expr.range.start.offset + m.index + m[0].length - m[1].length;
  const range = lineIndexOf(file).plainRange(start, start + m[1].length);
  return { range, of: expr };
}

// src/model/required-providers.ts
function objectKeyName(key) {
  if (key.type === "Variable") return key.name;
  if (key.type === "Parentheses") return objectKeyName(key.expr);
  return literalString(key);
}
function requiredProvider(attr) {
  const expr = attr.expr;
  if (expr.type === "Object") {
    let source;
    let version2;
    let versionRange = void 0;
    for (const item of expr.items) {
      const key = objectKeyName(item.key);
      if (key === "source") source = literalString(item.value);
      else if (key === "version") {
        version2 = literalString(item.value);
        versionRange = item.value.range;
      }
    }
    return { name: attr.name, source, version: version2, attribute: attr, versionRange };
  }
  const version = literalString(expr);
  return {
    name: attr.name,
    source: void 0,
    version,
    attribute: attr,
    versionRange: version !== void 0 ? expr.range : void 0
  };
}
function requiredProvidersOf(body) {
  return body.items.filter((i) => i.type === "Attribute").map(requiredProvider);
}
function providerSourceKey(name, source) {
  return (source ?? `hashicorp/${name}`).toLowerCase().replace(/^registry\.terraform\.io\//, "");
}

// rules/lib/module-facts.ts
function moduleAnchor(module, prefer) {
  const blocks = module.terraform.blocks;
  const chosen = (prefer ? blocks.find(prefer) : void 0) ?? blocks[0];
  if (chosen) {
    const file = fileOfNode(module, chosen);
    if (file) return { file, block: chosen, what: "terraform" };
  }
  for (const file of module.files) {
    const first = file.body.items.find((i) => i.type === "Block");
    if (first) return { file, block: first, what: first.blockType };
  }
  return void 0;
}
function hasNestedBlock(block2, type) {
  return childBlocks(block2.body, type).length > 0;
}
var BUILTIN_PROVIDERS = /* @__PURE__ */ new Set(["terraform"]);
function usedProviders(module) {
  const uses = [];
  for (const r of module.resources) {
    uses.push({ name: r.providerName, file: r.file, range: blockHeaderRange(r.block), block: r.block, by: `used by ${r.address}` });
  }
  for (const p of module.providers) {
    uses.push({ name: p.name, file: p.file, range: blockHeaderRange(p.block), block: p.block, by: "configured by a provider block" });
  }
  const fileIndex = new Map(module.files.map((f, i) => [f.filename, i]));
  uses.sort((a, b) => (fileIndex.get(a.file.filename) ?? 0) - (fileIndex.get(b.file.filename) ?? 0) || a.range.start.offset - b.range.start.offset);
  const byName = /* @__PURE__ */ new Map();
  for (const u of uses) {
    if (u.name !== "" && !BUILTIN_PROVIDERS.has(u.name) && !byName.has(u.name)) byName.set(u.name, u);
  }
  return byName;
}
function needsProviders(module) {
  return module.resources.some((r) => !BUILTIN_PROVIDERS.has(r.providerName)) || module.providers.length > 0 || [...module.terraform.requiredProviders.keys()].some((n) => !BUILTIN_PROVIDERS.has(n)) || module.moduleCalls.size > 0;
}
function deploymentEvidence(module, hasLockFile) {
  const { backend, cloud } = module.terraform;
  if (backend) return `backend "${backend.labels[0]?.value ?? ""}" in ${fileNameOf(module, backend)}`;
  if (cloud) return `a cloud block in ${fileNameOf(module, cloud)}`;
  if (hasLockFile) return ".terraform.lock.hcl beside it";
  const [varFile] = module.varFiles;
  if (varFile) return `${baseName(varFile.filename)} beside it`;
  const [provider] = module.providers;
  if (provider) return `provider "${provider.name}" in ${baseName(provider.file.filename)}`;
  return void 0;
}
function thisDeployment(module, hasLockFile) {
  const evidence = deploymentEvidence(module, hasLockFile);
  return evidence ? `This deployment (${evidence})` : "This deployment";
}
function fileNameOf(module, block2) {
  const file = fileOfNode(module, block2);
  return file ? baseName(file.filename) : "its terraform block";
}
function baseName(filename) {
  return filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
}

// src/util/compare.ts
function compareStrings2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// rules/provider-version-pinned/index.ts
var provider_version_pinned_default = defineRule({
  id: "provider-version-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Every provider a module uses has a source and a version constraint (capped in deployments)",
  precision: "very-high",
  check(ctx) {
    const isDeployment = ctx.role === "deployment";
    const unlisted = [];
    for (const finding of findingsOf(ctx.module, isDeployment, ctx.hasLockFile)) {
      const { descriptor, missing, uncapped } = finding;
      if (isDeployment) {
        const source = missing?.source ?? uncapped;
        if (source !== void 0 && ctx.providersCappedBelow.has(`source:${source}`)) continue;
      } else if (missing) {
        const around = ctx.providersConstrainedAround;
        if (around.has(`source:${missing.source}`) || around.has(`name:${missing.name}`)) continue;
      }
      if (finding.unlisted) unlisted.push({ descriptor, ...finding.unlisted });
      else ctx.report(descriptor);
    }
    if (unlisted.length === 1) ctx.report(unlisted[0].descriptor);
    else if (unlisted.length > 1) ctx.report(joinUnlisted(unlisted));
  }
});
function joinUnlisted(findings) {
  const first = findings[0].descriptor;
  const about = findings.map((f) => f.about).sort(compareStrings2);
  const source = findings.every((f) => f.hashicorp) ? "hashicorp/<name>" : "<namespace>/<name>";
  const version = findings[0].version;
  return {
    node: first.node,
    address: "terraform",
    attributePath: "required_providers",
    related: findings.flatMap((f) => f.descriptor.related ?? []),
    message: `${findings.length} providers have no required_providers entry, so Terraform takes each as "hashicorp/<name>" with any version: ${about.join(", ")}; add each to terraform { required_providers } as <name> = { source = "${source}", version = "${version}" }.`
  };
}
var findingsByModule = /* @__PURE__ */ new WeakMap();
function findingsOf(module, isRoot, hasLockFile) {
  let known = findingsByModule.get(module);
  if (!known) findingsByModule.set(module, known = {});
  const role = isRoot ? "root" : "child";
  return known[role] ??= computeFindings(module, isRoot, hasLockFile);
}
function computeFindings(module, isRoot, hasLockFile) {
  const out = [];
  const required = module.terraform.requiredProviders;
  const used = usedProviders(module);
  const rpBlock = module.terraform.blocks.find((b) => hasNestedBlock(b, "required_providers"));
  const rpFile = rpBlock ? fileOfNode(module, rpBlock) : void 0;
  const rpHeader = rpBlock ? childBlocks(rpBlock.body, "required_providers")[0] : void 0;
  for (const [name, use] of used) {
    if (required.has(name)) continue;
    const atRequired = rpFile && rpHeader;
    const notHashicorp = isHashicorpProvider(name) ? "" : " (a provider HashiCorp does not publish)";
    const version = isRoot ? "~> X.Y" : ">= X.Y";
    const entry = `${name} = { source = "${suggestedSource(name)}", version = "${version}" }`;
    out.push({
      missing: { name, source: providerSourceKey(name, void 0) },
      ...atRequired ? { unlisted: { about: `"${name}"${notHashicorp} (${use.by})`, hashicorp: isHashicorpProvider(name), version } } : {},
      descriptor: {
        node: atRequired ? blockHeader(rpHeader) : blockHeader(use.block),
        address: `provider.${name}`,
        attributePath: `required_providers.${name}`,
        related: atRequired ? [{ file: use.file.filename, range: use.range, message: `provider "${name}" ${use.by.replace(/^used by \S+/, "used here")}` }] : void 0,
        message: `Provider "${name}" (${use.by}) has no required_providers entry, so Terraform takes it as "hashicorp/${name}"${notHashicorp} with any version; add ${entry} to terraform { required_providers }.`
      }
    });
  }
  for (const [name, entry] of required) {
    if (BUILTIN_PROVIDERS.has(name)) continue;
    const base = { address: `provider.${name}`, attributePath: `required_providers.${name}` };
    const { source, version } = entry;
    if (source === void 0) {
      out.push({
        descriptor: {
          ...base,
          node: entry.attribute.expr,
          message: `Provider "${name}" has no source in required_providers, so Terraform assumes "hashicorp/${name}"${isHashicorpProvider(name) ? "" : " (a provider HashiCorp does not publish)"}; write the source explicitly, e.g. ${name} = { source = "${suggestedSource(name)}", version = "…" }.`
        }
      });
    }
    if (version === void 0) {
      out.push({
        missing: { name, source: providerSourceKey(name, source) },
        descriptor: {
          ...base,
          node: entry.attribute.expr,
          message: `Provider "${name}" has no version constraint, so every terraform init -upgrade takes its newest release; add version = "${isRoot ? "~> X.Y" : ">= X.Y"}".`
        }
      });
      continue;
    }
    if (!isRoot) continue;
    const parsed = parseVersionConstraint(version);
    if (!parsed.ok || hasUpperBound(parsed.terms)) continue;
    out.push({
      uncapped: providerSourceKey(name, source),
      descriptor: {
        ...base,
        node: entry.versionRange ? { range: entry.versionRange, of: entry.attribute } : entry.attribute.expr,
        attributePath: `required_providers.${name}.version`,
        message: `Provider "${name}" version "${version}" has no upper bound in ${thisDeployment(module, hasLockFile).replace(/^This/, "this")}, so its next major release is taken as soon as it is published; cap it, e.g. "~> ${capFrom(parsed.terms[0]?.version)}".`
      }
    });
  }
  return out;
}
function capFrom(version) {
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  return m ? `${m[1]}.${m[2]}` : version && /^\d+$/.test(version) ? `${version}.0` : "X.Y";
}
var HASHICORP_PROVIDERS = /* @__PURE__ */ new Set([
  "ad",
  "archive",
  "aws",
  "awscc",
  "azuread",
  "azurerm",
  "azurestack",
  "boundary",
  "cloudinit",
  "consul",
  "dns",
  "external",
  "google",
  "google-beta",
  "googleworkspace",
  "hcp",
  "helm",
  "http",
  "kubernetes",
  "local",
  "nomad",
  "null",
  "random",
  "template",
  "tfe",
  "time",
  "tls",
  "vault",
  "vsphere"
]);
function isHashicorpProvider(name) {
  return HASHICORP_PROVIDERS.has(name);
}
function suggestedSource(name) {
  return isHashicorpProvider(name) ? `hashicorp/${name}` : `<namespace>/${name}`;
}

// rules/terraform-version-pinned/index.ts
var terraform_version_pinned_default = defineRule({
  id: "terraform-version-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment"],
  summary: "Deployments cap the Terraform version they run with",
  precision: "very-high",
  check(ctx) {
    if (ctx.role !== "deployment") return;
    const attr = ctx.module.terraform.requiredVersion;
    if (!attr) {
      const anchor = moduleAnchor(ctx.module);
      if (!anchor) return;
      const subject = thisDeployment(ctx.module, ctx.hasLockFile);
      ctx.report({
        node: blockHeader(anchor.block),
        address: "terraform",
        attributePath: "required_version",
        message: anchor.what === "terraform" ? `${subject} has no required_version in its terraform block, so any Terraform release can plan and apply it (and upgrade its state); add required_version = "~> 1.x.0" with the release you test with.` : `${subject} has no terraform { required_version }, so any Terraform release can plan and apply it (and upgrade its state); add a terraform block with required_version = "~> 1.x.0".`
      });
      return;
    }
    const value = ctx.evaluate(attr.expr);
    const text = asString(value);
    if (text === void 0) return;
    const parsed = parseVersionConstraint(text);
    if (!parsed.ok || hasUpperBound(parsed.terms)) return;
    ctx.report({
      node: attr.expr,
      address: "terraform",
      attributePath: "required_version",
      value,
      message: `required_version = "${text}" has no upper bound, so any future Terraform release (including a new major version) can apply this deployment; cap it, e.g. "${cappedConstraint(text, parsed.terms.map((t) => t.version))}".`
    });
  }
});
function cappedConstraint(text, versions) {
  const majors = versions.map((v) => v ? /^(\d+)/.exec(v) : null).filter((m) => m !== null).map((m) => Number(m[1]));
  if (majors.length === 0) return "~> 1.x.0";
  return `${text.trim()}, < ${Math.max(1, ...majors) + 1}.0.0`;
}

// rules/dependency-lock-file/index.ts
var dependency_lock_file_default = defineRule({
  id: "dependency-lock-file",
  severity: "warning",
  category: "versioning",
  roles: ["deployment"],
  summary: "Deployments commit .terraform.lock.hcl",
  securitySeverity: 4,
  precision: "high",
  check(ctx) {
    if (ctx.role !== "deployment" || ctx.hasLockFile || !needsProviders(ctx.module)) return;
    const anchor = moduleAnchor(ctx.module, (b) => hasNestedBlock(b, "required_providers"));
    if (!anchor) return;
    ctx.report({
      node: blockHeader(anchor.block),
      address: "terraform",
      attributePath: ".terraform.lock.hcl",
      message: `${thisDeployment(ctx.module, ctx.hasLockFile)} has no .terraform.lock.hcl, so each terraform init may pick other provider releases and nothing verifies their checksums; run terraform init and commit the lock file.`
    });
  }
});

// src/util/line-breaks.ts
function lineBreakOf(text) {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}

// rules/lib/fix-edits.ts
function argumentLine(name, value) {
  return [{ depth: 0, text: `${name} = ${value}` }];
}
function blockLines(type, name, value) {
  return [
    { depth: 0, text: `${type} {` },
    { depth: 1, text: `${name} = ${value}` },
    { depth: 0, text: "}" }
  ];
}
function lineStart(source, offset) {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  return start === 0 && source.charCodeAt(0) === 65279 ? 1 : start;
}
function lineEnd(source, offset) {
  const lf = source.indexOf("\n", offset);
  if (lf === -1) return source.length;
  return lf > 0 && source[lf - 1] === "\r" ? lf - 1 : lf;
}
function indentationAt(source, offset) {
  const start = lineStart(source, offset);
  return /^[ \t]*/.exec(source.slice(start, offset))?.[0] ?? "";
}
function startsLine(source, offset) {
  return /^[ \t]*$/.test(source.slice(lineStart(source, offset), offset));
}
function indentUnit(source) {
  const first = /^[ \t]+(?=\S)/m.exec(source)?.[0];
  return first?.startsWith("	") ? "	" : "  ";
}
function innerIndentation(source, block2, unit) {
  for (const item of block2.body.items) {
    if (startsLine(source, item.range.start.offset)) return indentationAt(source, item.range.start.offset);
  }
  return indentationAt(source, block2.range.start.offset) + unit;
}
function render2(lines, indent, unit) {
  return lines.map((l) => `${indent}${unit.repeat(l.depth)}${l.text}`);
}
function blockHolding(ctx, attribute2) {
  const file = fileOfNode(ctx.module, attribute2);
  if (!file) return void 0;
  const offset = attribute2.range.start.offset;
  const search2 = (items) => {
    for (const item of items) {
      if (item.type !== "Block" || offset < item.range.start.offset || offset >= item.range.end.offset) continue;
      return item.body.items.includes(attribute2) ? item : search2(item.body.items);
    }
    return void 0;
  };
  return search2(file.body.items);
}
var REST_OF_LINE = /^[ \t]*(?:\/\*[^\n]*?\*\/[ \t]*)*(?:(?:#|\/\/)[^\n]*)?$/;
function insertIntoBlockFix(ctx, block2, lines, description, after) {
  const file = fileOfNode(ctx.module, block2);
  if (!file || file.syntax !== "native" || file.diagnostics.some((d) => d.severity === "error")) return void 0;
  const source = file.source;
  if (/\r(?!\n)/.test(source)) return void 0;
  const open = block2.openBraceRange;
  const close = block2.closeBraceRange;
  if (source.slice(open.start.offset, open.end.offset) !== "{" || source.slice(close.start.offset, close.end.offset) !== "}") return void 0;
  const edit = placeLines(file, block2, lines, after);
  return edit ? { description, file: file.filename, replacements: [edit] } : void 0;
}
function placeLines(file, block2, lines, after) {
  const source = file.source;
  const eol = lineBreakOf(source);
  const unit = indentUnit(source);
  const open = block2.openBraceRange.end.offset;
  const close = block2.closeBraceRange.start.offset;
  const span = (start, end) => lineIndexOf(file).plainRange(start, end);
  const at = (offset) => span(offset, offset);
  if (after && startsLine(source, after.range.start.offset)) {
    const end = lineEnd(source, after.range.end.offset);
    if (end < close && REST_OF_LINE.test(source.slice(after.range.end.offset, end))) {
      const indent = indentationAt(source, after.range.start.offset);
      return { range: at(end), text: render2(lines, indent, unit).map((l) => eol + l).join("") };
    }
  }
  const blockIndent = indentationAt(source, block2.range.start.offset);
  const multiLine = source.slice(open, close).includes("\n");
  if (multiLine && startsLine(source, close)) {
    const inner2 = innerIndentation(source, block2, unit);
    const gap2 = lines[0]?.text.endsWith("{") && block2.body.items.length > 0 ? eol : "";
    return { range: at(lineStart(source, close)), text: gap2 + render2(lines, inner2, unit).map((l) => l + eol).join("") };
  }
  if (multiLine) return void 0;
  const inner = blockIndent + unit;
  const content = source.slice(open, close).trim();
  const existing = content === "" ? [] : [inner + content];
  const gap = existing.length > 0 && lines[0]?.text.endsWith("{") ? [""] : [];
  const body = [...existing, ...gap, ...render2(lines, inner, unit)];
  return { range: span(open, close), text: eol + body.join(eol) + eol + blockIndent };
}

// rules/ecr-tag-immutability/index.ts
var concerns = (r) => r.resourceType === "aws_ecr_repository" || r.resourceType === "google_artifact_registry_repository";
var ecr_tag_immutability_default = defineRule({
  id: "ecr-tag-immutability",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Container registries refuse to overwrite an existing image tag",
  securitySeverity: 5,
  precision: "very-high",
  autofix: 'Sets `image_tag_mutability = "IMMUTABLE"` (replacing a value written at the argument, or adding it) and `immutable_tags = true` in `docker_config` (adding the block when there is none)',
  concerns,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of managedResources(ctx, concerns)) {
      if (resource.resourceType === "aws_ecr_repository") {
        const setting = attributeValue(ctx, resource, resource.body, "image_tag_mutability");
        if (!setting) {
          report({
            node: blockHeader(resource.block),
            resource,
            attributePath: "image_tag_mutability",
            message: `${resource.address} has no image_tag_mutability, so it takes the default "MUTABLE" and any tag can be overwritten; set image_tag_mutability = "IMMUTABLE".`,
            fix: insertIntoBlockFix(ctx, resource.block, argumentLine("image_tag_mutability", '"IMMUTABLE"'), 'Add image_tag_mutability = "IMMUTABLE"')
          });
          continue;
        }
        if (setting.value.kind === "null") {
          const located2 = locateOrigin(ctx, setting.value);
          const literal3 = located2 && writtenAt(ctx, located2, setting.attr.expr) && located2.expr.type === "Literal" ? located2 : void 0;
          report({
            node: setting.attr.expr,
            resource,
            attributePath: "image_tag_mutability",
            value: setting.value,
            message: `${resource.address} sets image_tag_mutability to null, so it takes the default "MUTABLE"; set it to "IMMUTABLE".`,
            fix: literal3 ? { description: 'Set image_tag_mutability to "IMMUTABLE"', file: literal3.file.filename, replacements: [{ range: literal3.expr.range, text: '"IMMUTABLE"' }] } : void 0
          });
          continue;
        }
        const value = asString(setting.value);
        if (value === void 0) continue;
        if (value.toUpperCase().startsWith("IMMUTABLE")) continue;
        const located = locateOrigin(ctx, setting.value);
        const literal2 = located && writtenAt(ctx, located, setting.attr.expr) && located.expr.type === "Template" && located.expr.kind === "quoted" ? located : void 0;
        report({
          node: setting.attr.expr,
          resource,
          attributePath: "image_tag_mutability",
          value: setting.value,
          message: `${resource.address} sets image_tag_mutability = "${value}", so a pushed tag can be overwritten with a different image; set it to "IMMUTABLE".`,
          fix: literal2 ? {
            description: 'Set image_tag_mutability to "IMMUTABLE"',
            file: literal2.file.filename,
            replacements: [{ range: literal2.expr.range, text: '"IMMUTABLE"' }]
          } : void 0
        });
      } else if (resource.resourceType === "google_artifact_registry_repository") {
        const format = attributeValue(ctx, resource, resource.body, "format");
        const formatText = format ? asString(format.value) : void 0;
        if (!format || formatText === void 0 || formatText.toUpperCase() !== "DOCKER") continue;
        const mode = attributeValue(ctx, resource, resource.body, "mode");
        const decidedBy = [format.value, ...mode ? [mode.value] : []];
        if (mode) {
          if (mode.value.kind === "unknown") continue;
          const modeText = asString(mode.value);
          if (modeText !== void 0 && modeText.toUpperCase() !== "STANDARD_REPOSITORY") continue;
        }
        const configs = blockInstances(ctx, resource, resource.body, "docker_config");
        if (configs.length === 0) {
          const dynamic = resource.body.items.some((i) => i.type === "Block" && i.blockType === "dynamic" && i.labels[0]?.value === "docker_config");
          report({
            node: blockHeader(resource.block),
            resource,
            attributePath: "docker_config.immutable_tags",
            decidedBy,
            message: `${resource.address} is a Docker repository without docker_config { immutable_tags = true }, so a pushed tag can be moved to another image; add that block.`,
            fix: dynamic ? void 0 : insertIntoBlockFix(ctx, resource.block, blockLines("docker_config", "immutable_tags", "true"), "Add docker_config { immutable_tags = true }")
          });
          continue;
        }
        for (const { block: block2, bindings } of configs) {
          const immutable = attributeValue(ctx, resource, block2.body, "immutable_tags", bindings);
          if (!immutable) {
            report({
              node: blockHeader(block2.block),
              resource,
              attributePath: "docker_config.immutable_tags",
              decidedBy,
              message: `${resource.address} has a docker_config without immutable_tags, which defaults to false, so a pushed tag can be moved to another image; set immutable_tags = true.`,
              // Only a block written as such: a `dynamic` block's content is shared by every block it makes.
              fix: resource.body.items.includes(block2.block) ? insertIntoBlockFix(ctx, block2.block, argumentLine("immutable_tags", "true"), "Add immutable_tags = true") : void 0
            });
            continue;
          }
          if (immutable.value.kind !== "null" && asBool(immutable.value) !== false) continue;
          const located = locateOrigin(ctx, immutable.value);
          const literal2 = located && writtenAt(ctx, located, immutable.attr.expr) && located.expr.type === "Literal" ? located : void 0;
          report({
            node: immutable.attr.expr,
            resource,
            attributePath: "docker_config.immutable_tags",
            value: immutable.value,
            message: `${resource.address} sets docker_config.immutable_tags = ${immutable.value.kind === "null" ? "null" : "false"}, so a pushed tag can be moved to another image; set it to true.`,
            fix: literal2 ? { description: "Set immutable_tags to true", file: literal2.file.filename, replacements: [{ range: literal2.expr.range, text: "true" }] } : void 0
          });
        }
      }
    }
  }
});

// rules/lib/local-commands.ts
var PREFIXES = /* @__PURE__ */ new Set(["sudo", "exec", "command", "env", "time", "nohup", "nice", "xargs", "then", "do", "else", "!", "{", "("]);
var ALWAYS_REMOTE = {
  ssh: "logs in to a machine over SSH",
  scp: "copies files to a machine over SSH",
  sftp: "copies files to a machine over SSH",
  ansible: "runs Ansible against machines",
  "ansible-playbook": "runs Ansible against machines",
  psql: "runs a database client against a live database",
  mysql: "runs a database client against a live database",
  mariadb: "runs a database client against a live database",
  mongo: "runs a database client against a live database",
  mongosh: "runs a database client against a live database",
  sqlcmd: "runs a database client against a live database",
  "redis-cli": "runs a database client against a live database",
  cqlsh: "runs a database client against a live database"
};
var MUTATING_VERB = /^(?:create|update|delete|put|modify|attach|detach|start|stop|reboot|restart|terminate|run|associate|disassociate|register|deregister|tag|untag|enable|disable|set|add|remove|restore|import|invoke|publish|send|authorize|revoke|reset|replace|cancel|upload|promote|failover|rotate|apply|execute|deploy|patch|resize|scale|upgrade|purge|move|rollback|swap)(?:-|$)/;
var LOCAL_OPERATIONS = [
  /^aws (?:eks update-kubeconfig|configure\b)/,
  /^gcloud (?:config|auth|components)\b/,
  /^gcloud container clusters get-credentials\b/,
  /^az (?:login|logout|config|extension|account set|aks get-credentials|aks install-cli)\b/
];
var KUBECTL_READS = /* @__PURE__ */ new Set(["get", "describe", "config", "version", "explain", "api-resources", "api-versions", "cluster-info", "logs", "wait", "top", "auth", "completion", "diff", "plugin"]);
var HELM_WRITES = /* @__PURE__ */ new Set(["install", "upgrade", "uninstall", "delete", "rollback", "test"]);
var TERRAFORM_WRITES = /* @__PURE__ */ new Set(["apply", "destroy", "import", "state", "taint", "untaint", "force-unlock"]);
var OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
  "--region",
  "--profile",
  "--output",
  "--endpoint-url",
  "--query",
  "--project",
  "--subscription",
  "--account",
  "--configuration",
  "--format",
  "--namespace",
  "-n",
  "--context",
  "--kubeconfig",
  "--method",
  "-m"
]);
function simpleCommands(text) {
  return text.replace(/\\\r?\n/g, " ").split(/\r?\n|;|&&|\|\||\||&|\$\(|`|\)/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function commandWords(command) {
  const words = (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ""));
  let i = 0;
  while (i < words.length && (PREFIXES.has(words[i]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]))) {
    if (words[i] === "xargs") {
      while (i + 1 < words.length && words[i + 1].startsWith("-")) i += /^-[IinPLsd]$/.test(words[i + 1]) ? 2 : 1;
    }
    i++;
  }
  return words.slice(i);
}
function operands(words) {
  const out = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith("-")) {
      if (OPTIONS_WITH_VALUE.has(w) && i + 1 < words.length) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
function baseName2(word) {
  return word.slice(word.lastIndexOf("/") + 1);
}
function cloudCli(cli, args, allWords) {
  const line = [cli, ...args].join(" ");
  if (LOCAL_OPERATIONS.some((re) => re.test(line))) return void 0;
  if (cli === "az" && args[0] === "rest") {
    const i = allWords.findIndex((w) => w === "--method" || w === "-m");
    const method = i >= 0 ? allWords[i + 1] : void 0;
    return method && /^(?:post|put|patch|delete)$/i.test(method) ? `changes cloud resources (\`az rest --method ${method}\`)` : void 0;
  }
  if (cli === "aws" && args[0] === "s3") {
    const [op, ...paths] = args.slice(1);
    if (op === "rm" || op === "rb" || op === "mb" || op === "mv") return `changes S3 (\`aws s3 ${op}\`)`;
    if ((op === "cp" || op === "sync") && paths.length > 0 && paths[paths.length - 1].startsWith("s3://")) return `uploads to S3 (\`aws s3 ${op}\`)`;
    return void 0;
  }
  const words = cli === "aws" ? args.slice(1, 2).map((op) => op.replace(/^(?:admin|batch)-/, "")) : args.slice(0, 5);
  const login = cli === "aws" ? void 0 : words.find((w) => w === "ssh" || w === "scp");
  if (login) return `logs in to a machine (\`${[cli, ...args.slice(0, args.indexOf(login) + 1)].join(" ")}\`)`;
  const verb = words.find((w) => MUTATING_VERB.test(w));
  if (!verb) return void 0;
  const shown2 = cli === "aws" ? args.slice(0, 2) : args.slice(0, args.indexOf(verb) + 1);
  return `changes cloud resources (\`${[cli, ...shown2].join(" ")}\`)`;
}
function httpCall(words) {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const method = w === "-X" || w === "--request" ? words[i + 1] : /^-X(\w+)$/.exec(w)?.[1] ?? /^--request=(\w+)$/.exec(w)?.[1];
    if (method && /^(?:POST|PUT|PATCH|DELETE)$/i.test(method)) return `sends a ${method.toUpperCase()} request to a live API`;
  }
  return void 0;
}
var TEXT_COMMANDS = /* @__PURE__ */ new Set(["echo", "printf", "cat", "grep", "log", "logger", "read", "local", "export", "declare"]);
var JUDGED = /* @__PURE__ */ new Set([...Object.keys(ALWAYS_REMOTE), "aws", "gcloud", "az", "kubectl", "oc", "helm", "terraform", "tofu", "curl"]);
function effectOf(command) {
  const words = commandWords(command);
  if (words.length === 0 || TEXT_COMMANDS.has(baseName2(words[0]))) return void 0;
  const at = words.findIndex((w) => JUDGED.has(baseName2(w)));
  return at < 0 ? void 0 : judge(words.slice(at));
}
function judge(words) {
  const name = baseName2(words[0]);
  const always = ALWAYS_REMOTE[name];
  if (always) return `${always} (\`${name}\`)`;
  const args = operands(words);
  switch (name) {
    case "aws":
    case "gcloud":
    case "az":
      return cloudCli(name, args, words);
    case "kubectl":
    case "oc":
      return args[0] !== void 0 && !KUBECTL_READS.has(args[0]) ? `changes a live cluster (\`${name} ${args[0]}\`)` : void 0;
    case "helm":
      return args[0] !== void 0 && HELM_WRITES.has(args[0]) ? `changes a live cluster (\`helm ${args[0]}\`)` : void 0;
    case "terraform":
    case "tofu":
      return args[0] !== void 0 && TERRAFORM_WRITES.has(args[0]) ? `changes infrastructure (\`${name} ${args[0]}\`)` : void 0;
    case "curl":
      return httpCall(words);
    default:
      return void 0;
  }
}
function remoteEffect(text) {
  for (const command of simpleCommands(text)) {
    const effect = effectOf(command);
    if (effect) return effect;
  }
  return void 0;
}

// rules/no-provisioners/index.ts
var WHAT = {
  "remote-exec": "runs commands on the running machine",
  file: "copies files onto the running machine",
  "local-exec": "runs a command on the machine that runs Terraform",
  chef: "configures the running machine with Chef",
  puppet: "configures the running machine with Puppet",
  "salt-masterless": "configures the running machine with Salt",
  habitat: "installs Habitat services on the running machine"
};
function localExecEffect(ctx, resource, body) {
  const command = getAttribute(body, "command");
  if (!command) return void 0;
  const value = ctx.evaluate(command.expr, resource);
  const text = asString(value) ?? (value.kind === "unknown" && value.pieces ? value.pieces.map((piece) => piece.known ? piece.text : "…").join("") : void 0) ?? writtenText(command.expr);
  if (text === void 0) return void 0;
  const effect = remoteEffect(text);
  if (effect) return `runs a command that ${effect}`;
  const script = scriptPath(text, interpreterWords(ctx, resource, body));
  if (script === void 0) return void 0;
  const content = asString(ctx.evaluate(fileCall(script, command.expr.range), resource));
  const scriptEffect = content === void 0 ? void 0 : remoteEffect(content);
  return scriptEffect ? `runs the script ${script}, which ${scriptEffect}` : void 0;
}
function interpreterWords(ctx, resource, body) {
  const interpreter = getAttribute(body, "interpreter");
  if (!interpreter) return [];
  const value = ctx.evaluate(interpreter.expr, resource);
  return value.kind === "tuple" ? value.items.map((item) => asString(item) ?? "") : [];
}
function scriptPath(command, interpreter) {
  const words = command.trim().split(/\s+/);
  const shell = (w) => w !== void 0 && /^(?:.*\/)?(?:ba|z|da)?sh$/.test(w);
  const first = shell(words[0]) ? words.find((w, i) => i > 0 && !w.startsWith("-")) : words[0];
  if (first === void 0 || first.includes("…") || first.startsWith("/") || first.split("/").includes("..")) return void 0;
  if (/\.(?:sh|bash)$/.test(first)) return first;
  return shell(interpreter[0]) && words.length === 1 && first.includes("/") ? first : void 0;
}
function fileCall(path9, range) {
  const literal2 = { type: "Template", kind: "quoted", heredoc: void 0, parts: [{ type: "TemplateLiteral", value: path9, range }], range };
  return { type: "FunctionCall", name: "file", nameRange: range, args: [literal2], expandFinal: false, range };
}
function writtenText(expr) {
  if (expr.type !== "Template") return void 0;
  return expr.parts.map((part) => part.type === "TemplateLiteral" ? part.value : "…").join("");
}
var concerns2 = (r) => r.connection !== void 0 || r.provisioners.length > 0;
var no_provisioners_default = defineRule({
  id: "no-provisioners",
  severity: "error",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Resources are not configured after creation by provisioners or SSH/WinRM connections",
  securitySeverity: 4,
  precision: "very-high",
  concerns: concerns2,
  check(ctx) {
    for (const resource of possibleResources(ctx, concerns2)) {
      const connections = [];
      if (resource.connection) connections.push({ connection: resource.connection, where: resource.address, path: "connection" });
      resource.provisioners.forEach((p, i) => {
        const type = p.provisionerType;
        const severity = type === "local-exec" ? "warning" : "error";
        let what = WHAT[type] ?? "changes the resource after it was created";
        if (type === "local-exec") {
          const effect = localExecEffect(ctx, resource, p.block.body);
          if (effect) what = effect;
          else if (!ctx.strict) return;
        }
        const advice = type === "local-exec" ? "use a provider resource or run the command in the pipeline instead" : "bake this into the image and pass per-instance settings as user data or metadata";
        ctx.report({
          node: blockHeader(p.block),
          resource,
          attributePath: `provisioner[${i}]`,
          severity,
          message: `${resource.address} has a "${type}" provisioner${p.when === "destroy" ? " (when = destroy)" : ""}, which ${what} outside the plan; ${advice}.`
        });
        if (p.connection) connections.push({ connection: p.connection, where: `its "${type}" provisioner`, path: `provisioner[${i}].connection` });
      });
      for (const { connection, where, path: path9 } of connections) {
        ctx.report({
          node: blockHeader(connection.block),
          resource,
          attributePath: path9,
          message: `${resource.address} has a connection block${where === resource.address ? "" : ` in ${where}`}, so Terraform logs in to the machine to change it after creation; remove it together with the provisioners that need it.`
        });
      }
    }
  }
});

// rules/lib/ports.ts
function normalizeProtocol(protocol) {
  const p = protocol.trim().toLowerCase();
  if (p === "-1" || p === "all" || p === "*" || p === "asterisk") return "all";
  if (p === "6") return "tcp";
  if (p === "17") return "udp";
  return p;
}
function carriesTcp(protocol) {
  return protocol === "tcp" || protocol === "all";
}
var ALL_PORTS = { from: 0, to: 65535 };
function parsePortSpec(spec) {
  if (typeof spec === "number") return Number.isInteger(spec) ? { from: spec, to: spec } : void 0;
  const s = spec.trim();
  if (s === "*" || s.toLowerCase() === "any") return ALL_PORTS;
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(s);
  if (!m) return void 0;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}
function coversPort(range, port) {
  return range.from <= port && port <= range.to;
}
var REMOTE_ACCESS_PORTS = [
  { port: 22, service: "SSH" },
  { port: 3389, service: "RDP" }
];
function remoteAccessServices(range) {
  return REMOTE_ACCESS_PORTS.filter((p) => coversPort(range, p.port)).map((p) => p.service);
}
function awsPortRange(protocol, from, to) {
  if (protocol === "all") return ALL_PORTS;
  if (from === void 0 || to === void 0) return void 0;
  if (from < 0 || to < 0) return void 0;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}
function isWorldSource(source) {
  const s = source.trim().toLowerCase();
  if (s === "*" || s === "internet" || s === "any") return true;
  const m = /^([0-9a-f:.]+)\/(\d+)$/.exec(s);
  return m !== null && Number(m[2]) === 0;
}
var NETWORK_RANGE_ATTRIBUTES = {
  aws_vpc: ["cidr_block", "ipv6_cidr_block"],
  aws_default_vpc: ["cidr_block", "ipv6_cidr_block"],
  aws_vpc_ipv4_cidr_block_association: ["cidr_block"],
  aws_subnet: ["cidr_block", "ipv6_cidr_block"],
  aws_default_subnet: ["cidr_block", "ipv6_cidr_block"],
  google_compute_subnetwork: ["ip_cidr_range"],
  azurerm_subnet: ["address_prefixes"],
  azurerm_virtual_network: ["address_space"]
};
function isNetworkRangeReference(reference) {
  const steps = reference.replace(/\[[^\]]*\]/g, "").split(".");
  const last = steps[steps.length - 1];
  if (steps[0] === "module") return steps.length === 3 && (last === "vpc_cidr_block" || last === "vpc_ipv6_cidr_block");
  const [type, , attr] = steps[0] === "data" ? steps.slice(1) : steps;
  return type !== void 0 && attr !== void 0 && steps.length === (steps[0] === "data" ? 4 : 3) && (NETWORK_RANGE_ATTRIBUTES[type] ?? []).includes(attr);
}
function isPrivateSource(source) {
  const s = source.trim().toLowerCase();
  if (s === "virtualnetwork" || s === "azureloadbalancer") return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(s);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    const prefix = v4[5] === void 0 ? 32 : Number(v4[5]);
    if (a === 10) return prefix >= 8;
    if (a === 172 && b >= 16 && b <= 31) return prefix >= 12;
    if (a === 192 && b === 168) return prefix >= 16;
    if (a === 100 && b >= 64 && b <= 127) return prefix >= 10;
    if (a === 127) return prefix >= 8;
    if (a === 169 && b === 254) return prefix >= 16;
    return false;
  }
  const v6 = /^([0-9a-f]{1,4}):[0-9a-f:]*(?:\/(\d{1,3}))?$/.exec(s);
  if (v6) {
    const first = parseInt(v6[1], 16);
    const prefix = v6[2] === void 0 ? 128 : Number(v6[2]);
    if ((first & 65024) === 64512) return prefix >= 7;
    if ((first & 65472) === 65152) return prefix >= 10;
  }
  return false;
}

// rules/no-ssh-access/index.ts
var KEY_NAME_TYPES = /* @__PURE__ */ new Set(["aws_instance", "aws_spot_instance_request", "aws_launch_template", "aws_launch_configuration"]);
var GOOGLE_METADATA_TYPES = /* @__PURE__ */ new Set([
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_instance_from_template",
  "google_compute_project_metadata"
]);
var SSH_KEY_METADATA = /* @__PURE__ */ new Set(["ssh-keys", "sshKeys"]);
var CHECKED_TYPES = /* @__PURE__ */ new Set([
  ...KEY_NAME_TYPES,
  ...GOOGLE_METADATA_TYPES,
  "aws_eks_node_group",
  "aws_security_group",
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
  "google_compute_firewall",
  "azurerm_network_security_rule",
  "azurerm_network_security_group",
  "google_compute_project_metadata_item"
]);
var concerns3 = (r) => CHECKED_TYPES.has(r.resourceType);
var no_ssh_access_default = defineRule({
  id: "no-ssh-access",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Machines accept no SSH or RDP logins: no key pairs, no open remote-access ports, no metadata SSH keys",
  securitySeverity: 7.5,
  precision: "high",
  concerns: concerns3,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of possibleResources(ctx, concerns3)) {
      const type = resource.resourceType;
      if (!hasInstances(ctx, resource)) {
        if (KEY_NAME_TYPES.has(type)) checkKeyName(ctx, resource, report, true);
        continue;
      }
      if (KEY_NAME_TYPES.has(type)) checkKeyName(ctx, resource, report, false);
      if (type === "aws_eks_node_group") checkEksRemoteAccess(ctx, resource, report);
      if (type === "aws_security_group") {
        for (const { block: block2, bindings } of blockInstances(ctx, resource, resource.body, "ingress")) {
          const facts = awsRule(ctx, resource, block2.body, bindings, "ingress");
          if (facts) reportIngress(facts, report);
        }
        checkAwsIngressAttribute(ctx, resource, report);
      }
      if (type === "aws_security_group_rule") {
        const kind = attributeValue(ctx, resource, resource.body, "type");
        if (kind && asString(kind.value)?.toLowerCase() === "ingress") {
          const facts = awsRule(ctx, resource, resource.body, NO_BINDINGS, "");
          if (facts) reportIngress(facts, report);
        }
      }
      if (type === "aws_vpc_security_group_ingress_rule") {
        const facts = vpcIngressRule(ctx, resource);
        if (facts) reportIngress(facts, report);
      }
      if (type === "google_compute_firewall") {
        for (const facts of googleFirewall(ctx, resource)) reportIngress(facts, report);
      }
      if (type === "azurerm_network_security_rule") {
        const facts = azureRule(ctx, resource, resource.body, NO_BINDINGS, "");
        if (facts) reportIngress(facts, report);
      }
      if (type === "azurerm_network_security_group") {
        for (const { block: block2, bindings } of blockInstances(ctx, resource, resource.body, "security_rule")) {
          const facts = azureRule(ctx, resource, block2.body, bindings, "security_rule");
          if (facts) reportIngress(facts, report);
        }
      }
      if (GOOGLE_METADATA_TYPES.has(type)) checkGoogleMetadata(ctx, resource, report);
      if (type === "google_compute_project_metadata_item") checkProjectMetadataItem(ctx, resource, report);
    }
  }
});
function checkKeyName(ctx, resource, report, onlyLiteral) {
  const key = attributeValue(ctx, resource, resource.body, "key_name");
  if (!key || !isDefinitelySet(key.attr.expr, key.value)) return;
  if (onlyLiteral && literalString(key.attr.expr) === void 0) return;
  const name = asString(key.value);
  report({
    node: key.attr.expr,
    resource,
    attributePath: "key_name",
    value: key.value.kind === "unknown" ? void 0 : key.value,
    message: `${resource.address} is launched with the SSH key pair ${name !== void 0 ? `"${name}"` : "from " + exprText(ctx.module, resource, key.attr)}, so people can log in and change it by hand; remove key_name and use an audited channel such as SSM Session Manager for emergencies.`
  });
}
function checkEksRemoteAccess(ctx, resource, report) {
  for (const { block: block2, bindings } of blockInstances(ctx, resource, resource.body, "remote_access")) {
    const key = attributeValue(ctx, resource, block2.body, "ec2_ssh_key", bindings);
    const sources = attributeValue(ctx, resource, block2.body, "source_security_group_ids", bindings);
    const keySet = key !== void 0 && isDefinitelySet(key.attr.expr, key.value, bindings);
    const noSources = sources === void 0 || sources.value.kind === "null" || sources.value.kind === "tuple" && sources.value.items.length === 0;
    const open = keySet && noSources;
    report({
      node: blockHeader(block2.block),
      resource,
      attributePath: "remote_access",
      severity: open ? "error" : void 0,
      message: open ? `${resource.address} enables SSH to its nodes with an EC2 key and no source_security_group_ids, so EKS opens port 22 to 0.0.0.0/0; remove remote_access and replace nodes instead of logging in.` : `${resource.address} enables SSH access to its nodes (remote_access), so people can log in and change them by hand; remove remote_access and replace nodes instead.`
    });
  }
}
function awsRule(ctx, resource, body, bindings, path9) {
  const protocol = tcpProtocol(ctx, resource, body, "protocol", bindings);
  if (!protocol) return void 0;
  const from = attributeValue(ctx, resource, body, "from_port", bindings);
  const to = attributeValue(ctx, resource, body, "to_port", bindings);
  const access = awsRemoteAccess(protocol.proto, from?.value, to?.value);
  if (!access) return void 0;
  if (access.range.from !== access.range.to && onlySelf(ctx, resource, body, bindings)) return void 0;
  const worldSources = ["cidr_blocks", "ipv6_cidr_blocks"].flatMap((name) => worldItems(ctx, resource, body, name, bindings));
  const facts = awsIngressFacts(resource, path9, protocol, from, access, worldSources);
  return withBroadAndInternal(
    facts,
    access.range,
    () => sourcesInternal(["cidr_blocks", "ipv6_cidr_blocks"].map((name) => attributeValue(ctx, resource, body, name, bindings)?.value))
  );
}
function withBroadAndInternal(facts, range, internal) {
  const broad = range.from <= ALL_PORTS.from && range.to >= ALL_PORTS.to;
  return broad && internal() ? { ...facts, broadAndInternal: true } : facts;
}
function sourcesInternal(values) {
  for (const value of values) {
    if (value === void 0 || value.kind === "null") continue;
    const items = value.kind === "tuple" ? value.items : [value];
    for (const item of items) {
      if (item.kind === "unknown" && item.reference !== void 0 && isNetworkRangeReference(item.reference)) continue;
      const text = asString(item);
      if (text === void 0 || !isPrivateSource(text)) return false;
    }
  }
  return true;
}
function awsIngressFacts(resource, path9, protocol, from, access, worldSources) {
  const portAttr = protocol.proto === "all" ? protocol : from ?? protocol;
  return {
    resource,
    path: path9,
    services: access.services,
    portNode: portAttr.attr.expr,
    portValue: portAttr.value,
    worldSources,
    what: describeAccess(protocol.proto, access.range, access.services)
  };
}
function onlySelf(ctx, resource, body, bindings) {
  const self = attributeValue(ctx, resource, body, "self", bindings);
  if (!self || asBool(self.value) !== true) return false;
  return ["cidr_blocks", "ipv6_cidr_blocks", "security_groups", "source_security_group_id", "prefix_list_ids"].every(
    (name) => isUnsetOrEmpty(attributeValue(ctx, resource, body, name, bindings)?.value)
  );
}
function checkAwsIngressAttribute(ctx, resource, report) {
  const attr = getAttribute(resource.body, "ingress");
  if (!attr) return;
  const value = ctx.evaluate(attr.expr, resource);
  if (value.kind !== "tuple") return;
  for (const rule of value.items) {
    if (rule.kind !== "object") continue;
    const get = (k) => rule.entries.get(k);
    const proto = tcpProtocolOf(get("protocol"));
    if (proto === void 0) continue;
    const from = get("from_port");
    const access = awsRemoteAccess(proto, from, get("to_port"));
    if (!access) continue;
    const { range, services } = access;
    const worldSources = [];
    for (const list2 of ["cidr_blocks", "ipv6_cidr_blocks"]) {
      const v = get(list2);
      if (v?.kind !== "tuple") continue;
      for (const item of v.items) {
        if (isWorldValue(item)) worldSources.push({ node: innerNode(ctx.module, resource, attr, item), value: item });
      }
    }
    const facts = {
      resource,
      path: "ingress",
      services,
      portNode: innerNode(ctx.module, resource, attr, proto === "all" ? get("protocol") : from),
      portValue: proto === "all" ? get("protocol") : from,
      worldSources,
      what: describeAccess(proto, range, services)
    };
    reportIngress(
      withBroadAndInternal(facts, range, () => sourcesInternal([get("cidr_blocks"), get("ipv6_cidr_blocks")])),
      report
    );
  }
}
function innerNode(module, resource, attr, value) {
  const o = value?.origins[0];
  const inside = o !== void 0 && liesWithin(o, { file: (fileOfNode(module, attr) ?? resource.file).filename, range: attr.expr.range });
  return inside ? { range: o.range, of: attr } : attr.expr;
}
function vpcIngressRule(ctx, resource) {
  const protocol = tcpProtocol(ctx, resource, resource.body, "ip_protocol", NO_BINDINGS);
  if (!protocol) return void 0;
  const from = attributeValue(ctx, resource, resource.body, "from_port");
  const to = attributeValue(ctx, resource, resource.body, "to_port");
  const access = awsRemoteAccess(protocol.proto, from?.value, to?.value);
  if (!access) return void 0;
  const worldSources = [];
  for (const name of ["cidr_ipv4", "cidr_ipv6"]) {
    const cidr = attributeValue(ctx, resource, resource.body, name);
    if (cidr && isWorldValue(cidr.value)) worldSources.push({ node: cidr.attr.expr, value: cidr.value });
  }
  const facts = awsIngressFacts(resource, "", protocol, from, access, worldSources);
  return withBroadAndInternal(
    facts,
    access.range,
    () => sourcesInternal(["cidr_ipv4", "cidr_ipv6"].map((name) => attributeValue(ctx, resource, resource.body, name)?.value))
  );
}
function googleFirewall(ctx, resource) {
  const direction = attributeValue(ctx, resource, resource.body, "direction");
  if (direction) {
    const d = asString(direction.value);
    if (d === void 0 || d.toUpperCase() !== "INGRESS") return [];
  }
  const disabled = attributeValue(ctx, resource, resource.body, "disabled");
  if (disabled && asBool(disabled.value) !== false) return [];
  const sourceAttrs = ["source_ranges", "source_tags", "source_service_accounts"].map((n) => attributeValue(ctx, resource, resource.body, n));
  const noSources = sourceAttrs.every((a) => isUnsetOrEmpty(a?.value));
  const worldSources = worldItems(ctx, resource, resource.body, "source_ranges", NO_BINDINGS);
  const out = [];
  for (const { block: block2, bindings } of blockInstances(ctx, resource, resource.body, "allow")) {
    const protocol = tcpProtocol(ctx, resource, block2.body, "protocol", bindings);
    if (!protocol) continue;
    const { proto } = protocol;
    const ports = getAttribute(block2.body, "ports");
    let node = protocol.attr.expr;
    let decided = protocol.value;
    let covering;
    let services = [];
    if (ports === void 0) {
      covering = ALL_PORTS;
      services = remoteAccessServices(ALL_PORTS);
    } else {
      const portsValue = ctx.evaluate(ports.expr, resource, bindings);
      if (portsValue.kind === "tuple" && portsValue.items.length === 0) {
        covering = ALL_PORTS;
        services = remoteAccessServices(ALL_PORTS);
        node = ports.expr;
        decided = portsValue;
      } else {
        const found = firstRemoteAccessPort(listItems(ctx, resource, ports, bindings));
        if (found) {
          covering = found.range;
          services = found.services;
          node = found.item.node;
          decided = found.item.value;
        }
      }
    }
    if (!covering || services.length === 0) continue;
    const facts = {
      resource,
      path: "allow",
      services,
      portNode: node,
      portValue: decided,
      worldSources,
      implicitWorld: noSources ? "it names no source_ranges, source_tags or source_service_accounts, so Google applies it to 0.0.0.0/0" : void 0,
      what: describeAccess(proto, covering, services)
    };
    out.push(noSources ? facts : withBroadAndInternal(facts, covering, () => sourcesInternal([sourceAttrs[0]?.value])));
  }
  return out;
}
function azureRule(ctx, resource, body, bindings, path9) {
  const read2 = (name) => {
    const a = attributeValue(ctx, resource, body, name, bindings);
    return a ? asString(a.value) : void 0;
  };
  if (read2("direction")?.toLowerCase() !== "inbound" || read2("access")?.toLowerCase() !== "allow") return void 0;
  const protocol = tcpProtocol(ctx, resource, body, "protocol", bindings);
  if (!protocol) return void 0;
  const { proto } = protocol;
  const single = attributeValue(ctx, resource, body, "destination_port_range", bindings);
  const candidates = single ? [{ node: single.attr.expr, value: single.value }] : [];
  const many = getAttribute(body, "destination_port_ranges");
  if (many) candidates.push(...listItems(ctx, resource, many, bindings));
  const found = firstRemoteAccessPort(candidates);
  if (!found) return void 0;
  const worldSources = [];
  const prefix = attributeValue(ctx, resource, body, "source_address_prefix", bindings);
  if (prefix && isWorldValue(prefix.value)) worldSources.push({ node: prefix.attr.expr, value: prefix.value });
  worldSources.push(...worldItems(ctx, resource, body, "source_address_prefixes", bindings));
  const facts = {
    resource,
    path: path9,
    services: found.services,
    portNode: found.item.node,
    portValue: found.item.value,
    worldSources,
    what: describeAccess(proto, found.range, found.services)
  };
  return withBroadAndInternal(
    facts,
    found.range,
    () => sourcesInternal([prefix?.value, attributeValue(ctx, resource, body, "source_address_prefixes", bindings)?.value])
  );
}
function worldItems(ctx, resource, body, name, bindings) {
  const attr = getAttribute(body, name);
  if (!attr) return [];
  return listItems(ctx, resource, attr, bindings).filter((item) => isWorldValue(item.value));
}
function isWorldValue(value) {
  const s = asString(value);
  return s !== void 0 && isWorldSource(s);
}
function isUnsetOrEmpty(value) {
  return value === void 0 || value.kind === "null" || value.kind === "tuple" && value.items.length === 0;
}
function tcpProtocolOf(value) {
  const text = value ? asString(value) : void 0;
  if (text === void 0) return void 0;
  const proto = normalizeProtocol(text);
  return carriesTcp(proto) ? proto : void 0;
}
function tcpProtocol(ctx, resource, body, name, bindings) {
  const protocol = attributeValue(ctx, resource, body, name, bindings);
  const proto = tcpProtocolOf(protocol?.value);
  return protocol && proto !== void 0 ? { ...protocol, proto } : void 0;
}
function awsRemoteAccess(proto, from, to) {
  const range = awsPortRange(proto, from ? asNumber(from) : void 0, to ? asNumber(to) : void 0);
  const services = range ? remoteAccessServices(range) : [];
  return range && services.length > 0 ? { range, services } : void 0;
}
function firstRemoteAccessPort(items) {
  for (const item of items) {
    const spec = item.value.kind === "number" ? item.value.value : asString(item.value);
    const range = spec === void 0 ? void 0 : parsePortSpec(spec);
    const services = range ? remoteAccessServices(range) : [];
    if (range && services.length > 0) return { item, range, services };
  }
  return void 0;
}
function reportIngress(facts, report) {
  const { resource } = facts;
  const services = facts.services.join(" and ");
  if (facts.worldSources.length > 0) {
    for (const source of facts.worldSources) {
      const text = asString(source.value) ?? "";
      report({
        node: source.node,
        resource,
        attributePath: facts.path,
        severity: "error",
        value: source.value,
        message: `${resource.address} allows ${services} (${facts.what}) from "${text}", the whole internet; remove this rule and reach machines through an audited channel (SSM Session Manager, IAP, Azure Bastion) instead.`
      });
    }
    return;
  }
  if (facts.broadAndInternal) return;
  if (facts.implicitWorld) {
    report({
      node: facts.portNode,
      resource,
      attributePath: facts.path,
      severity: "error",
      value: facts.portValue,
      message: `${resource.address} allows ${services} (${facts.what}) and ${facts.implicitWorld}; remove this rule and reach machines through IAP or another audited channel instead.`
    });
    return;
  }
  report({
    node: facts.portNode,
    resource,
    attributePath: facts.path,
    value: facts.portValue,
    message: `${resource.address} allows ${services} (${facts.what}) into its machines, so people can log in and change them by hand; remove this rule and replace machines instead of repairing them.`
  });
}
function describeAccess(proto, range, services) {
  const every = range.from === ALL_PORTS.from && range.to === ALL_PORTS.to;
  if (proto === "all" && every) return "all protocols and ports";
  const what = proto === "all" ? "port" : "TCP";
  const suffix = proto === "all" ? ", any protocol" : "";
  if (every) return `every ${what === "port" ? "port" : "TCP port"}${suffix}`;
  if (range.from === range.to) return `${what} ${range.from}${suffix}`;
  return `${what} ${range.from}-${range.to}, which includes ${services.map((s) => s === "SSH" ? "22" : "3389").join(" and ")}${suffix}`;
}
function checkGoogleMetadata(ctx, resource, report) {
  const metadata = getAttribute(resource.body, "metadata");
  if (!metadata) return;
  if (metadata.expr.type === "Object") {
    for (const item of metadata.expr.items) {
      const key = objectItemKey(ctx, item, resource);
      if (key === void 0 || !SSH_KEY_METADATA.has(key)) continue;
      const value2 = ctx.evaluate(item.value, resource);
      if (!isDefinitelySet(item.value, value2)) continue;
      report({
        node: item,
        resource,
        attributePath: `metadata.${key}`,
        message: sshKeyMessage(resource, key)
      });
    }
    return;
  }
  const value = ctx.evaluate(metadata.expr, resource);
  if (value.kind !== "object") return;
  for (const [key, entry] of value.entries) {
    if (!SSH_KEY_METADATA.has(key)) continue;
    if (entry.kind === "null" || entry.kind === "string" && entry.value === "" || entry.kind === "unknown") continue;
    report({ node: metadata.expr, resource, attributePath: `metadata.${key}`, value: entry, message: sshKeyMessage(resource, key) });
  }
}
function checkProjectMetadataItem(ctx, resource, report) {
  const key = attributeValue(ctx, resource, resource.body, "key");
  const keyText = key ? asString(key.value) : void 0;
  if (!key || keyText === void 0 || !SSH_KEY_METADATA.has(keyText)) return;
  const value = attributeValue(ctx, resource, resource.body, "value");
  if (value && !isDefinitelySet(value.attr.expr, value.value)) return;
  report({ node: key.attr.expr, resource, attributePath: "key", value: key.value, message: sshKeyMessage(resource, keyText) });
}
function sshKeyMessage(resource, key) {
  return `${resource.address} puts SSH keys in metadata ("${key}"), so people can log in and change machines by hand; remove them and use OS Login with IAP for audited emergency access.`;
}
function exprText(module, resource, attr) {
  const text = (fileOfNode(module, attr) ?? resource.file).source.slice(attr.expr.range.start.offset, attr.expr.range.end.offset);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// rules/lib/scripts.ts
var cmd = (name) => `(?<![\\w./-])(${name})(?![\\w-])`;
var sameCommand = "[^|;&\\n]{0,256}?";
var PACKAGE_MANAGERS = [
  [`(?:apt-get|apt|aptitude)`, `(?:install|upgrade|dist-upgrade|full-upgrade)`],
  [`(?:yum|dnf|microdnf|tdnf)`, `(?:install|update|upgrade|groupinstall|localinstall|reinstall)`],
  [`apk`, `(?:add|upgrade)`],
  [`zypper`, `(?:install|in|update|up|dist-upgrade|dup|patch)`],
  [`(?:pip|pip3|pip[23]\\.\\d+|pipx)`, `install`],
  [`gem`, `install`],
  [`snap`, `install`],
  [`amazon-linux-extras`, `install`],
  [`(?:choco|chocolatey|winget)`, `(?:install|upgrade)`],
  [`pacman`, `-S\\w*`]
].map(([tool, verb]) => ({
  regex: new RegExp(`${cmd(tool)}${sameCommand}\\s(${verb})(?![\\w-])`, "gi"),
  reason: (m) => `installs packages at boot (\`${m[1]} ${m[2]}\`)`
}));
var OTHER_INSTALLERS = [
  {
    regex: new RegExp(`${cmd("python3?")}\\s+-m\\s+pip${sameCommand}\\sinstall(?![\\w-])`, "gi"),
    reason: () => "installs packages at boot (`python -m pip install`)"
  },
  {
    // Two lookaheads rather than two gaps in a row: the verb and the flag come in either order, and
    // nested gaps would try every split of the command between them.
    regex: new RegExp(
      `${cmd("npm")}(?=${sameCommand}\\s(?:install|i|add)(?![\\w-]))(?=${sameCommand}(?:\\s-g|\\s--global)(?![\\w-]))`,
      "gi"
    ),
    reason: () => "installs global npm packages at boot (`npm install -g`)"
  },
  {
    regex: new RegExp(`${cmd("yarn")}\\s+global\\s+add(?![\\w-])`, "gi"),
    reason: () => "installs global packages at boot (`yarn global add`)"
  },
  {
    regex: /\b(?:Install-WindowsFeature|Add-WindowsFeature|Install-Package|Install-Module)\b/gi,
    reason: (m) => `installs software at boot (\`${m[0]}\`)`
  }
];
var PIPE_TO_SHELL = [
  {
    regex: new RegExp(
      `${cmd("(?:curl|wget)")}[^|\\n]{0,512}\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:env\\s+)?(?:sh|bash|zsh|ksh|dash|python3?|perl|ruby)(?![\\w-])`,
      "gi"
    ),
    reason: (m) => `pipes a download into a shell (\`${m[1]} … | ${/(\w+)$/.exec(m[0])?.[1] ?? "sh"}\`)`
  },
  {
    regex: /(?<![\w./-])(?:sh|bash|zsh)\s+(?:-\w+\s+)*(?:<\(|"\$\(|'\$\(|\$\()\s*(?:curl|wget)\b/gi,
    reason: () => "runs a downloaded script in a shell (`bash <(curl …)`)"
  },
  {
    regex: /\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|\n]{0,512}\|\s*(?:iex|Invoke-Expression)\b/gi,
    reason: () => "runs a downloaded script (`Invoke-WebRequest … | Invoke-Expression`)"
  },
  {
    regex: /\b(?:iex|Invoke-Expression)\b[^\n]{0,512}\.DownloadString\s*\(/gi,
    reason: () => "runs a downloaded script (`Invoke-Expression … DownloadString`)"
  }
];
var CONFIG_AGENTS = [
  [`ansible-pull`, ``],
  [`(?:chef-client|chef-solo|cinc-client)`, ``],
  [`puppet`, `${sameCommand}\\s(agent|apply)(?![\\w-])`],
  [`salt-call`, ``]
].map(([tool, rest]) => ({
  regex: new RegExp(`${cmd(tool)}${rest}`, "gi"),
  reason: (m) => `runs a configuration agent at boot (\`${m[1]}${m[2] ? ` ${m[2]}` : ""}\`)`
}));
var GIT_CLONE = [
  {
    regex: new RegExp(`${cmd("git")}${sameCommand}\\sclone(?![\\w-])`, "gi"),
    reason: () => "fetches code at boot (`git clone`)"
  }
];
var SHELL_PATTERNS = [...PIPE_TO_SHELL, ...CONFIG_AGENTS, ...PACKAGE_MANAGERS, ...OTHER_INSTALLERS, ...GIT_CLONE];
function splitLines(text) {
  const lines = [];
  let start = 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      lines.push({ start, end: i, number: n++ });
      if (c === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, number: n });
  return lines;
}
function trimmed(text, line) {
  let s = line.start;
  let e = line.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
var FindingSet = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  byLine = /* @__PURE__ */ new Map();
  lineAt(offset) {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }
  add(offset, reason) {
    const line = this.lineAt(offset);
    const entry = this.byLine.get(line.number) ?? { line, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    this.byLine.set(line.number, entry);
  }
  result() {
    return [...this.byLine.values()].sort((a, b) => a.line.number - b.line.number).map(({ line, reasons }) => ({ ...trimmed(this.text, line), line: line.number, reasons }));
  }
};
function isComment(text, line) {
  const t = text.slice(line.start, line.end).trimStart();
  return t.startsWith("#") || t.startsWith("REM ") || t.startsWith("::");
}
function scanShellRange(text, from, to, set) {
  const region = text.slice(from, to);
  const lines = splitLines(region);
  for (const line of lines) {
    if (isComment(region, line)) continue;
    const body = region.slice(line.start, line.end);
    for (const p of SHELL_PATTERNS) {
      p.regex.lastIndex = 0;
      let m;
      while ((m = p.regex.exec(body)) !== null) {
        set.add(from + line.start + m.index, p.reason(m));
        if (m[0].length === 0) p.regex.lastIndex++;
      }
    }
  }
}
function isCloudConfig(text) {
  return /^\s*#cloud-config\b/.test(text);
}
var TRUE_KEYS = /* @__PURE__ */ new Map([
  ["package_update", "updates the package index at boot (cloud-init `package_update: true`)"],
  ["package_upgrade", "upgrades packages at boot (cloud-init `package_upgrade: true`)"],
  ["apt_update", "updates the package index at boot (cloud-init `apt_update: true`)"],
  ["apt_upgrade", "upgrades packages at boot (cloud-init `apt_upgrade: true`)"],
  ["repo_update", "updates the package index at boot (cloud-init `repo_update: true`)"],
  ["repo_upgrade", "upgrades packages at boot (cloud-init `repo_upgrade`)"]
]);
var AGENT_MODULES = /* @__PURE__ */ new Map([
  ["ansible", "runs Ansible at boot (cloud-init `ansible` module)"],
  ["chef", "runs Chef at boot (cloud-init `chef` module)"],
  ["puppet", "runs Puppet at boot (cloud-init `puppet` module)"],
  ["salt_minion", "runs a Salt minion at boot (cloud-init `salt_minion` module)"]
]);
function isTruthy(node) {
  if (!yaml().isScalar(node)) return node !== null && node !== void 0;
  const v = node.value;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return !/^(false|no|off|none|)$/i.test(v.trim());
  return v !== null;
}
function scanCloudConfig(text, set) {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text, { strict: false, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
    const keyStart = pair.key?.range?.[0];
    if (key === void 0 || keyStart === void 0) continue;
    const value = pair.value;
    if (key === "packages") {
      if (isSeq(value) && value.items.length > 0) set.add(keyStart, "installs packages at boot (cloud-init `packages`)");
    } else if (TRUE_KEYS.has(key)) {
      if (isTruthy(value)) set.add(keyStart, TRUE_KEYS.get(key) ?? key);
    } else if (AGENT_MODULES.has(key)) {
      set.add(keyStart, AGENT_MODULES.get(key) ?? key);
    } else if (key === "runcmd" || key === "bootcmd") {
      if (!isSeq(value)) continue;
      for (const item of value.items) {
        const r = item?.range;
        if (r) scanShellRange(text, r[0], r[1], set);
      }
    }
  }
  return true;
}
function scanScript(text, options = {}) {
  const scanned = options.cloudConfig ? scannedAsCloudConfig : scannedByContent;
  let findings = scanned.get(text);
  if (!findings) {
    const set = new FindingSet(text, splitLines(text));
    if (!((options.cloudConfig || isCloudConfig(text)) && scanCloudConfig(text, set))) scanShellRange(text, 0, text.length, set);
    findings = set.result();
    if (scanned.size >= MAX_REMEMBERED_SCRIPTS) scanned.clear();
    scanned.set(text, findings);
  }
  return findings;
}
var scannedByContent = /* @__PURE__ */ new Map();
var scannedAsCloudConfig = /* @__PURE__ */ new Map();
var MAX_REMEMBERED_SCRIPTS = 256;
function decodeBase64Script(text) {
  const t = text.replace(/\s+/g, "");
  if (t.length < 8 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) return void 0;
  const decoded = Buffer.from(t, "base64").toString("utf8");
  const printable = decoded.replace(/[^\t\n\r\x20-\x7e\u00a0-\uffff]/g, "").length;
  return decoded.length > 0 && printable / decoded.length > 0.95 && !decoded.includes("�") ? decoded : void 0;
}

// rules/no-boot-time-configuration/index.ts
var AWS_USER_DATA = [
  { path: [], attr: "user_data" },
  { path: [], attr: "user_data_base64" }
];
var AZURE_VM = [
  { path: [], attr: "custom_data" },
  { path: [], attr: "user_data" }
];
var SITES = {
  aws_instance: AWS_USER_DATA,
  aws_spot_instance_request: AWS_USER_DATA,
  aws_launch_configuration: AWS_USER_DATA,
  aws_launch_template: [{ path: [], attr: "user_data" }],
  google_compute_instance: [{ path: [], attr: "metadata_startup_script" }],
  google_compute_instance_template: [{ path: [], attr: "metadata_startup_script" }],
  google_compute_region_instance_template: [{ path: [], attr: "metadata_startup_script" }],
  google_compute_instance_from_template: [{ path: [], attr: "metadata_startup_script" }],
  azurerm_linux_virtual_machine: AZURE_VM,
  azurerm_windows_virtual_machine: AZURE_VM,
  azurerm_linux_virtual_machine_scale_set: AZURE_VM,
  azurerm_windows_virtual_machine_scale_set: AZURE_VM,
  azurerm_orchestrated_virtual_machine_scale_set: [
    { path: [], attr: "user_data_base64" },
    { path: ["os_profile"], attr: "custom_data" }
  ],
  azurerm_virtual_machine: [{ path: ["os_profile"], attr: "custom_data" }],
  azurerm_virtual_machine_scale_set: [{ path: ["os_profile"], attr: "custom_data" }]
};
var GOOGLE_METADATA_TYPES2 = /* @__PURE__ */ new Set([
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_instance_from_template"
]);
var STARTUP_KEYS = /* @__PURE__ */ new Set(["startup-script", "user-data", "windows-startup-script-ps1", "windows-startup-script-cmd", "windows-startup-script-bat"]);
var WRAPPERS = /* @__PURE__ */ new Set(["base64encode", "base64gzip", "textencodebase64", "chomp", "trimspace"]);
var ADVICE = "bake it into the image (Packer, a Dockerfile) and keep only per-instance settings in the boot script";
var no_boot_time_configuration_default = defineRule({
  id: "no-boot-time-configuration",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Boot scripts pass settings; they do not install or configure software",
  securitySeverity: 3,
  precision: "high",
  concerns: readsScripts,
  check(ctx) {
    const scripts = new ScriptFileReports(dedupingReporter(ctx));
    const report = (d) => scripts.report(d);
    for (const resource of existingResources(ctx, readsScripts)) {
      const scanner = new BootScripts(ctx, resource, report);
      if (resource.kind === "data") {
        if (CLOUDINIT_TYPES.has(resource.resourceType)) scanner.cloudinitParts();
        continue;
      }
      for (const site of SITES[resource.resourceType] ?? []) scanner.site(site);
      if (GOOGLE_METADATA_TYPES2.has(resource.resourceType)) scanner.googleMetadata();
    }
    scripts.flush();
  }
});
var CLOUDINIT_TYPES = /* @__PURE__ */ new Set(["cloudinit_config", "template_cloudinit_config"]);
function readsScripts(resource) {
  const type = resource.resourceType;
  if (resource.kind === "data") return CLOUDINIT_TYPES.has(type);
  return SITES[type] !== void 0 || GOOGLE_METADATA_TYPES2.has(type);
}
var ScriptFileReports = class {
  constructor(deliver) {
    this.deliver = deliver;
  }
  deliver;
  held = /* @__PURE__ */ new Map();
  report(d) {
    const at = d.readAt;
    if (!at) return this.deliver(d);
    const key = `${at.file}\0${at.range.start.offset}\0${at.range.end.offset}`;
    const known = this.held.get(key);
    const file = d.file === void 0 ? void 0 : typeof d.file === "string" ? d.file : d.file.filename;
    if (!known) this.held.set(key, { descriptor: d, readers: [] });
    else if (file !== void 0) known.readers.push({ file, range: d.node.range, message: at.message });
  }
  flush() {
    for (const { descriptor, readers } of this.held.values()) {
      this.deliver(readers.length === 0 ? descriptor : { ...descriptor, related: [...readers, ...descriptor.related ?? []] });
    }
    this.held.clear();
  }
};
var BootScripts = class {
  constructor(ctx, resource, report) {
    this.ctx = ctx;
    this.resource = resource;
    this.report = report;
  }
  ctx;
  resource;
  report;
  /** The place of an expression written in this resource: override files may have put it in another file. */
  at(node) {
    const file = fileOfNode(this.ctx.module, node) ?? this.resource.file;
    return { file, scopeResource: this.resource, bindings: NO_BINDINGS, related: void 0, cloudConfig: false };
  }
  site(site) {
    for (const { body, bindings } of nestedBodies(this.ctx, this.resource, site.path)) {
      const attr = getAttribute(body, site.attr);
      if (attr) this.expression(attr.expr, { ...this.at(attr), bindings }, [...site.path, site.attr].join("."), /* @__PURE__ */ new Set());
    }
  }
  googleMetadata() {
    const metadata = getAttribute(this.resource.body, "metadata");
    if (!metadata) return;
    if (metadata.expr.type === "Object") {
      for (const item of metadata.expr.items) {
        const key = objectItemKey(this.ctx, item, this.resource);
        if (key !== void 0 && STARTUP_KEYS.has(key)) this.expression(item.value, this.at(item.value), `metadata.${key}`, /* @__PURE__ */ new Set());
      }
      return;
    }
    const value = this.ctx.evaluate(metadata.expr, this.resource);
    if (value.kind !== "object") return;
    for (const [key, entry] of value.entries) {
      if (STARTUP_KEYS.has(key)) this.value(entry, metadata.expr, this.at(metadata), `metadata.${key}`, /* @__PURE__ */ new Set());
    }
  }
  cloudinitParts() {
    for (const { block: block2, bindings } of blockInstances(this.ctx, this.resource, this.resource.body, "part")) {
      const content = getAttribute(block2.body, "content");
      if (!content) continue;
      const type = attributeValue(this.ctx, this.resource, block2.body, "content_type", bindings);
      const cloudConfig = type !== void 0 && asString(type.value)?.toLowerCase() === "text/cloud-config";
      this.expression(content.expr, { ...this.at(content), bindings, cloudConfig }, "part.content", /* @__PURE__ */ new Set());
    }
  }
  /** Scans a script expression written at `place`. `seen` stops cycles through origins. */
  expression(expr, place, path9, seen) {
    const key = `${place.file.filename}:${expr.range.start.offset}:${expr.range.end.offset}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (expr.type === "Parentheses") return this.expression(expr.expr, place, path9, seen);
    if (expr.type === "FunctionCall" && WRAPPERS.has(expr.name) && expr.args.length >= 1) return this.expression(expr.args[0], place, path9, seen);
    if (expr.type === "Template" && this.template(expr, place, path9, seen)) return;
    this.value(this.ctx.evaluate(expr, place.scopeResource, place.bindings), expr, place, path9, seen);
  }
  /** Scans a template line by line at its source; false when it cannot be mapped. */
  template(expr, place, path9, seen) {
    const mapped = mapTemplate(place.file, expr, (e, b) => this.ctx.evaluate(e, place.scopeResource, new Map([...place.bindings, ...b])));
    if (!mapped || !mapped.text.includes(HOLE) && decodeBase64Script(mapped.text) !== void 0) return false;
    const deferred = /* @__PURE__ */ new Map();
    for (const finding of scanScript(mapped.text, { cloudConfig: place.cloudConfig })) {
      const sole = soleInterpolation(mapped, finding.start, finding.end);
      if (sole) {
        const k = `${sole.expr.range.start.offset}`;
        if (!deferred.has(k)) deferred.set(k, { expr: sole.expr, bindings: new Map([...place.bindings, ...sole.bindings]) });
        continue;
      }
      this.report({
        node: { range: mappedRange(mapped, finding.start, finding.end), of: expr },
        file: place.file,
        resource: this.resource,
        attributePath: path9,
        related: place.related,
        message: `${describeSite(this.resource.address, path9)} ${finding.reasons.join("; ")}; ${ADVICE}.`
      });
    }
    for (const d of deferred.values()) this.expression(d.expr, { ...place, bindings: d.bindings }, path9, seen);
    return true;
  }
  /** Scans a script known only as a value: follow it to where it was written, or report at `node`. */
  value(value, node, place, path9, seen) {
    if (value.kind !== "string") return;
    const located = locateOrigin(this.ctx, value);
    const isNode = located && located.file.filename === place.file.filename && located.expr.range.start.offset === node.range.start.offset && located.expr.range.end.offset === node.range.end.offset;
    if (located && !isNode && (located.expr.type === "Template" || located.expr.type === "FunctionCall" || located.expr.type === "Parentheses")) {
      const related = place.related ?? [{ file: place.file.filename, range: node.range, message: `used as ${path9} of ${this.resource.address}` }];
      this.expression(located.expr, { file: located.file, scopeResource: void 0, bindings: NO_BINDINGS, related, cloudConfig: place.cloudConfig }, path9, seen);
      return;
    }
    const decoded = decodeBase64Script(value.value);
    const text = decoded ?? value.value;
    const findings = scanScript(text, { cloudConfig: place.cloudConfig });
    if (findings.length === 0) return;
    const source = this.describeSource(node, place);
    const call = fileCall2(node);
    if (call && this.scriptFile(node, call, place, path9, text, source)) return;
    const rendered = call?.name === "templatefile" ? "rendered line" : "line";
    this.report({
      node,
      file: place.file,
      resource: this.resource,
      attributePath: path9,
      related: place.related,
      // Written outside this module (a caller's argument): the engine points at that literal.
      value: located || call ? void 0 : value,
      // Written as a heredoc elsewhere (a caller's argument): the engine points at this line of it.
      valueLine: decoded === void 0 ? findings[0].line : void 0,
      message: `${describeSite(this.resource.address, path9, source)} installs or configures software at boot: ${describeLines(findings.map((f) => ({ line: f.line, reasons: f.reasons })), rendered)}; ${ADVICE}.`
    });
  }
  /**
   * Reports a script read through `file()`, `filebase64()` or
   * `templatefile()` at its first offending line in that file (a template's
   * line, for a line an interpolation wrote: the line of that `${…}`), with
   * the consuming argument and the other offending lines related. False when
   * the lines cannot be placed: the file cannot be read here, or its text is
   * not the text that was scanned.
   */
  scriptFile(node, call, place, path9, text, from) {
    const at = { resource: place.scopeResource, bindings: place.bindings };
    const read2 = readFileOf(this.ctx, call, at);
    if (!read2) return false;
    let lines;
    if (call.name === "templatefile") {
      const mapped = mapTemplateFile(this.ctx, call, at, read2)?.mapped;
      if (!mapped) return false;
      lines = scanScript(mapped.text, { cloudConfig: place.cloudConfig }).map((f) => ({ range: mappedRange(mapped, f.start, f.end), reasons: f.reasons }));
    } else {
      const offset = read2.source.indexOf(text);
      if (offset < 0) return false;
      const index = lineIndexOf(read2);
      lines = scanScript(text, { cloudConfig: place.cloudConfig }).map((f) => ({ range: index.plainRange(offset + f.start, offset + f.end), reasons: f.reasons }));
    }
    const [first, ...others] = lines;
    if (!first) return false;
    const file = read2.filename;
    this.report({
      node,
      file: place.file,
      resource: this.resource,
      attributePath: path9,
      readAt: { file, range: first.range, message: `used as ${path9} of ${this.resource.address}` },
      related: [
        ...place.related ?? [],
        ...others.slice(0, MAX_RELATED_LINES).map((l) => ({ file, range: l.range, message: l.reasons.join("; ") }))
      ],
      message: `${describeSite(this.resource.address, path9, from)} installs or configures software at boot: ${describeLines(lines.map((l) => ({ line: l.range.start.line, reasons: l.reasons })), "line")}; ${ADVICE}.`
    });
    return true;
  }
  /** `, from file("scripts/boot.sh")` when the script comes from a file function (see `shownPath`). */
  describeSource(node, place) {
    const call = fileCall2(node);
    const p = call && shownPath(this.ctx, call, { resource: place.scopeResource, bindings: place.bindings });
    return call && p !== void 0 ? `, from ${call.name}("${p}")` : "";
  }
};
var MAX_RELATED_LINES = 10;
function describeLines(lines, word) {
  const shown2 = lines.slice(0, 3).map((l) => `${word} ${l.line} ${l.reasons.join(" and ")}`);
  const more = lines.length > 3 ? `, and ${lines.length - 3} more line${lines.length === 4 ? "" : "s"}` : "";
  return `${shown2.join("; ")}${more}`;
}
function fileCall2(expr) {
  return fileCallOf(expr, WRAPPERS);
}
function describeSite(address, path9, source = "") {
  return `${address}'s boot script (${path9}${source})`;
}

// rules/user-data-replace-on-change/index.ts
var concerns4 = (r) => r.resourceType === "aws_instance";
var user_data_replace_on_change_default = defineRule({
  id: "user-data-replace-on-change",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "EC2 instances are replaced, not updated in place, when their user data changes",
  precision: "high",
  autofix: "Adds `user_data_replace_on_change = true` after the user data argument, or replaces a `false` or `null` written at the argument with `true`",
  concerns: concerns4,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of managedResources(ctx, concerns4)) {
      if (resource.resourceType !== "aws_instance") continue;
      const userData = ["user_data", "user_data_base64"].map((name2) => attributeValue(ctx, resource, resource.body, name2)).find((a) => a !== void 0 && isDefinitelySet(a.attr.expr, a.value));
      if (!userData) continue;
      const replace = attributeValue(ctx, resource, resource.body, "user_data_replace_on_change");
      const name = userData.attr.name;
      if (!replace) {
        const block2 = blockHolding(ctx, userData.attr);
        const fix2 = block2 ? insertIntoBlockFix(ctx, block2, argumentLine("user_data_replace_on_change", "true"), "Add user_data_replace_on_change = true", userData.attr) : void 0;
        report({
          node: blockHeader(resource.block),
          resource,
          attributePath: "user_data_replace_on_change",
          message: `${resource.address} sets ${name} without user_data_replace_on_change = true, so a changed boot script is written to the running instance (and never runs) instead of replacing it; add user_data_replace_on_change = true.`,
          fix: fix2
        });
        continue;
      }
      if (replace.value.kind !== "null" && asBool(replace.value) !== false) continue;
      const located = locateOrigin(ctx, replace.value);
      const fix = located && writtenAt(ctx, located, replace.attr.expr) && located.expr.type === "Literal" ? { description: "Set user_data_replace_on_change to true", file: located.file.filename, replacements: [{ range: located.expr.range, text: "true" }] } : void 0;
      report({
        node: replace.attr.expr,
        resource,
        attributePath: "user_data_replace_on_change",
        value: replace.value,
        message: `${resource.address} sets ${name} with user_data_replace_on_change = ${replace.value.kind === "null" ? "null" : "false"}, so a changed boot script is written to the running instance instead of replacing it; set it to true.`,
        fix
      });
    }
  }
});

// rules/lib/unique-names.ts
var UNIQUE_FUNCTIONS = /* @__PURE__ */ new Set([
  "uuid",
  "uuidv5",
  "timestamp",
  "plantimestamp",
  "bcrypt",
  "md5",
  "sha1",
  "sha256",
  "sha512",
  "base64sha256",
  "base64sha512",
  "filemd5",
  "filesha1",
  "filesha256",
  "filesha512",
  "filebase64sha256",
  "filebase64sha512"
]);
var UNIQUE_RESOURCE_PREFIXES = ["random_", "time_"];
function hasUniquePart(expr, module) {
  for (const name of functionsCalledIn(expr, module)) {
    if (UNIQUE_FUNCTIONS.has(name)) return true;
  }
  return referencesIn(expr, module).some((ref) => UNIQUE_RESOURCE_PREFIXES.some((p) => ref.root.startsWith(p)));
}

// rules/create-before-destroy/index.ts
var NAME_PREFIX_TYPES = /* @__PURE__ */ new Set([
  "aws_launch_configuration",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_ssl_certificate"
]);
var REFERENCED_TYPES = {
  aws_launch_configuration: "Auto Scaling groups",
  aws_acm_certificate: "load balancer listeners and CloudFront distributions",
  aws_api_gateway_deployment: "API Gateway stages",
  google_compute_instance_template: "managed instance groups",
  google_compute_region_instance_template: "managed instance groups",
  google_compute_ssl_certificate: "target HTTPS and SSL proxies"
};
var concerns5 = (r) => REFERENCED_TYPES[r.resourceType] !== void 0;
var create_before_destroy_default = defineRule({
  id: "create-before-destroy",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Resources that others point at are replaced with create_before_destroy",
  precision: "high",
  autofix: "Adds `create_before_destroy = true` to the `lifecycle` block, or adds the block, or replaces a `false` written at the argument; never for a resource with a `name`",
  concerns: concerns5,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns5)) {
      const dependants = REFERENCED_TYPES[resource.resourceType];
      if (!dependants) continue;
      const flag = lifecycleFlag(ctx, resource, "createBeforeDestroy");
      if (flag.state === "unknown" || flag.state === "known" && flag.value) continue;
      const consequence = `when it is replaced, Terraform destroys it first while ${dependants} still point at it`;
      const nameAttr = NAME_PREFIX_TYPES.has(resource.resourceType) ? getAttribute(resource.body, "name") : void 0;
      const fixedName = nameAttr !== void 0 && !hasUniquePart(nameAttr.expr, ctx.module);
      const withName = fixedName ? ", together with name_prefix instead of name (or a random or content-derived suffix in the name): with its fixed name the new copy could not be created beside the old one" : "";
      if (flag.state === "absent") {
        const lifecycle = resource.lifecycle?.block;
        ctx.report({
          node: blockHeader(resource.block),
          resource,
          message: `${resource.address} has no lifecycle { create_before_destroy = true }: ${consequence}. Add the lifecycle setting${withName}.`,
          // As for `false` below: not with a `name`, which the setting alone may turn into a name conflict.
          fix: getAttribute(resource.body, "name") ? void 0 : lifecycle ? insertIntoBlockFix(ctx, lifecycle, argumentLine("create_before_destroy", "true"), "Add create_before_destroy = true to the lifecycle block") : insertIntoBlockFix(ctx, resource.block, blockLines("lifecycle", "create_before_destroy", "true"), "Add lifecycle { create_before_destroy = true }")
        });
        continue;
      }
      const fix = getAttribute(resource.body, "name") ? void 0 : flipBoolFix(ctx, resource, flag.attribute.expr, true, "Set create_before_destroy = true");
      ctx.report({
        node: flag.attribute.expr,
        resource,
        attributePath: "lifecycle.create_before_destroy",
        value: flag.evaluated,
        message: `${resource.address} sets create_before_destroy = false: ${consequence}. Set it to true${withName}.`,
        fix
      });
    }
  }
});

// rules/create-before-destroy-name-conflict/index.ts
var UNIQUE_NAME_TYPES = /* @__PURE__ */ new Set([
  "aws_launch_configuration",
  "aws_launch_template",
  "aws_security_group",
  "aws_lb_target_group",
  "aws_autoscaling_group",
  "aws_iam_role",
  "aws_iam_policy",
  "aws_db_parameter_group",
  "aws_db_option_group",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_ssl_certificate"
]);
var FIXED_FUNCTIONS = /* @__PURE__ */ new Set([
  "format",
  "join",
  "lower",
  "upper",
  "title",
  "replace",
  "substr",
  "trim",
  "trimspace",
  "trimprefix",
  "trimsuffix",
  "tostring",
  "coalesce",
  "element",
  "lookup",
  "concat"
]);
function isFixedName(ctx, expr, resource) {
  const ref = asReference(expr);
  if (ref) {
    if (ref.root === "count") return true;
    if (ref.root === "each") {
      const first = ref.steps[0];
      if (first?.kind === "attr" && first.name === "key") return true;
      return resource.forEach !== void 0 && ctx.evaluate(resource.forEach.expr, resource).kind !== "unknown";
    }
    if (ref.root === "var" || ref.root === "local") return ctx.evaluate(expr, resource).kind !== "unknown";
    return false;
  }
  switch (expr.type) {
    case "Literal":
      return true;
    case "Template":
    case "Parentheses":
    case "Conditional":
      return childExpressions(expr).every((e) => isFixedName(ctx, e, resource));
    case "FunctionCall":
      return FIXED_FUNCTIONS.has(expr.name) && expr.args.every((e) => isFixedName(ctx, e, resource));
    default:
      return false;
  }
}
var concerns6 = (r) => UNIQUE_NAME_TYPES.has(r.resourceType);
var create_before_destroy_name_conflict_default = defineRule({
  id: "create-before-destroy-name-conflict",
  severity: "error",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "create_before_destroy is not combined with a fixed unique name",
  precision: "high",
  concerns: concerns6,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns6)) {
      if (!UNIQUE_NAME_TYPES.has(resource.resourceType)) continue;
      const cbd = lifecycleFlag(ctx, resource, "createBeforeDestroy");
      if (cbd.state !== "known" || !cbd.value) continue;
      const nameAttr = getAttribute(resource.body, "name");
      if (!nameAttr || hasUniquePart(nameAttr.expr, ctx.module)) continue;
      const value = ctx.evaluate(nameAttr.expr, resource);
      const advice = "the replacement cannot be created while the old copy holds that name. Use name_prefix instead, or leave the name out";
      if (value.kind === "string") {
        ctx.report({
          node: nameAttr.expr,
          resource,
          attributePath: "name",
          value,
          message: `${resource.address} has create_before_destroy = true and the fixed name "${value.value}": ${advice}.`
        });
      } else if (value.kind === "unknown" && isFixedName(ctx, nameAttr.expr, resource)) {
        ctx.report({
          node: nameAttr.expr,
          resource,
          attributePath: "name",
          message: `${resource.address} has create_before_destroy = true and a name that is the same for the old and the new copy of each instance: ${advice}.`
        });
      }
    }
  }
});

// rules/prevent-destroy-stateful/index.ts
function boolProtection(path9, byDefault) {
  return {
    path: path9,
    wanted: `${path9.join(".")} = true`,
    read(ctx, body, arg, resource, bindings) {
      const state = readBool(ctx, body, arg, resource, bindings);
      if (state.state === "absent") return { state, protects: byDefault };
      if (state.state === "unknown") return { state, protects: void 0 };
      return { state, protects: state.value };
    }
  };
}
var RETAIN_POLICY = {
  path: ["spec", "persistent_volume_reclaim_policy"],
  wanted: 'spec.persistent_volume_reclaim_policy = "Retain"',
  read(ctx, body, arg, resource, bindings) {
    const state = readString(ctx, body, arg, resource, bindings);
    if (state.state === "absent") return { state, protects: true };
    if (state.state === "unknown") return { state, protects: void 0 };
    return { state, protects: state.value === "Retain" };
  }
};
var STATEFUL_TYPES = {
  aws_dynamodb_table: [boolProtection(["deletion_protection_enabled"], false)],
  aws_ebs_volume: [],
  aws_efs_file_system: [],
  aws_s3_bucket: [],
  aws_elasticache_replication_group: [],
  aws_opensearch_domain: [],
  aws_elasticsearch_domain: [],
  aws_docdb_cluster: [boolProtection(["deletion_protection"], false)],
  aws_neptune_cluster: [boolProtection(["deletion_protection"], false)],
  aws_redshift_cluster: [],
  google_sql_database_instance: [
    boolProtection(["deletion_protection"], true),
    boolProtection(["settings", "deletion_protection_enabled"], false)
  ],
  google_compute_disk: [],
  google_storage_bucket: [],
  google_bigtable_instance: [boolProtection(["deletion_protection"], true)],
  google_spanner_instance: [],
  google_filestore_instance: [boolProtection(["deletion_protection_enabled"], false)],
  azurerm_managed_disk: [],
  azurerm_storage_account: [],
  azurerm_mssql_database: [],
  azurerm_postgresql_flexible_server: [],
  azurerm_mysql_flexible_server: [],
  azurerm_cosmosdb_account: [],
  kubernetes_persistent_volume: [RETAIN_POLICY],
  kubernetes_persistent_volume_v1: [RETAIN_POLICY],
  kubernetes_persistent_volume_claim: [],
  kubernetes_persistent_volume_claim_v1: []
};
var OWNED_BY_DATABASE_RULE = /* @__PURE__ */ new Set(["aws_db_instance", "aws_rds_cluster"]);
function readProtection(ctx, resource, protection) {
  const blocks = protection.path.slice(0, -1);
  const arg = protection.path[protection.path.length - 1];
  let body = resource.body;
  let bindings;
  for (const blockType of blocks) {
    const first = body ? blockInstances(ctx, resource, body, blockType, bindings)[0] : void 0;
    body = first?.block.body;
    bindings = first?.bindings;
  }
  const read2 = protection.read(ctx, body ?? { type: "Body", items: [], range: resource.body.range }, arg, resource, bindings);
  return { protection, ...read2 };
}
function hasDeleteLock(ctx, resource) {
  let unknown = false;
  for (const lock of managedResources(ctx, (r) => r.resourceType === "azurerm_management_lock")) {
    if (lock.resourceType !== "azurerm_management_lock") continue;
    const scope = getAttribute(lock.body, "scope");
    if (!scope) continue;
    const targets = referencesIn(scope.expr, ctx.module).map(resourceReference).some((r) => r !== void 0 && r.type === resource.resourceType && r.name === resource.name);
    if (!targets) continue;
    const level = readString(ctx, lock.body, "lock_level", lock);
    if (level.state === "unknown") unknown = true;
    if (level.state === "known" && (level.value === "CanNotDelete" || level.value === "ReadOnly")) return true;
  }
  return unknown ? void 0 : false;
}
function protectionsOf(resource, extraStatefulTypes) {
  if (OWNED_BY_DATABASE_RULE.has(resource.resourceType)) return void 0;
  return STATEFUL_TYPES[resource.resourceType] ?? (extraStatefulTypes.includes(resource.resourceType) ? [] : void 0);
}
var prevent_destroy_stateful_default = defineRule({
  id: "prevent-destroy-stateful",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module"],
  summary: "Stateful resources are protected against destruction",
  precision: "high",
  autofix: "Replaces `prevent_destroy = false`, or the resource's own protection flag set to `false`, written at the argument with `true`",
  optionsSchema: {
    type: "object",
    properties: {
      extraStatefulTypes: {
        type: "array",
        items: { type: "string", pattern: "^[a-z0-9_]+$" },
        uniqueItems: true,
        description: "More resource types to treat as stateful, e.g. aws_fsx_lustre_file_system."
      }
    },
    additionalProperties: false
  },
  concerns: (resource, options) => protectionsOf(resource, options.extraStatefulTypes ?? []) !== void 0,
  check(ctx) {
    const call = ctx.deploymentCall;
    if (ctx.role !== "deployment" && call === void 0) return;
    const related = call ? { related: [{ file: call.file, range: call.range, message: `called by the deployment ${call.deployment}` }] } : {};
    const extra = ctx.options.extraStatefulTypes ?? [];
    for (const resource of managedResources(ctx, (r) => protectionsOf(r, extra) !== void 0)) {
      const protections = protectionsOf(resource, extra);
      if (!protections) continue;
      const prevent = lifecycleFlag(ctx, resource, "preventDestroy");
      if (prevent.state === "unknown" || prevent.state === "known" && prevent.value) continue;
      const readings = protections.map((p) => readProtection(ctx, resource, p));
      if (readings.some((r) => r.protects !== false)) continue;
      if (resource.resourceType.startsWith("azurerm_") && hasDeleteLock(ctx, resource) !== false) continue;
      const own = protections.map((p) => `set ${p.wanted}`);
      if (resource.resourceType.startsWith("azurerm_")) own.push('add an azurerm_management_lock with lock_level = "CanNotDelete"');
      const alternatives = own.length > 0 ? `, or ${own.join(" or ")}` : "";
      const forceDestroy = readBool(ctx, resource.body, "force_destroy", resource);
      const emptied = forceDestroy.state === "known" && forceDestroy.value ? " (and force_destroy = true deletes its contents with it)" : "";
      if (prevent.state === "known") {
        ctx.report({
          node: prevent.attribute.expr,
          resource,
          attributePath: "lifecycle.prevent_destroy",
          value: prevent.evaluated,
          message: `${resource.address} holds data but sets prevent_destroy = false${emptied}: a plan that replaces or removes it destroys the data. Set prevent_destroy = true${alternatives}.`,
          fix: flipBoolFix(ctx, resource, prevent.attribute.expr, true, "Set prevent_destroy = true"),
          ...related
        });
        continue;
      }
      const written = readings.find((r) => r.state.state === "known");
      if (written && written.state.state === "known") {
        ctx.report({
          node: written.state.attribute.expr,
          resource,
          attributePath: written.protection.path.join("."),
          value: written.state.evaluated,
          message: `${resource.address} holds data but has neither prevent_destroy = true nor ${written.protection.wanted}${emptied}: a plan that replaces or removes it destroys the data. Set ${written.protection.wanted} or add lifecycle { prevent_destroy = true }.`,
          fix: flipBoolFix(ctx, resource, written.state.attribute.expr, true, `Set ${written.protection.wanted}`),
          ...related
        });
        continue;
      }
      ctx.report({
        node: blockHeader(resource.block),
        resource,
        message: `${resource.address} holds data but is not protected against destruction${emptied}: a plan that replaces or removes it destroys the data. Add lifecycle { prevent_destroy = true }${alternatives}.`,
        ...related
      });
    }
  }
});

// rules/lifecycle-ignore-changes/index.ts
var IMAGE_ATTRIBUTES = [
  "ami",
  "image",
  "image_id",
  "image_uri",
  "user_data",
  "user_data_base64",
  "launch_template",
  "container_definitions",
  "source_image_id",
  "source_image_reference",
  "metadata_startup_script",
  "boot_disk"
];
var BOOT_METADATA_KEY = /^metadata(?:\[\s*"(?:startup-script|user-data)"\s*\]|\.(?:startup-script|user-data))/;
function hasReplaceTriggers(resource) {
  const triggers = resource.lifecycle?.replaceTriggeredBy?.expr;
  if (!triggers) return false;
  return triggers.type !== "Tuple" || triggers.items.length > 0;
}
var concerns7 = (r) => r.lifecycle?.ignoreChanges !== void 0;
var lifecycle_ignore_changes_default = defineRule({
  id: "lifecycle-ignore-changes",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "ignore_changes does not hide all drift or freeze images and boot configuration",
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      extraAttributes: {
        type: "array",
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
        uniqueItems: true,
        description: "More top-level arguments that must not be ignored, e.g. task_definition."
      }
    },
    additionalProperties: false
  },
  concerns: concerns7,
  check(ctx) {
    const extra = ctx.options.extraAttributes ?? [];
    const watched = /* @__PURE__ */ new Set([...IMAGE_ATTRIBUTES, ...extra]);
    for (const resource of possibleResources(ctx, concerns7)) {
      const ignore = resource.lifecycle?.ignoreChanges;
      if (!ignore) continue;
      if (ignore.kind === "all") {
        if (hasReplaceTriggers(resource)) continue;
        ctx.report({
          node: ignore.attribute.expr,
          resource,
          attributePath: "lifecycle.ignore_changes",
          severity: "error",
          message: `${resource.address} sets ignore_changes = all: every difference between the code and the deployed resource is hidden. List only the arguments another system owns.`
        });
        continue;
      }
      if (ignore.kind !== "list") continue;
      ignore.items.forEach((item, index) => {
        const bootKey = BOOT_METADATA_KEY.test(item.path);
        if (!watched.has(item.root) && !bootKey) return;
        const what = bootKey ? "a boot script" : IMAGE_ATTRIBUTES.includes(item.root) ? "an image or boot argument" : "an argument that must roll out";
        ctx.report({
          node: { range: item.range, of: item.expr },
          resource,
          attributePath: `lifecycle.ignore_changes[${index}]`,
          message: `${resource.address} ignores changes to ${item.path}, ${what}: a new version in the code never reaches the deployed resource. Remove it from ignore_changes.`
        });
      });
    }
  }
});

// rules/asg-instance-refresh/index.ts
var AZURE_SCALE_SETS = /* @__PURE__ */ new Set(["azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"]);
var VERSION_ATTRIBUTES = /* @__PURE__ */ new Set(["latest_version", "default_version"]);
function nameDerivation(ctx, group) {
  let stable;
  for (const argument of ["name", "name_prefix"]) {
    const attr = getAttribute(group.body, argument);
    if (!attr) continue;
    for (const ref of referencesIn(attr.expr, ctx.module)) {
      const target = resourceReference(ref);
      if (!target) continue;
      if (target.type === "aws_launch_configuration") return { kind: "replaces" };
      if (target.type !== "aws_launch_template") continue;
      if (target.attribute && VERSION_ATTRIBUTES.has(target.attribute)) return { kind: "replaces" };
      stable ??= describe(ref);
    }
  }
  return stable ? { kind: "stable", reference: stable } : { kind: "none" };
}
function describe(ref) {
  return [ref.root, ...ref.steps.flatMap((s) => s.kind === "attr" ? [s.name] : [])].join(".");
}
function usesLaunchTemplate(group) {
  return getBlocks(group.body, "launch_template").length > 0 || getBlocks(group.body, "mixed_instances_policy").length > 0;
}
function checkAutoScalingGroup(ctx, group) {
  if (!usesLaunchTemplate(group) || getBlocks(group.body, "instance_refresh").length > 0) return;
  const derivation = nameDerivation(ctx, group);
  if (derivation.kind === "replaces") return;
  const because = derivation.kind === "stable" ? ` Its name comes from ${derivation.reference}, which stays the same when a new template version is created, so the group is not replaced either.` : "";
  ctx.report({
    node: blockHeader(group.block),
    resource: group,
    message: `${group.address} uses a launch template but has no instance_refresh block: running instances keep the old image until something else replaces them.${because} Add instance_refresh { strategy = "Rolling" }, or derive the group's name from the template's latest_version.`
  });
}
function checkAzureScaleSet(ctx, scaleSet) {
  const mode = readString(ctx, scaleSet.body, "upgrade_mode", scaleSet);
  if (mode.state === "absent") {
    ctx.report({
      node: blockHeader(scaleSet.block),
      resource: scaleSet,
      message: `${scaleSet.address} has no upgrade_mode, which defaults to Manual: a new image in the model never reaches the running instances. Set upgrade_mode = "Rolling" (with a rolling_upgrade_policy) or "Automatic".`
    });
  } else if (mode.state === "known" && mode.value === "Manual") {
    ctx.report({
      node: mode.attribute.expr,
      resource: scaleSet,
      attributePath: "upgrade_mode",
      value: mode.evaluated,
      message: `${scaleSet.address} sets upgrade_mode = "Manual": a new image in the model never reaches the running instances. Set upgrade_mode = "Rolling" (with a rolling_upgrade_policy) or "Automatic".`
    });
  }
}
var concerns8 = (r) => r.resourceType === "aws_autoscaling_group" || AZURE_SCALE_SETS.has(r.resourceType);
var asg_instance_refresh_default = defineRule({
  id: "asg-instance-refresh",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Scale groups roll new images out to running instances",
  precision: "high",
  concerns: concerns8,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns8)) {
      if (resource.resourceType === "aws_autoscaling_group") checkAutoScalingGroup(ctx, resource);
      else if (AZURE_SCALE_SETS.has(resource.resourceType)) checkAzureScaleSet(ctx, resource);
    }
  }
});

// rules/no-launch-configuration/index.ts
var concerns9 = (r) => r.resourceType === "aws_launch_configuration";
var no_launch_configuration_default = defineRule({
  id: "no-launch-configuration",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Auto Scaling groups use versioned launch templates, not deprecated launch configurations",
  precision: "very-high",
  concerns: concerns9,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns9)) {
      if (resource.resourceType !== "aws_launch_configuration") continue;
      ctx.report({
        node: blockHeader(resource.block),
        resource,
        message: `${resource.address} is a launch configuration, which AWS has deprecated and which cannot be versioned; use an aws_launch_template and reference it from the Auto Scaling group's launch_template block.`
      });
    }
  }
});

// rules/separate-data-volumes/index.ts
var INLINE_VOLUMES = {
  aws_instance: { block: "ebs_block_device", instead: "an aws_ebs_volume with an aws_volume_attachment" },
  aws_spot_instance_request: { block: "ebs_block_device", instead: "an aws_ebs_volume with an aws_volume_attachment" },
  azurerm_virtual_machine: {
    block: "storage_data_disk",
    instead: "an azurerm_managed_disk with an azurerm_virtual_machine_data_disk_attachment"
  }
};
function declaresInlineVolume(ctx, resource, instances, blockType) {
  if (instances.length === 0) return false;
  if (blockType !== "storage_data_disk") return true;
  let unknown = false;
  for (const instance of instances) {
    const option = readString(ctx, instance.block.body, "create_option", resource, instance.bindings);
    if (option.state === "unknown") unknown = true;
    else if (option.state === "absent" || option.value.toLowerCase() !== "attach") return true;
  }
  return unknown ? void 0 : false;
}
var concerns10 = (r) => INLINE_VOLUMES[r.resourceType] !== void 0;
var separate_data_volumes_default = defineRule({
  id: "separate-data-volumes",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module", "example", "test"],
  summary: "Data volumes are separate resources, not declared inside disposable compute",
  precision: "high",
  concerns: concerns10,
  check(ctx) {
    for (const resource of possibleResources(ctx, concerns10)) {
      const spec = INLINE_VOLUMES[resource.resourceType];
      if (!spec) continue;
      for (const block2 of getBlocks(resource.body, spec.block)) {
        const instances = blockInstances(ctx, resource, resource.body, spec.block).filter((i) => i.block.block === block2.block);
        if (declaresInlineVolume(ctx, resource, instances, spec.block) !== true) continue;
        ctx.report({
          node: blockHeader(block2.block),
          resource,
          attributePath: spec.block,
          message: `${resource.address} declares a data volume inline (${block2.dynamic ? "dynamic " : ""}${spec.block}): it is destroyed whenever the instance is replaced. Use ${spec.instead}.`
        });
      }
    }
  }
});

// rules/disposable-root-volume/index.ts
var ROOT_DEVICE_NAMES = /* @__PURE__ */ new Set(["/dev/xvda", "/dev/sda1", "/dev/sda", "xvda", "sda1"]);
var ROOT_BLOCK_DEVICE_TYPES = /* @__PURE__ */ new Set(["aws_instance", "aws_spot_instance_request", "aws_launch_configuration"]);
var GOOGLE_TEMPLATES = /* @__PURE__ */ new Set(["google_compute_instance_template", "google_compute_region_instance_template"]);
var CHECKED_TYPES2 = /* @__PURE__ */ new Set([...ROOT_BLOCK_DEVICE_TYPES, "aws_launch_template", "google_compute_instance", ...GOOGLE_TEMPLATES, "azurerm_virtual_machine"]);
function reportKeptWhenFalse(ctx, resource, body, argument, attributePath, what, bindings, reported = /* @__PURE__ */ new Set()) {
  const flag = readBool(ctx, body, argument, resource, bindings);
  if (flag.state !== "known" || flag.value || reported.has(flag.attribute)) return;
  reported.add(flag.attribute);
  ctx.report({
    node: flag.attribute.expr,
    resource,
    attributePath,
    value: flag.evaluated,
    message: `${resource.address} keeps ${what} after the instance is gone (${argument} = false): state that lives on it is a snowflake no replacement reproduces. Set ${argument} = true and keep data on a separate volume.`,
    fix: flipBoolFix(ctx, resource, flag.attribute.expr, true, `Set ${argument} = true`)
  });
}
function isRootMapping(ctx, resource, mapping, bindings) {
  const device = getAttribute(mapping, "device_name");
  if (!device) return false;
  const fromImage = referencesIn(device.expr, ctx.module).some((r) => {
    if (r.root === "var" || r.root === "local") return false;
    const last = r.steps[r.steps.length - 1];
    return last?.kind === "attr" && last.name === "root_device_name";
  });
  if (fromImage) return true;
  const name = readString(ctx, mapping, "device_name", resource, bindings);
  return name.state === "known" && ROOT_DEVICE_NAMES.has(name.value);
}
var concerns11 = (r) => CHECKED_TYPES2.has(r.resourceType);
var disposable_root_volume_default = defineRule({
  id: "disposable-root-volume",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module", "example", "test"],
  summary: "Root and boot disks are deleted with their instance",
  precision: "high",
  autofix: "Replaces `delete_on_termination = false` (`auto_delete`, `delete_os_disk_on_termination`) written at the argument with `true`, and adds a missing `delete_os_disk_on_termination = true`",
  concerns: concerns11,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns11)) {
      const type = resource.resourceType;
      const reported = /* @__PURE__ */ new Set();
      if (ROOT_BLOCK_DEVICE_TYPES.has(type)) {
        for (const root of blockInstances(ctx, resource, resource.body, "root_block_device")) {
          reportKeptWhenFalse(
            ctx,
            resource,
            root.block.body,
            "delete_on_termination",
            "root_block_device.delete_on_termination",
            "its root volume",
            root.bindings,
            reported
          );
        }
      } else if (type === "aws_launch_template") {
        for (const mapping of blockInstances(ctx, resource, resource.body, "block_device_mappings")) {
          if (!isRootMapping(ctx, resource, mapping.block.body, mapping.bindings)) continue;
          for (const ebs of blockInstances(ctx, resource, mapping.block.body, "ebs", mapping.bindings)) {
            reportKeptWhenFalse(
              ctx,
              resource,
              ebs.block.body,
              "delete_on_termination",
              "block_device_mappings.ebs.delete_on_termination",
              "the root volume of every instance it launches",
              ebs.bindings,
              reported
            );
          }
        }
      } else if (type === "google_compute_instance") {
        for (const boot of blockInstances(ctx, resource, resource.body, "boot_disk")) {
          reportKeptWhenFalse(ctx, resource, boot.block.body, "auto_delete", "boot_disk.auto_delete", "its boot disk", boot.bindings, reported);
        }
      } else if (GOOGLE_TEMPLATES.has(type)) {
        for (const disk of blockInstances(ctx, resource, resource.body, "disk")) {
          const boot = readBool(ctx, disk.block.body, "boot", resource, disk.bindings);
          if (boot.state !== "known" || !boot.value) continue;
          reportKeptWhenFalse(
            ctx,
            resource,
            disk.block.body,
            "auto_delete",
            "disk.auto_delete",
            "the boot disk of every instance it creates",
            disk.bindings,
            reported
          );
        }
      } else if (type === "azurerm_virtual_machine") {
        const flag = readBool(ctx, resource.body, "delete_os_disk_on_termination", resource);
        if (flag.state === "absent") {
          ctx.report({
            node: blockHeader(resource.block),
            resource,
            message: `${resource.address} keeps its OS disk after the VM is destroyed (delete_os_disk_on_termination defaults to false): state that lives on it is a snowflake no replacement reproduces. Set delete_os_disk_on_termination = true.`,
            fix: insertIntoBlockFix(ctx, resource.block, argumentLine("delete_os_disk_on_termination", "true"), "Add delete_os_disk_on_termination = true")
          });
        } else {
          reportKeptWhenFalse(ctx, resource, resource.body, "delete_os_disk_on_termination", "delete_os_disk_on_termination", "its OS disk");
        }
      }
    }
  }
});

// rules/database-deletion-protection/index.ts
var RDS_TYPES = /* @__PURE__ */ new Set(["aws_db_instance", "aws_rds_cluster"]);
var CHECKED_TYPES3 = /* @__PURE__ */ new Set([...RDS_TYPES, "google_sql_database_instance", "aws_dynamodb_table"]);
function checkFlagDefaultingToFalse(ctx, resource, name, risk, severity) {
  const protection = readBool(ctx, resource.body, name, resource);
  const level = severity ? { severity } : {};
  if (protection.state === "absent") {
    ctx.report({
      node: blockHeader(resource.block),
      resource,
      ...level,
      message: `${resource.address} has no ${name} (the provider default is false): ${risk}. Set ${name} = true.`,
      fix: insertIntoBlockFix(ctx, resource.block, argumentLine(name, "true"), `Add ${name} = true`)
    });
  } else if (protection.state === "known" && !protection.value) {
    ctx.report({
      node: protection.attribute.expr,
      resource,
      attributePath: name,
      value: protection.evaluated,
      ...level,
      message: `${resource.address} sets ${name} = false: ${risk}. Set ${name} = true.`,
      fix: flipBoolFix(ctx, resource, protection.attribute.expr, true, `Set ${name} = true`)
    });
  }
}
function mayBeReadReplica(ctx, resource) {
  const replicaOf = resource.resourceType === "aws_db_instance" ? getAttribute(resource.body, "replicate_source_db") : void 0;
  return replicaOf !== void 0 && ctx.evaluate(replicaOf.expr, resource).kind !== "null";
}
function checkFinalSnapshot(ctx, resource) {
  const skip = readBool(ctx, resource.body, "skip_final_snapshot", resource);
  if (skip.state !== "known" || !skip.value) return;
  ctx.report({
    node: skip.attribute.expr,
    resource,
    attributePath: "skip_final_snapshot",
    value: skip.evaluated,
    severity: "error",
    message: `${resource.address} sets skip_final_snapshot = true: a replacement or destroy deletes the data with no copy left. Set skip_final_snapshot = false and give a final_snapshot_identifier.`
  });
}
function checkCloudSql(ctx, resource) {
  const protection = readBool(ctx, resource.body, "deletion_protection", resource);
  if (protection.state !== "known" || protection.value) return;
  const settings = blockInstances(ctx, resource, resource.body, "settings")[0];
  if (settings) {
    const apiSide = readBool(ctx, settings.block.body, "deletion_protection_enabled", resource, settings.bindings);
    if (apiSide.state === "unknown" || apiSide.state === "known" && apiSide.value) return;
  }
  ctx.report({
    node: protection.attribute.expr,
    resource,
    attributePath: "deletion_protection",
    value: protection.evaluated,
    message: `${resource.address} sets deletion_protection = false: a plan that replaces or removes the instance deletes the database. Remove the argument (it defaults to true) or set settings.deletion_protection_enabled = true.`,
    fix: flipBoolFix(ctx, resource, protection.attribute.expr, true, "Set deletion_protection = true")
  });
}
var concerns12 = (r) => CHECKED_TYPES3.has(r.resourceType);
var database_deletion_protection_default = defineRule({
  id: "database-deletion-protection",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module"],
  summary: "Databases have deletion protection and keep a final snapshot",
  precision: "very-high",
  autofix: "Sets `deletion_protection = true` (`deletion_protection_enabled = true` for DynamoDB): adds it when it is missing, or replaces a `false` written at the argument; `skip_final_snapshot` is never changed",
  concerns: concerns12,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns12)) {
      if (RDS_TYPES.has(resource.resourceType)) {
        if (mayBeReadReplica(ctx, resource)) continue;
        checkFlagDefaultingToFalse(ctx, resource, "deletion_protection", "any plan or console action can delete the database", void 0);
        checkFinalSnapshot(ctx, resource);
      } else if (resource.resourceType === "google_sql_database_instance") {
        checkCloudSql(ctx, resource);
      } else if (resource.resourceType === "aws_dynamodb_table") {
        checkFlagDefaultingToFalse(ctx, resource, "deletion_protection_enabled", "the table and its items can be deleted by any plan", "note");
      }
    }
  }
});

// rules/lib/secret-names.ts
var SECRET_NAME_SUFFIXES = [
  "password",
  "passwd",
  "secret",
  "secret_key",
  "access_key",
  "private_key",
  "token",
  "api_key",
  "client_secret"
];
var NON_SECRET_NAMES = [
  "creation_token",
  "client_token",
  "client_request_token",
  "idempotency_token",
  "continuation_token",
  "next_token",
  // Published as a DNS TXT record to prove ownership of a domain.
  "validation_token"
];
var WRITE_ONLY_WORD = "wo";
function isIdentifierName(name) {
  let verdict = identifierNames.get(name);
  if (verdict === void 0) {
    const words = nameWords(name);
    const last = words[words.length - 1];
    verdict = last === "id" || last === "ids" || last === "arn" || last === "arns";
    identifierNames.set(name, verdict);
  }
  return verdict;
}
var identifierNames = /* @__PURE__ */ new Map();
var SETTING_WORDS = /* @__PURE__ */ new Set([
  "ENABLED",
  "DISABLED",
  "NONE",
  "ALL",
  "ANY",
  "TRUE",
  "FALSE",
  "ON",
  "OFF",
  "YES",
  "NO",
  "DEFAULT",
  "REQUIRED",
  "OPTIONAL",
  "RESTRICTED",
  "UNRESTRICTED",
  "ALLOW",
  "DENY",
  "AUTO",
  "MANUAL"
]);
function isEnumLikeValue(text) {
  return /^[A-Z]+(?:_[A-Z0-9]+)+$/.test(text) || SETTING_WORDS.has(text);
}
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
var SECRET_NAME_OPTIONS_SCHEMA = {
  type: "object",
  properties: {
    extraNames: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      description: "More secret name suffixes, e.g. app_key or pwd."
    },
    allowedNames: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      description: "Whole names that are never treated as secrets."
    }
  },
  additionalProperties: false
};
function wordsKey(name) {
  return nameWords(name).join("_");
}
var matchers = /* @__PURE__ */ new Map();
function secretNameMatcher(options = {}) {
  const key = JSON.stringify([options.extraNames ?? [], options.allowedNames ?? []]);
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, matcher = buildMatcher(options));
  return matcher;
}
function buildMatcher(options) {
  const suffixes = [...SECRET_NAME_SUFFIXES, ...options.extraNames ?? []].map((s) => nameWords(s)).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const allowed = new Set([...NON_SECRET_NAMES, ...options.allowedNames ?? []].map(wordsKey));
  const verdicts = /* @__PURE__ */ new Map();
  const matchUncached = (name) => {
    let words = nameWords(name);
    if (words.length === 0 || allowed.has(words.join("_"))) return void 0;
    if (words.includes("encrypted")) return void 0;
    if (words.length > 1 && words[words.length - 1] === WRITE_ONLY_WORD) {
      words = words.slice(0, -1);
      if (allowed.has(words.join("_"))) return void 0;
    }
    for (const suffix of suffixes) {
      if (endsWithWords(words, suffix)) return suffix.join("_");
      if (suffix.length > 1 && words[words.length - 1] === suffix.join("")) return suffix.join("_");
    }
    return void 0;
  };
  const finalCodes = new Set(suffixes.map((words) => words[words.length - 1].charCodeAt(words[words.length - 1].length - 1)));
  finalCodes.add(WRITE_ONLY_WORD.charCodeAt(WRITE_ONLY_WORD.length - 1));
  return {
    match(name) {
      const last = lastWordCharCode(name);
      if (last !== void 0 && !finalCodes.has(last)) return void 0;
      if (verdicts.has(name)) return verdicts.get(name);
      const verdict = matchUncached(name);
      verdicts.set(name, verdict);
      return verdict;
    }
  };
}
function lastWordCharCode(name) {
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name.charCodeAt(i);
    if (c >= 128) return void 0;
    if (c >= 48 && c <= 57 || c >= 97 && c <= 122) return c;
    if (c >= 65 && c <= 90) return c + 32;
  }
  return void 0;
}
function endsWithWords(words, suffix) {
  if (suffix.length > words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((w, i) => words[offset + i] === w);
}
var SECRET_RESULT_ATTRIBUTES = [
  "private_key_pem",
  "private_key_pem_pkcs8",
  "private_key_openssh",
  "ses_smtp_password_v4",
  "kube_config_raw",
  "kube_admin_config_raw",
  "connection_string",
  "primary_connection_string",
  "secondary_connection_string"
];
var SECRET_RESULT_ATTRIBUTES_BY_TYPE = {
  random_password: ["result", "bcrypt_hash"],
  aws_secretsmanager_secret_version: ["secret_string", "secret_binary"],
  aws_ssm_parameter: ["value"],
  google_secret_manager_secret_version: ["secret_data"],
  azurerm_key_vault_secret: ["value"]
};
function isEncryptedName(name) {
  return /encrypted/i.test(name) && nameWords(name).includes("encrypted");
}

// rules/lib/syntax-memo.ts
function memoOnSyntax(compute) {
  const byModule = /* @__PURE__ */ new WeakMap();
  return (module, key) => {
    let byKey = byModule.get(module);
    if (!byKey) byModule.set(module, byKey = /* @__PURE__ */ new Map());
    let value = byKey.get(key);
    if (value === void 0) byKey.set(key, value = compute(module, key));
    return value;
  };
}

// rules/no-hardcoded-secrets/index.ts
var SECRET_ARGUMENTS_BY_TYPE = {
  aws_secretsmanager_secret_version: ["secret_string", "secret_binary", "secret_string_wo"],
  google_secret_manager_secret_version: ["secret_data", "secret_data_wo"],
  azurerm_key_vault_secret: ["value", "value_wo"],
  github_actions_secret: ["plaintext_value"],
  github_actions_organization_secret: ["plaintext_value"],
  github_dependabot_secret: ["plaintext_value"],
  github_codespaces_secret: ["plaintext_value"]
};
var SECRET_MAP_TYPES = /* @__PURE__ */ new Set(["kubernetes_secret", "kubernetes_secret_v1"]);
var PASS_THROUGH_FUNCTIONS = /* @__PURE__ */ new Set(["sensitive", "nonsensitive", "tostring", "trimspace", "coalesce", "try", "base64encode"]);
var SECRET_STORE_REFERENCE = [
  /^arn:/,
  /^\{\{resolve:/,
  /^@Microsoft\.KeyVault\(/i,
  /^https:\/\/[^/]+\.vault\.azure\.net\/secrets\//i,
  /^projects\/[^/]+\/secrets\//,
  /^vault:/
];
var SETTINGS_BLOCKS = /* @__PURE__ */ new Set(["token_validity_units"]);
function notASecretHere(argument, parentBlock) {
  if (parentBlock === void 0) return false;
  if (SETTINGS_BLOCKS.has(parentBlock)) return true;
  return argument === "secret" && (parentBlock.includes("secret") || parentBlock.endsWith("_ref"));
}
var REFERENCE_VALUE_TYPES = /* @__PURE__ */ new Set(["PARAMETER_STORE", "SECRETS_MANAGER"]);
function literalPositions(expr) {
  switch (expr.type) {
    case "Template":
      return literalString(expr) !== void 0 ? [expr] : [];
    case "Parentheses":
      return literalPositions(expr.expr);
    case "Conditional":
      return [...literalPositions(expr.trueExpr), ...literalPositions(expr.falseExpr)];
    case "FunctionCall":
      return PASS_THROUGH_FUNCTIONS.has(expr.name) ? expr.args.flatMap(literalPositions) : [];
    default:
      return [];
  }
}
function unwrapSensitive(expr) {
  if (expr.type === "Parentheses") return unwrapSensitive(expr.expr);
  if (expr.type === "FunctionCall" && expr.name === "sensitive" && expr.args.length === 1) return unwrapSensitive(expr.args[0]);
  return expr;
}
var PLACEHOLDER = /^(?:mock|dummy|fake|placeholder)(?:[_-][a-z_-]*)?$/i;
function holdsSecret(expr, secretByType = false) {
  const text = literalString(expr)?.trim();
  if (text === void 0 || text === "" || PLACEHOLDER.test(text)) return false;
  if (!secretByType && isEnumLikeValue(text)) return false;
  return !SECRET_STORE_REFERENCE.some((re) => re.test(text));
}
function objectKey(expr) {
  if (expr.type === "Variable") return expr.name;
  if (expr.type === "Parentheses") return objectKey(expr.expr);
  return literalString(expr);
}
var SecretScanner = class {
  constructor(matcher) {
    this.matcher = matcher;
  }
  matcher;
  found = [];
  /** The literals reported so far: a literal is one problem, however many ways lead to it. */
  reported = /* @__PURE__ */ new Set();
  report(site, node, path9, where) {
    if (this.reported.has(node)) return;
    this.reported.add(node);
    this.found.push({
      node,
      resource: site.resource,
      address: site.resource ? void 0 : site.address,
      attributePath: path9,
      message: `${site.label} has a hard-coded secret in ${where}: it ends up in version control, in every plan and in the state. Read it from a secret store (a data source, a sensitive variable without a default set from the environment) instead.`
    });
  }
  /**
   * A `name = expr` whose name is secret (or `forced`: secret by its resource
   * type): every literal it can produce. `where` names it in the message.
   */
  argument(site, name, expr, path9, parentBlock, forced = false, where = path9) {
    if (!forced && (!this.matcher.match(name) || notASecretHere(name, parentBlock))) return;
    const literals = forced ? literalPositions(expr).filter((l) => l === unwrapSensitive(expr)) : literalPositions(expr);
    for (const literal2 of literals) {
      if (holdsSecret(literal2, forced)) this.report(site, literal2, path9, where);
    }
  }
  /**
   * Object values inside an expression: secret-named keys, and `{ name =
   * "X_PASSWORD", value = "..." }` pairs. A loop over an explicit stack, in
   * the same order as a recursive walk: a chain like `1 + 1 + ...` nests as
   * deep as it is long, deeper than the call stack goes.
   */
  expression(site, root, path9) {
    const pending = [root];
    for (let expr = pending.pop(); expr !== void 0; expr = pending.pop()) {
      if (expr.type === "Literal" || expr.type === "Variable") continue;
      if (expr.type === "GetAttr") {
        pending.push(expr.object);
        continue;
      }
      if (expr.type === "Object") {
        this.object(site, expr, path9);
        for (let i = expr.items.length - 1; i >= 0; i--) pending.push(expr.items[i].value);
        continue;
      }
      const children = childExpressions(expr);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  object(site, expr, path9) {
    const byKey = /* @__PURE__ */ new Map();
    for (const item of expr.items) {
      const key = objectKey(item.key);
      if (key === void 0) continue;
      byKey.set(key, item.value);
      this.argument(site, key, item.value, attributePathStep(path9, key), void 0);
    }
    this.namedPair(site, byKey.get("name"), byKey.get("value"), byKey.get("type"), path9);
  }
  namedPair(site, name, value, type, path9) {
    if (!name || !value) return;
    const variable = literalString(name);
    if (variable === void 0 || !this.matcher.match(variable)) return;
    const kind = type ? literalString(type) : void 0;
    if (kind !== void 0 && REFERENCE_VALUE_TYPES.has(kind.toUpperCase())) return;
    for (const literal2 of literalPositions(value)) {
      if (holdsSecret(literal2)) this.report(site, literal2, `${path9}.value`, `the value of ${variable}`);
    }
  }
  /** Every argument of a body and of its nested blocks (`dynamic` blocks through their content). */
  body(site, body, path9, blockType, forcedArguments = []) {
    let name;
    let value;
    let type;
    const ciphertext = blockType === "secret" && getAttribute(body, "kms_key_name") !== void 0;
    for (const item of body.items) {
      if (item.type === "Attribute") {
        if (ciphertext && item.name === "secret_env") continue;
        if (item.name === "name") name = item;
        else if (item.name === "value") value = item;
        else if (item.name === "type") type = item;
        const itemPath = path9 ? `${path9}.${item.name}` : item.name;
        this.argument(site, item.name, item.expr, itemPath, blockType, forcedArguments.includes(item.name));
        this.expression(site, item.expr, itemPath);
      } else if (item.blockType !== "lifecycle") {
        const nestedType = item.blockType === "dynamic" ? item.labels[0]?.value : item.blockType;
        if (!nestedType) continue;
        const nestedPath = path9 ? `${path9}.${nestedType}` : nestedType;
        if (item.blockType !== "dynamic") {
          this.body(site, item.body, nestedPath, nestedType);
          continue;
        }
        for (const nested of getBlocks({ type: "Body", items: [item], range: item.range }, nestedType)) {
          this.body(site, nested.body, nestedPath, nestedType);
        }
      }
    }
    this.namedPair(site, name?.expr, value?.expr, type?.expr, path9);
  }
  /** `kubernetes_secret` `data`: every literal value is a secret. */
  secretMap(site, expr, path9) {
    if (expr.type !== "Object") return;
    for (const item of expr.items) {
      const key = objectKey(item.key) ?? "data";
      for (const literal2 of literalPositions(item.value)) {
        if (holdsSecret(literal2, true)) {
          const keyPath = attributePathStep(path9, key);
          this.report(site, literal2, keyPath, keyPath);
        }
      }
    }
  }
};
var syntaxFindings = memoOnSyntax(scanModule);
function isSecureString(ctx, resource) {
  const type = readString(ctx, resource.body, "type", resource);
  return type.state === "known" && type.value === "SecureString";
}
function scanModule(module, matcher) {
  const out = [];
  const collect = (scan2) => {
    const scanner = new SecretScanner(matcher);
    scan2(scanner);
    return scanner.found;
  };
  for (const resource of module.resources) {
    const site = { address: resource.address, resource, label: resource.address };
    const scanResource = (forced2) => collect((scan2) => {
      scan2.body(site, resource.body, "", void 0, forced2);
      if (SECRET_MAP_TYPES.has(resource.resourceType)) {
        for (const map of ["data", "binary_data"]) {
          const attr = getAttribute(resource.body, map);
          if (attr) scan2.secretMap(site, attr.expr, map);
        }
      }
    });
    const forced = SECRET_ARGUMENTS_BY_TYPE[resource.resourceType] ?? [];
    const findings = scanResource(forced);
    if (resource.resourceType === "aws_ssm_parameter") {
      out.push({ findings, ssmParameter: { resource, findingsIfSecure: scanResource([...forced, "value", "value_wo"]) } });
    } else {
      out.push({ findings });
    }
  }
  const rest = collect((scan2) => {
    for (const provider of module.providers) {
      const site = { address: `provider.${provider.address}`, label: `provider "${provider.address}"` };
      scan2.body(site, provider.body ?? provider.block.body, "", void 0);
    }
    for (const call of module.moduleCalls.values()) {
      const site = { address: call.address, label: call.address };
      for (const [name, attr] of call.arguments) {
        scan2.argument(site, name, attr.expr, name, void 0);
        scan2.expression(site, attr.expr, name);
      }
    }
    for (const block2 of [module.terraform.backend, module.terraform.cloud]) {
      if (!block2) continue;
      const kind = block2.blockType === "backend" ? `backend "${block2.labels[0]?.value ?? ""}"` : "cloud";
      scan2.body({ address: "terraform", label: `The ${kind} block` }, block2.body, block2.blockType, block2.blockType);
    }
    for (const variable of module.variables.values()) {
      if (!variable.default) continue;
      const site = { address: variable.address, label: variable.address };
      scan2.argument(site, variable.name, variable.default.expr, "default", void 0, false, "its default");
      scan2.expression(site, variable.default.expr, "default");
    }
    for (const local of module.locals.values()) {
      const site = { address: local.address, label: local.address };
      scan2.expression(site, local.attribute.expr, local.name);
    }
  });
  out.push({ findings: rest });
  return out;
}
var no_hardcoded_secrets_default = defineRule({
  id: "no-hardcoded-secrets",
  severity: "error",
  category: "secrets",
  roles: ["deployment", "module", "example", "test"],
  summary: "Secrets are not written as literals in Terraform code",
  securitySeverity: 7.5,
  precision: "high",
  optionsSchema: SECRET_NAME_OPTIONS_SCHEMA,
  check(ctx) {
    const matcher = secretNameMatcher({
      extraNames: ctx.options.extraNames,
      allowedNames: ctx.options.allowedNames
    });
    for (const item of syntaxFindings(ctx.module, matcher)) {
      const ssm = item.ssmParameter;
      const secure = ssm !== void 0 && isSecureString(ctx, ssm.resource);
      for (const descriptor of secure ? ssm.findingsIfSecure : item.findings) ctx.report(descriptor);
    }
  }
});

// src/model/diagnostics.ts
function formatPlace(file, range) {
  const { start, end } = range;
  const tail = start.line === end.line ? `${end.column}` : `${end.line},${end.column}`;
  return `${file.filename}:${start.line},${start.column}-${tail}`;
}
function moduleError(file, range, summary, detail) {
  return { severity: "error", summary, detail, range, filename: file.filename };
}
function declRange(block2) {
  return blockHeaderRange(block2);
}
function duplicateArguments(file, body) {
  const out = [];
  const stack = [body];
  while (stack.length > 0) {
    const b = stack.pop();
    const seen = /* @__PURE__ */ new Map();
    for (const item of b.items) {
      if (item.type === "Block") {
        stack.push(item.body);
        continue;
      }
      const first = seen.get(item.name);
      if (first) {
        out.push(
          moduleError(
            file,
            item.nameRange,
            "Attribute redefined",
            `The argument "${item.name}" was already set at ${formatPlace(file, first.nameRange)}. Each argument may be set only once.`
          )
        );
      } else {
        seen.set(item.name, item);
      }
    }
  }
  return out;
}

// src/model/files.ts
function baseName3(path9) {
  const cut = Math.max(path9.lastIndexOf("/"), path9.lastIndexOf("\\"));
  return cut < 0 ? path9 : path9.slice(cut + 1);
}
function isConfigFile(path9) {
  return path9.endsWith(".tf") || path9.endsWith(".tf.json");
}
function isVarFile(path9) {
  return path9.endsWith(".tfvars") || path9.endsWith(".tfvars.json");
}
function isOverrideFile(path9) {
  const name = baseName3(path9).replace(/\.tf(?:\.json)?$/, "");
  return name === "override" || name.endsWith("_override");
}
function isIgnoredFile(path9) {
  const name = baseName3(path9);
  return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#");
}
function compareFileNames(a, b) {
  const na = baseName3(a);
  const nb = baseName3(b);
  return compareStrings2(na, nb) || compareStrings2(a, b);
}

// src/model/merge.ts
function effectiveBlockType(block2) {
  return block2.blockType === "dynamic" && block2.labels.length > 0 ? block2.labels[0].value : block2.blockType;
}
function mergeArguments(items, overrideAttrs) {
  for (const attr of overrideAttrs) {
    let at = -1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.type === "Attribute" && item.name === attr.name) {
        if (at < 0) at = i;
        else {
          items.splice(i, 1);
          i--;
        }
      }
    }
    if (at >= 0) items[at] = attr;
    else items.push(attr);
  }
}
function mergeBodies(base, override, options = {}) {
  const skip = options.skipArguments ?? /* @__PURE__ */ new Set();
  const argumentWise = options.argumentWiseBlocks ?? /* @__PURE__ */ new Set();
  const mergeBlocks = options.mergeBlocks ?? true;
  const items = [...base.items];
  mergeArguments(
    items,
    override.items.filter((i) => i.type === "Attribute" && !skip.has(i.name))
  );
  if (mergeBlocks) {
    const overrideBlocks = override.items.filter((i) => i.type === "Block");
    const replaced = /* @__PURE__ */ new Set();
    const appended = [];
    for (const block2 of overrideBlocks) {
      const type = effectiveBlockType(block2);
      if (argumentWise.has(type) && block2.blockType === type) {
        const at = items.findIndex((i) => i.type === "Block" && i.blockType === type);
        if (at >= 0) {
          const baseBlock = items[at];
          const attrs = block2.body.items.filter((i) => i.type === "Attribute");
          const bodyItems = [...baseBlock.body.items];
          mergeArguments(bodyItems, attrs);
          items[at] = { ...baseBlock, body: { ...baseBlock.body, items: bodyItems } };
          continue;
        }
      }
      replaced.add(type);
      appended.push(block2);
    }
    const kept = items.filter((i) => i.type !== "Block" || !replaced.has(effectiveBlockType(i)));
    return { type: "Body", items: [...kept, ...appended], range: base.range };
  }
  return { type: "Body", items, range: base.range };
}

// src/model/meta.ts
function keyword(expr) {
  if (expr.type === "Variable") return expr.name;
  return literalString(expr);
}
function renderKey(key) {
  if (key.type === "Literal" && typeof key.value === "number") return key.raw;
  const s = literalString(key);
  return s === void 0 ? void 0 : JSON.stringify(s);
}
function traversalPath(expr) {
  const steps = [];
  let e = expr;
  while (true) {
    if (e.type === "Variable") {
      return { path: e.name + steps.reverse().join(""), root: e.name };
    }
    if (e.type === "GetAttr") {
      steps.push(`.${e.name}`);
      e = e.object;
    } else if (e.type === "Index") {
      const key = renderKey(e.key);
      if (key === void 0) return void 0;
      steps.push(e.legacy ? `.${key}` : `[${key}]`);
      e = e.collection;
    } else {
      return void 0;
    }
  }
}
function traversalRef(expr) {
  const t = traversalPath(expr);
  if (t) return { path: t.path, root: t.root, expr, range: expr.range };
  const s = literalString(expr);
  if (s === void 0 || s === "") return void 0;
  const root = s.split(/[.[]/, 1)[0];
  return { path: s, root, expr, range: expr.range };
}
function ignoreChanges(attr) {
  if (!attr) return void 0;
  const expr = attr.expr;
  if (keyword(expr) === "all") return { kind: "all", attribute: attr };
  if (expr.type === "Tuple") {
    if (expr.items.length === 1 && literalString(expr.items[0]) === "*") return { kind: "all", attribute: attr };
    const items = [];
    for (const item of expr.items) {
      const ref = traversalRef(item);
      if (ref) items.push(ref);
    }
    return { kind: "list", attribute: attr, items };
  }
  return { kind: "expression", attribute: attr };
}
function readLifecycle(block2) {
  if (!block2) return void 0;
  const body = block2.body;
  return {
    block: block2,
    createBeforeDestroy: getAttribute(body, "create_before_destroy"),
    preventDestroy: getAttribute(body, "prevent_destroy"),
    ignoreChanges: ignoreChanges(getAttribute(body, "ignore_changes")),
    replaceTriggeredBy: getAttribute(body, "replace_triggered_by"),
    preconditions: childBlocks(body, "precondition"),
    postconditions: childBlocks(body, "postcondition")
  };
}
function readConnection(block2) {
  if (!block2) return void 0;
  const type = getAttribute(block2.body, "type");
  return { block: block2, connectionType: type && literalString(type.expr) !== void 0 ? type : void 0 };
}
function readProvisioners(body) {
  return childBlocks(body, "provisioner").map((block2) => {
    const when = getAttribute(block2.body, "when");
    const onFailure = getAttribute(block2.body, "on_failure");
    return {
      block: block2,
      provisionerType: block2.labels.length > 0 ? block2.labels[0].value : "",
      when: when && keyword(when.expr) === "destroy" ? "destroy" : "create",
      onFailure: onFailure && keyword(onFailure.expr) === "continue" ? "continue" : "fail",
      connection: readConnection(childBlocks(block2.body, "connection")[0])
    };
  });
}

// src/model/build.ts
var BLOCK_LABELS = {
  terraform: [],
  locals: [],
  moved: [],
  import: [],
  removed: [],
  variable: ["name"],
  output: ["name"],
  module: ["name"],
  provider: ["name"],
  check: ["name"],
  resource: ["type", "name"],
  data: ["type", "name"],
  ephemeral: ["type", "name"],
  // Terraform 1.14: `action "type" "name"` blocks, invoked from lifecycle action triggers.
  action: ["type", "name"]
};
var RESOURCE_OVERRIDE = {
  skipArguments: /* @__PURE__ */ new Set(["depends_on"]),
  argumentWiseBlocks: /* @__PURE__ */ new Set(["lifecycle"])
};
var ATTRIBUTES_ONLY = { mergeBlocks: false };
var OUTPUT_OVERRIDE = { mergeBlocks: false, skipArguments: /* @__PURE__ */ new Set(["depends_on"]) };
var MODULE_OVERRIDE = { skipArguments: /* @__PURE__ */ new Set(["depends_on"]) };
var MODULE_META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "depends_on", "providers", "provider"]);
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var ModuleBuilder = class {
  diagnostics = [];
  resources = /* @__PURE__ */ new Map();
  variables = /* @__PURE__ */ new Map();
  outputs = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
  providers = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  checks = /* @__PURE__ */ new Map();
  otherBlocks = [];
  terraformBlocks = [];
  requiredVersions = [];
  requiredProviders = /* @__PURE__ */ new Map();
  requiredProvidersBlock;
  backend;
  cloud;
  error(file, range, summary, detail) {
    this.diagnostics.push(moduleError(file, range, summary, detail));
  }
  /**
   * Start offsets of the file's own parse diagnostics. The native parser
   * already reports an argument set twice ("Attribute redefined"); the model
   * does not say it a second time.
   */
  parseDiagnosticStarts(file) {
    let starts = this.diagnosticStarts.get(file);
    if (!starts) {
      starts = new Set(file.diagnostics.map((d) => d.range.start.offset));
      this.diagnosticStarts.set(file, starts);
    }
    return starts;
  }
  diagnosticStarts = /* @__PURE__ */ new Map();
  hasParseErrors(file) {
    return file.diagnostics.some((d) => d.severity === "error");
  }
  /** The top-level blocks of a file whose header is valid; reports the others. */
  blocksOf(file) {
    const out = [];
    for (const item of file.body.items) {
      if (item.type === "Attribute") {
        this.error(file, item.nameRange, "Unsupported argument", `An argument named "${item.name}" is not expected here.`);
        continue;
      }
      const labels = BLOCK_LABELS[item.blockType];
      if (!labels) {
        this.error(file, item.typeRange, "Unsupported block type", `Blocks of type "${item.blockType}" are not expected here.`);
        continue;
      }
      if (!this.labelsOk(file, item, labels)) continue;
      if (item.blockType !== "locals" && (file.syntax !== "native" || this.hasParseErrors(file))) {
        const reported = this.parseDiagnosticStarts(file);
        for (const d of duplicateArguments(file, item.body)) {
          if (!reported.has(d.range.start.offset)) this.diagnostics.push(d);
        }
      }
      out.push(item);
    }
    return out;
  }
  labelsOk(file, block2, names) {
    const type = block2.blockType;
    if (block2.labels.length < names.length) {
      const missing = names[block2.labels.length];
      this.error(
        file,
        declRange(block2),
        `Missing ${missing} for ${type}`,
        `All ${type} blocks must have ${plural(names.length, "label")} (${names.join(", ")}).`
      );
      return false;
    }
    if (block2.labels.length > names.length) {
      const extra = block2.labels[names.length];
      this.error(
        file,
        extra.range,
        `Extraneous label for ${type}`,
        names.length === 0 ? `No labels are expected for ${type} blocks.` : `Only ${plural(names.length, "label")} (${names.join(", ")}) ${names.length === 1 ? "is" : "are"} expected for ${type} blocks.`
      );
      return false;
    }
    return true;
  }
  addPrimary(file) {
    for (const block2 of this.blocksOf(file)) {
      switch (block2.blockType) {
        case "resource":
        case "data":
          this.addResource(file, block2, block2.blockType);
          break;
        case "variable":
          this.addNamed(
            this.variables,
            file,
            block2,
            "Duplicate variable declaration",
            (name, at) => `A variable named "${name}" was already declared at ${at}. Variable names must be unique within a module.`
          );
          break;
        case "output":
          this.addNamed(
            this.outputs,
            file,
            block2,
            "Duplicate output definition",
            (name, at) => `An output named "${name}" was already defined at ${at}. Output names must be unique within a module.`
          );
          break;
        case "module":
          this.addNamed(
            this.moduleCalls,
            file,
            block2,
            "Duplicate module call",
            (name, at) => `A module call named "${name}" was already defined at ${at}. Module calls must have unique names within a module.`
          );
          break;
        case "provider":
          this.addProvider(file, block2);
          break;
        case "locals":
          this.addLocals(file, block2);
          break;
        case "terraform":
          this.addTerraform(file, block2);
          break;
        case "check":
          this.addCheck(file, block2);
          break;
        case "moved":
        case "import":
        case "removed":
          this.otherBlocks.push({ kind: block2.blockType, block: block2, file });
          break;
      }
    }
  }
  addResource(file, block2, kind, scopedIn) {
    const [type, name] = [block2.labels[0].value, block2.labels[1].value];
    const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
    const existing = this.resources.get(address);
    if (existing) {
      const within = scopedIn ? ", including within check blocks" : "";
      this.error(
        file,
        declRange(block2),
        `Duplicate ${kind} "${type}" configuration`,
        `A ${type} ${kind === "data" ? "data resource" : "resource"} named "${name}" was already declared at ${formatPlace(existing.file, declRange(existing.block))}. Resource names must be unique per type in each module${within}.`
      );
      return;
    }
    this.resources.set(address, { kind, resourceType: type, name, address, block: block2, file, body: block2.body, overrideFiles: [] });
  }
  addNamed(map, file, block2, summary, detail) {
    const name = block2.labels[0].value;
    const existing = map.get(name);
    if (existing) {
      this.error(file, declRange(block2), summary, detail(name, formatPlace(existing.file, declRange(existing.block))));
    }
    map.set(name, { block: block2, file, body: block2.body, overrideFiles: [] });
  }
  providerAlias(body) {
    const alias = getAttribute(body, "alias");
    return alias ? literalString(alias.expr) ?? keyword(alias.expr) : void 0;
  }
  addProvider(file, block2) {
    const name = block2.labels[0].value;
    const alias = this.providerAlias(block2.body);
    const key = alias === void 0 ? name : `${name}.${alias}`;
    const existing = this.providers.get(key);
    if (existing) {
      const at = formatPlace(existing.file, declRange(existing.block));
      this.error(
        file,
        declRange(block2),
        "Duplicate provider configuration",
        alias === void 0 ? `A default (non-aliased) provider configuration for "${name}" was already given at ${at}. If multiple configurations are required, set the "alias" argument for alternative configurations.` : `A provider configuration for "${name}" with alias "${alias}" was already given at ${at}. Each configuration for the same provider must have a distinct alias.`
      );
      return;
    }
    this.providers.set(key, { name, alias, block: block2, file, body: block2.body, overrideFiles: [] });
  }
  addLocals(file, block2) {
    for (const item of block2.body.items) {
      if (item.type === "Block") {
        this.error(file, item.typeRange, "Unsupported block type", `Blocks of type "${item.blockType}" are not expected here.`);
        continue;
      }
      const existing = this.locals.get(item.name);
      if (existing && !(existing.file === file && this.parseDiagnosticStarts(file).has(item.nameRange.start.offset))) {
        this.error(
          file,
          item.nameRange,
          "Duplicate local value definition",
          `A local value named "${item.name}" was already defined at ${formatPlace(existing.file, existing.attribute.range)}. Local value names must be unique within a module.`
        );
      }
      this.locals.set(item.name, { attribute: item, file });
    }
  }
  addCheck(file, block2) {
    const name = block2.labels[0].value;
    for (const data of childBlocks(block2.body, "data")) {
      if (data.labels.length === 2) this.addResource(file, data, "data", name);
    }
    const existing = this.checks.get(name);
    if (existing) {
      this.error(
        file,
        declRange(block2),
        `Duplicate check "${name}" configuration`,
        `A check block named "${name}" was already declared at ${formatPlace(existing.file, declRange(existing.block))}. Check blocks must be unique within each module.`
      );
      return;
    }
    this.checks.set(name, { block: block2, file });
    this.otherBlocks.push({ kind: "check", block: block2, file });
  }
  addTerraform(file, block2) {
    this.terraformBlocks.push(block2);
    const version = getAttribute(block2.body, "required_version");
    if (version) this.requiredVersions.push(version);
    for (const rp of childBlocks(block2.body, "required_providers")) {
      if (this.requiredProvidersBlock) {
        this.error(
          file,
          declRange(rp),
          "Duplicate required providers configuration",
          `A module may have only one required providers configuration. The required providers were previously configured at ${formatPlace(this.requiredProvidersBlock.file, declRange(this.requiredProvidersBlock.block))}.`
        );
      } else {
        this.requiredProvidersBlock = { block: rp, file };
      }
      for (const entry of requiredProvidersOf(rp.body)) {
        if (!this.requiredProviders.has(entry.name)) this.requiredProviders.set(entry.name, entry);
      }
    }
    for (const backend of childBlocks(block2.body, "backend")) {
      if (this.backend) {
        this.error(
          file,
          declRange(backend),
          "Duplicate backend configuration",
          `A module may have only one backend configuration. The backend was previously configured at ${formatPlace(this.backend.file, declRange(this.backend.block))}.`
        );
      } else {
        this.backend = { block: backend, file };
      }
    }
    for (const cloud of childBlocks(block2.body, "cloud")) {
      if (this.cloud) {
        this.error(
          file,
          declRange(cloud),
          "Duplicate HCP Terraform configurations",
          `A module may have only one 'cloud' block configuring HCP Terraform or Terraform Enterprise. The 'cloud' block was previously configured at ${formatPlace(this.cloud.file, declRange(this.cloud.block))}.`
        );
      } else {
        this.cloud = { block: cloud, file };
      }
    }
  }
  /** Checks, once all primary files are in, what only the whole module can tell. */
  finishPrimaries() {
    if (this.backend && this.cloud) {
      this.error(
        this.backend.file,
        declRange(this.backend.block),
        "Both a backend and cloud configuration are present",
        `A module may declare either one 'cloud' block OR one 'backend' block configuring a state backend. The 'cloud' block is configured at ${formatPlace(this.cloud.file, declRange(this.cloud.block))}; a backend is configured at ${formatPlace(this.backend.file, declRange(this.backend.block))}. Remove the backend block to configure HCP Terraform or Terraform Enterprise.`
      );
    }
  }
  addOverride(file) {
    const fileVersions = [];
    const backends = [];
    const clouds = [];
    for (const block2 of this.blocksOf(file)) {
      switch (block2.blockType) {
        case "resource":
        case "data":
          this.overrideResource(file, block2, block2.blockType);
          break;
        case "variable":
          this.overrideNamed(
            this.variables,
            file,
            block2,
            ATTRIBUTES_ONLY,
            "Missing base variable declaration to override",
            (n) => `There is no variable named "${n}". An override file can only override a variable that was already declared in a primary configuration file.`
          );
          break;
        case "output":
          this.dependsOnOverride(file, block2);
          this.overrideNamed(
            this.outputs,
            file,
            block2,
            OUTPUT_OVERRIDE,
            "Missing base output definition to override",
            (n) => `There is no output named "${n}". An override file can only override an output that was already defined in a primary configuration file.`
          );
          break;
        case "module":
          this.dependsOnOverride(file, block2);
          this.overrideNamed(
            this.moduleCalls,
            file,
            block2,
            MODULE_OVERRIDE,
            "Missing module call to override",
            (n) => `There is no module call named "${n}". An override file can only override a module call that was defined in a primary configuration file.`
          );
          break;
        case "provider":
          this.overrideProvider(file, block2);
          break;
        case "locals":
          this.overrideLocals(file, block2);
          break;
        case "terraform": {
          this.terraformBlocks.push(block2);
          const version = getAttribute(block2.body, "required_version");
          if (version) fileVersions.push(version);
          for (const rp of childBlocks(block2.body, "required_providers")) {
            for (const entry of requiredProvidersOf(rp.body)) this.requiredProviders.set(entry.name, entry);
          }
          backends.push(...childBlocks(block2.body, "backend"));
          clouds.push(...childBlocks(block2.body, "cloud"));
          break;
        }
        case "moved":
        case "import":
          this.error(
            file,
            declRange(block2),
            `Cannot override '${block2.blockType}' blocks`,
            block2.blockType === "moved" ? "Records of moved objects can appear only in normal files, not in override files." : "Import blocks can appear only in normal files, not in override files."
          );
          break;
      }
    }
    if (fileVersions.length > 0) this.requiredVersions = fileVersions;
    if (backends.length > 1) {
      this.error(
        file,
        declRange(backends[1]),
        "Duplicate backend configuration",
        `Each override file may have only one backend configuration. A backend was previously configured at ${formatPlace(file, declRange(backends[0]))}.`
      );
    } else if (backends.length === 1) {
      this.backend = { block: backends[0], file };
      this.cloud = void 0;
    }
    if (clouds.length > 1) {
      this.error(
        file,
        declRange(clouds[1]),
        "Duplicate HCP Terraform configurations",
        `A module may have only one 'cloud' block configuring HCP Terraform or Terraform Enterprise. The 'cloud' block was previously configured at ${formatPlace(file, declRange(clouds[0]))}.`
      );
    } else if (clouds.length === 1) {
      this.cloud = { block: clouds[0], file };
      this.backend = void 0;
    }
  }
  dependsOnOverride(file, block2) {
    const dependsOn = getAttribute(block2.body, "depends_on");
    if (dependsOn) {
      this.error(file, dependsOn.range, "Unsupported override", "The depends_on argument may not be overridden.");
    }
  }
  overrideResource(file, block2, kind) {
    const [type, name] = [block2.labels[0].value, block2.labels[1].value];
    const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
    const existing = this.resources.get(address);
    if (!existing) {
      this.error(
        file,
        declRange(block2),
        kind === "data" ? "Missing data resource to override" : "Missing resource to override",
        kind === "data" ? `There is no ${type} data resource named "${name}". An override file can only override a data block defined in a primary configuration file.` : `There is no ${type} resource named "${name}". An override file can only override a resource block defined in a primary configuration file.`
      );
      return;
    }
    this.dependsOnOverride(file, block2);
    existing.body = mergeBodies(existing.body, block2.body, RESOURCE_OVERRIDE);
    existing.overrideFiles.push(file);
  }
  overrideNamed(map, file, block2, options, summary, detail) {
    const name = block2.labels[0].value;
    const existing = map.get(name);
    if (!existing) {
      this.error(file, declRange(block2), summary, detail(name));
      return;
    }
    existing.body = mergeBodies(existing.body, block2.body, options);
    existing.overrideFiles.push(file);
  }
  overrideProvider(file, block2) {
    const name = block2.labels[0].value;
    const alias = this.providerAlias(block2.body);
    const key = alias === void 0 ? name : `${name}.${alias}`;
    const existing = this.providers.get(key);
    if (existing) {
      existing.body = mergeBodies(existing.body, block2.body);
      existing.overrideFiles.push(file);
    } else if (alias === void 0) {
      this.providers.set(key, { name, alias, block: block2, file, body: block2.body, overrideFiles: [] });
    } else {
      this.error(
        file,
        declRange(block2),
        "Missing base provider configuration for override",
        `There is no ${name} provider configuration with the alias "${alias}". An override file can only override an aliased provider configuration that was already defined in a primary configuration file.`
      );
    }
  }
  overrideLocals(file, block2) {
    for (const item of block2.body.items) {
      if (item.type !== "Attribute") continue;
      const existing = this.locals.get(item.name);
      if (!existing) {
        this.error(
          file,
          item.nameRange,
          "Missing base local value definition to override",
          `There is no local value named "${item.name}". An override file can only override a local value that was already defined in a primary configuration file.`
        );
        continue;
      }
      existing.attribute = item;
      existing.file = file;
    }
  }
  resource(d) {
    const body = d.body;
    const provider = getAttribute(body, "provider");
    const lifecycles = childBlocks(body, "lifecycle");
    const connections = childBlocks(body, "connection");
    for (const [blocks, what] of [
      [lifecycles, "lifecycle"],
      [connections, "connection"]
    ]) {
      const files = [d.file, ...d.overrideFiles];
      for (const extra of blocks.slice(1)) {
        this.error(
          fileHoldingNode(files, extra) ?? d.file,
          declRange(extra),
          `Duplicate ${what} block`,
          `This resource already has a ${what} block at ${formatPlace(fileHoldingNode(files, blocks[0]) ?? d.file, declRange(blocks[0]))}.`
        );
      }
    }
    return {
      kind: d.kind,
      resourceType: d.resourceType,
      name: d.name,
      address: d.address,
      providerName: providerNameOf(d.resourceType, provider),
      block: d.block,
      file: d.file,
      body,
      count: getAttribute(body, "count"),
      forEach: getAttribute(body, "for_each"),
      dependsOn: getAttribute(body, "depends_on"),
      provider,
      lifecycle: readLifecycle(lifecycles[0]),
      provisioners: readProvisioners(body),
      connection: readConnection(connections[0]),
      overrideFiles: d.overrideFiles
    };
  }
  build(dir, files, varFiles) {
    const resources = [];
    const resourcesByAddress = /* @__PURE__ */ new Map();
    for (const d of this.resources.values()) {
      const resource = this.resource(d);
      resources.push(resource);
      resourcesByAddress.set(resource.address, resource);
    }
    const moduleCalls = /* @__PURE__ */ new Map();
    for (const [name, d] of this.moduleCalls) {
      const args = /* @__PURE__ */ new Map();
      for (const item of d.body.items) {
        if (item.type === "Attribute" && !MODULE_META.has(item.name)) args.set(item.name, item);
      }
      moduleCalls.set(name, {
        name,
        address: `module.${name}`,
        source: getAttribute(d.body, "source"),
        version: getAttribute(d.body, "version"),
        arguments: args,
        count: getAttribute(d.body, "count"),
        forEach: getAttribute(d.body, "for_each"),
        dependsOn: getAttribute(d.body, "depends_on"),
        provider: getAttribute(d.body, "provider"),
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles
      });
    }
    const variables = /* @__PURE__ */ new Map();
    for (const [name, d] of this.variables) {
      variables.set(name, {
        name,
        address: `var.${name}`,
        type: getAttribute(d.body, "type"),
        default: getAttribute(d.body, "default"),
        description: getAttribute(d.body, "description"),
        sensitive: getAttribute(d.body, "sensitive"),
        nullable: getAttribute(d.body, "nullable"),
        validations: childBlocks(d.body, "validation"),
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles
      });
    }
    const outputs = /* @__PURE__ */ new Map();
    for (const [name, d] of this.outputs) {
      outputs.set(name, {
        name,
        address: `output.${name}`,
        value: getAttribute(d.body, "value"),
        sensitive: getAttribute(d.body, "sensitive"),
        description: getAttribute(d.body, "description"),
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles
      });
    }
    const locals = /* @__PURE__ */ new Map();
    for (const [name, d] of this.locals) {
      locals.set(name, { name, address: `local.${name}`, attribute: d.attribute, file: d.file });
    }
    const providers = [];
    for (const d of this.providers.values()) {
      providers.push({
        name: d.name,
        alias: d.alias,
        address: d.alias === void 0 ? d.name : `${d.name}.${d.alias}`,
        block: d.block,
        file: d.file,
        body: d.body,
        overrideFiles: d.overrideFiles
      });
    }
    const terraform = {
      blocks: this.terraformBlocks,
      requiredVersion: this.requiredVersions[0],
      requiredVersions: this.requiredVersions,
      requiredProviders: this.requiredProviders,
      backend: this.backend?.block,
      cloud: this.cloud?.block
    };
    return {
      dir,
      files,
      varFiles,
      resources,
      resourcesByAddress,
      moduleCalls,
      variables,
      locals,
      outputs,
      providers,
      terraform,
      otherBlocks: this.otherBlocks,
      diagnostics: this.diagnostics
    };
  }
};
function providerNameOf(resourceType, provider) {
  if (provider) {
    let e = provider.expr;
    while (e.type === "GetAttr") e = e.object;
    if (e.type === "Variable") return e.name;
    const s = literalString(provider.expr);
    if (s) return s.split(".")[0];
  }
  const cut = resourceType.indexOf("_");
  return cut < 0 ? resourceType : resourceType.slice(0, cut);
}
function buildModule(files, options = {}) {
  const byName = (a, b) => compareFileNames(a.filename, b.filename);
  const configs = files.filter((f) => isConfigFile(f.filename) || !isVarFile(f.filename));
  const primaries = configs.filter((f) => !isOverrideFile(f.filename)).sort(byName);
  const overrides = configs.filter((f) => isOverrideFile(f.filename)).sort(byName);
  const varFiles = files.filter((f) => isVarFile(f.filename)).sort(byName);
  const builder = new ModuleBuilder();
  for (const f of primaries) builder.addPrimary(f);
  builder.finishPrimaries();
  for (const f of overrides) builder.addOverride(f);
  return builder.build(options.dir ?? "", [...primaries, ...overrides], varFiles);
}

// src/hcl/json/scanner.ts
var NUMBER_SYNTAX2 = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
function isWhitespace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36;
}
function isNumberChar(c) {
  return c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
}
function startsToken(c) {
  return isWhitespace(c) || c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44 || c === 61 || c === 34 || c === 45 || c >= 48 && c <= 57 || isWordChar(c);
}
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var Scanner = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pos = 0;
  next() {
    const src = this.src;
    const n = src.length;
    let i = this.pos;
    while (i < n && isWhitespace(src.charCodeAt(i))) i++;
    if (i >= n) {
      this.pos = n;
      return token("eof", n, n, "");
    }
    const c = src.charCodeAt(i);
    switch (c) {
      case 123:
        return this.punct("{", i);
      case 125:
        return this.punct("}", i);
      case 91:
        return this.punct("[", i);
      case 93:
        return this.punct("]", i);
      case 58:
        return this.punct(":", i);
      case 44:
        return this.punct(",", i);
      case 61:
        return this.punct("=", i);
      case 34:
        return this.string(i);
    }
    if (c === 45 || c >= 48 && c <= 57) return this.number(i);
    if (isWordChar(c)) return this.keyword(i);
    let j = i + 1;
    while (j < n && !startsToken(src.charCodeAt(j))) j++;
    this.pos = j;
    return token("invalid", i, j, src.slice(i, j));
  }
  punct(type, at) {
    this.pos = at + 1;
    return token(type, at, at + 1, this.src[at]);
  }
  number(start) {
    const src = this.src;
    let j = start + 1;
    while (j < src.length && isNumberChar(src.charCodeAt(j))) j++;
    while (j < src.length && isWordChar(src.charCodeAt(j))) j++;
    this.pos = j;
    const raw = src.slice(start, j);
    const problem = NUMBER_SYNTAX2.test(raw) ? void 0 : { summary: "Invalid JSON number", detail: "There is a syntax error in the given JSON number.", start, end: j };
    return { ...token("number", start, j, raw), problem };
  }
  keyword(start) {
    const src = this.src;
    let j = start + 1;
    while (j < src.length && isWordChar(src.charCodeAt(j))) j++;
    this.pos = j;
    const raw = src.slice(start, j);
    let problem;
    if (raw !== "true" && raw !== "false" && raw !== "null") {
      let detail;
      if (raw === "undefined" || raw === "NaN" || raw === "Infinity") {
        detail = `The JavaScript identifier "${raw}" cannot be used in JSON.`;
      } else {
        const lower = raw.toLowerCase();
        const hint = lower === "true" || lower === "false" || lower === "null" ? ` Did you mean "${lower}"?` : "";
        detail = `"${raw}" is not a valid JSON keyword.${hint}`;
      }
      problem = { summary: "Invalid JSON keyword", detail, start, end: j };
    }
    return { ...token("keyword", start, j, raw), problem };
  }
  string(start) {
    const src = this.src;
    const n = src.length;
    let i = start + 1;
    let chunkStart = i;
    let out = "";
    let escaped = false;
    let problem;
    const note = (p) => {
      if (!problem) problem = p;
    };
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 34) {
        out += src.slice(chunkStart, i);
        this.pos = i + 1;
        return { type: "string", start, end: i + 1, text: out, escaped, closed: true, problem };
      }
      if (c === 10 || c === 13) break;
      if (c === 92) {
        out += src.slice(chunkStart, i);
        escaped = true;
        const e = src[i + 1];
        if (e !== void 0 && e in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[e];
          i += 2;
        } else if (e === "u") {
          const hex = src.slice(i + 2, i + 6);
          if (/^[0-9a-fA-F]{4}$/.test(hex)) {
            out += String.fromCharCode(parseInt(hex, 16));
            i += 6;
          } else {
            note({
              summary: "Invalid JSON string",
              detail: "A \\u escape in a JSON string must be followed by four hexadecimal digits.",
              start: i,
              end: Math.min(i + 2, n)
            });
            out += "\\";
            i += 1;
          }
        } else if (e === void 0 || e === "\n" || e === "\r") {
          note({ summary: "Invalid JSON string", detail: "A backslash cannot end a line in a JSON string.", start: i, end: i + 1 });
          out += "\\";
          i += 1;
        } else {
          const cp = src.codePointAt(i + 1) ?? 0;
          const width = cp > 65535 ? 2 : 1;
          note({
            summary: "Invalid JSON string",
            detail: `"\\${String.fromCodePoint(cp)}" is not a valid escape sequence in a JSON string.`,
            start: i,
            end: i + 1 + width
          });
          out += src.slice(i, i + 1 + width);
          i += 1 + width;
        }
        chunkStart = i;
        continue;
      }
      if (c < 32) {
        note({
          summary: "Invalid JSON string",
          detail: "Control characters must be escaped in a JSON string.",
          start: i,
          end: i + 1
        });
      }
      i++;
    }
    out += src.slice(chunkStart, i);
    this.pos = i;
    problem = {
      summary: "Invalid JSON string",
      detail: "This string has no closing quote; a JSON string must end on the line it starts on.",
      start,
      end: i
    };
    return { type: "string", start, end: i, text: out, escaped, closed: false, problem };
  }
};
function token(type, start, end, text) {
  return { type, start, end, text, escaped: false, closed: true, problem: void 0 };
}
function decodedOffsets(src, start, end, closed) {
  const offsets = [];
  const stop = closed ? end - 1 : end;
  let i = start + 1;
  while (i < stop) {
    if (src.charCodeAt(i) !== 92) {
      offsets.push(i);
      i++;
      continue;
    }
    const e = src[i + 1];
    if (e !== void 0 && e in SIMPLE_ESCAPES) {
      offsets.push(i);
      i += 2;
    } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      offsets.push(i);
      i += 6;
    } else if (e === void 0 || e === "\n" || e === "\r" || e === "u") {
      offsets.push(i);
      i += 1;
    } else {
      const width = (src.codePointAt(i + 1) ?? 0) > 65535 ? 2 : 1;
      for (let k = 0; k < 1 + width; k++) offsets.push(i + k);
      i += 1 + width;
    }
  }
  offsets.push(stop);
  return offsets;
}

// src/hcl/json/remap.ts
function offsetMapFor(source, s) {
  const contentStart = s.start + 1;
  if (!s.escaped) {
    const max = s.value.length;
    return (d) => contentStart + Math.max(0, Math.min(d, max));
  }
  const table = decodedOffsets(source, s.start, s.end, s.closed);
  const last = table.length - 1;
  return (d) => table[Math.max(0, Math.min(d, last))];
}
function isPos(v) {
  return typeof v === "object" && v !== null && typeof v.offset === "number" && typeof v.line === "number";
}
function isRange(v) {
  return typeof v === "object" && v !== null && isPos(v.start) && isPos(v.end);
}
function remapTree(root, map, index) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [root];
  const mapRange = (r) => index.plainRange(map(r.start.offset), map(r.end.offset));
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value !== "object" || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (typeof item === "object" && item !== null) stack.push(item);
      } else if (isRange(value)) {
        node[key] = mapRange(value);
      } else {
        stack.push(value);
      }
    }
  }
  return root;
}
function remapDiagnostics(diags, map, index) {
  return diags.map((d) => ({ ...d, range: index.plainRange(map(d.range.start.offset), map(d.range.end.offset)) }));
}

// src/hcl/json/expressions.ts
function rangeOf(ctx, v) {
  return ctx.index.plainRange(v.start, v.end);
}
function contentRange(ctx, s) {
  const end = s.closed ? s.end - 1 : s.end;
  return ctx.index.plainRange(s.start + 1, Math.max(s.start + 1, end));
}
function literalTemplate(ctx, s) {
  const parts = s.value === "" ? [] : [{ type: "TemplateLiteral", value: s.value, range: contentRange(ctx, s) }];
  return { type: "Template", kind: "quoted", heredoc: void 0, parts, range: rangeOf(ctx, s) };
}
function stringTemplate(ctx, s) {
  if (!s.value.includes("${") && !s.value.includes("%{")) return literalTemplate(ctx, s);
  const parsed = parseEmbedded(ctx, s, parseTemplateText);
  if (parsed.type === "Template") {
    return { type: "Template", kind: "quoted", heredoc: void 0, parts: parsed.parts, range: rangeOf(ctx, s) };
  }
  return parsed;
}
function stringExpression(ctx, s) {
  return parseEmbedded(ctx, s, parseExpressionText);
}
function parseEmbedded(ctx, s, parser) {
  if (!s.escaped) {
    const parsed2 = parser(s.value, ctx.filename, ctx.index.pos(s.start + 1));
    ctx.diagnostics.push(...parsed2.diagnostics);
    return parsed2.expr;
  }
  const parsed = parser(s.value, ctx.filename);
  const map = offsetMapFor(ctx.source, s);
  remapTree(parsed.expr, map, ctx.index);
  ctx.diagnostics.push(...remapDiagnostics(parsed.diagnostics, map, ctx.index));
  return parsed.expr;
}
function convertString(ctx, s, mode) {
  return mode === "literal" ? literalTemplate(ctx, s) : stringTemplate(ctx, s);
}
function convertValue(ctx, root, mode) {
  const frameFor = (value) => ({
    value,
    childValues: value.kind === "array" ? value.items : value.kind === "object" ? value.properties.map((p) => p.value) : [],
    children: [],
    next: 0
  });
  const leaf = (v) => {
    switch (v.kind) {
      case "string":
        return convertString(ctx, v, mode);
      case "number":
        return { type: "Literal", value: v.value, raw: v.raw, range: rangeOf(ctx, v) };
      case "keyword":
        return { type: "Literal", value: v.value, raw: v.raw, range: rangeOf(ctx, v) };
      case "invalid":
        return { type: "Invalid", range: rangeOf(ctx, v) };
      default:
        return void 0;
    }
  };
  const first = leaf(root);
  if (first) return first;
  const stack = [frameFor(root)];
  let result;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const v = frame.value;
    if (frame.next < frame.childValues.length) {
      const child = frame.childValues[frame.next++];
      const done = leaf(child);
      if (done) frame.children.push(done);
      else stack.push(frameFor(child));
      continue;
    }
    stack.pop();
    let built;
    if (v.kind === "array") {
      built = { type: "Tuple", items: frame.children, range: rangeOf(ctx, v) };
    } else if (v.kind === "object") {
      const items = v.properties.map((p, i) => {
        const value = frame.children[i];
        return {
          type: "ObjectItem",
          key: convertString(ctx, p.key, mode),
          value,
          separator: ":",
          range: ctx.index.plainRange(p.key.start, p.value.end)
        };
      });
      built = { type: "Object", items, range: rangeOf(ctx, v) };
    } else {
      built = { type: "Invalid", range: rangeOf(ctx, v) };
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(built);
    else result = built;
  }
  return result ?? { type: "Invalid", range: rangeOf(ctx, root) };
}
function expressionValue(ctx, v) {
  return v.kind === "string" ? stringExpression(ctx, v) : convertValue(ctx, v, "template");
}
function expressionList(ctx, v) {
  if (v.kind !== "array") return expressionValue(ctx, v);
  const items = v.items.map((item) => expressionValue(ctx, item));
  return { type: "Tuple", items, range: rangeOf(ctx, v) };
}
function expressionMap(ctx, v) {
  if (v.kind !== "object") return convertValue(ctx, v, "template");
  const items = v.properties.map((p) => ({
    type: "ObjectItem",
    key: stringExpression(ctx, p.key),
    value: expressionValue(ctx, p.value),
    separator: ":",
    range: ctx.index.plainRange(p.key.start, p.value.end)
  }));
  return { type: "Object", items, range: rangeOf(ctx, v) };
}

// src/hcl/json/schema.ts
var block = (labels, body) => ({ labels, body });
var flat = (mode, args = {}) => ({
  blocks: {},
  arguments: args,
  defaultMode: mode,
  guessBlocks: false
});
var CONDITION = flat("template");
var CONNECTION = flat("template", { type: "literal" });
var PROVISIONER = {
  blocks: { connection: block(0, () => CONNECTION) },
  arguments: { when: "expression", on_failure: "expression" },
  defaultMode: "template",
  guessBlocks: false
};
var LIFECYCLE = {
  blocks: { precondition: block(0, () => CONDITION), postcondition: block(0, () => CONDITION) },
  arguments: { ignore_changes: "ignoreChanges", replace_triggered_by: "expressionList", destroy: "literal" },
  defaultMode: "template",
  guessBlocks: false
};
var DYNAMIC = {
  blocks: { content: block(0, () => NESTED) },
  arguments: { for_each: "template", iterator: "expression", labels: "template" },
  defaultMode: "template",
  guessBlocks: false
};
var NESTED = {
  blocks: { dynamic: block(1, () => DYNAMIC) },
  arguments: {},
  defaultMode: "template",
  guessBlocks: true
};
var RESOURCE = {
  blocks: {
    lifecycle: block(0, () => LIFECYCLE),
    provisioner: block(1, () => PROVISIONER),
    connection: block(0, () => CONNECTION),
    dynamic: block(1, () => DYNAMIC)
  },
  arguments: { count: "template", for_each: "template", provider: "expression", depends_on: "expressionList" },
  defaultMode: "template",
  guessBlocks: true
};
var VARIABLE = {
  blocks: { validation: block(0, () => CONDITION) },
  arguments: { type: "expression", default: "literal", description: "literal", sensitive: "literal", nullable: "literal", ephemeral: "literal" },
  defaultMode: "template",
  guessBlocks: false
};
var OUTPUT = {
  blocks: { precondition: block(0, () => CONDITION) },
  arguments: { description: "literal", sensitive: "literal", ephemeral: "literal", depends_on: "expressionList" },
  defaultMode: "template",
  guessBlocks: false
};
var MODULE = {
  blocks: {},
  arguments: { source: "literal", version: "literal", providers: "expressionMap", depends_on: "expressionList" },
  defaultMode: "template",
  guessBlocks: false
};
var PROVIDER = {
  blocks: { dynamic: block(1, () => DYNAMIC) },
  arguments: { alias: "literal", version: "literal" },
  defaultMode: "template",
  guessBlocks: true
};
var LITERAL = flat("literal");
var TERRAFORM = {
  blocks: {
    backend: block(1, () => LITERAL),
    cloud: block(0, () => ({ ...LITERAL, blocks: { workspaces: block(0, () => LITERAL) } })),
    required_providers: block(0, () => LITERAL),
    provider_meta: block(1, () => LITERAL)
  },
  arguments: { experiments: "expressionList" },
  defaultMode: "literal",
  guessBlocks: false
};
var MOVED = flat("template", { from: "expression", to: "expression" });
var IMPORT = flat("template", { to: "expression", provider: "expression" });
var REMOVED = {
  blocks: {
    lifecycle: block(0, () => LIFECYCLE),
    provisioner: block(1, () => PROVISIONER),
    connection: block(0, () => CONNECTION)
  },
  arguments: { from: "expression" },
  defaultMode: "template",
  guessBlocks: false
};
var CHECK = {
  blocks: { data: block(2, () => RESOURCE), assert: block(0, () => CONDITION) },
  arguments: {},
  defaultMode: "template",
  guessBlocks: false
};
var CONFIG_FILE = {
  blocks: {
    terraform: block(0, () => TERRAFORM),
    provider: block(1, () => PROVIDER),
    variable: block(1, () => VARIABLE),
    locals: block(0, () => flat("template")),
    output: block(1, () => OUTPUT),
    module: block(1, () => MODULE),
    resource: block(2, () => RESOURCE),
    data: block(2, () => RESOURCE),
    ephemeral: block(2, () => RESOURCE),
    moved: block(0, () => MOVED),
    import: block(0, () => IMPORT),
    removed: block(0, () => REMOVED),
    check: block(1, () => CHECK)
  },
  arguments: {},
  defaultMode: "template",
  guessBlocks: false
};
var MAP_ARGUMENTS = /* @__PURE__ */ new Set([
  "tags",
  "tags_all",
  "labels",
  "effective_labels",
  "terraform_labels",
  "resource_labels",
  "user_labels",
  "node_labels",
  "annotations",
  "triggers",
  "triggers_replace",
  "keepers",
  "input",
  "variables",
  "environment_variables",
  "app_settings",
  "parameters",
  "data",
  "binary_data",
  "string_data"
]);
var SCHEMA_NAME = /^[a-z0-9_]+$/;
function looksLikeBody(o) {
  return o.properties.every((p) => p.key.value === "//" || SCHEMA_NAME.test(p.key.value));
}
function looksLikeNestedBlock(name, value) {
  if (MAP_ARGUMENTS.has(name) || !SCHEMA_NAME.test(name)) return false;
  if (value.kind === "object") return looksLikeBody(value);
  if (value.kind === "array") return value.items.length > 0 && value.items.every((v) => v.kind === "object" && looksLikeBody(v));
  return false;
}

// src/hcl/json/bodies.ts
var MAX_BLOCK_DEPTH = 64;
var COMMENT_KEY = "//";
function noteComment(ctx, p) {
  ctx.comments.push({
    type: "Comment",
    style: "//",
    text: p.value.kind === "string" ? p.value.value : ctx.source.slice(p.value.start, p.value.end),
    range: ctx.index.plainRange(p.key.start, p.value.end)
  });
}
function incorrectType(ctx, v, detail) {
  if (v.kind === "invalid") return;
  ctx.diagnostics.push({ severity: "error", summary: "Incorrect JSON value type", detail, range: rangeOf(ctx, v) });
}
function argumentExpression(ctx, v, mode) {
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
function attribute(ctx, p, mode) {
  return {
    type: "Attribute",
    name: p.key.value,
    nameRange: rangeOf(ctx, p.key),
    expr: argumentExpression(ctx, p.value, mode),
    range: ctx.index.plainRange(p.key.start, p.value.end)
  };
}
function readBody(ctx, obj2, schema, depth) {
  const items = [];
  for (const p of obj2.properties) {
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
  return { type: "Body", items, range: rangeOf(ctx, obj2) };
}
function guessedBlockSchema(parent) {
  const dynamic = parent.blocks["dynamic"];
  return {
    blocks: dynamic ? { dynamic } : {},
    arguments: {},
    defaultMode: parent.defaultMode,
    guessBlocks: true
  };
}
function unpackBlocks(ctx, p, labelCount, schema, depth, out) {
  const typeName = p.key.value;
  const visit = (v, labels) => {
    if (v.kind === "keyword" && v.value === null) return;
    if (labels.length < labelCount) {
      const levels = labelLevels(ctx, v, typeName);
      const allObjects = v.kind === "object" || v.kind === "array" && v.items.every((i) => i.kind === "object");
      if (levels.length === 0 && allObjects) {
        ctx.diagnostics.push({
          severity: "error",
          summary: "Missing block label",
          detail: `At least one object property is required, whose name represents the ${typeName} block's label.`,
          range: rangeOf(ctx, v)
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
          `Either a JSON object or a JSON array is required, representing the contents of one or more "${typeName}" blocks.`
        );
        continue;
      }
      out.push(makeBlock(ctx, p.key, labels, b, schema, depth));
    }
  };
  visit(p.value, []);
}
function labelLevels(ctx, v, typeName) {
  const objects = v.kind === "array" ? v.items : [v];
  const out = [];
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
function makeBlock(ctx, typeKey, labels, obj2, schema, depth) {
  const body = readBody(ctx, obj2, schema, depth);
  return {
    type: "Block",
    blockType: typeKey.value,
    typeRange: rangeOf(ctx, typeKey),
    labels,
    body,
    openBraceRange: ctx.index.plainRange(obj2.start, obj2.start + 1),
    closeBraceRange: ctx.index.plainRange(obj2.closeStart, obj2.end),
    range: ctx.index.plainRange(typeKey.start, obj2.end)
  };
}

// src/hcl/json/syntax.ts
var VALUE_START = /* @__PURE__ */ new Set(["{", "[", "string", "number", "keyword"]);
function parseJsonSyntax(source, index) {
  const scanner = new Scanner(source);
  const diagnostics = [];
  const stack = [];
  let root;
  let pending;
  const error = (summary, detail, start, end) => {
    diagnostics.push({ severity: "error", summary, detail, range: index.plainRange(start, end) });
  };
  const attach = (value) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
    } else if (top.kind === "object") {
      if (top.key) top.node.properties.push({ key: top.key, value });
      top.key = void 0;
      top.state = "after";
    } else {
      top.node.items.push(value);
      top.state = "after";
    }
  };
  const close = (closeStart, closeEnd) => {
    const frame = stack.pop();
    if (!frame) return;
    frame.node.end = closeEnd;
    if (frame.kind === "object") frame.node.closeStart = closeStart;
    attach(frame.node);
  };
  const invalidAt = (start, end) => ({ kind: "invalid", start, end });
  const beginValue = (tok) => {
    if (tok.problem) error(tok.problem.summary, tok.problem.detail, tok.problem.start, tok.problem.end);
    switch (tok.type) {
      case "{":
        stack.push({
          kind: "object",
          node: { kind: "object", start: tok.start, end: tok.end, properties: [], closeStart: tok.end },
          state: "key",
          key: void 0,
          lastComma: void 0
        });
        return void 0;
      case "[":
        stack.push({ kind: "array", node: { kind: "array", start: tok.start, end: tok.end, items: [] }, state: "value", lastComma: void 0 });
        return void 0;
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
  const startValue = (tok) => {
    const v = beginValue(tok);
    if (v) attach(v);
  };
  const recover = (from) => {
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
  const unclosedAtEof = (eof) => {
    const top = stack[stack.length - 1];
    if (top && !reportedUnclosed) {
      reportedUnclosed = true;
      if (top.kind === "object") error("Unclosed object", "No closing brace was found for this JSON object.", top.node.start, top.node.start + 1);
      else error("Unclosed array", "No closing bracket was found for this JSON array.", top.node.start, top.node.start + 1);
    }
    while (stack.length > 0) {
      const t = stack[stack.length - 1];
      if (t.kind === "object" && t.key) t.node.properties.push({ key: t.key, value: invalidAt(eof.start, eof.start) });
      if (t.kind === "object") t.key = void 0;
      close(eof.start, eof.start);
    }
  };
  const invalidValueStart = (tok) => {
    error(
      "Invalid start of value",
      "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.",
      tok.start,
      tok.end
    );
  };
  while (true) {
    const tok = pending ?? scanner.next();
    pending = void 0;
    const top = stack[stack.length - 1];
    if (!top) {
      if (root !== void 0) {
        if (tok.type !== "eof") error("Extraneous data after value", "Extra characters appear after the JSON value.", tok.start, tok.end);
        break;
      }
      if (tok.type === "eof") {
        error("Missing value", "The JSON data ends prematurely.", tok.start, tok.end);
        break;
      }
      if (!VALUE_START.has(tok.type)) {
        invalidValueStart(tok);
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
                top.lastComma.end
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
            top.key = void 0;
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
    switch (top.state) {
      case "value":
      case "valueAfterComma":
        if (tok.type === "]") {
          if (top.state === "valueAfterComma" && top.lastComma) {
            error(
              "Trailing comma in array",
              "JSON does not permit a trailing comma after the final value in an array.",
              top.lastComma.start,
              top.lastComma.end
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

// src/hcl/json/index.ts
function isVarsFile(filename) {
  return filename.endsWith(".tfvars.json");
}
function parseJson(source, filename) {
  const index = new LineIndex(source);
  const syntax = parseJsonSyntax(source, index);
  const diagnostics = syntax.diagnostics;
  const comments = [];
  const ctx = { source, filename, index, diagnostics, comments };
  const root = syntax.value;
  let body;
  if (root && root.kind === "object") {
    body = isVarsFile(filename) ? readVarsBody(ctx, root) : readBody(ctx, root, CONFIG_FILE, 0);
  } else {
    if (root && root.kind !== "invalid") {
      diagnostics.push({
        severity: "error",
        summary: "Incorrect JSON value type",
        detail: "A JSON object is required here, setting the arguments for this block.",
        range: index.plainRange(root.start, root.end)
      });
    }
    body = { type: "Body", items: [], range: index.plainRange(0, source.length) };
  }
  const file = { filename, source, syntax: "json", body, comments, diagnostics };
  return shareLineIndex(file, index);
}
function readVarsBody(ctx, root) {
  const items = [];
  for (const p of root.properties) {
    if (p.key.value === "//") {
      ctx.comments.push({ type: "Comment", style: "//", text: p.value.kind === "string" ? p.value.value : "", range: ctx.index.plainRange(p.key.start, p.value.end) });
      continue;
    }
    items.push(attribute(ctx, p, "literal"));
  }
  return { type: "Body", items, range: ctx.index.plainRange(root.start, root.end) };
}

// src/hcl/index.ts
function parse(source, filename) {
  return filename.endsWith(".json") ? parseJson(source, filename) : parseNative(source, filename);
}

// src/model/disk-host.ts
import { readdirSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { join as join4 } from "node:path";
var DiskHost = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  /** Why each file that could not be read was not, by path as asked. */
  failures = /* @__PURE__ */ new Map();
  readFile(path9) {
    if (this.options.boundary && !this.options.boundary.allows(path9)) {
      this.failures.set(path9, OUTSIDE_BOUNDARY);
      return void 0;
    }
    const read2 = readSource(path9, this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if ("reason" in read2) {
      this.failures.set(path9, read2.reason);
      return void 0;
    }
    return read2.text;
  }
  fileIdentity(path9) {
    return identityOf(path9);
  }
  whyUnreadable(path9) {
    return this.failures.get(path9);
  }
  listFiles(dir) {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink() && this.fileExists(join4(dir, e.name))).map((e) => e.name).sort();
    } catch {
      return [];
    }
  }
  fileExists(path9) {
    try {
      return statSync2(path9).isFile();
    } catch {
      return false;
    }
  }
  realPath(path9) {
    try {
      return realpathSync2(path9);
    } catch {
      return void 0;
    }
  }
};

// src/model/load.ts
var NOWHERE2 = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
function moduleFileNames(dir, host) {
  return host.listFiles(dir).filter((n) => !isIgnoredFile(n) && (isConfigFile(n) || isVarFile(n))).sort(compareFileNames).map((name) => dir === "" ? name : joinName(dir, name));
}
function loadModule(dir, options = {}) {
  const host = options.host ?? new DiskHost();
  const files = [];
  const unreadable = /* @__PURE__ */ new Map();
  for (const path9 of moduleFileNames(dir, host)) {
    const text = host.readFile(path9);
    if (text !== void 0) {
      files.push(parse(text, path9));
      continue;
    }
    const identity = host.fileIdentity?.(path9) ?? path9;
    const names = unreadable.get(identity);
    if (names) names.push(path9);
    else unreadable.set(identity, [path9]);
  }
  const problems = [...unreadable.values()].map(([path9, ...aliases]) => {
    const also = aliases.length > 0 ? ` The same file is also named ${aliases.map((a) => `"${baseName3(a)}"`).join(", ")}.` : "";
    return {
      severity: "error",
      summary: "Failed to read file",
      detail: `The file "${baseName3(path9)}" could not be read: ${host.whyUnreadable?.(path9) ?? "it is not UTF-8 text"}.${also}`,
      range: NOWHERE2,
      filename: path9
    };
  });
  const module = buildModule(files, { dir });
  return problems.length === 0 ? module : { ...module, diagnostics: [...problems, ...module.diagnostics] };
}

// src/model/memory-host.ts
import { posix as posix2 } from "node:path";
function normalize(path9) {
  const p = posix2.normalize(path9.replace(/\\/g, "/"));
  const trimmed2 = p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p;
  return trimmed2 === "." ? "" : trimmed2.startsWith("./") ? trimmed2.slice(2) : trimmed2;
}
var MemoryHost = class {
  files = /* @__PURE__ */ new Map();
  constructor(files = {}) {
    const entries = files instanceof Map ? [...files.entries()] : Object.entries(files);
    for (const [path9, text] of entries) this.files.set(normalize(path9), text);
  }
  /** Adds or replaces a file. */
  set(path9, text) {
    this.files.set(normalize(path9), text);
  }
  readFile(path9) {
    return this.files.get(normalize(path9));
  }
  listFiles(dir) {
    const d = normalize(dir);
    const prefix = d === "" ? "" : d === "/" ? "/" : `${d}/`;
    const names = [];
    for (const path9 of this.files.keys()) {
      if (!path9.startsWith(prefix)) continue;
      const rest = path9.slice(prefix.length);
      if (rest !== "" && !rest.includes("/")) names.push(rest);
    }
    return names.sort();
  }
  fileExists(path9) {
    return this.files.has(normalize(path9));
  }
  realPath(path9) {
    const p = normalize(path9);
    if (this.files.has(p)) return p;
    const prefix = p === "" ? "" : `${p}/`;
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return p;
    return void 0;
  }
};

// rules/sensitive-secret-variables/index.ts
var SKIPPED_ROOTS = /* @__PURE__ */ new Set(["count", "path", "terraform", "self"]);
function isScalarSwitch(variable) {
  const type = variable.type?.expr;
  if (type && type.type === "Variable" && (type.name === "bool" || type.name === "number")) return true;
  const def = variable.default?.expr;
  return !type && def !== void 0 && def.type === "Literal" && (typeof def.value === "boolean" || typeof def.value === "number");
}
function declaredSensitive(variable) {
  const expr = variable?.sensitive?.expr;
  return expr !== void 0 && expr.type === "Literal" && expr.value === true;
}
var UNMARKED_DATA_SOURCES = /* @__PURE__ */ new Set(["external", "terraform_remote_state"]);
function sourceOf(ref, module, matcher) {
  if (SKIPPED_ROOTS.has(ref.root) || readsIdentifier(ref)) return void 0;
  const stepNames = ref.steps.map((s) => s.kind === "attr" ? s.name : s.kind === "index" ? s.key : void 0);
  const secretIn = (names, resourceType) => {
    const byType = resourceType ? SECRET_RESULT_ATTRIBUTES_BY_TYPE[resourceType] ?? [] : [];
    return names.some(
      (n) => n !== void 0 && !isEncryptedName(n) && (matcher.match(n) !== void 0 || SECRET_RESULT_ATTRIBUTES.includes(n) || byType.includes(n))
    );
  };
  const expr = ref.expr;
  const what = () => render3(ref);
  switch (ref.root) {
    case "var": {
      const [first] = stepNames;
      const variable = first === void 0 ? void 0 : module.variables.get(`var.${first}`) ?? module.variables.get(first);
      if (variable && declaredSensitive(variable)) return { kind: "marked", what: `the sensitive variable var.${first}`, expr };
      if (variable && variableCarrier(variable, matcher)) return { kind: "variable", what: what(), expr, variable };
      return secretIn(variable ? stepNames.slice(1) : stepNames) ? { kind: "unmarked", what: what(), expr } : void 0;
    }
    case "local":
    case "each":
      return secretIn(stepNames) ? { kind: "unmarked", what: what(), expr } : void 0;
    case "module":
      return secretIn(stepNames.slice(1)) ? { kind: "module", what: what(), expr, moduleName: stepNames[0] ?? "" } : void 0;
    case "data": {
      const type = stepNames[0];
      if (!secretIn(stepNames.slice(2), type)) return void 0;
      return { kind: type !== void 0 && UNMARKED_DATA_SOURCES.has(type) ? "unmarked" : "marked", what: what(), expr };
    }
    default:
      return secretIn(stepNames.slice(1), ref.root) ? { kind: "marked", what: what(), expr } : void 0;
  }
}
var LOCATOR_NAMES = /* @__PURE__ */ new Set(["name", "self_link"]);
function readsIdentifier(ref) {
  for (let i = ref.steps.length - 1; i >= 0; i--) {
    const step = ref.steps[i];
    const name = step.kind === "attr" ? step.name : step.kind === "index" && step.key !== void 0 && !/^\d+$/.test(step.key) ? step.key : void 0;
    if (name !== void 0) return isIdentifierName(name) || LOCATOR_NAMES.has(name);
  }
  return false;
}
function render3(ref) {
  let out = ref.root;
  for (const step of ref.steps) {
    if (step.kind === "attr") out += `.${step.name}`;
    else if (step.kind === "splat") out += "[*]";
    else out += step.key !== void 0 ? `[${JSON.stringify(step.key)}]` : "[...]";
  }
  return out;
}
function secretSources(expr, module, matcher) {
  const seenLocals = /* @__PURE__ */ new Set();
  const search2 = (root) => {
    const found = [];
    const pending = [root];
    for (let e = pending.pop(); e !== void 0; e = pending.pop()) {
      if (e.type === "FunctionCall" && e.name === "nonsensitive") continue;
      const ref = asReference(e);
      if (ref && readsIdentifier(ref)) continue;
      if (ref) {
        const local = localToFollow(ref, module, seenLocals);
        const inner = local ? search2(local) : [];
        if (inner.length > 0) {
          for (const source2 of inner) found.push({ ...source2, what: `${render3(ref)} (which reads ${source2.what})`, expr: e });
          continue;
        }
        const source = sourceOf(ref, module, matcher);
        if (source) {
          found.push(source);
          continue;
        }
      }
      const children = childExpressions(e);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
    return found;
  };
  return search2(expr);
}
function variableCarrier(variable, matcher) {
  return matcher.match(variable.name) !== void 0 && !isEncryptedName(variable.name) && !isScalarSwitch(variable);
}
var carriersOf = memoOnSyntax((module, matcher) => {
  const outputs = [];
  for (const output of module.outputs.values()) {
    const secretName = matcher.match(output.name) !== void 0 && !isEncryptedName(output.name);
    const valueRef = output.value ? asReference(output.value.expr) : void 0;
    const sources = output.value ? secretSources(output.value.expr, module, matcher) : [];
    if (secretName || sources.length > 0) {
      outputs.push({ output, secretName, identifierValue: valueRef !== void 0 && readsIdentifier(valueRef), sources });
    }
  }
  return { variables: [...module.variables.values()].filter((v) => variableCarrier(v, matcher)), outputs };
});
function notSensitive(ctx, item) {
  return !item.sensitive || asBool(ctx.evaluate(item.sensitive.expr)) === false;
}
function verdictOf(facts, reported) {
  const { output, sources } = facts;
  const shown2 = sources.filter((s) => s.kind !== "marked");
  if (shown2.length > 0) {
    if (shown2.every((s) => s.kind === "variable" && reported.has(s.variable))) return "merged";
    const first = shown2.find((s) => !(s.kind === "variable" && reported.has(s.variable))) ?? shown2[0];
    return { what: `Output "${output.name}" exposes ${first.what}`, source: first };
  }
  if (facts.secretName && !facts.identifierValue && sources.length === 0) {
    return { what: `Output "${output.name}" has a secret-like name`, source: void 0 };
  }
  return void 0;
}
function shownBecause(source) {
  if (source?.kind === "module") {
    return `unless module "${source.moduleName}" marks that output sensitive, Terraform shows the value in clear text wherever it is used (plan and apply output, logs)`;
  }
  return "nothing marks the value it reads, so Terraform shows it in clear text wherever it is used (plan and apply output, logs)";
}
function relatedRead(ctx, item, source) {
  if (!source) return [];
  return [{ file: (fileOfNode(ctx.module, source.expr) ?? item.file).filename, range: source.expr.range, message: "The secret is read here." }];
}
function reportVariable(ctx, variable, passedOn) {
  const related = passedOn.map((output) => ({
    file: (fileOfNode(ctx.module, output.block) ?? output.file).filename,
    range: blockHeader(output.block).range,
    message: ctx.role === "deployment" ? `Output "${output.name}" passes the value on: once the variable is sensitive, Terraform requires sensitive = true on this output too.` : `Output "${output.name}" passes the value on: once the variable is sensitive, the output keeps the mark.`
  }));
  const what = `Variable "${variable.name}" has a secret-like name`;
  const because = "its value is shown in plan and apply output and in logs";
  const fixable = ctx.role !== "deployment" || passedOn.length === 0;
  reportUnmarked(ctx, variable, `${what} but is not marked sensitive: ${because}. Add sensitive = true to the variable.`, `${what} but sets sensitive = false: ${because}. Set sensitive = true.`, related, fixable);
}
function reportOutput(ctx, output, verdict) {
  const because = shownBecause(verdict.source);
  reportUnmarked(
    ctx,
    output,
    `${verdict.what} but is not marked sensitive: ${because}. Add sensitive = true to the output.`,
    `${verdict.what} but sets sensitive = false: ${because}. Set sensitive = true.`,
    relatedRead(ctx, output, verdict.source)
  );
}
function reportUnmarked(ctx, item, missing, setFalse, related, fixable = true) {
  const relatedOrNone = related.length > 0 ? related : void 0;
  if (!item.sensitive) {
    const kind = item.address.startsWith("var.") ? "the variable" : "the output";
    const fix = fixable ? insertIntoBlockFix(ctx, item.block, argumentLine("sensitive", "true"), `Add sensitive = true to ${kind}`) : void 0;
    ctx.report({ node: blockHeader(item.block), address: item.address, related: relatedOrNone, message: missing, fix });
    return;
  }
  const expr = item.sensitive.expr;
  ctx.report({
    node: expr,
    address: item.address,
    attributePath: "sensitive",
    value: ctx.evaluate(expr),
    related: relatedOrNone,
    message: setFalse,
    fix: fixable && expr.type === "Literal" && expr.value === false ? {
      description: "Set sensitive = true",
      file: (fileOfNode(ctx.module, expr) ?? item.file).filename,
      replacements: [{ range: expr.range, text: "true" }]
    } : void 0
  });
}
var sensitive_secret_variables_default = defineRule({
  id: "sensitive-secret-variables",
  severity: "warning",
  category: "secrets",
  roles: ["deployment", "module", "example", "test"],
  summary: "Variables and outputs that carry secrets are marked sensitive",
  securitySeverity: 5,
  precision: "medium",
  autofix: "Adds `sensitive = true` to the variable or output, or replaces a `sensitive = false` written there",
  optionsSchema: SECRET_NAME_OPTIONS_SCHEMA,
  check(ctx) {
    const matcher = secretNameMatcher({
      extraNames: ctx.options.extraNames,
      allowedNames: ctx.options.allowedNames
    });
    const carriers = carriersOf(ctx.module, matcher);
    const reported = new Set(carriers.variables.filter((v) => notSensitive(ctx, v)));
    const passedOn = /* @__PURE__ */ new Map();
    const outputs = [];
    for (const facts of carriers.outputs) {
      if (!notSensitive(ctx, facts.output)) continue;
      const verdict = verdictOf(facts, reported);
      if (verdict === "merged") {
        for (const source of facts.sources) {
          if (source.kind !== "variable") continue;
          const list2 = passedOn.get(source.variable) ?? [];
          if (!list2.includes(facts.output)) list2.push(facts.output);
          passedOn.set(source.variable, list2);
        }
      } else if (verdict) outputs.push([facts.output, verdict]);
    }
    for (const variable of reported) reportVariable(ctx, variable, passedOn.get(variable) ?? []);
    for (const [output, verdict] of outputs) reportOutput(ctx, output, verdict);
  }
});

// rules/syntax-error/index.ts
var syntax_error_default = defineRule({
  id: "syntax-error",
  severity: "error",
  category: "engine",
  roles: ["deployment", "module", "example", "test", "fixture"],
  summary: "Every configuration file parses, and every block is defined once",
  precision: "very-high",
  check() {
  }
});

// rules/unused-suppression/index.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  severity: "warning",
  category: "engine",
  roles: ["deployment", "module", "example", "test", "fixture"],
  summary: "Every tfmould-ignore comment hides a finding, names known rules and is well formed",
  precision: "very-high",
  check() {
  }
});

// src/plan/values.ts
var SENSITIVE = "(sensitive)";
var KNOWN_AFTER_APPLY = "(known after apply)";
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function valueAt(value, path9) {
  let v = value;
  for (const step of path9) {
    if (Array.isArray(v) && typeof step === "number") v = v[step];
    else if (isObject(v) && typeof step === "string") v = v[step];
    else return void 0;
  }
  return v;
}
function marked(mask2, path9) {
  let m = mask2;
  for (const step of path9) {
    if (m === true) return true;
    if (Array.isArray(m) && typeof step === "number") m = m[step];
    else if (isObject(m)) m = m[String(step)];
    else return false;
  }
  return m === true;
}
function formatPath(path9) {
  let out = "";
  for (const step of path9) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
function showValue(value, sensitive, unknown = false) {
  if (sensitive) return SENSITIVE;
  if (unknown) return KNOWN_AFTER_APPLY;
  if (value === void 0 || value === null) return "null";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function changedPaths(before, after, afterUnknown, limit = 200) {
  const out = [];
  const walk = (b, a, u, path9, depth) => {
    if (out.length >= limit) return;
    if (u === true) {
      out.push(path9);
      return;
    }
    if (depth < 32 && isObject(b) && isObject(a)) {
      const keys = /* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a), ...isObject(u) ? Object.keys(u) : []]);
      for (const k of [...keys].sort()) walk(b[k], a[k], isObject(u) ? u[k] : void 0, [...path9, k], depth + 1);
      return;
    }
    if (depth < 32 && Array.isArray(b) && Array.isArray(a) && b.length === a.length) {
      const uu = Array.isArray(u) ? u : [];
      for (let i = 0; i < a.length; i++) walk(b[i], a[i], uu[i], [...path9, i], depth + 1);
      return;
    }
    if (!sameValue(b ?? null, a ?? null) && path9.length > 0) out.push(path9);
  };
  walk(before, after, afterUnknown, [], 0);
  return out;
}
function sameValue(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ao = a;
  const bo = b;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && sameValue(ao[k], bo[k]));
}
function changeKind(actions) {
  const [first, second] = actions;
  if (actions.length === 1) {
    if (first === "no-op" || first === "create" || first === "read" || first === "update" || first === "delete" || first === "forget") return first;
    return "other";
  }
  if (actions.length === 2 && first === "delete" && second === "create") return "replace-destroy-first";
  if (actions.length === 2 && first === "create" && second === "delete") return "replace-create-first";
  return "other";
}

// rules/lib/plan.ts
var STATEFUL_RESOURCE_TYPES = /* @__PURE__ */ new Set([...Object.keys(STATEFUL_TYPES), ...OWNED_BY_DATABASE_RULE]);
var CREATE_BEFORE_DESTROY_TYPES = new Set(Object.keys(REFERENCED_TYPES));
var VIRTUAL_MACHINE_TYPES = /* @__PURE__ */ new Set([
  "aws_instance",
  "aws_spot_instance_request",
  "google_compute_instance",
  "azurerm_linux_virtual_machine",
  "azurerm_windows_virtual_machine",
  "azurerm_virtual_machine"
]);
var SCALE_GROUP_TYPES = /* @__PURE__ */ new Set([
  "aws_autoscaling_group",
  "google_compute_instance_group_manager",
  "google_compute_region_instance_group_manager",
  "azurerm_linux_virtual_machine_scale_set",
  "azurerm_windows_virtual_machine_scale_set",
  "azurerm_orchestrated_virtual_machine_scale_set",
  "azurerm_virtual_machine_scale_set"
]);
var LAUNCH_TEMPLATE_TYPES = /* @__PURE__ */ new Set([
  "aws_launch_template",
  "aws_launch_configuration",
  "google_compute_instance_template",
  "google_compute_region_instance_template"
]);
var LABEL_ATTRIBUTES = /* @__PURE__ */ new Set(["tags", "tags_all", "labels", "effective_labels", "terraform_labels"]);
function isLabelPath(path9, extra = /* @__PURE__ */ new Set()) {
  const first = path9[0];
  return typeof first === "string" && (LABEL_ATTRIBUTES.has(first) || extra.has(first));
}
function shown(side, path9, sensitiveElsewhere) {
  const sensitive = sensitiveElsewhere || marked(side.sensitive, path9);
  return showValue(valueAt(side.value, path9), sensitive, side.unknown !== void 0 && marked(side.unknown, path9));
}
function describeChanges(change, paths, limit = 5) {
  const before = { value: change.before, sensitive: change.beforeSensitive };
  const after = { value: change.after, sensitive: change.afterSensitive, unknown: change.afterUnknown };
  const parts = paths.slice(0, limit).map((path9) => {
    const sensitive = marked(change.beforeSensitive, path9) || marked(change.afterSensitive, path9);
    if (sensitive) return `${formatPath(path9)} ${SENSITIVE}`;
    return `${formatPath(path9)} ${shown(before, path9, false)} → ${shown(after, path9, false)}`;
  });
  const more = paths.length - limit;
  return parts.join(", ") + (more > 0 ? ` and ${more} more` : "");
}
function describeReason(reason) {
  if (reason === void 0) return "";
  const words = {
    replace_because_cannot_update: "the provider cannot update it in place",
    replace_because_tainted: "it is tainted",
    replace_by_request: "a `-replace` option asked for it",
    replace_by_triggers: "`replace_triggered_by` fired",
    delete_because_no_resource_config: "its block is no longer in the configuration",
    delete_because_wrong_repetition: "its block changed between `count` and `for_each`",
    delete_because_count_index: "its index is beyond the new `count`",
    delete_because_each_key: "its key is no longer in `for_each`",
    delete_because_no_module: "its module call is no longer in the configuration",
    delete_because_no_move_target: "the target of its `moved` block does not exist"
  };
  const text = words[reason];
  return text ? `${text} (${reason})` : reason;
}

// rules/plan-in-place-update/index.ts
var plan_in_place_update_default = defineRule({
  id: "plan-in-place-update",
  severity: "warning",
  category: "plan",
  summary: "A plan does not change a running virtual machine in place",
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      ignoreAttributes: {
        type: "array",
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
        uniqueItems: true,
        default: [],
        description: "Top-level attributes whose change is not reported, besides tags and labels (e.g. `monitoring`).",
        examples: [["monitoring", "description"]]
      }
    },
    additionalProperties: false
  },
  checkPlan(ctx) {
    const ignored = new Set(ctx.options.ignoreAttributes);
    for (const rc of ctx.plan.resourceChanges) {
      if (rc.mode !== "managed" || !VIRTUAL_MACHINE_TYPES.has(rc.type) || changeKind(rc.change.actions) !== "update") continue;
      const paths = changedPaths(rc.change.before, rc.change.after, rc.change.afterUnknown).filter((p) => !isLabelPath(p, ignored));
      if (paths.length === 0) continue;
      const names = [...new Set(paths.map((p) => formatPath(p.slice(0, 1))))];
      ctx.report({
        change: rc,
        message: `${rc.address} is updated in place: ${describeChanges(rc.change, paths)}. The running machine is changed instead of replaced (${names.join(", ")}); roll the change out by replacing it.`
      });
    }
  }
});

// rules/plan-replaces-stateful/index.ts
var plan_replaces_stateful_default = defineRule({
  id: "plan-replaces-stateful",
  severity: "error",
  category: "plan",
  summary: "A plan does not replace a stateful resource",
  precision: "very-high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceChanges) {
      const kind = changeKind(rc.change.actions);
      if (rc.mode !== "managed" || !STATEFUL_RESOURCE_TYPES.has(rc.type)) continue;
      if (kind !== "replace-destroy-first" && kind !== "replace-create-first") continue;
      const order = kind === "replace-destroy-first" ? "destroyed, then created again" : "created again, then the old one destroyed";
      const paths = rc.change.replacePaths;
      const forcedBy = paths.length > 0 ? `; ${describeChanges(rc.change, paths)} ${paths.length === 1 ? "forces" : "force"} it` : "";
      const reason = rc.actionReason !== void 0 ? ` because ${describeReason(rc.actionReason)}` : "";
      ctx.report({
        change: rc,
        attributePath: paths.length > 0 ? formatPath(paths[0]) : "",
        message: `${rc.address} is replaced (${order})${reason}${forcedBy}. Its data goes with the old one: change what forces the replacement, or migrate the data first.`
      });
    }
  }
});

// rules/plan-deletes-stateful/index.ts
var plan_deletes_stateful_default = defineRule({
  id: "plan-deletes-stateful",
  severity: "error",
  category: "plan",
  summary: "A plan does not destroy a stateful resource",
  precision: "very-high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceChanges) {
      if (rc.mode !== "managed" || !STATEFUL_RESOURCE_TYPES.has(rc.type) || changeKind(rc.change.actions) !== "delete") continue;
      const what = rc.deposed !== void 0 ? `${rc.address} (its deposed object ${rc.deposed})` : rc.address;
      const reason = rc.actionReason !== void 0 ? ` because ${describeReason(rc.actionReason)}` : "";
      ctx.report({
        change: rc,
        message: `${what} is destroyed${reason}. Its data goes with it: use a \`moved\` or \`removed\` block, or snapshot it first.`
      });
    }
  }
});

// src/plan/address.ts
function moduleSteps(address) {
  const steps = [];
  let i = 0;
  while (i < address.length) {
    if (steps.length > 0) {
      if (address[i] !== ".") return void 0;
      i++;
    }
    if (!address.startsWith("module.", i)) return void 0;
    i += "module.".length;
    const name = /^[A-Za-z_][\w-]*/.exec(address.slice(i, i + 256))?.[0];
    if (!name) return void 0;
    i += name.length;
    if (address[i] !== "[") {
      steps.push({ name });
      continue;
    }
    const key = instanceKey(address, i);
    if (!key) return void 0;
    steps.push({ name, key: key.key });
    i = key.end;
  }
  return steps;
}
function instanceKey(text, start) {
  if (text[start + 1] === '"') {
    let i = start + 2;
    let key = "";
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\" && i + 1 < text.length) {
        const next = text[i + 1];
        key += next === "n" ? "\n" : next === "t" ? "	" : next;
        i += 2;
      } else key += text[i++];
    }
    return text[i + 1] === "]" ? { key, end: i + 2 } : void 0;
  }
  const m = /^\[(\d+)\]/.exec(text.slice(start, start + 24));
  return m ? { key: Number(m[1]), end: start + m[0].length } : void 0;
}
function resourceAddress(change) {
  return `${change.mode === "data" ? "data." : ""}${change.type}.${change.name}`;
}

// rules/plan-destroy-before-create/index.ts
function configModuleOf(root, change) {
  let module = root;
  for (const step of moduleSteps(change.moduleAddress) ?? []) module = module?.moduleCalls.get(step.name)?.module;
  return module;
}
function referrers(module, change) {
  if (!module) return [];
  const own = resourceAddress(change);
  const refersHere = (ref) => ref === own || ref.startsWith(`${own}.`) || ref.startsWith(`${own}[`);
  return module.resources.filter((r) => r.address !== own && r.references.some(refersHere)).map((r) => r.address);
}
var plan_destroy_before_create_default = defineRule({
  id: "plan-destroy-before-create",
  severity: "warning",
  category: "plan",
  summary: "A plan does not destroy what others use before its replacement exists",
  precision: "high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceChanges) {
      if (rc.mode !== "managed" || changeKind(rc.change.actions) !== "replace-destroy-first") continue;
      const users = referrers(configModuleOf(ctx.plan.configuration, rc), rc);
      const listed = CREATE_BEFORE_DESTROY_TYPES.has(rc.type);
      if (users.length === 0 && !listed) continue;
      const who = users.length > 0 ? `${users.slice(0, 3).join(", ")}${users.length > 3 ? ` and ${users.length - 3} more` : ""} ${users.length === 1 ? "refers" : "refer"} to it` : `${rc.type} is used by other resources while it is replaced`;
      const reason = rc.actionReason !== void 0 ? ` because ${describeReason(rc.actionReason)}` : "";
      ctx.report({
        change: rc,
        message: `${rc.address} is destroyed before its replacement is created${reason}, while ${who}: there will be a gap. Set \`lifecycle { create_before_destroy = true }\`.`
      });
    }
  }
});

// rules/plan-drift/index.ts
var WATCHED = (type) => VIRTUAL_MACHINE_TYPES.has(type) || SCALE_GROUP_TYPES.has(type) || LAUNCH_TEMPLATE_TYPES.has(type) || STATEFUL_RESOURCE_TYPES.has(type);
var plan_drift_default = defineRule({
  id: "plan-drift",
  severity: "warning",
  category: "plan",
  summary: "Machines, templates and stateful resources are not changed outside Terraform",
  precision: "high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceDrift) {
      if (rc.mode !== "managed" || !WATCHED(rc.type)) continue;
      if (rc.change.after === null && rc.change.before !== null) {
        ctx.report({ change: rc, message: `${rc.address} was deleted outside Terraform. The plan creates it again; find out who deleted it and why.` });
        continue;
      }
      const paths = changedPaths(rc.change.before, rc.change.after, null).filter((p) => !isLabelPath(p));
      if (paths.length === 0) continue;
      ctx.report({
        change: rc,
        message: `${rc.address} was changed outside Terraform: ${describeChanges(rc.change, paths)}. The code no longer describes what runs; put the change in the code or let the apply revert it.`
      });
    }
  }
});

// rules/index.ts
var rules = [
  container_image_pinned_default,
  machine_image_pinned_default,
  module_source_pinned_default,
  provider_version_pinned_default,
  terraform_version_pinned_default,
  dependency_lock_file_default,
  ecr_tag_immutability_default,
  no_provisioners_default,
  no_ssh_access_default,
  no_boot_time_configuration_default,
  user_data_replace_on_change_default,
  create_before_destroy_default,
  create_before_destroy_name_conflict_default,
  prevent_destroy_stateful_default,
  lifecycle_ignore_changes_default,
  asg_instance_refresh_default,
  no_launch_configuration_default,
  separate_data_volumes_default,
  disposable_root_volume_default,
  database_deletion_protection_default,
  no_hardcoded_secrets_default,
  sensitive_secret_variables_default,
  syntax_error_default,
  unused_suppression_default,
  plan_in_place_update_default,
  plan_replaces_stateful_default,
  plan_deletes_stateful_default,
  plan_destroy_before_create_default,
  plan_drift_default
];

// src/config/types.ts
var ConfigError = class extends Error {
  problems;
  constructor(problems) {
    super(problems.map(formatProblem).join("; "));
    this.name = "ConfigError";
    this.problems = problems;
  }
};
function formatProblem(p) {
  const where = p.line !== void 0 ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

// src/config/plugins.ts
var NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var SEVERITIES = ["error", "warning", "note"];
var CATEGORIES = ["versioning", "mutation", "lifecycle", "state", "secrets"];
var PRECISIONS = ["very-high", "high", "medium", "low"];
function pluginNamespace(ruleId) {
  const slash = ruleId.indexOf("/");
  return slash === -1 ? void 0 : ruleId.slice(0, slash);
}
var PluginError = class extends ConfigError {
  constructor(origin, detail) {
    super([{ file: origin.file, path: `plugins[${origin.index}]`, message: `plugin "${origin.label}" ${detail}` }]);
    this.origin = origin;
    this.name = "PluginError";
  }
  origin;
};
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkPlugin(value, origin) {
  const fail = (detail) => {
    throw new PluginError(origin, detail);
  };
  if (!isObject2(value)) return fail(`must export { name, rules } as its default export, got ${value === void 0 ? "no default export" : describe2(value)}`);
  const { name, rules: rules2 } = value;
  if (typeof name !== "string" || !NAME.test(name)) return fail(`needs a kebab-case "name" (such as "acme"), got ${describe2(name)}`);
  if (!Array.isArray(rules2)) return fail(`needs "rules", an array of rules made with defineRule, got ${describe2(rules2)}`);
  const ids = /* @__PURE__ */ new Set();
  rules2.forEach((rule, i) => {
    const problem = ruleProblem(rule, name);
    if (problem !== void 0) fail(`rules[${i}]: ${problem}`);
    const id = rule.id;
    if (ids.has(id)) fail(`has two rules with the id "${id}"`);
    ids.add(id);
  });
  return value;
}
function ruleProblem(rule, plugin) {
  if (!isObject2(rule)) return `expected a rule made with defineRule, got ${describe2(rule)}`;
  const { id } = rule;
  if (typeof id !== "string") return `expected an "id" string, got ${describe2(id)}`;
  const slash = id.indexOf("/");
  if (slash === -1 || id.slice(0, slash) !== plugin || !NAME.test(id.slice(slash + 1))) {
    return `the id "${id.slice(0, 80)}" is not namespaced: a rule of plugin "${plugin}" must be "${plugin}/<kebab-case-name>"`;
  }
  const at = `rule "${id}"`;
  if (typeof rule.severity !== "string" || !SEVERITIES.includes(rule.severity)) return `${at}: "severity" must be one of ${SEVERITIES.join(", ")}, got ${describe2(rule.severity)}`;
  if (typeof rule.category !== "string" || !CATEGORIES.includes(rule.category)) {
    return `${at}: "category" must be one of ${CATEGORIES.join(", ")}, got ${describe2(rule.category)}`;
  }
  if (typeof rule.summary !== "string" || rule.summary.trim() === "") return `${at}: needs a one-line "summary"`;
  const docs = rule.docs;
  const optional = ["flags", "options", "notes", "roles"];
  if (docs !== void 0 && (!isObject2(docs) || ["rationale", "remediation", "examples"].some((k) => typeof docs[k] !== "string") || optional.some((k) => docs[k] !== void 0 && typeof docs[k] !== "string"))) {
    return `${at}: "docs" must be { rationale, remediation, examples } and optionally flags, options, notes, roles (Markdown strings)`;
  }
  if (typeof rule.check !== "function") return `${at}: "check" must be a function`;
  if (rule.docsUrl !== void 0 && typeof rule.docsUrl !== "string") return `${at}: "docsUrl" must be a string`;
  const security = rule.securitySeverity;
  if (security !== void 0 && (typeof security !== "number" || !(security >= 0 && security <= 10))) return `${at}: "securitySeverity" must be a number from 0 to 10`;
  if (rule.precision !== void 0 && !PRECISIONS.includes(rule.precision)) return `${at}: "precision" must be one of ${PRECISIONS.join(", ")}`;
  if (rule.autofix !== void 0 && typeof rule.autofix !== "string") return `${at}: "autofix" must be a string (what --fix changes)`;
  if (rule.concerns !== void 0 && typeof rule.concerns !== "function") return `${at}: "concerns" must be a function (resource, options) => boolean`;
  const roles = rule.roles;
  if (roles !== void 0 && (!Array.isArray(roles) || roles.some((r) => !MODULE_ROLES.includes(r)))) {
    return `${at}: "roles" must list module roles (${MODULE_ROLES.join(", ")})`;
  }
  const schema = rule.optionsSchema;
  if (schema !== void 0 && (!isObject2(schema) || schema.type !== "object" || !isObject2(schema.properties) || schema.additionalProperties !== false)) {
    return `${at}: "optionsSchema" must be { type: "object", properties, additionalProperties: false }`;
  }
  return void 0;
}
var joined = /* @__PURE__ */ new WeakMap();
function withPlugins(base, plugins, origins) {
  let byPlugins = joined.get(base);
  const known = byPlugins?.get(plugins);
  if (known) return known;
  const out = [...base];
  const taken = new Set(base.map((r) => r.id));
  const names = /* @__PURE__ */ new Map();
  plugins.forEach((value, index) => {
    const origin = origins?.[index] ?? { file: "<plugins>", index, label: isObject2(value) && typeof value.name === "string" ? value.name : String(index) };
    const plugin = checkPlugin(value, origin);
    const same = names.get(plugin.name);
    if (same === plugin) return;
    if (same !== void 0) throw new PluginError(origin, `is named "${plugin.name}", as another plugin is: each plugin needs its own name`);
    names.set(plugin.name, plugin);
    for (const rule of plugin.rules) {
      if (taken.has(rule.id)) throw new PluginError(origin, `defines "${rule.id}", a rule id that is already taken`);
      taken.add(rule.id);
      out.push(rule);
    }
  });
  if (!byPlugins) joined.set(base, byPlugins = /* @__PURE__ */ new WeakMap());
  byPlugins.set(plugins, out);
  return out;
}

// src/config/load.ts
import { statSync as statSync3 } from "node:fs";
import * as path2 from "node:path";

// src/config/json.ts
var MAX_DEPTH2 = 64;
var JsonSyntaxError = class extends Error {
  constructor(detail, position) {
    super(`${position.line}:${position.column}: ${detail}`);
    this.detail = detail;
    this.position = position;
    this.name = "JsonSyntaxError";
  }
  detail;
  position;
};
function pathKey(path9) {
  return path9.map((s) => typeof s === "number" ? `#${s}` : `.${s}`).join("\0");
}
function readJson(text) {
  return new Reader(text).readDocument();
}
var Reader = class {
  constructor(text) {
    this.text = text;
    this.lines = new LineIndex(text);
    if (text.charCodeAt(0) === 65279) this.pos = 1;
  }
  text;
  pos = 0;
  positions = /* @__PURE__ */ new Map();
  lines;
  readDocument() {
    this.skipSpace();
    const value = this.readValue([]);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
    return { value, positions: this.positions };
  }
  readValue(path9) {
    if (path9.length > MAX_DEPTH2) this.fail(`nested more than ${MAX_DEPTH2} levels deep`);
    if (!this.positions.has(pathKey(path9))) this.positions.set(pathKey(path9), this.positionAt(this.pos));
    const c = this.text[this.pos];
    if (c === "{") return this.readObject(path9);
    if (c === "[") return this.readArray(path9);
    if (c === '"') return this.readString();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return this.readNumber();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(`expected a JSON value, found ${this.describeHere()}`);
  }
  readObject(path9) {
    const result = {};
    const seen = /* @__PURE__ */ new Set();
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return result;
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(`expected a quoted property name, found ${this.describeHere()}`);
      const keyStart = this.pos;
      const key = this.readString();
      if (seen.has(key)) this.failAt(keyStart, `duplicate key "${key}"`);
      seen.add(key);
      const childPath2 = [...path9, key];
      this.positions.set(pathKey(childPath2), this.positionAt(keyStart));
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail(`expected ':' after the property name, found ${this.describeHere()}`);
      this.pos++;
      this.skipSpace();
      const value = this.readValue(childPath2);
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
  readArray(path9) {
    const result = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return result;
    }
    for (; ; ) {
      this.skipSpace();
      result.push(this.readValue([...path9, result.length]));
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
  readString() {
    const start = this.pos;
    this.pos++;
    let out = "";
    for (; ; ) {
      const c = this.text[this.pos];
      if (c === void 0) this.failAt(start, "unterminated string");
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === "\\") {
        const e = this.text[this.pos + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e !== void 0 && e in simple) {
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
  readNumber() {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match || match[0] === "-") this.fail("invalid number");
    this.pos += match[0].length;
    return Number(match[0]);
  }
  skipSpace() {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === " " || c === "	" || c === "\n" || c === "\r") this.pos++;
      else break;
    }
  }
  describeHere() {
    if (this.pos >= this.text.length) return "the end of the file";
    const cp = this.text.codePointAt(this.pos) ?? 0;
    return `'${String.fromCodePoint(cp)}'`;
  }
  positionAt(offset) {
    const { line, column } = this.lines.pos(offset);
    return { line, column };
  }
  fail(detail) {
    return this.failAt(this.pos, detail);
  }
  failAt(offset, detail) {
    throw new JsonSyntaxError(detail, this.positionAt(offset));
  }
};

// src/config/validate.ts
import { createHash as createHash2 } from "node:crypto";

// src/config/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var MAX_EXCLUDE_PATTERN_LENGTH = 1e3;
var MAX_WILDCARDS_PER_SEGMENT = 3;
var MAX_EXPANSIONS = 64;
var PICOMATCH_OPTIONS = {
  dot: true,
  // A leading `!` is not "everything but": in an exclude list that would exclude everything else.
  nonegate: true,
  // Makes `[!ab]` a negated class (as in bash), and allows `[[:alpha:]]`.
  posix: true
};
var VARIABLE_WIDTH = /\*+|[?+@!]\(/g;
function excludePatternProblem(pattern) {
  const compiled2 = compile2(pattern);
  return typeof compiled2 === "string" ? compiled2 : void 0;
}
function globMatcher(patterns) {
  const compiled2 = patterns.flatMap((pattern) => {
    const c = compile2(pattern);
    return typeof c === "string" ? [] : c;
  });
  if (compiled2.length === 0) return () => false;
  return (relativePath2) => {
    const segments = relativePath2.split("/").filter((s) => s !== "" && s !== ".");
    return segments.length > 0 && compiled2.some((p) => matchSegments(p, segments));
  };
}
function matchSegments(pattern, path9) {
  const memo = /* @__PURE__ */ new Map();
  const from = (i, j) => {
    if (i === pattern.length) return j > 0;
    const key = i * (path9.length + 1) + j;
    const known = memo.get(key);
    if (known !== void 0) return known;
    const p = pattern[i];
    let result;
    if (p === "**") result = from(i + 1, j) || j < path9.length && from(i, j + 1);
    else result = j < path9.length && p(path9[j]) && from(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}
function compile2(pattern) {
  if (pattern.length > MAX_EXCLUDE_PATTERN_LENGTH) return `longer than ${MAX_EXCLUDE_PATTERN_LENGTH} characters`;
  const unified = pattern.replace(/\\/g, "/");
  const anchored = unified.replace(/\/+$/, "").includes("/");
  const body = unified.replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  if (body === "") return "empty";
  const alternatives = expandBracesWithSlash(body);
  if (alternatives === void 0) return `more than ${MAX_EXPANSIONS} alternatives in \`{}\` groups that contain \`/\``;
  const out = [];
  for (const alternative of alternatives) {
    const texts = splitSegments(alternative);
    if (texts === void 0) return "a `/` inside `( )` or `[ ]`";
    const segments = anchored ? [] : ["**"];
    for (const text of texts) {
      if (text === "**") {
        if (segments.at(-1) !== "**") segments.push("**");
        continue;
      }
      if ((text.match(VARIABLE_WIDTH)?.length ?? 0) > MAX_WILDCARDS_PER_SEGMENT) {
        return `more than ${MAX_WILDCARDS_PER_SEGMENT} wildcards (\`*\` or extglob groups) in one path segment`;
      }
      try {
        segments.push((0, import_picomatch.default)(text, PICOMATCH_OPTIONS));
      } catch (error) {
        return error.message;
      }
    }
    out.push(segments);
  }
  return out;
}
function splitSegments(pattern) {
  const segments = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      const slash = pattern.indexOf("/", i);
      if (close !== -1 && (slash === -1 || slash > close)) {
        current += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    } else if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (c === "/") {
      if (depth > 0) return void 0;
      if (current !== "") segments.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  if (current !== "") segments.push(current);
  return segments;
}
function expandBracesWithSlash(pattern) {
  const pending = [pattern];
  const done = [];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    const group = firstBraceGroupWithSlash(next);
    if (!group) done.push(next);
    else {
      for (const alt of group.alternatives) pending.push(next.slice(0, group.start) + alt + next.slice(group.end));
    }
    if (done.length + pending.length > MAX_EXPANSIONS) return void 0;
  }
  return done;
}
function firstBraceGroupWithSlash(pattern) {
  for (let start = pattern.indexOf("{"); start !== -1; start = pattern.indexOf("{", start + 1)) {
    let depth = 0;
    const commas = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === "{") depth++;
      else if (c === "," && depth === 1) commas.push(i);
      else if (c === "}" && --depth === 0) {
        const inner = pattern.slice(start + 1, i);
        if (commas.length > 0 && inner.includes("/")) {
          const bounds = [start, ...commas, i];
          const alternatives = bounds.slice(1).map((end, k) => pattern.slice(bounds[k] + 1, end));
          return { start, end: i + 1, alternatives };
        }
        break;
      }
    }
  }
  return void 0;
}

// src/config/config-validator.generated.ts
var PRECOMPILED_SCHEMA_DIGEST = "IPNdO83b1m98DCDFYIq6ho-E04aq6j9QO7tI-O6U_b8";
function precompiledConfigValidator() {
  return __require("./config-validator.cjs").precompiledConfigValidator();
}

// src/config/schema.ts
var baseSchema = require_schema();
var EMPTY_OPTIONS = { type: "object", additionalProperties: false, properties: {} };
function baseConfigSchema() {
  return structuredClone(baseSchema);
}
function buildConfigSchema(rules2) {
  const schema = baseConfigSchema();
  const properties = schema.properties;
  const ruleProperties = {};
  for (const rule of rules2) {
    ruleProperties[rule.id] = {
      description: rule.summary,
      if: { type: "string" },
      then: { $ref: "#/definitions/level" },
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          severity: { $ref: "#/definitions/level" },
          options: rule.optionsSchema ? structuredClone(rule.optionsSchema) : EMPTY_OPTIONS
        }
      }
    };
  }
  const namespaces = [...new Set(rules2.flatMap((r) => pluginNamespace(r.id) ?? []))];
  const rulesSchema = properties.rules;
  const patterns = Object.entries(rulesSchema.patternProperties ?? {});
  const patternProperties = namespaces.length === 0 ? rulesSchema.patternProperties : Object.fromEntries(patterns.map(([p, v]) => [`^(?!(?:${namespaces.join("|")})/)${p.slice(1)}`, v]));
  properties.rules = { ...properties.rules, properties: ruleProperties, ...patternProperties ? { patternProperties } : {} };
  return schema;
}

// src/config/validate.ts
var validators = /* @__PURE__ */ new WeakMap();
var AJV_OPTIONS = { allErrors: true, verbose: true, strict: true };
function schemaDigest(schema) {
  return createHash2("sha256").update(JSON.stringify(schema)).digest("base64url");
}
var Ajv;
function validatorFor(rules2) {
  let validate = validators.get(rules2);
  if (!validate) {
    const schema = buildConfigSchema(rules2);
    if (schemaDigest(schema) === PRECOMPILED_SCHEMA_DIGEST) {
      validate = precompiledConfigValidator();
    } else {
      Ajv ??= __require("./vendor-ajv.cjs").Ajv;
      validate = new Ajv(AJV_OPTIONS).compile(schema);
    }
    validators.set(rules2, validate);
  }
  return validate;
}
function validateConfig(value, rules2, source) {
  const validate = validatorFor(rules2);
  if (validate(value)) return withUsablePatterns(value, source);
  const errors = relevantErrors(validate.errors ?? []);
  const problems = errors.map((e) => toProblem(e, rules2, source));
  throw new ConfigError(dedupe(problems));
}
function withUsablePatterns(config, source) {
  const problems = [];
  (config.exclude ?? []).forEach((pattern, i) => {
    const problem = excludePatternProblem(pattern);
    if (problem === void 0) return;
    const position = source.positions?.get(pathKey(["exclude", i]));
    problems.push({ file: source.file, line: position?.line, column: position?.column, path: formatPath2(["exclude", i]), message: problem });
  });
  for (const pattern of Object.keys(config.roles ?? {})) {
    const problem = excludePatternProblem(pattern);
    if (problem === void 0) continue;
    const position = source.positions?.get(pathKey(["roles", pattern]));
    problems.push({ file: source.file, line: position?.line, column: position?.column, path: formatPath2(["roles", pattern]), message: problem });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
function relevantErrors(errors) {
  return errors.filter((e) => e.keyword !== "if");
}
function toProblem(error, rules2, source) {
  const segments = pointerSegments(error.instancePath);
  let message;
  let at = segments;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      at = [...segments, key];
      if (segments.length === 1 && segments[0] === "rules") {
        const near = nearest(
          key,
          rules2.map((r) => r.id)
        );
        message = `unknown rule "${key}"${near ? ` (did you mean "${near}"?)` : ""}`;
      } else {
        const allowed = allowedKeys(error);
        message = `unknown key "${key}"${allowed.length > 0 ? `; expected one of ${allowed.map((k) => `"${k}"`).join(", ")}` : ""}`;
      }
      break;
    }
    case "enum": {
      const allowed = error.params.allowedValues;
      message = `expected one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(error.data)}`;
      break;
    }
    case "type": {
      const type = error.params.type;
      const types = Array.isArray(type) ? type : [type];
      message = `expected ${types.map(article).join(" or ")}, got ${describe3(error.data)}`;
      break;
    }
    case "minLength":
      message = "expected a non-empty string";
      break;
    case "propertyNames": {
      const name = String(error.params.propertyName);
      at = [...segments, name];
      message = `invalid name "${name}"`;
      break;
    }
    case "pattern":
      message = `expected a string matching ${error.params.pattern}`;
      break;
    default:
      message = error.message ?? `invalid (${error.keyword})`;
  }
  const position = source.positions?.get(pathKey(at)) ?? source.positions?.get(pathKey(segments));
  return {
    file: source.file,
    line: position?.line,
    column: position?.column,
    path: formatPath2(at),
    message
  };
}
function allowedKeys(error) {
  const parent = error.parentSchema;
  return parent?.properties ? Object.keys(parent.properties) : [];
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.path}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((raw) => {
    const s = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s;
  });
}
function formatPath2(segments) {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
function article(type) {
  if (type === "array" || type === "object" || type === "integer") return `an ${type}`;
  if (type === "null") return "null";
  return `a ${type}`;
}
function describe3(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
function nearest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : void 0;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/config/load.ts
var CONFIG_FILE_NAME = ".tfmould.json";
var diskConfigReader = {
  readFile(file) {
    const read2 = readRegularFile(file);
    return "bytes" in read2 ? read2.bytes.toString("utf8") : void 0;
  },
  fileExists(file) {
    try {
      return statSync3(file).isFile();
    } catch {
      return false;
    }
  }
};
function findConfigFile(startDir, host = diskConfigReader) {
  let dir = path2.resolve(startDir);
  for (; ; ) {
    const candidate = path2.join(dir, CONFIG_FILE_NAME);
    if (host.fileExists(candidate)) return candidate;
    const parent = path2.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var ConfigFileFinder = class {
  /**
   * `holds(candidate)`: whether `candidate`, the config file's path in a
   * directory, is a file. `lacks(dir)`, when given, says at once of a directory
   * known to hold no config file (the command's listings), so that thousands
   * of directories need no candidate path made.
   */
  constructor(holds, lacks) {
    this.holds = holds;
    this.lacks = lacks;
  }
  holds;
  lacks;
  byDir = /* @__PURE__ */ new Map();
  /** The nearest config file in `dir` (absolute) or a parent directory, as `findConfigFile` finds it. */
  nearest(dir) {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const parent = path2.dirname(dir);
    const candidate = this.lacks?.(dir) === true ? void 0 : joinName(dir, CONFIG_FILE_NAME);
    const found = candidate !== void 0 && this.holds(candidate) ? candidate : parent === dir ? void 0 : this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }
};
function loadConfig(pathOrStartDir, options = {}) {
  const host = options.host ?? diskConfigReader;
  if (pathOrStartDir.endsWith(".json")) return loadConfigFile(pathOrStartDir, options);
  const file = findConfigFile(pathOrStartDir, host);
  return file === void 0 ? void 0 : loadConfigFile(file, options);
}
function loadConfigFile(file, options = {}) {
  const host = options.host ?? diskConfigReader;
  const text = host.fileExists(file) ? host.readFile(file) : void 0;
  if (text === void 0) {
    throw new ConfigError([{ file, path: "", message: "cannot read the config file (missing or not a readable file)" }]);
  }
  return parseConfigText(text, file, options.rules ?? rules);
}
function parseConfigText(text, file, rules2 = rules) {
  let parsed;
  try {
    parsed = readJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new ConfigError([
        { file, line: error.position.line, column: error.position.column, path: "", message: `invalid JSON: ${error.detail}` }
      ]);
    }
    throw error;
  }
  const config = validateConfig(parsed.value, rules2, { file, positions: parsed.positions });
  return { config, file, baseDir: path2.dirname(path2.resolve(file)) };
}
function configFromObject(value, baseDir, rules2 = rules) {
  const config = validateConfig(value, rules2, { file: "<config>" });
  return { config, file: void 0, baseDir: path2.resolve(baseDir) };
}

// src/config/load-plugins.ts
import { statSync as statSync4 } from "node:fs";
import { createRequire } from "node:module";
import * as path3 from "node:path";
import { pathToFileURL } from "node:url";
function resolvePlugins(loaded3) {
  const file = loaded3.file ?? "<config>";
  return (loaded3.config.plugins ?? []).map((specifier, index) => {
    const origin = { file, index, label: specifier };
    return { file: resolveSpecifier(specifier, loaded3.baseDir, origin), origin };
  });
}
function isPathSpecifier(specifier) {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === ".." || path3.isAbsolute(specifier) || /^\.\.?\\/.test(specifier);
}
function resolveSpecifier(specifier, baseDir, origin) {
  if (isPathSpecifier(specifier)) {
    const file = path3.resolve(baseDir, specifier);
    if (!isFile(file)) throw new PluginError(origin, `cannot be loaded: no such file ${file}`);
    return file;
  }
  if (!/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/i.test(specifier)) {
    throw new PluginError(origin, `is neither a relative path ("./rules.js") nor a package name`);
  }
  const require2 = createRequire(path3.join(baseDir, "noop.js"));
  try {
    return require2.resolve(specifier);
  } catch (error) {
    const code = error.code;
    if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      const entry = importEntry(specifier, baseDir);
      if (entry !== void 0) return entry;
    }
    throw new PluginError(origin, `cannot be loaded: no package "${specifier}" is installed where ${origin.file} can see it (npm install it there)`);
  }
}
function importEntry(name, baseDir) {
  for (let dir = baseDir; ; dir = path3.dirname(dir)) {
    const pkgDir = path3.join(dir, "node_modules", name);
    const read2 = readRegularFile(path3.join(pkgDir, "package.json"));
    if ("bytes" in read2) {
      try {
        const pkg = JSON.parse(read2.bytes.toString("utf8"));
        const root = typeof pkg.exports === "object" && pkg.exports !== null && "." in pkg.exports ? pkg.exports["."] : pkg.exports;
        const target = typeof root === "object" && root !== null ? root.import ?? root.default : root;
        return typeof target === "string" && isFile(path3.resolve(pkgDir, target)) ? path3.resolve(pkgDir, target) : void 0;
      } catch {
        return void 0;
      }
    }
    if (path3.dirname(dir) === dir) return void 0;
  }
}
function isFile(file) {
  return statSync4(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").trim() || "unknown error";
}
async function importPlugins(sources) {
  const plugins = [];
  for (const source of sources) {
    let module;
    try {
      module = await import(pathToFileURL(source.file).href);
    } catch (error) {
      throw new PluginError(source.origin, `cannot be loaded: ${firstLine(error)}`);
    }
    plugins.push(checkPlugin(module.default, source.origin));
  }
  withPlugins(rules, plugins, sources.map((s) => s.origin));
  return plugins;
}

// src/config/resolve.ts
import * as path4 from "node:path";
var LEVELS = ["off", "note", "warning", "error"];
function resolveConfig(loaded3, overrides = {}, options = {}) {
  const rules2 = options.rules ?? rules;
  const cwd = path4.resolve(options.cwd ?? process.cwd());
  const config = loaded3?.config ?? {};
  const baseDir = loaded3?.baseDir ?? cwd;
  checkOverrides(overrides, rules2);
  const resolvedRules = /* @__PURE__ */ new Map();
  for (const rule of rules2) {
    const setting = config.rules?.[rule.id];
    let level = rule.severity;
    let options2 = {};
    if (typeof setting === "string") level = setting;
    else if (setting) {
      level = setting.severity ?? rule.severity;
      options2 = { ...setting.options ?? {} };
    }
    const override = overrides.rules?.[rule.id];
    if (override) level = override;
    if (level === "off") continue;
    resolvedRules.set(rule.id, { severity: level, options: withDefaults(rule, options2) });
  }
  return {
    file: loaded3?.file,
    baseDir,
    rules: resolvedRules,
    strict: overrides.strict ?? config.strict ?? false,
    exclude: [...config.exclude ?? []],
    roles: Object.entries(config.roles ?? {}).map(([pattern, role]) => ({ pattern, role })),
    varFiles: [
      ...(config.varFiles ?? []).map((f) => path4.resolve(baseDir, f)),
      ...(overrides.varFiles ?? []).map((f) => path4.resolve(cwd, f))
    ],
    vars: { ...config.vars ?? {}, ...overrides.vars ?? {} },
    useEnvVars: overrides.useEnvVars ?? config.useEnvVars ?? false
  };
}
function checkOverrides(overrides, rules2) {
  const ids = new Set(rules2.map((r) => r.id));
  const namespaces = new Set([...ids].flatMap((id) => pluginNamespace(id) ?? []));
  const problems = [];
  for (const [id, level] of Object.entries(overrides.rules ?? {})) {
    const namespace = pluginNamespace(id);
    if (!ids.has(id) && namespace !== void 0 && !namespaces.has(namespace)) continue;
    if (!ids.has(id)) problems.push({ file: "<command line>", path: `--rule ${id}`, message: `unknown rule "${id}"` });
    else if (!LEVELS.includes(level)) {
      problems.push({
        file: "<command line>",
        path: `--rule ${id}`,
        message: `expected one of ${LEVELS.join(", ")}, got "${String(level)}"`
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
function withDefaults(rule, options) {
  const out = { ...options };
  for (const [name, schema] of Object.entries(rule.optionsSchema?.properties ?? {})) {
    if (out[name] === void 0 && schema && typeof schema === "object" && "default" in schema) {
      out[name] = structuredClone(schema.default);
    }
  }
  return out;
}

// src/hcl/warm-up-samples.generated.ts
var WARM_UP_SAMPLES = [
  ["blocks/attribute-and-block-same-name.tf", '# An attribute and a block with the same name in one body: hcl2json keeps only the attribute.\na = 1\nb {\n  inner = true\n}\nb = 3\nc = "attribute first"\nc {\n  inner = false\n}\n'],
  ["blocks/bare-labels.tf", '# Labels written as bare identifiers instead of strings.\nresource aws_s3_bucket logs {\n  bucket = "logs"\n}\n'],
  ["blocks/block-brace-spacing.tf", '# Blocks with unusual spacing between labels and the opening brace.\na "x"{\n  v = 1\n}\nb    "y"     "z"    {\n  v = 2\n}\nc{\n  v = 3\n}\n'],
  ["blocks/blocks-in-blocks-one-line.tf", '# One-line blocks nested in multi-line blocks, and an empty one-line block.\nresource "aws_instance" "a" {\n  lifecycle { ignore_changes = [tags] }\n  timeouts {}\n  ebs_block_device { device_name = "/dev/sdh" }\n}\n'],
  ["blocks/deep-nesting.tf", "# Blocks nested ten levels deep.\nl1 {\n  l2 {\n    l3 {\n      l4 {\n        l5 {\n          l6 {\n            l7 {\n              l8 {\n                l9 {\n                  l10 {\n                    depth = 10\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n"],
  ["blocks/empty-block.tf", '# Empty blocks: braces on one line and on separate lines.\nlocals {}\n\nlocals {\n}\n\nmodule "m" {\n\n}\n'],
  ["blocks/empty-labels.tf", '# Quoted labels may be empty strings.\nthing "" {\n  x = 1\n}\nother "a" "" {\n  y = 2\n}\n'],
  ["blocks/label-escapes.tf", '# Quoted labels may contain escapes and characters that are not identifier characters.\nresource "aws_instance" "with space" {\n  x = 1\n}\nresource "aws_instance" "tab\\there" {\n  x = 2\n}\nresource "aws_instance" "quote\\"inside" {\n  x = 3\n}\nresource "aws_instance" "dollar$sign" {\n  x = 4\n}\n'],
  ["blocks/labels-unicode.tf", '# Quoted labels with non-ASCII text.\nthing "café" "日本" {\n  x = 1\n}\n'],
  ["blocks/many-labels.tf", '# A block with more labels than Terraform uses: the native syntax allows any number.\nthing "a" "b" "c" "d" {\n  x = 1\n}\n'],
  ["blocks/mixed-labels.tf", '# A bare label and a quoted label on the same block.\nresource aws_instance "app" {\n  count = 2\n}\nresource "aws_instance" app2 {\n  count = 3\n}\n'],
  ["blocks/nested-blocks.tf", '# Blocks nested three levels deep, with attributes at each level.\nouter "a" {\n  level = 1\n  middle {\n    level = 2\n    inner "x" "y" {\n      level = 3\n    }\n  }\n}\n'],
  ["blocks/no-labels.tf", '# A block with a type and no labels.\nterraform {\n  required_version = ">= 1.5"\n}\n'],
  ["blocks/one-line-block.tf", '# One-line blocks holding a single attribute.\nlifecycle { create_before_destroy = true }\ntags { Name = "web" }\nprovider "aws" { region = "us-east-1" }\n'],
  ["blocks/one-quoted-label.tf", '# A block with one quoted label.\nprovider "aws" {\n  region = "eu-west-1"\n}\n'],
  ["blocks/repeated-blocks.tf", "# The same block type repeated: hcl2json collects them into a list in order.\ningress {\n  from_port = 80\n}\ningress {\n  from_port = 443\n}\ningress {\n  from_port = 22\n}\n"],
  ["blocks/repeated-labelled-blocks.tf", '# Blocks sharing a type and first label but differing in the second label, and exact repeats.\nresource "aws_instance" "a" {\n  x = 1\n}\nresource "aws_instance" "b" {\n  x = 2\n}\nresource "aws_s3_bucket" "a" {\n  x = 3\n}\nresource "aws_instance" "a" {\n  x = 4\n}\nvariable "v" {}\nvariable "w" {}\n'],
  ["blocks/two-quoted-labels.tf", '# A block with two quoted labels.\nresource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n'],
  ["bodies/attribute-spacing.tf", "# Attributes with unusual but legal spacing around the equals sign.\na=1\nb    =    2\nc	=	3\nd =4\ne= 5\n"],
  ["bodies/attributes-and-blocks.tf", '# Attributes and blocks interleaved in one body; block order is kept.\nfirst = 1\n\nblock_a {\n  inner = "a"\n}\n\nsecond = 2\n\nblock_b {\n  inner = "b"\n}\n\nthird = 3\n'],
  ["bodies/blank-lines-only.tf", "\n\n   \n	\n"],
  ["bodies/dashed-names.tf", "# Identifiers may contain dashes and underscores after the first character.\nkebab-case-name = 1\nsnake_case_name = 2\nmixed-name_2    = 3\n_leading        = 4\na-              = 5\n"],
  ["bodies/empty.tf", ""],
  ["bodies/keyword-names.tf", "# Words that are keywords elsewhere are plain identifiers as attribute names.\nfor    = 1\nin     = 2\nif     = 3\ntrue_  = 4\nnull_  = 5\nendif  = 6\nendfor = 7\nelse   = 8\n"],
  ["bodies/keyword-values-as-names.tf", "# true, false and null are only literals in expression position; as block types they are names.\ntrue {\n  x = 1\n}\nnull {\n  y = 2\n}\n"],
  ["bodies/many-attributes.tf", '# Several attributes of different literal kinds in one body, with blank lines between.\na = 1\n\nb = "two"\nc = true\nd = false\n\n\ne = null\nf = 1.5\n'],
  ["bodies/no-final-newline.tf", "# An attribute at end of file with no final newline.\nlast = 42"],
  ["bodies/single-attribute.tf", '# A body with one attribute.\nname = "value"\n'],
  ["collections/mixed-nesting.tf", '# Deeply interleaved tuples and objects.\ndata = [\n  { name = "a", items = [1, 2, { x = [3] }] },\n  { name = "b", items = [] },\n]\n'],
  ["collections/number-and-bool-keys.tf", '# Object keys that are number or boolean literals.\nobj = {\n  1     = "one"\n  2.5   = "two and a half"\n  true  = "yes"\n  false = "no"\n}\n'],
  ["collections/object-key-traversal.tf", "# An unparenthesised traversal as an object key: HCL accepts it as an expression key.\nobj = { var.name = 1 }\n"],
  ["collections/object-keys.tf", '# Object keys: bare identifiers, quoted strings, keys with dashes, keyword-like keys.\nobj = {\n  bare        = 1\n  "quoted"    = 2\n  "with space" = 3\n  dash-key    = 4\n  "for"       = 5\n  if          = 6\n  in          = 7\n  true        = 8\n  null        = 9\n}\n'],
  ["collections/object-paren-keys.tf", '# Parenthesised keys are evaluated: variable, traversal, call, and template keys.\nvar_key  = { (var.name) = 1 }\ncall_key = { (upper("a")) = 2 }\ntmpl_key = { "${var.prefix}-x" = 3 }\nexpr_key = { (var.a == 1 ? "one" : "other") = 4 }\nfor_key  = { (for) = 5 }\n'],
  ["collections/object-values-heredoc.tf", "# A heredoc as an object value, followed by more items.\nobj = {\n  script = <<EOT\necho hi\nEOT\n  after = 1\n}\n"],
  ["collections/objects-colon.tf", "# Objects with : separators, and mixing : and =.\ncolon = { a: 1, b: 2 }\nmixed = {\n  a = 1\n  b: 2\n}\n"],
  ["collections/objects-commas.tf", "# Object items separated by commas, by newlines, and with trailing commas.\ncommas   = { a = 1, b = 2, c = 3 }\ntrailing = { a = 1, b = 2, }\nnewline_comma = {\n  a = 1,\n  b = 2,\n}\nmixed_sep = {\n  a = 1, b = 2\n  c = 3\n}\n"],
  ["collections/objects-duplicate-keys.tf", "# Duplicate keys inside an object constructor are not a syntax error.\nobj = {\n  a = 1\n  a = 2\n}\n"],
  ["collections/objects-equals.tf", '# Objects with = separators, one line and several.\nempty = {}\none   = { a = 1 }\ntwo   = { a = 1, b = "two" }\nmulti = {\n  a = 1\n  b = 2\n}\n'],
  ["collections/objects-nested.tf", '# Objects in objects and tuples in objects.\nconfig = {\n  server = {\n    host = "localhost"\n    port = 8080\n    tls  = { enabled = true }\n  }\n  tags  = ["a", "b"]\n  empty = {}\n}\n'],
  ["collections/objects-with-expressions.tf", '# Object values that are not literals: hcl2json renders them as ${...}.\nobj = {\n  id    = aws_instance.web.id\n  count = length(var.list)\n  flag  = var.a && var.b\n  tmpl  = "x-${var.y}"\n  lit   = "plain"\n}\n'],
  ["collections/tuple-of-heredocs.tf", '# Heredocs as tuple elements, each ending on its own line before a comma.\nlist = [\n  <<EOT\none\nEOT\n  ,\n  "two",\n]\n'],
  ["collections/tuples-multiline.tf", '# Tuples spread over lines, with and without commas at line ends.\nlist = [\n  "a",\n  "b",\n  "c",\n]\nno_trailing = [\n  "a",\n  "b"\n]\n'],
  ["collections/tuples-nested.tf", '# Tuples nested in tuples.\nmatrix = [[1, 2], [3, 4], []]\ndeep   = [[[["x"]]]]\n'],
  ["collections/tuples.tf", '# Tuples: empty, single, several, mixed types, trailing comma.\nempty    = []\nsingle   = [1]\nseveral  = [1, 2, 3]\nmixed    = ["a", 1, true, null]\ntrailing = [1, 2, 3,]\nspaced   = [ 1 , 2 ]\n'],
  ["comments/block-comment-at-eof.tf", "# A file ending in a block comment with no newline after it.\na = 1\n/* last */"],
  ["comments/block-comment-stars.tf", "/**\n * A documentation-style block comment with leading stars.\n **/\na = 1\n/***/\nb = 2\n/* contains // and # and /* but not a nested close */\nc = 3\n"],
  ["comments/block-comment.tf", "/* A block comment on one line. */\n/*\n  A block comment\n  over several lines.\n*/\na = 1 /* trailing block comment */\nb = /* before the value */ 2\nc /* between name and equals */ = 3\n"],
  ["comments/comment-at-eof.tf", "# A file ending in a line comment with no newline after it.\na = 1\n# last line"],
  ["comments/comment-before-block-brace.tf", '# A block comment between the labels and the opening brace, and after the equals sign.\nvariable "x" /* comment */ {\n  default = /* comment */ 1\n}\n'],
  ["comments/comment-only.tf", "# This file has only comments.\n// Nothing else.\n/* At all. */\n"],
  ["comments/commented-out-code.tf", '# Commented-out configuration is not parsed.\n# resource "aws_instance" "old" {\n#   ami = "ami-0"\n# }\n// variable "unused" {}\n/*\nmodule "disabled" {\n  source = "./disabled"\n}\n*/\nenabled = true\n'],
  ["comments/comments-in-blocks.tf", '# Comments in block bodies, before and after items, and between labels.\nresource "aws_instance" /* between labels */ "web" { # after the brace\n  # before an attribute\n  ami = "ami-1" # after an attribute\n\n  // a lone comment line in the body\n  /* a block comment line */\n} # after the closing brace\n'],
  ["comments/comments-in-expressions.tf", '# Comments inside multi-line collections, calls, and for-expressions.\nlist = [\n  "a", # first\n  // second comes next\n  "b", /* inline */\n  "c"\n]\nobj = {\n  # comment line in an object\n  a = 1 // after item\n  b = 2 /* after item */\n}\ncall = merge(\n  var.a, # first argument\n  var.b  // second argument\n)\nfor = [for x in var.xs : # comment after colon\n  x\n]\n'],
  ["comments/comments-in-templates.tf", '# Comment markers inside interpolations are comments; in template text they are text.\na = "# text ${var.x /* an inline comment in an interpolation */} // text"\nb = <<EOT\n# not a comment\n${var.y # a line comment inside an interpolation\n}\nEOT\n'],
  ["comments/double-slash.tf", "// A double-slash line comment.\na = 1 // trailing double-slash comment\n//no space\nb = 2\n"],
  ["comments/hash.tf", "# A hash line comment at the top.\n# Another one.\na = 1 # trailing hash comment\n#no space after the hash\nb = 2\n"],
  ["comments/one-line-block-comment.tf", "# A trailing comment after a one-line block.\nlifecycle { prevent_destroy = true } # keep it\n"],
  ["errors/attribute-then-block-same-line.invalid.tf", "# A block starting on the same line as an attribute.\na = 1 b {}\n"],
  ["errors/backtick.invalid.tf", "# Backticks are not string delimiters.\na = `text`\n"],
  ["errors/binary-missing-operand.invalid.tf", "# A binary operator at the end of the expression.\na = 1 +\n"],
  ["errors/block-brace-content-same-line.invalid.tf", "# A multi-line block whose first attribute starts on the opening brace's line.\nblock { a = 1\n  b = 2\n}\n"],
  ["errors/block-with-equals.invalid.tf", '# A block with a label and an equals sign.\nthing "x" = {\n  a = 1\n}\n'],
  ["errors/body-level-comma.invalid.tf", "# A comma after an attribute in a body.\na = 1,\nb = 2\n"],
  ["errors/conditional-missing-colon.invalid.tf", "# A conditional without its false branch.\na = var.x ? 1\n"],
  ["errors/digit-attribute-name.invalid.tf", "# An attribute name may not start with a digit.\n1abc = 2\n"],
  ["errors/double-else.invalid.tf", '# Two else clauses in one if directive.\na = "%{ if var.x }a%{ else }b%{ else }c%{ endif }"\n'],
  ["errors/double-equals-attribute.invalid.tf", "# == where = was meant.\na == 1\n"],
  ["errors/duplicate-attribute-in-block.invalid.tf", '# The same attribute twice inside a block body is an error.\nresource "x" "y" {\n  name = "a"\n  name = "b"\n}\n'],
  ["errors/duplicate-attribute.invalid.tf", '# The same attribute twice in one body is an error ("Attribute redefined").\na = 1\na = 2\n'],
  ["errors/ellipsis-not-last.invalid.tf", "# The ... expansion is only allowed on the last argument.\na = f(var.xs..., 1)\n"],
  ["errors/else-without-if.invalid.tf", '# An else with no if open.\na = "x%{ else }y"\n'],
  ["errors/empty-interpolation.invalid.tf", '# An interpolation with no expression in it.\na = "${}"\n'],
  ["errors/endfor-without-for.invalid.tf", '# An endfor with no for open.\na = "x%{ endfor }"\n'],
  ["errors/endif-without-if.invalid.tf", '# An endif with no if open.\na = "text%{ endif }"\n'],
  ["errors/extra-closing-brace.invalid.tf", "# A closing brace with no block open.\na = 1\n}\n"],
  ["errors/for-as-object-key.invalid.tf", "# An object whose first key is the bare name for is read as a for-expression and fails.\na = {for = 1, baz = 2}\n"],
  ["errors/for-as-tuple-element.invalid.tf", "# A tuple starting with the name for is read as a for-expression and fails.\na = [for, foo, baz]\n"],
  ["errors/for-directive-without-in.invalid.tf", '# A for directive missing its in keyword.\na = "%{ for x var.xs }${x}%{ endfor }"\n'],
  ["errors/for-missing-colon.invalid.tf", "# A for-expression without the colon after its collection.\na = [for x in var.xs x]\n"],
  ["errors/for-missing-in.invalid.tf", "# A for-expression without in.\na = [for x var.xs : x]\n"],
  ["errors/for-object-without-arrow.invalid.tf", "# An object for-expression needs a key => value pair.\na = {for x in var.xs : x}\n"],
  ["errors/for-tuple-with-arrow.invalid.tf", "# A tuple for-expression may not have a key expression.\na = [for x in var.xs : x => x]\n"],
  ["errors/heredoc-marker-comment.invalid.tf", "# A comment on the heredoc opening line is not allowed; the marker must end the line.\ntext = <<EOT # comment\nx\nEOT\n"],
  ["errors/heredoc-marker-followed.invalid.tf", "# A heredoc closing marker followed by other text on its line does not close it.\ntext = <<EOT\nx\nEOT)\n"],
  ["errors/heredoc-no-marker.invalid.tf", "# << without an identifier.\ntext = <<\nx\n"],
  ["errors/heredoc-no-newline.invalid.tf", "# Text after the heredoc marker on the opening line.\ntext = <<EOT trailing\nx\nEOT\n"],
  ["errors/heredoc-unterminated-interpolation.invalid.tf", "# An interpolation in a heredoc that is never closed.\ntext = <<EOT\nvalue ${var.x\nEOT\n"],
  ["errors/heredoc-wrong-marker.invalid.tf", "# The closing line uses a different marker than the opening line.\ntext = <<EOT\nx\nEND\n"],
  ["errors/if-without-endif.invalid.tf", '# An if directive with no endif.\na = "%{ if var.x }yes"\n'],
  ["errors/invalid-character.invalid.tf", "# A character the language does not use.\na = @value\n"],
  ["errors/invalid-escape.invalid.tf", '# An escape sequence that does not exist.\na = "bad \\q escape"\n'],
  ["errors/invalid-utf8.invalid.tf", "# An invalid UTF-8 byte where a token should start.\na = �\n"],
  ["errors/label-after-brace.invalid.tf", '# A block label after the opening brace.\nresource { "aws_instance" }\n'],
  ["errors/label-depth-conflict.invalid.tf", '# Syntactically valid, but hcl2json cannot convert it: the same type and first label\n# are used once with one label and once with two, so one key would be both a list and an object.\nthing "a" {\n  x = 1\n}\nthing "a" "b" {\n  y = 2\n}\n'],
  ["errors/legacy-index-chain.invalid.tf", "# Chained legacy indexes: 0.0 is read as a number and the traversal breaks.\na = foo.0.0.bar\n"],
  ["errors/lone-not.invalid.tf", "# A unary operator with no operand.\na = !\n"],
  ["errors/many-errors.invalid.tf", '# Several unrelated errors in one file, so recovery can report more than one.\na = = 1\nb = [1, 2\nc = "ok"\nd = )\ne { f = 1 g = 2 }\n'],
  ["errors/mismatched-directive-end.invalid.tf", '# An if directive closed by endfor.\na = "%{ if var.x }y%{ endfor }"\n'],
  ["errors/missing-block-body.invalid.tf", '# A block header with no body at end of file.\nresource "aws_instance" "web"\n'],
  ["errors/missing-equals.invalid.tf", '# An attribute name followed by a value with no equals sign.\nname "value"\n'],
  ["errors/missing-value.invalid.tf", "# An equals sign with nothing after it on the line.\na =\nb = 2\n"],
  ["errors/nested-attr-splat.invalid.tf", "# An attribute-only splat may not contain another .* splat.\na = x.*.b.*.c\n"],
  ["errors/newline-in-string.invalid.tf", '# A quoted string may not span lines.\na = "first\nsecond"\n'],
  ["errors/nul-byte.invalid.tf", "# A NUL byte between tokens.\na = 1\0\nb = 2\n"],
  ["errors/number-bad-exponent.invalid.tf", "# An exponent mark with no digits.\na = 1e\n"],
  ["errors/number-label.invalid.tf", "# A block label must be a string or identifier, not a number.\nthing 1 {\n}\n"],
  ["errors/number-trailing-dot.invalid.tf", "# A number with a dot and no digits after it.\na = 1.\n"],
  ["errors/object-items-same-line.invalid.tf", "# Two object items on one line without a comma.\na = { x = 1 y = 2 }\n"],
  ["errors/object-missing-separator.invalid.tf", "# An object item without = or :.\na = { key 1 }\n"],
  ["errors/one-line-block-missing-equals.invalid.tf", "# A one-line block holding a bare name.\nb { x }\n"],
  ["errors/one-line-block-nested-block.invalid.tf", "# A one-line block may not hold a nested block.\nouter { inner {} }\n"],
  ["errors/one-line-block-trailing.invalid.tf", "# Something after a one-line block on the same line.\na { x = 1 } b = 2\n"],
  ["errors/one-line-block-two-attributes.invalid.tf", "# A one-line block may hold at most one attribute.\ntags { a = 1, b = 2 }\n"],
  ["errors/operators-hcl-lacks.invalid.tf", "# Characters HCL has no use for: bitwise operators, a statement separator, a single quote.\na = 1 & 2\nb = 1 | 2\nc = 1 ^ 2\nd = 1;\ne = 'x'\n"],
  ["errors/provider-function-incomplete.invalid.tf", "# A namespaced function name that stops after ::.\na = provider::aws::\n"],
  ["errors/short-big-unicode-escape.invalid.tf", '# A \\U escape with fewer than eight hex digits.\na = "\\U0001F6"\n'],
  ["errors/short-unicode-escape.invalid.tf", '# A \\u escape with fewer than four hex digits.\na = "\\u12"\n'],
  ["errors/strip-marker-alone.invalid.tf", "# A tilde is not an operator outside template sequences.\na = ~var.x\n"],
  ["errors/template-for-null.invalid.tf", '# Syntactically valid, but hcl2json evaluates a for directive\'s lone null interpolation and fails.\na = "%{ for x in y }${null}%{ endfor }"\n'],
  ["errors/template-label.invalid.tf", '# A block label may not contain interpolation.\nresource "aws_instance" "${var.name}" {\n}\n'],
  ["errors/trailing-dot.invalid.tf", "# A traversal ending in a dot.\na = var.\n"],
  ["errors/tuple-missing-comma.invalid.tf", "# Two tuple elements without a comma.\na = [1 2]\n"],
  ["errors/two-attributes-one-line.invalid.tf", "# Two attributes on one line.\na = 1 b = 2\n"],
  ["errors/two-values.invalid.tf", "# Two expressions side by side with no operator.\na = 1 2\n"],
  ["errors/unary-minus-bool.invalid.tf", "# Syntactically valid, but hcl2json evaluates -true and fails: a bool is not a number.\na = -true\n"],
  ["errors/unary-not-null.invalid.tf", "# Syntactically valid, but hcl2json evaluates a unary operator on a literal, and !null fails.\na = !null\n"],
  ["errors/unary-not-number.invalid.tf", "# Syntactically valid, but hcl2json evaluates !5 and fails: a number is not a bool.\na = [!5]\n"],
  ["errors/unary-plus.invalid.tf", "# There is no unary plus operator.\na = +1\n"],
  ["errors/unclosed-block-comment.invalid.tf", "# A block comment that is never closed.\na = 1\n/* never closed\nb = 2\n"],
  ["errors/unclosed-block.invalid.tf", '# A block whose closing brace is missing.\nresource "aws_instance" "web" {\n  ami = "ami-1"\n'],
  ["errors/unclosed-call.invalid.tf", "# A function call with no closing parenthesis.\na = max(1, 2\n"],
  ["errors/unclosed-nested-blocks.invalid.tf", "# Several nested blocks left open: recovery must report them.\na {\n  b {\n    c {\n      x = 1\n"],
  ["errors/unclosed-object.invalid.tf", "# An object with no closing brace.\na = { x = 1\n"],
  ["errors/unclosed-parenthesis.invalid.tf", "# A parenthesised expression with no closing parenthesis.\na = (1 + 2\nb = 3\n"],
  ["errors/unclosed-tuple.invalid.tf", "# A tuple with no closing bracket.\na = [1, 2\nb = 3\n"],
  ["errors/unknown-directive.invalid.tf", '# A directive keyword that does not exist.\na = "%{ while true }x%{ endwhile }"\n'],
  ["errors/unterminated-heredoc.invalid.tf", "# A heredoc whose closing marker never appears.\ntext = <<EOT\nline\n"],
  ["errors/unterminated-interpolation.invalid.tf", '# An interpolation that is never closed.\na = "${var.x"\n'],
  ["errors/unterminated-string-at-eof.invalid.tf", '# A quoted string that runs to the end of the file.\na = "abc'],
  ["errors/unterminated-string.invalid.tf", '# A quoted string with no closing quote.\na = "never closed\nb = 2\n'],
  ["errors/value-at-eof.invalid.tf", "# An equals sign at the very end of the file.\na =\n"],
  ["expressions/arithmetic.tf", "# Every arithmetic operator.\nadd = var.a + var.b\nsub = var.a - var.b\nmul = var.a * var.b\ndiv = var.a / var.b\nmod = var.a % var.b\nlit = 1 + 2 - 3 * 4 / 5 % 6\n"],
  ["expressions/associativity.tf", "# Operators of one level associate to the left.\na = var.x / var.y * var.z\nb = var.a - var.b - var.c\nc = var.a % var.b % var.c\nd = var.p && var.q && var.r\ne = var.p == var.q == var.r\n"],
  ["expressions/attr-splat.tf", "# The attribute-only splat .* followed by attribute accesses.\na = aws_instance.web.*.id\nb = var.objects.*.name.first\nc = var.list.*\nd = aws_instance.web.*.id[0]\n"],
  ["expressions/comparison.tf", "# Every comparison operator.\neq = var.a == var.b\nne = var.a != var.b\nlt = var.a < var.b\nle = var.a <= var.b\ngt = var.a > var.b\nge = var.a >= var.b\n"],
  ["expressions/comparisons-mixed.tf", '# Comparison operators of the same level chained, mixed with arithmetic and logic.\na = var.a < var.b < var.c\nb = var.a + 1 >= var.b - 1 && var.c % 2 == 0\nc = var.s != "" || var.t != ""\n'],
  ["expressions/complex-mix.tf", '# Many expression kinds combined in one attribute.\nvalue = merge(\n  { for k, v in var.map : k => v.enabled ? v.value : null if v != null },\n  length(var.list) > 0 ? { first = var.list[0] } : {},\n  { ids = aws_instance.web[*].id, names = [for i in var.items : "${i.name}-${i.id}"] },\n)\n'],
  ["expressions/conditional-complex.tf", "# Conditionals with collections, for-expressions and calls in each branch.\na = var.use_list ? [for x in var.xs : x] : []\nb = var.use_map ? { a = 1 } : { b = 2 }\nc = var.x == null ? null : var.x.y\nd = !var.a ? -1 : 1\n"],
  ["expressions/conditional-multiline.tf", '# A conditional broken over lines inside parentheses.\na = (\n  var.enabled\n  ? "yes"\n  : "no"\n)\n'],
  ["expressions/conditional-nested.tf", '# Nested conditionals in the false and true branches, and as a condition.\na = var.x == 1 ? "one" : var.x == 2 ? "two" : "many"\nb = var.a ? var.b ? "ab" : "a" : "none"\nc = (var.a ? var.b : var.c) ? 1 : 2\n'],
  ["expressions/conditional.tf", '# Conditional expressions.\na = var.enabled ? 1 : 0\nb = var.env == "prod" ? "large" : "small"\nc = var.x != null ? var.x : "default"\nd = length(var.list) > 0 ? var.list[0] : null\n'],
  ["expressions/dash-in-identifiers.tf", '# Dashes belong to identifiers, so "x-1" without spaces is a name, not a subtraction.\na = var.x-1\nb = var.x - 1\nc = foo-bar\nd = local.a-b.c\ne = count.index-1\n'],
  ["expressions/for-keywords-as-names.tf", "# Variables named like keywords elsewhere, and for over a for.\na = [for in_ in var.list : in_]\nb = [for x in [for y in var.list : y] : x]\nc = [for if_ in var.list : if_ if if_ != null]\n"],
  ["expressions/for-multiline.tf", '# A for-expression spread over lines, as it is often formatted.\nsubnets = {\n  for idx, cidr in var.cidrs :\n  "subnet-${idx}" => {\n    cidr = cidr\n    az   = var.azs[idx % length(var.azs)]\n  }\n  if cidr != ""\n}\n'],
  ["expressions/for-nested.tf", '# For-expressions nested in each other.\npairs = flatten([for a in var.as : [for b in var.bs : "${a}-${b}"]])\ngrid  = { for r in var.rows : r => { for c in var.cols : c => "${r}${c}" } }\n'],
  ["expressions/for-object.tf", "# Object for-expressions, with grouping ... and a condition.\na = { for s in var.list : s => upper(s) }\nb = { for k, v in var.map : v => k }\nc = { for u in var.users : u.role => u.name... }\nd = { for k, v in var.map : k => v if v != null }\ne = { for u in var.users : u.team => u... if u.active }\n"],
  ["expressions/for-over-splat.tf", '# For-expressions over splats and with conditionals and calls in every position.\na = [for id in aws_instance.web[*].id : upper(id) if id != null]\nb = { for i in var.items : (i.key) => i.value }\nc = [for x in var.cond ? var.a : var.b : x]\nd = { for k, v in var.m : "${k}-suffix" => [for e in v : e * 2] }\n'],
  ["expressions/for-tuple.tf", '# Tuple for-expressions with one and two variables and a condition.\na = [for s in var.list : upper(s)]\nb = [for i, s in var.list : "${i}:${s}"]\nc = [for s in var.list : s if s != ""]\nd = [for k, v in var.map : v if k != "skip"]\n'],
  ["expressions/full-splat.tf", '# The full splat [*] followed by attribute and index steps.\na = aws_instance.web[*].id\nb = var.objects[*].tags["Name"]\nc = var.list[*]\nd = var.nested[*].items[0].name\ne = var.objects[*].name[0]\n'],
  ["expressions/function-expansion.tf", "# The ... expansion of a final tuple argument.\na = max(var.numbers...)\nb = concat([1], var.lists...)\nc = merge(var.maps...)\nd = min([1, 2, 3]...)\n"],
  ["expressions/function-multiline.tf", "# Function arguments over several lines, with a trailing comma and ... on the last line.\na = merge(\n  var.base,\n  {\n    extra = true\n  },\n)\nb = concat(\n  var.first,\n  var.rest...\n)\n"],
  ["expressions/functions.tf", '# Function calls with zero, one, and many arguments, and nested calls.\na = timestamp()\nb = upper("x")\nc = format("%s-%d", var.name, 5)\nd = join(",", concat(var.a, var.b))\ne = max(1, 2, 3,)\nf = lookup(var.map, "k", null)\n'],
  ["expressions/index-multiline.tf", '# Newlines inside index brackets are ignored.\na = var.map[\n  "key"\n]\n'],
  ["expressions/index.tf", '# Index operators with number, string, and expression keys.\na = var.list[0]\nb = var.map["key"]\nc = var.map[var.key]\nd = var.nested[0][1]["k"]\ne = var.list[length(var.list) - 1]\nf = aws_instance.web[count.index].id\ng = var.map["${var.prefix}-x"]\n'],
  ["expressions/legacy-index.tf", "# The legacy .N index syntax from HIL.\na = var.list.0\nb = aws_instance.web.0.id\nc = var.nested.1.name\nd = var.list.10\n"],
  ["expressions/literal-vs-expression.tf", '# hcl2json renders literal values as JSON and anything else as a ${...} template.\nlit_num    = 5\nlit_neg    = -5\nlit_list   = [1, "a", false]\nexpr_list  = [1, var.a]\nexpr_neg   = -var.a\nparen_lit  = (5)\nsum_lits   = 2 + 3\n'],
  ["expressions/logic.tf", "# Logical operators and unary not.\nand = var.a && var.b\nor  = var.a || var.b\nnot = !var.a\nmix = !var.a && var.b || var.c\n"],
  ["expressions/namespaced-function-short.tf", "# A namespaced function with a single namespace level.\na = core::max(1, 2)\n"],
  ["expressions/nested-splats.tf", "# Splats after splats: allowed unless an attribute-only splat holds another .*\na = x[*].b[*].c\nb = x[*].b.*.c\nc = x.*.b[*].c\nd = x[*][*]\ne = x.*.b[0].*.c\n"],
  ["expressions/no-spaces.tf", '# Operators and punctuation without surrounding spaces.\na=1+2*3\nb=var.a==var.b&&!var.c||var.d\nc=var.n>=1?"y":"n"\nd=[1,2,3][0]\ne={a=1,b=2}\nf=max(1,2)\ng=-var.x\n'],
  ["expressions/number-getattr.tf", "# A number literal followed by an attribute access parses (it fails only at evaluation).\na = 1.foo\nb = 1.5.bar\n"],
  ["expressions/parentheses.tf", "# Parentheses changing evaluation order, nested and redundant.\na = (1 + 2) * 3\nb = ((var.a))\nc = (var.a || var.b) && var.c\nd = (\n  var.a +\n  var.b\n)\ne = (1)\n"],
  ["expressions/postfix-on-literals.tf", '# Index and attribute access applied to tuple, object, string and call results.\na = [1, 2, 3][1]\nb = { x = 1 }.x\nc = { x = { y = 2 } }["x"].y\nd = ["a", "b"][*]\ne = "text"[0]\n'],
  ["expressions/precedence.tf", "# Operator precedence: * / % over + - over comparisons over == != over && over ||.\na = 1 + 2 * 3\nb = var.a + var.b > var.c * 2\nc = var.a == var.b && var.c != var.d || var.e\nd = var.a || var.b && var.c\ne = var.x < 1 == var.y > 2\nf = -var.a * var.b\ng = !var.a == var.b\n"],
  ["expressions/provider-functions.tf", '# Provider-defined functions named provider::NAMESPACE::FUNCTION.\na = provider::aws::arn_parse(var.arn)\nb = provider::terraform::encode_tfvars({ a = 1 })\nc = provider::local::direxists("./x").result\n'],
  ["expressions/splat-legacy-index.tf", "# A legacy numeric index step after an attribute splat is accepted.\na = var.list.*.0\nb = aws_instance.web.*.network.0.ip\n"],
  ["expressions/splat-on-calls.tf", "# Splats and traversals applied to function results and parenthesised expressions.\na = values(var.map)[*].id\nb = (var.cond ? var.x : var.y)[*].id\nc = tolist(var.set)[0]\nd = jsondecode(var.json).key.sub\n"],
  ["expressions/traversals.tf", "# Attribute access chains.\na = var.name\nb = local.settings.network.cidr\nc = aws_instance.web.private_ip\nd = data.aws_ami.ubuntu.id\ne = module.vpc.outputs.subnet_ids\nf = each.value.name\ng = count.index\nh = path.module\ni = self.id\n"],
  ["expressions/unary-on-literals.tf", '# hcl2json evaluates a unary operator applied directly to a literal of the right type.\na = !true\nb = !false\nc = -0\nd = -1.5e3\ne = [-1, !true]\nf = { n = -2 }\ng = "${-3}"\nh = !(null)\ni = -"5"\n'],
  ["expressions/unary.tf", '# Unary minus and not, repeated and on various operands.\na = -var.x\nb = !var.flag\nc = !!var.flag\nd = - -var.x\ne = -(var.a + var.b)\nf = !contains(var.list, "x")\ng = -var.list[0]\n'],
  ["expressions/variables.tf", "# Bare variable references and root names.\na = var\nb = local\nc = count\nd = each\ne = self\nf = path\ng = terraform\nh = some_resource_type\n"],
  ["heredoc/basic.tf", "# A plain heredoc.\ntext = <<EOT\nhello\nworld\nEOT\n"],
  ["heredoc/directives.tf", "# A heredoc with if and for directives and strip markers.\nconfig = <<EOT\n%{ for name, port in var.ports ~}\nlisten ${name} ${port}\n%{ endfor ~}\n%{ if var.debug ~}\ndebug on\n%{ else ~}\ndebug off\n%{ endif ~}\nEOT\n"],
  ["heredoc/empty.tf", "# Heredocs with no content lines.\na = <<EOT\nEOT\nb = <<-EOT\n  EOT\n"],
  ["heredoc/escapes-not-processed.tf", '# Backslash escapes are not processed in heredocs, but $${ and %%{ still are.\ntext = <<EOT\nbackslash n: \\n\nquote: \\"\nliteral interp: $${x}\nliteral directive: %%{ if }\nEOT\n'],
  ["heredoc/in-block.tf", '# Heredocs inside blocks, as Terraform uses them for policies and user data.\nresource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = <<-POLICY\n    {\n      "Version": "2012-10-17",\n      "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "${var.arn}" }]\n    }\n  POLICY\n}\n'],
  ["heredoc/in-expressions.tf", '# Heredocs used as function arguments and tuple elements.\njoined = join("", [<<EOT\nfirst\nEOT\n, "second"])\ntrimmed = trimspace(<<-EOT\n  padded text\n  EOT\n)\n'],
  ["heredoc/indented-uneven.tf", "# <<- with a line less indented than the others, and a blank line in the middle.\ntext = <<-EOT\n      deep\n    shallow\n\n      deep again\n  EOT\n"],
  ["heredoc/indented-with-interpolation.tf", "# <<- indentation stripping applies to literal text before interpolations at line start.\ntext = <<-EOT\n    ${var.a} first\n      ${var.b} second\n    third ${var.c}\n  EOT\n"],
  ["heredoc/indented.tf", "# <<- strips the smallest common indentation; the closing marker may be indented.\ntext = <<-EOT\n    first\n      second (two more spaces)\n    third\n    EOT\n"],
  ["heredoc/interpolation-multiline.tf", "# An interpolation spanning lines inside a heredoc.\ntext = <<EOT\nvalue: ${merge(\n  var.a,\n  var.b,\n)}\nEOT\n"],
  ["heredoc/interpolation.tf", '# A heredoc with interpolations.\nscript = <<EOT\n#!/bin/bash\necho "${var.message}"\nexport ENV=${var.env}\nEOT\n'],
  ["heredoc/marker-like-lines.tf", "# Lines that contain the marker but are not only the marker do not close the heredoc.\ntext = <<EOT\nEOT is mentioned here\nEOTX\n EOT trailing\nxEOT\nEOT\n"],
  ["heredoc/markers.tf", "# Heredoc markers may be any identifier.\na = <<END\none\nEND\nb = <<POLICY\ntwo\nPOLICY\nc = <<-my_marker\n  three\n  my_marker\nd = <<X\nfour\nX\n"],
  ["heredoc/multiple.tf", "# Several heredocs in one body, back to back.\na = <<A\naaa\nA\nb = <<B\nbbb\nB\nc = <<-C\n  ccc\n  C\n"],
  ["heredoc/not-indented-marker.tf", "# << keeps leading spaces.\ntext = <<EOT\n    kept\n  also kept\nEOT\n"],
  ["heredoc/plain-marker-indented.tf", "# Even with << (no dash) an indented closing marker ends the heredoc; the text keeps its indentation.\ntext = <<EOT\n    kept\n  EOT\nafter = 1\n"],
  ["heredoc/quotes-and-specials.tf", `# Heredoc text with quotes, hashes and braces that would mean something outside.
text = <<EOT
"quoted" 'single' # hash // slashes /* block */
{ braces } [ brackets ] ( parens ) $ alone % alone
EOT
`],
  ["heredoc/tabs.tf", "# <<- with tab indentation.\ntext = <<-EOT\n	tabbed\n		double tabbed\n	EOT\n"],
  ["lineendings/bom-crlf.tf", '\uFEFF# A byte order mark and CRLF line endings.\r\nresource "x" "y" {\r\n  a = "b"\r\n}\r\n'],
  ["lineendings/bom.tf", "\uFEFF# A UTF-8 byte order mark at the start of the file.\na = 1\n"],
  ["lineendings/crlf-basic.tf", '# CRLF line endings throughout: attributes and a block.\r\na = 1\r\nb = "two"\r\nblock "x" {\r\n  c = true\r\n}\r\n'],
  ["lineendings/crlf-collections.tf", "# CRLF inside multi-line tuples, objects, calls and for-expressions.\r\nlist = [\r\n  1,\r\n  2,\r\n]\r\nobj = {\r\n  a = 1\r\n  b = 2\r\n}\r\ncall = merge(\r\n  var.a,\r\n  var.b,\r\n)\r\nf = [\r\n  for x in var.xs :\r\n  x\r\n]\r\n"],
  ["lineendings/crlf-comments.tf", "# CRLF after a hash comment.\r\n// CRLF after a slash comment.\r\n/* a block\r\ncomment with CRLF inside */\r\na = 1 # trailing\r\n"],
  ["lineendings/crlf-heredoc.tf", "# CRLF line endings in a heredoc: the value keeps the CRLF pairs.\r\ntext = <<EOT\r\nline one\r\nline two\r\nEOT\r\nindented = <<-EOT\r\n    deep\r\n  shallow\r\n  EOT\r\n"],
  ["lineendings/crlf-no-final-newline.tf", "# CRLF lines, and no line ending after the last attribute.\r\na = 1\r\nb = 2"],
  ["lineendings/crlf-string-escape.tf", '# A quoted string with \\r\\n escapes in a CRLF file.\r\na = "one\\r\\ntwo"\r\n'],
  ["lineendings/crlf-template.tf", '# CRLF around templates and directives in a heredoc.\r\ntext = <<EOT\r\n%{ for x in var.xs ~}\r\n${x}\r\n%{ endfor ~}\r\nEOT\r\nq = "a ${var.b} c"\r\n'],
  ["lineendings/form-feed-in-heredoc.tf", "# A form feed inside heredoc text is ordinary text.\ntext = <<EOT\nx\fz\nEOT\n"],
  ["lineendings/form-feed.invalid.tf", "# A form feed character is not whitespace in HCL.\na = 1\f\nb = 2\n"],
  ["lineendings/lone-cr-in-heredoc.invalid.tf", "# A lone carriage return inside heredoc text is rejected as an invalid character.\ntext = <<EOT\nx\ry\nEOT\n"],
  ["lineendings/lone-cr-in-string.invalid.tf", '# A lone carriage return inside a quoted string is rejected.\ntext = "x\ry"\n'],
  ["lineendings/lone-cr.invalid.tf", "# A lone carriage return is not a line ending in HCL.\na = 1\rb = 2\n"],
  ["lineendings/mixed-line-endings.tf", "# Mixed LF and CRLF line endings in one file.\na = 1\r\nb = 2\nc = {\r\n  d = 3\n}\r\n"],
  ["lineendings/tabs.tf", '# Tabs as indentation and as spacing.\nblock	"x"	{\n	a	=	1\n	inner {\n		b = [	1,	2	]\n	}\n}\n'],
  ["numbers/big-numbers.tf", "# Numbers beyond 64-bit float precision: hcl2json prints them as floats.\nbig_int     = 12345678901234567890123\nmore_digits = 9007199254740993\nlong_frac   = 0.12345678901234567890123\nhuge_exp    = 1e300\n"],
  ["numbers/decimals.tf", "# Decimal literals with a fractional part.\nhalf    = 0.5\npi      = 3.14159\ntrailing_zero = 2.50\nwhole   = 10.0\ntiny    = 0.000001\n"],
  ["numbers/exponents.tf", "# Exponent forms: lower and upper case mark, with and without sign.\na = 1e3\nb = 1E3\nc = 1e+3\nd = 1e-3\ne = 2.5e10\nf = 2.5E-10\ng = 0e0\n"],
  ["numbers/integers.tf", "# Integer literals.\nzero  = 0\none   = 1\nsmall = 42\nlarge = 1000000\nmax32 = 2147483647\nmax53 = 9007199254740991\n"],
  ["numbers/leading-zeros.tf", "# Leading zeros are decimal digits, not an octal prefix.\na = 007\nb = 00.5\nc = 010\n"],
  ["numbers/negative-numbers.tf", "# A minus sign before a number is a unary operator on a literal.\na = -1\nb = -0.5\nc = -1e3\nd = - 7\ne = -0\n"],
  ["numbers/number-then-attr.tf", "# A number followed by a dot and digits is one decimal literal, and number tokens end at letters.\na = 1.5\nb = [1.25, 2.75]\n"],
  ["numbers/numbers-in-expressions.tf", "# Numbers as operands, arguments, and collection elements.\nsum   = 1 + 2.5\nlist  = [1, 2.0, 3e2]\nobj   = { n = 1e-2 }\ncall  = max(1, 22, 3.5)\nindex = var.list[0]\n"],
  ["strings/backslash-before-others.tf", '# Escaped backslashes next to quote and escape letters.\na = "\\\\n"\nb = "\\\\\\""\nc = "end\\\\"\nd = "\\\\\\\\"\n'],
  ["strings/dollar-and-percent.tf", '# Dollar and percent signs that do not start an interpolation or directive are literal.\nprice   = "$5"\npercent = "100%"\nbraces  = "{not a template}"\ndollar_end = "costs $"\npercent_end = "rate %"\nboth    = "$ % $x %y"\n'],
  ["strings/escapes-basic.tf", '# The single-character escapes: newline, carriage return, tab, quote, backslash.\nnewline   = "a\\nb"\ncr        = "a\\rb"\ntab       = "a\\tb"\nquote     = "say \\"hi\\""\nbackslash = "C:\\\\path\\\\to"\nall       = "\\n\\r\\t\\"\\\\"\n'],
  ["strings/escapes-unicode.tf", '# \\uNNNN and \\UNNNNNNNN escapes, including a supplementary-plane code point.\ne_acute = "caf\\u00e9"\nsnowman = "\\u2603"\nupper   = "\\u00C9"\nemoji   = "\\U0001F600"\nbig_u   = "\\U000000e9"\nmixed   = "x\\u0041\\U00000042y"\n'],
  ["strings/json-like.tf", '# Strings holding JSON text with escaped quotes.\npolicy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:*\\"}]}"\n'],
  ["strings/long-string.tf", '# A long single-line string.\nlong = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur."\n'],
  ["strings/simple.tf", `# Plain quoted strings.
a = "hello"
b = "hello world"
c = ""
d = " "
e = "with 'single' quotes"
`],
  ["strings/special-characters.tf", '# Strings containing characters meaningful elsewhere in the syntax.\nhash     = "# not a comment"\nslashes  = "// not a comment"\nblock    = "/* not a comment */"\nbrackets = "[]{}()"\nops      = "a + b == c && !d"\ntilde    = "~ strip marker outside a template sequence"\nequals   = "key=value"\n'],
  ["strings/template-escapes.tf", '# $${ and %%{ produce literal ${ and %{ text.\ninterp    = "$${not_interpolated}"\ndirective = "%%{ if nope }"\nmixed     = "a $${b} c %%{d} e"\ndoubled   = "$$$${x}"\n'],
  ["templates/conditional-in-interpolation.tf", '# hcl2json rewrites some conditionals inside templates as %{if} directives.\na = "${var.x ? "yes" : "no"}"\nb = "pre-${var.x ? "yes" : "no"}-post"\nc = "${var.x ? 1 : 2}"\nd = "${var.x ? var.y : "no"}"\ne = "${var.x ? "a${var.y}" : ""}"\n'],
  ["templates/directive-literal-bodies.tf", '# Directive bodies holding only a literal interpolation: hcl2json folds or drops them.\nif_null   = "%{ if c }${null}%{ endif }"\nif_number = "%{ if c }${1}%{ endif }"\nfor_str   = "%{ for x in y }${"s"}%{ endfor }"\nfor_strip = "%{ for x in y }${null ~} %{ endfor }"\nif_var    = "%{ if c }${x}%{ endif }"\n'],
  ["templates/directive-spacing.tf", '# Directive keywords with extra spaces and none, and expressions in for directives.\na = "%{if var.x}A%{endif}"\nb = "%{   if    var.x   }A%{   endif   }"\nc = "%{ for i, v in concat(var.a, var.b) }${i}%{ endfor }"\nd = "%{ for v in [for x in var.xs : x if x != ""] }${v}%{ endfor }"\n'],
  ["templates/dollar-brace-edges.tf", '# A dollar or percent directly before an interpolation, and a lone dollar at the end.\na = "$${var.x}"\nb = "$$${var.x}"\nc = "%${var.x}"\nd = "${var.x}$"\ne = "%%${var.x}"\n'],
  ["templates/escapes-with-interpolation.tf", '# Escaped template introducers next to real interpolations.\na = "$${literal} ${var.real}"\nb = "%%{literal} %{ if var.c }real%{ endif }"\nc = "\\"${var.q}\\""\nd = "line1\\n${var.x}\\tend"\n'],
  ["templates/for-and-if.tf", '# A for directive with an if directive inside it.\ncsv = "%{ for i, v in var.list }${v}%{ if i < length(var.list) - 1 },%{ endif }%{ endfor }"\n'],
  ["templates/for-directive.tf", '# %{for} with one and two iteration variables.\nvalues = "%{ for v in var.list }${v},%{ endfor }"\npairs  = "%{ for k, v in var.map }${k}=${v};%{ endfor }"\ntight  = "%{for x in var.xs}[${x}]%{endfor}"\n'],
  ["templates/heredoc-in-interpolation.tf", "# A heredoc inside an interpolation inside a quoted string is not possible, but inside a heredoc it is.\ntext = <<OUTER\nbefore ${trimspace(<<INNER\ninner text\nINNER\n)} after\nOUTER\n"],
  ["templates/if-directive.tf", '# %{if} with and without %{else}.\nsimple    = "%{ if var.enabled }on%{ endif }"\nwith_else = "%{ if var.enabled }on%{ else }off%{ endif }"\ntext      = "state: %{ if var.x > 1 }many%{ else }few%{ endif }."\ntight     = "%{if var.a}A%{else}B%{endif}"\n'],
  ["templates/if-nested.tf", '# Nested if directives and an if holding interpolations.\nnested = "%{ if var.a }%{ if var.b }ab%{ else }a%{ endif }%{ else }none%{ endif }"\ninterp = "%{ if var.name != "" }Hello, ${var.name}!%{ else }Hello!%{ endif }"\n'],
  ["templates/interpolation-expressions.tf", '# Interpolations holding every kind of expression.\narith   = "total: ${var.a + var.b * 2}"\ncond    = "mode: ${var.prod ? "prod" : "dev"}"\ncall    = "upper: ${upper(var.name)}"\nindex   = "first: ${var.list[0]}"\nsplat   = "ids: ${join(",", aws_instance.web[*].id)}"\nforexpr = "${join(",", [for s in var.list : upper(s)])}"\nobject  = "${jsonencode({ a = 1, b = [2, 3] })}"\nparen   = "${(var.a + var.b) * var.c}"\nunary   = "${!var.enabled}"\n'],
  ["templates/interpolation-in-object-and-tuple.tf", '# Templates as tuple elements and object values.\nlist = ["${var.a}-1", "plain", "${var.b}"]\nobj  = { name = "app-${var.env}", plain = "text" }\n'],
  ["templates/interpolation-literals.tf", '# Interpolations of constant literals: hcl2json may fold some of these.\nnumber  = "${1}"\nstring  = "${"text"}"\nboolean = "${true}"\nnull_   = "${null}"\ntext_n  = "n=${1}"\n'],
  ["templates/interpolation-multiline.tf", '# An interpolation whose expression spans several lines inside a quoted template.\nvalue = "${join(",", [\n  "a",\n  "b",\n])}"\ncond = "${\n  var.x\n  ? "yes"\n  : "no"\n}"\n'],
  ["templates/interpolation-simple.tf", '# A single interpolation, and interpolations with surrounding text.\nonly   = "${var.name}"\nprefix = "web-${var.env}"\nsuffix = "${var.env}-web"\nmiddle = "a-${var.b}-c"\ntwo    = "${var.a}${var.b}"\n'],
  ["templates/interpolation-spacing.tf", '# Whitespace inside interpolation braces.\ntight  = "${var.a}"\nspaced = "${ var.a }"\nwide   = "${    var.a    }"\ntabs   = "${	var.a	}"\n'],
  ["templates/interpolation-unicode.tf", '# Templates with non-ASCII text around interpolations.\ngreeting = "héllo ${var.name} — ✓"\nemoji    = "🚀 ${var.release} 🚀"\n'],
  ["templates/literal-interpolations-folded.tf", '# hcl2json folds literal interpolations into the surrounding text; null alone stays null.\na = "n=${1}, b=${true}, s=${"str"}"\nb = "${1.50}"\nc = "${null}"\nd = "x${-2}y"\ne = "${1e3} and ${007}"\n'],
  ["templates/nested-templates.tf", '# Quoted templates nested inside interpolations.\nnested  = "outer ${"inner ${var.x} inner"} outer"\ndeeper  = "${"${"${var.deep}"}"}"\nquoted  = "${lookup(var.map, "key-${var.suffix}", "default")}"\n'],
  ["templates/null-interpolation.tf", '# hcl2json renders a literal null interpolation as text "null" beside other parts.\na = "value: ${null}"\nb = "x ${null} %{ if c }y%{ endif }"\n'],
  ["templates/strip-markers-directives.tf", '# ~ strip markers on directives.\nif_strip  = "%{ if true ~}   hello   %{~ endif }"\nfor_strip = "%{ for v in var.list ~}  ${v}  %{~ endfor }"\nelse_strip = "x %{~ if var.a ~} A %{~ else ~} B %{~ endif ~} y"\n'],
  ["templates/strip-markers.tf", '# ~ strip markers on interpolations: left, right, and both.\nleft  = "hello ${~ "world" }"\nright = "${ "hello" ~} world"\nboth  = "a   ${~ var.x ~}   b"\nnone  = "a ${var.x} b"\n'],
  ["templates/strip-newlines-heredoc.tf", "# Strip markers in heredocs remove the adjacent newline and spaces.\ntext = <<EOT\nstart\n  ${~ var.a ~}\nend\n%{~ if var.b ~}\n  inside\n%{~ endif ~}\ndone\nEOT\n"],
  ["templates/template-object-keys.tf", '# Template keys in objects, with interpolations and with escapes.\nobj = {\n  "${var.env}-name" = 1\n  "plain-${1}"      = 2\n  "tab\\tkey"        = 3\n  "$${literal}"     = 4\n}\n'],
  ["templates/unwrapping.tf", '# Templates that are a single interpolation versus interpolation with empty text.\nsingle      = "${var.x}"\nnested      = "${"${var.x}"}"\ntwo_interps = "${""}${var.x}"\nfor_single  = "%{ for v in [var.x] }${v}%{ endfor }"\n'],
  ["terraform/azure.tf", '# An Azure resource group and virtual network with a splat and a conditional.\nresource "azurerm_resource_group" "rg" {\n  name     = "rg-${var.name}"\n  location = var.location\n}\n\nresource "azurerm_virtual_network" "vnet" {\n  name                = "vnet-${var.name}"\n  address_space       = ["10.1.0.0/16"]\n  location            = azurerm_resource_group.rg.location\n  resource_group_name = azurerm_resource_group.rg.name\n\n  dynamic "subnet" {\n    for_each = var.subnets\n    content {\n      name           = subnet.key\n      address_prefix = subnet.value\n    }\n  }\n\n  tags = var.environment == "prod" ? merge(var.tags, { Critical = "yes" }) : var.tags\n}\n'],
  ["terraform/check-block.tf", '# A check block with a scoped data source and an assertion.\ncheck "health" {\n  data "http" "site" {\n    url = "https://${aws_lb.main.dns_name}/health"\n  }\n\n  assert {\n    condition     = data.http.site.status_code == 200\n    error_message = "${data.http.site.url} returned ${data.http.site.status_code}."\n  }\n}\n'],
  ["terraform/cloud-block.tf", '# The cloud block for HCP Terraform, with workspace tags.\nterraform {\n  cloud {\n    organization = "example"\n    workspaces {\n      tags = ["app", "prod"]\n    }\n  }\n}\n'],
  ["terraform/count-conditional.tf", '# A count driven by a conditional and references to the optional instance.\nresource "aws_eip" "nat" {\n  count  = var.create_nat ? length(local.azs) : 0\n  domain = "vpc"\n}\n\noutput "nat_ip" {\n  value = one(aws_eip.nat[*].public_ip)\n}\n\noutput "nat_ip_try" {\n  value = try(aws_eip.nat[0].public_ip, null)\n}\n'],
  ["terraform/data-sources.tf", '# Data sources with filters and nested blocks.\ndata "aws_ami" "ubuntu" {\n  most_recent = true\n  owners      = ["099720109477"]\n\n  filter {\n    name   = "name"\n    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]\n  }\n\n  filter {\n    name   = "virtualization-type"\n    values = ["hvm"]\n  }\n}\n\ndata "aws_availability_zones" "available" {\n  state = "available"\n}\n\ndata "aws_iam_policy_document" "assume" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["ec2.amazonaws.com"]\n    }\n  }\n}\n'],
  ["terraform/dynamic-blocks.tf", '# Dynamic blocks with iterator, labels, nested dynamic and a for_each over a for-expression.\nresource "aws_security_group" "web" {\n  name   = "web"\n  vpc_id = module.vpc.vpc_id\n\n  dynamic "ingress" {\n    for_each = var.ingress_rules\n    iterator = rule\n    content {\n      from_port   = rule.value.port\n      to_port     = rule.value.port\n      protocol    = "tcp"\n      cidr_blocks = rule.value.cidrs\n    }\n  }\n\n  dynamic "egress" {\n    for_each = { for e in var.egress : e.name => e if e.enabled }\n    content {\n      from_port = egress.value.from\n      to_port   = egress.value.to\n      protocol  = "-1"\n    }\n  }\n}\n\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n\n  dynamic "default_action" {\n    for_each = var.actions\n    content {\n      type = default_action.value.type\n\n      dynamic "redirect" {\n        for_each = default_action.value.redirect != null ? [default_action.value.redirect] : []\n        content {\n          status_code = redirect.value.code\n        }\n      }\n    }\n  }\n}\n'],
  ["terraform/ecs-task.tf", '# An ECS task definition with container definitions as a jsonencoded list and a heredoc.\nresource "aws_ecs_task_definition" "app" {\n  family                   = "app"\n  requires_compatibilities = ["FARGATE"]\n  cpu                      = 256\n  memory                   = 512\n\n  container_definitions = jsonencode([\n    {\n      name      = "app"\n      image     = "${var.repository_url}:${var.image_tag}"\n      essential = true\n      portMappings = [{ containerPort = 80, hostPort = 80 }]\n      environment = [for k, v in var.env : { name = k, value = v }]\n    }\n  ])\n}\n\nresource "aws_ecs_task_definition" "legacy" {\n  family                = "legacy"\n  container_definitions = <<DEFS\n[\n  {\n    "name": "legacy",\n    "image": "nginx:1.25.3",\n    "memory": 128\n  }\n]\nDEFS\n}\n'],
  ["terraform/for-each.tf", '# for_each over a map and a set, with each.key and each.value.\nresource "aws_s3_bucket" "this" {\n  for_each = var.buckets\n  bucket   = "${local.name_prefix}-${each.key}"\n  tags     = each.value.tags\n}\n\nresource "aws_iam_user" "users" {\n  for_each = toset(var.user_names)\n  name     = each.value\n}\n'],
  ["terraform/gcp.tf", '# A Google Cloud compute instance with nested blocks and metadata.\nresource "google_compute_instance" "vm" {\n  name         = "vm-${random_id.suffix.hex}"\n  machine_type = "e2-medium"\n  zone         = "${var.region}-b"\n\n  boot_disk {\n    initialize_params {\n      image = "debian-cloud/debian-12"\n      size  = 20\n    }\n  }\n\n  network_interface {\n    network = google_compute_network.main.id\n    access_config {}\n  }\n\n  metadata = {\n    enable-oslogin = "TRUE"\n    startup-script = file("${path.module}/startup.sh")\n  }\n\n  service_account {\n    scopes = ["cloud-platform"]\n  }\n\n  labels = {\n    env = var.environment\n  }\n}\n'],
  ["terraform/iam-policy.tf", '# An IAM policy via jsonencode with a nested object literal.\nresource "aws_iam_role_policy" "s3" {\n  name = "s3-access"\n  role = aws_iam_role.app.id\n\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["s3:GetObject", "s3:PutObject"]\n        Resource = ["${aws_s3_bucket.this["data"].arn}/*"]\n        Condition = {\n          StringEquals = {\n            "aws:RequestedRegion" = var.region\n          }\n        }\n      },\n    ]\n  })\n}\n'],
  ["terraform/ignore-changes-all.tf", '# ignore_changes = all, the bare keyword form.\nresource "aws_autoscaling_group" "asg" {\n  desired_capacity = 2\n\n  lifecycle {\n    ignore_changes = all\n  }\n}\n'],
  ["terraform/kubernetes.tf", '# A Kubernetes deployment with deeply nested blocks and a pinned image.\nresource "kubernetes_deployment" "app" {\n  metadata {\n    name      = "app"\n    namespace = kubernetes_namespace.app.metadata[0].name\n    labels    = { app = "app" }\n  }\n\n  spec {\n    replicas = 3\n    selector {\n      match_labels = { app = "app" }\n    }\n    template {\n      metadata {\n        labels = { app = "app" }\n      }\n      spec {\n        container {\n          name  = "app"\n          image = "registry.example.com/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"\n          port {\n            container_port = 8080\n          }\n          env {\n            name  = "DB_HOST"\n            value = aws_db_instance.main.address\n          }\n          resources {\n            limits = {\n              cpu    = "500m"\n              memory = "512Mi"\n            }\n          }\n        }\n      }\n    }\n  }\n}\n'],
  ["terraform/locals.tf", '# Locals with for-expressions, conditionals, merges and templates.\nlocals {\n  name_prefix = "${var.project}-${var.environment}"\n  common_tags = merge(var.tags, {\n    Project     = var.project\n    Environment = var.environment\n  })\n  is_prod      = var.environment == "prod"\n  azs          = slice(data.aws_availability_zones.available.names, 0, 3)\n  subnet_map   = { for s in var.subnets : s.az => s }\n  public_ids   = [for s in aws_subnet.this : s.id if s.map_public_ip_on_launch]\n  by_team      = { for u in var.users : u.team => u.name... }\n  instance_type = local.is_prod ? "m5.large" : "t3.micro"\n}\n'],
  ["terraform/modules.tf", '# Module calls: registry, git and local sources, with count, for_each, providers and depends_on.\nmodule "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.5.1"\n\n  name            = local.name_prefix\n  cidr            = "10.0.0.0/16"\n  azs             = local.azs\n  private_subnets = [for i, az in local.azs : cidrsubnet("10.0.0.0/16", 8, i)]\n  public_subnets  = [for i, az in local.azs : cidrsubnet("10.0.0.0/16", 8, i + 100)]\n}\n\nmodule "app" {\n  source   = "git::https://example.com/app.git?ref=v1.2.3"\n  for_each = var.apps\n  name     = each.key\n  image    = each.value.image\n\n  providers = {\n    aws = aws.us_east_1\n  }\n\n  depends_on = [module.vpc]\n}\n\nmodule "local" {\n  source = "./modules/local"\n  count  = var.enabled ? 1 : 0\n}\n'],
  ["terraform/moved-import-removed.tf", '# moved, import and removed blocks.\nmoved {\n  from = aws_instance.old\n  to   = aws_instance.web[0]\n}\n\nmoved {\n  from = module.old\n  to   = module.app["main"]\n}\n\nimport {\n  to = aws_s3_bucket.this["logs"]\n  id = "my-logs-bucket"\n}\n\nimport {\n  for_each = var.existing\n  to       = aws_iam_user.users[each.key]\n  id       = each.value\n}\n\nremoved {\n  from = aws_instance.legacy\n  lifecycle {\n    destroy = false\n  }\n}\n'],
  ["terraform/outputs.tf", '# Outputs with descriptions, sensitivity, depends_on and preconditions.\noutput "instance_ids" {\n  description = "IDs of the web instances."\n  value       = aws_instance.web[*].id\n}\n\noutput "db_endpoint" {\n  value     = aws_db_instance.main.endpoint\n  sensitive = true\n  depends_on = [aws_db_instance.main]\n}\n\noutput "url" {\n  value = "https://${aws_lb.main.dns_name}/"\n\n  precondition {\n    condition     = aws_lb.main.dns_name != ""\n    error_message = "The load balancer has no DNS name."\n  }\n}\n'],
  ["terraform/providers.tf", '# Provider configurations with aliases and nested assume_role and default_tags blocks.\nprovider "aws" {\n  region = var.region\n\n  default_tags {\n    tags = {\n      Environment = var.environment\n      ManagedBy   = "terraform"\n    }\n  }\n}\n\nprovider "aws" {\n  alias  = "us_east_1"\n  region = "us-east-1"\n\n  assume_role {\n    role_arn     = "arn:aws:iam::${var.account_id}:role/deploy"\n    session_name = "terraform"\n  }\n}\n'],
  ["terraform/provisioners.tf", '# Provisioners of different types in order, with connection, when and on_failure.\nresource "aws_instance" "bastion" {\n  ami           = var.ami\n  instance_type = "t3.nano"\n\n  connection {\n    type        = "ssh"\n    user        = "ubuntu"\n    host        = self.public_ip\n    private_key = file(var.key_path)\n  }\n\n  provisioner "file" {\n    source      = "scripts/setup.sh"\n    destination = "/tmp/setup.sh"\n  }\n\n  provisioner "remote-exec" {\n    inline = [\n      "chmod +x /tmp/setup.sh",\n      "/tmp/setup.sh ${var.environment}",\n    ]\n  }\n\n  provisioner "local-exec" {\n    command    = "echo ${self.private_ip} >> hosts.txt"\n    on_failure = continue\n  }\n\n  provisioner "local-exec" {\n    when    = destroy\n    command = "echo destroying ${self.id}"\n  }\n}\n'],
  ["terraform/random-and-null.tf", '# Helper resources with triggers and keepers maps.\nresource "random_id" "suffix" {\n  byte_length = 4\n  keepers = {\n    ami = data.aws_ami.ubuntu.id\n  }\n}\n\nresource "null_resource" "run" {\n  triggers = {\n    always = timestamp()\n    hash   = filesha256("${path.module}/script.sh")\n  }\n\n  provisioner "local-exec" {\n    command     = "./script.sh"\n    working_dir = path.module\n    environment = {\n      TARGET = var.environment\n    }\n    interpreter = ["/bin/bash", "-c"]\n  }\n}\n'],
  ["terraform/resource-lifecycle.tf", '# A resource with every lifecycle argument and a postcondition.\nresource "aws_instance" "web" {\n  count         = var.instance_count\n  ami           = data.aws_ami.ubuntu.id\n  instance_type = local.instance_type\n  subnet_id     = element(aws_subnet.private[*].id, count.index)\n\n  tags = merge(local.common_tags, {\n    Name = "${local.name_prefix}-web-${count.index}"\n  })\n\n  lifecycle {\n    create_before_destroy = true\n    prevent_destroy       = false\n    ignore_changes        = [tags["LastModified"], user_data]\n    replace_triggered_by  = [aws_launch_template.web.latest_version]\n\n    precondition {\n      condition     = data.aws_ami.ubuntu.architecture == "x86_64"\n      error_message = "The AMI must be for x86_64."\n    }\n\n    postcondition {\n      condition     = self.public_ip == null\n      error_message = "Web instances must not have public IPs."\n    }\n  }\n}\n'],
  ["terraform/templatefile.tf", '# templatefile with an object argument, and format strings with percent signs.\nlocals {\n  rendered = templatefile("${path.module}/templates/config.tpl", {\n    port    = var.port\n    servers = [for s in var.servers : s.host]\n  })\n  label   = format("%s-%03d", var.name, var.index)\n  escaped = "100%% sure, $${not_a_ref}"\n}\n'],
  ["terraform/terraform-block.tf", '# The terraform settings block: required_version, required_providers, backend, cloud.\nterraform {\n  required_version = ">= 1.5.0, < 2.0.0"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.40"\n    }\n    random = {\n      source  = "hashicorp/random"\n      version = "3.6.0"\n    }\n  }\n\n  backend "s3" {\n    bucket         = "my-state"\n    key            = "prod/terraform.tfstate"\n    region         = "eu-west-1"\n    dynamodb_table = "locks"\n    encrypt        = true\n  }\n}\n'],
  ["terraform/tfvars-style.tf", '# A tfvars-style file: only attributes with literal and collection values.\nregion        = "eu-west-1"\ninstance_count = 3\nenable_nat    = true\nazs           = ["eu-west-1a", "eu-west-1b"]\ntags = {\n  Team  = "platform"\n  Owner = "ops@example.com"\n}\n'],
  ["terraform/user-data.tf", '# User data built from a heredoc with interpolations and directives.\nresource "aws_launch_template" "web" {\n  name_prefix   = "web-"\n  image_id      = data.aws_ami.ubuntu.id\n  instance_type = "t3.micro"\n\n  user_data = base64encode(<<-EOF\n    #!/bin/bash\n    set -euo pipefail\n    echo "environment=${var.environment}" > /etc/app.env\n    %{ for k, v in var.env_vars ~}\n    echo "${k}=${v}" >> /etc/app.env\n    %{ endfor ~}\n    %{ if var.enable_monitoring ~}\n    systemctl enable node-exporter\n    %{ endif ~}\n    EOF\n  )\n}\n'],
  ["terraform/variables.tf", '# Variables with types, defaults, descriptions, sensitivity, nullability and validation.\nvariable "region" {\n  type        = string\n  default     = "eu-west-1"\n  description = "AWS region to deploy into."\n}\n\nvariable "instance_count" {\n  type    = number\n  default = 2\n\n  validation {\n    condition     = var.instance_count > 0 && var.instance_count <= 10\n    error_message = "instance_count must be between 1 and 10."\n  }\n}\n\nvariable "db_password" {\n  type      = string\n  sensitive = true\n  nullable  = false\n}\n\nvariable "tags" {\n  type = map(string)\n  default = {\n    Team = "platform"\n  }\n}\n\nvariable "subnets" {\n  type = list(object({\n    cidr = string\n    az   = string\n    public = optional(bool, false)\n  }))\n  default = []\n}\n\nvariable "image" {\n  type = string\n\n  validation {\n    condition     = can(regex("@sha256:[0-9a-f]{64}$", var.image))\n    error_message = <<-EOT\n      The image must be pinned by digest, for example:\n        nginx@sha256:...\n    EOT\n  }\n}\n'],
  ["terraform/whole-module.tf", '# A small but complete module in one file, formatted the way terraform fmt does.\nterraform {\n  required_version = ">= 1.6"\n  required_providers {\n    aws = { source = "hashicorp/aws", version = ">= 5.0" }\n  }\n}\n\nvariable "name" {\n  type = string\n}\n\nvariable "subnet_ids" {\n  type    = list(string)\n  default = []\n}\n\nlocals {\n  tags = { Name = var.name }\n}\n\nresource "aws_lb" "this" {\n  name               = var.name\n  load_balancer_type = "application"\n  subnets            = var.subnet_ids\n  tags               = local.tags\n\n  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    enabled = true\n  }\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket_prefix = "${var.name}-logs-"\n  force_destroy = false\n}\n\noutput "arn" {\n  value = aws_lb.this.arn\n}\n'],
  ["unicode/astral-escapes.tf", '# Supplementary-plane characters written literally and with \\U escapes.\nliteral = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"\nescaped = "\\U0001D518\\U0001D52B"\nmath    = "𝑥 = 𝑦"\n'],
  ["unicode/combining-identifier.tf", "# An identifier with a combining mark (ID_Continue) after its first letter.\ncafé = 1\nx = var.café\n"],
  ["unicode/combining.tf", '# Combining characters: HCL normalises string literals to NFC, identifiers are kept as written.\nescaped_decomposed = "e\\u0301"\nliteral_decomposed = "é"\nprecomposed        = "é"\nno_precomposed     = "a̐b"\nhangul_jamo        = "가"\ntemplate           = "é-${var.x}-é"\nheredoc = <<EOT\né in a heredoc\nEOT\n'],
  ["unicode/comments.tf", "# Commentaire en français — avec des accents et un emoji 🎉.\n// 中文注释\n/* Ελληνικά σχόλια */\na = 1 # 🚀\n"],
  ["unicode/emoji-positions.tf", '# Emoji before attributes on the same line affect columns but not parsing.\na = "🚀" \nb = ["🔥", "✨", "👨‍👩‍👧"]\nc = { "🔑" = "🔒" }\nd = "${var.x}🚀${var.y}"\n'],
  ["unicode/heredoc.tf", "# A heredoc with multi-byte characters and an indented form.\ntext = <<-EOT\n    première ligne\n      二行目 🚀\n    EOT\n"],
  ["unicode/identifier-traversals.tf", "# Non-ASCII identifiers used in traversals and block labels.\nref = var.données.clé\nblock ünïcödé {\n  ключ = local.值\n}\n"],
  ["unicode/identifiers.tf", '# Identifiers made of non-ASCII letters.\ncafé     = 1\n名前      = "name"\nпеременная = true\nαβγ      = [1, 2]\n'],
  ["unicode/strings.tf", '# Non-ASCII text in strings: accented Latin, CJK, Cyrillic, Arabic, emoji.\nlatin    = "Ça va, señor? Grüße!"\ncjk      = "日本語のテキスト"\ncyrillic = "Привет, мир"\narabic   = "مرحبا"\nemoji    = "🚀🔥✨"\nflag     = "🇫🇷"\nfamily   = "👨‍👩‍👧"\n'],
  ["unicode/zero-width.tf", '# Zero-width joiner and non-breaking space inside strings.\nzwj  = "a‍b"\nnbsp = "a b"\n']
];

// src/hcl/warm-up.ts
var warmedUp = false;
function warmUpParser() {
  if (warmedUp) return;
  warmedUp = true;
  for (const [name, text] of WARM_UP_SAMPLES) parseNative(text, name);
}

// src/engine/lint.ts
import * as path8 from "node:path";

// src/eval/modules.ts
import * as nodePath4 from "node:path";

// src/util/memo.ts
function memoOfPairs(compute, limit = 1e4) {
  const table = /* @__PURE__ */ new Map();
  let size = 0;
  return (a, b) => {
    let value = table.get(a)?.get(b);
    if (value !== void 0) return value;
    if (size >= limit) {
      table.clear();
      size = 0;
    }
    let byB = table.get(a);
    if (!byB) table.set(a, byB = /* @__PURE__ */ new Map());
    value = compute(a, b);
    byB.set(b, value);
    size++;
    return value;
  };
}

// src/eval/scope.ts
import * as nodePath3 from "node:path";

// src/eval/typeexpr.ts
var ANY = { kind: "any" };
var parsedTypes = /* @__PURE__ */ new WeakMap();
function parseType(expr) {
  let spec = parsedTypes.get(expr);
  if (spec === void 0) parsedTypes.set(expr, spec = readType(expr) ?? null);
  return spec ?? void 0;
}
function readType(expr) {
  const legacy = literalString(expr);
  if (legacy !== void 0) {
    if (legacy === "string") return { kind: "string" };
    if (legacy === "list") return { kind: "list", elem: ANY };
    if (legacy === "map") return { kind: "map", elem: ANY };
    return void 0;
  }
  if (expr.type === "Parentheses") return readType(expr.expr);
  if (expr.type === "Variable") {
    switch (expr.name) {
      case "string":
      case "number":
      case "bool":
        return { kind: expr.name };
      case "any":
        return ANY;
      case "list":
      case "set":
      case "map":
        return { kind: expr.name, elem: ANY };
      default:
        return void 0;
    }
  }
  if (expr.type !== "FunctionCall") return void 0;
  const [arg] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map": {
      if (expr.args.length !== 1) return void 0;
      const elem = readType(arg);
      return elem && { kind: expr.name, elem };
    }
    case "tuple": {
      if (expr.args.length !== 1 || arg.type !== "Tuple") return void 0;
      const elems = [];
      for (const item of arg.items) {
        const t = readType(item);
        if (!t) return void 0;
        elems.push(t);
      }
      return { kind: "tuple", elems };
    }
    case "object": {
      if (expr.args.length !== 1 || arg.type !== "Object") return void 0;
      const attrs = /* @__PURE__ */ new Map();
      for (const item of arg.items) {
        const key = item.key.type === "Variable" ? item.key.name : literalString(item.key);
        if (key === void 0) return void 0;
        const v = item.value;
        if (v.type === "FunctionCall" && v.name === "optional" && v.args.length >= 1 && v.args.length <= 2) {
          const t = readType(v.args[0]);
          if (!t) return void 0;
          attrs.set(key, { type: t, optional: true, default: v.args[1] });
        } else {
          const t = readType(v);
          if (!t) return void 0;
          attrs.set(key, { type: t, optional: false, default: void 0 });
        }
      }
      return { kind: "object", attrs };
    }
    default:
      return void 0;
  }
}
function parsesLiterally(spec) {
  return !spec || spec.kind === "string" || spec.kind === "number" || spec.kind === "bool";
}
function valueTypeOf(spec) {
  if (!spec) return "any";
  switch (spec.kind) {
    case "any":
      return "any";
    case "string":
    case "number":
    case "bool":
      return spec.kind;
    case "list":
    case "set":
    case "tuple":
      return "tuple";
    case "map":
    case "object":
      return "object";
  }
}
function unifyAny(items) {
  const kinds = new Set(items.filter((v) => v.kind !== "null" && v.kind !== "unknown").map((v) => v.kind));
  if (kinds.size > 1 && [...kinds].every((k) => k === "string" || k === "number" || k === "bool") && kinds.has("string")) {
    return items.map((v) => v.kind === "number" || v.kind === "bool" ? stringValue(asString(v), v.origins) : v);
  }
  return [...items];
}
function convertToType(v, spec, evalDefault) {
  if (v.kind === "unknown") {
    if (v.error) return v;
    const t = valueTypeOf(spec);
    const converted = unknownValue(t === "any" ? v.type : t, v.reason ?? "unknown value", v.origins, v.pieces);
    return v.reference === void 0 ? converted : { ...converted, reference: v.reference };
  }
  if (v.kind === "null") return v;
  const fail = (what) => errorValue(`a ${what} is required`, v.origins);
  switch (spec.kind) {
    case "any":
      return v;
    case "string": {
      const s = asString(v);
      return s === void 0 ? fail("string") : v.kind === "string" ? v : stringValue(s, v.origins);
    }
    case "number": {
      if (v.kind === "number") return v;
      const n = v.kind === "string" ? parseNumber(v.value) : void 0;
      return n === void 0 ? fail("number") : numberValue(n, v.origins);
    }
    case "bool": {
      if (v.kind === "bool") return v;
      const b = v.kind === "string" ? asBool(v) : void 0;
      return b === void 0 ? fail("bool") : boolValue(b, v.origins);
    }
    case "list":
    case "set": {
      if (v.kind !== "tuple") return fail(spec.kind);
      const items = [];
      for (const item of v.items) {
        const c = convertToType(item, spec.elem, evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        items.push(c);
      }
      const unified = spec.elem.kind === "any" ? unifyAny(items) : items;
      return spec.kind === "set" ? setValue(unified, v.origins) : tupleValue(unified, v.origins);
    }
    case "map": {
      if (v.kind !== "object") return fail("map");
      const keys = [...v.entries.keys()];
      const vals = [];
      for (const k of keys) {
        const c = convertToType(v.entries.get(k), spec.elem, evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        vals.push(c);
      }
      const unified = spec.elem.kind === "any" ? unifyAny(vals) : vals;
      return objectValue(new Map(keys.map((k, i) => [k, unified[i]])), v.origins);
    }
    case "tuple": {
      if (v.kind !== "tuple" || v.items.length !== spec.elems.length) return fail(`tuple of ${spec.elems.length} elements`);
      const items = [];
      for (let i = 0; i < v.items.length; i++) {
        const c = convertToType(v.items[i], spec.elems[i], evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        items.push(c);
      }
      return tupleValue(items, v.origins);
    }
    case "object": {
      if (v.kind !== "object") return fail("object");
      const entries = /* @__PURE__ */ new Map();
      for (const [name, attr] of spec.attrs) {
        let item = v.entries.get(name);
        if (item === void 0 || item.kind === "null") {
          if (item === void 0 && !attr.optional) return errorValue(`attribute "${name}" is required`, v.origins);
          if (attr.optional) item = attr.default ? evalDefault(attr.default) : nullValue(v.origins);
        }
        const c = convertToType(item, attr.type, evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        entries.set(name, c);
      }
      return objectValue(entries, v.origins);
    }
  }
}

// src/eval/scope.ts
var NO_BINDINGS2 = /* @__PURE__ */ new Map();
var NO_READS = [];
var PATHS_READ = "\0paths";
var FILES_READ = "\0files";
function baseName4(filename) {
  return filename.replace(/\\/g, "/").split("/").pop() ?? filename;
}
function autoVarFiles(files) {
  const byName = (name) => files.find((f) => baseName4(f.filename) === name);
  const auto = files.filter((f) => {
    const b = baseName4(f.filename);
    return b.endsWith(".auto.tfvars") || b.endsWith(".auto.tfvars.json");
  }).sort((a, b) => baseName4(a.filename) < baseName4(b.filename) ? -1 : baseName4(a.filename) > baseName4(b.filename) ? 1 : 0);
  return [byName("terraform.tfvars"), byName("terraform.tfvars.json"), ...auto].filter((f) => f !== void 0);
}
function topLevelAttribute(file, name) {
  let found;
  for (const item of file.body.items) if (item.type === "Attribute" && item.name === name) found = item;
  return found;
}
var defaults = /* @__PURE__ */ new WeakMap();
var ScopeState = class {
  constructor(module, options, tree) {
    this.module = module;
    this.options = options;
    this.work = newInstanceBudget(tree);
    this.host = options.host;
    this.rootDir = options.rootDir;
    this.cwd = options.rootModuleDir ?? (options.isRoot ? module.dir : options.rootDir);
    const rel = modulePathFrom(this.cwd, module.dir);
    this.paths = { module: rel === "" ? "." : rel, root: ".", cwd: this.cwd === "" ? "." : this.cwd };
    this.tfvars = options.isRoot ? autoVarFiles(module.varFiles) : [];
    this.tracksReads = options.tracksReads === true;
  }
  module;
  options;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  /** Locals being evaluated, innermost last: a reference to one of them is a cycle. */
  pending = [];
  diagnostics = [];
  remembered = /* @__PURE__ */ new Map();
  /** The variables each computed local read (directly or through other locals). */
  localReads = /* @__PURE__ */ new Map();
  /**
   * Names of the variables read while a record is open (`startReads`):
   * records nest, each one a stretch of this log; closing the outermost
   * empties it.
   */
  readLog = [];
  openRecords = 0;
  /**
   * Set once some value depended on the order things were evaluated in (a
   * cycle of locals, a limit that was hit, such as the instance's steps):
   * from then on, what this instance computes is not a function of the
   * variables it read.
   */
  orderDependent = false;
  /** The steps all evaluation in this instance took (see `MAX_INSTANCE_STEPS`). */
  work;
  /** See `ScopeOptions.tracksReads`; without it, records are always empty. */
  tracksReads;
  diagnosticKeys = /* @__PURE__ */ new Set();
  /** How many problems evaluation reported, counting those already reported (`diagnostics` holds each once). */
  reports = 0;
  host;
  rootDir;
  cwd;
  paths;
  tfvars;
  /** The instances of this module's local module calls, by call name (see `registerModuleCall`). */
  calls = /* @__PURE__ */ new Map();
  startReads() {
    if (!this.tracksReads) return -1;
    this.openRecords++;
    return this.readLog.length;
  }
  endReads(start) {
    if (start < 0) return NO_READS;
    const log = this.readLog;
    const reads = log.length === start ? NO_READS : log.length === start + 1 ? [log[start]] : [...new Set(log.slice(start))];
    if (--this.openRecords === 0) log.length = 0;
    return reads;
  }
  /** Adds one read-log entry (a variable's name, or `PATHS_READ`/`FILES_READ`) to every open record. */
  noteRead(key) {
    if (this.openRecords > 0) this.readLog.push(key);
  }
  noteReads(names) {
    if (this.openRecords > 0) for (const n of names) this.readLog.push(n);
  }
  /** Adds what `module.<name>` depends on to every open record. */
  noteCallReads(call) {
    if (this.openRecords === 0) return;
    this.noteReads(call.reads);
    if (call.argumentReads) this.noteReads(call.argumentReads());
    this.noteRead(PATHS_READ);
    this.noteRead(FILES_READ);
  }
  report(d) {
    this.reports++;
    const key = `${d.summary}\0${d.origin.file}\0${d.origin.range.start.offset}\0${d.origin.range.end.offset}`;
    if (this.diagnosticKeys.has(key)) return;
    this.diagnosticKeys.add(key);
    this.diagnostics.push({ severity: d.severity, summary: d.summary, detail: d.detail, range: d.origin.range, filename: d.origin.file });
  }
};
var ModuleScope = class _ModuleScope {
  constructor(state, extraBindings) {
    this.state = state;
    this.extraBindings = extraBindings;
  }
  state;
  extraBindings;
  get module() {
    return this.state.module;
  }
  get modulePath() {
    return this.state.options.modulePath ?? "";
  }
  get isRoot() {
    return this.state.options.isRoot;
  }
  get paths() {
    this.state.noteRead(PATHS_READ);
    return this.state.paths;
  }
  get remembered() {
    return this.state.remembered;
  }
  /** The same object for a scope and all its `withBindings` views: a key for per-instance caches. */
  get cacheKey() {
    return this.state;
  }
  variable(name) {
    return this.variableIn(name, this.newBudget());
  }
  local(name) {
    return this.localIn(name, this.newBudget());
  }
  withBindings(bindings) {
    const merged = new Map(this.extraBindings);
    for (const [k, v] of bindings) merged.set(k, v);
    return new _ModuleScope(this.state, merged);
  }
  diagnostics() {
    return [...this.state.diagnostics];
  }
  registerCall(name, call) {
    this.state.calls.set(name, { ...call });
  }
  report(d) {
    this.state.report(d);
  }
  /** A budget for one top-level evaluation, charging this instance's too. */
  newBudget() {
    return newBudget(this.state.work);
  }
  /** A context for expressions written in `file`. */
  context(file, budget, mode = "module", bindings = NO_BINDINGS2) {
    return { scope: mode === "module" ? this : this.base(), file, bindings, budget, mode };
  }
  base() {
    return this.extraBindings.size === 0 ? this : new _ModuleScope(this.state, NO_BINDINGS2);
  }
  // -------------------------------------------------------------------------
  // Variables
  startReads() {
    return this.state.startReads();
  }
  endReads(start) {
    return this.state.endReads(start);
  }
  noteReads(names) {
    this.state.noteReads(names);
  }
  markOrderDependent() {
    this.state.orderDependent = true;
  }
  get tracksReads() {
    return this.state.tracksReads;
  }
  get orderDependent() {
    return this.state.orderDependent;
  }
  /** The value behind a read-log entry (see `readsDuring`). */
  readValue(key) {
    const s = this.state;
    if (key === PATHS_READ) return stringValue(`${s.paths.module}\0${s.paths.root}\0${s.paths.cwd}`);
    if (key === FILES_READ) return stringValue(`${s.cwd}\0${s.rootDir}`);
    return this.variable(key);
  }
  variableIn(name, budget) {
    this.state.noteRead(name);
    const cached = this.state.variables.get(name);
    if (cached) return cached;
    const decl = this.state.module.variables.get(name);
    const value = decl ? this.resolveVariable(decl, budget) : errorValue(`variable "${name}" is not declared`);
    this.state.variables.set(name, value);
    return value;
  }
  resolveVariable(decl, budget) {
    const typeSpec = decl.type ? parseType(decl.type.expr) : void 0;
    const constant = (expr, file2) => evalExpr(this.base().context(file2, budget, "constant"), expr);
    const file = decl.file.filename;
    const nullableValue = decl.nullable ? asBool(constant(decl.nullable.expr, file)) : true;
    const nullable = nullableValue ?? true;
    let value = this.assignedValue(decl.name, typeSpec, budget);
    if (value && value.kind === "null" && !nullable) value = void 0;
    if (value) return this.converted(decl, value, typeSpec, constant);
    if (!decl.default) {
      return unknownValue(valueTypeOf(typeSpec), this.isRoot ? "variable without a value" : "module argument not set");
    }
    const known = defaults.get(decl);
    if (known) return known;
    const s = this.state;
    const reports = s.reports;
    const converted = this.converted(decl, constant(decl.default.expr, file), typeSpec, constant);
    if (!budget.exhausted && !budget.incomplete && s.reports === reports) defaults.set(decl, converted);
    return converted;
  }
  /** A variable's value converted to its type; a value that does not match is unknown, with a warning. */
  converted(decl, value, typeSpec, constant) {
    if (!typeSpec || isError(value)) return value;
    const file = decl.file.filename;
    const converted = convertToType(value, typeSpec, (e) => constant(e, file));
    if (isError(converted) && !isError(value)) {
      const at = value.origins[0] ?? { file, range: decl.block.range };
      this.report({
        severity: "warning",
        summary: "Invalid value for variable",
        detail: `The value of var.${decl.name} does not match its type: ${converted.kind === "unknown" ? converted.reason : ""}. It is treated as unknown.`,
        origin: at
      });
    }
    return converted;
  }
  /** The value set for a variable from outside its module, highest precedence first; undefined when none. */
  assignedValue(name, typeSpec, budget) {
    const o = this.state.options;
    if (!o.isRoot) return o.moduleArguments?.get(name);
    const flag = o.vars?.[name];
    if (flag !== void 0) return this.parseRawValue(flag, name, typeSpec, budget);
    for (const files of [o.varFiles ?? [], this.state.tfvars]) {
      for (let i = files.length - 1; i >= 0; i--) {
        const attr = topLevelAttribute(files[i], name);
        if (attr) return evalExpr(this.base().context(files[i].filename, budget, "constant"), attr.expr);
      }
    }
    if (o.useEnv) {
      const env = o.env ?? process.env;
      const text = env[`TF_VAR_${name}`];
      if (text !== void 0) return this.parseRawValue(text, name, typeSpec, budget);
    }
    return void 0;
  }
  /** A `--var` or `TF_VAR_` value: a string for primitive types, else an HCL expression (as Terraform reads them). */
  parseRawValue(text, name, typeSpec, budget) {
    if (parsesLiterally(typeSpec)) return stringValue(text);
    const parsed = parseExpressionText(text, `<value for var.${name}>`);
    if (parsed.diagnostics.some((d) => d.severity === "error")) return errorValue(`invalid value for var.${name}`);
    return stripOrigins(evalExpr(this.base().context("", budget, "constant"), parsed.expr));
  }
  // -------------------------------------------------------------------------
  // Module calls
  moduleIn(name) {
    const s = this.state;
    const entry = s.calls.get(name);
    if (!entry) return unknownValue("any", "module output");
    s.noteCallReads(entry);
    if (entry.value) return entry.value;
    if (entry.repetition === "pending") {
      s.orderDependent = true;
      return unknownValue("any", "module output not evaluated yet");
    }
    if (entry.computing) {
      s.orderDependent = true;
      return unknownValue("any", "module outputs that refer to each other");
    }
    entry.computing = true;
    let value;
    try {
      value = callValue(entry);
    } finally {
      entry.computing = false;
    }
    entry.value = value;
    return value;
  }
  moduleOutputIn(name, output) {
    const s = this.state;
    const entry = s.calls.get(name);
    if (!entry || entry.value || entry.computing || entry.repetition !== "single" || entry.instances.length !== 1) return void 0;
    const child = scopeInternals(entry.instances[0].scope);
    const declared = child?.module.outputs.get(output);
    if (!child || !declared?.value) return void 0;
    s.noteCallReads(entry);
    const outputs = entry.outputs ??= /* @__PURE__ */ new Map();
    let value = outputs.get(output);
    if (value === void 0) {
      entry.computing = true;
      try {
        value = outputValue(child, declared, declared.value);
      } finally {
        entry.computing = false;
      }
      outputs.set(output, value);
    }
    return value;
  }
  // -------------------------------------------------------------------------
  // Locals
  localIn(name, budget) {
    const cached = this.state.locals.get(name);
    if (cached) {
      this.state.noteReads(this.state.localReads.get(name) ?? NO_READS);
      return cached;
    }
    const decl = this.state.module.locals.get(name);
    if (!decl) return errorValue(`local value "${name}" is not declared`);
    const pending = this.state.pending;
    const at = pending.indexOf(name);
    if (at >= 0) {
      const chain = [...pending.slice(at), name].map((n) => `local.${n}`).join(" → ");
      this.report({
        severity: "warning",
        summary: "Cycle in local values",
        detail: `These local values refer to each other: ${chain}. They are treated as unknown.`,
        origin: { file: decl.file.filename, range: decl.attribute.range }
      });
      this.state.orderDependent = true;
      return unknownValue("any", "cycle in local values");
    }
    pending.push(name);
    const start = this.state.startReads();
    let value;
    try {
      value = evalExpr(this.base().context(decl.file.filename, budget), decl.attribute.expr);
    } finally {
      pending.pop();
      this.state.localReads.set(name, this.state.endReads(start));
    }
    this.state.locals.set(name, value);
    return value;
  }
  // -------------------------------------------------------------------------
  // Files
  resolveInRoot(path9, at) {
    const s = this.state;
    s.noteRead(FILES_READ);
    const target = nodePath3.isAbsolute(path9) ? nodePath3.normalize(path9) : nodePath3.join(s.cwd, path9);
    if (liesWithin2(s.rootDir, target) && this.isInside(target)) return { ok: true, path: target };
    this.report({
      severity: "warning",
      summary: "File outside the scanned directory",
      detail: `"${path9}" resolves to a file outside ${s.rootDir === "" ? "the scanned directory" : s.rootDir}; tfmould does not read it and treats its content as unknown.`,
      origin: at
    });
    return { ok: false, reason: "file outside the scanned directory" };
  }
  readFile(path9, at) {
    const resolved = this.resolveInRoot(path9, at);
    if (!resolved.ok) return { ok: false, kind: "escape", reason: resolved.reason };
    const host = this.state.host;
    const text = host.readFile(resolved.path);
    if (text !== void 0) return { ok: true, path: resolved.path, text };
    if (host.fileExists(resolved.path)) return { ok: false, kind: "binary", reason: `"${path9}" is not valid UTF-8 text` };
    return { ok: false, kind: "missing", reason: `no file exists at "${path9}"` };
  }
  fileExists(path9, at) {
    const resolved = this.resolveInRoot(path9, at);
    return resolved.ok ? this.state.host.fileExists(resolved.path) : void 0;
  }
  listFiles(dir, at) {
    const resolved = this.resolveInRoot(dir, at);
    if (!resolved.ok) return void 0;
    const host = this.state.host;
    return host.listFiles(resolved.path).filter((name) => this.isInside(nodePath3.join(resolved.path, name)));
  }
  /** Whether `target`'s real path lies within the root's; a path that does not resolve counts as inside. */
  isInside(target) {
    const s = this.state;
    const real = s.host.realPath(target);
    if (real === void 0) return true;
    return liesWithin2(s.host.realPath(s.rootDir) ?? s.rootDir, real);
  }
};
function liesWithin2(root, p) {
  const rel = relativePath(resolvePath(root), resolvePath(p));
  return rel === "" || !rel.startsWith("..") && !nodePath3.isAbsolute(rel);
}
function registerModuleCall(caller, name, call) {
  if (caller instanceof ModuleScope) caller.registerCall(name, call);
}
function outputsOf(scope) {
  const s = scopeInternals(scope);
  if (!s) return unknownValue("object", "module outputs");
  const entries = /* @__PURE__ */ new Map();
  for (const output of s.module.outputs.values()) {
    if (output.value) entries.set(output.name, outputValue(s, output, output.value));
  }
  return objectValue(entries);
}
function outputValue(s, output, value) {
  const file = (fileOfNode(s.module, value.expr) ?? output.file).filename;
  return evalExpr(s.context(file, s.newBudget()), value.expr);
}
function callValue(call) {
  switch (call.repetition) {
    case "unknown":
    case "pending":
      return unknownValue("any", "module instances not known");
    case "single":
      return call.instances.length === 1 ? outputsOf(call.instances[0].scope) : unknownValue("object", "module output");
    case "count":
      return tupleValue(call.instances.map((i) => outputsOf(i.scope)));
    case "for_each":
      return objectValue(new Map(call.instances.map((i) => [String(i.key), outputsOf(i.scope)])));
  }
}
function scopeInTree(module, options, tree) {
  return new ModuleScope(new ScopeState(module, options, tree), NO_BINDINGS2);
}
function scopeInternals(scope) {
  return scope instanceof ModuleScope ? scope : void 0;
}
function readsDuring(scope, work) {
  const s = scopeInternals(scope);
  if (!s || !scope.tracksReads) {
    work();
    return { keys: NO_READS, orderDependent: true };
  }
  const start = s.startReads();
  let keys = NO_READS;
  try {
    work();
  } finally {
    keys = s.endReads(start);
  }
  return { keys, orderDependent: isOrderDependent(scope) };
}
function readValue(scope, key) {
  return scope instanceof ModuleScope ? scope.readValue(key) : unknownValue("any", "scope not made by createModuleScope");
}
function isOrderDependent(scope) {
  return scope instanceof ModuleScope ? scope.orderDependent : true;
}
var modulePathFrom = memoOfPairs((cwd, dir) => relativePath(resolvePath(cwd), resolvePath(dir)).replace(/\\/g, "/"));

// src/eval/evaluate.ts
var MAX_INSTANCES = 256;
var NOT_REPEATED = [{ key: void 0, bindings: /* @__PURE__ */ new Map() }];
function instancesOf(item, scope) {
  const s = scopeInternals(scope);
  if (!s) return NOT_REPEATED;
  let perScope = instanceCache.get(s.cacheKey);
  if (!perScope) instanceCache.set(s.cacheKey, perScope = /* @__PURE__ */ new WeakMap());
  const found = perScope.get(item);
  if (found) {
    s.noteReads(found.reads);
    return found.instances;
  }
  const start = s.startReads();
  const instances = computeInstances(item, scope);
  perScope.set(item, { instances, reads: s.endReads(start) });
  return instances;
}
var instanceCache = /* @__PURE__ */ new WeakMap();
function computeInstances(item, scope) {
  const s = scopeInternals(scope);
  if (!s) return NOT_REPEATED;
  if (item.count) {
    const v = evaluateInScope(s, item.count.expr, item.file);
    const n = asNumber(v);
    if (n === void 0 || !Number.isInteger(n) || n < 0 || n > MAX_INSTANCES) return NOT_REPEATED;
    return Array.from({ length: n }, (_, i) => ({
      key: i,
      bindings: /* @__PURE__ */ new Map([["count", objectValue(/* @__PURE__ */ new Map([["index", numberValue(i, v.origins)]]), v.origins)]])
    }));
  }
  if (item.forEach) {
    const v = evaluateInScope(s, item.forEach.expr, item.file);
    if (v.kind === "unknown") return NOT_REPEATED;
    const pairs = [];
    if (v.kind === "object") {
      for (const k of sortedKeys(v)) pairs.push([k, v.entries.get(k)]);
    } else if (v.kind === "tuple" && v.set) {
      for (const item2 of v.items) {
        if (item2.kind !== "string") return NOT_REPEATED;
        pairs.push([item2.value, item2]);
      }
    } else {
      return NOT_REPEATED;
    }
    if (pairs.length > MAX_INSTANCES) return NOT_REPEATED;
    return pairs.map(([k, value]) => ({
      key: k,
      bindings: /* @__PURE__ */ new Map([
        [
          "each",
          objectValue(
            /* @__PURE__ */ new Map([
              ["key", stringValue(k, value.origins)],
              ["value", value]
            ]),
            v.origins
          )
        ]
      ])
    }));
  }
  return NOT_REPEATED;
}
function fileOf(expr, module, fallback) {
  return (fileOfNode(module, expr) ?? fallback)?.filename ?? "";
}
var referencesByModule = /* @__PURE__ */ new WeakMap();
function referencesInstance(expr, module) {
  let known = referencesByModule.get(module);
  if (!known) referencesByModule.set(module, known = /* @__PURE__ */ new Map());
  let found = known.get(expr);
  if (found === void 0) known.set(expr, found = mentionsInstance(expr));
  return found;
}
function mentionsInstance(expr) {
  const stack = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const n = node;
    if (n.type === "Variable" && (n.name === "count" || n.name === "each")) return true;
    for (const key in node) {
      const child = node[key];
      if (key !== "range" && key !== "nameRange" && key !== "opRange" && typeof child === "object") stack.push(child);
    }
  }
  return false;
}
function safeEval(ctx, expr) {
  try {
    return evalExpr(ctx, expr);
  } catch (e) {
    markIncomplete(ctx);
    return unknownValue("any", `evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function evaluateInScope(s, expr, fallback) {
  if (s.extraBindings.size > 0) return safeEval(s.context(fileOf(expr, s.module, fallback), s.newBudget()), expr);
  const known = s.remembered.get(expr);
  if (known && (known.written || known.file === fileOf(expr, s.module, fallback))) {
    s.noteReads(known.reads);
    return known.value;
  }
  const writtenIn = fileOfNode(s.module, expr);
  const file = (writtenIn ?? fallback)?.filename ?? "";
  const budget = s.newBudget();
  const start = s.startReads();
  const value = safeEval(s.context(file, budget), expr);
  const reads = s.endReads(start);
  if (!budget.exhausted && !budget.incomplete) s.remembered.set(expr, { file, written: writtenIn !== void 0, value, reads });
  return value;
}
function evaluateInstances(expr, scope, resource) {
  const s = scopeInternals(scope);
  if (!s) return [{ key: void 0, value: unknownValue("any", "scope not made by createModuleScope") }];
  const file = fileOf(expr, scope.module, resource.file);
  return instancesOf(resource, scope).map((inst) => ({
    key: inst.key,
    value: safeEval(s.context(file, s.newBudget(), "module", inst.bindings), expr)
  }));
}
function evaluate(expr, scope, resource) {
  const s = scopeInternals(scope);
  if (!s) return unknownValue("any", "scope not made by createModuleScope");
  if (!resource || !resource.count && !resource.forEach || !referencesInstance(expr, scope.module)) {
    return evaluateInScope(s, expr, resource?.file);
  }
  const values = evaluateInstances(expr, scope, resource).map((i) => i.value);
  if (values.length === 0) return unknownValue("any", "the resource has no instances");
  const [first, ...rest] = values;
  if (isKnown(first) && rest.every((v) => isKnown(v) && valuesEqual(first, v) === true)) return first;
  if (values.length === 1) return first;
  const t = typeOf(first);
  return unknownValue(rest.every((v) => typeOf(v) === t) ? t : "any", "differs between instances", first.origins);
}

// src/eval/modules.ts
var DEFAULT_MAX_DEPTH = 16;
var PENDING = { repetition: "pending", instances: [], reads: [] };
var NOT_FOLLOWED = { repetition: "unknown", instances: [], reads: [] };
var DEFAULT_MAX_INSTANCES = 1e3;
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\") || source.startsWith("..\\");
}
var localSourceDir = memoOfPairs((dir, source) => {
  const joined2 = nodePath4.join(dir, source);
  return joined2.length > nodePath4.parse(joined2).root.length && /[\\/]$/.test(joined2) ? joined2.replace(/[\\/]+$/, "") : joined2;
});
function instanceSuffix(key) {
  if (key === void 0) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
var CallArguments = class {
  constructor(call, caller, inst) {
    this.call = call;
    this.caller = caller;
    this.inst = inst;
  }
  call;
  caller;
  inst;
  values = /* @__PURE__ */ new Map();
  readsOf = /* @__PURE__ */ new Map();
  /** Arguments being evaluated: one that needs itself (through the child's outputs) is unknown. */
  evaluating = /* @__PURE__ */ new Set();
  get(name) {
    const known = this.values.get(name);
    if (known !== void 0) return known;
    const attr = this.call.arguments.get(name);
    if (!attr) return void 0;
    const s = scopeInternals(this.caller.scope);
    if (!s) return unknownValue("any", "caller scope not available");
    if (this.evaluating.has(name)) {
      s.markOrderDependent();
      return unknownValue("any", "module arguments that depend on each other");
    }
    this.evaluating.add(name);
    const file = (fileOfNode(this.caller.module, attr.expr) ?? this.call.file).filename;
    const start = s.startReads();
    let value;
    try {
      value = evalExpr(s.context(file, s.newBudget(), "module", this.inst.bindings), attr.expr);
    } finally {
      this.readsOf.set(name, s.endReads(start));
      this.evaluating.delete(name);
    }
    this.values.set(name, value);
    return value;
  }
  /** What evaluating every argument reads in the caller's scope (those not read yet are evaluated now). */
  reads() {
    const out = [];
    for (const name of this.call.arguments.keys()) {
      this.get(name);
      out.push(...this.readsOf.get(name) ?? []);
    }
    return out;
  }
};
function instantiateModules(root, options) {
  const load = options.loadModule ?? ((dir, o) => loadModule(dir, o));
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxInstances = options.maxInstances ?? DEFAULT_MAX_INSTANCES;
  const host = options.host;
  const diagnostics = [];
  const loaded3 = /* @__PURE__ */ new Map();
  const isRoot = options.isRoot ?? true;
  const rootModuleDir = root.dir;
  const tree = newTreeBudget(options.maxSteps);
  const rootScope = scopeInTree(root, {
    host,
    rootDir: options.rootDir,
    vars: options.vars,
    varFiles: options.varFiles,
    useEnv: options.useEnv,
    env: options.env,
    isRoot,
    modulePath: "",
    rootModuleDir
  }, tree);
  const rootInstance = { module: root, modulePath: "", scope: rootScope, isRoot };
  const instances = [rootInstance];
  let capped = false;
  const dirKey = (dir) => resolvePath(host.realPath(dir) ?? dir);
  const report = (call, severity, summary, detail) => {
    const range = call.source?.expr.range ?? call.block.range;
    diagnostics.push({ severity, summary, detail, range, filename: call.file.filename });
  };
  const visit = (parent, ancestors, depth) => {
    for (const call of parent.module.moduleCalls.values()) {
      const source = call.source ? literalString(call.source.expr) : void 0;
      if (source !== void 0 && isLocalSource(source)) registerModuleCall(parent.scope, call.name, PENDING);
    }
    for (const call of parent.module.moduleCalls.values()) {
      const source = call.source ? literalString(call.source.expr) : void 0;
      if (source === void 0 || !isLocalSource(source)) continue;
      const dir = localSourceDir(parent.module.dir, source);
      const key = dirKey(dir);
      if (ancestors.includes(key)) {
        report(call, "warning", "Module calls itself", `${call.address} loads "${source}", which is already being instantiated above it; the recursion is not followed.`);
        registerModuleCall(parent.scope, call.name, NOT_FOLLOWED);
        continue;
      }
      if (depth + 1 > maxDepth) {
        report(call, "warning", "Module calls nested too deeply", `More than ${maxDepth} levels of module calls; ${call.address} is not followed.`);
        registerModuleCall(parent.scope, call.name, NOT_FOLLOWED);
        continue;
      }
      let module = loaded3.get(key);
      if (!module) {
        module = load(dir, { host });
        loaded3.set(key, module);
      }
      if (module.files.length === 0) {
        report(call, "warning", "Module directory not found", `${call.address} refers to "${source}", where no Terraform files were found.`);
        registerModuleCall(parent.scope, call.name, NOT_FOLLOWED);
        continue;
      }
      const ps = scopeInternals(parent.scope);
      const readStart = ps ? ps.startReads() : -1;
      const bindings = instancesOf(call, parent.scope);
      const made = [];
      const argumentsMade = [];
      let stopped = false;
      for (const inst of bindings) {
        if (instances.length >= maxInstances) {
          if (!capped) {
            capped = true;
            report(call, "warning", "Too many module instances", `More than ${maxInstances} module instances; the rest are not evaluated.`);
          }
          stopped = true;
          break;
        }
        const modulePath = `${parent.modulePath === "" ? "" : parent.modulePath + "."}${call.address}${instanceSuffix(inst.key)}`;
        const moduleArguments = new CallArguments(call, parent, inst);
        argumentsMade.push(moduleArguments);
        const scope = scopeInTree(module, {
          host,
          rootDir: options.rootDir,
          isRoot: false,
          moduleArguments,
          modulePath,
          rootModuleDir,
          tracksReads: true
        }, tree);
        const child = { module, modulePath, scope, isRoot: false, caller: call, parent, key: inst.key };
        instances.push(child);
        made.push({ key: inst.key, scope });
        visit(child, [...ancestors, key], depth + 1);
      }
      const reads = ps && readStart >= 0 ? ps.endReads(readStart) : [];
      const repeated = call.count !== void 0 ? "count" : call.forEach !== void 0 ? "for_each" : "single";
      const known = !stopped && (repeated === "single" || bindings.every((b) => b.key !== void 0));
      registerModuleCall(parent.scope, call.name, {
        repetition: known ? repeated : "unknown",
        instances: made,
        reads,
        argumentReads: () => argumentsMade.flatMap((a) => a.reads())
      });
      if (stopped) return;
    }
  };
  visit(rootInstance, [dirKey(root.dir)], 0);
  return { instances, diagnostics };
}

// src/model/overlay-host.ts
import { resolve as resolve6 } from "node:path";
var OverlayHost = class {
  /**
   * `texts` by path as the host underneath is asked; `absolute` keys are
   * compared resolved (a disk host), otherwise as they are (an in-memory one).
   */
  constructor(base, texts, absolute) {
    this.base = base;
    this.absolute = absolute;
    this.texts = absolute ? new Map([...texts].map(([p, t]) => [resolve6(p), t])) : texts;
  }
  base;
  absolute;
  texts;
  readFile = (path9) => this.texts.get(this.absolute ? resolve6(path9) : path9) ?? this.base.readFile(path9);
  listFiles = (dir) => this.base.listFiles(dir);
  fileExists = (path9) => this.base.fileExists(path9);
  realPath = (path9) => this.base.realPath(path9);
  fileIdentity = (path9) => this.base.fileIdentity?.(path9);
  whyUnreadable = (path9) => this.base.whyUnreadable?.(path9);
};

// src/engine/roots.ts
function localCallTargets(module, dir) {
  const out = [];
  for (const call of module.moduleCalls.values()) {
    const source = call.source ? literalString(call.source.expr) : void 0;
    if (source === void 0 || !isLocalSource(source)) continue;
    out.push(localSourceDir(dir, source));
  }
  return out;
}
function moduleRole(module, facts) {
  if (facts.configured) return facts.configured;
  const segments = facts.dir.split("/").filter((s) => s !== "" && s !== ".");
  if (isFixtureDir(segments)) return "fixture";
  if (segments.some(isExampleSegment)) return "example";
  if (facts.called) return "module";
  const backend = module.terraform.backend;
  const localBackend = backend !== void 0 && backend.labels[0]?.value === "local";
  if (backend !== void 0 && !localBackend || module.terraform.cloud !== void 0 || facts.hasLockFile) return "deployment";
  if (segments.some(isTestSegment)) return "test";
  if (localBackend || facts.hasVarFiles) return "deployment";
  if (isUnderModulesFolder(facts.dir)) return "module";
  if (facts.isRepositoryRoot && module.variables.size > 0) return "module";
  return module.providers.length > 0 ? "deployment" : "module";
}
function isUnderModulesFolder(dir) {
  const segments = dir.split("/").filter((s) => s !== "" && s !== ".");
  return segments.slice(0, -1).includes("modules");
}
var FIXTURE_FOLDERS = /* @__PURE__ */ new Set(["fixtures", "fixture", "__fixtures__"]);
function isFixtureDir(segments) {
  if (segments.some((s) => s.toLowerCase() === "testdata")) return true;
  const last = segments[segments.length - 1];
  return last !== void 0 && FIXTURE_FOLDERS.has(last.toLowerCase());
}
function isExampleSegment(segment) {
  return /^_?examples?([-_.].*)?$/i.test(segment);
}
function isTestSegment(segment) {
  return /^(testing|terratest|e2e)$/i.test(segment) || /(^|[-_.])tests?([-_.]|$)/i.test(segment);
}

// src/engine/call-graph.ts
var MAY_START_MODULE_BLOCK = /(?:^|\*\/|\})[ \t\uFEFF]*module(?![\w.-])(?!\s*=)/m;
var MAY_HOLD_MODULE_KEY = /"module"\s*:/;
function mayHoldModuleBlock(filename, text) {
  if (filename.endsWith(".json")) return MAY_HOLD_MODULE_KEY.test(text) || text.includes("\\u");
  return MAY_START_MODULE_BLOCK.test(text);
}
var CallScanMemo = class {
  byDir = /* @__PURE__ */ new Map();
  /** The calls found in `dir` when it was scanned with exactly these files and texts. */
  callsFor(dir, paths, texts) {
    const known = this.byDir.get(dir);
    if (known === void 0 || known.paths.length !== paths.length) return void 0;
    for (let i = 0; i < paths.length; i++) {
      if (known.paths[i] !== paths[i] || known.texts[i] !== texts[i]) return void 0;
    }
    return known.calls;
  }
  remember(dir, scanned) {
    this.byDir.set(dir, scanned);
  }
};
function scanDirectoryCalls(dir, host, memo) {
  const configFiles = [];
  const paths = [];
  const texts = [];
  for (const path9 of moduleFileNames(dir, host)) {
    if (!isConfigFile(path9)) continue;
    const text = host.readFile(path9);
    if (text === void 0) continue;
    configFiles.push(path9);
    if (mayHoldModuleBlock(path9, text)) {
      paths.push(path9);
      texts.push(text);
    }
  }
  if (paths.length === 0) return { configFiles, calls: [] };
  const known = memo?.callsFor(dir, paths, texts);
  if (known !== void 0) return { configFiles, calls: known };
  const calls = localCallTargets(buildModule(paths.map((path9, i) => parse(texts[i], path9)), { dir }), dir);
  memo?.remember(dir, { paths, texts, calls });
  return { configFiles, calls };
}
function callersFirst(dirs, calls) {
  const known = new Set(dirs);
  const callers = /* @__PURE__ */ new Map();
  for (const d of dirs) callers.set(d, 0);
  for (const d of dirs) for (const c of new Set(calls.get(d) ?? [])) if (known.has(c) && c !== d) callers.set(c, (callers.get(c) ?? 0) + 1);
  const ready = new MinHeap();
  for (const d of dirs) if (callers.get(d) === 0) ready.push(d);
  const done = /* @__PURE__ */ new Set();
  const order = [];
  const remaining = [...dirs].sort();
  let next = 0;
  while (order.length < dirs.length) {
    let d = ready.pop();
    if (d === void 0) {
      while (done.has(remaining[next])) next++;
      d = remaining[next];
    }
    if (done.has(d)) continue;
    done.add(d);
    order.push(d);
    for (const c of new Set(calls.get(d) ?? [])) {
      if (!known.has(c) || done.has(c) || c === d) continue;
      const left = (callers.get(c) ?? 0) - 1;
      callers.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  return order;
}
function lastUses(order, calls) {
  const last = /* @__PURE__ */ new Map();
  order.forEach((dir, i) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = [dir];
    while (stack.length > 0) {
      const d = stack.pop();
      if (seen.has(d)) continue;
      seen.add(d);
      const next = calls.get(d);
      if (next === void 0) {
        last.set(d, d === dir ? i : Infinity);
        continue;
      }
      if (last.get(d) !== Infinity) last.set(d, i);
      stack.push(...next);
    }
  });
  return last;
}
var MinHeap = class {
  items = [];
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    if (a.length === 0) return void 0;
    const top = a[0];
    const end = a.pop();
    if (a.length > 0) {
      a[0] = end;
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
};

// src/engine/discover.ts
import * as fs from "node:fs";
import { basename as basename2, dirname as dirname5, isAbsolute as isAbsolute5, relative as relative3, resolve as resolve7, sep as sep4 } from "node:path";
var NEVER_ENTERED = [".terraform", "node_modules", ".git"];
var TERRAFORM_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;
var CONFIGURATION_FILE = /\.(tf|tf\.json)$/;
function isTerraformFileName(name) {
  return TERRAFORM_FILE.test(name);
}
function lintPathsOf(discovery) {
  const out = [];
  for (const m of discovery.modules) {
    if (m.reportOnly) out.push(...[...m.reportOnly].sort());
    else out.push(m.dir);
  }
  return out;
}
var PathError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PathError";
  }
};
function errorCode(error) {
  return error.code ?? "error";
}
function describeError2(error) {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "does not exist";
    case "ELOOP":
      return "symbolic link loop";
    case "ENOTDIR":
      return "not a directory";
    default:
      return error.message;
  }
}
function childPath(dir, name) {
  return dir.endsWith(sep4) ? dir + name : dir + sep4 + name;
}
var Walker = class {
  constructor(listings, boundary) {
    this.listings = listings;
    this.boundary = boundary;
  }
  listings;
  boundary;
  /** Real paths of directories already walked, so that links to them are not walked again. */
  walkedDirs = /* @__PURE__ */ new Set();
  /** Real paths of files already taken, so that a file reached twice is linted once. */
  takenFiles = /* @__PURE__ */ new Set();
  reported = /* @__PURE__ */ new Set();
  notices = [];
  /** Absolute (as reached) file paths by module directory. */
  filesByDir = /* @__PURE__ */ new Map();
  notice(key, notice) {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.notices.push(notice);
  }
  /** Files named on the command line: never excluded. */
  forced = /* @__PURE__ */ new Set();
  /** `dir` is `dirname(file)`, when the caller has it at hand (a walk, for each of thousands of files). */
  take(file, realFile, force = false, dir = dirname5(file)) {
    if (force) this.forced.add(file);
    if (this.takenFiles.has(realFile)) return;
    this.takenFiles.add(realFile);
    let set = this.filesByDir.get(dir);
    if (!set) this.filesByDir.set(dir, set = /* @__PURE__ */ new Set());
    set.add(file);
  }
  /** Walks a directory: its whole tree, or (not `recursive`) only the files directly in it. */
  walk(root, recursive) {
    let realRoot;
    try {
      realRoot = fs.realpathSync(root);
    } catch (error) {
      this.notice(`dir:${root}`, { level: "warning", message: `Cannot read directory: ${describeError2(error)}; skipped`, file: root });
      return;
    }
    if (this.walkedDirs.has(realRoot)) return;
    if (recursive) this.walkedDirs.add(realRoot);
    this.listings?.addRealPath(root, realRoot);
    const links = [];
    const pending = [[root, realRoot]];
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
      const dir = next[0];
      const realDir = next[1];
      let entries;
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        if (errorCode(error) !== "ENOENT") {
          this.notice(`dir:${dir}`, { level: "warning", message: `Cannot read directory: ${describeError2(error)}; skipped`, file: dir });
        }
        continue;
      }
      this.listings?.addListing(dir, entries);
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        const name = entry.name;
        if (NEVER_ENTERED.includes(name)) continue;
        if (entry.isSymbolicLink()) links.push(childPath(dir, name));
        else if (entry.isDirectory()) {
          const abs = childPath(dir, name);
          const real = childPath(realDir, name);
          this.listings?.addRealPath(abs, real);
          if (recursive) {
            this.walkedDirs.add(real);
            pending.push([abs, real]);
          }
        } else if (entry.isFile() && isTerraformFileName(name)) this.take(childPath(dir, name), childPath(realDir, name), false, dir);
      }
    }
    for (const link of links.sort()) this.followLink(link, recursive);
  }
  followLink(link, recursive) {
    const name = basename2(link);
    if (NEVER_ENTERED.includes(name)) return;
    let target;
    let stat;
    try {
      target = fs.realpathSync(link);
      stat = fs.statSync(target);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ELOOP") {
        this.notice(`loop:${link}`, { level: "warning", message: "Symbolic link loop; not followed", file: link });
      } else if (isTerraformFileName(name)) {
        this.notice(`link:${link}`, { level: "warning", message: `Broken symbolic link (${describeError2(error)}); skipped`, file: link });
      }
      return;
    }
    if (!stat.isFile() && !(stat.isDirectory() && recursive)) return;
    if (stat.isFile() && !isTerraformFileName(name)) return;
    if (this.boundary && !this.boundary.allowsReal(target)) {
      this.notice(`outside:${link}`, { level: "warning", message: `Symbolic link to a ${stat.isFile() ? "file" : "directory"} ${OUTSIDE_BOUNDARY}; not followed`, file: link });
      return;
    }
    if (stat.isFile()) {
      this.take(link, target);
      return;
    }
    const linkDir = fs.realpathSync(dirname5(link));
    if (isWithin(target, linkDir)) {
      this.notice(`loop:${target}`, {
        level: "warning",
        message: `Symbolic link loop: points to ${relative3(linkDir, target) || "."}, a parent directory; not followed`,
        file: link
      });
      return;
    }
    if (this.walkedDirs.has(target)) return;
    this.walk(link, true);
  }
};
function excludeMatcher(spec) {
  if (spec.patterns.length === 0) return () => false;
  const matches = globMatcher(spec.patterns);
  const baseDir = resolve7(spec.baseDir);
  return (file) => {
    const rel = relative3(baseDir, resolve7(file));
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep4}`) || isAbsolute5(rel)) return false;
    return matches(rel.split(sep4).join("/"));
  };
}
function discover(paths, options) {
  const walker = new Walker(options.listings, options.boundary);
  const wholeDirs = /* @__PURE__ */ new Set();
  const named = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const abs = resolve7(options.cwd, p);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      const message = errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR" ? `no such file or directory: ${p}` : `cannot read ${p}: ${describeError2(error)}`;
      if (options.missingPaths !== "notice") throw new PathError(message);
      walker.notice(`missing:${abs}`, { level: "error", message });
      continue;
    }
    if (stat.isDirectory()) {
      walker.walk(abs, true);
      continue;
    }
    const dir = dirname5(abs);
    if (!isTerraformFileName(basename2(abs))) {
      walker.notice(`name:${abs}`, {
        level: "warning",
        message: "Not a Terraform file (.tf, .tf.json, .tfvars, .tfvars.json); skipped",
        file: abs
      });
      if (!options.dirsOfFiles) continue;
    } else {
      walker.take(abs, fs.realpathSync(abs), true);
    }
    walker.walk(dir, false);
    if (options.dirsOfFiles) wholeDirs.add(dir);
    else if (isTerraformFileName(basename2(abs))) {
      const set = named.get(dir) ?? /* @__PURE__ */ new Set();
      set.add(abs);
      named.set(dir, set);
    }
  }
  const modules = [];
  const dirs = [...walker.filesByDir.keys()].sort();
  const scannedWhole = (dir) => !named.has(dir) || wholeDirs.has(dir) || scannedFromDirectory(dir, paths, options.cwd);
  const namedButExcluded = [];
  for (const dir of dirs) {
    const files = [];
    for (const f of [...walker.filesByDir.get(dir) ?? []].sort()) {
      const excluded = options.isExcluded?.(f) ?? false;
      if (excluded && walker.forced.has(f)) namedButExcluded.push(f);
      else if (!excluded) files.push(f);
    }
    if (!files.some((f) => CONFIGURATION_FILE.test(f) || walker.forced.has(f))) continue;
    const only = scannedWhole(dir) ? void 0 : new Set([...named.get(dir) ?? []].filter((f) => files.includes(f)));
    if (only && only.size === 0) continue;
    modules.push(only ? { dir, files, reportOnly: only } : { dir, files });
  }
  return { modules, namedButExcluded, notices: walker.notices };
}
function scannedFromDirectory(dir, paths, cwd) {
  return paths.some((p) => {
    const abs = resolve7(cwd, p);
    try {
      if (!fs.statSync(abs).isDirectory()) return false;
    } catch {
      return false;
    }
    return dir === abs || dir.startsWith(abs + sep4);
  });
}

// src/engine/file-names.ts
import * as path5 from "node:path";
var FileNames = class {
  constructor(cwd, inMemory) {
    this.cwd = cwd;
    this.inMemory = inMemory;
  }
  cwd;
  inMemory;
  displayNames = /* @__PURE__ */ new Map();
  absolutes = /* @__PURE__ */ new Map();
  /** The name a finding carries for a host path; worked out once per path, since every report asks. */
  display(filename) {
    let name = this.displayNames.get(filename);
    if (name === void 0) {
      if (!path5.isAbsolute(filename)) name = normalizePath(filename);
      else if (isNormalAbsolute(this.cwd) && isNormalAbsolute(filename)) name = relativePath(this.cwd, filename) || ".";
      else name = normalizePath(path5.relative(this.cwd, filename).split(path5.sep).join("/")) || ".";
      this.displayNames.set(filename, name);
    }
    return name;
  }
  /** A path resolved against the working directory; remembered, as the same few paths are asked for all the time. */
  absolute(p) {
    let abs = this.absolutes.get(p);
    if (abs === void 0) this.absolutes.set(p, abs = isNormalAbsolute(p) ? p : path5.resolve(this.cwd, p));
    return abs;
  }
  /** A host path relative to the working directory, `/`-separated ("." for the directory itself). */
  relativeToCwd(p) {
    return normalizePath(path5.relative(this.cwd, p) || ".");
  }
  /** The host path a display name stands for. */
  hostPathOf(display) {
    return this.inMemory ? display : path5.resolve(this.cwd, display);
  }
};
function normalizePath(p, separator = path5.sep) {
  const slashed = separator === "/" ? p : p.split(separator).join("/");
  const normal = path5.posix.normalize(slashed);
  const trimmed2 = normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
  return trimmed2 === "." ? "" : trimmed2.startsWith("./") ? trimmed2.slice(2) : trimmed2;
}
function memoryDir(name) {
  return normalizePath(path5.posix.dirname(normalizePath(name)));
}
function displayDir(display) {
  const i = display.lastIndexOf("/");
  return i === -1 ? "." : display.slice(0, i);
}
function joinPath(dir, name) {
  return dir === "." || dir === "" ? name : joinName(dir, name);
}

// src/engine/findings.ts
var CONSUMED_HERE = "consumed here";
var CHOSEN_HERE = "this chooses the value";
var DECIDES_EXISTENCE = "this makes it exist (count or for_each)";
var DECIDES_FINDING = "this decides the finding";
function namesCaller(related) {
  const m = related.message;
  return m === DECIDES_EXISTENCE || m === DECIDES_FINDING || m.endsWith(" keeps this default") || m.startsWith("called by the deployment ");
}
function draftFromDescriptor(rule, descriptor, severity, site, files) {
  const nodeFile = locateNode(site.module, descriptor);
  if (nodeFile === void 0) return { error: "reported a finding outside the module's files with neither `file` nor `resource`" };
  const nodeRange = descriptor.node?.range;
  if (!isValidRange(nodeRange, files.get(nodeFile))) {
    return { error: `reported an invalid range ${describeRange(nodeRange)} in ${files.display(nodeFile)}` };
  }
  const problems = [];
  let primary = { file: nodeFile, range: nodeRange };
  const related = [];
  const all = descriptor.value?.origins ?? [];
  const outside = (o) => isValidRange(o.range, files.get(o.file)) && !(o.file === nodeFile && contains2(nodeRange, o.range));
  const origins = all.filter((o) => !o.selects);
  const selectors = all.filter((o) => o.selects && outside(o));
  const elsewhere = origins.filter(outside);
  let primaryMoved = false;
  const readAt = descriptor.readAt;
  const readsElsewhere = readAt !== void 0 && isValidRange(readAt.range, files.get(readAt.file));
  if (readAt && !readsElsewhere) problems.push(`reported a read location with an invalid range ${describeRange(readAt.range)} in ${readAt.file}`);
  if (readAt && readsElsewhere) {
    primary = { file: readAt.file, range: readAt.range };
    related.push({ file: files.display(nodeFile), range: nodeRange, message: readAt.message });
  } else if (origins.length > 0 && elsewhere[0] === origins[0]) {
    primary = { file: origins[0].file, range: origins[0].range };
    primaryMoved = true;
    if (site.callersChoose && isVariableDefault(site.callersChoose, primary)) return { callersChoice: true };
    const value = descriptor.value;
    if (descriptor.valueLine !== void 0 && value?.kind === "string") {
      const text = files.get(primary.file);
      const line = text && heredocLine(text, primary.range, value.value, descriptor.valueLine);
      if (line) primary = { file: primary.file, range: line };
    }
    related.push({ file: files.display(nodeFile), range: nodeRange, message: CONSUMED_HERE });
    for (const o of outermost(elsewhere.slice(1))) {
      related.push({ file: files.display(o.file), range: o.range, message: "the value passes through here" });
    }
  }
  const decidingSelectors = (descriptor.decidedBy ?? []).flatMap((v) => v.origins ?? []).filter((o) => o.selects && outside(o));
  if (site.callersChoose) {
    const module = site.callersChoose;
    if (selectors.some((o) => isVariableDefault(module, o)) || decidingSelectors.some((o) => isVariableDefault(module, o))) {
      return { callersChoice: true };
    }
  }
  for (const o of selectors) {
    related.push({ file: files.display(o.file), range: o.range, message: CHOSEN_HERE });
  }
  const holds = [primary, { file: nodeFile, range: nodeRange }];
  if (site.existence) related.push(...callerDeciders(site.existence(descriptor), DECIDES_EXISTENCE, site, files, holds));
  const deciders = (descriptor.decidedBy ?? []).flatMap((v) => v.origins);
  related.push(...callerDeciders(deciders, DECIDES_FINDING, site, files, holds));
  related.push(...keptDefaults(primaryMoved ? [primary, ...elsewhere.slice(1), ...selectors, ...decidingSelectors] : [...selectors, ...decidingSelectors], site));
  for (const r of descriptor.related ?? []) {
    if (isValidRange(r.range, files.get(r.file))) related.push({ ...r, file: files.display(r.file) });
    else problems.push(`reported a related location with an invalid range ${describeRange(r.range)} in ${r.file}`);
  }
  const localAddress = descriptor.resource?.address ?? descriptor.address ?? "";
  const address = site.modulePath && localAddress ? `${site.modulePath}.${localAddress}` : localAddress;
  const display = files.display(primary.file);
  const draft = {
    ruleId: rule.id,
    severity: descriptor.severity !== void 0 && severity === rule.severity ? descriptor.severity : severity,
    message: descriptor.message,
    file: display,
    range: primary.range,
    address,
    // One form for every rule, so that `data["password"]` and `data.password` fingerprint alike.
    attributePath: normalAttributePath(descriptor.attributePath ?? ""),
    related: uniqueRelated(related, display, primary.range),
    ...descriptor.fix ? { fix: { ...descriptor.fix, file: files.display(descriptor.fix.file) } } : {},
    ...site.role ? { role: site.role } : {},
    ...site.modulePath === "" && site.callersChoose && !site.noScannedCaller ? { readAlone: true } : {},
    anchors: [
      { file: display, range: primary.range },
      { file: files.display(nodeFile), range: nodeRange },
      ...site.callers
    ]
  };
  return { draft, problems };
}
function keptDefaults(places, site) {
  const hops = site.hops ?? (site.callers[0] ? [{ module: site.module, modulePath: site.modulePath, call: site.callers[0] }] : []);
  return hops.filter((hop) => places.some((p) => isVariableDefault(hop.module, p))).map((hop) => ({ file: hop.call.file, range: hop.call.range, message: `${hop.callPath ?? hop.modulePath} keeps this default` }));
}
function callerDeciders(origins, message, site, files, holds) {
  const hops = site.hops;
  if (origins.length === 0 || !hops || hops.length === 0) return [];
  const internal = new Set(hops.flatMap((h) => h.module.files.map((f) => f.filename)));
  const written = (o) => {
    if (!internal.has(o.file)) return true;
    const file = files.display(o.file);
    return hops.some((h) => h.call.file === file && contains2(h.call.range, o.range));
  };
  const places = origins.filter(
    (o) => isValidRange(o.range, files.get(o.file)) && written(o) && !hops.some((h) => isVariableDefault(h.module, o)) && !holds.some((p) => p.file === o.file && contains2(o.range, p.range))
  );
  if (!places.some((o) => !internal.has(o.file))) return [];
  return outermost(places).map((o) => ({ file: files.display(o.file), range: o.range, message }));
}
function locateNode(module, descriptor) {
  const own = fileOfNode(module, descriptor.node.of ?? descriptor.node);
  if (own) return own.filename;
  if (descriptor.file !== void 0) return typeof descriptor.file === "string" ? descriptor.file : descriptor.file.filename;
  return descriptor.resource?.file.filename;
}
function outermost(places) {
  return places.filter(
    (o, i) => !places.some(
      (p, j) => j !== i && p.file === o.file && contains2(p.range, o.range) && (!contains2(o.range, p.range) || j < i)
    )
  );
}
var defaultRanges = /* @__PURE__ */ new WeakMap();
function isVariableDefault(module, place) {
  let ranges = defaultRanges.get(module);
  if (!ranges) {
    ranges = [...module.variables.values()].flatMap(
      (v) => [v.default, v.type].flatMap((a) => a ? [{ file: v.file.filename, range: a.range }] : [])
    );
    defaultRanges.set(module, ranges);
  }
  return ranges.some((d) => d.file === place.file && contains2(d.range, place.range));
}
function heredocLine(file, range, value, line) {
  const source = file.source;
  const start = SourceRange.startOffset(range);
  const end = SourceRange.endOffset(range);
  if (!source.startsWith("<<", start)) return void 0;
  const lines = lineIndexOf(file);
  const opener = lines.pos(start).line;
  const closer = lines.pos(end).line;
  const valueLines = value.endsWith("\n") ? value.split("\n").length - 1 : value.split("\n").length;
  if (closer - opener - 1 !== valueLines || line < 1 || line > valueLines) return void 0;
  const from = lines.lineStart(opener + line);
  let to = source.indexOf("\n", from);
  if (to < 0 || to > end) return void 0;
  if (source[to - 1] === "\r") to--;
  let first = from;
  while (first < to && (source[first] === " " || source[first] === "	")) first++;
  return first < to ? lines.plainRange(first, to) : void 0;
}
function uniqueRelated(related, primaryFile, primaryRange) {
  const seen = /* @__PURE__ */ new Set([`${primaryFile}\0${SourceRange.startOffset(primaryRange)}\0${SourceRange.endOffset(primaryRange)}`]);
  return related.filter((r) => {
    const key = `${r.file}\0${SourceRange.startOffset(r.range)}\0${SourceRange.endOffset(r.range)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function contains2(outer, inner) {
  return SourceRange.startOffset(inner) >= SourceRange.startOffset(outer) && SourceRange.endOffset(inner) <= SourceRange.endOffset(outer);
}
function isValidRange(range, file) {
  if (!range || !range.start || !range.end) return false;
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || !Number.isInteger(p.offset)) return false;
    if (p.line < 1 || p.column < 1 || p.offset < 0) return false;
  }
  if (end.offset < start.offset || end.line < start.line) return false;
  if (file) {
    if (end.offset > file.source.length) return false;
    if (end.line > lineIndexOf(file).lineCount) return false;
  }
  return true;
}
function describeRange(range) {
  if (!range || !range.start || !range.end) return "(none)";
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

// src/engine/existence.ts
function existenceOrigins(instance, descriptor) {
  const resource = descriptor.resource;
  if (!resource) return [];
  const out = [];
  const repeat = resource.count ?? resource.forEach;
  if (repeat) out.push(...evaluate(repeat.expr, instance.scope, resource).origins);
  for (const forEach of dynamicForEaches(resource.body, descriptor.node.range)) {
    out.push(...evaluate(forEach, instance.scope, resource).origins);
  }
  return out;
}
function dynamicForEaches(body, range) {
  const out = [];
  for (const item of body.items) {
    if (item.type !== "Block" || !contains2(item.range, range)) continue;
    if (item.blockType === "dynamic") {
      const forEach = item.body.items.find((a) => a.type === "Attribute" && a.name === "for_each");
      if (forEach?.type === "Attribute") out.push(forEach.expr);
      const content = item.body.items.find((b) => b.type === "Block" && b.blockType === "content");
      if (content?.type === "Block") out.push(...dynamicForEaches(content.body, range));
    } else {
      out.push(...dynamicForEaches(item.body, range));
    }
  }
  return out;
}

// src/engine/suppressions.ts
var UNUSED_SUPPRESSION = "unused-suppression";
var RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
function parseSuppressionComment(comment, source) {
  const raw = source.slice(SourceRange.startOffset(comment.range), SourceRange.endOffset(comment.range));
  if (!raw.includes(DIRECTIVE)) return void 0;
  const markerLength = comment.style === "#" ? 1 : 2;
  const bodyEnd = comment.style === "/*" && raw.endsWith("*/") ? raw.length - 2 : raw.length;
  const body = raw.slice(markerLength, bodyEnd);
  const lines = new LineIndex(raw, comment.range.start);
  return parseDirective(body, comment.range, (from, to) => lines.plainRange(markerLength + from, markerLength + to));
}
var DIRECTIVE = "tfmould-ignore";
function parseJsonSuppressionComment(comment, file) {
  const literal2 = JSON.stringify(comment.text);
  const end = comment.range.end.offset;
  const exact2 = file.source.slice(end - literal2.length, end) === literal2;
  const valueStart = end - literal2.length + 1;
  const lines = lineIndexOf(file);
  return parseDirective(comment.text, comment.range, (from, to) => exact2 ? lines.plainRange(valueStart + from, valueStart + to) : comment.range);
}
var MAX_IDS = 64;
function parseDirective(body, commentRange, locate) {
  const lead = /^\s*/.exec(body)?.[0].length ?? 0;
  const match = /^tfmould-ignore(-file)?(?![\w-])/.exec(body.slice(lead));
  if (!match) return void 0;
  const scope = match[1] ? "file" : "node";
  const keyword2 = match[0];
  let at = lead + keyword2.length;
  const malformed = (message, start = lead, end = body.length) => ({
    kind: "malformed",
    problem: { message: `malformed suppression: ${message}`, range: locate(start, Math.max(start, end)) }
  });
  if (body[at] !== ":") return malformed(`expected ':' after '${keyword2}'`);
  at++;
  const separator = body.indexOf("--", at);
  const idsEnd = separator === -1 ? body.length : separator;
  const ids = [];
  const idPattern = /[^\s,]+/g;
  idPattern.lastIndex = at;
  const idText = body.slice(0, idsEnd);
  const seen = /* @__PURE__ */ new Set();
  for (let m = idPattern.exec(idText); m; m = idPattern.exec(idText)) {
    const id = m[0];
    if (!RULE_ID.test(id)) return malformed(`"${id}" is not a rule id`, m.index, m.index + id.length);
    if (seen.has(id)) return malformed(`"${id}" is named twice`, m.index, m.index + id.length);
    if (ids.length === MAX_IDS) return malformed(`more than ${MAX_IDS} rule ids (use "all")`, m.index, m.index + id.length);
    seen.add(id);
    ids.push({ id, range: locate(m.index, m.index + id.length) });
  }
  if (ids.length === 0) return malformed(`no rule ids after '${keyword2}:' (use a rule id, or "all")`);
  let reason = "";
  let until;
  if (separator !== -1) {
    const restStart = separator + 2;
    const rest = body.slice(restStart);
    const untilMatch = /^\s*until\b/.exec(rest);
    if (untilMatch) {
      const dateMatch = /^(\s*until\s+)(\S+?)(?::|\s|$)/.exec(rest);
      const dateText = dateMatch?.[2] ?? "";
      const dateStart = restStart + (dateMatch ? dateMatch[1].length : untilMatch[0].length);
      const expiresAt = parseDate(dateText);
      if (expiresAt === void 0) {
        return malformed(
          dateText ? `"${dateText}" is not a date (expected until YYYY-MM-DD)` : "expected a date after 'until' (YYYY-MM-DD)",
          dateStart,
          dateStart + dateText.length
        );
      }
      until = { date: dateText, range: locate(dateStart, dateStart + dateText.length), expiresAt };
      reason = rest.slice((dateMatch?.[1].length ?? 0) + dateText.length).replace(/^\s*:?/, "").trim();
    } else {
      reason = rest.trim();
    }
  }
  return { kind: "directive", directive: { scope, ids, reason, until, commentRange } };
}
function parseDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return void 0;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(year, month - 1, day);
  const d = new Date(start);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return void 0;
  return start + 24 * 60 * 60 * 1e3;
}
function collectSuppressions(file, displayName) {
  if (file.syntax === "json") return collectJsonSuppressions(file, displayName);
  const suppressions = [];
  const problems = [];
  const parsed = file.comments.map((comment) => ({ comment, result: parseSuppressionComment(comment, file.source) })).filter((p) => p.result !== void 0);
  if (parsed.length === 0) return { suppressions, problems };
  const lines = lineIndexOf(file);
  const commentLines = commentOnlyLines(file, lines);
  const candidates = coverableNodes(file.body);
  const firstItem = file.body.items[0];
  for (const { comment, result } of parsed) {
    if (result.kind === "malformed") {
      problems.push(result.problem);
      continue;
    }
    const directive = result.directive;
    if (directive.scope === "file") {
      if (firstItem && comment.range.start.offset > firstItem.range.start.offset) {
        problems.push({
          message: "tfmould-ignore-file must come before the first block of the file; this one has no effect",
          range: comment.range
        });
      } else {
        suppressions.push({ directive, file: displayName, target: void 0 });
      }
      continue;
    }
    const line = comment.range.start.line;
    const trailing = hasCodeBefore(lines, comment.range.start);
    let targetLine = line;
    if (!trailing) {
      targetLine = comment.range.end.line + 1;
      while (commentLines.has(targetLine)) targetLine++;
      if (targetLine > lines.lineCount || isBlank(lines, targetLine)) {
        problems.push({
          message: "this suppression is not directly above a block or attribute, so it covers nothing",
          range: comment.range
        });
        continue;
      }
    }
    suppressions.push({ directive, file: displayName, target: outermostStartingOn(candidates, targetLine) ?? lineRange(lines, targetLine) });
  }
  return { suppressions, problems };
}
function collectJsonSuppressions(file, displayName) {
  const suppressions = [];
  const problems = [];
  for (const comment of file.comments) {
    const result = parseJsonSuppressionComment(comment, file);
    if (result === void 0) continue;
    if (result.kind === "malformed") {
      problems.push(result.problem);
      continue;
    }
    const directive = result.directive;
    const block2 = innermostBlockHolding(file.body, comment.range);
    if (directive.scope === "file") {
      if (block2) {
        problems.push({ message: 'tfmould-ignore-file must be a "//" property outside every block; this one has no effect', range: comment.range });
      } else {
        suppressions.push({ directive, file: displayName, target: void 0 });
      }
    } else if (block2) {
      suppressions.push({ directive, file: displayName, target: block2.range });
    } else {
      problems.push({
        message: `this suppression is not a "//" property inside a block's object, so it covers nothing`,
        range: comment.range
      });
    }
  }
  return { suppressions, problems };
}
function innermostBlockHolding(body, range) {
  for (const item of body.items) {
    if (item.type !== "Block") continue;
    const b = item.body.range;
    if (range.start.offset >= b.start.offset && range.end.offset <= b.end.offset) return innermostBlockHolding(item.body, range) ?? item;
  }
  return void 0;
}
function coverableNodes(body) {
  const out = [];
  const visitBody = (b) => {
    for (const item of b.items) {
      out.push(item.range);
      if (item.type === "Block") visitBody(item.body);
      else visitExpression(item.expr);
    }
  };
  const visitExpression = (e) => {
    switch (e.type) {
      case "Tuple":
        for (const item of e.items) {
          out.push(item.range);
          visitExpression(item);
        }
        break;
      case "Object":
        for (const item of e.items) {
          out.push(item.range);
          visitExpression(item.value);
        }
        break;
      case "FunctionCall":
        for (const arg of e.args) visitExpression(arg);
        break;
      case "Parentheses":
        visitExpression(e.expr);
        break;
      case "Conditional":
        visitExpression(e.trueExpr);
        visitExpression(e.falseExpr);
        break;
      default:
        break;
    }
  };
  visitBody(body);
  return out;
}
function outermostStartingOn(ranges, line) {
  let best;
  for (const r of ranges) {
    if (r.start.line !== line) continue;
    if (!best || r.end.offset - r.start.offset > best.end.offset - best.start.offset) best = r;
  }
  return best;
}
function commentOnlyLines(file, lines) {
  const out = /* @__PURE__ */ new Set();
  for (const c of file.comments) {
    if (hasCodeBefore(lines, c.range.start)) continue;
    for (let l = c.range.start.line; l <= c.range.end.line; l++) {
      if (l < c.range.end.line || !hasCodeAfter(lines, c.range.end)) out.add(l);
    }
  }
  return out;
}
function lineText(lines, line) {
  return lines.source.slice(lines.lineStart(line), lines.lineStart(line + 1)).replace(/\r?\n$|\r$/, "");
}
function isBlank(lines, line) {
  return lineText(lines, line).trim() === "";
}
function hasCodeBefore(lines, pos) {
  return lines.source.slice(lines.lineStart(pos.line), pos.offset).trim() !== "";
}
function hasCodeAfter(lines, pos) {
  return lines.source.slice(pos.offset, lines.lineStart(pos.line + 1)).trim() !== "";
}
function lineRange(lines, line) {
  const start = lines.lineStart(line);
  const text = lineText(lines, line);
  return lines.plainRange(start + text.length - text.trimStart().length, start + text.length);
}
function namesRule(directive, ruleId) {
  return directive.ids.find((i) => i.id === ruleId || i.id === "all" && ruleId !== UNUSED_SUPPRESSION);
}
function covers(suppression, anchors) {
  return anchors.some(
    (a) => a.file === suppression.file && (suppression.target === void 0 || a.range.start.offset >= suppression.target.start.offset && a.range.start.offset < suppression.target.end.offset || a.range.start.offset === suppression.target.start.offset && a.range.end.offset === a.range.start.offset)
  );
}

// src/engine/file-records.ts
var SYNTAX_ERROR = "syntax-error";
var FileRecords = class {
  constructor(names) {
    this.names = names;
  }
  names;
  /** Every parsed file the run saw, by host path. */
  records = /* @__PURE__ */ new Map();
  /**
   * The config that applies to each parsed file: its own directory's when
   * that is linted, otherwise that of the first module that loaded it.
   */
  configs = /* @__PURE__ */ new Map();
  linted = /* @__PURE__ */ new Set();
  structureErrors = [];
  /** Modules whose diagnostics are registered (a module loaded again after it was dropped may repeat them; they are de-duplicated at the end). */
  modulesSeen = /* @__PURE__ */ new WeakSet();
  display(filename) {
    return this.names.display(filename);
  }
  get(filename) {
    return this.records.get(filename);
  }
  /** Keeps what the run needs of a file; `linted` when the file belongs to a module being linted (not only loaded by one). */
  register(file, config, linted) {
    if (!this.records.has(file.filename)) {
      const display = this.display(file.filename);
      const record = {
        source: file.source,
        diagnostics: file.diagnostics,
        display,
        suppressions: collectSuppressions(file, display)
      };
      this.records.set(file.filename, shareLineIndex(record, lineIndexOf(file)));
      this.configs.set(file.filename, config);
    }
    if (linted && !this.linted.has(file.filename)) {
      this.linted.add(file.filename);
      this.configs.set(file.filename, config);
    }
  }
  /**
   * The model's diagnostics become `syntax-error` findings: structural errors
   * (duplicates), and files that could not be read as UTF-8 text, which
   * Terraform cannot load either.
   */
  registerModuleDiagnostics(module, config, diagnostics = module.diagnostics) {
    if (this.modulesSeen.has(module)) return;
    this.modulesSeen.add(module);
    for (const d of diagnostics) this.structureErrors.push({ filename: d.filename, diagnostic: d, config });
  }
  /** Display names of the linted files, sorted. */
  lintedFiles() {
    return [...this.linted].map((f) => this.display(f)).sort();
  }
  /** Every file's record, for suppressions. */
  all() {
    return [...this.records.values()];
  }
  /** The config of each file, by display name. */
  configsByDisplay() {
    const out = /* @__PURE__ */ new Map();
    for (const [filename, config] of this.configs) out.set(this.display(filename), config);
    return out;
  }
  /**
   * Parse errors of every file seen and the model's structural errors, as
   * `syntax-error` drafts; notices instead when the run has no such rule
   * (a custom rule list), since parse errors must not vanish.
   */
  syntaxErrors(rules2, notices) {
    const all = [...this.structureErrors];
    for (const [filename, file] of this.records) {
      const config = this.configs.get(filename);
      if (!config) continue;
      for (const diagnostic of file.diagnostics) all.push({ filename, diagnostic, config });
    }
    const rule = rules2.find((r) => r.id === SYNTAX_ERROR);
    const drafts = [];
    for (const { filename, diagnostic, config } of all) {
      if (!rule) {
        notices.push(this.notice(filename, diagnostic));
        continue;
      }
      const setting = config.rules.get(SYNTAX_ERROR);
      if (!setting) continue;
      const display = this.display(filename);
      const range = isValidRange(diagnostic.range, this.records.get(filename)) ? diagnostic.range : startOfFile();
      const severity = diagnostic.severity === "warning" && setting.severity === rule.severity ? "warning" : setting.severity;
      drafts.push({
        ruleId: SYNTAX_ERROR,
        severity,
        message: diagnostic.detail ? `${diagnostic.summary}: ${diagnostic.detail}` : diagnostic.summary,
        file: display,
        range,
        address: "",
        attributePath: "",
        related: [],
        anchors: [{ file: display, range }]
      });
    }
    return drafts;
  }
  /** A diagnostic that is a problem of the run rather than a finding (evaluation limits, unreadable files). */
  notice(filename, d) {
    return {
      level: "warning",
      message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
      file: this.display(filename),
      ...isValidRange(d.range) ? { range: plainRange(d.range) } : {}
    };
  }
};
function startOfFile() {
  const p = { line: 1, column: 1, offset: 0 };
  return { start: p, end: p };
}

// src/engine/apply-suppressions.ts
function applySuppressions(drafts, files, context) {
  const active = [];
  const reports = [];
  const report = (file, range, message, attributePath) => {
    const setting = context.configFor(file)?.rules.get(UNUSED_SUPPRESSION);
    if (!setting) return;
    reports.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: setting.severity,
      message,
      file,
      range,
      address: "",
      attributePath,
      related: [],
      anchors: [{ file, range }]
    });
  };
  const namespaces = new Set([...context.knownRuleIds].flatMap((id) => pluginNamespace(id) ?? []));
  const isUnknown = (id) => {
    if (id === "all" || context.knownRuleIds.has(id)) return false;
    const namespace = pluginNamespace(id);
    return namespace === void 0 || namespaces.has(namespace);
  };
  const seenFiles = /* @__PURE__ */ new Set();
  for (const { display, suppressions: collected } of files) {
    if (seenFiles.has(display)) continue;
    seenFiles.add(display);
    const { suppressions, problems } = collected;
    for (const p of problems) report(display, p.range, p.message, "");
    for (const s of suppressions) {
      const unknown = s.directive.ids.filter((i) => isUnknown(i.id));
      for (const i of unknown) report(display, i.range, `unknown rule "${i.id}" in suppression`, i.id);
      const until = s.directive.until;
      if (until) context.onExpiryDate?.(until.expiresAt);
      if (until && until.expiresAt <= context.now) {
        report(
          display,
          until.range,
          `suppression of ${describeIds(s.directive.ids)} expired on ${until.date} and no longer applies`,
          s.directive.ids.map((i) => i.id).join(",")
        );
        continue;
      }
      active.push(s);
    }
  }
  const used = /* @__PURE__ */ new Map();
  const result = drafts.map((d) => ({ ...d }));
  const index = new SuppressionIndex(active);
  const suppress = (d, except) => {
    for (const anchor of d.anchors) {
      for (const s of index.covering(anchor)) {
        if (s === except) continue;
        const id = namesRule(s.directive, d.ruleId);
        if (!id) continue;
        let ids = used.get(s);
        if (!ids) used.set(s, ids = /* @__PURE__ */ new Set());
        ids.add(id);
        if (!d.suppressed) {
          d.suppressed = { kind: "inSource", reason: s.directive.reason, commentRange: s.directive.commentRange };
        }
      }
    }
  };
  for (const d of result) suppress(d);
  const sources = /* @__PURE__ */ new Map();
  const reportUnused = (pick) => {
    for (const s of active) {
      const config = context.configFor(s.file);
      const usedIds = used.get(s) ?? /* @__PURE__ */ new Set();
      for (const i of s.directive.ids) {
        if (!pick(i) || usedIds.has(i)) continue;
        if (i.id !== "all" && !context.knownRuleIds.has(i.id)) continue;
        if (i.id !== "all" && config && !config.rules.has(i.id)) continue;
        if (i.id !== "all" && context.ruleApplies && !context.ruleApplies(s.file, i.id)) continue;
        const before = reports.length;
        const what = i.id === "all" ? "suppression of all rules" : `suppression of "${i.id}"`;
        report(s.file, i.range, `unused ${what}: no such finding ${s.target === void 0 ? "in this file" : "here"}`, i.id);
        if (reports.length > before) sources.set(reports[reports.length - 1], s);
      }
    }
  };
  reportUnused((i) => i.id !== UNUSED_SUPPRESSION);
  for (const r of reports) suppress(r, sources.get(r));
  reportUnused((i) => i.id === UNUSED_SUPPRESSION);
  return [...result, ...reports];
}
function describeIds(ids) {
  return ids.map((i) => i.id === "all" ? "all rules" : `"${i.id}"`).join(", ");
}
var SuppressionIndex = class {
  files = /* @__PURE__ */ new Map();
  constructor(suppressions) {
    for (const s of suppressions) {
      let entry = this.files.get(s.file);
      if (!entry) this.files.set(s.file, entry = { whole: [], byStart: [], starts: [], longest: 0 });
      if (s.target === void 0) entry.whole.push(s);
      else {
        entry.byStart.push(s);
        entry.longest = Math.max(entry.longest, s.target.end.offset - s.target.start.offset);
      }
    }
    for (const entry of this.files.values()) {
      entry.byStart.sort((a, b) => (a.target?.start.offset ?? 0) - (b.target?.start.offset ?? 0));
      entry.starts = entry.byStart.map((s) => s.target?.start.offset ?? 0);
    }
  }
  /** The suppressions whose region holds the anchor. */
  covering(anchor) {
    const entry = this.files.get(anchor.file);
    if (!entry) return [];
    const out = [...entry.whole];
    const offset = anchor.range.start.offset;
    let lo = 0;
    let hi = entry.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (entry.starts[mid] <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && entry.starts[i] >= offset - entry.longest; i--) {
      const s = entry.byStart[i];
      if (covers(s, [anchor])) out.push(s);
    }
    return out;
  }
};

// src/engine/fingerprint.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
var sha256 = (text) => oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
function fingerprintBase(parts) {
  const text = [parts.ruleId, parts.file ?? "", parts.address, parts.attributePath].join("\0");
  return sha256(text).slice(0, 32);
}
function fingerprintAll(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const base = fingerprintBase(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

// src/engine/finish.ts
function finishFindings(drafts, options) {
  const { configs } = options;
  const suppressed = applySuppressions(drafts, options.files, {
    now: options.now,
    ...options.onExpiryDate ? { onExpiryDate: options.onExpiryDate } : {},
    knownRuleIds: options.knownRuleIds,
    configFor: (display) => configs.get(display),
    ...options.ruleApplies ? { ruleApplies: options.ruleApplies } : {}
  });
  const restricted = options.restriction;
  const kept = restricted ? suppressed.filter((d) => d.file === void 0 || d.anchors.some((a) => restricted(a.file))) : suppressed;
  const included = kept.filter((d) => {
    if (d.file === void 0) return true;
    const config = configs.get(d.file);
    return !config || config.exclude.length === 0 || !options.isExcluded(d.file, config);
  });
  const sorted = dedupe2(included).sort(compareFindings);
  const prints = fingerprintAll(sorted);
  return sorted.map((d, i) => {
    const suppression = d.suppressed;
    const role = d.role ?? (d.file !== void 0 ? options.roleOf?.(d.file) : void 0);
    const fields2 = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      address: d.address,
      attributePath: d.attributePath,
      related: d.related.map((r) => ({ ...r, range: plainRange(r.range) })),
      ...d.fix ? { fix: { ...d.fix, replacements: d.fix.replacements.map((r) => ({ ...r, range: plainRange(r.range) })) } } : {},
      ...role ? { role } : {},
      ...d.instances ? { instances: d.instances } : {},
      ...suppression ? { suppressed: { ...suppression, ...suppression.commentRange ? { commentRange: plainRange(suppression.commentRange) } : {} } } : {},
      fingerprint: prints[i]
    };
    const finding = d.file !== void 0 ? { file: d.file, range: plainRange(d.range), ...fields2 } : fields2;
    return finding;
  });
}
function finishNotices(notices) {
  const seen = /* @__PURE__ */ new Set();
  const unique = notices.filter((n) => {
    const key = [n.level, n.message, n.file ?? "", n.range?.start.offset ?? "", n.range?.end.offset ?? ""].join("\0");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(compareNotices);
}
function compareNotices(a, b) {
  return compareStrings2(a.file ?? "", b.file ?? "") || (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1);
}
function compareFindings(a, b) {
  if (a.file === void 0 || b.file === void 0) {
    if (a.file !== void 0) return -1;
    if (b.file !== void 0) return 1;
    return compareStrings2(a.address, b.address) || compareStrings2(a.ruleId, b.ruleId) || compareStrings2(a.message, b.message);
  }
  return compareStrings2(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || compareStrings2(a.ruleId, b.ruleId) || a.range.end.offset - b.range.end.offset || compareStrings2(a.message, b.message) || compareStrings2(a.address, b.address);
}
function dedupe2(drafts) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of throughCallersOnly(drafts)) {
    const key = `${placeOf(d)}\0${d.message}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()].map((group) => joinIdentical(group, better));
}
function throughCallersOnly(drafts) {
  if (!drafts.some((d) => d.readAlone)) return drafts;
  const reached = /* @__PURE__ */ new Set();
  const said = /* @__PURE__ */ new Set();
  for (const d of drafts) {
    if (d.readAlone) continue;
    const place = placeOf(d);
    reached.add(place);
    said.add(`${place}\0${d.message}`);
  }
  return drafts.filter((d) => {
    if (!d.readAlone) return true;
    const place = placeOf(d);
    return !reached.has(place) || said.has(`${place}\0${d.message}`);
  });
}
function placeOf(d) {
  return [d.ruleId, d.file ?? "", d.range?.start.offset ?? d.address, d.range?.end.offset ?? ""].join("\0");
}
function joinIdentical(group, isBetter) {
  let kept = group[0];
  for (const f of group) if (isBetter(f, kept)) kept = f;
  if (group.length === 1) return kept;
  const addresses = /* @__PURE__ */ new Set();
  const related = /* @__PURE__ */ new Map();
  const throughCallers = group.some((f) => !f.readAlone);
  for (const f of group) {
    if (!f.suppressed === !kept.suppressed && !(throughCallers && f.readAlone)) for (const a of f.instances ?? [f.address]) addresses.add(a);
    for (const r of f.related) related.set(`${r.file}\0${r.range.start.line}\0${r.range.start.column}\0${r.range.end.line}\0${r.range.end.column}\0${r.message}`, r);
  }
  const instances = [...addresses].sort(compareStrings2);
  return {
    ...kept,
    related: [...related.values()].sort(compareRelated),
    ...instances.length > 1 || instances.length === 1 && instances[0] !== kept.address ? { instances } : {}
  };
}
function compareRelated(a, b) {
  return compareStrings2(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.line - b.range.end.line || a.range.end.column - b.range.end.column || compareStrings2(a.message, b.message);
}
function better(a, b) {
  if (!a.suppressed !== !b.suppressed) return !a.suppressed;
  if (a.address.length !== b.address.length) return a.address.length < b.address.length;
  return a.address < b.address;
}
function summaryOf(result) {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let suppressed = 0;
  for (const f of result.findings) {
    if (f.suppressed) suppressed++;
    else if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notes++;
  }
  return { errors, warnings, notes, suppressed, files: result.files.length, notices: result.notices.length };
}
function mergeResults(results) {
  if (results.length === 1) return results[0];
  const rules2 = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Set();
  for (const r of results) {
    if (lists.has(r.enabledRules)) continue;
    lists.add(r.enabledRules);
    for (const rule of r.enabledRules) if (!rules2.has(rule.id)) rules2.set(rule.id, rule);
  }
  const sources = {};
  for (const r of results) if (r.sources !== void 0) Object.assign(sources, r.sources);
  const merged = {
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    // Runs that share a config say the same about it (plugins not loaded): once is enough.
    notices: finishNotices(results.flatMap((r) => r.notices)),
    files: [...new Set(results.flatMap((r) => r.files))].sort(),
    enabledRules: [...rules2.values()]
  };
  const planFile = results.find((r) => r.planFile !== void 0)?.planFile;
  return { ...merged, summary: summaryOf(merged), ...Object.keys(sources).length > 0 ? { sources } : {}, ...planFile !== void 0 ? { planFile } : {} };
}

// src/engine/registry-self.ts
import * as path6 from "node:path";
var PUBLIC_REGISTRIES = /* @__PURE__ */ new Set(["registry.terraform.io", "registry.opentofu.org"]);
var REGISTRY_SOURCE = /^(?:([a-z0-9.-]+\.[a-z]+)\/)?([a-z0-9][a-z0-9_-]*)\/([a-z0-9][a-z0-9_-]*)\/([a-z0-9]+)(?:\/\/(.*))?$/i;
function parseRegistrySource(source) {
  const m = REGISTRY_SOURCE.exec(source);
  if (!m) return void 0;
  const [, host, , name, provider, subdir] = m;
  if (host !== void 0 && !PUBLIC_REGISTRIES.has(host.toLowerCase())) return void 0;
  const inside = (subdir ?? "").replace(/\?.*$/, "").replace(/^\/+|\/+$/g, "");
  if (inside.split("/").some((s) => s === "..")) return void 0;
  return { name: name.toLowerCase(), provider: provider.toLowerCase(), subdir: inside };
}
function checkoutDirOf(source, dir, top) {
  const repository = `terraform-${source.provider}-${source.name}`;
  const stop = path6.resolve(top);
  for (let at = path6.resolve(dir); ; at = path6.dirname(at)) {
    const base = path6.basename(at).toLowerCase();
    const i = base.length - repository.length;
    if (i >= 0 && base.endsWith(repository) && (i === 0 || !/[a-z0-9]/.test(base[i - 1]))) {
      return source.subdir === "" ? at : path6.join(at, source.subdir);
    }
    if (at === stop || path6.dirname(at) === at) return void 0;
  }
}

// src/engine/rule-run-context.ts
var RuleRunContext = class {
  constructor(instance, settings, callersChoose, deliver) {
    this.instance = instance;
    this.callersChoose = callersChoose;
    this.deliver = deliver;
    this.module = instance.module;
    this.options = settings.options;
    this.strict = settings.strict;
    this.role = settings.role;
    this.isRootModule = settings.role === "deployment";
    this.deploymentCall = settings.deploymentCall;
    this.providersConstrainedAround = settings.providersConstrainedAround;
    this.providersCappedBelow = settings.providersCappedBelow;
    this.hasLockFile = settings.hasLockFile;
  }
  instance;
  callersChoose;
  deliver;
  module;
  options;
  strict;
  role;
  isRootModule;
  deploymentCall;
  providersConstrainedAround;
  providersCappedBelow;
  hasLockFile;
  /** Everything reported, in order. */
  reports = [];
  /** Whether these reports may be replayed on another instance (see `RuleRunMemo`). */
  replayable = true;
  /** A rule that looks at which instance it runs on cannot be replayed on another. */
  get modulePath() {
    this.replayable = false;
    return this.instance.modulePath;
  }
  // Arrow functions, so that a rule may pass them around unbound.
  evaluate = (expr, resource, bindings) => {
    const scope = this.instance.scope;
    return evaluate(expr, bindings ? scope.withBindings(bindings) : scope, resource);
  };
  isCallersChoice = (value) => {
    this.replayable = false;
    const module = this.callersChoose;
    return module !== void 0 && value.origins.some((o) => isVariableDefault(module, o));
  };
  report = (descriptor) => {
    this.reports.push(descriptor);
    if (!this.deliver(descriptor)) this.replayable = false;
  };
};

// src/engine/rule-runs.ts
var MAX_RUNS = 8;
var RuleRunMemo = class {
  runs = /* @__PURE__ */ new WeakMap();
  /**
   * The reports of an earlier run with these settings on an instance of `module`
   * in which everything the run read has the same value as in `scope`;
   * undefined when there is none (run the rule through `record`).
   */
  replay(module, settings, scope) {
    const runs = this.runs.get(module)?.get(settings);
    if (!runs || isOrderDependent(scope)) return void 0;
    for (const run of runs) {
      if (run.keys.every((k, i) => identicalValues(readValue(scope, k), run.values[i]))) return run.reports;
    }
    return void 0;
  }
  /** Runs `work` (the rule on the instance of `scope`) and remembers what it reported, when that can be replayed. */
  record(module, settings, scope, work) {
    let outcome;
    const reads = readsDuring(scope, () => {
      outcome = work();
    });
    if (!outcome?.replayable || reads.orderDependent) return;
    let bySettings = this.runs.get(module);
    if (!bySettings) this.runs.set(module, bySettings = /* @__PURE__ */ new Map());
    let runs = bySettings.get(settings);
    if (!runs) bySettings.set(settings, runs = []);
    if (runs.length >= MAX_RUNS) return;
    runs.push({ keys: reads.keys, values: reads.keys.map((k) => readValue(scope, k)), reports: outcome.reports });
  }
};

// src/engine/rule-runner.ts
function ruleAppliesTo(rule, role) {
  return rule.roles === void 0 || rule.roles.includes(role);
}
var RuleRunner = class {
  constructor(rules2, files, notices, roleAt = () => void 0) {
    this.rules = rules2;
    this.files = files;
    this.notices = notices;
    this.roleAt = roleAt;
  }
  rules;
  files;
  notices;
  roleAt;
  /** Every finding reported so far, before suppressions. */
  drafts = [];
  memo = new RuleRunMemo();
  /** Settings records, one per distinct combination (see `settingsFor`). */
  settings = /* @__PURE__ */ new Map();
  settingsText = /* @__PURE__ */ new WeakMap();
  ruleNumbers = /* @__PURE__ */ new Map();
  /** `concernsModule`'s answers, per module and settings record. */
  concerned = /* @__PURE__ */ new WeakMap();
  /** Runs every rule the config enables (except the engine's own) for the instance's role on one module instance. */
  runOn(instance, config, facts) {
    const factsKey = keyOfFacts(facts);
    for (const rule of this.rules) {
      if (rule.category === "engine" || !config.rules.has(rule.id) || !ruleAppliesTo(rule, facts.role)) continue;
      const settings = this.settingsFor(config, rule, facts, factsKey);
      if (this.concernsModule(settings, instance.module)) this.run(settings, instance, facts.site);
    }
  }
  /**
   * Whether the module holds a resource the rule checks (`Rule.concerns`):
   * asked once per module and settings, since instances of a module share
   * their syntax. A test that throws lets the run go ahead, where the
   * rule's failure is reported as for any other.
   */
  concernsModule(settings, module) {
    const { concerns: concerns13 } = settings.rule;
    if (concerns13 === void 0) return true;
    let byModule = this.concerned.get(module);
    if (!byModule) this.concerned.set(module, byModule = /* @__PURE__ */ new Map());
    let verdict = byModule.get(settings);
    if (verdict === void 0) {
      try {
        verdict = module.resources.some((resource) => concerns13(resource, settings.options));
      } catch {
        verdict = true;
      }
      byModule.set(settings, verdict);
    }
    return verdict;
  }
  /**
   * Runs a rule on one module instance, or replays an earlier run with the
   * same settings on another instance of the module in which everything
   * that run read is identical.
   */
  run(settings, instance, site) {
    const { rule } = settings;
    const moduleFile = instance.module.files[0]?.filename;
    const deliver = (descriptor) => {
      const result = draftFromDescriptor(rule, descriptor, settings.severity, site, this.files);
      if ("callersChoice" in result) return true;
      if ("error" in result) {
        this.internalError(rule, moduleFile, result.error);
        return false;
      }
      for (const problem of result.problems) this.internalError(rule, moduleFile, problem);
      const at = this.roleAt(result.draft.file);
      if (at !== void 0 && !ruleAppliesTo(rule, at)) return true;
      this.drafts.push(at !== void 0 && at !== result.draft.role ? { ...result.draft, role: at } : result.draft);
      return result.problems.length === 0;
    };
    const replayed = this.memo.replay(instance.module, settings, instance.scope);
    if (replayed) {
      for (const descriptor of replayed) deliver(descriptor);
      return;
    }
    this.memo.record(instance.module, settings, instance.scope, () => {
      const ctx = new RuleRunContext(instance, settings, site.noScannedCaller ? site.callersChoose : void 0, deliver);
      try {
        rule.check(ctx);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.internalError(rule, moduleFile, `failed: ${message}`);
        ctx.replayable = false;
      }
      return ctx;
    });
  }
  /**
   * The one settings record for a rule in a config on an instance: records
   * are equal objects exactly when the settings are equal, even across
   * configs, so remembered runs are found by the record itself.
   */
  settingsFor(config, rule, facts, factsKey) {
    const text = this.configText(config, rule);
    let byFacts = this.settings.get(text);
    if (!byFacts) this.settings.set(text, byFacts = /* @__PURE__ */ new Map());
    let settings = byFacts.get(factsKey);
    if (!settings) {
      const setting = config.rules.get(rule.id);
      if (!setting) throw new Error(`rule "${rule.id}" is not enabled`);
      settings = {
        rule,
        severity: setting.severity,
        options: setting.options,
        strict: config.strict,
        role: facts.role,
        deploymentCall: facts.deploymentCall,
        hasLockFile: facts.hasLockFile,
        providersConstrainedAround: facts.providersConstrainedAround,
        providersCappedBelow: facts.providersCappedBelow
      };
      byFacts.set(factsKey, settings);
    }
    return settings;
  }
  /** What a config sets for a rule (severity, options, `strict`), as text; worked out once per config and rule. */
  configText(config, rule) {
    let byRule = this.settingsText.get(config);
    if (!byRule) this.settingsText.set(config, byRule = /* @__PURE__ */ new Map());
    let text = byRule.get(rule);
    if (text === void 0) {
      let ruleNumber = this.ruleNumbers.get(rule);
      if (ruleNumber === void 0) this.ruleNumbers.set(rule, ruleNumber = this.ruleNumbers.size);
      const setting = config.rules.get(rule.id);
      text = JSON.stringify([ruleNumber, setting?.severity, setting?.options, config.strict]);
      byRule.set(rule, text);
    }
    return text;
  }
  internalError(rule, filename, what) {
    const where = filename !== void 0 ? ` on ${this.files.display(filename)}` : "";
    this.notices.push({
      level: "error",
      message: `internal error: rule "${rule.id}"${where} ${what}`,
      ...filename !== void 0 ? { file: this.files.display(filename) } : {}
    });
  }
};
function keyOfFacts(facts) {
  const call = facts.deploymentCall;
  const callKey = call ? `${call.file}${call.range.start.offset}${call.range.end.offset}${call.deployment}` : "";
  const around = [...facts.providersConstrainedAround].sort().join("");
  const capped = [...facts.providersCappedBelow].sort().join("");
  return `${facts.role}\0${callKey}\0${facts.hasLockFile}\0${around}\0${capped}`;
}

// src/engine/scan-host.ts
var ScanHost = class {
  constructor(inner) {
    this.inner = inner;
  }
  inner;
  pending = /* @__PURE__ */ new Map();
  pendingLists = /* @__PURE__ */ new Map();
  scanning = true;
  /** From now on, texts are no longer kept for a later read. */
  endScan() {
    this.scanning = false;
  }
  readFile = (path9) => {
    if (this.pending.has(path9)) {
      const text2 = this.pending.get(path9);
      this.pending.delete(path9);
      return text2;
    }
    const text = this.inner.readFile(path9);
    if (this.scanning) this.pending.set(path9, text);
    return text;
  };
  fileIdentity = (path9) => this.inner.fileIdentity?.(path9);
  whyUnreadable = (path9) => this.inner.whyUnreadable?.(path9);
  listFiles = (dir) => {
    const listed = this.pendingLists.get(dir);
    if (listed !== void 0) {
      this.pendingLists.delete(dir);
      return [...listed];
    }
    const names = this.inner.listFiles(dir);
    if (this.scanning) this.pendingLists.set(dir, [...names]);
    return names;
  };
  // A run asks the same questions many times (a lock file per module
  // instance, a real path per module call); the answers do not change within it.
  exists = /* @__PURE__ */ new Map();
  realPaths = /* @__PURE__ */ new Map();
  fileExists = (path9) => {
    let known = this.exists.get(path9);
    if (known === void 0) this.exists.set(path9, known = this.inner.fileExists(path9));
    return known;
  };
  realPath = (path9) => {
    if (this.realPaths.has(path9)) return this.realPaths.get(path9);
    const real = this.inner.realPath(path9);
    this.realPaths.set(path9, real);
    return real;
  };
};

// src/engine/targets.ts
import * as path7 from "node:path";
var CONFIG_FILE2 = /\.tf(\.json)?$/;
var VAR_FILE = /\.tfvars(\.json)?$/;
var LintTargets = class {
  constructor(options, host, names, rules2, notices, boundary, helps = {}) {
    this.options = options;
    this.host = host;
    this.names = names;
    this.rules = rules2;
    this.notices = notices;
    this.boundary = boundary;
    this.helps = helps;
  }
  options;
  host;
  names;
  rules;
  notices;
  boundary;
  helps;
  configCache = /* @__PURE__ */ new Map();
  /** The nearest config file at or above each directory asked about. */
  configFiles = new ConfigFileFinder((candidate) => this.host.fileExists(candidate));
  excludeMatchers = /* @__PURE__ */ new Map();
  roleMatchers = /* @__PURE__ */ new Map();
  /** The module directories named by `options` (in-memory: every directory with configuration files), in path order. */
  list() {
    const byDir = /* @__PURE__ */ new Map();
    const add = (dir, file) => {
      let target = byDir.get(dir);
      if (!target) {
        target = { dir, only: file === void 0 ? void 0 : /* @__PURE__ */ new Set(), named: file === void 0, config: this.configFor(dir) };
        byDir.set(dir, target);
      }
      if (file === void 0) {
        target.only = void 0;
        target.named = true;
      } else target.only?.add(file);
    };
    if (this.options.files !== void 0) {
      const dirs = /* @__PURE__ */ new Set();
      for (const name of Object.keys(this.options.files)) {
        if (CONFIG_FILE2.test(name)) dirs.add(memoryDir(name));
      }
      for (const dir of [...dirs].sort()) add(dir, void 0);
      for (const t of byDir.values()) t.named = false;
      return [...byDir.values()];
    }
    for (const given of this.options.paths) {
      const p = this.names.absolute(given);
      if (this.host.fileExists(p)) {
        if (CONFIG_FILE2.test(p) || VAR_FILE.test(p)) add(path7.dirname(p), p);
        else this.notices.push({ level: "warning", message: `not a Terraform file: ${this.names.display(p)}`, file: this.names.display(p) });
      } else if (this.host.realPath(p) !== void 0) {
        add(p, void 0);
      } else {
        this.notices.push({ level: "error", message: `no such file or directory: ${given}` });
      }
    }
    return [...byDir.values()].sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  }
  /** The config for a directory: the one given, else the nearest `.tfmould.json` above it, resolved once per file. */
  configFor(dir) {
    const given = this.options.config;
    const key = given !== void 0 || this.names.inMemory ? "" : this.configFiles.nearest(this.names.absolute(dir)) ?? "";
    let resolved = this.configCache.get(key);
    if (!resolved) {
      let loaded3;
      if (given !== void 0) loaded3 = isLoadedConfig(given) ? given : configFromObject(given, this.names.cwd, this.rules);
      else if (key !== "") {
        this.boundary?.admit(key);
        loaded3 = loadConfigFile(key, { host: this.host, rules: this.rules });
      }
      if (loaded3 && this.options.plugins === void 0) this.noticeUnloadedPlugins(loaded3);
      resolved = resolveConfig(loaded3, this.options.overrides, { rules: given === void 0 || this.options.pluginScope ? this.rulesUnder(loaded3) : this.rules, cwd: this.names.cwd });
      this.configCache.set(key, resolved);
    }
    return resolved;
  }
  /** The rules that run under a config found on disk (or none): tfmould's, and those of the plugins it names (`pluginScope`). */
  rulesUnder(loaded3) {
    const scope = this.options.pluginScope;
    if (scope === void 0) return this.rules;
    const names = new Set(loaded3?.file !== void 0 ? scope(loaded3.file) : []);
    return this.rules.filter((r) => {
      const namespace = pluginNamespace(r.id);
      return namespace === void 0 || names.has(namespace);
    });
  }
  /**
   * A config names plugins that nobody loaded: their rules do not run, and
   * the user is told why. Plugins run code, so the engine never loads them
   * on a config's say-so (the command does for `--config` or with `--allow-plugins`).
   */
  noticeUnloadedPlugins(loaded3) {
    const plugins = loaded3.config.plugins ?? [];
    if (plugins.length === 0) return;
    const file = loaded3.file !== void 0 ? this.names.display(loaded3.file) : void 0;
    const list2 = plugins.map((p) => JSON.stringify(p)).join(", ");
    this.notices.push({
      level: "warning",
      message: `plugins not loaded: ${file ?? "the config"} names ${list2}, but a plugin runs its own code and tfmould runs none on the say-so of a config found among the scanned files, so their rules did not run; to trust them, pass --allow-plugins or name the config with --config (API: give lint() the plugins)`,
      ...file !== void 0 ? { file } : {}
    });
  }
  /**
   * Which modules call which, before any is linted: whether a module is
   * called decides whether it is a root, and the calls give an order in
   * which each parsed module can be dropped once nothing left needs it.
   * Keys are the targets' directories and those of modules outside the
   * paths that they call, at any depth; a target with nothing to lint calls nothing.
   */
  callGraph(targets) {
    const known = this.helps.knownCalls && this.reachedIn(this.helps.knownCalls, targets);
    const calls = /* @__PURE__ */ new Map();
    for (const target of targets) calls.set(target.dir, known ? known.get(target.dir) ?? [] : this.scannedCalls(target));
    const outside = [...calls.values()].flat().filter((dir) => !calls.has(dir));
    for (let dir = outside.pop(); dir !== void 0; dir = outside.pop()) {
      if (calls.has(dir)) continue;
      const found = known ? known.get(dir) ?? [] : scanDirectoryCalls(dir, this.host, this.helps.callScans).calls;
      calls.set(dir, found);
      outside.push(...found);
    }
    this.host.endScan();
    return calls;
  }
  /** A target's local calls as the scan finds them: none when none of its files is to be linted. */
  scannedCalls(target) {
    const scan2 = scanDirectoryCalls(target.dir, this.hostFor(target), this.helps.callScans);
    return this.keptFiles(target, scan2.configFiles).length > 0 ? scan2.calls : [];
  }
  /** The part of a known call graph that `targets` reach, or undefined when it lacks one of those directories. */
  reachedIn(known, targets) {
    const reached = /* @__PURE__ */ new Map();
    const pending = targets.map((t) => t.dir);
    for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
      if (reached.has(dir)) continue;
      const callees = known.get(dir);
      if (callees === void 0) return void 0;
      reached.set(dir, callees);
      pending.push(...callees);
    }
    return reached;
  }
  /** The host a target's module is read through: without the files its config excludes, unless files were named. */
  hostFor(target) {
    return target.only ? this.host : this.excludingHost(target.config);
  }
  /** Of a target's configuration files, those to lint. */
  keptFiles(target, filenames) {
    return target.only ? filenames.filter((f) => target.only?.has(f) || !this.isExcluded(target.config, f)) : filenames;
  }
  /** Whether a config's `exclude` patterns cover a file (patterns are relative to the config's directory). */
  isExcluded(config, filename) {
    if (config.exclude.length === 0) return false;
    const rel = relativePath(config.baseDir, this.names.absolute(filename)).split(path7.sep).join("/");
    if (rel.startsWith("../")) return false;
    let matcher = this.excludeMatchers.get(config);
    if (!matcher) this.excludeMatchers.set(config, matcher = globMatcher(config.exclude));
    return matcher(rel);
  }
  /** The role a config's `roles` gives a directory (host path): the last pattern that matches it, relative to the config's directory. */
  configuredRole(config, dir) {
    if (config.roles.length === 0) return void 0;
    const rel = relativePath(config.baseDir, this.names.absolute(dir)).split(path7.sep).join("/");
    if (rel.startsWith("../") || rel === "..") return void 0;
    let matchers2 = this.roleMatchers.get(config);
    if (!matchers2) this.roleMatchers.set(config, matchers2 = config.roles.map((r) => ({ role: r.role, matches: globMatcher([r.pattern]) })));
    let role;
    const own = (pattern) => [".", "./", "**", "**/"].includes(pattern);
    config.roles.forEach((r, i) => {
      if (rel === "" ? own(r.pattern) : matchers2[i].matches(rel)) role = r.role;
    });
    return role;
  }
  /** When some modules were named only through files, a predicate that keeps findings in those files (and other modules). */
  restriction(targets) {
    const limited = targets.filter((t) => t.only !== void 0 && t.loaded);
    if (limited.length === 0) return void 0;
    const allowed = /* @__PURE__ */ new Set();
    const limitedDirs = new Set(limited.map((t) => this.names.display(t.dir)));
    for (const t of limited) for (const f of t.only ?? []) allowed.add(this.names.display(f));
    return (display) => allowed.has(display) || !limitedDirs.has(displayDir(display));
  }
  /** The rules enabled for the run, with the severity of the first config that enables each. */
  enabledRules(targets) {
    const configs = targets.length > 0 ? targets.map((t) => t.config) : [this.configFor(this.names.inMemory ? "" : this.names.cwd)];
    const out = [];
    for (const rule of this.rules) {
      const setting = configs.map((c) => c.rules.get(rule.id)).find((s) => s !== void 0);
      if (setting) out.push({ id: rule.id, severity: setting.severity });
    }
    return out;
  }
  excludingHost(config) {
    if (config.exclude.length === 0) return this.host;
    const host = this.host;
    return {
      readFile: (p) => host.readFile(p),
      fileExists: (p) => host.fileExists(p),
      realPath: (p) => host.realPath(p),
      whyUnreadable: (p) => host.whyUnreadable(p),
      fileIdentity: (p) => host.fileIdentity(p),
      listFiles: (dir) => host.listFiles(dir).filter((name) => !this.isExcluded(config, joinPath(dir, name)))
    };
  }
};
function isLoadedConfig(value) {
  return typeof value === "object" && value !== null && "config" in value && "baseDir" in value;
}

// src/plan/read.ts
var DEFAULT_MAX_PLAN_BYTES = 512 * 1024 * 1024;
var PlanError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PlanError";
  }
};
var ACTIONS = /* @__PURE__ */ new Set(["no-op", "create", "read", "update", "delete", "forget"]);
function readPlanFile(path9, options = {}) {
  const name = options.name ?? path9;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PLAN_BYTES;
  const read2 = readRegularFile(path9, maxBytes);
  if ("reason" in read2) {
    const reason = read2.reason.replace("(--max-file-size)", "(--max-plan-size)");
    throw new PlanError(`cannot read the plan ${name}: ${reason === "does not exist" ? "no such file" : reason}`);
  }
  return parsePlan(decode(read2.bytes, name), name);
}
function decode(bytes, name) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4) {
    throw new PlanError(`the plan ${name} is a binary plan file: give tfmould the output of \`terraform show -json ${name}\``);
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function parsePlan(text, name = "plan") {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlanError(`the plan ${name} is not valid JSON: ${jsonProblem(error, text)}`);
  }
  return planOf(data, name);
}
function jsonProblem(error, text) {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of JSON input|Unterminated|Unexpected end/i.test(message) || text.trim() === "") {
    return text.trim() === "" ? "the file is empty" : "it ends too early (truncated?)";
  }
  const m = /position (\d+)/.exec(message);
  if (m && Number(m[1]) >= text.trimEnd().length) return "it ends too early (truncated?)";
  const first = message.split(/\r?\n/)[0].replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*$/, "");
  if (!m) return first.slice(0, 200);
  const offset = Number(m[1]);
  let line = 1;
  let lineStart2 = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart2 = i + 1;
  }
  return `${first.slice(0, 200)} at line ${line}, column ${offset - lineStart2 + 1}`;
}
function planOf(data, name = "plan") {
  const fail = (where, what) => {
    throw new PlanError(`the plan ${name} ${where ? `has ${where} that is ` : "is "}${what}`);
  };
  if (!isObject3(data)) return fail("", "not a plan: expected a JSON object from `terraform show -json PLANFILE`");
  const version = data.format_version;
  if (typeof version !== "string") return fail("", "not a plan: it has no `format_version` (expected the output of `terraform show -json PLANFILE`)");
  const major = /^(\d+)\.\d+/.exec(version);
  if (!major) return fail("a `format_version`", `not a version: ${JSON.stringify(version).slice(0, 40)}`);
  if (major[1] !== "1") throw new PlanError(`the plan ${name} has format version ${version}; tfmould reads format version 1.x`);
  if (!("planned_values" in data) && !("resource_changes" in data)) {
    const state = "values" in data ? " (it looks like a state: run `terraform show -json` on a saved plan file)" : "";
    return fail("", `not a plan: it has neither \`resource_changes\` nor \`planned_values\`${state}`);
  }
  const configuration = data.configuration;
  if (configuration !== void 0 && configuration !== null && !isObject3(configuration)) fail("`configuration`", "not an object");
  const rootConfig = isObject3(configuration) ? configuration.root_module : void 0;
  return {
    formatVersion: version,
    ...typeof data.terraform_version === "string" ? { terraformVersion: data.terraform_version } : {},
    resourceChanges: changeList(data.resource_changes, "resource_changes", fail),
    resourceDrift: changeList(data.resource_drift, "resource_drift", fail),
    plannedResources: plannedResources(data.planned_values, fail),
    ...isObject3(rootConfig) ? { configuration: configModule(rootConfig, "configuration.root_module", fail, 0) } : {}
  };
}
function isObject3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function changeList(list2, where, fail) {
  if (list2 === void 0 || list2 === null) return [];
  if (!Array.isArray(list2)) return fail(`\`${where}\``, "not a list");
  return list2.map((item, i) => resourceChange(item, `${where}[${i}]`, fail));
}
function resourceChange(item, where, fail) {
  if (!isObject3(item)) return fail(`\`${where}\``, "not an object");
  const str2 = (key) => {
    const v = item[key];
    return typeof v === "string" && v !== "" ? v : fail(`\`${where}.${key}\``, "missing or not a string");
  };
  const change = item.change;
  if (!isObject3(change)) return fail(`\`${where}.change\``, "missing or not an object");
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
    return fail(`\`${where}.change.actions\``, "not a list of actions");
  }
  const known = actions.filter((a) => ACTIONS.has(a));
  const index = item.index;
  const deposed = item.deposed;
  const reason = item.action_reason;
  const mode = item.mode === "data" ? "data" : "managed";
  const moduleAddress = typeof item.module_address === "string" ? item.module_address : "";
  const planChange = {
    // An action a later version adds is kept out: no rule knows it.
    actions: known.length === actions.length ? known : [],
    before: change.before ?? null,
    after: change.after ?? null,
    afterUnknown: change.after_unknown ?? null,
    beforeSensitive: change.before_sensitive ?? null,
    afterSensitive: change.after_sensitive ?? null,
    replacePaths: replacePaths(change.replace_paths)
  };
  return {
    address: str2("address"),
    moduleAddress,
    mode,
    type: str2("type"),
    name: str2("name"),
    ...typeof index === "number" || typeof index === "string" ? { index } : {},
    ...typeof deposed === "string" ? { deposed } : {},
    change: planChange,
    ...typeof reason === "string" ? { actionReason: reason } : {}
  };
}
function replacePaths(value) {
  if (!Array.isArray(value)) return [];
  const out = [];
  for (const path9 of value) {
    if (Array.isArray(path9) && path9.every((s) => typeof s === "string" || typeof s === "number")) out.push(path9);
  }
  return out;
}
function plannedResources(values, fail) {
  if (!isObject3(values)) return [];
  const out = [];
  const walk = (module, where, depth) => {
    if (!isObject3(module) || depth > 100) return;
    const moduleAddress = typeof module.address === "string" ? module.address : "";
    const resources = module.resources;
    if (Array.isArray(resources)) {
      resources.forEach((r, i) => {
        if (!isObject3(r)) return fail(`\`${where}.resources[${i}]\``, "not an object");
        const { address, type, name, index } = r;
        if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string") {
          return fail(`\`${where}.resources[${i}]\``, "a resource without an address, type and name");
        }
        out.push({
          address,
          mode: r.mode === "data" ? "data" : "managed",
          type,
          name,
          ...typeof index === "number" || typeof index === "string" ? { index } : {},
          moduleAddress,
          values: isObject3(r.values) ? r.values : {},
          sensitiveValues: r.sensitive_values ?? null
        });
      });
    }
    const children = module.child_modules;
    if (Array.isArray(children)) children.forEach((c, i) => walk(c, `${where}.child_modules[${i}]`, depth + 1));
  };
  walk(values.root_module, "planned_values.root_module", 0);
  return out;
}
function configModule(module, where, fail, depth) {
  const resources = [];
  const list2 = module.resources;
  if (Array.isArray(list2)) {
    list2.forEach((r, i) => {
      if (!isObject3(r)) return;
      const { address, type, name } = r;
      if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string") return;
      const references = /* @__PURE__ */ new Set();
      collectReferences(r.expressions, references, 0);
      collectReferences(r.count_expression, references, 0);
      collectReferences(r.for_each_expression, references, 0);
      if (Array.isArray(r.depends_on)) {
        for (const d of r.depends_on) if (typeof d === "string") references.add(d);
      }
      resources.push({ address, mode: r.mode === "data" ? "data" : "managed", type, name, references: [...references] });
      void i;
    });
  }
  const moduleCalls = /* @__PURE__ */ new Map();
  const calls = module.module_calls;
  if (isObject3(calls) && depth < 100) {
    for (const [callName, call] of Object.entries(calls)) {
      if (!isObject3(call)) continue;
      const child = isObject3(call.module) ? configModule(call.module, `${where}.module_calls.${callName}.module`, fail, depth + 1) : EMPTY_MODULE;
      moduleCalls.set(callName, { source: typeof call.source === "string" ? call.source : "", module: child });
    }
  }
  return { resources, moduleCalls };
}
var EMPTY_MODULE = { resources: [], moduleCalls: /* @__PURE__ */ new Map() };
function collectReferences(value, out, depth) {
  if (value === void 0 || value === null || typeof value !== "object" || depth > 64) return;
  if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, out, depth + 1);
    return;
  }
  const obj2 = value;
  const refs = obj2.references;
  if (Array.isArray(refs)) {
    for (const r of refs) if (typeof r === "string") out.add(r);
  }
  for (const [key, v] of Object.entries(obj2)) if (key !== "references" && key !== "constant_value") collectReferences(v, out, depth + 1);
}

// src/plan/locate.ts
var MODULES_MANIFEST = ".terraform/modules/modules.json";
var PlanLocator = class {
  constructor(rootDir, host) {
    this.rootDir = rootDir;
    this.host = host;
    this.dirs.set("", rootDir);
  }
  rootDir;
  host;
  /** Module directories by module call path (`module.app.module.db`), "" for the root. */
  dirs = /* @__PURE__ */ new Map();
  manifest;
  /** The resource block a change is about, or undefined when the configuration does not hold it. */
  locate(change) {
    const steps = moduleSteps(change.moduleAddress);
    if (!steps) return void 0;
    const dir = this.dirOf(steps.map((s) => s.name));
    const module = dir === void 0 ? void 0 : this.host.loadModule(dir);
    return module?.resourcesByAddress.get(resourceAddress(change));
  }
  /**
   * The module call blocks of the configuration on the way to a resource
   * (outermost first), where they are in scanned files: a suppression on a
   * call covers what it calls.
   */
  callsTo(change) {
    const steps = moduleSteps(change.moduleAddress) ?? [];
    const out = [];
    for (let i = 0; i < steps.length; i++) {
      const dir = this.dirOf(steps.slice(0, i).map((s) => s.name));
      const call = dir === void 0 ? void 0 : this.host.loadModule(dir)?.moduleCalls.get(steps[i].name);
      if (call) out.push({ file: call.file.filename, range: call.block.range });
    }
    return out;
  }
  /** The directory of the module reached through these calls from the root. */
  dirOf(names) {
    const key = names.join(".");
    if (this.dirs.has(key)) return this.dirs.get(key);
    const parentDir = this.dirOf(names.slice(0, -1));
    let dir;
    if (parentDir !== void 0) {
      const call = this.host.loadModule(parentDir)?.moduleCalls.get(names[names.length - 1]);
      const source = call?.source ? literalString(call.source.expr) : void 0;
      if (source !== void 0 && /^\.\.?[\\/]/.test(source)) dir = this.host.join(parentDir, source);
      else if (call) dir = this.installed().get(key);
    }
    this.dirs.set(key, dir);
    return dir;
  }
  /** `modules.json`'s directories by key (`vpc`, `app.db`), joined to the root; empty when there is none. */
  installed() {
    if (this.manifest) return this.manifest;
    const out = /* @__PURE__ */ new Map();
    const text = this.host.readFile(this.host.join(this.rootDir, MODULES_MANIFEST));
    let data;
    try {
      data = text === void 0 ? void 0 : JSON.parse(text);
    } catch {
      data = void 0;
    }
    const list2 = typeof data === "object" && data !== null ? data.Modules : void 0;
    if (Array.isArray(list2)) {
      for (const entry of list2) {
        if (typeof entry !== "object" || entry === null) continue;
        const { Key, Dir } = entry;
        if (typeof Key === "string" && Key !== "" && typeof Dir === "string" && !/^(?:[\\/]|[A-Za-z]:)/.test(Dir) && !Dir.split(/[\\/]/).includes("..")) {
          out.set(Key, this.host.join(this.rootDir, Dir));
        }
      }
    }
    this.manifest = out;
    return out;
  }
};

// src/engine/plan-run.ts
function planDrafts(s) {
  const drafts = [];
  for (const rule of s.rules) {
    const setting = s.config.rules.get(rule.id);
    if (!rule.checkPlan || !setting) continue;
    const report = (d) => {
      drafts.push(planDraft(rule, setting.severity, d, s));
    };
    try {
      rule.checkPlan({ plan: s.plan, options: setting.options, report });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      s.notices.push({ level: "error", message: `internal error: rule "${rule.id}" failed on the plan: ${message}` });
    }
  }
  return drafts;
}
function planDraft(rule, severity, d, s) {
  const fields2 = {
    ruleId: rule.id,
    severity: d.severity !== void 0 && severity === rule.severity ? d.severity : severity,
    message: d.message,
    address: d.change.address,
    attributePath: normalAttributePath(d.attributePath ?? ""),
    related: []
  };
  return draftAtResource(fields2, d.change, s);
}
function draftAtResource(fields2, resource, s) {
  const located = s.locator.locate(resource);
  if (!located) return { ...fields2, anchors: [] };
  const file = s.files.display(located.file.filename);
  const range = blockHeaderRange(located.block);
  return { ...fields2, file, range, anchors: [{ file, range }, ...s.locator.callsTo(resource).map((c) => ({ file: s.files.display(c.file), range: c.range }))] };
}

// src/plan/synthesize.ts
var UNKNOWN_VALUE_EXPR = "data.tfmould_plan.value.known_after_apply";
var SENSITIVE_VALUE_EXPR = "data.tfmould_plan.value.sensitive";
var MAX_DEPTH3 = 100;
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "dynamic"]);
function isObject4(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function synthesizePlanValues(plan, keep = () => true) {
  const writer = new Writer();
  for (const r of plannedInstances(plan)) if (keep(r.type)) writer.resource(r);
  return { resources: writer.resources };
}
function plannedInstances(plan) {
  const changes = new Map(plan.resourceChanges.filter((c) => c.deposed === void 0).map((c) => [c.address, c]));
  const planned = plan.plannedResources.filter((r) => r.mode === "managed");
  if (planned.length > 0) {
    return planned.map((r) => {
      const change = changes.get(r.address)?.change;
      return {
        address: r.address,
        moduleAddress: r.moduleAddress,
        type: r.type,
        name: r.name,
        values: r.values,
        unknown: change?.afterUnknown ?? null,
        // Either mask marking a value keeps it out.
        sensitive: [r.sensitiveValues, change?.afterSensitive ?? null]
      };
    });
  }
  const out = [];
  for (const c of changes.values()) {
    if (c.mode !== "managed" || !isObject4(c.change.after)) continue;
    out.push({
      address: c.address,
      moduleAddress: c.moduleAddress,
      type: c.type,
      name: c.name,
      values: c.change.after,
      unknown: c.change.afterUnknown,
      sensitive: [c.change.afterSensitive]
    });
  }
  return out;
}
function isIdentifier(name) {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name);
}
function keysOf(value, masks) {
  const keys = isObject4(value) ? Object.keys(value) : [];
  const seen = new Set(keys);
  for (const mask2 of masks) {
    if (!isObject4(mask2)) continue;
    for (const [k, m] of Object.entries(mask2)) {
      if (m === true && !seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return keys;
}
function isBlockList(v) {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isObject4(e));
}
var Writer = class {
  resources = [];
  lines = [];
  current;
  paths = /* @__PURE__ */ new Map();
  hiddenPaths = [];
  resource(r) {
    const label = `tfmould_plan_${this.resources.length}`;
    this.current = r;
    this.paths = /* @__PURE__ */ new Map();
    this.hiddenPaths = [];
    this.lines = [];
    this.lines.push(`resource ${quote(r.type)} ${quote(label)} {`);
    this.body(r.values, [], "  ");
    this.lines.push("}");
    this.resources.push({
      label,
      address: r.address,
      moduleAddress: r.moduleAddress,
      mode: "managed",
      type: r.type,
      name: r.name,
      text: `${this.lines.join("\n")}
`,
      paths: this.paths,
      hiddenPaths: this.hiddenPaths
    });
  }
  /** Arguments and nested blocks of an object at `path`. */
  body(value, path9, indent) {
    const r = this.current;
    const masks = [r.unknown, ...r.sensitive].map((m) => maskAt(m, path9));
    for (const key of keysOf(value, masks)) {
      if (!isIdentifier(key) || path9.length === 0 && META_ARGUMENTS.has(key)) continue;
      const at = [...path9, key];
      const v = isObject4(value) ? value[key] : void 0;
      const hidden = this.hidden(at);
      if (hidden === void 0 && (v === null || v === void 0)) continue;
      if (hidden === void 0 && key !== "dynamic" && path9.length < MAX_DEPTH3 && isBlockList(v) && v.every((_, i) => this.hidden([...at, i]) === void 0)) {
        v.forEach((element, i) => {
          this.lines.push(`${indent}${key} {`);
          this.body(element, [...at, i], `${indent}  `);
          this.lines.push(`${indent}}`);
        });
        continue;
      }
      this.lines.push(`${indent}${key} = ${this.expression(v, at)}`);
      this.paths.set(this.lines.length, formatPath(at));
      if (hidden !== void 0) this.hiddenPaths.push(formatPath(at));
    }
  }
  /** The expression for a value at `path`, every unknown or sensitive part of it replaced. */
  expression(v, path9) {
    const hidden = this.hidden(path9);
    if (hidden !== void 0) return hidden;
    if (v === null || v === void 0) return "null";
    if (path9.length > MAX_DEPTH3 && typeof v === "object") return UNKNOWN_VALUE_EXPR;
    if (typeof v === "string") return quote(v);
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v)) return `[${v.map((e, i) => this.expression(e, [...path9, i])).join(", ")}]`;
    const r = this.current;
    const masks = [r.unknown, ...r.sensitive].map((m) => maskAt(m, path9));
    const items = [];
    for (const key of keysOf(v, masks)) {
      const e = v[key];
      const at = [...path9, key];
      if ((e === null || e === void 0) && this.hidden(at) === void 0) continue;
      items.push(`${quote(key)} = ${this.expression(e, at)}`);
    }
    return `{${items.join(", ")}}`;
  }
  /** The stand-in for a value the plan does not give as a plain one, or undefined when it does. */
  hidden(path9) {
    const r = this.current;
    if (r.sensitive.some((m) => marked(m, path9))) return SENSITIVE_VALUE_EXPR;
    if (marked(r.unknown, path9)) return UNKNOWN_VALUE_EXPR;
    return void 0;
  }
};
function maskAt(mask2, path9) {
  let m = mask2;
  for (const step of path9) {
    if (Array.isArray(m) && typeof step === "number") m = m[step];
    else if (isObject4(m)) m = m[String(step)];
    else return null;
  }
  return m ?? null;
}
function quote(text) {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (c === "\\") out += "\\\\";
    else if (c === '"') out += '\\"';
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "	") out += "\\t";
    else if ((c === "$" || c === "%") && text[i + 1] === "{") out += c + c;
    else if (code < 32 || code === 127) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `${out}"`;
}

// src/engine/plan-values.ts
var PLAN_VALUE_RULES = /* @__PURE__ */ new Set([
  "container-image-pinned",
  "no-boot-time-configuration",
  "disposable-root-volume",
  "database-deletion-protection",
  "ecr-tag-immutability",
  "user-data-replace-on-change"
]);
var PLANNED_VALUES_DIR = "(planned values)";
function planValueDrafts(s) {
  const rules2 = s.rules.filter((r) => PLAN_VALUE_RULES.has(r.id) && s.config.rules.has(r.id));
  if (rules2.length === 0) return [];
  const earlier = new SourceFindings(s.sourceDrafts);
  const out = [];
  for (const { resource, draft: d } of runRules(rules2, synthesizePlanValues(s.plan).resources, onlyRules(s.config, rules2), s.notices)) {
    const attributePath = d.attributePath !== "" ? d.attributePath : normalAttributePath(resource.paths.get(d.range?.start.line ?? 0) ?? "");
    if (aboutHidden(d.message, attributePath, resource)) continue;
    const located = s.locator.locate(resource);
    if (located && earlier.hold(d.ruleId, resource, attributePath, { file: s.files.display(located.file.filename), range: located.block.range })) continue;
    const name = located ? `${resource.type}.${resource.name}` : resource.address;
    const fields2 = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message.split(`${resource.type}.${resource.label}`).join(name),
      address: resource.address,
      attributePath,
      // The synthesized text's places (where a value was used, a fix) mean nothing in the user's files.
      related: []
    };
    out.push(draftAtResource(fields2, resource, s));
  }
  return out;
}
function aboutHidden(message, attributePath, resource) {
  for (const hidden of resource.hiddenPaths) {
    if (attributePath === hidden || attributePath.startsWith(`${hidden}.`) || attributePath.startsWith(`${hidden}[`)) return true;
    const name = /[A-Za-z_][A-Za-z0-9_-]*$/.exec(hidden)?.[0];
    if (name !== void 0 && new RegExp(`(^|[^A-Za-z0-9_-])${name}($|[^A-Za-z0-9_-])`).test(message)) return true;
  }
  return false;
}
function onlyRules(config, rules2) {
  const ids = new Set(rules2.map((r) => r.id));
  return { ...config, rules: new Map([...config.rules].filter(([id]) => ids.has(id))) };
}
function runRules(rules2, resources, config, notices) {
  let file;
  const table = { display: (name) => name, get: (name) => name === file?.filename ? file : void 0 };
  const runner = new RuleRunner(rules2, table, notices);
  const host = new MemoryHost();
  const out = [];
  let broken = false;
  for (const resource of resources) {
    file = parse(resource.text, `${PLANNED_VALUES_DIR}/${resource.label}.tf`);
    const error = file.diagnostics.find((d) => d.severity === "error");
    if (error) {
      if (!broken) notices.push({ level: "error", message: `internal error: the planned values of ${resource.address} could not be checked (${error.summary})` });
      broken = true;
      continue;
    }
    const module = buildModule([file], { dir: PLANNED_VALUES_DIR });
    const before = runner.drafts.length;
    for (const instance of instantiateModules(module, { host, rootDir: "", isRoot: true, useEnv: false }).instances) {
      runner.runOn(instance, config, {
        site: { module: instance.module, modulePath: instance.modulePath, role: "deployment", callers: [] },
        role: "deployment",
        deploymentCall: void 0,
        hasLockFile: false,
        providersConstrainedAround: NONE,
        providersCappedBelow: NONE
      });
    }
    for (const draft of runner.drafts.slice(before)) out.push({ resource, draft });
  }
  return out;
}
var NONE = /* @__PURE__ */ new Set();
var SourceFindings = class {
  byRule = /* @__PURE__ */ new Map();
  constructor(drafts) {
    for (const d of drafts) {
      const list2 = this.byRule.get(d.ruleId);
      if (list2) list2.push(d);
      else this.byRule.set(d.ruleId, [d]);
    }
  }
  hold(ruleId, resource, attributePath, block2) {
    return (this.byRule.get(ruleId) ?? []).some(
      (d) => (d.attributePath === attributePath || d.attributePath === "" || attributePath === "") && sameInstance(d.address, resource) && d.anchors.some((a) => a.file === block2.file && contains2(block2.range, a.range))
    );
  }
};
function sameInstance(address, resource) {
  const local = `${resource.type}.${resource.name}`;
  let modulePart;
  if (address === local) modulePart = "";
  else if (address.endsWith(`.${local}`)) modulePart = address.slice(0, -local.length - 1);
  else return false;
  const source = moduleSteps(modulePart);
  const planned = moduleSteps(resource.moduleAddress);
  if (!source || !planned || source.length !== planned.length) return false;
  return source.every((step, i) => step.name === planned[i].name && (step.key === void 0 || step.key === planned[i].key));
}

// src/engine/lint.ts
var LOCK_FILE = ".terraform.lock.hcl";
var WARM_UP_MIN_MODULES = 100;
function warmUpFor(targets) {
  if (targets.length >= WARM_UP_MIN_MODULES) warmUpParser();
}
function readsModules(rule) {
  return rule.category !== "engine" && rule.category !== "plan";
}
function rulesOf(settings) {
  const base = settings.rules ?? rules;
  return settings.plugins !== void 0 && settings.plugins.length > 0 ? withPlugins(base, settings.plugins) : base;
}
function lint(given) {
  const options = withPlanRead(given);
  if (options.files !== void 0) {
    const result = new LintRun(options).execute();
    const texts = new Map(Object.entries(options.files).map(([name, text]) => [normalizePath(name), text]));
    return withSources(result, (file) => texts.get(file));
  }
  if (options.host !== void 0) return lintModules(options);
  return lintScan(options);
}
function lintModules(options) {
  return new LintRun(withPlanRead(options)).execute();
}
function lintModulesKnowingCalls(options, calls) {
  return new LintRun(options, { knownCalls: calls }).execute();
}
function lintModulesRecallingScans(options, callScans) {
  return new LintRun(withPlanRead(options), { callScans }).execute();
}
function withPlanRead(options) {
  if (typeof options.plan !== "string") return options;
  const cwd = path8.resolve(options.cwd ?? process.cwd());
  const plan = readPlanFile(path8.resolve(cwd, options.plan), { name: options.plan, ...options.maxPlanBytes !== void 0 ? { maxBytes: options.maxPlanBytes } : {} });
  return { ...options, plan, planFile: options.planFile ?? options.plan };
}
function lintScan(options, texts) {
  const names = new FileNames(path8.resolve(options.cwd ?? process.cwd()), false);
  const cwd = names.cwd;
  const boundary = options.boundary ?? ReadBoundary.forScan(options.paths, cwd, options.overrides?.varFiles ?? []);
  const host = new DiskHost({ boundary, ...options.maxFileBytes !== void 0 ? { maxFileBytes: options.maxFileBytes } : {} });
  const reading = texts ? new OverlayHost(host, new Map([...texts].map(([file, text]) => [names.absolute(file), text])), true) : host;
  const settings = { ...options, cwd, boundary, host: reading, planRoot: options.planRoot ?? options.paths[0] ?? "." };
  const lookup = new LintRun({ ...settings, paths: [] });
  const discovery = discover(options.paths, { cwd, boundary, missingPaths: "notice", isExcluded: (file) => lookup.isExcluded(file) });
  const results = [];
  const paths = lintPathsOf(discovery);
  if (paths.length > 0 || discovery.namedButExcluded.length === 0) results.push(new LintRun({ ...settings, paths }).execute());
  for (const [config, files] of unexcludedConfigs(discovery.namedButExcluded, settings)) {
    results.push(new LintRun({ ...settings, paths: files, config, plan: void 0 }).execute());
  }
  const result = mergeResults(results);
  const withReason = (item) => {
    const reason = item.file === void 0 ? void 0 : host.failures.get(names.absolute(item.file));
    return reason === void 0 || item.message.includes(reason) ? item : { ...item, message: `${item.message} (${reason})` };
  };
  const notices = [
    ...discovery.notices.map((n) => n.file === void 0 ? n : { ...n, file: names.display(n.file) }),
    ...emptyPaths(options.paths, discovery, names, host),
    ...result.notices.map(withReason)
  ];
  const findings = result.findings.map(withReason);
  const final = { ...result, findings, notices };
  return withSources({ ...final, summary: summaryOf(final) }, (file) => reading.readFile(names.absolute(file)));
}
function moduleRoleOf(dir, settings = {}) {
  const names = new FileNames(path8.resolve(settings.cwd ?? process.cwd()), false);
  const cwd = names.cwd;
  const abs = names.absolute(dir);
  const boundary = settings.boundary ?? ReadBoundary.forScan([abs], cwd);
  const host = settings.host ?? new DiskHost({ boundary });
  let config = settings.config;
  if (config === void 0) {
    const file = findConfigFile(abs, host);
    if (file !== void 0) boundary.admit(file);
    config = file !== void 0 ? loadConfigFile(file, { host, rules: rulesOf(settings) }) : {};
  }
  const options = { ...settings, cwd, boundary, host, config };
  const lookup = new LintRun({ ...options, paths: [] });
  const root = boundary.rootOf(abs) ?? abs;
  const discovery = discover([root], { cwd, boundary, missingPaths: "notice", isExcluded: (file) => lookup.isExcluded(file) });
  const paths = [.../* @__PURE__ */ new Set([...discovery.modules.map((m) => m.dir), abs])];
  return new LintRun({ ...options, paths }).roleAt(abs);
}
function emptyPaths(paths, discovery, names, host) {
  const found = [...discovery.modules.map((m) => m.dir), ...discovery.namedButExcluded];
  let realFound;
  const holdsOneOf = (dir, list2) => list2.some((f) => f !== void 0 && (f === dir || f.startsWith(dir.endsWith(path8.sep) ? dir : dir + path8.sep)));
  const out = [];
  for (const given of paths) {
    const dir = names.absolute(given);
    const real = host.realPath(dir);
    if (real === void 0 || host.fileExists(dir) || holdsOneOf(dir, found)) continue;
    realFound ??= found.map((f) => host.realPath(f)).filter((f) => f !== void 0);
    if (holdsOneOf(real, realFound)) continue;
    out.push({ level: "warning", message: `no Terraform configuration files in ${names.display(dir) || "."}` });
  }
  return out;
}
function unexcludedConfigs(files, settings) {
  const out = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  for (const file of files) {
    const given = settings.config;
    const key = given !== void 0 ? "" : findConfigFile(path8.dirname(file), settings.host) ?? "";
    let config = byKey.get(key);
    if (!config) {
      if (given !== void 0) config = "baseDir" in given && "config" in given ? unexcluded(given) : { ...given, exclude: [] };
      else if (key !== "") config = unexcluded(loadConfigFile(key, { host: settings.host, rules: rulesOf(settings) }));
      else continue;
      byKey.set(key, config);
    }
    const list2 = out.get(config) ?? [];
    list2.push(file);
    out.set(config, list2);
  }
  return out;
}
function unexcluded(loaded3) {
  return { ...loaded3, config: { ...loaded3.config, exclude: [] } };
}
function withSources(result, read2) {
  const sources = {};
  for (const f of result.findings) {
    if (f.file === void 0 || f.file in sources) continue;
    const text = read2(f.file);
    if (text !== void 0) sources[f.file] = text;
  }
  return Object.keys(sources).length > 0 ? { ...result, sources } : result;
}
function groupPaths(options) {
  return new LintRun(options).groups().map((g) => g.paths);
}
function groupsAndCalls(options) {
  const run = new LintRun(options);
  return { groups: run.groups().map((g) => g.paths), calls: run.calls() };
}
function groupModules(options, callScans) {
  return new LintRun(options, { callScans }).groups();
}
var LintRun = class {
  constructor(options, helps = {}) {
    this.options = options;
    this.names = new FileNames(path8.resolve(options.cwd ?? process.cwd()), options.files !== void 0);
    this.boundary = options.files !== void 0 ? void 0 : options.boundary ?? ReadBoundary.forScan(options.paths, this.names.cwd, options.overrides?.varFiles ?? []);
    this.host = new ScanHost(
      options.host ?? (options.files !== void 0 ? new MemoryHost(options.files) : new DiskHost({ ...this.boundary ? { boundary: this.boundary } : {}, ...options.maxFileBytes !== void 0 ? { maxFileBytes: options.maxFileBytes } : {} }))
    );
    this.rules = rulesOf(options);
    this.targets = new LintTargets(options, this.host, this.names, this.rules, this.notices, this.boundary, helps);
    this.files = new FileRecords(this.names);
    this.runner = new RuleRunner(this.rules, this.files, this.notices, this.roleOfFile);
  }
  options;
  names;
  host;
  rules;
  notices = [];
  targets;
  files;
  runner;
  /** Variable files named by configs, parsed once. */
  varFileTrees = /* @__PURE__ */ new Map();
  /**
   * Modules by directory, loaded once per run: a module called by many root
   * modules (or scanned itself and called) would otherwise be read, parsed
   * and built again for every caller. Each is dropped once nothing left to
   * lint needs it.
   */
  moduleCache = /* @__PURE__ */ new Map();
  /** The providers each loaded module gives a version constraint (`constrainedProviders`), by absolute directory. */
  constrained = /* @__PURE__ */ new Map();
  /** `treeConstraints`, by absolute directory. */
  treeConstrained = /* @__PURE__ */ new Map();
  /** What `cappedBelow` finds in each directory and below it, by absolute directory. */
  treeCapped = /* @__PURE__ */ new Map();
  /** The scanned modules that call each module directly, by absolute directory. */
  callersOf = /* @__PURE__ */ new Map();
  /** What paths mode may read; none in memory. */
  boundary;
  /** Module roles by host directory and whether a scanned module calls it. */
  roles = /* @__PURE__ */ new Map();
  /** The role of each linted module directory, by display name ("" for the working directory). */
  rolesByDisplay = /* @__PURE__ */ new Map();
  /** The role of the linted module directory that holds a file (by display name). */
  roleOfFile = (display) => this.rolesByDisplay.get(displayDirOf(display));
  execute() {
    const targets = this.targets.list();
    const calls = this.calls(targets);
    const called = this.calledDirs(targets, calls);
    for (const [caller, callees] of calls) {
      for (const callee of callees) {
        const key = this.names.absolute(callee);
        const list2 = this.callersOf.get(key);
        if (list2) list2.push(this.names.absolute(caller));
        else this.callersOf.set(key, [this.names.absolute(caller)]);
      }
    }
    const byDir = new Map(targets.map((t) => [t.dir, t]));
    const order = callersFirst([...byDir.keys()], calls);
    const lastUse = lastUses(order, calls);
    const expiring = /* @__PURE__ */ new Map();
    for (const [dir, last] of lastUse) {
      if (last === Infinity) continue;
      const list2 = expiring.get(last);
      if (list2) list2.push(dir);
      else expiring.set(last, [dir]);
    }
    order.forEach((dir, i) => {
      const target = byDir.get(dir);
      const module = this.loadTarget(target);
      if (module) {
        target.loaded = true;
        this.lintTarget(target, module, called.has(this.names.absolute(target.dir)));
      }
      for (const done of expiring.get(i) ?? []) this.moduleCache.delete(done);
    });
    const plan = this.options.plan;
    const drafts = [
      ...this.runner.drafts,
      ...this.files.syntaxErrors(this.rules, this.notices),
      ...plan !== void 0 && typeof plan !== "string" ? this.planDrafts(plan) : []
    ];
    const findings = finishFindings(drafts, {
      files: this.files.all(),
      configs: this.files.configsByDisplay(),
      now: (this.options.now ?? /* @__PURE__ */ new Date()).getTime(),
      ...this.options.onExpiryDate ? { onExpiryDate: this.options.onExpiryDate } : {},
      knownRuleIds: /* @__PURE__ */ new Set([...rules.map((r) => r.id), ...this.rules.map((r) => r.id)]),
      restriction: this.targets.restriction(targets),
      isExcluded: (display, config) => this.targets.isExcluded(config, this.names.hostPathOf(display)),
      roleOf: this.roleOfFile,
      ruleApplies: (display, ruleId) => {
        const role = this.roleOfFile(display);
        const rule = this.rules.find((r) => r.id === ruleId);
        if (rule?.checkPlan && this.options.plan === void 0) return false;
        return role === void 0 || rule === void 0 || ruleAppliesTo(rule, role);
      }
    });
    const result = {
      findings,
      notices: finishNotices(this.notices),
      files: this.files.lintedFiles(),
      enabledRules: this.targets.enabledRules(targets)
    };
    const planFile = this.options.plan !== void 0 ? this.options.planFile : void 0;
    return { ...result, summary: summaryOf(result), ...planFile !== void 0 ? { planFile: this.names.display(this.names.inMemory ? planFile : this.names.absolute(planFile)) } : {} };
  }
  /** The plan rules' drafts and the value rules' on planned values, located in the configuration at the plan's root module. */
  planDrafts(plan) {
    const given = this.options.planRoot ?? this.options.paths?.[0];
    let root = given === void 0 ? this.names.inMemory ? "" : this.names.cwd : this.names.inMemory ? normalizePath(given) : this.names.absolute(given);
    if (this.host.fileExists(root)) root = this.names.inMemory ? memoryDir(root) : path8.dirname(root);
    const modules = /* @__PURE__ */ new Map();
    const locator = new PlanLocator(root, {
      loadModule: (dir) => {
        if (!modules.has(dir)) {
          const module = this.loadModuleOnce(dir, this.host);
          modules.set(dir, module.files.length > 0 ? module : void 0);
        }
        return modules.get(dir);
      },
      join: (dir, relative5) => this.names.inMemory ? normalizePath(path8.posix.join(dir, relative5)) : path8.join(dir, relative5),
      readFile: (file) => this.host.readFile(file)
    });
    const settings = { plan, rules: this.rules, config: this.targets.configFor(root), locator, files: this.files, notices: this.notices };
    return [...planDrafts(settings), ...planValueDrafts({ ...settings, sourceDrafts: this.runner.drafts })];
  }
  /** The role of one of the run's module directories (host path), as `execute` decides it. */
  roleAt(dir) {
    const targets = this.targets.list();
    const target = targets.find((t) => this.names.absolute(t.dir) === this.names.absolute(dir));
    if (!target) return void 0;
    const called = this.calledDirs(targets, this.calls(targets));
    const module = this.loadTarget(target);
    return module ? this.roleOf(target.dir, module, called.has(this.names.absolute(target.dir))) : void 0;
  }
  /** Whether the config that applies to a file (host path) excludes it. */
  isExcluded(file) {
    return this.targets.isExcluded(this.targets.configFor(path8.dirname(file)), file);
  }
  allCalls;
  /**
   * The module calls of the run's targets (`this.targets.list()`) and of the
   * modules they reach (`LintTargets.callGraph`), found once. Finding them
   * parses every module that may hold one: the parser is warmed up first.
   */
  calls(targets = this.targets.list()) {
    if (this.allCalls === void 0) {
      warmUpFor(targets);
      this.allCalls = this.targets.callGraph(targets);
    }
    return this.allCalls;
  }
  /** The directories (absolute) that one of `targets` calls. */
  calledDirs(targets, calls) {
    const called = /* @__PURE__ */ new Set();
    for (const t of targets) for (const callee of calls.get(t.dir) ?? []) called.add(this.names.absolute(callee));
    return called;
  }
  /** The given paths in groups that share no module (see `groupPaths`). */
  groups() {
    if (this.options.paths === void 0) return [];
    const calls = this.calls();
    const components = new UnionFind();
    for (const [dir, callees] of calls) {
      for (const callee of callees) components.union(this.names.absolute(dir), this.names.absolute(callee));
    }
    const groups = /* @__PURE__ */ new Map();
    for (const given of this.options.paths) {
      const p = this.names.absolute(given);
      const dir = this.host.fileExists(p) ? path8.dirname(p) : p;
      const key = components.find(dir);
      const group = groups.get(key);
      if (group) {
        group.paths.push(given);
        group.dirs.add(dir);
      } else groups.set(key, { paths: [given], dirs: /* @__PURE__ */ new Set([dir]) });
    }
    for (const dir of calls.keys()) {
      const abs = this.names.absolute(dir);
      groups.get(components.find(abs))?.dirs.add(abs);
    }
    for (const callees of calls.values()) {
      for (const callee of callees) {
        const abs = this.names.absolute(callee);
        groups.get(components.find(abs))?.dirs.add(abs);
      }
    }
    return [...groups.values()].map((g) => ({ paths: g.paths, dirs: [...g.dirs].sort() }));
  }
  loadModuleOnce(dir, host) {
    if (host !== this.host) return loadModule(dir, { host });
    let module = this.moduleCache.get(dir);
    if (!module) this.moduleCache.set(dir, module = loadModule(dir, { host }));
    return module;
  }
  loadTarget(target) {
    const module = this.loadModuleOnce(target.dir, this.targets.hostFor(target));
    const files = this.targets.keptFiles(target, module.files.map((f) => f.filename));
    if (module.files.length === 0 || files.length === 0) {
      if (this.targets.keptFiles(target, module.diagnostics.map((d) => d.filename)).length > 0) {
        this.files.registerModuleDiagnostics(module, target.config);
      } else if (target.named) {
        this.notices.push({ level: "warning", message: `no Terraform configuration files in ${this.names.display(target.dir) || "."}` });
      }
      return void 0;
    }
    return module;
  }
  /**
   * The role of a module directory (see `moduleRole`): worked out once per
   * directory and call status, from the config that applies to the directory.
   */
  roleOf(dir, module, called) {
    const key = `${called ? "1" : "0"}${dir}`;
    let role = this.roles.get(key);
    if (role === void 0) {
      const config = this.targets.configFor(dir);
      const files = this.host.listFiles(dir);
      role = moduleRole(module, {
        called,
        dir: this.layoutDir(dir),
        hasLockFile: this.hasLockFile(dir),
        hasVarFiles: files.some((f) => /\.tfvars(\.json)?$/.test(f)),
        isRepositoryRoot: this.isRepositoryRoot(dir),
        configured: this.targets.configuredRole(config, dir)
      });
      this.roles.set(key, role);
    }
    this.rolesByDisplay.set(this.names.display(dir), role);
    return role;
  }
  /** Lock files by module directory: every instance of a module asks. */
  lockFiles = /* @__PURE__ */ new Map();
  hasLockFile(dir) {
    let has = this.lockFiles.get(dir);
    if (has === void 0) this.lockFiles.set(dir, has = this.host.fileExists(joinPath(dir, LOCK_FILE)));
    return has;
  }
  /** The directory relative to the repository that holds it (else to the working directory), `/`-separated. */
  layoutDir(dir) {
    const display = this.names.display(dir) || ".";
    if (this.names.inMemory) return display;
    const abs = this.names.absolute(dir);
    const root = this.boundary?.rootOf(abs, (p) => this.host.realPath(p));
    if (root === void 0) return display;
    const real = this.host.realPath(abs) ?? abs;
    const rel = relativePath(root, real);
    return rel.startsWith("..") || path8.isAbsolute(rel) ? display : rel.split(path8.sep).join("/") || ".";
  }
  /** The top of a repository: the scanned root in memory, else a directory holding `.git` or the boundary's root itself. */
  isRepositoryRoot(dir) {
    if (this.names.inMemory) return (this.names.display(dir) || ".") === ".";
    const abs = this.names.absolute(dir);
    if (this.host.realPath(joinPath(abs, ".git")) !== void 0) return true;
    const real = this.host.realPath(abs) ?? abs;
    return this.boundary?.rootOf(abs, (p) => this.host.realPath(p)) === real;
  }
  /** Instantiates a target's module (and the local modules it calls) and runs the rules on every instance. */
  lintTarget(target, module, isCalled) {
    const { config } = target;
    const role = this.roleOf(target.dir, module, isCalled);
    for (const f of [...module.files, ...module.varFiles]) this.files.register(f, config, true);
    this.files.registerModuleDiagnostics(module, config, role === "fixture" ? snippetDiagnostics(module) : module.diagnostics);
    if (role === "fixture" && !this.rules.some((r) => readsModules(r) && config.rules.has(r.id) && ruleAppliesTo(r, role))) return;
    const { instances, diagnostics } = instantiateModules(module, {
      host: this.host,
      rootDir: this.rootDir(target.dir),
      vars: stringVars(config.vars),
      varFiles: this.readVarFiles(config),
      useEnv: config.useEnvVars,
      env: config.useEnvVars ? this.options.env ?? process.env : void 0,
      isRoot: !isCalled,
      loadModule: (dir, o) => this.loadModuleOnce(dir, o.host)
    });
    for (const d of diagnostics) this.notices.push(this.files.notice(d.filename, d));
    for (const instance of instances) {
      const dir = this.names.absolute(instance.module.dir);
      if (!this.constrained.has(dir)) this.constrained.set(dir, constrainedProviders(instance.module));
    }
    const around = this.constrainedAround(target.dir, instances);
    const registered = /* @__PURE__ */ new Set([module]);
    for (const instance of instances) {
      if (!registered.has(instance.module)) {
        registered.add(instance.module);
        for (const f of instance.module.files) this.files.register(f, config, false);
        this.files.registerModuleDiagnostics(instance.module, config);
      }
      const instanceRole = instance.modulePath === "" ? role : this.roleOf(instance.module.dir, instance.module, true);
      const hops = this.callHops(instance);
      this.runner.runOn(instance, config, {
        site: {
          module: instance.module,
          modulePath: instance.modulePath,
          role: instanceRole,
          callers: hops.map((h) => h.call),
          hops,
          existence: (descriptor) => existenceOrigins(instance, descriptor),
          ...role === "module" ? { callersChoose: module, noScannedCaller: !isCalled } : {}
        },
        role: instanceRole,
        deploymentCall: role === "deployment" && instance.modulePath !== "" ? this.deploymentCall(instance, target.dir) : void 0,
        hasLockFile: this.hasLockFile(instance.module.dir),
        providersConstrainedAround: around,
        providersCappedBelow: this.cappedBelow(instance.module)
      });
    }
    for (const instance of instances) for (const d of instance.scope.diagnostics()) this.notices.push(this.files.notice(d.filename, d));
  }
  /**
   * The providers that other modules of the configurations holding `dir`
   * constrain: every scanned module that calls it, at any depth (linted
   * before it, callers first), and every local module it calls.
   */
  constrainedAround(dir, instances) {
    const around = /* @__PURE__ */ new Set();
    for (const instance of instances) for (const p of this.constrained.get(this.names.absolute(instance.module.dir)) ?? []) around.add(p);
    if (!this.names.inMemory) {
      const top = this.rootDir(dir);
      for (const instance of instances) {
        for (const call of instance.module.moduleCalls.values()) {
          const text = call.source ? literalString(call.source.expr) : void 0;
          const source = text === void 0 ? void 0 : parseRegistrySource(text);
          const checkout = source && checkoutDirOf(source, this.names.absolute(instance.module.dir), top);
          if (checkout) for (const p of this.treeConstraints(checkout, /* @__PURE__ */ new Set())) around.add(p);
        }
      }
    }
    const seen = /* @__PURE__ */ new Set([this.names.absolute(dir)]);
    const pending = [...seen];
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
      for (const caller of this.callersOf.get(next) ?? []) {
        if (seen.has(caller)) continue;
        seen.add(caller);
        pending.push(caller);
        for (const p of this.constrained.get(caller) ?? []) around.add(p);
      }
    }
    return around;
  }
  /** The providers a module directory and the local modules it calls (at any depth) constrain. */
  treeConstraints(dir, seen) {
    return this.treeProviders(dir, seen, this.treeConstrained, constrainedProviders);
  }
  /** The providers that the local modules a module calls (at any depth) cap: see `RuleContext.providersCappedBelow`. */
  cappedBelow(module) {
    const out = /* @__PURE__ */ new Set();
    for (const callee of localCallTargets(module, module.dir)) {
      for (const p of this.treeProviders(callee, /* @__PURE__ */ new Set(), this.treeCapped, cappedProviders)) out.add(p);
    }
    return out;
  }
  /**
   * The providers that `of` finds in a module directory and the local
   * modules it calls (at any depth), remembered per directory in `known`.
   */
  treeProviders(dir, seen, known, of) {
    const key = this.names.absolute(dir);
    const found = known.get(key);
    if (found) return found;
    if (seen.has(key)) return [];
    seen.add(key);
    const module = this.loadModuleOnce(dir, this.host);
    const out = new Set(of(module));
    for (const callee of localCallTargets(module, module.dir)) for (const p of this.treeProviders(callee, seen, known, of)) out.add(p);
    const list2 = [...out];
    known.set(key, list2);
    return list2;
  }
  /** The scanned deployment's own `module` block on the way down to an instance. */
  deploymentCall(instance, dir) {
    let outermost2;
    for (let i = instance; i?.caller; i = i.parent) outermost2 = i;
    const caller = outermost2?.caller;
    if (!caller) return void 0;
    return { file: caller.file.filename, range: caller.block.range, deployment: this.layoutDir(dir) };
  }
  /**
   * The calls that made an instance, innermost first, each with the module
   * it loads (see `ReportSite.hops`); their blocks are anchors too: a
   * suppression on any of them covers the instance.
   */
  callHops(instance) {
    const chain = [];
    for (let i = instance; i?.caller; i = i.parent) chain.push({ instance: i, call: i.caller });
    return chain.map(({ instance: i, call }, k) => ({
      module: i.module,
      modulePath: i.modulePath,
      callPath: chain.slice(k).map((c) => c.call.address).reverse().join("."),
      call: { file: this.names.display(call.file.filename), range: call.block.range }
    }));
  }
  readVarFiles(config) {
    const out = [];
    for (const file of config.varFiles) {
      const hostPath = this.names.inMemory ? this.names.relativeToCwd(file) : file;
      const text = this.host.readFile(hostPath);
      if (text === void 0) {
        const display = this.names.display(hostPath);
        this.notices.push({ level: "error", message: `cannot read variable file ${display}`, file: display });
        continue;
      }
      let parsed = this.varFileTrees.get(hostPath);
      if (!parsed) this.varFileTrees.set(hostPath, parsed = parse(text, hostPath));
      this.files.register(parsed, config, true);
      out.push(parsed);
    }
    return out;
  }
  /** The directory `file()` and friends may read under: the boundary's root that holds the module (its repository). */
  rootDir(dir) {
    if (this.names.inMemory) return "";
    return this.boundary?.rootOf(dir, (p) => this.host.realPath(p)) ?? dir;
  }
};
var UnionFind = class {
  parent = /* @__PURE__ */ new Map();
  find(x) {
    let root = x;
    for (let p = this.parent.get(root); p !== void 0 && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y);
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
};
function displayDirOf(display) {
  const i = display.lastIndexOf("/");
  return i < 0 ? "" : display.slice(0, i);
}
function snippetDiagnostics(module) {
  const parsed = new Set(module.files.map((f) => f.filename));
  const out = module.diagnostics.filter((d) => !parsed.has(d.filename));
  for (const file of module.files) {
    if (isOverrideFile(file.filename)) continue;
    out.push(...buildModule([file], { dir: module.dir }).diagnostics);
  }
  return out;
}
function constrainedProviders(module) {
  const out = [];
  for (const [name, entry] of module.terraform.requiredProviders) {
    if (entry.version === void 0) continue;
    out.push(`source:${providerSourceKey(name, entry.source)}`, `name:${name}`);
  }
  return out;
}
function cappedProviders(module) {
  const out = [];
  for (const [name, entry] of module.terraform.requiredProviders) {
    if (entry.version === void 0) continue;
    const parsed = parseVersionConstraint(entry.version);
    if (parsed.ok && hasUpperBound(parsed.terms)) out.push(`source:${providerSourceKey(name, entry.source)}`);
  }
  return out;
}
function stringVars(vars) {
  const out = {};
  for (const [name, value] of Object.entries(vars)) out[name] = typeof value === "string" ? value : JSON.stringify(value);
  return out;
}

export {
  __require,
  __esm,
  __commonJS,
  __export,
  __toESM,
  __toCommonJS,
  compareStrings2 as compareStrings,
  lineBreakOf,
  parse,
  resolvePath,
  DEFAULT_MAX_FILE_BYTES,
  readRegularFile,
  readSource,
  identityOf,
  isWithin,
  ReadBoundary,
  OUTSIDE_BOUNDARY,
  DiskHost,
  rules,
  ConfigError,
  pluginNamespace,
  withPlugins,
  CONFIG_FILE_NAME,
  findConfigFile,
  ConfigFileFinder,
  loadConfig,
  loadConfigFile,
  resolveConfig,
  resolvePlugins,
  importPlugins,
  UNUSED_SUPPRESSION,
  collectSuppressions,
  namesRule,
  covers,
  fingerprintAll,
  compareNotices,
  compareFindings,
  joinIdentical,
  summaryOf,
  mergeResults,
  warmUpParser,
  OverlayHost,
  CallScanMemo,
  lintPathsOf,
  PathError,
  excludeMatcher,
  discover,
  namesCaller,
  SYNTAX_ERROR,
  DEFAULT_MAX_PLAN_BYTES,
  PlanError,
  readPlanFile,
  WARM_UP_MIN_MODULES,
  lint,
  lintModules,
  lintModulesKnowingCalls,
  lintModulesRecallingScans,
  moduleRoleOf,
  groupPaths,
  groupsAndCalls,
  groupModules
};
