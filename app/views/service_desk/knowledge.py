"""The Knowledge page: articles by title or category, the selected one rendered from its Markdown, and
export to HTML or PDF for a customer. Ranked search and ticket suggestions come from the service."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.services.core.errors import RapportError
from app.services.service_desk.knowledge import ArticleDetail, ArticleInput
from app.services.service_desk.knowledge_export import body_html, to_html, to_pdf
from app.views.common.columns import Column
from app.views.common.env import EntityKind, ViewEnv
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.form_dialog import Field, FormDialog
from app.views.common.formatting import short_datetime
from app.views.lists.filter_bar import Filter
from app.views.lists.record_page import RecordListPage

ARTICLE = EntityKind("kb_article", "article", lambda ctx: ctx.knowledge)


def tr(text: str) -> str:
    return QCoreApplication.translate("KnowledgePage", text)


ARTICLE_COLUMNS = (
    Column("title", tr("Title"), lambda r: r.title, 320, sort="title"),
    Column("category", tr("Category"), lambda r: r.category, 140, sort="category"),
    Column("state", tr("State"), lambda r: tr("Published") if r.published else tr("Draft"), 90),
    Column("updated", tr("Updated"), lambda r: short_datetime(r.updated_at), 130, sort="updated"),
)


class ArticleEditor(FormDialog):
    def __init__(self, env: ViewEnv, detail: ArticleDetail | None = None, parent: QWidget | None = None):
        fields = [
            Field("title", tr("Title *")),
            Field("category", tr("Category"), column=1),
            Field(
                "published",
                tr("State"),
                "choice",
                lambda: [(True, tr("Published")), (False, tr("Draft"))],
                column=1,
            ),
            Field("body", tr("Text (Markdown)"), "multiline", column=2),
        ]
        super().__init__(env, ARTICLE, fields, detail, parent)
        self.editor("body").setMaximumHeight(16777215)
        self.editor("body").setMinimumHeight(260)

    def to_input(self, values: dict[str, Any]) -> ArticleInput:
        return ArticleInput(values["title"], values["body"], values["category"], bool(values["published"]))

    def record_label(self, values: dict[str, Any]) -> str:
        return str(values["title"])


class KnowledgePage(RecordListPage):
    title = QT_TRANSLATE_NOOP("labels", "Knowledge")
    noun = QT_TRANSLATE_NOOP("labels", "articles")
    settings_key = "knowledge"
    entities = ("kb_article",)
    search_hint = QT_TRANSLATE_NOOP("labels", "Search title, category, text…")
    kind = ARTICLE
    editor_class = ArticleEditor

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        filters = [
            Filter(
                "kind",
                tr("All categories"),
                lambda: [(c, c) for c in env.ctx.knowledge.categories()],
                ("kb_article",),
            )
        ]
        super().__init__(env, ARTICLE_COLUMNS, (), parent, filters=filters)
        self.new_button.setText(self.tr("New article"))
        self.new_button.setAccessibleName(self.tr("New article"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.article: ArticleDetail | None = None
        self.preview = QTextBrowser(objectName="articlePreview")
        self.preview.setAccessibleName(self.tr("Article"))
        self.preview.setOpenExternalLinks(True)
        self.html_button = QPushButton(self.tr("Export HTML…"), objectName="exportHtml")
        self.html_button.setAccessibleName(self.tr("Export the article as HTML"))
        self.html_button.clicked.connect(lambda: self.export_article("html"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"), objectName="exportPdf")
        self.pdf_button.setAccessibleName(self.tr("Export the article as PDF"))
        self.pdf_button.clicked.connect(lambda: self.export_article("pdf"))
        edit = QPushButton(self.tr("Edit…"), objectName="editArticle")
        edit.setAccessibleName(self.tr("Edit the article"))
        edit.clicked.connect(lambda: self.article and RecordListPage.open_id(self, self.article.id))
        pane = QWidget(objectName="detailPane")
        pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        buttons = QHBoxLayout()
        for button in (edit, self.html_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.heading = QLabel(objectName="paneTitle", wordWrap=True)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)
        self.pane = pane
        self.splitter.addWidget(pane)
        self.splitter.setSizes([620, 560])
        pane.hide()
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def _on_current(self, current: Any, _previous: Any = None) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is not None:
            self.show_article(item.id)

    def show_article(self, article_id: uuid.UUID) -> None:
        try:
            self.article = self.env.ctx.knowledge.get(article_id)
        except RapportError as exc:
            self.env.error(str(exc))
            return
        self.heading.setText(self.article.title)
        self.preview.setHtml(body_html(self.article.body))
        self.pane.show()

    def open_id(self, record_id: Any) -> None:
        self.show_article(record_id)
        self.select_id(record_id)

    def export_article(self, kind: str, path: Path | None = None) -> Path | None:
        """Write the shown article as HTML or PDF (asks where unless `path` is given)."""
        if self.article is None:
            return None
        if path is None:
            name, _ = get_save_file_name(
                self, self.tr("Export article"), f"{self.article.title}.{kind}", f"{kind.upper()} (*.{kind})"
            )
            if not name:
                return None
            path = Path(name)
        try:
            if kind == "pdf":
                to_pdf(self.article, path)
            else:
                path.write_text(to_html(self.article), encoding="utf-8")
        except (OSError, RapportError) as exc:
            self.env.error(self.tr("Could not export: {0}").format(exc))
            return None
        self.env.status(self.tr("Wrote {0}").format(path))
        return path
