// SubsonicDocument: writes a subsonic-response as real servers do — JSON (optionally with
// numbers and booleans as strings, as some servers send them) or XML with attributes and
// repeated elements — from one JSON-shaped description, so both formats always agree.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace refrain::test {

class SubsonicDocument {
public:
    enum class Format { Json, Xml };

    struct Style {
        bool numbersAsStrings = false;  // JSON: "year": "2005"
        bool booleansAsStrings = false; // JSON: "isDir": "false"
    };

    // response: the members of subsonic-response (status, version, …, payload). In XML, scalar
    // members become attributes, objects child elements and arrays repeated elements; text
    // XML cannot carry (most control characters) becomes U+FFFD, as Go servers write it.
    static QByteArray write(const QJsonObject &response, Format format, Style style);

    static QByteArray contentType(Format format);
};

} // namespace refrain::test
