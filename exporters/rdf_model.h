// rdf_model: the KnowledgeGraph as RDF resources, the one description that
// the JSON-LD and N-Triples writers both serialise (so they cannot disagree).
//
// The shape, for SPARQL users (prefixes as in rdf_terms.h; no blank nodes,
// every resource has a stable IRI):
//   <https://arxiv.org/abs/ID> a schema:ScholarlyArticle ;
//       schema:name "title" ; schema:alternateName "other title"* ;
//       schema:identifier "ID" ; pg:listedOn "YYYY-MM-DD"^^xsd:date+ ;
//       pg:votes N? ; pg:authorsTruncated true? ;
//       schema:author <author>* ;             # unordered, for simple joins
//       pg:authorship <id/authorship/ID-K>* ; # the order, see below
//       pg:mentions <entity>* ; pg:proposes <entity>* .
//   <id/authorship/ID-K> a pg:Authorship ; pg:person <author> ;
//       pg:authorPosition K .                 # 1-based place in the list
//   <id/author/NAME> a schema:Person ; schema:name ; pg:paperCount .
//   <id/model/NAME> a fair4ml:MLModel, schema:SoftwareApplication ;
//   <id/method/NAME> a pg:Method ;  <id/benchmark/NAME> a schema:Dataset ;
//       each with schema:name, schema:alternateName*, pg:paperCount.
//   <id/score/ID-N> a fair4ml:MLModelEvaluation, mls:ModelEvaluation ;
//       fair4ml:evaluatedMLModel <model> ; fair4ml:evaluationDataset <bench> ;
//       mls:hasValue "90.2"^^xsd:decimal ; schema:unitText "%"? ;
//       mls:specifiedBy <id/metric/UNIT>? ;  # only for a named metric, not "%"
//       prov:wasDerivedFrom <paper> ; schema:description "evidence sentence" .
//   <id/metric/UNIT> a mls:EvaluationMeasure ; schema:name "pass@1" .
// The N-th score of a paper is its N-th score edge in graph order. Ordered
// authors: ?p pg:authorship [pg:person ?a ; pg:authorPosition ?k] ORDER BY ?k.
// Co-authorship is not written: it is derivable from schema:author.
#ifndef PAPERGRAPH_EXPORTERS_RDF_MODEL_H_
#define PAPERGRAPH_EXPORTERS_RDF_MODEL_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"
#include "core/status.h"
#include "exporters/rdf_graph.h"
#include "exporters/rdf_terms.h"

namespace papergraph {

// One (predicate, object) pair. `object` is an absolute IRI for kIri
// predicates, otherwise the literal's lexical form (valid UTF-8).
//
// Every IRI of a resource, its own and its objects', is minted by
// rdf_terms.h (a fixed base, fixed path parts, names percent-encoded): ASCII
// that neither format needs to escape, and IsWritableIri holds for it. The
// writers rely on that and copy IRIs as they are.
struct RdfStatement {
  Pred pred;
  std::string_view object;
};

// The text a resource refers to is the graph's or DescribeGraph's: it is
// valid while `emit` runs, not after.
struct RdfResource {
  std::string_view iri;
  RdfClass cls;                          // its rdf:types: RdfTypesOf(cls)
  std::vector<RdfStatement> statements;  // grouped by predicate, Pred order
};

// Calls `emit` once per resource of `rdf`'s graph, in a deterministic order:
// each vertex in graph order (a paper followed by its authorships and
// scores), then the metrics in name order. Stops at and returns the first
// non-OK status of `emit`; returns InvalidArgument for a graph it cannot
// describe (what RdfGraph::Prepare rejects, and a listing date that is not
// YYYY-MM-DD).
Status DescribeGraph(RdfGraph& rdf, const std::function<Status(const RdfResource&)>& emit);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_RDF_MODEL_H_
