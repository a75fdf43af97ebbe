#include "core/history/import/linereader.h"

#include "core/history/import/historyinput.h"

#include <cstring>

namespace refrain {

LineReader::LineReader(HistoryInput &input)
    : m_input(input) {}

// Reads another chunk behind what is unread; false at the end of the input.
bool LineReader::fill() {
    if (m_ended)
        return false;
    if (m_begin > 0) {
        const qsizetype unread = m_end - m_begin;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(unread));
        m_scanned -= m_begin;
        m_end = unread;
        m_begin = 0;
    }
    if (m_buffer.size() < m_end + HistoryInput::kChunkBytes)
        m_buffer.resize(m_end + HistoryInput::kChunkBytes);
    const qint64 got = m_input.read(m_buffer.data() + m_end, HistoryInput::kChunkBytes);
    if (got <= 0) {
        m_ended = true;
        m_failed = got < 0;
        return false;
    }
    m_end += got;
    if (m_first) {
        m_first = false;
        if (m_end >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_begin = m_scanned = 3;
    }
    return true;
}

LineReader::Next LineReader::next(QByteArrayView *line) {
    bool tooLong = false;
    for (;;) {
        const char *base = m_buffer.constData();
        const void *found = m_scanned < m_end
                                ? std::memchr(base + m_scanned, '\n', size_t(m_end - m_scanned))
                                : nullptr;
        if (found) {
            const qsizetype at = static_cast<const char *>(found) - base;
            qsizetype stop = at;
            if (stop > m_begin && base[stop - 1] == '\r')
                --stop;
            const qsizetype start = m_begin;
            m_begin = m_scanned = at + 1;
            if (tooLong)
                return Next::TooLong;
            *line = QByteArrayView(base + start, stop - start);
            return Next::Line;
        }
        m_scanned = m_end;
        if (m_end - m_begin > kMaxLine) { // drop what is held; keep looking for the line's end
            tooLong = true;
            m_begin = m_scanned = m_end;
        }
        if (!fill()) {
            if (m_failed)
                return Next::Failed;
            if (tooLong)
                return Next::TooLong;
            if (m_begin == m_end)
                return Next::End;
            // The last line, without a line break.
            const char *b = m_buffer.constData();
            qsizetype stop = m_end;
            if (stop > m_begin && b[stop - 1] == '\r')
                --stop;
            *line = QByteArrayView(b + m_begin, stop - m_begin);
            m_begin = m_scanned = m_end;
            return Next::Line;
        }
    }
}

} // namespace refrain
