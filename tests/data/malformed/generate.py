#!/usr/bin/env python3
"""Writes the malformed-dataset fixtures of tests/model/tst_malformed.cpp.

Each fixture is the minimal valid dataset base.json (2 sources, 2 companies, 2 sites,
2 investments) with exactly one defect. The expected diagnostics are in expected.tsv, which is
written by hand: after regenerating, check every line and column there against the files.
"""

import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

BASE = {
    "format": "compute-atlas-dataset",
    "version": 1,
    "id": "malformed-base",
    "title": {"en": "Minimal dataset", "ko": "최소 데이터"},
    "asOf": "2025-10",
    "sources": [
        {"id": "S1", "title": "First source", "url": "https://example.com/one", "date": "2025-09-16"},
        {"id": "S2", "title": "Second source", "url": "https://example.com/two"},
    ],
    "companies": [
        {"id": "acme", "name": {"en": "Acme", "ko": "애크미"}, "country": "US", "colour": "#1f77b4",
         "sources": ["S1"]},
        {"id": "globex", "name": {"en": "Globex", "ko": "글로벡스"}, "country": "GB", "colour": "#ff7f0e"},
    ],
    "sites": [
        {
            "id": "site_a",
            "name": {"en": "Site A", "ko": "A 부지"},
            "kind": "data-centre",
            "location": {"lon": 0.08, "lat": 51.6, "basis": "proxy", "sources": ["S1"]},
            "country": "GB",
            "operators": ["globex"],
            "status": {"value": "planned", "asOf": "2025-09", "sources": ["S1"]},
            "gpus": [
                {"model": "NVIDIA GB300", "count": {"value": 1000, "sources": ["S1"]}, "company": "acme",
                 "customer": "globex", "sources": ["S1"]},
            ],
            "sources": ["S1"],
        },
        {
            "id": "site_b",
            "name": {"en": "Site B", "ko": "B 부지"},
            "kind": "ai-growth-zone",
            "location": {"lon": -1.5, "lat": 55, "basis": "approximate", "sources": ["S2"]},
            "country": "GB",
            "status": {"value": "announced", "sources": ["S2"]},
            "capacityMw": {"value": 500, "qualifier": "up-to", "sources": ["S2"]},
            "sources": ["S2"],
        },
    ],
    "investments": [
        {
            "id": "inv_a",
            "kind": "pledge",
            "investors": ["acme"],
            "targetSites": ["site_a"],
            "amount": {"value": 1000000000, "currency": "USD", "sources": ["S1"]},
            "announced": "2025-09",
            "sources": ["S1"],
        },
        {
            "id": "inv_b",
            "kind": "capex",
            "investors": ["globex", "acme"],
            "targetCountries": ["GB"],
            "amount": {
                "value": 500000000,
                "currency": "GBP",
                "usdStated": 650000000,
                "sources": ["S2"],
                "alternatives": [{"value": 600000000, "currency": "GBP", "sources": ["S1"]}],
            },
            "periodFrom": "2025",
            "periodTo": "2027",
            "announced": "2025-Q3",
            "sources": ["S2"],
        },
    ],
}


def dump(data):
    # Canonical form: sorted keys, four-space indentation, UTF-8.
    return json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False) + "\n"


def write(name, data):
    text = data if isinstance(data, (str, bytes)) else dump(data)
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    (HERE / name).write_bytes(raw)


def derived(change):
    data = copy.deepcopy(BASE)
    change(data)
    return data


def main():
    base_text = dump(BASE)
    write("base.json", base_text)

    # --- the file as a whole -------------------------------------------------------------
    write("empty.json", b"")
    write("top-level-array.json", "[\n" + base_text.rstrip("\n") + "\n]\n")
    # A missing comma between two members mid-file.
    write("syntax-missing-comma.json", base_text.replace('"kind": "pledge",', '"kind": "pledge"', 1))
    # Cut in the middle of the sites list (after "operators": [).
    cut = base_text.index('"operators": [') + len('"operators": [')
    write("truncated.json", base_text[:cut])
    # Latin-1 "é" (byte 0xE9) inside a string: not UTF-8.
    write("invalid-utf8.json", base_text.encode("utf-8").replace(b'"en": "Site B"', b'"en": "Caf\xe9 B"', 1))
    # Columns count characters, not bytes: an error after Korean text on the same line.
    write("column-after-korean.json", base_text.replace(
        '"name": {\n                "en": "Site B",\n                "ko": "B 부지"\n            },',
        '"name": {"ko": "B 부지", "en": 5},', 1))
    # 1e400 does not fit a double.
    write("huge-number.json", base_text.replace('"value": 500\n', '"value": 1e400\n', 1))
    # A Latin-1 no-break space (byte 0xA0) pasted between a key and its value, outside any string.
    write("invalid-utf8-outside-string.json",
          base_text.encode("utf-8").replace(b'"id": "inv_a"', b'"id":\xa0"inv_a"', 1))
    # The closing brace of the top-level object typed as a bracket: a complete file, not a truncated one.
    write("wrong-closing-bracket.json", base_text[:base_text.rindex("}")] + "]\n")

    # --- header --------------------------------------------------------------------------
    write("wrong-format.json", derived(lambda d: d.update(format="geojson")))
    write("missing-version.json", derived(lambda d: d.pop("version")))
    write("newer-version.json", derived(lambda d: d.update(version=2)))
    write("version-string.json", derived(lambda d: d.update(version="1")))

    # --- types and required fields -------------------------------------------------------
    write("site-name-string.json", derived(lambda d: d["sites"][1].update(name="Site B")))
    write("lat-string.json", derived(lambda d: d["sites"][0]["location"].update(lat="51.6")))
    write("site-without-location.json", derived(lambda d: d["sites"][1].pop("location")))
    write("investment-without-announced.json", derived(lambda d: d["investments"][1].pop("announced")))

    # --- references and ids --------------------------------------------------------------
    write("unknown-investor.json", derived(lambda d: d["investments"][1].update(investors=["globex", "initech"])))
    write("unknown-target-site.json", derived(lambda d: d["investments"][0].update(targetSites=["site_c"])))
    write("unknown-claim-source.json", derived(lambda d: d["sites"][1]["capacityMw"].update(sources=["S3"])))
    write("claim-no-sources.json", derived(lambda d: d["investments"][0]["amount"].update(sources=[])))
    write("duplicate-site-id.json", derived(lambda d: d["sites"][1].update(id="site_a")))
    write("duplicate-source-id.json", derived(lambda d: d["sources"].append(
        {"id": "S1", "title": "Third source", "url": "https://example.com/three"})))
    write("investment-no-targets.json", derived(lambda d: d["investments"][1].pop("targetCountries")))

    # --- values --------------------------------------------------------------------------
    write("lon-out-of-range.json", derived(lambda d: d["sites"][0]["location"].update(lon=200)))
    write("lat-out-of-range.json", derived(lambda d: d["sites"][1]["location"].update(lat=-95)))
    write("negative-amount.json", derived(lambda d: d["investments"][0]["amount"].update(value=-5)))
    write("unknown-currency.json", derived(lambda d: d["investments"][1]["amount"].update(currency="XYZ")))
    write("amount-without-currency.json", derived(lambda d: d["investments"][0]["amount"].pop("currency")))
    write("count-with-currency.json",
          derived(lambda d: d["sites"][0]["gpus"][0]["count"].update(currency="USD")))
    write("bad-partial-date.json", derived(lambda d: d["investments"][0].update(announced="2025-13")))
    write("bad-colour.json", derived(lambda d: d["companies"][1].update(colour="red")))
    write("bad-country-code.json", derived(lambda d: d["companies"][1].update(country="XX")))
    write("country-code-uk.json", derived(lambda d: d["sites"][1].update(country="UK")))
    # "EU" is exceptionally reserved in ISO 3166-1, not assigned to a country (QLocale knows it).
    write("country-code-eu.json", derived(lambda d: d["investments"][1].update(targetCountries=["EU"])))
    write("nested-alternatives.json",
          derived(lambda d: d["investments"][1]["amount"]["alternatives"][0].update(
              alternatives=[{"value": 1, "currency": "GBP", "sources": ["S2"]}])))
    write("gpu-count-implausible.json",
          derived(lambda d: d["sites"][0]["gpus"][0]["count"].update(value=1000000000000)))
    write("unknown-key.json", derived(lambda d: d["sites"][0].update(colour="#000000")))

    # --- scenes --------------------------------------------------------------------------
    def with_scene(change):
        def apply(d):
            scene = {"id": "intro", "title": {"en": "Intro", "ko": "소개"},
                     "camera": {"projection": "equal-earth", "centre": [0, 51], "span": 900000},
                     "highlight": ["site:site_a"],
                     "annotations": [{"kind": "arrow", "at": [-1.5, 55], "to": [0.08, 51.6]}]}
            change(scene)
            d["scenes"] = [scene]
        return derived(apply)

    write("scene-unknown-projection.json", with_scene(lambda s: s["camera"].update(projection="mercator")))
    write("scene-negative-span.json", with_scene(lambda s: s["camera"].update(span=-5)))
    write("scene-centre-out-of-range.json", with_scene(lambda s: s["camera"].update(centre=[200, 51])))
    write("scene-highlight-without-type.json", with_scene(lambda s: s.update(highlight=["site_a"])))
    write("scene-highlight-unknown.json", with_scene(lambda s: s.update(highlight=["site:nowhere"])))
    write("scene-arrow-without-to.json", with_scene(lambda s: s["annotations"][0].pop("to")))
    write("scene-no-camera.json", with_scene(lambda s: s.pop("camera")))


if __name__ == "__main__":
    main()
