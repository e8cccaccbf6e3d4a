// What each service may do on Kafka: derived from the sources, enforced on the KafkaUsers and the services' login;
// and the identity provider they trust.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KUBERNETES_DIR, REPO_ROOT } from '../check.mjs';
import { render } from '../lib/render.mjs';
import { issuerRules, kafkaAccessRules, kafkaLoginRules } from '../lib/rules.mjs';
import { kafkaAccessInSources } from '../lib/sources.mjs';

const dev = () => render(join(KUBERNETES_DIR, 'overlays', 'dev'));
const find = (resources, kind, name) => resources.find(r => r.kind === kind && r.metadata.name === name);
const messages = problems => problems.map(([subject, problem]) => `${subject}: ${problem}`);
const names = list => list.map(({ name, prefix }) => (prefix ? `${name}*` : name));

test('each service\'s Kafka access comes from its sources', () => {
  const root = mkdtempSync(join(tmpdir(), 'access-'));
  const write = (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('event-sourcing/src/main/java/Relay.java', 'class Relay { Object a = transactionalId(config, ""),'
    + ' b = transactionalId(config, "-repair"); }');
  write('actors-service/src/main/java/Actors.java', 'class Actors { static final String STREAM_TYPE = "actor"; }');
  write('actors-service/src/main/resources/application.properties', 'observatory.outbox.source=/actors-service\n');
  write('analytics-service/src/main/java/Follower.java', `class Follower {
      List<String> TOPICS = List.of("paradiplomacy.actors.v1");
      EventSubscription s(int n) { return new EventSubscription("analytics-service.projection-" + n, TOPICS); } }`);
  write('analytics-service/src/main/resources/application.properties', 'observatory.outbox.enabled=false\n');
  const access = kafkaAccessInSources(root);
  const actors = access.get('actors-service');
  assert.deepEqual(names(actors.streams), ['paradiplomacy.actors.v1']);
  assert.deepEqual(names(actors.transactionalIds), ['outbox-actors-service', 'outbox-actors-service-repair']);
  assert.deepEqual(names(actors.groups), []);
  const analytics = access.get('analytics-service');
  assert.deepEqual(names(analytics.streams), []);
  assert.deepEqual(names(analytics.transactionalIds), []);
  assert.deepEqual(names(analytics.reads), ['paradiplomacy.actors.v1']);
  assert.deepEqual(names(analytics.groups), ['analytics-service.projection-*']);
  assert.deepEqual(names(analytics.deadLetters), ['paradiplomacy.dlq.analytics-service.projection-*']);
});

test('the committed KafkaUsers allow what the services do and nothing more', () => {
  assert.deepEqual(messages(kafkaAccessRules(dev(), kafkaAccessInSources(REPO_ROOT))), []);
});

test('a wildcard, another service\'s dead letters or a broader prefix is refused', () => {
  const resources = dev();
  const acls = find(resources, 'KafkaUser', 'agreements-service').spec.authorization.acls;
  acls.push({ resource: { type: 'topic', name: '*', patternType: 'literal' }, operations: ['Read'] });
  acls.push({ resource: { type: 'topic', name: 'paradiplomacy.dlq.analytics-service.projection-1' }, operations: ['Write'] });
  acls.push({ resource: { type: 'group', name: 'analytics-service.', patternType: 'prefix' }, operations: ['Read'] });
  acls.push({ resource: { type: 'transactionalId', name: 'outbox-actors-service' }, operations: ['Write'] });
  const found = messages(kafkaAccessRules(resources, kafkaAccessInSources(REPO_ROOT)));
  assert.deepEqual(found, [
    'KafkaUser/agreements-service: may Read topic *, which agreements-service does not consume',
    'KafkaUser/agreements-service: may Write topic paradiplomacy.dlq.analytics-service.projection-1, which is not its'
      + ' own (agreements-service writes paradiplomacy.agreements.v1, paradiplomacy.conferences.v1,'
      + ' paradiplomacy.missions.v1, paradiplomacy.statements.v1, paradiplomacy.dlq.agreements-service.directory)',
    'KafkaUser/agreements-service: may Read group analytics-service.* (prefix), which is none of its subscriptions\'',
    'KafkaUser/agreements-service: may Write transactional id outbox-actors-service, which is not its outbox\'s',
  ]);
});

test('without authorization on the brokers, or a service\'s user unauthenticated, the check fails', () => {
  const resources = dev();
  delete find(resources, 'Kafka', 'observatory-kafka').spec.kafka.authorization;
  delete find(resources, 'KafkaUser', 'analytics-service').spec.authentication;
  const found = messages(kafkaAccessRules(resources, kafkaAccessInSources(REPO_ROOT)));
  assert.ok(found.includes('Kafka/observatory-kafka: no authorization: the KafkaUsers\' ACLs would not be enforced'
    + ' (use type simple)'), found.join('\n'));
  assert.ok(found.includes('KafkaUser/analytics-service: no authentication: Strimzi would create no credentials'
    + ' for it'), found.join('\n'));
});

test('each service logs in as its own KafkaUser with the listener\'s protocol and mechanism', () => {
  const access = kafkaAccessInSources(REPO_ROOT);
  assert.deepEqual(messages(kafkaLoginRules(dev(), access)), []);
  const resources = dev();
  const config = resources.find(r => r.kind === 'ConfigMap' && r.metadata.name.startsWith('observatory-config'));
  config.data.OBSERVATORY_KAFKA_SECURITY_PROTOCOL = 'PLAINTEXT';
  delete config.data.OBSERVATORY_KAFKA_SASL_MECHANISM;
  const env = find(resources, 'Deployment', 'analytics-service').spec.template.spec.containers[0].env;
  env.find(e => e.name === 'OBSERVATORY_KAFKA_SASL_JAAS_CONFIG').valueFrom.secretKeyRef.name = 'actors-service';
  const agreements = find(resources, 'Deployment', 'agreements-service').spec.template.spec.containers[0];
  agreements.env = agreements.env.filter(e => e.name !== 'OBSERVATORY_KAFKA_SASL_JAAS_CONFIG');
  const found = messages(kafkaLoginRules(resources, access));
  for (const expected of [
    'Deployment/actors-service container actors-service: OBSERVATORY_KAFKA_SECURITY_PROTOCOL is PLAINTEXT: listener'
      + ' plain takes SASL_PLAINTEXT',
    'Deployment/actors-service container actors-service: OBSERVATORY_KAFKA_SASL_MECHANISM is unset: listener plain'
      + ' takes SCRAM-SHA-512',
    'Deployment/agreements-service container agreements-service: no OBSERVATORY_KAFKA_SASL_JAAS_CONFIG from its'
      + ' KafkaUser\'s Secret: the brokers would refuse it',
    'Deployment/analytics-service container analytics-service: OBSERVATORY_KAFKA_SASL_JAAS_CONFIG reads key'
      + ' sasl.jaas.config of Secret actors-service: it must be key sasl.jaas.config of analytics-service, the'
      + ' Secret of KafkaUser/analytics-service',
  ]) {
    assert.ok(found.includes(expected), `expected "${expected}" among:\n${found.join('\n')}`);
  }
});

test('the issuer the services trust must be an http(s) URL', () => {
  const resources = dev();
  assert.deepEqual(messages(issuerRules(resources)), []);
  const config = resources.find(r => r.kind === 'ConfigMap' && r.metadata.name.startsWith('observatory-config'));
  config.data.OBSERVATORY_OIDC_ISSUER = 'idp.example.org/realms/observatory';
  assert.deepEqual(messages(issuerRules(resources)), [`ConfigMap/${config.metadata.name}: OBSERVATORY_OIDC_ISSUER`
    + ' "idp.example.org/realms/observatory" is no http(s) URL: it must be the issuer of the realm, e.g.'
    + ' https://idp.example.org/realms/observatory']);
});
