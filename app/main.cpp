// supplyline: entry point; everything lives in app/cli.cpp so tests can drive it.
#include "app/cli/cli.hpp"

int main(int argc, char** argv) {
    return app::run_cli(argc, argv);
}
