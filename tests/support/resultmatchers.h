#pragma once

#include <string>

#include "core/error.h"

/// The error of a failed Result/Status as text for Catch's INFO, or "ok".
template<typename R>
std::string errorText(const R &result)
{
    return result.isOk() ? std::string("ok")
                         : QString(result.error().code + QStringLiteral(": ") + result.error().message).toStdString();
}
