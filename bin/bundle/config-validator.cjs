"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/config-validator.generated.ts
var config_validator_generated_exports = {};
__export(config_validator_generated_exports, {
  PRECOMPILED_SCHEMA_DIGEST: () => PRECOMPILED_SCHEMA_DIGEST,
  precompiledConfigValidator: () => precompiledConfigValidator
});
module.exports = __toCommonJS(config_validator_generated_exports);
var PRECOMPILED_SCHEMA_DIGEST = "IPNdO83b1m98DCDFYIq6ho-E04aq6j9QO7tI-O6U_b8";
function precompiledConfigValidator() {
  const ucs2length = require_ucs2length().default;
  const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "tfmould configuration (.tfmould.json)", "description": "Rule levels and options, strict mode, excluded paths and variable values for tfmould. The engine inserts every rule's id and options schema under `rules` before validating.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "Path or URL of this schema, for editors.", "type": "string" }, "rules": { "description": 'Per-rule level ("off", "note", "warning", "error") or { severity, options }.', "type": "object", "additionalProperties": false, "properties": { "container-image-pinned": { "description": "Container images are pinned to a version tag or digest, never latest or untagged", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "properties": { "mutableTags": { "type": "array", "description": 'Tags that float like "latest" in your registries (e.g. "stable", "main", "prod"); compared case-insensitively.', "items": { "type": "string", "minLength": 1 }, "uniqueItems": true } }, "additionalProperties": false } } } }, "machine-image-pinned": { "description": "Virtual machines boot one chosen image, not whatever image is newest", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "module-source-pinned": { "description": "Module sources point at a fixed version: a tag or commit for git, one exact version for registries", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "provider-version-pinned": { "description": "Every provider a module uses has a source and a version constraint (capped in deployments)", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "terraform-version-pinned": { "description": "Deployments cap the Terraform version they run with", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "dependency-lock-file": { "description": "Deployments commit .terraform.lock.hcl", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "ecr-tag-immutability": { "description": "Container registries refuse to overwrite an existing image tag", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "no-provisioners": { "description": "Resources are not configured after creation by provisioners or SSH/WinRM connections", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "no-ssh-access": { "description": "Machines accept no SSH or RDP logins: no key pairs, no open remote-access ports, no metadata SSH keys", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "no-boot-time-configuration": { "description": "Boot scripts pass settings; they do not install or configure software", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "user-data-replace-on-change": { "description": "EC2 instances are replaced, not updated in place, when their user data changes", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "create-before-destroy": { "description": "Resources that others point at are replaced with create_before_destroy", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "create-before-destroy-name-conflict": { "description": "create_before_destroy is not combined with a fixed unique name", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "prevent-destroy-stateful": { "description": "Stateful resources are protected against destruction", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "properties": { "extraStatefulTypes": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9_]+$" }, "uniqueItems": true, "description": "More resource types to treat as stateful, e.g. aws_fsx_lustre_file_system." } }, "additionalProperties": false } } } }, "lifecycle-ignore-changes": { "description": "ignore_changes does not hide all drift or freeze images and boot configuration", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "properties": { "extraAttributes": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "uniqueItems": true, "description": "More top-level arguments that must not be ignored, e.g. task_definition." } }, "additionalProperties": false } } } }, "asg-instance-refresh": { "description": "Scale groups roll new images out to running instances", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "no-launch-configuration": { "description": "Auto Scaling groups use versioned launch templates, not deprecated launch configurations", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "separate-data-volumes": { "description": "Data volumes are separate resources, not declared inside disposable compute", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "disposable-root-volume": { "description": "Root and boot disks are deleted with their instance", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "database-deletion-protection": { "description": "Databases have deletion protection and keep a final snapshot", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "no-hardcoded-secrets": { "description": "Secrets are not written as literals in Terraform code", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "properties": { "extraNames": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "More secret name suffixes, e.g. app_key or pwd." }, "allowedNames": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "Whole names that are never treated as secrets." } }, "additionalProperties": false } } } }, "sensitive-secret-variables": { "description": "Variables and outputs that carry secrets are marked sensitive", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "properties": { "extraNames": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "More secret name suffixes, e.g. app_key or pwd." }, "allowedNames": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "Whole names that are never treated as secrets." } }, "additionalProperties": false } } } }, "syntax-error": { "description": "Every configuration file parses, and every block is defined once", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "unused-suppression": { "description": "Every tfmould-ignore comment hides a finding, names known rules and is well formed", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "plan-in-place-update": { "description": "A plan does not change a running virtual machine in place", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "properties": { "ignoreAttributes": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "uniqueItems": true, "default": [], "description": "Top-level attributes whose change is not reported, besides tags and labels (e.g. `monitoring`).", "examples": [["monitoring", "description"]] } }, "additionalProperties": false } } } }, "plan-replaces-stateful": { "description": "A plan does not replace a stateful resource", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "plan-deletes-stateful": { "description": "A plan does not destroy a stateful resource", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "plan-destroy-before-create": { "description": "A plan does not destroy what others use before its replacement exists", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } }, "plan-drift": { "description": "Machines, templates and stateful resources are not changed outside Terraform", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } } }, "patternProperties": { "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$": { "$ref": "#/definitions/pluginRuleSetting" } } }, "plugins": { "description": 'Rules of your own: ES modules whose default export is { name, rules }, each a path relative to the directory of this file ("./lint/rules.js") or an installed package name. Their rules are named <plugin name>/<rule>. Loading a plugin runs its code, so tfmould loads them only for a config named with --config, or with --allow-plugins.', "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "strict": { "description": "Digests over tags, commits over refs.", "type": "boolean" }, "exclude": { "description": "Glob patterns, relative to the directory of this file, of paths not to lint.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "roles": { "description": 'Module roles by glob pattern, relative to the directory of this file (matched as exclude patterns are; the last matching pattern wins): { "stacks/**": "deployment" }. A role decides which rules apply: deployment (a root module that is applied), module (reusable), example, test, fixture (syntax only).', "type": "object", "propertyNames": { "minLength": 1 }, "additionalProperties": { "$ref": "#/definitions/role" } }, "varFiles": { "description": "Variable files (.tfvars, .tfvars.json) applied after the automatic ones, relative to the directory of this file.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "vars": { "description": "Variable values, like --var; they take precedence over every variable file.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": true }, "useEnvVars": { "description": "Read TF_VAR_<name> environment variables, as Terraform does.", "type": "boolean" } }, "definitions": { "role": { "description": "deployment: a root module that is applied; module: a reusable module; example and test: roots that show or test a module; fixture: snippets, syntax only.", "enum": ["deployment", "module", "example", "test", "fixture"] }, "level": { "description": '"off" disables the rule; the others set its severity.', "enum": ["off", "note", "warning", "error"] }, "pluginRuleSetting": { "description": "A plugin rule's level or { severity, options }; its options are checked against the rule's schema when the plugin is loaded.", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object" } } } }, "ruleSetting": { "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object", "additionalProperties": false, "properties": {} } } } } } };
  const schema12 = { "description": '"off" disables the rule; the others set its severity.', "enum": ["off", "note", "warning", "error"] };
  const schema73 = { "description": "deployment: a root module that is applied; module: a reusable module; example and test: roots that show or test a module; fixture: snippets, syntax only.", "enum": ["deployment", "module", "example", "test", "fixture"] };
  const func2 = Object.prototype.hasOwnProperty;
  const func4 = ucs2length;
  const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$", "u");
  const pattern1 = new RegExp("^[a-z0-9_]+$", "u");
  const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
  const schema70 = { "description": "A plugin rule's level or { severity, options }; its options are checked against the rule's schema when the plugin is loaded.", "if": { "type": "string" }, "then": { "$ref": "#/definitions/level" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/level" }, "options": { "type": "object" } } } };
  function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = true;
    const _errs1 = errors;
    if (typeof data !== "string") {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    var _valid0 = _errs1 === errors;
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
    let ifClause0;
    if (_valid0) {
      const _errs3 = errors;
      if (!(data === "off" || data === "note" || data === "warning" || data === "error")) {
        const err1 = { instancePath, schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid0 = _valid0;
      ifClause0 = "then";
    } else {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "severity" || key0 === "options")) {
            const err2 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70.else, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data0 = data.severity;
          if (!(data0 === "off" || data0 === "note" || data0 === "warning" || data0 === "error")) {
            const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.options !== void 0) {
          let data1 = data.options;
          if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
            const err4 = { instancePath: instancePath + "/options", schemaPath: "#/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.else.properties.options.type, parentSchema: schema70.else.properties.options, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.else.type, parentSchema: schema70.else, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = _valid0;
      ifClause0 = "else";
    }
    if (!valid0) {
      const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema70.if, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
  }
  function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!func2.call(schema11.properties, key0)) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.$schema !== void 0) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
          const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        let data1 = data.rules;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          for (const key1 in data1) {
            if (!(func2.call(schema11.properties.rules.properties, key1) || pattern0.test(key1))) {
              const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data1["container-image-pinned"] !== void 0) {
            let data2 = data1["container-image-pinned"];
            const _errs8 = errors;
            let valid2 = true;
            const _errs9 = errors;
            if (typeof data2 !== "string") {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            var _valid0 = _errs9 === errors;
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
            let ifClause0;
            if (_valid0) {
              const _errs11 = errors;
              if (!(data2 === "off" || data2 === "note" || data2 === "warning" || data2 === "error")) {
                const err4 = { instancePath: instancePath + "/rules/container-image-pinned", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var _valid0 = _errs11 === errors;
              valid2 = _valid0;
              ifClause0 = "then";
            } else {
              const _errs13 = errors;
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                for (const key2 in data2) {
                  if (!(key2 === "severity" || key2 === "options")) {
                    const err5 = { instancePath: instancePath + "/rules/container-image-pinned", schemaPath: "#/properties/rules/properties/container-image-pinned/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                if (data2.severity !== void 0) {
                  let data3 = data2.severity;
                  if (!(data3 === "off" || data3 === "note" || data3 === "warning" || data3 === "error")) {
                    const err6 = { instancePath: instancePath + "/rules/container-image-pinned/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data3 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data2.options !== void 0) {
                  let data4 = data2.options;
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    for (const key3 in data4) {
                      if (!(key3 === "mutableTags")) {
                        const err7 = { instancePath: instancePath + "/rules/container-image-pinned/options", schemaPath: "#/properties/rules/properties/container-image-pinned/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                    if (data4.mutableTags !== void 0) {
                      let data5 = data4.mutableTags;
                      if (Array.isArray(data5)) {
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data6 = data5[i0];
                          if (typeof data6 === "string") {
                            if (func4(data6) < 1) {
                              const err8 = { instancePath: instancePath + "/rules/container-image-pinned/options/mutableTags/" + i0, schemaPath: "#/properties/rules/properties/container-image-pinned/else/properties/options/properties/mutableTags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.properties.mutableTags.items, data: data6 };
                              if (vErrors === null) {
                                vErrors = [err8];
                              } else {
                                vErrors.push(err8);
                              }
                              errors++;
                            }
                          } else {
                            const err9 = { instancePath: instancePath + "/rules/container-image-pinned/options/mutableTags/" + i0, schemaPath: "#/properties/rules/properties/container-image-pinned/else/properties/options/properties/mutableTags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.properties.mutableTags.items.type, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.properties.mutableTags.items, data: data6 };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          }
                        }
                        let i1 = data5.length;
                        let j0;
                        if (i1 > 1) {
                          const indices0 = {};
                          for (; i1--; ) {
                            let item0 = data5[i1];
                            if (typeof item0 !== "string") {
                              continue;
                            }
                            if (typeof indices0[item0] == "number") {
                              j0 = indices0[item0];
                              const err10 = { instancePath: instancePath + "/rules/container-image-pinned/options/mutableTags", schemaPath: "#/properties/rules/properties/container-image-pinned/else/properties/options/properties/mutableTags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.properties.mutableTags, data: data5 };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                              break;
                            }
                            indices0[item0] = i1;
                          }
                        }
                      } else {
                        const err11 = { instancePath: instancePath + "/rules/container-image-pinned/options/mutableTags", schemaPath: "#/properties/rules/properties/container-image-pinned/else/properties/options/properties/mutableTags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.properties.mutableTags.type, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.properties.mutableTags, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/rules/container-image-pinned/options", schemaPath: "#/properties/rules/properties/container-image-pinned/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else.properties.options, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/rules/container-image-pinned", schemaPath: "#/properties/rules/properties/container-image-pinned/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["container-image-pinned"].else.type, parentSchema: schema11.properties.rules.properties["container-image-pinned"].else, data: data2 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              valid2 = _valid0;
              ifClause0 = "else";
            }
            if (!valid2) {
              const err14 = { instancePath: instancePath + "/rules/container-image-pinned", schemaPath: "#/properties/rules/properties/container-image-pinned/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.rules.properties["container-image-pinned"].if, parentSchema: schema11.properties.rules.properties["container-image-pinned"], data: data2 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data1["machine-image-pinned"] !== void 0) {
            let data7 = data1["machine-image-pinned"];
            const _errs26 = errors;
            let valid10 = true;
            const _errs27 = errors;
            if (typeof data7 !== "string") {
              const err15 = {};
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var _valid1 = _errs27 === errors;
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
            let ifClause1;
            if (_valid1) {
              const _errs29 = errors;
              if (!(data7 === "off" || data7 === "note" || data7 === "warning" || data7 === "error")) {
                const err16 = { instancePath: instancePath + "/rules/machine-image-pinned", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              var _valid1 = _errs29 === errors;
              valid10 = _valid1;
              ifClause1 = "then";
            } else {
              const _errs31 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key4 in data7) {
                  if (!(key4 === "severity" || key4 === "options")) {
                    const err17 = { instancePath: instancePath + "/rules/machine-image-pinned", schemaPath: "#/properties/rules/properties/machine-image-pinned/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["machine-image-pinned"].else, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data7.severity !== void 0) {
                  let data8 = data7.severity;
                  if (!(data8 === "off" || data8 === "note" || data8 === "warning" || data8 === "error")) {
                    const err18 = { instancePath: instancePath + "/rules/machine-image-pinned/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data7.options !== void 0) {
                  let data9 = data7.options;
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    for (const key5 in data9) {
                      const err19 = { instancePath: instancePath + "/rules/machine-image-pinned/options", schemaPath: "#/properties/rules/properties/machine-image-pinned/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["machine-image-pinned"].else.properties.options, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/rules/machine-image-pinned/options", schemaPath: "#/properties/rules/properties/machine-image-pinned/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["machine-image-pinned"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["machine-image-pinned"].else.properties.options, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/rules/machine-image-pinned", schemaPath: "#/properties/rules/properties/machine-image-pinned/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["machine-image-pinned"].else.type, parentSchema: schema11.properties.rules.properties["machine-image-pinned"].else, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var _valid1 = _errs31 === errors;
              valid10 = _valid1;
              ifClause1 = "else";
            }
            if (!valid10) {
              const err22 = { instancePath: instancePath + "/rules/machine-image-pinned", schemaPath: "#/properties/rules/properties/machine-image-pinned/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema11.properties.rules.properties["machine-image-pinned"].if, parentSchema: schema11.properties.rules.properties["machine-image-pinned"], data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data1["module-source-pinned"] !== void 0) {
            let data10 = data1["module-source-pinned"];
            const _errs40 = errors;
            let valid14 = true;
            const _errs41 = errors;
            if (typeof data10 !== "string") {
              const err23 = {};
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            var _valid2 = _errs41 === errors;
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
            let ifClause2;
            if (_valid2) {
              const _errs43 = errors;
              if (!(data10 === "off" || data10 === "note" || data10 === "warning" || data10 === "error")) {
                const err24 = { instancePath: instancePath + "/rules/module-source-pinned", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              var _valid2 = _errs43 === errors;
              valid14 = _valid2;
              ifClause2 = "then";
            } else {
              const _errs45 = errors;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key6 in data10) {
                  if (!(key6 === "severity" || key6 === "options")) {
                    const err25 = { instancePath: instancePath + "/rules/module-source-pinned", schemaPath: "#/properties/rules/properties/module-source-pinned/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["module-source-pinned"].else, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data10.severity !== void 0) {
                  let data11 = data10.severity;
                  if (!(data11 === "off" || data11 === "note" || data11 === "warning" || data11 === "error")) {
                    const err26 = { instancePath: instancePath + "/rules/module-source-pinned/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data10.options !== void 0) {
                  let data12 = data10.options;
                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    for (const key7 in data12) {
                      const err27 = { instancePath: instancePath + "/rules/module-source-pinned/options", schemaPath: "#/properties/rules/properties/module-source-pinned/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["module-source-pinned"].else.properties.options, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/rules/module-source-pinned/options", schemaPath: "#/properties/rules/properties/module-source-pinned/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["module-source-pinned"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["module-source-pinned"].else.properties.options, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/rules/module-source-pinned", schemaPath: "#/properties/rules/properties/module-source-pinned/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["module-source-pinned"].else.type, parentSchema: schema11.properties.rules.properties["module-source-pinned"].else, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid2 = _errs45 === errors;
              valid14 = _valid2;
              ifClause2 = "else";
            }
            if (!valid14) {
              const err30 = { instancePath: instancePath + "/rules/module-source-pinned", schemaPath: "#/properties/rules/properties/module-source-pinned/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema11.properties.rules.properties["module-source-pinned"].if, parentSchema: schema11.properties.rules.properties["module-source-pinned"], data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data1["provider-version-pinned"] !== void 0) {
            let data13 = data1["provider-version-pinned"];
            const _errs54 = errors;
            let valid18 = true;
            const _errs55 = errors;
            if (typeof data13 !== "string") {
              const err31 = {};
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            var _valid3 = _errs55 === errors;
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
            let ifClause3;
            if (_valid3) {
              const _errs57 = errors;
              if (!(data13 === "off" || data13 === "note" || data13 === "warning" || data13 === "error")) {
                const err32 = { instancePath: instancePath + "/rules/provider-version-pinned", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data13 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var _valid3 = _errs57 === errors;
              valid18 = _valid3;
              ifClause3 = "then";
            } else {
              const _errs59 = errors;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                for (const key8 in data13) {
                  if (!(key8 === "severity" || key8 === "options")) {
                    const err33 = { instancePath: instancePath + "/rules/provider-version-pinned", schemaPath: "#/properties/rules/properties/provider-version-pinned/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["provider-version-pinned"].else, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data13.severity !== void 0) {
                  let data14 = data13.severity;
                  if (!(data14 === "off" || data14 === "note" || data14 === "warning" || data14 === "error")) {
                    const err34 = { instancePath: instancePath + "/rules/provider-version-pinned/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data13.options !== void 0) {
                  let data15 = data13.options;
                  if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    for (const key9 in data15) {
                      const err35 = { instancePath: instancePath + "/rules/provider-version-pinned/options", schemaPath: "#/properties/rules/properties/provider-version-pinned/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["provider-version-pinned"].else.properties.options, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/rules/provider-version-pinned/options", schemaPath: "#/properties/rules/properties/provider-version-pinned/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["provider-version-pinned"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["provider-version-pinned"].else.properties.options, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/rules/provider-version-pinned", schemaPath: "#/properties/rules/properties/provider-version-pinned/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["provider-version-pinned"].else.type, parentSchema: schema11.properties.rules.properties["provider-version-pinned"].else, data: data13 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var _valid3 = _errs59 === errors;
              valid18 = _valid3;
              ifClause3 = "else";
            }
            if (!valid18) {
              const err38 = { instancePath: instancePath + "/rules/provider-version-pinned", schemaPath: "#/properties/rules/properties/provider-version-pinned/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema11.properties.rules.properties["provider-version-pinned"].if, parentSchema: schema11.properties.rules.properties["provider-version-pinned"], data: data13 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          if (data1["terraform-version-pinned"] !== void 0) {
            let data16 = data1["terraform-version-pinned"];
            const _errs68 = errors;
            let valid22 = true;
            const _errs69 = errors;
            if (typeof data16 !== "string") {
              const err39 = {};
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            var _valid4 = _errs69 === errors;
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
            let ifClause4;
            if (_valid4) {
              const _errs71 = errors;
              if (!(data16 === "off" || data16 === "note" || data16 === "warning" || data16 === "error")) {
                const err40 = { instancePath: instancePath + "/rules/terraform-version-pinned", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var _valid4 = _errs71 === errors;
              valid22 = _valid4;
              ifClause4 = "then";
            } else {
              const _errs73 = errors;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key10 in data16) {
                  if (!(key10 === "severity" || key10 === "options")) {
                    const err41 = { instancePath: instancePath + "/rules/terraform-version-pinned", schemaPath: "#/properties/rules/properties/terraform-version-pinned/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["terraform-version-pinned"].else, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data16.severity !== void 0) {
                  let data17 = data16.severity;
                  if (!(data17 === "off" || data17 === "note" || data17 === "warning" || data17 === "error")) {
                    const err42 = { instancePath: instancePath + "/rules/terraform-version-pinned/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data16.options !== void 0) {
                  let data18 = data16.options;
                  if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    for (const key11 in data18) {
                      const err43 = { instancePath: instancePath + "/rules/terraform-version-pinned/options", schemaPath: "#/properties/rules/properties/terraform-version-pinned/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["terraform-version-pinned"].else.properties.options, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/rules/terraform-version-pinned/options", schemaPath: "#/properties/rules/properties/terraform-version-pinned/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["terraform-version-pinned"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["terraform-version-pinned"].else.properties.options, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/rules/terraform-version-pinned", schemaPath: "#/properties/rules/properties/terraform-version-pinned/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["terraform-version-pinned"].else.type, parentSchema: schema11.properties.rules.properties["terraform-version-pinned"].else, data: data16 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              var _valid4 = _errs73 === errors;
              valid22 = _valid4;
              ifClause4 = "else";
            }
            if (!valid22) {
              const err46 = { instancePath: instancePath + "/rules/terraform-version-pinned", schemaPath: "#/properties/rules/properties/terraform-version-pinned/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema11.properties.rules.properties["terraform-version-pinned"].if, parentSchema: schema11.properties.rules.properties["terraform-version-pinned"], data: data16 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data1["dependency-lock-file"] !== void 0) {
            let data19 = data1["dependency-lock-file"];
            const _errs82 = errors;
            let valid26 = true;
            const _errs83 = errors;
            if (typeof data19 !== "string") {
              const err47 = {};
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            var _valid5 = _errs83 === errors;
            errors = _errs82;
            if (vErrors !== null) {
              if (_errs82) {
                vErrors.length = _errs82;
              } else {
                vErrors = null;
              }
            }
            let ifClause5;
            if (_valid5) {
              const _errs85 = errors;
              if (!(data19 === "off" || data19 === "note" || data19 === "warning" || data19 === "error")) {
                const err48 = { instancePath: instancePath + "/rules/dependency-lock-file", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data19 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var _valid5 = _errs85 === errors;
              valid26 = _valid5;
              ifClause5 = "then";
            } else {
              const _errs87 = errors;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                for (const key12 in data19) {
                  if (!(key12 === "severity" || key12 === "options")) {
                    const err49 = { instancePath: instancePath + "/rules/dependency-lock-file", schemaPath: "#/properties/rules/properties/dependency-lock-file/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["dependency-lock-file"].else, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data19.severity !== void 0) {
                  let data20 = data19.severity;
                  if (!(data20 === "off" || data20 === "note" || data20 === "warning" || data20 === "error")) {
                    const err50 = { instancePath: instancePath + "/rules/dependency-lock-file/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data19.options !== void 0) {
                  let data21 = data19.options;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    for (const key13 in data21) {
                      const err51 = { instancePath: instancePath + "/rules/dependency-lock-file/options", schemaPath: "#/properties/rules/properties/dependency-lock-file/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["dependency-lock-file"].else.properties.options, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/rules/dependency-lock-file/options", schemaPath: "#/properties/rules/properties/dependency-lock-file/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["dependency-lock-file"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["dependency-lock-file"].else.properties.options, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/rules/dependency-lock-file", schemaPath: "#/properties/rules/properties/dependency-lock-file/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["dependency-lock-file"].else.type, parentSchema: schema11.properties.rules.properties["dependency-lock-file"].else, data: data19 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              var _valid5 = _errs87 === errors;
              valid26 = _valid5;
              ifClause5 = "else";
            }
            if (!valid26) {
              const err54 = { instancePath: instancePath + "/rules/dependency-lock-file", schemaPath: "#/properties/rules/properties/dependency-lock-file/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: 'must match "' + ifClause5 + '" schema', schema: schema11.properties.rules.properties["dependency-lock-file"].if, parentSchema: schema11.properties.rules.properties["dependency-lock-file"], data: data19 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data1["ecr-tag-immutability"] !== void 0) {
            let data22 = data1["ecr-tag-immutability"];
            const _errs96 = errors;
            let valid30 = true;
            const _errs97 = errors;
            if (typeof data22 !== "string") {
              const err55 = {};
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            var _valid6 = _errs97 === errors;
            errors = _errs96;
            if (vErrors !== null) {
              if (_errs96) {
                vErrors.length = _errs96;
              } else {
                vErrors = null;
              }
            }
            let ifClause6;
            if (_valid6) {
              const _errs99 = errors;
              if (!(data22 === "off" || data22 === "note" || data22 === "warning" || data22 === "error")) {
                const err56 = { instancePath: instancePath + "/rules/ecr-tag-immutability", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data22 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid6 = _errs99 === errors;
              valid30 = _valid6;
              ifClause6 = "then";
            } else {
              const _errs101 = errors;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                for (const key14 in data22) {
                  if (!(key14 === "severity" || key14 === "options")) {
                    const err57 = { instancePath: instancePath + "/rules/ecr-tag-immutability", schemaPath: "#/properties/rules/properties/ecr-tag-immutability/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["ecr-tag-immutability"].else, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data22.severity !== void 0) {
                  let data23 = data22.severity;
                  if (!(data23 === "off" || data23 === "note" || data23 === "warning" || data23 === "error")) {
                    const err58 = { instancePath: instancePath + "/rules/ecr-tag-immutability/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data22.options !== void 0) {
                  let data24 = data22.options;
                  if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    for (const key15 in data24) {
                      const err59 = { instancePath: instancePath + "/rules/ecr-tag-immutability/options", schemaPath: "#/properties/rules/properties/ecr-tag-immutability/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["ecr-tag-immutability"].else.properties.options, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/rules/ecr-tag-immutability/options", schemaPath: "#/properties/rules/properties/ecr-tag-immutability/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["ecr-tag-immutability"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["ecr-tag-immutability"].else.properties.options, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/rules/ecr-tag-immutability", schemaPath: "#/properties/rules/properties/ecr-tag-immutability/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["ecr-tag-immutability"].else.type, parentSchema: schema11.properties.rules.properties["ecr-tag-immutability"].else, data: data22 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              var _valid6 = _errs101 === errors;
              valid30 = _valid6;
              ifClause6 = "else";
            }
            if (!valid30) {
              const err62 = { instancePath: instancePath + "/rules/ecr-tag-immutability", schemaPath: "#/properties/rules/properties/ecr-tag-immutability/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: 'must match "' + ifClause6 + '" schema', schema: schema11.properties.rules.properties["ecr-tag-immutability"].if, parentSchema: schema11.properties.rules.properties["ecr-tag-immutability"], data: data22 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
          if (data1["no-provisioners"] !== void 0) {
            let data25 = data1["no-provisioners"];
            const _errs110 = errors;
            let valid34 = true;
            const _errs111 = errors;
            if (typeof data25 !== "string") {
              const err63 = {};
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            var _valid7 = _errs111 === errors;
            errors = _errs110;
            if (vErrors !== null) {
              if (_errs110) {
                vErrors.length = _errs110;
              } else {
                vErrors = null;
              }
            }
            let ifClause7;
            if (_valid7) {
              const _errs113 = errors;
              if (!(data25 === "off" || data25 === "note" || data25 === "warning" || data25 === "error")) {
                const err64 = { instancePath: instancePath + "/rules/no-provisioners", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data25 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var _valid7 = _errs113 === errors;
              valid34 = _valid7;
              ifClause7 = "then";
            } else {
              const _errs115 = errors;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key16 in data25) {
                  if (!(key16 === "severity" || key16 === "options")) {
                    const err65 = { instancePath: instancePath + "/rules/no-provisioners", schemaPath: "#/properties/rules/properties/no-provisioners/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-provisioners"].else, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data25.severity !== void 0) {
                  let data26 = data25.severity;
                  if (!(data26 === "off" || data26 === "note" || data26 === "warning" || data26 === "error")) {
                    const err66 = { instancePath: instancePath + "/rules/no-provisioners/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data25.options !== void 0) {
                  let data27 = data25.options;
                  if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                    for (const key17 in data27) {
                      const err67 = { instancePath: instancePath + "/rules/no-provisioners/options", schemaPath: "#/properties/rules/properties/no-provisioners/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-provisioners"].else.properties.options, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/rules/no-provisioners/options", schemaPath: "#/properties/rules/properties/no-provisioners/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-provisioners"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["no-provisioners"].else.properties.options, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/rules/no-provisioners", schemaPath: "#/properties/rules/properties/no-provisioners/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-provisioners"].else.type, parentSchema: schema11.properties.rules.properties["no-provisioners"].else, data: data25 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var _valid7 = _errs115 === errors;
              valid34 = _valid7;
              ifClause7 = "else";
            }
            if (!valid34) {
              const err70 = { instancePath: instancePath + "/rules/no-provisioners", schemaPath: "#/properties/rules/properties/no-provisioners/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: 'must match "' + ifClause7 + '" schema', schema: schema11.properties.rules.properties["no-provisioners"].if, parentSchema: schema11.properties.rules.properties["no-provisioners"], data: data25 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
          if (data1["no-ssh-access"] !== void 0) {
            let data28 = data1["no-ssh-access"];
            const _errs124 = errors;
            let valid38 = true;
            const _errs125 = errors;
            if (typeof data28 !== "string") {
              const err71 = {};
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            var _valid8 = _errs125 === errors;
            errors = _errs124;
            if (vErrors !== null) {
              if (_errs124) {
                vErrors.length = _errs124;
              } else {
                vErrors = null;
              }
            }
            let ifClause8;
            if (_valid8) {
              const _errs127 = errors;
              if (!(data28 === "off" || data28 === "note" || data28 === "warning" || data28 === "error")) {
                const err72 = { instancePath: instancePath + "/rules/no-ssh-access", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data28 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var _valid8 = _errs127 === errors;
              valid38 = _valid8;
              ifClause8 = "then";
            } else {
              const _errs129 = errors;
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                for (const key18 in data28) {
                  if (!(key18 === "severity" || key18 === "options")) {
                    const err73 = { instancePath: instancePath + "/rules/no-ssh-access", schemaPath: "#/properties/rules/properties/no-ssh-access/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-ssh-access"].else, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data28.severity !== void 0) {
                  let data29 = data28.severity;
                  if (!(data29 === "off" || data29 === "note" || data29 === "warning" || data29 === "error")) {
                    const err74 = { instancePath: instancePath + "/rules/no-ssh-access/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data28.options !== void 0) {
                  let data30 = data28.options;
                  if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                    for (const key19 in data30) {
                      const err75 = { instancePath: instancePath + "/rules/no-ssh-access/options", schemaPath: "#/properties/rules/properties/no-ssh-access/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-ssh-access"].else.properties.options, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/rules/no-ssh-access/options", schemaPath: "#/properties/rules/properties/no-ssh-access/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-ssh-access"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["no-ssh-access"].else.properties.options, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
              } else {
                const err77 = { instancePath: instancePath + "/rules/no-ssh-access", schemaPath: "#/properties/rules/properties/no-ssh-access/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-ssh-access"].else.type, parentSchema: schema11.properties.rules.properties["no-ssh-access"].else, data: data28 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              var _valid8 = _errs129 === errors;
              valid38 = _valid8;
              ifClause8 = "else";
            }
            if (!valid38) {
              const err78 = { instancePath: instancePath + "/rules/no-ssh-access", schemaPath: "#/properties/rules/properties/no-ssh-access/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: 'must match "' + ifClause8 + '" schema', schema: schema11.properties.rules.properties["no-ssh-access"].if, parentSchema: schema11.properties.rules.properties["no-ssh-access"], data: data28 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
          if (data1["no-boot-time-configuration"] !== void 0) {
            let data31 = data1["no-boot-time-configuration"];
            const _errs138 = errors;
            let valid42 = true;
            const _errs139 = errors;
            if (typeof data31 !== "string") {
              const err79 = {};
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            var _valid9 = _errs139 === errors;
            errors = _errs138;
            if (vErrors !== null) {
              if (_errs138) {
                vErrors.length = _errs138;
              } else {
                vErrors = null;
              }
            }
            let ifClause9;
            if (_valid9) {
              const _errs141 = errors;
              if (!(data31 === "off" || data31 === "note" || data31 === "warning" || data31 === "error")) {
                const err80 = { instancePath: instancePath + "/rules/no-boot-time-configuration", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data31 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              var _valid9 = _errs141 === errors;
              valid42 = _valid9;
              ifClause9 = "then";
            } else {
              const _errs143 = errors;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key20 in data31) {
                  if (!(key20 === "severity" || key20 === "options")) {
                    const err81 = { instancePath: instancePath + "/rules/no-boot-time-configuration", schemaPath: "#/properties/rules/properties/no-boot-time-configuration/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-boot-time-configuration"].else, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data31.severity !== void 0) {
                  let data32 = data31.severity;
                  if (!(data32 === "off" || data32 === "note" || data32 === "warning" || data32 === "error")) {
                    const err82 = { instancePath: instancePath + "/rules/no-boot-time-configuration/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data31.options !== void 0) {
                  let data33 = data31.options;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    for (const key21 in data33) {
                      const err83 = { instancePath: instancePath + "/rules/no-boot-time-configuration/options", schemaPath: "#/properties/rules/properties/no-boot-time-configuration/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-boot-time-configuration"].else.properties.options, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/rules/no-boot-time-configuration/options", schemaPath: "#/properties/rules/properties/no-boot-time-configuration/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-boot-time-configuration"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["no-boot-time-configuration"].else.properties.options, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/rules/no-boot-time-configuration", schemaPath: "#/properties/rules/properties/no-boot-time-configuration/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-boot-time-configuration"].else.type, parentSchema: schema11.properties.rules.properties["no-boot-time-configuration"].else, data: data31 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              var _valid9 = _errs143 === errors;
              valid42 = _valid9;
              ifClause9 = "else";
            }
            if (!valid42) {
              const err86 = { instancePath: instancePath + "/rules/no-boot-time-configuration", schemaPath: "#/properties/rules/properties/no-boot-time-configuration/if", keyword: "if", params: { failingKeyword: ifClause9 }, message: 'must match "' + ifClause9 + '" schema', schema: schema11.properties.rules.properties["no-boot-time-configuration"].if, parentSchema: schema11.properties.rules.properties["no-boot-time-configuration"], data: data31 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          }
          if (data1["user-data-replace-on-change"] !== void 0) {
            let data34 = data1["user-data-replace-on-change"];
            const _errs152 = errors;
            let valid46 = true;
            const _errs153 = errors;
            if (typeof data34 !== "string") {
              const err87 = {};
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            var _valid10 = _errs153 === errors;
            errors = _errs152;
            if (vErrors !== null) {
              if (_errs152) {
                vErrors.length = _errs152;
              } else {
                vErrors = null;
              }
            }
            let ifClause10;
            if (_valid10) {
              const _errs155 = errors;
              if (!(data34 === "off" || data34 === "note" || data34 === "warning" || data34 === "error")) {
                const err88 = { instancePath: instancePath + "/rules/user-data-replace-on-change", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data34 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              var _valid10 = _errs155 === errors;
              valid46 = _valid10;
              ifClause10 = "then";
            } else {
              const _errs157 = errors;
              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                for (const key22 in data34) {
                  if (!(key22 === "severity" || key22 === "options")) {
                    const err89 = { instancePath: instancePath + "/rules/user-data-replace-on-change", schemaPath: "#/properties/rules/properties/user-data-replace-on-change/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["user-data-replace-on-change"].else, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data34.severity !== void 0) {
                  let data35 = data34.severity;
                  if (!(data35 === "off" || data35 === "note" || data35 === "warning" || data35 === "error")) {
                    const err90 = { instancePath: instancePath + "/rules/user-data-replace-on-change/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data34.options !== void 0) {
                  let data36 = data34.options;
                  if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                    for (const key23 in data36) {
                      const err91 = { instancePath: instancePath + "/rules/user-data-replace-on-change/options", schemaPath: "#/properties/rules/properties/user-data-replace-on-change/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["user-data-replace-on-change"].else.properties.options, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/rules/user-data-replace-on-change/options", schemaPath: "#/properties/rules/properties/user-data-replace-on-change/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["user-data-replace-on-change"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["user-data-replace-on-change"].else.properties.options, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
              } else {
                const err93 = { instancePath: instancePath + "/rules/user-data-replace-on-change", schemaPath: "#/properties/rules/properties/user-data-replace-on-change/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["user-data-replace-on-change"].else.type, parentSchema: schema11.properties.rules.properties["user-data-replace-on-change"].else, data: data34 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              var _valid10 = _errs157 === errors;
              valid46 = _valid10;
              ifClause10 = "else";
            }
            if (!valid46) {
              const err94 = { instancePath: instancePath + "/rules/user-data-replace-on-change", schemaPath: "#/properties/rules/properties/user-data-replace-on-change/if", keyword: "if", params: { failingKeyword: ifClause10 }, message: 'must match "' + ifClause10 + '" schema', schema: schema11.properties.rules.properties["user-data-replace-on-change"].if, parentSchema: schema11.properties.rules.properties["user-data-replace-on-change"], data: data34 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data1["create-before-destroy"] !== void 0) {
            let data37 = data1["create-before-destroy"];
            const _errs166 = errors;
            let valid50 = true;
            const _errs167 = errors;
            if (typeof data37 !== "string") {
              const err95 = {};
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            var _valid11 = _errs167 === errors;
            errors = _errs166;
            if (vErrors !== null) {
              if (_errs166) {
                vErrors.length = _errs166;
              } else {
                vErrors = null;
              }
            }
            let ifClause11;
            if (_valid11) {
              const _errs169 = errors;
              if (!(data37 === "off" || data37 === "note" || data37 === "warning" || data37 === "error")) {
                const err96 = { instancePath: instancePath + "/rules/create-before-destroy", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data37 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              var _valid11 = _errs169 === errors;
              valid50 = _valid11;
              ifClause11 = "then";
            } else {
              const _errs171 = errors;
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                for (const key24 in data37) {
                  if (!(key24 === "severity" || key24 === "options")) {
                    const err97 = { instancePath: instancePath + "/rules/create-before-destroy", schemaPath: "#/properties/rules/properties/create-before-destroy/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["create-before-destroy"].else, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data37.severity !== void 0) {
                  let data38 = data37.severity;
                  if (!(data38 === "off" || data38 === "note" || data38 === "warning" || data38 === "error")) {
                    const err98 = { instancePath: instancePath + "/rules/create-before-destroy/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data37.options !== void 0) {
                  let data39 = data37.options;
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    for (const key25 in data39) {
                      const err99 = { instancePath: instancePath + "/rules/create-before-destroy/options", schemaPath: "#/properties/rules/properties/create-before-destroy/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["create-before-destroy"].else.properties.options, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/rules/create-before-destroy/options", schemaPath: "#/properties/rules/properties/create-before-destroy/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["create-before-destroy"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["create-before-destroy"].else.properties.options, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/rules/create-before-destroy", schemaPath: "#/properties/rules/properties/create-before-destroy/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["create-before-destroy"].else.type, parentSchema: schema11.properties.rules.properties["create-before-destroy"].else, data: data37 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              var _valid11 = _errs171 === errors;
              valid50 = _valid11;
              ifClause11 = "else";
            }
            if (!valid50) {
              const err102 = { instancePath: instancePath + "/rules/create-before-destroy", schemaPath: "#/properties/rules/properties/create-before-destroy/if", keyword: "if", params: { failingKeyword: ifClause11 }, message: 'must match "' + ifClause11 + '" schema', schema: schema11.properties.rules.properties["create-before-destroy"].if, parentSchema: schema11.properties.rules.properties["create-before-destroy"], data: data37 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          }
          if (data1["create-before-destroy-name-conflict"] !== void 0) {
            let data40 = data1["create-before-destroy-name-conflict"];
            const _errs180 = errors;
            let valid54 = true;
            const _errs181 = errors;
            if (typeof data40 !== "string") {
              const err103 = {};
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            var _valid12 = _errs181 === errors;
            errors = _errs180;
            if (vErrors !== null) {
              if (_errs180) {
                vErrors.length = _errs180;
              } else {
                vErrors = null;
              }
            }
            let ifClause12;
            if (_valid12) {
              const _errs183 = errors;
              if (!(data40 === "off" || data40 === "note" || data40 === "warning" || data40 === "error")) {
                const err104 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data40 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              var _valid12 = _errs183 === errors;
              valid54 = _valid12;
              ifClause12 = "then";
            } else {
              const _errs185 = errors;
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                for (const key26 in data40) {
                  if (!(key26 === "severity" || key26 === "options")) {
                    const err105 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict", schemaPath: "#/properties/rules/properties/create-before-destroy-name-conflict/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].else, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data40.severity !== void 0) {
                  let data41 = data40.severity;
                  if (!(data41 === "off" || data41 === "note" || data41 === "warning" || data41 === "error")) {
                    const err106 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data40.options !== void 0) {
                  let data42 = data40.options;
                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                    for (const key27 in data42) {
                      const err107 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict/options", schemaPath: "#/properties/rules/properties/create-before-destroy-name-conflict/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].else.properties.options, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  } else {
                    const err108 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict/options", schemaPath: "#/properties/rules/properties/create-before-destroy-name-conflict/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].else.properties.options, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict", schemaPath: "#/properties/rules/properties/create-before-destroy-name-conflict/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].else.type, parentSchema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].else, data: data40 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
              var _valid12 = _errs185 === errors;
              valid54 = _valid12;
              ifClause12 = "else";
            }
            if (!valid54) {
              const err110 = { instancePath: instancePath + "/rules/create-before-destroy-name-conflict", schemaPath: "#/properties/rules/properties/create-before-destroy-name-conflict/if", keyword: "if", params: { failingKeyword: ifClause12 }, message: 'must match "' + ifClause12 + '" schema', schema: schema11.properties.rules.properties["create-before-destroy-name-conflict"].if, parentSchema: schema11.properties.rules.properties["create-before-destroy-name-conflict"], data: data40 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data1["prevent-destroy-stateful"] !== void 0) {
            let data43 = data1["prevent-destroy-stateful"];
            const _errs194 = errors;
            let valid58 = true;
            const _errs195 = errors;
            if (typeof data43 !== "string") {
              const err111 = {};
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            var _valid13 = _errs195 === errors;
            errors = _errs194;
            if (vErrors !== null) {
              if (_errs194) {
                vErrors.length = _errs194;
              } else {
                vErrors = null;
              }
            }
            let ifClause13;
            if (_valid13) {
              const _errs197 = errors;
              if (!(data43 === "off" || data43 === "note" || data43 === "warning" || data43 === "error")) {
                const err112 = { instancePath: instancePath + "/rules/prevent-destroy-stateful", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data43 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              var _valid13 = _errs197 === errors;
              valid58 = _valid13;
              ifClause13 = "then";
            } else {
              const _errs199 = errors;
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key28 in data43) {
                  if (!(key28 === "severity" || key28 === "options")) {
                    const err113 = { instancePath: instancePath + "/rules/prevent-destroy-stateful", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data43.severity !== void 0) {
                  let data44 = data43.severity;
                  if (!(data44 === "off" || data44 === "note" || data44 === "warning" || data44 === "error")) {
                    const err114 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data43.options !== void 0) {
                  let data45 = data43.options;
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    for (const key29 in data45) {
                      if (!(key29 === "extraStatefulTypes")) {
                        const err115 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/options", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                    }
                    if (data45.extraStatefulTypes !== void 0) {
                      let data46 = data45.extraStatefulTypes;
                      if (Array.isArray(data46)) {
                        const len1 = data46.length;
                        for (let i2 = 0; i2 < len1; i2++) {
                          let data47 = data46[i2];
                          if (typeof data47 === "string") {
                            if (!pattern1.test(data47)) {
                              const err116 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/options/extraStatefulTypes/" + i2, schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/properties/options/properties/extraStatefulTypes/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"', schema: "^[a-z0-9_]+$", parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.properties.extraStatefulTypes.items, data: data47 };
                              if (vErrors === null) {
                                vErrors = [err116];
                              } else {
                                vErrors.push(err116);
                              }
                              errors++;
                            }
                          } else {
                            const err117 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/options/extraStatefulTypes/" + i2, schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/properties/options/properties/extraStatefulTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.properties.extraStatefulTypes.items.type, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.properties.extraStatefulTypes.items, data: data47 };
                            if (vErrors === null) {
                              vErrors = [err117];
                            } else {
                              vErrors.push(err117);
                            }
                            errors++;
                          }
                        }
                        let i3 = data46.length;
                        let j1;
                        if (i3 > 1) {
                          const indices1 = {};
                          for (; i3--; ) {
                            let item1 = data46[i3];
                            if (typeof item1 !== "string") {
                              continue;
                            }
                            if (typeof indices1[item1] == "number") {
                              j1 = indices1[item1];
                              const err118 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/options/extraStatefulTypes", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/properties/options/properties/extraStatefulTypes/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.properties.extraStatefulTypes, data: data46 };
                              if (vErrors === null) {
                                vErrors = [err118];
                              } else {
                                vErrors.push(err118);
                              }
                              errors++;
                              break;
                            }
                            indices1[item1] = i3;
                          }
                        }
                      } else {
                        const err119 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/options/extraStatefulTypes", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/properties/options/properties/extraStatefulTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.properties.extraStatefulTypes.type, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.properties.extraStatefulTypes, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/rules/prevent-destroy-stateful/options", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.properties.options, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
              } else {
                const err121 = { instancePath: instancePath + "/rules/prevent-destroy-stateful", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["prevent-destroy-stateful"].else.type, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"].else, data: data43 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
              var _valid13 = _errs199 === errors;
              valid58 = _valid13;
              ifClause13 = "else";
            }
            if (!valid58) {
              const err122 = { instancePath: instancePath + "/rules/prevent-destroy-stateful", schemaPath: "#/properties/rules/properties/prevent-destroy-stateful/if", keyword: "if", params: { failingKeyword: ifClause13 }, message: 'must match "' + ifClause13 + '" schema', schema: schema11.properties.rules.properties["prevent-destroy-stateful"].if, parentSchema: schema11.properties.rules.properties["prevent-destroy-stateful"], data: data43 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          if (data1["lifecycle-ignore-changes"] !== void 0) {
            let data48 = data1["lifecycle-ignore-changes"];
            const _errs212 = errors;
            let valid66 = true;
            const _errs213 = errors;
            if (typeof data48 !== "string") {
              const err123 = {};
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            var _valid14 = _errs213 === errors;
            errors = _errs212;
            if (vErrors !== null) {
              if (_errs212) {
                vErrors.length = _errs212;
              } else {
                vErrors = null;
              }
            }
            let ifClause14;
            if (_valid14) {
              const _errs215 = errors;
              if (!(data48 === "off" || data48 === "note" || data48 === "warning" || data48 === "error")) {
                const err124 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data48 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
              var _valid14 = _errs215 === errors;
              valid66 = _valid14;
              ifClause14 = "then";
            } else {
              const _errs217 = errors;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                for (const key30 in data48) {
                  if (!(key30 === "severity" || key30 === "options")) {
                    const err125 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
                if (data48.severity !== void 0) {
                  let data49 = data48.severity;
                  if (!(data49 === "off" || data49 === "note" || data49 === "warning" || data49 === "error")) {
                    const err126 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data48.options !== void 0) {
                  let data50 = data48.options;
                  if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                    for (const key31 in data50) {
                      if (!(key31 === "extraAttributes")) {
                        const err127 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/options", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    if (data50.extraAttributes !== void 0) {
                      let data51 = data50.extraAttributes;
                      if (Array.isArray(data51)) {
                        const len2 = data51.length;
                        for (let i4 = 0; i4 < len2; i4++) {
                          let data52 = data51[i4];
                          if (typeof data52 === "string") {
                            if (!pattern2.test(data52)) {
                              const err128 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/options/extraAttributes/" + i4, schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/properties/options/properties/extraAttributes/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.properties.extraAttributes.items, data: data52 };
                              if (vErrors === null) {
                                vErrors = [err128];
                              } else {
                                vErrors.push(err128);
                              }
                              errors++;
                            }
                          } else {
                            const err129 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/options/extraAttributes/" + i4, schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/properties/options/properties/extraAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.properties.extraAttributes.items.type, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.properties.extraAttributes.items, data: data52 };
                            if (vErrors === null) {
                              vErrors = [err129];
                            } else {
                              vErrors.push(err129);
                            }
                            errors++;
                          }
                        }
                        let i5 = data51.length;
                        let j2;
                        if (i5 > 1) {
                          const indices2 = {};
                          for (; i5--; ) {
                            let item2 = data51[i5];
                            if (typeof item2 !== "string") {
                              continue;
                            }
                            if (typeof indices2[item2] == "number") {
                              j2 = indices2[item2];
                              const err130 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/options/extraAttributes", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/properties/options/properties/extraAttributes/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.properties.extraAttributes, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err130];
                              } else {
                                vErrors.push(err130);
                              }
                              errors++;
                              break;
                            }
                            indices2[item2] = i5;
                          }
                        }
                      } else {
                        const err131 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/options/extraAttributes", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/properties/options/properties/extraAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.properties.extraAttributes.type, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.properties.extraAttributes, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes/options", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.properties.options, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else.type, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"].else, data: data48 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
              var _valid14 = _errs217 === errors;
              valid66 = _valid14;
              ifClause14 = "else";
            }
            if (!valid66) {
              const err134 = { instancePath: instancePath + "/rules/lifecycle-ignore-changes", schemaPath: "#/properties/rules/properties/lifecycle-ignore-changes/if", keyword: "if", params: { failingKeyword: ifClause14 }, message: 'must match "' + ifClause14 + '" schema', schema: schema11.properties.rules.properties["lifecycle-ignore-changes"].if, parentSchema: schema11.properties.rules.properties["lifecycle-ignore-changes"], data: data48 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          }
          if (data1["asg-instance-refresh"] !== void 0) {
            let data53 = data1["asg-instance-refresh"];
            const _errs230 = errors;
            let valid74 = true;
            const _errs231 = errors;
            if (typeof data53 !== "string") {
              const err135 = {};
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            var _valid15 = _errs231 === errors;
            errors = _errs230;
            if (vErrors !== null) {
              if (_errs230) {
                vErrors.length = _errs230;
              } else {
                vErrors = null;
              }
            }
            let ifClause15;
            if (_valid15) {
              const _errs233 = errors;
              if (!(data53 === "off" || data53 === "note" || data53 === "warning" || data53 === "error")) {
                const err136 = { instancePath: instancePath + "/rules/asg-instance-refresh", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data53 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
              var _valid15 = _errs233 === errors;
              valid74 = _valid15;
              ifClause15 = "then";
            } else {
              const _errs235 = errors;
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                for (const key32 in data53) {
                  if (!(key32 === "severity" || key32 === "options")) {
                    const err137 = { instancePath: instancePath + "/rules/asg-instance-refresh", schemaPath: "#/properties/rules/properties/asg-instance-refresh/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["asg-instance-refresh"].else, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (data53.severity !== void 0) {
                  let data54 = data53.severity;
                  if (!(data54 === "off" || data54 === "note" || data54 === "warning" || data54 === "error")) {
                    const err138 = { instancePath: instancePath + "/rules/asg-instance-refresh/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data53.options !== void 0) {
                  let data55 = data53.options;
                  if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                    for (const key33 in data55) {
                      const err139 = { instancePath: instancePath + "/rules/asg-instance-refresh/options", schemaPath: "#/properties/rules/properties/asg-instance-refresh/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["asg-instance-refresh"].else.properties.options, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/rules/asg-instance-refresh/options", schemaPath: "#/properties/rules/properties/asg-instance-refresh/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["asg-instance-refresh"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["asg-instance-refresh"].else.properties.options, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/rules/asg-instance-refresh", schemaPath: "#/properties/rules/properties/asg-instance-refresh/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["asg-instance-refresh"].else.type, parentSchema: schema11.properties.rules.properties["asg-instance-refresh"].else, data: data53 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
              var _valid15 = _errs235 === errors;
              valid74 = _valid15;
              ifClause15 = "else";
            }
            if (!valid74) {
              const err142 = { instancePath: instancePath + "/rules/asg-instance-refresh", schemaPath: "#/properties/rules/properties/asg-instance-refresh/if", keyword: "if", params: { failingKeyword: ifClause15 }, message: 'must match "' + ifClause15 + '" schema', schema: schema11.properties.rules.properties["asg-instance-refresh"].if, parentSchema: schema11.properties.rules.properties["asg-instance-refresh"], data: data53 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          }
          if (data1["no-launch-configuration"] !== void 0) {
            let data56 = data1["no-launch-configuration"];
            const _errs244 = errors;
            let valid78 = true;
            const _errs245 = errors;
            if (typeof data56 !== "string") {
              const err143 = {};
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            var _valid16 = _errs245 === errors;
            errors = _errs244;
            if (vErrors !== null) {
              if (_errs244) {
                vErrors.length = _errs244;
              } else {
                vErrors = null;
              }
            }
            let ifClause16;
            if (_valid16) {
              const _errs247 = errors;
              if (!(data56 === "off" || data56 === "note" || data56 === "warning" || data56 === "error")) {
                const err144 = { instancePath: instancePath + "/rules/no-launch-configuration", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data56 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              var _valid16 = _errs247 === errors;
              valid78 = _valid16;
              ifClause16 = "then";
            } else {
              const _errs249 = errors;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key34 in data56) {
                  if (!(key34 === "severity" || key34 === "options")) {
                    const err145 = { instancePath: instancePath + "/rules/no-launch-configuration", schemaPath: "#/properties/rules/properties/no-launch-configuration/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-launch-configuration"].else, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data56.severity !== void 0) {
                  let data57 = data56.severity;
                  if (!(data57 === "off" || data57 === "note" || data57 === "warning" || data57 === "error")) {
                    const err146 = { instancePath: instancePath + "/rules/no-launch-configuration/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
                if (data56.options !== void 0) {
                  let data58 = data56.options;
                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                    for (const key35 in data58) {
                      const err147 = { instancePath: instancePath + "/rules/no-launch-configuration/options", schemaPath: "#/properties/rules/properties/no-launch-configuration/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-launch-configuration"].else.properties.options, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/rules/no-launch-configuration/options", schemaPath: "#/properties/rules/properties/no-launch-configuration/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-launch-configuration"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["no-launch-configuration"].else.properties.options, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
              } else {
                const err149 = { instancePath: instancePath + "/rules/no-launch-configuration", schemaPath: "#/properties/rules/properties/no-launch-configuration/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-launch-configuration"].else.type, parentSchema: schema11.properties.rules.properties["no-launch-configuration"].else, data: data56 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
              var _valid16 = _errs249 === errors;
              valid78 = _valid16;
              ifClause16 = "else";
            }
            if (!valid78) {
              const err150 = { instancePath: instancePath + "/rules/no-launch-configuration", schemaPath: "#/properties/rules/properties/no-launch-configuration/if", keyword: "if", params: { failingKeyword: ifClause16 }, message: 'must match "' + ifClause16 + '" schema', schema: schema11.properties.rules.properties["no-launch-configuration"].if, parentSchema: schema11.properties.rules.properties["no-launch-configuration"], data: data56 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          }
          if (data1["separate-data-volumes"] !== void 0) {
            let data59 = data1["separate-data-volumes"];
            const _errs258 = errors;
            let valid82 = true;
            const _errs259 = errors;
            if (typeof data59 !== "string") {
              const err151 = {};
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            var _valid17 = _errs259 === errors;
            errors = _errs258;
            if (vErrors !== null) {
              if (_errs258) {
                vErrors.length = _errs258;
              } else {
                vErrors = null;
              }
            }
            let ifClause17;
            if (_valid17) {
              const _errs261 = errors;
              if (!(data59 === "off" || data59 === "note" || data59 === "warning" || data59 === "error")) {
                const err152 = { instancePath: instancePath + "/rules/separate-data-volumes", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data59 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
              var _valid17 = _errs261 === errors;
              valid82 = _valid17;
              ifClause17 = "then";
            } else {
              const _errs263 = errors;
              if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                for (const key36 in data59) {
                  if (!(key36 === "severity" || key36 === "options")) {
                    const err153 = { instancePath: instancePath + "/rules/separate-data-volumes", schemaPath: "#/properties/rules/properties/separate-data-volumes/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["separate-data-volumes"].else, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data59.severity !== void 0) {
                  let data60 = data59.severity;
                  if (!(data60 === "off" || data60 === "note" || data60 === "warning" || data60 === "error")) {
                    const err154 = { instancePath: instancePath + "/rules/separate-data-volumes/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
                if (data59.options !== void 0) {
                  let data61 = data59.options;
                  if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                    for (const key37 in data61) {
                      const err155 = { instancePath: instancePath + "/rules/separate-data-volumes/options", schemaPath: "#/properties/rules/properties/separate-data-volumes/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["separate-data-volumes"].else.properties.options, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err155];
                      } else {
                        vErrors.push(err155);
                      }
                      errors++;
                    }
                  } else {
                    const err156 = { instancePath: instancePath + "/rules/separate-data-volumes/options", schemaPath: "#/properties/rules/properties/separate-data-volumes/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["separate-data-volumes"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["separate-data-volumes"].else.properties.options, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
              } else {
                const err157 = { instancePath: instancePath + "/rules/separate-data-volumes", schemaPath: "#/properties/rules/properties/separate-data-volumes/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["separate-data-volumes"].else.type, parentSchema: schema11.properties.rules.properties["separate-data-volumes"].else, data: data59 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
              var _valid17 = _errs263 === errors;
              valid82 = _valid17;
              ifClause17 = "else";
            }
            if (!valid82) {
              const err158 = { instancePath: instancePath + "/rules/separate-data-volumes", schemaPath: "#/properties/rules/properties/separate-data-volumes/if", keyword: "if", params: { failingKeyword: ifClause17 }, message: 'must match "' + ifClause17 + '" schema', schema: schema11.properties.rules.properties["separate-data-volumes"].if, parentSchema: schema11.properties.rules.properties["separate-data-volumes"], data: data59 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
          }
          if (data1["disposable-root-volume"] !== void 0) {
            let data62 = data1["disposable-root-volume"];
            const _errs272 = errors;
            let valid86 = true;
            const _errs273 = errors;
            if (typeof data62 !== "string") {
              const err159 = {};
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            var _valid18 = _errs273 === errors;
            errors = _errs272;
            if (vErrors !== null) {
              if (_errs272) {
                vErrors.length = _errs272;
              } else {
                vErrors = null;
              }
            }
            let ifClause18;
            if (_valid18) {
              const _errs275 = errors;
              if (!(data62 === "off" || data62 === "note" || data62 === "warning" || data62 === "error")) {
                const err160 = { instancePath: instancePath + "/rules/disposable-root-volume", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data62 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
              var _valid18 = _errs275 === errors;
              valid86 = _valid18;
              ifClause18 = "then";
            } else {
              const _errs277 = errors;
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                for (const key38 in data62) {
                  if (!(key38 === "severity" || key38 === "options")) {
                    const err161 = { instancePath: instancePath + "/rules/disposable-root-volume", schemaPath: "#/properties/rules/properties/disposable-root-volume/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["disposable-root-volume"].else, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data62.severity !== void 0) {
                  let data63 = data62.severity;
                  if (!(data63 === "off" || data63 === "note" || data63 === "warning" || data63 === "error")) {
                    const err162 = { instancePath: instancePath + "/rules/disposable-root-volume/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                }
                if (data62.options !== void 0) {
                  let data64 = data62.options;
                  if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                    for (const key39 in data64) {
                      const err163 = { instancePath: instancePath + "/rules/disposable-root-volume/options", schemaPath: "#/properties/rules/properties/disposable-root-volume/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["disposable-root-volume"].else.properties.options, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                  } else {
                    const err164 = { instancePath: instancePath + "/rules/disposable-root-volume/options", schemaPath: "#/properties/rules/properties/disposable-root-volume/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["disposable-root-volume"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["disposable-root-volume"].else.properties.options, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
              } else {
                const err165 = { instancePath: instancePath + "/rules/disposable-root-volume", schemaPath: "#/properties/rules/properties/disposable-root-volume/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["disposable-root-volume"].else.type, parentSchema: schema11.properties.rules.properties["disposable-root-volume"].else, data: data62 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              var _valid18 = _errs277 === errors;
              valid86 = _valid18;
              ifClause18 = "else";
            }
            if (!valid86) {
              const err166 = { instancePath: instancePath + "/rules/disposable-root-volume", schemaPath: "#/properties/rules/properties/disposable-root-volume/if", keyword: "if", params: { failingKeyword: ifClause18 }, message: 'must match "' + ifClause18 + '" schema', schema: schema11.properties.rules.properties["disposable-root-volume"].if, parentSchema: schema11.properties.rules.properties["disposable-root-volume"], data: data62 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
          }
          if (data1["database-deletion-protection"] !== void 0) {
            let data65 = data1["database-deletion-protection"];
            const _errs286 = errors;
            let valid90 = true;
            const _errs287 = errors;
            if (typeof data65 !== "string") {
              const err167 = {};
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            var _valid19 = _errs287 === errors;
            errors = _errs286;
            if (vErrors !== null) {
              if (_errs286) {
                vErrors.length = _errs286;
              } else {
                vErrors = null;
              }
            }
            let ifClause19;
            if (_valid19) {
              const _errs289 = errors;
              if (!(data65 === "off" || data65 === "note" || data65 === "warning" || data65 === "error")) {
                const err168 = { instancePath: instancePath + "/rules/database-deletion-protection", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data65 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
              var _valid19 = _errs289 === errors;
              valid90 = _valid19;
              ifClause19 = "then";
            } else {
              const _errs291 = errors;
              if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                for (const key40 in data65) {
                  if (!(key40 === "severity" || key40 === "options")) {
                    const err169 = { instancePath: instancePath + "/rules/database-deletion-protection", schemaPath: "#/properties/rules/properties/database-deletion-protection/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["database-deletion-protection"].else, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
                if (data65.severity !== void 0) {
                  let data66 = data65.severity;
                  if (!(data66 === "off" || data66 === "note" || data66 === "warning" || data66 === "error")) {
                    const err170 = { instancePath: instancePath + "/rules/database-deletion-protection/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
                if (data65.options !== void 0) {
                  let data67 = data65.options;
                  if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                    for (const key41 in data67) {
                      const err171 = { instancePath: instancePath + "/rules/database-deletion-protection/options", schemaPath: "#/properties/rules/properties/database-deletion-protection/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["database-deletion-protection"].else.properties.options, data: data67 };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                  } else {
                    const err172 = { instancePath: instancePath + "/rules/database-deletion-protection/options", schemaPath: "#/properties/rules/properties/database-deletion-protection/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["database-deletion-protection"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["database-deletion-protection"].else.properties.options, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
              } else {
                const err173 = { instancePath: instancePath + "/rules/database-deletion-protection", schemaPath: "#/properties/rules/properties/database-deletion-protection/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["database-deletion-protection"].else.type, parentSchema: schema11.properties.rules.properties["database-deletion-protection"].else, data: data65 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
              var _valid19 = _errs291 === errors;
              valid90 = _valid19;
              ifClause19 = "else";
            }
            if (!valid90) {
              const err174 = { instancePath: instancePath + "/rules/database-deletion-protection", schemaPath: "#/properties/rules/properties/database-deletion-protection/if", keyword: "if", params: { failingKeyword: ifClause19 }, message: 'must match "' + ifClause19 + '" schema', schema: schema11.properties.rules.properties["database-deletion-protection"].if, parentSchema: schema11.properties.rules.properties["database-deletion-protection"], data: data65 };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
          }
          if (data1["no-hardcoded-secrets"] !== void 0) {
            let data68 = data1["no-hardcoded-secrets"];
            const _errs300 = errors;
            let valid94 = true;
            const _errs301 = errors;
            if (typeof data68 !== "string") {
              const err175 = {};
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
            var _valid20 = _errs301 === errors;
            errors = _errs300;
            if (vErrors !== null) {
              if (_errs300) {
                vErrors.length = _errs300;
              } else {
                vErrors = null;
              }
            }
            let ifClause20;
            if (_valid20) {
              const _errs303 = errors;
              if (!(data68 === "off" || data68 === "note" || data68 === "warning" || data68 === "error")) {
                const err176 = { instancePath: instancePath + "/rules/no-hardcoded-secrets", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data68 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
              var _valid20 = _errs303 === errors;
              valid94 = _valid20;
              ifClause20 = "then";
            } else {
              const _errs305 = errors;
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (const key42 in data68) {
                  if (!(key42 === "severity" || key42 === "options")) {
                    const err177 = { instancePath: instancePath + "/rules/no-hardcoded-secrets", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                }
                if (data68.severity !== void 0) {
                  let data69 = data68.severity;
                  if (!(data69 === "off" || data69 === "note" || data69 === "warning" || data69 === "error")) {
                    const err178 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data68.options !== void 0) {
                  let data70 = data68.options;
                  if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                    for (const key43 in data70) {
                      if (!(key43 === "extraNames" || key43 === "allowedNames")) {
                        const err179 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                    }
                    if (data70.extraNames !== void 0) {
                      let data71 = data70.extraNames;
                      if (Array.isArray(data71)) {
                        const len3 = data71.length;
                        for (let i6 = 0; i6 < len3; i6++) {
                          let data72 = data71[i6];
                          if (typeof data72 === "string") {
                            if (func4(data72) < 1) {
                              const err180 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/extraNames/" + i6, schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/extraNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.extraNames.items, data: data72 };
                              if (vErrors === null) {
                                vErrors = [err180];
                              } else {
                                vErrors.push(err180);
                              }
                              errors++;
                            }
                          } else {
                            const err181 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/extraNames/" + i6, schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/extraNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.extraNames.items.type, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.extraNames.items, data: data72 };
                            if (vErrors === null) {
                              vErrors = [err181];
                            } else {
                              vErrors.push(err181);
                            }
                            errors++;
                          }
                        }
                        let i7 = data71.length;
                        let j3;
                        if (i7 > 1) {
                          const indices3 = {};
                          for (; i7--; ) {
                            let item3 = data71[i7];
                            if (typeof item3 !== "string") {
                              continue;
                            }
                            if (typeof indices3[item3] == "number") {
                              j3 = indices3[item3];
                              const err182 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/extraNames", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/extraNames/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.extraNames, data: data71 };
                              if (vErrors === null) {
                                vErrors = [err182];
                              } else {
                                vErrors.push(err182);
                              }
                              errors++;
                              break;
                            }
                            indices3[item3] = i7;
                          }
                        }
                      } else {
                        const err183 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/extraNames", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/extraNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.extraNames.type, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.extraNames, data: data71 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data70.allowedNames !== void 0) {
                      let data73 = data70.allowedNames;
                      if (Array.isArray(data73)) {
                        const len4 = data73.length;
                        for (let i8 = 0; i8 < len4; i8++) {
                          let data74 = data73[i8];
                          if (typeof data74 === "string") {
                            if (func4(data74) < 1) {
                              const err184 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/allowedNames/" + i8, schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/allowedNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.allowedNames.items, data: data74 };
                              if (vErrors === null) {
                                vErrors = [err184];
                              } else {
                                vErrors.push(err184);
                              }
                              errors++;
                            }
                          } else {
                            const err185 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/allowedNames/" + i8, schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/allowedNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.allowedNames.items.type, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.allowedNames.items, data: data74 };
                            if (vErrors === null) {
                              vErrors = [err185];
                            } else {
                              vErrors.push(err185);
                            }
                            errors++;
                          }
                        }
                        let i9 = data73.length;
                        let j4;
                        if (i9 > 1) {
                          const indices4 = {};
                          for (; i9--; ) {
                            let item4 = data73[i9];
                            if (typeof item4 !== "string") {
                              continue;
                            }
                            if (typeof indices4[item4] == "number") {
                              j4 = indices4[item4];
                              const err186 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/allowedNames", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/allowedNames/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.allowedNames, data: data73 };
                              if (vErrors === null) {
                                vErrors = [err186];
                              } else {
                                vErrors.push(err186);
                              }
                              errors++;
                              break;
                            }
                            indices4[item4] = i9;
                          }
                        }
                      } else {
                        const err187 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options/allowedNames", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/properties/allowedNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.allowedNames.type, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.properties.allowedNames, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err187];
                        } else {
                          vErrors.push(err187);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err188 = { instancePath: instancePath + "/rules/no-hardcoded-secrets/options", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.properties.options, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                }
              } else {
                const err189 = { instancePath: instancePath + "/rules/no-hardcoded-secrets", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-hardcoded-secrets"].else.type, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"].else, data: data68 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
              var _valid20 = _errs305 === errors;
              valid94 = _valid20;
              ifClause20 = "else";
            }
            if (!valid94) {
              const err190 = { instancePath: instancePath + "/rules/no-hardcoded-secrets", schemaPath: "#/properties/rules/properties/no-hardcoded-secrets/if", keyword: "if", params: { failingKeyword: ifClause20 }, message: 'must match "' + ifClause20 + '" schema', schema: schema11.properties.rules.properties["no-hardcoded-secrets"].if, parentSchema: schema11.properties.rules.properties["no-hardcoded-secrets"], data: data68 };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
          }
          if (data1["sensitive-secret-variables"] !== void 0) {
            let data75 = data1["sensitive-secret-variables"];
            const _errs322 = errors;
            let valid105 = true;
            const _errs323 = errors;
            if (typeof data75 !== "string") {
              const err191 = {};
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            var _valid21 = _errs323 === errors;
            errors = _errs322;
            if (vErrors !== null) {
              if (_errs322) {
                vErrors.length = _errs322;
              } else {
                vErrors = null;
              }
            }
            let ifClause21;
            if (_valid21) {
              const _errs325 = errors;
              if (!(data75 === "off" || data75 === "note" || data75 === "warning" || data75 === "error")) {
                const err192 = { instancePath: instancePath + "/rules/sensitive-secret-variables", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data75 };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
              var _valid21 = _errs325 === errors;
              valid105 = _valid21;
              ifClause21 = "then";
            } else {
              const _errs327 = errors;
              if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                for (const key44 in data75) {
                  if (!(key44 === "severity" || key44 === "options")) {
                    const err193 = { instancePath: instancePath + "/rules/sensitive-secret-variables", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
                if (data75.severity !== void 0) {
                  let data76 = data75.severity;
                  if (!(data76 === "off" || data76 === "note" || data76 === "warning" || data76 === "error")) {
                    const err194 = { instancePath: instancePath + "/rules/sensitive-secret-variables/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
                if (data75.options !== void 0) {
                  let data77 = data75.options;
                  if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                    for (const key45 in data77) {
                      if (!(key45 === "extraNames" || key45 === "allowedNames")) {
                        const err195 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data77.extraNames !== void 0) {
                      let data78 = data77.extraNames;
                      if (Array.isArray(data78)) {
                        const len5 = data78.length;
                        for (let i10 = 0; i10 < len5; i10++) {
                          let data79 = data78[i10];
                          if (typeof data79 === "string") {
                            if (func4(data79) < 1) {
                              const err196 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/extraNames/" + i10, schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/extraNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.extraNames.items, data: data79 };
                              if (vErrors === null) {
                                vErrors = [err196];
                              } else {
                                vErrors.push(err196);
                              }
                              errors++;
                            }
                          } else {
                            const err197 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/extraNames/" + i10, schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/extraNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.extraNames.items.type, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.extraNames.items, data: data79 };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                        }
                        let i11 = data78.length;
                        let j5;
                        if (i11 > 1) {
                          const indices5 = {};
                          for (; i11--; ) {
                            let item5 = data78[i11];
                            if (typeof item5 !== "string") {
                              continue;
                            }
                            if (typeof indices5[item5] == "number") {
                              j5 = indices5[item5];
                              const err198 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/extraNames", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/extraNames/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.extraNames, data: data78 };
                              if (vErrors === null) {
                                vErrors = [err198];
                              } else {
                                vErrors.push(err198);
                              }
                              errors++;
                              break;
                            }
                            indices5[item5] = i11;
                          }
                        }
                      } else {
                        const err199 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/extraNames", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/extraNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.extraNames.type, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.extraNames, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                    if (data77.allowedNames !== void 0) {
                      let data80 = data77.allowedNames;
                      if (Array.isArray(data80)) {
                        const len6 = data80.length;
                        for (let i12 = 0; i12 < len6; i12++) {
                          let data81 = data80[i12];
                          if (typeof data81 === "string") {
                            if (func4(data81) < 1) {
                              const err200 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/allowedNames/" + i12, schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/allowedNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.allowedNames.items, data: data81 };
                              if (vErrors === null) {
                                vErrors = [err200];
                              } else {
                                vErrors.push(err200);
                              }
                              errors++;
                            }
                          } else {
                            const err201 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/allowedNames/" + i12, schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/allowedNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.allowedNames.items.type, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.allowedNames.items, data: data81 };
                            if (vErrors === null) {
                              vErrors = [err201];
                            } else {
                              vErrors.push(err201);
                            }
                            errors++;
                          }
                        }
                        let i13 = data80.length;
                        let j6;
                        if (i13 > 1) {
                          const indices6 = {};
                          for (; i13--; ) {
                            let item6 = data80[i13];
                            if (typeof item6 !== "string") {
                              continue;
                            }
                            if (typeof indices6[item6] == "number") {
                              j6 = indices6[item6];
                              const err202 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/allowedNames", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/allowedNames/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.allowedNames, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err202];
                              } else {
                                vErrors.push(err202);
                              }
                              errors++;
                              break;
                            }
                            indices6[item6] = i13;
                          }
                        }
                      } else {
                        const err203 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options/allowedNames", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/properties/allowedNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.allowedNames.type, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.properties.allowedNames, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err203];
                        } else {
                          vErrors.push(err203);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err204 = { instancePath: instancePath + "/rules/sensitive-secret-variables/options", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else.properties.options, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                }
              } else {
                const err205 = { instancePath: instancePath + "/rules/sensitive-secret-variables", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["sensitive-secret-variables"].else.type, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"].else, data: data75 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
              var _valid21 = _errs327 === errors;
              valid105 = _valid21;
              ifClause21 = "else";
            }
            if (!valid105) {
              const err206 = { instancePath: instancePath + "/rules/sensitive-secret-variables", schemaPath: "#/properties/rules/properties/sensitive-secret-variables/if", keyword: "if", params: { failingKeyword: ifClause21 }, message: 'must match "' + ifClause21 + '" schema', schema: schema11.properties.rules.properties["sensitive-secret-variables"].if, parentSchema: schema11.properties.rules.properties["sensitive-secret-variables"], data: data75 };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
          }
          if (data1["syntax-error"] !== void 0) {
            let data82 = data1["syntax-error"];
            const _errs344 = errors;
            let valid116 = true;
            const _errs345 = errors;
            if (typeof data82 !== "string") {
              const err207 = {};
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
            var _valid22 = _errs345 === errors;
            errors = _errs344;
            if (vErrors !== null) {
              if (_errs344) {
                vErrors.length = _errs344;
              } else {
                vErrors = null;
              }
            }
            let ifClause22;
            if (_valid22) {
              const _errs347 = errors;
              if (!(data82 === "off" || data82 === "note" || data82 === "warning" || data82 === "error")) {
                const err208 = { instancePath: instancePath + "/rules/syntax-error", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data82 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
              var _valid22 = _errs347 === errors;
              valid116 = _valid22;
              ifClause22 = "then";
            } else {
              const _errs349 = errors;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                for (const key46 in data82) {
                  if (!(key46 === "severity" || key46 === "options")) {
                    const err209 = { instancePath: instancePath + "/rules/syntax-error", schemaPath: "#/properties/rules/properties/syntax-error/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["syntax-error"].else, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err209];
                    } else {
                      vErrors.push(err209);
                    }
                    errors++;
                  }
                }
                if (data82.severity !== void 0) {
                  let data83 = data82.severity;
                  if (!(data83 === "off" || data83 === "note" || data83 === "warning" || data83 === "error")) {
                    const err210 = { instancePath: instancePath + "/rules/syntax-error/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                }
                if (data82.options !== void 0) {
                  let data84 = data82.options;
                  if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                    for (const key47 in data84) {
                      const err211 = { instancePath: instancePath + "/rules/syntax-error/options", schemaPath: "#/properties/rules/properties/syntax-error/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["syntax-error"].else.properties.options, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                  } else {
                    const err212 = { instancePath: instancePath + "/rules/syntax-error/options", schemaPath: "#/properties/rules/properties/syntax-error/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["syntax-error"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["syntax-error"].else.properties.options, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err212];
                    } else {
                      vErrors.push(err212);
                    }
                    errors++;
                  }
                }
              } else {
                const err213 = { instancePath: instancePath + "/rules/syntax-error", schemaPath: "#/properties/rules/properties/syntax-error/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["syntax-error"].else.type, parentSchema: schema11.properties.rules.properties["syntax-error"].else, data: data82 };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
              var _valid22 = _errs349 === errors;
              valid116 = _valid22;
              ifClause22 = "else";
            }
            if (!valid116) {
              const err214 = { instancePath: instancePath + "/rules/syntax-error", schemaPath: "#/properties/rules/properties/syntax-error/if", keyword: "if", params: { failingKeyword: ifClause22 }, message: 'must match "' + ifClause22 + '" schema', schema: schema11.properties.rules.properties["syntax-error"].if, parentSchema: schema11.properties.rules.properties["syntax-error"], data: data82 };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
          }
          if (data1["unused-suppression"] !== void 0) {
            let data85 = data1["unused-suppression"];
            const _errs358 = errors;
            let valid120 = true;
            const _errs359 = errors;
            if (typeof data85 !== "string") {
              const err215 = {};
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            var _valid23 = _errs359 === errors;
            errors = _errs358;
            if (vErrors !== null) {
              if (_errs358) {
                vErrors.length = _errs358;
              } else {
                vErrors = null;
              }
            }
            let ifClause23;
            if (_valid23) {
              const _errs361 = errors;
              if (!(data85 === "off" || data85 === "note" || data85 === "warning" || data85 === "error")) {
                const err216 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data85 };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
              var _valid23 = _errs361 === errors;
              valid120 = _valid23;
              ifClause23 = "then";
            } else {
              const _errs363 = errors;
              if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                for (const key48 in data85) {
                  if (!(key48 === "severity" || key48 === "options")) {
                    const err217 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["unused-suppression"].else, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                if (data85.severity !== void 0) {
                  let data86 = data85.severity;
                  if (!(data86 === "off" || data86 === "note" || data86 === "warning" || data86 === "error")) {
                    const err218 = { instancePath: instancePath + "/rules/unused-suppression/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                }
                if (data85.options !== void 0) {
                  let data87 = data85.options;
                  if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                    for (const key49 in data87) {
                      const err219 = { instancePath: instancePath + "/rules/unused-suppression/options", schemaPath: "#/properties/rules/properties/unused-suppression/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["unused-suppression"].else.properties.options, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors++;
                    }
                  } else {
                    const err220 = { instancePath: instancePath + "/rules/unused-suppression/options", schemaPath: "#/properties/rules/properties/unused-suppression/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["unused-suppression"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["unused-suppression"].else.properties.options, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                }
              } else {
                const err221 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["unused-suppression"].else.type, parentSchema: schema11.properties.rules.properties["unused-suppression"].else, data: data85 };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
              var _valid23 = _errs363 === errors;
              valid120 = _valid23;
              ifClause23 = "else";
            }
            if (!valid120) {
              const err222 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/if", keyword: "if", params: { failingKeyword: ifClause23 }, message: 'must match "' + ifClause23 + '" schema', schema: schema11.properties.rules.properties["unused-suppression"].if, parentSchema: schema11.properties.rules.properties["unused-suppression"], data: data85 };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
          }
          if (data1["plan-in-place-update"] !== void 0) {
            let data88 = data1["plan-in-place-update"];
            const _errs372 = errors;
            let valid124 = true;
            const _errs373 = errors;
            if (typeof data88 !== "string") {
              const err223 = {};
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
            var _valid24 = _errs373 === errors;
            errors = _errs372;
            if (vErrors !== null) {
              if (_errs372) {
                vErrors.length = _errs372;
              } else {
                vErrors = null;
              }
            }
            let ifClause24;
            if (_valid24) {
              const _errs375 = errors;
              if (!(data88 === "off" || data88 === "note" || data88 === "warning" || data88 === "error")) {
                const err224 = { instancePath: instancePath + "/rules/plan-in-place-update", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data88 };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
              var _valid24 = _errs375 === errors;
              valid124 = _valid24;
              ifClause24 = "then";
            } else {
              const _errs377 = errors;
              if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                for (const key50 in data88) {
                  if (!(key50 === "severity" || key50 === "options")) {
                    const err225 = { instancePath: instancePath + "/rules/plan-in-place-update", schemaPath: "#/properties/rules/properties/plan-in-place-update/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                }
                if (data88.severity !== void 0) {
                  let data89 = data88.severity;
                  if (!(data89 === "off" || data89 === "note" || data89 === "warning" || data89 === "error")) {
                    const err226 = { instancePath: instancePath + "/rules/plan-in-place-update/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err226];
                    } else {
                      vErrors.push(err226);
                    }
                    errors++;
                  }
                }
                if (data88.options !== void 0) {
                  let data90 = data88.options;
                  if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                    for (const key51 in data90) {
                      if (!(key51 === "ignoreAttributes")) {
                        const err227 = { instancePath: instancePath + "/rules/plan-in-place-update/options", schemaPath: "#/properties/rules/properties/plan-in-place-update/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                    }
                    if (data90.ignoreAttributes !== void 0) {
                      let data91 = data90.ignoreAttributes;
                      if (Array.isArray(data91)) {
                        const len7 = data91.length;
                        for (let i14 = 0; i14 < len7; i14++) {
                          let data92 = data91[i14];
                          if (typeof data92 === "string") {
                            if (!pattern2.test(data92)) {
                              const err228 = { instancePath: instancePath + "/rules/plan-in-place-update/options/ignoreAttributes/" + i14, schemaPath: "#/properties/rules/properties/plan-in-place-update/else/properties/options/properties/ignoreAttributes/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.properties.ignoreAttributes.items, data: data92 };
                              if (vErrors === null) {
                                vErrors = [err228];
                              } else {
                                vErrors.push(err228);
                              }
                              errors++;
                            }
                          } else {
                            const err229 = { instancePath: instancePath + "/rules/plan-in-place-update/options/ignoreAttributes/" + i14, schemaPath: "#/properties/rules/properties/plan-in-place-update/else/properties/options/properties/ignoreAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.properties.ignoreAttributes.items.type, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.properties.ignoreAttributes.items, data: data92 };
                            if (vErrors === null) {
                              vErrors = [err229];
                            } else {
                              vErrors.push(err229);
                            }
                            errors++;
                          }
                        }
                        let i15 = data91.length;
                        let j7;
                        if (i15 > 1) {
                          const indices7 = {};
                          for (; i15--; ) {
                            let item7 = data91[i15];
                            if (typeof item7 !== "string") {
                              continue;
                            }
                            if (typeof indices7[item7] == "number") {
                              j7 = indices7[item7];
                              const err230 = { instancePath: instancePath + "/rules/plan-in-place-update/options/ignoreAttributes", schemaPath: "#/properties/rules/properties/plan-in-place-update/else/properties/options/properties/ignoreAttributes/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.properties.ignoreAttributes, data: data91 };
                              if (vErrors === null) {
                                vErrors = [err230];
                              } else {
                                vErrors.push(err230);
                              }
                              errors++;
                              break;
                            }
                            indices7[item7] = i15;
                          }
                        }
                      } else {
                        const err231 = { instancePath: instancePath + "/rules/plan-in-place-update/options/ignoreAttributes", schemaPath: "#/properties/rules/properties/plan-in-place-update/else/properties/options/properties/ignoreAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.properties.ignoreAttributes.type, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.properties.ignoreAttributes, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err231];
                        } else {
                          vErrors.push(err231);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err232 = { instancePath: instancePath + "/rules/plan-in-place-update/options", schemaPath: "#/properties/rules/properties/plan-in-place-update/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else.properties.options, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
              } else {
                const err233 = { instancePath: instancePath + "/rules/plan-in-place-update", schemaPath: "#/properties/rules/properties/plan-in-place-update/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-in-place-update"].else.type, parentSchema: schema11.properties.rules.properties["plan-in-place-update"].else, data: data88 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
              var _valid24 = _errs377 === errors;
              valid124 = _valid24;
              ifClause24 = "else";
            }
            if (!valid124) {
              const err234 = { instancePath: instancePath + "/rules/plan-in-place-update", schemaPath: "#/properties/rules/properties/plan-in-place-update/if", keyword: "if", params: { failingKeyword: ifClause24 }, message: 'must match "' + ifClause24 + '" schema', schema: schema11.properties.rules.properties["plan-in-place-update"].if, parentSchema: schema11.properties.rules.properties["plan-in-place-update"], data: data88 };
              if (vErrors === null) {
                vErrors = [err234];
              } else {
                vErrors.push(err234);
              }
              errors++;
            }
          }
          if (data1["plan-replaces-stateful"] !== void 0) {
            let data93 = data1["plan-replaces-stateful"];
            const _errs390 = errors;
            let valid132 = true;
            const _errs391 = errors;
            if (typeof data93 !== "string") {
              const err235 = {};
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
            var _valid25 = _errs391 === errors;
            errors = _errs390;
            if (vErrors !== null) {
              if (_errs390) {
                vErrors.length = _errs390;
              } else {
                vErrors = null;
              }
            }
            let ifClause25;
            if (_valid25) {
              const _errs393 = errors;
              if (!(data93 === "off" || data93 === "note" || data93 === "warning" || data93 === "error")) {
                const err236 = { instancePath: instancePath + "/rules/plan-replaces-stateful", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data93 };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
              var _valid25 = _errs393 === errors;
              valid132 = _valid25;
              ifClause25 = "then";
            } else {
              const _errs395 = errors;
              if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                for (const key52 in data93) {
                  if (!(key52 === "severity" || key52 === "options")) {
                    const err237 = { instancePath: instancePath + "/rules/plan-replaces-stateful", schemaPath: "#/properties/rules/properties/plan-replaces-stateful/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-replaces-stateful"].else, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
                if (data93.severity !== void 0) {
                  let data94 = data93.severity;
                  if (!(data94 === "off" || data94 === "note" || data94 === "warning" || data94 === "error")) {
                    const err238 = { instancePath: instancePath + "/rules/plan-replaces-stateful/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                }
                if (data93.options !== void 0) {
                  let data95 = data93.options;
                  if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                    for (const key53 in data95) {
                      const err239 = { instancePath: instancePath + "/rules/plan-replaces-stateful/options", schemaPath: "#/properties/rules/properties/plan-replaces-stateful/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-replaces-stateful"].else.properties.options, data: data95 };
                      if (vErrors === null) {
                        vErrors = [err239];
                      } else {
                        vErrors.push(err239);
                      }
                      errors++;
                    }
                  } else {
                    const err240 = { instancePath: instancePath + "/rules/plan-replaces-stateful/options", schemaPath: "#/properties/rules/properties/plan-replaces-stateful/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-replaces-stateful"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["plan-replaces-stateful"].else.properties.options, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                }
              } else {
                const err241 = { instancePath: instancePath + "/rules/plan-replaces-stateful", schemaPath: "#/properties/rules/properties/plan-replaces-stateful/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-replaces-stateful"].else.type, parentSchema: schema11.properties.rules.properties["plan-replaces-stateful"].else, data: data93 };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
              var _valid25 = _errs395 === errors;
              valid132 = _valid25;
              ifClause25 = "else";
            }
            if (!valid132) {
              const err242 = { instancePath: instancePath + "/rules/plan-replaces-stateful", schemaPath: "#/properties/rules/properties/plan-replaces-stateful/if", keyword: "if", params: { failingKeyword: ifClause25 }, message: 'must match "' + ifClause25 + '" schema', schema: schema11.properties.rules.properties["plan-replaces-stateful"].if, parentSchema: schema11.properties.rules.properties["plan-replaces-stateful"], data: data93 };
              if (vErrors === null) {
                vErrors = [err242];
              } else {
                vErrors.push(err242);
              }
              errors++;
            }
          }
          if (data1["plan-deletes-stateful"] !== void 0) {
            let data96 = data1["plan-deletes-stateful"];
            const _errs404 = errors;
            let valid136 = true;
            const _errs405 = errors;
            if (typeof data96 !== "string") {
              const err243 = {};
              if (vErrors === null) {
                vErrors = [err243];
              } else {
                vErrors.push(err243);
              }
              errors++;
            }
            var _valid26 = _errs405 === errors;
            errors = _errs404;
            if (vErrors !== null) {
              if (_errs404) {
                vErrors.length = _errs404;
              } else {
                vErrors = null;
              }
            }
            let ifClause26;
            if (_valid26) {
              const _errs407 = errors;
              if (!(data96 === "off" || data96 === "note" || data96 === "warning" || data96 === "error")) {
                const err244 = { instancePath: instancePath + "/rules/plan-deletes-stateful", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data96 };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
              var _valid26 = _errs407 === errors;
              valid136 = _valid26;
              ifClause26 = "then";
            } else {
              const _errs409 = errors;
              if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                for (const key54 in data96) {
                  if (!(key54 === "severity" || key54 === "options")) {
                    const err245 = { instancePath: instancePath + "/rules/plan-deletes-stateful", schemaPath: "#/properties/rules/properties/plan-deletes-stateful/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-deletes-stateful"].else, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                }
                if (data96.severity !== void 0) {
                  let data97 = data96.severity;
                  if (!(data97 === "off" || data97 === "note" || data97 === "warning" || data97 === "error")) {
                    const err246 = { instancePath: instancePath + "/rules/plan-deletes-stateful/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                }
                if (data96.options !== void 0) {
                  let data98 = data96.options;
                  if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                    for (const key55 in data98) {
                      const err247 = { instancePath: instancePath + "/rules/plan-deletes-stateful/options", schemaPath: "#/properties/rules/properties/plan-deletes-stateful/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-deletes-stateful"].else.properties.options, data: data98 };
                      if (vErrors === null) {
                        vErrors = [err247];
                      } else {
                        vErrors.push(err247);
                      }
                      errors++;
                    }
                  } else {
                    const err248 = { instancePath: instancePath + "/rules/plan-deletes-stateful/options", schemaPath: "#/properties/rules/properties/plan-deletes-stateful/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-deletes-stateful"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["plan-deletes-stateful"].else.properties.options, data: data98 };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                }
              } else {
                const err249 = { instancePath: instancePath + "/rules/plan-deletes-stateful", schemaPath: "#/properties/rules/properties/plan-deletes-stateful/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-deletes-stateful"].else.type, parentSchema: schema11.properties.rules.properties["plan-deletes-stateful"].else, data: data96 };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
              var _valid26 = _errs409 === errors;
              valid136 = _valid26;
              ifClause26 = "else";
            }
            if (!valid136) {
              const err250 = { instancePath: instancePath + "/rules/plan-deletes-stateful", schemaPath: "#/properties/rules/properties/plan-deletes-stateful/if", keyword: "if", params: { failingKeyword: ifClause26 }, message: 'must match "' + ifClause26 + '" schema', schema: schema11.properties.rules.properties["plan-deletes-stateful"].if, parentSchema: schema11.properties.rules.properties["plan-deletes-stateful"], data: data96 };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
            }
          }
          if (data1["plan-destroy-before-create"] !== void 0) {
            let data99 = data1["plan-destroy-before-create"];
            const _errs418 = errors;
            let valid140 = true;
            const _errs419 = errors;
            if (typeof data99 !== "string") {
              const err251 = {};
              if (vErrors === null) {
                vErrors = [err251];
              } else {
                vErrors.push(err251);
              }
              errors++;
            }
            var _valid27 = _errs419 === errors;
            errors = _errs418;
            if (vErrors !== null) {
              if (_errs418) {
                vErrors.length = _errs418;
              } else {
                vErrors = null;
              }
            }
            let ifClause27;
            if (_valid27) {
              const _errs421 = errors;
              if (!(data99 === "off" || data99 === "note" || data99 === "warning" || data99 === "error")) {
                const err252 = { instancePath: instancePath + "/rules/plan-destroy-before-create", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data99 };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
              var _valid27 = _errs421 === errors;
              valid140 = _valid27;
              ifClause27 = "then";
            } else {
              const _errs423 = errors;
              if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                for (const key56 in data99) {
                  if (!(key56 === "severity" || key56 === "options")) {
                    const err253 = { instancePath: instancePath + "/rules/plan-destroy-before-create", schemaPath: "#/properties/rules/properties/plan-destroy-before-create/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-destroy-before-create"].else, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors++;
                  }
                }
                if (data99.severity !== void 0) {
                  let data100 = data99.severity;
                  if (!(data100 === "off" || data100 === "note" || data100 === "warning" || data100 === "error")) {
                    const err254 = { instancePath: instancePath + "/rules/plan-destroy-before-create/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                }
                if (data99.options !== void 0) {
                  let data101 = data99.options;
                  if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                    for (const key57 in data101) {
                      const err255 = { instancePath: instancePath + "/rules/plan-destroy-before-create/options", schemaPath: "#/properties/rules/properties/plan-destroy-before-create/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-destroy-before-create"].else.properties.options, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err255];
                      } else {
                        vErrors.push(err255);
                      }
                      errors++;
                    }
                  } else {
                    const err256 = { instancePath: instancePath + "/rules/plan-destroy-before-create/options", schemaPath: "#/properties/rules/properties/plan-destroy-before-create/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-destroy-before-create"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["plan-destroy-before-create"].else.properties.options, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                }
              } else {
                const err257 = { instancePath: instancePath + "/rules/plan-destroy-before-create", schemaPath: "#/properties/rules/properties/plan-destroy-before-create/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-destroy-before-create"].else.type, parentSchema: schema11.properties.rules.properties["plan-destroy-before-create"].else, data: data99 };
                if (vErrors === null) {
                  vErrors = [err257];
                } else {
                  vErrors.push(err257);
                }
                errors++;
              }
              var _valid27 = _errs423 === errors;
              valid140 = _valid27;
              ifClause27 = "else";
            }
            if (!valid140) {
              const err258 = { instancePath: instancePath + "/rules/plan-destroy-before-create", schemaPath: "#/properties/rules/properties/plan-destroy-before-create/if", keyword: "if", params: { failingKeyword: ifClause27 }, message: 'must match "' + ifClause27 + '" schema', schema: schema11.properties.rules.properties["plan-destroy-before-create"].if, parentSchema: schema11.properties.rules.properties["plan-destroy-before-create"], data: data99 };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors++;
            }
          }
          if (data1["plan-drift"] !== void 0) {
            let data102 = data1["plan-drift"];
            const _errs432 = errors;
            let valid144 = true;
            const _errs433 = errors;
            if (typeof data102 !== "string") {
              const err259 = {};
              if (vErrors === null) {
                vErrors = [err259];
              } else {
                vErrors.push(err259);
              }
              errors++;
            }
            var _valid28 = _errs433 === errors;
            errors = _errs432;
            if (vErrors !== null) {
              if (_errs432) {
                vErrors.length = _errs432;
              } else {
                vErrors = null;
              }
            }
            let ifClause28;
            if (_valid28) {
              const _errs435 = errors;
              if (!(data102 === "off" || data102 === "note" || data102 === "warning" || data102 === "error")) {
                const err260 = { instancePath: instancePath + "/rules/plan-drift", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data102 };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
              var _valid28 = _errs435 === errors;
              valid144 = _valid28;
              ifClause28 = "then";
            } else {
              const _errs437 = errors;
              if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                for (const key58 in data102) {
                  if (!(key58 === "severity" || key58 === "options")) {
                    const err261 = { instancePath: instancePath + "/rules/plan-drift", schemaPath: "#/properties/rules/properties/plan-drift/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-drift"].else, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err261];
                    } else {
                      vErrors.push(err261);
                    }
                    errors++;
                  }
                }
                if (data102.severity !== void 0) {
                  let data103 = data102.severity;
                  if (!(data103 === "off" || data103 === "note" || data103 === "warning" || data103 === "error")) {
                    const err262 = { instancePath: instancePath + "/rules/plan-drift/severity", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err262];
                    } else {
                      vErrors.push(err262);
                    }
                    errors++;
                  }
                }
                if (data102.options !== void 0) {
                  let data104 = data102.options;
                  if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                    for (const key59 in data104) {
                      const err263 = { instancePath: instancePath + "/rules/plan-drift/options", schemaPath: "#/properties/rules/properties/plan-drift/else/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["plan-drift"].else.properties.options, data: data104 };
                      if (vErrors === null) {
                        vErrors = [err263];
                      } else {
                        vErrors.push(err263);
                      }
                      errors++;
                    }
                  } else {
                    const err264 = { instancePath: instancePath + "/rules/plan-drift/options", schemaPath: "#/properties/rules/properties/plan-drift/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-drift"].else.properties.options.type, parentSchema: schema11.properties.rules.properties["plan-drift"].else.properties.options, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  }
                }
              } else {
                const err265 = { instancePath: instancePath + "/rules/plan-drift", schemaPath: "#/properties/rules/properties/plan-drift/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["plan-drift"].else.type, parentSchema: schema11.properties.rules.properties["plan-drift"].else, data: data102 };
                if (vErrors === null) {
                  vErrors = [err265];
                } else {
                  vErrors.push(err265);
                }
                errors++;
              }
              var _valid28 = _errs437 === errors;
              valid144 = _valid28;
              ifClause28 = "else";
            }
            if (!valid144) {
              const err266 = { instancePath: instancePath + "/rules/plan-drift", schemaPath: "#/properties/rules/properties/plan-drift/if", keyword: "if", params: { failingKeyword: ifClause28 }, message: 'must match "' + ifClause28 + '" schema', schema: schema11.properties.rules.properties["plan-drift"].if, parentSchema: schema11.properties.rules.properties["plan-drift"], data: data102 };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
          }
          for (const key60 in data1) {
            if (pattern0.test(key60)) {
              if (!validate11(data1[key60], { instancePath: instancePath + "/rules/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key60, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          }
        } else {
          const err267 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data1 };
          if (vErrors === null) {
            vErrors = [err267];
          } else {
            vErrors.push(err267);
          }
          errors++;
        }
      }
      if (data.plugins !== void 0) {
        let data106 = data.plugins;
        if (Array.isArray(data106)) {
          const len8 = data106.length;
          for (let i16 = 0; i16 < len8; i16++) {
            let data107 = data106[i16];
            if (typeof data107 === "string") {
              if (func4(data107) < 1) {
                const err268 = { instancePath: instancePath + "/plugins/" + i16, schemaPath: "#/properties/plugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.plugins.items, data: data107 };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
            } else {
              const err269 = { instancePath: instancePath + "/plugins/" + i16, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.plugins.items.type, parentSchema: schema11.properties.plugins.items, data: data107 };
              if (vErrors === null) {
                vErrors = [err269];
              } else {
                vErrors.push(err269);
              }
              errors++;
            }
          }
          let i17 = data106.length;
          let j8;
          if (i17 > 1) {
            const indices8 = {};
            for (; i17--; ) {
              let item8 = data106[i17];
              if (typeof item8 !== "string") {
                continue;
              }
              if (typeof indices8[item8] == "number") {
                j8 = indices8[item8];
                const err270 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)", schema: true, parentSchema: schema11.properties.plugins, data: data106 };
                if (vErrors === null) {
                  vErrors = [err270];
                } else {
                  vErrors.push(err270);
                }
                errors++;
                break;
              }
              indices8[item8] = i17;
            }
          }
        } else {
          const err271 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.plugins.type, parentSchema: schema11.properties.plugins, data: data106 };
          if (vErrors === null) {
            vErrors = [err271];
          } else {
            vErrors.push(err271);
          }
          errors++;
        }
      }
      if (data.strict !== void 0) {
        let data108 = data.strict;
        if (typeof data108 !== "boolean") {
          const err272 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.strict.type, parentSchema: schema11.properties.strict, data: data108 };
          if (vErrors === null) {
            vErrors = [err272];
          } else {
            vErrors.push(err272);
          }
          errors++;
        }
      }
      if (data.exclude !== void 0) {
        let data109 = data.exclude;
        if (Array.isArray(data109)) {
          const len9 = data109.length;
          for (let i18 = 0; i18 < len9; i18++) {
            let data110 = data109[i18];
            if (typeof data110 === "string") {
              if (func4(data110) < 1) {
                const err273 = { instancePath: instancePath + "/exclude/" + i18, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exclude.items, data: data110 };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
            } else {
              const err274 = { instancePath: instancePath + "/exclude/" + i18, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exclude.items.type, parentSchema: schema11.properties.exclude.items, data: data110 };
              if (vErrors === null) {
                vErrors = [err274];
              } else {
                vErrors.push(err274);
              }
              errors++;
            }
          }
        } else {
          const err275 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exclude.type, parentSchema: schema11.properties.exclude, data: data109 };
          if (vErrors === null) {
            vErrors = [err275];
          } else {
            vErrors.push(err275);
          }
          errors++;
        }
      }
      if (data.roles !== void 0) {
        let data111 = data.roles;
        if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
          for (const key61 in data111) {
            const _errs458 = errors;
            if (typeof key61 === "string") {
              if (func4(key61) < 1) {
                const err276 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.propertyNames, data: key61, propertyName: key61 };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
            }
            var valid154 = _errs458 === errors;
            if (!valid154) {
              const err277 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/propertyNames", keyword: "propertyNames", params: { propertyName: key61 }, message: "property name must be valid", schema: schema11.properties.roles.propertyNames, parentSchema: schema11.properties.roles, data: data111 };
              if (vErrors === null) {
                vErrors = [err277];
              } else {
                vErrors.push(err277);
              }
              errors++;
            }
          }
          for (const key62 in data111) {
            let data112 = data111[key62];
            if (!(data112 === "deployment" || data112 === "module" || data112 === "example" || data112 === "test" || data112 === "fixture")) {
              const err278 = { instancePath: instancePath + "/roles/" + key62.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/role/enum", keyword: "enum", params: { allowedValues: schema73.enum }, message: "must be equal to one of the allowed values", schema: schema73.enum, parentSchema: schema73, data: data112 };
              if (vErrors === null) {
                vErrors = [err278];
              } else {
                vErrors.push(err278);
              }
              errors++;
            }
          }
        } else {
          const err279 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.roles.type, parentSchema: schema11.properties.roles, data: data111 };
          if (vErrors === null) {
            vErrors = [err279];
          } else {
            vErrors.push(err279);
          }
          errors++;
        }
      }
      if (data.varFiles !== void 0) {
        let data113 = data.varFiles;
        if (Array.isArray(data113)) {
          const len10 = data113.length;
          for (let i19 = 0; i19 < len10; i19++) {
            let data114 = data113[i19];
            if (typeof data114 === "string") {
              if (func4(data114) < 1) {
                const err280 = { instancePath: instancePath + "/varFiles/" + i19, schemaPath: "#/properties/varFiles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.varFiles.items, data: data114 };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
            } else {
              const err281 = { instancePath: instancePath + "/varFiles/" + i19, schemaPath: "#/properties/varFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.varFiles.items.type, parentSchema: schema11.properties.varFiles.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors++;
            }
          }
        } else {
          const err282 = { instancePath: instancePath + "/varFiles", schemaPath: "#/properties/varFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.varFiles.type, parentSchema: schema11.properties.varFiles, data: data113 };
          if (vErrors === null) {
            vErrors = [err282];
          } else {
            vErrors.push(err282);
          }
          errors++;
        }
      }
      if (data.vars !== void 0) {
        let data115 = data.vars;
        if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
          for (const key63 in data115) {
            const _errs468 = errors;
            if (typeof key63 === "string") {
              if (!pattern2.test(key63)) {
                const err283 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.vars.propertyNames, data: key63, propertyName: key63 };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              }
            }
            var valid159 = _errs468 === errors;
            if (!valid159) {
              const err284 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames", keyword: "propertyNames", params: { propertyName: key63 }, message: "property name must be valid", schema: schema11.properties.vars.propertyNames, parentSchema: schema11.properties.vars, data: data115 };
              if (vErrors === null) {
                vErrors = [err284];
              } else {
                vErrors.push(err284);
              }
              errors++;
            }
          }
        } else {
          const err285 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vars.type, parentSchema: schema11.properties.vars, data: data115 };
          if (vErrors === null) {
            vErrors = [err285];
          } else {
            vErrors.push(err285);
          }
          errors++;
        }
      }
      if (data.useEnvVars !== void 0) {
        let data116 = data.useEnvVars;
        if (typeof data116 !== "boolean") {
          const err286 = { instancePath: instancePath + "/useEnvVars", schemaPath: "#/properties/useEnvVars/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.useEnvVars.type, parentSchema: schema11.properties.useEnvVars, data: data116 };
          if (vErrors === null) {
            vErrors = [err286];
          } else {
            vErrors.push(err286);
          }
          errors++;
        }
      }
    } else {
      const err287 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err287];
      } else {
        vErrors.push(err287);
      }
      errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
  }
  return validate10;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PRECOMPILED_SCHEMA_DIGEST,
  precompiledConfigValidator
});
