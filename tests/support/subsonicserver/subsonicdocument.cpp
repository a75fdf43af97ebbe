#include "tests/support/subsonicserver/subsonicdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

#include <cmath>

namespace refrain::test {

namespace {

QString scalarText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QJsonValue restyled(const QJsonValue &value, SubsonicDocument::Style style) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = restyled(it.value(), style);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = restyled(*it, style);
        return array;
    }
    if ((value.isDouble() && style.numbersAsStrings) || (value.isBool() && style.booleansAsStrings))
        return scalarText(value);
    return value;
}

// XML 1.0 cannot carry most control characters (nor lone surrogates, U+FFFE, U+FFFF), not even
// as character references, and QXmlStreamWriter silently drops them. Go's encoding/xml — behind
// Navidrome and gonic — writes U+FFFD in their place; so do we. Tab, LF and CR stay: the writer
// escapes them in attributes, so they survive a reader's attribute normalisation.
QString xmlText(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i);
            continue;
        }
        const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xD800)
                             || (c >= 0xE000 && c <= 0xFFFD);
        out += allowed ? QChar(c) : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

bool isScalar(const QJsonValue &value) {
    return value.isString() || value.isDouble() || value.isBool();
}

void writeElement(QXmlStreamWriter &xml, const QString &name, const QJsonObject &object) {
    xml.writeStartElement(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isScalar(it.value()))
            xml.writeAttribute(it.key(), xmlText(scalarText(it.value())));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            writeElement(xml, it.key(), it.value().toObject());
        } else if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &item : array) {
                if (item.isObject())
                    writeElement(xml, it.key(), item.toObject());
                else
                    xml.writeTextElement(it.key(), xmlText(scalarText(item)));
            }
        }
    }
    xml.writeEndElement();
}

} // namespace

QByteArray SubsonicDocument::write(const QJsonObject &response, Format format, Style style) {
    if (format == Format::Json) {
        const QJsonObject body = restyled(response, style).toObject();
        return QJsonDocument(QJsonObject{{QStringLiteral("subsonic-response"), body}})
            .toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://subsonic.org/restapi"));
    writeElement(xml, QStringLiteral("subsonic-response"), response);
    xml.writeEndDocument();
    return out;
}

QByteArray SubsonicDocument::contentType(Format format) {
    return format == Format::Json ? QByteArray("application/json")
                                  : QByteArray("text/xml; charset=utf-8");
}

} // namespace refrain::test
