#!/bin/bash
# Makes the report's embedded font: DejaVu Sans (normal, bold, oblique) cut down to the scripts a British
# partnership review is written in. The full faces (700 KB each) cost the PDF report most of its time: every report
# parses them and lays text out against their tables. The output is committed (renderer/src/report/fonts/), so
# neither CI nor a developer needs fontTools; run this again only when the coverage below changes, then run
# tests/unit/report/font-coverage.test.ts, which checks every character the report can print is in all three faces.
#
#   npm run fonts:subset      (needs fontTools: Debian's python3-fonttools, or pip install fonttools;
#                              PYTHON=/usr/bin/python3 picks the interpreter that has it)
#
# Kept: Latin (Basic, Latin-1, Extended-A and -B, Extended Additional for Welsh ẁ ẃ ẅ ỳ and Vietnamese), combining
# accents, Greek and Cyrillic (names), general punctuation (– — ‘ ’ “ ” • …), currency (£ €), letterlike symbols,
# arrows (→ ↑ ↓), mathematical operators (≥ ≤ −), geometric shapes (■ ● ▲), the warning sign ⚠, ticks and crosses (✓ ✔ ✗),
# the fi/fl ligatures and the replacement character.
#
# Of the OpenType layout features only kerning and the fi/fl ligatures are kept: the text looks as before. The others
# (mark, mkmk, ccmp, locl) place combining accents and pick Sami or Serbian letter forms; fontkit decodes their tables
# for every report and runs them on every word: a sixth to a quarter of the report's time (issue 14). The report writes its
# text composed (NFC, shared/report/nfc.ts), so an accented letter is one precomposed glyph that needs none of them.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE=node_modules/dejavu-fonts-ttf/ttf
OUT=renderer/src/report/fonts
UNICODES="U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+26A0,U+2713-2718,U+FB00-FB06,U+FFFD"
mkdir -p "$OUT"
for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique; do
  "${PYTHON:-python3}" -m fontTools.subset "$SOURCE/$face.ttf" --unicodes="$UNICODES" --no-hinting \
    --layout-features='kern,liga' --name-IDs='*' --name-legacy --name-languages='*' --output-file="$OUT/$face.ttf" 2> >(grep -v 'FFTM NOT subset' >&2)
done
ls -l "$OUT"
