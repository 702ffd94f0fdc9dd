#!/usr/bin/env bash
# End-to-end checks of `supplyline export` and `render` that need more than one command:
#   export_test.sh CASE SUPPLYLINE WORKDIR
# CASE: mp4 (ffprobe: frames, size, duration), png_dir (frame count), cancel (SIGTERM mid-export
# keeps the old file byte for byte and leaves no partial file), killed (SIGKILL: the next export
# cleans up), ffmpeg_dies (its stderr is quoted, nothing left behind), deterministic (the same
# render twice gives the same PNG bytes), png_cancel (a cancelled --png-dir export keeps earlier
# frames), outputs (devices, symlinks, the briefing and its layers are never replaced).
set -euo pipefail
case_name=$1 supplyline=$2 work=$3/$1 fixtures=${4:-}
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
# Small and short: the 1:110m basemap, 320x180.
common=(--size 320x180 --basemap 110m)
no_partials() {
    local left
    left=$(find . -name '.*partial*')
    [[ -z $left ]] || fail "partial files left behind: $left"
}

case $case_name in
mp4)
    # 11 days at 11 days/s and 12 fps: 12 frames, 1 s.
    "$supplyline" export "${common[@]}" --from 2024-01-01 --to 2024-01-12 --speed 11 --fps 12 -o out.mp4
    probe=$(ffprobe -v error -count_frames -select_streams v:0 \
        -show_entries stream=codec_name,width,height,pix_fmt,nb_read_frames:format=duration -of default=nw=1 out.mp4)
    echo "$probe"
    grep -qx 'codec_name=h264' <<<"$probe" || fail "not H.264"
    grep -qx 'width=320' <<<"$probe" || fail "width"
    grep -qx 'height=180' <<<"$probe" || fail "height"
    grep -qx 'pix_fmt=yuv420p' <<<"$probe" || fail "pixel format"
    grep -qx 'nb_read_frames=12' <<<"$probe" || fail "frame count"
    duration=$(sed -n 's/^duration=//p' <<<"$probe")
    awk -v d="$duration" 'BEGIN { exit !(d > 0.95 && d < 1.05) }' || fail "duration $duration, expected 1 s"
    # faststart: the index (moov) comes before the media data (mdat).
    head -c 4096 out.mp4 | grep -q moov || fail "moov atom not at the start (no faststart)"
    no_partials
    ;;
png_dir)
    "$supplyline" export "${common[@]}" --from 2024-02-01 --to 2024-02-08 --speed 7 --fps 5 --png-dir frames
    count=$(find frames -name 'frame_*.png' | wc -l)
    [[ $count == 5 ]] || fail "expected 5 frames, got $count"
    [[ -f frames/frame_000001.png && -f frames/frame_000005.png ]] || fail "frame names"
    [[ $(head -c 8 frames/frame_000003.png | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "not a PNG"
    no_partials
    ;;
cancel)
    for signal in TERM INT; do
        printf 'the old video\n' >out.mp4
        cp out.mp4 expected.mp4
        # The whole timeline: hundreds of frames, far longer than we wait.
        "$supplyline" export "${common[@]}" --fps 30 -o out.mp4 2>err.txt &
        pid=$!
        for _ in $(seq 200); do
            [[ -n $(find . -name '.out.mp4.partial-*' -size +0) ]] && break
            sleep 0.1
        done
        [[ -n $(find . -name '.out.mp4.partial-*') ]] || fail "export never started writing"
        sleep 1 # some frames into ffmpeg
        kill -$signal $pid
        code=0
        wait $pid || code=$?
        cat err.txt
        [[ $code == 130 ]] || fail "SIG$signal: exit code $code, expected 130"
        grep -q cancelled err.txt || fail "no 'cancelled' message"
        cmp out.mp4 expected.mp4 || fail "SIG$signal changed the old file"
        no_partials
    done
    ;;
killed)
    # SIGKILL cannot be caught: the old file stays intact, and the next export to the same target
    # removes the temporary file the killed one left.
    printf 'the old video\n' >out.mp4
    cp out.mp4 expected.mp4
    "$supplyline" export "${common[@]}" --fps 30 -o out.mp4 2>/dev/null &
    pid=$!
    for _ in $(seq 200); do
        [[ -n $(find . -name '.out.mp4.partial-*' -size +0) ]] && break
        sleep 0.1
    done
    sleep 1
    kill -KILL $pid
    wait $pid || true
    cmp out.mp4 expected.mp4 || fail "SIGKILL changed the old file"
    [[ -n $(find . -name '.out.mp4.partial-*') ]] || fail "expected the killed export's temporary file"
    "$supplyline" export "${common[@]}" --from 2024-01-01 --to 2024-01-03 --speed 2 --fps 4 -o out.mp4
    cmp -s out.mp4 expected.mp4 && fail "the new export did not replace the file"
    no_partials
    ;;
ffmpeg_dies)
    # A fake ffmpeg that takes a little input, complains and exits.
    mkdir bin
    printf '#!/bin/sh\nhead -c 1000 >/dev/null\necho "Conversion failed: disk on fire" >&2\nexit 1\n' >bin/ffmpeg
    chmod +x bin/ffmpeg
    printf 'the old video\n' >out.mp4
    cp out.mp4 expected.mp4
    code=0
    PATH="$PWD/bin:$PATH" "$supplyline" export "${common[@]}" --fps 30 -o out.mp4 2>err.txt || code=$?
    cat err.txt
    [[ $code == 2 ]] || fail "exit code $code, expected 2"
    grep -q 'error: ffmpeg .*disk on fire' err.txt || fail "ffmpeg's own message is not quoted"
    cmp out.mp4 expected.mp4 || fail "the old file changed"
    no_partials
    ;;
deterministic)
    "$supplyline" render "${common[@]}" --slide 3 -o a.png
    "$supplyline" render "${common[@]}" --slide 3 -o b.png
    cmp a.png b.png || fail "two renders of the same command differ"
    ;;
png_cancel)
    # An earlier export's frames stay byte for byte when a later export into the same folder is
    # cancelled or fails (issue 14, item 13); a completed one replaces them, longer ones' extras too.
    "$supplyline" export "${common[@]}" --from 2024-02-01 --to 2024-02-08 --speed 7 --fps 5 --png-dir frames
    sha256sum frames/* >before.txt
    "$supplyline" export "${common[@]}" --fps 30 --png-dir frames 2>err.txt &
    pid=$!
    for _ in $(seq 200); do
        [[ -n $(find frames -path '*partial*' -name 'frame_*.png') ]] && break
        sleep 0.1
    done
    [[ -n $(find frames -path '*partial*' -name 'frame_*.png') ]] || fail "export never started writing frames"
    sleep 1
    kill -TERM $pid
    code=0
    wait $pid || code=$?
    [[ $code == 130 ]] || fail "exit code $code, expected 130"
    sha256sum -c --quiet before.txt || fail "the cancelled export changed the earlier frames"
    [[ $(find frames -name 'frame_*.png' | wc -l) == 5 ]] || fail "frames were added or removed"
    no_partials
    "$supplyline" export "${common[@]}" --from 2024-02-01 --to 2024-02-04 --speed 1 --fps 1 --png-dir frames
    [[ $(find frames -name 'frame_*.png' | wc -l) == 3 ]] || fail "a completed export left an older export's frames"
    no_partials
    ;;
outputs)
    # Outputs never replace devices, links or inputs (issue 14, items 11 and 12).
    "$supplyline" render "${common[@]}" -o /dev/null >/dev/null
    [[ -c /dev/null ]] || fail "/dev/null is no longer a device"
    code=0
    "$supplyline" render "${common[@]}" -o /dev/full 2>err.txt || code=$?
    [[ $code == 2 ]] && grep -q "cannot write '/dev/full'.*No space left" err.txt || fail "/dev/full: exit $code"
    [[ -c /dev/full ]] || fail "/dev/full is no longer a device"
    [[ $("$supplyline" render "${common[@]}" -o /dev/stdout 2>/dev/null | head -c 4 | od -An -tx1 | tr -d ' \n') == 89504e47 ]] ||
        fail "-o /dev/stdout did not write the PNG to standard output"
    mkdir real
    ln -s real/still.png link.png
    "$supplyline" render "${common[@]}" -o link.png >/dev/null
    [[ -L link.png && -f real/still.png ]] || fail "a symlinked -o was replaced instead of written through"
    ln -s missing/x.png dangling.png
    code=0
    "$supplyline" render "${common[@]}" -o dangling.png 2>err.txt || code=$?
    [[ $code == 2 ]] && grep -q "symbolic link into 'missing'" err.txt || fail "link into nowhere: exit $code"
    code=0
    "$supplyline" export "${common[@]}" -o /dev/null 2>err.txt || code=$?
    [[ $code == 2 ]] && grep -q "cannot write a video to '/dev/null': it is a device or a pipe" err.txt || fail "export -o /dev/null: exit $code"
    [[ -c /dev/null ]] || fail "export replaced /dev/null"
    # The briefing and its layer files are never outputs.
    cp -r "$fixtures/briefings/with_layer" in
    sha256sum in/* >inputs.txt
    for target in in/briefing.toml in/rail.geojson; do
        for command in "render -o" "export -o"; do
            code=0
            # shellcheck disable=SC2086
            "$supplyline" ${command%% *} in/briefing.toml "${common[@]}" ${command#* } "$target" 2>err.txt || code=$?
            [[ $code == 2 ]] && grep -q "refusing to write '$target'" err.txt || { cat err.txt; fail "$command $target: exit $code"; }
        done
    done
    sha256sum -c --quiet inputs.txt || fail "an input file changed"
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
echo "ok: $case_name"
