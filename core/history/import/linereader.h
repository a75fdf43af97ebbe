// LineReader: the lines of a text input one at a time — LF or CRLF, a UTF-8 byte order mark
// dropped — holding only one chunk in memory however big the file.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace refrain {

class HistoryInput;

class LineReader {
public:
    // A longer line is no row of any export; it is skipped rather than held.
    static constexpr qsizetype kMaxLine = 16 << 20;

    enum class Next {
        Line,    // *line holds the next line, without its line break
        TooLong, // a line longer than kMaxLine was passed over
        End,
        Failed, // the input could not be read on (its errorString() says why)
    };

    explicit LineReader(HistoryInput &input);

    // The view stays valid until the next call.
    Next next(QByteArrayView *line);

private:
    bool fill();

    HistoryInput &m_input;
    QByteArray m_buffer;
    qsizetype m_begin = 0;   // start of the unread part
    qsizetype m_end = 0;     // end of the bytes read
    qsizetype m_scanned = 0; // m_begin..m_scanned holds no line break
    bool m_ended = false;
    bool m_failed = false;
    bool m_first = true;
};

} // namespace refrain
