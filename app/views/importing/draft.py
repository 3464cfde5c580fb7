"""What the user has chosen so far in the import wizard.

The wizard owns one `ImportDraft` and hands it to every page. A page reads what the earlier pages chose
from the draft and writes its own choices to it as they change, so no page reaches into the wizard or into
another page, and what the import will do (`spec`, `mapping_file`) is worked out in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.services.importing.csv_read import Table
from app.services.importing.engine import MatchOn, OnMatch, RecordImportSpec
from app.services.importing.entities import Lookups
from app.services.importing.values import guessed, value_columns, value_fields
from app.services.importing.whole_export import WholeExport
from app.views.importing.values_model import country_names


def _no_table() -> Table:
    return Table("", "", True, (), ())


@dataclass(eq=False)
class ImportDraft:
    # the file page
    kind: str = "contacts"  # contacts, accounts, leads, deals or products
    source: str = ""  # the file's name: the import's label, the saved mapping's name
    table: Table = field(
        default_factory=_no_table
    )  # the rows, with the encoding and delimiter they were read in
    # the mapping page
    mapping: dict[str, str] = field(default_factory=dict)  # our field -> the file's header
    suggested: dict[str, str] = field(default_factory=dict)  # what `rapport import` would map by itself
    # the value page
    picked: dict[tuple[str, str], str] = field(default_factory=dict)  # (field, file value) -> ours, by hand
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {file value: ours}
    stages_pipeline: str = ""  # the pipeline whose stages the value page offers ('' = the default one)
    # the options page
    match: MatchOn = MatchOn.EMAIL
    on_match: OnMatch = OnMatch.UPDATE
    pipeline: str = ""  # typed on the options page, used when the value page offers no stages
    currency: str = "EUR"
    skip_likely: bool = False
    forgiving: bool = False  # import the good rows; the refused ones go to a rejects file
    run_rules: bool = True  # the imported records trigger automation rules (off: `rapport import --no-rules`)
    # a whole CRM export (a folder or zip) instead of one file: its own plan and run pages
    export: WholeExport | None = None

    @property
    def from_vcards(self) -> bool:
        """vCards are read with our own field names: there is no delimiter and nothing to suggest."""
        return not self.table.delimiter

    def translates_values(self) -> bool:
        """Whether a mapped column has a fixed set of values: then the value page is shown."""
        return bool(value_fields(self.kind, self.mapping))

    def shows_stages(self) -> bool:
        """Whether the value page offers a pipeline's stages (deals with a stage column)."""
        return self.kind == "deals" and "stage" in value_fields(self.kind, self.mapping)

    def pipeline_name(self) -> str:
        """The pipeline chosen on the value page ('' = the default one, or no stages offered)."""
        return self.stages_pipeline if self.shows_stages() else ""

    def lookup_spec(self) -> RecordImportSpec:
        """The spec the importer's lookups (stages, owners, currencies ...) are read for."""
        return RecordImportSpec(self.mapping, pipeline=self.pipeline_name())

    def preview_values(self, head: Table, found: Lookups) -> dict[str, Any]:
        """The translations for a few rows before the value page was seen: guesses, then what was picked
        by hand."""
        out = guessed(value_columns(self.kind, head, self.mapping, found, country_names()))
        for (field_name, value), target in self.picked.items():
            if field_name in self.mapping:
                table = out.setdefault(field_name, {})
                if target:
                    table[value] = target
                else:
                    table.pop(value, None)
        return out

    def spec(self, dry_run: bool = False) -> RecordImportSpec:
        """The import as chosen; translations count only while the value page is on the way."""
        return RecordImportSpec(
            self.mapping,
            self.match,
            self.on_match,
            dry_run,
            self.source,
            values=self.translations if self.translates_values() else {},
            pipeline=self.pipeline_name() if self.shows_stages() else self.pipeline.strip(),
            currency=self.currency.strip().upper() or "EUR",
            skip_likely=self.skip_likely,
            forgiving=self.forgiving,
            vendor_values=False,  # the value page offered them as guesses: what it shows is what is done
        )

    def mapping_file(self) -> dict[str, Any]:
        """The JSON `rapport import --mapping` reads. A column the CLI would suggest but the wizard leaves
        out is written with an empty header, which the CLI takes as "not imported". Deals also keep their
        pipeline (`--pipeline` on the command line still wins)."""
        spec = self.spec()
        suggested = {} if self.from_vcards else self.suggested
        columns = {f: "" for f in suggested if f not in spec.columns} | dict(spec.columns)
        data: dict[str, Any] = {"columns": columns, "values": {f: dict(t) for f, t in spec.values.items()}}
        if self.kind == "deals" and spec.pipeline:
            data["pipeline"] = spec.pipeline
        return data
