// ExportDialog: what to export to PDF (the article, the selection, the view) and how.
#pragma once

#include "pdfexporter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace Gazette::Ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Article, Selection, View };

    // Counts of 0 disable a choice; `viewName` says what the view shows ("finance", "search 新能源").
    ExportDialog(const QString &articleTitle, int selected, int inView, const QString &viewName, QWidget *parent = nullptr);

    Scope scope() const;
    Export::PdfOptions options() const;
    QString outputFile() const;
    bool openWhenDone() const;

    void accept() override;

private:
    QButtonGroup *m_scope;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QCheckBox *m_images;
    QLineEdit *m_output;
    QCheckBox *m_open;
    QString m_viewName;
    QString m_articleTitle;
};

} // namespace Gazette::Ui
