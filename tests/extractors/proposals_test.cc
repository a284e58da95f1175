#include "extractors/proposals.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/extractors/test_lexicon.h"

namespace papergraph {
namespace {

using Strings = std::vector<std::string>;

// Known names, generic words and cue words each test relies on.
const Lexicon& TestLexicon() {
  static const Lexicon lexicon = LexiconFromTsv(
        "model\tGPT-4o\n"
        "model\tSAM\tSegment Anything\n"
        "method\tDPO\n"
        "benchmark\tMMLU\n"
        "generic\tLLM\tLLMs|Large Language Models|Position|Survey|Agents|Models\n"
        "benchmark-cue\t벤치마크\t데이터셋|benchmark|dataset\n"
        "method-cue\t방법\t기법|프레임워크|method|attack|framework\n"
        "model-cue\t모델\t에이전트|model|agent\n");
  return lexicon;
}

PaperRecord Paper(std::string title, std::vector<std::string> bullets) {
  PaperRecord paper;
  paper.title = std::move(title);
  for (std::string& text : bullets) paper.sections.push_back({"", std::move(text), 0});
  return paper;
}

// "kind:canonical" for each proposal.
Strings Proposed(const PaperRecord& paper) {
  Strings out;
  for (const Mention& m :
       FindProposals(paper, TestLexicon(), FindMarkedNames(paper, TestLexicon()))) {
    out.push_back(std::string(EntityKindName(m.kind)) + ":" + m.canonical);
  }
  return out;
}

TEST(ProposalsTest, TitlePrefixIsProposedWithTheKindTheSummaryGives) {
  EXPECT_EQ(Proposed(Paper("TroL: Traversal of Layers", {"TroL은 새로운 효율적 모델 패밀리입니다."})),
            Strings{"model:TroL"});
  EXPECT_EQ(Proposed(Paper("VoCo: Vision Compression", {"우리는 VoCo라는 첫 번째 압축 방법을 제안합니다."})),
            Strings{"method:VoCo"});
  EXPECT_EQ(Proposed(Paper("VisDiffBench: Differences in Image Sets", {})),
            Strings{"benchmark:VisDiffBench"});
  EXPECT_EQ(Proposed(Paper("GPT4Point: Point-Language Understanding", {})),
            Strings{"model:GPT4Point"});
  EXPECT_EQ(Proposed(Paper("Immiscible Diffusion: Faster Training", {})),
            Strings{"method:Immiscible Diffusion"});
}

TEST(ProposalsTest, KindIsTheCueThatHeadsTheSentenceDefiningTheName) {
  // No cue within reach of the name; the predicate "새로운 벤치마크로," says.
  EXPECT_EQ(Proposed(Paper("HackStar: Evaluating Correctness of Large Language Models",
                           {"HackStar는 다중 파일 기반의 실제 프로젝트 문제를 다루는 새로운 "
                            "벤치마크로, 대규모 언어 모델(LLMs)의 정확성을 평가합니다."})),
            Strings{"benchmark:HackStar"});
  // The head of the predicate, not the first cue after the name.
  EXPECT_EQ(Proposed(Paper("Zorro: Probing Reasoning",
                           {"Zorro는 모델의 추론 능력을 평가하는 새로운 벤치마크입니다."})),
            Strings{"benchmark:Zorro"});
  EXPECT_EQ(Proposed(Paper("Zorro: Merging Experts",
                           {"Zorro는 모델 병합을 위한 새로운 방법으로, 비용을 줄입니다."})),
            Strings{"method:Zorro"});
  EXPECT_EQ(Proposed(Paper("Zorro: Cheap Adaptation",
                           {"Zorro is a model-free tuning method for small devices."})),
            Strings{"method:Zorro"});
  EXPECT_EQ(Proposed(Paper("Zorro: Hard Prompts", {"We release Zorro, a benchmark of hard prompts."})),
            Strings{"benchmark:Zorro"});
}

TEST(ProposalsTest, AnAgentFrameworkIsAModelAFrameworkForAgentsAMethod) {
  EXPECT_EQ(Proposed(Paper("Zeta: Agile Coding",
                           {"Zeta는 소프트웨어 개발을 위한 다중 에이전트 프레임워크입니다."})),
            Strings{"model:Zeta"});
  EXPECT_EQ(Proposed(Paper("Zeta: Agile Coding", {"Zeta is a multi-agent framework for coding."})),
            Strings{"model:Zeta"});
  EXPECT_EQ(Proposed(Paper("Zeta: Learning by Interaction",
                           {"Zeta는 에이전트를 위한 데이터 중심 프레임워크입니다."})),
            Strings{"method:Zeta"});
}

TEST(ProposalsTest, KnownTitlePrefixTakesTheLexiconEntry) {
  PaperRecord paper = Paper("Segment Anything: a promptable model", {});
  std::vector<Mention> p = FindProposals(paper, TestLexicon(), {});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].canonical, "SAM");
  EXPECT_EQ(p[0].surface, "Segment Anything");
  EXPECT_EQ(p[0].kind, EntityKind::kModel);
}

TEST(ProposalsTest, PhrasesBeforeAColonAreNotProposed) {
  for (const char* title :
       {"Rethinking Attention: A Study", "Position: Agents Need Memory",
        "Large Language Models: A Survey", "Learning to act: policies",
        "One Two Three Four Five: Too Long", "LLMs: What They Know",
        "Tokenization Falling Short: The Curse", "Super(ficial)-alignment: Deceiving"}) {
    EXPECT_TRUE(Proposed(Paper(title, {})).empty()) << title;
  }
}

TEST(ProposalsTest, NamesTheSummaryIntroducesAreProposed) {
  EXPECT_EQ(Proposed(Paper("Better preference learning",
                           {"우리는 MoSLoRA를 제안합니다. 기존 DPO를 도입하고 LLM을 제안합니다. "
                            "Reflective라는 방법을 소개합니다."})),
            Strings{"method:MoSLoRA"});
  EXPECT_EQ(Proposed(Paper("Probing knowledge", {"In this paper we introduce FooBench, a new "
                                                 "benchmark for agents."})),
            Strings{"benchmark:FooBench"});
}

TEST(ProposalsTest, MarkedNamesInIntroducingClausesAreProposed) {
  EXPECT_EQ(Proposed(Paper("Safety evaluation",
                           {"새로운 벤치마크인 'HarmEval'을 통해 평가합니다."})),
            Strings{"benchmark:HarmEval"});
  EXPECT_EQ(Proposed(Paper("Merging models", {"Activation-Informed Merging (AIM) 방법을 소개합니다."})),
            Strings{"method:AIM"});
  // Closing quotes, an expansion and a cue word before the particle; "라는 새로운".
  EXPECT_EQ(Proposed(Paper("Safety", {"벤치마크인 ‘HarmEval’ (Harm Evaluation) 벤치마크를 공개합니다."})),
            Strings{"benchmark:HarmEval"});
  EXPECT_EQ(Proposed(Paper("Data", {"NoIntentEdit 데이터셋은 크고, NoIntentEdit라는 새로운 데이터셋입니다."})),
            Strings{"benchmark:NoIntentEdit"});
  // Named near an introducing verb, but not what is introduced.
  EXPECT_TRUE(Proposed(Paper("Depth", {"Matterport3D와 Stanford2D3D 같은 벤치마크에서 제안된 "
                                       "방법을 검증했습니다. 지수 이동 평균(EMA) 파라미터를 "
                                       "설정하는 방법을 제시하였습니다."}))
                  .empty());
}

TEST(ProposalsTest, ANameThatOpensTwoSentencesIsProposed) {
  EXPECT_EQ(Proposed(Paper("Boosting multimodal reasoning",
                           {"AStar는 MCTS 기반의 구조를 활용합니다.", "AStar는 7B 백본으로 우수합니다."})),
            Strings{"method:AStar"});
  EXPECT_TRUE(Proposed(Paper("Boosting multimodal reasoning",
                             {"AStar는 MCTS 기반의 구조를 활용합니다.", "GPT-4o는 강합니다."}))
                  .empty());
  // Quoted, after a line end, with a version, before an English verb.
  EXPECT_EQ(Proposed(Paper("Planning", {"'AStar v2' achieves more.\n  \"AStar v2\"가 빠릅니다. "
                                        "AStar v2   uses less memory."})),
            Strings{"method:AStar v2"});
}

}  // namespace
}  // namespace papergraph
