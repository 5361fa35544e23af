// Checks that the rendered manifests match the services' own configuration and the project's rules:
// environment variables, ports, probes, topics and ACLs, database wiring, secrets, security context, network
// policies, Ingress routes, images and Dockerfiles. Reads each service's src/main/resources/application.properties
// (the ${VAR:default} forms in the lines that apply in production) and src/main/docker/Dockerfile.jvm.
// Usage: node consistency.mjs <label>=<rendered.yaml> ...   Prints `N passed, N failed`; exits 1 on any failure.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVICES = ['submission-service', 'indicator-service', 'dashboard-service'];
const PROBES = { startupProbe: '/q/health/started', readinessProbe: '/q/health/ready', livenessProbe: '/q/health/live' };
// The public paths of API.md and the service that must answer each (method-free: the Ingress routes paths).
const ROUTES = [
  ['/api/v1/reports', 'submission-service'], ['/api/v1/reports/1/text', 'submission-service'],
  ['/api/v1/townships', 'submission-service'], ['/api/v1/townships/445322100', 'submission-service'],
  ['/api/v1/township-profiles/445322100', 'dashboard-service'], ['/api/v1/deadlines/4453/2023', 'submission-service'],
  ['/api/v1/extractions', 'indicator-service'], ['/api/v1/catalog', 'indicator-service'],
  ['/api/v1/indicators', 'indicator-service'], ['/api/v1/indicators/445322100/2023', 'indicator-service'],
  ['/api/v1/rankings', 'dashboard-service'], ['/api/v1/coverage', 'dashboard-service'],
];
const NOT_PUBLIC = ['/api/v1/admin/reextractions', '/api/v1/ping', '/q/metrics', '/q/health/ready'];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    if (process.env.VERBOSE) console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

/** The class-level JAX-RS @Path values of a service's main sources. */
function resourcePaths(service) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.java')) {
        const m = readFileSync(file, 'utf8').match(/^@Path\("([^"]+)"\)/m);
        if (m) out.push(m[1]);
      }
    }
  };
  walk(join(root, service, 'src/main/java'));
  return out;
}

/** The environment variables a service reads in production, with their defaults, from application.properties. */
function serviceConfig(service) {
  const file = join(root, service, 'src/main/resources/application.properties');
  const vars = new Map();
  const topicVars = new Set();
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || !line.includes('=')) continue;
    const key = line.slice(0, line.indexOf('='));
    const profile = key.startsWith('%') ? key.slice(1, key.indexOf('.')) : null;
    if (profile && profile !== 'prod') continue; // %dev, %test, %local, %pg never run in the cluster
    for (const m of line.matchAll(/\$\{([A-Z][A-Z0-9_]*)(?::([^}]*))?\}/g)) {
      vars.set(m[1], m[2] ?? null);
      if (/topic$/i.test(key)) topicVars.add(m[1]);
    }
  }
  return { file, vars, topicVars };
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node consistency.mjs <label>=<rendered.yaml> ...');
  process.exit(2);
}

// Dockerfiles do not depend on the overlay
for (const service of SERVICES) {
  const file = join(root, service, 'src/main/docker/Dockerfile.jvm');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  check(`${service}: Dockerfile.jvm exists`, text !== '');
  check(`${service}: Dockerfile.jvm runs as uid 185`, /^USER 185\s*$/m.test(text));
  check(`${service}: Dockerfile.jvm copies the fast-jar layout`,
    text.includes('target/quarkus-app/lib/') && text.includes('/deployments/quarkus-run.jar'));
}

for (const arg of args) {
  const [label, file] = arg.split('=');
  const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const all = (kind) => objects.filter((o) => o.kind === kind);
  const kafka = all('Kafka')[0];
  const pg = all('Cluster')[0];
  const topics = new Set(all('KafkaTopic').map((t) => t.spec.topicName ?? t.metadata.name));
  const operatorSecrets = new Set([
    `${kafka?.metadata.name}-cluster-ca-cert`, `${pg?.metadata.name}-ca`,
    ...all('KafkaUser').map((u) => u.metadata.name),
  ]);
  const opsSecrets = new Set((pg?.spec.managed?.roles ?? []).map((r) => r.passwordSecret?.name).filter(Boolean));
  const p = (s) => `${label}: ${s}`;

  check(p('no Secret with a value is rendered'),
    all('Secret').every((s) => !s.data && !s.stringData), all('Secret').map((s) => s.metadata.name).join(', '));
  check(p('every KafkaTopic has replicas and min.insync.replicas within them'), all('KafkaTopic').every((t) =>
    t.spec.replicas >= 1 && t.spec.config?.['min.insync.replicas'] <= t.spec.replicas
    && (t.spec.replicas === 1 || t.spec.config['min.insync.replicas'] < t.spec.replicas)));
  check(p('every Kafka resource belongs to the Kafka cluster'),
    [...all('KafkaTopic'), ...all('KafkaUser'), ...all('KafkaNodePool')]
      .every((o) => o.metadata.labels?.['strimzi.io/cluster'] === kafka?.metadata.name));

  for (const service of SERVICES) {
    const s = (x) => p(`${service}: ${x}`);
    const { vars, topicVars } = serviceConfig(service);
    const deploy = find('Deployment', service);
    check(s('Deployment exists'), !!deploy);
    if (!deploy) continue;
    const pod = deploy.spec.template.spec;
    const c = pod.containers[0];

    // environment
    const env = new Map();
    for (const from of c.envFrom ?? []) {
      const cm = from.configMapRef && find('ConfigMap', from.configMapRef.name);
      check(s(`envFrom ConfigMap ${from.configMapRef?.name} exists`), !!cm);
      for (const [k, v] of Object.entries(cm?.data ?? {})) env.set(k, { value: v });
    }
    for (const e of c.env ?? []) env.set(e.name, e.value !== undefined ? { value: e.value } : { from: e.valueFrom });
    for (const [name, def] of vars) {
      check(s(`sets ${name} (read by application.properties${def === null ? ', no default' : ''})`), env.has(name));
    }
    for (const name of env.keys()) {
      // KAFKA_* become Kafka client properties (Quarkus' default-kafka-broker config); JAVA_* tune run-java.sh
      const known = vars.has(name) || /^KAFKA_[A-Z0-9_]+$/.test(name) || /^JAVA_/.test(name);
      check(s(`${name} is read by the service`), known, 'not in application.properties: a typo?');
    }
    const value = (name) => env.get(name)?.value ?? vars.get(name);

    // ports and probes
    const httpPort = c.ports?.find((x) => x.name === 'http');
    check(s('container port http equals HTTP_PORT'), httpPort && String(httpPort.containerPort) === value('HTTP_PORT'),
      `${httpPort?.containerPort} vs ${value('HTTP_PORT')}`);
    const docker = join(root, service, 'src/main/docker/Dockerfile.jvm');
    const expose = existsSync(docker) && readFileSync(docker, 'utf8').match(/^EXPOSE (\d+)/m)?.[1];
    check(s('Dockerfile EXPOSE equals the container port'), expose === String(httpPort?.containerPort));
    for (const [probe, path] of Object.entries(PROBES)) {
      const get = c[probe]?.httpGet;
      check(s(`${probe} GET ${path} on the http port`), get?.path === path
        && (get.port === 'http' || get.port === httpPort?.containerPort), JSON.stringify(get));
    }
    const svc = find('Service', service);
    check(s('Service targets the http port'), svc?.spec.ports.some((x) => x.name === 'http'
      && (x.targetPort === 'http' || x.targetPort === httpPort?.containerPort))
      && Object.entries(svc.spec.selector).every(([k, v]) => deploy.spec.template.metadata.labels[k] === v));

    // resources and security
    check(s('requests and limits for cpu and memory'), ['requests', 'limits'].every((r) =>
      c.resources?.[r]?.cpu && c.resources?.[r]?.memory));
    const psc = pod.securityContext ?? {};
    const csc = c.securityContext ?? {};
    check(s('runs as non-root'), (psc.runAsNonRoot || csc.runAsNonRoot) && (csc.runAsUser ?? psc.runAsUser) > 0);
    check(s('read-only root filesystem, no privilege escalation, ALL capabilities dropped'),
      csc.readOnlyRootFilesystem === true && csc.allowPrivilegeEscalation === false
      && csc.capabilities?.drop?.includes('ALL') && !csc.capabilities?.add);
    check(s('seccomp RuntimeDefault'), (csc.seccompProfile ?? psc.seccompProfile)?.type === 'RuntimeDefault');
    const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
    check(s('/tmp is a writable emptyDir'), tmp && pod.volumes.find((v) => v.name === tmp.name)?.emptyDir);
    const sa = find('ServiceAccount', pod.serviceAccountName);
    check(s('own ServiceAccount without an API token'), sa && sa.automountServiceAccountToken === false
      && pod.automountServiceAccountToken === false);
    check(s('image set through the kustomization images'), !c.image.startsWith('fazhi/') && c.image.includes(':'),
      c.image);
    const hpa = all('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === service);
    check(s('scaled by an HPA or pinned replicas'), !!hpa !== (deploy.spec.replicas !== undefined));
    const pdb = find('PodDisruptionBudget', service);
    check(s('PodDisruptionBudget selects its pods'), pdb && Object.entries(pdb.spec.selector.matchLabels)
      .every(([k, v]) => deploy.spec.template.metadata.labels[k] === v));

    // secrets: referenced, never held, and each one made by an operator or listed for the ops team
    const secretRefs = [
      ...(c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name),
      ...(pod.volumes ?? []).map((v) => v.secret?.secretName),
    ].filter(Boolean);
    for (const name of new Set(secretRefs)) {
      check(s(`Secret ${name} is made by an operator or is a managed role's password Secret`),
        operatorSecrets.has(name) || opsSecrets.has(name));
    }
    for (const name of ['DB_USER', 'DB_PASSWORD']) {
      check(s(`${name} comes from a Secret`), !!env.get(name)?.from?.secretKeyRef);
    }

    // Kafka: bootstrap, security, topics, ACLs
    const bootstrap = value('KAFKA_BOOTSTRAP_SERVERS') ?? '';
    const [host, port] = bootstrap.split(':');
    const listener = kafka?.spec.kafka.listeners.find((l) => String(l.port) === port);
    check(s(`KAFKA_BOOTSTRAP_SERVERS ${bootstrap} is a listener of ${kafka?.metadata.name}`),
      host === `${kafka?.metadata.name}-kafka-bootstrap` && !!listener);
    const protocol = listener
      ? `${listener.authentication?.type?.startsWith('scram') ? 'SASL_' : ''}${listener.tls ? 'SSL' : 'PLAINTEXT'}`
      : '?';
    check(s(`KAFKA_SECURITY_PROTOCOL matches the listener (${protocol})`),
      (value('KAFKA_SECURITY_PROTOCOL') ?? 'PLAINTEXT') === protocol);
    const userSecret = env.get('KAFKA_SASL_JAAS_CONFIG')?.from?.secretKeyRef?.name;
    const user = listener?.authentication ? find('KafkaUser', userSecret) : null;
    if (listener?.authentication) check(s('Kafka credentials come from its KafkaUser Secret'), !!user, userSecret);
    const acls = user?.spec.authorization?.acls ?? [];
    const allowed = (type, name) => acls.some((a) => a.resource.type === type && (a.resource.patternType === 'prefix'
      ? name.startsWith(a.resource.name) : a.resource.name === name));
    for (const v of topicVars) {
      const topic = value(v);
      check(s(`topic ${topic} (${v}) exists as a KafkaTopic`), topics.has(topic));
      if (user) check(s(`KafkaUser ${user.metadata.name} has an ACL for ${topic}`), allowed('topic', topic));
    }
    if (vars.has('KAFKA_CONSUMER_GROUP') && user) {
      const group = value('KAFKA_CONSUMER_GROUP');
      check(s(`KafkaUser ${user.metadata.name} may read consumer group ${group}`), allowed('group', group));
    }

    // PostgreSQL: URL, database, owner role and its password Secret
    const url = value('DB_URL') ?? '';
    const m = url.match(/^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([^?]+)/);
    check(s(`DB_URL points at ${pg?.metadata.name}-rw`), m && m[1] === `${pg?.metadata.name}-rw`, url);
    const db = m && all('Database').find((d) => d.spec.name === m[3] && d.spec.cluster.name === pg?.metadata.name);
    check(s(`database ${m?.[3]} exists as a Database`), !!db);
    const role = pg?.spec.managed?.roles?.find((r) => r.name === db?.spec.owner);
    check(s(`its owner ${db?.spec.owner} is a managed login role`), role?.login === true);
    check(s('DB_USER and DB_PASSWORD come from the owner role\'s password Secret'),
      ['DB_USER', 'DB_PASSWORD'].every((n) => env.get(n)?.from?.secretKeyRef?.name === role?.passwordSecret?.name));

    // network: the policies let exactly this traffic through
    const selects = (np) => Object.entries(np.spec.podSelector.matchLabels ?? {})
      .every(([k, v]) => deploy.spec.template.metadata.labels[k] === v);
    const policies = all('NetworkPolicy').filter(selects);
    const portMatches = (ports, n) => !ports || ports.some((x) => x.port === n || (x.port === 'http' && n === httpPort?.containerPort));
    const egressTo = (labels, n) => policies.some((np) => (np.spec.egress ?? []).some((r) => portMatches(r.ports, n)
      && (r.to ?? []).some((t) => t.podSelector && Object.entries(t.podSelector.matchLabels ?? {})
        .every(([k, v]) => labels[k] === v))));
    check(s('a default-deny policy covers the pods'), all('NetworkPolicy').some((np) =>
      Object.keys(np.spec.podSelector).length === 0 && !np.spec.ingress && !np.spec.egress
      && np.spec.policyTypes.includes('Ingress') && np.spec.policyTypes.includes('Egress')));
    check(s(`egress to Kafka brokers on ${port}`), egressTo(
      { 'strimzi.io/cluster': kafka?.metadata.name, 'strimzi.io/broker-role': 'true' }, Number(port)));
    check(s('egress to PostgreSQL on 5432'), egressTo({ 'cnpg.io/cluster': pg?.metadata.name }, Number(m?.[2] ?? 5432)));
    const ingressFrom = (ns) => policies.some((np) => (np.spec.ingress ?? []).some((r) =>
      portMatches(r.ports, httpPort?.containerPort)
      && (r.from ?? []).some((f) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === ns)));
    check(s('ingress from the ingress controller on http'), ingressFrom('ingress-nginx'));
    check(s('ingress from Prometheus on http'), ingressFrom('monitoring'));
    const monitor = all('ServiceMonitor').find((sm) => Object.entries(sm.spec.selector.matchLabels ?? {})
      .every(([k, v]) => svc?.metadata.labels?.[k] === v));
    check(s('a ServiceMonitor scrapes /q/metrics'), monitor?.spec.endpoints.some((e) => e.port === 'http'
      && e.path === '/q/metrics'));
    check(s('Kafka listener admits the pods'), !listener?.networkPolicyPeers || listener.networkPolicyPeers.some((peer) =>
      Object.entries(peer.podSelector?.matchLabels ?? {}).every(([k, v]) => deploy.spec.template.metadata.labels[k] === v)));
  }

  // Grafana dashboard: valid JSON whose queries use the metrics the suite exports
  for (const cm of all('ConfigMap').filter((x) => x.metadata.labels?.grafana_dashboard)) {
    let dashboard = null;
    try { dashboard = JSON.parse(Object.values(cm.data)[0]); } catch { /* reported below */ }
    check(p(`Grafana dashboard ${cm.metadata.name} is valid JSON with panels`), dashboard?.panels?.length > 0);
    const exprs = (dashboard?.panels ?? []).flatMap((x) => (x.targets ?? []).map((t) => t.expr));
    for (const metric of ['http_server_requests_seconds_count', 'kafka_consumergroup_lag']) {
      check(p(`Grafana dashboard queries ${metric}`), exprs.some((e) => e.includes(metric)));
    }
  }

  // Ingress: every public path reaches its service; operator paths do not
  const paths = all('Ingress').flatMap((i) => i.spec.rules.flatMap((r) => r.http.paths));
  const route = (path) => {
    const matches = paths.filter((x) => (x.pathType === 'Exact' ? path === x.path
      : path === x.path.replace(/\/$/, '') || path.startsWith(x.path.replace(/\/$/, '') + '/')));
    // longest path wins, Exact before Prefix on a tie (Kubernetes Ingress rules)
    matches.sort((a, b) => b.path.length - a.path.length || (a.pathType === 'Exact' ? -1 : 1));
    return matches[0]?.backend.service;
  };
  for (const [path, service] of ROUTES) {
    const backend = route(path);
    check(p(`Ingress routes ${path} to ${service}`), backend?.name === service, backend?.name);
  }
  for (const path of NOT_PUBLIC) check(p(`Ingress does not publish ${path}`), !route(path));
  // one owner per URL: the API paths the services' resources declare (class-level @Path), none served by two
  // services, and each public one routed to the service that serves it
  const owners = new Map();
  for (const service of SERVICES) {
    for (const path of resourcePaths(service).filter((x) => x.startsWith('/api/'))) {
      owners.set(path, [...(owners.get(path) ?? []), service]);
    }
  }
  for (const [path, services] of owners) {
    check(p(`${path} has one owner`), services.length === 1, services.join(', '));
    const sample = path.replace(/\{[^}]+\}/g, '1');
    if (!NOT_PUBLIC.some((x) => sample === x || sample.startsWith(x + '/') || x.startsWith(sample + '/'))) {
      check(p(`Ingress routes ${path} to its owner ${services[0]}`), route(sample)?.name === services[0],
        route(sample)?.name);
    }
  }
  for (const x of paths) {
    const svc = find('Service', x.backend.service.name);
    check(p(`Ingress backend ${x.backend.service.name}:${x.backend.service.port.name ?? x.backend.service.port.number} exists`),
      svc?.spec.ports.some((sp) => sp.name === x.backend.service.port.name || sp.port === x.backend.service.port.number));
  }
}

console.log(`consistency: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
