// The check itself: the real overlays pass, and a copy of the base with one mistake of each kind fails with a
// message naming the resource and the mistake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, KUBERNETES_DIR } from '../check.mjs';
import { topicsInSources } from '../lib/sources.mjs';

const overlay = name => join(KUBERNETES_DIR, 'overlays', name);
const messages = problems => problems.map(p => `${p.subject}: ${p.problem}`);

test('the dev and production overlays pass', async () => {
  const { problems } = await check({ overlays: [overlay('dev'), overlay('production')], strimziCrds: null });
  assert.deepEqual(messages(problems), []);
});

test('a broken copy of the base fails, naming each resource and its mistake', async () => {
  const broken = join(KUBERNETES_DIR, 'check', 'test', 'fixtures', 'broken');
  const { problems } = await check({ overlays: [broken], strimziCrds: null });
  const found = messages(problems.filter(p => p.where !== 'base'));
  const expected = [
    'Deployment/actors-service container actors-service: no readinessProbe',
    'Deployment/actors-service: terminationGracePeriodSeconds 10 must exceed',
    'Deployment/agreements-service: /spec/template/spec/containers/0/ports/0/containerPort: must be integer',
    'Deployment/agreements-service container agreements-service: no memory in resources.limits',
    'Deployment/agreements-service: sets spec.replicas although HorizontalPodAutoscaler/agreements-service',
    'PodDisruptionBudget/analytics-service: minAvailable 1 with 1 replica(s) of analytics-service blocks every drain',
    'Deployment/analytics-service: its NetworkPolicies refuse its database (Cluster/analytics-db, port 5432)',
    'KafkaTopic/paradiplomacy.missions.v1: missing',
    'KafkaTopic/paradiplomacy.statements.v1: retention.ms is 604800000',
    'KafkaTopic/paradiplomacy.statements.v1: /spec: unknown field "partitons"',
    'Kafka/observatory-kafka: offsets.topic.replication.factor is 5 but the cluster has 3 broker(s)',
    'ConfigMap/observatory-config-',
    'Kafka/observatory-kafka: listener plain has no authentication',
    'KafkaUser/actors-service: missing',
    'KafkaUser/agreements-service: cannot Read group agreements-service.directory',
    'KafkaUser/analytics-service: may Write topic paradiplomacy.actors.v1, which is not its own',
    'KafkaUser/intruder: may Write topic paradiplomacy.statements.v1: only the service owning a topic writes it',
    'Secret/observatory-loader-credentials-',
    'Deployment/actors-service: its NetworkPolicies refuse the identity provider (idp.example.org, port 443)',
  ];
  for (const message of expected) {
    assert.ok(found.some(f => f.startsWith(message)), `expected "${message}" among:\n${found.join('\n')}`);
  }
  assert.ok(found.some(f => f.includes('OBSERVATORY_OUTBOX_TOPIC_PARTITIONS 3 differs')), found.join('\n'));
});

test('given a directory of CRDs, Strimzi resources are validated against them', async () => {
  const crds = join(KUBERNETES_DIR, 'check', 'test', 'fixtures', 'crds');
  const valid = await check({ overlays: [overlay('dev')], strimziCrds: crds });
  assert.deepEqual(messages(valid.problems), []);
  assert.ok(valid.notes.some(note => note.includes(`validated against the CRDs in ${crds}`)));
  const broken = await check({ overlays: [join(KUBERNETES_DIR, 'check', 'test', 'fixtures', 'broken')], strimziCrds: crds });
  assert.ok(messages(broken.problems).includes('KafkaTopic/paradiplomacy.statements.v1: /spec: unknown field "partitons"'));
});

test('topics come from the sources: names, stream types, and dead letters of each subscription', () => {
  const root = mkdtempSync(join(tmpdir(), 'topics-'));
  const java = join(root, 'some-service', 'src', 'main', 'java');
  mkdirSync(java, { recursive: true });
  writeFileSync(join(java, 'Publisher.java'), 'class Publisher { static final String STREAM_TYPE = "visit"; }');
  writeFileSync(join(java, 'Follower.java'), `class Follower {
      static final String TOPIC = "paradiplomacy.actors.v1";
      EventSubscription directory = new EventSubscription("some-service.directory", TOPIC);
      String generation(int n) { return "some-service.projection-" + n; } }`);
  assert.deepEqual(topicsInSources(root).map(t => `${t.topic} ${t.role}`), [
    'paradiplomacy.actors.v1 stream',
    'paradiplomacy.dlq.some-service.directory dead-letter',
    'paradiplomacy.dlq.some-service.projection-1 dead-letter',
    'paradiplomacy.dlq.some-service.projection-2 dead-letter',
    'paradiplomacy.visits.v1 stream',
  ]);
});

test('a committed generated copy must match the fresh build as data, whatever the order of its keys', async () => {
  const { generatedCopyProblems } = await import('../lib/generated.mjs');
  const root = mkdtempSync(join(tmpdir(), 'generated-'));
  const base = join(root, 'base');
  mkdirSync(join(base, 'generated'), { recursive: true });
  for (const service of ['actors-service', 'agreements-service', 'analytics-service']) {
    mkdirSync(join(root, service, 'target', 'kubernetes'), { recursive: true });
    writeFileSync(join(root, service, 'target', 'kubernetes', 'kubernetes.yml'), 'kind: Service\nmetadata: {name: a, labels: {x: "1", y: "2"}}\n');
    writeFileSync(join(base, 'generated', `${service}.yml`), 'metadata: {labels: {y: "2", x: "1"}, name: a}\nkind: Service\n');
  }
  assert.deepEqual(generatedCopyProblems(root, base).problems, []);
  writeFileSync(join(base, 'generated', 'analytics-service.yml'), 'kind: Service\nmetadata: {name: b}\n');
  assert.deepEqual(generatedCopyProblems(root, base).problems.map(([subject]) => subject), ['base/generated/analytics-service.yml']);
});
