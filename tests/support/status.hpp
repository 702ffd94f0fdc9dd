// Test helper: what went wrong, as text ("" when it worked), so ASSERT_EQ(failure(...), "") shows
// the error in the test output.
#pragma once

#include "base/result.hpp"

#include <string>

namespace test_support {

inline std::string failure(const base::Status& status) {
    return status.ok() ? "" : status.error().text();
}

} // namespace test_support
