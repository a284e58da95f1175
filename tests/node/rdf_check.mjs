#!/usr/bin/env node
// rdf_check: reads papergraph's graph.jsonld and graph.nt back with two real
// RDF consumers, offline, and says whether they hold the same RDF graph.
//
//   node rdf_check.mjs graph.jsonld graph.nt [--query-file q.rq]... [--query SPARQL]...
//
// 1. jsonld.js expands the JSON-LD and converts it to RDF (toRDF, safe mode,
//    so a term it would drop is an error) and canonizes it (RDFC-1.0), with a
//    document loader that refuses every URL: the @context must be inline.
// 2. The triples are compared as sets with the N-Triples file, both parsed
//    by Oxigraph; the two RDFC-1.0 canonical forms (rdf-canonize, the library
//    inside jsonld.js) are compared as well, and Oxigraph's own JSON-LD
//    parser is a third reading.
// 3. Both are loaded into one in-memory Oxigraph store and each SPARQL query
//    is run on it.
//
// Prints one JSON object on stdout:
//   {"jsonld_triples": n, "ntriples_triples": n, "same_graph": bool,
//    "canonical_equal": bool, "oxigraph_jsonld_equal": bool,
//    "only_in_jsonld": [...], "only_in_ntriples": [...], "refused_urls": [...],
//    "store_size": n, "queries": [{"name", "query", "result"}]}
// where a SELECT result is an array of {variable: value} rows (IRIs and
// literals as their value strings), ASK a boolean, CONSTRUCT N-Triples lines.
// Exit status: 0 when every comparison holds, 1 when one does not, 2 on a
// usage, parse or query error (message on stderr).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import jsonld from 'jsonld';
import oxigraph from 'oxigraph';
import canonize from 'rdf-canonize';

const SAMPLE = 10;  // differing triples to show

function usage(message) {
  process.stderr.write(`rdf_check: ${message}\n` +
    'usage: node rdf_check.mjs graph.jsonld graph.nt [--query-file FILE]... [--query SPARQL]...\n');
  process.exit(2);
}

function parseArgs(argv) {
  const files = [];
  const queries = [];
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--query-file' || arg === '--query') {
      const value = argv[++i];
      if (value === undefined) usage(`${arg} needs a value`);
      queries.push(arg === '--query'
        ? { name: `query${queries.length + 1}`, query: value }
        : { name: basename(value), query: readFileSync(value, 'utf8') });
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 2) usage('expected graph.jsonld and graph.nt');
  return { jsonldPath: files[0], ntPath: files[1], queries };
}

// Oxigraph's N-Triples form of each triple: one canonical string per term,
// whatever escaping the input used.
function tripleSet(quads) {
  return new Set(quads.map((q) => q.toString()));
}

// Oxigraph's quads as the plain RDF/JS objects rdf-canonize reads.
function plainTerm(t) {
  if (t.termType !== 'Literal') return { termType: t.termType, value: t.value };
  return { termType: 'Literal', value: t.value, language: t.language,
    datatype: { termType: 'NamedNode', value: t.datatype.value } };
}
function plainDataset(quads) {
  return quads.map((q) => ({ subject: plainTerm(q.subject), predicate: plainTerm(q.predicate),
    object: plainTerm(q.object), graph: { termType: 'DefaultGraph', value: '' } }));
}

function difference(a, b) {
  const out = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  return out;
}

function termValue(term) {
  return term === undefined ? null : term.value;
}

function runQuery(store, query) {
  const result = store.query(query);
  if (typeof result === 'boolean') return result;
  if (Array.isArray(result) && (result.length === 0 || result[0] instanceof Map)) {
    return result.map((row) => Object.fromEntries(
      [...row.entries()].map(([name, term]) => [name, termValue(term)])));
  }
  return result.map((quad) => quad.toString());
}

async function main() {
  const { jsonldPath, ntPath, queries } = parseArgs(process.argv.slice(2));
  const jsonldText = readFileSync(jsonldPath, 'utf8');
  const ntText = readFileSync(ntPath, 'utf8');
  const doc = JSON.parse(jsonldText);

  const refused = [];
  const documentLoader = async (url) => {
    refused.push(url);
    throw new Error(`offline check: refusing to load ${url}`);
  };
  const options = { documentLoader, safe: true };
  const nquads = await jsonld.toRDF(doc, { ...options, format: 'application/n-quads' });
  const canonicalFromJsonld = await jsonld.canonize(doc, options);
  const ntQuads = oxigraph.parse(ntText, { format: 'application/n-triples' });
  // Not jsonld.canonize(ntText, {inputFormat}): its N-Quads parser removes
  // duplicates in quadratic time (minutes for the corpus).
  const canonicalFromNt = await canonize.canonize(plainDataset(ntQuads), { algorithm: 'RDFC-1.0' });

  const fromJsonld = tripleSet(oxigraph.parse(nquads, { format: 'application/n-quads' }));
  const fromNt = tripleSet(ntQuads);
  const fromOxigraphJsonld = tripleSet(oxigraph.parse(jsonldText, { format: 'application/ld+json' }));
  const onlyInJsonld = difference(fromJsonld, fromNt);
  const onlyInNt = difference(fromNt, fromJsonld);

  const store = new oxigraph.Store();
  store.load(ntText, { format: 'application/n-triples' });
  store.load(nquads, { format: 'application/n-quads' });

  const report = {
    jsonld_triples: fromJsonld.size,
    ntriples_triples: fromNt.size,
    ntriples_lines: ntText.split('\n').filter((line) => line.trim() !== '').length,
    same_graph: onlyInJsonld.length === 0 && onlyInNt.length === 0,
    canonical_equal: canonicalFromJsonld === canonicalFromNt,
    oxigraph_jsonld_equal: difference(fromOxigraphJsonld, fromNt).length === 0 &&
      fromOxigraphJsonld.size === fromNt.size,
    only_in_jsonld: onlyInJsonld.slice(0, SAMPLE),
    only_in_ntriples: onlyInNt.slice(0, SAMPLE),
    refused_urls: refused,
    store_size: store.size,
    queries: queries.map(({ name, query }) => ({ name, query, result: runQuery(store, query) })),
  };
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
  const ok = report.same_graph && report.canonical_equal && report.oxigraph_jsonld_equal &&
    refused.length === 0;
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`rdf_check: ${error && error.stack ? error.stack : error}\n`);
  process.exit(2);
});
