#include "exporters/dot_writer.h"

#include <string>

#include "exporters/dot_escape.h"
#include "exporters/node_style.h"
#include "exporters/output_buffer.h"

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
  const ScoreReport& report = edge.report();
  std::string label = report.value_text;
  if (!report.unit.empty()) label += (report.unit == "%" ? "" : " ") + report.unit;
  if (summary && summary->reports > 1) {
    label += " (best of " + std::to_string(summary->reports) + ")";
  }
  return label;
}

// Text to be quoted on its way into the buffer: buffer << Quoted{text}.
struct Quoted {
  std::string_view text;
};

OutputBuffer& operator<<(OutputBuffer& out, Quoted q) {
  AppendDotQuoted(q.text, out.text());
  return out;
}

void WriteNode(OutputBuffer& out, const NodeProps& node) {
  const NodeStyle& style = StyleOf(node.kind);
  out << "  " << Quoted{node.id} << " [label=" << Quoted{node.label}
      << ", kind=" << Quoted{NodeKindName(node.kind)} << ", shape=" << style.dot_shape
      << ", fillcolor=" << Quoted{style.hex} << "];\n";
}

void WriteEdge(OutputBuffer& out, const GraphView& view, Edge e) {
  const Graph& g = view.graph.graph();
  Vertex from = boost::source(e, g), to = boost::target(e, g);
  const EdgeProps& edge = g[e];
  out << "  " << Quoted{g[from].id} << (view.directed ? " -> " : " -- ") << Quoted{g[to].id}
      << " [kind=" << Quoted{EdgeKindName(edge.kind)};
  if (edge.kind == EdgeKind::kCoauthor && view.directed) out << ", dir=none, constraint=false";
  if (edge.kind == EdgeKind::kScore) {
    auto it = view.scores.find({from, to});
    const ScoreSummary* summary = it == view.scores.end() ? nullptr : &it->second;
    out << ", label=" << Quoted{ScoreLabel(edge, summary)};
    if (summary) out << ", reports=" << summary->reports;
  }
  out << "];\n";
}

}  // namespace

Status WriteDot(const GraphView& view, std::ostream& stream) {
  const Graph& g = view.graph.graph();
  OutputBuffer out(stream);
  const char* layout = LayoutFor(view);
  out << "// papergraph knowledge graph. Render with: " << layout << " -Tsvg FILE -o graph.svg\n"
      << (view.directed ? "digraph" : "graph") << " papergraph {\n"
      << "  graph [layout=" << layout
      << ", overlap=false, outputorder=edgesfirst, splines=false];\n"
      << kStyle;
  bool ok = true;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!(ok = out.Flush())) break;
    WriteNode(out, g[v]);
  }
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!ok || !(ok = out.Flush())) break;
    WriteEdge(out, view, e);
  }
  out << "}\n";
  if (!out.Finish() || !ok) return Status::IoError("cannot write DOT: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
