"""A report written as CSV, XLSX and PDF: the same rows and totals, amounts exact, formulas neutralised,
the PDF's table readable as text with its header on every page."""

from __future__ import annotations

import csv
import io

import openpyxl
import pypdf

from app.services.reports import pdf
from app.services.reports.chart import chart_data
from app.services.reports.definition import Aggregate, GroupBy, ReportDefinition
from app.services.reports.export import export_result
from tests.services.reports.report_data import seed

BY_STAGE = ReportDefinition(
    "deal", group_by=(GroupBy("stage"),), aggregates=(Aggregate("count"), Aggregate("sum", "amount"))
)
LISTED = ReportDefinition("deal", columns=("name", "stage", "amount"), aggregates=(Aggregate("count"),))


def test_csv_and_xlsx_hold_the_rows_and_totals(ctx, tmp_path) -> None:
    seed(ctx)
    result = ctx.reports.run(BY_STAGE)
    assert export_result(result, tmp_path / "r.csv", "csv") == 5
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["Stage", "Currency", "Count", "Amount (sum)"],
        ["Proposal", "EUR", "3", "300.01"],
        ["Won", "EUR", "2", "251.50"],
        ["Won", "JPY", "1", "5000"],
        ["Total (5 rows)", "EUR", "5", "551.51"],
        ["Total (1 row)", "JPY", "1", "5000"],
    ]
    export_result(result, tmp_path / "r.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == rows


def test_a_cell_that_looks_like_a_formula_is_written_as_text(ctx, tmp_path) -> None:
    seed(ctx)
    result = ctx.reports.run(LISTED.with_filters(search="HYPERLINK"))
    export_result(result, tmp_path / "r.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert sheet["A2"].value == '\'=HYPERLINK("http://x")'
    assert sheet["A3"].value == "Total (1 row)"


def test_pdf_text_and_pages(ctx) -> None:
    seed(ctx)
    result = ctx.reports.run(BY_STAGE)
    data = pdf.render(result, "Deals by stage", "Deals · all pipelines")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = reader.pages[0].extract_text()
    for expected in ("Deals by stage", "Amount (sum)", "Proposal", "300.01", "551.51", "Total (5 rows)"):
        assert expected in text
    assert reader.metadata.title == "Deals by stage"
    long = ctx.reports.run(ReportDefinition("deal", columns=("name", "stage", "amount", "created"), limit=5))
    many = type(long)(long.columns, long.rows * 60, long.totals, False, 1.0)
    pages = pypdf.PdfReader(io.BytesIO(pdf.render(many, "Long"))).pages
    assert len(pages) > 1
    assert all("Amount" in p.extract_text() for p in pages)  # the header repeats on every page


def test_chart_data_one_and_two_groupings(ctx) -> None:
    seed(ctx)
    one = chart_data(ctx.reports.run(BY_STAGE))
    assert one.categories == ("Proposal", "Won") and one.note == "EUR only"
    assert one.series == (("Count", (3.0, 2.0)),)
    two = chart_data(
        ctx.reports.run(ReportDefinition("deal", group_by=(GroupBy("created", "month"), GroupBy("stage"))))
    )
    assert two.categories == ("2026-01", "2026-02", "2026-04")
    assert dict(two.series) == {"Proposal": (2.0, 1.0, 0.0), "Won": (0.0, 1.0, 2.0)}
    assert chart_data(ctx.reports.run(LISTED)).empty
