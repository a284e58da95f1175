#include "exporters/dot_writer.h"

#include <string>

#include "exporters/dot_escape.h"
#include "exporters/node_style.h"

namespace papergraph {
namespace {

constexpr char kStyle[] =
    "  node [style=filled, fontname=\"Helvetica\", fontsize=10, penwidth=0.5];\n"
    "  edge [color=\"#77777780\", arrowsize=0.5, fontname=\"Helvetica\", fontsize=8];\n";

const char* LayoutFor(const GraphView& view) {
  return view.graph.num_nodes() <= kDotLayoutMaxNodes ? "dot" : "sfdp";
}

// "90.2%" for percentages, "41.5 FID" for named metrics, "7.1" without a
// unit; "90.2% (best of 3)" for the collapsed reports of a pair.
std::string ScoreLabel(const EdgeProps& edge, const ScoreSummary* summary) {
  std::string label = edge.value_text;
  if (!edge.unit.empty()) label += (edge.unit == "%" ? "" : " ") + edge.unit;
  if (summary && summary->reports > 1) {
    label += " (best of " + std::to_string(summary->reports) + ")";
  }
  return label;
}

void WriteNode(std::ostream& out, const NodeProps& node) {
  const NodeStyle& style = StyleOf(node.kind);
  out << "  " << DotQuote(node.id) << " [label=" << DotQuote(node.label)
      << ", kind=" << DotQuote(NodeKindName(node.kind)) << ", shape=" << style.dot_shape
      << ", fillcolor=" << DotQuote(style.hex) << "];\n";
}

void WriteEdge(std::ostream& out, const GraphView& view, Edge e) {
  const Graph& g = view.graph.graph();
  Vertex from = boost::source(e, g), to = boost::target(e, g);
  const EdgeProps& edge = g[e];
  out << "  " << DotQuote(g[from].id) << (view.directed ? " -> " : " -- ") << DotQuote(g[to].id)
      << " [kind=" << DotQuote(EdgeKindName(edge.kind));
  if (edge.kind == EdgeKind::kCoauthor && view.directed) out << ", dir=none, constraint=false";
  if (edge.kind == EdgeKind::kScore) {
    auto it = view.scores.find({from, to});
    const ScoreSummary* summary = it == view.scores.end() ? nullptr : &it->second;
    out << ", label=" << DotQuote(ScoreLabel(edge, summary));
    if (summary) out << ", reports=" << summary->reports;
  }
  out << "];\n";
}

}  // namespace

Status WriteDot(const GraphView& view, std::ostream& out) {
  const Graph& g = view.graph.graph();
  const char* layout = LayoutFor(view);
  out << "// papergraph knowledge graph. Render with: " << layout << " -Tsvg FILE -o graph.svg\n"
      << (view.directed ? "digraph" : "graph") << " papergraph {\n"
      << "  graph [layout=" << layout
      << ", overlap=false, outputorder=edgesfirst, splines=false];\n"
      << kStyle;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!out) break;
    WriteNode(out, g[v]);
  }
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!out) break;
    WriteEdge(out, view, e);
  }
  out << "}\n";
  out.flush();
  if (!out) return Status::IoError("cannot write DOT: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
