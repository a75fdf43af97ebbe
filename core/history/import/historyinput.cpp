#include "core/history/import/historyinput.h"

#include <QFile>

#include <zip.h>

#include <cstring>

namespace refrain {

HistoryInput::HistoryInput(QString displayPath, const QString &filePath)
    : m_displayPath(std::move(displayPath))
    , m_file(std::make_unique<QFile>(filePath)) {}

HistoryInput::HistoryInput(QString displayPath, zip *archive, quint64 index)
    : m_displayPath(std::move(displayPath))
    , m_archive(archive)
    , m_index(index) {}

HistoryInput::HistoryInput(QString displayPath, QByteArray data)
    : m_displayPath(std::move(displayPath))
    , m_memory(std::move(data)) {}

HistoryInput::~HistoryInput() {
    if (m_entry)
        zip_fclose(m_entry);
}

bool HistoryInput::open() {
    if (m_file) {
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_error = m_file->errorString();
            return false;
        }
        return true;
    }
    if (m_archive) {
        m_entry = zip_fopen_index(m_archive, m_index, 0);
        if (!m_entry) {
            m_error = QString::fromUtf8(zip_strerror(m_archive));
            return false;
        }
    }
    return true;
}

qint64 HistoryInput::readSource(char *data, qint64 maxSize) {
    if (m_sourceEnded || !m_error.isEmpty())
        return m_error.isEmpty() ? 0 : -1;
    qint64 got = 0;
    if (m_file) {
        got = m_file->read(data, maxSize);
        if (got < 0)
            m_error = m_file->errorString();
    } else if (m_entry) {
        got = zip_fread(m_entry, data, zip_uint64_t(maxSize));
        if (got < 0)
            m_error = QString::fromUtf8(zip_file_strerror(m_entry));
    } else {
        got = std::min(maxSize, m_memory.size() - m_memoryPos);
        std::memcpy(data, m_memory.constData() + m_memoryPos, size_t(got));
        m_memoryPos += got;
    }
    if (got < 0)
        return -1;
    if (got == 0)
        m_sourceEnded = true;
    m_sourceBytes += got;
    // The header may lie about an entry's size; what it inflates to decides.
    if (m_archive && m_sourceBytes > kMaxEntryBytes) {
        m_error = QStringLiteral("inflates to more than %1 GiB; the rest was not read")
                      .arg(kMaxEntryBytes >> 30);
        return -1;
    }
    return got;
}

QByteArray HistoryInput::head(qsizetype size) {
    while (m_head.size() - m_headPos < size && !m_sourceEnded && m_error.isEmpty()) {
        if (m_headPos > 0) {
            m_head.remove(0, m_headPos);
            m_headPos = 0;
        }
        const qsizetype have = m_head.size();
        m_head.resize(size);
        const qint64 got = readSource(m_head.data() + have, size - have);
        m_head.resize(have + std::max<qint64>(got, 0));
    }
    return m_head.mid(m_headPos, size);
}

qint64 HistoryInput::read(char *data, qint64 maxSize) {
    qint64 got = 0;
    if (m_headPos < m_head.size()) {
        got = std::min<qint64>(maxSize, m_head.size() - m_headPos);
        std::memcpy(data, m_head.constData() + m_headPos, size_t(got));
        m_headPos += got;
        if (m_headPos == m_head.size()) {
            m_head.clear();
            m_headPos = 0;
        }
    } else {
        got = readSource(data, maxSize);
        if (got < 0)
            return -1;
    }
    m_consumed += got;
    if (m_onRead && got > 0)
        m_onRead(m_consumed);
    return got;
}

} // namespace refrain
