// CsvReader: the records of a CSV file as RFC 4180 writes them — quoted fields holding commas,
// doubled quotes and line breaks — read line by line from a LineReader.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace refrain {

class LineReader;

class CsvReader {
public:
    // A record spanning more than this (an unclosed quote) is given up as malformed.
    static constexpr qsizetype kMaxRecord = 1 << 20;

    enum class Next {
        Record,    // *fields holds the next record (blank lines are passed over)
        Malformed, // a record that could not be read (too long, or a quote never closed)
        End,
        Failed, // the input could not be read on
    };

    explicit CsvReader(LineReader &lines);

    Next next(QStringList *fields);

private:
    LineReader &m_lines;
    QByteArray m_field;
};

} // namespace refrain
