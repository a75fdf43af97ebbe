// jsonrows: the loops every JSON-based format shares — over a JSON array's elements or over the
// lines of a JSONL file — counting what can not be parsed as malformed and reading on.
#pragma once

#include "core/history/import/jsonlite.h"

#include <functional>

namespace refrain {

class HistoryInput;
class ImportContext;

// Handles one parsed row (its root is json.root()).
using JsonRowHandler = std::function<void(const JsonLite &json)>;

// Elements of a JSON array file (or a file of top-level objects), until the end or the sink
// stops. Problems (cut short, unreadable) go to the context's summary.
void readJsonArrayRows(HistoryInput &input, ImportContext &context, const JsonRowHandler &handle);

// One JSON value per line (blank lines ignored).
void readJsonLineRows(HistoryInput &input, ImportContext &context, const JsonRowHandler &handle);

} // namespace refrain
