// HistoryInput: one file, zip entry or piece of memory read in chunks — with a look at its start
// for format detection and a cap on how far one zip entry may inflate.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QFile;
struct zip;      // libzip's zip_t
struct zip_file; // libzip's zip_file_t

namespace refrain {

class HistoryInput {
public:
    // No listening history comes near it; a zip entry inflating past it is a zip bomb.
    static constexpr qint64 kMaxEntryBytes = qint64(2) << 30;
    // How much a reader asks for at a time: big enough for speed, small enough for memory.
    static constexpr qint64 kChunkBytes = 1 << 20;

    // A file on disk.
    HistoryInput(QString displayPath, const QString &filePath);
    // Entry `index` of an open archive (which must outlive this input).
    HistoryInput(QString displayPath, zip *archive, quint64 index);
    // Bytes in memory.
    HistoryInput(QString displayPath, QByteArray data);
    ~HistoryInput();
    HistoryInput(const HistoryInput &) = delete;
    HistoryInput &operator=(const HistoryInput &) = delete;

    // False with errorString() when the file or entry can not be opened.
    bool open();
    // The first bytes (up to `size`) without consuming them; fewer at the end of the input.
    QByteArray head(qsizetype size);
    // Reads up to maxSize bytes: 0 at the end, -1 on an error (errorString()).
    qint64 read(char *data, qint64 maxSize);
    // True when the input ended because of an error (read error, size cap), not at its end.
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const QString &displayPath() const { return m_displayPath; }
    // Bytes handed out by read() so far.
    qint64 consumed() const { return m_consumed; }
    // Called after every read() with consumed(), for progress.
    void onRead(std::function<void(qint64)> callback) { m_onRead = std::move(callback); }

private:
    qint64 readSource(char *data, qint64 maxSize);

    QString m_displayPath;
    std::unique_ptr<QFile> m_file;
    zip *m_archive = nullptr;
    quint64 m_index = 0;
    zip_file *m_entry = nullptr;
    QByteArray m_memory;
    qint64 m_memoryPos = 0;
    QByteArray m_head; // read ahead by head(), handed out first by read()
    qsizetype m_headPos = 0;
    qint64 m_sourceBytes = 0; // taken from the source so far, for the cap
    qint64 m_consumed = 0;
    bool m_sourceEnded = false;
    QString m_error;
    std::function<void(qint64)> m_onRead;
};

} // namespace refrain
