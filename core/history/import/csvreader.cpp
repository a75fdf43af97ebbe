#include "core/history/import/csvreader.h"

#include "core/history/import/linereader.h"

namespace refrain {

CsvReader::CsvReader(LineReader &lines)
    : m_lines(lines) {}

CsvReader::Next CsvReader::next(QStringList *fields) {
    fields->clear();
    m_field.clear();
    bool quoted = false;  // inside a quoted field, possibly across lines
    bool started = false; // a record has begun
    qsizetype recordBytes = 0;
    for (;;) {
        QByteArrayView line;
        const LineReader::Next got = m_lines.next(&line);
        if (got == LineReader::Next::Failed)
            return Next::Failed;
        if (got == LineReader::Next::TooLong)
            return Next::Malformed;
        if (got == LineReader::Next::End)
            return started ? Next::Malformed : Next::End; // a quote never closed
        if (!started && line.trimmed().isEmpty())
            continue;
        if (started) {
            m_field.append('\n'); // the line break belongs to the quoted field
            recordBytes += 1;
        }
        started = true;
        recordBytes += line.size();
        if (recordBytes > kMaxRecord) {
            // Give the record up at this line: a runaway quote must not swallow the file.
            return Next::Malformed;
        }
        const qsizetype size = line.size();
        qsizetype i = 0;
        while (i < size) {
            const char c = line[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < size && line[i + 1] == '"') {
                        m_field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    m_field.append(c);
                }
                ++i;
                continue;
            }
            if (c == ',') {
                fields->append(QString::fromUtf8(m_field));
                m_field.clear();
            } else if (c == '"' && m_field.isEmpty()) {
                quoted = true;
            } else {
                m_field.append(c); // a stray quote mid-field is kept as written
            }
            ++i;
        }
        if (!quoted) {
            fields->append(QString::fromUtf8(m_field));
            m_field.clear();
            return Next::Record;
        }
    }
}

} // namespace refrain
