// SettingsDialog: a form over gazette.conf.
#include "settingsdialog.h"

#include "gazetteapplication.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gazette::Ui {

QString SettingsDialog::theme()
{
    return GazetteApplication::settings()->value(QStringLiteral("reader/theme"), QStringLiteral("system")).toString();
}

QString SettingsDialog::fontFamily()
{
    return GazetteApplication::settings()->value(QStringLiteral("reader/font")).toString();
}

int SettingsDialog::fontSize()
{
    return GazetteApplication::settings()->value(QStringLiteral("reader/fontSize"), 0).toInt();
}

int SettingsDialog::markReadDelayMs()
{
    return GazetteApplication::settings()->value(QStringLiteral("reader/markReadDelayMs"), 600).toInt();
}

QString SettingsDialog::libraryPath()
{
    return GazetteApplication::settings()->value(QStringLiteral("library/path")).toString();
}

SettingsDialog::SettingsDialog(const QString &currentLibrary, QWidget *parent)
    : QDialog(parent),
      m_theme(new QComboBox),
      m_font(new QFontComboBox),
      m_size(new QSpinBox),
      m_delay(new QSpinBox),
      m_library(new QLineEdit)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Sepia"), QStringLiteral("sepia"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme())));

    m_font->setEditable(true);
    m_font->setCurrentText(fontFamily());
    m_font->lineEdit()->setPlaceholderText(tr("The reader's own (Noto Serif CJK)"));
    if (fontFamily().isEmpty())
        m_font->lineEdit()->clear();
    m_size->setRange(0, 40);
    m_size->setSpecialValueText(tr("The reader's own (17 px)"));
    m_size->setSuffix(tr(" px"));
    m_size->setValue(fontSize());

    m_delay->setRange(-1, 60);
    m_delay->setSpecialValueText(tr("Never by itself"));
    m_delay->setSuffix(tr(" s"));
    const int delay = markReadDelayMs();
    m_delay->setValue(delay < 0 ? -1 : (delay + 999) / 1000);
    m_delay->setToolTip(tr("How long an article stays open before it counts as read; 0: at once"));

    m_library->setText(QDir::toNativeSeparators(libraryPath().isEmpty() ? currentLibrary : libraryPath()));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Library"), m_library->text(),
                                                          tr("Gazette libraries (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_library->setText(QDir::toNativeSeparators(file));
    });
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Font:"), m_font);
    form->addRow(tr("Font size:"), m_size);
    form->addRow(tr("Mark read after:"), m_delay);
    form->addRow(tr("Library:"), libraryRow);
    auto *note = new QLabel(tr("A new library location is used from the next start (File > Open Library switches now)."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::accept()
{
    auto settings = GazetteApplication::settings();
    settings->setValue(QStringLiteral("reader/theme"), m_theme->currentData());
    settings->setValue(QStringLiteral("reader/font"), m_font->currentText().trimmed());
    settings->setValue(QStringLiteral("reader/fontSize"), m_size->value());
    settings->setValue(QStringLiteral("reader/markReadDelayMs"), m_delay->value() < 0 ? -1 : m_delay->value() * 1000);
    settings->setValue(QStringLiteral("library/path"), QDir::fromNativeSeparators(m_library->text().trimmed()));
    QDialog::accept();
}

} // namespace Gazette::Ui
