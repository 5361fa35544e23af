// Validates every object of rendered manifests offline, one check per object:
//  - Kubernetes and Prometheus Operator kinds against the schemas bundled in npm kubernetes-models and
//    @kubernetes-models/prometheus-operator, plus an unknown-field check derived from their type declarations
//    (the bundled schemas accept a misspelled field such as `replicaz`; the API server's strict field
//    validation would not);
//  - Strimzi, CloudNativePG and Barman Cloud kinds against the CRD schemas vendored in ./crds, with unknown
//    fields rejected as the API server's strict field validation does (CEL rules are not evaluated).
// Usage: node validate.mjs <label>=<rendered.yaml> ...   Prints `N passed, N failed`; exits 1 on any failure.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');

// ---- CRD kinds: vendored openAPIV3Schema, made strict --------------------------------------------------------
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'quantity']) ajv.addFormat(f, true);

/** additionalProperties: false wherever a schema lists its properties and does not keep unknown fields. */
function strict(schema) {
  if (!schema || typeof schema !== 'object') return schema;
  if (schema.properties) {
    for (const p of Object.values(schema.properties)) strict(p);
    if (schema.additionalProperties === undefined && !schema['x-kubernetes-preserve-unknown-fields']) {
      schema.additionalProperties = false;
    }
  }
  if (schema.items) strict(schema.items);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') strict(schema.additionalProperties);
  return schema;
}

const crdValidators = new Map();
for (const file of readdirSync(join(here, 'crds')).filter((f) => f.endsWith('.json'))) {
  const { group, version, kind, schema } = JSON.parse(readFileSync(join(here, 'crds', file), 'utf8'));
  schema.properties.metadata = { type: 'object' }; // checked with the ObjectMeta schema below
  crdValidators.set(`${group}/${version}/${kind}`, ajv.compile(strict(schema)));
}
const { validate: validateObjectMeta } = await import(
  '@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta');

// ---- Built-in and Prometheus Operator kinds ------------------------------------------------------------------
function modelPath(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  if (group === 'monitoring.coreos.com') {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

// Unknown-field check from the .d.ts declarations that ship with the models.
const declarations = new Map();
function declaration(file) {
  if (!declarations.has(file)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '');
    const imports = new Map();
    for (const m of text.matchAll(/import \{ ([\w, ]+) \} from "([^"]+)";/g)) {
      for (const name of m[1].split(',').map((s) => s.trim())) imports.set(name, m[2]);
    }
    const aliases = new Map();
    for (const m of text.matchAll(/export type \{ (\w+) as (\w+)/g)) aliases.set(m[2], m[1]);
    const interfaces = new Map();
    for (const m of text.matchAll(/export interface (\w+)(?: extends ([\w, ]+))? \{\n([\s\S]*?)\n\}/g)) {
      const fields = new Map();
      for (const f of m[3].matchAll(/^ {4}"([^"]+)"\??: (.+?);?$/gm)) fields.set(f[1], f[2]);
      if (m[2]?.includes('TypeMeta')) { fields.set('apiVersion', 'string'); fields.set('kind', 'string'); }
      interfaces.set(m[1], fields);
    }
    declarations.set(file, { imports, aliases, interfaces, dir: dirname(file) });
  }
  return declarations.get(file);
}

function resolveType(file, name) {
  const d = declaration(file);
  if (d.interfaces.has(name)) return { file, iface: name };
  const spec = d.imports.get(name);
  if (!spec) return null;
  let target = spec.startsWith('.') ? resolve(d.dir, spec) : join(modules, spec);
  target = target.replace(/\.js$/, '') + '.d.ts';
  if (!existsSync(target)) return null;
  const t = declaration(target);
  const iface = t.aliases.get(name) ?? name;
  return t.interfaces.has(iface) ? { file: target, iface } : null;
}

function unknownFields(value, ref, path, out) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const fields = declaration(ref.file).interfaces.get(ref.iface);
  for (const [key, child] of Object.entries(value)) {
    const type = fields.get(key);
    if (type === undefined) { out.push(`${path}/${key}: unknown field`); continue; }
    const array = type.match(/^Array<(\w+)>$/);
    const named = array ? array[1] : (type.match(/^(\w+)$/) || [])[1];
    const target = named && resolveType(ref.file, named);
    if (!target) continue;
    if (array && Array.isArray(child)) child.forEach((c, i) => unknownFields(c, target, `${path}/${key}/${i}`, out));
    else if (!array) unknownFields(child, target, `${path}/${key}`, out);
  }
}

async function validateBuiltIn(obj) {
  const path = modelPath(obj.apiVersion, obj.kind);
  let Model;
  try {
    Model = (await import(path))[obj.kind];
  } catch {
    return [`no schema for ${obj.apiVersion} ${obj.kind}`];
  }
  const errors = [];
  try {
    new Model(obj).validate();
  } catch (e) {
    errors.push(...(e.errors ?? [e]).map((x) => `${x.instancePath ?? ''} ${x.message}`));
  }
  unknownFields(obj, { file: join(modules, `${path}.d.ts`), iface: `I${obj.kind}` }, '', errors);
  return errors;
}

function validateCustom(obj) {
  const validate = crdValidators.get(`${obj.apiVersion}/${obj.kind}`);
  if (!validate) return null;
  const errors = [];
  if (!validate(obj)) {
    errors.push(...validate.errors.map((x) => `${x.instancePath} ${x.message}${
      x.params?.additionalProperty ? `: ${x.params.additionalProperty}` : ''}`));
  }
  if (!validateObjectMeta(obj.metadata)) {
    errors.push(...validateObjectMeta.errors.map((x) => `/metadata${x.instancePath} ${x.message}`));
  }
  return errors;
}

// ---- Main ------------------------------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node validate.mjs <label>=<rendered.yaml> ...');
  process.exit(2);
}
for (const arg of args) {
  const [label, file] = arg.includes('=') ? arg.split('=') : [arg, arg];
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (doc.errors.length) { failed++; console.log(`FAIL ${label}: YAML ${doc.errors[0].message}`); continue; }
    const obj = doc.toJS();
    if (!obj) continue;
    const name = `${label}: ${obj.kind}/${obj.metadata?.name} (${obj.apiVersion})`;
    const errors = validateCustom(obj) ?? (await validateBuiltIn(obj));
    // what the API server checks for every name (DNS-1123 subdomain) but the bundled schemas do not
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(obj.metadata?.name ?? '')
        || obj.metadata.name.length > 253) {
      errors.push(`/metadata/name ${obj.metadata?.name} is not a DNS-1123 subdomain`);
    }
    if (errors.length === 0) {
      passed++;
      if (process.env.VERBOSE) console.log(`ok   ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}`);
      for (const e of errors.slice(0, 10)) console.log(`       ${e}`);
    }
  }
}
console.log(`schema: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
