// SearchQuery: what a person typed in the search box, parsed once and evaluated two ways — as an
// SQLite FTS5 expression for the database and in memory for the view's instant filter.
#pragma once

#include "core/library/track.h"

#include <QString>
#include <QStringList>

namespace refrain {

class SearchQuery {
public:
    enum class Field { Any, Title, Artist, Album, Genre, Composer };

    struct Term {
        Field field = Field::Any;
        QString text; // folded: lower case, no diacritics, NFC — for matching in memory
        QString raw;  // lower case NFC as typed — FTS5's tokenizer folds it its own way
    };

    // Words match by prefix ("beat" finds "Beatles"); "artist:", "album:", "title:", "genre:" and
    // "composer:" limit a word to one field; "year:1999" or "year:1990-1999" filters by year;
    // double quotes keep words together ("artist:\"daft punk\"").
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty() && m_yearFrom == 0 && m_yearTo == 0; }
    const QList<Term> &terms() const { return m_terms; }
    int yearFrom() const { return m_yearFrom; }
    int yearTo() const { return m_yearTo; }

    // An FTS5 MATCH expression; empty when only non-text filters were given.
    QString toFtsMatch() const;
    bool matches(const Track &track) const;

    // Lower case, diacritics removed, NFC: how both sides are compared in memory.
    static QString fold(const QString &text);

private:
    QList<Term> m_terms;
    int m_yearFrom = 0;
    int m_yearTo = 0;
};

} // namespace refrain
