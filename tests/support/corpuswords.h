// Names for generated libraries: artists, albums and songs in Latin (accented and invented
// words for a long tail), Cyrillic and CJK scripts, and genres — deterministic from the generator.
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace refrain::test::corpus {

enum class Script { Latin, Cyrillic, Cjk };

Script pickScript(QRandomGenerator &rng);
QString artistIn(QRandomGenerator &rng, Script script);
QString albumIn(QRandomGenerator &rng, Script script);
QString songIn(QRandomGenerator &rng, Script script);
QString genreName(QRandomGenerator &rng);

} // namespace refrain::test::corpus
