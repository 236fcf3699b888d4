"""Start-up loads the cycle's lazily built tables once and can freeze its heap."""

from __future__ import annotations

import gc

from core.documents import english
from core.runtime.warmup import settle_heap, warm_tables


def test_the_tables_a_cycle_uses_are_loaded_once() -> None:
    warm_tables()
    warm_tables()
    info = english._lexicon.cache_info()
    assert info.currsize == 1 and info.misses == 1  # built once, then found


def test_settling_the_heap_moves_start_up_objects_out_of_the_collector() -> None:
    before = gc.get_freeze_count()
    try:
        settle_heap()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()  # this is a test process: give the objects back
