// HealthModel: the current HealthState as properties a view binds to, plus how to present it
// (severity for colour and icon, the text to read aloud). Fed by the HealthMonitor.
#pragma once

#include "core/health/healthstate.h"

#include <QObject>

namespace refrain {

class HealthMonitor;

class HealthModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString level READ levelKey NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
public:
    enum class Severity { Neutral, Good, Warning, Problem };

    explicit HealthModel(QObject *parent = nullptr);

    void attach(HealthMonitor *monitor);

    const HealthState &state() const { return m_state; }
    QString levelKey() const { return HealthState::levelKey(m_state.level); }
    QString headline() const { return m_state.headline; }
    QString detail() const { return m_state.detail; }
    Severity severity() const;
    // "Based on your settings · checked 21:03" — what the banner says about its own knowledge.
    QString basisText() const;

public Q_SLOTS:
    void setState(const refrain::HealthState &state);

Q_SIGNALS:
    void changed();

private:
    HealthState m_state;
};

} // namespace refrain
