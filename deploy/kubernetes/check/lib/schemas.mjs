// Validates each rendered resource against its schema, offline: built-in kinds with the kubernetes-models
// package (the Kubernetes OpenAPI schemas), Strimzi kinds with the openAPIV3Schema of Strimzi's CRDs, CloudNativePG
// with a hand-written minimal schema (see minimal-schemas.mjs). A resource of an unknown kind is a problem: every
// resource gets checked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import { crdSchemas, describeErrors, newAjv } from './crd-schema.mjs';
import { parseResources } from './render.mjs';
import { CNPG, STRIMZI_FALLBACK } from './minimal-schemas.mjs';

const STRIMZI_KINDS = ['Kafka', 'KafkaNodePool', 'KafkaTopic', 'KafkaUser'];
// DNS-1123 subdomain: what most kinds require of their names.
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Reads every CRD (YAML or JSON) in `dir`. */
export function loadCrds(dir) {
  const documents = [];
  for (const file of readdirSync(dir).filter(f => /\.(ya?ml|json)$/.test(f)).sort()) {
    documents.push(...parseResources(readFileSync(join(dir, file), 'utf8'), join(dir, file)));
  }
  return crdSchemas(documents);
}

export class SchemaValidator {
  /**
   * @param strimziCrds directory of Strimzi's CRDs, or null to check Strimzi resources structurally only
   */
  constructor(strimziCrds) {
    this.ajv = newAjv();
    this.notes = [];
    const custom = new Map(CNPG);
    if (strimziCrds && existsSync(strimziCrds)) {
      const loaded = loadCrds(strimziCrds);
      const missing = STRIMZI_KINDS.filter(kind => ![...loaded.keys()].some(k => k.endsWith(`/${kind}`)));
      if (missing.length > 0) {
        throw new Error(`${strimziCrds} has no CRD for ${missing.join(', ')}`);
      }
      loaded.forEach((schema, key) => custom.set(key, schema));
      this.notes.push(`Strimzi resources validated against the CRDs in ${strimziCrds}`);
    } else {
      STRIMZI_FALLBACK.forEach((schema, key) => custom.set(key, schema));
      this.notes.push('Strimzi CRDs not found: Strimzi resources checked against minimal hand-written schemas only'
        + ' (the Maven module deploy/kubernetes generates them from io.strimzi:api into deploy/kubernetes/target/strimzi-crds)');
    }
    this.notes.push('CloudNativePG resources checked against a minimal hand-written schema (no published CRD package)');
    this.custom = new Map([...custom].map(([key, schema]) => [key, this.ajv.compile(schema)]));
    this.builtins = new Map();
  }

  /** @returns the problems of one resource, as sentences */
  async validate(resource) {
    const { apiVersion, kind } = resource ?? {};
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      return ['has no apiVersion or kind'];
    }
    const problems = this.validateMetadata(resource);
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const custom = this.custom.get(`${group}/${version}/${kind}`);
    if (custom) {
      if (!custom(resource)) {
        problems.push(...describeErrors(custom.errors));
      }
      return problems;
    }
    const Model = await this.builtin(group, version, kind);
    if (!Model) {
      return [...problems, `no schema known for ${apiVersion} ${kind}: neither a Kubernetes kind nor a known CRD`];
    }
    try {
      new Model(resource).validate();
    } catch (e) {
      problems.push(...(e.errors ? describeErrors(e.errors) : [e.message]));
    }
    return problems;
  }

  validateMetadata(resource) {
    const problems = [];
    const name = resource.metadata?.name;
    if (typeof name !== 'string' || !NAME.test(name) || name.length > 253) {
      problems.push(`metadata.name ${JSON.stringify(name)} is not a valid name (lower-case DNS subdomain)`);
    }
    try {
      new ObjectMeta(resource.metadata ?? {}).validate();
    } catch (e) {
      problems.push(...(e.errors ? describeErrors(e.errors, '/metadata') : [e.message]));
    }
    return problems;
  }

  async builtin(group, version, kind) {
    const key = `${group}/${version}/${kind}`;
    if (!this.builtins.has(key)) {
      const path = group === '' ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
      let Model = null;
      try {
        Model = (await import(path))[kind] ?? null;
      } catch {
        Model = null;
      }
      this.builtins.set(key, Model);
    }
    return this.builtins.get(key);
  }
}
