#include "tests/support/corpuswords.h"

#include "tests/support/corpusgenerator.h"

#include <QStringList>

namespace refrain::test::corpus {

namespace {

const char *const kLatinWords[] = {
    "Midnight",  "Echo",      "River",    "Golden",    "Silent",    "Heart",        "Fire",
    "Summer",    "Dream",     "Night",    "Light",     "Blue",      "Love",         "Road",
    "Stone",     "Rain",      "Glass",    "Ocean",     "Velvet",    "Electric",     "Paper",
    "Shadow",    "Wild",      "Crystal",  "Morning",   "Thunder",   "Garden",       "Winter",
    "Silver",    "Northern",  "Lonely",   "Dancing",   "Broken",    "Sweet",        "Highway",
    "Sugar",     "Rebel",     "Star",     "Moon",      "City",      "Island",       "Train",
    "Angel",     "Ghost",     "Machine",  "Radio",     "Diamond",   "Honey",        "Canyon",
    "Desert",    "Harbor",    "Empire",   "Neon",      "Satellite", "Memory",       "Fever",
    "Mirror",    "Tiger",     "Paradise", "Horizon",   "Kingdom",   "Riot",         "Lullaby",
    "Carousel",  "Meadow",    "Beat",     "Beautiful", "Bear",      "Berlin",       "Bird",
    "Black",     "Boulevard", "Burning",  "Cherry",    "Cold",      "Crimson",      "Daylight",
    "Deep",      "Distant",   "Dust",     "Falling",   "Forever",   "Free",         "Gravity",
    "Harvest",   "Hollow",    "Hunter",   "Ivory",     "Jungle",    "Kaleidoscope", "Lantern",
    "Magic",     "Marble",    "Mountain", "Orchid",    "Pilot",     "Quiet",        "Rocket",
    "Saturday",  "Secret",    "Sunrise",  "Tonight",   "Under",     "Violet",       "Waves",
    "Yesterday", "Zero",
};

// Accents of French, German, Spanish, Portuguese, the Nordic and Slavic languages.
const char *const kAccentedWords[] = {
    "Déjà",    "Café",    "Élan",   "Rêve",    "Château",  "Lumière", "Noël",    "Über",
    "Mädchen", "Straße",  "Schön",  "Größe",   "Señor",    "Mañana",  "Corazón", "Canción",
    "Árbol",   "Niño",    "São",    "Coração", "Ångström", "Fjörd",   "Smörgås", "Øresund",
    "Ærø",     "Łódź",    "Żółw",   "Český",   "Dvořák",   "Brücke",  "Naïve",   "Façade",
    "Crème",   "Fiancée", "Piñata", "Müller",  "Björk",    "Rós",     "Ísland",  "Été",
};

const char *const kCyrillicWords[] = {
    "Кино",  "Группа", "крови",  "Звезда", "Солнце",  "Ночь",   "Город", "Река",
    "Весна", "Любовь", "Мечта",  "Дорога", "Ветер",   "Море",   "Песня", "Зима",
    "Небо",  "Огонь",  "Память", "Тишина", "Время",   "Сердце", "Берег", "Свет",
    "Лето",  "Белый",  "Чёрный", "Осень",  "Полночь", "Дождь",  "Птица", "Сон",
};

// Japanese and Chinese words, written without spaces as they are.
const char *const kCjkWords[] = {
    "坂本龍一",   "戦場",   "メリー", "クリスマス", "夜明け", "桜",   "東京", "月光",
    "夢",         "風",     "海",     "雨",         "星空",   "花火", "青空", "さよなら",
    "ありがとう", "君の名", "未来",   "記憶",       "周杰伦", "晴天", "稻香", "青花瓷",
    "北京",       "上海",   "光",     "心",         "愛",     "旅",   "銀河", "宇宙",
};

const char *const kGivenNames[] = {
    "Anna",     "Jonas",  "Zoë",   "Renée",   "José",  "Søren",  "Ólafur", "Chloé",
    "François", "Ingrid", "Mateo", "Beyoncé", "Agnès", "Łukasz", "Jürgen", "Amélie",
    "Nina",     "Paul",   "Marta", "Kenji",   "Aiko",  "Björn",  "Elif",   "Tomás",
};

const char *const kFamilyNames[] = {
    "Müller",    "Dvořák",  "Nordström", "García",   "Smith",  "Okafor", "Kowalski", "Ødegaard",
    "Lindqvist", "Bernard", "Rossi",     "Tanaka",   "Yamada", "Núñez",  "Šimek",    "Beaumont",
    "Holm",      "Fischer", "Moreau",    "Sørensen", "Costa",  "Becker", "Ivanova",  "Park",
};

const char *const kCyrillicNames[] = {
    "Виктор Цой",    "Земфира",         "Сплин",    "Аквариум", "Мумий Тролль",
    "Алла Пугачёва", "Ляпис Трубецкой", "Наутилус", "ДДТ",      "Агата Кристи",
};

const char *const kCjkNames[] = {
    "坂本龍一", "宇多田ヒカル", "椎名林檎",   "久石譲",     "周杰伦",
    "王菲",     "山下達郎",     "中島みゆき", "美空ひばり", "邓丽君",
};

const char *const kGenres[] = {
    "Rock",  "Pop",     "Jazz",     "Electronic", "Hip-Hop",   "Classical",  "Folk",
    "Metal", "Ambient", "Soul",     "Reggae",     "Blues",     "Country",    "Techno",
    "J-Pop", "Chanson", "Schlager", "Bossa Nova", "Post-Rock", "Soundtrack", "Электроника",
};

const char *const kTitleSuffixes[] = {
    " (Live)", " (Remastered 2011)", " (Radio Edit)", " - Demo", " (feat. Zoë)", " [Bonus Track]",
};

template<typename T, size_t N>
QString pick(QRandomGenerator &rng, const T (&words)[N]) {
    return QString::fromUtf8(words[rng.bounded(int(N))]);
}

// Invented words give the long tail of a real library's vocabulary, where most words are rare.
QString inventedWord(QRandomGenerator &rng) {
    static const char *const onsets[] = {"b", "br", "c",  "ch", "d", "f",  "g", "gl", "k", "l", "m",
                                         "n", "p",  "pr", "r",  "s", "st", "t", "tr", "v", "z"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ou", "é", "ä", "ø", "y"};
    static const char *const codas[] = {"", "", "", "n", "r", "s", "l", "x", "nd"};
    QString out;
    const int syllables = 2 + rng.bounded(2);
    for (int i = 0; i < syllables; ++i)
        out += pick(rng, onsets) + pick(rng, vowels);
    out += pick(rng, codas);
    out[0] = out.at(0).toUpper();
    return out;
}

QString word(QRandomGenerator &rng, Script script) {
    switch (script) {
    case Script::Cyrillic:
        return pick(rng, kCyrillicWords);
    case Script::Cjk:
        return pick(rng, kCjkWords);
    case Script::Latin:
        break;
    }
    const int roll = rng.bounded(100);
    return roll < 15   ? pick(rng, kAccentedWords)
           : roll < 40 ? inventedWord(rng)
                       : pick(rng, kLatinWords);
}

QString phrase(QRandomGenerator &rng, Script script, int minWords, int maxWords) {
    const int n = minWords + rng.bounded(maxWords - minWords + 1);
    QStringList words;
    for (int i = 0; i < n; ++i)
        words.append(word(rng, script));
    // Japanese and Chinese titles are written without spaces; mixing in a Latin word is common.
    if (script == Script::Cjk)
        return words.join(QString());
    return words.join(QLatin1Char(' '));
}

} // namespace

Script pickScript(QRandomGenerator &rng) {
    const int roll = rng.bounded(100);
    return roll < 76 ? Script::Latin : roll < 88 ? Script::Cyrillic : Script::Cjk;
}

QString artistIn(QRandomGenerator &rng, Script script) {
    switch (script) {
    case Script::Cyrillic:
        return rng.bounded(2) ? pick(rng, kCyrillicNames) : phrase(rng, script, 1, 2);
    case Script::Cjk:
        return rng.bounded(2) ? pick(rng, kCjkNames) : phrase(rng, script, 1, 2);
    case Script::Latin:
        break;
    }
    const int roll = rng.bounded(100);
    if (roll < 40)
        return pick(rng, kGivenNames) + QLatin1Char(' ') + pick(rng, kFamilyNames);
    if (roll < 60)
        return QStringLiteral("The ") + phrase(rng, script, 1, 2);
    return phrase(rng, script, 1, 3);
}

QString albumIn(QRandomGenerator &rng, Script script) {
    return phrase(rng, script, 1, 3);
}

QString songIn(QRandomGenerator &rng, Script script) {
    QString title = phrase(rng, script, 1, 4);
    if (rng.bounded(100) < 6)
        title += pick(rng, kTitleSuffixes);
    return title;
}

QString genreName(QRandomGenerator &rng) {
    return pick(rng, kGenres);
}

} // namespace refrain::test::corpus

// CorpusGenerator's name helpers and synthetic rows live here, next to the words they draw from.
namespace refrain::test {

using namespace corpus;

QString CorpusGenerator::artistName(QRandomGenerator &rng) {
    return artistIn(rng, pickScript(rng));
}

QString CorpusGenerator::albumTitle(QRandomGenerator &rng) {
    return albumIn(rng, pickScript(rng));
}

QString CorpusGenerator::songTitle(QRandomGenerator &rng) {
    return songIn(rng, pickScript(rng));
}

QString CorpusGenerator::genre(QRandomGenerator &rng) {
    return genreName(rng);
}

TrackList CorpusGenerator::syntheticTracks(int count, QRandomGenerator &rng) {
    static const char *const suffixes[] = {"mp3", "flac", "ogg", "m4a", "opus"};
    TrackList tracks;
    tracks.reserve(count);
    while (tracks.size() < count) {
        const QString artist = artistName(rng);
        const int albums = 1 + rng.bounded(4);
        for (int a = 0; a < albums && tracks.size() < count; ++a) {
            const QString album = albumTitle(rng);
            const QString albumGenre = genre(rng);
            const int year = 1960 + rng.bounded(65);
            const QString suffix = QString::fromLatin1(suffixes[rng.bounded(5)]);
            const int n = 6 + rng.bounded(10);
            for (int t = 1; t <= n && tracks.size() < count; ++t) {
                Track track;
                track.source = QString::fromLatin1(Track::kLocalSource);
                track.title = songTitle(rng);
                track.artist = artist;
                track.album = album;
                track.albumArtist = rng.bounded(100) < 30 ? artist : QString();
                track.genre = albumGenre;
                track.year = year;
                track.trackNumber = t;
                track.durationMs = 120000 + rng.bounded(300000);
                track.fileName = QStringLiteral("%1 %2.%3")
                                     .arg(t, 2, 10, QLatin1Char('0'))
                                     .arg(safeFileName(track.title), suffix);
                track.location =
                    QStringLiteral("/music/%1/%2/%3")
                        .arg(safeFileName(artist), safeFileName(album), track.fileName);
                track.fileSize = 3000000 + rng.bounded(9000000);
                track.fileMtimeMs = 1500000000000LL + rng.bounded(100000000);
                tracks.append(track);
            }
        }
    }
    return tracks;
}

} // namespace refrain::test
