#!/usr/bin/env node
// Offline check of deploy/kubernetes: renders every overlay with `kubectl kustomize`, validates each resource
// against its schema and checks that the resources fit the services (lib/rules.mjs). Exits 1 on any problem.
//
//   node check.mjs [--strimzi-crds DIR] [--overlay DIR]...
//
// --strimzi-crds  Strimzi's CRDs (Maven generates them into deploy/kubernetes/target/strimzi-crds); required
//                 when given. Without it that directory is used if present, else minimal schemas.
// --overlay       an overlay (or any kustomization) to check instead of every directory in ../overlays.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, label } from './lib/render.mjs';
import { SchemaValidator } from './lib/schemas.mjs';
import { allRules } from './lib/rules.mjs';
import { kafkaAccessInSources, serviceSettings, topicsInSources } from './lib/sources.mjs';
import { generatedCopyProblems } from './lib/generated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const KUBERNETES_DIR = resolve(here, '..');
export const REPO_ROOT = resolve(KUBERNETES_DIR, '..', '..');

/** Checks the given kustomizations; returns the problems as {where, subject, problem} and notes. */
export async function check({ overlays, strimziCrds, repoRoot = REPO_ROOT }) {
  const problems = [];
  const notes = [];
  const topics = topicsInSources(repoRoot);
  if (topics.length === 0) {
    throw new Error(`found no topic names in the Java sources under ${repoRoot}`);
  }
  notes.push(`topics used by the sources: ${topics.map(t => t.topic).join(', ')}`);
  const settings = serviceSettings(repoRoot);
  const access = kafkaAccessInSources(repoRoot);

  const generated = generatedCopyProblems(repoRoot, join(KUBERNETES_DIR, 'base'));
  generated.problems.forEach(([subject, problem]) => problems.push({ where: 'base', subject, problem }));
  if (generated.skipped.length > 0) {
    notes.push(`not built, so their generated copies were not compared: ${generated.skipped.join(', ')}`);
  }

  const validator = new SchemaValidator(strimziCrds);
  notes.push(...validator.notes);
  let count = 0;
  for (const overlay of overlays) {
    const where = relative(KUBERNETES_DIR, overlay) || overlay;
    let resources;
    try {
      resources = render(overlay);
    } catch (e) {
      problems.push({ where, subject: 'kustomization', problem: e.message });
      continue;
    }
    count += resources.length;
    for (const resource of resources) {
      for (const problem of await validator.validate(resource)) {
        problems.push({ where, subject: label(resource), problem });
      }
    }
    for (const [subject, problem] of allRules(resources, { settings, topics, access })) {
      problems.push({ where, subject, problem });
    }
  }
  return { problems, notes, resources: count };
}

function parseArguments(argv) {
  const options = { overlays: [], strimziCrds: undefined };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--overlay' && value) {
      options.overlays.push(resolve(value));
      i++;
    } else if (argv[i] === '--strimzi-crds' && value) {
      options.strimziCrds = resolve(value);
      i++;
    } else {
      throw new Error(`unknown argument ${argv[i]}; usage: node check.mjs [--strimzi-crds DIR] [--overlay DIR]...`);
    }
  }
  if (options.overlays.length === 0) {
    const overlays = join(KUBERNETES_DIR, 'overlays');
    options.overlays = readdirSync(overlays).sort().map(name => join(overlays, name));
  }
  if (options.strimziCrds === undefined) {
    const generated = join(KUBERNETES_DIR, 'target', 'strimzi-crds');
    options.strimziCrds = existsSync(generated) ? generated : null;
  } else if (!existsSync(options.strimziCrds)) {
    throw new Error(`--strimzi-crds ${options.strimziCrds} does not exist`);
  }
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const { problems, notes, resources } = await check(options);
  notes.forEach(note => console.log(`note: ${note}`));
  for (const { where, subject, problem } of problems) {
    console.error(`PROBLEM ${where}: ${subject}: ${problem}`);
  }
  const names = options.overlays.map(o => relative(KUBERNETES_DIR, o) || o).join(', ');
  console.log(`kubernetes check: ${options.overlays.length} overlay(s) (${names}), ${resources} resources,`
    + ` ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(e => {
    console.error(`PROBLEM ${e.message}`);
    process.exitCode = 1;
  });
}
