#pragma once

// Shared by the fuzz targets: a Qt application object for code that asks for one, and a
// check that aborts (so libFuzzer keeps the input) when an invariant does not hold.
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace dyad::fuzz {

inline void initializeQt(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
}

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace dyad::fuzz

#define FUZZ_CHECK(condition)                                                                    \
    do {                                                                                         \
        if (!(condition))                                                                        \
            dyad::fuzz::fail(#condition);                                                        \
    } while (false)
