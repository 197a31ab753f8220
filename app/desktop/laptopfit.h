// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QWidget;

namespace Casebook::App {

// What keeps the windows usable on a coach's 1366×768 laptop: every window and dialog sized to
// the screen it opens on, and combo and spin boxes that ignore the wheel unless they have the focus
// (a scrolled form never changes an answer).
class LaptopFit : public QObject
{
    Q_OBJECT

public:
    // Installed once on the application: the wheel rule for every combo and spin box.
    static void install();
    // The preferred size, shrunk to the available area of the widget's screen (with room for the
    // window frame), and centred on its parent or the screen.
    static void resize(QWidget *window, QSize preferred);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Casebook::App
