#include "core/graph_views.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>
#include <set>

#include "core/pair_weights.h"

namespace papergraph {
namespace {

// What the date filter keeps, indexed by vertex of the full graph.
struct Selection {
  std::vector<bool> paper_kept;
  std::vector<int> paper_count;                  // recounted over kept papers
  std::vector<std::vector<Vertex>> authors_of;   // per kept paper, distinct authors
};

// A view before it becomes a graph, in vertices of the full graph.
struct Draft {
  struct DraftEdge {
    Vertex from, to;
    EdgeProps props;
  };
  std::vector<bool> keep;
  std::vector<DraftEdge> edges;
  std::map<std::pair<Vertex, Vertex>, ScoreSummary> scores;
};

bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool InRange(const NodeProps& paper, const ViewOptions& o) {
  if (o.from.empty() && o.to.empty()) return true;  // an undated paper too
  return std::any_of(paper.dates.begin(), paper.dates.end(), [&](const std::string& d) {
    return (o.from.empty() || d >= o.from) && (o.to.empty() || d <= o.to);
  });
}

Selection Select(const KnowledgeGraph& graph, const ViewOptions& o) {
  const Graph& g = graph.graph();
  size_t n = graph.num_nodes();
  Selection s{std::vector<bool>(n), std::vector<int>(n), std::vector<std::vector<Vertex>>(n)};
  for (Vertex v = 0; v < n; ++v) {
    s.paper_kept[v] = g[v].kind == NodeKind::kPaper && InRange(g[v], o);
    if (s.paper_kept[v]) s.paper_count[v] = 1;
  }
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    Vertex from = boost::source(e, g), to = boost::target(e, g);
    if (g[e].kind == EdgeKind::kAuthored && s.paper_kept[to]) {
      s.authors_of[to].push_back(from);
      ++s.paper_count[from];
    } else if (g[e].kind == EdgeKind::kMentions && s.paper_kept[from]) {
      ++s.paper_count[to];
    }
  }
  return s;
}

// Coauthor pairs (lower vertex first) and their weights, by the counting rule.
std::vector<std::pair<PairWeights::Pair, double>> CoauthorWeights(const Selection& s,
                                                                  const ViewOptions& o) {
  auto counted = [&](size_t n) {
    return n >= 2 && (o.max_authors <= 0 || n <= static_cast<size_t>(o.max_authors));
  };
  size_t pairs = 0;
  for (const std::vector<Vertex>& authors : s.authors_of) {
    if (counted(authors.size())) pairs += authors.size() * (authors.size() - 1) / 2;
  }
  PairWeights weights;
  weights.Reserve(pairs);
  for (const std::vector<Vertex>& authors : s.authors_of) {
    size_t n = authors.size();
    if (!counted(n)) continue;
    double add = o.counting == Counting::kFractional ? 1.0 / static_cast<double>(n - 1) : 1.0;
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) weights.Add(authors[i], authors[j], add);
    }
  }
  return weights.Sum();
}

// One edge per (model, benchmark) pair: the best report, weight = reports.
void CollapseScores(const KnowledgeGraph& graph, const Selection& s, Draft* draft) {
  const Graph& g = graph.graph();
  std::map<std::pair<Vertex, Vertex>, EdgeProps> best;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].kind != EdgeKind::kScore) continue;
    const ScoreReport& report = g[e].report();
    std::optional<Vertex> paper = graph.Find(report.paper);
    if (!paper || !s.paper_kept[*paper]) continue;
    std::pair<Vertex, Vertex> pair(boost::source(e, g), boost::target(e, g));
    ScoreSummary& summary = draft->scores[pair];
    auto [it, first] = best.emplace(pair, g[e]);
    bool lower = LowerIsBetter(report.unit, g[pair.second].label);
    double kept = it->second.report().value;
    if (!first && (lower ? report.value < kept : report.value > kept)) it->second = g[e];
    ++summary.reports;
    summary.papers.push_back(report.paper);
  }
  for (auto& [pair, edge] : best) {
    ScoreSummary& summary = draft->scores[pair];
    std::sort(summary.papers.begin(), summary.papers.end());
    summary.papers.erase(std::unique(summary.papers.begin(), summary.papers.end()),
                         summary.papers.end());
    edge.weight = summary.reports;
    draft->keep[pair.first] = draft->keep[pair.second] = true;
    draft->edges.push_back({pair.first, pair.second, edge});
  }
}

void AddCoauthorEdges(const Selection& s, const ViewOptions& o, Draft* draft) {
  std::vector<std::pair<PairWeights::Pair, double>> weights = CoauthorWeights(s, o);
  draft->edges.reserve(draft->edges.size() + weights.size());
  for (const auto& [pair, weight] : weights) {
    if (weight < o.min_weight || !draft->keep[pair.first] || !draft->keep[pair.second]) continue;
    EdgeProps e;
    e.kind = EdgeKind::kCoauthor;
    e.weight = weight;
    draft->edges.push_back({pair.first, pair.second, e});
  }
}

Draft MakeDraft(const KnowledgeGraph& graph, const Selection& s, const ViewOptions& o) {
  const Graph& g = graph.graph();
  Draft draft;
  draft.keep.assign(graph.num_nodes(), false);
  if (o.kind == ViewKind::kCoauthor) {
    for (Vertex v = 0; v < graph.num_nodes(); ++v) {
      draft.keep[v] = g[v].kind == NodeKind::kAuthor && s.paper_count[v] > 0 &&
                      s.paper_count[v] >= o.min_papers;
    }
    AddCoauthorEdges(s, o, &draft);
  } else if (o.kind == ViewKind::kResults) {
    CollapseScores(graph, s, &draft);
  } else {
    for (Vertex v = 0; v < graph.num_nodes(); ++v) {
      draft.keep[v] = s.paper_count[v] > 0;
    }
    draft.edges.reserve(graph.num_edges());  // at most as many as the graph has
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
      EdgeKind kind = g[e].kind;
      Vertex from = boost::source(e, g), to = boost::target(e, g);
      Vertex paper = kind == EdgeKind::kAuthored ? to : from;
      if ((kind == EdgeKind::kAuthored || kind == EdgeKind::kMentions ||
           kind == EdgeKind::kProposes) && s.paper_kept[paper]) {
        draft.edges.push_back({from, to, g[e]});
      }
    }
    AddCoauthorEdges(s, o, &draft);
    CollapseScores(graph, s, &draft);
  }
  return draft;
}

std::string AsciiLower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The kept vertex named by id, else by label, else by label ignoring ASCII case.
Status FindCenter(const KnowledgeGraph& graph, const std::vector<bool>& keep,
                  const std::string& name, Vertex* center) {
  const Graph& g = graph.graph();
  std::optional<Vertex> by_id = graph.Find(name);
  if (by_id && keep[*by_id]) {
    *center = *by_id;
    return Status::Ok();
  }
  auto named = [&](Vertex v, bool fold) {
    return fold ? AsciiLower(g[v].label) == AsciiLower(name) : g[v].label == name;
  };
  std::vector<Vertex> matches;
  for (bool fold : {false, true}) {
    for (Vertex v = 0; v < graph.num_nodes(); ++v) {
      if (keep[v] && named(v, fold)) matches.push_back(v);
    }
    if (!matches.empty()) break;
  }
  if (matches.empty()) {
    return Status::InvalidArgument("--around \"" + name + "\" names no node of this view");
  }
  if (matches.size() > 1) {
    std::string ids;
    for (Vertex v : matches) ids += (ids.empty() ? "" : ", ") + g[v].id;
    return Status::InvalidArgument("--around \"" + name + "\" names several nodes (" + ids +
                                   "); give one id");
  }
  *center = matches.front();
  return Status::Ok();
}

// Keeps only the vertices within `depth` draft edges of `center`.
void KeepAround(Vertex center, int depth, Draft* draft) {
  std::vector<std::vector<Vertex>> adjacent(draft->keep.size());
  for (const Draft::DraftEdge& e : draft->edges) {
    adjacent[e.from].push_back(e.to);
    adjacent[e.to].push_back(e.from);
  }
  std::vector<int> distance(draft->keep.size(), -1);
  std::deque<Vertex> queue{center};
  distance[center] = 0;
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] == depth) continue;
    for (Vertex w : adjacent[v]) {
      if (distance[w] < 0 && draft->keep[w]) {
        distance[w] = distance[v] + 1;
        queue.push_back(w);
      }
    }
  }
  for (size_t v = 0; v < draft->keep.size(); ++v) draft->keep[v] = draft->keep[v] && distance[v] >= 0;
}

void Materialize(const KnowledgeGraph& graph, const Selection& s, Draft&& draft, GraphView* view) {
  view->graph.ReserveNodes(static_cast<size_t>(std::count(draft.keep.begin(), draft.keep.end(), true)));
  std::vector<Vertex> to_view(graph.num_nodes());
  for (Vertex v = 0; v < graph.num_nodes(); ++v) {
    if (!draft.keep[v]) continue;
    NodeProps props = graph.node(v);
    props.paper_count = s.paper_count[v];
    to_view[v] = view->graph.AddNode(std::move(props));
  }
  for (Draft::DraftEdge& e : draft.edges) {
    if (!draft.keep[e.from] || !draft.keep[e.to]) continue;
    if (e.props.kind == EdgeKind::kScore) {
      view->scores[{to_view[e.from], to_view[e.to]}] = std::move(draft.scores[{e.from, e.to}]);
    }
    view->graph.AddEdge(to_view[e.from], to_view[e.to], std::move(e.props));
  }
}

}  // namespace

bool ParseViewKind(const std::string& name, ViewKind* kind) {
  static const std::map<std::string, ViewKind> kNames = {
      {"full", ViewKind::kFull}, {"coauthor", ViewKind::kCoauthor}, {"results", ViewKind::kResults}};
  auto it = kNames.find(name);
  if (it == kNames.end()) return false;
  *kind = it->second;
  return true;
}

bool ParseCounting(const std::string& name, Counting* counting) {
  if (name != "full" && name != "fractional") return false;
  *counting = name == "full" ? Counting::kFull : Counting::kFractional;
  return true;
}

bool LowerIsBetter(const std::string& unit, const std::string& benchmark) {
  static const std::set<std::string> kLowerIsBetter = {
      "fid", "fvd", "kid", "lpips", "perplexity", "ppl", "nll", "bpb", "bpc", "loss",
      "error", "err", "wer", "cer", "eer", "mae", "mse", "rmse", "latency", "ece"};
  std::string token;
  for (char c : AsciiLower(unit + " " + benchmark) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token += c;
      continue;
    }
    if (kLowerIsBetter.count(token)) return true;
    token.clear();
  }
  return false;
}

Status DeriveView(const KnowledgeGraph& graph, const ViewOptions& options, GraphView* view) {
  for (const std::string* date : {&options.from, &options.to}) {
    if (!date->empty() && !IsDate(*date)) {
      return Status::InvalidArgument("expected a date YYYY-MM-DD, got \"" + *date + "\"");
    }
  }
  if (!options.from.empty() && !options.to.empty() && options.from > options.to) {
    return Status::InvalidArgument("--from " + options.from + " is after --to " + options.to);
  }
  Selection selection = Select(graph, options);
  Draft draft = MakeDraft(graph, selection, options);
  if (!options.around.empty()) {
    Vertex center;
    Status s = FindCenter(graph, draft.keep, options.around, &center);
    if (!s.ok()) return s;
    KeepAround(center, options.depth, &draft);
  }
  *view = GraphView();
  view->directed = options.kind != ViewKind::kCoauthor;
  Materialize(graph, selection, std::move(draft), view);
  return Status::Ok();
}

}  // namespace papergraph
