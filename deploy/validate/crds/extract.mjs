// Regenerates the vendored CRD schemas in this folder from the operators' published CRD manifests.
// Usage: node crds/extract.mjs <crd.yaml>... ; keeps only the kinds listed in KINDS, served versions only.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const KINDS = new Set([
  'kafka.strimzi.io/Kafka', 'kafka.strimzi.io/KafkaNodePool', 'kafka.strimzi.io/KafkaTopic', 'kafka.strimzi.io/KafkaUser',
  'postgresql.cnpg.io/Cluster', 'postgresql.cnpg.io/Database', 'postgresql.cnpg.io/ScheduledBackup',
  'postgresql.cnpg.io/Backup', 'barmancloud.cnpg.io/ObjectStore',
]);
const here = dirname(fileURLToPath(import.meta.url));

for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const crd = doc.toJS();
    if (crd?.kind !== 'CustomResourceDefinition') continue;
    const { group, names } = crd.spec;
    if (!KINDS.has(`${group}/${names.kind}`)) continue;
    for (const v of crd.spec.versions.filter((v) => v.served)) {
      const schema = v.schema.openAPIV3Schema;
      // status is written by the operator, never by these manifests
      if (schema.properties) delete schema.properties.status;
      const out = join(here, `${group}_${v.name}_${names.kind}.json`);
      writeFileSync(out, JSON.stringify({ source: file.split('/').pop(), group, version: v.name, kind: names.kind, schema }) + '\n');
      console.log(`wrote ${out}`);
    }
  }
}
