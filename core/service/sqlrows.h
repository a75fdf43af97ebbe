// eachRow: runs a prepared query and hands each result row to a function — the loop every
// reader of the mirror tables needs, with the error named after what was being read.
#pragma once

#include "core/library/result.h"
#include "core/library/statement.h"

namespace refrain {

template<typename Row>
Result<void> eachRow(Statement &s, const QString &context, Row row) {
    for (;;) {
        const Statement::Step step = s.step();
        if (step == Statement::Step::Failed) {
            const Error error = s.error(context);
            s.reset();
            return error;
        }
        if (step == Statement::Step::Done) {
            s.reset();
            return {};
        }
        row(s);
    }
}

} // namespace refrain
