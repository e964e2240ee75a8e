/** The V8 flags the command sets for a process of this V8 version and node command line (see v8-flags.js). */
export function tuningFlags(v8Version: string, execArgv: readonly string[]): string[];
