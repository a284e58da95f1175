#include "exporters/graphml_writer.h"

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/node_style.h"
#include "exporters/output_buffer.h"
#include "exporters/xml_escape.h"

namespace papergraph {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

// Indexes into kKeys; the order is the order of the <key> declarations.
enum KeyIndex {
  kLabel, kNodeKind, kRed, kGreen, kBlue, kSize, kArxiv, kDates, kVotes,
  kAuthorsTruncated, kSource, kPaperCount, kAliases,
  kEdgeKind, kWeight, kPosition, kValue, kValueText, kUnit, kPaper, kDate, kEvidence,
  kReports, kPapers,
  kNumKeys
};

constexpr Key kKeys[kNumKeys] = {
    {"n.label", "node", "label", "string"},
    {"n.kind", "node", "kind", "string"},
    {"n.r", "node", "r", "int"},
    {"n.g", "node", "g", "int"},
    {"n.b", "node", "b", "int"},
    {"n.size", "node", "size", "double"},
    {"n.arxiv", "node", "arxiv", "string"},
    {"n.dates", "node", "dates", "string"},
    {"n.votes", "node", "votes", "int"},
    {"n.authors_truncated", "node", "authors_truncated", "boolean"},
    {"n.source", "node", "source", "string"},
    {"n.paper_count", "node", "paper_count", "int"},
    {"n.aliases", "node", "aliases", "string"},
    {"e.kind", "edge", "kind", "string"},
    {"e.weight", "edge", "weight", "double"},
    {"e.position", "edge", "position", "int"},
    {"e.value", "edge", "value", "double"},
    {"e.value_text", "edge", "value_text", "string"},
    {"e.unit", "edge", "unit", "string"},
    {"e.paper", "edge", "paper", "string"},
    {"e.date", "edge", "date", "string"},
    {"e.evidence", "edge", "evidence", "string"},
    {"e.reports", "edge", "reports", "int"},
    {"e.papers", "edge", "papers", "string"},
};

// Text to be escaped on its way into the buffer: buffer << Escaped{text}.
struct Escaped {
  std::string_view text;
};

OutputBuffer& operator<<(OutputBuffer& out, Escaped e) {
  AppendXmlEscaped(e.text, out.text());
  return out;
}

// The shortest text that reads back as `value`, in xs:double's lexical form.
std::string FormatDouble(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  char buf[32];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// Writes one <data> element; empty text is left out (see the header).
void WriteData(OutputBuffer& out, KeyIndex key, std::string_view text) {
  if (text.empty()) return;
  out << "      <data key=\"" << Escaped{kKeys[key].id} << "\">" << Escaped{text} << "</data>\n";
}

void WriteKeys(OutputBuffer& out) {
  for (const Key& key : kKeys) {
    out << "  <key id=\"" << Escaped{key.id} << "\" for=\"" << key.domain << "\" attr.name=\""
        << Escaped{key.name} << "\" attr.type=\"" << key.type << "\"/>\n";
  }
}

void WriteNode(OutputBuffer& out, const ViewNode& shown) {
  const NodeProps& node = *shown.props;
  const NodeStyle& style = StyleOf(node.kind);
  out << "    <node id=\"" << Escaped{node.id} << "\">\n";
  WriteData(out, kLabel, node.label);
  WriteData(out, kNodeKind, NodeKindName(node.kind));
  WriteData(out, kRed, std::to_string(style.r));
  WriteData(out, kGreen, std::to_string(style.g));
  WriteData(out, kBlue, std::to_string(style.b));
  WriteData(out, kSize, FormatDouble(NodeSize(node, shown.paper_count)));
  if (node.kind == NodeKind::kPaper) {
    const PaperFields& paper = node.paper();
    WriteData(out, kArxiv, paper.arxiv);
    WriteData(out, kDates, Join(paper.dates, " "));
    if (paper.votes) WriteData(out, kVotes, std::to_string(*paper.votes));
    WriteData(out, kAuthorsTruncated, paper.authors_truncated ? "true" : "false");
    WriteData(out, kSource, paper.source);
  } else {
    WriteData(out, kPaperCount, std::to_string(shown.paper_count));
  }
  WriteData(out, kAliases, Join(node.aliases, " | "));
  out << "    </node>\n";
}

void WriteEdge(OutputBuffer& out, size_t index, const Graph& g, const ViewEdge& edge) {
  out << "    <edge id=\"e" << index << "\" source=\"" << Escaped{g[edge.from].id} << "\" target=\""
      << Escaped{g[edge.to].id} << "\">\n";
  WriteData(out, kEdgeKind, EdgeKindName(edge.kind));
  WriteData(out, kWeight, FormatDouble(edge.weight));
  if (edge.kind == EdgeKind::kAuthored) {
    WriteData(out, kPosition, std::to_string(edge.position));
  } else if (edge.report) {
    const ScoreReport& report = *edge.report;
    WriteData(out, kValue, FormatDouble(report.value));
    WriteData(out, kValueText, report.value_text);
    WriteData(out, kUnit, report.unit);
    WriteData(out, kPaper, report.paper);
    WriteData(out, kDate, report.date);
    WriteData(out, kEvidence, report.evidence);
    if (edge.summary) {
      WriteData(out, kReports, std::to_string(edge.summary->reports));
      WriteData(out, kPapers, Join(edge.summary->papers, " "));
    }
  }
  out << "    </edge>\n";
}

}  // namespace

Status WriteGraphml(const GraphView& view, std::ostream& stream) {
  const Graph& g = view.graph().graph();
  OutputBuffer out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(out);
  out << "  <graph id=\"papergraph\" edgedefault=\""
      << (view.directed() ? "directed" : "undirected") << "\">\n";
  bool ok = view.ForEachNode([&](const ViewNode& node) {
    WriteNode(out, node);
    return out.Flush();
  });
  size_t index = 0;
  ok = ok && view.ForEachEdge([&](const ViewEdge& edge) {
    WriteEdge(out, index++, g, edge);
    return out.Flush();
  });
  out << "  </graph>\n</graphml>\n";
  if (!out.Finish() || !ok) return Status::IoError("cannot write GraphML: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
