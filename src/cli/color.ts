/**
 * Whether stylish output is coloured: `--color` / `--no-color` first, then
 * `FORCE_COLOR` and `NO_COLOR` (https://no-color.org), then whether the
 * output goes to a terminal.
 */
export function useColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  toTerminal: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return toTerminal;
}
