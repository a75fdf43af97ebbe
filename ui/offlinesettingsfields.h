// OfflineSettingsFields: the offline settings as fields (Emergency Essentials' size, the storage
// quota, parallel downloads, the stream cache) bound to the DownloadManager — one set of logic for
// every window that shows them. Only the fields a person edited are written, a moment after the
// last edit, so a value finer than a field shows is never rounded away.
#pragma once

#include <QObject>
#include <QPointer>

class QDoubleSpinBox;
class QSpinBox;
class QTimer;
class QWidget;

namespace refrain {

class DownloadManager;

class OfflineSettingsFields : public QObject {
    Q_OBJECT
public:
    // Long enough for a person typing "12.5" to finish before anything is written.
    static constexpr int kApplyDelayMs = 500;

    // The fields are made without a parent: the caller lays them out (which parents them).
    explicit OfflineSettingsFields(DownloadManager *manager, QObject *parent = nullptr);
    ~OfflineSettingsFields() override;

    QDoubleSpinBox *essentialsHours() const { return m_essentialsHours; }
    QDoubleSpinBox *essentialsGb() const { return m_essentialsGb; }
    QDoubleSpinBox *quota() const { return m_quota; }
    QSpinBox *parallel() const { return m_parallel; }
    QDoubleSpinBox *cache() const { return m_cache; }

    // The label of each field, with its mnemonic ("Storage &quota:").
    static QString essentialsHoursLabel();
    static QString essentialsGbLabel();
    static QString quotaLabel();
    static QString parallelLabel();
    static QString cacheLabel();

    // Shows what the manager has now, unless an edit waits to be written.
    void load();
    // Writes a waiting edit at once.
    void apply();

private:
    enum Field : unsigned {
        EssentialsHours = 1,
        EssentialsGb = 2,
        Quota = 4,
        Parallel = 8,
        Cache = 16,
    };
    void edited(Field field);

    QPointer<DownloadManager> m_manager;
    QDoubleSpinBox *m_essentialsHours;
    QDoubleSpinBox *m_essentialsGb;
    QDoubleSpinBox *m_quota;
    QSpinBox *m_parallel;
    QDoubleSpinBox *m_cache;
    QTimer *m_applyTimer;
    unsigned m_edited = 0;
    bool m_loading = false;
};

} // namespace refrain
