/**
 * The part of SARIF 2.1.0 that tfmould writes, as TypeScript types.
 * Field names are the specification's.
 */

export interface SarifMessage {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

export interface SarifPhysicalLocation {
  readonly artifactLocation: SarifArtifactLocation;
  readonly region?: SarifRegion;
}

/** A place named by something other than a file: for tfmould, a plan's resource address. */
export interface SarifLogicalLocation {
  readonly fullyQualifiedName: string;
  readonly kind: "resource";
}

/** A place in a file. */
export interface SarifFileLocation {
  readonly id?: number;
  readonly physicalLocation: SarifPhysicalLocation;
  readonly logicalLocations?: readonly SarifLogicalLocation[];
  readonly message?: SarifMessage;
}

/**
 * A place known only by a resource address (a plan's resource found in no
 * scanned file); the plan's file, without a region, when the run names it.
 */
export interface SarifAddressLocation {
  readonly id?: number;
  readonly physicalLocation?: SarifPhysicalLocation;
  readonly logicalLocations: readonly SarifLogicalLocation[];
  readonly message?: SarifMessage;
}

export type SarifLocation = SarifFileLocation | SarifAddressLocation;

export type SarifLevel = "error" | "warning" | "note";

export interface SarifReportingDescriptor {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription: SarifMessage;
  readonly help: SarifMessage;
  /** Absent for a plugin's rule that names no documentation page. */
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: SarifLevel; readonly enabled?: boolean };
  readonly properties: {
    readonly tags: readonly string[];
    readonly precision: "very-high" | "high" | "medium" | "low";
    readonly "security-severity"?: string;
    readonly category?: string;
  };
}

export interface SarifReplacement {
  readonly deletedRegion: SarifRegion;
  readonly insertedContent: { readonly text: string };
}

export interface SarifFix {
  readonly description: SarifMessage;
  readonly artifactChanges: readonly {
    readonly artifactLocation: SarifArtifactLocation;
    readonly replacements: readonly SarifReplacement[];
  }[];
}

export interface SarifSuppression {
  readonly kind: "inSource" | "external";
  readonly status: "accepted";
  readonly justification: string;
  readonly location?: SarifLocation;
}

/** Which tool component (`tool.extensions[index]`) a plugin rule's result refers to. */
export interface SarifToolComponentReference {
  readonly name: string;
  readonly index: number;
}

export interface SarifResult {
  readonly ruleId: string;
  /** Index in `driver.rules`, or, with `rule.toolComponent`, in that extension's `rules`. */
  readonly ruleIndex: number;
  /** Set for a plugin's rule: its descriptor is in the plugin's extension. */
  readonly rule?: { readonly id: string; readonly index: number; readonly toolComponent: SarifToolComponentReference };
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
  readonly relatedLocations?: readonly SarifLocation[];
  readonly suppressions?: readonly SarifSuppression[];
  readonly fixes?: readonly SarifFix[];
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface SarifNotification {
  readonly level: "error" | "warning" | "note";
  readonly message: SarifMessage;
  readonly locations?: readonly SarifLocation[];
  readonly descriptor?: { readonly id: string };
}

export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version: string;
      readonly semanticVersion: string;
      readonly informationUri: string;
      readonly rules: readonly SarifReportingDescriptor[];
    };
    /** One per plugin whose rules are enabled, with those rules' descriptors. */
    readonly extensions?: readonly { readonly name: string; readonly rules: readonly SarifReportingDescriptor[] }[];
  };
  readonly automationDetails: { readonly id: string };
  readonly originalUriBaseIds: Readonly<Record<string, { readonly uri?: string; readonly description?: SarifMessage }>>;
  readonly columnKind: "unicodeCodePoints";
  readonly results: readonly SarifResult[];
  readonly invocations: readonly {
    readonly executionSuccessful: boolean;
    readonly toolExecutionNotifications: readonly SarifNotification[];
  }[];
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly SarifRun[];
}
