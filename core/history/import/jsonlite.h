// JsonLite: a small, fast JSON reader for one row of an export at a time — the values stay views
// into the caller's buffer, so a million rows parse without a million documents being built.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace refrain {

class JsonLite {
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    enum class Status {
        Complete,   // one value parsed; *consumed says how many bytes it took
        Incomplete, // the buffer ends inside the value: more bytes may complete it
        Invalid,    // not JSON (or nested deeper than kMaxDepth)
    };
    static constexpr int kNone = -1;
    // Hostile input nests arbitrarily deep; no export row comes near this.
    static constexpr int kMaxDepth = 64;

    // Parses the value at the start of [begin, end), after any whitespace. `atEnd` says no more
    // bytes follow, so a number running to the end is complete.
    Status parse(const char *begin, const char *end, qsizetype *consumed, bool atEnd = false);

    int root() const { return m_nodes.empty() ? kNone : 0; }
    Type type(int node) const { return node == kNone ? Type::Null : m_nodes[node].type; }
    bool isObject(int node) const { return type(node) == Type::Object; }
    // The member `key` of an object; kNone when absent or `object` is no object.
    int member(int object, QByteArrayView key) const;
    // Children of an array or object, in order; kNone after the last.
    int firstChild(int node) const;
    int nextSibling(int node) const { return node == kNone ? kNone : m_nodes[node].next; }

    // Text of a string node; empty for anything else.
    QString string(int node) const;
    // A string's content (escapes left as written) or a number's text; empty for the rest.
    QByteArrayView raw(int node) const;
    // Absent, null or an empty string: how exports write "nothing here".
    bool isBlank(int node) const;
    // A whole number from a number or a string of digits (Last.fm writes "uts":"1400789483");
    // nothing when not a whole number or beyond ±2^53.
    std::optional<qint64> integer(int node) const;
    // Any finite number (also from a numeric string).
    std::optional<double> number(int node) const;

private:
    struct Node {
        const char *text = nullptr; // string content without quotes, or the number as written
        qint32 size = 0;
        qint32 next = kNone;
        qint32 child = kNone;
        qint32 parent = kNone;
        const char *key = nullptr; // for members of an object
        qint32 keySize = 0;
        Type type = Type::Null;
        bool escaped = false; // string holds backslash escapes
    };

    int value(int depth);
    bool scanString(bool *escaped);
    bool literal(const char *word, qsizetype size);
    void skipSpace();

    std::vector<Node> m_nodes;
    mutable int m_hint = kNone; // where member() looks first
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    bool m_atEnd = false;
    Status m_status = Status::Complete;
};

} // namespace refrain
