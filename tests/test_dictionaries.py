"""User PETRARCH/TABARI dictionaries: verbs, actors, agents, discards, modes, errors, config."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitroom.actors import DictionaryError
from sitroom.config import ConfigError, dictionary_settings, load_config
from sitroom.events import EventCoder
from sitroom.events.dictionaries import (
    classify_dictionary_files, load_user_dictionaries, read_verb_dictionary, regular_verb_forms,
)
from sitroom.events.discards import read_discard_file
from sitroom.nlp import load_nlp
from sitroom.records import Document

# A PETRARCH2-style verb dictionary (parenthesised prepositional phrases), invented words.
VERBS = """\
####### SYNONYM SETS #######
&HONOUR
+MEDAL
+GOLDEN_AWARD

####### VERB PATTERNS #######
--- LIONIZE [051] ---
LIONIZE
- * (WITH &HONOUR) [057]
"""
ACTORS = """\
FREEDONIA_ [FRD]
SYLVANIA [SYL]
+SYLVANIAN_REPUBLIC
RUFUS_FIREFLY
[FRDGOV 19330101-19391231]
[FRDELI >19391231]
"""
AGENTS = """\
MINISTER [~GOV]
"""
DISCARDS = """\
+GRAND PRIX   # story level
CROQUET_      # sentence level
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def user_dir(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("dicts"), {
        "my.verbs.txt": VERBS, "my.actors.txt": ACTORS, "my.agents.txt": AGENTS,
        "my.discards.txt": DISCARDS, "notes.md": "not a dictionary",
    })


def triples(nlp, user, text: str, day: date | None = None) -> set[tuple[str | None, str | None, str]]:
    coder = EventCoder(user.resolver, lexicon=user.lexicon, tables=user.tables)
    doc = Document(id="t", text=text, date=day)
    events = coder.code(doc, nlp(text), user.resolver.document(day))
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in events}


# ------------------------------------------------------------------ reading
def test_files_are_recognised_by_name(user_dir: Path) -> None:
    files = classify_dictionary_files(user_dir)
    assert [p.name for p in files.verbs] == ["my.verbs.txt"]
    assert [p.name for p in files.actors] == ["my.actors.txt"]
    assert [p.name for p in files.agents] == ["my.agents.txt"]
    assert [p.name for p in files.discards] == ["my.discards.txt"]
    assert [p.name for p in files.ignored] == ["notes.md"]


def test_verb_dictionary_structure(user_dir: Path) -> None:
    data = read_verb_dictionary(user_dir / "my.verbs.txt")
    assert data["verbs"]["lionize"] == {"block": "LIONIZE", "code": "051"}
    (pattern,) = data["blocks"]["LIONIZE"]["patterns"]
    assert pattern["code"] == "057"
    assert pattern["preps"][0]["prep"] == ["with"]
    assert pattern["preps"][0]["words"] == [[[["medal"], ["golden", "award"]]]]
    assert data["forms"]["lionizes"] == "lionize"  # PETRARCH's regular forms


def test_tabari_style_file_without_sections(tmp_path: Path) -> None:
    """Synsets between blocks, used before their definition, spaced multi-word verbs, bare
    prepositions, and codes kept exactly as written."""
    path = tmp_path / "old.verbs.txt"
    path.write_text("--- PARLEY [03A] ---\nPARLEY\nHASH OUT [031:032]\n"
                    "- * &TOPIC WITH + [04X]\n\n&TOPIC\n+BORDERS\n+TARIFFS\n", encoding="utf-8")
    data = read_verb_dictionary(path)
    assert data["verbs"]["parley"]["code"] == "03A"
    assert data["phrasal"]["hash"][0]["after"] == ["out"]
    (pattern,) = data["blocks"]["PARLEY"]["patterns"]
    assert pattern["code"] == "04X" and pattern["target"] == "prep:with"
    assert pattern["obj"] == [[[["borders"], ["tariffs"]]]]


@pytest.mark.parametrize("text, line, message", [
    ("--- LIONIZE [051] ---\nLIONIZE\n- WITH MEDALS [057]\n", 3, "'*'"),
    ("--- LIONIZE ---\nLIONIZE\n", 1, "needs a code"),
    ("LIONIZE\n", 1, "outside"),
    ("--- LIONIZE [051] ---\nLIONIZE\n- * (WITH MEDAL [057]\n", 3, "unbalanced"),
    ("--- LIONIZE [05 1] ---\n", 1, "bad code"),
])
def test_malformed_verb_line_names_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "bad.verbs.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        read_verb_dictionary(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert message in str(err.value)
    assert err.value.line == line


def test_malformed_actor_line_raises_from_folder(tmp_path: Path) -> None:
    folder = write(tmp_path / "d", {"bad.actors.txt": "FREEDONIA [FRD]\nSYLVANIA [SYL 2001x-]\n",
                                    "my.agents.txt": AGENTS})
    with pytest.raises(DictionaryError) as err:
        load_user_dictionaries(folder, "replace")
    assert str(err.value).startswith(f"{folder / 'bad.actors.txt'}:2: ")


def test_lenient_mode_collects_problems(tmp_path: Path) -> None:
    folder = write(tmp_path / "d", {"x.verbs.txt": "--- LIONIZE [051] ---\nLIONIZE\n- WITH MEDALS [057]\n"})
    user = load_user_dictionaries(folder, "replace", strict=False)
    assert [p.line for p in user.problems] == [3]


def test_regular_forms() -> None:
    assert regular_verb_forms("deny") == ["denies", "denyed", "denying"]  # as PETRARCH makes them
    assert regular_verb_forms("praise") == ["praises", "praised", "praising"]


# ------------------------------------------------------------------ coding
def test_user_verb_and_pattern_code(nlp, user_dir: Path) -> None:
    user = load_user_dictionaries(user_dir, "replace")
    assert triples(nlp, user, "Freedonia lionized Sylvania.") == {("FRD", "SYL", "051")}
    assert triples(nlp, user, "Freedonia lionized Sylvania with a golden award.") == {("FRD", "SYL", "057")}


def test_replace_drops_shipped_verbs_and_actors(nlp, user_dir: Path) -> None:
    user = load_user_dictionaries(user_dir, "replace")
    assert triples(nlp, user, "Freedonia attacked Sylvania.") == set()
    assert user.resolver.lookup("France") is None
    assert user.resolver.lookup("Sylvanian Republic").code == "SYL"


def test_extend_keeps_shipped_entries(nlp, user_dir: Path) -> None:
    user = load_user_dictionaries(user_dir, "extend")
    assert triples(nlp, user, "Freedonia lionized Sylvania.") == {("FRD", "SYL", "051")}
    attacked = triples(nlp, user, "Freedonia attacked Sylvania.")
    assert {(s, t) for s, t, _ in attacked} == {("FRD", "SYL")}
    assert all(code.startswith(("18", "19")) for _, _, code in attacked)
    assert user.resolver.lookup("France").code.startswith("FRA")


def test_actor_date_ranges(user_dir: Path) -> None:
    user = load_user_dictionaries(user_dir, "replace")
    assert user.resolver.lookup("Rufus Firefly", date(1934, 6, 1)).code == "FRDGOV"
    assert user.resolver.lookup("Rufus Firefly", date(1950, 6, 1)).code == "FRDELI"


def test_user_agents(user_dir: Path) -> None:
    user = load_user_dictionaries(user_dir, "replace")
    assert user.resolver.lookup("Freedonia minister").code == "FRDGOV"


def test_discards(user_dir: Path) -> None:
    discards = read_discard_file(user_dir / "my.discards.txt")
    assert discards.story_match("Freedonia won the Grand  Prix.") is not None
    assert discards.sentence_match("Sylvania lost at croquet.") is not None
    assert discards.sentence_match("Sylvania bought croquets.") is None  # CROQUET_ is a whole word
    assert discards.story_match("Freedonia lionized Sylvania.") is None


def test_discard_marker_without_phrase(tmp_path: Path) -> None:
    path = tmp_path / "x.discards.txt"
    path.write_text("BASEBALL\n+   # nothing\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=rf"^{path}:2: "):
        read_discard_file(path)


# ------------------------------------------------------------------ config
def test_config_file(tmp_path: Path, monkeypatch) -> None:
    cfg = tmp_path / "sitroom.toml"
    cfg.write_text('[dictionaries]\ndir = "dicts"\nmode = "replace"\n', encoding="utf-8")
    settings = load_config(cfg).dictionaries
    assert settings.dir == tmp_path / "dicts" and settings.mode == "replace" and settings.strict
    monkeypatch.setenv("SITROOM_CONFIG", str(cfg))
    # an explicit --dictionaries folder wins over the file's, the file's mode still applies
    assert dictionary_settings(Path("/elsewhere")).dir == Path("/elsewhere")
    assert dictionary_settings(Path("/elsewhere")).mode == "replace"
    assert dictionary_settings(None, mode="extend").mode == "extend"


def test_config_errors_name_the_file(tmp_path: Path) -> None:
    cfg = tmp_path / "sitroom.toml"
    cfg.write_text('[dictionaries]\nmode = "merge"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=str(cfg)):
        load_config(cfg)
    cfg.write_text('[dictionaries]\ndri = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown"):
        load_config(cfg)


def test_no_config_means_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SITROOM_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    assert load_config().dictionaries.dir is None
    assert load_config().coder.classifiers


def test_config_turns_the_classifiers_off(tmp_path: Path, monkeypatch) -> None:
    from sitroom.pipeline import Pipeline

    cfg = tmp_path / "sitroom.toml"
    cfg.write_text("[coder]\nclassifiers = false\n", encoding="utf-8")
    assert not load_config(cfg).coder.classifiers
    monkeypatch.setenv("SITROOM_CONFIG", str(cfg))
    pipeline = Pipeline()
    assert pipeline.cameo_model is None and pipeline.acled_model is None
    cfg.write_text('[coder]\nclassifiers = "no"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="classifiers must be true or false"):
        load_config(cfg)
    cfg.write_text("[coder]\nclassifier = false\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown"):
        load_config(cfg)


# ------------------------------------------------------------------ pipeline
def test_pipeline_uses_user_dictionaries_and_discards(user_dir: Path) -> None:
    from sitroom.pipeline import Pipeline, PipelineOptions
    pipe = Pipeline(PipelineOptions(dictionaries=user_dir, dictionary_mode="replace"))
    docs = [Document(id="a", text="Freedonia lionized Sylvania. Freedonia lionized Sylvania at croquet."),
            Document(id="b", text="Freedonia lionized Sylvania after the Grand Prix.")]
    coded = {doc.id: [(e.source.code, e.target.code, e.cameo, e.evidence.sentence) for e in events]
             for doc, events in pipe.code(docs)}
    assert coded == {"a": [("FRD", "SYL", "051", 0)], "b": []}


def test_first_error_of_the_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.verbs.txt"
    path.write_text("--- LIONIZE [051] ---\nLIONIZE\n- * MEDAL [05?]\n- * (WITH MEDAL [057]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=rf"^{path}:3: bad code"):
        read_verb_dictionary(path)


def test_missing_folder_and_bad_mode(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such dictionary folder"):
        load_user_dictionaries(tmp_path / "nowhere")
    with pytest.raises(ConfigError, match="mode"):
        load_user_dictionaries(tmp_path, "merge")
