// JSON-LD export: the KnowledgeGraph as one JSON-LD 1.1 document with an
// inline @context (no remote context, so it expands offline) and a flat
// @graph of node objects, one per resource of rdf_model.h. Its RDF graph is
// exactly the one WriteNtriples writes.
//
//   {"@context": {"schema": "http://schema.org/", ...,
//                 "votes": {"@id": "pg:votes", "@type": "xsd:integer"}, ...},
//    "@graph": [{"@id": "https://arxiv.org/abs/2406.11931",
//                "@type": ["schema:ScholarlyArticle"], "name": "...", ...}, ...]}
//
// All JSON goes through RapidJSON, which escapes strings (control characters
// as \u00XX); strings are made valid UTF-8 first (bad bytes and surrogates
// become U+FFFD). Integers and booleans are JSON numbers and literals; dates
// and decimals are strings typed by the @context. Multi-valued terms
// (author, mentions, listedOn, ...) are always arrays, the others scalars.
#ifndef PAPERGRAPH_EXPORTERS_JSONLD_WRITER_H_
#define PAPERGRAPH_EXPORTERS_JSONLD_WRITER_H_

#include <ostream>

#include "core/knowledge_graph.h"
#include "core/status.h"
#include "exporters/rdf_graph.h"

namespace papergraph {

// Streams the document to `out`. Returns IoError when a write fails and
// InvalidArgument when the graph cannot be described (see DescribeGraph).
Status WriteJsonld(const KnowledgeGraph& graph, std::ostream& out);
// The same, for an RdfGraph that the N-Triples writer may share (rdf_graph.h).
Status WriteJsonld(RdfGraph& rdf, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_JSONLD_WRITER_H_
