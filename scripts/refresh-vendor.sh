#!/usr/bin/env bash
# Refresh the vendored front-end assets in brobygger/static/vendor/.
#
# Brobygger needs no Node.js at run time: this script (run by a developer, with
# npm and access to the npm registry) downloads pinned releases with `npm pack`
# into a temporary directory and copies ONLY the built files needed at run time.
# The result is committed; nothing here runs at build, test or run time.
#
#   scripts/refresh-vendor.sh            # re-vendor the pinned versions below
#   scripts/refresh-vendor.sh --check    # only verify url() targets of the vendored CSS and
#                                        # that the classes in docs/dkfds-markup.md exist
#   scripts/refresh-vendor.sh --latest   # print the newest release in each pinned range
#
# To upgrade: run --latest, edit the pins below, run the script, look at the diff.
# Versions can also be overridden for one run: DKFDS_VERSION=11.1.0 scripts/refresh-vendor.sh
#
# Choices:
# - DKFDS ships three compiled themes: dkfds.min.css (neutral), dkfds-virkdk.min.css
#   and dkfds-borgerdk.min.css. We take the borger.dk theme (green #44831E primary,
#   borger.dk logo in the portal header), the one meant for self-service on borger.dk.
# - Only the font files the chosen CSS actually references (IBM Plex Sans, woff2/woff
#   plus the Regular eot/ttf fallbacks) are copied, with their license.txt files; the
#   unreferenced weights, otf files and the "split" set are left out (~10 MB saved).
# - Source maps are not copied, and the trailing `sourceMappingURL` comments are
#   stripped from the copied files: Django's ManifestStaticFilesStorage (and
#   WhiteNoise's CompressedManifestStaticFilesStorage) would otherwise fail in
#   collectstatic on the missing .map files.
set -euo pipefail

# --- pinned versions ------------------------------------------------------
DKFDS_VERSION="${DKFDS_VERSION:-11.2.0}"     # range: 11.x
HTMX_VERSION="${HTMX_VERSION:-2.0.11}"       # range: 2.x
LEAFLET_VERSION="${LEAFLET_VERSION:-1.9.4}"  # range: 1.9.x
DKFDS_RANGE="11"
HTMX_RANGE="2"
LEAFLET_RANGE="~1.9.0"
DKFDS_THEME_CSS="dkfds-borgerdk.min.css"
# ---------------------------------------------------------------------------

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/brobygger/static/vendor"

log() { printf '%s\n' "$*" >&2; }

# Print every local url(...) target of a CSS file, one per line, relative to the
# CSS file's directory, without query string or fragment. Skips data:, absolute
# and fragment-only URLs (e.g. leaflet's url(#default#VML)).
css_local_urls() {
    grep -o 'url([^)]*)' "$1" \
        | sed -e 's/^url(//' -e 's/)$//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' \
              -e "s/^[\"']//" -e "s/[\"']\$//" \
        | grep -v -E '^(data:|[a-zA-Z][a-zA-Z0-9+.-]*:|//|/|#|$)' \
        | sed -e 's/[?#].*$//' \
        | sort -u
}

# Verify that every local url() in every vendored CSS file points to an existing file.
check_css_urls() {
    local css dir url missing=0 checked=0
    while IFS= read -r -d '' css; do
        dir="$(dirname "$css")"
        while IFS= read -r url; do
            [ -n "$url" ] || continue
            checked=$((checked + 1))
            if [ ! -f "$dir/$url" ]; then
                log "MISSING: ${css#"$VENDOR"/} -> $url"
                missing=$((missing + 1))
            fi
        done < <(css_local_urls "$css")
    done < <(find "$VENDOR" -name '*.css' -print0)
    log "url() check: $checked distinct local references checked, $missing missing"
    [ "$missing" -eq 0 ]
}

# Verify that every class used in the HTML code blocks of docs/dkfds-markup.md exists as a
# selector in the vendored DKFDS CSS, or else (JS-only hooks) in dkfds.min.js. A few classes are
# written by the package's own component macros (src/components/**/*.njk) but have no CSS rule and
# no JS use; they are listed in DKFDS_MACRO_ONLY_CLASSES and reported separately. Run after an upgrade.
DKFDS_MACRO_ONLY_CLASSES="alert-body button-next button-previous"
check_doc_classes() {
    local doc="$ROOT/docs/dkfds-markup.md"
    [ -f "$doc" ] || { log "no $doc"; return 1; }
    node - "$doc" "$VENDOR/dkfds/css/$DKFDS_THEME_CSS" "$VENDOR/dkfds/js/dkfds.min.js" \
        "$DKFDS_MACRO_ONLY_CLASSES" <<'NODE'
const fs = require("fs");
const [doc, cssFile, jsFile, macroOnlyList] = process.argv.slice(2);
const macroOnly = new Set(macroOnlyList.split(/\s+/).filter(Boolean));
const md = fs.readFileSync(doc, "utf8");
const css = fs.readFileSync(cssFile, "utf8");
const js = fs.readFileSync(jsFile, "utf8");
const blocks = [...md.matchAll(/```html\n([\s\S]*?)```/g)].map(m => m[1]);
const classes = new Set();
for (const b of blocks)
  for (const m of b.matchAll(/class="([^"]*)"/g))
    m[1].replace(/\{[%{][\s\S]*?[%}]\}/g, " ").split(/\s+/).filter(Boolean).forEach(c => classes.add(c));
const esc = s => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const inCss = c => new RegExp("\\." + esc(c) + "(?![\\w-])").test(css);
const inJs = c => js.includes(c);
const jsOnly = [], macro = [], missing = [];
for (const c of [...classes].sort()) {
  if (inCss(c)) continue;
  if (inJs(c)) jsOnly.push(c);
  else if (macroOnly.has(c)) macro.push(c);
  else missing.push(c);
}
console.error(`doc check: ${blocks.length} html blocks, ${classes.size} distinct classes; ` +
  `${classes.size - jsOnly.length - macro.length - missing.length} in CSS; ` +
  `JS-only hooks: ${jsOnly.join(" ") || "-"}; macro-only (unstyled): ${macro.join(" ") || "-"}; ` +
  `missing: ${missing.join(" ") || "none"}`);
process.exit(missing.length ? 1 : 0);
NODE
}

# Newest published version of NAME matching RANGE (npm semver range).
latest_in_range() {
    npm view "$1@$2" version --json | node -e '
        let s = "";
        process.stdin.on("data", d => (s += d)).on("end", () => {
            let v = JSON.parse(s);
            v = (Array.isArray(v) ? v : [v]).filter(x => !x.includes("-"));
            const key = x => x.split(".").map(n => n.padStart(8, "0")).join(".");
            v.sort((a, b) => (key(a) < key(b) ? -1 : 1));
            console.log(v[v.length - 1]);
        });'
}

print_latest() {
    printf 'dkfds     pinned %-8s newest in %-7s %s\n' "$DKFDS_VERSION" "$DKFDS_RANGE" "$(latest_in_range dkfds "$DKFDS_RANGE")"
    printf 'htmx.org  pinned %-8s newest in %-7s %s\n' "$HTMX_VERSION" "$HTMX_RANGE" "$(latest_in_range htmx.org "$HTMX_RANGE")"
    printf 'leaflet   pinned %-8s newest in %-7s %s\n' "$LEAFLET_VERSION" "$LEAFLET_RANGE" "$(latest_in_range leaflet "$LEAFLET_RANGE")"
}

case "${1:-}" in
    --check) check_css_urls; check_doc_classes; exit ;;
    --latest) print_latest; exit ;;
    "") ;;
    *) log "usage: $0 [--check|--latest]"; exit 2 ;;
esac

command -v npm >/dev/null || { log "npm is needed to refresh the vendored assets"; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# npm pack PKG@VERSION into $TMP/NAME and unpack it into $TMP/NAME/package.
# Records "name version integrity license" in $TMP/versions.
fetch() {
    local name="$1" version="$2" dir="$TMP/$1" filename got license
    mkdir -p "$dir"
    log "npm pack $name@$version"
    (cd "$dir" && npm pack --json --silent "$name@$version" >"$dir/pack.json")
    filename="$(node -p 'require(process.argv[1])[0].filename' "$dir/pack.json")"
    tar -xzf "$dir/$filename" -C "$dir"
    got="$(node -p 'require(process.argv[1]).version' "$dir/package/package.json")"
    if [ "$got" != "$version" ]; then
        log "$name: asked for $version, got $got"; exit 1
    fi
    license="$(node -p 'require(process.argv[1]).license || "?"' "$dir/package/package.json")"
    node -p 'const [p] = require(process.argv[1]); [p.name, p.version, p.integrity, process.argv[2]].join("\t")' \
        "$dir/pack.json" "$license" >>"$TMP/versions"
}

# Copy a file, dropping a trailing source-map comment (JS `//# sourceMappingURL=...`
# or CSS `/*# sourceMappingURL=... */`).
copy_stripped() {
    local src="$1" dst="$2"
    mkdir -p "$(dirname "$dst")"
    sed -E -e '/^[[:space:]]*\/\/[#@] sourceMappingURL=.*$/d' \
           -e 's#/\*[#@] sourceMappingURL=[^*]*\*/##' "$src" >"$dst"
}

fetch dkfds "$DKFDS_VERSION"
fetch htmx.org "$HTMX_VERSION"
fetch leaflet "$LEAFLET_VERSION"

STAGE="$TMP/vendor"
mkdir -p "$STAGE"

# --- DKFDS ----------------------------------------------------------------
src="$TMP/dkfds/package/dist"
dst="$STAGE/dkfds"
[ -f "$src/css/$DKFDS_THEME_CSS" ] || { log "dkfds: no dist/css/$DKFDS_THEME_CSS"; exit 1; }
copy_stripped "$src/css/$DKFDS_THEME_CSS" "$dst/css/$DKFDS_THEME_CSS"
copy_stripped "$src/js/dkfds.min.js" "$dst/js/dkfds.min.js"
# img/: the SVG sprite (all-svg-icons.svg), the single icons the CSS uses as
# backgrounds (svg-icons/), and the portal logos.
cp -R "$src/img" "$dst/img"
# fonts/: exactly the files the CSS references, keeping their relative paths,
# plus the font license next to them.
while IFS= read -r url; do
    case "$url" in
        ../fonts/*)
            rel="${url#../}"
            mkdir -p "$dst/$(dirname "$rel")"
            cp "$src/$rel" "$dst/$rel"
            if [ -f "$src/$(dirname "$rel")/license.txt" ]; then
                cp "$src/$(dirname "$rel")/license.txt" "$dst/$(dirname "$rel")/license.txt"
            fi
            ;;
    esac
done < <(css_local_urls "$dst/css/$DKFDS_THEME_CSS")
cp "$TMP/dkfds/package/LICENSE.md" "$dst/LICENSE.md"

# --- htmx -----------------------------------------------------------------
src="$TMP/htmx.org/package"
dst="$STAGE/htmx"
copy_stripped "$src/dist/htmx.min.js" "$dst/htmx.min.js"
cp "$src/LICENSE" "$dst/LICENSE"

# --- Leaflet --------------------------------------------------------------
src="$TMP/leaflet/package"
dst="$STAGE/leaflet"
copy_stripped "$src/dist/leaflet.js" "$dst/leaflet.js"
copy_stripped "$src/dist/leaflet.css" "$dst/leaflet.css"
cp -R "$src/dist/images" "$dst/images"
cp "$src/LICENSE" "$dst/LICENSE"

# --- VERSIONS.txt -----------------------------------------------------------
{
    echo "# Vendored front-end assets. Generated by scripts/refresh-vendor.sh; do not edit by hand."
    echo "# package<TAB>version<TAB>npm integrity<TAB>license"
    cat "$TMP/versions"
    echo "#"
    echo "# dkfds theme: dist/css/$DKFDS_THEME_CSS"
} >"$STAGE/VERSIONS.txt"

# --- install: replace only what this script owns ------------------------------
mkdir -p "$VENDOR"
rm -rf "$VENDOR/dkfds" "$VENDOR/htmx" "$VENDOR/leaflet" "$VENDOR/VERSIONS.txt"
cp -R "$STAGE/." "$VENDOR/"

check_css_urls
if [ -f "$ROOT/docs/dkfds-markup.md" ]; then
    check_doc_classes
fi

log "vendored into ${VENDOR#"$ROOT"/}:"
sed -n '3,5p' "$VENDOR/VERSIONS.txt" | cut -f1,2 | sed 's/^/  /' >&2
log "total size: $(du -sh "$VENDOR" | cut -f1) ($(find "$VENDOR" -type f | wc -l) files)"
