#include "core/history/import/jsonlite.h"

#include <QByteArray>

#include <charconv>
#include <cmath>
#include <cstring>

namespace refrain {

namespace {

constexpr qint64 kMaxExactInteger = qint64(1) << 53; // beyond, a double loses whole numbers

// Non-zero when a byte of `word` equals `byte` (the classic SWAR zero-byte test).
inline quint64 hasByte(quint64 word, unsigned char byte) {
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    const quint64 x = word ^ (kOnes * byte);
    return (x - kOnes) & ~x & kHighs;
}

inline bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp) {
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// The four hex digits at p (already checked by the parser).
char32_t hex4(const char *p) {
    return char32_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4)
                    | hexValue(p[3]));
}

QByteArray unescape(const char *p, const char *end) {
    QByteArray out;
    out.reserve(end - p);
    while (p < end) {
        const char c = *p++;
        if (c != '\\') {
            out.append(c);
            continue;
        }
        const char e = *p++;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            char32_t cp = hex4(p);
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char32_t low = hex4(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; // a lone surrogate is no character
            appendUtf8(out, cp);
            break;
        }
        default:
            out.append(e);
            break; // \" \\ \/
        }
    }
    return out;
}

// Digits (and what numbers are written with) as one trimmed view, from a number or a string.
std::optional<QByteArrayView> numericText(const char *text, qint32 size) {
    QByteArrayView view(text, size);
    view = view.trimmed();
    if (view.isEmpty())
        return std::nullopt;
    return view;
}

} // namespace

JsonLite::Status JsonLite::parse(const char *begin, const char *end, qsizetype *consumed,
                                 bool atEnd) {
    m_nodes.clear();
    m_hint = kNone;
    m_p = begin;
    m_end = end;
    m_atEnd = atEnd;
    m_status = Status::Complete;
    skipSpace();
    if (value(0) == kNone) {
        m_nodes.clear();
        return m_status;
    }
    *consumed = m_p - begin;
    return Status::Complete;
}

inline void JsonLite::skipSpace() {
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

bool JsonLite::literal(const char *word, qsizetype size) {
    const qsizetype available = m_end - m_p;
    if (std::memcmp(m_p, word, size_t(std::min(available, size))) != 0) {
        m_status = Status::Invalid;
        return false;
    }
    if (available < size) {
        m_status = Status::Incomplete;
        return false;
    }
    m_p += size;
    return true;
}

// Moves past the string at m_p (on its opening quote), checking its escapes.
bool JsonLite::scanString(bool *escaped) {
    const char *p = m_p + 1;
    bool esc = false;
    for (;;) {
        // Eight bytes at a time while none is a quote or a backslash: strings are most of a row.
        while (m_end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (hasByte(word, '"') | hasByte(word, '\\'))
                break;
            p += 8;
        }
        while (p < m_end && *p != '"' && *p != '\\')
            ++p;
        if (p >= m_end) {
            m_status = Status::Incomplete;
            return false;
        }
        if (*p == '"')
            break;
        esc = true;
        if (m_end - p < 2) {
            m_status = Status::Incomplete;
            return false;
        }
        const char e = p[1];
        if (e == 'u') {
            if (m_end - p < 6) {
                m_status = Status::Incomplete;
                return false;
            }
            for (int i = 2; i < 6; ++i) {
                if (hexValue(p[i]) < 0) {
                    m_status = Status::Invalid;
                    return false;
                }
            }
            p += 6;
        } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                   || e == 't') {
            p += 2;
        } else {
            m_status = Status::Invalid;
            return false;
        }
    }
    const qsizetype length = p - (m_p + 1);
    if (length > std::numeric_limits<qint32>::max()) {
        m_status = Status::Invalid;
        return false;
    }
    *escaped = esc;
    m_p = p + 1;
    return true;
}

int JsonLite::value(int depth) {
    if (m_p >= m_end) {
        m_status = Status::Incomplete;
        return kNone;
    }
    const int index = int(m_nodes.size());
    m_nodes.emplace_back();
    const char c = *m_p;
    if (c == '{' || c == '[') {
        if (depth >= kMaxDepth) {
            m_status = Status::Invalid;
            return kNone;
        }
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        m_nodes[index].type = object ? Type::Object : Type::Array;
        ++m_p;
        skipSpace();
        if (m_p >= m_end) {
            m_status = Status::Incomplete;
            return kNone;
        }
        if (*m_p == close) {
            ++m_p;
            return index;
        }
        int last = kNone;
        for (;;) {
            const char *key = nullptr;
            qint32 keySize = 0;
            if (object) {
                if (m_p >= m_end) {
                    m_status = Status::Incomplete;
                    return kNone;
                }
                if (*m_p != '"') {
                    m_status = Status::Invalid;
                    return kNone;
                }
                const char *open = m_p;
                bool escaped = false;
                if (!scanString(&escaped))
                    return kNone;
                key = open + 1;
                keySize = qint32(m_p - open - 2);
                skipSpace();
                if (m_p >= m_end) {
                    m_status = Status::Incomplete;
                    return kNone;
                }
                if (*m_p != ':') {
                    m_status = Status::Invalid;
                    return kNone;
                }
                ++m_p;
                skipSpace();
            }
            const int child = value(depth + 1);
            if (child == kNone)
                return kNone;
            m_nodes[child].key = key;
            m_nodes[child].keySize = keySize;
            m_nodes[child].parent = index;
            if (last == kNone)
                m_nodes[index].child = child;
            else
                m_nodes[last].next = child;
            last = child;
            skipSpace();
            if (m_p >= m_end) {
                m_status = Status::Incomplete;
                return kNone;
            }
            const char separator = *m_p++;
            if (separator == close)
                return index;
            if (separator != ',') {
                m_status = Status::Invalid;
                return kNone;
            }
            skipSpace();
        }
    }
    if (c == '"') {
        const char *open = m_p;
        bool escaped = false;
        if (!scanString(&escaped))
            return kNone;
        Node &node = m_nodes[index];
        node.type = Type::String;
        node.text = open + 1;
        node.size = qint32(m_p - open - 2);
        node.escaped = escaped;
        return index;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        const char *start = m_p;
        while (m_p < m_end
               && ((*m_p >= '0' && *m_p <= '9') || *m_p == '-' || *m_p == '+' || *m_p == '.'
                   || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        if (m_p >= m_end && !m_atEnd) {
            m_status = Status::Incomplete;
            return kNone;
        }
        if (m_p - start > 64) { // no number an export writes is this long
            m_status = Status::Invalid;
            return kNone;
        }
        Node &node = m_nodes[index];
        node.type = Type::Number;
        node.text = start;
        node.size = qint32(m_p - start);
        return index;
    }
    if (c == 't' || c == 'f' || c == 'n') {
        static constexpr char kTrue[] = "true", kFalse[] = "false", kNull[] = "null";
        const bool ok = c == 't'   ? literal(kTrue, 4)
                        : c == 'f' ? literal(kFalse, 5)
                                   : literal(kNull, 4);
        if (!ok)
            return kNone;
        m_nodes[index].type = c == 't' ? Type::True : c == 'f' ? Type::False : Type::Null;
        return index;
    }
    m_status = Status::Invalid;
    return kNone;
}

int JsonLite::member(int object, QByteArrayView key) const {
    if (!isObject(object))
        return kNone;
    const auto matches = [&](int child) {
        const Node &node = m_nodes[child];
        return node.keySize == key.size()
               && (key.isEmpty()
                   || (node.key[0] == key[0]
                       && std::memcmp(node.key, key.data(), size_t(key.size())) == 0));
    };
    // Rows of an export list their keys in the same order, and readers ask in that order: start
    // where the last look-up in this object ended, then wrap around.
    const int first = m_nodes[object].child;
    const int start = m_hint != kNone && m_nodes[m_hint].parent == object ? m_hint : first;
    for (int child = start; child != kNone; child = m_nodes[child].next) {
        if (matches(child)) {
            m_hint = m_nodes[child].next;
            return child;
        }
    }
    for (int child = first; child != start; child = m_nodes[child].next) {
        if (matches(child)) {
            m_hint = m_nodes[child].next;
            return child;
        }
    }
    return kNone;
}

int JsonLite::firstChild(int node) const {
    const Type t = type(node);
    return t == Type::Object || t == Type::Array ? m_nodes[node].child : kNone;
}

QString JsonLite::string(int node) const {
    if (type(node) != Type::String)
        return QString();
    const Node &n = m_nodes[node];
    if (!n.escaped)
        return QString::fromUtf8(n.text, n.size);
    return QString::fromUtf8(unescape(n.text, n.text + n.size));
}

QByteArrayView JsonLite::raw(int node) const {
    const Type t = type(node);
    if (t != Type::String && t != Type::Number)
        return QByteArrayView();
    return QByteArrayView(m_nodes[node].text, m_nodes[node].size);
}

bool JsonLite::isBlank(int node) const {
    const Type t = type(node);
    return t == Type::Null || (t == Type::String && m_nodes[node].size == 0);
}

std::optional<qint64> JsonLite::integer(int node) const {
    const Type t = type(node);
    if (t != Type::Number && t != Type::String)
        return std::nullopt;
    const auto text = numericText(m_nodes[node].text, m_nodes[node].size);
    if (!text)
        return std::nullopt;
    const char *begin = text->data();
    const char *end = begin + text->size();
    long long whole = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, whole);
    if (ec == std::errc() && ptr == end)
        return whole >= -kMaxExactInteger && whole <= kMaxExactInteger
                   ? std::optional<qint64>(whole)
                   : std::nullopt;
    const auto real = number(node);
    if (!real || *real != std::floor(*real) || std::fabs(*real) > double(kMaxExactInteger))
        return std::nullopt;
    return qint64(*real);
}

std::optional<double> JsonLite::number(int node) const {
    const Type t = type(node);
    if (t != Type::Number && t != Type::String)
        return std::nullopt;
    const auto text = numericText(m_nodes[node].text, m_nodes[node].size);
    if (!text)
        return std::nullopt;
    const char *begin = text->data();
    const char *end = begin + text->size();
    double real = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, real);
    if (ec != std::errc() || ptr != end || !std::isfinite(real))
        return std::nullopt;
    return real;
}

} // namespace refrain
