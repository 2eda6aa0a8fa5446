#!/usr/bin/env python3
"""Fills resources/translations/gazette_zh_CN.ts (Simplified Chinese) and the English plural forms of
gazette_en.ts from the tables below; run it after `lupdate` (see README, Development). Strings missing
from the table stay unfinished and show in English."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    "%n article(s)": "%n 篇文章", "Exported %1": "导出于 %1", "Contents": "目录",
    "cannot make a temporary folder: %1": "无法创建临时文件夹：%1", "no article with id %1": "没有编号为 %1 的文章",
    "no articles to export": "没有可导出的文章", "could not print article %1 (%2)": "无法打印文章 %1（%2）",
    "cannot write %1: %2": "无法写入 %1：%2", "could not print the contents": "无法打印目录", "Tags: %1": "标签：%1",
    "The file of this article is gone; the library keeps it.": "这篇文章的文件已不在，文库仍保留它。",
    "Title": "标题", "Date": "日期", "Category": "分类", "Tags": "标签", "Match": "匹配",
    "&Copy": "复制(&C)", "&Open Link in Browser": "在浏览器中打开链接(&O)", "Copy &Link Address": "复制链接地址(&L)",
    "&Save Image As...": "图片另存为(&S)...", "Save Image": "保存图片", "Cannot write %1: %2": "无法写入 %1：%2",
    "&Print to PDF...": "打印为 PDF(&P)...", "All articles": "全部文章", "Unread": "未读", "Starred": "星标",
    "Saved searches": "已存搜索", "Saved search: %1 (%2 articles)": "已存搜索：%1（%2 篇）", "%1: %2 articles": "%1：%2 篇",
    "%1: %2 articles, %3 unread": "%1：%2 篇，%3 篇未读", "Category: %1": "分类：%1", "Articles": "文章",
    "Clear": "清除", "Show the category without tag filters": "取消标签筛选，显示整个分类", "Any of:": "任一：",
    "All of:": "全部：", "Tag:": "标签：", "Remove the filter %1": "移除筛选条件 %1", "Include images": "包含图片",
    "Open the PDF when it is ready": "完成后打开 PDF", "Export to PDF": "导出为 PDF", "The article shown": "当前文章",
    "The article shown: %1": "当前文章：%1", "The selected articles (%n)": "选中的文章（%n 篇）",
    "Everything in this view: %1 (%n article(s))": "当前视图的全部文章：%1（%n 篇）", "Portrait": "纵向", "Landscape": "横向",
    "Selected articles": "选中的文章", "Browse...": "浏览...", "PDF documents (*.pdf)": "PDF 文档 (*.pdf)",
    "Export:": "导出：", "Page size:": "纸张大小：", "Orientation:": "方向：", "Save as:": "保存为：", "Export": "导出",
    "Choose a file in a folder that exists.": "请选择一个已存在文件夹中的文件。", "Gazette cannot write in %1.": "Gazette 无法写入 %1。",
    "%1 exists. Replace it?": "%1 已存在。要替换吗？", "Gazette": "Gazette", "Filter titles (Ctrl+F)": "筛选标题 (Ctrl+F)",
    "Images %v of %m": "图片 %v / %m", "Stop": "停止", "Stop downloading images": "停止下载图片",
    "Make Available Offline": "离线可读",
    'Search (Ctrl+K): words, "a phrase", -word, tag:NAME, after:2024-01-01': "搜索 (Ctrl+K)：词语、\"短语\"、-排除词、tag:标签、after:2024-01-01",
    "Search": "搜索", "Choose an article": "请选择一篇文章", "&File": "文件(&F)", "&Import Folder...": "导入文件夹(&I)...",
    "&Open Library...": "打开文库(&O)...", "Make Available &Offline": "离线可读(&O)", "The &Current Category": "当前分类(&C)",
    "The &Selected Articles": "选中的文章(&S)", "&Everything": "全部(&E)", "&Export to PDF...": "导出为 PDF(&E)...",
    "&Download Images After Each Import": "每次导入后下载图片(&D)", "&Settings...": "设置(&S)...", "&Quit": "退出(&Q)",
    "&Search": "搜索(&S)", "&Find...": "查找(&F)...", "&Save Search...": "保存搜索(&S)...",
    "Keep this search in the category tree; it follows new imports": "把这个搜索保存在分类树中，新导入的文章也会计入",
    "&Remove Saved Search": "删除已存搜索(&R)", "&Help": "帮助(&H)", "&About Gazette": "关于 Gazette(&A)", "&Article": "文章(&A)",
    "&Next Article": "下一篇(&N)", "&Previous Article": "上一篇(&P)", "Next &Unread Article": "下一篇未读(&U)",
    "Scroll, then Next": "向下滚动，然后下一篇", "&Star": "星标(&S)", "Toggle &Read": "切换已读(&R)",
    "Mark &All in View as Read": "将视图中全部标为已读(&A)", "&Hide (the File Stays)": "隐藏（文件保留）(&H)",
    "Open &Original in Browser": "在浏览器中打开原文(&O)", "&View": "视图(&V)", "&Theme": "主题(&T)",
    "Follow the &System": "跟随系统(&S)", "&Light": "浅色(&L)", "&Dark": "深色(&D)", "S&epia": "护眼(&E)",
    "Zoom &In": "放大(&I)", "Zoom &Out": "缩小(&O)", "&Actual Size": "实际大小(&A)",
    "No unread article below this one": "下面没有未读文章了", "%n article(s) marked read": "%n 篇文章已标为已读",
    "Hidden: %1 (the file stays; gazette list --all shows it)": "已隐藏：%1（文件保留；gazette list --all 可见）",
    "No articles here": "这里没有文章", "This article names no original": "这篇文章没有原文链接", "none open": "未打开",
    "About Gazette": "关于 Gazette",
    "<h3>Gazette %1</h3><p>An offline reader for Jekyll news archives.</p><p>Qt %2 · SQLite %3</p><p>Library: %4</p>":
        "<h3>Gazette %1</h3><p>Jekyll 新闻存档的离线阅读器。</p><p>Qt %2 · SQLite %3</p><p>文库：%4</p>",
    "Cannot open the library": "无法打开文库", "Gazette — %1": "Gazette — %1",
    "Every image of these articles is stored": "这些文章的图片均已保存", "Offline: %1": "离线：%1", "%1: %2": "%1：%2",
    "Images that failed are tried again later; they show as placeholders until then.": "下载失败的图片稍后会重试，在此之前显示为占位框。",
    "Search: %1": "搜索：%1", "Exporting %n article(s) to PDF...": "正在将 %n 篇文章导出为 PDF...", "Cancel": "取消",
    "Putting the PDF together...": "正在合成 PDF...", "Export cancelled": "导出已取消", "Export failed": "导出失败",
    "Exported %n article(s) to %1 (%2 pages)": "已将 %n 篇文章导出到 %1（%2 页）", "Exporting to PDF...": "正在导出 PDF...",
    "Nothing found for %1": "没有找到 %1", "the first 500 results for %1": "%1 的前 500 条结果", "%n result(s) for %1": "%1：%n 条结果",
    "Save Search": "保存搜索", "Name of the saved search:": "已存搜索的名称：", ", %n unread": "，%n 篇未读",
    "Import a Jekyll site or folder of posts": "导入 Jekyll 站点或文章文件夹", "Open or create a library": "打开或新建文库",
    "Gazette libraries (*.sqlite);;All files (*)": "Gazette 文库 (*.sqlite);;所有文件 (*)", "Importing %1...": "正在导入 %1...",
    "Import": "导入", "Last import: %1": "上次导入：%1", "Importing...": "正在导入...", "Import failed": "导入失败",
    "Import finished": "导入完成", "%n file(s) could not be imported; see the details.": "%n 个文件无法导入，详见详细信息。",
    "Settings": "设置", "Follow the system": "跟随系统", "Light": "浅色", "Dark": "深色", "Sepia": "护眼",
    "The reader's own (Noto Serif CJK)": "阅读器默认（思源宋体）", "The reader's own (17 px)": "阅读器默认（17 像素）",
    " px": " 像素", "Never by itself": "从不自动", " s": " 秒",
    "How long an article stays open before it counts as read; 0: at once": "文章打开多久后算作已读；0 表示立即",
    "Library": "文库", "Theme:": "主题：", "Font:": "字体：", "Font size:": "字号：", "Mark read after:": "标为已读：",
    "Library:": "文库：", "A new library location is used from the next start (File > Open Library switches now).":
        "新的文库位置在下次启动时生效（“文件 > 打开文库”可立即切换）。",
    "%n article(s) tagged %1": "%n 篇文章带有标签 %1", "Filter tags (Ctrl+L)": "筛选标签 (Ctrl+L)", "All of them": "全部满足",
    "Any of them": "满足任一", "Show articles with all the ticked tags, or with any of them": "显示带有全部或任一所选标签的文章",
    "%1\n\n%2": "%1\n\n%2", "Show Only Tag": "只看标签", "Export to PDF...": "导出为 PDF...", "&Update Library": "更新文库(&U)",
    "Import every folder of the library again: new posts come in, changed ones are updated": "重新导入文库的所有文件夹：新文章会加入，改动的会更新",
    "Filter &Titles": "筛选标题(&T)", "Filter by T&ags": "按标签筛选(&A)", "&Clear Tag Filters": "清除标签筛选(&C)",
    "Updated: %1 new, %2 changed": "已更新：新增 %1，变更 %2", "Update Library": "更新文库",
    "%1 new and %2 changed articles.": "新增 %1 篇，变更 %2 篇。", "%1 (%n article(s), kept in the library)": "%1（%n 篇文章，仍保留在文库中）",
    "These folders are gone (moved, deleted or on a drive that is not mounted); their articles stay in the library:\n\n%1":
        "这些文件夹已不在（被移动、删除，或所在磁盘未挂载）；其中的文章仍保留在文库中：\n\n%1",
    "The library is damaged": "文库已损坏", "%1 cannot be read: %2": "无法读取 %1：%2",
    "Gazette can put it aside and start a new, empty library.": "Gazette 可以把它移到一旁，新建一个空文库。",
    "Gazette can put it aside and rebuild the library from its folders:\n%1\nReading state (read, starred) of the damaged library is lost; the posts are not.":
        "Gazette 可以把它移到一旁，并从这些文件夹重建文库：\n%1\n损坏文库中的阅读状态（已读、星标）会丢失，文章不会。",
    "Start a New Library": "新建文库", "Rebuild from the Folders": "从文件夹重建", "Cannot move %1 aside.": "无法移开 %1。",
    "The damaged library is kept as %1": "损坏的文库已保存为 %1",
}


def english_plural(source):
    one = source.replace("(s)", "").replace("%n article ", "%n article ")
    many = source.replace("(s)", "s")
    return [one, many]


def fill(path, chinese):
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        if chinese:
            text = ZH.get(source)
            if text is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            if numerus:
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
        else:
            if not numerus:
                translation.set("type", "unfinished")  # the source is the English text
                continue
            for text in english_plural(source):
                ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None) if (chinese or numerus) else None
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "resources/translations"
    missing = fill(f"{folder}/gazette_zh_CN.ts", True)
    fill(f"{folder}/gazette_en.ts", False)
    for source in missing:
        print("untranslated:", source)
