// Hands a ClaimReview JSON-LD export to two readers Marginalia did not
// write, offline:
//  1. structured-data-testing-tool (npm) with its Google preset, which tests
//     ClaimReview as Google reads it, on a page that embeds the export;
//  2. JSON-LD expansion (npm jsonld), with a document loader that serves
//     schema.org's context from ../shared/vendor/schemaorg-29.0; after it,
//     every type and property must exist in that release's vocabulary, each
//     property used on a type of its domain, each node of a type its range
//     allows (subclasses included).
// `node tests/e2e/claim-review-readers.mjs FILE` checks one file by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { here } from './harness.mjs';

const require = createRequire(import.meta.url);
const { structuredDataTestHtml } = require('structured-data-testing-tool');
const { Google } = require('structured-data-testing-tool/presets');
const jsonld = require('jsonld');

const vendor = join(here, '..', '..', '..', 'shared', 'vendor', 'schemaorg-29.0');
const SCHEMA = 'https://schema.org/';

/** The vocabulary: classes with their superclasses, properties with their
 * domains and ranges, by full IRI. */
function vocabulary() {
  const graph = JSON.parse(readFileSync(join(vendor, 'schemaorg-current-https.jsonld'), 'utf8'))['@graph'];
  const iri = (id) => id.replace(/^schema:/, SCHEMA);
  const ids = (v) => [v ?? []].flat().map((x) => iri(x['@id']));
  const classes = new Map(), properties = new Map();
  for (const node of graph) {
    const types = [node['@type']].flat();
    if (types.includes('rdfs:Class')) classes.set(iri(node['@id']), ids(node['rdfs:subClassOf']));
    if (types.includes('rdf:Property')) {
      properties.set(iri(node['@id']), { domain: ids(node['schema:domainIncludes']), range: ids(node['schema:rangeIncludes']) });
    }
  }
  const ancestors = (type, seen = new Set()) => {
    if (seen.has(type)) return seen;
    seen.add(type);
    for (const parent of classes.get(type) ?? []) ancestors(parent, seen);
    return seen;
  };
  return { classes, properties, ancestors };
}

/** Expands `doc` with schema.org's context from the vendored release;
 * http://schema.org/ (the context's @vocab) is read as https. */
async function expand(doc) {
  const context = JSON.parse(readFileSync(join(vendor, 'schemaorgcontext.jsonld'), 'utf8'));
  const documentLoader = async (url) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`the test loads no other document: ${url}`);
    return { contextUrl: null, document: context, documentUrl: url };
  };
  const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
  return JSON.parse(JSON.stringify(expanded).replaceAll('http://schema.org/', SCHEMA));
}

/** Every problem of the expanded nodes against the vocabulary. */
function vocabularyProblems(nodes, vocab, problems = [], path = '') {
  for (const node of nodes) {
    if (!node || typeof node !== 'object' || '@value' in node) continue;
    const types = node['@type'] ?? [];
    for (const t of types) if (!vocab.classes.has(t)) problems.push(`${path}: no type ${t} in schema.org 29.0`);
    const lineage = new Set(types.flatMap((t) => [...vocab.ancestors(t)]));
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const property = vocab.properties.get(key);
      if (!property) { problems.push(`${path}: no property ${key} in schema.org 29.0`); continue; }
      if (!property.domain.some((d) => lineage.has(d))) problems.push(`${path}: ${key} is not a property of ${types.join(', ')}`);
      for (const value of values) {
        const valueTypes = '@value' in value ? null : value['@type'];
        if (valueTypes && !valueTypes.some((t) => property.range.some((r) => vocab.ancestors(t).has(r)))) {
          problems.push(`${path}: ${key} takes ${property.range.join(' or ')}, not ${valueTypes.join(', ')}`);
        }
      }
      vocabularyProblems(values, vocab, problems, `${path}/${key.replace(SCHEMA, '')}`);
    }
  }
  return problems;
}

/** Both readers on `text` (the export); throws with every problem, else
 * says what each reader accepted. */
export async function readClaimReviews(text) {
  const doc = JSON.parse(text);
  const reviews = [doc].flat();
  // 1. Google's reading, by structured-data-testing-tool, of a page that
  // embeds the export as a publisher would.
  const html = `<!doctype html><html><head><title>Fact check</title>
<script type="application/ld+json">${text.replaceAll('</', '<\\/')}</script></head><body></body></html>`;
  let sdtt;
  try {
    sdtt = await structuredDataTestHtml(html, { presets: [Google], schemas: ['ClaimReview'] });
  } catch (e) {
    sdtt = e.res;
    if (!sdtt) throw e;
  }
  const failed = sdtt.failed.map((t) => `${t.test}: ${t.error?.message ?? 'failed'}`);
  const claimReviewTests = sdtt.passed.filter((t) => t.group?.includes('ClaimReview') || t.test?.startsWith('ClaimReview'));
  const problems = failed.concat(sdtt.warnings.map((t) => `warning ${t.test}`));
  if (!sdtt.schemas.includes('ClaimReview')) problems.push('structured-data-testing-tool found no ClaimReview');
  // 2. JSON-LD expansion against schema.org 29.0.
  const expanded = await expand(doc);
  const vocab = vocabulary();
  expanded.forEach((node, i) => vocabularyProblems([node], vocab, problems, `review ${i + 1}`));
  const topTypes = expanded.map((n) => (n['@type'] ?? []).join());
  if (topTypes.length !== reviews.length || !topTypes.every((t) => t === `${SCHEMA}ClaimReview`)) {
    problems.push(`expanded to ${topTypes.join(' | ')}, not ${reviews.length} ClaimReview`);
  }
  if (problems.length) throw new Error(`ClaimReview refused:\n  ${problems.join('\n  ')}`);
  const properties = new Set();
  JSON.stringify(expanded, (k, v) => { if (k.startsWith(SCHEMA)) properties.add(k.replace(SCHEMA, '')); return v; });
  return { reviews: reviews.length, sdttPassed: claimReviewTests.length, properties: [...properties].sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await readClaimReviews(readFileSync(process.argv[2], 'utf8'))));
}
