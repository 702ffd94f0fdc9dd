# Sourced by the GUI tests: starts a private Xvfb on a display number it picks itself (-displayfd),
# so tests running in parallel never collide, and stops it on exit. Sets $display and $xvfb.
start_xvfb() { # $1: screen geometry, e.g. 1920x1080x24
    local numfile
    numfile=$(mktemp)
    Xvfb -displayfd 3 -screen 0 "$1" -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 100); do [ -s "$numfile" ] && break; sleep 0.1; done
    display=":$(head -n1 "$numfile")"
    rm -f "$numfile"
    [ "$display" != ":" ] || { echo "Xvfb did not start"; exit 1; }
}
