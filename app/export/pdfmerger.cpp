// PdfMerger: qpdf's object model: copy the pages, add a content stream with the page number, write.
#include "pdfmerger.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNameTreeObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <exception>
#include <memory>
#include <vector>

// Page objects as hash keys (for the page index of a destination).
inline size_t qHash(const QPDFObjGen &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.getObj(), key.getGen());
}

namespace Gazette::Export {

namespace {

// Helvetica's advance widths (1/1000 em) for what a page number uses.
double helveticaWidth(const std::string &text)
{
    double width = 0;
    for (char c : text)
        width += (c >= '0' && c <= '9') ? 556 : 278; // digits; space and '/'
    return width / 1000.0;
}

void numberPage(QPDF &pdf, QPDFPageObjectHelper page, QPDFObjectHandle font, int number, int total)
{
    QPDFObjectHandle pageObject = page.getObjectHandle();
    QPDFObjectHandle resources = pageObject.getKey("/Resources");
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        pageObject.replaceKey("/Resources", resources);
    }
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (!fonts.isDictionary()) {
        fonts = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/Font", fonts);
    }
    fonts.replaceKey("/GazettePageNumber", font);

    const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
    const std::string text = std::to_string(number) + " / " + std::to_string(total);
    const double size = 8.5;
    const double x = box.llx + ((box.urx - box.llx) - helveticaWidth(text) * size) / 2;
    const double y = box.lly + 24;
    const std::string content = "q BT /GazettePageNumber " + std::to_string(size) + " Tf 0.35 g " + std::to_string(x) + " "
            + std::to_string(y) + " Td (" + text + ") Tj ET Q\n";
    // The page's own content may leave its transformation in place: enclose it in q ... Q first.
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, std::string("q\n")), true);
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "Q\n" + content), false);
}

// The /Outlines tree: one level, an entry per article, pointing at its first page.
void addOutline(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const QList<OutlineEntry> &outline)
{
    if (outline.isEmpty())
        return;
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    root.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    std::vector<QPDFObjectHandle> items;
    for (const OutlineEntry &entry : outline) {
        if (entry.page < 0 || size_t(entry.page) >= pages.size())
            continue;
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(entry.title.toStdString()));
        item.replaceKey("/Parent", root);
        QPDFObjectHandle destination = QPDFObjectHandle::newArray();
        destination.appendItem(pages[size_t(entry.page)].getObjectHandle());
        destination.appendItem(QPDFObjectHandle::newName("/Fit"));
        item.replaceKey("/Dest", destination);
        if (!items.empty()) {
            item.replaceKey("/Prev", items.back());
            items.back().replaceKey("/Next", item);
        }
        items.push_back(item);
    }
    if (items.empty())
        return;
    root.replaceKey("/First", items.front());
    root.replaceKey("/Last", items.back());
    root.replaceKey("/Count", QPDFObjectHandle::newInteger(qint64(items.size())));
    pdf.getRoot().replaceKey("/Outlines", root);
    pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

} // namespace

Result<int> PdfMerger::pageCount(const QString &file)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(file).constData());
        return int(QPDFPageDocumentHelper(pdf).getAllPages().size());
    } catch (const std::exception &e) {
        return Result<int>::failure(QStringLiteral("%1: not a readable PDF (%2)").arg(file, QString::fromLocal8Bit(e.what())));
    }
}

Result<int> PdfMerger::pageCount(const QByteArray &data)
{
    // Chromium writes its page objects as plain text: count them without parsing the file.
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    if (!data.contains("/ObjStm")) {
        const QString latin1 = QString::fromLatin1(data);
        int pages = 0;
        for (auto it = pageObject.globalMatch(latin1); it.hasNext(); it.next())
            ++pages;
        if (pages > 0)
            return pages;
    }
    try {
        QPDF pdf;
        pdf.processMemoryFile("page", data.constData(), size_t(data.size()));
        return int(QPDFPageDocumentHelper(pdf).getAllPages().size());
    } catch (const std::exception &e) {
        return Result<int>::failure(QStringLiteral("not a readable PDF (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
}

Result<QHash<QString, int>> PdfMerger::destinations(const QByteArray &data)
{
    try {
        QPDF pdf;
        pdf.processMemoryFile("chunk", data.constData(), size_t(data.size()));
        QHash<QPDFObjGen, int> pageIndex;
        QHash<QString, int> found;
        QHash<QString, double> tallest;
        int index = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            pageIndex.insert(page.getObjectHandle().getObjGen(), index);
            // A link to a name sits where its anchor is when it links to itself (the export's titles). A
            // link cut by a page break leaves a sliver at the foot of the page before: the tallest part counts.
            QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
            for (int i = 0; annotations.isArray() && i < annotations.getArrayNItems(); ++i) {
                QPDFObjectHandle annotation = annotations.getArrayItem(i);
                QPDFObjectHandle dest = annotation.getKey("/Dest");
                const std::string name = dest.isName() ? dest.getName().substr(1) : dest.isString() ? dest.getUTF8Value() : std::string();
                QPDFObjectHandle rect = annotation.getKey("/Rect");
                const double height = rect.isRectangle() ? rect.getArrayAsRectangle().ury - rect.getArrayAsRectangle().lly : 0;
                const QString key = QString::fromStdString(name);
                if (!name.empty() && height > tallest.value(key, -1)) {
                    tallest.insert(key, height);
                    found.insert(key, index);
                }
            }
            ++index;
        }
        QHash<QString, int> linked = found;
        found.clear();
        const auto add = [&](const std::string &name, QPDFObjectHandle destination) {
            if (destination.isDictionary())
                destination = destination.getKey("/D");
            if (destination.isArray() && destination.getArrayNItems() > 0) {
                const auto it = pageIndex.constFind(destination.getArrayItem(0).getObjGen());
                if (it != pageIndex.constEnd())
                    found.insert(QString::fromStdString(name), *it);
            }
        };
        // PDF 1.1 style: a /Dests dictionary in the catalog (what Chromium writes).
        QPDFObjectHandle dests = pdf.getRoot().getKey("/Dests");
        if (dests.isDictionary())
            for (const std::string &key : dests.getKeys())
                add(key.substr(1), dests.getKey(key));
        // PDF 1.2 style: a name tree under /Names /Dests.
        QPDFObjectHandle names = pdf.getRoot().getKey("/Names");
        if (names.isDictionary() && names.getKey("/Dests").isDictionary()) {
            QPDFNameTreeObjectHelper tree(names.getKey("/Dests"), pdf);
            for (const auto &[name, destination] : tree)
                add(name, destination);
        }
        // A self-link's own page wins: Chromium records the destination of an element after a forced page
        // break at the end of the page before it.
        for (auto it = linked.cbegin(); it != linked.cend(); ++it)
            found.insert(it.key(), it.value());
        return found;
    } catch (const std::exception &e) {
        return Result<QHash<QString, int>>::failure(QStringLiteral("not a readable PDF (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
}

Status PdfMerger::merge(const QStringList &inputs, const QString &output, int firstNumbered,
                        const QList<OutlineEntry> &outline, const QString &title)
{
    try {
        QPDF merged;
        merged.emptyPDF();
        QPDFPageDocumentHelper mergedPages(merged);
        std::vector<std::unique_ptr<QPDF>> sources; // must outlive the write
        for (const QString &input : inputs) {
            auto source = std::make_unique<QPDF>();
            source->processFile(QFile::encodeName(input).constData());
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*source).getAllPages())
                mergedPages.addPage(page, false);
            sources.push_back(std::move(source));
        }
        const std::vector<QPDFPageObjectHelper> pages = mergedPages.getAllPages();
        if (firstNumbered >= 0) {
            QPDFObjectHandle font = merged.makeIndirectObject(
                    QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
            for (size_t i = size_t(firstNumbered); i < pages.size(); ++i)
                numberPage(merged, pages[i], font, int(i) + 1, int(pages.size()));
        }
        addOutline(merged, pages, outline);
        if (!title.isEmpty()) {
            QPDFObjectHandle info = merged.makeIndirectObject(QPDFObjectHandle::newDictionary());
            info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title.toStdString()));
            info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Gazette " GAZETTE_VERSION));
            merged.getTrailer().replaceKey("/Info", info);
        }
        QPDFWriter writer(merged, QFile::encodeName(output).constData());
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        return success();
    } catch (const std::exception &e) {
        return Status::failure(QStringLiteral("%1: %2").arg(output, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace Gazette::Export
