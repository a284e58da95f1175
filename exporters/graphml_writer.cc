#include "exporters/graphml_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/node_style.h"
#include "exporters/output_buffer.h"
#include "exporters/written_ids.h"
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

// Writes `text` escaped and returns what it wrote (valid until the next write).
std::string_view WriteEscaped(OutputBuffer& out, std::string_view text) {
  char* begin = out.Room(XmlEscapedMaxSize(text.size()));
  char* end = WriteXmlEscaped(text, begin);
  out.Commit(end);
  return std::string_view(begin, static_cast<size_t>(end - begin));
}

OutputBuffer& operator<<(OutputBuffer& out, Escaped e) {
  WriteEscaped(out, e.text);
  return out;
}

// A number as text in xs:int or xs:double's lexical form, made on the stack.
class Number {
 public:
  explicit Number(int n) { end_ = std::to_chars(text_, text_ + sizeof text_, n).ptr; }
  // The shortest text that reads back as `value`.
  explicit Number(double value) {
    if (value >= -kMaxShortInt && value <= kMaxShortInt && value == static_cast<int>(value) &&
        !(value == 0 && std::signbit(value))) {
      // Most weights: an integer of at most five digits reads the same
      // either way (for more, the shortest can be 1e+05), and the double's
      // way costs ten times more.
      end_ = std::to_chars(text_, text_ + sizeof text_, static_cast<int>(value)).ptr;
    } else if (std::isnan(value)) {
      end_ = Copy("NaN");
    } else if (std::isinf(value)) {
      end_ = Copy(value > 0 ? "INF" : "-INF");
    } else {
      end_ = std::to_chars(text_, text_ + sizeof text_, value).ptr;
    }
  }
  std::string_view text() const { return std::string_view(text_, static_cast<size_t>(end_ - text_)); }

 private:
  static constexpr double kMaxShortInt = 99999;

  char* Copy(std::string_view word) { return std::copy(word.begin(), word.end(), text_); }

  char text_[32];
  char* end_;
};

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// "      <data key=\"ID\">" of every key, its id escaped once. Fetched once
// per file and handed down: a function-local static checks its guard at
// every call.
using DataTagArray = std::array<std::string, kNumKeys>;
const DataTagArray& DataTags() {
  static const std::array<std::string, kNumKeys> tags = [] {
    std::array<std::string, kNumKeys> made;
    for (int key = 0; key < kNumKeys; ++key) {
      made[key] = "      <data key=\"" + XmlEscape(kKeys[key].id) + "\">";
    }
    return made;
  }();
  return tags;
}

// Writes one <data> element; empty text is left out (see the header).
void WriteData(OutputBuffer& out, const DataTagArray& tags, KeyIndex key, std::string_view text) {
  if (text.empty()) return;
  out << tags[key] << Escaped{text} << "</data>\n";
}

// The <data> element of a number, whose text (digits, '-', '.', 'e', NaN,
// INF) has nothing to escape.
void WriteNumber(OutputBuffer& out, const DataTagArray& tags, KeyIndex key, const Number& number) {
  out << tags[key] << number.text() << "</data>\n";
}

// The <data> elements that all nodes of a kind, or all edges of a kind, have
// alike, made once: a node's kind and colour, an edge's kind.
struct KindData {
  std::array<std::string, kNodeKinds> node;
  std::array<std::string, kEdgeKinds> edge;
};

const KindData& Kinds() {
  static const KindData kinds = [] {
    auto element = [](KeyIndex key, std::string_view text) {
      return DataTags()[key] + XmlEscape(text) + "</data>\n";
    };
    KindData made;
    for (int k = 0; k < kNodeKinds; ++k) {
      const NodeStyle& style = StyleOf(static_cast<NodeKind>(k));
      made.node[k] = element(kNodeKind, NodeKindName(static_cast<NodeKind>(k))) +
                     element(kRed, Number(style.r).text()) +
                     element(kGreen, Number(style.g).text()) + element(kBlue, Number(style.b).text());
    }
    for (int k = 0; k < kEdgeKinds; ++k) {
      made.edge[k] = element(kEdgeKind, EdgeKindName(static_cast<EdgeKind>(k)));
    }
    return made;
  }();
  return kinds;
}

void WriteKeys(OutputBuffer& out) {
  for (const Key& key : kKeys) {
    out << "  <key id=\"" << Escaped{key.id} << "\" for=\"" << key.domain << "\" attr.name=\""
        << Escaped{key.name} << "\" attr.type=\"" << key.type << "\"/>\n";
  }
}

void WriteNode(OutputBuffer& out, const DataTagArray& tags, const ViewNode& shown,
               WrittenIds& ids) {
  const NodeProps& node = *shown.props;
  out << "    <node id=\"";
  ids.Keep(shown.vertex, WriteEscaped(out, node.id));
  out << "\">\n";
  WriteData(out, tags, kLabel, node.label);
  out << Kinds().node[static_cast<int>(node.kind)];
  WriteNumber(out, tags, kSize, Number(NodeSize(node, shown.paper_count)));
  if (node.kind == NodeKind::kPaper) {
    const PaperFields& paper = node.paper();
    WriteData(out, tags, kArxiv, paper.arxiv);
    WriteData(out, tags, kDates, Join(paper.dates, " "));
    if (paper.votes) WriteNumber(out, tags, kVotes, Number(*paper.votes));
    WriteData(out, tags, kAuthorsTruncated, paper.authors_truncated ? "true" : "false");
    WriteData(out, tags, kSource, paper.source);
  } else {
    WriteNumber(out, tags, kPaperCount, Number(shown.paper_count));
  }
  WriteData(out, tags, kAliases, Join(node.aliases, " | "));
  out << "    </node>\n";
}

void WriteEdge(OutputBuffer& out, const DataTagArray& tags, size_t index, const Graph& g,
               const WrittenIds& ids, const ViewEdge& edge) {
  out << "    <edge id=\"e" << index << "\" source=\"";
  ids.Write<Escaped>(out, g, edge.from);
  out << "\" target=\"";
  ids.Write<Escaped>(out, g, edge.to);
  out << "\">\n";
  out << Kinds().edge[static_cast<int>(edge.kind)];
  WriteNumber(out, tags, kWeight, Number(edge.weight));
  if (edge.kind == EdgeKind::kAuthored) {
    WriteNumber(out, tags, kPosition, Number(edge.position));
  } else if (edge.report) {
    const ScoreReport& report = *edge.report;
    WriteNumber(out, tags, kValue, Number(report.value));
    WriteData(out, tags, kValueText, report.value_text);
    WriteData(out, tags, kUnit, report.unit);
    WriteData(out, tags, kPaper, report.paper);
    WriteData(out, tags, kDate, report.date);
    WriteData(out, tags, kEvidence, report.evidence);
    if (edge.summary) {
      WriteNumber(out, tags, kReports, Number(edge.summary->reports));
      WriteData(out, tags, kPapers, Join(edge.summary->papers, " "));
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
  WrittenIds ids(view.graph().num_nodes());
  const DataTagArray& tags = DataTags();
  bool ok = view.ForEachNode([&](const ViewNode& node) {
    WriteNode(out, tags, node, ids);
    return out.Flush();
  });
  size_t index = 0;
  ok = ok && view.ForEachEdge([&](const ViewEdge& edge) {
    WriteEdge(out, tags, index++, g, ids, edge);
    return out.Flush();
  });
  out << "  </graph>\n</graphml>\n";
  if (!out.Finish() || !ok) return Status::IoError("cannot write GraphML: the output stream failed");
  return Status::Ok();
}

}  // namespace papergraph
