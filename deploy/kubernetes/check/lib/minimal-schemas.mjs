// Hand-written schemas for custom resources whose published CRD is not at hand: they check the fields these
// manifests use (presence, types, bounds) and let other fields pass, since they cannot know them all.
// CloudNativePG publishes its CRDs on neither the npm registry nor Maven Central, so its Cluster is always
// checked this way; Strimzi's resources only when the CRDs generated from io.strimzi:api are missing.

const quantity = { anyOf: [{ type: 'string', pattern: '^[0-9.]+([EPTGMK]i?|[mk])?$' }, { type: 'integer' }] };
const resources = {
  type: 'object',
  properties: {
    requests: { type: 'object', additionalProperties: quantity },
    limits: { type: 'object', additionalProperties: quantity },
  },
  additionalProperties: false,
};

export const cnpgCluster = {
  type: 'object',
  required: ['spec'],
  properties: {
    spec: {
      type: 'object',
      required: ['instances', 'storage'],
      properties: {
        instances: { type: 'integer', minimum: 1 },
        imageName: { type: 'string' },
        storage: {
          type: 'object',
          required: ['size'],
          properties: { size: quantity, storageClass: { type: 'string' } },
        },
        bootstrap: {
          type: 'object',
          properties: {
            initdb: {
              type: 'object',
              required: ['database', 'owner'],
              properties: {
                database: { type: 'string', pattern: '^[a-z_][a-z0-9_]*$' },
                owner: { type: 'string', pattern: '^[a-z_][a-z0-9_]*$' },
              },
            },
          },
        },
        resources,
        postgresql: {
          type: 'object',
          properties: { parameters: { type: 'object', additionalProperties: { type: 'string' } } },
        },
        plugins: {
          type: 'array',
          items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        },
      },
    },
  },
};

const storage = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: ['jbod', 'persistent-claim', 'ephemeral'] },
    volumes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: {
          id: { type: 'integer', minimum: 0 },
          type: { enum: ['persistent-claim', 'ephemeral'] },
          size: quantity,
          deleteClaim: { type: 'boolean' },
          kraftMetadata: { enum: ['shared'] },
        },
        additionalProperties: false,
      },
    },
  },
};

export const strimziKafka = {
  type: 'object',
  required: ['spec'],
  properties: {
    spec: {
      type: 'object',
      required: ['kafka'],
      properties: {
        kafka: {
          type: 'object',
          required: ['listeners'],
          properties: {
            version: { type: 'string' },
            listeners: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['name', 'port', 'type', 'tls'],
                properties: {
                  name: { type: 'string', pattern: '^[a-z0-9]{1,11}$' },
                  port: { type: 'integer', minimum: 9092 },
                  type: { enum: ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'] },
                  tls: { type: 'boolean' },
                },
              },
            },
            config: { type: 'object' },
          },
        },
        entityOperator: { type: 'object' },
      },
    },
  },
};

export const strimziKafkaNodePool = {
  type: 'object',
  required: ['spec'],
  properties: {
    spec: {
      type: 'object',
      required: ['replicas', 'roles', 'storage'],
      properties: {
        replicas: { type: 'integer', minimum: 0 },
        roles: { type: 'array', minItems: 1, items: { enum: ['controller', 'broker'] } },
        storage,
        resources,
      },
    },
  },
};

export const strimziKafkaTopic = {
  type: 'object',
  required: ['spec'],
  properties: {
    spec: {
      type: 'object',
      properties: {
        topicName: { type: 'string' },
        partitions: { type: 'integer', minimum: 1 },
        replicas: { type: 'integer', minimum: 1, maximum: 32767 },
        config: { type: 'object' },
      },
      additionalProperties: false,
    },
  },
};

const aclRule = {
  type: 'object',
  required: ['resource', 'operations'],
  properties: {
    type: { enum: ['allow', 'deny'] },
    resource: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: ['topic', 'group', 'cluster', 'transactionalId'] },
        name: { type: 'string' },
        patternType: { enum: ['literal', 'prefix'] },
      },
      additionalProperties: false,
    },
    host: { type: 'string' },
    operations: {
      type: 'array',
      minItems: 1,
      items: { enum: ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs',
        'DescribeConfigs', 'IdempotentWrite', 'All'] },
    },
  },
  additionalProperties: false,
};

export const strimziKafkaUser = {
  type: 'object',
  required: ['spec'],
  properties: {
    spec: {
      type: 'object',
      properties: {
        authentication: {
          type: 'object',
          required: ['type'],
          properties: { type: { enum: ['tls', 'tls-external', 'scram-sha-512'] } },
        },
        authorization: {
          type: 'object',
          required: ['type'],
          properties: { type: { enum: ['simple'] }, acls: { type: 'array', items: aclRule } },
        },
        quotas: { type: 'object' },
        template: { type: 'object' },
      },
      additionalProperties: false,
    },
  },
};

/** By `group/version/Kind`. */
export const CNPG = new Map([['postgresql.cnpg.io/v1/Cluster', cnpgCluster]]);
export const STRIMZI_FALLBACK = new Map([
  ['kafka.strimzi.io/v1/Kafka', strimziKafka],
  ['kafka.strimzi.io/v1/KafkaNodePool', strimziKafkaNodePool],
  ['kafka.strimzi.io/v1/KafkaTopic', strimziKafkaTopic],
  ['kafka.strimzi.io/v1/KafkaUser', strimziKafkaUser],
]);
