// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include <memory>

std::unique_ptr<QCoreApplication> casebookCreateTestApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}
