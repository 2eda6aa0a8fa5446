// PdfMerger: joins PDF files into one (qpdf), numbers its pages and adds an outline.
#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gazette::Export {

struct OutlineEntry
{
    QString title;
    int page = 0; // 0-based index in the merged document
};

class PdfMerger
{
public:
    static Result<int> pageCount(const QString &file);
    static Result<int> pageCount(const QByteArray &pdf);
    // The named destinations of a PDF (the ids of anchors that links point at) and the 0-based page of each:
    // the page of a link to the name where there is one (an anchor that links to itself), else the
    // destination's own page.
    static Result<QHash<QString, int>> destinations(const QByteArray &pdf);

    // Writes the pages of `inputs` in order to `output`. Pages from `firstNumbered` on get "n / N" in their
    // bottom margin (n counted from the first page of the document); `outline` becomes its bookmarks.
    // Few inputs at a time (each stays open until the end): join large sets in steps.
    static Status merge(const QStringList &inputs, const QString &output, int firstNumbered = -1,
                        const QList<OutlineEntry> &outline = {}, const QString &title = {});
};

} // namespace Gazette::Export
