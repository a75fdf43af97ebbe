// SubsonicXml: turns an XML Subsonic reply into the same JSON shape the JSON API gives, so one
// set of typed parsers reads both (servers without JSON, and error documents in XML).
#pragma once

#include "core/library/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace refrain {

class SubsonicXml {
public:
    struct Document {
        QString rootName; // the root element's local name, e.g. "subsonic-response" or "html"
        QJsonObject root; // its attributes and children, converted as described below
    };

    static constexpr int kMaxDepth = 32;
    static constexpr qsizetype kMaxElements = 1000000;

    // Attributes become string members; child elements become members named after them — one
    // object, or an array when the name repeats (so a list of one stays an object; readers
    // accept both); an element with only text becomes a string; text beside attributes becomes
    // "value" (as OpenSubsonic JSON names it). Namespaces are ignored. A DTD, bad nesting,
    // excessive depth or size give Error::Kind::Invalid "Malformed reply: … at line L, column C".
    static Result<Document> read(const QByteArray &xml);
};

} // namespace refrain
