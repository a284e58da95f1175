#include "core/graph_views.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>
#include <set>

#include "core/pair_weights.h"

namespace papergraph {
namespace {

bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool InRange(const NodeProps& paper, const ViewOptions& o) {
  if (o.from.empty() && o.to.empty()) return true;  // an undated paper too
  const std::vector<std::string>& dates = paper.paper().dates;
  return std::any_of(dates.begin(), dates.end(), [&](const std::string& d) {
    return (o.from.empty() || d >= o.from) && (o.to.empty() || d <= o.to);
  });
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

}  // namespace

// Fills a GraphView by the rules of graph_views.h, in vertices of the graph.
class ViewDeriver {
 public:
  ViewDeriver(const KnowledgeGraph& graph, const ViewOptions& options, GraphView* view)
      : graph_(graph), g_(graph.graph()), o_(options), view_(view) {}

  Status Run() {
    *view_ = GraphView();
    view_->graph_ = &graph_;
    view_->directed_ = o_.kind != ViewKind::kCoauthor;
    Select();
    std::vector<bool>& keep = view_->keep_;
    keep.assign(graph_.num_nodes(), false);
    for (Vertex v = 0; v < graph_.num_nodes(); ++v) {
      if (o_.kind == ViewKind::kCoauthor) {
        keep[v] = g_[v].kind == NodeKind::kAuthor && view_->paper_count_[v] > 0 &&
                  view_->paper_count_[v] >= o_.min_papers;
      } else if (o_.kind == ViewKind::kFull) {
        keep[v] = view_->paper_count_[v] > 0;
      }
    }
    if (o_.kind == ViewKind::kFull) {
      for (EdgeKind kind : {EdgeKind::kAuthored, EdgeKind::kMentions, EdgeKind::kProposes}) {
        view_->graph_kinds_[static_cast<int>(kind)] = true;
      }
    }
    if (o_.kind != ViewKind::kResults) AddCoauthorEdges();
    if (o_.kind != ViewKind::kCoauthor) CollapseScores();
    std::stable_sort(view_->own_.begin(), view_->own_.end(),
                     [](const GraphView::OwnEdge& a, const GraphView::OwnEdge& b) {
                       return a.from < b.from;
                     });
    if (!o_.around.empty()) {
      Vertex center = 0;
      Status s = FindCenter(graph_, keep, o_.around, &center);
      if (!s.ok()) return s;
      KeepAround(center);
    }
    view_->num_nodes_ = static_cast<size_t>(std::count(keep.begin(), keep.end(), true));
    return Status::Ok();
  }

 private:
  // Which papers the dates keep, and paper_count recounted over them: for an
  // author its papers, for an entity the papers that mention it.
  void Select() {
    size_t n = graph_.num_nodes();
    view_->paper_kept_.assign(n, false);
    view_->paper_count_.assign(n, 0);
    every_paper_kept_ = true;
    for (Vertex v = 0; v < n; ++v) {
      if (g_[v].kind != NodeKind::kPaper) continue;
      bool kept = InRange(g_[v], o_);
      view_->paper_kept_[v] = kept;
      view_->paper_count_[v] = kept ? 1 : 0;
      every_paper_kept_ = every_paper_kept_ && kept;
    }
    for (Edge e : boost::make_iterator_range(boost::edges(g_))) {
      Vertex from = boost::source(e, g_), to = boost::target(e, g_);
      if (g_[e].kind == EdgeKind::kAuthored && view_->paper_kept_[to]) {
        ++view_->paper_count_[from];
      } else if (g_[e].kind == EdgeKind::kMentions && view_->paper_kept_[from]) {
        ++view_->paper_count_[to];
      }
    }
  }

  // The graph's coauthor edges when it counted them as the options ask,
  // else coauthor edges counted here.
  void AddCoauthorEdges() {
    int cut = o_.max_authors > 0 ? o_.max_authors : 0;
    if (every_paper_kept_ && o_.counting == Counting::kFull && graph_.coauthor_cut() == cut) {
      view_->graph_kinds_[static_cast<int>(EdgeKind::kCoauthor)] = true;
      view_->min_coauthor_weight_ = o_.min_weight;
      return;
    }
    std::vector<std::pair<PairWeights::Pair, double>> weights = CoauthorWeights();
    view_->own_.reserve(view_->own_.size() + weights.size());
    for (const auto& [pair, weight] : weights) {
      if (weight < o_.min_weight) continue;
      view_->own_.push_back({pair.first, pair.second, EdgeKind::kCoauthor, weight});
    }
  }

  // Coauthor pairs (lower vertex first) of the kept papers and their weights,
  // by the counting rule.
  std::vector<std::pair<PairWeights::Pair, double>> CoauthorWeights() const {
    std::vector<std::vector<Vertex>> authors_of(graph_.num_nodes());  // per kept paper
    for (Edge e : boost::make_iterator_range(boost::edges(g_))) {
      Vertex to = boost::target(e, g_);
      if (g_[e].kind == EdgeKind::kAuthored && view_->paper_kept_[to]) {
        authors_of[to].push_back(boost::source(e, g_));
      }
    }
    auto counted = [&](size_t n) {
      return n >= 2 && (o_.max_authors <= 0 || n <= static_cast<size_t>(o_.max_authors));
    };
    size_t pairs = 0;
    for (const std::vector<Vertex>& authors : authors_of) {
      if (counted(authors.size())) pairs += authors.size() * (authors.size() - 1) / 2;
    }
    PairWeights weights;
    weights.Reserve(pairs);
    for (const std::vector<Vertex>& authors : authors_of) {
      size_t n = authors.size();
      if (!counted(n)) continue;
      double add = o_.counting == Counting::kFractional ? 1.0 / static_cast<double>(n - 1) : 1.0;
      for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) weights.Add(authors[i], authors[j], add);
      }
    }
    return weights.Sum();
  }

  // One edge per (model, benchmark) pair: the best report, weight = reports.
  void CollapseScores() {
    std::map<std::pair<Vertex, Vertex>, const EdgeProps*> best;
    for (Edge e : boost::make_iterator_range(boost::edges(g_))) {
      if (g_[e].kind != EdgeKind::kScore) continue;
      const ScoreReport& report = g_[e].report();
      std::optional<Vertex> paper = graph_.Find(report.paper);
      if (!paper || !view_->paper_kept_[*paper]) continue;
      std::pair<Vertex, Vertex> pair(boost::source(e, g_), boost::target(e, g_));
      ScoreSummary& summary = view_->scores_[pair];
      auto [it, first] = best.emplace(pair, &g_[e]);
      bool lower = LowerIsBetter(report.unit, g_[pair.second].label);
      double kept = it->second->report().value;
      if (!first && (lower ? report.value < kept : report.value > kept)) it->second = &g_[e];
      ++summary.reports;
      summary.papers.push_back(report.paper);
    }
    for (auto& [pair, edge] : best) {
      ScoreSummary& summary = view_->scores_[pair];
      std::sort(summary.papers.begin(), summary.papers.end());
      summary.papers.erase(std::unique(summary.papers.begin(), summary.papers.end()),
                           summary.papers.end());
      view_->keep_[pair.first] = view_->keep_[pair.second] = true;
      view_->own_.push_back({pair.first, pair.second, EdgeKind::kScore,
                             static_cast<double>(summary.reports), edge, &summary});
    }
  }

  // Keeps only the nodes within `depth` edges of `center`, either direction.
  void KeepAround(Vertex center) {
    std::vector<bool>& keep = view_->keep_;
    std::vector<std::vector<Vertex>> adjacent(keep.size());
    view_->VisitEdges(keep, [&](const ViewEdge& e) {
      adjacent[e.from].push_back(e.to);
      adjacent[e.to].push_back(e.from);
      return true;
    });
    std::vector<int> distance(keep.size(), -1);
    std::deque<Vertex> queue{center};
    distance[center] = 0;
    while (!queue.empty()) {
      Vertex v = queue.front();
      queue.pop_front();
      if (distance[v] == o_.depth) continue;
      for (Vertex w : adjacent[v]) {
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue.push_back(w);
        }
      }
    }
    for (size_t v = 0; v < keep.size(); ++v) keep[v] = keep[v] && distance[v] >= 0;
  }

  const KnowledgeGraph& graph_;
  const Graph& g_;
  const ViewOptions& o_;
  GraphView* view_;
  bool every_paper_kept_ = true;
};

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
  return ViewDeriver(graph, options, view).Run();
}

}  // namespace papergraph
