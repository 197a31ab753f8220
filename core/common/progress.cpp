// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/progress.h"

#include <algorithm>

namespace Casebook::Core {

bool Progress::operator()(qint64 done, qint64 total) const
{
    return !m_callback || m_callback(done, total);
}

Progress Progress::part(int fromPermille, int toPermille) const
{
    if (!m_callback)
        return {};
    return Progress([outer = m_callback, fromPermille, toPermille](qint64 done, qint64 total) {
        const qint64 span = toPermille - fromPermille;
        const qint64 inside = total > 0 ? std::clamp(done, qint64 {0}, total) * span / total : 0;
        return outer(fromPermille + inside, Scale);
    });
}

Error Progress::cancelled()
{
    return Error {Error::Kind::Cancelled, tr("Stopped: nothing was changed.")};
}

} // namespace Casebook::Core
