// N-Triples export: the KnowledgeGraph as RDF 1.1 N-Triples, one triple per
// line, the same RDF graph that WriteJsonld writes (both serialise the
// resources of rdf_model.h, in the same order). Output is ASCII only except
// inside string literals, which are UTF-8.
//
//   <https://arxiv.org/abs/2406.11931> <http://schema.org/name> "DeepSeek-Coder-V2: ..." .
//   <https://arxiv.org/abs/2406.11931> <https://w3id.org/papergraph/vocab#votes> "53"^^<http://www.w3.org/2001/XMLSchema#integer> .
#ifndef PAPERGRAPH_EXPORTERS_NTRIPLES_WRITER_H_
#define PAPERGRAPH_EXPORTERS_NTRIPLES_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "core/knowledge_graph.h"
#include "core/status.h"
#include "exporters/rdf_graph.h"

namespace papergraph {

// The body of an N-Triples string literal (without the quotes): '"' and '\'
// and TAB, LF, CR, BS, FF as ECHAR (\" \\ \t \n \r \b \f), every other C0
// control and DEL as UCHAR (\u0001), everything else as is. Invalid UTF-8
// becomes U+FFFD.
//   EscapeNtriplesString("a \"b\"\n") == "a \\\"b\\\"\\n"
std::string EscapeNtriplesString(std::string_view text);
// The same, appended to *out.
void AppendNtriplesString(std::string_view text, std::string* out);

// Streams the triples to `out`. Returns IoError when a write fails and
// InvalidArgument when the graph cannot be described (see DescribeGraph).
Status WriteNtriples(const KnowledgeGraph& graph, std::ostream& out);
// The same, for an RdfGraph that the JSON-LD writer may share (rdf_graph.h).
Status WriteNtriples(RdfGraph& rdf, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_NTRIPLES_WRITER_H_
