// SettingsDialog: the reader's theme and font, when articles count as read, where the library lives.
#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Gazette::Ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &currentLibrary, QWidget *parent = nullptr);
    // Writes the choices to the settings file.
    void accept() override;

    static QString theme(); // "system", "light", "dark", "sepia"
    static QString fontFamily(); // empty: the reader's own
    static int fontSize(); // px; 0: the reader's own
    static int markReadDelayMs(); // negative: never by itself
    static QString libraryPath(); // empty: the default location

private:
    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QSpinBox *m_delay;
    QLineEdit *m_library;
};

} // namespace Gazette::Ui
