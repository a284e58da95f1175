// exporters/: one writer per output format, each reading core/ types (a
// KnowledgeGraph, or a GraphView derived from it) and nothing else. Start
// here.
//
//   KnowledgeGraph g = BuildGraph(papers, options, &diagnostics);
//   GraphView view;
//   Status s = DeriveView(g, ViewOptions(), &view);          // core/graph_views.h
//   if (s.ok()) s = WriteFileAtomically(dir + "/graph.graphml",
//       [&](std::ostream& out) { return WriteGraphml(view, out); });
//   RdfGraph rdf(g);  // RDF: the whole graph, made ready once for JSON-LD and N-Triples
//   if (s.ok()) s = WriteFileAtomically(dir + "/graph.nt",
//       [&](std::ostream& out) { return WriteNtriples(rdf, out); });
//
// Each format has a pure escape function (xml_escape.h, dot_escape.h; JSON
// strings are escaped by RapidJSON) and one writer. Writers are
// deterministic: nodes and edges go out in the graph's order.
#ifndef PAPERGRAPH_EXPORTERS_EXPORTERS_H_
#define PAPERGRAPH_EXPORTERS_EXPORTERS_H_

#include "exporters/atomic_file.h"
#include "exporters/dot_writer.h"
#include "exporters/graphml_writer.h"
#include "exporters/jsonld_writer.h"
#include "exporters/ntriples_writer.h"
#include "exporters/rdf_graph.h"

#endif  // PAPERGRAPH_EXPORTERS_EXPORTERS_H_
