"""`faro readability`: files and folders, language detection, JSON shape, exit codes."""

import json
import textwrap

import pytest

from faro.commands import main

EASY_ES = "El gato come pescado. La casa es grande.\n"
HARD_ES = " ".join(["Las organizaciones internacionales necesitan autenticación "
                    "multifactorial obligatoria."] * 15) + "\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run_json(capsys, *args):
    code = main(["readability", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_json_output_for_a_folder_takes_language_from_content_folder(tmp_path, capsys):
    write(tmp_path / "content/es/a.md", EASY_ES)
    write(tmp_path / "content/en/b.md", "The cat sat on the mat.\n")
    write(tmp_path / "content/en/notes.txt", "not markdown")
    code, data = run_json(capsys, str(tmp_path / "content"))
    assert code == 0
    assert [(d["path"].split("content/")[1], d["lang"]) for d in data] == [("en/b.md", "en"),
                                                                          ("es/a.md", "es")]
    spanish = data[1]
    assert (spanish["sentences"], spanish["words"], spanish["syllables"]) == (2, 8, 14)
    assert spanish["scores"]["szigriszt_pazos"] == pytest.approx(93.81, abs=0.01)
    assert spanish["scores"]["inflesz_band"] == "muy fácil"
    assert spanish["status"] == "ok"
    assert spanish["longest_sentences"][0] == {"line": 1, "words": 4, "text": "El gato come pescado."}
    assert "sentence_list" not in spanish and "word_list" not in spanish


def test_detail_adds_sentences_and_words(tmp_path, capsys):
    page = write(tmp_path / "content/en/x.md", "Every family.\n\n- Uses passwords\n")
    _, data = run_json(capsys, "--detail", str(page))
    assert data[0]["sentence_list"] == [
        {"line": 1, "words": 2, "text": "Every family."},
        {"line": 3, "words": 2, "text": "Uses passwords"},
    ]
    assert data[0]["word_list"] == [
        {"text": "Every", "syllables": 2}, {"text": "family", "syllables": 2},
        {"text": "Uses", "syllables": 2}, {"text": "passwords", "syllables": 2},
    ]


def test_front_matter_language_then_lang_option(tmp_path, capsys):
    declared = write(tmp_path / "declared.md", "---\nlang: en\n---\nThe cat sat.\n")
    plain = write(tmp_path / "plain.md", EASY_ES)
    _, data = run_json(capsys, "--lang", "es", str(declared), str(plain))
    assert [d["lang"] for d in data] == ["en", "es"]


def test_failing_page_exits_1_and_text_names_the_problem(tmp_path, capsys):
    write(tmp_path / "content/es/dificil.md", HARD_ES)
    assert main(["readability", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out
    assert "readability.score-fail Szigriszt-Pazos = " in out
    assert "esta página necesita ≥ 55" in out


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({}, ["missing.md"], "no such file or folder"),
        ({"x.md": EASY_ES}, ["x.md"], "cannot tell the language"),
        ({"x.md": "---\nlang: français\n---\nBonjour.\n"}, ["x.md"], "not a language code: 'français'"),
    ],
)
def test_usage_errors_exit_2_without_traceback(tmp_path, capsys, monkeypatch, files, args, message):
    monkeypatch.chdir(tmp_path)
    for name, text in files.items():
        write(tmp_path / name, text)
    assert main(["readability", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unknown_lang_option_is_a_usage_error(tmp_path, capsys):
    write(tmp_path / "x.md", EASY_ES)
    with pytest.raises(SystemExit) as exit_info:
        main(["readability", "--lang", "français", str(tmp_path / "x.md")])
    assert exit_info.value.code == 2
