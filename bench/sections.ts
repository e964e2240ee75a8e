/**
 * Every benchmark section, in the order `npm run bench` runs them. To add
 * one, write `bench/<name>.ts` exporting a {@link BenchSection} and list it here.
 */
import { lintSection } from "./lint.js";
import { lspSection } from "./lsp.js";
import { peersSection } from "./peers.js";
import { parseSection } from "./parse.js";
import type { BenchSection } from "./section.js";

export const sections: readonly BenchSection[] = [parseSection, lintSection, lspSection, peersSection];
