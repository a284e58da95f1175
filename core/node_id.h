// Node ids: the readable, injective names nodes get in every output format
// (GraphML ids, DOT node names, the last segment of IRIs).
#ifndef PAPERGRAPH_CORE_NODE_ID_H_
#define PAPERGRAPH_CORE_NODE_ID_H_

#include <string>
#include <string_view>

namespace papergraph {

// A readable, injective XML name token for a node: "<kind>:<escaped name>".
// Letters and digits (any script) and '-' are kept, a space becomes '_', and
// every other byte becomes ".XX" (upper-case hex of each UTF-8 byte), so that
// ids are valid xs:NMTOKEN and two different names never share an id.
//   NodeId("author", "Y. Wu") == "author:Y.2E_Wu"
std::string NodeId(std::string_view kind, std::string_view name);
// The same id, written over *out (whose storage is reused).
void NodeIdInto(std::string_view kind, std::string_view name, std::string* out);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_NODE_ID_H_
