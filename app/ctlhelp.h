// The words of `refrainctl --help`: every command with its options, and the exit codes.
#pragma once

#include <QString>

namespace refrain::ctl {

QString helpText();

} // namespace refrain::ctl
