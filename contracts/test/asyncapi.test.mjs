// The AsyncAPI validation: the hand-written document of the shape the services publish passes, the broken one
// fails naming each mistake, and single changes to the valid one show which shapes the validator accepts.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { validateAsyncApi } from '../lib/asyncapi.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = join(fixtures, 'asyncapi-valid.yaml');
const errors = findings => findings.filter(f => f.severity === 'error');
const scratch = mkdtempSync(join(tmpdir(), 'asyncapi-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Validates the valid fixture after change(document, message) edits a copy of it. */
async function validateChanged(name, change) {
  const document = YAML.parse(readFileSync(valid, 'utf8'));
  change(document, document.components.messages.ActorRegistered);
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, YAML.stringify(document));
  return errors(await validateAsyncApi(file));
}

test('the valid document has no error', async () => {
  assert.deepEqual(errors(await validateAsyncApi(valid)), []);
});

test('the broken document fails, naming each mistake', async () => {
  const found = errors(await validateAsyncApi(join(fixtures, 'asyncapi-broken.yaml')))
    .map(f => `${f.where} ${f.rule}: ${f.message}`);
  for (const expected of [
    '#/operations/publishActorEvents/messages/0 asyncapi3-operation-messages-from-referred-channel',
    '#/components/messages/ActorRegistered/headers/properties/ce_id/type asyncapi-document-resolved',
    '#/components/messages/ActorRegistered/bindings/kafka/key asyncapi-document-resolved',
  ]) {
    assert.ok(found.some(f => f.startsWith(expected)), `expected "${expected}" among:\n${found.join('\n')}`);
  }
});

test('accepted shapes: $schema and $id inside an inline payload, a draft-07 payload, a key by $ref', async () => {
  const accepted = {
    'schema-and-id-inline': (_, message) => Object.assign(message.payload, {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:paradiplomacy:schema:org.paradiplomacy.actor.registered.v1',
    }),
    'draft-07-payload': (_, message) => {
      message.payload = { schemaFormat: 'application/schema+json;version=draft-07', schema: message.payload };
    },
    'key-by-ref': (document, message) => {
      document.components.schemas = { StreamId: { type: 'string', description: "The stream's id" } };
      message.bindings.kafka.key = { $ref: '#/components/schemas/StreamId' };
    },
    'asyncapi-3.1.0': document => {
      document.asyncapi = '3.1.0';
    },
  };
  for (const [name, change] of Object.entries(accepted)) {
    assert.deepEqual(await validateChanged(name, change), [], name);
  }
});

test('rejected shapes name the place of the mistake', async () => {
  const rejected = {
    'asyncapi-2-verb': [document => { document.operations.publishActorEvents.action = 'publish'; },
      '#/operations/publishActorEvents/action'],
    'schema-format-on-message': [(_, message) => { message.schemaFormat = 'application/schema+json;version=draft-07'; },
      '#/components/messages/ActorRegistered/schemaFormat'],
    'payload-type-unknown': [(_, message) => { message.payload.properties.actorId.type = 'uuid'; },
      '#/components/messages/ActorRegistered/payload/properties/actorId/type'],
    'unknown-kafka-binding-field': [(_, message) => { message.bindings.kafka.partitionKey = 'actorId'; },
      '#/components/messages/ActorRegistered/bindings/kafka/partitionKey'],
    'dangling-ref': [document => {
      document.operations.publishActorEvents.messages = [{ $ref: '#/channels/actor/messages/ActorRenamed' }];
    }, '#/operations/publishActorEvents/messages/0/$ref'],
    // The parser has no validator for JSON Schema 2020-12 and would pass any such schema unchecked.
    'draft-2020-12-format': [(_, message) => {
      message.payload = { schemaFormat: 'application/schema+json;version=2020-12', schema: message.payload };
    }, '#/components/messages/ActorRegistered/payload/schemaFormat'],
    'remote-ref': [(_, message) => { message.payload = { $ref: 'https://example.org/actor-registered.json' }; },
      '#/components/messages/ActorRegistered/payload/$ref'],
  };
  for (const [name, [change, where]] of Object.entries(rejected)) {
    const found = await validateChanged(name, change);
    assert.ok(found.some(f => f.where === where), `${name}: expected an error at ${where} among:\n`
      + found.map(f => `${f.where} ${f.rule}: ${f.message}`).join('\n'));
  }
});
