/** Every rule of the catalog (../shared/RULES.md), in catalog order. */
import type { Rule } from "./api/rule.js";
import containerImagePinned from "./container-image-pinned/index.js";
import machineImagePinned from "./machine-image-pinned/index.js";
import moduleSourcePinned from "./module-source-pinned/index.js";
import providerVersionPinned from "./provider-version-pinned/index.js";
import terraformVersionPinned from "./terraform-version-pinned/index.js";
import dependencyLockFile from "./dependency-lock-file/index.js";
import ecrTagImmutability from "./ecr-tag-immutability/index.js";
import noProvisioners from "./no-provisioners/index.js";
import noSshAccess from "./no-ssh-access/index.js";
import noBootTimeConfiguration from "./no-boot-time-configuration/index.js";
import userDataReplaceOnChange from "./user-data-replace-on-change/index.js";
import createBeforeDestroy from "./create-before-destroy/index.js";
import createBeforeDestroyNameConflict from "./create-before-destroy-name-conflict/index.js";
import preventDestroyStateful from "./prevent-destroy-stateful/index.js";
import lifecycleIgnoreChanges from "./lifecycle-ignore-changes/index.js";
import asgInstanceRefresh from "./asg-instance-refresh/index.js";
import noLaunchConfiguration from "./no-launch-configuration/index.js";
import separateDataVolumes from "./separate-data-volumes/index.js";
import disposableRootVolume from "./disposable-root-volume/index.js";
import databaseDeletionProtection from "./database-deletion-protection/index.js";
import noHardcodedSecrets from "./no-hardcoded-secrets/index.js";
import sensitiveSecretVariables from "./sensitive-secret-variables/index.js";
import syntaxError from "./syntax-error/index.js";
import unusedSuppression from "./unused-suppression/index.js";
import planInPlaceUpdate from "./plan-in-place-update/index.js";
import planReplacesStateful from "./plan-replaces-stateful/index.js";
import planDeletesStateful from "./plan-deletes-stateful/index.js";
import planDestroyBeforeCreate from "./plan-destroy-before-create/index.js";
import planDrift from "./plan-drift/index.js";

export const rules: readonly Rule[] = [
  containerImagePinned,
  machineImagePinned,
  moduleSourcePinned,
  providerVersionPinned,
  terraformVersionPinned,
  dependencyLockFile,
  ecrTagImmutability,
  noProvisioners,
  noSshAccess,
  noBootTimeConfiguration,
  userDataReplaceOnChange,
  createBeforeDestroy,
  createBeforeDestroyNameConflict,
  preventDestroyStateful,
  lifecycleIgnoreChanges,
  asgInstanceRefresh,
  noLaunchConfiguration,
  separateDataVolumes,
  disposableRootVolume,
  databaseDeletionProtection,
  noHardcodedSecrets,
  sensitiveSecretVariables,
  syntaxError,
  unusedSuppression,
  planInPlaceUpdate,
  planReplacesStateful,
  planDeletesStateful,
  planDestroyBeforeCreate,
  planDrift,
];
