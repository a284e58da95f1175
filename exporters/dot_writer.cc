#include "exporters/dot_writer.h"

#include <array>
#include <string>

#include "exporters/dot_escape.h"
#include "exporters/node_style.h"
#include "exporters/output_buffer.h"
#include "exporters/written_ids.h"

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

// Writes `text` quoted and returns what it wrote (valid until the next write).
std::string_view WriteQuoted(OutputBuffer& out, std::string_view text) {
  char* begin = out.Room(DotQuotedMaxSize(text.size()));
  char* end = WriteDotQuoted(text, begin);
  out.Commit(end);
  return std::string_view(begin, static_cast<size_t>(end - begin));
}

OutputBuffer& operator<<(OutputBuffer& out, Quoted q) {
  WriteQuoted(out, q.text);
  return out;
}

// The attributes that all nodes of a kind, or all edges of a kind, have
// alike, quoted once: ", kind=..., shape=..., fillcolor=...];\n" of a node,
// " [kind=..." of an edge.
struct KindAttributes {
  std::array<std::string, kNodeKinds> node;
  std::array<std::string, kEdgeKinds> edge;
};

const KindAttributes& Kinds() {
  static const KindAttributes kinds = [] {
    KindAttributes made;
    for (int k = 0; k < kNodeKinds; ++k) {
      const NodeStyle& style = StyleOf(static_cast<NodeKind>(k));
      made.node[k] = ", kind=" + DotQuote(NodeKindName(static_cast<NodeKind>(k))) +
                     ", shape=" + style.dot_shape + ", fillcolor=" + DotQuote(style.hex) + "];\n";
    }
    for (int k = 0; k < kEdgeKinds; ++k) {
      made.edge[k] = " [kind=" + DotQuote(EdgeKindName(static_cast<EdgeKind>(k)));
    }
    return made;
  }();
  return kinds;
}

void WriteNode(OutputBuffer& out, const ViewNode& shown, WrittenIds& ids) {
  const NodeProps& node = *shown.props;
  out << "  ";
  ids.Keep(shown.vertex, WriteQuoted(out, node.id));
  out << " [label=" << Quoted{node.label} << Kinds().node[static_cast<int>(node.kind)];
}

void WriteEdge(OutputBuffer& out, const GraphView& view, const WrittenIds& ids,
               const ViewEdge& edge) {
  const Graph& g = view.graph().graph();
  out << "  ";
  ids.Write<Quoted>(out, g, edge.from);
  out << (view.directed() ? " -> " : " -- ");
  ids.Write<Quoted>(out, g, edge.to);
  out << Kinds().edge[static_cast<int>(edge.kind)];
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
  WrittenIds ids(view.graph().num_nodes());
  bool ok = view.ForEachNode([&](const ViewNode& node) {
    WriteNode(out, node, ids);
    return out.Flush();
  });
  ok = ok && view.ForEachEdge([&](const ViewEdge& edge) {
    WriteEdge(out, view, ids, edge);
    return out.Flush();
  });
  out << "}\n";
  if (!out.Finish() || !ok) return Status::IoError("cannot write DOT: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
