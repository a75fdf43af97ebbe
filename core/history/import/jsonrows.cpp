#include "core/history/import/jsonrows.h"

#include "core/history/import/historyinput.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/jsonstream.h"
#include "core/history/import/linereader.h"

namespace refrain {

void readJsonArrayRows(HistoryInput &input, ImportContext &context, const JsonRowHandler &handle) {
    JsonStream stream(input);
    JsonLite json;
    while (!context.stopped()) {
        switch (stream.next(json)) {
        case JsonStream::Next::Element:
            handle(json);
            break;
        case JsonStream::Next::Malformed:
            context.skip(ImportContext::Skip::Malformed);
            break;
        case JsonStream::Next::End:
            return;
        case JsonStream::Next::Stopped:
            context.problem(input.displayPath(), stream.failure());
            return;
        }
    }
}

void readJsonLineRows(HistoryInput &input, ImportContext &context, const JsonRowHandler &handle) {
    LineReader lines(input);
    JsonLite json;
    QByteArrayView line;
    while (!context.stopped()) {
        switch (lines.next(&line)) {
        case LineReader::Next::Line: {
            line = line.trimmed();
            if (line.isEmpty())
                break;
            qsizetype used = 0;
            const auto status = json.parse(line.data(), line.data() + line.size(), &used, true);
            if (status == JsonLite::Status::Complete && used == line.size())
                handle(json);
            else
                context.skip(ImportContext::Skip::Malformed);
            break;
        }
        case LineReader::Next::TooLong:
            context.skip(ImportContext::Skip::Malformed);
            break;
        case LineReader::Next::End:
            return;
        case LineReader::Next::Failed:
            context.problem(input.displayPath(), input.errorString());
            return;
        }
    }
}

} // namespace refrain
