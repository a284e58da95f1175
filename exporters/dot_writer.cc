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
  return view.num_nodes() <= kDotLayoutMaxNodes ? "dot" : "sfdp";
}

// "90.2%" for percentages, "41.5 FID" for named metrics, "7.1" without a
// unit; "90.2% (best of 3)" for the collapsed reports of a pair.
std::string ScoreLabel(const ScoreReport& report, const ScoreSummary* summary) {
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

void WriteEdge(OutputBuffer& out, const GraphView& view, const ViewEdge& edge) {
  const Graph& g = view.graph().graph();
  out << "  " << Quoted{g[edge.from].id} << (view.directed() ? " -> " : " -- ")
      << Quoted{g[edge.to].id} << " [kind=" << Quoted{EdgeKindName(edge.kind)};
  if (edge.kind == EdgeKind::kCoauthor && view.directed()) out << ", dir=none, constraint=false";
  if (edge.report) {
    out << ", label=" << Quoted{ScoreLabel(*edge.report, edge.summary)};
    if (edge.summary) out << ", reports=" << edge.summary->reports;
  }
  out << "];\n";
}

}  // namespace

Status WriteDot(const GraphView& view, std::ostream& stream) {
  OutputBuffer out(stream);
  const char* layout = LayoutFor(view);
  out << "// papergraph knowledge graph. Render with: " << layout << " -Tsvg FILE -o graph.svg\n"
      << (view.directed() ? "digraph" : "graph") << " papergraph {\n"
      << "  graph [layout=" << layout
      << ", overlap=false, outputorder=edgesfirst, splines=false];\n"
      << kStyle;
  bool ok = view.ForEachNode([&](const ViewNode& node) {
    WriteNode(out, *node.props);
    return out.Flush();
  });
  ok = ok && view.ForEachEdge([&](const ViewEdge& edge) {
    WriteEdge(out, view, edge);
    return out.Flush();
  });
  out << "}\n";
  if (!out.Finish() || !ok) return Status::IoError("cannot write DOT: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
