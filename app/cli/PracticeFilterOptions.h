#pragma once

#include "cli/ArgumentParser.h"
#include "store/PracticeRepository.h"
#include "util/Result.h"

namespace tend {
class Notebook;
}

namespace tend::cli {

// What `ask list` and `advice list` take: --open, and --contact C (resolved in `notebook`).
Result<PracticeFilter> practiceFilter(const ParsedArguments &arguments, Notebook &notebook);

} // namespace tend::cli
