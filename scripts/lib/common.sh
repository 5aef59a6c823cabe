# Shared by the scripts: find the repository and Swift, and install the system
# packages Parley needs (libedit-dev to build, tmux for the terminal tests).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  PATH="/opt/swift/usr/bin:$PATH"
fi

# True when the Debian package, or failing dpkg the file it provides, is present.
have_package() {
  local package=$1 file=$2
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && return 0
  fi
  [ -e "$file" ]
}

# ensure_packages PACKAGE:FILE… installs the missing ones with apt-get.
ensure_packages() {
  local missing=() spec
  for spec in "$@"; do
    have_package "${spec%%:*}" "${spec#*:}" || missing+=("${spec%%:*}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      echo "parley: needs ${missing[*]}; install it as root: apt-get update && apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "parley: needs ${missing[*]} (libedit, the BSD line-editing library); install it with your package manager" >&2
    exit 1
  fi
  echo "parley: installing ${missing[*]}…" >&2
  # A fresh machine has empty package lists: apt-get install would find nothing.
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -type f -name '*Packages*' -print -quit 2>/dev/null)" ]; then
    "${sudo[@]}" apt-get update -qq >&2
  fi
  if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2; then
    "${sudo[@]}" apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2
  fi
}

ensure_libedit() {
  ensure_packages libedit-dev:/usr/include/histedit.h
}
