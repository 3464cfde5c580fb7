"""The board's layout: six stages fit a 1400-px window, and a stale card's badge is never elided."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QFont, QFontMetrics

from app.models import Pipeline, Stage
from app.services.sales.board import Card
from app.views.board.card_delegate import STALE_BADGE, card_pieces
from app.views.board.page import COLUMN_MIN_WIDTH


def _card(**kw):
    base = dict(
        id=uuid.uuid4(),
        version=1,
        name="Consulting package",
        account="Kambs Röhricht Stiftung & Co. KGaA",
        amount=Decimal("109700"),
        currency="EUR",
        expected_close=date(2027, 3, 4),
        owner="Maximiliane Oberhauser-Lindqvist",
        stage_id=uuid.uuid4(),
        position=0,
        days_in_stage=474,
        stale=True,
    )
    return Card(**{**base, **kw})


def _texts(card, width):
    regular = QFont()
    bold = QFont(regular)
    bold.setBold(True)
    return card_pieces(card, width, QFontMetrics(bold), QFontMetrics(regular))


def test_a_stale_card_shows_the_whole_badge_and_amount_at_every_width(qapp):
    for width in (COLUMN_MIN_WIDTH - 40, 200, 240):
        pieces = _texts(_card(), width)
        texts = [p.text for p in pieces]
        assert STALE_BADGE in texts and "€109,700" in "".join(texts).replace(" ", ""), (width, texts)
        assert all(p.width <= width for p in pieces)
        owner = next(p for p in pieces if p.text.startswith("Max"))
        assert owner.text.endswith("…") or owner.text.endswith(" d")  # the owner gives way, not the badge
    assert not any(p.text == STALE_BADGE for p in _texts(_card(stale=False), 200))


def test_a_narrow_card_moves_the_amount_beside_the_account_to_keep_the_name(qapp):
    wide = {p.row for p in _texts(_card(), 300) if "109" in p.text}
    narrow = _texts(_card(), 140)
    assert wide == {0}
    assert {p.row for p in narrow if "109" in p.text} == {1}
    assert next(p for p in narrow if p.row == 0).text == "Consulting package"


def test_six_stages_fit_a_1400_px_window(ctx, window, qtbot):
    with ctx.sessions.begin() as s:
        p = Pipeline(name="Sales", is_default=True)
        s.add(p)
        s.flush()
        for i, name in enumerate(
            ["Qualification", "Needs analysis", "Proposal", "Negotiation", "Won", "Lost"]
        ):
            s.add(
                Stage(
                    pipeline_id=p.id,
                    name=name,
                    position=i,
                    probability=10 * i,
                    is_won=name == "Won",
                    is_lost=name == "Lost",
                )
            )
    window.resize(1400, 900)
    window.show_page(window.pages.index(window.board))
    board = window.board
    qtbot.waitUntil(lambda: len(board.columns) == 6, timeout=2000)
    won = next(c for c in board.columns.values() if c.stage.name == "Won")
    lost = next(c for c in board.columns.values() if c.stage.name == "Lost")
    qtbot.waitUntil(lambda: lost.geometry().right() <= board.scroll.viewport().width(), timeout=2000)
    assert won.width() >= COLUMN_MIN_WIDTH
    assert not board.scroll.horizontalScrollBar().isVisible()
