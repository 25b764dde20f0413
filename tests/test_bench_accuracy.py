"""bench/accuracy.py: figures per split, and which split's disagreements it lists."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "accuracy.py"


def _note(number: int, split: str, text: str, expect: str) -> dict[str, object]:
    return {"id": f"note-{number:03d}", "lang": "en", "split": split, "text": text,
            "sender_name": "Ada", "source": {"repo": "example/repo", "path": "x"},
            "expect": {"outreach.ask": expect}, "reason": "test"}


@pytest.fixture
def accuracy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_accuracy", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up by name while the class is made.
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    notes = [
        _note(1, "dev", "Hi Sam, could we have a call?", "pass"),
        _note(2, "heldout", "Hi Sam, could we have a call?", "fail"),
        _note(3, "fresh", "Hi Sam, nice to see you here.", "pass"),
        _note(4, "fresh2", "Hi Sam, shall we talk?", "pass"),
        _note(5, "fresh3", "Hi Sam, shall we talk?", "fail"),
        _note(6, "fresh4", "Hi Sam, shall we talk?", "pass"),
        _note(7, "fresh5", "Hi Sam, shall we talk?", "fail"),
        _note(8, "fresh6", "Hi Sam, shall we talk?", "pass"),
        _note(9, "fresh7", "Hi Sam, shall we talk?", "fail"),
        _note(10, "fresh8", "Hi Sam, shall we talk?", "pass"),
        _note(11, "fresh9", "Hi Sam, shall we talk?", "fail"),
        _note(12, "fresh10", "Hi Sam, shall we talk?", "pass"),
        _note(13, "fresh11", "Hi Sam, shall we talk?", "fail"),
        _note(14, "fresh12", "Hi Sam, shall we talk?", "pass"),
        _note(15, "fresh13", "Hi Sam, shall we talk?", "fail"),
        _note(16, "fresh14", "Hi Sam, shall we talk?", "pass"),
    ]
    (tmp_path / "notes.yaml").write_text(yaml.safe_dump({"items": notes}), encoding="utf-8")
    monkeypatch.setattr(module, "CORPUS", tmp_path)
    monkeypatch.setattr(module, "SOURCES", (module.note_verdicts,))
    return module


def test_reports_each_split(accuracy: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main([]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["check", "n", "dev", "held-back", "fresh", "fresh2", "fresh3",
                              "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                              "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
                              "fresh14", "all"]
    assert row.split() == ["outreach.ask", "16", "100.0%", "0.0%", "0.0%", "100.0%", "0.0%",
                           "100.0%", "0.0%", "100.0%", "0.0%", "100.0%", "0.0%", "100.0%",
                           "0.0%", "100.0%", "0.0%", "100.0%", "50.0%"]


def test_lists_only_the_development_part_unless_asked(
        accuracy: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    accuracy.main(["-v"])
    assert "note-00" not in capsys.readouterr().out
    accuracy.main(["-v", "--split", "fresh"])
    out = capsys.readouterr().out
    assert "note-003 [fresh]" in out and "note-002" not in out and "note-004" not in out
    accuracy.main(["-v", "--heldout"])
    assert "note-002 [heldout]" in capsys.readouterr().out


def test_min_applies_to_the_held_back_part_or_the_split_named(accuracy: ModuleType) -> None:
    assert accuracy.main(["--min", "50"]) == 1
    assert accuracy.main(["--min", "0"]) == 0
    assert accuracy.main(["--min", "50", "--min-split", "dev"]) == 0
    assert accuracy.main(["--min", "50", "--min-split", "fresh"]) == 1


def test_compares_the_two_labellers_where_there_are_second_labels(
        accuracy: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    second = [{"id": "note-002", "expect": {"outreach.ask": "pass"}, "unsure": ["outreach.ask"]},
              {"id": "note-005", "expect": {"outreach.ask": "fail"}}]
    (accuracy.CORPUS / "second-labels.yaml").write_text(yaml.safe_dump({"items": second}),
                                                        encoding="utf-8")
    accuracy.main(["--labellers"])
    lines = capsys.readouterr().out.splitlines()[2:]
    # note-002: the labellers disagree (the second unsure) and the check agrees with the
    # second; note-005: they agree and the check, asked a question, does not.
    assert [" ".join(line.split()) for line in lines] == [
        "held-back n=1 labellers 0.0% (sure: – , n=0) check~first 0.0% check~second 100.0% "
        "check~either 100.0%",
        "fresh3 n=1 labellers 100.0% (sure: 100.0%, n=1) check~first 0.0% check~second 0.0% "
        "check~either 0.0%",
    ]
