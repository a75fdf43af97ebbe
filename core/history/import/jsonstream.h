// JsonStream: the elements of a JSON array file one at a time (or a file's top-level objects,
// one after another), each parsed with JsonLite as soon as it is complete — a file of any size
// is read holding one chunk and one element.
#pragma once

#include "core/history/import/jsonlite.h"

#include <QByteArray>
#include <QString>

namespace refrain {

class HistoryInput;

class JsonStream {
public:
    // No row of an export comes near it; a bigger element is given up with the rest of the file.
    static constexpr qsizetype kMaxElement = 64 << 20;

    enum class Next {
        Element,   // the JsonLite given holds the next element
        Malformed, // an element that is not JSON was passed over
        End,
        Stopped, // reading can not go on: failure() says why; what came before stands
    };

    explicit JsonStream(HistoryInput &input);

    // The JsonLite's views stay valid until the next call.
    Next next(JsonLite &json);
    QString failure() const { return m_failure; }

private:
    enum class Scan { Found, NeedMore, Broken };
    bool fill();
    Scan skipElement(qsizetype *end) const;
    void skipSpaceAndCommas();
    Next stop(const QString &why);

    HistoryInput &m_input;
    QByteArray m_buffer;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    bool m_ended = false;
    bool m_started = false;
    bool m_inArray = false; // the file is one array (else a sequence of top-level values)
    bool m_done = false;
    QString m_failure;
};

} // namespace refrain
