#!/bin/sh
# Builds Refrain's Debian package with CPack and checks that it is a package a user could
# install: the desktop file and metainfo validate, the package lists every desktop-integration
# file, and both programs start from the unpacked package and print their version.
#
#   packaging/check-package.sh [--install] [BUILD_DIR]
#
# --install (CI, as root): also dpkg -i the package, run /usr/bin/refrain --version and
# refrainctl --version from the system, and dpkg -r it again.
#
# BUILD_DIR defaults to build/package. A directory that is not configured yet is configured
# for packaging (Release, no tests or benchmarks); an existing one (say CI's test build) is used
# as it is. Needs cmake, cpack, dpkg-deb, dpkg-shlibdeps (dpkg-dev), desktop-file-validate
# (desktop-file-utils) and appstreamcli (appstream); no root: the package is unpacked with
# dpkg -x, not installed.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
install=no
if [ "${1:-}" = --install ]; then
    install=yes
    shift
fi
build=${1:-$src/build/package}
mkdir -p "$build"
build=$(cd "$build" && pwd)
appid=io.github.refrain.Refrain

fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}
step() { echo "check-package: $*"; }

for tool in cmake cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (see packaging/debian/test-deps.txt)"
done

step "validating the desktop file and the AppStream metainfo"
desktop-file-validate "$src/packaging/$appid.desktop" || fail "desktop-file-validate rejects $appid.desktop"
appstreamcli validate --no-net --explain "$src/packaging/$appid.metainfo.xml" ||
    fail "appstreamcli rejects $appid.metainfo.xml"

if [ ! -f "$build/CMakeCache.txt" ]; then
    step "configuring $build for packaging"
    generator=
    command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
    # shellcheck disable=SC2086 # $generator is empty or two words on purpose
    cmake -S "$src" -B "$build" $generator -DCMAKE_BUILD_TYPE=Release \
        -DREFRAIN_BUILD_TESTS=OFF -DREFRAIN_BUILD_BENCHMARKS=OFF >/dev/null ||
        fail "cmake could not configure $build"
fi
step "building refrain and refrainctl in $build"
cmake --build "$build" --target refrain refrainctl ||
    fail "the build failed"

step "building the package (cpack -G DEB)"
out="$build/package-check"
rm -rf "$out"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || {
    cat "$out/cpack.log" >&2
    fail "cpack -G DEB failed (log above)"
}
deb=$(find "$out" -maxdepth 1 -name 'refrain_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack produced no refrain_*.deb in $out"
step "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

step "checking the package's metadata and contents"
dpkg-deb --field "$deb" Package | grep -qx refrain || fail "package name is not refrain"
dpkg-deb --field "$deb" Section | grep -qx sound || fail "section is not sound"
depends=$(dpkg-deb --field "$deb" Depends)
echo "$depends" | grep -q 'libqt6widgets6' || fail "Depends lacks the Qt libraries (dpkg-shlibdeps did not run?): $depends"
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$out/contents.txt"
for path in \
    /usr/bin/refrain \
    /usr/bin/refrainctl \
    /usr/share/applications/$appid.desktop \
    /usr/share/metainfo/$appid.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$appid.svg \
    /usr/share/icons/hicolor/16x16/apps/$appid.png \
    /usr/share/icons/hicolor/32x32/apps/$appid.png \
    /usr/share/icons/hicolor/48x48/apps/$appid.png \
    /usr/share/icons/hicolor/64x64/apps/$appid.png \
    /usr/share/icons/hicolor/128x128/apps/$appid.png \
    /usr/share/icons/hicolor/256x256/apps/$appid.png \
    /usr/share/man/man1/refrain.1 \
    /usr/share/man/man1/refrainctl.1; do
    grep -qx "$path" "$out/contents.txt" || fail "the package does not contain $path"
done

step "unpacking into a scratch root and starting both programs from it"
root="$out/root"
dpkg -x "$deb" "$root" || fail "dpkg -x could not unpack $deb"
# The installed files must validate too (the ones the user's desktop reads).
desktop-file-validate "$root/usr/share/applications/$appid.desktop" || fail "installed desktop file does not validate"
# validate-tree also checks that the metainfo's launchable and icon are in the tree.
appstreamcli validate-tree --no-net "$root" >/dev/null ||
    fail "the unpacked tree does not validate (appstreamcli validate-tree --no-net $root)"
# Nothing from the build tree may be needed: no LD_LIBRARY_PATH, and RUNPATH must not point
# into the build directory. refrain builds its QApplication before it reads --version, so it
# needs a Qt platform: offscreen (from the system's libqt6gui6) stands in for a display.
for prog in refrain refrainctl; do
    if command -v readelf >/dev/null 2>&1 && readelf -d "$root/usr/bin/$prog" | grep -q "$build"; then
        fail "$prog's RUNPATH points into the build directory"
    fi
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
v1=$(env -u LD_LIBRARY_PATH HOME="$home" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/refrain" --version 2>"$out/refrain.err") || {
    cat "$out/refrain.err" >&2
    fail "the packaged refrain --version failed"
}
v2=$(env -u LD_LIBRARY_PATH HOME="$home" XDG_RUNTIME_DIR="$home" \
    "$root/usr/bin/refrainctl" --version 2>"$out/refrainctl.err") || {
    cat "$out/refrainctl.err" >&2
    fail "the packaged refrainctl --version failed"
}
version=$(dpkg-deb --field "$deb" Version)
echo "$v1" | grep -q "$version" || fail "refrain --version says '$v1', the package is $version"
echo "$v2" | grep -q "$version" || fail "refrainctl --version says '$v2', the package is $version"
step "refrain: $v1; refrainctl: $v2"

if [ $install = yes ]; then
    [ "$(id -u)" = 0 ] || fail "--install needs root (dpkg -i)"
    if dpkg-query -W -f='${Status}' refrain 2>/dev/null | grep -q 'install ok installed'; then
        fail "a refrain package is already installed; remove it first (dpkg -r refrain)"
    fi
    step "installing with dpkg -i"
    dpkg -i "$deb" || fail "dpkg -i $deb failed (missing dependencies? apt-get install -f names them)"
    trap 'rm -rf "$home"; dpkg -r refrain >/dev/null 2>&1 || true' EXIT
    i1=$(env -u LD_LIBRARY_PATH HOME="$home" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen \
        /usr/bin/refrain --version 2>&1) || fail "installed /usr/bin/refrain --version failed: $i1"
    i2=$(env -u LD_LIBRARY_PATH HOME="$home" /usr/bin/refrainctl --version 2>&1) ||
        fail "installed /usr/bin/refrainctl --version failed: $i2"
    step "installed: $i1; $i2"
    dpkg -r refrain >/dev/null || fail "dpkg -r refrain failed"
    [ ! -e /usr/bin/refrain ] || fail "dpkg -r left /usr/bin/refrain behind"
    step "removed again with dpkg -r"
fi
step "Depends: $depends"
step "OK: $deb"
