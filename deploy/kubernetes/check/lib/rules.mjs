// What a schema cannot say: that the resources of one overlay fit together and keep the Observatory's promises
// (every topic declared and replayable, replication the brokers can hold, probes, resources, disruption budgets,
// network policies, graceful shutdown, references that resolve). Each rule returns [subject, problem] pairs.
import { label } from './render.mjs';

const CNPG_APP_SECRET_KEYS = new Set(['username', 'user', 'password', 'dbname', 'host', 'port', 'uri', 'jdbc-uri', 'pgpass']);
// Kafka's defaults where the cluster's config leaves a setting out.
const KAFKA_DEFAULTS = {
  'default.replication.factor': 1,
  'min.insync.replicas': 1,
  'offsets.topic.replication.factor': 3,
  'transaction.state.log.replication.factor': 3,
  'transaction.state.log.min.isr': 2,
};

const of = (resources, kind) => resources.filter(r => r.kind === kind);
const containers = deployment => deployment.spec?.template?.spec?.containers ?? [];
const podLabels = deployment => deployment.spec?.template?.metadata?.labels ?? {};

/** Whether a label selector (matchLabels and matchExpressions) selects these labels. */
export function selects(selector, labels) {
  if (!selector) {
    return false;
  }
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In': return values.includes(labels[key]);
      case 'NotIn': return !values.includes(labels[key]);
      case 'Exists': return key in labels;
      case 'DoesNotExist': return !(key in labels);
      default: return false;
    }
  });
  return byLabels && byExpressions;
}

function kafkaSettings(kafka) {
  const config = kafka.spec?.kafka?.config ?? {};
  return key => Number(config[key] ?? KAFKA_DEFAULTS[key]);
}

/** Nodes of each role per Kafka cluster, from its node pools. */
function kafkaNodes(resources) {
  const nodes = new Map();
  for (const pool of of(resources, 'KafkaNodePool')) {
    const cluster = pool.metadata?.labels?.['strimzi.io/cluster'];
    const count = nodes.get(cluster) ?? { broker: 0, controller: 0 };
    for (const role of pool.spec?.roles ?? []) {
      count[role] = (count[role] ?? 0) + (pool.spec?.replicas ?? 0);
    }
    nodes.set(cluster, count);
  }
  return nodes;
}

export function kafkaRules(resources) {
  const problems = [];
  const nodes = kafkaNodes(resources);
  for (const pool of of(resources, 'KafkaNodePool')) {
    const cluster = pool.metadata?.labels?.['strimzi.io/cluster'];
    if (!of(resources, 'Kafka').some(k => k.metadata.name === cluster)) {
      problems.push([label(pool), `label strimzi.io/cluster names no Kafka in this overlay (${cluster})`]);
    }
  }
  for (const kafka of of(resources, 'Kafka')) {
    const subject = label(kafka);
    const setting = kafkaSettings(kafka);
    const { broker = 0, controller = 0 } = nodes.get(kafka.metadata.name) ?? {};
    if (broker === 0) {
      problems.push([subject, 'no KafkaNodePool gives it a broker']);
      continue;
    }
    if (controller === 0 || controller % 2 === 0) {
      problems.push([subject, `${controller} KRaft controllers: the quorum needs an odd number (1, 3 or 5)`]);
    }
    if (kafka.spec?.kafka?.config?.['auto.create.topics.enable'] !== false) {
      problems.push([subject, 'auto.create.topics.enable must be false: a topic created on first use gets'
        + ' the default seven-day retention instead of its KafkaTopic']);
    }
    for (const key of ['default.replication.factor', 'offsets.topic.replication.factor', 'transaction.state.log.replication.factor']) {
      if (setting(key) > broker) {
        problems.push([subject, `${key} is ${setting(key)} but the cluster has ${broker} broker(s)`]);
      }
    }
    if (setting('transaction.state.log.min.isr') > setting('transaction.state.log.replication.factor')) {
      problems.push([subject, 'transaction.state.log.min.isr exceeds transaction.state.log.replication.factor:'
        + ' the outbox relays could never commit']);
    }
    if (setting('min.insync.replicas') > setting('default.replication.factor')) {
      problems.push([subject, 'min.insync.replicas exceeds default.replication.factor']);
    }
  }
  for (const topic of of(resources, 'KafkaTopic')) {
    const subject = label(topic);
    const cluster = topic.metadata?.labels?.['strimzi.io/cluster'];
    const kafka = of(resources, 'Kafka').find(k => k.metadata.name === cluster);
    if (!kafka) {
      problems.push([subject, `label strimzi.io/cluster names no Kafka in this overlay (${cluster})`]);
      continue;
    }
    const brokers = nodes.get(cluster)?.broker ?? 0;
    const replicas = topic.spec?.replicas ?? kafkaSettings(kafka)('default.replication.factor');
    const minIsr = Number(topic.spec?.config?.['min.insync.replicas'] ?? kafkaSettings(kafka)('min.insync.replicas'));
    if (replicas > brokers) {
      problems.push([subject, `${replicas} replicas but the cluster has ${brokers} broker(s)`]);
    }
    if (minIsr > replicas) {
      problems.push([subject, `min.insync.replicas ${minIsr} exceeds its ${replicas} replicas: every write would fail`]);
    }
    if (replicas >= 3 && minIsr < 2) {
      problems.push([subject, `min.insync.replicas ${minIsr} with ${replicas} replicas: an acknowledged event`
        + ' could be lost with one broker']);
    }
  }
  return problems;
}

/** Every topic the sources use has a KafkaTopic; the event streams keep every event. */
export function topicRules(resources, expectedTopics) {
  const problems = [];
  const declared = new Map(of(resources, 'KafkaTopic').map(t => [t.spec?.topicName ?? t.metadata.name, t]));
  for (const { topic, role, source } of expectedTopics) {
    const resource = declared.get(topic);
    if (!resource) {
      problems.push([`KafkaTopic/${topic}`, `missing: ${source} uses it (${role})`]);
      continue;
    }
    const config = resource.spec?.config ?? {};
    if (String(config['retention.ms']) !== '-1') {
      problems.push([label(resource), `retention.ms is ${config['retention.ms'] ?? 'the broker default'}:`
        + ' must be -1, consumers replay it from the beginning']);
    }
    if ((config['cleanup.policy'] ?? 'delete') !== 'delete') {
      problems.push([label(resource), 'cleanup.policy must be delete: compaction would drop all but the last event of a stream']);
    }
  }
  // An outbox relay that publishes before the Topic Operator has run creates the topic itself, with these settings.
  const streams = expectedTopics.filter(t => t.role === 'stream').map(t => declared.get(t.topic)).filter(Boolean);
  for (const configMap of of(resources, 'ConfigMap')) {
    for (const [key, field] of [['OBSERVATORY_OUTBOX_TOPIC_PARTITIONS', 'partitions'],
      ['OBSERVATORY_OUTBOX_TOPIC_REPLICATION_FACTOR', 'replicas']]) {
      const value = configMap.data?.[key];
      const other = streams.find(topic => value !== undefined && Number(value) !== topic.spec?.[field]);
      if (other) {
        problems.push([label(configMap), `${key} ${value} differs from the ${other.spec?.[field]} ${field} of`
          + ` ${label(other)}: a topic the relay creates first would not match its KafkaTopic`]);
      }
    }
  }
  return problems;
}

/** Probes, resources, disruption budget, shutdown, autoscaling, references and network policy of each Deployment. */
export function deploymentRules(resources, settings) {
  const problems = [];
  const names = kind => new Set(of(resources, kind).map(r => r.metadata.name));
  const configMaps = new Map(of(resources, 'ConfigMap').map(c => [c.metadata.name, c]));
  const clusters = new Map(of(resources, 'Cluster').map(c => [c.metadata.name, c]));
  for (const deployment of of(resources, 'Deployment')) {
    const subject = label(deployment);
    const name = deployment.metadata.name;
    const pod = deployment.spec?.template?.spec ?? {};
    const labels = podLabels(deployment);
    const autoscaler = of(resources, 'HorizontalPodAutoscaler').find(h =>
      h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
    const minReplicas = autoscaler ? (autoscaler.spec.minReplicas ?? 1) : (deployment.spec?.replicas ?? 1);

    for (const container of containers(deployment)) {
      const at = `${subject} container ${container.name}`;
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (!container[probe]) {
          problems.push([at, `no ${probe}`]);
        }
      }
      for (const kind of ['requests', 'limits']) {
        for (const resource of ['cpu', 'memory']) {
          if (!container.resources?.[kind]?.[resource]) {
            problems.push([at, `no ${resource} in resources.${kind}`]);
          }
        }
      }
      const registry = (container.image ?? '').split('/')[0];
      if ((container.image ?? '').includes('/') && /[.:]|^localhost$/.test(registry)) {
        problems.push([at, `image ${container.image} names a registry host: set it at deploy time`
          + ' (kustomize images, or docs/operations.md) so the manifests stay portable']);
      }
      problems.push(...referenceProblems(at, container, { configMaps, clusters, secrets: names('Secret'),
        users: new Map(of(resources, 'KafkaUser').map(u => [u.metadata.name, u])) }));
    }

    const budgets = of(resources, 'PodDisruptionBudget').filter(p => selects(p.spec?.selector, labels));
    if (budgets.length === 0) {
      problems.push([subject, 'no PodDisruptionBudget selects its pods']);
    }
    for (const budget of budgets) {
      const minAvailable = budget.spec?.minAvailable;
      if (typeof minAvailable === 'number' && minAvailable >= minReplicas) {
        problems.push([label(budget), `minAvailable ${minAvailable} with ${minReplicas} replica(s) of ${name}`
          + ' blocks every drain: use maxUnavailable']);
      }
    }

    const service = settings.get(name);
    if (service?.shutdownTimeout != null) {
      const sleep = containers(deployment)[0]?.lifecycle?.preStop?.sleep?.seconds ?? 0;
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      if (grace <= sleep + service.shutdownTimeout) {
        problems.push([subject, `terminationGracePeriodSeconds ${grace} must exceed the preStop sleep (${sleep} s)`
          + ` plus quarkus.shutdown.timeout (${service.shutdownTimeout} s), or requests in flight are killed`]);
      }
    }

    if (autoscaler) {
      if (deployment.spec?.replicas !== undefined) {
        problems.push([subject, `sets spec.replicas although ${label(autoscaler)} scales it: every apply would reset it`]);
      }
      if ((autoscaler.spec.minReplicas ?? 1) > autoscaler.spec.maxReplicas) {
        problems.push([label(autoscaler), 'minReplicas exceeds maxReplicas']);
      }
      const byCpu = (autoscaler.spec.metrics ?? []).some(m => m.resource?.name === 'cpu');
      if (byCpu && containers(deployment).some(c => !c.resources?.requests?.cpu)) {
        problems.push([label(autoscaler), 'scales on CPU utilization but a container has no CPU request']);
      }
    }

    if (pod.serviceAccountName && !names('ServiceAccount').has(pod.serviceAccountName)) {
      problems.push([subject, `serviceAccountName ${pod.serviceAccountName}: no such ServiceAccount in this overlay`]);
    }
    problems.push(...networkProblems(resources, deployment, service));
  }
  for (const autoscaler of of(resources, 'HorizontalPodAutoscaler')) {
    const target = autoscaler.spec?.scaleTargetRef;
    if (!resources.some(r => r.kind === target?.kind && r.metadata.name === target?.name)) {
      problems.push([label(autoscaler), `scales ${target?.kind}/${target?.name}, which this overlay does not have`]);
    }
  }
  return problems;
}

function referenceProblems(at, container, { configMaps, clusters, secrets, users }) {
  const problems = [];
  const fromConfigMaps = (container.envFrom ?? []).map(e => e.configMapRef?.name).filter(Boolean);
  for (const name of fromConfigMaps) {
    if (!configMaps.has(name)) {
      problems.push([at, `envFrom ConfigMap ${name}: no such ConfigMap in this overlay`]);
    }
  }
  const bootstrap = [...(container.env ?? []).filter(e => e.name === 'KAFKA_BOOTSTRAP_SERVERS').map(e => e.value),
    ...fromConfigMaps.map(n => configMaps.get(n)?.data?.KAFKA_BOOTSTRAP_SERVERS)].filter(Boolean);
  if (bootstrap.length === 0) {
    problems.push([at, 'no KAFKA_BOOTSTRAP_SERVERS: the service would look for Kafka on 127.0.0.1']);
  }
  for (const env of container.env ?? []) {
    const ref = env.valueFrom?.secretKeyRef;
    if (!ref || secrets.has(ref.name)) {
      continue;
    }
    const user = users.get(ref.name);
    if (user) {
      const keys = user.spec?.authentication?.type === 'tls' ? TLS_SECRET_KEYS : SCRAM_SECRET_KEYS;
      if (!keys.has(ref.key)) {
        problems.push([at, `${env.name} reads key ${ref.key} of ${ref.name}, which Strimzi does not write for`
          + ` KafkaUser/${ref.name} (${[...keys].join(', ')})`]);
      }
      continue;
    }
    const cluster = ref.name.endsWith('-app') ? clusters.get(ref.name.slice(0, -'-app'.length)) : undefined;
    if (!cluster) {
      problems.push([at, `${env.name} reads Secret ${ref.name}, which neither this overlay, a KafkaUser nor a`
        + ' CloudNativePG Cluster (<cluster>-app) provides']);
    } else if (!cluster.spec?.bootstrap?.initdb) {
      problems.push([at, `${env.name} reads ${ref.name}, but Cluster/${cluster.metadata.name} has no bootstrap.initdb`
        + ' to create its application user']);
    } else if (!CNPG_APP_SECRET_KEYS.has(ref.key)) {
      problems.push([at, `${env.name} reads key ${ref.key} of ${ref.name}, which CloudNativePG does not write`]);
    }
  }
  return problems;
}

function bootstrapOf(resources, deployment) {
  const configMaps = new Map(of(resources, 'ConfigMap').map(c => [c.metadata.name, c]));
  for (const container of containers(deployment)) {
    for (const source of container.envFrom ?? []) {
      const value = configMaps.get(source.configMapRef?.name)?.data?.KAFKA_BOOTSTRAP_SERVERS;
      if (value) {
        return value;
      }
    }
  }
  return null;
}

/** The issuer URL the Deployment's ConfigMaps give (OBSERVATORY_OIDC_ISSUER), if any and valid. */
function issuerOf(resources, deployment) {
  const configMaps = new Map(of(resources, 'ConfigMap').map(c => [c.metadata.name, c]));
  const values = containers(deployment).flatMap(c => [
    ...(c.env ?? []).filter(e => e.name === 'OBSERVATORY_OIDC_ISSUER').map(e => e.value),
    ...(c.envFrom ?? []).map(source => configMaps.get(source.configMapRef?.name)?.data?.OBSERVATORY_OIDC_ISSUER),
  ]).filter(Boolean);
  try {
    return values.length > 0 ? new URL(values[0]) : null;
  } catch {
    return null;
  }
}

/** Allowed ports of the rules of one direction (an empty port list allows every port). */
function allows(rules, port, protocol = 'TCP', peer = () => true) {
  return rules.some(rule => {
    const peers = rule.to ?? rule.from;
    const peerOk = !peers || peers.length === 0 || peers.some(peer);
    const portOk = !rule.ports || rule.ports.length === 0
      || rule.ports.some(p => (p.port === undefined || p.port === port) && (p.protocol ?? 'TCP') === protocol);
    return peerOk && portOk;
  });
}

function networkProblems(resources, deployment, service) {
  const subject = label(deployment);
  const policies = of(resources, 'NetworkPolicy').filter(p => selects(p.spec?.podSelector, podLabels(deployment)));
  const ingress = policies.filter(p => (p.spec.policyTypes ?? ['Ingress']).includes('Ingress'));
  const egress = policies.filter(p => (p.spec.policyTypes ?? []).includes('Egress'));
  if (ingress.length === 0 || egress.length === 0) {
    return [[subject, 'no NetworkPolicy limits both its ingress and its egress']];
  }
  const problems = [];
  const ingressRules = ingress.flatMap(p => p.spec.ingress ?? []);
  const egressRules = egress.flatMap(p => p.spec.egress ?? []);
  const port = service?.port ?? containers(deployment)[0]?.ports?.[0]?.containerPort;
  if (port && !allows(ingressRules, port)) {
    problems.push([subject, `its NetworkPolicies refuse HTTP on port ${port}`]);
  }
  if (!allows(egressRules, 53, 'UDP')) {
    problems.push([subject, 'its NetworkPolicies refuse DNS (UDP 53)']);
  }
  const bootstrap = bootstrapOf(resources, deployment);
  const kafkaPort = Number(bootstrap?.split(':')[1] ?? 9092);
  const kafkaName = bootstrap?.split(':')[0]?.replace(/-kafka-bootstrap$/, '');
  const toKafka = peer => peer.podSelector?.matchLabels?.['strimzi.io/cluster'] === kafkaName;
  if (!allows(egressRules, kafkaPort, 'TCP', toKafka)) {
    problems.push([subject, `its NetworkPolicies refuse Kafka (${kafkaName} brokers, port ${kafkaPort})`]);
  }
  const issuer = issuerOf(resources, deployment);
  if (issuer) {
    const port = Number(issuer.port || (issuer.protocol === 'https:' ? 443 : 80));
    if (!allows(egressRules, port)) {
      problems.push([subject, `its NetworkPolicies refuse the identity provider (${issuer.host}, port ${port}):`
        + ' the service could not fetch the keys that verify bearer tokens']);
    }
  }
  const secrets = containers(deployment).flatMap(c => c.env ?? []).map(e => e.valueFrom?.secretKeyRef?.name)
    .filter(n => n?.endsWith('-app'));
  for (const cluster of new Set(secrets.map(n => n.slice(0, -'-app'.length)))) {
    const toDatabase = peer => peer.podSelector?.matchLabels?.['cnpg.io/cluster'] === cluster;
    if (!allows(egressRules, 5432, 'TCP', toDatabase)) {
      problems.push([subject, `its NetworkPolicies refuse its database (Cluster/${cluster}, port 5432)`]);
    }
  }
  return problems;
}

/** The ConfigMap's Kafka address is a listener of a Kafka in the overlay. */
export function bootstrapRules(resources) {
  const problems = [];
  const addresses = new Set(of(resources, 'Kafka').flatMap(kafka => (kafka.spec?.kafka?.listeners ?? [])
    .filter(l => l.type === 'internal' && !l.tls)
    .map(l => `${kafka.metadata.name}-kafka-bootstrap:${l.port}`)));
  for (const configMap of of(resources, 'ConfigMap')) {
    const value = configMap.data?.KAFKA_BOOTSTRAP_SERVERS;
    if (value && !value.split(',').every(address => addresses.has(address))) {
      problems.push([label(configMap), `KAFKA_BOOTSTRAP_SERVERS ${value} is no plain internal listener of a Kafka`
        + ` in this overlay (${[...addresses].join(', ') || 'none'})`]);
    }
  }
  return problems;
}

// Operations that change a topic (or, All, allow everything): only its owner may hold them.
const TOPIC_WRITES = new Set(['Write', 'Create', 'Delete', 'Alter', 'AlterConfigs', 'All']);
const SCRAM_SECRET_KEYS = new Set(['password', 'sasl.jaas.config']);
const TLS_SECRET_KEYS = new Set(['ca.crt', 'user.crt', 'user.key', 'user.p12', 'user.password']);

const aclName = rule => ({ name: rule.resource?.name ?? '*', prefix: rule.resource?.patternType === 'prefix' });
const allowing = user => (user.spec?.authorization?.acls ?? []).filter(rule => (rule.type ?? 'allow') === 'allow');
const describe = ({ name, prefix }) => (prefix ? `${name}* (prefix)` : name);

/** Whether an ACL's resource pattern covers every name of `needed` (a name, or all names with a prefix). */
function covers(pattern, needed) {
  if (!pattern.prefix && pattern.name === '*') {
    return true;
  }
  if (pattern.prefix) {
    return needed.name.startsWith(pattern.name);
  }
  return !needed.prefix && pattern.name === needed.name;
}

/** Whether every name an ACL's pattern matches is one of `allowed` (names, or prefixes). */
function within(pattern, allowed) {
  if (!pattern.prefix && pattern.name === '*') {
    return false;
  }
  return allowed.some(a => (a.prefix ? pattern.name.startsWith(a.name) : !pattern.prefix && pattern.name === a.name));
}

/**
 * Kafka is authenticated and authorised, and each service's KafkaUser allows exactly what its code does
 * (lib/sources.mjs, kafkaAccessInSources): writes to its own topics and dead-letter topics only, reads of what it
 * consumes, its consumer groups and transactional ids. No other KafkaUser writes the Observatory's topics.
 */
export function kafkaAccessRules(resources, access) {
  const problems = [];
  const kafkas = of(resources, 'Kafka');
  for (const kafka of kafkas) {
    const subject = label(kafka);
    for (const listener of kafka.spec?.kafka?.listeners ?? []) {
      if (!listener.authentication?.type) {
        problems.push([subject, `listener ${listener.name} has no authentication: anyone who reaches the brokers`
          + ' could write the event streams (use scram-sha-512 or tls)']);
      }
    }
    if (!kafka.spec?.kafka?.authorization?.type) {
      problems.push([subject, 'no authorization: the KafkaUsers\' ACLs would not be enforced (use type simple)']);
    }
  }
  const users = new Map(of(resources, 'KafkaUser').map(u => [u.metadata.name, u]));
  const ownTopics = [...access.values()].flatMap(a => [...a.streams, ...a.deadLetters]);
  for (const [service, needs] of access) {
    const user = users.get(service);
    if (!user) {
      problems.push([`KafkaUser/${service}`, `missing: ${service} needs its own Kafka identity and ACLs`]);
      continue;
    }
    const subject = label(user);
    const cluster = user.metadata?.labels?.['strimzi.io/cluster'];
    if (!kafkas.some(k => k.metadata.name === cluster)) {
      problems.push([subject, `label strimzi.io/cluster names no Kafka in this overlay (${cluster})`]);
    }
    if (!user.spec?.authentication?.type) {
      problems.push([subject, 'no authentication: Strimzi would create no credentials for it']);
    }
    if (user.spec?.authorization?.type !== 'simple') {
      problems.push([subject, 'authorization must be simple, with the ACLs of what the service does']);
    }
    const writable = [...needs.streams, ...needs.deadLetters];
    const readable = [...needs.reads, ...needs.deadLetters];
    for (const rule of allowing(user)) {
      const type = rule.resource?.type;
      const pattern = aclName(rule);
      for (const operation of rule.operations ?? []) {
        if (type === 'topic' && TOPIC_WRITES.has(operation) && !within(pattern, writable)) {
          problems.push([subject, `may ${operation} topic ${describe(pattern)}, which is not its own`
            + ` (${service} writes ${writable.map(describe).join(', ') || 'nothing'})`]);
        } else if (type === 'topic' && operation === 'Read' && !within(pattern, readable)) {
          problems.push([subject, `may Read topic ${describe(pattern)}, which ${service} does not consume`]);
        } else if (type === 'group' && !within(pattern, needs.groups)) {
          problems.push([subject, `may ${operation} group ${describe(pattern)}, which is none of its subscriptions'`]);
        } else if (type === 'transactionalId' && !within(pattern, needs.transactionalIds)) {
          problems.push([subject, `may ${operation} transactional id ${describe(pattern)}, which is not its outbox's`]);
        } else if (type === 'cluster' && !['Describe', 'IdempotentWrite'].includes(operation)) {
          problems.push([subject, `may ${operation} the cluster: no service needs that`]);
        }
      }
    }
    const grants = (type, operation, needed) => allowing(user).some(rule => rule.resource?.type === type
      && (rule.operations ?? []).some(o => o === operation || o === 'All') && covers(aclName(rule), needed));
    const required = [
      ...needs.streams.flatMap(t => [['topic', 'Write', t], ['topic', 'Describe', t], ['topic', 'Create', t]]),
      ...needs.deadLetters.flatMap(t => [['topic', 'Write', t], ['topic', 'Describe', t]]),
      ...needs.reads.flatMap(t => [['topic', 'Read', t], ['topic', 'Describe', t]]),
      ...needs.groups.map(g => ['group', 'Read', g]),
      ...needs.transactionalIds.flatMap(t => [['transactionalId', 'Write', t], ['transactionalId', 'Describe', t]]),
    ];
    for (const [type, operation, needed] of required) {
      if (!grants(type, operation, needed)) {
        problems.push([subject, `cannot ${operation} ${type === 'transactionalId' ? 'transactional id' : type}`
          + ` ${describe(needed)}, which ${service} needs`]);
      }
    }
  }
  for (const user of users.values()) {
    if (access.has(user.metadata.name)) {
      continue;
    }
    for (const rule of allowing(user)) {
      const pattern = aclName(rule);
      const writes = (rule.operations ?? []).filter(o => TOPIC_WRITES.has(o));
      const touches = ownTopics.some(t => covers(pattern, t) || (pattern.prefix && t.name.startsWith(pattern.name)));
      if (rule.resource?.type === 'topic' && writes.length > 0 && touches) {
        problems.push([label(user), `may ${writes.join(', ')} topic ${describe(pattern)}: only the service`
          + ' owning a topic writes it']);
      }
    }
  }
  return problems;
}

/** Each service logs in as its KafkaUser, with the protocol and mechanism of the listener it connects to. */
export function kafkaLoginRules(resources, access) {
  const problems = [];
  const configMaps = new Map(of(resources, 'ConfigMap').map(c => [c.metadata.name, c]));
  const users = new Map(of(resources, 'KafkaUser').map(u => [u.metadata.name, u]));
  for (const deployment of of(resources, 'Deployment')) {
    const name = deployment.metadata.name;
    if (!access.has(name)) {
      continue;
    }
    for (const container of containers(deployment)) {
      const at = `${label(deployment)} container ${container.name}`;
      const fromConfigMaps = (container.envFrom ?? []).map(e => configMaps.get(e.configMapRef?.name)?.data ?? {});
      const setting = key => (container.env ?? []).find(e => e.name === key)?.value
        ?? fromConfigMaps.map(data => data[key]).find(value => value !== undefined);
      const bootstrap = setting('KAFKA_BOOTSTRAP_SERVERS');
      const listener = of(resources, 'Kafka').flatMap(kafka => (kafka.spec?.kafka?.listeners ?? [])
        .filter(l => (bootstrap ?? '').split(',').includes(`${kafka.metadata.name}-kafka-bootstrap:${l.port}`)))[0];
      const authentication = listener?.authentication?.type;
      if (!authentication) {
        continue;
      }
      const jaas = (container.env ?? []).find(e => e.name === 'OBSERVATORY_KAFKA_SASL_JAAS_CONFIG');
      const ref = jaas?.valueFrom?.secretKeyRef;
      if (authentication.startsWith('scram-sha-')) {
        const protocol = listener.tls ? 'SASL_SSL' : 'SASL_PLAINTEXT';
        const mechanism = authentication.toUpperCase();
        if (setting('OBSERVATORY_KAFKA_SECURITY_PROTOCOL') !== protocol) {
          problems.push([at, `OBSERVATORY_KAFKA_SECURITY_PROTOCOL is ${setting('OBSERVATORY_KAFKA_SECURITY_PROTOCOL') ?? 'unset'}:`
            + ` listener ${listener.name} takes ${protocol}`]);
        }
        if (setting('OBSERVATORY_KAFKA_SASL_MECHANISM') !== mechanism) {
          problems.push([at, `OBSERVATORY_KAFKA_SASL_MECHANISM is ${setting('OBSERVATORY_KAFKA_SASL_MECHANISM') ?? 'unset'}:`
            + ` listener ${listener.name} takes ${mechanism}`]);
        }
        if (!ref) {
          problems.push([at, 'no OBSERVATORY_KAFKA_SASL_JAAS_CONFIG from its KafkaUser\'s Secret: the brokers would'
            + ' refuse it']);
        } else if (ref.name !== name || ref.key !== 'sasl.jaas.config') {
          problems.push([at, `OBSERVATORY_KAFKA_SASL_JAAS_CONFIG reads key ${ref.key} of Secret ${ref.name}: it must`
            + ` be key sasl.jaas.config of ${name}, the Secret of KafkaUser/${name}`]);
        } else if (users.get(name)?.spec?.authentication?.type !== authentication) {
          problems.push([at, `KafkaUser/${name} does not authenticate with ${authentication}, which listener`
            + ` ${listener.name} requires`]);
        }
      }
    }
  }
  return problems;
}

/** Committed Secrets hold placeholders only: real credentials come from outside the repository. */
export function secretRules(resources) {
  const problems = [];
  for (const secret of of(resources, 'Secret')) {
    const values = {
      ...Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])),
      ...(secret.stringData ?? {}),
    };
    for (const [key, value] of Object.entries(values)) {
      if (/secret|password|token|key/i.test(key) && value !== 'REPLACE-ME') {
        problems.push([label(secret), `${key} holds a value: a committed Secret holds the placeholder REPLACE-ME only,`
          + ' the real one is set at deploy time (docs/operations.md)']);
      }
    }
  }
  return problems;
}

/** The issuer the services trust is an absolute http(s) URL: quarkus.oidc.auth-server-url must be one. */
export function issuerRules(resources) {
  const problems = [];
  for (const configMap of of(resources, 'ConfigMap')) {
    const value = configMap.data?.OBSERVATORY_OIDC_ISSUER;
    if (value === undefined) {
      continue;
    }
    let url = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url || !['https:', 'http:'].includes(url.protocol)) {
      problems.push([label(configMap), `OBSERVATORY_OIDC_ISSUER ${JSON.stringify(value)} is no http(s) URL: it must be`
        + ' the issuer of the realm, e.g. https://idp.example.org/realms/observatory']);
    }
  }
  return problems;
}

export function allRules(resources, { settings, topics, access = new Map() }) {
  return [
    ...topicRules(resources, topics),
    ...kafkaRules(resources),
    ...bootstrapRules(resources),
    ...deploymentRules(resources, settings),
    ...kafkaAccessRules(resources, access),
    ...kafkaLoginRules(resources, access),
    ...secretRules(resources),
    ...issuerRules(resources),
  ];
}
