// A small hand-built KnowledgeGraph for the exporter tests: every node and
// edge kind, parallel score edges, and labels full of text that breaks naive
// writers (quotes, backslashes, markup, control bytes, invalid UTF-8, DOT
// keywords, Hangul).
#ifndef PAPERGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_
#define PAPERGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_

#include "core/knowledge_graph.h"

namespace papergraph {
namespace testing_tools {

constexpr char kMarkupTitle[] = "Attention <is> \"all\" & 'you' need\\";
constexpr char kControlTitle[] = "\x01" "bell\x08 \x0c" "form\r\nline \xFF\xFE end\\";
// kControlTitle as a reader gets it back: each forbidden byte or invalid
// sequence is U+FFFD; CR and LF survive.
constexpr char kControlTitleRead[] =
    "\uFFFD" "bell\uFFFD \uFFFD" "form\r\nline \uFFFD\uFFFD end\\";

// Nodes: 2 papers, 3 authors, 1 model, 1 method, 1 benchmark.
// Edges: 3 authored, 1 coauthor, 2 mentions, 1 proposes, 2 score (parallel).
inline KnowledgeGraph HostileGraph() {
  KnowledgeGraph g;
  auto node = [&](const char* id, NodeKind kind, const char* label, int paper_count) {
    NodeProps props;
    props.id = id;
    props.kind = kind;
    props.label = label;
    props.paper_count = paper_count;
    return g.AddNode(std::move(props));
  };
  auto edge = [](EdgeKind kind) {
    EdgeProps props;
    props.kind = kind;
    return props;
  };
  Vertex markup = node("paper:2406.11931", NodeKind::kPaper, kMarkupTitle, 0);
  g.node(markup).mutable_paper().arxiv = "2406.11931";
  g.node(markup).mutable_paper().dates = {"2024-06-17", "2024-06-18"};
  g.node(markup).mutable_paper().votes = 42;
  g.node(markup).mutable_paper().authors_truncated = true;
  g.node(markup).mutable_paper().source = "daily/2024/06/17.md:12";
  g.node(markup).aliases = {"Other <title>", "다른 제목"};
  Vertex control = node("paper:2401.00001", NodeKind::kPaper, kControlTitle, 0);
  g.node(control).mutable_paper().arxiv = "2401.00001";
  g.node(control).mutable_paper().dates = {"2024-01-02"};

  Vertex wu = node("author:Y.2E_Wu", NodeKind::kAuthor, "Y. Wu", 2);
  Vertex keyword = node("author:node", NodeKind::kAuthor, "node", 1);
  Vertex hangul = node("author:김철수", NodeKind::kAuthor, "김철수", 1);
  Vertex model = node("model:GPT-4o", NodeKind::kModel, "GPT-4o", 2);
  g.node(model).aliases = {"gpt4o", "GPT 4o"};
  Vertex method = node("method:edge", NodeKind::kMethod, "edge", 1);
  Vertex bench = node("benchmark:MMLU", NodeKind::kBenchmark, "MMLU", 1);

  EdgeProps props = edge(EdgeKind::kAuthored);
  props.position = 1;
  g.AddEdge(wu, markup, props);
  props.position = 2;
  g.AddEdge(keyword, markup, props);
  props.position = 1;
  g.AddEdge(hangul, control, props);

  props = edge(EdgeKind::kCoauthor);
  props.weight = 2;
  g.AddEdge(wu, keyword, props);

  g.AddEdge(markup, model, edge(EdgeKind::kMentions));
  g.AddEdge(control, bench, edge(EdgeKind::kMentions));
  g.AddEdge(markup, method, edge(EdgeKind::kProposes));

  g.AddScore(model, bench,
             {88.7, "88.7", "%", "paper:2406.11931", "2024-06-17",
              "GPT-4o reaches 88.7% on MMLU \"5-shot\" <b>&</b>\\"});
  // 0.1 + 0.2 is 0.30000000000000004: it needs 17 digits.
  g.AddScore(model, bench, {0.1 + 0.2, "0.3", "pass@1", "paper:2401.00001", "2024-01-02",
                            "line one\nline two"});
  return g;
}

// Two authors and a coauthor edge between them, the first with an id that
// no builder would make: markup, and an encoded surrogate (invalid UTF-8 of
// the same length as its U+FFFD). Every edge must escape it as its node does.
constexpr char kMarkupId[] = "author:a\"<b>&c'\xED\xA0\x80";

inline KnowledgeGraph MarkupIdGraph() {
  KnowledgeGraph g;
  Vertex ends[2];
  const char* ids[2] = {kMarkupId, "author:plain"};
  for (int i = 0; i < 2; ++i) {
    NodeProps props;
    props.id = ids[i];
    props.kind = NodeKind::kAuthor;
    props.label = "x";
    ends[i] = g.AddNode(std::move(props));
  }
  EdgeProps coauthor;
  coauthor.kind = EdgeKind::kCoauthor;
  g.AddEdge(ends[0], ends[1], coauthor);
  g.AddEdge(ends[1], ends[0], coauthor);
  return g;
}

}  // namespace testing_tools
}  // namespace papergraph

#endif  // PAPERGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_
