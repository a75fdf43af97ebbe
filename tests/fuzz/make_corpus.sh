#!/usr/bin/env bash
# Rebuilds the seed corpora in tests/fuzz/corpus/ from tests/data, ../shared/fixtures (when that
# checkout is next to this one) and a few tiny generated audio files (sox, ffmpeg). Run it when
# the test data changes; the result is checked in, so fuzzing needs neither tool.
set -euo pipefail
FUZZ=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$FUZZ/../.." && pwd)
DATA=$ROOT/tests/data
SHARED=$ROOT/../shared/fixtures
OUT=$FUZZ/corpus

# seed TARGET FILE [NAME]: one file into a corpus; the same content from two places is kept once.
seed() {
    local dir=$OUT/$1 name=${3:-$(basename "$2")}
    mkdir -p "$dir"
    cmp -s "$2" "$dir/$name" 2>/dev/null || { cp "$2" "$dir/$name" && chmod 644 "$dir/$name"; }
}
# prefixed TARGET BYTE FILE NAME: FILE behind one selector byte (history_format picks its
# reader by it).
prefixed() {
    mkdir -p "$OUT/$1"
    # shellcheck disable=SC2059  # the selector byte is the format: \\xNN
    { printf "\\x$2"; cat "$3"; } >"$OUT/$1/$4"
}
# note TARGET TEXT…: the origin of a corpus, in its SOURCE.txt.
note() {
    local target=$1
    shift
    printf '%s\n' "$@" >"$OUT/$target/SOURCE.txt"
}

rm -rf "$OUT"
mkdir -p "$OUT"

for f in "$DATA"/statuspage/*.json "$SHARED"/statuspage/*.json "$SHARED"/status-other/*.json; do
    [[ -f $f ]] && seed statuspage "$f"
done
note statuspage "Statuspage v2 documents: copies of tests/data/statuspage/*.json and" \
    "../shared/fixtures/{statuspage,status-other}/*.json (origins in the SOURCE.txt there)."

for f in "$DATA"/subsonic/*.json "$SHARED"/subsonic/*.json; do
    [[ -f $f ]] && seed subsonic_json "$f"
done
note subsonic_json "Subsonic JSON replies: copies of tests/data/subsonic/*.json and" \
    "../shared/fixtures/subsonic/*.json (origins in the SOURCE.txt there)."
for f in "$DATA"/subsonic/*.xml; do
    seed subsonic_xml "$f"
done
note subsonic_xml "Subsonic XML replies: copies of tests/data/subsonic/*.xml (origins in" \
    "tests/data/subsonic/SOURCE.txt)."

for f in "$DATA"/playlists/*.m3u* "$DATA"/playlists/*.pls "$DATA"/playlists/*.xspf; do
    seed playlist "$f"
done
note playlist "M3U/M3U8, PLS and XSPF playlists: copies of tests/data/playlists/* (origins in" \
    "tests/data/playlists/SOURCE.txt). The first byte of an input picks the file's suffix."

# Every history format, for detection (history_import) and behind its reader's selector byte
# (history_format: 0 Spotify extended, 1 Spotify basic, 2 ListenBrainz lines, 3 ListenBrainz
# array, 4 Last.fm API JSON, 5 Last.fm API XML, 6 Last.fm CSV, 7 Rockbox, 8 Pano Scrobbler).
H=$DATA/history/import
for f in "$H"/*; do
    [[ $f == */SOURCE.txt ]] || seed history_import "$f"
done
# A zip of two exports: the archive path of readHistory.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$H/StreamingHistory0_short.json" "$H/rockbox.scrobbler.log" "$tmp/"
(cd "$tmp" && zip -q -X export.zip StreamingHistory0_short.json rockbox.scrobbler.log)
seed history_import "$tmp/export.zip"
note history_import "Listening-history exports of every format: copies of" \
    "tests/data/history/import/* (origins in the SOURCE.txt there), and export.zip holding" \
    "StreamingHistory0_short.json and rockbox.scrobbler.log from there (made by make_corpus.sh)."
prefixed history_format 00 "$H/spotify-extended-kinds.json" spotify-extended.json
prefixed history_format 00 "$H/Streaming_History_Audio_lb-testdata.json" spotify-extended-2.json
prefixed history_format 01 "$H/StreamingHistory0_short.json" spotify-basic.json
prefixed history_format 02 "$H/listens_mixed_validity.jsonl" listenbrainz.jsonl
prefixed history_format 03 "$H/endsong_lb-testdata.json" listenbrainz-array.json
printf '\x03[{"listened_at":1700000000,"track_metadata":{"artist_name":"A","track_name":"T"}}]' \
    >"$OUT/history_format/listenbrainz-array-2.json"
prefixed history_format 04 "$H/lastfm-recenttracks.json" lastfm-api.json
prefixed history_format 05 "$H/user.getrecenttracks_small.xml" lastfm-api.xml
prefixed history_format 06 "$H/lastfm-export.csv" lastfm-export.csv
prefixed history_format 06 "$H/lastfm-to-csv.csv" lastfm-to-csv.csv
prefixed history_format 07 "$H/rockbox.scrobbler.log" rockbox.log
prefixed history_format 08 "$H/panoscrobbler.jsonl" panoscrobbler.jsonl
note history_format "Each history reader's own format behind the selector byte that picks it" \
    "(see make_corpus.sh): tests/data/history/import/* (origins in the SOURCE.txt there)."

mkdir -p "$OUT/featuredocument"
printf '%s' '{"features":{"heavy_extras":{"enabled":false},"artwork":{"enabled":true,"rollout":25}}}' \
    >"$OUT/featuredocument/schema-example.json"
printf '%s' '{"version":2,"features":{"recaps":{"rollout":0},"x_1":{"enabled":true,"rollout":100},"Bad Key":{"enabled":false},"gallery":{"rollout":12.5}}}' \
    >"$OUT/featuredocument/mixed.json"
printf '%s' '{"features":{}}' >"$OUT/featuredocument/empty.json"
note featuredocument "Feature documents written for the fuzzer after the schema in" \
    "core/model/featuredocument.h: its example, an empty one and one with every kind of" \
    "entry that is ignored."

# Audio: 0.1 s of a tone in each format the scanner reads most, tagged, a few KiB at most.
A=$OUT/tags
mkdir -p "$A"
sox -n -r 8000 -c 1 -b 16 "$tmp/tone.wav" synth 0.1 sine 440
meta=(-metadata title=Tone -metadata artist=Refrain -metadata album=Seeds -metadata track=3/9
    -metadata date=2024 -metadata genre=Test -metadata album_artist=Various -metadata disc=1/2)
ff() { ffmpeg -hide_banner -loglevel error -y -i "$tmp/tone.wav" "${meta[@]}" "$@"; }
ff -c:a libmp3lame -b:a 8k "$A/tone.mp3"
ff -c:a flac "$A/tone.flac"
ff -c:a libvorbis -q:a 0 "$A/tone.ogg"
ff -c:a libopus -b:a 6k "$A/tone.opus"
ff -c:a aac -b:a 8k "$A/tone.m4a"
ff -c:a pcm_s16le "$A/tone.wav"
ff -c:a pcm_s16be "$A/tone.aiff"
ff -c:a flac "$A/tone-ogg-flac.oga"
note tags "0.1 s tones made by make_corpus.sh with sox and ffmpeg (mp3, flac, ogg vorbis," \
    "opus, m4a/aac, wav, aiff, ogg flac), tagged with title, artist, album, track, date," \
    "genre, album artist and disc."

du -sh "$OUT"
