"""Pipelines and their ordered stages, as edited in settings.

A save sends the whole pipeline (its stages in order): stages are matched by id, new ones created,
missing ones trashed. A stage that still holds live deals cannot be removed, and a pipeline needs at
least one open stage. Saving an earlier state restores trashed stages and pipelines by id, which is
how undo works.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Deal, Pipeline, Stage, utcnow
from app.services.core import guard, writes
from app.services.core.changes import ChangeKind, Outcome
from app.services.core.errors import FieldError, NotFoundError, ValidationError
from app.services.core.uow import UnitOfWorkFactory, Work
from app.services.core.write_lock import serialise_on
from app.services.sales.board import PipelineRef, pipeline_refs

ENTITY = "pipeline"


@dataclass(frozen=True)
class StageInput:
    name: str
    probability: int = 0
    is_won: bool = False
    is_lost: bool = False
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class PipelineInput:
    name: str
    stages: tuple[StageInput, ...]
    is_default: bool = False
    id: uuid.UUID | None = None


def as_input(ref: PipelineRef) -> PipelineInput:
    """The input that recreates a pipeline as it is (for undo)."""
    stages = tuple(StageInput(s.name, s.probability, s.is_won, s.is_lost, s.id) for s in ref.stages)
    return PipelineInput(ref.name, stages, ref.is_default, ref.id)


def validate(data: PipelineInput) -> None:
    errors: list[FieldError] = []
    if not data.name.strip():
        errors.append(FieldError("name", "is required"))
    names = [s.name.strip().lower() for s in data.stages]
    for row, stage in enumerate(data.stages, start=1):
        if not stage.name.strip():
            errors.append(FieldError("stages", "a stage needs a name", row))
        if not 0 <= stage.probability <= 100:
            errors.append(
                FieldError("stages", f"win probability {stage.probability} is not between 0 and 100", row)
            )
        if stage.is_won and stage.is_lost:
            errors.append(FieldError("stages", f"“{stage.name}” cannot be both won and lost", row))
        if stage.name.strip() and names.count(stage.name.strip().lower()) > 1:
            errors.append(FieldError("stages", f"the stage name “{stage.name.strip()}” is used twice", row))
    if not any(not (s.is_won or s.is_lost) for s in data.stages):
        errors.append(FieldError("stages", "a pipeline needs at least one open stage"))
    if errors:
        raise ValidationError(errors)


class PipelinesService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def all(self) -> list[PipelineRef]:
        with self.uow.read() as session:
            return pipeline_refs(session)

    def save(self, data: PipelineInput) -> Outcome[PipelineRef]:
        validate(data)
        with self.uow() as work:
            guard.require(work.session, "edit", "pipeline")
            pipeline = self._pipeline(work, data)
            self._stages(work, pipeline, data.stages)
            if data.is_default:
                for other in work.session.scalars(select(Pipeline).where(Pipeline.id != pipeline.id)):
                    writes.apply_fields(work, other, ENTITY, {"is_default": False})
            work.session.flush()
            ref = next(p for p in pipeline_refs(work.session) if p.id == pipeline.id)
        return Outcome(ref, work.changes)

    def delete(self, pipeline_id: uuid.UUID) -> Outcome[list[uuid.UUID]]:
        """Trash a pipeline with no live deals (its stages go with it)."""
        with self.uow() as work:
            guard.require(work.session, "delete", "pipeline")
            deals = work.session.scalar(
                select(func.count())
                .select_from(Deal)
                .where(Deal.pipeline_id == pipeline_id, Deal.deleted_at.is_(None))
            )
            if deals:
                raise ValidationError(
                    FieldError("pipeline", f"it still holds {deals} deal(s); move or delete them first")
                )
            stage_ids = work.session.scalars(select(Stage.id).where(Stage.pipeline_id == pipeline_id)).all()
            writes.soft_delete(work, Stage, "stage", stage_ids)
            done = writes.soft_delete(work, Pipeline, ENTITY, [pipeline_id])
        return Outcome(done, work.changes)

    def _pipeline(self, work: Work, data: PipelineInput) -> Pipeline:
        s = work.session
        serialise_on(s, "pipeline-name")  # names are unique among live pipelines, with no constraint
        same_name = select(Pipeline.id).where(
            func.lower(Pipeline.name) == data.name.strip().lower(), Pipeline.deleted_at.is_(None)
        )
        clash = s.scalar(same_name.where(Pipeline.id != data.id) if data.id else same_name)
        if clash:
            raise ValidationError(
                FieldError("name", f"a pipeline named “{data.name.strip()}” already exists")
            )
        values = {"name": data.name.strip(), "is_default": data.is_default, "deleted_at": None}
        pipeline = s.get(Pipeline, data.id) if data.id else None
        if pipeline is None:
            position = (s.scalar(select(func.max(Pipeline.position))) or 0) + 1
            created = Pipeline(name=values["name"], is_default=data.is_default, position=position)
            if data.id:
                created.id = data.id
            return writes.create(work, created, ENTITY)
        writes.apply_fields(work, pipeline, ENTITY, values)
        return pipeline

    def _stages(self, work: Work, pipeline: Pipeline, wanted: tuple[StageInput, ...]) -> None:
        s = work.session
        existing = {st.id: st for st in s.scalars(select(Stage).where(Stage.pipeline_id == pipeline.id))}
        keep = {st.id for st in wanted if st.id}
        for stage_id, stage in existing.items():
            if stage_id in keep or stage.deleted_at is not None:
                continue
            held = s.scalar(
                select(func.count())
                .select_from(Deal)
                .where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
            )
            if held:
                raise ValidationError(
                    FieldError(
                        "stages",
                        f"“{stage.name}” still holds {held} deal(s); move them to another stage first",
                    )
                )
            stage.deleted_at = utcnow()
            work.audit("stage", stage_id, "delete")
        for position, st in enumerate(wanted):
            values = {
                "name": st.name.strip(),
                "position": position,
                "probability": st.probability,
                "is_won": st.is_won,
                "is_lost": st.is_lost,
            }
            current = existing.get(st.id) if st.id else None
            if st.id and current is None and s.get(Stage, st.id) is not None:
                raise NotFoundError("stage", st.id)  # it belongs to another pipeline
            if current is None:
                created = Stage(pipeline_id=pipeline.id, **values)
                if st.id:
                    created.id = st.id
                writes.create(work, created, "stage")
            else:
                writes.apply_fields(work, current, "stage", {**values, "deleted_at": None})
        work.changed(ENTITY, ChangeKind.UPDATED, [pipeline.id])
