// rdf_terms: the RDF vocabulary papergraph writes and the pure functions that
// mint its IRIs and literals. The JSON-LD and N-Triples writers share it, so
// both describe one and the same RDF graph (see rdf_model.h for the shape).
//
// Every IRI is ASCII: names are percent-encoded byte by byte, keeping only
// RFC 3986 unreserved characters, so an IRI never needs escaping in either
// format and two different names never share an IRI.
//   EntityIri("author", "Y. Wu") == "https://w3id.org/papergraph/id/author/Y.%20Wu"
//   PaperIri("2406.11931")       == "https://arxiv.org/abs/2406.11931"
#ifndef PAPERGRAPH_EXPORTERS_RDF_TERMS_H_
#define PAPERGRAPH_EXPORTERS_RDF_TERMS_H_

#include <optional>
#include <string>
#include <string_view>

namespace papergraph {

// A namespace prefix of the inline JSON-LD @context.
struct RdfPrefix {
  const char* name;  // "schema"
  const char* iri;   // "http://schema.org/"
};
constexpr RdfPrefix kRdfPrefixes[] = {
    {"schema", "http://schema.org/"},
    {"fair4ml", "https://w3id.org/fair4ml#"},
    {"mls", "http://www.w3.org/ns/mls#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"pg", "https://w3id.org/papergraph/vocab#"},
};

// How an object of a predicate is written.
enum class RdfObject {
  kIri,      // an IRI
  kString,   // a plain (xsd:string) literal
  kInteger,  // xsd:integer, a JSON number in JSON-LD
  kBoolean,  // xsd:boolean, a JSON true/false in JSON-LD
  kDecimal,  // xsd:decimal, a string coerced by the @context
  kDate,     // xsd:date, a string coerced by the @context
};

// The datatype of a literal kind as a compact IRI ("xsd:date"), or nullptr
// for kIri and kString.
const char* RdfDatatype(RdfObject kind);

// A predicate: its JSON-LD term, its compact IRI, its object kind, and
// whether JSON-LD writes its values as an array even when there is one.
struct RdfPredicate {
  const char* term;  // "name"
  const char* iri;   // "schema:name"
  RdfObject object;
  bool many;
};

// The predicates, in the order a resource lists them. rdf_model.h says which
// resource carries which.
enum class Pred {
  kName, kAlternateName, kIdentifier, kListedOn, kVotes, kAuthorsTruncated,
  kAuthor, kAuthorship, kMentions, kProposes, kPaperCount,
  kPerson, kAuthorPosition,
  kEvaluatedModel, kEvaluationDataset, kHasValue, kUnitText, kSpecifiedBy,
  kWasDerivedFrom, kDescription,
};
constexpr int kNumPreds = static_cast<int>(Pred::kDescription) + 1;

// Indexed by Pred; the order is the order of a resource's statements.
inline constexpr RdfPredicate kPredicates[kNumPreds] = {
    {"name", "schema:name", RdfObject::kString, false},
    {"alternateName", "schema:alternateName", RdfObject::kString, true},
    {"identifier", "schema:identifier", RdfObject::kString, false},
    {"listedOn", "pg:listedOn", RdfObject::kDate, true},
    {"votes", "pg:votes", RdfObject::kInteger, false},
    {"authorsTruncated", "pg:authorsTruncated", RdfObject::kBoolean, false},
    {"author", "schema:author", RdfObject::kIri, true},
    {"authorship", "pg:authorship", RdfObject::kIri, true},
    {"mentions", "pg:mentions", RdfObject::kIri, true},
    {"proposes", "pg:proposes", RdfObject::kIri, true},
    {"paperCount", "pg:paperCount", RdfObject::kInteger, false},
    {"person", "pg:person", RdfObject::kIri, false},
    {"authorPosition", "pg:authorPosition", RdfObject::kInteger, false},
    {"evaluatedMLModel", "fair4ml:evaluatedMLModel", RdfObject::kIri, false},
    {"evaluationDataset", "fair4ml:evaluationDataset", RdfObject::kIri, false},
    {"hasValue", "mls:hasValue", RdfObject::kDecimal, false},
    {"unitText", "schema:unitText", RdfObject::kString, false},
    {"specifiedBy", "mls:specifiedBy", RdfObject::kIri, false},
    {"wasDerivedFrom", "prov:wasDerivedFrom", RdfObject::kIri, false},
    {"description", "schema:description", RdfObject::kString, false},
};

// Inline: the writers ask for every statement.
inline const RdfPredicate& Predicate(Pred pred) { return kPredicates[static_cast<int>(pred)]; }

// What a resource is: each class stands for its rdf:types (RdfTypesOf), so
// that writers can prepare what they write for each class once.
enum class RdfClass {
  kArticle, kPerson, kModel, kMethod, kDataset, kAuthorship, kEvaluation, kMeasure,
};
constexpr int kNumRdfClasses = static_cast<int>(RdfClass::kMeasure) + 1;

// The rdf:types of a class, as compact IRIs, in the order they are written.
struct RdfTypes {
  const char* iris[2];
  int count;
  const char* const* begin() const { return iris; }
  const char* const* end() const { return iris + count; }
};

// Indexed by RdfClass.
inline constexpr RdfTypes kRdfTypes[kNumRdfClasses] = {
    {{"schema:ScholarlyArticle"}, 1},
    {{"schema:Person"}, 1},
    {{"fair4ml:MLModel", "schema:SoftwareApplication"}, 2},
    {{"pg:Method"}, 1},
    {{"schema:Dataset"}, 1},
    {{"pg:Authorship"}, 1},
    {{"fair4ml:MLModelEvaluation", "mls:ModelEvaluation"}, 2},
    {{"mls:EvaluationMeasure"}, 1},
};

inline const RdfTypes& RdfTypesOf(RdfClass cls) { return kRdfTypes[static_cast<int>(cls)]; }

// "schema:name" -> "http://schema.org/name". A string without a known
// prefix is returned unchanged.
std::string ExpandCompactIri(std::string_view compact);

// Percent-encodes every byte outside RFC 3986 unreserved (A-Z a-z 0-9 - . _ ~)
// and outside `keep`, with upper-case hex: "Y. Wu" -> "Y.%20Wu".
std::string PercentEncode(std::string_view bytes, std::string_view keep = "");

// IRIs of graph things. `kind` is a node kind name ("author", "model", ...).
std::string PaperIri(std::string_view arxiv);
std::string EntityIri(std::string_view kind, std::string_view name);
// Things numbered within one paper: "authorship", "score".
std::string PaperPartIri(std::string_view part, std::string_view arxiv, int n);
// The same IRIs, appended to *out (for writers that reuse one string).
void AppendPaperIri(std::string_view arxiv, std::string* out);
void AppendEntityIri(std::string_view kind, std::string_view name, std::string* out);
void AppendPaperPartIri(std::string_view part, std::string_view arxiv, int n, std::string* out);
// What the IRIs of a paper's parts share, appended to *out: the IRI of the
// n-th part is this stem followed by n in decimal.
void AppendPaperPartStem(std::string_view part, std::string_view arxiv, std::string* out);

// An xsd:decimal lexical form (no exponent, digits on both sides of a '.')
// for a score: `value_text` as written when it is a plain decimal (thousands
// commas dropped, "90." -> "90.0", ".5" -> "0.5"), otherwise `value` in
// shortest fixed notation. nullopt when `value` is not finite either.
std::optional<std::string> XsdDecimal(std::string_view value_text, double value);

// True for a "YYYY-MM-DD" xsd:date lexical form with month 01-12, day 01-31.
bool IsXsdDate(std::string_view text);

// True for an absolute IRI that N-Triples can write verbatim inside <...>:
// a scheme, then only printable ASCII other than <>"{}|^`\ and space.
bool IsWritableIri(std::string_view iri);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_RDF_TERMS_H_
