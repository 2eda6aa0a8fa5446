// ExportDialog: a form; the choices it remembers live in the application's settings.
#include "exportdialog.h"

#include "gazetteapplication.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Gazette::Ui {

namespace {

QString fileNameFor(const QString &text)
{
    QString name = text.simplified();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    return (name.isEmpty() ? QStringLiteral("Gazette") : name.left(80)) + QStringLiteral(".pdf");
}

} // namespace

ExportDialog::ExportDialog(const QString &articleTitle, int selected, int inView, const QString &viewName, QWidget *parent)
    : QDialog(parent),
      m_scope(new QButtonGroup(this)),
      m_pageSize(new QComboBox),
      m_orientation(new QComboBox),
      m_images(new QCheckBox(tr("Include images"))),
      m_output(new QLineEdit),
      m_open(new QCheckBox(tr("Open the PDF when it is ready"))),
      m_viewName(viewName),
      m_articleTitle(articleTitle)
{
    setWindowTitle(tr("Export to PDF"));
    setObjectName(QStringLiteral("exportDialog"));
    const auto settings = GazetteApplication::settings();

    auto *article = new QRadioButton(articleTitle.isEmpty() ? tr("The article shown") : tr("The article shown: %1").arg(articleTitle.left(60)));
    auto *selection = new QRadioButton(tr("The selected articles (%n)", nullptr, selected));
    auto *view = new QRadioButton(tr("Everything in this view: %1 (%n article(s))", nullptr, inView).arg(viewName));
    article->setEnabled(!articleTitle.isEmpty());
    selection->setEnabled(selected > 1);
    view->setEnabled(inView > 0);
    m_scope->addButton(article, int(Scope::Article));
    m_scope->addButton(selection, int(Scope::Selection));
    m_scope->addButton(view, int(Scope::View));
    (selected > 1 ? selection : !articleTitle.isEmpty() ? article : view)->setChecked(true);

    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    const int savedSize = settings->value(QStringLiteral("export/pageSize"), int(Export::PdfOptions::defaultPageSize())).toInt();
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(savedSize)));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(settings->value(QStringLiteral("export/landscape"), false).toBool() ? 1 : 0);
    m_images->setChecked(settings->value(QStringLiteral("export/images"), true).toBool());
    m_open->setChecked(settings->value(QStringLiteral("export/open"), true).toBool());

    const QString folder = settings->value(QStringLiteral("export/folder"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const auto suggest = [this, folder] {
        const QString current = m_output->text();
        const QString dir = current.isEmpty() ? folder : QFileInfo(current).absolutePath();
        const QString name = scope() == Scope::Article ? m_articleTitle
                : scope() == Scope::Selection          ? tr("Selected articles")
                                                        : m_viewName;
        m_output->setText(QDir(dir).filePath(fileNameFor(name)));
    };
    suggest();
    connect(m_scope, &QButtonGroup::idClicked, this, suggest);
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export to PDF"), m_output->text(), tr("PDF documents (*.pdf)"));
        if (!file.isEmpty())
            m_output->setText(file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? file : file + QStringLiteral(".pdf"));
    });
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);

    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(article);
    scopeBox->addWidget(selection);
    scopeBox->addWidget(view);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), scopeBox);
    form->addRow(tr("Page size:"), m_pageSize);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(QString(), m_images);
    form->addRow(tr("Save as:"), outputRow);
    form->addRow(QString(), m_open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scope->checkedId());
}

Export::PdfOptions ExportDialog::options() const
{
    Export::PdfOptions options;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.images = m_images->isChecked();
    if (scope() == Scope::View)
        options.title = m_viewName;
    else if (scope() == Scope::Selection)
        options.title = tr("Selected articles");
    return options;
}

QString ExportDialog::outputFile() const
{
    return QFileInfo(m_output->text().trimmed()).absoluteFilePath();
}

bool ExportDialog::openWhenDone() const
{
    return m_open->isChecked();
}

void ExportDialog::accept()
{
    const QFileInfo file(outputFile());
    if (m_output->text().trimmed().isEmpty() || !QFileInfo(file.absolutePath()).isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file in a folder that exists."));
        return;
    }
    if (!QFileInfo(file.absolutePath()).isWritable()) {
        QMessageBox::warning(this, windowTitle(), tr("Gazette cannot write in %1.").arg(QDir::toNativeSeparators(file.absolutePath())));
        return;
    }
    if (file.exists()
        && QMessageBox::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(file.fileName())) != QMessageBox::Yes)
        return;
    auto settings = GazetteApplication::settings();
    settings->setValue(QStringLiteral("export/pageSize"), m_pageSize->currentData());
    settings->setValue(QStringLiteral("export/landscape"), m_orientation->currentIndex() == 1);
    settings->setValue(QStringLiteral("export/images"), m_images->isChecked());
    settings->setValue(QStringLiteral("export/open"), m_open->isChecked());
    settings->setValue(QStringLiteral("export/folder"), file.absolutePath());
    QDialog::accept();
}

} // namespace Gazette::Ui
