#include "bench/micro/digest_renderings.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace papergraph {
namespace {

// A table cell: one line, '|' escaped.
std::string Cell(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n') {
      out += ' ';
    } else if (c == '|') {
      out += "\\|";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string RenderTableDigest(const std::vector<PaperRecord>& records) {
  std::string out;
  std::string date = "none";
  for (const PaperRecord& r : records) {
    if (r.date != date) {
      date = r.date;
      out += "\n## Papers for " + date + "\n\n| Title | Authors | Summary |\n|---|---|---|\n";
    }
    std::string authors;
    for (const std::string& a : r.authors) authors += (authors.empty() ? "" : ", ") + a;
    out += "| " + Cell(r.title) + " (Read more on [arXiv](https://arxiv.org/abs/" + r.arxiv +
           ") or [HuggingFace](https://huggingface.co/papers/" + r.arxiv + "))| " + Cell(authors) +
           " | " + Cell(r.SummaryText()) + " |\n";
  }
  return out;
}

std::string RenderJsonDigest(const std::vector<PaperRecord>& records) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartArray();
  for (const PaperRecord& r : records) {
    json.StartObject();
    json.Key("paper");
    json.StartObject();
    json.Key("id");
    json.String(r.arxiv.c_str());
    json.Key("title");
    json.String(r.title.c_str());
    json.Key("summary");
    json.String(r.SummaryText().c_str());
    json.Key("authors");
    json.StartArray();
    for (const std::string& a : r.authors) {
      json.StartObject();
      json.Key("name");
      json.String(a.c_str());
      json.EndObject();
    }
    json.EndArray();
    json.Key("upvotes");
    json.Int(r.votes.value_or(0));
    json.EndObject();
    json.Key("publishedAt");
    json.String((r.date + "T00:00:00.000Z").c_str());
    json.EndObject();
  }
  json.EndArray();
  return buffer.GetString();
}

}  // namespace papergraph
