// What the services' code and configuration say the deployment must provide: the Kafka topics they read and
// write, and each service's HTTP port and shutdown timeout. Read from the sources, so a new topic or a changed
// timeout cannot slip past the manifests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SERVICES = ['actors-service', 'agreements-service', 'analytics-service'];

/**
 * Generations of a per-generation subscription whose dead-letter topic must exist: the live one and the one the
 * next rebuild creates (base/kafka/topics.yaml; docs/operations.md, "Rebuilding").
 */
export const DECLARED_GENERATIONS = [1, 2];

function javaFiles(dir) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap(entry => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      return javaFiles(path);
    }
    return entry.endsWith('.java') ? [path] : [];
  });
}

/** Main (not test) sources of every module of the repository. */
function mainSources(repoRoot) {
  return readdirSync(repoRoot)
    .filter(module => existsSync(join(repoRoot, module, 'src', 'main', 'java')))
    .flatMap(module => javaFiles(join(repoRoot, module, 'src', 'main', 'java')));
}

/**
 * Every topic the services use, as {topic, role, source}:
 * - "stream": a topic named in the code (`"paradiplomacy.<type>s.v1"`, read by subscriptions), or one the outbox
 *   relay writes for a stream type (`STREAM_TYPE = "<type>"`, published to `paradiplomacy.<type>s.v1`, as
 *   event-sourcing's Topics.forStreamType names it);
 * - "dead-letter": `paradiplomacy.dlq.<subscription>` for each subscription name in a class that builds an
 *   EventSubscription; a name ending in "-" takes a generation number.
 */
export function topicsInSources(repoRoot) {
  const topics = new Map();
  const add = (topic, role, file) => {
    if (!topics.has(topic)) {
      topics.set(topic, { topic, role, source: relative(repoRoot, file) });
    }
  };
  for (const file of mainSources(repoRoot)) {
    const text = readFileSync(file, 'utf8');
    for (const [, topic] of text.matchAll(/"(paradiplomacy\.[a-z0-9-]+\.v[0-9]+)"/g)) {
      add(topic, 'stream', file);
    }
    for (const [, type] of text.matchAll(/\bSTREAM_TYPE\s*=\s*"([a-z][a-z0-9-]*)"/g)) {
      add(`paradiplomacy.${type}s.v1`, 'stream', file);
    }
    if (text.includes('EventSubscription')) {
      for (const [, subscription] of text.matchAll(/"([a-z][a-z0-9]*(?:-[a-z0-9]+)*-service\.[a-z0-9-]+)"/g)) {
        const names = subscription.endsWith('-')
          ? DECLARED_GENERATIONS.map(generation => subscription + generation)
          : [subscription];
        names.forEach(name => add(`paradiplomacy.dlq.${name}`, 'dead-letter', file));
      }
    }
  }
  return [...topics.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

function properties(file) {
  const values = new Map();
  if (!existsSync(file)) {
    return values;
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = line.match(/^\s*([^#!\s][^=:\s]*)\s*[=:]\s*(.*?)\s*$/);
    if (match) {
      values.set(match[1], match[2]);
    }
  }
  return values;
}

function seconds(duration) {
  const match = /^(\d+)(ms|s|m)?$/.exec(duration ?? '');
  if (!match) {
    return null;
  }
  const amount = Number(match[1]);
  return match[2] === 'ms' ? amount / 1000 : match[2] === 'm' ? amount * 60 : amount;
}

/** Each service's HTTP port and graceful shutdown timeout (seconds), from its application.properties. */
export function serviceSettings(repoRoot) {
  return new Map(SERVICES.map(service => {
    const values = properties(join(repoRoot, service, 'src', 'main', 'resources', 'application.properties'));
    return [service, {
      port: Number(values.get('quarkus.http.port') ?? 8080),
      shutdownTimeout: seconds(values.get('quarkus.shutdown.timeout')),
    }];
  }));
}

/** A Kafka resource a service needs: `name` exactly, or (prefix) every name starting with it. */
const literal = name => ({ name, prefix: false });
const prefixed = name => ({ name, prefix: true });

/**
 * What each service does on Kafka, from its sources, as the brokers' ACLs must allow it and nothing more:
 * - writes: the stream topics its outbox relay publishes (`STREAM_TYPE`s of its module; the relay also creates
 *   them should it publish before the Topic Operator, and the publication check reads them back) and the
 *   dead-letter topic of each of its subscriptions;
 * - reads: the topics named in its code (its subscriptions follow them) and, with an outbox, its own streams;
 * - groups: one consumer group per subscription, named as the subscription (a name ending in "-" takes a
 *   generation number: a prefix);
 * - transactionalIds: `outbox` + observatory.outbox.source with '/' as '-', plus each suffix the kernel's code
 *   passes to KafkaPublisher.transactionalId, unless observatory.outbox.enabled=false.
 */
export function kafkaAccessInSources(repoRoot) {
  const kernel = join(repoRoot, 'event-sourcing', 'src', 'main', 'java');
  const suffixes = new Set();
  for (const file of javaFiles(kernel)) {
    for (const [, suffix] of readFileSync(file, 'utf8').matchAll(/transactionalId\(\s*config\s*,\s*"([^"]*)"\s*\)/g)) {
      suffixes.add(suffix);
    }
  }
  return new Map(SERVICES.filter(service => existsSync(join(repoRoot, service))).map(service => {
    const values = properties(join(repoRoot, service, 'src', 'main', 'resources', 'application.properties'));
    const outbox = values.get('observatory.outbox.enabled') !== 'false';
    const streams = new Set();
    const consumed = new Set();
    const subscriptions = new Set();
    for (const file of javaFiles(join(repoRoot, service, 'src', 'main', 'java'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, type] of text.matchAll(/\bSTREAM_TYPE\s*=\s*"([a-z][a-z0-9-]*)"/g)) {
        streams.add(`paradiplomacy.${type}s.v1`);
      }
      for (const [, topic] of text.matchAll(/"(paradiplomacy\.[a-z0-9-]+\.v[0-9]+)"/g)) {
        consumed.add(topic);
      }
      if (text.includes('EventSubscription')) {
        for (const [, name] of text.matchAll(/"([a-z][a-z0-9]*(?:-[a-z0-9]+)*-service\.[a-z0-9-]+)"/g)) {
          subscriptions.add(name);
        }
      }
    }
    const own = outbox ? [...streams].sort() : [];
    const named = name => (name.endsWith('-') ? prefixed(name) : literal(name));
    const source = values.get('observatory.outbox.source') ?? `/${service}`;
    return [service, {
      streams: own.map(literal),
      deadLetters: [...subscriptions].sort().map(s => named(`paradiplomacy.dlq.${s}`)),
      reads: [...new Set([...consumed, ...own])].sort().map(literal),
      groups: [...subscriptions].sort().map(named),
      transactionalIds: outbox
        ? [...suffixes].sort().map(suffix => literal(`outbox${source.replace(/\//g, '-')}${suffix}`))
        : [],
    }];
  }));
}
