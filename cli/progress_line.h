// A progress line on stderr while many files are read ("papergraph: reading
// 120/252 files"), redrawn in place with '\r' and erased when the last file is
// done. Only for a terminal: logs and pipes never see it.
#ifndef PAPERGRAPH_CLI_PROGRESS_LINE_H_
#define PAPERGRAPH_CLI_PROGRESS_LINE_H_

#include <functional>

namespace papergraph {

// True when stderr is a terminal.
bool StderrIsTerminal();

// A callback for PipelineOptions::progress that draws the line; redraws at
// most every 100 ms, and erases it after the last file.
std::function<void(int, int)> MakeProgressLine();

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_PROGRESS_LINE_H_
