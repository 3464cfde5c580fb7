"""The report builder: entity, columns, grouping (dates by month, quarter or year), figures, the lists'
filters or a segment, sort and limit. It reads and makes a `ReportDefinition`; it never runs a report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.services.reports.definition import (
    AGGREGATES,
    BUCKETS,
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Aggregate,
    GroupBy,
    ReportDefinition,
)
from app.services.reports.fields import DATED, NUMERIC
from app.services.reports.service import FieldChoice
from app.views.common.env import ViewEnv

FILTERS_PER_ROW = 4
OP_WORDS = {"sum": "sum", "avg": "average", "min": "lowest", "max": "highest"}


def _find(box: QComboBox, value: Any) -> int:
    """The index of `value` among the items' data (Python equality: findData never matches a UUID)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), 0)


class CheckMenuButton(QToolButton):
    """A button whose menu holds checkable choices; the button says how many are chosen."""

    changed = Signal()

    def __init__(self, title: str, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().triggered.connect(lambda _a: self._changed())

    def set_choices(self, choices: list[tuple[str, str]], chosen: list[str]) -> None:
        self.menu().clear()
        for key, label in choices:
            action = self.menu().addAction(label)
            action.setCheckable(True)
            action.setData(key)
        self.set_chosen(chosen)

    def set_chosen(self, chosen: list[str]) -> None:
        order = {key: i for i, key in enumerate(chosen)}
        for action in self.menu().actions():
            action.setChecked(action.data() in order)
        self._order = [k for k in chosen if k in self.keys()]
        self._label()

    def keys(self) -> list[str]:
        return [a.data() for a in self.menu().actions()]

    def chosen(self) -> list[str]:
        """The chosen keys: those kept in the order they were chosen, new ones after them."""
        checked = {a.data() for a in self.menu().actions() if a.isChecked()}
        kept = [k for k in self._order if k in checked]
        return kept + [k for k in self.keys() if k in checked and k not in kept]

    def _changed(self) -> None:
        self._order = self.chosen()
        self._label()
        self.changed.emit()

    def _label(self) -> None:
        count = len(self._order)
        self.setText(f"{self.title} ({count})" if count else f"{self.title}…")


class ReportBuilder(QWidget):
    """Emits `changed` on every edit; `definition()` reads it, `load(definition)` shows one."""

    changed = Signal()

    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.fields: list[FieldChoice] = []
        self._loading = False
        reports = env.ctx.reports
        self.entity = QComboBox(objectName="reportEntity")
        for name, label in reports.entities():
            self.entity.addItem(label, name)
        self.columns = CheckMenuButton("Columns", "reportColumns")
        self.figures = CheckMenuButton("Figures", "reportFigures")
        self.group1, self.bucket1 = (
            QComboBox(objectName="reportGroup1"),
            QComboBox(objectName="reportBucket1"),
        )
        self.group2, self.bucket2 = (
            QComboBox(objectName="reportGroup2"),
            QComboBox(objectName="reportBucket2"),
        )
        for bucket in (self.bucket1, self.bucket2):
            for b in BUCKETS:
                bucket.addItem(self.tr("by {b}").format(b=b), b)
        self.search = QLineEdit(
            objectName="reportSearch", placeholderText=self.tr("Search…"), accessibleName=self.tr("Search")
        )
        self.search.setClearButtonEnabled(True)
        self.owner = QComboBox(objectName="reportOwner")
        self.status = QComboBox(objectName="reportStatus")
        self.kind = QComboBox(objectName="reportKind")
        self.country = QLineEdit(
            objectName="reportCountry", placeholderText=self.tr("Country"), accessibleName=self.tr("Country")
        )
        self.country.setMaxLength(2)
        self.country.setFixedWidth(70)
        self.segment = QComboBox(objectName="reportSegment")
        self.tag = QComboBox(objectName="reportTag")
        self.sort = QComboBox(objectName="reportSort", toolTip=self.tr("The order of the rows"))
        self.descending = QCheckBox(self.tr("Descending"), objectName="reportDescending")
        self.limit = QSpinBox(
            objectName="reportLimit",
            accessibleName=self.tr("Most rows"),
            minimum=1,
            maximum=MAX_LIMIT,
            value=DEFAULT_LIMIT,
        )
        self.limit.setSingleStep(100)
        self.limit.setPrefix(self.tr("Top "))
        self.limit.setToolTip(self.tr("The most rows (groups) the report shows"))
        for box in (
            self.entity,
            self.group1,
            self.group2,
            self.owner,
            self.status,
            self.kind,
            self.segment,
            self.tag,
            self.sort,
        ):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.search.setMinimumWidth(130)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        rows = (
            (self.entity, self.columns, self.figures, self.sort, self.descending),
            (
                QLabel(self.tr("Group by")),
                self.group1,
                self.bucket1,
                QLabel(self.tr("then")),
                self.group2,
                self.bucket2,
                self.limit,
            ),
        )
        for i, widgets in enumerate(rows):
            row = QHBoxLayout()
            row.setSpacing(6)
            for w in widgets:
                row.addWidget(w)
            row.addStretch(1)
            grid.addLayout(row, i, 0)
        # the filters that apply to the entity, FILTERS_PER_ROW to a row (so the page fits 1024 px)
        self.filter_rows = (QHBoxLayout(), QHBoxLayout())
        for i, filter_row in enumerate(self.filter_rows):
            filter_row.setSpacing(6)
            grid.addLayout(filter_row, 2 + i, 0)
        self.entity.currentIndexChanged.connect(lambda _i: self._entity_changed())
        for box in (self.group1, self.group2, self.bucket1, self.bucket2):
            box.currentIndexChanged.connect(lambda _i: self._edited())
        for box in (self.owner, self.status, self.kind, self.segment, self.tag, self.sort):
            box.currentIndexChanged.connect(lambda _i: self._edited(resort=False))
        for button in (self.columns, self.figures):
            button.changed.connect(self._edited)
        self.search.editingFinished.connect(lambda: self._edited(resort=False))
        self.country.editingFinished.connect(lambda: self._edited(resort=False))
        self.descending.toggled.connect(lambda _on: self._edited(resort=False))
        self.limit.valueChanged.connect(lambda _v: self._edited(resort=False))
        self._entity_changed()

    # --- reading and showing a definition ----------------------------------------------------------
    @property
    def entity_name(self) -> str:
        return str(self.entity.currentData())

    def definition(self) -> ReportDefinition:
        groups = []
        for box, bucket in ((self.group1, self.bucket1), (self.group2, self.bucket2)):
            key = box.currentData()
            if key:
                groups.append(
                    GroupBy(key, bucket.currentData() if bucket.isVisible() or self._dated(key) else "")
                )
        aggregates = []
        for key in self.figures.chosen():
            op, _, name = key.partition(":")
            aggregates.append(Aggregate(op, name))
        filters: dict[str, Any] = {"search": self.search.text().strip()}
        for name, box in (("owner_id", self.owner), ("segment_id", self.segment), ("tag_id", self.tag)):
            filters[name] = box.currentData() if box.isEnabled() else None
        filters["status"] = self.status.currentData() or "" if self.status.isEnabled() else ""
        filters["kind"] = self.kind.currentData() or "" if self.kind.isEnabled() else ""
        filters["country"] = self.country.text().strip().upper() if self.country.isEnabled() else ""
        return ReportDefinition(
            self.entity_name,
            tuple(self.columns.chosen()),
            tuple(groups),
            tuple(aggregates),
            sort=self.sort.currentData() or "",
            descending=self.descending.isChecked(),
            limit=self.limit.value(),
        ).with_filters(**filters)

    def load(self, report: ReportDefinition) -> None:
        self._loading = True
        try:
            self.entity.setCurrentIndex(_find(self.entity, report.entity))
            self._entity_changed()
            self.columns.set_chosen(list(report.columns))
            self.figures.set_chosen([a.key for a in report.aggregates])
            for i, (box, bucket) in enumerate(((self.group1, self.bucket1), (self.group2, self.bucket2))):
                g = report.group_by[i] if i < len(report.group_by) else None
                box.setCurrentIndex(_find(box, g.field if g else None))
                bucket.setCurrentIndex(_find(bucket, g.bucket if g and g.bucket else "month"))
            f = report.filters
            self.search.setText(f.search)
            self.country.setText(f.country)
            for box, value in (
                (self.owner, f.owner_id),
                (self.segment, f.segment_id),
                (self.tag, f.tag_id),
                (self.status, f.status or None),
                (self.kind, f.kind or None),
            ):
                box.setCurrentIndex(_find(box, value))
            self.descending.setChecked(report.descending)
            self.limit.setValue(report.limit)
            self._update_buckets()
            self._fill_sort(report.sort)
        finally:
            self._loading = False

    def suggested_name(self) -> str:
        """A name for a new saved report: "Deals by stage and created"."""
        report = self.definition()
        entity = self.entity.currentText()
        if report.group_by:
            labels = [self.group1.currentText(), self.group2.currentText()][: len(report.group_by)]
            return f"{entity} by {' and '.join(labels).lower()}"
        return entity

    def describe(self) -> str:
        """What the report covers, for the PDF: the entity and the filters chosen."""
        parts = [self.entity.currentText()]
        for box in (self.owner, self.status, self.kind, self.segment, self.tag):
            if box.isEnabled() and box.currentData():
                parts.append(box.currentText())
        if self.search.isEnabled() and self.search.text().strip():
            parts.append(f"“{self.search.text().strip()}”")
        if self.country.isEnabled() and self.country.text().strip():
            parts.append(self.country.text().strip().upper())
        return " · ".join(parts)

    # --- keeping the choices in step ---------------------------------------------------------------
    def _dated(self, key: str | None) -> bool:
        return any(f.key == key and f.kind in DATED for f in self.fields)

    def _entity_changed(self) -> None:
        reports = self.env.ctx.reports
        entity = self.entity_name
        self.fields = reports.fields(entity)
        loading, self._loading = self._loading, True
        try:
            self.columns.set_choices(
                [(f.key, f.label) for f in self.fields], [f.key for f in self.fields[:3]]
            )
            figures = [("count", "Count")]
            for f in self.fields:
                if f.kind in NUMERIC:
                    figures += [(f"{op}:{f.key}", f"{f.label}: {OP_WORDS[op]}") for op in AGGREGATES[1:]]
            self.figures.set_choices(figures, ["count"])
            for box in (self.group1, self.group2):
                box.blockSignals(True)
                box.clear()
                box.addItem(self.tr("(none)"), None)
                for f in self.fields:
                    if f.kind not in ("money",):
                        box.addItem(f.label, f.key)
                box.blockSignals(False)
            self._fill_filters(entity)
            self._update_buckets()
            self._fill_sort("")
        finally:
            self._loading = loading
        self._emit()

    def _fill_filters(self, entity: str) -> None:
        reports = self.env.ctx.reports
        applies = reports.filters(entity)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for user in self.env.ctx.lookups.users():
            self.owner.addItem(user.name, user.id)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for tag in self.env.ctx.lookups.tags():
            self.tag.addItem(tag.name, tag.id)
        self.segment.clear()
        self.segment.addItem(self.tr("No segment"), None)
        if "segment_id" in applies:
            for segment in self.env.ctx.segments.list(entity):
                self.segment.addItem(segment.name, segment.id)
        for box, name, word in ((self.status, "status", "Any status"), (self.kind, "kind", "Any kind")):
            box.clear()
            box.addItem(word, None)
            for value in reports.choices(entity, name):
                box.addItem(value.replace("_", " ").capitalize(), value)
        for widget, name in (
            (self.search, "search"),
            (self.owner, "owner_id"),
            (self.tag, "tag_id"),
            (self.segment, "segment_id"),
            (self.status, "status"),
            (self.kind, "kind"),
            (self.country, "country"),
        ):
            widget.setEnabled(name in applies)
            widget.setVisible(name in applies)
        self._lay_out_filters()

    def _lay_out_filters(self) -> None:
        filters = (self.search, self.owner, self.status, self.kind, self.country, self.segment, self.tag)
        for row in self.filter_rows:
            while row.count():
                row.takeAt(0)
        shown = [w for w in filters if w.isEnabled()]
        for i, widget in enumerate(shown):
            self.filter_rows[0 if i < FILTERS_PER_ROW else 1].addWidget(widget)
        for row in self.filter_rows:
            row.addStretch(1)

    def _update_buckets(self) -> None:
        self.bucket1.setVisible(self._dated(self.group1.currentData()))
        self.bucket2.setVisible(self._dated(self.group2.currentData()))
        grouped = bool(self.group1.currentData() or self.group2.currentData())
        self.columns.setEnabled(not grouped)
        self.columns.setToolTip("A grouped report shows its groups and figures" if grouped else "")

    def _fill_sort(self, current: str) -> None:
        """Sort choices: the columns the report will have."""
        self.sort.blockSignals(True)
        self.sort.clear()
        self.sort.addItem(self.tr("Default order"), "")
        labels = {f.key: f.label for f in self.fields}
        try:
            report = self.definition()
        except Exception:  # a half-made definition offers no sort choices yet
            report = None
        if report is not None:
            if report.group_by:
                for g in report.group_by:
                    self.sort.addItem(
                        self.tr("Sort by {v0}").format(v0=labels.get(g.field, g.field).lower()), g.key
                    )
                for a in report.aggregates:
                    label = (
                        "Count" if a.op == "count" else f"{labels.get(a.field, a.field)}: {OP_WORDS[a.op]}"
                    )
                    self.sort.addItem(self.tr("Sort by {v0}").format(v0=label.lower()), a.key)
            else:
                for key in report.columns:
                    self.sort.addItem(self.tr("Sort by {v0}").format(v0=labels.get(key, key).lower()), key)
        self.sort.setCurrentIndex(_find(self.sort, current))
        self.sort.blockSignals(False)

    def _edited(self, resort: bool = True) -> None:
        if self._loading:
            return
        self._update_buckets()
        if resort:
            self._fill_sort(self.sort.currentData() or "")
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()
