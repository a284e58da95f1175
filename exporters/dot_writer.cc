#include "exporters/dot_writer.h"

#include <string>

#include "exporters/dot_escape.h"
#include "exporters/node_style.h"

namespace papergraph {
namespace {

constexpr char kHeader[] =
    "// papergraph knowledge graph. Render with: sfdp -Tsvg FILE -o graph.svg\n"
    "digraph papergraph {\n"
    "  graph [layout=sfdp, overlap=false, outputorder=edgesfirst, splines=false];\n"
    "  node [style=filled, fontname=\"Helvetica\", fontsize=10, penwidth=0.5];\n"
    "  edge [color=\"#77777780\", arrowsize=0.5, fontname=\"Helvetica\", fontsize=8];\n";

// "90.2%" for percentages, "41.5 FID" for named metrics, "7.1" without a unit.
std::string ScoreLabel(const EdgeProps& edge) {
  if (edge.unit.empty() || edge.unit == "%") return edge.value_text + edge.unit;
  return edge.value_text + " " + edge.unit;
}

void WriteNode(std::ostream& out, const NodeProps& node) {
  const NodeStyle& style = StyleOf(node.kind);
  out << "  " << DotQuote(node.id) << " [label=" << DotQuote(node.label)
      << ", kind=" << DotQuote(NodeKindName(node.kind)) << ", shape=" << style.dot_shape
      << ", fillcolor=" << DotQuote(style.hex) << "];\n";
}

void WriteEdge(std::ostream& out, const std::string& source, const std::string& target,
               const EdgeProps& edge) {
  out << "  " << DotQuote(source) << " -> " << DotQuote(target)
      << " [kind=" << DotQuote(EdgeKindName(edge.kind));
  if (edge.kind == EdgeKind::kCoauthor) out << ", dir=none";
  if (edge.kind == EdgeKind::kScore) out << ", label=" << DotQuote(ScoreLabel(edge));
  out << "];\n";
}

}  // namespace

Status WriteDot(const KnowledgeGraph& graph, std::ostream& out) {
  const Graph& g = graph.graph();
  out << kHeader;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!out) break;
    WriteNode(out, g[v]);
  }
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!out) break;
    WriteEdge(out, g[boost::source(e, g)].id, g[boost::target(e, g)].id, g[e]);
  }
  out << "}\n";
  out.flush();
  if (!out) return Status::IoError("cannot write DOT: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
