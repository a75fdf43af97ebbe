#include "core/service/subsonic/subsonicxml.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QXmlStreamReader>

namespace refrain {

namespace {

class Converter {
public:
    explicit Converter(const QByteArray &xml)
        : m_reader(xml) {}

    Result<SubsonicXml::Document> run() {
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD)
                return fail(QStringLiteral("a document type declaration is not accepted"));
            if (token == QXmlStreamReader::StartElement) {
                SubsonicXml::Document document;
                document.rootName = m_reader.name().toString();
                QJsonValue root = readElement(1);
                if (m_failed)
                    return m_error;
                document.root = root.isObject() ? root.toObject()
                                                : QJsonObject{{QStringLiteral("value"), root}};
                // Whatever follows the root must still be well-formed (comments, whitespace).
                while (!m_reader.atEnd())
                    m_reader.readNext();
                if (m_reader.hasError())
                    return readerError();
                return document;
            }
        }
        if (m_reader.hasError())
            return readerError();
        return fail(QStringLiteral("the document has no root element"));
    }

private:
    // Reads from just after a StartElement up to and including its EndElement.
    QJsonValue readElement(int depth) {
        if (depth > SubsonicXml::kMaxDepth) {
            setError(QStringLiteral("elements nested more than %1 levels deep")
                         .arg(SubsonicXml::kMaxDepth));
            return {};
        }
        if (++m_elements > SubsonicXml::kMaxElements) {
            setError(QStringLiteral("more than %1 elements").arg(SubsonicXml::kMaxElements));
            return {};
        }
        QJsonObject object;
        const auto attributes = m_reader.attributes();
        for (const QXmlStreamAttribute &a : attributes)
            object.insert(a.name().toString(), a.value().toString());

        QStringList order; // child names in document order
        QHash<QString, QJsonArray> children;
        QString text;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const QString name = m_reader.name().toString();
                const QJsonValue child = readElement(depth + 1);
                if (m_failed)
                    return {};
                auto it = children.find(name);
                if (it == children.end()) {
                    order.append(name);
                    it = children.insert(name, QJsonArray());
                }
                it->append(child);
            } else if (token == QXmlStreamReader::Characters) {
                if (!m_reader.isWhitespace())
                    text += m_reader.text();
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            } else if (token == QXmlStreamReader::DTD) {
                setError(QStringLiteral("a document type declaration is not accepted"));
                return {};
            }
        }
        if (m_reader.hasError()) {
            m_failed = true;
            m_error = readerError();
            return {};
        }
        if (attributes.isEmpty() && order.isEmpty() && !text.isEmpty())
            return text;
        for (const QString &name : std::as_const(order)) {
            const QJsonArray &values = children[name];
            if (object.contains(name))
                continue; // an attribute already holds that name; the attribute wins
            object.insert(name, values.size() == 1 ? values.first() : QJsonValue(values));
        }
        if (!text.trimmed().isEmpty())
            object.insert(QStringLiteral("value"), text);
        return object;
    }

    Error readerError() const {
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("Malformed reply: %1 at line %2, column %3")
                               .arg(m_reader.errorString())
                               .arg(m_reader.lineNumber())
                               .arg(m_reader.columnNumber()));
    }

    Error fail(const QString &reason) const {
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("Malformed reply: %1 at line %2, column %3")
                               .arg(reason)
                               .arg(m_reader.lineNumber())
                               .arg(m_reader.columnNumber()));
    }

    void setError(const QString &reason) {
        m_failed = true;
        m_error = fail(reason);
    }

    QXmlStreamReader m_reader;
    qsizetype m_elements = 0;
    bool m_failed = false;
    Error m_error;
};

} // namespace

Result<SubsonicXml::Document> SubsonicXml::read(const QByteArray &xml) {
    return Converter(xml).run();
}

} // namespace refrain
