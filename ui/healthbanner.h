// HealthBanner: the strip at the top of the window that says how the music service is doing,
// whose problem it is and how fresh that is — icon, colour and words, never colour alone — with
// one useful action, expandable details and a way to dismiss it until things get worse.
#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

namespace refrain {

class HealthDetails;
class HealthModel;

class HealthBanner : public QFrame {
    Q_OBJECT
public:
    explicit HealthBanner(HealthModel *model, QWidget *parent = nullptr);

    QString headlineText() const;
    QString detailText() const;
    QString levelText() const;
    QString maintenanceText() const; // the upcoming maintenance line; empty when hidden
    QString offlineText() const;     // what still plays (Essentials' readiness); empty when hidden
    QString freshnessText() const;   // the basis and freshness line as shown
    QString safeModeText() const;    // the crash safe mode line; empty when hidden

    // Crash safe mode: "Refrain did not close properly last time: … start switched off", with a
    // button to turn them back on. Shown whatever the service does; empty hides it.
    void setSafeModeNote(const QString &text);

    // Pinned: shown even while everything is operational ("Always Show Service Status").
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    // How often "checked 20 s ago" is redrawn while shown (10 s; tests go faster).
    void setFreshnessInterval(int ms);

    QPushButton *actionButton() const { return m_action; }
    QPushButton *reenableButton() const { return m_reenable; }
    QToolButton *detailsToggle() const { return m_detailsToggle; }
    QToolButton *dismissButton() const { return m_dismiss; }
    HealthDetails *details() const { return m_details; }

Q_SIGNALS:
    void retryRequested();
    void openStatusPageRequested(const QUrl &url);
    void statusHistoryRequested();
    void playEssentialsRequested();
    void extrasReenableRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshFreshness();
    void applyColours();
    void runAction();
    void announce(bool worse);

    HealthModel *m_model;
    QLabel *m_icon;
    QLabel *m_level;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_maintenance;
    QLabel *m_offline;
    QLabel *m_basis;
    QLabel *m_safeMode;
    QPushButton *m_reenable;
    QPushButton *m_action;
    QToolButton *m_detailsToggle;
    QToolButton *m_dismiss;
    HealthDetails *m_details;
    QScrollArea *m_detailsArea;
    QTimer *m_freshnessTimer;
    QString m_announced; // the level and headline last announced, so ticks do not chatter
    bool m_pinned = false;
    bool m_applyingColours = false;
};

} // namespace refrain
