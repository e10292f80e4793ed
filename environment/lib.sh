# Shared helpers for emogap's scripts: sourced, not run.
set -euo pipefail
EMOGAP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export EMOGAP_HOME
PLOTLY_VERSION=2.35.3
PLOTLY_JS="$EMOGAP_HOME/environment/vendor/plotly.min.js"

say() { printf '[emogap] %s\n' "$*" >&2; }
die() { printf '[emogap] ERROR: %s\n' "$*" >&2; exit 1; }

# The Python that has Jupyter's libraries: Debian's, or whatever python3 is first on PATH.
find_python() {
  local py
  for py in /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import nbclient, nbconvert, jupyter_client' >/dev/null 2>&1; then
      command -v "$py"; return 0
    fi
  done
  return 1
}

is_debian() { [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else die "need root for: $*"; fi; }

apt_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  is_debian || die "missing system packages (${missing[*]}); on this system install Jupyter yourself, e.g. 'pip install jupyterlab nbclient nbconvert jupyter_kernel_test', then rerun"
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The kernel's class path as jars in a fixed (C-locale) order: the kernel, then its dependencies
# without the library's own jar (the library comes from lib/target/classes, appended by the
# launcher, so a library rebuilt with `mvn -pl lib compile` is what cells see). The class-data
# archive (kernel-cds) is made for exactly this prefix.
kernel_jars() {
  local dir="$EMOGAP_HOME/environment/kernel/target" jars
  jars=$(ls "$dir"/emogap-kernel-*.jar 2>/dev/null | grep -v sources | head -1)
  [ -n "$jars" ] || return 1
  jars="$jars:$(ls -1 "$dir"/dependency/*.jar | grep -v '/emogap-lib-[^/]*$' | LC_ALL=C sort | paste -sd: -)"
  printf '%s\n' "$jars"
}

# This checkout's kernelspec comes first (see install-kernel).
export JUPYTER_PATH="$EMOGAP_HOME/environment/target/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"

# True when the kernel's class-data archive exists and the JVM maps it for the kernel's class path
# (-Xshare:on fails when it cannot, e.g. after the jars were rebuilt).
archive_maps() {
  local archive="$EMOGAP_HOME/environment/kernel/target/kernel.jsa"
  [ -f "$archive" ] && java -Xshare:on -XX:SharedArchiveFile="$archive" \
    -cp "$(kernel_jars):$EMOGAP_HOME/lib/target/classes" -version >/dev/null 2>&1
}
