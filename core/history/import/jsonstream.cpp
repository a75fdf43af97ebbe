#include "core/history/import/jsonstream.h"

#include "core/history/import/historyinput.h"

#include <cstring>

namespace refrain {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonStream::JsonStream(HistoryInput &input)
    : m_input(input) {}

// Reads more behind the unread part, asking for as much as is held so that an element spanning
// many chunks is re-parsed a logarithmic number of times, not once per chunk.
bool JsonStream::fill() {
    if (m_ended)
        return false;
    const qsizetype unread = m_end - m_begin;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(unread));
        m_begin = 0;
        m_end = unread;
    }
    // Never more than one element's cap (and a chunk) is held.
    const qint64 want = std::min<qint64>(std::max<qint64>(HistoryInput::kChunkBytes, unread),
                                         kMaxElement + HistoryInput::kChunkBytes - unread);
    if (want <= 0)
        return false;
    if (m_buffer.size() < m_end + want)
        m_buffer.resize(m_end + want);
    const qint64 got = m_input.read(m_buffer.data() + m_end, want);
    if (got <= 0) {
        m_ended = true;
        return false;
    }
    m_end += got;
    return true;
}

void JsonStream::skipSpaceAndCommas() {
    const char *b = m_buffer.constData();
    while (m_begin < m_end && (isSpace(b[m_begin]) || (m_inArray && b[m_begin] == ',')))
        ++m_begin;
}

// Where an element that JsonLite refused ends: brackets and strings balanced, nothing else
// checked. An element that starts with no bracket ends at the next comma or bracket.
JsonStream::Scan JsonStream::skipElement(qsizetype *end) const {
    const char *b = m_buffer.constData();
    qsizetype i = m_begin;
    qint64 depth = 0;
    while (i < m_end) {
        const char c = b[i];
        if (c == '"') {
            ++i;
            while (i < m_end && b[i] != '"')
                i += b[i] == '\\' ? 2 : 1;
            if (i >= m_end)
                return Scan::NeedMore;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                // A closing bracket with nothing open: the end of the array (or stray).
                *end = i;
                return i > m_begin ? Scan::Found : Scan::Broken;
            }
            if (--depth == 0) {
                *end = i + 1;
                return Scan::Found;
            }
        } else if (c == ',' && depth == 0) {
            *end = i;
            return i > m_begin ? Scan::Found : Scan::Broken;
        }
        ++i;
    }
    return Scan::NeedMore;
}

JsonStream::Next JsonStream::stop(const QString &why) {
    m_done = true;
    m_failure = m_input.failed() ? m_input.errorString() : why;
    return Next::Stopped;
}

JsonStream::Next JsonStream::next(JsonLite &json) {
    if (m_done)
        return Next::End;
    if (!m_started) {
        while (m_end - m_begin < 4 && fill()) {
        }
        if (m_end - m_begin >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_begin += 3;
        for (;;) {
            skipSpaceAndCommas();
            if (m_begin < m_end || !fill())
                break;
        }
        if (m_begin < m_end && m_buffer[m_begin] == '[') {
            m_inArray = true;
            ++m_begin;
        }
        m_started = true;
    }
    for (;;) {
        skipSpaceAndCommas();
        if (m_begin == m_end) {
            if (fill())
                continue;
            if (m_input.failed())
                return stop(m_input.errorString());
            m_done = true;
            if (m_inArray)
                return stop(QStringLiteral("ends before its list is closed (cut short?); what "
                                           "came before was read"));
            return Next::End;
        }
        if (m_inArray && m_buffer[m_begin] == ']') {
            m_done = true; // anything after the array is not ours to read
            return Next::End;
        }
        const char *b = m_buffer.constData();
        qsizetype used = 0;
        const auto status = json.parse(b + m_begin, b + m_end, &used, m_ended);
        if (status == JsonLite::Status::Complete) {
            m_begin += used;
            return Next::Element;
        }
        if (status == JsonLite::Status::Incomplete) {
            if (m_end - m_begin > kMaxElement)
                return stop(QStringLiteral("holds an entry larger than %1 MiB; the rest was not "
                                           "read")
                                .arg(kMaxElement >> 20));
            if (fill())
                continue;
            if (m_input.failed())
                return stop(m_input.errorString());
            return stop(QStringLiteral("ends in the middle of an entry (cut short?); what came "
                                       "before was read"));
        }
        qsizetype end = 0;
        for (;;) {
            const Scan scan = skipElement(&end);
            if (scan == Scan::Found) {
                m_begin = end;
                return Next::Malformed;
            }
            if (scan == Scan::Broken)
                return stop(QStringLiteral("is damaged past reading from here on; what came "
                                           "before was read"));
            if (m_end - m_begin > kMaxElement)
                return stop(QStringLiteral("holds an entry larger than %1 MiB; the rest was not "
                                           "read")
                                .arg(kMaxElement >> 20));
            if (!fill())
                return stop(QStringLiteral("ends in the middle of an entry (cut short?); what "
                                           "came before was read"));
        }
    }
}

} // namespace refrain
