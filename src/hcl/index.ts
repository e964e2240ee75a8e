/**
 * The syntax layer's entry: `parse` reads native HCL or Terraform JSON by the
 * file name's ending.
 */
export type * from "./ast.js";
