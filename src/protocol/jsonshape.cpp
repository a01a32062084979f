#include "jsonshape.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
struct Frame {
    bool isArray = false;
    qsizetype count = 0;
    bool expectsValue = false; ///< right after '[' or ',' inside an array
};
} // namespace

Status JsonShape::check(const QByteArray &json, Limits limits)
{
    QList<Frame> frames;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (!frames.isEmpty() && frames.last().isArray && frames.last().expectsValue && c != ']') {
            frames.last().expectsValue = false;
            if (++frames.last().count > limits.maxArrayLength)
                return Error{u"json_array_too_long"_s,
                             u"A JSON array in the body has more than %1 entries."_s.arg(limits.maxArrayLength)};
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            frames.append(Frame{c == '[', 0, c == '['});
            if (frames.size() > limits.maxDepth)
                return Error{u"json_too_deep"_s, u"The JSON body nests deeper than %1 levels."_s.arg(limits.maxDepth)};
            break;
        case ']':
        case '}':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (!frames.isEmpty() && frames.last().isArray)
                frames.last().expectsValue = true;
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace sitesafe
