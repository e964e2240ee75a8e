/** Every rule of the catalog (../shared/RULES.md), in catalog order. */
import type { Rule } from "./api/rule.js";
import containerImagePinned from "./container-image-pinned.js";
import machineImagePinned from "./machine-image-pinned.js";
import moduleSourcePinned from "./module-source-pinned.js";
import providerVersionPinned from "./provider-version-pinned.js";
import terraformVersionPinned from "./terraform-version-pinned.js";
import dependencyLockFile from "./dependency-lock-file.js";
import ecrTagImmutability from "./ecr-tag-immutability.js";
import noProvisioners from "./no-provisioners.js";
import noSshAccess from "./no-ssh-access.js";
import noBootTimeConfiguration from "./no-boot-time-configuration.js";
import userDataReplaceOnChange from "./user-data-replace-on-change.js";
import createBeforeDestroy from "./create-before-destroy.js";
import createBeforeDestroyNameConflict from "./create-before-destroy-name-conflict.js";
import preventDestroyStateful from "./prevent-destroy-stateful.js";
import lifecycleIgnoreChanges from "./lifecycle-ignore-changes.js";
import asgInstanceRefresh from "./asg-instance-refresh.js";
import noLaunchConfiguration from "./no-launch-configuration.js";
import separateDataVolumes from "./separate-data-volumes.js";
import disposableRootVolume from "./disposable-root-volume.js";
import databaseDeletionProtection from "./database-deletion-protection.js";
import noHardcodedSecrets from "./no-hardcoded-secrets.js";
import sensitiveSecretVariables from "./sensitive-secret-variables.js";
import syntaxError from "./syntax-error.js";
import unusedSuppression from "./unused-suppression.js";

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
];
