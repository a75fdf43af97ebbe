#include "core/library/searchquery.h"

namespace refrain {

namespace {

QStringList splitRespectingQuotes(const QString &text) {
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                parts.append(std::exchange(current, QString()));
            continue;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

bool hasWordCharacter(const QString &text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Words of a folded text, split where FTS5's unicode61 tokenizer would split.
QStringList words(const QString &folded) {
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(std::exchange(current, QString()));
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString ftsColumn(SearchQuery::Field field) {
    switch (field) {
    case SearchQuery::Field::Title:
        return QStringLiteral("title");
    case SearchQuery::Field::Artist:
        return QStringLiteral("{artist album_artist}");
    case SearchQuery::Field::Album:
        return QStringLiteral("album");
    case SearchQuery::Field::Genre:
        return QStringLiteral("genre");
    case SearchQuery::Field::Composer:
        return QStringLiteral("composer");
    case SearchQuery::Field::Any:
        break;
    }
    return {};
}

QStringList fieldTexts(const Track &track, SearchQuery::Field field) {
    switch (field) {
    case SearchQuery::Field::Title:
        return {track.title};
    case SearchQuery::Field::Artist:
        return {track.artist, track.albumArtist};
    case SearchQuery::Field::Album:
        return {track.album};
    case SearchQuery::Field::Genre:
        return {track.genre};
    case SearchQuery::Field::Composer:
        return {track.composer};
    case SearchQuery::Field::Any:
        break;
    }
    return {track.title, track.artist,   track.album,   track.albumArtist,
            track.genre, track.composer, track.fileName};
}

// Every word of the term must start some word of the field, in order of appearance not required.
bool termMatches(const QStringList &termWords, const QStringList &texts) {
    QStringList fieldWords;
    for (const QString &text : texts)
        fieldWords += words(SearchQuery::fold(text));
    for (const QString &needle : termWords) {
        const bool found = std::any_of(fieldWords.cbegin(), fieldWords.cend(),
                                       [&](const QString &w) { return w.startsWith(needle); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

QString SearchQuery::fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded().normalized(QString::NormalizationForm_C);
}

SearchQuery SearchQuery::parse(const QString &text) {
    static const QList<QPair<QString, Field>> prefixes = {
        {QStringLiteral("artist:"), Field::Artist},     {QStringLiteral("album:"), Field::Album},
        {QStringLiteral("title:"), Field::Title},       {QStringLiteral("genre:"), Field::Genre},
        {QStringLiteral("composer:"), Field::Composer},
    };

    SearchQuery query;
    for (QString part : splitRespectingQuotes(text.normalized(QString::NormalizationForm_C))) {
        if (part.startsWith(QLatin1String("year:"), Qt::CaseInsensitive)) {
            const QStringList range = part.mid(5).split(QLatin1Char('-'));
            bool okFrom = false;
            bool okTo = false;
            const int from = range.value(0).toInt(&okFrom);
            const int to = range.size() > 1 ? range.value(1).toInt(&okTo) : from;
            if (okFrom && (range.size() == 1 || okTo)) {
                query.m_yearFrom = std::min(from, to);
                query.m_yearTo = std::max(from, to);
                continue;
            }
        }
        Field field = Field::Any;
        for (const auto &[prefix, f] : prefixes) {
            if (part.startsWith(prefix, Qt::CaseInsensitive)) {
                field = f;
                part = part.mid(prefix.size());
                break;
            }
        }
        if (hasWordCharacter(part))
            query.m_terms.append({field, fold(part), part.toCaseFolded()});
    }
    return query;
}

QString SearchQuery::toFtsMatch() const {
    QStringList clauses;
    for (const Term &term : m_terms) {
        QStringList phrases;
        // The index folds with unicode61's rules (which keep ё, й and kana voicing marks), so
        // the words go in as typed; folding them here would search for words it never stored.
        for (const QString &word : words(term.raw))
            phrases.append(QLatin1Char('"')
                           + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                           + QStringLiteral("\"*"));
        if (phrases.isEmpty())
            continue;
        const QString column = ftsColumn(term.field);
        const QString joined = phrases.join(QLatin1Char(' '));
        clauses.append(column.isEmpty()
                           ? joined
                           : column + QStringLiteral(" : (") + joined + QLatin1Char(')'));
    }
    // FTS5 accepts implicit AND between phrases but not after a parenthesised group: be explicit.
    return clauses.join(QStringLiteral(" AND "));
}

bool SearchQuery::matches(const Track &track) const {
    if (m_yearFrom != 0 && (track.year < m_yearFrom || track.year > m_yearTo))
        return false;
    for (const Term &term : m_terms) {
        if (!termMatches(words(term.text), fieldTexts(track, term.field)))
            return false;
    }
    return true;
}

} // namespace refrain
