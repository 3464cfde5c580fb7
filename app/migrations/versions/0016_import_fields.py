"""Imports from another CRM: a default pipeline for a fresh database, source-system ids, addresses.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 22:00:00

- A database without any pipeline gets the default "Sales" pipeline with the usual stages, so deals can
  be imported and created from the first start (issue 16).
- `external_id` on contacts, accounts, leads, deals, products and users: the record's id in the system it
  was imported from, indexed, so a contact's AccountId finds the account imported with that id. Imports
  before this kept it as the custom value `external_id`, which is copied over.
- Contacts and leads get a postal address, salutation, birthday and a second phone and email (leads
  also city and country); accounts get postal code, region, annual revenue (minor units and currency)
  and employee count. All columns are plain ADD COLUMNs with server defaults (no table rebuild).
"""
from collections.abc import Sequence
import uuid

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from app.models.base import utcnow, uuid7


revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')
SOURCE_ID_TABLES = ('contacts', 'accounts', 'leads', 'deals', 'products')
DEFAULT_PIPELINE = 'Sales'
DEFAULT_STAGES = (  # name, win probability %, won, lost
    ('Qualification', 10, False, False),
    ('Needs analysis', 25, False, False),
    ('Proposal', 50, False, False),
    ('Negotiation', 75, False, False),
    ('Won', 100, True, False),
    ('Lost', 0, False, True),
)


def _text(name: str, length: int | None = None) -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default='')


def _person_columns() -> list[sa.Column]:
    return [
        _text('street'),
        _text('postal_code', 20),
        _text('region', 100),
        _text('salutation', 40),
        sa.Column('birthday', sa.Date(), nullable=True),
        _text('other_phone', 32),
        _text('other_phone_display', 64),
        _text('other_email', 254),
        _text('external_id', 100),
    ]


def upgrade() -> None:
    with op.batch_alter_table('contacts', recreate='never') as batch_op:
        for column in _person_columns():
            batch_op.add_column(column)
    with op.batch_alter_table('leads', recreate='never') as batch_op:
        for column in [*_person_columns(), _text('city', 100), _text('country', 2)]:
            batch_op.add_column(column)
    with op.batch_alter_table('accounts', recreate='never') as batch_op:
        batch_op.add_column(_text('postal_code', 20))
        batch_op.add_column(_text('region', 100))
        batch_op.add_column(sa.Column('annual_revenue_minor', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(_text('annual_revenue_currency', 3))
        batch_op.add_column(sa.Column('employee_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(_text('external_id', 100))
    for table in ('deals', 'products', 'users'):
        with op.batch_alter_table(table, recreate='never') as batch_op:
            batch_op.add_column(_text('external_id', 100))
    _copy_custom_external_ids()
    for table in SOURCE_ID_TABLES:
        op.create_index(f'ix_{table}_live_external_id', table, ['external_id', 'id'], unique=False,
                        sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_users_external_id', 'users', ['external_id'], unique=False)
    _default_pipeline()


def _copy_custom_external_ids() -> None:
    """Imports before this revision kept the source id as the custom value `external_id`."""
    sqlite = op.get_bind().dialect.name == 'sqlite'
    value = "json_extract(custom, '$.external_id')" if sqlite else "custom->>'external_id'"
    for table in SOURCE_ID_TABLES:
        op.execute(
            f"UPDATE {table} SET external_id = substr(CAST({value} AS TEXT), 1, 100) "
            f"WHERE {value} IS NOT NULL"
        )


def _default_pipeline() -> None:
    """A database with no pipeline at all (a fresh one) gets the default pipeline and its stages."""
    bind = op.get_bind()
    if bind.execute(sa.text('SELECT COUNT(*) FROM pipelines')).scalar():
        return
    json_type = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')

    def common() -> list[sa.ColumnClause[object]]:
        return [
            sa.column('id', sa.Uuid()),
            sa.column('created_at', sa.DateTime(timezone=True)),
            sa.column('updated_at', sa.DateTime(timezone=True)),
            sa.column('version', sa.Integer()),
            sa.column('deleted_at', sa.DateTime(timezone=True)),
            sa.column('custom', json_type),
        ]

    pipelines = sa.table('pipelines', *common(), sa.column('name', sa.String()),
                         sa.column('position', sa.Integer()), sa.column('is_default', sa.Boolean()))
    stages = sa.table('stages', *common(), sa.column('pipeline_id', sa.Uuid()), sa.column('name', sa.String()),
                      sa.column('position', sa.Integer()), sa.column('probability', sa.Integer()),
                      sa.column('is_won', sa.Boolean()), sa.column('is_lost', sa.Boolean()))
    now = utcnow()

    def base() -> dict[str, object]:
        return {'id': uuid7(), 'created_at': now, 'updated_at': now, 'version': 1, 'deleted_at': None,
                'custom': {}}

    pipeline: dict[str, object] = {**base(), 'name': DEFAULT_PIPELINE, 'position': 0, 'is_default': True}
    op.bulk_insert(pipelines, [pipeline])
    pipeline_id = pipeline['id']
    assert isinstance(pipeline_id, uuid.UUID)
    op.bulk_insert(stages, [
        {**base(), 'pipeline_id': pipeline_id, 'name': name, 'position': i, 'probability': p, 'is_won': won,
         'is_lost': lost}
        for i, (name, p, won, lost) in enumerate(DEFAULT_STAGES)
    ])


def downgrade() -> None:
    # The default pipeline stays: by now it may hold deals.
    op.drop_index('ix_users_external_id', table_name='users')
    for table in SOURCE_ID_TABLES:
        op.drop_index(f'ix_{table}_live_external_id', table_name=table)
    for table in ('deals', 'products', 'users'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('external_id')
    with op.batch_alter_table('accounts') as batch_op:
        for name in ('external_id', 'employee_count', 'annual_revenue_currency', 'annual_revenue_minor', 'region',
                     'postal_code'):
            batch_op.drop_column(name)
    for table, extra in (('leads', ('country', 'city')), ('contacts', ())):
        with op.batch_alter_table(table) as batch_op:
            for name in (*extra, 'external_id', 'other_email', 'other_phone_display', 'other_phone', 'birthday',
                         'salutation', 'region', 'postal_code', 'street'):
                batch_op.drop_column(name)
