/**
 * GitHub code scanning's limits on an uploaded SARIF file. Past the hard
 * limits the upload is rejected, so the SARIF writer truncates and says so
 * in a tool notification.
 */
export const SARIF_LIMITS = {
  /** Results per run. */
  resultsPerRun: 25_000,
  /** Locations (and related locations) per result. */
  locationsPerResult: 1_000,
  /** Tags per rule. */
  tagsPerRule: 20,
} as const;

export type SarifLimits = { readonly [K in keyof typeof SARIF_LIMITS]: number };
